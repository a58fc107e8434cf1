#include "core/genesys/GenesysApiClient.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/genesys/TokenCache.h"
#include "core/genesys/parse/GenesysParsers.h"

#include <QCoreApplication>
#include <QPointer>

namespace earshot {

struct GenesysApiClient::Attempt
{
    ApiCall call;
    QString label;
    QPointer<QObject> context;
    Callback callback;
    int retries = 0;
    bool refreshedToken = false;
};

namespace {

} // namespace

GenesysApiClient::GenesysApiClient(QNetworkAccessManager &network, Clock &clock, TokenCache &tokens,
                                   QUrl apiBase, HttpJob::Options options, BackoffPolicy backoff,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_apiBase(std::move(apiBase))
    , m_options(std::move(options))
    , m_backoff(backoff)
{
}

RateLimitBudget GenesysApiClient::rateLimit() const
{
    return m_rateLimit;
}

void GenesysApiClient::send(const ApiCall &call, QObject *context, Callback callback)
{
    auto a = std::make_shared<Attempt>();
    a->call = call;
    a->label = QString::fromLatin1(call.verb) + u' ' + call.path;
    a->context = context;
    a->callback = std::move(callback);
    attempt(a);
}

void GenesysApiClient::attempt(std::shared_ptr<Attempt> a)
{
    if (!a->context)
        return;
    m_tokens.withToken(this, [this, a](const Result<QString> &token) {
        if (!token.ok()) {
            const QString &code = token.error().code;
            // Rejected credentials are final here; an unreachable login server is not.
            if (code == QLatin1StringView("net.offline") ||
                code == QLatin1StringView("auth.unavailable")) {
                retryLater(a, std::nullopt, token.error().message, code);
                return;
            }
            if (a->context)
                a->callback(token.error());
            return;
        }
        QUrl url = m_apiBase;
        url.setPath(a->call.path);
        url.setQuery(a->call.query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.value().toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!a->call.jsonBody.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
        HttpJob::Options options = m_options;
        options.label = a->label;
        HttpJob::start(m_network, a->call.verb, request, a->call.jsonBody, options, this,
                       [this, a](const HttpResult &http) { onAnswer(a, http); });
    });
}

void GenesysApiClient::onAnswer(std::shared_ptr<Attempt> a, const HttpResult &http)
{
    readRateLimit(http);
    const QByteArray correlation = http.header("ININ-Correlation-Id");
    if (http.isSuccess()) {
        if (a->context)
            a->callback(http);
        return;
    }
    if (http.failure == HttpResult::Failure::TooLarge) {
        if (a->context)
            a->callback(Error{QStringLiteral("genesys.toolarge"), http.errorText});
        return;
    }
    if (http.failure != HttpResult::Failure::None) {
        retryLater(a, std::nullopt, http.errorText, QStringLiteral("net.offline"));
        return;
    }
    if (http.status == 401 && !a->refreshedToken) {
        qCInfo(lcAuth) << a->label << "answered 401; refreshing the token once";
        a->refreshedToken = true;
        m_tokens.invalidate();
        attempt(a);
        return;
    }
    if (http.status == 429) {
        std::optional<qint64> wait =
            Backoff::parseRetryAfter(http.header("Retry-After"), m_clock.nowMs());
        if (!wait) {
            bool ok = false;
            const int reset = http.header("inin-ratelimit-reset").toInt(&ok);
            if (ok && reset >= 0)
                wait = qint64(reset) * 1000;
        }
        retryLater(a, wait, tr("%1: HTTP 429 too many requests").arg(a->label),
                   QStringLiteral("genesys.ratelimit"));
        return;
    }
    if (http.status / 100 == 5 && http.status != 501) {
        retryLater(a, std::nullopt, http.errorText, QStringLiteral("genesys.http"));
        return;
    }
    const ApiError api = parseApiError(http.body);
    QString text = http.errorText;
    if (!api.message.isEmpty())
        text += QStringLiteral(": ") + api.message;
    if (http.status == 401)
        text += tr(" (after a token refresh: check the OAuth client's role)");
    if (http.status == 403)
        text += tr(" (the OAuth client's role lacks a permission: Analytics > Conversation "
                   "Detail > View, Routing > Queue > View)");
    qCWarning(lcGenesys).noquote() << text << "correlation id:" << correlation;
    if (a->context)
        a->callback(Error{http.status == 401 ? QStringLiteral("auth.failed")
                                             : QStringLiteral("genesys.http"),
                          text});
}

void GenesysApiClient::retryLater(std::shared_ptr<Attempt> a, std::optional<qint64> serverDelayMs,
                                  const QString &why, const QString &code)
{
    ++a->retries;
    const std::optional<qint64> delay = m_backoff.nextDelay(a->retries, serverDelayMs);
    if (!delay) {
        qCWarning(lcGenesys).noquote()
            << why << "- giving up after" << (a->retries - 1) << "retries";
        if (a->context)
            a->callback(Error{code, why});
        return;
    }
    const qint64 until = m_clock.nowMs() + *delay;
    qCWarning(lcGenesys).noquote() << why << "- retry" << a->retries << "in" << *delay << "ms";
    emit waitingUntil(until, code == QLatin1StringView("genesys.ratelimit")
                                 ? QStringLiteral("ratelimit")
                                 : QStringLiteral("backoff"));
    m_clock.callAt(until, this, [this, a] { attempt(a); });
}

void GenesysApiClient::readRateLimit(const HttpResult &http)
{
    bool ok = false;
    const int allowed = http.header("inin-ratelimit-allowed").toInt(&ok);
    if (!ok)
        return;
    m_rateLimit.allowed = allowed;
    m_rateLimit.count = http.header("inin-ratelimit-count").toInt();
    m_rateLimit.resetSecs = http.header("inin-ratelimit-reset").toInt();
    emit rateLimitChanged();
}

} // namespace earshot
