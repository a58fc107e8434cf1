#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/model/Metric.h"
#include "core/model/QualitySample.h"

#include <QList>

namespace earshot {

// One episode the engine would have opened: [start, end) in UTC epoch seconds.
struct PreviewEpisode
{
    qint64 start = 0; // start of the first breaching window
    qint64 end = 0;   // the window end that resolved it; 0 = still open at the end
    Severity maxSeverity = Severity::None;

    friend bool operator==(const PreviewEpisode &, const PreviewEpisode &) = default;
};

struct PreviewResult
{
    QList<PreviewEpisode> episodes;

    [[nodiscard]] int count() const;
};

// "What would this policy have done?" Replays one queue's history through a fresh
// AlertEngine — the engine that pages, not a second copy of its rules — window by window,
// including the empty windows between samples, so idle resolution happens when it would
// have. Silences and operator actions are not part of the replay: it judges thresholds.
class ThresholdPreview
{
public:
    // history: one queue's samples, oldest first (sorted again defensively). Samples of
    // other queues, without an id or with a non-positive length are ignored.
    [[nodiscard]] static PreviewResult replay(const QList<QualitySample> &history,
                                              const AlertPolicy &policy);
};

} // namespace earshot
