#include "ui/SettingsData.h"

#include "core/genesys/Region.h"

#include <QCoreApplication>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "SettingsData".
class SettingsDataText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsData)
};

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
        problems << SettingsDataText::tr("A custom region needs both a login URL and an API URL.");
    } else {
        const Result<GenesysEndpoints> endpoints =
            custom ? resolveEndpoints(QString(), s.loginUrl, s.apiUrl) : resolveEndpoints(s.region);
        if (!endpoints.ok())
            problems << endpoints.error().message;
    }
    // Client id, secret and integration key may be empty: empty keeps what the keychain
    // (or the environment) already holds, and the dialog cannot read the keychain to know.
    if (s.windowSecs < 60 || s.windowSecs > 3600 || 86400 % s.windowSecs != 0)
        problems << SettingsDataText::tr(
            "The window must be between 1 and 60 minutes and divide a day evenly.");
    if (s.ingestLagSecs < 0 || s.ingestLagSecs > 3600)
        problems << SettingsDataText::tr("The ingest lag must be between 0 and 3600 seconds.");
    return problems;
}

} // namespace earshot
