#include "core/pipeline/HealthWatchdog.h"

#include "core/alerting/Decision.h"
#include "core/pagerduty/EventBuilder.h"

#include <algorithm>
#include <limits>

namespace earshot {

QString healthDedupKey(const QString &host)
{
    const QString &prefix = kHealthDedupKeyPrefix;
    QString cut = host;
    while (!cut.isEmpty() && (prefix + cut).toUtf8().size() > kMaxDedupKeyBytes)
        cut.chop(1);
    return prefix + cut;
}

HealthWatchdog::HealthWatchdog(int pageAfterWindows)
    : m_pageAfter(pageAfterWindows)
{
}

HealthWatchdog::Action HealthWatchdog::assess(qint64 lastGoodAtMs, qint64 nowMs, qint64 windowMs,
                                              const QString &cause)
{
    if (windowMs <= 0 || lastGoodAtMs <= 0)
        return Action::None;
    m_behind = nowMs > lastGoodAtMs ? int(std::min<qint64>((nowMs - lastGoodAtMs) / windowMs,
                                                           std::numeric_limits<int>::max()))
                                    : 0;
    if (m_behind > 0 && !m_paged)
        m_cause = cause; // the cause at the page stays what the incident says
    if (!enabled() || m_paged || m_behind < m_pageAfter)
        return Action::None;
    m_paged = true;
    m_pagedSinceMs = nowMs;
    return Action::Page;
}

HealthWatchdog::Action HealthWatchdog::goodWindow()
{
    m_behind = 0;
    m_cause.clear();
    if (!m_paged)
        return Action::None;
    m_paged = false;
    return Action::Resolve;
}

bool HealthWatchdog::enabled() const
{
    return m_pageAfter > 0;
}

bool HealthWatchdog::paged() const
{
    return m_paged;
}

int HealthWatchdog::windowsBehind() const
{
    return m_behind;
}

QString HealthWatchdog::cause() const
{
    return m_cause;
}

qint64 HealthWatchdog::pagedSinceMs() const
{
    return m_pagedSinceMs;
}

QJsonObject HealthWatchdog::saveState() const
{
    if (!m_paged)
        return {};
    return QJsonObject{{QLatin1StringView("paged"), true},
                       {QLatin1StringView("cause"), m_cause},
                       {QLatin1StringView("since"), double(m_pagedSinceMs)}};
}

void HealthWatchdog::restoreState(const QJsonObject &state)
{
    m_paged = state.value(QLatin1StringView("paged")).toBool();
    m_cause = state.value(QLatin1StringView("cause")).toString();
    m_pagedSinceMs = qint64(state.value(QLatin1StringView("since")).toDouble());
}

} // namespace earshot
