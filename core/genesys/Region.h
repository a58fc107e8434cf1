#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace earshot {

struct GenesysRegion
{
    QString name;    // "US East"
    QString awsCode; // "us-east-1"
    QString domain;  // "mypurecloud.com"
};

// Every Genesys Cloud region (shared/reference/api-facts.md).
[[nodiscard]] const QList<GenesysRegion> &genesysRegions();

// The region's name as the window shows it, in the user's language ("Fráncfort"). The
// English name stays what config files and findRegion() use.
[[nodiscard]] QString regionDisplayName(const GenesysRegion &region);

// The region whose AWS code ("us-east-1"), name ("Frankfurt") or domain ("mypurecloud.de")
// is `text`, case-insensitive; nullopt for anything else (maybe a custom domain).
[[nodiscard]] std::optional<GenesysRegion> findRegion(const QString &text);

struct GenesysEndpoints
{
    QUrl loginBase; // https://login.{domain}
    QUrl apiBase;   // https://api.{domain}
};

// `region` is an AWS code, a region name or a domain (a custom domain is accepted: new
// regions appear) and gives https://login.{domain} and https://api.{domain}. Explicit
// login/api URLs win (tests, proxies, a local summary service); they go together, and
// must be https:// unless the host is loopback (endpointUrlProblem in core/common/UrlPolicy).
[[nodiscard]] Result<GenesysEndpoints>
resolveEndpoints(const QString &region, const QUrl &loginUrl = {}, const QUrl &apiUrl = {});

} // namespace earshot
