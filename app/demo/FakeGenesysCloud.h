#pragma once

#include "app/demo/ConversationFactory.h"
#include "app/demo/LoopbackHttpServer.h"
#include "core/model/QualitySample.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace earshot {

class Clock;

// An in-process Genesys Cloud on 127.0.0.1 that speaks the real request and response
// formats: OAuth client credentials (Basic auth, grant_type, expiring random tokens on the
// injected Clock), routing queues (paged), the conversation details query (validated like
// the real API, paged, "conversations" absent when empty) and the guide's quality summary
// endpoint. Every answer carries inin-ratelimit-* and ININ-Correlation-Id. Queues, data
// providers, throttling and revoked tokens can change at runtime: demo mode and the tests
// share it. Broken answers (cut bodies, dropped connections) are not its business: the
// tests inject them through an AnswerHook.
class FakeGenesysCloud : public QObject
{
    Q_OBJECT

public:
    // Lets a test harness answer in place of the fake or spoil its answer
    // (tests/support/GenesysFaults); demo mode and the product never set one.
    class AnswerHook
    {
    public:
        virtual ~AnswerHook() = default;
        // Called first for every request: an answer returned here replaces the fake's own.
        [[nodiscard]] virtual std::optional<HttpResponse> answerFor(const HttpRequest &request) = 0;
        // Called last, after the platform headers were added: may change anything.
        virtual void spoil(const HttpRequest &request, HttpResponse &response) = 0;
    };

    struct SummaryRow
    {
        QString queueId;
        QString queueName;
        bool metricsNull = false;
        std::optional<double> mosScore;
        std::optional<double> packetLossPercent;
        std::optional<double> jitterMs;
        int conversationCount = 0;
    };

    using CallsProvider = std::function<QList<SimulatedCall>(qint64 start, qint64 end)>;
    using SummaryProvider = std::function<QList<SummaryRow>(qint64 start, qint64 end)>;

    explicit FakeGenesysCloud(Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] bool listen(quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] LoopbackHttpServer &server();

    void setCredentials(const QString &clientId, const QString &clientSecret);
    void setTokenLifetimeSecs(int secs);
    void setQueues(const QList<QueueInfo> &queues);
    void setCallsProvider(CallsProvider provider);
    void setSummaryProvider(SummaryProvider provider);
    // The next `requests` requests whose path starts with pathPrefix get a 429 with this
    // Retry-After, as Genesys Cloud answers when the organisation's budget is spent.
    void throttleNext(const QByteArray &pathPrefix, int requests, const QByteArray &retryAfter);
    void setAnswerHook(AnswerHook *hook); // not owned; nullptr removes it
    void revokeAllTokens();
    // Requests per token per minute reported in inin-ratelimit-allowed; when enforced,
    // the request over the limit gets a 429 with Retry-After until the minute ends.
    void setRateLimit(int allowedPerMinute, bool enforce);
    // Every answer carries a Date header, as Genesys Cloud's do, from the clock the fake
    // was given; a test moves the fake's clock this far from it, so Earshot's clock is off
    // by -offsetMs (positive: Earshot's clock is behind).
    void setDateOffsetMs(qint64 offsetMs);
    // The clock the Date header reads, when it is not the one the fake runs on: a harness
    // that runs the fake on a simulated clock and an Earshot on the real one (nullptr: the
    // fake's own). Not owned.
    void setDateClock(const Clock *clock);

    // Requests received whose path starts with pathPrefix.
    [[nodiscard]] int requestCount(const QByteArray &pathPrefix) const;
    [[nodiscard]] int tokensIssued() const;
    // Tokens issued and not yet expired or revoked.
    [[nodiscard]] int liveTokens() const;

    // An error answer in the platform's format ({"message", "code", "status", "contextId"}).
    [[nodiscard]] static HttpResponse errorAnswer(int status, const QByteArray &code,
                                                  const QByteArray &message);

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse queues(const HttpRequest &request) const;
    HttpResponse details(const HttpRequest &request) const;
    HttpResponse summary(const HttpRequest &request) const;
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    [[nodiscard]] bool throttled(const QByteArray &path);
    [[nodiscard]] bool overRateLimit();
    void addRateLimitHeaders(HttpResponse &response);

    Clock &m_clock;
    LoopbackHttpServer m_server;
    QString m_clientId = QStringLiteral("earshot-client");
    QString m_clientSecret = QStringLiteral("earshot-secret");
    int m_tokenLifetimeSecs = 86'400;
    QHash<QString, qint64> m_tokens; // token -> expiry (ms)
    int m_tokensIssued = 0;
    QList<QueueInfo> m_queues;
    CallsProvider m_calls;
    SummaryProvider m_summary;
    AnswerHook *m_hook = nullptr;
    QByteArray m_throttlePath;
    int m_throttleLeft = 0;
    QByteArray m_throttleRetryAfter;
    QHash<QByteArray, int> m_requestCounts;
    qint64 m_rateMinute = 0;
    int m_rateCount = 0;
    int m_rateAllowed = 300;
    bool m_rateEnforced = false;
    qint64 m_dateOffsetMs = 0;
    const Clock *m_dateClock = nullptr;
};

} // namespace earshot
