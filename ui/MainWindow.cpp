#include "ui/MainWindow.h"

#include "ui/ChartsPage.h"
#include "ui/Icons.h"
#include "ui/IncidentsView.h"
#include "ui/MessageBox.h"
#include "ui/QueueTablePage.h"
#include "ui/SilencesDialog.h"
#include "ui/StatusBarWidget.h"
#include "ui/TrayNotifier.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace earshot {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pagingBanner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(m_stack))
    , m_queues(new QueueTablePage(m_tabs))
    , m_charts(new ChartsPage(m_tabs))
    , m_incidents(new IncidentsView(m_tabs))
    , m_status(new StatusBarWidget(this))
    , m_welcome(new WelcomePage(m_stack))
    , m_tray(new TrayNotifier(this))
    , m_silences(new SilencesDialog(this))
{
    const QString appName = QCoreApplication::applicationName();
    setWindowTitle(appName.isEmpty() ? QStringLiteral("Earshot") : appName);
    setWindowIcon(applicationIcon());
    m_tabs->addTab(m_queues, tr("&Queues"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_incidents, tr("&Incidents"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_welcome);
    m_pagingBanner->setObjectName(QStringLiteral("pagingBanner"));
    m_pagingBanner->setTextFormat(Qt::PlainText);
    m_pagingBanner->setWordWrap(true);
    m_pagingBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #c0392b; "
                       "padding: 6px; font-weight: bold; }"));
    m_pagingBanner->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_pagingBanner);
    column->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);
    buildMenus();
    setMinimumSize(1024, 640);
    resize(1280, 800);

    connect(m_welcome, &WelcomePage::openSettingsRequested, this, &MainWindow::settingsRequested);
    connect(m_welcome, &WelcomePage::startDemoRequested, this, &MainWindow::demoRequested);
    connect(m_queues, &QueueTablePage::chartRequested, this, [this] { showPage(Page::Charts); });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayNotifier::quitRequested, this, [this] { (void)quit(); });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // Preferences has no binding on some desktops (GNOME, Windows): Ctrl+, then.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (settingsKeys.isEmpty())
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcuts(settingsKeys);
    file->addAction(tr("Start &demo mode"), this, &MainWindow::demoRequested);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, [this] { (void)quit(); });
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find queue"), this, [this] {
        showPage(Page::Queues);
        m_queues->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findQueueAction"));
    QAction *silences = view->addAction(tr("&Silences…"), this, [this] {
        m_silences->show();
        m_silences->raise();
        m_silences->activateWindow();
    });
    silences->setObjectName(QStringLiteral("silencesAction"));
    view->addSeparator();
    const QList<std::pair<QString, Page>> pages = {{tr("&Queues"), Page::Queues},
                                                   {tr("&Charts"), Page::Charts},
                                                   {tr("&Incidents"), Page::Incidents}};
    int key = Qt::Key_1;
    for (const auto &[title, page] : pages) {
        QAction *a = view->addAction(title, this, [this, p = page] { showPage(p); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
    view->addSeparator();
    QAction *wall = view->addAction(tr("&Wall display"), this, &MainWindow::wallRequested);
    wall->setShortcut(QKeySequence(Qt::Key_F11));
    wall->setObjectName(QStringLiteral("wallAction"));
}

QueueTablePage *MainWindow::queuePage() const
{
    return m_queues;
}

ChartsPage *MainWindow::chartsPage() const
{
    return m_charts;
}

IncidentsView *MainWindow::incidentsView() const
{
    return m_incidents;
}

StatusBarWidget *MainWindow::statusBarWidget() const
{
    return m_status;
}

WelcomePage *MainWindow::welcomePage() const
{
    return m_welcome;
}

TrayNotifier *MainWindow::tray() const
{
    return m_tray;
}

SilencesDialog *MainWindow::silencesDialog() const
{
    return m_silences;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void MainWindow::showPage(Page page)
{
    showWelcome(false);
    m_tabs->setCurrentIndex(int(page));
}

void MainWindow::showWelcome(bool welcome)
{
    m_stack->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome)
                                      : static_cast<QWidget *>(m_tabs));
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::setMonitoringActive(bool active)
{
    m_monitoring = active;
}

bool MainWindow::isMonitoringActive() const
{
    return m_monitoring;
}

void MainWindow::notifyIncidentOpened(const QString &queueName, Severity severity,
                                      const QList<Breach> &breaches)
{
    m_tray->notifyIncident(queueName, severity, breaches);
}

void MainWindow::setWallActive(bool active)
{
    m_tray->setQuiet(active);
}

void MainWindow::setOpenIncidentCount(int count)
{
    m_openIncidents = count;
    m_tray->setOpenIncidents(count);
    m_tabs->setTabText(int(Page::Incidents),
                       count > 0 ? tr("&Incidents (%n open)", nullptr, count) : tr("&Incidents"));
}

void MainWindow::setCriticalIncidentCount(int count)
{
    m_criticalIncidents = count;
}

void MainWindow::setOutboxBacklog(int count)
{
    m_outboxBacklog = count;
}

void MainWindow::setPagingProblem(const QString &text)
{
    m_pagingBanner->setText(text);
    m_pagingBanner->setVisible(!text.isEmpty());
}

QString MainWindow::pagingProblem() const
{
    return m_pagingBanner->isHidden() ? QString() : m_pagingBanner->text();
}

QString MainWindow::quitQuestion() const
{
    if (!m_monitoring)
        return {};
    QStringList stops{tr("Quitting stops polling Genesys Cloud and paging PagerDuty.")};
    if (m_openIncidents > 0)
        stops << tr("%n incident(s) open (%1 critical): no escalation or resolve is sent "
                    "while Earshot is not running.",
                    nullptr, m_openIncidents)
                     .arg(m_criticalIncidents);
    if (m_outboxBacklog > 0)
        stops << tr("%n event(s) wait in the outbox and are not delivered until Earshot runs "
                    "again.",
                    nullptr, m_outboxBacklog);
    stops << tr("Quit anyway?");
    return stops.join(QStringLiteral("\n\n"));
}

bool MainWindow::quit()
{
    if (m_monitoring) {
        const auto answer =
            MessageBox::question(this, tr("Quit Earshot?"), quitQuestion(),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_quitting = true;
    emit quitRequested();
    close();
    QCoreApplication::quit();
    return true;
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_monitoring) {
        // Closing the window must not stop paging: hide it to the tray, or minimise it
        // where there is no tray. Quitting is File > Quit, which asks first.
        event->ignore();
        if (!m_tray->isAvailable()) {
            showMinimized();
            statusBar()->showMessage(
                tr("Earshot keeps monitoring: use File > Quit to stop polling and paging."),
                10'000);
            return;
        }
        hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->showMessage(tr("Earshot keeps monitoring"),
                                tr("The window is hidden; paging goes on. Use File > Quit to "
                                   "stop monitoring."));
        }
        return;
    }
    // When nothing is monitored closing the window is quitting: the app does not quit on
    // its own when its last window closes, because of the tray.
    if (!m_quitting) {
        m_quitting = true;
        emit quitRequested();
    }
    QMainWindow::closeEvent(event);
}

} // namespace earshot
