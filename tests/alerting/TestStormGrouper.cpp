#include "EngineScript.h"

#include "core/alerting/AlertEngine.h"
#include "core/alerting/StormGrouper.h"

#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

QString queueName(int i)
{
    return QStringLiteral("q%1").arg(i);
}

// One window of a table row: a character per queue. g healthy, w warning (MOS 3.3),
// c critical (MOS 2.6), . no calls.
QList<QualitySample> samplesOf(const QString &window, int windowIndex)
{
    QList<QualitySample> samples;
    for (int i = 0; i < window.size(); ++i) {
        const QChar c = window.at(i);
        W w = c == u'w' ? mos(3.3) : c == u'c' ? mos(2.6) : c == u'.' ? idle() : mos(4.2);
        QualitySample s = sampleFor(queueName(i), windowIndex, w);
        s.queueName = queueName(i);
        samples.append(s);
    }
    return samples;
}

int withCalls(const QList<QualitySample> &samples)
{
    return int(std::count_if(samples.cbegin(), samples.cend(),
                             [](const QualitySample &s) { return s.calls > 0; }));
}

QString describeStorm(const StormDecision &d, int windowIndex)
{
    const QString at = QString::number(windowIndex) + u':';
    switch (d.kind) {
    case StormDecision::Kind::Open:
        return at + QStringLiteral("open:%1:%2")
                        .arg(d.group.members.size())
                        .arg(severityKey(d.group.worstSeverity()));
    case StormDecision::Kind::Update:
        return at + QStringLiteral("update:%1:%2")
                        .arg(d.group.members.size())
                        .arg(severityKey(d.group.worstSeverity()));
    case StormDecision::Kind::Resolve:
        return at + QStringLiteral("resolve");
    }
    return {};
}

// Every page: the members' own (there should be none) and the group's.
QStringList play(StormGrouper &grouper, AlertEngine &engine, const QStringList &windows,
                 int firstIndex = 0)
{
    QStringList out;
    for (int i = 0; i < windows.size(); ++i) {
        const int index = firstIndex + i;
        const QList<QualitySample> samples = samplesOf(windows[i], index);
        QList<Decision> decisions =
            engine.evaluateWindow(windowStartOf(index), windowStartOf(index) + kWindow, samples);
        const QList<StormDecision> storm = grouper.apply(
            windowStartOf(index), windowStartOf(index) + kWindow, withCalls(samples), &decisions);
        for (const Decision &d : decisions) {
            if (d.pages)
                out.append(QString::number(index) + u':' + decisionKindKey(d.kind) + u':' +
                           d.queueId);
            else if (!d.groupKey.isEmpty() && d.groupKey != grouper.groupOf(d.dedupKey))
                out.append(QStringLiteral("wrong group for ") + d.dedupKey);
        }
        for (const StormDecision &s : storm)
            out.append(describeStorm(s, index));
    }
    return out;
}

AlertPolicy quickPolicy()
{
    AlertPolicy p;
    p.raiseAfterWindows = 1;
    p.clearAfterWindows = 1;
    return p;
}

} // namespace

class TestStormGrouper : public QObject
{
    Q_OBJECT

private slots:
    void grouping_data()
    {
        QTest::addColumn<int>("stormQueues");
        QTest::addColumn<int>("stormPercent");
        QTest::addColumn<QStringList>("windows");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("below the threshold: one page per queue")
            << 3 << 0 << sl({"ww..", "gggg"})
            << sl({"0:trigger:q0", "0:trigger:q1", "1:resolve:q0", "1:resolve:q1"});
        QTest::newRow("at the threshold: one group, one resolve")
            << 3 << 0 << sl({"www.", "gggg"}) << sl({"0:open:3:warning", "1:resolve"});
        QTest::newRow("a later queue joins as an update, severity the worst")
            << 3 << 0 << sl({"www.", "wwwc", "gggg"})
            << sl({"0:open:3:warning", "1:update:4:critical", "2:resolve"});
        QTest::newRow("a member's escalation updates the group once")
            << 3 << 0 << sl({"www", "cww", "cww", "ggg"})
            << sl({"0:open:3:warning", "1:update:3:critical", "3:resolve"});
        QTest::newRow("the group resolves only when every member has recovered")
            << 3 << 0 << sl({"www", "gww", "ggw", "ggg"}) << sl({"0:open:3:warning", "3:resolve"});
        QTest::newRow("a recovered queue that breaches anew rejoins")
            << 2 << 0 << sl({"ww", "gw", "ww", "gg"})
            << sl({"0:open:2:warning", "2:update:3:warning", "3:resolve"});
        QTest::newRow("an incident from before the storm stays its own")
            << 2 << 0 << sl({"w...", "wcw.", "gggg"})
            << sl({"0:trigger:q0", "1:open:2:critical", "2:resolve:q0", "2:resolve"});
        QTest::newRow("percent of the queues with calls")
            << 0 << 50 << sl({"wwgg", "gggg"}) << sl({"0:open:2:warning", "1:resolve"});
        QTest::newRow("percent ignores queues without calls")
            << 0 << 60 << sl({"ww..g", "ggggg"}) << sl({"0:open:2:warning", "1:resolve"});
        QTest::newRow("percent below its share pages per queue")
            << 0 << 75 << sl({"wwgg", "gggg"})
            << sl({"0:trigger:q0", "0:trigger:q1", "1:resolve:q0", "1:resolve:q1"});
        QTest::newRow("percent never groups a single queue")
            << 0 << 10 << sl({"w...", "g..."}) << sl({"0:trigger:q0", "1:resolve:q0"});
        QTest::newRow("either rule opens a storm")
            << 4 << 50 << sl({"wwgg", "gggg"}) << sl({"0:open:2:warning", "1:resolve"});
        QTest::newRow("off: both rules 0") << 0 << 0 << sl({"www", "ggg"})
                                           << sl({"0:trigger:q0", "0:trigger:q1", "0:trigger:q2",
                                                  "1:resolve:q0", "1:resolve:q1", "1:resolve:q2"});
        QTest::newRow("a quiet member neither recovers nor blocks the others")
            << 2 << 0 << sl({"ww", "g.", "g.", "gg"}) << sl({"0:open:2:warning", "3:resolve"});
    }

    void grouping()
    {
        QFETCH(int, stormQueues);
        QFETCH(int, stormPercent);
        QFETCH(QStringList, windows);
        QFETCH(QStringList, expected);
        AlertEngine engine(quickPolicy());
        StormGrouper grouper(StormPolicy{stormQueues, stormPercent});
        QCOMPARE(play(grouper, engine, windows), expected);
        QVERIFY(!grouper.openGroup());
    }

    void membersAreTrackedAndMarked()
    {
        AlertEngine engine(quickPolicy());
        StormGrouper grouper(StormPolicy{3, 0});
        const QList<QualitySample> samples = samplesOf(QStringLiteral("wwwg"), 0);
        QList<Decision> decisions =
            engine.evaluateWindow(windowStartOf(0), windowStartOf(0) + kWindow, samples);
        const QList<StormDecision> storm =
            grouper.apply(windowStartOf(0), windowStartOf(0) + kWindow, 4, &decisions);
        QCOMPARE(storm.size(), 1);
        const QString key = makeStormKey(windowStartOf(0), StormPolicy{3, 0});
        QCOMPARE(storm[0].group.dedupKey, key);
        QCOMPARE(key, QStringLiteral("voice_quality_storm_1763892000_q3_p0"));
        QCOMPARE(decisions.size(), 3);
        for (const Decision &d : decisions) {
            QCOMPARE(d.kind, DecisionKind::Trigger);
            QVERIFY(!d.pages);
            QCOMPARE(d.groupKey, key);
        }
        // Each member's episode is still the engine's, with its own key.
        QCOMPARE(engine.openEpisodes().size(), 3);
        QCOMPARE(storm[0].group.members[1].queueName, QStringLiteral("q1"));
        QCOMPARE(storm[0].group.members[1].breaches.size(), 1);
        QCOMPARE(storm[0].group.metrics(), QList<Metric>{Metric::Mos});
    }

    void sameDataSameKeyOnTwoConsoles()
    {
        const QStringList windows = sl({"gggg", "wwcw", "gggg"});
        AlertEngine a(quickPolicy()), b(quickPolicy());
        StormGrouper ga(StormPolicy{3, 0}), gb(StormPolicy{3, 0});
        QCOMPARE(play(ga, a, windows), play(gb, b, windows));
        QCOMPARE(ga.recentGroups(), gb.recentGroups());
        QCOMPARE(ga.recentGroups().size(), 1);
        QCOMPARE(ga.recentGroups()[0].first, makeStormKey(windowStartOf(1), StormPolicy{3, 0}));
        QVERIFY(ga.recentGroups()[0].first.toUtf8().size() <= kMaxDedupKeyBytes);
    }

    void restoredMidStormContinuesExactly()
    {
        const QStringList before = sl({"wwww", "wgwc"});
        const QStringList after = sl({"ggwc", "gggw", "gggg"});
        AlertEngine engine(quickPolicy());
        StormGrouper grouper(StormPolicy{3, 0});
        QStringList first = play(grouper, engine, before);
        // A restart: a new engine and grouper from the saved states.
        AlertEngine engine2(quickPolicy());
        QVERIFY(engine2.restoreState(engine.saveState()).ok());
        StormGrouper grouper2(StormPolicy{3, 0});
        QVERIFY(grouper2.restoreState(grouper.saveState()).ok());
        QCOMPARE(grouper2.openGroup(), grouper.openGroup());
        const QStringList restarted = play(grouper2, engine2, after, 2);
        const QStringList uninterrupted = play(grouper, engine, after, 2);
        QCOMPARE(restarted, uninterrupted);
        QCOMPARE(first, (sl({"0:open:4:warning", "1:update:4:critical"})));
        QCOMPARE(restarted, sl({"4:resolve"})); // no member re-paged, one resolve
    }

    void damagedStateIsRefused()
    {
        StormGrouper grouper(StormPolicy{3, 0});
        const QJsonObject damaged{
            {QStringLiteral("open"), QJsonObject{{QStringLiteral("key"), QStringLiteral("k")}}}};
        QVERIFY(!grouper.restoreState(damaged).ok());
        QVERIFY(grouper.restoreState({}).ok());
        QVERIFY(!grouper.openGroup());
    }

    void operatorResolvingTheLastMemberResolvesTheGroup()
    {
        AlertEngine engine(quickPolicy());
        StormGrouper grouper(StormPolicy{2, 0});
        (void)play(grouper, engine, sl({"ww"}));
        const QString groupKey = grouper.openGroup()->dedupKey;
        QVERIFY(grouper.acknowledgeGroup(groupKey));
        QVERIFY(!grouper.acknowledgeGroup(groupKey)); // once
        const QList<Episode> open = engine.openEpisodes();
        auto first = engine.resolveManually(open[0].dedupKey, QStringLiteral("ana"), {}, 1);
        QVERIFY(first);
        QVERIFY(!grouper.applyOperator(&*first));
        QVERIFY(!first->pages);
        QCOMPARE(first->groupKey, groupKey);
        auto last = engine.resolveManually(open[1].dedupKey, QStringLiteral("ana"), {}, 2);
        const auto resolved = grouper.applyOperator(&*last);
        QVERIFY(resolved);
        QCOMPARE(resolved->kind, StormDecision::Kind::Resolve);
        QVERIFY(!grouper.openGroup());
        QCOMPARE(grouper.groupOf(open[0].dedupKey), groupKey);
    }

    void policyValidation()
    {
        QVERIFY(StormPolicy{}.validate().isEmpty());
        QVERIFY(!StormPolicy{}.enabled());
        QVERIFY((StormPolicy{10, 30}.validate().isEmpty()));
        QCOMPARE((StormPolicy{1, 0}.validate().size()), 1);
        QCOMPARE((StormPolicy{0, 101}.validate().size()), 1);
        QCOMPARE((StormPolicy{0, -1}.validate().size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestStormGrouper)
#include "TestStormGrouper.moc"
