// The alert engine's state stored one row per queue: a real engine's states saved and read
// back exactly, only the queues a window changed written (counted by a trigger in the real
// SQLite file), and the older whole-state form still read and then replaced.
#include "core/alerting/AlertEngine.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/Database.h"
#include "core/storage/EngineStateRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

namespace {

constexpr qint64 kT0 = 1'763'892'000;
constexpr int kQueues = 50;

// Window `w` for the queues in [from, to): queue 7 breaches (an episode with breaches).
QList<QualitySample> samples(int w, int from, int to)
{
    QList<QualitySample> out;
    for (int i = from; i < to; ++i) {
        QualitySample s;
        s.queueId = QStringLiteral("q-%1").arg(i, 3, 10, QLatin1Char('0'));
        s.queueName = QStringLiteral("Queue \u00e9 %1").arg(i);
        s.windowStart = kT0 + w * 300;
        s.windowEnd = s.windowStart + 300;
        s.calls = 10;
        s.mosMean = i == 7 ? 2.5 : 4.2;
        out.append(s);
    }
    return out;
}

std::unique_ptr<Database> openDb(const QTemporaryDir &dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("state.sqlite")));
    if (!db.ok())
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

// Counts the rows written into engine_queues from now on.
void countWrites(Database &db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE writes (n INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO writes VALUES (0)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER count_writes AFTER INSERT ON "
                                  "main.engine_queues BEGIN UPDATE writes SET n = n + 1; END")));
}

int writes(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT n FROM writes")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestEngineStateRows : public QObject
{
    Q_OBJECT

private slots:
    void nothingSavedLoadsEmpty()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        const auto loaded = EngineStateRows(*db).load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().isEmpty());
    }

    // Window after window, each saved against the one before: only the queues with data
    // are written, and what is read back is the engine's state exactly, in its order.
    void onlyChangedQueuesAreWrittenAndReadBackExactly()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        countWrites(*db);
        AlertEngine engine;
        EngineStateRows rows(*db);
        (void)engine.evaluateWindow(kT0, kT0 + 300, samples(0, 0, kQueues));
        QJsonObject stored = engine.saveState();
        QVERIFY(rows.save(stored).ok());
        QCOMPARE(writes(*db), kQueues);
        engine.addSilence(Silence{QStringLiteral("s1"), QStringLiteral("q-003"), kT0 + 3000,
                                  QStringLiteral("maintenance"), QStringLiteral("noc"), kT0});
        for (int w = 1; w <= 4; ++w) {
            const int before = writes(*db);
            // Five queues have data (queue 7 among them in the odd windows).
            const int from = w % 2 == 1 ? 5 : 20;
            (void)engine.evaluateWindow(kT0 + w * 300, kT0 + w * 300 + 300,
                                        samples(w, from, from + 5));
            const QJsonObject state = engine.saveState();
            QVERIFY(rows.save(state, stored).ok());
            QCOMPARE(writes(*db) - before, 5);
            const auto loaded = rows.load();
            QVERIFY(loaded.ok());
            QCOMPARE(loaded.value(), state);
            stored = state;
        }
        // A restored engine continues as if never interrupted.
        AlertEngine restored;
        QVERIFY(restored.restoreState(rows.load().value()).ok());
        QCOMPARE(restored.saveState(), engine.saveState());
        QCOMPARE(restored.openEpisodes().size(), 1);
    }

    // New queues join at the end of the order; a `stored` that is not what the database
    // holds (rows missing) is caught by the count, and everything is written again.
    void newQueuesAndAWrongBaseStillAddUp()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        AlertEngine engine;
        EngineStateRows rows(*db);
        (void)engine.evaluateWindow(kT0, kT0 + 300, samples(0, 0, 10));
        const QJsonObject first = engine.saveState();
        QVERIFY(rows.save(first).ok());
        (void)engine.evaluateWindow(kT0 + 300, kT0 + 600, samples(1, 5, 20));
        const QJsonObject second = engine.saveState();
        QVERIFY(rows.save(second, first).ok());
        QCOMPARE(rows.load().value(), second);

        QVERIFY(db->execSql(QStringLiteral("DELETE FROM engine_queues WHERE queue_id = 'q-001'"),
                            "test")
                    .ok());
        (void)engine.evaluateWindow(kT0 + 600, kT0 + 900, samples(2, 15, 16));
        const QJsonObject third = engine.saveState();
        QVERIFY(rows.save(third, second).ok());
        QCOMPARE(rows.load().value(), third);
    }

    // A database where an older Earshot kept the whole state as one JSON value.
    void theOlderWholeFormIsReadThenReplaced()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        AlertEngine engine;
        (void)engine.evaluateWindow(kT0, kT0 + 300, samples(0, 0, 12));
        const QJsonObject old = engine.saveState();
        AlertStateStore state(*db);
        QVERIFY(state
                    .setMeta(QStringLiteral("engine.state"),
                             QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)))
                    .ok());
        QCOMPARE(state.engineState().value(), old);

        countWrites(*db);
        (void)engine.evaluateWindow(kT0 + 300, kT0 + 600, samples(1, 0, 1));
        const QJsonObject next = engine.saveState();
        QVERIFY(state.saveEngineState(next, old).ok());
        QCOMPARE(writes(*db), 12); // every queue: the rows did not exist yet
        QCOMPARE(state.engineState().value(), next);
    }

    // Saving inside a transaction that fails leaves the state as it was.
    void aFailedTransactionLeavesTheStateAsItWas()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        AlertEngine engine;
        EngineStateRows rows(*db);
        (void)engine.evaluateWindow(kT0, kT0 + 300, samples(0, 0, 8));
        const QJsonObject first = engine.saveState();
        QVERIFY(rows.save(first).ok());
        (void)engine.evaluateWindow(kT0 + 300, kT0 + 600, samples(1, 0, 8));
        const QJsonObject second = engine.saveState();
        const Status failed = db->transaction([&]() -> Status {
            if (Status s = rows.save(second, first); !s.ok())
                return s;
            return Error{ErrorKind::Storage, QStringLiteral("the rest of the window failed")};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(rows.load().value(), first);
    }
};

QTEST_GUILESS_MAIN(TestEngineStateRows)
#include "TestEngineStateRows.moc"
