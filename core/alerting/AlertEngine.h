#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/alerting/Decision.h"
#include "core/common/Result.h"
#include "core/model/QualitySample.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace earshot {

struct EngineStateRecord; // EngineStateRecord.h
struct EngineStateChange;

// An open degraded episode of one queue (one PagerDuty incident).
struct Episode
{
    QString queueId;
    QString queueName;
    QString dedupKey;
    qint64 start = 0; // start of the first breaching window
    qint64 lastChange = 0;
    Severity severity = Severity::None;      // current
    Severity pagedSeverity = Severity::None; // highest severity PagerDuty has been sent
    bool paged = false;                      // false while a silence holds the trigger back
    bool acknowledged = false;
    QString acknowledgedBy;
    QString acknowledgeNote;
    qint64 acknowledgedAt = 0;
    QList<Breach> lastBreaches;

    friend bool operator==(const Episode &, const Episode &) = default;
};

// A maintenance window: per queue (queueId set) or global (queueId empty), until an end.
struct Silence
{
    QString id;
    QString queueId;
    qint64 until = 0; // UTC epoch seconds
    QString reason;
    QString createdBy;
    qint64 createdAt = 0;

    friend bool operator==(const Silence &, const Silence &) = default;
};

// The heart of Earshot: a pure, deterministic state machine that turns per-queue quality
// samples into alert decisions. No network, no timers, no widgets: time comes in with the
// data, so two engines fed the same samples make the same decisions with the same keys.
class AlertEngine
{
public:
    explicit AlertEngine(AlertPolicy policy = {});

    void setPolicy(AlertPolicy policy); // takes effect from the next window
    [[nodiscard]] const AlertPolicy &policy() const;

    // Evaluates one window for every queue.
    // - No data: a queue absent from `samples`, or with fewer calls than its minCalls (0
    //   counts as 1), had no data. It never raises and never counts as recovery, and it
    //   neither increments nor resets the consecutive breaching/healthy counters: a run
    //   broken only by quiet windows continues.
    // - Hysteresis: raised after raiseAfterWindows consecutive breaching data windows (the
    //   episode starts at the first of them, which fixes the dedup key); resolved after
    //   clearAfterWindows consecutive healthy ones. Critical -> warning for clearAfterWindows
    //   windows is a Deescalate that never pages, and returning to critical does not page
    //   again either: PagerDuty only hears severities above what it was already sent.
    // - Idle: an open episode whose queue's last data ended idleResolveSecs or more before
    //   windowEnd is resolved (NoTraffic).
    // - Silences: while one covers a queue (until >= windowEnd) a new episode is recorded
    //   unpaged, and its escalations are recorded, not paged. The first window of an open
    //   episode outside any silence brings PagerDuty up to date: a Trigger at the current
    //   severity (followed by an Acknowledge if an operator acknowledged it meanwhile), or
    //   an Escalate for a paged episode that worsened during the silence. An unpaged
    //   episode that ends in the silence resolves without paging; a Resolve of an episode
    //   PagerDuty knows about always pages, silence or not: closing is never noise.
    // - Idempotent: a window a queue has already seen, or one older than its newest,
    //   changes nothing for that queue; a call for a window older than the newest one
    //   evaluated resolves nothing as idle and drops no silence.
    [[nodiscard]] QList<Decision> evaluateWindow(qint64 windowStart, qint64 windowEnd,
                                                 const QList<QualitySample> &samples);

    // Operator actions on an open episode; nullopt when there is no such open episode, or
    // (acknowledge) when it is already acknowledged. Either pages only if PagerDuty knows
    // the episode (it was not held back by a silence). After a manual resolve the queue
    // cannot raise again until it has had clearAfterWindows consecutive healthy windows.
    [[nodiscard]] std::optional<Decision> acknowledge(const QString &dedupKey, const QString &actor,
                                                      const QString &note, qint64 at);
    [[nodiscard]] std::optional<Decision>
    resolveManually(const QString &dedupKey, const QString &actor, const QString &note, qint64 at);

    void addSilence(const Silence &silence);
    bool removeSilence(const QString &silenceId);
    [[nodiscard]] QList<Silence> silences() const;

    [[nodiscard]] QList<Episode> openEpisodes() const; // sorted by start, then queue id
    [[nodiscard]] std::optional<Episode> openEpisode(const QString &queueId) const;
    // Consecutive healthy data windows of a queue (an open episode clears at
    // clearAfterWindows); 0 for an unknown queue.
    [[nodiscard]] int healthyRun(const QString &queueId) const;

    // The whole state (not the policy), exactly: restore(save()) continues as if never
    // interrupted. restoreState takes all of it or nothing: a damaged state is an Error and
    // leaves the engine unchanged; an empty object means a fresh engine.
    [[nodiscard]] QJsonObject saveState() const;
    [[nodiscard]] Status restoreState(const QJsonObject &state);

    // The same state as typed values (EngineStateRecord.h), for storage and for a cheap
    // undo point: restoreStateRecord(stateRecord()) changes nothing, and takes all or
    // nothing like restoreState.
    [[nodiscard]] EngineStateRecord stateRecord() const;
    [[nodiscard]] Status restoreStateRecord(EngineStateRecord state);
    // What differs now from `before` (a stateRecord() of this engine): the queues a window
    // or an operator action changed, and the head if it changed. No JSON, no copy of the
    // unchanged queues.
    [[nodiscard]] EngineStateChange changesSince(const EngineStateRecord &before) const;
    // Every queue and the head, to replace a stored state.
    [[nodiscard]] EngineStateChange wholeStateChange() const;

    ~AlertEngine();
    AlertEngine(const AlertEngine &) = delete;
    AlertEngine &operator=(const AlertEngine &) = delete;
    AlertEngine(AlertEngine &&) noexcept;
    AlertEngine &operator=(AlertEngine &&) noexcept;

    struct State; // per-queue state, silences; see AlertEngine.cpp and EngineStateRecord.cpp

private:
    std::unique_ptr<State> m_state;
};

} // namespace earshot
