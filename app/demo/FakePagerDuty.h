#pragma once

#include "app/demo/LoopbackHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace earshot {

class Clock;

// An in-process PagerDuty Events API v2 on 127.0.0.1: validates bodies as PagerDuty does
// (a wrong routing key is a 400 that names it), answers 202, and keeps the events it
// accepted and the incidents they make, so tests and the demo can show what PagerDuty saw.
// The same port serves the REST API v2 parts Earshot reads (restUrl()): GET /incidents
// filtered by incident_key (and service_ids[]; only the last 30 days unless
// date_range=all), GET /incidents/{id}/log_entries and GET /abilities (a token check), for
// the API tokens added, with 401
// for any other token and 429s on request. acknowledgeFromPhone() and resolveFromPhone() act
// as an on-call engineer would in the PagerDuty app.
class FakePagerDuty : public QObject
{
    Q_OBJECT

public:
    struct Incident
    {
        QString dedupKey;
        QString status; // "triggered", "acknowledged", "resolved"
        QString severity;
        QString summary;
        int triggers = 0; // trigger events received for the open incident
        int number = 0;   // incidents are numbered as PagerDuty numbers them
        // From the clock given to setClock(); 0 without one, or when it did not happen.
        qint64 openedAtMs = 0;
        qint64 lastTriggerAtMs = 0;
        qint64 acknowledgedAtMs = 0;
        qint64 resolvedAtMs = 0;
        QString acknowledgedBy; // a user's name, or the integration's for an event
        QString resolvedBy;
        QList<QJsonObject> logEntries; // as GET /incidents/{id}/log_entries lists them
    };

    static inline const QString kServiceId = QStringLiteral("PEARSHT");
    static inline const QString kIntegrationName = QStringLiteral("Earshot (Events API v2)");

    // Lets a test harness answer in place of the fake (tests/support/PagerDutyFaults):
    // an answer returned here is sent as it is. Demo mode and the product never set one.
    using AnswerHook = std::function<std::optional<HttpResponse>(const HttpRequest &)>;

    explicit FakePagerDuty(QObject *parent = nullptr);

    [[nodiscard]] bool listen(quint16 port = 0);
    void close();
    [[nodiscard]] QUrl eventsUrl() const;
    [[nodiscard]] QUrl restUrl() const; // the REST API's base, for [pagerduty] api_url
    [[nodiscard]] LoopbackHttpServer &server();

    void addRoutingKey(const QString &key);
    void removeRoutingKey(const QString &key);
    void setAnswerHook(AnswerHook hook);
    // While set, every request gets this status (e.g. 503): an outage.
    void setOutageStatus(int status);
    // An outage where connections are refused: the port is closed, and opened again (the
    // same port, so eventsUrl() stays valid) when set back to false.
    [[nodiscard]] bool setRefusing(bool refusing);
    void setClock(const Clock *clock);

    // The REST API: tokens it accepts (others get 401).
    void addApiToken(const QString &token);
    // The next `count` REST requests are answered 429 with this Retry-After (none if empty).
    void injectRestRateLimit(int count, const QByteArray &retryAfter = {});
    [[nodiscard]] int restRequestCount() const; // answered REST requests, any status
    // "From a phone": the open incident of the key acknowledged / resolved by `user`, as the
    // PagerDuty app does it. False when the key has no open incident.
    bool acknowledgeFromPhone(const QString &dedupKey, const QString &user);
    bool resolveFromPhone(const QString &dedupKey, const QString &user);

    [[nodiscard]] const QList<QJsonObject> &acceptedEvents() const;
    // Drops the accepted events kept so far (a long soak keeps its own record through
    // eventAccepted and must not measure this list growing); incidents stay.
    void forgetAcceptedEvents();
    [[nodiscard]] QList<Incident> incidents() const; // in the order they were opened
    [[nodiscard]] std::optional<Incident> incident(const QString &dedupKey) const;
    [[nodiscard]] int rejectedCount() const;

signals:
    void eventAccepted(const QJsonObject &event);

private:
    HttpResponse handle(const HttpRequest &request);
    [[nodiscard]] QStringList validate(const QJsonObject &event) const;

    [[nodiscard]] qint64 nowMs() const;
    void apply(const QString &action, const QString &dedupKey, const QJsonObject &event);
    HttpResponse handleRest(const HttpRequest &request);
    [[nodiscard]] QJsonObject incidentJson(const Incident &incident) const;
    bool changeFromPhone(const QString &dedupKey, const QString &user, bool resolve);
    void log(Incident &incident, const QString &type, const QString &agentType,
             const QString &agent, qint64 atMs);

    LoopbackHttpServer m_server;
    const Clock *m_clock = nullptr;
    quint16 m_port = 0;
    QSet<QString> m_keys;
    AnswerHook m_hook;
    int m_outageStatus = 0;
    QList<QJsonObject> m_accepted;
    int m_forgotten = 0;         // accepted events dropped by forgetAcceptedEvents()
    QList<Incident> m_incidents; // all, including resolved
    QHash<QString, int> m_open;  // dedup key -> index of its open incident
    int m_rejected = 0;
    QSet<QString> m_apiTokens;
    int m_restRateLimited = 0;
    QByteArray m_restRetryAfter;
    int m_restRequests = 0;
};

} // namespace earshot
