#include "core/presentation/StatusTexts.h"

#include <QCoreApplication>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "StatusTexts".
class StatusTexts
{
    Q_DECLARE_TR_FUNCTIONS(StatusTexts)
};

QString icon(const char *name)
{
    return QStringLiteral(":/earshot/icons/") + QLatin1StringView(name) + QStringLiteral(".svg");
}

} // namespace

QString queueStatusWord(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return StatusTexts::tr("OK");
    case QueueStatus::Warning:
        return StatusTexts::tr("Warning");
    case QueueStatus::Critical:
        return StatusTexts::tr("Critical");
    case QueueStatus::NoData:
        return StatusTexts::tr("No data");
    case QueueStatus::NoCalls:
        return StatusTexts::tr("No calls");
    case QueueStatus::Stale:
        return StatusTexts::tr("Stale");
    }
    return {};
}

QString queueStatusIconPath(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return icon("status-ok");
    case QueueStatus::Warning:
        return icon("status-warning");
    case QueueStatus::Critical:
        return icon("status-critical");
    case QueueStatus::NoData:
    case QueueStatus::NoCalls:
    case QueueStatus::Stale:
        return icon("status-nodata");
    }
    return {};
}

int queueStatusRank(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return 0;
    case QueueStatus::NoCalls:
        return 1;
    case QueueStatus::NoData:
        return 2;
    case QueueStatus::Stale:
        return 3;
    case QueueStatus::Warning:
        return 4;
    case QueueStatus::Critical:
        return 5;
    }
    return 0;
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return StatusTexts::tr("None");
    case Severity::Warning:
        return StatusTexts::tr("Warning");
    case Severity::Critical:
        return StatusTexts::tr("Critical");
    }
    return {};
}

QString severityIconPath(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return icon("status-ok");
    case Severity::Warning:
        return icon("status-warning");
    case Severity::Critical:
        return icon("status-critical");
    }
    return {};
}

QString incidentStateWord(IncidentRow::State state)
{
    switch (state) {
    case IncidentRow::State::Open:
        return StatusTexts::tr("Open");
    case IncidentRow::State::Acknowledged:
        return StatusTexts::tr("Acknowledged");
    case IncidentRow::State::Resolved:
        return StatusTexts::tr("Resolved");
    }
    return {};
}

QString incidentStateIconPath(IncidentRow::State state)
{
    switch (state) {
    case IncidentRow::State::Open:
        return icon("incident-open");
    case IncidentRow::State::Acknowledged:
        return icon("incident-acknowledged");
    case IncidentRow::State::Resolved:
        return icon("incident-resolved");
    }
    return {};
}

QString pollerStateWord(PollerStatus::State state)
{
    switch (state) {
    case PollerStatus::State::Idle:
        return StatusTexts::tr("Not polling");
    case PollerStatus::State::Ok:
        return StatusTexts::tr("Polling OK");
    case PollerStatus::State::Authenticating:
        return StatusTexts::tr("Signing in");
    case PollerStatus::State::RateLimited:
        return StatusTexts::tr("Rate limited");
    case PollerStatus::State::AuthFailed:
        return StatusTexts::tr("Sign-in failed");
    case PollerStatus::State::ApiError:
        return StatusTexts::tr("Genesys API error");
    case PollerStatus::State::Offline:
        return StatusTexts::tr("Offline");
    }
    return {};
}

QString pollerStateIconPath(PollerStatus::State state)
{
    switch (state) {
    case PollerStatus::State::Ok:
        return icon("status-ok");
    case PollerStatus::State::Idle:
    case PollerStatus::State::Authenticating:
        return icon("status-nodata");
    case PollerStatus::State::RateLimited:
        return icon("status-warning");
    case PollerStatus::State::AuthFailed:
    case PollerStatus::State::ApiError:
    case PollerStatus::State::Offline:
        return icon("status-critical");
    }
    return {};
}

QString deliveryStateWord(DeliveryStatus::State state)
{
    switch (state) {
    case DeliveryStatus::State::Idle:
        return StatusTexts::tr("PagerDuty: up to date");
    case DeliveryStatus::State::Delivering:
        return StatusTexts::tr("PagerDuty: delivering");
    case DeliveryStatus::State::Retrying:
        return StatusTexts::tr("PagerDuty: retrying");
    case DeliveryStatus::State::Paused:
        return StatusTexts::tr("PagerDuty: paused");
    }
    return {};
}

QString deliveryStateIconPath(DeliveryStatus::State state)
{
    switch (state) {
    case DeliveryStatus::State::Idle:
    case DeliveryStatus::State::Delivering:
        return icon("status-ok");
    case DeliveryStatus::State::Retrying:
        return icon("status-warning");
    case DeliveryStatus::State::Paused:
        return icon("status-critical");
    }
    return {};
}

QString metricTitle(Metric metric)
{
    switch (metric) {
    case Metric::Mos:
        return StatusTexts::tr("MOS");
    case Metric::PacketLoss:
        return StatusTexts::tr("Packet loss");
    case Metric::Jitter:
        return StatusTexts::tr("Jitter");
    case Metric::Latency:
        return StatusTexts::tr("Latency p95");
    case Metric::JitterBufferDiscard:
        return StatusTexts::tr("Jitter-buffer discards");
    }
    return {};
}

} // namespace earshot
