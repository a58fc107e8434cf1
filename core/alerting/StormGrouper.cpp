#include "core/alerting/StormGrouper.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace earshot {

namespace {

class StormText
{
    Q_DECLARE_TR_FUNCTIONS(StormGrouper)
};

// Closed groups remembered for the incidents view (members shown under their group).
constexpr int kRecentGroups = 20;

const QLatin1StringView kOpenKey("open");
const QLatin1StringView kRecentKey("recent");

QJsonObject memberToJson(const StormMember &m)
{
    return QJsonObject{{QLatin1StringView("key"), m.dedupKey},
                       {QLatin1StringView("queueId"), m.queueId},
                       {QLatin1StringView("queueName"), m.queueName},
                       {QLatin1StringView("severity"), severityKey(m.severity)},
                       {QLatin1StringView("breaches"), breachesToJson(m.breaches)},
                       {QLatin1StringView("joinedAt"), double(m.joinedAt)},
                       {QLatin1StringView("recovered"), m.recovered},
                       {QLatin1StringView("recoveredAt"), double(m.recoveredAt)}};
}

bool breachesFromJson(const QJsonArray &array, QList<Breach> *out)
{
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Breach b;
        if (!metricFromKey(o.value(QLatin1StringView("metric")).toString(), &b.metric) ||
            !severityFromKey(o.value(QLatin1StringView("level")).toString(), &b.level))
            return false;
        b.value = o.value(QLatin1StringView("value")).toDouble();
        b.threshold = o.value(QLatin1StringView("threshold")).toDouble();
        out->append(b);
    }
    return true;
}

bool memberFromJson(const QJsonObject &o, StormMember *m)
{
    m->dedupKey = o.value(QLatin1StringView("key")).toString();
    m->queueId = o.value(QLatin1StringView("queueId")).toString();
    m->queueName = o.value(QLatin1StringView("queueName")).toString();
    m->joinedAt = qint64(o.value(QLatin1StringView("joinedAt")).toDouble());
    m->recovered = o.value(QLatin1StringView("recovered")).toBool();
    m->recoveredAt = qint64(o.value(QLatin1StringView("recoveredAt")).toDouble());
    return !m->dedupKey.isEmpty() &&
           severityFromKey(o.value(QLatin1StringView("severity")).toString(), &m->severity) &&
           breachesFromJson(o.value(QLatin1StringView("breaches")).toArray(), &m->breaches);
}

QJsonObject groupToJson(const StormGroup &g)
{
    QJsonArray members;
    for (const StormMember &m : g.members)
        members.append(memberToJson(m));
    return QJsonObject{{QLatin1StringView("key"), g.dedupKey},
                       {QLatin1StringView("start"), double(g.start)},
                       {QLatin1StringView("pagedSeverity"), severityKey(g.pagedSeverity)},
                       {QLatin1StringView("acknowledged"), g.acknowledged},
                       {QLatin1StringView("members"), members}};
}

bool groupFromJson(const QJsonObject &o, StormGroup *g)
{
    g->dedupKey = o.value(QLatin1StringView("key")).toString();
    g->start = qint64(o.value(QLatin1StringView("start")).toDouble());
    g->acknowledged = o.value(QLatin1StringView("acknowledged")).toBool();
    if (g->dedupKey.isEmpty() ||
        !severityFromKey(o.value(QLatin1StringView("pagedSeverity")).toString(), &g->pagedSeverity))
        return false;
    for (const QJsonValue &v : o.value(QLatin1StringView("members")).toArray()) {
        StormMember m;
        if (!memberFromJson(v.toObject(), &m))
            return false;
        g->members.append(m);
    }
    return !g->members.isEmpty();
}

StormMember *memberByKey(StormGroup &g, const QString &key)
{
    for (StormMember &m : g.members) {
        if (m.dedupKey == key)
            return &m;
    }
    return nullptr;
}

} // namespace

bool StormPolicy::enabled() const
{
    return minQueues > 0 || percent > 0;
}

QStringList StormPolicy::validate() const
{
    QStringList problems;
    if (minQueues != 0 && minQueues < kMinStormQueues)
        problems.append(StormText::tr("[alerting] storm_queues must be 0 (off) or at least %2 "
                                      "(one queue is an incident, not a storm); got %1.")
                            .arg(minQueues)
                            .arg(kMinStormQueues));
    if (percent < 0 || percent > 100)
        problems.append(
            StormText::tr("[alerting] storm_percent must be between 0 (off) and 100; got %1.")
                .arg(percent));
    return problems;
}

Severity StormGroup::worstSeverity() const
{
    Severity worst = Severity::None;
    for (const StormMember &m : members)
        worst = std::max(worst, m.severity);
    return worst;
}

int StormGroup::activeCount() const
{
    return int(std::count_if(members.cbegin(), members.cend(),
                             [](const StormMember &m) { return !m.recovered; }));
}

QList<Metric> StormGroup::metrics() const
{
    QList<Metric> out;
    for (const Metric metric : kAllMetrics) {
        const bool breached =
            std::any_of(members.cbegin(), members.cend(), [&](const StormMember &m) {
                return std::any_of(m.breaches.cbegin(), m.breaches.cend(),
                                   [&](const Breach &b) { return b.metric == metric; });
            });
        if (breached)
            out.append(metric);
    }
    return out;
}

QString makeStormKey(qint64 windowStart, const StormPolicy &policy)
{
    return QStringLiteral("voice_quality_storm_%1_q%2_p%3")
        .arg(windowStart)
        .arg(policy.minQueues)
        .arg(policy.percent);
}

StormGrouper::StormGrouper(StormPolicy policy)
    : m_policy(policy)
{
}

void StormGrouper::setPolicy(StormPolicy policy)
{
    m_policy = policy;
}

const StormPolicy &StormGrouper::policy() const
{
    return m_policy;
}

bool StormGrouper::reachesRule(int triggers, int queuesWithCalls) const
{
    if (triggers < kMinStormQueues)
        return false;
    if (m_policy.minQueues > 0 && triggers >= m_policy.minQueues)
        return true;
    // triggers / queuesWithCalls >= percent / 100, in integers.
    return m_policy.percent > 0 && queuesWithCalls > 0 &&
           qint64(triggers) * 100 >= qint64(m_policy.percent) * queuesWithCalls;
}

QList<StormDecision> StormGrouper::apply(qint64 windowStart, qint64 windowEnd, int queuesWithCalls,
                                         QList<Decision> *decisions)
{
    QList<StormDecision> out;
    const auto isNewPage = [](const Decision &d) {
        return d.kind == DecisionKind::Trigger && d.pages && d.groupKey.isEmpty();
    };
    const int triggers = int(std::count_if(decisions->cbegin(), decisions->cend(), isNewPage));
    bool opened = false;
    if (!m_open && m_policy.enabled() && reachesRule(triggers, queuesWithCalls)) {
        m_open = StormGroup{};
        m_open->dedupKey = makeStormKey(windowStart, m_policy);
        m_open->start = windowStart;
        opened = true;
    }
    if (!m_open)
        return out;

    StormGroup &g = *m_open;
    QStringList joined;
    for (Decision &d : *decisions) {
        if (isNewPage(d)) {
            StormMember m;
            m.dedupKey = d.dedupKey;
            m.queueId = d.queueId;
            m.queueName = d.queueName;
            m.severity = d.severity;
            m.breaches = d.breaches;
            m.joinedAt = windowEnd;
            g.members.append(m);
            joined.append(d.queueName.isEmpty() ? d.queueId : d.queueName);
            d.pages = false;
            d.groupKey = g.dedupKey;
            continue;
        }
        StormMember *m = memberByKey(g, d.dedupKey);
        if (!m)
            continue; // an incident of its own, from before the storm
        d.pages = false;
        d.groupKey = g.dedupKey;
        switch (d.kind) {
        case DecisionKind::Trigger: // a catch-up of a member: nothing new for PagerDuty
        case DecisionKind::Acknowledge:
            break;
        case DecisionKind::Escalate:
        case DecisionKind::Deescalate:
            m->severity = d.severity;
            if (!d.breaches.isEmpty())
                m->breaches = d.breaches;
            break;
        case DecisionKind::Resolve:
            m->recovered = true;
            m->recoveredAt = d.at;
            break;
        }
    }

    if (opened) {
        g.pagedSeverity = g.worstSeverity();
        out.append(StormDecision{StormDecision::Kind::Open, windowEnd, {}, false, g});
    } else if (const bool rose = g.worstSeverity() > g.pagedSeverity; rose || !joined.isEmpty()) {
        g.pagedSeverity = std::max(g.pagedSeverity, g.worstSeverity());
        out.append(StormDecision{StormDecision::Kind::Update, windowEnd, joined, rose, g});
    }
    if (g.activeCount() == 0) {
        out.append(StormDecision{StormDecision::Kind::Resolve, windowEnd, {}, false, g});
        rememberClosed(g);
        m_open.reset();
    }
    return out;
}

std::optional<StormDecision> StormGrouper::applyOperator(Decision *d)
{
    if (!m_open)
        return std::nullopt;
    StormGroup &g = *m_open;
    StormMember *m = memberByKey(g, d->dedupKey);
    if (!m)
        return std::nullopt;
    d->pages = false;
    d->groupKey = g.dedupKey;
    if (d->kind != DecisionKind::Resolve)
        return std::nullopt;
    m->recovered = true;
    m->recoveredAt = d->at;
    if (g.activeCount() > 0)
        return std::nullopt;
    StormDecision resolved{StormDecision::Kind::Resolve, d->at, {}, false, g};
    rememberClosed(g);
    m_open.reset();
    return resolved;
}

bool StormGrouper::acknowledgeGroup(const QString &groupKey)
{
    if (!m_open || m_open->dedupKey != groupKey || m_open->acknowledged)
        return false;
    m_open->acknowledged = true;
    return true;
}

std::optional<StormGroup> StormGrouper::openGroup() const
{
    return m_open;
}

QString StormGrouper::groupOf(const QString &memberKey) const
{
    if (m_open) {
        for (const StormMember &m : m_open->members) {
            if (m.dedupKey == memberKey)
                return m_open->dedupKey;
        }
    }
    for (const auto &[key, members] : m_recent) {
        if (members.contains(memberKey))
            return key;
    }
    return {};
}

QList<QPair<QString, QStringList>> StormGrouper::recentGroups() const
{
    return m_recent;
}

void StormGrouper::rememberClosed(const StormGroup &group)
{
    QStringList keys;
    for (const StormMember &m : group.members)
        keys.append(m.dedupKey);
    m_recent.append({group.dedupKey, keys});
    while (m_recent.size() > kRecentGroups)
        m_recent.removeFirst();
}

QJsonObject StormGrouper::saveState() const
{
    QJsonObject state;
    if (m_open)
        state.insert(kOpenKey, groupToJson(*m_open));
    QJsonArray recent;
    for (const auto &[key, members] : m_recent)
        recent.append(
            QJsonObject{{QLatin1StringView("key"), key},
                        {QLatin1StringView("members"), QJsonArray::fromStringList(members)}});
    if (!recent.isEmpty())
        state.insert(kRecentKey, recent);
    return state;
}

Status StormGrouper::restoreState(const QJsonObject &state)
{
    std::optional<StormGroup> open;
    if (state.contains(kOpenKey)) {
        StormGroup g;
        if (!groupFromJson(state.value(kOpenKey).toObject(), &g))
            return Error{ErrorKind::EngineState,
                         StormText::tr("The saved storm group is damaged.")};
        open = g;
    }
    QList<QPair<QString, QStringList>> recent;
    for (const QJsonValue &v : state.value(kRecentKey).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList members;
        for (const QJsonValue &m : o.value(QLatin1StringView("members")).toArray())
            members.append(m.toString());
        recent.append({o.value(QLatin1StringView("key")).toString(), members});
    }
    m_open = std::move(open);
    m_recent = std::move(recent);
    return success();
}

} // namespace earshot
