#include "core/simulator/FakeGenesysCloud.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/model/TimeWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace earshot {

namespace {

HttpResponse apiError(int status, const QByteArray &code, const QByteArray &message)
{
    return HttpResponse::json(
        status, "{\"message\":\"" + message + "\",\"code\":\"" + code +
                    "\",\"status\":" + QByteArray::number(status) + ",\"contextId\":\"" +
                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\"}");
}

} // namespace

FakeGenesysCloud::Fault FakeGenesysCloud::Fault::at(const QByteArray &pathPrefix, int status,
                                                    const QByteArray &retryAfter)
{
    Fault f;
    f.pathPrefix = pathPrefix;
    f.status = status;
    f.retryAfter = retryAfter;
    return f;
}

FakeGenesysCloud::FakeGenesysCloud(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_server.setHandler([this](const HttpRequest &r) { return handle(r); });
}

bool FakeGenesysCloud::listen(quint16 port)
{
    return m_server.listen(port);
}

QUrl FakeGenesysCloud::baseUrl() const
{
    return m_server.baseUrl();
}

LoopbackHttpServer &FakeGenesysCloud::server()
{
    return m_server;
}

void FakeGenesysCloud::setCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void FakeGenesysCloud::setTokenLifetimeSecs(int secs)
{
    m_tokenLifetimeSecs = secs;
}

void FakeGenesysCloud::setQueues(const QList<QueueInfo> &queues)
{
    m_queues = queues;
}

void FakeGenesysCloud::setCallsProvider(CallsProvider provider)
{
    m_calls = std::move(provider);
}

void FakeGenesysCloud::setSummaryProvider(SummaryProvider provider)
{
    m_summary = std::move(provider);
}

void FakeGenesysCloud::pushFault(const Fault &fault)
{
    m_faults.append(fault);
}

void FakeGenesysCloud::clearFaults()
{
    m_faults.clear();
}

void FakeGenesysCloud::revokeAllTokens()
{
    m_tokens.clear();
}

int FakeGenesysCloud::requestCount(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    }
    return n;
}

int FakeGenesysCloud::tokensIssued() const
{
    return m_tokensIssued;
}

void FakeGenesysCloud::addRateLimitHeaders(HttpResponse &response)
{
    const qint64 minute = m_clock.nowSecs() / 60;
    if (minute != m_rateMinute) {
        m_rateMinute = minute;
        m_rateCount = 0;
    }
    ++m_rateCount;
    response.withHeader("inin-ratelimit-count", QByteArray::number(m_rateCount))
        .withHeader("inin-ratelimit-allowed", "300")
        .withHeader("inin-ratelimit-reset", QByteArray::number(60 - m_clock.nowSecs() % 60))
        .withHeader("ININ-Correlation-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

HttpResponse FakeGenesysCloud::handle(const HttpRequest &request)
{
    ++m_requestCounts[request.path];
    HttpResponse response;
    std::optional<Fault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (request.path.startsWith(m_faults[i].pathPrefix)) {
            fault = m_faults.takeAt(i);
            break;
        }
    }
    if (fault && fault->status != 0) {
        response = fault->status == 429
                       ? apiError(429, "too.many.requests.retry.after", "Rate limit exceeded")
                       : apiError(fault->status, "fault.injected", "Injected failure");
        if (!fault->retryAfter.isEmpty())
            response.withHeader("Retry-After", fault->retryAfter);
    } else if (request.path == "/oauth/token") {
        response = token(request);
    } else if (request.path == "/api/v2/routing/queues") {
        response = authorized(request)
                       ? queues(request)
                       : apiError(401, "bad.credentials", "Invalid login credentials.");
    } else if (request.path == "/api/v2/analytics/conversations/details/query") {
        response = authorized(request)
                       ? details(request)
                       : apiError(401, "bad.credentials", "Invalid login credentials.");
    } else if (request.path == "/api/v2/analytics/quality/summary") {
        response = authorized(request)
                       ? summary(request)
                       : apiError(401, "bad.credentials", "Invalid login credentials.");
    } else {
        response = apiError(404, "not.found", "The requested resource was not found.");
    }
    if (fault) {
        if (fault->malformedBody)
            response.body = "{\"totalHits\": 3, \"conversations\": [{\"conversationId\": ";
        if (fault->nullLadenBody)
            response.body = "{\"totalHits\":null,\"conversations\":[null,{\"conversationId\":null},"
                            "{\"conversationId\":\"c-null\",\"conversationStart\":null,"
                            "\"participants\":null}],\"results\":[{\"queueId\":null,\"metrics\":"
                            "{\"mosScore\":null,\"conversationCount\":null}}],"
                            "\"access_token\":null,\"expires_in\":null}";
        if (fault->truncatedBody)
            response.truncateBodyAt = int(response.body.size() / 2);
        response.delayMs = fault->delayMs;
        response.dropConnection = fault->dropConnection;
    }
    addRateLimitHeaders(response);
    return response;
}

bool FakeGenesysCloud::authorized(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const auto it = m_tokens.constFind(QString::fromLatin1(header.mid(7)));
    return it != m_tokens.cend() && m_clock.nowMs() < it.value();
}

HttpResponse FakeGenesysCloud::token(const HttpRequest &request)
{
    if (request.method != "POST")
        return apiError(405, "method.not.allowed", "POST only");
    const QByteArray expected = "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64();
    if (request.body.trimmed() != "grant_type=client_credentials")
        return HttpResponse::json(400, "{\"error\":\"unsupported_grant_type\","
                                       "\"error_description\":\"grant_type must be "
                                       "client_credentials\"}");
    if (request.header("authorization") != expected)
        return HttpResponse::json(401, "{\"error\":\"invalid_client\","
                                       "\"error_description\":\"client authentication failed\"}");
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces) +
                          QString::number(QRandomGenerator::global()->generate64(), 36);
    m_tokens.insert(token, m_clock.nowMs() + qint64(m_tokenLifetimeSecs) * 1000);
    ++m_tokensIssued;
    return HttpResponse::json(200, "{\"access_token\":\"" + token.toLatin1() +
                                       "\",\"token_type\":\"bearer\",\"expires_in\":" +
                                       QByteArray::number(m_tokenLifetimeSecs) + "}");
}

HttpResponse FakeGenesysCloud::queues(const HttpRequest &request) const
{
    const int pageSize =
        std::clamp(request.query.queryItemValue(QStringLiteral("pageSize")).toInt(), 1, 500);
    const int page =
        std::max(1, request.query.queryItemValue(QStringLiteral("pageNumber")).toInt());
    QJsonArray entities;
    for (qsizetype i = qsizetype(page - 1) * pageSize;
         i < std::min<qsizetype>(m_queues.size(), qsizetype(page) * pageSize); ++i)
        entities.append(QJsonObject{{QLatin1StringView("id"), m_queues[i].id},
                                    {QLatin1StringView("name"), m_queues[i].name},
                                    {QLatin1StringView("memberCount"), 12}});
    const qsizetype total = m_queues.size();
    const QJsonObject body{
        {QLatin1StringView("entities"), entities},
        {QLatin1StringView("pageSize"), pageSize},
        {QLatin1StringView("pageNumber"), page},
        {QLatin1StringView("total"), qint64(total)},
        {QLatin1StringView("pageCount"), qint64((total + pageSize - 1) / pageSize)}};
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse FakeGenesysCloud::details(const HttpRequest &request) const
{
    if (request.method != "POST")
        return apiError(405, "method.not.allowed", "POST only");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const auto interval = parseIsoInterval(body.value(QLatin1StringView("interval")).toString());
    if (!interval)
        return apiError(400, "bad.request", "interval is required and must be ISO-8601");
    const QJsonObject paging = body.value(QLatin1StringView("paging")).toObject();
    const int pageSize = paging.value(QLatin1StringView("pageSize")).toInt(25);
    const int page = paging.value(QLatin1StringView("pageNumber")).toInt(1);
    if (pageSize < 1 || pageSize > 100 || page < 1)
        return apiError(400, "bad.request", "paging.pageSize must be 1..100, pageNumber >= 1");
    if (qint64(page) * pageSize > 100'000)
        return apiError(400, "bad.request", "Cannot page past 100000 results");
    QSet<QString> queueFilter;
    const QJsonArray filters = body.value(QLatin1StringView("segmentFilters")).toArray();
    for (const QJsonValue &f : filters) {
        const QJsonArray predicates = f.toObject().value(QLatin1StringView("predicates")).toArray();
        for (const QJsonValue &p : predicates) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1StringView("dimension")).toString() == QLatin1StringView("queueId"))
                queueFilter.insert(o.value(QLatin1StringView("value")).toString());
        }
    }
    QList<SimulatedCall> calls =
        m_calls ? m_calls(interval->start, interval->end) : QList<SimulatedCall>{};
    calls.removeIf([&](const SimulatedCall &c) {
        if (c.startSecs < interval->start || c.startSecs >= interval->end)
            return true;
        if (queueFilter.isEmpty())
            return false;
        for (const QString &q : c.queueIds) {
            if (queueFilter.contains(q))
                return false;
        }
        return true;
    });
    const qsizetype from = qsizetype(page - 1) * pageSize;
    const QList<SimulatedCall> slice =
        from < calls.size() ? calls.mid(from, pageSize) : QList<SimulatedCall>{};
    return HttpResponse::json(200, detailsPageJson(slice, calls.size()));
}

HttpResponse FakeGenesysCloud::summary(const HttpRequest &request) const
{
    if (request.query.queryItemValue(QStringLiteral("granularity")) !=
        QLatin1StringView("FIVE_MINUTES"))
        return apiError(400, "bad.request", "granularity must be FIVE_MINUTES");
    const QString intervalText =
        request.query.queryItemValue(QStringLiteral("interval"), QUrl::FullyDecoded);
    const auto interval = parseIsoInterval(intervalText);
    if (!interval)
        return apiError(400, "bad.request", "interval is required and must be ISO-8601");
    const QList<SummaryRow> rows =
        m_summary ? m_summary(interval->start, interval->end) : QList<SummaryRow>{};
    QJsonArray results;
    const QString iso = isoInterval(interval->start, interval->end);
    for (const SummaryRow &r : rows) {
        QJsonObject o{{QLatin1StringView("queueId"), r.queueId},
                      {QLatin1StringView("queueName"), r.queueName},
                      {QLatin1StringView("interval"), iso}};
        if (r.metricsNull) {
            o.insert(QLatin1StringView("metrics"), QJsonValue::Null);
        } else {
            const auto v = [](const std::optional<double> &x) {
                return x ? QJsonValue(*x) : QJsonValue(QJsonValue::Null);
            };
            o.insert(QLatin1StringView("metrics"),
                     QJsonObject{{QLatin1StringView("mosScore"), v(r.mosScore)},
                                 {QLatin1StringView("packetLossPercent"), v(r.packetLossPercent)},
                                 {QLatin1StringView("jitterMs"), v(r.jitterMs)},
                                 {QLatin1StringView("conversationCount"), r.conversationCount}});
        }
        results.append(o);
    }
    const QJsonObject body{{QLatin1StringView("granularity"), QStringLiteral("FIVE_MINUTES")},
                           {QLatin1StringView("interval"), iso},
                           {QLatin1StringView("results"), results}};
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace earshot
