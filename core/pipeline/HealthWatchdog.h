#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace earshot {

// [health]: Earshot's watchdog over itself.
struct HealthSettings
{
    // Page Earshot's own incident when no good window has arrived for this many windows;
    // 0 turns the watchdog off.
    int pageAfterWindows = 0; // [health] page_after_windows defaults to 3 in the config
    // Called (GET) after every good window, so an outside check notices a dead Earshot;
    // empty = none. http only for loopback hosts.
    QUrl heartbeatUrl;
    int heartbeatTimeoutMs = 10'000;
    QString host; // names the incident: earshot_monitor_health_{host}
};

// earshot_monitor_health_{host}, with the host cut to fit PagerDuty's 255 bytes.
[[nodiscard]] QString healthDedupKey(const QString &host);

// The watchdog's rule, pure: how far the stored data lags behind the windows due, and
// whether Earshot's own incident must be paged or resolved. Its state (paged or not, and
// why) is kept with the database, so a restart neither pages twice nor forgets to resolve.
class HealthWatchdog
{
public:
    enum class Action
    {
        None,
        Page,   // no good window for pageAfterWindows windows: trigger
        Resolve // data flows again: resolve
    };

    explicit HealthWatchdog(int pageAfterWindows = 3);

    // lastGoodAtMs: when the newest good window was stored (a back-fill that makes progress
    // is healthy, however far behind its data still is); windowMs: the window length.
    [[nodiscard]] Action assess(qint64 lastGoodAtMs, qint64 nowMs, qint64 windowMs,
                                const QString &cause);
    // A window was stored: resolve if paged.
    [[nodiscard]] Action goodWindow();

    [[nodiscard]] bool enabled() const;
    [[nodiscard]] bool paged() const;
    [[nodiscard]] int windowsBehind() const;   // at the last assess(); 0 after a good window
    [[nodiscard]] QString cause() const;       // why, at the page (or the last assess)
    [[nodiscard]] qint64 pagedSinceMs() const; // when it paged

    [[nodiscard]] QJsonObject saveState() const;
    void restoreState(const QJsonObject &state); // lenient: a damaged state is "not paged"

private:
    int m_pageAfter = 3;
    bool m_paged = false;
    int m_behind = 0;
    QString m_cause;
    qint64 m_pagedSinceMs = 0;
};

} // namespace earshot
