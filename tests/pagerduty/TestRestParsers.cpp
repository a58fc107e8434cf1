#include "RestFixtures.h"
#include "core/pagerduty/rest/RestParsers.h"

#include <QDateTime>
#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

const QByteArray kIncidents = incidentsFixture();
const QByteArray kLogEntries = logEntriesFixture();

} // namespace

class TestRestParsers : public QObject
{
    Q_OBJECT

private slots:
    void incidentListAsPagerDutySendsIt()
    {
        const auto parsed = parseIncidentList(kIncidents);
        QVERIFY(parsed.ok());
        const QList<RestIncident> &list = parsed.value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, QStringLiteral("PT4KHLK"));
        QCOMPARE(list[0].number, 1234);
        QCOMPARE(list[0].status, QStringLiteral("resolved"));
        QCOMPARE(list[0].incidentKey, QStringLiteral("voice_quality_alert_q1_1763891400"));
        QCOMPARE(list[0].createdAtMs, ms("2025-11-23T09:50:00Z"));
        QCOMPARE(list[0].lastChangeBy, QStringLiteral("Earline Greenholt"));
        QCOMPARE(list[0].lastChangeAtMs, ms("2025-11-23T09:58:00Z"));
        QCOMPARE(list[1].createdAtMs, ms("2025-11-23T11:10:00Z"));    // -01:00 read as UTC
        QCOMPARE(list[1].acknowledgedBy, QStringLiteral("Jane Doe")); // the newest of two
        QCOMPARE(list[1].acknowledgedAtMs, ms("2025-11-23T11:14:00Z"));
        QVERIFY(list[1].lastChangeBy.isEmpty()); // null
    }

    void newestIncidentAnswersForTheKey()
    {
        const auto parsed = parseIncidentList(kIncidents);
        QVERIFY(parsed.ok());
        QCOMPARE(newestIncident(parsed.value())->id, QStringLiteral("PQ9K7I8"));
        QVERIFY(!newestIncident({}).has_value());
    }

    void nullsAndWrongTypesLeaveFieldsEmpty()
    {
        const QByteArray body = oddIncidentsFixture();
        const auto parsed = parseIncidentList(body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 2);
        const RestIncident &a = parsed.value()[0];
        QCOMPARE(a.id, QStringLiteral("PA"));
        QCOMPARE(a.number, 0);
        QCOMPARE(a.createdAtMs, qint64(0));
        QVERIFY(a.htmlUrl.isEmpty());
        QVERIFY(a.lastChangeBy.isEmpty());
        QCOMPARE(a.lastChangeAtMs, qint64(0));
        QVERIFY(a.acknowledgedBy.isEmpty());
        const RestIncident &e = parsed.value()[1];
        QCOMPARE(e.id, QStringLiteral("PE[31m")); // control characters never reach a label
        QVERIFY(e.acknowledgedBy.isEmpty());
    }

    void notAnIncidentListIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>captive portal</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no list") << QByteArray(R"({"error":{"message":"x"}})");
        QTest::newRow("list is null") << QByteArray(R"({"incidents":null})");
        QTest::newRow("list is object") << QByteArray(R"({"incidents":{}})");
        QTest::newRow("cut") << kIncidents.left(200);
    }

    void notAnIncidentListIsAnError()
    {
        QFETCH(QByteArray, body);
        const auto parsed = parseIncidentList(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::PagerDutyRestData);
    }

    void logEntriesNameWhoAcknowledgedAndResolved()
    {
        const auto entries = parseLogEntries(kLogEntries);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 4);
        QCOMPARE(entries.value()[0].kind, RestLogEntry::Kind::Resolve);
        QCOMPARE(entries.value()[1].kind, RestLogEntry::Kind::Acknowledge);
        QCOMPARE(entries.value()[2].kind, RestLogEntry::Kind::Other);
        QVERIFY(entries.value()[2].agent.isEmpty()); // agent: null
        QCOMPARE(entries.value()[3].agentType,
                 QStringLiteral("generic_events_api_inbound_integration_reference"));

        RestIncident resolved;
        resolved.status = QStringLiteral("resolved");
        resolved.lastChangeBy = QStringLiteral("Someone Else");
        const StatusChange change = statusChangeOf(resolved, entries.value());
        QCOMPARE(change.by, QStringLiteral("Jane Doe"));
        QCOMPARE(change.atMs, ms("2025-11-23T11:20:00Z"));

        RestIncident acknowledged;
        acknowledged.status = QStringLiteral("acknowledged");
        QCOMPARE(statusChangeOf(acknowledged, entries.value()).atMs, ms("2025-11-23T11:14:00Z"));

        RestIncident triggered;
        triggered.status = QStringLiteral("triggered");
        QVERIFY(statusChangeOf(triggered, entries.value()).by.isEmpty());
    }

    void withoutLogEntriesTheIncidentsOwnFieldsTell()
    {
        const auto parsed = parseIncidentList(kIncidents);
        QVERIFY(parsed.ok());
        const StatusChange resolved = statusChangeOf(parsed.value()[0], {});
        QCOMPARE(resolved.by, QStringLiteral("Earline Greenholt"));
        const StatusChange acknowledged = statusChangeOf(parsed.value()[1], {});
        QCOMPARE(acknowledged.by, QStringLiteral("Jane Doe"));
        QCOMPARE(acknowledged.atMs, ms("2025-11-23T11:14:00Z"));
    }

    void logEntriesWithWrongTypes()
    {
        QVERIFY(!parseLogEntries(R"({"log_entries": "none"})").ok());
        const auto entries = parseLogEntries(
            R"({"log_entries": [null, 1, {"type": 5, "agent": "Jane", "created_at": {}}]})");
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 3);
        for (const RestLogEntry &e : entries.value()) {
            QCOMPARE(e.kind, RestLogEntry::Kind::Other);
            QVERIFY(e.agent.isEmpty());
            QCOMPARE(e.atMs, qint64(0));
        }
    }

    void errorMessages()
    {
        QCOMPARE(restErrorMessage(R"({"error":{"message":"Unauthorized","code":2006}})"),
                 QStringLiteral("Unauthorized"));
        QCOMPARE(restErrorMessage(R"({"error":"Rate Limit Exceeded"})"),
                 QStringLiteral("Rate Limit Exceeded"));
        QVERIFY(restErrorMessage("<html>").isEmpty());
        QVERIFY(restErrorMessage(R"({"error":{"message":null}})").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestParsers)
#include "TestRestParsers.moc"
