#include "ui/MonitorBinding.h"

#include "core/common/Logging.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/QueueCondition.h"
#include "core/presentation/QueueTableModel.h"
#include "core/presentation/StatusTexts.h"
#include "core/presentation/WindowAssessment.h"
#include "ui/ChartsPage.h"
#include "ui/IncidentsView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/QualityChartView.h"
#include "ui/QueueTablePage.h"
#include "ui/SilencesDialog.h"
#include "ui/StatusBarWidget.h"
#include "ui/ThresholdsPanel.h"
#include "ui/TrayNotifier.h"

#include <QTimer>

#include <algorithm>

namespace earshot {

namespace {
// Charts keep a week in memory so switching the range never waits for the database.
constexpr qint64 kChartHistorySecs = 7 * 24 * 3600;

QStringList queueKeysOf(const QList<QueueInfo> &queues)
{
    QStringList ids;
    ids.reserve(queues.size());
    for (const QueueInfo &q : queues)
        ids.append(q.id + u'\n' + q.name);
    return ids;
}
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
    connect(&monitor, &Monitor::incidentOpened, this, &MonitorBinding::onIncidentOpened);
    connect(&monitor, &Monitor::policyChanged, this, &MonitorBinding::onPolicyChanged);
    connect(&monitor, &Monitor::pollerStatusChanged, this, &MonitorBinding::onPollerStatusChanged);
    connect(&monitor, &Monitor::deliveryStatusChanged, this,
            &MonitorBinding::onDeliveryStatusChanged);
    connect(&monitor, &Monitor::followStatusChanged, this, &MonitorBinding::onFollowStatusChanged);
    connect(&monitor, &Monitor::incidentChangedInPagerDuty, this,
            &MonitorBinding::onIncidentChangedInPagerDuty);
    connect(&monitor, &Monitor::storageStatusChanged, this, [this] {
        if (m_monitor)
            m_window.statusBarWidget()->setStorageProblem(m_monitor->storageProblem());
    });
    connect(&monitor, &Monitor::sharedStatusChanged, this, [this] {
        if (m_monitor)
            m_window.statusBarWidget()->setSharedStatus(m_monitor->sharedStatus());
    });
    // A viewer's action the polling console could not carry out: said as if done here.
    connect(&monitor, &Monitor::operatorRequestRefused, this,
            [this](const QString &, const QString &subject, const QString &why) {
                reportFailure(
                    tr("The polling console could not carry out your action on %1.").arg(subject),
                    why);
            });
    connect(&monitor, &Monitor::healthStatusChanged, this, [this] {
        if (m_monitor)
            m_window.statusBarWidget()->setHealthStatus(m_monitor->healthStatus());
    });

    connect(window.queuePage(), &QueueTablePage::chartRequested, this,
            [this](const QStringList &queueIds) {
                m_operatorPickedChart = true; // from now on the operator's choice stays
                chartQueues(queueIds);
            });
    connect(window.chartsPage()->thresholdsPanel(), &ThresholdsPanel::applyRequested, this,
            &MonitorBinding::applyPolicy);
    IncidentsView *incidents = window.incidentsView();
    connect(incidents, &IncidentsView::acknowledgeRequested, this, &MonitorBinding::acknowledge);
    connect(incidents, &IncidentsView::resolveRequested, this, &MonitorBinding::resolve);
    connect(incidents, &IncidentsView::silenceRequested, this, &MonitorBinding::silence);
    connect(incidents, &IncidentsView::detailsRequested, this, [this](const QString &key) {
        if (m_monitor)
            if (const auto timeline = read(m_monitor->incidentTimeline(key)))
                m_window.incidentsView()->setTimeline(key, *timeline);
    });
    connect(window.queuePage(), &QueueTablePage::silenceRequested, this, &MonitorBinding::silence);
    SilencesDialog *silences = window.silencesDialog();
    connect(silences, &SilencesDialog::endRequested, this, [this](const QString &id) {
        if (!m_monitor)
            return;
        if (const Status s = m_monitor->endSilence(id, m_actor); !s.ok())
            reportFailure(tr("The silence was not ended."), s.error().message);
        refreshSilences();
    });
    connect(silences, &SilencesDialog::editRequested, this,
            [this](const QString &id, qint64 until, const QString &reason) {
                if (!m_monitor)
                    return;
                if (const Status s = m_monitor->editSilence(id, until, m_actor, reason); !s.ok())
                    reportFailure(tr("The silence was not changed."), s.error().message);
                refreshSilences();
            });

    // The global thresholds' preview counts over every queue with history.
    window.chartsPage()->chartView()->setAllQueuesHistorySource([this](qint64 from, qint64 to) {
        QHash<QString, QList<QualitySample>> histories;
        if (!m_monitor)
            return histories;
        const auto queues = read(m_monitor->monitoredQueues());
        for (const QueueInfo &q : queues.value_or(QList<QueueInfo>{})) {
            std::optional<QList<QualitySample>> h = read(m_monitor->history(q.id, from, to));
            if (h && !h->isEmpty())
                histories.insert(q.id, std::move(*h));
        }
        return histories;
    });

    // Open incidents' durations move with the Monitor's clock, not with new data.
    m_tick->setInterval(15'000);
    connect(m_tick, &QTimer::timeout, this, &MonitorBinding::tick);
    m_tick->start();
}

template<typename T> std::optional<T> MonitorBinding::read(const Result<T> &result)
{
    if (result.ok())
        return result.value();
    qCWarning(lcUi).noquote() << result.error().message;
    m_window.statusBarWidget()->setStorageProblem(result.error().message);
    return std::nullopt;
}

void MonitorBinding::refreshAll()
{
    if (!m_monitor)
        return;
    const QList<QueueInfo> queues = read(m_monitor->monitoredQueues()).value_or(QList<QueueInfo>{});
    QueueTablePage *table = m_window.queuePage();
    table->model()->setWindowSecs(m_monitor->windowSecs());
    table->setQueues(queues);
    m_queueIds = queueKeysOf(queues);
    table->setPolicy(m_monitor->policy());
    const QList<QualitySample> latest =
        read(m_monitor->latestSamples()).value_or(QList<QualitySample>{});
    table->setLatestSamples(latest);
    // Until the next window is stored, the newest one on record is "now" for staleness.
    qint64 newestEnd = 0;
    for (const QualitySample &s : latest)
        newestEnd = std::max(newestEnd, s.windowEnd);
    table->setCurrentWindowEnd(newestEnd);
    m_window.chartsPage()->thresholdsPanel()->setQueues(queues);
    refreshSilences();
    onPolicyChanged();
    onIncidentsChanged();
    onPollerStatusChanged();
    onDeliveryStatusChanged();
    m_window.statusBarWidget()->setHealthStatus(m_monitor->healthStatus());
    m_window.statusBarWidget()->setSharedStatus(m_monitor->sharedStatus());
    onFollowStatusChanged();
    tick();
}

void MonitorBinding::onFollowStatusChanged()
{
    if (m_monitor)
        m_window.statusBarWidget()->setFollowStatus(m_monitor->followStatus());
}

void MonitorBinding::onIncidentChangedInPagerDuty(const QString &dedupKey)
{
    if (!m_monitor)
        return;
    const auto rows = read(m_monitor->incidents());
    if (!rows)
        return; // the status bar says why
    for (const IncidentRow &r : *rows) {
        if (r.dedupKey != dedupKey)
            continue;
        // Acknowledged here first: PagerDuty only echoes the operator's own acknowledgement.
        if (r.state == IncidentRow::State::Acknowledged &&
            r.pagerDutyStatus == QLatin1StringView("acknowledged"))
            return;
        if (const QString notice = pagerDutyChangeNotice(r); !notice.isEmpty())
            m_window.tray()->notifyPagerDutyChange(notice);
        return;
    }
}

void MonitorBinding::onWindowStored(qint64 windowStart, qint64 windowEnd)
{
    if (!m_monitor)
        return;
    QueueTablePage *table = m_window.queuePage();
    // The queue directory arrives with the first poll: every monitored queue gets its row
    // (and its entry in the thresholds list) at once, idle ones too.
    if (const auto queues = read(m_monitor->monitoredQueues())) {
        if (const QStringList ids = queueKeysOf(*queues); ids != m_queueIds) {
            m_queueIds = ids;
            table->setQueues(*queues);
            m_window.chartsPage()->thresholdsPanel()->setQueues(*queues);
        }
    }
    if (const auto latest = read(m_monitor->latestSamples()))
        table->setLatestSamples(*latest);
    table->setCurrentWindowEnd(windowEnd);
    QualityChartView *chart = m_window.chartsPage()->chartView();
    QList<QualitySample> fresh;
    const QStringList charted = chart->queueIds();
    for (const QString &id : charted) {
        if (const auto window = read(m_monitor->history(id, windowStart, windowEnd)))
            fresh.append(*window);
    }
    chart->setNowSecs(m_monitor->nowSecs());
    chart->appendSamples(fresh);
    refreshSilences();
    onDeliveryStatusChanged(); // a window may have queued events while delivery is paused
    if (charted.isEmpty())
        chartSomethingUseful();
    tick();
}

void MonitorBinding::chartSomethingUseful()
{
    // Nothing charted yet: show the queue of the newest open incident, else the first queue,
    // so the Charts tab is never an empty frame on a NOC screen.
    QString queueId;
    for (const IncidentRow &r : read(m_monitor->incidents(50)).value_or(QList<IncidentRow>{})) {
        if (r.state != IncidentRow::State::Resolved) {
            queueId = r.queueId;
            break;
        }
    }
    if (queueId.isEmpty()) {
        const auto queues = read(m_monitor->monitoredQueues());
        if (queues && !queues->isEmpty())
            queueId = queues->constFirst().id;
    }
    if (!queueId.isEmpty())
        chartQueues({queueId});
}

void MonitorBinding::onIncidentOpened(const QString &queueName, const QString &dedupKey,
                                      Severity severity)
{
    if (!m_monitor)
        return;
    // The notification says what breached: the window that opened the episode is the
    // queue's newest, judged by the same rules that paged.
    QString queueId;
    for (const IncidentRow &r : read(m_monitor->incidents(50)).value_or(QList<IncidentRow>{})) {
        if (r.dedupKey == dedupKey) {
            queueId = r.queueId;
            break;
        }
    }
    QList<Breach> breaches;
    for (const QualitySample &s :
         read(m_monitor->latestSamples()).value_or(QList<QualitySample>{})) {
        if (!queueId.isEmpty() && s.queueId == queueId)
            breaches = assessWindow(s, m_monitor->policy()).breaches;
    }
    m_window.notifyIncidentOpened(queueName, severity, breaches);
}

void MonitorBinding::onIncidentsChanged()
{
    if (!m_monitor)
        return;
    const auto loaded = read(m_monitor->incidents());
    if (!loaded)
        return;
    const QList<IncidentRow> &rows = *loaded;
    m_window.queuePage()->setIncidents(rows);
    m_window.incidentsView()->setIncidents(rows);
    m_window.chartsPage()->chartView()->setIncidents(rows);
    int open = 0;
    int critical = 0;
    for (const IncidentRow &r : rows) {
        if (r.state == IncidentRow::State::Resolved)
            continue;
        ++open;
        critical += r.severity == Severity::Critical ? 1 : 0;
    }
    m_window.setOpenIncidentCount(open);
    m_window.setCriticalIncidentCount(critical);
    followNewestIncident(rows);
    refreshSilences(); // silences change with operator actions, which signal here too
}

void MonitorBinding::followNewestIncident(const QList<IncidentRow> &rows)
{
    if (m_operatorPickedChart)
        return;
    const IncidentRow *newest = nullptr;
    for (const IncidentRow &r : rows) {
        if (r.state != IncidentRow::State::Resolved && !r.queueId.isEmpty() &&
            (!newest || r.startedAt > newest->startedAt))
            newest = &r;
    }
    if (!newest || newest->dedupKey == m_followedIncident)
        return;
    m_followedIncident = newest->dedupKey;
    chartQueues({newest->queueId});
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
    const PollerStatus status = m_monitor->pollerStatus();
    m_window.statusBarWidget()->setPollerStatus(status);
    m_window.queuePage()->model()->setPollingFailed(pollingHasFailed(status.state));
}

void MonitorBinding::onDeliveryStatusChanged()
{
    if (!m_monitor)
        return;
    const DeliveryStatus status = m_monitor->deliveryStatus();
    m_window.statusBarWidget()->setDeliveryStatus(status);
    m_window.setOutboxBacklog(status.backlog);
    m_window.setPagingProblem(deliveryProblemText(status));
}

void MonitorBinding::chartQueues(const QStringList &queueIds)
{
    if (!m_monitor)
        return;
    QualityChartView *chart = m_window.chartsPage()->chartView();
    const qint64 now = m_monitor->nowSecs();
    QHash<QString, QString> names;
    for (const QueueInfo &q : read(m_monitor->monitoredQueues()).value_or(QList<QueueInfo>{}))
        names.insert(q.id, q.name);
    QList<ChartQueueHistory> histories;
    for (const QString &id : queueIds) {
        const auto history = read(m_monitor->history(id, now - kChartHistorySecs, now));
        if (!history)
            return; // the charts keep what they show
        histories.append(ChartQueueHistory{id, names.value(id, id), *history});
    }
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
    refreshSilences();
}

void MonitorBinding::refreshSilences()
{
    if (!m_monitor)
        return;
    const QList<Silence> silences = m_monitor->silences();
    m_window.queuePage()->setSilences(silences);
    QHash<QString, QString> names;
    for (const QueueInfo &q : read(m_monitor->monitoredQueues()).value_or(QList<QueueInfo>{}))
        names.insert(q.id, q.name);
    m_window.silencesDialog()->setSilences(silences, names, m_monitor->nowSecs());
}

void MonitorBinding::tick()
{
    if (!m_monitor)
        return;
    const qint64 now = m_monitor->nowSecs();
    m_window.incidentsView()->setNowSecs(now);
    m_window.queuePage()->setNowSecs(now);
}

void MonitorBinding::reportFailure(const QString &what, const QString &message)
{
    // Error messages from the core never carry secrets (they are built that way).
    qCWarning(lcUi).noquote() << what << message;
    MessageBox::warning(&m_window, tr("Earshot"), what + QStringLiteral("\n\n") + message);
}

} // namespace earshot
