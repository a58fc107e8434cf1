// The operator's commands: each changes the alert engine, records an audit entry (and the
// PagerDuty events it causes) in one transaction, and either all of it holds or none of it.
#include "core/pipeline/Monitor.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/model/TimeWindow.h"
#include "core/pipeline/MonitorParts.h"

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

Status Monitor::commitChange(const QJsonObject &before, WindowRecord record)
{
    Parts &p = *m_parts;
    record.engineState = p.engine.saveState();
    const Status stored = commitWindow(*p.database, record);
    if (stored.ok()) {
        emit incidentsChanged();
        if (!record.events.isEmpty())
            p.delivery->kick();
        return stored;
    }
    // Nothing was stored, so the engine must not keep the change either.
    const Status restored = p.engine.restoreState(before);
    if (restored.ok())
        return stored;
    qCCritical(lcPipeline).noquote() << restored.error().message;
    return Error{stored.error().kind,
                 tr("%1 (and the alert engine could not be put back: %2; restart Earshot)")
                     .arg(stored.error().message, restored.error().message)};
}

Status Monitor::commitDecision(const QJsonObject &before, const Decision &decision,
                               const QString &auditKind)
{
    WindowRecord record;
    record.decisions = {decision};
    record.events = outboxEventsFor(record.decisions, m_parts->setup.pagerduty);
    record.nowMs = m_parts->clock->nowMs();
    record.audit.append(operatorEntry(record.nowMs, auditKind, decision.dedupKey, decision.actor,
                                      QJsonObject{{QLatin1StringView("note"), decision.note}}));
    return commitChange(before, std::move(record));
}

Status Monitor::commitAudited(const QJsonObject &before, const QString &auditKind,
                              const QString &subject, const QString &actor,
                              const QJsonObject &details)
{
    WindowRecord record;
    record.nowMs = m_parts->clock->nowMs();
    record.audit.append(operatorEntry(record.nowMs, auditKind, subject, actor, details));
    return commitChange(before, std::move(record));
}

Status Monitor::acknowledge(const QString &dedupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    const auto decision = p.engine.acknowledge(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{ErrorKind::NoSuchEpisode,
                     tr("%1 is not open or is already acknowledged").arg(dedupKey)};
    return commitDecision(before, *decision, QStringLiteral("operator.acknowledge"));
}

Status Monitor::resolve(const QString &dedupKey, const QString &actor, const QString &note)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    const auto decision = p.engine.resolveManually(dedupKey, actor, note, p.clock->nowSecs());
    if (!decision)
        return Error{ErrorKind::NoSuchEpisode, tr("%1 is not open").arg(dedupKey)};
    return commitDecision(before, *decision, QStringLiteral("operator.resolve"));
}

Status Monitor::silenceQueue(const QString &queueId, qint64 untilSecs, const QString &actor,
                             const QString &reason)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    p.engine.addSilence(Silence{QUuid::createUuid().toString(QUuid::WithoutBraces), queueId,
                                untilSecs, reason, actor, p.clock->nowSecs()});
    return commitAudited(before, QStringLiteral("operator.silence"), queueId, actor,
                         QJsonObject{{QLatin1StringView("until"), isoUtc(untilSecs)},
                                     {QLatin1StringView("reason"), reason}});
}

Status Monitor::endSilence(const QString &silenceId, const QString &actor)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
    const QList<Silence> active = p.engine.silences();
    const auto it = std::find_if(active.cbegin(), active.cend(),
                                 [&](const Silence &s) { return s.id == silenceId; });
    if (it == active.cend() || !p.engine.removeSilence(silenceId))
        return Error{ErrorKind::NoSuchSilence,
                     tr("The silence %1 has already ended.").arg(silenceId)};
    return commitAudited(before, QStringLiteral("operator.silence_end"), it->queueId, actor,
                         QJsonObject{{QLatin1StringView("silence"), silenceId}});
}

Status Monitor::editSilence(const QString &silenceId, qint64 untilSecs, const QString &actor,
                            const QString &reason)
{
    Parts &p = *m_parts;
    const QJsonObject before = p.engine.saveState();
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
    return commitAudited(before, QStringLiteral("operator.silence_edit"), edited.queueId, actor,
                         QJsonObject{{QLatin1StringView("silence"), silenceId},
                                     {QLatin1StringView("until"), isoUtc(untilSecs)},
                                     {QLatin1StringView("reason"), reason}});
}

Status Monitor::applyPolicy(const AlertPolicy &policy, const QString &actor)
{
    const QStringList problems = policy.validate();
    if (!problems.isEmpty())
        return Error{ErrorKind::PolicyRejected, problems.join(u'\n')};
    Parts &p = *m_parts;
    // Audited first: a change that cannot be recorded is not made. The engine keeps its
    // policy until the change is both recorded and saved into the config file.
    WindowRecord record;
    record.nowMs = p.clock->nowMs();
    AuditEntry entry = operatorEntry(record.nowMs, QStringLiteral("operator.thresholds"), {}, actor,
                                     policy.toJson());
    entry.outcome = QStringLiteral("applied");
    record.audit.append(entry);
    if (Status s = commitWindow(*p.database, record); !s.ok())
        return s;
    if (p.setup.savePolicy) {
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

void Monitor::retryDelivery()
{
    m_parts->delivery->retryNow();
}

} // namespace earshot
