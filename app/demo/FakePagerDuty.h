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
    };

    // Lets a test harness answer in place of the fake (tests/support/PagerDutyFaults):
    // an answer returned here is sent as it is. Demo mode and the product never set one.
    using AnswerHook = std::function<std::optional<HttpResponse>(const HttpRequest &)>;

    explicit FakePagerDuty(QObject *parent = nullptr);

    [[nodiscard]] bool listen(quint16 port = 0);
    void close();
    [[nodiscard]] QUrl eventsUrl() const;
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
};

} // namespace earshot
