#include "tests/support/MonitorWorld.h"

#include <QTest>

namespace earshot::test {

World::World()
{
    if (!genesys.listen() || !pagerDuty.listen())
        qFatal("fakes could not listen");
    pagerDuty.addRoutingKey(kRoutingKey);
    script.firstWindow = kT0 - 600;
    genesys.setSummaryProvider([this](qint64 start, qint64) { return script.rows(start); });
    genesys.setQueues({{kQueue, QStringLiteral("Sales")}});
}

MonitorSetup World::setup(const QString &databasePath)
{
    MonitorSetup s;
    s.clock = &clock;
    s.databasePath = databasePath;
    s.genesys.endpoints = GenesysEndpoints{genesys.baseUrl(), genesys.baseUrl()};
    s.genesys.clientId = QStringLiteral("earshot-client");
    s.genesys.clientSecret = QStringLiteral("earshot-secret");
    s.genesys.source = QualitySourceKind::Summary;
    s.pagerduty.eventsUrl = pagerDuty.eventsUrl();
    s.fixedRoutingKey = kRoutingKey;
    return s;
}

bool World::run(Monitor &monitor, int windows)
{
    if (m_counted != &monitor) {
        m_counted = &monitor;
        m_stored = 0;
        m_target = 0;
        QObject::connect(&monitor, &Monitor::windowStored, &monitor,
                         [this, counted = &monitor](qint64, qint64) {
                             if (m_counted == counted)
                                 ++m_stored;
                         });
    }
    m_target += windows;
    for (int i = 0; i < 400 && m_stored < m_target; ++i) {
        QTest::qWait(2);
        if (clock.pendingCount() > 0 && m_stored < m_target)
            clock.advanceTo(clock.nextDueMs());
    }
    const bool reached = m_stored >= m_target;
    for (int i = 0; i < 50 && monitor.deliveryStatus().backlog > 0; ++i)
        QTest::qWait(10);
    return reached;
}

} // namespace earshot::test
