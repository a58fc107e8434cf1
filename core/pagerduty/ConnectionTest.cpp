#include "core/pagerduty/ConnectionTest.h"

#include "core/common/Clock.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/PagerDutyClient.h"

namespace earshot {

void PagerDutyConnectionTest::run(QNetworkAccessManager &network, Clock &clock,
                                  const PagerDutySettings &settings, const QString &routingKey,
                                  QObject *context, Done done)
{
    auto *test = new PagerDutyConnectionTest(network, clock, settings, std::move(done), context);
    test->start(routingKey);
}

PagerDutyConnectionTest::PagerDutyConnectionTest(QNetworkAccessManager &network, Clock &clock,
                                                 const PagerDutySettings &settings, Done done,
                                                 QObject *context)
    : QObject(context)
    , m_clock(clock)
    , m_settings(settings)
    , m_client(new PagerDutyClient(network, clock, settings, this))
    , m_done(std::move(done))
{
}

void PagerDutyConnectionTest::start(const QString &routingKey)
{
    Decision test;
    test.kind = DecisionKind::Trigger;
    test.queueName = tr("Earshot connection test");
    test.dedupKey = QStringLiteral("earshot_connection_test_%1").arg(m_clock.nowSecs());
    test.severity = Severity::Warning;
    test.at = m_clock.nowSecs();
    const auto trigger = buildEvent(test, m_settings);
    test.kind = DecisionKind::Resolve;
    const auto resolve = buildEvent(test, m_settings);
    if (!trigger || !resolve) {
        finish(false, tr("The test event could not be built."));
        return;
    }
    const QByteArray resolveBody = withRoutingKey(resolve->body, routingKey);
    m_client->send(withRoutingKey(trigger->body, routingKey), this,
                   [this, resolveBody](const DeliveryOutcome &triggered) {
                       if (triggered.kind != DeliveryOutcome::Kind::Accepted) {
                           finish(false, triggered.message);
                           return;
                       }
                       m_client->send(resolveBody, this, [this](const DeliveryOutcome &resolved) {
                           const bool accepted = resolved.kind == DeliveryOutcome::Kind::Accepted;
                           finish(accepted, accepted
                                                ? tr("PagerDuty accepted a test trigger and its "
                                                     "resolve.")
                                                : resolved.message);
                       });
                   });
}

void PagerDutyConnectionTest::finish(bool accepted, const QString &message)
{
    if (m_done)
        m_done(accepted, message);
    m_done = nullptr;
    deleteLater();
}

} // namespace earshot
