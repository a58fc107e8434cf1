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
};

} // namespace earshot
