#include "core/genesys/Region.h"

#include "core/common/UrlPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "Region".
class Region
{
    Q_DECLARE_TR_FUNCTIONS(Region)
};

} // namespace

const QList<GenesysRegion> &genesysRegions()
{
    static const QList<GenesysRegion> regions = {
        {QStringLiteral("US East"), QStringLiteral("us-east-1"), QStringLiteral("mypurecloud.com")},
        {QStringLiteral("US East 2 (FedRAMP)"), QStringLiteral("us-east-2"),
         QStringLiteral("use2.us-gov-pure.cloud")},
        {QStringLiteral("US West"), QStringLiteral("us-west-2"), QStringLiteral("usw2.pure.cloud")},
        {QStringLiteral("Canada"), QStringLiteral("ca-central-1"),
         QStringLiteral("cac1.pure.cloud")},
        {QStringLiteral("Mexico"), QStringLiteral("mx-central-1"),
         QStringLiteral("mxc1.pure.cloud")},
        {QStringLiteral("São Paulo"), QStringLiteral("sa-east-1"),
         QStringLiteral("sae1.pure.cloud")},
        {QStringLiteral("Dublin"), QStringLiteral("eu-west-1"), QStringLiteral("mypurecloud.ie")},
        {QStringLiteral("London"), QStringLiteral("eu-west-2"), QStringLiteral("euw2.pure.cloud")},
        {QStringLiteral("Frankfurt"), QStringLiteral("eu-central-1"),
         QStringLiteral("mypurecloud.de")},
        {QStringLiteral("Zurich"), QStringLiteral("eu-central-2"),
         QStringLiteral("euc2.pure.cloud")},
        {QStringLiteral("UAE"), QStringLiteral("me-central-1"), QStringLiteral("mec1.pure.cloud")},
        {QStringLiteral("Mumbai"), QStringLiteral("ap-south-1"), QStringLiteral("aps1.pure.cloud")},
        {QStringLiteral("Tokyo"), QStringLiteral("ap-northeast-1"),
         QStringLiteral("mypurecloud.jp")},
        {QStringLiteral("Seoul"), QStringLiteral("ap-northeast-2"),
         QStringLiteral("apne2.pure.cloud")},
        {QStringLiteral("Osaka"), QStringLiteral("ap-northeast-3"),
         QStringLiteral("apne3.pure.cloud")},
        {QStringLiteral("Sydney"), QStringLiteral("ap-southeast-2"),
         QStringLiteral("mypurecloud.com.au")},
        {QStringLiteral("Singapore"), QStringLiteral("ap-southeast-1"),
         QStringLiteral("apse1.pure.cloud")},
        // The reference names no AWS code for the EU sovereign cloud: look it up by name or domain.
        {QStringLiteral("EU sovereign cloud"), QString(), QStringLiteral("edee1.eusc-pure.cloud")},
    };
    return regions;
}

QString regionDisplayName(const GenesysRegion &region)
{
    static const char *const kNames[] = {
        QT_TRANSLATE_NOOP("Region", "US East"),
        QT_TRANSLATE_NOOP("Region", "US East 2 (FedRAMP)"),
        QT_TRANSLATE_NOOP("Region", "US West"),
        QT_TRANSLATE_NOOP("Region", "Canada"),
        QT_TRANSLATE_NOOP("Region", "Mexico"),
        QT_TRANSLATE_NOOP("Region", "São Paulo"),
        QT_TRANSLATE_NOOP("Region", "Dublin"),
        QT_TRANSLATE_NOOP("Region", "London"),
        QT_TRANSLATE_NOOP("Region", "Frankfurt"),
        QT_TRANSLATE_NOOP("Region", "Zurich"),
        QT_TRANSLATE_NOOP("Region", "UAE"),
        QT_TRANSLATE_NOOP("Region", "Mumbai"),
        QT_TRANSLATE_NOOP("Region", "Tokyo"),
        QT_TRANSLATE_NOOP("Region", "Seoul"),
        QT_TRANSLATE_NOOP("Region", "Osaka"),
        QT_TRANSLATE_NOOP("Region", "Sydney"),
        QT_TRANSLATE_NOOP("Region", "Singapore"),
        QT_TRANSLATE_NOOP("Region", "EU sovereign cloud"),
    };
    for (const char *name : kNames) {
        if (region.name == QString::fromUtf8(name))
            return Region::tr(name);
    }
    return region.name;
}

std::optional<GenesysRegion> findRegion(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const GenesysRegion &r : genesysRegions()) {
        if ((!r.awsCode.isEmpty() && wanted.compare(r.awsCode, Qt::CaseInsensitive) == 0) ||
            wanted.compare(r.name, Qt::CaseInsensitive) == 0 ||
            wanted.compare(r.domain, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

Result<GenesysEndpoints> resolveEndpoints(const QString &region, const QUrl &loginUrl,
                                          const QUrl &apiUrl)
{
    if (!loginUrl.isEmpty() || !apiUrl.isEmpty()) {
        if (loginUrl.isEmpty() || apiUrl.isEmpty())
            return Error{ErrorKind::GenesysRegion,
                         Region::tr("login_url and api_url go together: set both or neither.")};
        for (const auto &[url, what] : {std::pair{loginUrl, QStringLiteral("login_url")},
                                        std::pair{apiUrl, QStringLiteral("api_url")}}) {
            if (const auto problem = endpointUrlProblem(url, what))
                return Error{ErrorKind::GenesysRegion, *problem};
        }
        return GenesysEndpoints{loginUrl, apiUrl};
    }
    const QString wanted = region.trimmed();
    QString domain;
    if (const auto known = findRegion(wanted))
        domain = known->domain;
    if (domain.isEmpty()) {
        // A custom domain: at least two labels of letters, digits and hyphens.
        static const QRegularExpression domainPattern(
            QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!domainPattern.match(wanted).hasMatch())
            return Error{
                ErrorKind::GenesysRegion,
                Region::tr("\"%1\" is neither a Genesys Cloud region nor a domain.").arg(wanted)};
        domain = wanted.toLower();
    }
    return GenesysEndpoints{QUrl(QStringLiteral("https://login.") + domain),
                            QUrl(QStringLiteral("https://api.") + domain)};
}

} // namespace earshot
