// The operator's commands: each changes the alert engine (and the storm grouper), records an
// audit entry and the PagerDuty events it causes in one transaction, and either all of it
// holds or none of it.
#include "core/pipeline/Monitor.h"

#include "core/common/Clock.h"
#include "core/model/TimeWindow.h"
#include "core/pipeline/MonitorParts.h"
#include "core/pipeline/StormRecords.h"

#include <QUuid>

#include <algorithm>

namespace earshot {

namespace {

AuditEntry operatorEntry(qint64 atMs, const QString &kind, const QString &subject,
                         const QString &actor, const QJsonObject &details)
{
    AuditEntry entry;
    entry.atMs = atMs;
    entry.kind = kind;
    entry.subject = subject;
    entry.actor = actor;
    entry.outcome = QStringLiteral("ok");
    entry.details = details;
    return entry;
}

} // namespace

Status Monitor::commitChange(Snapshot before, WindowRecord record)
{
    Parts &p = *m_parts;
    record.engineChange = p.engineChange(before.engine);
    record.settlesRequest = p.settlingRequest;
    if (const QJsonObject storm = p.storm.saveState(); storm != before.storm)
        record.meta.append({kStormStateKey, compactJson(storm)});
    const Status stored = commitWindow(*p.database, record);
    if (stored.ok()) {
        p.storeWholeState = false;
        emit incidentsChanged();
        if (!record.events.isEmpty())
            p.delivery->kick();
        return stored;
    }
    // Nothing was stored, so the engine must not keep the change either.
    const Status restored = p.rollBack(std::move(before));
    if (restored.ok())
        return stored;
    qCCritical(lcPipeline).noquote() << restored.error().message;
    return Error{stored.error().kind,
                 tr("%1 (and the alert engine could not be put back: %2; restart Earshot)")
                     .arg(stored.error().message, restored.error().message)};
}

Status Monitor::commitDecisions(Snapshot before, const QList<Decision> &decisions,
                                const QList<StormDecision> &storm, const QString &auditKind,
                                const QString &subject, const QString &actor, const QString &note)
{
    const PagerDutySettings &settings = m_parts->setup.pagerduty;
    WindowRecord record;
    record.nowMs = m_parts->clock->nowMs();
    record.decisions = decisions;
    record.events = outboxEventsFor(decisions, settings);
    addStormRecords(storm, settings, &record, actor, note);
    record.audit.append(operatorEntry(record.nowMs, auditKind, subject, actor,
                                      QJsonObject{{QLatin1StringView("note"), note}}));
    return commitChange(std::move(before), std::move(record));
}

Status Monitor::commitAudited(Snapshot before, const QString &auditKind, const QString &subject,
                              const QString &actor, const QJsonObject &details)
{
    WindowRecord record;
    record.nowMs = m_parts->clock->nowMs();
    record.audit.append(operatorEntry(record.nowMs, auditKind, subject, actor, details));
    return commitChange(std::move(before), std::move(record));
}

Status Monitor::acknowledge(const QString &dedupKey, const QString &actor, const QString &note)
{
    if (m_parts->viewer)
        return askPollingConsole(OperatorRequest::kAcknowledge, dedupKey, actor,
                                 QJsonObject{{QLatin1StringView("note"), note}});
    if (isStormKey(dedupKey))
        return acknowledgeGroup(dedupKey, actor, note);
    Parts &p = *m_parts;
    Snapshot before = p.snapshot();
    auto decision = p.engine.acknowledge(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{ErrorKind::NoSuchEpisode,
                     tr("%1 is not open or is already acknowledged").arg(dedupKey)};
    // A storm member: PagerDuty knows only the group, so this is recorded, not paged. An
    // acknowledgement never ends a group, so there is no group decision to keep.
    (void)p.storm.applyOperator(&*decision);
    return commitDecisions(std::move(before), {*decision}, {},
                           QStringLiteral("operator.acknowledge"), dedupKey, actor, note);
}

Status Monitor::resolve(const QString &dedupKey, const QString &actor, const QString &note)
{
    if (m_parts->viewer)
        return askPollingConsole(OperatorRequest::kResolve, dedupKey, actor,
                                 QJsonObject{{QLatin1StringView("note"), note}});
    if (isStormKey(dedupKey))
        return resolveGroup(dedupKey, actor, note);
    Parts &p = *m_parts;
    Snapshot before = p.snapshot();
    auto decision = p.engine.resolveManually(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{ErrorKind::NoSuchEpisode, tr("%1 is not open").arg(dedupKey)};
    QList<StormDecision> storm;
    if (auto last = p.storm.applyOperator(&*decision))
        storm.append(*last); // the last degraded member of a storm: the group resolves
    return commitDecisions(std::move(before), {*decision}, storm,
                           QStringLiteral("operator.resolve"), dedupKey, actor, note);
}

Status Monitor::acknowledgeGroup(const QString &groupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    Snapshot before = p.snapshot();
    if (!p.storm.acknowledgeGroup(groupKey))
        return Error{ErrorKind::NoSuchEpisode,
                     tr("%1 is not open or is already acknowledged").arg(groupKey)};
    Decision d;
    d.kind = DecisionKind::Acknowledge;
    d.dedupKey = groupKey;
    d.severity = p.storm.openGroup()->worstSeverity();
    d.episodeStart = p.storm.openGroup()->start;
    d.at = p.clock->nowSecs();
    d.actor = actor;
    d.note = note;
    return commitDecisions(std::move(before), {d}, {}, QStringLiteral("operator.acknowledge"),
                           groupKey, actor, note);
}

// Resolving a storm's incident by hand resolves every member still degraded (each waits
// for healthy windows before it can page again, as after any manual resolve); the group
// resolves with the last of them, in one commit.
Status Monitor::resolveGroup(const QString &groupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const std::optional<StormGroup> group = p.storm.openGroup();
    if (!group || group->dedupKey != groupKey)
        return Error{ErrorKind::NoSuchEpisode, tr("%1 is not open").arg(groupKey)};
    Snapshot before = p.snapshot();
    const qint64 now = p.clock->nowSecs();
    QList<Decision> decisions;
    QList<StormDecision> storm;
    for (const StormMember &m : group->members) {
        if (m.recovered)
            continue;
        auto d = p.engine.resolveManually(m.dedupKey, actor, note, now);
        if (!d)
            continue;
        if (auto last = p.storm.applyOperator(&*d))
            storm.append(*last);
        decisions.append(*d);
    }
    return commitDecisions(std::move(before), decisions, storm, QStringLiteral("operator.resolve"),
                           groupKey, actor, note);
}

Status Monitor::silenceQueue(const QString &queueId, qint64 untilSecs, const QString &actor,
                             const QString &reason)
{
    if (m_parts->viewer)
        return askPollingConsole(OperatorRequest::kSilence, queueId, actor,
                                 QJsonObject{{QLatin1StringView("until"), double(untilSecs)},
                                             {QLatin1StringView("reason"), reason}});
    Parts &p = *m_parts;
    Snapshot before = p.snapshot();
    p.engine.addSilence(Silence{QUuid::createUuid().toString(QUuid::WithoutBraces), queueId,
                                untilSecs, reason, actor, p.clock->nowSecs()});
    return commitAudited(std::move(before), QStringLiteral("operator.silence"), queueId, actor,
                         QJsonObject{{QLatin1StringView("until"), isoUtc(untilSecs)},
                                     {QLatin1StringView("reason"), reason}});
}

Status Monitor::endSilence(const QString &silenceId, const QString &actor)
{
    if (m_parts->viewer)
        return askPollingConsole(OperatorRequest::kEndSilence, silenceId, actor, {});
    Parts &p = *m_parts;
    Snapshot before = p.snapshot();
    const QList<Silence> active = p.engine.silences();
    const auto it = std::find_if(active.cbegin(), active.cend(),
                                 [&](const Silence &s) { return s.id == silenceId; });
    if (it == active.cend() || !p.engine.removeSilence(silenceId))
        return Error{ErrorKind::NoSuchSilence,
                     tr("The silence %1 has already ended.").arg(silenceId)};
    return commitAudited(std::move(before), QStringLiteral("operator.silence_end"), it->queueId,
                         actor, QJsonObject{{QLatin1StringView("silence"), silenceId}});
}

Status Monitor::editSilence(const QString &silenceId, qint64 untilSecs, const QString &actor,
                            const QString &reason)
{
    if (m_parts->viewer)
        return askPollingConsole(OperatorRequest::kEditSilence, silenceId, actor,
                                 QJsonObject{{QLatin1StringView("until"), double(untilSecs)},
                                             {QLatin1StringView("reason"), reason}});
    Parts &p = *m_parts;
    Snapshot before = p.snapshot();
    const QList<Silence> active = p.engine.silences();
    const auto it = std::find_if(active.cbegin(), active.cend(),
                                 [&](const Silence &s) { return s.id == silenceId; });
    if (it == active.cend() || !p.engine.removeSilence(silenceId))
        return Error{ErrorKind::NoSuchSilence,
                     tr("The silence %1 has already ended.").arg(silenceId)};
    Silence edited = *it;
    edited.until = untilSecs;
    edited.reason = reason;
    p.engine.addSilence(edited);
    return commitAudited(std::move(before), QStringLiteral("operator.silence_edit"), edited.queueId,
                         actor,
                         QJsonObject{{QLatin1StringView("silence"), silenceId},
                                     {QLatin1StringView("until"), isoUtc(untilSecs)},
                                     {QLatin1StringView("reason"), reason}});
}

Status Monitor::applyPolicy(const AlertPolicy &policy, const QString &actor)
{
    const QStringList problems = policy.validate();
    if (!problems.isEmpty())
        return Error{ErrorKind::PolicyRejected, problems.join(u'\n')};
    if (m_parts->viewer)
        return askPollingConsole(OperatorRequest::kThresholds, {}, actor,
                                 QJsonObject{{QLatin1StringView("policy"), policy.toJson()}});
    Parts &p = *m_parts;
    // Audited first: a change that cannot be recorded is not made. The engine keeps its
    // policy until the change is both recorded and saved into the config file.
    WindowRecord record;
    record.nowMs = p.clock->nowMs();
    AuditEntry entry = operatorEntry(record.nowMs, QStringLiteral("operator.thresholds"), {}, actor,
                                     policy.toJson());
    entry.outcome = QStringLiteral("applied");
    record.audit.append(entry);
    record.settlesRequest = p.settlingRequest;
    // A shared database keeps the thresholds for every console; the viewers read them there.
    const bool shared = p.feed != nullptr;
    if (shared)
        record.meta.append({kSharedPolicyKey, compactJson(policy.toJson())});
    if (Status s = commitWindow(*p.database, record); !s.ok())
        return s;
    if (p.setup.savePolicy && !shared) {
        if (Status saved = p.setup.savePolicy(policy); !saved.ok()) {
            // Recorded as applied, then not: the audit log says both.
            WindowRecord undone;
            undone.nowMs = p.clock->nowMs();
            AuditEntry failed = entry;
            failed.atMs = undone.nowMs;
            failed.outcome = QStringLiteral("not applied: ") + saved.error().message;
            undone.audit.append(failed);
            if (Status s = commitWindow(*p.database, undone); !s.ok())
                qCCritical(lcPipeline).noquote() << s.error().message;
            return saved;
        }
    }
    p.engine.setPolicy(policy);
    p.setup.policy = policy;
    emit policyChanged();
    return success();
}

// A viewer delivers and follows nothing: only the polling console talks to PagerDuty, so
// nothing is sent twice.
void Monitor::retryDelivery()
{
    if (!m_parts->viewer)
        m_parts->delivery->retryNow();
}

void Monitor::followPagerDutyNow()
{
    if (!m_parts->viewer)
        m_parts->follower->followNow();
}

} // namespace earshot
