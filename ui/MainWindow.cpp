#include "ui/MainWindow.h"

#include "ui/ChartsPage.h"
#include "ui/Icons.h"
#include "ui/IncidentsView.h"
#include "ui/QueueTablePage.h"
#include "ui/StatusBarWidget.h"
#include "ui/TrayNotifier.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace earshot {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(m_stack))
    , m_queues(new QueueTablePage(m_tabs))
    , m_charts(new ChartsPage(m_tabs))
    , m_incidents(new IncidentsView(m_tabs))
    , m_status(new StatusBarWidget(this))
    , m_welcome(new WelcomePage(m_stack))
    , m_tray(new TrayNotifier(this))
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
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_status, 1);
    buildMenus();
    setMinimumSize(1024, 640);
    resize(1280, 800);

    connect(m_welcome, &WelcomePage::openSettingsRequested, this, &MainWindow::settingsRequested);
    connect(m_welcome, &WelcomePage::startDemoRequested, this, &MainWindow::demoRequested);
    connect(m_queues, &QueueTablePage::chartRequested, this, [this] { showPage(Page::Charts); });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayNotifier::quitRequested, this, &MainWindow::quit);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    file->addAction(tr("Start &demo mode"), this, &MainWindow::demoRequested);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Page>> pages = {{tr("&Queues"), Page::Queues},
                                                   {tr("&Charts"), Page::Charts},
                                                   {tr("&Incidents"), Page::Incidents}};
    int key = Qt::Key_1;
    for (const auto &[title, page] : pages) {
        QAction *a = view->addAction(title, this, [this, p = page] { showPage(p); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
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

void MainWindow::notifyIncidentOpened(const QString &queueName, const QString &dedupKey,
                                      Severity severity)
{
    m_tray->notifyIncident(queueName, dedupKey, severity);
}

void MainWindow::setOpenIncidentCount(int count)
{
    m_tray->setOpenIncidents(count);
    m_tabs->setTabText(int(Page::Incidents),
                       count > 0 ? tr("&Incidents (%n open)", nullptr, count) : tr("&Incidents"));
}

void MainWindow::quit()
{
    m_quitting = true;
    emit quitRequested();
    close();
    QCoreApplication::quit();
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
    if (!m_quitting && m_monitoring && m_tray->isAvailable()) {
        // Closing the window must not stop paging: hide to the tray, say so once.
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->showMessage(tr("Earshot keeps monitoring"),
                                tr("The window is hidden; paging goes on. Use File > Quit to "
                                   "stop monitoring."));
        }
        return;
    }
    // Without a tray (or when nothing is monitored) closing the window is quitting: the app
    // does not quit on its own when its last window closes, because of the tray.
    if (!m_quitting) {
        m_quitting = true;
        emit quitRequested();
    }
    QMainWindow::closeEvent(event);
}

} // namespace earshot
