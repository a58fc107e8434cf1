#include "EngineScript.h"

#include "core/alerting/AlertEngine.h"
#include "core/alerting/EngineStateRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

#include <functional>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kQ = QStringLiteral("q-sales");
const QString kB = QStringLiteral("q-billing");
const QString kC = QStringLiteral("q-care");

AlertPolicy policyWith(int raise, int clear)
{
    AlertPolicy p;
    p.raiseAfterWindows = raise;
    p.clearAfterWindows = clear;
    return p;
}

// One step of a day in the NOC: a window of data or an operator action. Steps look up
// dedup keys in the engine they run on, so the same script runs on any engine.
using Step = std::function<QList<Decision>(AlertEngine &)>;

std::optional<QString> keyOf(const AlertEngine &engine, const QString &queueId)
{
    const auto ep = engine.openEpisode(queueId);
    return ep ? std::optional<QString>(ep->dedupKey) : std::nullopt;
}

QList<Decision> orNothing(const std::optional<Decision> &d)
{
    return d ? QList<Decision>{*d} : QList<Decision>{};
}

// Three queues over 60 windows: escalation and de-escalation, a per-queue silence, an
// acknowledgement, a manual resolve with suppression, a global silence, quiet windows and
// a queue that goes idle.
QList<Step> busyDay()
{
    QList<Step> steps;
    for (int i = 0; i < 60; ++i) {
        steps.append([i](AlertEngine &e) {
            QList<QualitySample> samples;
            const double mosA = (i >= 4 && i < 12)                           ? 2.8
                                : ((i >= 2 && i < 4) || (i >= 12 && i < 17)) ? 3.3
                                                                             : 4.2;
            samples.append(
                sampleFor(kQ, i, i % 9 == 8 ? idle() : mos(i >= 40 && i < 44 ? 3.2 : mosA)));
            const double lossB = (i >= 5 && i < 25) ? (i % 3 == 0 ? 0.5 : 3.5) : 0.4;
            samples.append(sampleFor(kB, i, loss(lossB)));
            if (i < 30 || i > 50) // C goes quiet and is resolved as idle
                samples.append(sampleFor(kC, i, mos(i >= 18 && i != 23 && i != 24 ? 3.1 : 4.0)));
            return feed(e, i, samples);
        });
        if (i == 4)
            steps.append([](AlertEngine &e) {
                e.addSilence(Silence{QStringLiteral("m-b"), kB, windowStartOf(9),
                                     QStringLiteral("carrier work"), QStringLiteral("ana"), kT0});
                return QList<Decision>{};
            });
        if (i == 6)
            steps.append([](AlertEngine &e) {
                const auto key = keyOf(e, kQ);
                return key ? orNothing(e.acknowledge(*key, QStringLiteral("bo"),
                                                     QStringLiteral("looking"), kT0 + 2100))
                           : QList<Decision>{};
            });
        if (i == 21)
            steps.append([](AlertEngine &e) {
                const auto key = keyOf(e, kC);
                return key ? orNothing(e.resolveManually(*key, QStringLiteral("ana"),
                                                         QStringLiteral("vendor"), kT0 + 6600))
                           : QList<Decision>{};
            });
        if (i == 38)
            steps.append([](AlertEngine &e) {
                e.addSilence(Silence{QStringLiteral("g"), QString(), windowStartOf(42),
                                     QStringLiteral("upgrade"), QStringLiteral("ana"), kT0});
                return QList<Decision>{};
            });
    }
    return steps;
}

QList<Decision> runSteps(AlertEngine &engine, const QList<Step> &steps, qsizetype from,
                         qsizetype to)
{
    QList<Decision> out;
    for (qsizetype i = from; i < to; ++i)
        out += steps[i](engine);
    return out;
}

QJsonObject throughBytes(const QJsonObject &state)
{
    const QByteArray bytes = QJsonDocument(state).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(bytes).object();
}

// Edits one value inside a saved state, by a path of object keys and array indexes.
QJsonValue edited(const QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (at.isArray()) {
        QJsonArray a = at.toArray();
        const int i = head.toInt();
        a[i] = edited(a[i], path, value);
        return a;
    }
    QJsonObject o = at.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        o.remove(head);
        return o;
    }
    o.insert(head, edited(o.value(head), path, value));
    return o;
}

} // namespace

class TestAlertEngineState : public QObject
{
    Q_OBJECT

private slots:
    void busyDayCoversEveryRule()
    {
        // The script below is only a good restore test if it exercises everything.
        AlertEngine engine(policyWith(2, 2));
        const QList<Step> steps = busyDay();
        const QList<Decision> all = runSteps(engine, steps, 0, steps.size());
        QSet<QString> seen;
        for (const Decision &d : all) {
            seen.insert(decisionKindKey(d.kind));
            if (d.kind == DecisionKind::Resolve)
                seen.insert(resolveReasonKey(d.reason));
            if (d.silenced)
                seen.insert(QStringLiteral("silenced"));
        }
        for (const char *what : {"trigger", "escalate", "deescalate", "resolve", "acknowledge",
                                 "recovered", "no_traffic", "manual", "silenced"})
            QVERIFY2(seen.contains(QString::fromLatin1(what)), what);
    }

    void restoreAtEveryStepContinuesExactly()
    {
        const AlertPolicy policy = policyWith(2, 2);
        const QList<Step> steps = busyDay();
        AlertEngine uninterrupted(policy);
        const QList<Decision> expected = runSteps(uninterrupted, steps, 0, steps.size());
        for (qsizetype cut = 0; cut <= steps.size(); ++cut) {
            AlertEngine before(policy);
            QList<Decision> got = runSteps(before, steps, 0, cut);
            AlertEngine after(policy);
            const Status restored = after.restoreState(throughBytes(before.saveState()));
            QVERIFY2(restored.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(after.openEpisodes(), before.openEpisodes());
            QCOMPARE(after.silences(), before.silences());
            QCOMPARE(after.saveState(), before.saveState());
            got += runSteps(after, steps, cut, steps.size());
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("restored after step %1").arg(cut)));
            QCOMPARE(after.saveState(), uninterrupted.saveState());
        }
    }

    // The typed state: restored at every step of the busy day it continues exactly, and
    // each step's change, applied to the state stored before it, is the state after it.
    void typedStateAndChangesFollowEveryStep()
    {
        const AlertPolicy policy = policyWith(2, 2);
        const QList<Step> steps = busyDay();
        AlertEngine uninterrupted(policy);
        const QList<Decision> expected = runSteps(uninterrupted, steps, 0, steps.size());
        AlertEngine engine(policy);
        EngineStateRecord stored = engine.stateRecord();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            (void)runSteps(engine, steps, i, i + 1);
            const EngineStateChange change = engine.changesSince(stored);
            QVERIFY(!change.whole);
            QCOMPARE(change.queueCount, int(engine.stateRecord().queues.size()));
            for (const EngineStateChange::Queue &q : change.queues) {
                QVERIFY(q.position >= 0 && q.position < change.queueCount);
                if (std::size_t(q.position) < stored.queues.size()) {
                    QVERIFY(stored.queues[std::size_t(q.position)] != q.state); // really changed
                    stored.queues[std::size_t(q.position)] = q.state;
                } else {
                    QCOMPARE(std::size_t(q.position), stored.queues.size()); // new, at the end
                    stored.queues.push_back(q.state);
                }
            }
            if (change.head)
                stored.head = *change.head;
            QCOMPARE(stored, engine.stateRecord());
            QCOMPARE(engineStateToJson(stored), engine.saveState());
        }
        AlertEngine restored(policy);
        AlertEngine cut(policy);
        const QList<Decision> firstHalf = runSteps(cut, steps, 0, 30);
        QVERIFY(restored.restoreStateRecord(cut.stateRecord()).ok());
        QCOMPARE(restored.stateRecord(), cut.stateRecord());
        QCOMPARE(firstHalf + runSteps(restored, steps, 30, steps.size()), expected);
        QCOMPARE(restored.stateRecord(), uninterrupted.stateRecord());
    }

    // Only what changed: a window of one queue is that queue and the head; an operator
    // action is the queue it touched; a silence is the head alone; nothing is nothing.
    void changesHoldOnlyWhatChanged()
    {
        AlertEngine engine(policyWith(1, 2));
        (void)feed(
            engine, 0,
            {sampleFor(kQ, 0, mos(4.2)), sampleFor(kB, 0, mos(2.5)), sampleFor(kC, 0, mos(4.2))});
        EngineStateRecord before = engine.stateRecord();
        QCOMPARE(engine.changesSince(before).queues.size(), std::size_t(0));
        QVERIFY(!engine.changesSince(before).head);

        (void)feed(engine, 1, {sampleFor(kC, 1, mos(4.2))});
        EngineStateChange change = engine.changesSince(before);
        QCOMPARE(change.queues.size(), std::size_t(1));
        QCOMPARE(change.queues[0].position, 2);
        QCOMPARE(change.queues[0].state.queueId, kC);
        QVERIFY(change.head); // the newest window moved
        QCOMPARE(change.queueCount, 3);

        before = engine.stateRecord();
        QVERIFY(engine.acknowledge(*keyOf(engine, kB), QStringLiteral("ana"), {}, kT0 + 700));
        change = engine.changesSince(before);
        QCOMPARE(change.queues.size(), std::size_t(1));
        QCOMPARE(change.queues[0].position, 1);
        QVERIFY(change.queues[0].state.episode->acknowledged);
        QVERIFY(!change.head);

        before = engine.stateRecord();
        engine.addSilence(Silence{QStringLiteral("s"), kQ, kT0 + 99999, {}, {}, kT0});
        change = engine.changesSince(before);
        QVERIFY(change.queues.empty());
        QVERIFY(change.head);
        QCOMPARE(change.head->silences.size(), 1);

        const EngineStateChange whole = engine.wholeStateChange();
        QVERIFY(whole.whole);
        QVERIFY(whole.head);
        QCOMPARE(whole.queues.size(), std::size_t(3));
    }

    // The typed restore checks the rules between values, all or nothing.
    void restoreStateRecordRejectsBrokenRules_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("queue id empty") << 0;
        QTest::newRow("queue id duplicated") << 1;
        QTest::newRow("counter negative") << 2;
        QTest::newRow("episode of another queue") << 3;
        QTest::newRow("episode without key") << 4;
        QTest::newRow("episode without severity") << 5;
    }

    void restoreStateRecordRejectsBrokenRules()
    {
        QFETCH(int, damage);
        AlertEngine source(policyWith(1, 2));
        (void)feed(source, 0, {sampleFor(kQ, 0, mos(2.5)), sampleFor(kB, 0, mos(4.2))});
        EngineStateRecord bad = source.stateRecord();
        QVERIFY(bad.queues[0].episode);
        switch (damage) {
        case 0:
            bad.queues[1].queueId.clear();
            break;
        case 1:
            bad.queues[1].queueId = kQ;
            break;
        case 2:
            bad.queues[1].healthyRun = -1;
            break;
        case 3:
            bad.queues[0].episode->queueId = kB;
            break;
        case 4:
            bad.queues[0].episode->dedupKey.clear();
            break;
        default:
            bad.queues[0].episode->severity = Severity::None;
            break;
        }
        AlertEngine other;
        (void)run(other, kC, {mos(3.2)});
        const EngineStateRecord before = other.stateRecord();
        const Status status = other.restoreStateRecord(bad);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::EngineState);
        QCOMPARE(other.stateRecord(), before);
    }

    void saveRestoreMidEpisode()
    {
        const AlertPolicy policy = policyWith(2, 2);
        AlertEngine uninterrupted(policy);
        AlertEngine first(policy);
        QList<W> script;
        for (int i = 0; i < 60; ++i)
            script.append(i % 11 < 4 ? mos(2.8) : (i % 7 == 0 ? idle() : mos(4.1 - (i % 5) * 0.2)));
        const int cut = 27;
        const QStringList expected = run(uninterrupted, kQ, script);
        QStringList got = run(first, kQ, script.mid(0, cut));
        QVERIFY(first.openEpisode(kQ).has_value()); // really mid-episode, in recovery
        AlertEngine restored(policy);
        QVERIFY(restored.restoreState(throughBytes(first.saveState())).ok());
        got += run(restored, kQ, script.mid(cut), cut);
        QCOMPARE(got, expected);
        QCOMPARE(restored.saveState(), uninterrupted.saveState());
    }

    void twoEnginesAgree()
    {
        AlertEngine a;
        AlertEngine b;
        QList<QString> queues;
        for (int q = 0; q < 50; ++q)
            queues.append(QStringLiteral("q%1").arg(q));
        for (const Silence &s :
             {Silence{QStringLiteral("s"), queues[3], windowStartOf(80), {}, {}, kT0},
              Silence{QStringLiteral("g"), QString(), windowStartOf(20), {}, {}, kT0}}) {
            a.addSilence(s);
            b.addSilence(s);
        }
        for (int i = 0; i < 200; ++i) {
            QList<QualitySample> samples;
            for (int q = 0; q < queues.size(); ++q) {
                const double v = 4.2 - ((i * 7 + q * 13) % 17) * 0.08; // deterministic dips
                samples.append(sampleFor(queues[q], i, (i + q) % 23 == 0 ? idle() : mos(v)));
            }
            const QList<Decision> da = feed(a, i, samples);
            QCOMPARE(da, feed(b, i, samples));
        }
        QCOMPARE(a.saveState(), b.saveState());
        QCOMPARE(a.openEpisodes(), b.openEpisodes());
    }

    void emptyStateIsAFreshEngine()
    {
        AlertEngine engine;
        (void)run(engine, kQ, {mos(2.5)});
        engine.addSilence(Silence{QStringLiteral("s"), kQ, kT0 + 99999, {}, {}, kT0});
        QVERIFY(engine.restoreState(QJsonObject{}).ok());
        QVERIFY(engine.openEpisodes().isEmpty());
        QVERIFY(engine.silences().isEmpty());
        QCOMPARE(engine.saveState(), AlertEngine().saveState());
        // And it behaves as one: the same window is new again.
        QCOMPARE(run(engine, kQ, {mos(2.5)}), QStringList{QStringLiteral("0:trigger:critical:p")});
    }

    void restoreKeepsThePolicy()
    {
        AlertPolicy strict;
        strict.global[Metric::Mos] = MetricThreshold{true, 4.0, 3.6};
        AlertEngine source;
        (void)run(source, kQ, {mos(3.8)});
        AlertEngine engine(strict);
        QVERIFY(engine.restoreState(source.saveState()).ok());
        QCOMPARE(engine.policy(), strict);
        QCOMPARE(run(engine, kQ, {mos(3.8)}, 1),
                 QStringList{QStringLiteral("1:trigger:warning:p")});
    }

    void restoreRejectsDamagedState_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue remove = QJsonValue(QJsonValue::Undefined);
        const auto row = [](const char *name, const QString &path, const QJsonValue &v) {
            QTest::newRow(name) << path.split(u'/') << v;
        };
        row("version missing", QStringLiteral("version"), remove);
        row("version from the future", QStringLiteral("version"), 2);
        row("version is a string", QStringLiteral("version"), QStringLiteral("1"));
        row("newest window is a string", QStringLiteral("newestWindowEnd"), QStringLiteral("x"));
        row("queues missing", QStringLiteral("queues"), remove);
        row("queues is an object", QStringLiteral("queues"), QJsonObject{});
        row("queue is a number", QStringLiteral("queues/0"), 7);
        row("queue id missing", QStringLiteral("queues/0/queueId"), remove);
        row("queue id empty", QStringLiteral("queues/0/queueId"), QString());
        row("queue id duplicated", QStringLiteral("queues/1/queueId"), kQ);
        row("queue name is null", QStringLiteral("queues/0/queueName"), QJsonValue());
        row("counter is a string", QStringLiteral("queues/0/healthyRun"), QStringLiteral("3"));
        row("counter is negative", QStringLiteral("queues/0/breachRun"), -1);
        row("counter is fractional", QStringLiteral("queues/0/lowerRun"), 1.5);
        row("counter is huge", QStringLiteral("queues/0/healthyRun"), 1e12);
        row("time is huge", QStringLiteral("queues/0/lastDataEnd"), 1e300);
        row("suppressed is a number", QStringLiteral("queues/0/suppressed"), 0);
        row("episode is an array", QStringLiteral("queues/0/episode"), QJsonArray{});
        row("episode of another queue", QStringLiteral("queues/0/episode/queueId"), kB);
        row("episode without key", QStringLiteral("queues/0/episode/dedupKey"), QString());
        row("episode severity unknown", QStringLiteral("queues/0/episode/severity"),
            QStringLiteral("purple"));
        row("episode severity none", QStringLiteral("queues/0/episode/severity"),
            QStringLiteral("none"));
        row("episode paged missing", QStringLiteral("queues/0/episode/paged"), remove);
        row("episode start is a string", QStringLiteral("queues/0/episode/start"),
            QStringLiteral("2025"));
        row("breaches is an object", QStringLiteral("queues/0/episode/lastBreaches"),
            QJsonObject{});
        row("breach is a string", QStringLiteral("queues/0/episode/lastBreaches/0"),
            QStringLiteral("mos"));
        row("breach metric unknown", QStringLiteral("queues/0/episode/lastBreaches/0/metric"),
            QStringLiteral("loudness"));
        row("breach value is null", QStringLiteral("queues/0/episode/lastBreaches/0/value"),
            QJsonValue());
        row("silences missing", QStringLiteral("silences"), remove);
        row("silences is a string", QStringLiteral("silences"), QStringLiteral("none"));
        row("silence is a number", QStringLiteral("silences/0"), 1);
        row("silence until is a string", QStringLiteral("silences/0/until"),
            QStringLiteral("tomorrow"));
        row("silence queue is null", QStringLiteral("silences/0/queueId"), QJsonValue());
    }

    void restoreRejectsDamagedState()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        AlertEngine engine(policyWith(1, 2));
        (void)feed(engine, 0, {sampleFor(kQ, 0, mos(2.5)), sampleFor(kB, 0, mos(4.2))});
        engine.addSilence(Silence{QStringLiteral("s"), kB, kT0 + 99999, {}, {}, kT0});
        const QJsonObject good = engine.saveState();
        QVERIFY(engine.restoreState(good).ok()); // the undamaged state is fine
        const QJsonObject bad = edited(good, path, value).toObject();
        QVERIFY(bad != good);

        // Into an engine with state of its own: it must keep all of it.
        AlertEngine other;
        (void)run(other, kC, {mos(3.2)});
        const QJsonObject before = other.saveState();
        const Status status = other.restoreState(bad);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::EngineState);
        QVERIFY(!status.error().message.isEmpty());
        QCOMPARE(other.saveState(), before);
        QCOMPARE(other.openEpisodes().size(), 1);
    }

    void restoreErrorNamesTheField()
    {
        AlertEngine engine;
        (void)run(engine, kQ, {mos(2.5)});
        const QJsonObject bad =
            edited(engine.saveState(), {QStringLiteral("queues")}, QStringLiteral("x")).toObject();
        const Status status = engine.restoreState(bad);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("queues")),
                 qPrintable(status.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAlertEngineState)
#include "TestAlertEngineState.moc"
