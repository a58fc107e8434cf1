#include "core/common/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace earshot {

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> endpointUrlProblem(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "%1 is not a valid URL: \"%2\"")
            .arg(what, url.toString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("https"))
        return std::nullopt;
    if (scheme == QLatin1StringView("http") && isLoopbackUrl(url))
        return std::nullopt;
    if (scheme == QLatin1StringView("http"))
        return QCoreApplication::translate(
                   "UrlPolicy", "%1 must use https:// (http:// is only accepted for loopback "
                                "hosts): \"%2\"")
            .arg(what, url.toString(QUrl::RemoveUserInfo));
    return QCoreApplication::translate("UrlPolicy", "%1 must be an https:// URL: \"%2\"")
        .arg(what, url.toString(QUrl::RemoveUserInfo));
}

} // namespace earshot
