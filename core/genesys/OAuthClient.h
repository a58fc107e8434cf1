#pragma once

#include "core/common/Result.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/http/HttpJob.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

// One OAuth 2.0 client-credentials exchange with the login server, nothing cached:
// POST {loginBase}/oauth/token, Authorization: Basic base64(id:secret), form body
// grant_type=client_credentials. TokenCache decides when to call it.
//
// Error codes: "auth.failed" — the login server refused the credentials (400/401/403,
// e.g. invalid_client); "auth.unavailable" — it answered, but not with a token (5xx, 429,
// an unreadable body); "net.offline" — no answer (refused, timed out, cut off). The error
// text never holds the secret or a token.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<TokenResponse> &)>;

    OAuthClient(QNetworkAccessManager &network, QUrl loginBase, HttpJob::Options options,
                QObject *parent = nullptr);

    // The callback is dropped if `context` is destroyed first.
    void requestToken(const QString &clientId, const QString &clientSecret, QObject *context,
                      Callback callback);

    [[nodiscard]] QUrl tokenUrl() const;
    // "Basic base64(id:secret)"
    [[nodiscard]] static QByteArray basicAuthorization(const QString &clientId,
                                                       const QString &clientSecret);

private:
    QNetworkAccessManager &m_network;
    QUrl m_loginBase;
    HttpJob::Options m_options;
};

} // namespace earshot
