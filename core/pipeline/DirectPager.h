#pragma once

#include "core/common/Backoff.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace earshot {

class Clock;
class PagerDutyClient;
class RoutingKeyProvider;
struct DeliveryOutcome;

// Earshot's own health page when the database cannot be written. The outbox lives in that
// same database, yet a database that takes no writes is exactly when the watchdog must
// page: DirectPager holds such events in memory and sends them straight to the Events API,
// in order, retrying what fails (backoff capped at OutboxDelivery::kMaxPageWaitMs; a
// refused or missing key is read again every OutboxDelivery::kKeyRecheckMs) until
// PagerDuty accepts. Nothing of it is durable: a restart forgets what waits, but a
// database that cannot be written refuses the restart too (Database::open), and the
// watchdog of the next run pages again under the same dedup key.
class DirectPager : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,     // nothing waits
        Sending,  // an event is on the wire
        Retrying, // PagerDuty failed (or no key): the next attempt is planned
    };

    DirectPager(PagerDutyClient &client, RoutingKeyProvider &keys, Clock &clock,
                BackoffPolicy backoff, QObject *parent = nullptr);

    // body: Events API v2 JSON without routing_key (added at send time).
    void send(const QString &dedupKey, const QString &action, const QByteArray &body);
    // Whether an event of dedupKey waits or is on the wire.
    [[nodiscard]] bool holds(const QString &dedupKey) const;
    // The incident is over before its trigger got out: a trigger that waits is dropped
    // (PagerDuty never heard of it, so nothing is resolved); one on the wire is followed
    // by this resolve, so the two never arrive the other way round.
    void resolve(const QString &dedupKey, const QByteArray &body);

    [[nodiscard]] State state() const;
    [[nodiscard]] QString lastError() const; // the last failure, empty after an acceptance
    [[nodiscard]] int acceptedCount() const;

signals:
    void changed();

private:
    struct Pending
    {
        QString dedupKey;
        QString action;
        QByteArray body;
        int attempts = 0;
    };

    void pump();
    void onOutcome(const DeliveryOutcome &outcome);
    void retryAt(qint64 atMs);

    PagerDutyClient &m_client;
    RoutingKeyProvider &m_keys;
    Clock &m_clock;
    Backoff m_backoff;
    QList<Pending> m_pending; // the first is on the wire while m_onWire
    bool m_onWire = false;
    bool m_waiting = false; // a retry is planned
    quint64 m_generation = 0;
    QString m_error;
    int m_accepted = 0;
};

} // namespace earshot
