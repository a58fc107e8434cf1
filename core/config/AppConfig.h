#pragma once

#include "core/alerting/AlertPolicy.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace earshot {

enum class DataSourceKind
{
    Details,
    Summary
};

struct GenesysConfig
{
    QString region = QStringLiteral("us-east-1"); // AWS code, display name or domain
    QUrl loginUrl;                                // overrides the region's login server
    QUrl apiUrl;                                  // overrides the region's API server
    DataSourceKind source = DataSourceKind::Details;
    QStringList queues; // monitored queue ids; empty = all
};

struct ScheduleConfig
{
    int windowSecs = 300;
    int ingestLagSecs = 60;
    // Per request to Genesys Cloud and PagerDuty: the transfer timeout (no byte for this
    // long); each request also ends at twice this however slowly bytes arrive.
    int requestTimeoutSecs = 30;
};

struct PagerDutyConfig
{
    QUrl eventsUrl = QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    QString source = QStringLiteral("Genesys Cloud Voice Monitor");
    QString component = QStringLiteral("Telephony Infrastructure");
    QString group;
};

struct StorageConfig
{
    QString databasePath; // empty: earshot.sqlite in the platform's app-data folder
    int retentionDays = 30;
};

// Everything in the INI file. Secrets are never part of it: they come from the
// environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY) or the
// OS keychain.
struct AppConfig
{
    GenesysConfig genesys;
    ScheduleConfig schedule;
    AlertPolicy policy;
    PagerDutyConfig pagerduty;
    StorageConfig storage;
};

[[nodiscard]] QString dataSourceKey(DataSourceKind kind); // "details" / "summary"

// Problems that need no network and no other module: URLs, window arithmetic, the
// alert policy. Each is a sentence naming the key.
[[nodiscard]] QStringList validateConfig(const AppConfig &config);

} // namespace earshot
