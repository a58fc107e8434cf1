#include "app/demo/DemoEnvironment.h"

#include "app/demo/DemoScenario.h"
#include "app/demo/FakeGenesysCloud.h"
#include "app/demo/FakePagerDuty.h"
#include "core/common/Logging.h"
#include "core/common/ScaledClock.h"
#include "core/model/TimeWindow.h"

#include <QDateTime>
#include <QFile>

namespace earshot {

namespace {

constexpr int kWindow = 300;
constexpr int kBackfillWindows = 12;
const QString kDemoKey = QStringLiteral("demo0earshot0simulator0key000001"); // 32 characters
const QString kDemoApiToken = QStringLiteral("demo-earshot-rest-api-token");
const QString kDemoClientId = QStringLiteral("earshot-demo");
const QString kDemoClientSecret = QStringLiteral("demo-secret-not-a-real-one");

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{
}

DemoEnvironment::~DemoEnvironment() = default;

Result<std::unique_ptr<DemoEnvironment>> DemoEnvironment::create(const QString &databasePath,
                                                                 double speed, QObject *parent)
{
    std::unique_ptr<DemoEnvironment> env(new DemoEnvironment(parent));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    env->m_clock = std::make_unique<ScaledClock>(now * 1000, speed);
    // The scenario starts just as far back as the first back-fill reaches.
    const qint64 origin = alignWindowStart(now - 60, kWindow) - kBackfillWindows * kWindow;
    env->m_scenario = std::make_unique<DemoScenario>(origin, kWindow);
    env->m_origin = origin;

    env->m_genesys = std::make_unique<FakeGenesysCloud>(*env->m_clock);
    env->m_genesys->setCredentials(kDemoClientId, kDemoClientSecret);
    env->m_genesys->setTokenLifetimeSecs(1800); // refreshed every 25 simulated minutes
    QList<QueueInfo> queues;
    for (const DemoQueue &q : env->m_scenario->queues())
        queues.append(QueueInfo{q.id, q.name});
    env->m_genesys->setQueues(queues);
    DemoScenario *scenario = env->m_scenario.get();
    env->m_genesys->setSummaryProvider([scenario](qint64 start, qint64) {
        QList<FakeGenesysCloud::SummaryRow> rows;
        const QList<DemoQueue> &qs = scenario->queues();
        for (int i = 0; i < qs.size(); ++i) {
            const QueueCondition c = scenario->condition(i, start);
            FakeGenesysCloud::SummaryRow row;
            row.queueId = qs[i].id;
            row.queueName = qs[i].name;
            row.metricsNull = c.calls == 0;
            row.conversationCount = c.calls;
            // A little per-window noise, the same every time for the same window.
            const double wobble = double((start / kWindow + i * 7) % 9 - 4) / 100.0;
            row.mosScore = c.mos + wobble;
            row.packetLossPercent = std::max(0.0, c.lossPercent + wobble);
            row.jitterMs = std::max(0.0, c.jitterMs + wobble * 50);
            rows.append(row);
        }
        return rows;
    });
    env->m_genesys->setCallsProvider([scenario](qint64 start, qint64) {
        QList<QueueLoad> loads;
        const QList<DemoQueue> &qs = scenario->queues();
        for (int i = 0; i < qs.size(); ++i) {
            const QueueCondition c = scenario->condition(i, start);
            loads.append(
                QueueLoad{qs[i].id, c.calls, c.mos, c.mosSpread, c.lossPercent, c.latencyMs});
        }
        return generateWindow(quint32(start), start, kWindow, loads);
    });
    if (!env->m_genesys->listen())
        return Error{ErrorKind::DemoListen, tr("the demo's Genesys simulator could not listen")};
    env->m_pagerDuty = std::make_unique<FakePagerDuty>();
    env->m_pagerDuty->addRoutingKey(kDemoKey);
    env->m_pagerDuty->addApiToken(kDemoApiToken);
    env->m_pagerDuty->setClock(env->m_clock.get());
    if (!env->m_pagerDuty->listen())
        return Error{ErrorKind::DemoListen, tr("the demo's PagerDuty simulator could not listen")};

    QFile::remove(databasePath); // every demo starts from a clean slate
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));

    MonitorSetup setup;
    setup.clock = env->m_clock.get();
    setup.databasePath = databasePath;
    setup.genesys.endpoints =
        GenesysEndpoints{env->m_genesys->baseUrl(), env->m_genesys->baseUrl()};
    setup.genesys.clientId = kDemoClientId;
    setup.genesys.clientSecret = kDemoClientSecret;
    setup.genesys.source = QualitySourceKind::Summary; // reports jitter in ms, unlike details
    setup.genesys.windowSecs = kWindow;
    setup.genesys.ingestLagSecs = kIngestLagSecs;
    setup.genesys.requestTimeoutMs = 5000;
    setup.pagerduty.eventsUrl = env->m_pagerDuty->eventsUrl();
    setup.pagerduty.clientUrl = QStringLiteral("https://earshot.invalid/demo");
    setup.fixedRoutingKey = kDemoKey;
    setup.pagerduty.apiUrl = env->m_pagerDuty->restUrl();
    setup.fixedApiToken = kDemoApiToken;
    setup.initialCursor = origin;
    setup.deliveryBackoff = BackoffPolicy{5'000, 120'000, 2.0, 0.2, -1, 3'600'000};
    setup.storm = StormPolicy{6, 0};   // the scenario's storm degrades eight queues at once
    setup.health.pageAfterWindows = 3; // the watchdog, as a configured Earshot has it
    setup.health.host = QStringLiteral("demo");
    auto monitor = Monitor::create(setup);
    if (!monitor.ok())
        return monitor.error();
    env->m_monitor = std::move(monitor).value();
    // Platform trouble and narrative for the window the poller will ask for next.
    connect(env->m_monitor.get(), &Monitor::windowStored, env.get(),
            [e = env.get()](qint64, qint64 end) { e->prepareWindow(end); });
    env->prepareWindow(origin);
    return env;
}

void DemoEnvironment::prepareWindow(qint64 windowStart)
{
    if (windowStart <= m_preparedFor || !m_storyPlays)
        return;
    m_preparedFor = windowStart;
    const QString story = m_scenario->narrative(windowStart);
    if (!story.isEmpty())
        qCInfo(lcSimulator).noquote() << "demo:" << story;
    if (m_scenario->rateLimitBurst(windowStart))
        m_genesys->throttleNext("/api/v2/analytics", 2, "20");
    if (m_scenario->revokeTokens(windowStart))
        m_genesys->revokeAllTokens();
    m_pagerDuty->setOutageStatus(m_scenario->pagerDutyOutage(windowStart) ? 503 : 0);
    // Two-way PagerDuty: an engineer acknowledges the queue's incident on a phone; the
    // follower brings "Acknowledged in PagerDuty by …" into the window and onto the wall.
    if (const int queue = m_scenario->phoneAcknowledgement(windowStart); queue >= 0) {
        const QString queueId = m_scenario->queues().at(queue).id;
        const auto rows = m_monitor->incidents(50);
        for (const IncidentRow &r : rows.ok() ? rows.value() : QList<IncidentRow>{}) {
            if (r.queueId == queueId && r.state != IncidentRow::State::Resolved)
                (void)m_pagerDuty->acknowledgeFromPhone(r.dedupKey, DemoScenario::phoneUser());
        }
    }
}

Monitor &DemoEnvironment::monitor()
{
    return *m_monitor;
}

FakePagerDuty &DemoEnvironment::pagerDuty()
{
    return *m_pagerDuty;
}

FakeGenesysCloud &DemoEnvironment::genesys()
{
    return *m_genesys;
}

const DemoScenario &DemoEnvironment::scenario() const
{
    return *m_scenario;
}

qint64 DemoEnvironment::firstWindowStart() const
{
    return m_origin;
}

void DemoEnvironment::stopStory()
{
    m_storyPlays = false;
    m_pagerDuty->setOutageStatus(0);
}

void DemoEnvironment::start()
{
    m_monitor->start();
}

} // namespace earshot
