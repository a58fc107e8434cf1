// Issue 9 (the operator's window never lies), on the real pipeline: a Monitor against the
// in-process fake Genesys Cloud and fake PagerDuty over loopback HTTP, a real SQLite file,
// real widgets on the offscreen platform, time from a ManualClock.
#include "tests/support/MonitorWorld.h"

#include "core/presentation/QueueFilterProxyModel.h"
#include "core/presentation/QueueTableModel.h"
#include "ui/ChartsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/MonitorWindow.h"
#include "ui/QualityChartView.h"
#include "ui/QueueTablePage.h"
#include "ui/SilenceDialog.h"
#include "ui/SilencesDialog.h"
#include "ui/StatusBarWidget.h"
#include "ui/ThresholdsPanel.h"
#include "ui/TrayNotifier.h"

#include <QComboBox>
#include <QLineEdit>
#include <QObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kSupport = QStringLiteral("q-support");

QString statusText(MainWindow &window, const QString &queueId)
{
    QueueTableModel *model = window.queuePage()->model();
    const int row = model->rowOf(queueId);
    return row < 0 ? QString() : model->index(row, QueueTableModel::StatusColumn).data().toString();
}

// Sales as the script plays it, plus Support: healthy, critical from window 8 on.
QList<FakeGenesysCloud::SummaryRow> withSupport(const Script &script, qint64 start)
{
    QList<FakeGenesysCloud::SummaryRow> rows = script.rows(start);
    FakeGenesysCloud::SummaryRow support;
    support.queueId = kSupport;
    support.queueName = QStringLiteral("Support");
    support.mosScore = (start - script.firstWindow) / 300 >= 8 ? 2.4 : 4.3;
    support.packetLossPercent = 0.2;
    support.jitterMs = 10;
    support.conversationCount = 30;
    rows.append(support);
    return rows;
}

} // namespace

class TestOperatorWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // Item 2: with no integration key, the status bar and a banner say so from the start;
    // never "up to date" with a tick.
    void noIntegrationKeyIsAWarningFromTheStart()
    {
        QTemporaryDir dir;
        World w;
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("k.sqlite")));
        setup.fixedRoutingKey.clear(); // no keychain in this setup, no environment variable
        auto monitor = Monitor::create(std::move(setup));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return window.pagingProblem().contains(
                             QStringLiteral("No PagerDuty integration key"));
                     },
                     5000),
                 qPrintable(window.pagingProblem()));
        QVERIFY(window.statusBarWidget()->deliveryText().contains(
            QStringLiteral("no integration key")));
        QVERIFY(window.statusBarWidget()->deliveryAlarm());
        // It stays while the episode waits in the outbox.
        w.run(*monitor.value(), 4);
        QVERIFY(window.pagingProblem().contains(QStringLiteral("No PagerDuty integration key")));
        QVERIFY(w.pagerDuty.acceptedEvents().isEmpty());
    }

    void rejectedKeyAndOutageAreTheirOwnWarnings()
    {
        {
            QTemporaryDir dir;
            World w;
            w.pagerDutyFaults.push(PagerDutyFault::status(401));
            auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("r.sqlite"))));
            QVERIFY(monitor.ok());
            MonitorWindow window(*monitor.value());
            monitor.value()->start();
            w.run(*monitor.value(), 4);
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return window.pagingProblem().contains(
                                 QStringLiteral("rejected the integration key"));
                         },
                         5000),
                     qPrintable(window.pagingProblem()));
        }
        {
            QTemporaryDir dir;
            World w;
            for (int i = 0; i < 50; ++i)
                w.pagerDutyFaults.push(PagerDutyFault::status(503));
            auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("o.sqlite"))));
            QVERIFY(monitor.ok());
            MonitorWindow window(*monitor.value());
            monitor.value()->start();
            w.run(*monitor.value(), 4);
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return window.pagingProblem().contains(
                                 QStringLiteral("PagerDuty cannot be reached"));
                         },
                         5000),
                     qPrintable(window.pagingProblem()));
            QVERIFY(window.statusBarWidget()->deliveryText().contains(
                QStringLiteral("PagerDuty unreachable")));
        }
    }

    // Item 5: every queue of the directory has a row from the first poll, idle ones too;
    // item 9: the thresholds list has them at once.
    void everyDirectoryQueueHasARow()
    {
        QTemporaryDir dir;
        World w;
        QList<QueueInfo> directory{{kQueue, QStringLiteral("Sales")}};
        for (int i = 1; i < 500; ++i)
            directory.append({QStringLiteral("q-%1").arg(i, 3, 10, QLatin1Char('0')),
                              QStringLiteral("Queue %1").arg(i)});
        w.genesys.setQueues(directory);
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("d.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        monitor.value()->start();
        w.run(*monitor.value(), 2);
        QueueTablePage *page = window.queuePage();
        QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() >= 500; }, 5000));
        QCOMPARE(page->model()->rowOf(QStringLiteral("q-499")) >= 0, true);
        QCOMPARE(statusText(window, QStringLiteral("q-499")), QStringLiteral("No calls"));
        QCOMPARE(statusText(window, kQueue), QStringLiteral("OK"));
        QComboBox *scope = window.chartsPage()->thresholdsPanel()->scopeBox();
        QVERIFY2(scope->count() >= 501, qPrintable(QString::number(scope->count())));
    }

    // Item 3: silenced from the Queues table ahead of maintenance; the level stays.
    // Then View > Silences lists it, edits it and ends it early.
    void silenceFromTheQueuesTableAndTheSilencesList()
    {
        QTemporaryDir dir;
        World w;
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("s.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 9); // Sales is critical (MOS 2.6)
        QVERIFY(QTest::qWaitFor(
            [&] { return statusText(window, kQueue) == QStringLiteral("Critical"); }, 5000));
        QueueTablePage *page = window.queuePage();
        QVERIFY(QTest::qWaitFor([&] {
            QCoreApplication::processEvents();
            return page->model()->rowOf(kQueue) >= 0;
        }));
        const QModelIndex source = page->model()->index(page->model()->rowOf(kQueue), 0);
        page->table()->setCurrentIndex(page->proxy()->mapFromSource(source));
        SilenceDialog::setNextAnswer(
            SilenceAnswer{SilenceChoice::FourHours, QStringLiteral("carrier work")});
        page->silenceCurrentQueue();
        QCOMPARE(monitor.value()->silences().size(), 1);
        QVERIFY2(statusText(window, kQueue).startsWith(QStringLiteral("Critical · silenced until")),
                 qPrintable(statusText(window, kQueue)));

        SilencesDialog *list = window.silencesDialog();
        QCOMPARE(list->table()->rowCount(), 1);
        QCOMPARE(list->table()->item(0, 0)->text(), QStringLiteral("Sales"));
        QCOMPARE(list->table()->item(0, 2)->text(), QStringLiteral("carrier work"));
        const QString id = monitor.value()->silences().constFirst().id;
        QVERIFY(list->selectSilence(id));
        SilenceDialog::setNextAnswer(
            SilenceAnswer{SilenceChoice::ThirtyMinutes, QStringLiteral("shorter")});
        list->editSelected();
        QCOMPARE(monitor.value()->silences().constFirst().until, monitor.value()->nowSecs() + 1800);
        QCOMPARE(list->table()->item(0, 2)->text(), QStringLiteral("shorter"));
        QVERIFY(list->selectSilence(id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        list->endSelected();
        QVERIFY(monitor.value()->silences().isEmpty());
        QCOMPARE(list->table()->rowCount(), 0);
        QCOMPARE(statusText(window, kQueue), QStringLiteral("Critical"));
    }

    // Item 7: until the operator picks, the charts follow the newest open incident; item 11:
    // the notification says what breached, not the dedup key.
    void chartsFollowTheNewestIncidentUntilTheOperatorPicks()
    {
        QTemporaryDir dir;
        World w;
        w.genesys.setQueues(
            {{kQueue, QStringLiteral("Sales")}, {kSupport, QStringLiteral("Support")}});
        w.genesys.setSummaryProvider(
            [&w](qint64 start, qint64) { return withSupport(w.script, start); });
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        monitor.value()->start();
        QualityChartView *chart = window.chartsPage()->chartView();
        w.run(*monitor.value(), 5); // Sales' warning episode is open
        QVERIFY(QTest::qWaitFor([&] { return chart->queueIds() == QStringList{kQueue}; }, 5000));
        QCOMPARE(window.tray()->lastNotification(),
                 QStringLiteral("Sales: warning — MOS 3.3 (< 3.5)"));
        w.run(*monitor.value(), 5); // Support goes critical at window 8
        QVERIFY2(QTest::qWaitFor([&] { return chart->queueIds() == QStringList{kSupport}; }, 5000),
                 qPrintable(chart->queueIds().join(u',')));
        QVERIFY(window.tray()->lastNotification().startsWith(
            QStringLiteral("Support: critical — MOS 2.4 (< 3.0)")));

        // The operator picks Sales: it stays, whatever opens next.
        emit window.queuePage()->chartRequested({kQueue});
        QCOMPARE(chart->queueIds(), QStringList{kQueue});
        w.run(*monitor.value(), 2);
        QCOMPARE(chart->queueIds(), QStringList{kQueue});
    }

    // Item 1: quitting while monitoring asks first and says what stops.
    void quittingWhileMonitoringAsksFirst()
    {
        QTemporaryDir dir;
        World w;
        w.pagerDutyFaults.push(PagerDutyFault::status(401)); // the trigger waits in the outbox
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("q.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 9); // Sales critical, its events wait
        QVERIFY(
            QTest::qWaitFor([&] { return monitor.value()->deliveryStatus().backlog > 0; }, 5000));
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        emit window.tray()->quitRequested();
        QCOMPARE(quit.count(), 0);
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(QStringLiteral("1 incident(s) open (1 critical)")),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("wait in the outbox")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("stops polling")));
        // Closing the window (no tray here) keeps monitoring: it is minimised.
        QVERIFY(!window.close());
        QCOMPARE(quit.count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.quit());
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestOperatorWindow)
#include "TestOperatorWindow.moc"
