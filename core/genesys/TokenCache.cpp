#include "core/genesys/TokenCache.h"

#include <algorithm>

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/genesys/OAuthClient.h"

#include <QCoreApplication>

namespace earshot {

TokenCache::TokenCache(QNetworkAccessManager &network, Clock &clock, QUrl loginBase,
                       HttpJob::Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_oauth(new OAuthClient(network, std::move(loginBase), std::move(options), this))
{
}

TokenCache::~TokenCache() = default;

void TokenCache::setCredentials(const QString &clientId, const QString &clientSecret)
{
    if (clientId == m_clientId && clientSecret == m_clientSecret && !blocked())
        return;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    ++m_credentialsGeneration; // an answer for the old credentials is not for these
    m_token.clear();
    m_expiresAtMs = 0;
    m_refreshAtMs = 0;
    m_nextRefreshAttemptMs = 0;
    m_badCredentialAnswers = 0;
    setState(AuthState::Idle);
}

void TokenCache::retryNow()
{
    m_badCredentialAnswers = 0;
    m_nextRefreshAttemptMs = 0;
    qCInfo(lcAuth) << "retrying authentication on request";
    setState(AuthState::Idle);
}

void TokenCache::invalidate()
{
    m_token.clear();
    m_expiresAtMs = 0;
    m_refreshAtMs = 0;
    m_nextRefreshAttemptMs = 0;
}

AuthState TokenCache::state() const
{
    if (m_state == AuthState::Authenticated && !hasValidToken())
        return AuthState::Idle; // expired since: the next call fetches a new one
    return m_state;
}

QString TokenCache::stateText() const
{
    switch (state()) {
    case AuthState::Idle:
        return tr("not authenticated yet");
    case AuthState::Authenticating:
        return tr("authenticating");
    case AuthState::Authenticated:
        return tr("authenticated");
    case AuthState::Unavailable:
        return tr("login server unavailable: %1").arg(m_lastError);
    case AuthState::AuthFailed:
        return tr("authentication failed: check client id / secret / role");
    }
    return {};
}

QString TokenCache::lastError() const
{
    return m_lastError;
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
    const bool valid = hasValidToken();
    if (valid && (now < m_refreshAtMs || now < m_nextRefreshAttemptMs)) {
        callback(m_token);
        return;
    }
    if (blocked()) {
        callback(Error{ErrorKind::AuthBlocked,
                       tr("authentication failed: check client id / secret / role (stopped "
                          "asking the login server after %1 refusals; change the credentials "
                          "or retry)")
                           .arg(kMaxBadCredentialAnswers)});
        return;
    }
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        callback(Error{ErrorKind::AuthMissing,
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
    if (!hasValidToken())
        setState(AuthState::Authenticating);
    qCInfo(lcAuth).noquote() << "requesting an access token for client" << maskSecret(m_clientId);
    const qint64 requestedAt = m_clock.nowMs();
    const quint64 generation = m_credentialsGeneration;
    m_oauth->requestToken(m_clientId, m_clientSecret, this,
                          [this, requestedAt, generation](const Result<TokenResponse> &answer) {
                              m_fetching = false;
                              if (generation != m_credentialsGeneration) {
                                  // The credentials changed meanwhile: ask again with the new ones.
                                  if (!m_waiting.isEmpty())
                                      fetch();
                                  return;
                              }
                              if (answer.ok())
                                  onFetched(requestedAt, answer.value().accessToken,
                                            answer.value().expiresInSecs * 1000);
                              else
                                  onFetched(requestedAt, answer.error(), 0);
                          });
}

void TokenCache::onFetched(qint64 requestedAtMs, const Result<QString> &token, qint64 lifetimeMs)
{
    if (token.ok()) {
        m_badCredentialAnswers = 0;
        m_token = token.value();
        // Counted from when the request left: the server's clock started no earlier.
        m_expiresAtMs = requestedAtMs + lifetimeMs;
        // Refresh when less than 5 minutes remain (the rule), or half-way through a
        // lifetime under 10 minutes, so a 5-minute token is not fetched on every call.
        m_refreshAtMs = m_expiresAtMs - std::min<qint64>(5 * 60 * 1000, lifetimeMs / 2);
        m_nextRefreshAttemptMs = 0;
        qCInfo(lcAuth) << "access token valid for" << lifetimeMs / 1000 << "s; refreshed after"
                       << (m_refreshAtMs - requestedAtMs) / 1000 << "s";
        setState(AuthState::Authenticated);
        deliver(m_token);
        return;
    }
    const Error &e = token.error();
    if (e.kind == ErrorKind::AuthFailed) {
        ++m_badCredentialAnswers;
        // Refused credentials also end the old token: the client may have been revoked.
        m_token.clear();
        m_expiresAtMs = 0;
        qCWarning(lcAuth).noquote() << e.message << "- refusal" << m_badCredentialAnswers << "of"
                                    << kMaxBadCredentialAnswers << "before pausing";
        setState(AuthState::AuthFailed, e.message);
        deliver(e);
        return;
    }
    qCWarning(lcAuth).noquote() << e.message;
    if (hasValidToken()) {
        // Due for refresh but not expired: keep using it, ask again a little later.
        m_nextRefreshAttemptMs = m_clock.nowMs() + kRefreshRetryMs;
        deliver(m_token);
        return;
    }
    setState(AuthState::Unavailable, e.message);
    deliver(e);
}

void TokenCache::deliver(const Result<QString> &result)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context)
            callback(result);
    }
}

void TokenCache::setState(AuthState state, const QString &error)
{
    const bool changed = state != m_state || error != m_lastError;
    m_state = state;
    if (state != AuthState::Authenticating)
        m_lastError = error;
    if (changed)
        emit authStateChanged();
}

} // namespace earshot
