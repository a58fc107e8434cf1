#include "core/alerting/AlertPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertPolicy", text);
}

QString metricTitle(Metric m)
{
    switch (m) {
    case Metric::Mos:
        return tr("MOS");
    case Metric::PacketLoss:
        return tr("packet loss");
    case Metric::Jitter:
        return tr("jitter");
    case Metric::Latency:
        return tr("latency");
    case Metric::JitterBufferDiscard:
        return tr("jitter-buffer discard");
    }
    return {};
}

void validateThresholds(const Thresholds &t, const QString &where, QStringList *problems)
{
    for (Metric m : kAllMetrics) {
        const MetricThreshold &mt = t[m];
        if (!mt.enabled)
            continue;
        const QString name = metricTitle(m);
        if (!qIsFinite(mt.warning) || !qIsFinite(mt.critical)) {
            problems->append(tr("%1: %2 levels must be numbers.").arg(where, name));
            continue;
        }
        if (lowerIsWorse(m) ? !(mt.critical < mt.warning) : !(mt.critical > mt.warning))
            problems->append((lowerIsWorse(m)
                                  ? tr("%1: %2 critical (%3) must be below its warning (%4).")
                                  : tr("%1: %2 critical (%3) must be above its warning (%4)."))
                                 .arg(where, name)
                                 .arg(mt.critical)
                                 .arg(mt.warning));
        if (m == Metric::Mos &&
            (mt.warning < 1.0 || mt.warning > 5.0 || mt.critical < 1.0 || mt.critical > 5.0))
            problems->append(tr("%1: MOS levels must lie between 1 and 5.").arg(where));
        if ((m == Metric::PacketLoss || m == Metric::JitterBufferDiscard) &&
            (mt.warning < 0.0 || mt.critical > 100.0))
            problems->append(tr("%1: %2 levels must lie between 0 and 100 %.").arg(where, name));
        if ((m == Metric::Jitter || m == Metric::Latency) && mt.warning < 0.0)
            problems->append(tr("%1: %2 levels must not be negative.").arg(where, name));
    }
    if (t.minCalls < 0)
        problems->append(tr("%1: min calls must not be negative.").arg(where));
}

} // namespace

QStringList AlertPolicy::validate() const
{
    QStringList problems;
    validateThresholds(global, tr("Global thresholds"), &problems);
    if (raiseAfterWindows < 1)
        problems.append(tr("Raise after windows must be at least 1."));
    if (clearAfterWindows < 1)
        problems.append(tr("Clear after windows must be at least 1."));
    if (idleResolveSecs <= 0)
        problems.append(tr("The idle time before resolving must be positive."));
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const EffectivePolicy e = effectiveFor(it.key());
        const QString where = tr("Queue %1").arg(it.key());
        validateThresholds(e.thresholds, where, &problems);
        if (e.raiseAfterWindows < 1 || e.clearAfterWindows < 1)
            problems.append(tr("%1: window counts must be at least 1.").arg(where));
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

void readInt(const QJsonObject &o, QLatin1StringView key, int *target)
{
    if (o.value(key).isDouble())
        *target = o.value(key).toInt();
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
    if (json.value(QLatin1StringView("idleResolveSecs")).isDouble())
        p.idleResolveSecs = qint64(json.value(QLatin1StringView("idleResolveSecs")).toDouble());
    const QJsonObject overridesJson = json.value(QLatin1StringView("overrides")).toObject();
    for (auto it = overridesJson.begin(); it != overridesJson.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        QueueOverride qo;
        const QJsonObject om = o.value(QLatin1StringView("metrics")).toObject();
        for (Metric m : kAllMetrics) {
            if (om.contains(metricKey(m)))
                qo.metrics[std::size_t(metricIndex(m))] =
                    thresholdFromJson(om.value(metricKey(m)).toObject(), p.global[m]);
        }
        if (o.value(QLatin1StringView("minCalls")).isDouble())
            qo.minCalls = o.value(QLatin1StringView("minCalls")).toInt();
        if (o.value(QLatin1StringView("raiseAfterWindows")).isDouble())
            qo.raiseAfterWindows = o.value(QLatin1StringView("raiseAfterWindows")).toInt();
        if (o.value(QLatin1StringView("clearAfterWindows")).isDouble())
            qo.clearAfterWindows = o.value(QLatin1StringView("clearAfterWindows")).toInt();
        p.overrides.insert(it.key(), qo);
    }
    return p;
}

} // namespace earshot
