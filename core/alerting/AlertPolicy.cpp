#include "core/alerting/AlertPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace earshot {

const MetricThreshold &Thresholds::operator[](Metric m) const
{
    return metrics[std::size_t(metricIndex(m))];
}

MetricThreshold &Thresholds::operator[](Metric m)
{
    return metrics[std::size_t(metricIndex(m))];
}

Thresholds Thresholds::defaults()
{
    Thresholds t;
    // The guide's numbers: MOS 3.5 "investigate", 3.0 "users complain"; jitter 50 ms;
    // loss 1 %. Second levels: loss 3 % (the guide's own example incident shows 3.2 %) and
    // jitter 100 ms (twice the first line, where most jitter buffers start discarding).
    t[Metric::Mos] = {true, 3.5, 3.0};
    t[Metric::PacketLoss] = {true, 1.0, 3.0};
    t[Metric::Jitter] = {true, 50.0, 100.0};
    // ITU-T G.114: one-way delay up to 150 ms is fine, beyond 400 ms unacceptable.
    t[Metric::Latency] = {true, 150.0, 400.0};
    // Jitter-buffer discards are already part of the details source's loss figure, so this
    // metric is shown but does not alert unless an operator turns it on.
    t[Metric::JitterBufferDiscard] = {false, 2.0, 5.0};
    t.minCalls = 1;
    return t;
}

bool QueueOverride::isEmpty() const
{
    for (const auto &m : metrics) {
        if (m)
            return false;
    }
    return !minCalls && !raiseAfterWindows && !clearAfterWindows;
}

EffectivePolicy AlertPolicy::effectiveFor(const QString &queueId) const
{
    EffectivePolicy e{global, raiseAfterWindows, clearAfterWindows};
    const auto it = overrides.constFind(queueId);
    if (it == overrides.cend())
        return e;
    const QueueOverride &o = it.value();
    for (int i = 0; i < kMetricCount; ++i) {
        if (o.metrics[std::size_t(i)])
            e.thresholds.metrics[std::size_t(i)] = *o.metrics[std::size_t(i)];
    }
    if (o.minCalls)
        e.thresholds.minCalls = *o.minCalls;
    if (o.raiseAfterWindows)
        e.raiseAfterWindows = *o.raiseAfterWindows;
    if (o.clearAfterWindows)
        e.clearAfterWindows = *o.clearAfterWindows;
    return e;
}

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "AlertPolicy".
class AlertPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(AlertPolicy)
};

QString metricTitle(Metric m)
{
    switch (m) {
    case Metric::Mos:
        return AlertPolicyText::tr("MOS");
    case Metric::PacketLoss:
        return AlertPolicyText::tr("packet loss");
    case Metric::Jitter:
        return AlertPolicyText::tr("jitter");
    case Metric::Latency:
        return AlertPolicyText::tr("latency");
    case Metric::JitterBufferDiscard:
        return AlertPolicyText::tr("jitter-buffer discard");
    }
    return {};
}

bool within(double v, double lo, double hi)
{
    return v >= lo && v <= hi;
}

void validateMetric(Metric m, const MetricThreshold &mt, const QString &where,
                    QStringList *problems)
{
    // A disabled metric never breaches; its levels are checked when it is turned on.
    if (!mt.enabled)
        return;
    const QString name = metricTitle(m);
    if (!qIsFinite(mt.warning) || !qIsFinite(mt.critical)) {
        problems->append(AlertPolicyText::tr("%1: %2 levels must be numbers.").arg(where, name));
        return;
    }
    if (lowerIsWorse(m) ? !(mt.critical < mt.warning) : !(mt.critical > mt.warning))
        problems->append(
            (lowerIsWorse(m)
                 ? AlertPolicyText::tr("%1: %2 critical (%3) must be below its warning (%4).")
                 : AlertPolicyText::tr("%1: %2 critical (%3) must be above its warning (%4)."))
                .arg(where, name)
                .arg(mt.critical)
                .arg(mt.warning));
    switch (m) {
    case Metric::Mos:
        if (!within(mt.warning, 1.0, 5.0) || !within(mt.critical, 1.0, 5.0))
            problems->append(
                AlertPolicyText::tr("%1: %2 levels must lie between 1 and 5.").arg(where, name));
        break;
    case Metric::PacketLoss:
    case Metric::JitterBufferDiscard:
        if (!within(mt.warning, 0.0, 100.0) || !within(mt.critical, 0.0, 100.0))
            problems->append(AlertPolicyText::tr("%1: %2 levels must lie between 0 and 100 %.")
                                 .arg(where, name));
        break;
    case Metric::Jitter:
    case Metric::Latency:
        if (mt.warning < 0.0 || mt.critical < 0.0)
            problems->append(
                AlertPolicyText::tr("%1: %2 levels must not be negative.").arg(where, name));
        break;
    }
}

void validateCounts(const QString &where, std::optional<int> minCalls, std::optional<int> raise,
                    std::optional<int> clear, QStringList *problems)
{
    // 0 minimum calls is allowed and means 1: a window with no calls is never data.
    if (minCalls && *minCalls < 0)
        problems->append(AlertPolicyText::tr("%1: min calls must not be negative.").arg(where));
    if (raise && *raise < 1)
        problems->append(
            AlertPolicyText::tr("%1: raise after windows must be at least 1.").arg(where));
    if (clear && *clear < 1)
        problems->append(
            AlertPolicyText::tr("%1: clear after windows must be at least 1.").arg(where));
}

} // namespace

QStringList AlertPolicy::validate() const
{
    QStringList problems;
    const QString global = AlertPolicyText::tr("Global thresholds");
    for (Metric m : kAllMetrics)
        validateMetric(m, this->global[m], global, &problems);
    validateCounts(global, this->global.minCalls, raiseAfterWindows, clearAfterWindows, &problems);
    if (idleResolveSecs <= 0)
        problems.append(AlertPolicyText::tr("%1: the idle time before resolving must be positive.")
                            .arg(global));
    // An override is checked for what it sets; what it inherits was checked above. Sorted,
    // so the same policy always reads the same.
    QStringList ids = overrides.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const QueueOverride &o = overrides.value(id);
        const QString where = AlertPolicyText::tr("Queue %1").arg(id);
        const EffectivePolicy e = effectiveFor(id);
        for (Metric m : kAllMetrics) {
            if (o.metrics[std::size_t(metricIndex(m))])
                validateMetric(m, e.thresholds[m], where, &problems);
        }
        validateCounts(where, o.minCalls, o.raiseAfterWindows, o.clearAfterWindows, &problems);
    }
    return problems;
}

namespace {

QJsonObject thresholdJson(const MetricThreshold &t)
{
    return QJsonObject{{QLatin1StringView("enabled"), t.enabled},
                       {QLatin1StringView("warning"), t.warning},
                       {QLatin1StringView("critical"), t.critical}};
}

MetricThreshold thresholdFromJson(const QJsonObject &o, MetricThreshold fallback)
{
    if (o.value(QLatin1StringView("enabled")).isBool())
        fallback.enabled = o.value(QLatin1StringView("enabled")).toBool();
    if (o.value(QLatin1StringView("warning")).isDouble())
        fallback.warning = o.value(QLatin1StringView("warning")).toDouble();
    if (o.value(QLatin1StringView("critical")).isDouble())
        fallback.critical = o.value(QLatin1StringView("critical")).toDouble();
    return fallback;
}

// A whole number that fits an int, or the value stays as it was: 2.5 windows is not 0.
std::optional<int> intOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::trunc(d) != d || d < double(std::numeric_limits<int>::min()) ||
        d > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(d);
}

void readInt(const QJsonObject &o, QLatin1StringView key, int *target)
{
    if (const std::optional<int> v = intOf(o.value(key)))
        *target = *v;
}

void readOptionalInt(const QJsonObject &o, QLatin1StringView key, std::optional<int> *target)
{
    if (const std::optional<int> v = intOf(o.value(key)))
        *target = *v;
}

} // namespace

QJsonObject AlertPolicy::toJson() const
{
    QJsonObject metricsJson;
    for (Metric m : kAllMetrics)
        metricsJson.insert(metricKey(m), thresholdJson(global[m]));
    QJsonObject overridesJson;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        QJsonObject o;
        QJsonObject om;
        for (Metric m : kAllMetrics) {
            if (const auto &t = it.value().metrics[std::size_t(metricIndex(m))])
                om.insert(metricKey(m), thresholdJson(*t));
        }
        if (!om.isEmpty())
            o.insert(QLatin1StringView("metrics"), om);
        if (it.value().minCalls)
            o.insert(QLatin1StringView("minCalls"), *it.value().minCalls);
        if (it.value().raiseAfterWindows)
            o.insert(QLatin1StringView("raiseAfterWindows"), *it.value().raiseAfterWindows);
        if (it.value().clearAfterWindows)
            o.insert(QLatin1StringView("clearAfterWindows"), *it.value().clearAfterWindows);
        overridesJson.insert(it.key(), o);
    }
    return QJsonObject{{QLatin1StringView("metrics"), metricsJson},
                       {QLatin1StringView("minCalls"), global.minCalls},
                       {QLatin1StringView("raiseAfterWindows"), raiseAfterWindows},
                       {QLatin1StringView("clearAfterWindows"), clearAfterWindows},
                       {QLatin1StringView("idleResolveSecs"), double(idleResolveSecs)},
                       {QLatin1StringView("overrides"), overridesJson}};
}

AlertPolicy AlertPolicy::fromJson(const QJsonObject &json)
{
    AlertPolicy p;
    const QJsonObject metricsJson = json.value(QLatin1StringView("metrics")).toObject();
    for (Metric m : kAllMetrics)
        p.global[m] = thresholdFromJson(metricsJson.value(metricKey(m)).toObject(), p.global[m]);
    readInt(json, QLatin1StringView("minCalls"), &p.global.minCalls);
    readInt(json, QLatin1StringView("raiseAfterWindows"), &p.raiseAfterWindows);
    readInt(json, QLatin1StringView("clearAfterWindows"), &p.clearAfterWindows);
    const QJsonValue idle = json.value(QLatin1StringView("idleResolveSecs"));
    // Whole seconds well inside qint64; anything else is damage and keeps the default.
    if (idle.isDouble() && std::trunc(idle.toDouble()) == idle.toDouble() &&
        std::abs(idle.toDouble()) <= 1e15)
        p.idleResolveSecs = qint64(idle.toDouble());
    const QJsonObject overridesJson = json.value(QLatin1StringView("overrides")).toObject();
    for (auto it = overridesJson.begin(); it != overridesJson.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        QueueOverride qo;
        const QJsonObject om = o.value(QLatin1StringView("metrics")).toObject();
        for (Metric m : kAllMetrics) {
            if (om.value(metricKey(m)).isObject())
                qo.metrics[std::size_t(metricIndex(m))] =
                    thresholdFromJson(om.value(metricKey(m)).toObject(), p.global[m]);
        }
        readOptionalInt(o, QLatin1StringView("minCalls"), &qo.minCalls);
        readOptionalInt(o, QLatin1StringView("raiseAfterWindows"), &qo.raiseAfterWindows);
        readOptionalInt(o, QLatin1StringView("clearAfterWindows"), &qo.clearAfterWindows);
        p.overrides.insert(it.key(), qo);
    }
    return p;
}

} // namespace earshot
