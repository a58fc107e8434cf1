#pragma once

#include "app/demo/DemoStates.h"
#include "core/common/Clock.h"
#include "core/config/AppConfig.h"
#include "core/secrets/SecretStore.h"
#include "core/status/MonitorTypes.h"

#include <QObject>

#include <memory>
#include <optional>

namespace earshot {

class DemoEnvironment;
class MainWindow;
class MetricsServer;
class Monitor;
struct MonitorSetup;
class SingleInstance;
class WallWindow;
class SettingsDialog;
struct SettingsData;

// earshot --wall [--screen N|NAME]: the session starts on the wall display.
struct WallStart
{
    bool enabled = false;
    QString screen;
};

// The desktop session: decides between the welcome page, a configured pipeline and demo
// mode, and carries Settings into the config file and the keychain. The widgets stay free
// of this plumbing.
class GuiSession : public QObject
{
    Q_OBJECT

public:
    // keychainService: the keychain's service name; tests pass one of their own so they
    // never touch the user's "Earshot" entries.
    GuiSession(QString configPath, bool demo, WallStart wall = {},
               const QString &keychainService = QStringLiteral("Earshot"),
               QObject *parent = nullptr);
    ~GuiSession() override;

    // earshot --demo --demo-state: the demo holds this state instead of playing its story.
    void setDemoState(const DemoStateRequest &request);
    // --role: what this console does on a shared database (before start()).
    void setRole(ConsoleRole role);
    void start();
    [[nodiscard]] MainWindow *window() const;
    [[nodiscard]] DemoEnvironment *demo() const;
    [[nodiscard]] WallWindow *wallWindow() const; // null until the wall was shown

    // The NOC wall display over the running Monitor (nothing without one: welcome page).
    void showWall();
    void leaveWall();

signals:
    // Settings were saved and the session started again on them, after the keychain had
    // stored every secret that was entered (or refused to: that is shown).
    void settingsApplied();

private:
    void startDemo();
    [[nodiscard]] bool claimDemoDatabase();
    void startConfigured();
    // [metrics] listen over m_monitor; a failure is a warning, monitoring goes on.
    void serveMetrics();
    // A Monitor on `setup` (its secrets loaded), shown in the window.
    void startMonitoring(const MonitorSetup &setup);
    // Drops the window, the monitor and the demo (later: one of them may be the sender of
    // the request being handled; the window goes first, as it watches the others).
    void stopMonitoring();
    void showWindow(std::unique_ptr<MainWindow> window);
    void showWelcome(const QString &why);
    void openSettings();
    // After the keychain answered: the dialog shows what is in use, never an empty field
    // for a stored secret.
    void showSettings();
    void saveSettings(const SettingsData &data);
    void testGenesys(SettingsDialog *dialog, const SettingsData &data);
    void testPagerDuty(SettingsDialog *dialog, const SettingsData &data);
    void testPagerDutyApiToken(SettingsDialog *dialog, const SettingsData &data);
    [[nodiscard]] Monitor *currentMonitor() const;
    [[nodiscard]] WallConfig wallConfig() const;
    void closeWall();
    // earshot --wall and nothing to monitor (a broken config, no secrets, the demo failed):
    // the wall says why in its banner; F11 opens the desk window to fix it.
    void showWallProblem(const QString &why);

    QString m_configPath;
    bool m_demoRequested;
    AppConfig m_config;
    SystemClock m_clock;
    SecretStore m_secrets;
    std::unique_ptr<SingleInstance> m_demoInstance; // a demo started from the welcome page
    std::unique_ptr<DemoEnvironment> m_demo;
    std::optional<DemoStateRequest> m_demoState;
    std::unique_ptr<Monitor> m_monitor;
    std::unique_ptr<MetricsServer> m_metrics; // reads m_monitor
    std::unique_ptr<MainWindow> m_window;
    // Your account's secrets as read for the open Settings dialog (environment, else
    // keychain): "Test connection" uses them when a field is left empty. Memory only.
    struct AccountSecrets
    {
        QString clientId;
        QString clientSecret;
        QString pagerDutyKey;
        QString pagerDutyApiToken;
        QString databasePassword; // read only with [storage] backend = postgresql
    };
    AccountSecrets m_account;
    WallStart m_wallStart;
    bool m_kioskShown = false;
    QString m_wallProblem; // why the wall started with --wall has nothing to show
    std::unique_ptr<WallWindow> m_wall;
    ConsoleRole m_role = ConsoleRole::Auto;
};

} // namespace earshot
