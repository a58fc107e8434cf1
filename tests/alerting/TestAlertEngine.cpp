#include "EngineScript.h"

#include "core/alerting/AlertEngine.h"

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

    void twoEnginesAgree()
    {
        AlertEngine a;
        AlertEngine b;
        QList<QString> queues;
        for (int q = 0; q < 50; ++q)
            queues.append(QStringLiteral("q%1").arg(q));
        for (int i = 0; i < 200; ++i) {
            QList<QualitySample> samples;
            for (int q = 0; q < queues.size(); ++q) {
                const double v = 4.2 - ((i * 7 + q * 13) % 17) * 0.08; // deterministic dips
                samples.append(sampleFor(queues[q], i, mos(v)));
            }
            const qint64 start = kT0 + i * kWindow;
            QCOMPARE(a.evaluateWindow(start, start + kWindow, samples),
                     b.evaluateWindow(start, start + kWindow, samples));
        }
        QCOMPARE(a.saveState(), b.saveState());
    }

    void saveRestoreContinuesExactly()
    {
        AlertPolicy policy = policyWith(2, 2);
        AlertEngine uninterrupted(policy);
        AlertEngine first(policy);
        QList<W> script;
        for (int i = 0; i < 60; ++i)
            script.append(i % 11 < 4 ? mos(2.8) : (i % 7 == 0 ? idle() : mos(4.1 - (i % 5) * 0.2)));
        const int cut = 27;
        QStringList expected = run(uninterrupted, kQ, script);
        QStringList got = run(first, kQ, script.mid(0, cut));
        first.addSilence(Silence{QStringLiteral("s1"), QStringLiteral("other"), kT0 + 99999,
                                 QStringLiteral("maint"), QStringLiteral("op"), kT0});
        uninterrupted.addSilence(first.silences().constFirst());

        // Through bytes, as the database stores it.
        const QByteArray bytes = QJsonDocument(first.saveState()).toJson(QJsonDocument::Compact);
        AlertEngine restored(policy);
        QVERIFY(restored.restoreState(QJsonDocument::fromJson(bytes).object()).ok());
        QCOMPARE(restored.openEpisodes(), first.openEpisodes());
        QCOMPARE(restored.silences(), first.silences());
        got += run(restored, kQ, script.mid(cut), cut);
        QCOMPARE(got, expected);
        QCOMPARE(restored.saveState(), uninterrupted.saveState());
    }

    void restoreRejectsBadState()
    {
        AlertEngine engine;
        (void)run(engine, kQ, {mos(2.5)});
        const QJsonObject before = engine.saveState();
        QJsonObject bad = before;
        bad.insert(QStringLiteral("queues"), QStringLiteral("not an array"));
        const Status status = engine.restoreState(bad);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QStringLiteral("queues")));
        QCOMPARE(engine.saveState(), before); // unchanged
        QJsonObject wrongVersion = before;
        wrongVersion.insert(QStringLiteral("version"), 99);
        QVERIFY(!engine.restoreState(wrongVersion).ok());
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
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "TestAlertEngine.moc"
