#pragma once

#include "core/common/Backoff.h"
#include "core/common/Result.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace earshot {

class AuditLog;
class Clock;
struct DeliveryOutcome;
class EventOutbox;
struct OutboxEvent;
class PagerDutyClient;
class RoutingKeyProvider;

// Delivers what the outbox holds, oldest first and in order per dedup key, until
// PagerDuty answers 202 — across outages and restarts (state is in the database). Transient
// failures back off with jitter (Retry-After honoured); a 400 marks that event failed; a
// rejected or missing key pauses everything, drops nothing, and resumes when the key
// changes or an operator retries.
class OutboxDelivery : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Delivering,
        Retrying,
        Paused
    };
    static constexpr qint64 kKeyRecheckMs = 60'000;
    // A Retry-After is honoured up to this; longer ones are taken as a misbehaving proxy.
    static constexpr qint64 kMaxRetryAfterMs = 3'600'000;
    // A page is urgent: while events wait, PagerDuty is probed at least this often
    // (whatever the backoff policy says), so after an outage everything is out within it.
    static constexpr qint64 kMaxPageWaitMs = 30'000;
    // A 413 for a body that cannot shrink any more is final after this many attempts
    // (a burst of 413 from a proxy passes; an event PagerDuty will never take does not
    // block its key forever).
    static constexpr int kMaxTooLargeAttempts = 8;

    OutboxDelivery(EventOutbox &outbox, AuditLog *audit, PagerDutyClient &client,
                   RoutingKeyProvider &keys, Clock &clock, BackoffPolicy backoff,
                   QObject *parent = nullptr);

    void start(); // deliver continuously (GUI, headless)
    void kick();  // new events were stored
    // After a pause, or to skip the wait: every pending event is tried once now, ignoring
    // the backoff schedule (still in order per dedup key).
    void retryNow();
    // One pass for --once: every pending event is tried at most once, ignoring the backoff
    // schedule; done() fails when anything is left pending.
    void deliverAll(std::function<void(const Status &)> done);

    [[nodiscard]] State state() const;
    [[nodiscard]] int backlog() const;
    // Events PagerDuty finally refused (stored as failed): a red state while non-zero.
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] qint64 retryAtMs() const;
    // The last failure in words (a refused key, an HTTP status), empty after a success.
    [[nodiscard]] QString lastError() const;

signals:
    void stateChanged();
    void eventDelivered(qint64 id, const QString &dedupKey, const QString &action, qint64 atMs);
    void eventFailed(qint64 id, const QString &dedupKey, const QString &error);

private:
    void pump();
    void onKey(const Result<QString> &key);
    void sendNext(const QString &key);
    void onOutcome(const OutboxEvent &event, const QString &key, const DeliveryOutcome &outcome);
    void endPass();
    void scheduleWake(qint64 atMs);
    void setState(State state, const QString &text = {});
    void audit(qint64 id, const QString &dedupKey, const QString &outcome);
    void updateBacklog();
    void onTooLarge(const OutboxEvent &event, const DeliveryOutcome &outcome, qint64 at);
    void finishOnce(const Status &status);

    EventOutbox &m_outbox;
    AuditLog *m_audit;
    PagerDutyClient &m_client;
    RoutingKeyProvider &m_keys;
    Clock &m_clock;
    Backoff m_backoff;
    bool m_running = false;
    bool m_busy = false;
    bool m_pumpAgain = false;
    State m_state = State::Idle;
    QString m_text;
    QString m_pausedWithKey;
    int m_backlog = 0;
    int m_failed = 0;
    qint64 m_retryAtMs = 0;
    quint64 m_generation = 0;
    // A pass sends what is due, each event at most once; a forced pass (retryNow, --once)
    // ignores the backoff schedule.
    bool m_forcePass = false;
    bool m_forceRequested = false; // retryNow()/deliverAll() while a pass runs: the next one
    QSet<qint64> m_triedThisPass;
    QSet<QString> m_failedKeysThisPass;
    std::function<void(const Status &)> m_once; // deliverAll's callback
};

} // namespace earshot
