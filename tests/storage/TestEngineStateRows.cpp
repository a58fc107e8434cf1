// The alert engine's state stored one row per queue in typed columns: a real engine's
// states saved and read back exactly, only the queues a window changed written (counted by
// a trigger in the real SQLite file), rows that do not add up refused, damaged values named,
// and the schema-3 databases an older Earshot wrote (tests/storage/data) converted with
// nothing lost.
#include "core/alerting/AlertEngine.h"
#include "core/alerting/EngineStateRecord.h"
#include "core/storage/AlertStateStore.h"
#include "core/storage/Database.h"
#include "core/storage/EngineStateRows.h"
#include "tests/support/StorageUnderTest.h"

#include <QFile>
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

std::unique_ptr<Database> openDb(const StorageTarget &target)
{
    auto db = Database::open(target);
    if (!db.ok())
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

// Counts the rows written (inserted or updated) in engine_queue_state from now on.
void countWrites(Database &db)
{
    QSqlQuery q(db.connection());
    if (db.backend() == StorageTarget::Backend::PostgreSql) {
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE writes (n INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO writes VALUES (0)")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE FUNCTION count_write() RETURNS trigger LANGUAGE plpgsql AS "
                           "'BEGIN UPDATE writes SET n = n + 1; RETURN NULL; END'")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER count_writes AFTER INSERT OR UPDATE ON "
                                      "engine_queue_state FOR EACH ROW EXECUTE FUNCTION "
                                      "count_write()")));
        return;
    }
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE writes (n INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO writes VALUES (0)")));
    for (const char *event : {"INSERT", "UPDATE"})
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER count_%1 AFTER %1 ON "
                                      "main.engine_queue_state BEGIN UPDATE writes SET n = n + 1; "
                                      "END")
                           .arg(QLatin1StringView(event))));
}

int writes(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT n FROM writes")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A window evaluated and its change saved.
Status evaluateAndSave(AlertEngine &engine, EngineStateRows &rows, int w, int from, int to)
{
    const EngineStateRecord before = engine.stateRecord();
    (void)engine.evaluateWindow(kT0 + w * 300, kT0 + w * 300 + 300, samples(w, from, to));
    return rows.save(engine.changesSince(before));
}

QJsonObject jsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestEngineStateRows : public QObject
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

    void nothingSavedLoadsEmpty()
    {
        auto db = openDb(m_storage.fresh());
        const auto loaded = EngineStateRows(*db).load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), EngineStateRecord{});
    }

    // Window after window, each saved as the change from the one before: only the queues
    // with data are written, and what is read back is the engine's state exactly, in its
    // order.
    void onlyChangedQueuesAreWrittenAndReadBackExactly()
    {
        auto db = openDb(m_storage.fresh());
        countWrites(*db);
        AlertEngine engine;
        EngineStateRows rows(*db);
        QVERIFY(evaluateAndSave(engine, rows, 0, 0, kQueues).ok());
        QCOMPARE(writes(*db), kQueues);
        const EngineStateRecord beforeSilence = engine.stateRecord();
        engine.addSilence(Silence{QStringLiteral("s1"), QStringLiteral("q-003"), kT0 + 3000,
                                  QStringLiteral("maintenance"), QStringLiteral("noc"), kT0});
        const EngineStateChange silenced = engine.changesSince(beforeSilence);
        QVERIFY(silenced.head);
        QVERIFY(silenced.queues.empty());
        QVERIFY(rows.save(silenced).ok());
        QCOMPARE(rows.load().value(), engine.stateRecord());
        for (int w = 1; w <= 4; ++w) {
            const int before = writes(*db);
            // Five queues have data (queue 7 among them in the odd windows).
            const int from = w % 2 == 1 ? 5 : 20;
            QVERIFY(evaluateAndSave(engine, rows, w, from, from + 5).ok());
            QCOMPARE(writes(*db) - before, 5);
            const auto loaded = rows.load();
            QVERIFY(loaded.ok());
            QCOMPARE(loaded.value(), engine.stateRecord());
        }
        // A restored engine continues as if never interrupted.
        AlertEngine restored;
        QVERIFY(restored.restoreStateRecord(rows.load().value()).ok());
        QCOMPARE(restored.saveState(), engine.saveState());
        QCOMPARE(restored.openEpisodes().size(), 1);
        QCOMPARE(restored.openEpisodes(), engine.openEpisodes());
    }

    // New queues join at the end of the order. Rows that do not add up (one deleted behind
    // the engine's back) refuse a change, store nothing, and a whole change heals them.
    void newQueuesAndRowsThatDoNotAddUp()
    {
        auto db = openDb(m_storage.fresh());
        AlertEngine engine;
        EngineStateRows rows(*db);
        QVERIFY(evaluateAndSave(engine, rows, 0, 0, 10).ok());
        QVERIFY(evaluateAndSave(engine, rows, 1, 5, 20).ok());
        QCOMPARE(rows.load().value(), engine.stateRecord());
        QCOMPARE(rows.load().value().queues.size(), std::size_t(20));

        QVERIFY(db->execSql(QStringLiteral("DELETE FROM engine_queue_state WHERE queue_id = "
                                           "'q-001'"),
                            "test")
                    .ok());
        const EngineStateRecord before = engine.stateRecord();
        (void)engine.evaluateWindow(kT0 + 600, kT0 + 900, samples(2, 15, 16));
        const Status refused = rows.save(engine.changesSince(before));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Storage);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM engine_queue_state")), 19);
        QCOMPARE(rows.load().error().kind, ErrorKind::EngineState);

        QVERIFY(rows.save(engine.wholeStateChange()).ok());
        QCOMPARE(rows.load().value(), engine.stateRecord());
    }

    // A late window (older than the newest) that brings a new queue leaves the newest
    // window where it was, and still stores how many queues there are.
    void aLateWindowWithANewQueueAddsUp()
    {
        auto db = openDb(m_storage.fresh());
        AlertEngine engine;
        EngineStateRows rows(*db);
        QVERIFY(evaluateAndSave(engine, rows, 1, 0, 5).ok());
        QVERIFY(evaluateAndSave(engine, rows, 0, 5, 6).ok());
        QCOMPARE(engine.stateRecord().queues.size(), std::size_t(6));
        const auto loaded = rows.load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded.value(), engine.stateRecord());
    }

    // Saving inside a transaction that fails leaves the state as it was.
    void aFailedTransactionLeavesTheStateAsItWas()
    {
        auto db = openDb(m_storage.fresh());
        AlertEngine engine;
        EngineStateRows rows(*db);
        QVERIFY(evaluateAndSave(engine, rows, 0, 0, 8).ok());
        const EngineStateRecord first = engine.stateRecord();
        (void)engine.evaluateWindow(kT0 + 300, kT0 + 600, samples(1, 0, 8));
        const Status failed = db->transaction([&]() -> Status {
            if (Status s = rows.save(engine.changesSince(first)); !s.ok())
                return s;
            return Error{ErrorKind::Storage, QStringLiteral("the rest of the window failed")};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(rows.load().value(), first);
    }

    // Values a typed column cannot hold for the engine are refused by name, not guessed.
    void damagedValuesAreNamed_data()
    {
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("typedOnPostgres");
        QTest::newRow("counter is text")
            << QStringLiteral("breach_run = 'three'") << QStringLiteral("breach_run") << true;
        QTest::newRow("counter is negative")
            << QStringLiteral("healthy_run = -1") << QStringLiteral("healthy_run") << false;
        QTest::newRow("counter is fractional")
            << QStringLiteral("lower_run = 1.5") << QStringLiteral("lower_run") << true;
        QTest::newRow("flag is 2")
            << QStringLiteral("suppressed = 2") << QStringLiteral("suppressed") << false;
        QTest::newRow("severity unknown") << QStringLiteral("episode_severity = 'purple'")
                                          << QStringLiteral("episode_severity") << false;
        QTest::newRow("breaches not JSON") << QStringLiteral("episode_breaches = '[{'")
                                           << QStringLiteral("episode_breaches") << false;
        QTest::newRow("breach metric unknown")
            << QStringLiteral("episode_breaches = '[{\"metric\":\"loudness\",\"level\":"
                              "\"warning\",\"value\":1,\"threshold\":2}]'")
            << QStringLiteral("episode_breaches") << false;
        QTest::newRow("time is text") << QStringLiteral("episode_start = 'yesterday'")
                                      << QStringLiteral("episode_start") << true;
        QTest::newRow("a gap in the order")
            << QStringLiteral("position = 99") << QStringLiteral("position") << false;
    }

    void damagedValuesAreNamed()
    {
        QFETCH(QString, update);
        QFETCH(QString, column);
        auto db = openDb(m_storage.fresh());
        AlertEngine engine;
        EngineStateRows rows(*db);
        for (int w = 0; w < 3; ++w)
            QVERIFY(evaluateAndSave(engine, rows, w, 0, 10).ok());
        QVERIFY(engine.openEpisode(QStringLiteral("q-007")));
        QVERIFY(rows.load().ok());
        const Status damaged = db->execSql(QStringLiteral("UPDATE engine_queue_state SET ") +
                                               update + QStringLiteral(" WHERE queue_id = 'q-007'"),
                                           "test");
        // PostgreSQL's typed columns keep some damage out themselves: text in an integer
        // column is refused, a fraction rounded.
        QFETCH(bool, typedOnPostgres);
        if (m_storage.postgres() && typedOnPostgres) {
            QVERIFY(!damaged.ok() || update.contains(QLatin1StringView("1.5")));
            QSKIP("PostgreSQL's column type itself keeps this value out");
        }
        QVERIFY2(damaged.ok(), damaged.ok() ? "" : qPrintable(damaged.error().message));
        const auto loaded = rows.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::EngineState);
        QVERIFY2(loaded.error().message.contains(u'"' + column + u'"'),
                 qPrintable(loaded.error().message));
    }

    // Schema-3 databases written by the Earshot before schema 4 (see data/README.md): the
    // state in JSON rows, and the whole state as one JSON value. Opening migrates them;
    // the state read back is the one that Earshot saved, exactly, and nothing else of the
    // file is lost.
    void aSchema3DatabaseIsConvertedWithNothingLost_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("JSON rows") << QStringLiteral("schema3-rows.sqlite");
        QTest::newRow("whole JSON value") << QStringLiteral("schema3-whole.sqlite");
    }

    void aSchema3DatabaseIsConvertedWithNothingLost()
    {
        if (m_storage.postgres())
            QSKIP("schema 3 files exist only on SQLite; PostgreSQL starts at schema 5");
        QFETCH(QString, file);
        const QString data = QFINDTESTDATA("data");
        QVERIFY(!data.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(QFile::copy(data + u'/' + file, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QJsonObject saved = jsonFile(data + QStringLiteral("/schema3-state.json"));
        QCOMPARE(saved.value(QStringLiteral("queues")).toArray().size(), 40);

        auto db = openDb(StorageTarget::sqlite(path));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                           "'engine_queues'")),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM engine_queue_state")), 40);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM history")), 427);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM episodes WHERE state = 'open'")),
                 5);
        const auto loaded = EngineStateRows(*db).load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        AlertEngine restored;
        QVERIFY(restored.restoreStateRecord(loaded.value()).ok());
        QCOMPARE(restored.saveState(), saved);
        QCOMPARE(restored.openEpisodes().size(), 5);

        // And it goes on from there: the next window's change is stored like any other.
        const EngineStateRecord before = restored.stateRecord();
        (void)restored.evaluateWindow(kT0 + 12 * 300, kT0 + 13 * 300, samples(12, 0, 3));
        QVERIFY(EngineStateRows(*db).save(restored.changesSince(before)).ok());
        QCOMPARE(EngineStateRows(*db).load().value(), restored.stateRecord());
    }

    // A schema-3 state that cannot be read stops the migration: the file stays as it was,
    // for the older Earshot or a backup, and the error says why.
    void anUnreadableSchema3StateLeavesTheFileAsItWas()
    {
        if (m_storage.postgres())
            QSKIP("schema 3 files exist only on SQLite; PostgreSQL starts at schema 5");
        const QString data = QFINDTESTDATA("data");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(data + QStringLiteral("/schema3-rows.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE engine_queues SET state = "
                                          "replace(state, '\"healthyRun\":', "
                                          "'\"healthyRun\":\"x\",\"was\":') WHERE position = 3")));
            QCOMPARE(q.numRowsAffected(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("healthyRun")),
                 qPrintable(refused.error().message));
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM engine_queues")) && q.next());
        QCOMPARE(q.value(0).toInt(), 40);
    }
};

QTEST_GUILESS_MAIN(TestEngineStateRows)
#include "TestEngineStateRows.moc"
