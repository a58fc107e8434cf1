#include "core/alerting/AlertPolicy.h"

#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace earshot;

class TestAlertPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheGuidesNumbers()
    {
        const Thresholds t = Thresholds::defaults();
        QCOMPARE(t[Metric::Mos].warning, 3.5);
        QCOMPARE(t[Metric::Mos].critical, 3.0);
        QCOMPARE(t[Metric::Jitter].warning, 50.0);
        QCOMPARE(t[Metric::PacketLoss].warning, 1.0);
        QVERIFY(t[Metric::PacketLoss].critical > t[Metric::PacketLoss].warning);
        QVERIFY(t[Metric::Jitter].critical > t[Metric::Jitter].warning);
        QVERIFY(!t[Metric::JitterBufferDiscard].enabled);
        QCOMPARE(t.minCalls, 1);
        const AlertPolicy p;
        QCOMPARE(p.raiseAfterWindows, 1);
        QCOMPARE(p.clearAfterWindows, 2);
        QCOMPARE(p.idleResolveSecs, 3600);
        QVERIFY(p.validate().isEmpty());
    }

    void overridesReplaceOnlyWhatTheySet()
    {
        AlertPolicy p;
        QueueOverride o;
        o.metrics[metricIndex(Metric::Mos)] = MetricThreshold{true, 3.9, 3.4};
        o.clearAfterWindows = 5;
        p.overrides.insert(QStringLiteral("vip"), o);
        const EffectivePolicy vip = p.effectiveFor(QStringLiteral("vip"));
        QCOMPARE(vip.thresholds[Metric::Mos].warning, 3.9);
        QCOMPARE(vip.thresholds[Metric::PacketLoss], p.global[Metric::PacketLoss]);
        QCOMPARE(vip.clearAfterWindows, 5);
        QCOMPARE(vip.raiseAfterWindows, p.raiseAfterWindows);
        const EffectivePolicy other = p.effectiveFor(QStringLiteral("other"));
        QCOMPARE(other.thresholds, p.global);
        QVERIFY(!o.isEmpty());
        QVERIFY(QueueOverride{}.isEmpty());
    }

    void validateNamesEveryProblem()
    {
        AlertPolicy p;
        p.global[Metric::Mos] = MetricThreshold{true, 3.0, 3.5}; // inverted
        p.global[Metric::PacketLoss] = MetricThreshold{true, 5.0, 2.0};
        p.raiseAfterWindows = 0;
        QueueOverride o;
        o.metrics[metricIndex(Metric::Mos)] = MetricThreshold{true, 6.0, 5.5};
        p.overrides.insert(QStringLiteral("q9"), o);
        const QStringList problems = p.validate();
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("MOS critical")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("packet loss critical")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("raise after"), Qt::CaseInsensitive), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Queue q9")), qPrintable(all));
        // A disabled metric is not validated.
        AlertPolicy off;
        off.global[Metric::Jitter] = MetricThreshold{false, 100.0, 10.0};
        QVERIFY(off.validate().isEmpty());
    }

    void validateChecksRangesAndCounts_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("warning");
        QTest::addColumn<double>("critical");
        QTest::addColumn<QString>("expected");
        QTest::newRow("MOS above 5") << QStringLiteral("mos") << 5.5 << 4.0
                                     << QStringLiteral("MOS levels must lie between 1 and 5");
        QTest::newRow("MOS below 1") << QStringLiteral("mos") << 3.5 << 0.5
                                     << QStringLiteral("MOS levels must lie between 1 and 5");
        QTest::newRow("loss above 100")
            << QStringLiteral("packet_loss") << 50.0 << 120.0
            << QStringLiteral("packet loss levels must lie between 0 and 100");
        QTest::newRow("loss negative")
            << QStringLiteral("packet_loss") << -1.0 << 3.0
            << QStringLiteral("packet loss levels must lie between 0 and 100");
        QTest::newRow("loss equal levels") << QStringLiteral("packet_loss") << 2.0 << 2.0
                                           << QStringLiteral("packet loss critical (2) must be "
                                                             "above its warning (2)");
        QTest::newRow("MOS equal levels") << QStringLiteral("mos") << 3.0 << 3.0
                                          << QStringLiteral("MOS critical (3) must be below "
                                                            "its warning (3)");
        QTest::newRow("jitter negative") << QStringLiteral("jitter") << -5.0 << 10.0
                                         << QStringLiteral("jitter levels must not be negative");
        QTest::newRow("latency inverted")
            << QStringLiteral("latency") << 400.0 << 150.0
            << QStringLiteral("latency critical (150) must be above its warning (400)");
        QTest::newRow("latency not a number") << QStringLiteral("latency") << qQNaN() << 400.0
                                              << QStringLiteral("latency levels must be numbers");
    }

    void validateChecksRangesAndCounts()
    {
        QFETCH(QString, field);
        QFETCH(double, warning);
        QFETCH(double, critical);
        QFETCH(QString, expected);
        Metric m = Metric::Mos;
        QVERIFY(metricFromKey(field, &m));
        // Globally, and in an override that names the queue.
        AlertPolicy global;
        global.global[m] = MetricThreshold{true, warning, critical};
        QStringList problems = global.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(QStringLiteral("Global thresholds: ")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[0].contains(expected), qPrintable(problems[0]));

        AlertPolicy perQueue;
        QueueOverride o;
        o.metrics[metricIndex(m)] = MetricThreshold{true, warning, critical};
        perQueue.overrides.insert(QStringLiteral("q-vip"), o);
        problems = perQueue.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(QStringLiteral("Queue q-vip: ")), qPrintable(problems[0]));
        QVERIFY2(problems[0].contains(expected), qPrintable(problems[0]));
    }

    void validateCounts()
    {
        AlertPolicy p;
        p.global.minCalls = 0; // allowed: treated as 1
        QVERIFY(p.validate().isEmpty());
        p.global.minCalls = -1;
        p.clearAfterWindows = 0;
        p.idleResolveSecs = 0;
        QStringList problems = p.validate();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("min calls must not be negative")));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("clear after windows")));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("idle time")));

        AlertPolicy q;
        QueueOverride o;
        o.minCalls = -3;
        o.raiseAfterWindows = 0;
        o.clearAfterWindows = -1;
        q.overrides.insert(QStringLiteral("q-night"), o);
        problems = q.validate();
        QCOMPARE(problems.size(), 3);
        for (const QString &problem : std::as_const(problems))
            QVERIFY2(problem.startsWith(QStringLiteral("Queue q-night: ")), qPrintable(problem));
    }

    void validateReportsAProblemOnce()
    {
        // A bad global level is reported once, not again for every queue that inherits it.
        AlertPolicy p;
        p.global[Metric::Jitter] = MetricThreshold{true, 100.0, 50.0};
        QueueOverride o;
        o.metrics[metricIndex(Metric::Mos)] = MetricThreshold{true, 3.8, 3.3};
        p.overrides.insert(QStringLiteral("a"), o);
        p.overrides.insert(QStringLiteral("b"), o);
        QCOMPARE(p.validate().size(), 1);
        // An override may repair a queue but the global problem remains.
        QueueOverride fix;
        fix.metrics[metricIndex(Metric::Jitter)] = MetricThreshold{true, 50.0, 100.0};
        p.overrides.insert(QStringLiteral("c"), fix);
        QCOMPARE(p.validate().size(), 1);
    }

    void jsonRoundTrip()
    {
        AlertPolicy p;
        p.global[Metric::Latency] = MetricThreshold{false, 120.0, 250.0};
        p.global.minCalls = 4;
        p.raiseAfterWindows = 2;
        p.clearAfterWindows = 3;
        p.idleResolveSecs = 1800;
        QueueOverride o;
        o.metrics[metricIndex(Metric::Jitter)] = MetricThreshold{true, 30.0, 60.0};
        o.minCalls = 10;
        o.raiseAfterWindows = 1;
        p.overrides.insert(QStringLiteral("a-b-c"), o);
        const QByteArray bytes = QJsonDocument(p.toJson()).toJson();
        const AlertPolicy back = AlertPolicy::fromJson(QJsonDocument::fromJson(bytes).object());
        QCOMPARE(back, p);
    }

    void jsonRoundTripOfDefaultsAndEveryOverrideField()
    {
        const AlertPolicy defaults;
        QCOMPARE(AlertPolicy::fromJson(defaults.toJson()), defaults);
        AlertPolicy p;
        for (Metric m : kAllMetrics) {
            QueueOverride o;
            o.metrics[metricIndex(m)] =
                MetricThreshold{m == Metric::JitterBufferDiscard, m == Metric::Mos ? 3.75 : 1.25,
                                m == Metric::Mos ? 3.125 : 7.5};
            p.overrides.insert(metricKey(m), o);
        }
        QueueOverride counts;
        counts.minCalls = 0;
        counts.raiseAfterWindows = 4;
        counts.clearAfterWindows = 6;
        p.overrides.insert(QStringLiteral("counts-only"), counts);
        p.overrides.insert(QStringLiteral("empty"), QueueOverride{});
        const QByteArray bytes = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(AlertPolicy::fromJson(QJsonDocument::fromJson(bytes).object()), p);
    }

    void fromJsonKeepsDefaultsForMissingOrWrongKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("string level") << QByteArray(R"({"metrics":{"mos":{"warning":"high"}}})");
        QTest::newRow("null count") << QByteArray(R"({"raiseAfterWindows":null})");
        QTest::newRow("fractional count") << QByteArray(R"({"clearAfterWindows":2.5})");
        QTest::newRow("huge count") << QByteArray(R"({"minCalls":1e12})");
        QTest::newRow("bool count") << QByteArray(R"({"minCalls":true})");
        QTest::newRow("array metrics") << QByteArray(R"({"metrics":[1,2,3]})");
        QTest::newRow("metric is a number") << QByteArray(R"({"metrics":{"jitter":7}})");
        QTest::newRow("enabled is a string")
            << QByteArray(R"({"metrics":{"latency":{"enabled":"no"}}})");
        QTest::newRow("idle is a string") << QByteArray(R"({"idleResolveSecs":"3600"})");
        QTest::newRow("idle is fractional") << QByteArray(R"({"idleResolveSecs":12.5})");
        QTest::newRow("idle is huge") << QByteArray(R"({"idleResolveSecs":1e300})");
        QTest::newRow("overrides is a list") << QByteArray(R"({"overrides":["q1"]})");
        QTest::newRow("unknown keys") << QByteArray(R"({"colour":"red","metrics":{"x":{}}})");
    }

    void fromJsonKeepsDefaultsForMissingOrWrongKeys()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(AlertPolicy::fromJson(doc.object()), AlertPolicy{});
    }

    void fromJsonOverrideWithWrongTypes()
    {
        const QByteArray json = R"({"overrides":{"q1":{"minCalls":"5","raiseAfterWindows":2.5,
            "clearAfterWindows":3,"metrics":{"mos":{"warning":3.8},"jitter":"x"}}}})";
        const AlertPolicy p = AlertPolicy::fromJson(QJsonDocument::fromJson(json).object());
        const QueueOverride &o = p.overrides.value(QStringLiteral("q1"));
        QVERIFY(!o.minCalls);
        QVERIFY(!o.raiseAfterWindows);
        QCOMPARE(o.clearAfterWindows, 3);
        // A partly given metric takes the rest from the global policy.
        QCOMPARE(o.metrics[metricIndex(Metric::Mos)],
                 (MetricThreshold{true, 3.8, p.global[Metric::Mos].critical}));
        // A metric that is not an object overrides nothing.
        QVERIFY(!o.metrics[metricIndex(Metric::Jitter)]);
        QVERIFY(!o.metrics[metricIndex(Metric::Latency)]);
    }
};

QTEST_GUILESS_MAIN(TestAlertPolicy)
#include "TestAlertPolicy.moc"
