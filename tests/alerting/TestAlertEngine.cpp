#include "EngineScript.h"

#include "core/alerting/AlertEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kQ = QStringLiteral("q-sales");

AlertPolicy policyWith(int raise, int clear)
{
    AlertPolicy p;
    p.raiseAfterWindows = raise;
    p.clearAfterWindows = clear;
    return p;
}

QList<W> repeat(const W &w, int n)
{
    return QList<W>(n, w);
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void partialSamplesNeverRaiseNorRecover()
    {
        AlertEngine engine(policyWith(1, 1));
        qint64 start = 1'763'892'000;
        const auto sample = [&](double mos, bool partial) {
            QualitySample s;
            s.queueId = kQ;
            s.windowStart = start;
            s.windowEnd = start + 300;
            s.calls = 1;
            s.mosMean = mos;
            s.partial = partial;
            return s;
        };
        // 1 call left of 10, MOS 2.10: a critical page if it were trusted.
        QVERIFY(engine.evaluateWindow(start, start + 300, {sample(2.1, true)}).isEmpty());
        start += 300;
        const auto opened = engine.evaluateWindow(start, start + 300, {sample(2.1, false)});
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0].kind, DecisionKind::Trigger);
        start += 300;
        // A partial healthy window does not resolve either.
        QVERIFY(engine.evaluateWindow(start, start + 300, {sample(4.4, true)}).isEmpty());
        start += 300;
        const auto resolved = engine.evaluateWindow(start, start + 300, {sample(4.4, false)});
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved[0].kind, DecisionKind::Resolve);
    }

    // Each row: a policy (raise/clear), a script of windows for one queue, and the exact
    // decisions expected ("window:kind:severity[:p]" with p = pages).
    void scenarios_data()
    {
        QTest::addColumn<int>("raise");
        QTest::addColumn<int>("clear");
        QTest::addColumn<QList<W>>("windows");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("healthy queue: nothing") << 1 << 2 << repeat(mos(4.3), 10) << QStringList{};

        QTest::newRow("20 degraded windows: exactly one trigger")
            << 1 << 2 << repeat(mos(3.2), 20) << QStringList{QStringLiteral("0:trigger:warning:p")};

        QList<W> escalation = {mos(4.2), mos(3.3), mos(3.3), mos(2.7),
                               mos(2.6), mos(2.5), mos(4.2), mos(4.3)};
        QTest::newRow("escalation: exactly one update, then resolve")
            << 1 << 2 << escalation
            << QStringList{QStringLiteral("1:trigger:warning:p"),
                           QStringLiteral("3:escalate:critical:p"),
                           QStringLiteral("7:resolve:critical:p")};

        QTest::newRow("critical at once") << 1 << 2 << QList<W>{mos(2.5), mos(4.2), mos(4.2)}
                                          << QStringList{QStringLiteral("0:trigger:critical:p"),
                                                         QStringLiteral("2:resolve:critical:p")};

        QList<W> flapping;
        for (int i = 0; i < 30; ++i)
            flapping.append(i % 2 ? mos(3.6) : mos(3.4));
        QTest::newRow("flapping, raise 2 / clear 2: no storm")
            << 2 << 2 << flapping << QStringList{};
        QTest::newRow("flapping, raise 1 / clear 2: one episode held open")
            << 1 << 2 << flapping << QStringList{QStringLiteral("0:trigger:warning:p")};

        QTest::newRow("raise after 3: key is the first breaching window")
            << 3 << 2 << QList<W>{mos(4.2), mos(3.2), mos(3.2), mos(3.2), mos(3.2)}
            << QStringList{QStringLiteral("3:trigger:warning:p")};

        QTest::newRow("broken run does not raise")
            << 3 << 2 << QList<W>{mos(3.2), mos(3.2), mos(4.2), mos(3.2), mos(3.2)}
            << QStringList{};

        QTest::newRow("no calls never raise") << 1 << 2 << repeat(idle(), 10) << QStringList{};

        QTest::newRow("no calls never count as recovery")
            << 1 << 2 << QList<W>{mos(3.2), idle(), idle(), idle(), mos(4.2), idle(), mos(4.2)}
            << QStringList{QStringLiteral("0:trigger:warning:p"),
                           QStringLiteral("6:resolve:warning:p")};

        QTest::newRow("breach during recovery continues the episode")
            << 1 << 3
            << QList<W>{mos(3.2), mos(4.2), mos(4.2), mos(3.3), mos(4.2), mos(4.2), mos(4.2)}
            << QStringList{QStringLiteral("0:trigger:warning:p"),
                           QStringLiteral("6:resolve:warning:p")};

        QTest::newRow("de-escalation is recorded, not paged; no re-page on return")
            << 1 << 2 << QList<W>{mos(2.5), mos(3.3), mos(3.3), mos(2.5), mos(3.3), mos(3.3)}
            << QStringList{
                   QStringLiteral("0:trigger:critical:p"), QStringLiteral("2:deescalate:warning"),
                   QStringLiteral("3:escalate:critical"), QStringLiteral("5:deescalate:warning")};

        QTest::newRow("loss alone raises")
            << 1 << 2 << QList<W>{loss(0.5), loss(1.5), loss(3.5), loss(0.2), loss(0.2)}
            << QStringList{QStringLiteral("1:trigger:warning:p"),
                           QStringLiteral("2:escalate:critical:p"),
                           QStringLiteral("4:resolve:critical:p")};

        QTest::newRow("absent metrics are not breaches")
            << 1 << 2 << repeat(W{std::nullopt, std::nullopt, 30}, 5) << QStringList{};

        QList<W> flapAfterRaise = {mos(3.2), mos(3.2)};
        for (int i = 0; i < 15; ++i)
            flapAfterRaise += {mos(4.2), mos(3.2)};
        flapAfterRaise += {mos(4.2), mos(4.2)};
        QTest::newRow("flapping while open, raise 2 / clear 2: one trigger, one resolve")
            << 2 << 2 << flapAfterRaise
            << QStringList{QStringLiteral("1:trigger:warning:p"),
                           QStringLiteral("33:resolve:warning:p")};

        QList<W> flapCritical;
        for (int i = 0; i < 15; ++i)
            flapCritical += {mos(2.9), mos(3.1)};
        QTest::newRow("flapping across the critical line: no de-escalation storm")
            << 1 << 2 << flapCritical << QStringList{QStringLiteral("0:trigger:critical:p")};

        QList<W> deescalateFlap = {mos(2.5), mos(3.3), mos(3.3)};
        for (int i = 0; i < 10; ++i)
            deescalateFlap += {mos(2.5), mos(2.5), mos(3.3), mos(3.3)};
        QList<QString> deescalateExpected = {QStringLiteral("0:trigger:critical:p"),
                                             QStringLiteral("2:deescalate:warning")};
        for (int i = 0; i < 10; ++i) {
            deescalateExpected.append(QStringLiteral("%1:escalate:critical").arg(3 + 4 * i));
            deescalateExpected.append(QStringLiteral("%1:deescalate:warning").arg(6 + 4 * i));
        }
        QTest::newRow("critical/warning swings page once")
            << 1 << 2 << deescalateFlap << QStringList(deescalateExpected);

        QTest::newRow("quiet windows neither break nor extend a breaching run")
            << 3 << 2 << QList<W>{mos(3.2), idle(), mos(3.2), idle(), idle(), mos(3.2)}
            << QStringList{QStringLiteral("5:trigger:warning:p")};

        QTest::newRow("quiet windows neither break nor extend recovery")
            << 1 << 2 << QList<W>{mos(3.2), mos(4.2), idle(), idle(), mos(4.2)}
            << QStringList{QStringLiteral("0:trigger:warning:p"),
                           QStringLiteral("4:resolve:warning:p")};

        QTest::newRow("quiet windows do not de-escalate")
            << 1 << 2 << QList<W>{mos(2.5), mos(3.3), idle(), idle(), idle(), mos(3.3)}
            << QStringList{QStringLiteral("0:trigger:critical:p"),
                           QStringLiteral("5:deescalate:warning")};

        QTest::newRow("a healthy window interrupts de-escalation")
            << 1 << 3
            << QList<W>{mos(2.5), mos(3.3), mos(3.3), mos(4.2), mos(3.3), mos(3.3), mos(3.3)}
            << QStringList{QStringLiteral("0:trigger:critical:p"),
                           QStringLiteral("6:deescalate:warning")};

        QTest::newRow("exactly at the threshold is not a breach")
            << 1 << 2 << QList<W>{mos(3.5), mos(3.0), loss(1.0)}
            << QStringList{QStringLiteral("1:trigger:warning:p")};
    }

    void scenarios()
    {
        QFETCH(int, raise);
        QFETCH(int, clear);
        QFETCH(QList<W>, windows);
        QFETCH(QStringList, expected);
        AlertEngine engine(policyWith(raise, clear));
        QCOMPARE(run(engine, kQ, windows), expected);
    }

    void dedupKeyIsStableAndNew()
    {
        AlertEngine engine(policyWith(2, 2));
        QList<Decision> all;
        const QList<W> script = {mos(4.2), mos(3.2), mos(3.2), mos(4.2), mos(4.2),
                                 mos(3.1), mos(3.1), mos(4.2), mos(4.2)};
        for (int i = 0; i < script.size(); ++i) {
            const qint64 start = kT0 + i * kWindow;
            all += engine.evaluateWindow(start, start + kWindow, {sampleFor(kQ, i, script[i])});
        }
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].dedupKey,
                 QStringLiteral("voice_quality_alert_q-sales_%1").arg(kT0 + 1 * kWindow));
        QCOMPARE(all[1].dedupKey, all[0].dedupKey);
        QCOMPARE(all[2].dedupKey,
                 QStringLiteral("voice_quality_alert_q-sales_%1").arg(kT0 + 5 * kWindow));
        QVERIFY(all[2].dedupKey != all[0].dedupKey); // a new episode never merges with the old
        QCOMPARE(all[0].episodeStart, kT0 + kWindow);
        QCOMPARE(all[0].at, kT0 + 3 * kWindow);
        QVERIFY(all[0].sample.has_value());
        QCOMPARE(all[0].breaches.size(), 1);
        QCOMPARE(all[0].breaches[0].metric, Metric::Mos);
        QCOMPARE(all[0].breaches[0].threshold, 3.5);
        QCOMPARE(all[1].reason, ResolveReason::Recovered);
    }

    void oldAndRepeatedWindowsChangeNothing()
    {
        AlertEngine engine;
        QCOMPARE(run(engine, kQ, {mos(4.2), mos(4.2), mos(4.2)}), QStringList{});
        const QJsonObject before = engine.saveState();
        // Window 2 again, then window 0 (older) with bad quality: no decisions, no change.
        QCOMPARE(run(engine, kQ, {mos(2.0)}, 2), QStringList{});
        QCOMPARE(run(engine, kQ, {mos(2.0)}, 0), QStringList{});
        QCOMPARE(engine.saveState(), before);
        // The open episode is not resolved twice by a replayed healthy window either.
        QCOMPARE(run(engine, kQ, {mos(2.0)}, 3),
                 QStringList{QStringLiteral("3:trigger:critical:p")});
        QCOMPARE(run(engine, kQ, {mos(4.2), mos(4.2)}, 4),
                 QStringList{QStringLiteral("5:resolve:critical:p")});
        QCOMPARE(run(engine, kQ, {mos(4.2), mos(4.2)}, 4), QStringList{});
    }

    void idleQueueResolvesWithNoTraffic()
    {
        AlertPolicy policy;
        policy.idleResolveSecs = 3600;
        AlertEngine engine(policy);
        QCOMPARE(run(engine, kQ, {mos(2.9)}), QStringList{QStringLiteral("0:trigger:critical:p")});
        // The queue disappears from the data. Another queue keeps windows flowing.
        QList<Decision> resolved;
        int resolvedAt = -1;
        for (int i = 1; i <= 14; ++i) {
            const qint64 start = kT0 + i * kWindow;
            const auto d = engine.evaluateWindow(start, start + kWindow,
                                                 {sampleFor(QStringLiteral("other"), i, mos(4.2))});
            if (!d.isEmpty() && resolvedAt < 0)
                resolvedAt = i;
            resolved += d;
        }
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved[0].kind, DecisionKind::Resolve);
        QCOMPARE(resolved[0].reason, ResolveReason::NoTraffic);
        QVERIFY(resolved[0].pages);
        // Last data ended at T0+300; idle for 3600 s means the window ending at T0+3900.
        QCOMPARE(resolved[0].at, kT0 + 300 + 3600);
        QCOMPARE(resolvedAt, 12);
        QVERIFY(!engine.openEpisode(kQ).has_value());
    }

    void acknowledgeKeepsEpisodeOpen()
    {
        AlertEngine engine;
        (void)run(engine, kQ, {mos(3.2)});
        const QString key = engine.openEpisode(kQ)->dedupKey;
        const auto ack =
            engine.acknowledge(key, QStringLiteral("ana"), QStringLiteral("on it"), kT0 + 400);
        QVERIFY(ack.has_value());
        QCOMPARE(ack->kind, DecisionKind::Acknowledge);
        QCOMPARE(ack->dedupKey, key);
        QCOMPARE(ack->actor, QStringLiteral("ana"));
        QVERIFY(ack->pages);
        QVERIFY(engine.openEpisode(kQ)->acknowledged);
        QVERIFY(!engine.acknowledge(key, QStringLiteral("bo"), {}, kT0 + 500).has_value());
        QVERIFY(!engine.acknowledge(QStringLiteral("nope"), {}, {}, kT0).has_value());
        // Still escalates and resolves normally.
        QCOMPARE(run(engine, kQ, {mos(2.5), mos(4.2), mos(4.2)}, 1),
                 (QStringList{QStringLiteral("1:escalate:critical:p"),
                              QStringLiteral("3:resolve:critical:p")}));
    }

    void manualResolveSuppressesUntilHealthy()
    {
        AlertEngine engine(policyWith(1, 2));
        (void)run(engine, kQ, {mos(3.2)});
        const QString key = engine.openEpisode(kQ)->dedupKey;
        const auto resolved = engine.resolveManually(key, QStringLiteral("ana"),
                                                     QStringLiteral("carrier fixed"), kT0 + 350);
        QVERIFY(resolved.has_value());
        QCOMPARE(resolved->reason, ResolveReason::Manual);
        QVERIFY(resolved->pages);
        QVERIFY(!engine.openEpisode(kQ).has_value());
        // Still breaching: not paged again. One healthy window is not enough (M = 2).
        QCOMPARE(run(engine, kQ, {mos(3.2), mos(3.2), mos(4.2), mos(3.2)}, 1), QStringList{});
        // Healthy for M windows, then a new breach: a new episode with a new key.
        const QStringList again = run(engine, kQ, {mos(4.2), mos(4.2), mos(3.1)}, 5);
        QCOMPARE(again, QStringList{QStringLiteral("7:trigger:warning:p")});
        QVERIFY(engine.openEpisode(kQ)->dedupKey != key);
    }

    void silenceHoldsPagesUntilItEnds()
    {
        AlertEngine engine;
        // Silenced through the end of window 2.
        engine.addSilence(Silence{QStringLiteral("m1"), kQ, kT0 + 3 * kWindow,
                                  QStringLiteral("carrier maintenance"), QStringLiteral("ana"),
                                  kT0});
        const QStringList got = run(engine, kQ, {mos(3.2), mos(2.5), mos(2.5), mos(2.5), mos(2.5)});
        QCOMPARE(got, (QStringList{QStringLiteral("0:trigger:warning"),
                                   QStringLiteral("1:escalate:critical"),
                                   QStringLiteral("3:trigger:critical:p")}));
        QVERIFY(engine.silences().isEmpty()); // expired silences are dropped
    }

    void silencedEpisodeThatRecoversNeverPages()
    {
        AlertEngine engine;
        engine.addSilence(Silence{QStringLiteral("g"), QString(), kT0 + 10 * kWindow,
                                  QStringLiteral("global"), QStringLiteral("ana"), kT0});
        QCOMPARE(run(engine, kQ, {mos(3.2), mos(4.2), mos(4.2), mos(4.2)}),
                 (QStringList{QStringLiteral("0:trigger:warning"),
                              QStringLiteral("2:resolve:warning")}));
    }

    void silenceOfAnotherQueueDoesNotApply()
    {
        AlertEngine engine;
        engine.addSilence(
            Silence{QStringLiteral("x"), QStringLiteral("other"), kT0 + 10 * kWindow, {}, {}, kT0});
        QCOMPARE(run(engine, kQ, {mos(3.2)}), QStringList{QStringLiteral("0:trigger:warning:p")});
        QVERIFY(engine.removeSilence(QStringLiteral("x")));
        QVERIFY(!engine.removeSilence(QStringLiteral("x")));
    }

    void perQueueOverrideAndDisabledMetric()
    {
        AlertPolicy policy;
        QueueOverride strict;
        strict.metrics[metricIndex(Metric::Mos)] = MetricThreshold{true, 4.0, 3.6};
        policy.overrides.insert(QStringLiteral("vip"), strict);
        QueueOverride noLoss;
        noLoss.metrics[metricIndex(Metric::PacketLoss)] = MetricThreshold{false, 1.0, 3.0};
        policy.overrides.insert(QStringLiteral("lossy"), noLoss);
        AlertEngine engine(policy);
        QCOMPARE(run(engine, QStringLiteral("vip"), {mos(3.8)}),
                 QStringList{QStringLiteral("0:trigger:warning:p")});
        QCOMPARE(run(engine, QStringLiteral("normal"), {mos(3.8)}), QStringList{});
        QCOMPARE(run(engine, QStringLiteral("lossy"), {loss(9.0)}), QStringList{});
    }

    void minCallsMakesThinWindowsNoData()
    {
        AlertPolicy policy;
        policy.global.minCalls = 5;
        AlertEngine engine(policy);
        QCOMPARE(run(engine, kQ, {W{2.0, std::nullopt, 4}, W{2.0, std::nullopt, 5}}),
                 QStringList{QStringLiteral("1:trigger:critical:p")});
    }

    void policyChangeAppliesFromTheNextWindow()
    {
        AlertEngine engine;
        QCOMPARE(run(engine, kQ, {mos(3.7)}), QStringList{});
        AlertPolicy stricter;
        stricter.global[Metric::Mos] = MetricThreshold{true, 3.8, 3.2};
        engine.setPolicy(stricter);
        QCOMPARE(run(engine, kQ, {mos(3.7)}, 1),
                 QStringList{QStringLiteral("1:trigger:warning:p")});
    }

    void manyQueuesOneWindowEachIndependent()
    {
        AlertEngine engine;
        QList<QualitySample> samples;
        for (int q = 0; q < 10; ++q)
            samples.append(sampleFor(QStringLiteral("q%1").arg(q), 0, q < 3 ? mos(2.0) : mos(4.2)));
        const auto decisions = engine.evaluateWindow(kT0, kT0 + kWindow, samples);
        QCOMPARE(decisions.size(), 3);
        QCOMPARE(engine.openEpisodes().size(), 3);
    }

    void episodeStartIsTheFirstBreachingWindowAcrossQuietOnes()
    {
        AlertEngine engine(policyWith(3, 2));
        QList<Decision> all;
        const QList<W> script = {mos(4.2), mos(3.2), idle(), mos(3.2), mos(2.9)};
        for (int i = 0; i < script.size(); ++i)
            all += feed(engine, i, {sampleFor(kQ, i, script[i])});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].episodeStart, windowStartOf(1));
        QCOMPARE(all[0].dedupKey, makeDedupKey(kQ, windowStartOf(1)));
        QCOMPARE(all[0].severity, Severity::Critical); // the window's, not the run's worst
        QCOMPARE(all[0].at, windowStartOf(4) + kWindow);
        QCOMPARE(all[0].sample->windowStart, windowStartOf(4));
    }

    void severityIsTheWorstMetricAndEveryBreachIsListed()
    {
        AlertEngine engine;
        QualitySample s = sampleFor(kQ, 0, W{3.3, 4.0, 20});
        s.jitterMs = 60.0;
        s.latencyP95Ms = 100.0;
        s.jitterBufferDiscardPercent = 50.0; // disabled by default
        const QList<Decision> d = feed(engine, 0, {s});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].severity, Severity::Critical);
        const QList<Breach> expected = {
            Breach{Metric::Mos, Severity::Warning, 3.3, 3.5},
            Breach{Metric::PacketLoss, Severity::Critical, 4.0, 3.0},
            Breach{Metric::Jitter, Severity::Warning, 60.0, 50.0},
        };
        QCOMPARE(d[0].breaches, expected);
        QCOMPARE(engine.openEpisode(kQ)->lastBreaches, expected);
    }

    void eachMetricComparesItsDocumentedValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("enableDiscard");
        QTest::addColumn<QString>("level");
        QTest::addColumn<double>("threshold");
        QTest::newRow("MOS mean warning")
            << QStringLiteral("mosMean") << 3.4 << false << QStringLiteral("warning") << 3.5;
        QTest::newRow("MOS mean critical")
            << QStringLiteral("mosMean") << 2.99 << false << QStringLiteral("critical") << 3.0;
        QTest::newRow("MOS minimum is context only")
            << QStringLiteral("mosMin") << 1.2 << false << QStringLiteral("none") << 0.0;
        QTest::newRow("loss warning") << QStringLiteral("packetLossPercent") << 1.01 << false
                                      << QStringLiteral("warning") << 1.0;
        QTest::newRow("loss critical") << QStringLiteral("packetLossPercent") << 3.2 << false
                                       << QStringLiteral("critical") << 3.0;
        QTest::newRow("jitter warning")
            << QStringLiteral("jitterMs") << 51.0 << false << QStringLiteral("warning") << 50.0;
        QTest::newRow("jitter critical")
            << QStringLiteral("jitterMs") << 120.0 << false << QStringLiteral("critical") << 100.0;
        QTest::newRow("latency p95 warning") << QStringLiteral("latencyP95Ms") << 160.0 << false
                                             << QStringLiteral("warning") << 150.0;
        QTest::newRow("latency p95 critical") << QStringLiteral("latencyP95Ms") << 401.0 << false
                                              << QStringLiteral("critical") << 400.0;
        QTest::newRow("latency max is context only")
            << QStringLiteral("latencyMaxMs") << 900.0 << false << QStringLiteral("none") << 0.0;
        QTest::newRow("discard disabled by default")
            << QStringLiteral("jitterBufferDiscardPercent") << 10.0 << false
            << QStringLiteral("none") << 0.0;
        QTest::newRow("discard enabled, warning")
            << QStringLiteral("jitterBufferDiscardPercent") << 2.5 << true
            << QStringLiteral("warning") << 2.0;
        QTest::newRow("discard enabled, critical")
            << QStringLiteral("jitterBufferDiscardPercent") << 10.0 << true
            << QStringLiteral("critical") << 5.0;
        QTest::newRow("not a number is not a breach")
            << QStringLiteral("packetLossPercent") << qQNaN() << false << QStringLiteral("none")
            << 0.0;
    }

    void eachMetricComparesItsDocumentedValue()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(bool, enableDiscard);
        QFETCH(QString, level);
        QFETCH(double, threshold);
        AlertPolicy policy;
        policy.global[Metric::JitterBufferDiscard].enabled = enableDiscard;
        AlertEngine engine(policy);
        // Every other metric healthy and present.
        QualitySample s = sampleFor(kQ, 0, W{4.2, 0.1, 20});
        s.jitterMs = 5.0;
        s.latencyP95Ms = 60.0;
        s.latencyMaxMs = 80.0;
        s.mosMin = 4.0;
        s.jitterBufferDiscardPercent = 0.0;
        const QHash<QString, std::optional<double> *> fields = {
            {QStringLiteral("mosMean"), &s.mosMean},
            {QStringLiteral("mosMin"), &s.mosMin},
            {QStringLiteral("packetLossPercent"), &s.packetLossPercent},
            {QStringLiteral("jitterMs"), &s.jitterMs},
            {QStringLiteral("latencyP95Ms"), &s.latencyP95Ms},
            {QStringLiteral("latencyMaxMs"), &s.latencyMaxMs},
            {QStringLiteral("jitterBufferDiscardPercent"), &s.jitterBufferDiscardPercent},
        };
        QVERIFY(fields.contains(field));
        *fields.value(field) = value;
        const QList<Decision> d = feed(engine, 0, {s});
        if (level == QStringLiteral("none")) {
            QCOMPARE(d.size(), 0);
            return;
        }
        QCOMPARE(d.size(), 1);
        QCOMPARE(severityKey(d[0].severity), level);
        QCOMPARE(d[0].breaches.size(), 1);
        QCOMPARE(d[0].breaches[0].threshold, threshold);
        QCOMPARE(d[0].breaches[0].value, value);
    }

    void escalationCarriesTheNewWindow()
    {
        AlertEngine engine;
        const QList<Decision> first = feed(engine, 0, {sampleFor(kQ, 0, mos(3.3))});
        const QList<Decision> second = feed(engine, 1, {sampleFor(kQ, 1, loss(7.5))});
        QCOMPARE(second.size(), 1);
        const Decision &e = second[0];
        QCOMPARE(e.kind, DecisionKind::Escalate);
        QVERIFY(e.pages);
        QVERIFY(!e.silenced);
        QCOMPARE(e.dedupKey, first[0].dedupKey);
        QCOMPARE(e.episodeStart, windowStartOf(0));
        QCOMPARE(e.at, windowStartOf(1) + kWindow);
        QCOMPARE(e.sample->packetLossPercent.value_or(0.0), 7.5);
        QCOMPARE(e.breaches,
                 (QList<Breach>{Breach{Metric::PacketLoss, Severity::Critical, 7.5, 3.0}}));
        QCOMPARE(engine.openEpisode(kQ)->pagedSeverity, Severity::Critical);
    }

    void queueNameIsTheLastKnownOne()
    {
        AlertEngine engine;
        QualitySample s = sampleFor(kQ, 0, mos(4.2));
        s.queueName = QStringLiteral("Sales EMEA");
        (void)feed(engine, 0, {s});
        s = sampleFor(kQ, 1, mos(3.2));
        s.queueName.clear(); // a source that does not know names
        QList<Decision> d = feed(engine, 1, {s});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].queueName, QStringLiteral("Sales EMEA"));
        s = sampleFor(kQ, 2, mos(2.5));
        s.queueName = QStringLiteral("Sales Europe"); // renamed
        d = feed(engine, 2, {s});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].queueName, QStringLiteral("Sales Europe"));
        const auto ack = engine.acknowledge(d[0].dedupKey, QStringLiteral("ana"), {}, kT0 + 999);
        QCOMPARE(ack->queueName, QStringLiteral("Sales Europe"));
    }

    void absentQueueIsNoData()
    {
        AlertEngine engine(policyWith(2, 2));
        const QString other = QStringLiteral("other");
        QStringList got;
        // Breaching, absent, breaching: one run of two, starting at window 0.
        got += describeAll(feed(engine, 0, {sampleFor(kQ, 0, mos(3.2))}), 0);
        got += describeAll(feed(engine, 1, {sampleFor(other, 1, mos(4.2))}), 1);
        got += describeAll(feed(engine, 2, {sampleFor(kQ, 2, mos(3.2))}), 2);
        QCOMPARE(got, QStringList{QStringLiteral("2:trigger:warning:p")});
        QCOMPARE(engine.openEpisode(kQ)->start, windowStartOf(0));
        // Healthy, absent, absent, healthy: recovered after two healthy data windows.
        got.clear();
        got += describeAll(feed(engine, 3, {sampleFor(kQ, 3, mos(4.2))}), 3);
        got += describeAll(feed(engine, 4, {}), 4);
        got += describeAll(feed(engine, 5, {sampleFor(other, 5, mos(4.2))}), 5);
        got += describeAll(feed(engine, 6, {sampleFor(kQ, 6, mos(4.2))}), 6);
        QCOMPARE(got, QStringList{QStringLiteral("6:resolve:warning:p")});
    }

    void samplesWithoutIdAndDuplicatesAreIgnored()
    {
        AlertEngine engine(policyWith(2, 2));
        QualitySample anonymous = sampleFor(QString(), 0, mos(1.0));
        // The same queue twice in one window is one window, not a run of two.
        const QList<Decision> d =
            feed(engine, 0, {anonymous, sampleFor(kQ, 0, mos(3.2)), sampleFor(kQ, 0, mos(3.2))});
        QVERIFY(d.isEmpty());
        QCOMPARE(feed(engine, 1, {sampleFor(kQ, 1, mos(3.2))}).size(), 1);
        QCOMPARE(engine.openEpisodes().size(), 1);
    }

    void oldWindowNeitherIdlesNorDropsSilences()
    {
        AlertEngine engine;
        QCOMPARE(run(engine, kQ, {mos(2.9)}), QStringList{QStringLiteral("0:trigger:critical:p")});
        const QString other = QStringLiteral("other");
        for (int i = 1; i <= 5; ++i)
            QVERIFY(feed(engine, i, {sampleFor(other, i, mos(4.2))}).isEmpty());
        // A shorter idle time and a silence that has ended by window 5, then an old window.
        AlertPolicy shorter;
        shorter.idleResolveSecs = 600;
        engine.setPolicy(shorter);
        engine.addSilence(Silence{QStringLiteral("s"), other, windowStartOf(2), {}, {}, kT0});
        QVERIFY(feed(engine, 3, {}).isEmpty());
        QVERIFY(engine.openEpisode(kQ).has_value());
        QCOMPARE(engine.silences().size(), 1);
        // The next new window does both.
        const QList<Decision> d = feed(engine, 6, {});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].reason, ResolveReason::NoTraffic);
        QVERIFY(engine.silences().isEmpty());
    }

    void quietWindowsCountTowardsIdle()
    {
        AlertEngine engine; // idle after 3600 s = 12 windows
        QList<W> script = {mos(3.2)};
        script += repeat(idle(), 12);
        QCOMPARE(run(engine, kQ, script), (QStringList{QStringLiteral("0:trigger:warning:p"),
                                                       QStringLiteral("12:resolve:warning:p")}));
    }

    void invalidIdleTimeDoesNotResolveAnEpisodeAsItOpens()
    {
        AlertPolicy policy;
        policy.idleResolveSecs = 0; // rejected by validate(); the engine must still be sane
        AlertEngine engine(policy);
        QCOMPARE(run(engine, kQ, {mos(3.2), mos(3.2)}),
                 QStringList{QStringLiteral("0:trigger:warning:p")});
        const QList<Decision> d = feed(engine, 2, {});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].reason, ResolveReason::NoTraffic);
    }

    void queueFirstSeenWithoutDataIsTracked()
    {
        AlertEngine engine;
        QCOMPARE(run(engine, kQ, repeat(idle(), 20)), QStringList{});
        QCOMPARE(engine.saveState().value(QStringLiteral("queues")).toArray().size(), 1);
        QVERIFY(!engine.openEpisode(kQ).has_value());
        QCOMPARE(run(engine, kQ, {mos(3.2)}, 20),
                 QStringList{QStringLiteral("20:trigger:warning:p")});
    }

    void operatorActionsOnUnknownOrClosedEpisodes()
    {
        AlertEngine engine;
        QVERIFY(!engine.acknowledge(QStringLiteral("nope"), {}, {}, kT0).has_value());
        QVERIFY(!engine.resolveManually(QStringLiteral("nope"), {}, {}, kT0).has_value());
        (void)run(engine, kQ, {mos(3.2)});
        const QString key = engine.openEpisode(kQ)->dedupKey;
        const auto resolved = engine.resolveManually(key, QStringLiteral("ana"), {}, kT0 + 400);
        QVERIFY(resolved.has_value());
        QCOMPARE(resolved->at, kT0 + 400);
        QCOMPARE(resolved->actor, QStringLiteral("ana"));
        QVERIFY(!engine.resolveManually(key, QStringLiteral("ana"), {}, kT0 + 401).has_value());
        QVERIFY(!engine.acknowledge(key, QStringLiteral("ana"), {}, kT0 + 402).has_value());
        QVERIFY(engine.openEpisodes().isEmpty());
    }

    void suppressionNeedsHealthyDataThenAFullRun()
    {
        AlertEngine engine(policyWith(2, 2));
        (void)run(engine, kQ, {mos(3.2), mos(3.2)});
        const QString key = engine.openEpisode(kQ)->dedupKey;
        QVERIFY(engine.resolveManually(key, QStringLiteral("ana"), {}, kT0 + 700).has_value());
        // Breaching on, quiet windows in between, a single healthy window: nothing.
        QList<W> script = repeat(mos(2.5), 10);
        script += {idle(), mos(4.2), idle(), mos(3.2), mos(3.2), mos(3.2)};
        QCOMPARE(run(engine, kQ, script, 2), QStringList{});
        // Two healthy data windows lift it; a new run of two raises a new episode.
        const QStringList again =
            run(engine, kQ, {mos(4.2), idle(), mos(4.2), mos(3.2), mos(3.2)}, 18);
        QCOMPARE(again, QStringList{QStringLiteral("22:trigger:warning:p")});
        QCOMPARE(engine.openEpisode(kQ)->dedupKey, makeDedupKey(kQ, windowStartOf(21)));
    }

    void silenceBoundaryIsInclusive()
    {
        AlertEngine engine;
        const QString late = QStringLiteral("late");
        // Until exactly the window's end: silenced. One second earlier: not.
        engine.addSilence(
            Silence{QStringLiteral("a"), kQ, windowStartOf(0) + kWindow, {}, {}, kT0});
        engine.addSilence(
            Silence{QStringLiteral("b"), late, windowStartOf(0) + kWindow - 1, {}, {}, kT0});
        const QList<Decision> d =
            feed(engine, 0, {sampleFor(kQ, 0, mos(3.2)), sampleFor(late, 0, mos(3.2))});
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].queueId, kQ);
        QVERIFY(!d[0].pages);
        QVERIFY(d[0].silenced);
        QVERIFY(!engine.openEpisode(kQ)->paged);
        QCOMPARE(d[1].queueId, late);
        QVERIFY(d[1].pages);
        QVERIFY(!d[1].silenced);
        QCOMPARE(engine.silences().size(), 1); // "b" ended before this window: dropped
    }

    void addSilenceReplacesTheSameId()
    {
        AlertEngine engine;
        engine.addSilence(Silence{QStringLiteral("m"), kQ, kT0 + 100, {}, {}, kT0});
        engine.addSilence(Silence{QStringLiteral("m"), kQ, kT0 + 9999, {}, {}, kT0});
        QCOMPARE(engine.silences().size(), 1);
        QCOMPARE(engine.silences()[0].until, kT0 + 9999);
    }

    void pagedEpisodeStillResolvesDuringASilence()
    {
        AlertEngine engine;
        QCOMPARE(run(engine, kQ, {mos(3.2)}), QStringList{QStringLiteral("0:trigger:warning:p")});
        engine.addSilence(Silence{QStringLiteral("m"), kQ, windowStartOf(10), {}, {}, kT0});
        // Two statements: the operands of + may be evaluated in either order.
        QList<Decision> d = feed(engine, 1, {sampleFor(kQ, 1, mos(4.2))});
        d += feed(engine, 2, {sampleFor(kQ, 2, mos(4.2))});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].kind, DecisionKind::Resolve);
        QVERIFY(d[0].pages); // closing is never noise
        QVERIFY(!d[0].silenced);
    }

    void pagedEpisodeThatWorsensDuringASilenceEscalatesAfterIt()
    {
        AlertEngine engine;
        QCOMPARE(run(engine, kQ, {mos(3.2)}), QStringList{QStringLiteral("0:trigger:warning:p")});
        engine.addSilence(Silence{QStringLiteral("m"), kQ, windowStartOf(3), {}, {}, kT0});
        const QList<Decision> during = feed(engine, 1, {sampleFor(kQ, 1, mos(2.5))});
        QCOMPARE(during.size(), 1);
        QCOMPARE(during[0].kind, DecisionKind::Escalate);
        QVERIFY(!during[0].pages);
        QVERIFY(during[0].silenced);
        QCOMPARE(run(engine, kQ, {mos(2.5), mos(2.5), mos(2.5)}, 2),
                 QStringList{QStringLiteral("3:escalate:critical:p")});
    }

    void silenceEndingDuringRecoveryStillPagesTheOpenEpisode()
    {
        AlertEngine engine(policyWith(1, 3));
        engine.addSilence(Silence{QStringLiteral("m"), kQ, windowStartOf(2), {}, {}, kT0});
        QCOMPARE(
            run(engine, kQ, {mos(3.2), mos(4.2), mos(4.2), mos(4.2)}),
            (QStringList{QStringLiteral("0:trigger:warning"), QStringLiteral("2:trigger:warning:p"),
                         QStringLiteral("3:resolve:warning:p")}));
    }

    void silenceEndingWithoutDataStillPagesTheOpenEpisode()
    {
        AlertEngine engine;
        engine.addSilence(Silence{QStringLiteral("m"), kQ, windowStartOf(1), {}, {}, kT0});
        QCOMPARE(run(engine, kQ, {mos(2.5)}), QStringList{QStringLiteral("0:trigger:critical")});
        const QList<Decision> d =
            feed(engine, 1, {sampleFor(QStringLiteral("other"), 1, mos(4.2))});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].kind, DecisionKind::Trigger);
        QVERIFY(d[0].pages);
        QCOMPARE(d[0].severity, Severity::Critical);
        QCOMPARE(d[0].episodeStart, windowStartOf(0));
        QVERIFY(!d[0].sample.has_value());
        QCOMPARE(d[0].breaches.size(), 1);
        QVERIFY(feed(engine, 2, {}).isEmpty());
    }

    void acknowledgedWhileSilencedIsAcknowledgedInPagerDutyToo()
    {
        AlertEngine engine;
        engine.addSilence(Silence{QStringLiteral("m"), kQ, windowStartOf(1), {}, {}, kT0});
        (void)run(engine, kQ, {mos(3.2)});
        const QString key = engine.openEpisode(kQ)->dedupKey;
        const auto ack =
            engine.acknowledge(key, QStringLiteral("ana"), QStringLiteral("known"), kT0 + 350);
        QVERIFY(ack.has_value());
        QVERIFY(!ack->pages); // PagerDuty has no incident to acknowledge yet
        const QList<Decision> d = feed(engine, 1, {sampleFor(kQ, 1, mos(3.2))});
        QCOMPARE(describeAll(d, 1), (QStringList{QStringLiteral("1:trigger:warning:p"),
                                                 QStringLiteral("1:acknowledge:warning:p")}));
        QCOMPARE(d[1].actor, QStringLiteral("ana"));
        QCOMPARE(d[1].note, QStringLiteral("known"));
        QCOMPARE(d[1].dedupKey, key);
        QVERIFY(!engine.acknowledge(key, QStringLiteral("bo"), {}, kT0 + 700).has_value());
    }

    void globalSilenceHoldsEveryQueueThenPagesEach()
    {
        AlertEngine engine;
        engine.addSilence(Silence{QStringLiteral("g"), QString(), windowStartOf(2), {}, {}, kT0});
        const QString b = QStringLiteral("q-b");
        QStringList got;
        for (int i = 0; i < 4; ++i)
            got += describeAll(
                feed(engine, i, {sampleFor(kQ, i, mos(3.2)), sampleFor(b, i, loss(5))}), i);
        QCOMPARE(got, (QStringList{QStringLiteral("0:trigger:warning"),
                                   QStringLiteral("0:trigger:critical"),
                                   QStringLiteral("2:trigger:warning:p"),
                                   QStringLiteral("2:trigger:critical:p")}));
    }

    void unpagedEpisodeResolvesQuietly()
    {
        AlertEngine engine;
        engine.addSilence(Silence{QStringLiteral("g"), QString(), windowStartOf(30), {}, {}, kT0});
        (void)run(engine, kQ, {mos(3.2)});
        // Manually, and (another episode) through no traffic.
        const auto manual = engine.resolveManually(engine.openEpisode(kQ)->dedupKey,
                                                   QStringLiteral("ana"), {}, kT0 + 400);
        QVERIFY(!manual->pages);
        const QString b = QStringLiteral("q-b");
        (void)run(engine, b, {mos(3.2)}, 1);
        QList<Decision> later;
        for (int i = 2; i < 20; ++i)
            later += feed(engine, i, {});
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].reason, ResolveReason::NoTraffic);
        QVERIFY(!later[0].pages);
    }

    void reescalationAfterDeescalationIsRecordedNotSilenced()
    {
        AlertEngine engine;
        (void)run(engine, kQ, {mos(2.5), mos(3.3), mos(3.3)});
        const QList<Decision> d = feed(engine, 3, {sampleFor(kQ, 3, mos(2.5))});
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].kind, DecisionKind::Escalate);
        QVERIFY(!d[0].pages);
        QVERIFY(!d[0].silenced); // nothing was held back: PagerDuty already shows critical
    }

    void minCallsZeroMeansOne()
    {
        AlertPolicy policy;
        policy.global.minCalls = 0;
        AlertEngine engine(policy);
        // Measurements without calls (as a broken source might send) are still no data.
        for (int i = 0; i < 2; ++i) {
            QualitySample s = sampleFor(kQ, i, W{1.5, 50.0, 20});
            s.calls = 0;
            QVERIFY(feed(engine, i, {s}).isEmpty());
        }
        QCOMPARE(run(engine, kQ, {W{1.5, 50.0, 1}}, 2),
                 QStringList{QStringLiteral("2:trigger:critical:p")});
    }

    void perQueueCountsAndMinCalls()
    {
        AlertPolicy policy = policyWith(1, 2);
        QueueOverride slow;
        slow.raiseAfterWindows = 3;
        slow.clearAfterWindows = 1;
        slow.minCalls = 10;
        policy.overrides.insert(QStringLiteral("slow"), slow);
        AlertEngine engine(policy);
        const QList<W> script = {mos(3.2), W{3.2, std::nullopt, 9}, mos(3.2), mos(3.2), mos(4.2)};
        QCOMPARE(run(engine, QStringLiteral("slow"), script),
                 (QStringList{QStringLiteral("3:trigger:warning:p"),
                              QStringLiteral("4:resolve:warning:p")}));
        QCOMPARE(run(engine, QStringLiteral("fast"), script),
                 QStringList{QStringLiteral("0:trigger:warning:p")});
    }

    void globallyDisabledMetricNeverBreaches()
    {
        AlertPolicy policy;
        policy.global[Metric::Mos].enabled = false;
        AlertEngine engine(policy);
        QCOMPARE(run(engine, kQ, {mos(1.0), mos(1.0)}), QStringList{});
        QCOMPARE(run(engine, kQ, {W{1.0, 3.5, 20}}, 2),
                 QStringList{QStringLiteral("2:trigger:critical:p")});
        QCOMPARE(engine.openEpisode(kQ)->lastBreaches.size(), 1); // loss only
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "TestAlertEngine.moc"
