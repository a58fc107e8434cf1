#include "app/demo/FakeGenesysCloud.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/model/TimeWindow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

namespace earshot {

namespace {

HttpResponse apiError(int status, const QByteArray &code, const QByteArray &message)
{
    QJsonObject body{
        {QLatin1StringView("message"), QString::fromUtf8(message)},
        {QLatin1StringView("code"), QString::fromLatin1(code)},
        {QLatin1StringView("status"), status},
        {QLatin1StringView("contextId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse badRequest(const QByteArray &message)
{
    return apiError(400, "bad.request", message);
}

HttpResponse oauthError(int status, const QByteArray &error, const QByteArray &description)
{
    return HttpResponse::json(status, "{\"error\":\"" + error + "\",\"error_description\":\"" +
                                          description + "\"}");
}

// The details query body as the real API checks it: a 400 with a reason for nonsense.
std::optional<QByteArray> detailsQueryProblem(const QJsonObject &body)
{
    const QJsonValue order = body.value(QLatin1StringView("order"));
    if (!order.isUndefined() && order.toString() != QLatin1StringView("asc") &&
        order.toString() != QLatin1StringView("desc"))
        return QByteArray("order must be asc or desc");
    const QJsonValue paging = body.value(QLatin1StringView("paging"));
    if (!paging.isUndefined()) {
        if (!paging.isObject())
            return QByteArray("paging must be an object");
        for (const auto key : {QLatin1StringView("pageSize"), QLatin1StringView("pageNumber")}) {
            const QJsonValue v = paging.toObject().value(key);
            if (!v.isUndefined() && (!v.isDouble() || v.toDouble() != double(v.toInt())))
                return QByteArray("paging.") + QByteArray(key.data(), key.size()) +
                       " must be an integer";
        }
    }
    const QJsonValue filters = body.value(QLatin1StringView("segmentFilters"));
    if (filters.isUndefined())
        return std::nullopt;
    if (!filters.isArray())
        return QByteArray("segmentFilters must be an array");
    for (const QJsonValue &f : filters.toArray()) {
        const QJsonObject filter = f.toObject();
        const QString type = filter.value(QLatin1StringView("type")).toString();
        if (type != QLatin1StringView("and") && type != QLatin1StringView("or"))
            return QByteArray("segmentFilters[].type must be and / or");
        const QJsonValue predicates = filter.value(QLatin1StringView("predicates"));
        if (!predicates.isArray() || predicates.toArray().isEmpty())
            return QByteArray("segmentFilters[].predicates must be a non-empty array");
        for (const QJsonValue &p : predicates.toArray()) {
            const QJsonObject predicate = p.toObject();
            if (predicate.value(QLatin1StringView("dimension")).toString().isEmpty() ||
                !predicate.value(QLatin1StringView("value")).isString())
                return QByteArray("a predicate needs a dimension and a string value");
            const QJsonValue op = predicate.value(QLatin1StringView("operator"));
            if (!op.isUndefined() && op.toString() != QLatin1StringView("matches") &&
                op.toString() != QLatin1StringView("exists") &&
                op.toString() != QLatin1StringView("notExists"))
                return QByteArray("predicate operator must be matches, exists or notExists");
        }
    }
    return std::nullopt;
}

} // namespace

HttpResponse FakeGenesysCloud::errorAnswer(int status, const QByteArray &code,
                                           const QByteArray &message)
{
    return apiError(status, code, message);
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

void FakeGenesysCloud::throttleNext(const QByteArray &pathPrefix, int requests,
                                    const QByteArray &retryAfter)
{
    m_throttlePath = pathPrefix;
    m_throttleLeft = requests;
    m_throttleRetryAfter = retryAfter;
}

void FakeGenesysCloud::setAnswerHook(AnswerHook *hook)
{
    m_hook = hook;
}

void FakeGenesysCloud::revokeAllTokens()
{
    m_tokens.clear();
}

void FakeGenesysCloud::setRateLimit(int allowedPerMinute, bool enforce)
{
    m_rateAllowed = std::max(1, allowedPerMinute);
    m_rateEnforced = enforce;
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

int FakeGenesysCloud::liveTokens() const
{
    int n = 0;
    for (const qint64 expiry : m_tokens) {
        if (m_clock.nowMs() < expiry)
            ++n;
    }
    return n;
}

bool FakeGenesysCloud::throttled(const QByteArray &path)
{
    if (m_throttleLeft <= 0 || !path.startsWith(m_throttlePath))
        return false;
    --m_throttleLeft;
    return true;
}

void FakeGenesysCloud::setDateOffsetMs(qint64 offsetMs)
{
    m_dateOffsetMs = offsetMs;
}

void FakeGenesysCloud::setDateClock(const Clock *clock)
{
    m_dateClock = clock;
}

bool FakeGenesysCloud::overRateLimit()
{
    const qint64 minute = m_clock.nowSecs() / 60;
    if (minute != m_rateMinute) {
        m_rateMinute = minute;
        m_rateCount = 0;
    }
    ++m_rateCount;
    return m_rateEnforced && m_rateCount > m_rateAllowed;
}

void FakeGenesysCloud::addRateLimitHeaders(HttpResponse &response)
{
    response.withHeader("inin-ratelimit-count", QByteArray::number(m_rateCount))
        .withHeader("inin-ratelimit-allowed", QByteArray::number(m_rateAllowed))
        .withHeader("inin-ratelimit-reset", QByteArray::number(60 - m_clock.nowSecs() % 60))
        .withHeader("ININ-Correlation-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

HttpResponse FakeGenesysCloud::handle(const HttpRequest &request)
{
    ++m_requestCounts[request.path];
    std::optional<HttpResponse> hooked = m_hook ? m_hook->answerFor(request) : std::nullopt;
    const bool limited = overRateLimit();
    const auto api = [&](HttpResponse (FakeGenesysCloud::*answer)(const HttpRequest &) const) {
        return authorized(request) ? (this->*answer)(request)
                                   : apiError(401, "bad.credentials", "Invalid login credentials.");
    };
    HttpResponse response;
    if (hooked) {
        response = std::move(*hooked);
    } else if (throttled(request.path)) {
        response = apiError(429, "too.many.requests.retry.after", "Rate limit exceeded");
        response.withHeader("Retry-After", m_throttleRetryAfter);
    } else if (limited && request.path != "/oauth/token") {
        response = apiError(429, "too.many.requests.retry.after", "Rate limit exceeded");
        response.withHeader("Retry-After", QByteArray::number(60 - m_clock.nowSecs() % 60));
    } else if (request.path == "/oauth/token") {
        response = token(request);
    } else if (request.path == "/api/v2/routing/queues") {
        response = api(&FakeGenesysCloud::queues);
    } else if (request.path == "/api/v2/analytics/conversations/details/query") {
        response = api(&FakeGenesysCloud::details);
    } else if (request.path == "/api/v2/analytics/quality/summary") {
        response = api(&FakeGenesysCloud::summary);
    } else {
        response = apiError(404, "not.found", "The requested resource was not found.");
    }
    addRateLimitHeaders(response);
    // RFC 9110 IMF-fixdate, always English, always GMT.
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(
        (m_dateClock ? *m_dateClock : m_clock).nowMs() + m_dateOffsetMs, Qt::UTC);
    response.withHeader(
        "Date",
        QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
    if (m_hook)
        m_hook->spoil(request, response);
    qCDebug(lcSimulator).noquote()
        << "fake Genesys:" << request.method << request.path << "->" << response.status;
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
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, "invalid_request",
                          "Content-Type must be application/x-www-form-urlencoded");
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type")) !=
        QLatin1StringView("client_credentials"))
        return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials");
    const QByteArray expected = "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64();
    if (request.header("authorization") != expected)
        return oauthError(401, "invalid_client", "client authentication failed");
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
    if (request.method != "GET")
        return apiError(405, "method.not.allowed", "GET only");
    const QString sizeText = request.query.queryItemValue(QStringLiteral("pageSize"));
    const QString pageText = request.query.queryItemValue(QStringLiteral("pageNumber"));
    bool sizeOk = true;
    bool pageOk = true;
    const int pageSize = sizeText.isEmpty() ? 25 : sizeText.toInt(&sizeOk);
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&pageOk);
    if (!sizeOk || !pageOk || pageSize < 1 || pageSize > 500 || page < 1)
        return badRequest("pageSize must be 1..500 and pageNumber >= 1");
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
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest("The request body is not a JSON object");
    const QJsonObject body = doc.object();
    const auto interval = parseIsoInterval(body.value(QLatin1StringView("interval")).toString());
    if (!interval || interval->end <= interval->start)
        return badRequest("interval is required: two ISO-8601 instants, start before end");
    if (const auto problem = detailsQueryProblem(body))
        return badRequest(*problem);
    const QJsonObject paging = body.value(QLatin1StringView("paging")).toObject();
    const int pageSize = paging.value(QLatin1StringView("pageSize")).toInt(25);
    const int page = paging.value(QLatin1StringView("pageNumber")).toInt(1);
    if (pageSize < 1 || pageSize > 100 || page < 1)
        return badRequest("paging.pageSize must be 1..100, pageNumber >= 1");
    if (qint64(page) * pageSize > 100'000)
        return badRequest("Cannot page past 100000 results");
    // Every simulated call is a voice call: only the queue predicates filter.
    QSet<QString> queueFilter;
    for (const QJsonValue &f : body.value(QLatin1StringView("segmentFilters")).toArray()) {
        for (const QJsonValue &p : f.toObject().value(QLatin1StringView("predicates")).toArray()) {
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
    if (request.method != "GET")
        return apiError(405, "method.not.allowed", "GET only");
    if (request.query.queryItemValue(QStringLiteral("granularity")) !=
        QLatin1StringView("FIVE_MINUTES"))
        return badRequest("granularity must be FIVE_MINUTES");
    const QString intervalText =
        request.query.queryItemValue(QStringLiteral("interval"), QUrl::FullyDecoded);
    const auto interval = parseIsoInterval(intervalText);
    if (!interval || interval->end <= interval->start)
        return badRequest("interval is required: two ISO-8601 instants, start before end");
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
