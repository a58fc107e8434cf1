#include "tests/support/MonitorWorld.h"

#include "core/presentation/IncidentTableModel.h"
#include "core/presentation/ModelRoles.h"
#include "ui/IncidentsView.h"
#include "ui/MonitorWindow.h"
#include "ui/NoteDialog.h"
#include "ui/StatusBarWidget.h"
#include "ui/TrayNotifier.h"

#include <QJsonObject>
#include <QObject>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

QString rowText(IncidentTableModel *model, const QString &dedupKey)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        if (model->index(r, 0).data(DedupKeyRole).toString() == dedupKey)
            return cells.join(u'|');
    }
    return {};
}

bool receivedAction(const FakePagerDuty &pd, const QString &dedupKey, const QString &action)
{
    for (const QJsonObject &e : pd.acceptedEvents()) {
        if (e.value(QStringLiteral("dedup_key")).toString() == dedupKey &&
            e.value(QStringLiteral("event_action")).toString() == action)
            return true;
    }
    return false;
}

} // namespace

class TestMonitorWindow : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgeAndResolveReachPagerDuty()
    {
        QTemporaryDir dir;
        World w;
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("g.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 5); // the Sales episode is open and paged
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        IncidentsView *view = window.incidentsView();
        QVERIFY(QTest::qWaitFor([&] { return view->selectIncident(key); }, 5000));

        NoteDialog::setNextAnswer(QStringLiteral("looking at the carrier"));
        view->acknowledgeSelected();
        QVERIFY(QTest::qWaitFor(
            [&] { return receivedAction(w.pagerDuty, key, QStringLiteral("acknowledge")); }, 5000));
        QCOMPARE(w.pagerDuty.incident(key)->status, QStringLiteral("acknowledged"));
        QVERIFY(QTest::qWaitFor(
            [&] { return rowText(view->model(), key).contains(QStringLiteral("Acknowledged")); },
            5000));

        QVERIFY(view->selectIncident(key));
        NoteDialog::setNextAnswer(QStringLiteral("fixed"));
        view->resolveSelected();
        QVERIFY(QTest::qWaitFor(
            [&] { return receivedAction(w.pagerDuty, key, QStringLiteral("resolve")); }, 5000));
        QCOMPARE(w.pagerDuty.incident(key)->status, QStringLiteral("resolved"));
        QVERIFY(QTest::qWaitFor(
            [&] { return rowText(view->model(), key).contains(QStringLiteral("Resolved")); },
            5000));
        // Issue 9 item 10: the notes stored in the audit table are in the detail pane.
        QVERIFY(QTest::qWaitFor(
            [&] { return view->detailsText().contains(QStringLiteral("Delivered to PagerDuty")); },
            5000));
        const QString details = view->detailsText();
        QVERIFY2(details.contains(QStringLiteral("Triggered (warning): MOS 3.3 < 3.5")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("— “looking at the carrier”")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("— “fixed”")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Dedup key: ") + key));
    }

    void acknowledgedOnAPhoneShowsInTheWindowAndTheTray()
    {
        QTemporaryDir dir;
        World w;
        w.pagerDuty.setClock(&w.clock);
        w.pagerDuty.addApiToken(QStringLiteral("read-only-api-key"));
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("p.sqlite")));
        setup.pagerduty.apiUrl = w.pagerDuty.restUrl();
        setup.pagerduty.followSeconds = 60;
        setup.fixedApiToken = QStringLiteral("read-only-api-key");
        auto monitor = Monitor::create(setup);
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.resize(1400, 700);
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 5);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(w.pagerDuty.acknowledgeFromPhone(key, QStringLiteral("Jane Doe")));
        const qint64 deadline = w.clock.nowMs() + 60'000; // one follow interval
        IncidentsView *view = window.incidentsView();
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (rowText(view->model(), key)
                        .contains(QStringLiteral("Acknowledged in PagerDuty by Jane Doe at ")))
                    return true;
                if (w.clock.pendingCount() > 0 && w.clock.nextDueMs() <= deadline)
                    w.clock.advanceTo(w.clock.nextDueMs());
                return false;
            },
            15'000));
        QCOMPARE(window.tray()->lastNotification(),
                 QStringLiteral("Sales: acknowledged in PagerDuty by Jane Doe"));
        // (No translator here: the English plural comes from earshot_en.ts in the app.)
        QVERIFY(window.statusBarWidget()->followText().startsWith(
            QStringLiteral("PagerDuty follow: following 1 PagerDuty incident")));
        QVERIFY(!window.statusBarWidget()->followAlarm());
        if (const QByteArray shots = qgetenv("EARSHOT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            if (auto *tabs = window.findChild<QTabWidget *>())
                tabs->setCurrentWidget(view);
            QVERIFY(view->selectIncident(key));
            QTest::qWait(50);
            window.grab().save(QString::fromLocal8Bit(shots) +
                               QStringLiteral("/incidents-acknowledged-in-pagerduty.png"));
        }
    }

    void anAcknowledgementMadeHereIsNotAnnouncedAgain()
    {
        QTemporaryDir dir;
        World w;
        w.pagerDuty.setClock(&w.clock);
        w.pagerDuty.addApiToken(QStringLiteral("read-only-api-key"));
        MonitorSetup setup = w.setup(dir.filePath(QStringLiteral("e.sqlite")));
        setup.pagerduty.apiUrl = w.pagerDuty.restUrl();
        setup.fixedApiToken = QStringLiteral("read-only-api-key");
        auto monitor = Monitor::create(setup);
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 5);
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY(monitor.value()->acknowledge(key, QStringLiteral("ana"), {}).ok());
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const IncidentRow &r : monitor.value()->incidents().value()) {
                    if (r.pagerDutyStatus == QStringLiteral("acknowledged"))
                        return true;
                }
                if (w.clock.pendingCount() > 0)
                    w.clock.advanceTo(w.clock.nextDueMs());
                return false;
            },
            15'000));
        // PagerDuty names its integration as the acknowledger: an echo, not news.
        QVERIFY(!window.tray()->lastNotification().contains(QStringLiteral("in PagerDuty")));
    }

    void pagerDutyRejectionIsShownOnTheIncident()
    {
        QTemporaryDir dir;
        World w;
        w.pagerDutyFaults.push(PagerDutyFault::status(401)); // a proxy says no
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("r.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 4); // the trigger is decided and refused
        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return rowText(window.incidentsView()->model(), key)
                             .contains(QStringLiteral("verify the integration key"));
                     },
                     5000),
                 qPrintable(rowText(window.incidentsView()->model(), key)));
        QCOMPARE(monitor.value()->deliveryStatus().state, DeliveryStatus::State::Paused);
        QVERIFY(w.pagerDuty.acceptedEvents().isEmpty()); // waiting, not dropped
        QCOMPARE(monitor.value()->deliveryStatus().backlog, 1);
    }
};

QTEST_MAIN(TestMonitorWindow)
#include "TestMonitorWindow.moc"
