#include "core/genesys/OAuthClient.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

namespace earshot {

namespace {

// Servers sometimes echo what they were sent; whatever they say, the secret stays out.
QString scrubbed(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, maskSecret(secret));
    return text;
}

} // namespace

OAuthClient::OAuthClient(QNetworkAccessManager &network, QUrl loginBase, HttpJob::Options options,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_loginBase(std::move(loginBase))
    , m_options(std::move(options))
{
    m_options.label = QStringLiteral("POST /oauth/token");
}

QUrl OAuthClient::tokenUrl() const
{
    QUrl url = m_loginBase;
    url.setPath(QStringLiteral("/oauth/token"));
    url.setQuery(QString());
    return url;
}

QByteArray OAuthClient::basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    return "Basic " + (clientId + u':' + clientSecret).toUtf8().toBase64();
}

void OAuthClient::requestToken(const QString &clientId, const QString &clientSecret,
                               QObject *context, Callback callback)
{
    QNetworkRequest request(tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", basicAuthorization(clientId, clientSecret));
    QPointer<QObject> guard(context);
    HttpJob *job = HttpJob::start(
        m_network, "POST", request, "grant_type=client_credentials", m_options, this,
        [guard, clientSecret, callback = std::move(callback)](const HttpResult &http) {
            if (!guard)
                return;
            if (http.isSuccess()) {
                auto parsed = parseTokenResponse(http.body);
                if (!parsed.ok()) {
                    callback(Error{ErrorKind::AuthUnavailable,
                                   tr("POST /oauth/token: %1").arg(parsed.error().message)});
                    return;
                }
                callback(std::move(parsed).value());
                return;
            }
            if (http.failure == HttpResult::Failure::Redirected) {
                // The credentials were not sent on; the login URL is wrong.
                callback(Error{ErrorKind::AuthUnavailable, http.errorText});
                return;
            }
            if (http.failure != HttpResult::Failure::None) {
                callback(Error{ErrorKind::NetworkOffline, http.errorText});
                return;
            }
            if (http.status == 400 || http.status == 401 || http.status == 403) {
                const OAuthError e = parseOAuthError(http.body);
                QString detail = e.error;
                if (!e.errorDescription.isEmpty())
                    detail +=
                        (detail.isEmpty() ? QString() : QStringLiteral(": ")) + e.errorDescription;
                callback(Error{
                    ErrorKind::AuthFailed,
                    tr("authentication failed: check client id / secret / role "
                       "(%1%2)")
                        .arg(http.errorText, detail.isEmpty()
                                                 ? QString()
                                                 : QStringLiteral(" ") +
                                                       scrubbed(detail.left(200), clientSecret))});
                return;
            }
            callback(Error{ErrorKind::AuthUnavailable, http.errorText});
        });
    job->setParent(this); // dropped with the client, before the network manager
}

} // namespace earshot
