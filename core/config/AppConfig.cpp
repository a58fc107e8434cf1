#include "core/config/AppConfig.h"

#include "core/common/UrlPolicy.h"
#include "core/config/ListenAddress.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace earshot {

QString dataSourceKey(QualitySourceKind kind)
{
    return kind == QualitySourceKind::Summary ? QStringLiteral("summary")
                                              : QStringLiteral("details");
}

QString wallThemeKey(WallTheme theme)
{
    return theme == WallTheme::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "AppConfig".
class AppConfigText
{
    Q_DECLARE_TR_FUNCTIONS(AppConfig)
};

} // namespace

QStringList parseWallPatterns(const QString &text)
{
    QStringList patterns;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString pattern = part.trimmed(); !pattern.isEmpty())
            patterns.append(pattern);
    }
    return patterns;
}

QList<WallGroup> parseWallGroups(const QString &text, QStringList *problems)
{
    QList<WallGroup> groups;
    for (const QString &part : text.split(u'|', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(u':');
        WallGroup group;
        if (colon > 0) {
            group.name = trimmed.left(colon).trimmed();
            group.patterns = parseWallPatterns(trimmed.mid(colon + 1));
        }
        if (group.name.isEmpty() || group.patterns.isEmpty()) {
            problems->append(AppConfigText::tr("[wall] groups: \"%1\" is not \"name: pattern, "
                                               "pattern\" (groups are separated by |).")
                                 .arg(trimmed));
            continue;
        }
        const bool duplicate = std::any_of(groups.cbegin(), groups.cend(), [&](const WallGroup &g) {
            return g.name.compare(group.name, Qt::CaseInsensitive) == 0;
        });
        if (duplicate) {
            problems->append(AppConfigText::tr("[wall] groups: the group \"%1\" is named twice.")
                                 .arg(group.name));
            continue;
        }
        groups.append(group);
    }
    return groups;
}

QString wallGroupsText(const QList<WallGroup> &groups)
{
    QStringList parts;
    for (const WallGroup &g : groups)
        parts.append(g.name + QStringLiteral(": ") + g.patterns.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" | "));
}

namespace {

QStringList storageProblems(const StorageConfig &storage)
{
    QStringList problems;
    if (storage.backend != QLatin1StringView("sqlite") && !storage.postgres()) {
        problems.append(AppConfigText::tr("[storage] backend must be sqlite or postgresql; got "
                                          "\"%1\".")
                            .arg(storage.backend));
        return problems;
    }
    if (!storage.postgres())
        return problems;
    for (const auto &[key, value] : {std::pair{QStringLiteral("host"), storage.host},
                                     std::pair{QStringLiteral("dbname"), storage.dbname},
                                     std::pair{QStringLiteral("user"), storage.user}}) {
        if (value.isEmpty())
            problems.append(
                AppConfigText::tr("[storage] %1 is needed with backend = postgresql.").arg(key));
    }
    if (storage.port < 1 || storage.port > 65535)
        problems.append(AppConfigText::tr("[storage] port must be between 1 and 65535; got %1.")
                            .arg(storage.port));
    static const QStringList kSslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!kSslModes.contains(storage.sslmode))
        problems.append(AppConfigText::tr("[storage] sslmode must be one of %1; got \"%2\".")
                            .arg(kSslModes.join(QStringLiteral(", ")), storage.sslmode));
    // libpq reads "key=value" settings: a space or a quote in a value would start another.
    for (const QString &value : {storage.host, storage.dbname, storage.user}) {
        for (const QChar c : value) {
            if (c.isSpace() || c == u'\'' || c == u'\\' || c == u'=' || c == u';') {
                problems.append(AppConfigText::tr("[storage] host, dbname and user cannot contain "
                                                  "spaces, quotes, '=', ';' or '\\'."));
                return problems;
            }
        }
    }
    return problems;
}

} // namespace

QStringList validateConfig(const AppConfig &config)
{
    QStringList problems;
    bool allLoopback = true;
    const auto checkUrl = [&](const QUrl &url, const QString &key, bool optional) {
        if (optional && url.isEmpty()) {
            allLoopback = false; // the region's real https endpoints
            return;
        }
        if (const auto problem = endpointUrlProblem(url, key))
            problems.append(*problem);
        if (!isLoopbackUrl(url))
            allLoopback = false;
    };
    checkUrl(config.genesys.loginUrl, QStringLiteral("[genesys] login_url"), true);
    checkUrl(config.genesys.apiUrl, QStringLiteral("[genesys] api_url"), true);
    checkUrl(config.pagerduty.eventsUrl, QStringLiteral("[pagerduty] events_url"), false);
    if (const auto problem =
            endpointUrlProblem(config.pagerduty.apiUrl, QStringLiteral("[pagerduty] api_url")))
        problems.append(*problem);
    if (config.genesys.loginUrl.isEmpty() != config.genesys.apiUrl.isEmpty())
        problems.append(
            AppConfigText::tr("[genesys] login_url and api_url go together: set both or neither."));
    if (config.genesys.region.trimmed().isEmpty() && config.genesys.apiUrl.isEmpty())
        problems.append(
            AppConfigText::tr("[genesys] region is empty and no login_url/api_url is set."));

    const int window = config.schedule.windowSecs;
    if (window <= 0 || 86400 % window != 0)
        problems.append(
            AppConfigText::tr("[schedule] window_seconds must divide a day evenly (300 is "
                              "Genesys' FIVE_MINUTES granularity); got %1.")
                .arg(window));
    else if (window < 300 && !allLoopback)
        problems.append(
            AppConfigText::tr("[schedule] window_seconds below 300 is only accepted when every "
                              "endpoint is loopback (tests and demo); got %1.")
                .arg(window));
    if (config.genesys.source == QualitySourceKind::Summary && window != 300)
        problems.append(AppConfigText::tr("[genesys] source = summary needs window_seconds = 300 "
                                          "(the endpoint's FIVE_MINUTES granularity)."));
    if (config.schedule.ingestLagSecs < 0 || config.schedule.ingestLagSecs > 3600)
        problems.append(
            AppConfigText::tr("[schedule] ingest_lag_seconds must be between 0 and 3600; got %1.")
                .arg(config.schedule.ingestLagSecs));
    if (config.schedule.requestTimeoutSecs < 1 || config.schedule.requestTimeoutSecs > 300)
        problems.append(AppConfigText::tr(
                            "[schedule] request_timeout_seconds must be between 1 and 300; got %1.")
                            .arg(config.schedule.requestTimeoutSecs));
    if (config.storage.retentionDays < 1)
        problems.append(AppConfigText::tr("[storage] retention_days must be at least 1; got %1.")
                            .arg(config.storage.retentionDays));
    if (config.pagerduty.source.trimmed().isEmpty())
        problems.append(
            AppConfigText::tr("[pagerduty] source must not be empty (PagerDuty requires it)."));
    if (config.pagerduty.followSeconds < 10 || config.pagerduty.followSeconds > 3600)
        problems.append(
            AppConfigText::tr("[pagerduty] follow_seconds must be between 10 and 3600; got %1.")
                .arg(config.pagerduty.followSeconds));
    if (config.wall.rotateSecs < 3 || config.wall.rotateSecs > 3600)
        problems.append(
            AppConfigText::tr("[wall] rotate_seconds must be between 3 and 3600; got %1.")
                .arg(config.wall.rotateSecs));
    problems.append(config.policy.validate());
    problems.append(config.storm.validate());
    if (config.health.pageAfterWindows < 0 || config.health.pageAfterWindows > 288)
        problems.append(AppConfigText::tr("[health] page_after_windows must be between 0 (off) "
                                          "and 288; got %1.")
                            .arg(config.health.pageAfterWindows));
    if (!config.health.heartbeatUrl.isEmpty()) {
        if (const auto problem = endpointUrlProblem(config.health.heartbeatUrl,
                                                    QStringLiteral("[health] heartbeat_url")))
            problems.append(*problem);
    }
    if (!config.metrics.listen.isEmpty()) {
        const auto listen =
            parseListenAddress(config.metrics.listen, QStringLiteral("[metrics] listen"));
        if (!listen.ok())
            problems.append(listen.error().message);
    }
    problems.append(storageProblems(config.storage));
    return problems;
}

bool StorageConfig::postgres() const
{
    return backend == QLatin1StringView("postgresql");
}

} // namespace earshot
