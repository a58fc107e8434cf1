#include "core/presentation/StatusTexts.h"

#include <QCoreApplication>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusTexts", text);
}

QString icon(const char *name)
{
    return QStringLiteral(":/earshot/icons/") + QLatin1StringView(name) + QStringLiteral(".svg");
}

} // namespace

QString queueStatusWord(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return tr("OK");
    case QueueStatus::Warning:
        return tr("Warning");
    case QueueStatus::Critical:
        return tr("Critical");
    case QueueStatus::NoData:
        return tr("No data");
    case QueueStatus::Silenced:
        return tr("Silenced");
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
        return icon("status-nodata");
    case QueueStatus::Silenced:
        return icon("status-silenced");
    }
    return {};
}

int queueStatusRank(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Ok:
        return 0;
    case QueueStatus::NoData:
        return 1;
    case QueueStatus::Silenced:
        return 2;
    case QueueStatus::Warning:
        return 3;
    case QueueStatus::Critical:
        return 4;
    }
    return 0;
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return tr("None");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
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
        return tr("Open");
    case IncidentRow::State::Acknowledged:
        return tr("Acknowledged");
    case IncidentRow::State::Resolved:
        return tr("Resolved");
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
        return tr("Not polling");
    case PollerStatus::State::Ok:
        return tr("Polling OK");
    case PollerStatus::State::Authenticating:
        return tr("Signing in");
    case PollerStatus::State::RateLimited:
        return tr("Rate limited");
    case PollerStatus::State::AuthFailed:
        return tr("Sign-in failed");
    case PollerStatus::State::ApiError:
        return tr("Genesys API error");
    case PollerStatus::State::Offline:
        return tr("Offline");
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
        return tr("PagerDuty: up to date");
    case DeliveryStatus::State::Delivering:
        return tr("PagerDuty: delivering");
    case DeliveryStatus::State::Retrying:
        return tr("PagerDuty: retrying");
    case DeliveryStatus::State::Paused:
        return tr("PagerDuty: paused");
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
        return tr("MOS");
    case Metric::PacketLoss:
        return tr("Packet loss");
    case Metric::Jitter:
        return tr("Jitter");
    case Metric::Latency:
        return tr("Latency p95");
    case Metric::JitterBufferDiscard:
        return tr("Jitter-buffer discards");
    }
    return {};
}

} // namespace earshot
