#pragma once

#include "core/common/Clock.h"
#include "core/config/AppConfig.h"
#include "core/secrets/SecretStore.h"

#include <QObject>

#include <memory>

namespace earshot {

class DemoEnvironment;
class MainWindow;
class Monitor;
class SingleInstance;
struct SettingsData;

// The desktop session: decides between the welcome page, a configured pipeline and demo
// mode, and carries Settings into the config file and the keychain. The widgets stay free
// of this plumbing.
class GuiSession : public QObject
{
    Q_OBJECT

public:
    GuiSession(QString configPath, bool demo, QObject *parent = nullptr);
    ~GuiSession() override;

    void start();
    [[nodiscard]] MainWindow *window() const;
    [[nodiscard]] DemoEnvironment *demo() const;

private:
    void startDemo();
    [[nodiscard]] bool claimDemoDatabase();
    void startConfigured();
    void showWindow(std::unique_ptr<MainWindow> window);
    void showWelcome(const QString &why);
    void openSettings();
    void saveSettings(const SettingsData &data);
    void testGenesys(const SettingsData &data);
    void testPagerDuty(const SettingsData &data);

    QString m_configPath;
    bool m_demoRequested;
    AppConfig m_config;
    SystemClock m_clock;
    SecretStore m_secrets;
    std::unique_ptr<SingleInstance> m_demoInstance; // a demo started from the welcome page
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace earshot
