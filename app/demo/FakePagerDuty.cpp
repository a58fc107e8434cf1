#include "app/demo/FakePagerDuty.h"

#include "core/common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace earshot {

namespace {

HttpResponse invalid(const QStringList &errors)
{
    QJsonArray list;
    for (const QString &e : errors)
        list.append(e);
    const QJsonObject body{
        {QLatin1StringView("status"), QStringLiteral("invalid event")},
        {QLatin1StringView("message"), QStringLiteral("Event object is invalid")},
        {QLatin1StringView("errors"), list}};
    return HttpResponse::json(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

FakePagerDuty::FakePagerDuty(QObject *parent)
    : QObject(parent)
{
    m_server.setHandler([this](const HttpRequest &r) { return handle(r); });
}

bool FakePagerDuty::listen(quint16 port)
{
    if (!m_server.listen(port))
        return false;
    m_port = m_server.port();
    return true;
}

bool FakePagerDuty::setRefusing(bool refusing)
{
    if (refusing) {
        m_server.close();
        return true;
    }
    return m_server.port() == m_port || m_server.listen(m_port);
}

void FakePagerDuty::setClock(const Clock *clock)
{
    m_clock = clock;
}

qint64 FakePagerDuty::nowMs() const
{
    return m_clock ? m_clock->nowMs() : 0;
}

void FakePagerDuty::close()
{
    m_server.close();
}

QUrl FakePagerDuty::eventsUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPort(m_port); // also while refusing connections
    url.setPath(QStringLiteral("/v2/enqueue"));
    return url;
}

LoopbackHttpServer &FakePagerDuty::server()
{
    return m_server;
}

void FakePagerDuty::addRoutingKey(const QString &key)
{
    m_keys.insert(key);
}

void FakePagerDuty::removeRoutingKey(const QString &key)
{
    m_keys.remove(key);
}

void FakePagerDuty::setAnswerHook(AnswerHook hook)
{
    m_hook = std::move(hook);
}

void FakePagerDuty::setOutageStatus(int status)
{
    m_outageStatus = status;
}

const QList<QJsonObject> &FakePagerDuty::acceptedEvents() const
{
    return m_accepted;
}

void FakePagerDuty::forgetAcceptedEvents()
{
    m_forgotten += int(m_accepted.size());
    m_accepted.clear();
    m_accepted.squeeze();
}

QList<FakePagerDuty::Incident> FakePagerDuty::incidents() const
{
    return m_incidents;
}

std::optional<FakePagerDuty::Incident> FakePagerDuty::incident(const QString &dedupKey) const
{
    for (qsizetype i = m_incidents.size() - 1; i >= 0; --i) {
        if (m_incidents[i].dedupKey == dedupKey)
            return m_incidents[i];
    }
    return std::nullopt;
}

int FakePagerDuty::rejectedCount() const
{
    return m_rejected;
}

QStringList FakePagerDuty::validate(const QJsonObject &e) const
{
    QStringList errors;
    const QJsonValue key = e.value(QLatin1StringView("routing_key"));
    if (!key.isString() || key.toString().size() != 32 || !m_keys.contains(key.toString()))
        errors.append(QStringLiteral("'routing_key' is invalid"));
    if (e.contains(QLatin1StringView("event_type")) || e.contains(QLatin1StringView("service_key")))
        errors.append(QStringLiteral("'event_type' and 'service_key' are Events API v1 fields"));
    const QString action = e.value(QLatin1StringView("event_action")).toString();
    if (action != QLatin1StringView("trigger") && action != QLatin1StringView("acknowledge") &&
        action != QLatin1StringView("resolve"))
        errors.append(QStringLiteral("'event_action' must be trigger, acknowledge or resolve"));
    const QJsonValue dedup = e.value(QLatin1StringView("dedup_key"));
    if (!dedup.isUndefined() && (!dedup.isString() || dedup.toString().size() > 255))
        errors.append(QStringLiteral("'dedup_key' must be a string of at most 255 characters"));
    if (action != QLatin1StringView("trigger") && dedup.toString().isEmpty())
        errors.append(QStringLiteral("'dedup_key' is required for acknowledge and resolve"));
    if (action == QLatin1StringView("trigger")) {
        const QJsonObject payload = e.value(QLatin1StringView("payload")).toObject();
        const QString summary = payload.value(QLatin1StringView("summary")).toString();
        if (summary.isEmpty() || summary.size() > 1024)
            errors.append(QStringLiteral("'payload.summary' is required, at most 1024 characters"));
        if (payload.value(QLatin1StringView("source")).toString().isEmpty())
            errors.append(QStringLiteral("'payload.source' is required"));
        const QString severity = payload.value(QLatin1StringView("severity")).toString();
        if (severity != QLatin1StringView("critical") && severity != QLatin1StringView("error") &&
            severity != QLatin1StringView("warning") && severity != QLatin1StringView("info"))
            errors.append(
                QStringLiteral("'payload.severity' must be critical, error, warning or info"));
    }
    return errors;
}

HttpResponse FakePagerDuty::handle(const HttpRequest &request)
{
    if (m_outageStatus != 0)
        return HttpResponse::json(m_outageStatus, "{\"status\":\"unavailable\"}");
    if (m_hook) {
        if (std::optional<HttpResponse> answer = m_hook(request))
            return *answer;
    }
    if (request.method != "POST" || request.path != "/v2/enqueue")
        return HttpResponse::json(404, "{\"status\":\"not found\"}");
    if (!request.header("content-type").startsWith("application/json")) {
        ++m_rejected;
        return invalid({QStringLiteral("Content-Type must be application/json")});
    }
    if (request.body.size() >= 512 * 1024) {
        ++m_rejected;
        return invalid({QStringLiteral("Event is larger than 512 KB")});
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_rejected;
        return invalid({QStringLiteral("Malformed JSON")});
    }
    const QJsonObject event = doc.object();
    const QStringList errors = validate(event);
    if (!errors.isEmpty()) {
        ++m_rejected;
        return invalid(errors);
    }
    const QString action = event.value(QLatin1StringView("event_action")).toString();
    QString key = event.value(QLatin1StringView("dedup_key")).toString();
    if (key.isEmpty())
        key = QStringLiteral("pd-generated-%1").arg(m_forgotten + m_accepted.size() + 1);
    m_accepted.append(event);
    apply(action, key, event);
    emit eventAccepted(event);
    const QJsonObject answer{{QLatin1StringView("status"), QStringLiteral("success")},
                             {QLatin1StringView("message"), QStringLiteral("Event processed")},
                             {QLatin1StringView("dedup_key"), key}};
    return HttpResponse::json(202, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

// PagerDuty's alert life cycle per dedup key: a trigger opens an incident or updates the
// open one; acknowledging or resolving a key with no open incident is accepted and does
// nothing; a trigger after a resolve opens a new incident.
void FakePagerDuty::apply(const QString &action, const QString &dedupKey, const QJsonObject &event)
{
    const qint64 now = nowMs();
    if (action == QLatin1StringView("trigger")) {
        const QJsonObject payload = event.value(QLatin1StringView("payload")).toObject();
        auto it = m_open.constFind(dedupKey);
        if (it == m_open.cend()) {
            Incident incident;
            incident.dedupKey = dedupKey;
            incident.number = int(m_incidents.size()) + 1;
            incident.openedAtMs = now;
            m_incidents.append(incident);
            it = m_open.insert(dedupKey, int(m_incidents.size()) - 1);
        }
        Incident &incident = m_incidents[it.value()];
        incident.status = QStringLiteral("triggered");
        incident.severity = payload.value(QLatin1StringView("severity")).toString();
        incident.summary = payload.value(QLatin1StringView("summary")).toString();
        incident.lastTriggerAtMs = now;
        ++incident.triggers;
        return;
    }
    const auto it = m_open.constFind(dedupKey);
    if (it == m_open.cend())
        return;
    Incident &incident = m_incidents[it.value()];
    if (action == QLatin1StringView("acknowledge")) {
        incident.status = QStringLiteral("acknowledged");
        incident.acknowledgedAtMs = now;
    } else {
        incident.status = QStringLiteral("resolved");
        incident.resolvedAtMs = now;
        m_open.remove(dedupKey);
    }
}

} // namespace earshot
