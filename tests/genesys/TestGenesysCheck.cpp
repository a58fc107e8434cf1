#include "tests/support/GenesysFixture.h"

#include "core/genesys/GenesysStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestGenesysCheck : public QObject
{
    Q_OBJECT

private slots:
    void tableAndJson()
    {
        GenesysFixture f(QualitySourceKind::Summary);
        f.fake.setSummaryProvider([](qint64, qint64) {
            return QList<FakeGenesysCloud::SummaryRow>{
                {QStringLiteral("qA"), QStringLiteral("Sales"), false, 2.45, 3.2, 120.0, 14},
                {QStringLiteral("qB"), QStringLiteral("Billing"), false, 4.3, std::nullopt,
                 std::nullopt, 3}};
        });
        GenesysStack stack(f.network, f.clock, f.settings);
        std::optional<GenesysCheckResult> result;
        runGenesysCheck(stack, f.clock, this, [&](const GenesysCheckResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->queues.size(), 2);
        QCOMPARE(result->windowStart, kT0 - 600);
        const QString table = formatCheckTable(*result);
        QVERIFY(table.contains(QStringLiteral("2 queue(s) visible")));
        QVERIFY(
            table.contains(QStringLiteral("2025-11-23T09:50:00.000Z/2025-11-23T09:55:00.000Z")));
        QVERIFY(table.contains(QStringLiteral("Sales")));
        QVERIFY(table.contains(QStringLiteral("2.45")));
        const QJsonArray rows = QJsonDocument::fromJson(formatCheckJson(*result)).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject sales = rows[0].toObject();
        QCOMPARE(sales.keys(),
                 (QStringList{QStringLiteral("calls"), QStringLiteral("jitterMs"),
                              QStringLiteral("mosMean"), QStringLiteral("mosMin"),
                              QStringLiteral("packetLossPercent"), QStringLiteral("queueId"),
                              QStringLiteral("queueName"), QStringLiteral("windowEnd"),
                              QStringLiteral("windowStart")}));
        QCOMPARE(sales.value(QStringLiteral("mosMean")).toDouble(), 2.45);
        QVERIFY(sales.value(QStringLiteral("mosMin")).isNull());
        QCOMPARE(sales.value(QStringLiteral("windowStart")).toString(),
                 QStringLiteral("2025-11-23T09:50:00.000Z"));
        QVERIFY(rows[1].toObject().value(QStringLiteral("jitterMs")).isNull());
    }

    void detailsSourceWithMonitoredQueues()
    {
        GenesysFixture f(QualitySourceKind::Details,
                         {QStringLiteral("qA"), QStringLiteral("qB"), QStringLiteral("qGone")});
        f.fake.setCallsProvider([](qint64 start, qint64) {
            SimulatedCall c;
            c.conversationId = QStringLiteral("c1");
            c.startSecs = start + 12;
            c.queueIds = {QStringLiteral("qA")};
            c.mos = 3.8;
            c.receivedPackets = 10'000;
            c.discardedPackets = 150;
            c.invalidPackets = 50;
            return QList<SimulatedCall>{c};
        });
        std::optional<GenesysCheckResult> result;
        runGenesysCheck(*f.stack, f.clock, this, [&](const GenesysCheckResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->samples.size(), 1);
        QCOMPARE(result->quietQueues.size(), 2); // qB had no calls; qGone is not visible
        QCOMPARE(result->problems.size(), 1);
        QVERIFY(result->problems[0].contains(QStringLiteral("qGone")));

        const QJsonArray rows = QJsonDocument::fromJson(formatCheckJson(*result)).array();
        QCOMPARE(rows.size(), 3);
        const QJsonObject sales = rows[0].toObject();
        QCOMPARE(sales.value(QStringLiteral("queueName")).toString(), QStringLiteral("Sales"));
        QCOMPARE(sales.value(QStringLiteral("calls")).toInt(), 1);
        QCOMPARE(sales.value(QStringLiteral("mosMean")).toDouble(), 3.8);
        QCOMPARE(sales.value(QStringLiteral("mosMin")).toDouble(), 3.8);
        QCOMPARE(sales.value(QStringLiteral("packetLossPercent")).toDouble(), 2.0);
        QVERIFY(sales.value(QStringLiteral("jitterMs")).isNull()); // details have no jitter
        QCOMPARE(sales.value(QStringLiteral("windowEnd")).toString(),
                 QStringLiteral("2025-11-23T09:55:00.000Z"));
        const QJsonObject billing = rows[1].toObject();
        QCOMPARE(billing.value(QStringLiteral("queueName")).toString(), QStringLiteral("Billing"));
        QCOMPARE(billing.value(QStringLiteral("calls")).toInt(), 0);
        QVERIFY(billing.value(QStringLiteral("mosMean")).isNull());
        QCOMPARE(billing.keys().size(), 9);

        const QString table = formatCheckTable(*result);
        QVERIFY(table.contains(QStringLiteral("Billing")));
        QVERIFY(table.contains(QStringLiteral("no jitter in ms")));
        QVERIFY(table.contains(QStringLiteral("problem: monitored queue qGone")));
    }

    void queueListingFailureIsNamed()
    {
        GenesysFixture f;
        f.faults.push(GenesysFault::status("/api/v2/routing", 403));
        std::optional<GenesysCheckResult> result;
        runGenesysCheck(*f.stack, f.clock, this, [&](const GenesysCheckResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!result->ok);
        QVERIFY(result->authenticated);
        const QString table = formatCheckTable(*result);
        QVERIFY2(table.contains(QStringLiteral("listing the queues failed: GET "
                                               "/api/v2/routing/queues: HTTP 403")),
                 qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("Routing > Queue > View")));
        QCOMPARE(QJsonDocument::fromJson(formatCheckJson(*result)).array().size(), 0);
    }

    void failureSaysWhy()
    {
        GenesysFixture f;
        f.settings.clientSecret = QStringLiteral("wrong");
        GenesysStack stack(f.network, f.clock, f.settings);
        std::optional<GenesysCheckResult> result;
        runGenesysCheck(stack, f.clock, this, [&](const GenesysCheckResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!result->ok);
        QVERIFY(
            formatCheckTable(*result).contains(QStringLiteral("check client id / secret / role")));
        QVERIFY(!formatCheckTable(*result).contains(QStringLiteral("wrong")));
        QVERIFY(
            formatCheckTable(*result).startsWith(QStringLiteral("Genesys Cloud check failed: ")));
        QVERIFY(!result->authenticated);
    }
};

QTEST_GUILESS_MAIN(TestGenesysCheck)
#include "TestGenesysCheck.moc"
