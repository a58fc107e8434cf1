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
    qint64 sentAtMs = 0; // this attempt's request left (Clock)
};

namespace {

QString withCorrelation(const QString &text, const QByteArray &correlationId)
{
    if (correlationId.isEmpty())
        return text;
    return QCoreApplication::translate("GenesysApiClient", "%1 (ININ-Correlation-Id %2)")
        .arg(text, QString::fromLatin1(correlationId));
}

// A login that may work a moment later: the network or the login service itself failed.
bool isPassingLoginFault(ErrorKind kind)
{
    return kind == ErrorKind::NetworkOffline || kind == ErrorKind::AuthUnavailable;
}

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

qint64 GenesysApiClient::rateLimitedUntilMs() const
{
    return m_rateLimitedUntilMs;
}

qint64 GenesysApiClient::requestsStarted() const
{
    return m_requestsStarted;
}

std::optional<qint64> GenesysApiClient::clockOffsetMs() const
{
    return m_clockOffsetMs;
}

void GenesysApiClient::send(const ApiCall &call, QObject *context, Callback callback)
{
    auto a = std::make_shared<Attempt>();
    a->call = call;
    a->label = call.label();
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
            // Refused credentials are final here; an unreachable login server is not.
            if (isPassingLoginFault(token.error().kind)) {
                retryLater(a, std::nullopt, token.error().message, token.error().kind);
                return;
            }
            fail(a, token.error());
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
        ++m_requestsStarted;
        a->sentAtMs = m_clock.nowMs();
        HttpJob *job =
            HttpJob::start(m_network, a->call.verb, request, a->call.jsonBody, options, this,
                           [this, a](const HttpResult &http) { onAnswer(a, http); });
        // Owned here: a request still under way when the client goes (shutdown, a settings
        // test) is dropped with it, before the network manager it runs on.
        job->setParent(this);
    });
}

void GenesysApiClient::onAnswer(std::shared_ptr<Attempt> a, const HttpResult &http)
{
    const ApiAnswerMeta meta = readAnswerMeta(http);
    if (meta.serverDateMs)
        m_clockOffsetMs = answerClockOffsetMs(*meta.serverDateMs, a->sentAtMs, m_clock.nowMs());
    if (meta.rateLimit && *meta.rateLimit != m_rateLimit) {
        m_rateLimit = *meta.rateLimit;
        emit rateLimitChanged();
    }
    if (http.isSuccess()) {
        if (a->context)
            a->callback(http);
        return;
    }
    if (http.failure == HttpResult::Failure::TooLarge) {
        qCWarning(lcGenesys).noquote() << http.errorText;
        fail(a, Error{ErrorKind::GenesysTooLarge, http.errorText});
        return;
    }
    if (http.failure == HttpResult::Failure::Redirected) {
        // A configuration problem, not a passing fault: retrying would not change it.
        qCWarning(lcGenesys).noquote() << http.errorText;
        fail(a, Error{ErrorKind::GenesysHttp, http.errorText});
        return;
    }
    if (http.failure != HttpResult::Failure::None) {
        retryLater(a, std::nullopt, http.errorText, ErrorKind::NetworkOffline);
        return;
    }
    if (http.status == 401 && !a->refreshedToken) {
        qCInfo(lcAuth).noquote() << a->label << "answered 401; refreshing the token once";
        a->refreshedToken = true;
        m_tokens.invalidate();
        attempt(a);
        return;
    }
    if (http.status == 429) {
        std::optional<qint64> wait =
            Backoff::parseRetryAfter(http.header("Retry-After"), m_clock.nowMs());
        if (!wait && meta.rateLimit && meta.rateLimit->resetSecs >= 0)
            wait = qint64(meta.rateLimit->resetSecs) * 1000;
        if (wait)
            m_rateLimitedUntilMs = m_clock.nowMs() + *wait;
        retryLater(
            a, wait,
            withCorrelation(tr("%1: HTTP 429 too many requests").arg(a->label), meta.correlationId),
            ErrorKind::GenesysRateLimited);
        return;
    }
    if (http.status / 100 == 5 && http.status != 501) {
        retryLater(a, std::nullopt, withCorrelation(http.errorText, meta.correlationId),
                   ErrorKind::GenesysHttp);
        return;
    }
    const ApiError api = parseApiError(http.body);
    QString text = http.errorText;
    if (!api.message.isEmpty())
        text += QStringLiteral(": ") + api.message.left(300);
    if (http.status == 401)
        text += tr(" (a fresh token was refused too: check the OAuth client and its role)");
    if (http.status == 403)
        text += tr(" (the OAuth client's role lacks a permission: Analytics > Conversation "
                   "Detail > View, Routing > Queue > View)");
    text = withCorrelation(text, meta.correlationId);
    qCWarning(lcGenesys).noquote() << text;
    fail(a, Error{http.status == 401 ? ErrorKind::AuthFailed : ErrorKind::GenesysHttp, text});
}

void GenesysApiClient::retryLater(std::shared_ptr<Attempt> a, std::optional<qint64> serverDelayMs,
                                  const QString &why, ErrorKind kind)
{
    if (!a->context)
        return;
    ++a->retries;
    const bool budgetSpent = a->call.budget && a->call.budget->remaining <= 0;
    const std::optional<qint64> delay =
        budgetSpent ? std::nullopt : m_backoff.nextDelay(a->retries, serverDelayMs);
    if (!delay) {
        QString text = why;
        if (budgetSpent)
            text += tr(" (gave up: this window's retries are spent)");
        else if (serverDelayMs && *serverDelayMs > m_backoff.policy().maxRetryAfterMs)
            text += tr(" (gave up: the server asks to wait %1 s)").arg(*serverDelayMs / 1000);
        else
            text += tr(" (gave up after %1 retries)").arg(a->retries - 1);
        qCWarning(lcGenesys).noquote() << text;
        fail(a, Error{kind, text});
        return;
    }
    if (a->call.budget)
        --a->call.budget->remaining;
    const qint64 until = m_clock.nowMs() + *delay;
    qCWarning(lcGenesys).noquote() << why << "- retry" << a->retries << "in" << *delay << "ms";
    emit retryScheduled(kind, why, until);
    m_clock.callAt(until, this, [this, a] { attempt(a); });
}

void GenesysApiClient::fail(const std::shared_ptr<Attempt> &a, const Error &error)
{
    if (a->context)
        a->callback(error);
}

} // namespace earshot
