#pragma once

#include "core/status/MonitorTypes.h"

#include <QString>

namespace earshot {

// What the wall's banners are decided from: plain values from the Monitor's read API.
struct WallHealthInput
{
    qint64 nowSecs = 0;
    qint64 windowSecs = 300;
    qint64 ingestLagSecs = 60;
    qint64 newestWindowEnd = 0; // the end of the newest stored window of any queue; 0: none
    PollerStatus poller;
    DeliveryStatus delivery;
    QString storageProblem; // non-empty while database writes fail
    bool routingKeyMissing = false;
};

struct WallHealth
{
    // The wall shows old data: a banner with the time of the last good data, tiles greyed.
    bool stale = false;
    QString staleText;
    // PagerDuty will not be paged (delivery failing or no key): a red banner.
    bool pagingBroken = false;
    QString pagingText;

    friend bool operator==(const WallHealth &, const WallHealth &) = default;
};

// Stale when polling fails (authentication, API, network, database writes) or when the
// newest window is two windows or more behind the newest one that is due by now. A wall
// without any data yet is stale too: it never shows unknown queues as OK.
[[nodiscard]] WallHealth assessWallHealth(const WallHealthInput &input);
// An error as the wall shows it, read across a room: without the request's method and path
// and the ININ-Correlation-Id ("API error: HTTP 503; retrying at 10:05:30"); the desk
// window and the log keep the whole text.
[[nodiscard]] QString wallTerseText(const QString &text);
// Polling fails: authentication, API, network, or database writes.
[[nodiscard]] bool wallPollingFails(const WallHealthInput &input);
// The newest window end that should have been polled by now (window-aligned).
[[nodiscard]] qint64 wallDueWindowEnd(qint64 nowSecs, qint64 windowSecs, qint64 ingestLagSecs);

} // namespace earshot
