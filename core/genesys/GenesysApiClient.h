#pragma once

#include "core/common/Backoff.h"
#include "core/common/Result.h"
#include "core/http/HttpJob.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;
class TokenCache;

struct ApiCall
{
    QByteArray verb = "GET";
    QString path; // "/api/v2/routing/queues"
    QUrlQuery query;
    QByteArray jsonBody; // for POST
};

// The last rate-limit figures Genesys sent (inin-ratelimit-*), -1 when unknown.
struct RateLimitBudget
{
    int count = -1;
    int allowed = -1;
    int resetSecs = -1;
};

// Runs Platform API calls with the bearer token: a 401 refreshes the token once and
// retries once; 429 waits Retry-After (else inin-ratelimit-reset, else backoff); 5xx
// (not 501), timeouts and network errors back off with jitter; other 4xx fail at once
// with the API's message. Waits run on the injected Clock. Error codes: "auth.*",
// "genesys.ratelimit", "net.offline", "genesys.http", "genesys.toolarge".
class GenesysApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<HttpResult> &)>;

    GenesysApiClient(QNetworkAccessManager &network, Clock &clock, TokenCache &tokens, QUrl apiBase,
                     HttpJob::Options options, BackoffPolicy backoff, QObject *parent = nullptr);

    void send(const ApiCall &call, QObject *context, Callback callback);

    [[nodiscard]] RateLimitBudget rateLimit() const;

signals:
    // A 429 (or a backoff) holds requests until this time.
    void waitingUntil(qint64 untilMs, const QString &reason);
    void rateLimitChanged();

private:
    struct Attempt;
    void attempt(std::shared_ptr<Attempt> a);
    void onAnswer(std::shared_ptr<Attempt> a, const HttpResult &http);
    void retryLater(std::shared_ptr<Attempt> a, std::optional<qint64> serverDelayMs,
                    const QString &why, const QString &code);
    void readRateLimit(const HttpResult &http);

    QNetworkAccessManager &m_network;
    Clock &m_clock;
    TokenCache &m_tokens;
    QUrl m_apiBase;
    HttpJob::Options m_options;
    Backoff m_backoff;
    RateLimitBudget m_rateLimit;
};

} // namespace earshot
