#include "ui/SettingsData.h"

#include "core/genesys/Region.h"

#include <QCoreApplication>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SettingsData", text);
}

} // namespace

QString customRegionKey()
{
    return QStringLiteral("custom");
}

QStringList validateSettings(const SettingsData &s)
{
    QStringList problems;
    // The same resolution the poller uses, so the dialog accepts exactly what will work.
    const bool custom = s.region == customRegionKey();
    if (custom && s.loginUrl.isEmpty() && s.apiUrl.isEmpty()) {
        problems << tr("A custom region needs both a login URL and an API URL.");
    } else {
        const Result<GenesysEndpoints> endpoints =
            custom ? resolveEndpoints(QString(), s.loginUrl, s.apiUrl) : resolveEndpoints(s.region);
        if (!endpoints.ok())
            problems << endpoints.error().message;
    }
    // Client id, secret and integration key may be empty: empty keeps what the keychain
    // (or the environment) already holds, and the dialog cannot read the keychain to know.
    if (s.windowSecs < 60 || s.windowSecs > 3600 || 86400 % s.windowSecs != 0)
        problems << tr("The window must be between 1 and 60 minutes and divide a day evenly.");
    if (s.ingestLagSecs < 0 || s.ingestLagSecs > 3600)
        problems << tr("The ingest lag must be between 0 and 3600 seconds.");
    return problems;
}

} // namespace earshot
