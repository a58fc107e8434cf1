#include "core/model/Metric.h"

namespace earshot {

QString metricKey(Metric m)
{
    switch (m) {
    case Metric::Mos:
        return QStringLiteral("mos");
    case Metric::PacketLoss:
        return QStringLiteral("packet_loss");
    case Metric::Jitter:
        return QStringLiteral("jitter");
    case Metric::Latency:
        return QStringLiteral("latency");
    case Metric::JitterBufferDiscard:
        return QStringLiteral("jitter_buffer_discard");
    }
    return {};
}

bool metricFromKey(const QString &key, Metric *out)
{
    for (Metric m : kAllMetrics) {
        if (metricKey(m) == key) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString metricUnit(Metric m)
{
    switch (m) {
    case Metric::Mos:
        return {};
    case Metric::PacketLoss:
    case Metric::JitterBufferDiscard:
        return QStringLiteral("%");
    case Metric::Jitter:
    case Metric::Latency:
        return QStringLiteral("ms");
    }
    return {};
}

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::None:
        return QStringLiteral("none");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

bool severityFromKey(const QString &key, Severity *out)
{
    for (Severity s : {Severity::None, Severity::Warning, Severity::Critical}) {
        if (severityKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace earshot
