#pragma once

#include "core/common/Backoff.h"
#include "core/common/Result.h"
#include "core/genesys/ApiCall.h"
#include "core/http/HttpJob.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;
class TokenCache;

// Runs Platform API calls with the bearer token:
// - 401: the token is refreshed once and the request retried once, no more;
// - 429: waits Retry-After (seconds or an HTTP date), else inin-ratelimit-reset, else
//   backoff; a Retry-After beyond the policy's maxRetryAfterMs gives up (next cycle);
// - 5xx except 501, timeouts, cut-off answers and network errors: exponential backoff with
//   jitter (1, 2, 4 ... s, capped at 60 s);
// - other 4xx and oversized answers: no retry, a clear error.
// Retries are bounded per request (BackoffPolicy::maxRetries) and, when the call carries
// one, by its RetryBudget. Every wait runs on the injected Clock.
// Error codes: "auth.failed" / "auth.blocked" / "auth.missing" (credentials, or a 401 that
// survived a fresh token), "auth.unavailable" (the login server did not give a token),
// "genesys.ratelimit", "net.offline", "genesys.http", "genesys.toolarge".
class GenesysApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<HttpResult> &)>;

    GenesysApiClient(QNetworkAccessManager &network, Clock &clock, TokenCache &tokens, QUrl apiBase,
                     HttpJob::Options options, BackoffPolicy backoff, QObject *parent = nullptr);

    // The callback runs once, with a 2xx answer or an error naming the request; it is
    // dropped if `context` is destroyed first.
    void send(const ApiCall &call, QObject *context, Callback callback);

    [[nodiscard]] RateLimitBudget rateLimit() const;
    // Until when the last 429 asked us to wait (0: never rate limited).
    [[nodiscard]] qint64 rateLimitedUntilMs() const;
    // How many HTTP requests this client has put on the wire, retries included. A request is
    // started synchronously when it is due, so tests read this to prove that nothing was sent
    // (yet) without waiting for packets that must not come.
    [[nodiscard]] qint64 requestsStarted() const;
    // How far this computer's clock is off from Genesys Cloud's, from the Date of the last
    // answer that had one (answerClockOffsetMs: negative when this clock is ahead); none
    // before such an answer.
    [[nodiscard]] std::optional<qint64> clockOffsetMs() const;

signals:
    // A request waits until `untilMs` before it is sent again. `kind` says why:
    // GenesysRateLimited, NetworkOffline, AuthUnavailable or GenesysHttp.
    void retryScheduled(earshot::ErrorKind kind, const QString &message, qint64 untilMs);
    void rateLimitChanged();

private:
    struct Attempt;
    void attempt(std::shared_ptr<Attempt> a);
    void onAnswer(std::shared_ptr<Attempt> a, const HttpResult &http);
    void retryLater(std::shared_ptr<Attempt> a, std::optional<qint64> serverDelayMs,
                    const QString &why, ErrorKind kind);
    void fail(const std::shared_ptr<Attempt> &a, const Error &error);

    QNetworkAccessManager &m_network;
    Clock &m_clock;
    TokenCache &m_tokens;
    QUrl m_apiBase;
    HttpJob::Options m_options;
    Backoff m_backoff;
    RateLimitBudget m_rateLimit;
    qint64 m_rateLimitedUntilMs = 0;
    qint64 m_requestsStarted = 0;
    std::optional<qint64> m_clockOffsetMs;
};

} // namespace earshot
