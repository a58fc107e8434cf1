#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace earshot {

struct GenesysRegion
{
    QString name;    // "US East"
    QString awsCode; // "us-east-1"
    QString domain;  // "mypurecloud.com"
};

// Every Genesys Cloud region (shared/reference/api-facts.md).
[[nodiscard]] const QList<GenesysRegion> &genesysRegions();

struct GenesysEndpoints
{
    QUrl loginBase; // https://login.{domain}
    QUrl apiBase;   // https://api.{domain}
};

// `region` is an AWS code, a region name or a domain (a custom domain is accepted: new
// regions appear). Explicit login/api URLs win (tests, proxies); http:// only for
// loopback hosts.
[[nodiscard]] Result<GenesysEndpoints>
resolveEndpoints(const QString &region, const QUrl &loginUrl = {}, const QUrl &apiUrl = {});

} // namespace earshot
