#include "core/alerting/AlertEngine.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/WindowCommit.h"
#include "tests/support/StorageUnderTest.h"

#include <QObject>
#include <QSqlQuery>
#include <QTest>

using namespace earshot;

namespace {

constexpr qint64 kT0 = 1'763'892'000;

QualitySample sample(qint64 start, double mos)
{
    QualitySample s;
    s.queueId = QStringLiteral("q1");
    s.queueName = QStringLiteral("Sales");
    s.windowStart = start;
    s.windowEnd = start + 300;
    s.calls = 20;
    s.mosMean = mos;
    return s;
}

WindowRecord recordFor(AlertEngine &engine, qint64 start, double mos)
{
    const EngineStateRecord before = engine.stateRecord();
    WindowRecord r;
    r.windowStart = start;
    r.windowEnd = start + 300;
    r.samples = {sample(start, mos)};
    r.decisions = engine.evaluateWindow(start, start + 300, r.samples);
    for (const Decision &d : r.decisions)
        r.events.append(PendingEvent{d.dedupKey, decisionKindKey(d.kind), "{}"});
    r.engineChange = engine.changesSince(before);
    r.cursorWindowEnd = start + 300;
    r.nowMs = (start + 360) * 1000;
    return r;
}

int count(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestWindowCommit : public QObject
{
    Q_OBJECT

private:
    test::StorageUnderTest m_storage;

private slots:
    void initTestCase()
    {
        const QString problem = m_storage.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void episodeLifecycleIsStored()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        Database &d = *db.value();
        AlertEngine engine;
        QVERIFY(commitWindow(d, recordFor(engine, kT0, 3.2)).ok());       // trigger warning
        QVERIFY(commitWindow(d, recordFor(engine, kT0 + 300, 2.5)).ok()); // escalate
        const QString key = engine.openEpisode(QStringLiteral("q1"))->dedupKey;
        const EngineStateRecord beforeAck = engine.stateRecord();
        WindowRecord ack;
        ack.decisions = {
            *engine.acknowledge(key, QStringLiteral("ana"), QStringLiteral("looking"), kT0 + 700)};
        ack.events = {PendingEvent{key, QStringLiteral("acknowledge"), "{}"}};
        ack.engineChange = engine.changesSince(beforeAck);
        QVERIFY(commitWindow(d, ack).ok());
        QVERIFY(commitWindow(d, recordFor(engine, kT0 + 600, 4.2)).ok());
        QVERIFY(commitWindow(d, recordFor(engine, kT0 + 900, 4.2)).ok()); // resolve

        AlertStateStore state(d);
        const auto episode = state.episode(key);
        QVERIFY(episode.ok() && episode.value());
        const StoredEpisode &e = *episode.value();
        QCOMPARE(e.severity, Severity::Critical);
        QVERIFY(!e.open);
        QCOMPARE(e.acknowledgedBy, QStringLiteral("ana"));
        QCOMPARE(e.acknowledgeNote, QStringLiteral("looking"));
        QCOMPARE(e.resolveReason, ResolveReason::Recovered);
        QCOMPARE(e.startedAt, kT0);
        QVERIFY(e.paged);
        QCOMPARE(state.meta(kCursorKey).value(), QString::number(kT0 + 1200));
        QCOMPARE(count(d, "outbox"), 4); // trigger, escalate (re-trigger), ack, resolve
        QCOMPARE(count(d, "history"), 4);
        const auto audit = AuditLog(d).forSubject(key);
        QCOMPARE(audit.value().size(), 4);
        QCOMPARE(audit.value()[0].kind, QStringLiteral("decision.trigger"));
        QCOMPARE(audit.value()[2].actor, QStringLiteral("ana"));

        // The engine state round-trips through the database.
        AlertEngine restored;
        const auto stored = state.engineState();
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QVERIFY(restored.restoreStateRecord(stored.value()).ok());
        QCOMPARE(restored.saveState(), engine.saveState());
    }

    void allOrNothing()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        Database &d = *db.value();
        AlertEngine engine;
        // Make the outbox refuse writes: the window's history, episode, audit rows and
        // cursor must not be stored either.
        if (m_storage.postgres()) {
            QVERIFY(d.execSql(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE "
                                             "plpgsql AS 'BEGIN RAISE EXCEPTION ''disk says no''; "
                                             "END'"),
                              "t")
                        .ok());
            QVERIFY(d.execSql(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox FOR "
                                             "EACH ROW EXECUTE FUNCTION refuse()"),
                              "t")
                        .ok());
        } else {
            QVERIFY(d.execSql(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN "
                                             "SELECT RAISE(ABORT, 'disk says no'); END"),
                              "t")
                        .ok());
        }
        const Status s = commitWindow(d, recordFor(engine, kT0, 2.0));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("disk says no")));
        QCOMPARE(count(d, "history"), 0);
        QCOMPARE(count(d, "episodes"), 0);
        QCOMPARE(count(d, "audit"), 0);
        QCOMPARE(count(d, "meta"), 0);
        QVERIFY(d.execSql(m_storage.postgres() ? QStringLiteral("DROP TRIGGER refuse ON outbox")
                                               : QStringLiteral("DROP TRIGGER refuse"),
                          "t")
                    .ok());
        AlertEngine fresh;
        QVERIFY(commitWindow(d, recordFor(fresh, kT0, 2.0)).ok());
        QCOMPARE(count(d, "history"), 1);
        QCOMPARE(count(d, "outbox"), 1);
        QCOMPARE(count(d, "episodes"), 1);
    }
};

QTEST_GUILESS_MAIN(TestWindowCommit)
#include "TestWindowCommit.moc"
