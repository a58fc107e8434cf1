#include "core/storage/Database.h"
#include "core/storage/FollowedIncidentStore.h"
#include "tests/support/StorageUnderTest.h"

#include <QObject>
#include <QSqlQuery>
#include <QTest>

using namespace earshot;

class TestFollowedIncidentStore : public QObject
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

    void keepsWhatPagerDutySaidAcrossReopening()
    {
        const StorageTarget path = m_storage.fresh();
        FollowedIncident f;
        f.dedupKey = QStringLiteral("voice_quality_alert_q1_1763891400");
        f.incidentId = QStringLiteral("PT4KHLK");
        f.number = 1234;
        f.status = QStringLiteral("resolved");
        f.changedBy = QStringLiteral("Jane Doe");
        f.changedAtMs = 1'763'892'000'000;
        f.htmlUrl = QStringLiteral("https://acme.pagerduty.com/incidents/PT4KHLK");
        f.seenAtMs = 1'763'892'060'000;
        f.healthySinceResolve = true;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            FollowedIncidentStore store(*db.value());
            QVERIFY(store.save(f).ok());
            FollowedIncident other;
            other.dedupKey = QStringLiteral("voice_quality_alert_q2_1763891400");
            other.status = QStringLiteral("triggered");
            QVERIFY(store.save(other).ok());
            f.repagedAt = 1'763'892'300; // saved again: one row per key
            QVERIFY(store.save(f).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto rows = FollowedIncidentStore(*db.value()).all();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().value(f.dedupKey), f);
        QVERIFY(rows.value().value(f.dedupKey).resolved());
        QVERIFY(!rows.value().value(f.dedupKey).acknowledged());
    }

    void aVersion4DatabaseGainsTheTable()
    {
        if (m_storage.postgres())
            QSKIP("a migration from schema 4 exists only on SQLite; PostgreSQL starts at 5");
        const StorageTarget path = m_storage.fresh();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE pagerduty_incidents")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE operator_requests"))); // schema 6
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QVERIFY(FollowedIncidentStore(*db.value()).all().ok());
    }
};

QTEST_GUILESS_MAIN(TestFollowedIncidentStore)
#include "TestFollowedIncidentStore.moc"
