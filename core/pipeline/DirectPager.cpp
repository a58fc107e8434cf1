#include "core/pipeline/DirectPager.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"

#include <algorithm>

namespace earshot {

DirectPager::DirectPager(PagerDutyClient &client, RoutingKeyProvider &keys, Clock &clock,
                         BackoffPolicy backoff, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
    , m_clock(clock)
    , m_backoff(backoff)
{
}

void DirectPager::send(const QString &dedupKey, const QString &action, const QByteArray &body)
{
    m_pending.append(Pending{dedupKey, action, body, 0});
    pump();
}

bool DirectPager::holds(const QString &dedupKey) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&](const Pending &p) { return p.dedupKey == dedupKey; });
}

void DirectPager::resolve(const QString &dedupKey, const QByteArray &body)
{
    // Waiting events of this key never reached PagerDuty: drop them. The one on the wire
    // may reach it: the resolve follows it.
    bool sentOne = false;
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending[i].dedupKey != dedupKey)
            continue;
        if (i == 0 && m_onWire)
            sentOne = true;
        else
            m_pending.removeAt(i);
    }
    if (sentOne)
        m_pending.append(Pending{dedupKey, QStringLiteral("resolve"), body, 0});
    if (m_pending.isEmpty()) {
        ++m_generation; // no planned retry for what was dropped
        m_waiting = false;
        m_error.clear();
    }
    emit changed();
}

DirectPager::State DirectPager::state() const
{
    if (m_onWire)
        return State::Sending;
    if (m_pending.isEmpty())
        return State::Idle;
    return State::Retrying;
}

QString DirectPager::lastError() const
{
    return m_error;
}

int DirectPager::acceptedCount() const
{
    return m_accepted;
}

void DirectPager::pump()
{
    if (m_onWire || m_waiting || m_pending.isEmpty()) {
        emit changed();
        return;
    }
    m_onWire = true;
    emit changed();
    // The key is read again for every attempt: a key entered during the outage is used.
    m_keys.refresh(this, [this](const Result<QString> &key) {
        if (m_pending.isEmpty()) { // dropped by resolve() meanwhile
            m_onWire = false;
            emit changed();
            return;
        }
        if (!key.ok()) {
            m_onWire = false;
            m_error = key.error().message;
            qCWarning(lcPagerDuty).noquote()
                << m_pending.constFirst().dedupKey << "not sent directly:" << m_error;
            retryAt(m_clock.nowMs() + OutboxDelivery::kKeyRecheckMs);
            return;
        }
        m_client.send(withRoutingKey(m_pending.constFirst().body, key.value()), this,
                      [this](const DeliveryOutcome &outcome) { onOutcome(outcome); });
    });
}

void DirectPager::onOutcome(const DeliveryOutcome &outcome)
{
    m_onWire = false;
    if (m_pending.isEmpty()) {
        emit changed();
        return;
    }
    Pending &event = m_pending.first();
    const qint64 now = m_clock.nowMs();
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Accepted:
        qCInfo(lcPagerDuty).noquote()
            << event.action << event.dedupKey << "accepted (sent directly, not stored)";
        m_pending.removeFirst();
        m_error.clear();
        ++m_accepted;
        pump();
        return;
    case DeliveryOutcome::Kind::Rejected:
    case DeliveryOutcome::Kind::TooLarge:
        // PagerDuty will never take this body (a health event is small: a 413 is not a
        // body to shrink). Said in the status; the next event goes on.
        qCWarning(lcPagerDuty).noquote()
            << event.dedupKey << "refused, not sent directly:" << outcome.message;
        m_error = outcome.message;
        m_pending.removeFirst();
        pump();
        return;
    case DeliveryOutcome::Kind::KeyRejected:
        m_error = outcome.message;
        qCWarning(lcPagerDuty).noquote() << event.dedupKey << "not sent directly:" << m_error;
        retryAt(now + OutboxDelivery::kKeyRecheckMs);
        return;
    case DeliveryOutcome::Kind::Retry: {
        ++event.attempts;
        const qint64 backoff =
            std::min(m_backoff.delayForRetry(event.attempts), OutboxDelivery::kMaxPageWaitMs);
        const qint64 delay = outcome.retryAfterMs ? std::clamp(*outcome.retryAfterMs, backoff,
                                                               OutboxDelivery::kMaxRetryAfterMs)
                                                  : backoff;
        m_error = outcome.message;
        qCWarning(lcPagerDuty).noquote()
            << outcome.message << "- attempt" << event.attempts << "for" << event.dedupKey
            << "(sent directly); next in" << delay << "ms";
        retryAt(now + delay);
        return;
    }
    }
}

void DirectPager::retryAt(qint64 atMs)
{
    m_waiting = true;
    const quint64 generation = ++m_generation;
    m_clock.callAt(atMs, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_waiting = false;
        pump();
    });
    emit changed();
}

} // namespace earshot
