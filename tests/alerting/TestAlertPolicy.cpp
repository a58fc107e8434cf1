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
        QVERIFY2(all.contains(QStringLiteral("Raise after")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Queue q9")), qPrintable(all));
        // A disabled metric is not validated.
        AlertPolicy off;
        off.global[Metric::Jitter] = MetricThreshold{false, 100.0, 10.0};
        QVERIFY(off.validate().isEmpty());
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

    void fromJsonKeepsDefaultsForMissingOrWrongKeys()
    {
        const AlertPolicy p = AlertPolicy::fromJson(
            QJsonDocument::fromJson(
                R"({"metrics":{"mos":{"warning":"high"}},"raiseAfterWindows":null})")
                .object());
        QCOMPARE(p, AlertPolicy{});
    }
};

QTEST_GUILESS_MAIN(TestAlertPolicy)
#include "TestAlertPolicy.moc"
