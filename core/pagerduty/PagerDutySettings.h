#pragma once

#include <QString>
#include <QUrl>

namespace earshot {

struct PagerDutySettings
{
    QUrl eventsUrl = QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    QString source = QStringLiteral("Genesys Cloud Voice Monitor");
    QString component = QStringLiteral("Telephony Infrastructure");
    QString group;
    QString eventClass = QStringLiteral("voice_quality");
    QString client = QStringLiteral("Earshot");
    QString clientUrl;
    int requestTimeoutMs = 30'000;

    // Two-way: the REST API v2, read with an optional API key (PAGERDUTY_API_TOKEN or the
    // keychain), to follow the incidents Earshot opened (IncidentFollower).
    QUrl apiUrl = QUrl(QStringLiteral("https://api.pagerduty.com"));
    int followSeconds = 60;
    QString serviceId; // narrows GET /incidents to this service; empty: any service
    // Whether an incident resolved in PagerDuty while its queue still breaches pages again
    // after a fresh breach (FollowGate.h); by default it stays quiet until the episode ends.
    bool repageAfterFreshBreach = false;
    // Requests per minute the follower allows itself: well under PagerDuty's 960 per
    // minute for one key, which other tools of the same account share.
    int followRequestsPerMinute = 300;
};

} // namespace earshot
