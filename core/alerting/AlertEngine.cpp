#include "core/alerting/AlertEngine.h"

#include "core/alerting/BreachAssessment.h"
#include "core/alerting/EngineState.h"
#include "core/common/Logging.h"

#include <algorithm>
#include <limits>

namespace earshot {

QueueAlertState &AlertEngine::State::queue(const QString &queueId)
{
    const auto it = index.constFind(queueId);
    if (it != index.cend())
        return queues[std::size_t(it.value())];
    index.insert(queueId, int(queues.size()));
    QueueAlertState &q = queues.emplace_back();
    q.queueId = queueId;
    return q;
}

namespace {

const EffectivePolicy &effectiveOf(AlertEngine::State &s, QueueAlertState &q)
{
    if (q.policyGeneration != s.policyGeneration) {
        q.effective = s.policy.effectiveFor(q.queueId);
        // 0 calls is never data, whatever the policy says; counts below 1 mean 1.
        q.effective.thresholds.minCalls = std::max(1, q.effective.thresholds.minCalls);
        q.effective.raiseAfterWindows = std::max(1, q.effective.raiseAfterWindows);
        q.effective.clearAfterWindows = std::max(1, q.effective.clearAfterWindows);
        q.policyGeneration = s.policyGeneration;
    }
    return q.effective;
}

bool isSilenced(const QList<Silence> &silences, const QString &queueId, qint64 windowEnd)
{
    for (const Silence &s : silences) {
        if (s.until >= windowEnd && (s.queueId.isEmpty() || s.queueId == queueId))
            return true;
    }
    return false;
}

Decision decisionFor(const QueueAlertState &q, DecisionKind kind, qint64 at)
{
    Decision d;
    d.kind = kind;
    d.queueId = q.queueId;
    d.queueName = q.queueName;
    d.dedupKey = q.episode.dedupKey;
    d.severity = q.episode.severity;
    d.episodeStart = q.episode.start;
    d.at = at;
    d.breaches = q.episode.lastBreaches;
    return d;
}

void closeEpisode(AlertEngine::State &s, QueueAlertState &q, ResolveReason reason, qint64 at,
                  QList<Decision> *out, const QualitySample *sample)
{
    Decision d = decisionFor(q, DecisionKind::Resolve, at);
    d.reason = reason;
    d.breaches.clear();
    // Closing an incident PagerDuty knows about is never noise, even in a silence; an
    // episode PagerDuty never heard of closes quietly.
    d.pages = q.episode.paged;
    d.silenced = !q.episode.paged;
    if (sample)
        d.sample = *sample;
    out->append(std::move(d));
    q.hasEpisode = false;
    q.episode = Episode{};
    q.lowerRun = 0;
    --s.openCount;
}

// Outside a silence, PagerDuty is brought up to date with an open episode: a trigger for
// an episode a silence held back, an escalate when it knows only a lower severity.
void catchUpPages(QueueAlertState &q, qint64 windowEnd, const QualitySample *sample,
                  QList<Decision> *out)
{
    Episode &ep = q.episode;
    if (!ep.paged) {
        ep.paged = true;
        ep.pagedSeverity = ep.severity;
        ep.lastChange = windowEnd;
        Decision d = decisionFor(q, DecisionKind::Trigger, windowEnd);
        if (sample)
            d.sample = *sample;
        out->append(std::move(d));
        // Acknowledged while silenced: PagerDuty has just opened the incident and must
        // not escalate what an operator already owns.
        if (ep.acknowledged) {
            Decision ack = decisionFor(q, DecisionKind::Acknowledge, windowEnd);
            ack.actor = ep.acknowledgedBy;
            ack.note = ep.acknowledgeNote;
            out->append(std::move(ack));
        }
    } else if (ep.severity > ep.pagedSeverity) {
        ep.pagedSeverity = ep.severity;
        Decision d = decisionFor(q, DecisionKind::Escalate, windowEnd);
        if (sample)
            d.sample = *sample;
        out->append(std::move(d));
    }
}

void continueEpisode(QueueAlertState &q, const BreachAssessment &a, const QualitySample &sample,
                     qint64 windowEnd, bool silenced, QList<Decision> *out)
{
    Episode &ep = q.episode;
    const EffectivePolicy &policy = q.effective;
    breachesOf(a, sample, policy.thresholds, &ep.lastBreaches);
    if (a.severity > ep.severity) {
        ep.severity = a.severity;
        ep.lastChange = windowEnd;
        q.lowerRun = 0;
        // An episode PagerDuty has not heard of gets its trigger below, at the new severity.
        if (ep.paged || silenced) {
            const bool pages = ep.paged && !silenced && ep.severity > ep.pagedSeverity;
            Decision d = decisionFor(q, DecisionKind::Escalate, windowEnd);
            d.pages = pages;
            d.silenced = silenced;
            d.sample = sample;
            out->append(std::move(d));
            if (pages)
                ep.pagedSeverity = ep.severity;
        }
    } else if (a.severity < ep.severity) {
        if (++q.lowerRun >= policy.clearAfterWindows) {
            ep.severity = a.severity;
            ep.lastChange = windowEnd;
            q.lowerRun = 0;
            // Recorded, never paged: a later return to critical does not exceed what
            // PagerDuty was sent, so flapping across the critical line cannot storm.
            Decision d = decisionFor(q, DecisionKind::Deescalate, windowEnd);
            d.pages = false;
            d.sample = sample;
            out->append(std::move(d));
        }
    } else {
        q.lowerRun = 0;
    }
    if (!silenced)
        catchUpPages(q, windowEnd, &sample, out);
}

void evaluateSample(AlertEngine::State &s, const QualitySample &sample, qint64 windowStart,
                    qint64 windowEnd, QList<Decision> *out)
{
    QueueAlertState &q = s.queue(sample.queueId);
    if (windowStart <= q.newestWindowStart)
        return; // seen already, or older than what we know: idempotent
    q.newestWindowStart = windowStart;
    if (!sample.queueName.isEmpty())
        q.queueName = sample.queueName;

    const EffectivePolicy &policy = effectiveOf(s, q);
    // No data: never raises, never counts as recovery, resets nothing. A partial sample
    // (too many conversations skipped as malformed) is not a sound sample either.
    if (sample.calls < policy.thresholds.minCalls || sample.partial)
        return;
    q.lastDataEnd = windowEnd;

    const BreachAssessment a = assessSample(sample, policy.thresholds);
    const bool silenced = !s.silences.isEmpty() && isSilenced(s.silences, q.queueId, windowEnd);

    if (a.severity == Severity::None) {
        q.breachRun = 0;
        if (q.healthyRun < std::numeric_limits<int>::max())
            ++q.healthyRun;
        if (q.suppressed && q.healthyRun >= policy.clearAfterWindows)
            q.suppressed = false;
        if (!q.hasEpisode)
            return;
        q.lowerRun = 0;
        if (q.healthyRun >= policy.clearAfterWindows)
            closeEpisode(s, q, ResolveReason::Recovered, windowEnd, out, &sample);
        else if (!silenced)
            catchUpPages(q, windowEnd, &sample, out); // still open, still owed to PagerDuty
        return;
    }

    q.healthyRun = 0;
    if (q.hasEpisode) {
        continueEpisode(q, a, sample, windowEnd, silenced, out);
        return;
    }
    if (q.suppressed) {
        q.breachRun = 0;
        return; // resolved by hand: waits for M healthy windows before it can page again
    }
    if (q.breachRun == 0)
        q.breachRunStart = windowStart;
    if (++q.breachRun < policy.raiseAfterWindows)
        return;

    q.breachRun = 0;
    q.hasEpisode = true;
    ++s.openCount;
    Episode &ep = q.episode;
    ep.queueId = q.queueId;
    ep.queueName = q.queueName;
    ep.start = q.breachRunStart;
    ep.dedupKey = makeDedupKey(q.queueId, ep.start);
    ep.lastChange = windowEnd;
    ep.severity = a.severity;
    ep.paged = !silenced;
    ep.pagedSeverity = silenced ? Severity::None : a.severity;
    breachesOf(a, sample, policy.thresholds, &ep.lastBreaches);
    Decision d = decisionFor(q, DecisionKind::Trigger, windowEnd);
    d.pages = !silenced;
    d.silenced = silenced;
    d.sample = sample;
    out->append(std::move(d));
}

// Open episodes of queues that had no data in the newest window: resolved when idle for
// long enough, otherwise brought up to date with PagerDuty once no silence holds them.
void checkOpenEpisodes(AlertEngine::State &s, qint64 windowEnd, QList<Decision> *out)
{
    // A policy that slipped past validation with idleResolveSecs <= 0 must not resolve
    // every episode in the window that opened it.
    const qint64 idleSecs = std::max<qint64>(1, s.policy.idleResolveSecs);
    for (QueueAlertState &q : s.queues) {
        if (s.openCount == 0)
            break;
        if (!q.hasEpisode)
            continue;
        if (q.lastDataEnd > 0 && windowEnd - q.lastDataEnd >= idleSecs) {
            closeEpisode(s, q, ResolveReason::NoTraffic, windowEnd, out, nullptr);
            continue;
        }
        const Episode &ep = q.episode;
        if ((!ep.paged || ep.severity > ep.pagedSeverity) &&
            !isSilenced(s.silences, q.queueId, windowEnd))
            catchUpPages(q, windowEnd, nullptr, out);
    }
}

} // namespace

AlertEngine::AlertEngine(AlertPolicy policy)
    : m_state(std::make_unique<State>())
{
    m_state->policy = std::move(policy);
}

AlertEngine::~AlertEngine() = default;
AlertEngine::AlertEngine(AlertEngine &&) noexcept = default;
AlertEngine &AlertEngine::operator=(AlertEngine &&) noexcept = default;

void AlertEngine::setPolicy(AlertPolicy policy)
{
    m_state->policy = std::move(policy);
    ++m_state->policyGeneration;
}

const AlertPolicy &AlertEngine::policy() const
{
    return m_state->policy;
}

QList<Decision> AlertEngine::evaluateWindow(qint64 windowStart, qint64 windowEnd,
                                            const QList<QualitySample> &samples)
{
    State &s = *m_state;
    QList<Decision> out;
    const bool newest = windowEnd > s.newestWindowEnd;
    if (newest) {
        s.newestWindowEnd = windowEnd;
        s.silences.removeIf([windowEnd](const Silence &x) { return x.until < windowEnd; });
    }
    for (const QualitySample &sample : samples) {
        if (sample.queueId.isEmpty())
            continue;
        evaluateSample(s, sample, windowStart, windowEnd, &out);
    }
    // Only the newest window may decide that time has passed without data.
    if (newest && s.openCount > 0)
        checkOpenEpisodes(s, windowEnd, &out);
    for (const Decision &d : std::as_const(out))
        qCDebug(lcAlerting).noquote() << decisionKindKey(d.kind) << d.dedupKey
                                      << severityKey(d.severity) << "pages:" << d.pages;
    return out;
}

namespace {

QueueAlertState *findByKey(AlertEngine::State &s, const QString &dedupKey)
{
    if (s.openCount == 0)
        return nullptr;
    for (QueueAlertState &q : s.queues) {
        if (q.hasEpisode && q.episode.dedupKey == dedupKey)
            return &q;
    }
    return nullptr;
}

} // namespace

std::optional<Decision> AlertEngine::acknowledge(const QString &dedupKey, const QString &actor,
                                                 const QString &note, qint64 at)
{
    QueueAlertState *q = findByKey(*m_state, dedupKey);
    if (!q || q->episode.acknowledged)
        return std::nullopt;
    Episode &ep = q->episode;
    ep.acknowledged = true;
    ep.acknowledgedBy = actor;
    ep.acknowledgeNote = note;
    ep.acknowledgedAt = at;
    ep.lastChange = at;
    Decision d = decisionFor(*q, DecisionKind::Acknowledge, at);
    d.pages = ep.paged; // PagerDuty cannot acknowledge what it never received
    d.actor = actor;
    d.note = note;
    return d;
}

std::optional<Decision> AlertEngine::resolveManually(const QString &dedupKey, const QString &actor,
                                                     const QString &note, qint64 at)
{
    QueueAlertState *q = findByKey(*m_state, dedupKey);
    if (!q)
        return std::nullopt;
    QList<Decision> out;
    closeEpisode(*m_state, *q, ResolveReason::Manual, at, &out, nullptr);
    q->suppressed = true;
    q->healthyRun = 0;
    q->breachRun = 0;
    Decision d = out.takeFirst();
    d.actor = actor;
    d.note = note;
    return d;
}

void AlertEngine::addSilence(const Silence &silence)
{
    removeSilence(silence.id);
    m_state->silences.append(silence);
}

bool AlertEngine::removeSilence(const QString &silenceId)
{
    return m_state->silences.removeIf([&](const Silence &s) { return s.id == silenceId; }) > 0;
}

QList<Silence> AlertEngine::silences() const
{
    return m_state->silences;
}

QList<Episode> AlertEngine::openEpisodes() const
{
    QList<Episode> result;
    for (const QueueAlertState &q : m_state->queues) {
        if (q.hasEpisode)
            result.append(q.episode);
    }
    std::sort(result.begin(), result.end(), [](const Episode &a, const Episode &b) {
        return a.start != b.start ? a.start < b.start : a.queueId < b.queueId;
    });
    return result;
}

std::optional<Episode> AlertEngine::openEpisode(const QString &queueId) const
{
    const auto it = m_state->index.constFind(queueId);
    if (it == m_state->index.cend())
        return std::nullopt;
    const QueueAlertState &q = m_state->queues[std::size_t(it.value())];
    if (!q.hasEpisode)
        return std::nullopt;
    return q.episode;
}

int AlertEngine::healthyRun(const QString &queueId) const
{
    const auto it = m_state->index.constFind(queueId);
    return it == m_state->index.cend() ? 0 : m_state->queues[std::size_t(it.value())].healthyRun;
}

QJsonObject AlertEngine::saveState() const
{
    return engineStateToJson(recordOfState(*m_state));
}

Status AlertEngine::restoreState(const QJsonObject &json)
{
    auto record = engineStateFromJson(json);
    if (!record.ok())
        return record.error();
    return restoreStateRecord(std::move(record).value());
}

EngineStateRecord AlertEngine::stateRecord() const
{
    return recordOfState(*m_state);
}

Status AlertEngine::restoreStateRecord(EngineStateRecord state)
{
    State restored;
    restored.policy = m_state->policy;
    restored.policyGeneration = m_state->policyGeneration + 1;
    const Status status = stateFromRecord(std::move(state), &restored);
    if (!status.ok())
        return status;
    *m_state = std::move(restored);
    return status;
}

EngineStateChange AlertEngine::changesSince(const EngineStateRecord &before) const
{
    return changesOfState(*m_state, &before);
}

EngineStateChange AlertEngine::wholeStateChange() const
{
    return changesOfState(*m_state, nullptr);
}

} // namespace earshot
