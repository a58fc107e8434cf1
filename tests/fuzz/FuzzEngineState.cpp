// The engine's restore path on arbitrary input: the typed state storage reads
// (engineStateFromJson, then AlertEngine::restoreStateRecord) is taken all or nothing, no
// crash; a state it takes is held exactly, the JSON path agrees, and the change a window
// then reports, applied to the stored state as storage applies it, gives the engine's state.
#include "FuzzTarget.h"

#include "core/alerting/AlertEngine.h"
#include "core/alerting/EngineStateRecord.h"

#include <QJsonDocument>

using namespace earshot;

namespace {

QualitySample sample(const QString &queue, qint64 start, double mos)
{
    QualitySample s;
    s.queueId = queue;
    s.windowStart = start;
    s.windowEnd = start + 300;
    s.calls = 10;
    s.mosMean = mos;
    return s;
}

} // namespace

// States saved by a scripted run: open, acknowledged, escalated and silenced episodes.
std::vector<std::string> earshot::fuzz::generatedSeeds()
{
    std::vector<std::string> seeds;
    AlertEngine engine{AlertPolicy{}};
    qint64 t = 1'763'892'000;
    const double script[] = {4.2, 3.3, 2.6, 3.3, 4.4, 4.4, 2.1, 3.9};
    for (double mos : script) {
        (void)engine.evaluateWindow(
            t, t + 300,
            {sample(QStringLiteral("q1"), t, mos), sample(QStringLiteral("q2"), t, 7.5 - mos)});
        t += 300;
        seeds.push_back(QJsonDocument(engine.saveState()).toJson().toStdString());
    }
    for (const Episode &e : engine.openEpisodes())
        (void)engine.acknowledge(e.dedupKey, QStringLiteral("noc"), QStringLiteral("on it"), t);
    engine.addSilence(Silence{QStringLiteral("s1"), QStringLiteral("q2"), t + 3600,
                              QStringLiteral("maintenance"), QStringLiteral("noc"), t});
    seeds.push_back(QJsonDocument(engine.saveState()).toJson().toStdString());
    return seeds;
}

namespace {

// What EngineStateRows does with a change, on the record it last stored.
void apply(const EngineStateChange &change, EngineStateRecord *stored)
{
    if (change.whole)
        stored->queues.clear();
    if (change.head)
        stored->head = *change.head;
    for (const EngineStateChange::Queue &q : change.queues) {
        if (std::size_t(q.position) >= stored->queues.size())
            stored->queues.resize(std::size_t(q.position) + 1);
        stored->queues[std::size_t(q.position)] = q.state;
    }
    stored->queues.resize(std::size_t(change.queueCount));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject json = QJsonDocument::fromJson(fuzz::bytesOf(data, size)).object();
    const auto record = engineStateFromJson(json);
    AlertEngine engine{AlertPolicy{}};
    (void)engine.evaluateWindow(1'800'000'000, 1'800'000'300,
                                {sample(QStringLiteral("q0"), 1'800'000'000, 2.0)});
    const EngineStateRecord before = engine.stateRecord();
    if (!record.ok() || !engine.restoreStateRecord(record.value()).ok()) {
        FUZZ_CHECK(engine.stateRecord() == before); // nothing half-restored
        AlertEngine viaJson{AlertPolicy{}};
        FUZZ_CHECK(!viaJson.restoreState(json).ok());
        return 0;
    }
    FUZZ_CHECK(engine.stateRecord() == record.value());
    AlertEngine viaJson{AlertPolicy{}};
    FUZZ_CHECK(viaJson.restoreState(json).ok());
    FUZZ_CHECK(viaJson.saveState() == engine.saveState());

    EngineStateRecord stored = engine.stateRecord();
    (void)engine.evaluateWindow(1'900'000'000, 1'900'000'300,
                                {sample(QStringLiteral("q1"), 1'900'000'000, 2.0)});
    apply(engine.changesSince(stored), &stored);
    FUZZ_CHECK(stored == engine.stateRecord());
    return 0;
}
