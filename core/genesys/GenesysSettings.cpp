#include "core/genesys/GenesysSettings.h"

#include "core/common/UrlPolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "GenesysSettings".
class GenesysSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(GenesysSettings)
};

constexpr int kSecondsPerDay = 86'400;
constexpr int kGenesysWindowSecs = 300;

} // namespace

QStringList GenesysSettings::validate() const
{
    QStringList problems;
    const auto checkUrl = [&problems](const QUrl &url, const QString &what) {
        if (url.isEmpty())
            problems.append(GenesysSettingsText::tr("%1 is not set.").arg(what));
        else if (const auto problem = endpointUrlProblem(url, what))
            problems.append(*problem);
    };
    checkUrl(endpoints.loginBase, GenesysSettingsText::tr("the Genesys Cloud login URL"));
    checkUrl(endpoints.apiBase, GenesysSettingsText::tr("the Genesys Cloud API URL"));
    const bool allLoopback = isLoopbackUrl(endpoints.loginBase) && isLoopbackUrl(endpoints.apiBase);

    if (clientId.trimmed().isEmpty())
        problems.append(GenesysSettingsText::tr("The OAuth client id is empty."));
    if (clientSecret.isEmpty())
        problems.append(GenesysSettingsText::tr("The OAuth client secret is empty."));

    if (windowSecs <= 0 || kSecondsPerDay % windowSecs != 0)
        problems.append(
            GenesysSettingsText::tr(
                "The window length must divide a day evenly (300 s is Genesys' five minutes); "
                "got %1 s.")
                .arg(windowSecs));
    else if (windowSecs < kGenesysWindowSecs && !allLoopback)
        problems.append(GenesysSettingsText::tr(
                            "A window shorter than 300 s is only accepted when every endpoint is "
                            "loopback (tests and demo); got %1 s.")
                            .arg(windowSecs));
    if (source == QualitySourceKind::Summary && windowSecs != kGenesysWindowSecs && !allLoopback)
        problems.append(GenesysSettingsText::tr(
                            "The quality summary source serves FIVE_MINUTES windows only: the "
                            "window must be 300 s; got %1 s.")
                            .arg(windowSecs));
    if (ingestLagSecs < 0)
        problems.append(GenesysSettingsText::tr("The ingest lag cannot be negative; got %1 s.")
                            .arg(ingestLagSecs));
    if (requestTimeoutMs < 1000)
        problems.append(
            GenesysSettingsText::tr("The request timeout must be at least 1000 ms; got %1 ms.")
                .arg(requestTimeoutMs));
    if (maxBodyBytes < 64 * 1024)
        problems.append(
            GenesysSettingsText::tr("The response size cap must be at least 64 KiB; got %1 bytes.")
                .arg(maxBodyBytes));
    if (maxRetriesPerWindow < 0)
        problems.append(
            GenesysSettingsText::tr("The retries per window cannot be negative; got %1.")
                .arg(maxRetriesPerWindow));
    if (backfillCap < 1)
        problems.append(
            GenesysSettingsText::tr("The back-fill cap must be at least 1 window; got %1.")
                .arg(backfillCap));
    if (!(mosWarning >= 1.0 && mosWarning <= 5.0))
        problems.append(
            GenesysSettingsText::tr("The MOS warning line must be between 1 and 5; got %1.")
                .arg(mosWarning));

    QSet<QString> seen;
    for (const QString &id : monitoredQueues) {
        if (id.trimmed().isEmpty() || id.trimmed() != id)
            problems.append(GenesysSettingsText::tr(
                                "A monitored queue id is empty or has surrounding spaces: \"%1\".")
                                .arg(id));
        else if (seen.contains(id))
            problems.append(
                GenesysSettingsText::tr("The monitored queue id %1 is listed twice.").arg(id));
        seen.insert(id);
    }
    return problems;
}

} // namespace earshot
