#include "core/genesys/Poller.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/genesys/QueueDirectory.h"
#include "core/genesys/TokenCache.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace earshot {

namespace {

// Before giving up on a window for this cycle; a failed window is retried next cycle.
constexpr qint64 kStoreRetryMs = 30'000;

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
    connect(&m_api, &GenesysApiClient::waitingUntil, this,
            [this](qint64 untilMs, const QString &reason) {
                if (reason == QLatin1StringView("ratelimit")) {
                    m_rateLimitedUntilMs = untilMs;
                    setState(PollerState::RateLimited, m_lastError);
                }
            });
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
        qCWarning(lcPoller).noquote()
            << tr("%1 missed windows from %2 to %3 are older than the back-fill limit of %4 "
                  "and are skipped")
                   .arg(skipped)
                   .arg(isoUtc(start), isoUtc(newStart))
                   .arg(m_settings.backfillCap);
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
        setState(PollerState::Authenticating);
    const qint64 end = start + window;
    const auto fetch = [this, start, end] {
        m_source.fetchWindow(start, end, this, [this, start, end](const Result<WindowFetch> &r) {
            onFetched(start, end, r);
        });
    };
    if (m_directory.loaded()) {
        fetch();
        return;
    }
    m_directory.refresh(this, [fetch](const Status &status) {
        if (!status.ok())
            qCWarning(lcPoller).noquote()
                << tr("queue names unavailable (%1); polling with ids").arg(status.error().message);
        fetch();
    });
}

void Poller::onFetched(qint64 start, qint64 end, const Result<WindowFetch> &result)
{
    m_busy = false;
    if (!result.ok()) {
        const Error &e = result.error();
        qCWarning(lcPoller).noquote()
            << tr("window %1 failed: %2").arg(isoInterval(start, end), e.message);
        if (e.code.startsWith(QLatin1StringView("auth.")))
            setState(PollerState::AuthFailed, e.message);
        else if (e.code == QLatin1StringView("net.offline"))
            setState(PollerState::Offline, e.message);
        else if (e.code == QLatin1StringView("genesys.ratelimit"))
            setState(PollerState::RateLimited, e.message);
        else
            setState(PollerState::ApiError, e.message);
        emit windowFailed(start, end, e.message);
        // Retried next cycle: when the following window is due.
        const qint64 latestEnd = latestDueWindowEnd(m_clock.nowSecs());
        scheduleNext((latestEnd + m_settings.windowSecs + m_settings.ingestLagSecs) * 1000);
        finishOnce(e);
        return;
    }
    m_awaiting = start;
    WindowResult window{start, end, result.value().samples, result.value().problems};
    qCInfo(lcPoller).noquote() << tr("window %1: %2 queue(s) with data")
                                      .arg(isoInterval(start, end))
                                      .arg(window.samples.size());
    emit windowReady(window);
}

void Poller::completeWindow(qint64 windowStart, bool stored)
{
    if (windowStart != m_awaiting)
        return;
    m_awaiting = -1;
    if (!stored) {
        setState(PollerState::ApiError, tr("the window could not be stored; retrying"));
        scheduleNext(m_clock.nowMs() + kStoreRetryMs);
        finishOnce(Error{QStringLiteral("storage.failed"), m_lastError});
        return;
    }
    m_cursor = windowStart + m_settings.windowSecs;
    m_lastSuccessAtMs = m_clock.nowMs();
    m_rateLimitedUntilMs = 0;
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
    m_state = state;
    if (state != PollerState::Ok && state != PollerState::Authenticating)
        m_lastError = error;
    if (state == PollerState::Ok)
        m_lastError.clear();
    emit stateChanged();
}

QString Poller::stateText() const
{
    switch (m_state) {
    case PollerState::Idle:
        return tr("waiting for the first window");
    case PollerState::Ok:
        return tr("OK");
    case PollerState::Authenticating:
        return tr("authenticating");
    case PollerState::RateLimited:
        return tr("rate limited until %1")
            .arg(QDateTime::fromMSecsSinceEpoch(m_rateLimitedUntilMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss")));
    case PollerState::AuthFailed:
        return tr("authentication failed: check client id / secret / role");
    case PollerState::ApiError:
        return tr("API error: %1").arg(m_lastError);
    case PollerState::Offline:
        return tr("offline: %1").arg(m_lastError);
    }
    return {};
}

} // namespace earshot
