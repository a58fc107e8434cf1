#include "core/genesys/TokenCache.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/genesys/parse/GenesysParsers.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <algorithm>

namespace earshot {

namespace {

} // namespace

TokenCache::TokenCache(QNetworkAccessManager &network, Clock &clock, QUrl loginBase,
                       HttpJob::Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_loginBase(std::move(loginBase))
    , m_options(std::move(options))
{
    m_options.label = QStringLiteral("POST /oauth/token");
}

void TokenCache::setCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
    m_expiresAtMs = 0;
    m_badCredentialAnswers = 0;
    emit authStateChanged();
}

void TokenCache::retryNow()
{
    m_badCredentialAnswers = 0;
    emit authStateChanged();
}

void TokenCache::invalidate()
{
    m_token.clear();
    m_expiresAtMs = 0;
}

bool TokenCache::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock.nowMs() < m_expiresAtMs;
}

bool TokenCache::credentialsRejected() const
{
    return m_badCredentialAnswers > 0;
}

bool TokenCache::blocked() const
{
    return m_badCredentialAnswers >= kMaxBadCredentialAnswers;
}

qint64 TokenCache::expiresAtMs() const
{
    return m_expiresAtMs;
}

qint64 TokenCache::refreshAtMs() const
{
    return m_refreshAtMs;
}

int TokenCache::fetchCount() const
{
    return m_fetchCount;
}

void TokenCache::withToken(QObject *context, Callback callback)
{
    const qint64 now = m_clock.nowMs();
    if (hasValidToken() && now < m_refreshAtMs) {
        callback(m_token);
        return;
    }
    if (blocked()) {
        callback(Error{QStringLiteral("auth.blocked"),
                       tr("authentication failed: check client id / secret / role (stopped "
                          "retrying after %1 rejected attempts; update the credentials or "
                          "retry by hand)")
                           .arg(kMaxBadCredentialAnswers)});
        return;
    }
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        callback(Error{QStringLiteral("auth.missing"),
                       tr("authentication failed: no client id / secret configured")});
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_fetching)
        fetch();
}

void TokenCache::fetch()
{
    m_fetching = true;
    ++m_fetchCount;
    QUrl url = m_loginBase;
    url.setPath(QStringLiteral("/oauth/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization",
                         "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64());
    qCInfo(lcAuth) << "requesting an access token for client" << maskSecret(m_clientId);
    const qint64 requestedAt = m_clock.nowMs();
    HttpJob::start(
        m_network, "POST", request, "grant_type=client_credentials", m_options, this,
        [this, requestedAt](const HttpResult &http) {
            m_fetching = false;
            if (http.isSuccess()) {
                const auto parsed = parseTokenResponse(http.body);
                if (!parsed.ok()) {
                    qCWarning(lcAuth).noquote() << parsed.error().message;
                    deliver(parsed.error());
                    return;
                }
                m_badCredentialAnswers = 0;
                m_token = parsed.value().accessToken;
                const qint64 lifetime = parsed.value().expiresInSecs * 1000;
                m_expiresAtMs = requestedAt + lifetime;
                // Refresh 5 minutes before expiry, or half-way through a
                // lifetime shorter than 10 minutes (else a 5-minute token would
                // be refreshed on every call).
                m_refreshAtMs = m_expiresAtMs - std::min<qint64>(5 * 60 * 1000, lifetime / 2);
                qCInfo(lcAuth) << "access token valid for" << parsed.value().expiresInSecs << "s";
                emit authStateChanged();
                deliver(m_token);
                return;
            }
            if (http.status == 400 || http.status == 401 || http.status == 403) {
                ++m_badCredentialAnswers;
                const OAuthError e = parseOAuthError(http.body);
                qCWarning(lcAuth).noquote() << "login server rejected the credentials: HTTP"
                                            << http.status << e.error << e.errorDescription;
                emit authStateChanged();
                deliver(Error{QStringLiteral("auth.failed"),
                              tr("authentication failed: check client id / secret / "
                                 "role (HTTP %1 %2)")
                                  .arg(http.status)
                                  .arg(e.error)});
                return;
            }
            qCWarning(lcAuth).noquote() << http.errorText;
            // The login server is unreachable or busy; a token that has not
            // expired yet still works meanwhile.
            if (hasValidToken()) {
                deliver(m_token);
                return;
            }
            deliver(Error{http.failure == HttpResult::Failure::None
                              ? QStringLiteral("auth.unavailable")
                              : QStringLiteral("net.offline"),
                          http.errorText});
        });
}

void TokenCache::deliver(const Result<QString> &result)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context)
            callback(result);
    }
}

} // namespace earshot
