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
// formats: OAuth client credentials, routing queues, the conversation details query and
// the guide's quality summary endpoint. Faults can be queued to hit the next matching
// requests. Used by the tests and by demo mode.
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
    void revokeAllTokens();

    [[nodiscard]] int requestCount(const QByteArray &pathPrefix) const;
    [[nodiscard]] int tokensIssued() const;

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse queues(const HttpRequest &request) const;
    HttpResponse details(const HttpRequest &request) const;
    HttpResponse summary(const HttpRequest &request) const;
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
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
};

} // namespace earshot
