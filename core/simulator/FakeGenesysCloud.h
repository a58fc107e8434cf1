#pragma once

#include "core/model/QualitySample.h"
#include "core/simulator/ConversationFactory.h"
#include "core/simulator/LoopbackHttpServer.h"

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
// endpoint. Every answer carries inin-ratelimit-* and ININ-Correlation-Id. Faults queue up
// (first in, first out) and hit the next requests whose path matches. Queues, data
// providers and faults can all change at runtime: tests and demo mode share it.
class FakeGenesysCloud : public QObject
{
    Q_OBJECT

public:
    struct Fault
    {
        QByteArray pathPrefix; // which requests it hits ("/api/v2/analytics", "/oauth")
        int status = 0;        // answer with this status (0: answer normally)
        QByteArray retryAfter; // Retry-After header for the status, if any
        bool malformedBody = false;
        bool truncatedBody = false;
        bool nullLadenBody = false;
        int delayMs = 0; // real time, for transfer timeouts
        bool dropConnection = false;
        int repeat = 1;    // hits this many matching requests in a row (a 503 burst)
        QByteArray body;   // replaces the answer's body when set
        bool bare = false; // no inin-ratelimit-* / correlation headers (a proxy answered)

        [[nodiscard]] static Fault at(const QByteArray &pathPrefix, int status = 0,
                                      const QByteArray &retryAfter = {});
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
    void pushFault(const Fault &fault);
    void clearFaults();
    [[nodiscard]] int pendingFaults() const;
    void revokeAllTokens();
    // Requests per token per minute reported in inin-ratelimit-allowed; when enforced,
    // the request over the limit gets a 429 with Retry-After until the minute ends.
    void setRateLimit(int allowedPerMinute, bool enforce);

    // Requests received whose path starts with pathPrefix.
    [[nodiscard]] int requestCount(const QByteArray &pathPrefix) const;
    [[nodiscard]] int tokensIssued() const;
    // Tokens issued and not yet expired or revoked.
    [[nodiscard]] int liveTokens() const;

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse queues(const HttpRequest &request) const;
    HttpResponse details(const HttpRequest &request) const;
    HttpResponse summary(const HttpRequest &request) const;
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    [[nodiscard]] std::optional<Fault> takeFault(const QByteArray &path);
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
    QList<Fault> m_faults;
    QHash<QByteArray, int> m_requestCounts;
    qint64 m_rateMinute = 0;
    int m_rateCount = 0;
    int m_rateAllowed = 300;
    bool m_rateEnforced = false;
};

} // namespace earshot
