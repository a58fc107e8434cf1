#include "app/demo/FakePagerDuty.h"

#include "core/common/Clock.h"

#include <QDateTime>
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

QUrl FakePagerDuty::restUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPort(m_port);
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
    if (request.path.startsWith("/incidents") || request.path == "/abilities")
        return handleRest(request);
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
        if (incident.triggers++ == 0)
            log(incident, QStringLiteral("trigger_log_entry"),
                QStringLiteral("generic_events_api_inbound_integration_reference"),
                kIntegrationName, now);
        return;
    }
    const auto it = m_open.constFind(dedupKey);
    if (it == m_open.cend())
        return;
    Incident &incident = m_incidents[it.value()];
    const QString integration = QStringLiteral("generic_events_api_inbound_integration_reference");
    if (action == QLatin1StringView("acknowledge")) {
        incident.status = QStringLiteral("acknowledged");
        incident.acknowledgedAtMs = now;
        incident.acknowledgedBy = kIntegrationName;
        log(incident, QStringLiteral("acknowledge_log_entry"), integration, kIntegrationName, now);
    } else {
        incident.status = QStringLiteral("resolved");
        incident.resolvedAtMs = now;
        incident.resolvedBy = kIntegrationName;
        log(incident, QStringLiteral("resolve_log_entry"), integration, kIntegrationName, now);
        m_open.remove(dedupKey);
    }
}

void FakePagerDuty::log(Incident &incident, const QString &type, const QString &agentType,
                        const QString &agent, qint64 atMs)
{
    const QString at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate);
    incident.logEntries.append(QJsonObject{
        {QLatin1StringView("id"),
         QStringLiteral("R%1L%2").arg(incident.number).arg(incident.logEntries.size() + 1)},
        {QLatin1StringView("type"), type},
        {QLatin1StringView("created_at"), at},
        {QLatin1StringView("agent"), QJsonObject{{QLatin1StringView("type"), agentType},
                                                 {QLatin1StringView("summary"), agent}}}});
}

void FakePagerDuty::addApiToken(const QString &token)
{
    m_apiTokens.insert(token);
}

void FakePagerDuty::injectRestRateLimit(int count, const QByteArray &retryAfter)
{
    m_restRateLimited = count;
    m_restRetryAfter = retryAfter;
}

int FakePagerDuty::restRequestCount() const
{
    return m_restRequests;
}

bool FakePagerDuty::acknowledgeFromPhone(const QString &dedupKey, const QString &user)
{
    return changeFromPhone(dedupKey, user, false);
}

bool FakePagerDuty::resolveFromPhone(const QString &dedupKey, const QString &user)
{
    return changeFromPhone(dedupKey, user, true);
}

bool FakePagerDuty::changeFromPhone(const QString &dedupKey, const QString &user, bool resolve)
{
    const auto it = m_open.constFind(dedupKey);
    if (it == m_open.cend())
        return false;
    Incident &incident = m_incidents[it.value()];
    const qint64 now = nowMs();
    if (resolve) {
        incident.status = QStringLiteral("resolved");
        incident.resolvedAtMs = now;
        incident.resolvedBy = user;
        m_open.remove(dedupKey);
    } else {
        incident.status = QStringLiteral("acknowledged");
        incident.acknowledgedAtMs = now;
        incident.acknowledgedBy = user;
    }
    log(incident,
        resolve ? QStringLiteral("resolve_log_entry") : QStringLiteral("acknowledge_log_entry"),
        QStringLiteral("user_reference"), user, now);
    return true;
}

QJsonObject FakePagerDuty::incidentJson(const Incident &i) const
{
    const auto iso = [](qint64 ms) -> QJsonValue {
        if (ms <= 0)
            return QJsonValue::Null;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    const QString id = QStringLiteral("PINC%1").arg(i.number, 4, 10, QLatin1Char('0'));
    QJsonArray acknowledgements;
    if (i.status == QLatin1StringView("acknowledged"))
        acknowledgements.append(
            QJsonObject{{QLatin1StringView("at"), iso(i.acknowledgedAtMs)},
                        {QLatin1StringView("acknowledger"),
                         QJsonObject{{QLatin1StringView("type"), QStringLiteral("user_reference")},
                                     {QLatin1StringView("summary"), i.acknowledgedBy}}}});
    const bool resolved = i.status == QLatin1StringView("resolved");
    const bool acknowledged = i.status == QLatin1StringView("acknowledged");
    QJsonValue changedBy = QJsonValue::Null;
    if (resolved || acknowledged)
        changedBy =
            QJsonObject{{QLatin1StringView("type"), QStringLiteral("user_reference")},
                        {QLatin1StringView("summary"), resolved ? i.resolvedBy : i.acknowledgedBy}};
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("type"), QStringLiteral("incident")},
        {QLatin1StringView("incident_number"), i.number},
        {QLatin1StringView("title"), i.summary},
        {QLatin1StringView("status"), i.status},
        {QLatin1StringView("incident_key"), i.dedupKey},
        {QLatin1StringView("created_at"), iso(std::max<qint64>(1, i.openedAtMs))},
        {QLatin1StringView("html_url"),
         QString(QStringLiteral("https://example.pagerduty.com/incidents/") + id)},
        {QLatin1StringView("service"),
         QJsonObject{{QLatin1StringView("id"), kServiceId},
                     {QLatin1StringView("type"), QStringLiteral("service_reference")}}},
        {QLatin1StringView("acknowledgements"), acknowledgements},
        {QLatin1StringView("last_status_change_by"), changedBy},
        {QLatin1StringView("last_status_change_at"), iso(resolved       ? i.resolvedAtMs
                                                         : acknowledged ? i.acknowledgedAtMs
                                                                        : i.openedAtMs)},
        {QLatin1StringView("resolved_at"), iso(resolved ? i.resolvedAtMs : 0)}};
}

// The REST API v2 as PagerDuty answers it for the parts Earshot reads.
HttpResponse FakePagerDuty::handleRest(const HttpRequest &request)
{
    ++m_restRequests;
    if (m_restRateLimited > 0) {
        --m_restRateLimited;
        HttpResponse limited = HttpResponse::json(
            429, "{\"error\":{\"message\":\"Rate Limit Exceeded\",\"code\":2020}}");
        limited.withHeader("ratelimit-limit", "960").withHeader("ratelimit-remaining", "0");
        if (!m_restRetryAfter.isEmpty())
            limited.withHeader("Retry-After", m_restRetryAfter);
        return limited;
    }
    const QByteArray auth = request.header("authorization");
    const QByteArray prefix = "Token token=";
    if (!auth.startsWith(prefix) ||
        !m_apiTokens.contains(QString::fromUtf8(auth.mid(prefix.size()))))
        return HttpResponse::json(401, "{\"error\":{\"message\":\"Unauthorized\",\"code\":2006}}");
    if (!request.header("accept").contains("application/vnd.pagerduty+json;version=2"))
        return HttpResponse::json(406,
                                  "{\"error\":{\"message\":\"Not Acceptable\",\"code\":2001}}");
    if (request.method != "GET")
        return HttpResponse::json(403, "{\"error\":{\"message\":\"Read-only key\",\"code\":2010}}");
    const auto withRateHeaders = [](HttpResponse r) {
        r.withHeader("ratelimit-limit", "960").withHeader("ratelimit-remaining", "900");
        r.withHeader("ratelimit-reset", "30");
        return r;
    };
    if (request.path == "/abilities") // what a key may do: the usual token check
        return withRateHeaders(
            HttpResponse::json(200, "{\"abilities\":[\"teams\",\"read_only_users\"]}"));
    const QList<QByteArray> parts = request.path.split('/');
    if (parts.size() == 2) { // /incidents
        const QString key =
            request.query.queryItemValue(QStringLiteral("incident_key"), QUrl::FullyDecoded);
        const QString service =
            request.query.queryItemValue(QStringLiteral("service_ids[]"), QUrl::FullyDecoded);
        const bool allTime =
            request.query.queryItemValue(QStringLiteral("date_range")) == QLatin1StringView("all");
        QJsonArray list;
        for (const Incident &i : m_incidents) {
            if (!key.isEmpty() && i.dedupKey != key)
                continue;
            if (!service.isEmpty() && service != kServiceId)
                continue;
            if (!allTime && i.openedAtMs < nowMs() - 30LL * 86'400'000)
                continue;
            list.append(incidentJson(i));
        }
        const QJsonObject body{{QLatin1StringView("incidents"), list},
                               {QLatin1StringView("limit"), 25},
                               {QLatin1StringView("offset"), 0},
                               {QLatin1StringView("more"), false}};
        return withRateHeaders(
            HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    if (parts.size() == 4 && parts[3] == "log_entries") {
        const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(parts[2]));
        for (const Incident &i : m_incidents) {
            if (QStringLiteral("PINC%1").arg(i.number, 4, 10, QLatin1Char('0')) != id)
                continue;
            QJsonArray entries;
            // Newest first, as PagerDuty lists them.
            for (qsizetype e = i.logEntries.size() - 1; e >= 0; --e)
                entries.append(i.logEntries[e]);
            const QJsonObject body{{QLatin1StringView("log_entries"), entries},
                                   {QLatin1StringView("more"), false}};
            return withRateHeaders(
                HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
    }
    return HttpResponse::json(404, "{\"error\":{\"message\":\"Not Found\",\"code\":2100}}");
}

} // namespace earshot
