#include "core/presentation/QueueCondition.h"

#include "core/presentation/DisplayText.h"

#include <QDateTime>

#include <algorithm>

namespace earshot {

namespace {

constexpr QChar kDot(0x00B7);

QString joined(const QString &a, const QString &b)
{
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + kDot + QLatin1Char(' ') + b;
}

// hh:mm today, the date too when the moment is on another day.
QString momentText(qint64 secs, qint64 reference)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toLocalTime().date();
    const QDate refDay = QDateTime::fromSecsSinceEpoch(reference, Qt::UTC).toLocalTime().date();
    return localTimeText(secs, day == refDay ? timeFormat() : dateTimeFormat());
}

int severityRank(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return queueStatusRank(QueueStatus::Critical);
    case Severity::Warning:
        return queueStatusRank(QueueStatus::Warning);
    case Severity::None:
        break;
    }
    return 0;
}

} // namespace

bool QueueCondition::needsAttention() const
{
    return status == QueueStatus::Warning || status == QueueStatus::Critical || episode.has_value();
}

int QueueCondition::attentionRank() const
{
    return std::max(queueStatusRank(status), episode ? severityRank(episode->severity) : 0);
}

bool QueueCondition::valuesInNormalText() const
{
    return valuesCurrent && (status == QueueStatus::Ok || status == QueueStatus::Warning ||
                             status == QueueStatus::Critical);
}

QString QueueCondition::levelText() const
{
    QString word = queueStatusWord(status);
    if (!valuesCurrent && lastDataEnd > 0 &&
        (status == QueueStatus::Stale || status == QueueStatus::NoCalls))
        word = tr("%1 · last data %2").arg(word, momentText(lastDataEnd, lastDataEnd));
    if (!episode || severityRank(episode->severity) <= queueStatusRank(status))
        return word;
    const QString severity = severityWord(episode->severity).toLower();
    if (status != QueueStatus::Ok && status != QueueStatus::Warning)
        return joined(word, tr("%1 episode open").arg(severity)); // no judged window now
    return joined(tr("%1 now").arg(word), tr("%1 episode open, clearing %2/%3")
                                              .arg(severity)
                                              .arg(std::clamp(healthyWindows, 0, clearAfterWindows))
                                              .arg(clearAfterWindows));
}

QString QueueCondition::silenceText() const
{
    if (silencedUntil <= 0)
        return {};
    return tr("silenced until %1")
        .arg(momentText(silencedUntil, lastDataEnd > 0 ? lastDataEnd : silencedUntil));
}

QString QueueCondition::text() const
{
    QString text = joined(levelText(), silenceText());
    if (episode && episode->resolvedInPagerDutyStillDegraded())
        text = joined(text, tr("resolved in PagerDuty, still degraded"));
    return text;
}

bool pollingHasFailed(PollerStatus::State state)
{
    return state == PollerStatus::State::AuthFailed || state == PollerStatus::State::ApiError ||
           state == PollerStatus::State::Offline;
}

QueueCondition assessQueue(const QString &queueId, const std::optional<QualitySample> &latest,
                           const std::optional<IncidentRow> &episode,
                           const QList<Silence> &silences, const AlertPolicy &policy,
                           const QueueConditionContext &context)
{
    QueueCondition c;
    if (episode && episode->state != IncidentRow::State::Resolved) {
        c.episode = episode;
        c.healthyWindows = episode->healthyWindows;
    }
    c.clearAfterWindows = std::max(1, policy.effectiveFor(queueId).clearAfterWindows);

    for (const Silence &s : silences) {
        if (!s.queueId.isEmpty() && s.queueId != queueId)
            continue;
        if (s.until >= context.currentWindowEnd)
            c.silencedUntil = std::max(c.silencedUntil, s.until);
    }

    if (!latest) {
        // A monitored queue without any window: idle, once polling has shown it works.
        const bool polled = context.currentWindowEnd > 0 && !context.pollingFailed;
        c.status = polled ? QueueStatus::NoCalls : QueueStatus::NoData;
        return c;
    }
    c.lastDataEnd = latest->windowEnd;
    c.assessment = assessWindow(*latest, policy);
    const qint64 age =
        context.currentWindowEnd > 0 ? context.currentWindowEnd - latest->windowEnd : 0;
    if (context.pollingFailed || age > 2 * std::max<qint64>(1, context.windowSecs)) {
        c.status = QueueStatus::Stale;
        return c;
    }
    if (age > 0) {
        // Polling works and the newest windows had nothing of this queue: no calls.
        c.status = QueueStatus::NoCalls;
        return c;
    }
    c.valuesCurrent = true;
    if (latest->calls == 0 && !latest->partial)
        c.status = QueueStatus::NoCalls;
    else if (!c.assessment.hasData)
        c.status = QueueStatus::NoData;
    else if (c.assessment.severity == Severity::Critical)
        c.status = QueueStatus::Critical;
    else if (c.assessment.severity == Severity::Warning)
        c.status = QueueStatus::Warning;
    else
        c.status = QueueStatus::Ok;
    return c;
}

} // namespace earshot
