#include "core/presentation/ThresholdPreview.h"

#include "core/alerting/AlertEngine.h"

#include <QHash>

#include <algorithm>

namespace earshot {

int PreviewResult::count() const
{
    return int(episodes.size());
}

namespace {

struct Replay
{
    PreviewResult result;
    QHash<QString, int> openByKey; // dedup key -> index in result.episodes

    void apply(const QList<Decision> &decisions)
    {
        for (const Decision &d : decisions) {
            const auto it = openByKey.constFind(d.dedupKey);
            switch (d.kind) {
            case DecisionKind::Trigger:
                if (it == openByKey.cend()) {
                    openByKey.insert(d.dedupKey, int(result.episodes.size()));
                    result.episodes.append(PreviewEpisode{d.episodeStart, 0, d.severity});
                }
                break;
            case DecisionKind::Escalate:
            case DecisionKind::Deescalate:
                if (it != openByKey.cend()) {
                    PreviewEpisode &ep = result.episodes[it.value()];
                    ep.maxSeverity = std::max(ep.maxSeverity, d.severity);
                }
                break;
            case DecisionKind::Resolve:
                if (it != openByKey.cend()) {
                    result.episodes[it.value()].end = d.at;
                    openByKey.erase(it);
                }
                break;
            case DecisionKind::Acknowledge:
                break;
            }
        }
    }
};

} // namespace

PreviewResult ThresholdPreview::replay(const QList<QualitySample> &history,
                                       const AlertPolicy &policy)
{
    QList<const QualitySample *> samples;
    samples.reserve(history.size());
    QString queueId;
    for (const QualitySample &s : history) {
        if (s.queueId.isEmpty() || s.windowEnd <= s.windowStart)
            continue;
        if (queueId.isEmpty())
            queueId = s.queueId;
        if (s.queueId == queueId)
            samples.append(&s);
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const QualitySample *a, const QualitySample *b) {
                         return a->windowStart < b->windowStart;
                     });

    Replay replay;
    if (samples.isEmpty())
        return replay.result;

    AlertEngine engine(policy);
    const qint64 idleSecs = std::max<qint64>(1, policy.idleResolveSecs);
    qint64 cursor = samples.first()->windowStart; // where the next window would start
    for (const QualitySample *s : std::as_const(samples)) {
        const qint64 length = s->windowEnd - s->windowStart;
        // Empty windows between samples: the live engine evaluates them (the queue simply
        // has no sample), and that is when it resolves an idle queue's episode. Past the
        // idle limit more empty windows change nothing, so the walk jumps ahead.
        qint64 emptyWalked = 0;
        while (cursor + length <= s->windowStart && emptyWalked <= idleSecs + length) {
            replay.apply(engine.evaluateWindow(cursor, cursor + length, {}));
            cursor += length;
            emptyWalked += length;
        }
        replay.apply(engine.evaluateWindow(s->windowStart, s->windowEnd, {*s}));
        cursor = std::max(cursor, s->windowEnd);
    }
    return replay.result;
}

} // namespace earshot
