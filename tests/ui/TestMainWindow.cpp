#include "UiSamples.h"

#include "core/presentation/StatusTexts.h"
#include "ui/ChartsPage.h"
#include "ui/IncidentsView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/QualityChartView.h"
#include "ui/QueueTablePage.h"
#include "ui/StatusBarWidget.h"
#include "ui/ThresholdsPanel.h"
#include "ui/TrayNotifier.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndWelcome()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.isShowingWelcome());
        QCOMPARE(w.currentPage(), MainWindow::Page::Queues);
        w.showWelcome(true);
        QVERIFY(w.isShowingWelcome());
        QSignalSpy settings(&w, &MainWindow::settingsRequested);
        QSignalSpy demo(&w, &MainWindow::demoRequested);
        QTest::mouseClick(w.welcomePage()->settingsButton(), Qt::LeftButton);
        QTest::mouseClick(w.welcomePage()->demoButton(), Qt::LeftButton);
        QCOMPARE(settings.count(), 1);
        QCOMPARE(demo.count(), 1);
        w.showPage(MainWindow::Page::Incidents);
        QVERIFY(!w.isShowingWelcome());
        QCOMPARE(w.currentPage(), MainWindow::Page::Incidents);
    }

    void chartRequestShowsTheCharts()
    {
        MainWindow w;
        emit w.queuePage()->chartRequested({QStringLiteral("q-sales")});
        QCOMPARE(w.currentPage(), MainWindow::Page::Charts);
    }

    void thresholdEditsPreviewOnTheChart()
    {
        MainWindow w;
        QualityChartView *chart = w.chartsPage()->chartView();
        chart->setQueueHistory(QStringLiteral("q-sales"), QStringLiteral("Sales"),
                               queueHistory(QStringLiteral("q-sales"), 288, 100));
        AlertPolicy draft;
        draft.global[Metric::Mos].warning = 3.1;
        emit w.chartsPage()->thresholdsPanel()->previewPolicyChanged(draft);
        QVERIFY(chart->previewResult().has_value());
        QCOMPARE(chart->previewResult()->count(), 1); // the dip's loss (2.4 %) still breaches
        emit w.chartsPage()->thresholdsPanel()->previewCleared();
        QVERIFY(!chart->previewResult().has_value());
    }

    // Issue 9 item 1: with no tray, closing the window minimises it; monitoring goes on.
    void closeWithoutATrayMinimises()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setMonitoringActive(true);
        // The offscreen platform has no system tray: hiding would strand the operator.
        QVERIFY(!w.tray()->isAvailable());
        QSignalSpy quit(&w, &MainWindow::quitRequested);
        QVERIFY(!w.close());
        QCOMPARE(quit.count(), 0); // paging goes on
        QVERIFY(w.isMinimized());
        // When nothing is monitored, closing is quitting.
        w.setMonitoringActive(false);
        QVERIFY(w.close());
        QCOMPARE(quit.count(), 1);
    }

    // Issue 9 item 1: File > Quit (Ctrl+Q) and the tray's Quit ask first and say what stops.
    void quitAsksFirstAndSaysWhatStops()
    {
        MainWindow w;
        w.show();
        w.setMonitoringActive(true);
        w.setOpenIncidentCount(3);
        w.setCriticalIncidentCount(1);
        w.setOutboxBacklog(1);
        QSignalSpy quit(&w, &MainWindow::quitRequested);
        QAction *action = w.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Quit));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action->trigger();
        QCOMPARE(quit.count(), 0);
        QVERIFY(w.isVisible());
        const QString asked = MessageBox::lastText();
        QVERIFY(asked.contains(QStringLiteral("stops polling Genesys Cloud and paging PagerDuty")));
        QVERIFY2(asked.contains(QStringLiteral("3 incident(s) open (1 critical)")),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("1 event(s) wait in the outbox")),
                 qPrintable(asked));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        emit w.tray()->quitRequested();
        QCOMPARE(quit.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!w.isVisible());
    }

    // Issue 9 item 2: a paging problem is a banner over the tabs until it is fixed.
    void pagingProblemBanner()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.pagingProblem().isEmpty());
        DeliveryStatus noKey;
        noKey.problem = DeliveryStatus::Problem::NoKey;
        w.setPagingProblem(deliveryProblemText(noKey));
        QVERIFY(w.pagingProblem().startsWith(QStringLiteral("No PagerDuty integration key")));
        auto *banner = w.findChild<QLabel *>(QStringLiteral("pagingBanner"));
        QVERIFY(banner && banner->isVisible());
        // It sits above the tabs on every page.
        w.showPage(MainWindow::Page::Charts);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->mapTo(&w, QPoint(0, 0)).y() <
                w.findChild<QTabWidget *>()->mapTo(&w, QPoint(0, 0)).y());
        w.setPagingProblem({});
        QVERIFY(w.pagingProblem().isEmpty());
        QVERIFY(!banner->isVisible());
    }

    // Issue 9 item 13: Ctrl+F focuses the queue filter; Settings has a shortcut.
    void keyboardShortcuts()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(MainWindow::Page::Incidents);
        QTest::keySequence(&w, QKeySequence(QKeySequence::Find));
        QCOMPARE(w.currentPage(), MainWindow::Page::Queues);
        QVERIFY(QTest::qWaitFor([&] { return w.queuePage()->filterEdit()->hasFocus(); }));
        QAction *settings = w.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QVERIFY(!settings->shortcut().isEmpty());
        QSignalSpy requested(&w, &MainWindow::settingsRequested);
        QTest::keySequence(&w, settings->shortcut());
        QCOMPARE(requested.count(), 1);
    }

    void incidentsCountAndNotifications()
    {
        MainWindow w;
        w.setOpenIncidentCount(2);
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Incidents (2 open)"));
        w.setOpenIncidentCount(0);
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Incidents"));
        // Issue 9 item 11: what breached and by how much, never the raw dedup key.
        w.notifyIncidentOpened(QStringLiteral("Sales"), Severity::Critical,
                               {Breach{Metric::Mos, Severity::Critical, 2.57, 3.0},
                                Breach{Metric::PacketLoss, Severity::Critical, 4.47, 3.0}});
        QCOMPARE(w.tray()->notificationCount(), 1);
        QCOMPARE(w.tray()->lastNotification(),
                 QStringLiteral("Sales: critical — MOS 2.6 (< 3.0), loss 4.5 % (> 3.0 %)"));
    }

    void readableAtNocResolutions_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void readableAtNocResolutions()
    {
        QFETCH(QSize, size);
        MainWindow w;
        QVERIFY(w.minimumSizeHint().width() <= 1280);
        QVERIFY(w.minimumSizeHint().height() <= 800);
        w.queuePage()->setQueues({{QStringLiteral("q-sales"), QStringLiteral("Sales")}});
        w.queuePage()->setLatestSamples({window(QStringLiteral("q-sales"), kT0, 3.2)});
        w.chartsPage()->chartView()->setQueueHistory(
            QStringLiteral("q-sales"), QStringLiteral("Sales"),
            queueHistory(QStringLiteral("q-sales"), 288, 100));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (MainWindow::Page page :
             {MainWindow::Page::Queues, MainWindow::Page::Charts, MainWindow::Page::Incidents}) {
            w.showPage(page);
            QCoreApplication::processEvents(); // layouts settle as they would on screen
            const QImage shot = w.grab().toImage();
            QCOMPARE(shot.size(), size);
            const QString name = QStringLiteral("main-window-%1x%2-page%3.png")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(int(page));
            QVERIFY(shot.save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(name)));
        }
        // The thresholds side panel keeps a usable width next to the charts.
        w.showPage(MainWindow::Page::Charts);
        QVERIFY(w.chartsPage()->thresholdsPanel()->width() >= 300);
        QVERIFY(w.chartsPage()->chartView()->width() >= 600);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
