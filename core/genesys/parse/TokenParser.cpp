#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "GenesysParsers".
class GenesysParsers
{
    Q_DECLARE_TR_FUNCTIONS(GenesysParsers)
};

Error tokenError(const QString &message)
{
    return Error{ErrorKind::AuthToken, message};
}

} // namespace

Result<TokenResponse> parseTokenResponse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return tokenError(
            GenesysParsers::tr("token answer: %1").arg(json::describeParseError(error)));
    if (!doc.isObject())
        return tokenError(GenesysParsers::tr("token answer is not a JSON object"));
    const QJsonObject o = doc.object();
    TokenResponse t;
    t.accessToken = o.value(QLatin1StringView("access_token")).toString();
    if (t.accessToken.isEmpty())
        return tokenError(GenesysParsers::tr("token answer has no access_token"));
    t.tokenType = o.value(QLatin1StringView("token_type")).toString();
    if (!t.tokenType.isEmpty() &&
        t.tokenType.compare(QLatin1StringView("bearer"), Qt::CaseInsensitive) != 0)
        return tokenError(GenesysParsers::tr("token answer has token_type \"%1\", expected bearer")
                              .arg(t.tokenType.left(20)));
    const auto expires = json::number(o, QLatin1StringView("expires_in"));
    // Whole seconds up to ten years: 0.5 would truncate to 0, 1e300 does not fit an integer
    // (found by FuzzTokenParser).
    constexpr double kMaxLifetimeSecs = 10.0 * 365 * 86'400;
    if (!expires || *expires < 1 || *expires > kMaxLifetimeSecs)
        return tokenError(GenesysParsers::tr("token answer has no positive expires_in"));
    t.expiresInSecs = qint64(*expires);
    return t;
}

OAuthError parseOAuthError(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return OAuthError{o.value(QLatin1StringView("error")).toString().left(200),
                      o.value(QLatin1StringView("error_description")).toString().left(500)};
}

ApiError parseApiError(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return ApiError{o.value(QLatin1StringView("message")).toString().left(500),
                    o.value(QLatin1StringView("code")).toString().left(200)};
}

Result<QueuePage> parseQueuePage(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorKind::GenesysQueues,
                     GenesysParsers::tr("queue list: %1").arg(json::describeParseError(error))};
    const QJsonObject o = doc.object();
    const QJsonValue entities = o.value(QLatin1StringView("entities"));
    if (!doc.isObject() || !(entities.isArray() || entities.isUndefined() || entities.isNull()))
        return Error{ErrorKind::GenesysQueues, GenesysParsers::tr("queue list: unexpected shape")};
    QueuePage page;
    const QJsonArray list = entities.toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject q = v.toObject();
        const QString id = q.value(QLatin1StringView("id")).toString();
        if (id.isEmpty())
            continue;
        page.queues.append(QueueInfo{id, q.value(QLatin1StringView("name")).toString()});
    }
    page.pageNumber = o.value(QLatin1StringView("pageNumber")).toInt();
    page.pageCount = o.value(QLatin1StringView("pageCount")).toInt();
    page.total = qint64(o.value(QLatin1StringView("total")).toDouble());
    return page;
}

} // namespace earshot
