#include "GenesysFixture.h"

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
    }
};

QTEST_GUILESS_MAIN(TestGenesysCheck)
#include "TestGenesysCheck.moc"
