#include "core/genesys/Poller.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/genesys/QueueDirectory.h"
#include "core/genesys/TokenCache.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cstdlib>

namespace earshot {

namespace {

// A window the pipeline could not store is offered again after this long.
constexpr qint64 kStoreRetryMs = 30'000;

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

Poller::Poller(Clock &clock, QualitySource &source, TokenCache &tokens, GenesysApiClient &api,
               QueueDirectory &directory, GenesysSettings settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_source(source)
    , m_tokens(tokens)
    , m_api(api)
    , m_directory(directory)
    , m_settings(std::move(settings))
{
    connect(&m_api, &GenesysApiClient::retryScheduled, this, &Poller::onRetryScheduled);
    connect(&m_api, &GenesysApiClient::rateLimitChanged, this, &Poller::stateChanged);
}

void Poller::setCursor(qint64 lastDoneWindowEnd)
{
    m_cursor = lastDoneWindowEnd;
}

qint64 Poller::cursor() const
{
    return m_cursor;
}

qint64 Poller::latestDueWindowEnd(qint64 nowSecs) const
{
    return alignWindowStart(nowSecs - m_settings.ingestLagSecs, m_settings.windowSecs);
}

void Poller::start()
{
    m_running = true;
    pollDue();
}

void Poller::stop()
{
    m_running = false;
    ++m_generation;
}

void Poller::retryNow()
{
    m_tokens.retryNow();
    pollDue();
}

void Poller::runOnce(std::function<void(const Status &)> done)
{
    m_once = std::move(done);
    pollDue();
}

void Poller::scheduleNext(qint64 atMs)
{
    m_nextPollAtMs = atMs;
    emit stateChanged();
    if (!m_running)
        return;
    const quint64 generation = ++m_generation;
    m_clock.callAt(atMs, this, [this, generation] {
        if (generation == m_generation)
            pollDue();
    });
}

void Poller::finishOnce(const Status &status)
{
    if (m_once)
        std::exchange(m_once, {})(status);
}

void Poller::pollDue()
{
    if (m_busy || m_awaiting >= 0)
        return;
    const qint64 window = m_settings.windowSecs;
    const qint64 latestEnd = latestDueWindowEnd(m_clock.nowSecs());
    // With no cursor yet, start at the newest complete window, and remember it as the
    // next one to do, so a failure there is retried rather than skipped.
    if (m_cursor <= 0)
        m_cursor = latestEnd - window;
    qint64 start = m_cursor;
    const qint64 missed = (latestEnd - start) / window;
    if (missed > m_settings.backfillCap) {
        const qint64 newStart = latestEnd - m_settings.backfillCap * window;
        const int skipped = int((newStart - start) / window);
        m_pendingNotice = tr("%n missed window(s) from %1 to %2 skipped: older than the "
                             "back-fill limit of %3 windows",
                             nullptr, skipped)
                              .arg(isoUtc(start), isoUtc(newStart))
                              .arg(m_settings.backfillCap);
        qCWarning(lcPoller).noquote() << m_pendingNotice;
        emit windowsSkipped(skipped, start, newStart);
        start = newStart;
        m_cursor = newStart;
    }
    if (start + window > latestEnd) {
        // Nothing due: wake when the next window has ended plus the ingest lag.
        scheduleNext((start + window + m_settings.ingestLagSecs) * 1000);
        finishOnce(success());
        return;
    }
    m_busy = true;
    if (!m_tokens.hasValidToken())
        setState(PollerState::Authenticating, m_lastError);
    const qint64 end = start + window;
    qCDebug(lcPoller).noquote() << "polling window" << isoInterval(start, end);
    const auto fetch = [this, start, end] {
        m_source.fetchWindow(start, end, this, [this, start, end](const Result<WindowFetch> &r) {
            onFetched(start, end, r);
        });
    };
    if (m_directory.loaded()) {
        fetch();
        return;
    }
    m_directory.refresh(this, [this, fetch, start, end](const Status &status) {
        if (!status.ok()) {
            const PollerState state = stateFor(status.error().kind);
            if (state != PollerState::ApiError) {
                // No token, no network or no budget: the window would fail the same way.
                onFetched(start, end, status.error());
                return;
            }
            // Names are a nicety (the role may lack Routing > Queue > View): poll with ids.
            qCWarning(lcPoller).noquote()
                << tr("queue names unavailable (%1); polling with ids").arg(status.error().message);
        }
        fetch();
    });
}

PollerState Poller::stateFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NetworkOffline:
        return PollerState::Offline;
    case ErrorKind::GenesysRateLimited:
        return PollerState::RateLimited;
    case ErrorKind::AuthMissing:
    case ErrorKind::AuthFailed:
    case ErrorKind::AuthBlocked:
    case ErrorKind::AuthToken:
        return PollerState::AuthFailed;
    case ErrorKind::ClockOff:
        return PollerState::ClockOff;
    case ErrorKind::AuthUnavailable: // the login service failed, not the credentials
    case ErrorKind::GenesysHttp:
    case ErrorKind::GenesysTooLarge:
    case ErrorKind::GenesysData:
    case ErrorKind::GenesysDetails:
    case ErrorKind::GenesysDetailsJson:
    case ErrorKind::GenesysSummary:
    case ErrorKind::GenesysQueues:
    case ErrorKind::GenesysRegion:
    case ErrorKind::Storage:
    case ErrorKind::StorageReadOnly:
    case ErrorKind::StorageNewer:
    case ErrorKind::StorageDamaged:
    case ErrorKind::StorageUnreachable:
    case ErrorKind::StorageLoginRefused:
    case ErrorKind::StorageLeaderElsewhere:
    case ErrorKind::SecretsUnavailable:
    case ErrorKind::SecretsNotFound:
    case ErrorKind::PagerDutyNoKey:
    case ErrorKind::PagerDutyBadKey:
    case ErrorKind::PagerDutyReadOnly:
    case ErrorKind::PagerDutyRejected:
    case ErrorKind::PagerDutyPaused:
    case ErrorKind::PagerDutyPending:
    case ErrorKind::PagerDutyRestData:
    case ErrorKind::SetupFailed:
    case ErrorKind::NoSuchEpisode:
    case ErrorKind::NoSuchSilence:
    case ErrorKind::PolicyRejected:
    case ErrorKind::EngineState:
    case ErrorKind::ConfigWrite:
    case ErrorKind::InstanceRunning:
    case ErrorKind::DemoListen:
    case ErrorKind::MetricsListen:
        return PollerState::ApiError;
    }
    return PollerState::ApiError;
}

void Poller::onRetryScheduled(ErrorKind kind, const QString &message, qint64 untilMs)
{
    if (!m_busy)
        return; // a request of someone else's (the check, the settings dialog)
    const PollerState state = stateFor(kind);
    if (state == PollerState::RateLimited)
        m_rateLimitedUntilMs = untilMs;
    setState(state, tr("%1; retrying at %2").arg(message, clockTime(untilMs)));
}

void Poller::onFetched(qint64 start, qint64 end, const Result<WindowFetch> &result)
{
    m_busy = false;
    if (!result.ok()) {
        const Error &e = result.error();
        qCWarning(lcPoller).noquote()
            << tr("window %1 failed: %2").arg(isoInterval(start, end), e.message);
        const PollerState state = stateFor(e.kind);
        if (state == PollerState::RateLimited)
            m_rateLimitedUntilMs = std::max(m_rateLimitedUntilMs, m_api.rateLimitedUntilMs());
        setState(state, e.message);
        emit windowFailed(start, end, e.message);
        // Retried next cycle, when the following window is due (and not while a rate
        // limit still holds).
        const qint64 latestEnd = latestDueWindowEnd(m_clock.nowSecs());
        const qint64 nextCycleMs =
            (latestEnd + m_settings.windowSecs + m_settings.ingestLagSecs) * 1000;
        scheduleNext(std::max(nextCycleMs, m_api.rateLimitedUntilMs()));
        finishOnce(e);
        return;
    }
    if (const QString clockOff = clockOffText(); !clockOff.isEmpty()) {
        // With a clock off by more than a window the window asked for is not the one that
        // ended (ahead: one still to come, all idle; behind: one long past): a window
        // without data, for the watchdog too. Every poll measures again, so a clock set
        // right lets the same window through at the next cycle.
        qCWarning(lcPoller).noquote()
            << tr("window %1 not used: %2").arg(isoInterval(start, end), clockOff);
        setState(PollerState::ClockOff, clockOff);
        emit windowFailed(start, end, clockOff);
        const qint64 latestEnd = latestDueWindowEnd(m_clock.nowSecs());
        scheduleNext((latestEnd + m_settings.windowSecs + m_settings.ingestLagSecs) * 1000);
        finishOnce(Error{ErrorKind::ClockOff, clockOff});
        return;
    }
    m_awaiting = start;
    WindowResult window{start, end, result.value().samples, result.value().problems};
    if (!m_pendingNotice.isEmpty())
        window.problems.prepend(std::exchange(m_pendingNotice, {}));
    qCInfo(lcPoller).noquote() << tr("window %1: %n queue(s) with data", nullptr,
                                     int(window.samples.size()))
                                      .arg(isoInterval(start, end));
    emit windowReady(window);
}

void Poller::completeWindow(qint64 windowStart, bool stored)
{
    if (windowStart != m_awaiting)
        return; // not the window handed out (late or repeated answer): ignored
    m_awaiting = -1;
    if (!stored) {
        setState(PollerState::ApiError,
                 tr("window %1 could not be stored; retrying at %2")
                     .arg(isoUtc(windowStart), clockTime(m_clock.nowMs() + kStoreRetryMs)));
        scheduleNext(m_clock.nowMs() + kStoreRetryMs);
        finishOnce(Error{ErrorKind::Storage, m_lastError});
        return;
    }
    m_cursor = windowStart + m_settings.windowSecs;
    m_lastSuccessAtMs = m_clock.nowMs();
    setState(PollerState::Ok);
    pollDue(); // the next due window, if any (back-fill)
}

PollerState Poller::state() const
{
    return m_state;
}

QString Poller::lastError() const
{
    return m_lastError;
}

qint64 Poller::lastSuccessAtMs() const
{
    return m_lastSuccessAtMs;
}

qint64 Poller::nextPollAtMs() const
{
    return m_nextPollAtMs;
}

qint64 Poller::rateLimitedUntilMs() const
{
    return m_rateLimitedUntilMs;
}

RateLimitBudget Poller::rateLimit() const
{
    return m_api.rateLimit();
}

void Poller::setState(PollerState state, const QString &error)
{
    const bool changed = state != m_state || error != m_lastError;
    m_state = state;
    m_lastError = state == PollerState::Ok ? QString() : error;
    if (changed)
        emit stateChanged();
}

QString Poller::clockOffText() const
{
    const std::optional<qint64> offset = m_api.clockOffsetMs();
    if (!offset || std::abs(*offset) <= m_settings.windowSecs * 1000)
        return {};
    const int minutes = int(std::min<qint64>((std::abs(*offset) + 30'000) / 60'000, 999'999));
    if (*offset < 0)
        return tr("this computer's clock is %n minute(s) ahead of Genesys Cloud's: set it "
                  "right (NTP); no window is used until then",
                  nullptr, minutes);
    return tr("this computer's clock is %n minute(s) behind Genesys Cloud's: set it right "
              "(NTP); no window is used until then",
              nullptr, minutes);
}

} // namespace earshot
