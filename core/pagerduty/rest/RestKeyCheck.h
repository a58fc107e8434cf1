#pragma once

#include "core/http/HttpJob.h"
#include "core/pagerduty/PagerDutySettings.h"

#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

// What Settings' "Test" of the PagerDuty REST API key found, in words.
struct RestKeyCheck
{
    bool works = false;
    QString text; // "REST key works", "rejected (401): ...", why it could not tell
};

// The meaning of PagerDuty's answer to GET /abilities (pure: tests feed it answers).
[[nodiscard]] RestKeyCheck restKeyCheckOf(const HttpResult &http);

// Tries a REST API key the way IncidentFollower uses it: GET {apiUrl}/abilities with
// "Authorization: Token token=...". Nothing is changed in PagerDuty. done runs once,
// unless `context` goes first; the key never appears in its text.
void checkPagerDutyRestKey(QNetworkAccessManager &network, const PagerDutySettings &settings,
                           const QString &token, QObject *context,
                           std::function<void(const RestKeyCheck &)> done);

} // namespace earshot
