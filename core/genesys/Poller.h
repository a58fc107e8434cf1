#pragma once

#include "core/common/Result.h"
#include "core/genesys/GenesysApiClient.h"
#include "core/genesys/GenesysSettings.h"
#include "core/genesys/QualitySource.h"

#include <QObject>

#include <functional>

namespace earshot {

class Clock;
class QueueDirectory;
class TokenCache;

struct WindowResult
{
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    QList<QualitySample> samples;
    QStringList problems;
};

enum class PollerState
{
    Idle,
    Ok,
    Authenticating,
    RateLimited,
    AuthFailed,
    ApiError,
    Offline,
    // This computer's clock is off from Genesys Cloud's by more than a window: the windows
    // asked for are not the ones that ended, so none is handed on.
    ClockOff
};

// Polls one data window at a time, in order, once each. Windows are aligned to UTC; a
// window is due once it has ended plus the ingest lag. The cursor (end of the last window
// done) lives outside: the pipeline stores it with the window's results and answers
// completeWindow(), so a window is evaluated exactly once even across crashes. After
// downtime, missed windows are back-filled in order, at most backfillCap of them.
// Every failure shows in state() and lastError(), and in the log (the words for a state are
// core/presentation/StatusTexts').
class Poller : public QObject
{
    Q_OBJECT

public:
    Poller(Clock &clock, QualitySource &source, TokenCache &tokens, GenesysApiClient &api,
           QueueDirectory &directory, GenesysSettings settings, QObject *parent = nullptr);

    void setCursor(qint64 lastDoneWindowEnd); // 0: nothing done yet
    [[nodiscard]] qint64 cursor() const;

    void start(); // polls on schedule until stop()
    void stop();
    // The operator asks to try again now: refused credentials are asked for once more and
    // the due windows are polled without waiting for the schedule.
    void retryNow();
    // Polls every window that is due now, then calls done (success, or the first failure).
    void runOnce(std::function<void(const Status &)> done);
    // The pipeline's answer to windowReady(): stored (advance) or not (retry later).
    void completeWindow(qint64 windowStart, bool stored);

    [[nodiscard]] PollerState state() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] qint64 lastSuccessAtMs() const;
    [[nodiscard]] qint64 nextPollAtMs() const;
    [[nodiscard]] qint64 rateLimitedUntilMs() const;
    [[nodiscard]] RateLimitBudget rateLimit() const;

    // The newest window that is due at `nowSecs` ends at this time.
    [[nodiscard]] qint64 latestDueWindowEnd(qint64 nowSecs) const;

signals:
    void windowReady(const earshot::WindowResult &result);
    void windowFailed(qint64 windowStart, qint64 windowEnd, const QString &error);
    void windowsSkipped(int count, qint64 fromStart, qint64 toStart);
    void stateChanged();

private:
    void pollDue();
    void scheduleNext(qint64 atMs);
    void finishOnce(const Status &status);
    void setState(PollerState state, const QString &error = {});
    void onFetched(qint64 start, qint64 end, const Result<WindowFetch> &result);
    void onRetryScheduled(ErrorKind kind, const QString &message, qint64 untilMs);
    // The text of a clock off by more than a window (GenesysApiClient::clockOffsetMs);
    // empty while it is right.
    [[nodiscard]] QString clockOffText() const;
    [[nodiscard]] static PollerState stateFor(ErrorKind kind);

    Clock &m_clock;
    QualitySource &m_source;
    TokenCache &m_tokens;
    GenesysApiClient &m_api;
    QueueDirectory &m_directory;
    GenesysSettings m_settings;
    qint64 m_cursor = 0;
    bool m_running = false;
    bool m_busy = false;
    qint64 m_awaiting = -1; // window start handed to the pipeline, waiting for its answer
    quint64 m_generation = 0;
    std::function<void(const Status &)> m_once;
    PollerState m_state = PollerState::Idle;
    QString m_lastError;
    qint64 m_lastSuccessAtMs = 0;
    qint64 m_nextPollAtMs = 0;
    qint64 m_rateLimitedUntilMs = 0;
    QString m_pendingNotice; // skipped windows, told with the next window's problems
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::WindowResult)
