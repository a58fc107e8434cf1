#pragma once

#include "core/alerting/Decision.h"
#include "core/model/Metric.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace earshot {

class ChartsPage;
class IncidentsView;
class QueueTablePage;
class SilencesDialog;
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
    ~MainWindow() override;

    [[nodiscard]] QueueTablePage *queuePage() const;
    [[nodiscard]] ChartsPage *chartsPage() const;
    [[nodiscard]] IncidentsView *incidentsView() const;
    [[nodiscard]] StatusBarWidget *statusBarWidget() const;
    [[nodiscard]] WelcomePage *welcomePage() const;
    [[nodiscard]] TrayNotifier *tray() const;
    [[nodiscard]] SilencesDialog *silencesDialog() const; // View > Silences
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

    // A warning over the tabs while paging cannot work (no key, a rejected key, an outage);
    // empty hides it. It stays until the cause is fixed.
    void setPagingProblem(const QString &text);
    [[nodiscard]] QString pagingProblem() const; // empty while hidden
    // What quitting would stop, for the confirmation: open incidents (how many critical)
    // and the events still waiting in the outbox.
    void setCriticalIncidentCount(int count);
    void setOutboxBacklog(int count);
    // The question asked before quitting while monitoring; empty when nothing is monitored.
    [[nodiscard]] QString quitQuestion() const;

public slots:
    // breaches: what the opening window breached, for "Sales: critical — MOS 2.6 (< 3.0)".
    void notifyIncidentOpened(const QString &queueName, Severity severity,
                              const QList<Breach> &breaches);
    void setOpenIncidentCount(int count);
    // Asks first while monitoring (polling and paging stop); true when quitting.
    bool quit();

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

    QLabel *m_pagingBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QueueTablePage *m_queues = nullptr;
    ChartsPage *m_charts = nullptr;
    IncidentsView *m_incidents = nullptr;
    StatusBarWidget *m_status = nullptr;
    WelcomePage *m_welcome = nullptr;
    TrayNotifier *m_tray = nullptr;
    SilencesDialog *m_silences = nullptr;
    bool m_monitoring = false;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    int m_openIncidents = 0;
    int m_criticalIncidents = 0;
    int m_outboxBacklog = 0;
};

} // namespace earshot
