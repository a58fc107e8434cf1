#include "ui/wall/WallBinding.h"

#include "core/common/Logging.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/presentation/StatusTexts.h"
#include "ui/wall/WallView.h"

#include <QApplication>
#include <QTimer>

#include <algorithm>

namespace earshot {

namespace {
constexpr int kTickMs = 1000; // the header's clock and the staleness check
} // namespace

WallBinding::WallBinding(Monitor &monitor, WallView &view, const WallConfig &config,
                         qint64 ingestLagSecs, QObject *parent)
    : QObject(parent)
    , m_monitor(&monitor)
    , m_view(view)
    , m_config(config)
    , m_ingestLagSecs(ingestLagSecs)
    , m_tick(new QTimer(this))
{
    m_board.setConfig(config);
    m_view.setTheme(config.theme);
    m_view.setRotateSeconds(config.rotateSecs);
    connect(&monitor, &Monitor::windowStored, this, &WallBinding::onWindowStored);
    connect(&monitor, &Monitor::incidentsChanged, this, &WallBinding::onIncidentsChanged);
    connect(&monitor, &Monitor::policyChanged, this, [this] {
        if (!m_monitor)
            return;
        m_model.setPolicy(m_monitor->policy());
        m_board.setPolicy(m_monitor->policy());
        rebuild();
    });
    connect(&monitor, &Monitor::pollerStatusChanged, this, &WallBinding::rebuild);
    connect(&monitor, &Monitor::deliveryStatusChanged, this, &WallBinding::rebuild);
    connect(&monitor, &Monitor::storageStatusChanged, this, &WallBinding::rebuild);
    connect(&monitor, &Monitor::sharedStatusChanged, this, &WallBinding::rebuild);
    RoutingKeyProvider &keys = monitor.routingKeys();
    const auto readKey = [this] {
        if (!m_monitor)
            return;
        m_monitor->routingKeys().refresh(this, [this](const Result<QString> &key) {
            m_routingKeyMissing = !key.ok() || !RoutingKeyProvider::looksValid(key.value());
            rebuild();
        });
    };
    connect(&keys, &RoutingKeyProvider::keyChanged, this, readKey);
    readKey();
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &WallBinding::rebuild);
    m_tick->start();
}

template<typename T> std::optional<T> WallBinding::read(const Result<T> &result)
{
    if (result.ok())
        return result.value();
    qCWarning(lcUi).noquote() << result.error().message;
    m_readProblem = result.error().message;
    return std::nullopt;
}

void WallBinding::refreshAll()
{
    if (!m_monitor)
        return;
    m_readProblem.clear();
    const auto queues = read(m_monitor->knownQueues());
    if (queues)
        m_model.setQueues(*queues);
    m_model.setPolicy(m_monitor->policy());
    m_board.setPolicy(m_monitor->policy());
    if (const auto latest = read(m_monitor->latestSamples())) {
        m_model.setLatestSamples(*latest);
        m_newestWindowEnd = 0;
        for (const QualitySample &s : *latest)
            m_newestWindowEnd = std::max(m_newestWindowEnd, s.windowEnd);
        m_model.setCurrentWindowEnd(m_newestWindowEnd);
    }
    m_model.setSilences(m_monitor->silences());
    if (const auto incidents = read(m_monitor->incidents()))
        m_model.setIncidents(*incidents);
    const qint64 now = m_monitor->nowSecs();
    for (const QueueInfo &q : queues.value_or(QList<QueueInfo>{})) {
        if (const auto h = read(m_monitor->history(q.id, now - WallBoard::kSparklineSecs, now)))
            m_board.setHistory(q.id, *h);
    }
    rebuild();
}

void WallBinding::onWindowStored(qint64 /*windowStart*/, qint64 windowEnd)
{
    if (!m_monitor)
        return;
    m_readProblem.clear();
    if (const auto latest = read(m_monitor->latestSamples())) {
        m_model.setLatestSamples(*latest);
        m_newestWindowEnd = std::max(m_newestWindowEnd, windowEnd);
        m_model.setCurrentWindowEnd(windowEnd);
        m_board.addWindows(*latest);
    }
    m_model.setSilences(m_monitor->silences());
    rebuild();
}

void WallBinding::onIncidentsChanged()
{
    if (!m_monitor)
        return;
    if (const auto incidents = read(m_monitor->incidents()))
        m_model.setIncidents(*incidents);
    rebuild();
}

void WallBinding::rebuild()
{
    if (!m_monitor)
        return;
    WallHealthInput input;
    input.nowSecs = m_monitor->nowSecs();
    input.windowSecs = m_monitor->windowSecs();
    input.ingestLagSecs = m_ingestLagSecs;
    input.newestWindowEnd = m_newestWindowEnd;
    input.poller = m_monitor->pollerStatus();
    input.delivery = m_monitor->deliveryStatus();
    input.storageProblem = m_readProblem.isEmpty() ? m_monitor->storageProblem() : m_readProblem;
    // A viewer of a shared database pages nothing itself: its own keychain says nothing about
    // paging, the polling console's status does.
    input.routingKeyMissing = m_monitor->polls()
                                  ? m_routingKeyMissing
                                  : input.delivery.problem == DeliveryStatus::Problem::NoKey;
    m_model.setWindowSecs(input.windowSecs);
    m_model.setPollingFailed(wallPollingFails(input));
    const QList<QString> newlyCritical = m_board.update(m_model, assessWallHealth(input));
    const QString poller = wallTerseText(pollerStatusText(input.poller));
    QString delivery = deliveryStateWord(input.delivery.state);
    if (input.delivery.backlog > 0)
        delivery = tr("%1, %n waiting", nullptr, input.delivery.backlog).arg(delivery);
    // The delivery word names PagerDuty itself ("PagerDuty: up to date").
    m_view.setHeaderStatus(tr("Genesys: %1 · %2").arg(poller, delivery), poller);
    m_view.setNowSecs(input.nowSecs);
    m_view.setBoard(m_board);
    m_view.flashTiles(newlyCritical);
    if (!newlyCritical.isEmpty() && m_config.sound)
        QApplication::beep();
}

} // namespace earshot
