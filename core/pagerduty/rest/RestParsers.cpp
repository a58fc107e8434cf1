#include "core/pagerduty/rest/RestParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot {

namespace {

class RestParsers
{
    Q_DECLARE_TR_FUNCTIONS(RestParsers)
};

// Names are shown in the window and the tray: bounded, no control characters.
QString shownText(const QJsonValue &value, qsizetype max = 200)
{
    if (!value.isString())
        return {};
    QString text = value.toString().left(max);
    text.removeIf(
        [](QChar c) { return c.isNonCharacter() || c.category() == QChar::Other_Control; });
    return text.trimmed();
}

qint64 timeMs(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

QString summaryOf(const QJsonValue &reference)
{
    return shownText(reference.toObject().value(QLatin1StringView("summary")));
}

Result<QJsonArray> arrayIn(const QByteArray &body, QLatin1StringView name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorKind::PagerDutyRestData,
                     RestParsers::tr("the answer is not a JSON object")};
    const QJsonValue list = doc.object().value(name);
    if (!list.isArray())
        return Error{ErrorKind::PagerDutyRestData,
                     RestParsers::tr("the answer has no \"%1\" list").arg(name)};
    return list.toArray();
}

bool knownStatus(const QString &status)
{
    return status == QLatin1StringView("triggered") ||
           status == QLatin1StringView("acknowledged") || status == QLatin1StringView("resolved");
}

} // namespace

Result<QList<RestIncident>> parseIncidentList(const QByteArray &body)
{
    const auto list = arrayIn(body, QLatin1StringView("incidents"));
    if (!list.ok())
        return list.error();
    QList<RestIncident> incidents;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject o = v.toObject();
        RestIncident i;
        i.id = shownText(o.value(QLatin1StringView("id")), 64);
        i.status = o.value(QLatin1StringView("status")).toString();
        if (i.id.isEmpty() || !knownStatus(i.status))
            continue;
        const QJsonValue number = o.value(QLatin1StringView("incident_number"));
        i.number = number.isDouble() ? number.toInt() : 0;
        i.incidentKey = o.value(QLatin1StringView("incident_key")).toString();
        i.createdAtMs = timeMs(o.value(QLatin1StringView("created_at")));
        i.htmlUrl = shownText(o.value(QLatin1StringView("html_url")), 500);
        i.lastChangeBy = summaryOf(o.value(QLatin1StringView("last_status_change_by")));
        i.lastChangeAtMs = timeMs(o.value(QLatin1StringView("last_status_change_at")));
        for (const QJsonValue &a : o.value(QLatin1StringView("acknowledgements")).toArray()) {
            const qint64 at = timeMs(a.toObject().value(QLatin1StringView("at")));
            if (at >= i.acknowledgedAtMs) {
                i.acknowledgedAtMs = at;
                i.acknowledgedBy = summaryOf(a.toObject().value(QLatin1StringView("acknowledger")));
            }
        }
        incidents.append(i);
    }
    return incidents;
}

Result<QList<RestLogEntry>> parseLogEntries(const QByteArray &body)
{
    const auto list = arrayIn(body, QLatin1StringView("log_entries"));
    if (!list.ok())
        return list.error();
    QList<RestLogEntry> entries;
    for (const QJsonValue &v : list.value()) {
        const QJsonObject o = v.toObject();
        RestLogEntry e;
        const QString type = o.value(QLatin1StringView("type")).toString();
        if (type == QLatin1StringView("acknowledge_log_entry"))
            e.kind = RestLogEntry::Kind::Acknowledge;
        else if (type == QLatin1StringView("resolve_log_entry"))
            e.kind = RestLogEntry::Kind::Resolve;
        const QJsonObject agent = o.value(QLatin1StringView("agent")).toObject();
        e.agent = shownText(agent.value(QLatin1StringView("summary")));
        e.agentType = shownText(agent.value(QLatin1StringView("type")), 64);
        e.atMs = timeMs(o.value(QLatin1StringView("created_at")));
        entries.append(e);
    }
    return entries;
}

std::optional<RestIncident> newestIncident(const QList<RestIncident> &incidents)
{
    std::optional<RestIncident> newest;
    for (const RestIncident &i : incidents) {
        if (!newest || i.createdAtMs > newest->createdAtMs ||
            (i.createdAtMs == newest->createdAtMs && i.number > newest->number))
            newest = i;
    }
    return newest;
}

StatusChange statusChangeOf(const RestIncident &incident, const QList<RestLogEntry> &entries)
{
    const RestLogEntry::Kind wanted =
        incident.status == QLatin1StringView("acknowledged") ? RestLogEntry::Kind::Acknowledge
        : incident.status == QLatin1StringView("resolved")   ? RestLogEntry::Kind::Resolve
                                                             : RestLogEntry::Kind::Other;
    if (wanted == RestLogEntry::Kind::Other)
        return {};
    StatusChange change;
    for (const RestLogEntry &e : entries) {
        if (e.kind == wanted && !e.agent.isEmpty() && e.atMs >= change.atMs)
            change = StatusChange{e.agent, e.atMs};
    }
    if (!change.by.isEmpty())
        return change;
    if (wanted == RestLogEntry::Kind::Acknowledge && !incident.acknowledgedBy.isEmpty())
        return StatusChange{incident.acknowledgedBy, incident.acknowledgedAtMs};
    return StatusChange{incident.lastChangeBy, incident.lastChangeAtMs};
}

QString restErrorMessage(const QByteArray &body)
{
    const QJsonValue error =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("error"));
    if (error.isString())
        return shownText(error, 300);
    return shownText(error.toObject().value(QLatin1StringView("message")), 300);
}

} // namespace earshot
