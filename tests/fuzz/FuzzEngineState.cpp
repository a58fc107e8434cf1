// AlertEngine::restoreState on arbitrary JSON: all or nothing, no crash; a state it takes
// survives a save/restore round trip and evaluating a window afterwards.
#include "FuzzTarget.h"

#include "core/alerting/AlertEngine.h"

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

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject state = QJsonDocument::fromJson(fuzz::bytesOf(data, size)).object();
    AlertEngine engine{AlertPolicy{}};
    const QJsonObject before = engine.saveState();
    if (!engine.restoreState(state).ok()) {
        FUZZ_CHECK(engine.saveState() == before); // nothing half-restored
        return 0;
    }
    const QJsonObject saved = engine.saveState();
    AlertEngine again{AlertPolicy{}};
    FUZZ_CHECK(again.restoreState(saved).ok());
    FUZZ_CHECK(again.saveState() == saved);
    (void)engine.evaluateWindow(1'900'000'000, 1'900'000'300,
                                {sample(QStringLiteral("q1"), 1'900'000'000, 2.0)});
    return 0;
}
