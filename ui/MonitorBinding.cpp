#include "ui/MonitorBinding.h"

#include "core/common/Logging.h"
#include "ui/ChartsPage.h"
#include "ui/IncidentsView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/QualityChartView.h"
#include "ui/QueueTablePage.h"
#include "ui/StatusBarWidget.h"
#include "ui/ThresholdsPanel.h"

#include <QTimer>

#include <algorithm>

namespace earshot {

namespace {
// Charts keep a week in memory so switching the range never waits for the database.
constexpr qint64 kChartHistorySecs = 7 * 24 * 3600;
} // namespace

MonitorBinding::MonitorBinding(Monitor &monitor, MainWindow &window, QString actor)
    : QObject(&window)
    , m_monitor(&monitor)
    , m_window(window)
    , m_actor(std::move(actor))
    , m_tick(new QTimer(this))
{
    connect(&monitor, &Monitor::windowStored, this, &MonitorBinding::onWindowStored);
    connect(&monitor, &Monitor::incidentsChanged, this, &MonitorBinding::onIncidentsChanged);
    connect(&monitor, &Monitor::incidentOpened, &window, &MainWindow::notifyIncidentOpened);
    connect(&monitor, &Monitor::policyChanged, this, &MonitorBinding::onPolicyChanged);
    connect(&monitor, &Monitor::pollerStatusChanged, this, &MonitorBinding::onPollerStatusChanged);
    connect(&monitor, &Monitor::deliveryStatusChanged, this,
            &MonitorBinding::onDeliveryStatusChanged);
    connect(&monitor, &Monitor::storageStatusChanged, this, [this] {
        if (m_monitor)
            m_window.statusBarWidget()->setStorageProblem(m_monitor->storageProblem());
    });

    connect(window.queuePage(), &QueueTablePage::chartRequested, this,
            &MonitorBinding::chartQueues);
    connect(window.chartsPage()->thresholdsPanel(), &ThresholdsPanel::applyRequested, this,
            &MonitorBinding::applyPolicy);
    IncidentsView *incidents = window.incidentsView();
    connect(incidents, &IncidentsView::acknowledgeRequested, this, &MonitorBinding::acknowledge);
    connect(incidents, &IncidentsView::resolveRequested, this, &MonitorBinding::resolve);
    connect(incidents, &IncidentsView::silenceRequested, this, &MonitorBinding::silence);

    // Open incidents' durations move with the Monitor's clock, not with new data.
    m_tick->setInterval(15'000);
    connect(m_tick, &QTimer::timeout, this, &MonitorBinding::tick);
    m_tick->start();
}

void MonitorBinding::refreshAll()
{
    if (!m_monitor)
        return;
    const QList<QueueInfo> queues = m_monitor->knownQueues();
    QueueTablePage *table = m_window.queuePage();
    table->setQueues(queues);
    table->setPolicy(m_monitor->policy());
    const QList<QualitySample> latest = m_monitor->latestSamples();
    table->setLatestSamples(latest);
    // Until the next window is stored, the newest one on record is "now" for staleness.
    qint64 newestEnd = 0;
    for (const QualitySample &s : latest)
        newestEnd = std::max(newestEnd, s.windowEnd);
    table->setCurrentWindowEnd(newestEnd);
    m_window.chartsPage()->thresholdsPanel()->setQueues(queues);
    table->setSilences(m_monitor->silences());
    onPolicyChanged();
    onIncidentsChanged();
    onPollerStatusChanged();
    onDeliveryStatusChanged();
    tick();
}

void MonitorBinding::onWindowStored(qint64 windowStart, qint64 windowEnd)
{
    if (!m_monitor)
        return;
    QueueTablePage *table = m_window.queuePage();
    table->setLatestSamples(m_monitor->latestSamples());
    table->setCurrentWindowEnd(windowEnd);
    QualityChartView *chart = m_window.chartsPage()->chartView();
    QList<QualitySample> fresh;
    const QStringList charted = chart->queueIds();
    for (const QString &id : charted)
        fresh.append(m_monitor->history(id, windowStart, windowEnd));
    chart->setNowSecs(m_monitor->nowSecs());
    chart->appendSamples(fresh);
    table->setSilences(m_monitor->silences());
    if (charted.isEmpty())
        chartSomethingUseful();
    tick();
}

void MonitorBinding::chartSomethingUseful()
{
    // Nothing charted yet: show the queue of the newest open incident, else the first queue,
    // so the Charts tab is never an empty frame on a NOC screen.
    QString queueId;
    for (const IncidentRow &r : m_monitor->incidents(50)) {
        if (r.state != IncidentRow::State::Resolved) {
            queueId = r.queueId;
            break;
        }
    }
    if (queueId.isEmpty()) {
        const QList<QueueInfo> queues = m_monitor->knownQueues();
        if (!queues.isEmpty())
            queueId = queues.constFirst().id;
    }
    if (!queueId.isEmpty())
        chartQueues({queueId});
}

void MonitorBinding::onIncidentsChanged()
{
    if (!m_monitor)
        return;
    const QList<IncidentRow> rows = m_monitor->incidents();
    m_window.queuePage()->setIncidents(rows);
    m_window.incidentsView()->setIncidents(rows);
    m_window.chartsPage()->chartView()->setIncidents(rows);
    int open = 0;
    for (const IncidentRow &r : rows)
        open += r.state != IncidentRow::State::Resolved ? 1 : 0;
    m_window.setOpenIncidentCount(open);
}

void MonitorBinding::onPolicyChanged()
{
    if (!m_monitor)
        return;
    const AlertPolicy &policy = m_monitor->policy();
    m_window.queuePage()->setPolicy(policy);
    m_window.chartsPage()->thresholdsPanel()->setPolicy(policy);
    m_window.chartsPage()->chartView()->setPolicy(policy);
}

void MonitorBinding::onPollerStatusChanged()
{
    if (!m_monitor)
        return;
    m_window.statusBarWidget()->setPollerStatus(m_monitor->pollerStatus());
}

void MonitorBinding::onDeliveryStatusChanged()
{
    if (!m_monitor)
        return;
    m_window.statusBarWidget()->setDeliveryStatus(m_monitor->deliveryStatus());
}

void MonitorBinding::chartQueues(const QStringList &queueIds)
{
    if (!m_monitor)
        return;
    QualityChartView *chart = m_window.chartsPage()->chartView();
    const qint64 now = m_monitor->nowSecs();
    QHash<QString, QString> names;
    for (const QueueInfo &q : m_monitor->knownQueues())
        names.insert(q.id, q.name);
    QList<ChartQueueHistory> histories;
    for (const QString &id : queueIds)
        histories.append(ChartQueueHistory{id, names.value(id, id),
                                           m_monitor->history(id, now - kChartHistorySecs, now)});
    chart->setNowSecs(now);
    chart->setQueueHistories(histories);
}

void MonitorBinding::applyPolicy(const AlertPolicy &policy)
{
    if (!m_monitor)
        return;
    const Status status = m_monitor->applyPolicy(policy, m_actor);
    if (!status.ok())
        reportFailure(tr("The thresholds were not applied."), status.error().message);
}

void MonitorBinding::acknowledge(const QString &dedupKey, const QString &note)
{
    if (!m_monitor)
        return;
    const Status status = m_monitor->acknowledge(dedupKey, m_actor, note);
    if (!status.ok())
        reportFailure(tr("The incident was not acknowledged."), status.error().message);
}

void MonitorBinding::resolve(const QString &dedupKey, const QString &note)
{
    if (!m_monitor)
        return;
    const Status status = m_monitor->resolve(dedupKey, m_actor, note);
    if (!status.ok())
        reportFailure(tr("The incident was not resolved."), status.error().message);
}

void MonitorBinding::silence(const QString &queueId, qint64 untilSecs, const QString &reason)
{
    if (!m_monitor)
        return;
    const Status status = m_monitor->silenceQueue(queueId, untilSecs, m_actor, reason);
    if (!status.ok()) {
        reportFailure(tr("The queue was not silenced."), status.error().message);
        return;
    }
    m_window.queuePage()->setSilences(m_monitor->silences());
}

void MonitorBinding::tick()
{
    if (!m_monitor)
        return;
    const qint64 now = m_monitor->nowSecs();
    m_window.incidentsView()->setNowSecs(now);
}

void MonitorBinding::reportFailure(const QString &what, const QString &message)
{
    // Error messages from the core never carry secrets (they are built that way).
    qCWarning(lcUi).noquote() << what << message;
    MessageBox::warning(&m_window, tr("Earshot"), what + QStringLiteral("\n\n") + message);
}

} // namespace earshot
