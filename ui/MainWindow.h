#pragma once

#include "core/model/Metric.h"

#include <QMainWindow>

class QStackedWidget;
class QTabWidget;

namespace earshot {

class ChartsPage;
class IncidentsView;
class Monitor;
class MonitorBinding;
class QueueTablePage;
class StatusBarWidget;
class TrayNotifier;
class WelcomePage;

// The operator's window: Queues, Charts (with the thresholds panel) and Incidents tabs, a
// status bar, and a tray icon. It only arranges pages; MonitorBinding feeds them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Queues,
        Charts,
        Incidents
    };

    // No monitor yet (first run): pages are empty until fed; use showWelcome(true).
    explicit MainWindow(QWidget *parent = nullptr);
    // Runs on a Monitor: everything is wired through a MonitorBinding. Defined in
    // MainWindowMonitor.cpp (library earshot_ui) so the window builds without the pipeline.
    explicit MainWindow(Monitor &monitor, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QueueTablePage *queuePage() const;
    [[nodiscard]] ChartsPage *chartsPage() const;
    [[nodiscard]] IncidentsView *incidentsView() const;
    [[nodiscard]] StatusBarWidget *statusBarWidget() const;
    [[nodiscard]] WelcomePage *welcomePage() const;
    [[nodiscard]] TrayNotifier *tray() const;
    [[nodiscard]] Page currentPage() const;

    void showPage(Page page);
    void showWelcome(bool welcome);
    [[nodiscard]] bool isShowingWelcome() const;
    // While monitoring runs, closing the window hides it to the tray (when there is one);
    // otherwise closing it emits quitRequested, as File > Quit does.
    void setMonitoringActive(bool active);
    [[nodiscard]] bool isMonitoringActive() const;
    // While the wall display is up, the tray pops nothing up over it.
    void setWallActive(bool active);

public slots:
    void notifyIncidentOpened(const QString &queueName, const QString &dedupKey, Severity severity);
    void setOpenIncidentCount(int count);
    void quit();

signals:
    void settingsRequested();
    void demoRequested();
    void wallRequested(); // View > Wall display (F11)
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void bringToFront();

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QueueTablePage *m_queues = nullptr;
    ChartsPage *m_charts = nullptr;
    IncidentsView *m_incidents = nullptr;
    StatusBarWidget *m_status = nullptr;
    WelcomePage *m_welcome = nullptr;
    TrayNotifier *m_tray = nullptr;
    bool m_monitoring = false;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

} // namespace earshot
