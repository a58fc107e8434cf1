#pragma once

#include "core/model/QualitySourceKind.h"

#include "core/alerting/AlertPolicy.h"
#include "core/alerting/StormGrouper.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace earshot {

struct GenesysConfig
{
    QString region = QStringLiteral("us-east-1"); // AWS code, display name or domain
    QUrl loginUrl;                                // overrides the region's login server
    QUrl apiUrl;                                  // overrides the region's API server
    QualitySourceKind source = QualitySourceKind::Details;
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
    // Two-way PagerDuty (the REST API; its key never here: PAGERDUTY_API_TOKEN or Settings).
    QUrl apiUrl = QUrl(QStringLiteral("https://api.pagerduty.com"));
    int followSeconds = 60;
    QString serviceId;
    bool repageAfterFreshBreach = false;
};

// [storage]: Earshot's own SQLite file (the default), or a database on a PostgreSQL server
// that several consoles share. The PostgreSQL password is never in the file: it comes from
// EARSHOT_DB_PASSWORD or the OS keychain.
struct StorageConfig
{
    QString backend = QStringLiteral("sqlite"); // or "postgresql"
    QString databasePath; // SQLite; empty: earshot.sqlite in the platform's app-data folder
    int retentionDays = 30;
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString sslmode = QStringLiteral("prefer");

    [[nodiscard]] bool postgres() const;
};

enum class WallTheme
{
    Dark,
    Light
};

// A named set of queues on the wall display ("Paris: PAR-*, Paris *"), e.g. one per site.
struct WallGroup
{
    QString name;
    QStringList patterns; // wildcards (* and ?) on queue names or ids, case-insensitive

    friend bool operator==(const WallGroup &, const WallGroup &) = default;
};

// [wall]: the NOC wall display (earshot --wall, View > Wall display).
struct WallConfig
{
    int rotateSecs = 15;       // seconds per page when the tiles need several pages
    QStringList queuePatterns; // the queues on the wall; empty = every monitored queue
    QList<WallGroup> groups;   // labels tiles and counts per group in the header
    WallTheme theme = WallTheme::Dark;
    bool sound = false; // a beep when a queue turns critical
};

// [health]: the watchdog over Earshot itself.
struct HealthConfig
{
    // Page Earshot's own incident (earshot_monitor_health_{host}) after this many windows
    // without a good one; 0 = off.
    int pageAfterWindows = 3;
    QUrl heartbeatUrl; // GET after every good window; empty = none
};

// [metrics]: the OpenMetrics endpoint for an existing Prometheus (core/metrics/).
struct MetricsConfig
{
    // "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464" or a port alone (loopback); empty = off.
    // Read with parseListenAddress (core/config/ListenAddress.h).
    QString listen;
};

// Everything in the INI file. Secrets are never part of it: they come from the
// environment (GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, PAGERDUTY_INTEGRATION_KEY) or the
// OS keychain.
struct AppConfig
{
    GenesysConfig genesys;
    ScheduleConfig schedule;
    AlertPolicy policy;
    StormPolicy storm; // [alerting] storm_queues, storm_percent
    PagerDutyConfig pagerduty;
    StorageConfig storage;
    WallConfig wall;
    HealthConfig health;
    MetricsConfig metrics;
};

[[nodiscard]] QString dataSourceKey(QualitySourceKind kind); // "details" / "summary"
[[nodiscard]] QString wallThemeKey(WallTheme theme);         // "dark" / "light"

// "Paris: PAR-*, Paris * | Lyon: LYO-*" -> groups; problems (sentences naming [wall]
// groups) for a part without a name or a pattern, or a name used twice.
[[nodiscard]] QList<WallGroup> parseWallGroups(const QString &text, QStringList *problems);
[[nodiscard]] QString wallGroupsText(const QList<WallGroup> &groups); // the inverse
// "PAR-*, Support?" -> the patterns, trimmed, empty parts dropped.
[[nodiscard]] QStringList parseWallPatterns(const QString &text);

// Problems that need no network and no other module: URLs, window arithmetic, the
// alert policy. Each is a sentence naming the key.
[[nodiscard]] QStringList validateConfig(const AppConfig &config);

} // namespace earshot
