#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/AlertPolicy.h"
#include "core/model/QualitySample.h"
#include "core/presentation/StatusTexts.h"
#include "core/presentation/WindowAssessment.h"
#include "core/status/MonitorTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace earshot {

// Where the whole table stands: the same for every queue of one refresh.
struct QueueConditionContext
{
    qint64 currentWindowEnd = 0; // end of the newest window polled; 0: nothing polled yet
    qint64 windowSecs = 300;
    bool pollingFailed = false; // the poller's last attempt failed: nothing is current
};

// The one rule for what a queue's row, a wall tile or a tooltip says about a queue. It keeps
// apart what the current window shows (its level) and what the alert engine has open (the
// episode, which clears only after enough healthy windows), and shows a silence beside the
// level, never instead of it:
// - current: the queue's newest window is the newest polled one (or one window older) and
//   polling works. Its level is OK / Warning / Critical as the alert engine judges it,
//   "No calls" with 0 calls, "No data" with too few calls or a partial window.
// - stale: its newest window is older than 2 windows, or polling has failed. The values are
//   old and shown greyed with the time of the last data; the level is Stale.
// - no calls: a monitored queue without any window (idle since it is monitored).
// - silenced until: the latest end of the active silences covering the queue (its own or
//   a global one).
struct QueueCondition
{
    Q_DECLARE_TR_FUNCTIONS(QueueCondition)

public:
    QueueStatus status = QueueStatus::NoCalls; // the current window's level, never "silenced"
    WindowAssessment assessment;               // of the newest window (whatever its age)
    bool valuesCurrent = false;                // the numbers shown are this window's: normal text
    qint64 lastDataEnd = 0;                    // end of the queue's newest window, 0: none
    std::optional<IncidentRow> episode;        // open or acknowledged
    int healthyWindows = 0;                    // of the open episode, towards clearAfterWindows
    int clearAfterWindows = 2;
    qint64 silencedUntil = 0; // 0: not silenced

    // Worst of the current level and an open episode: what needs attention, for sorting.
    [[nodiscard]] bool needsAttention() const;
    [[nodiscard]] int attentionRank() const;
    // Numbers in normal text only for a current, judged window; old values, an idle or a
    // too-quiet window are shown greyed.
    [[nodiscard]] bool valuesInNormalText() const;
    // "Critical", "Critical · silenced until 14:00", "OK now · episode open, clearing 1/2",
    // "Stale · last data 13:05", "No calls".
    [[nodiscard]] QString text() const;
    // The level word and, when the episode is worse than now, "episode open, clearing 1/2".
    [[nodiscard]] QString levelText() const;
    [[nodiscard]] QString silenceText() const; // "silenced until 14:00", empty when not
};

// Whether the poller's state means nothing on screen is current (sign-in failed, API
// error, offline); rate limiting only delays.
[[nodiscard]] bool pollingHasFailed(PollerStatus::State state);

// latest: the queue's newest stored window (any age); episode: its open or acknowledged
// incident; silences: the active ones; healthyWindows: the episode's consecutive healthy
// windows so far (IncidentRow::healthyWindows).
[[nodiscard]] QueueCondition assessQueue(const QString &queueId,
                                         const std::optional<QualitySample> &latest,
                                         const std::optional<IncidentRow> &episode,
                                         const QList<Silence> &silences, const AlertPolicy &policy,
                                         const QueueConditionContext &context);

} // namespace earshot
