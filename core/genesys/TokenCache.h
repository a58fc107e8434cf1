#pragma once

#include "core/common/Result.h"
#include "core/http/HttpJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;
class OAuthClient;

enum class AuthState
{
    Idle,           // no token asked for yet
    Authenticating, // a token request is under way
    Authenticated,  // a token that has not expired is cached
    Unavailable,    // the login server did not answer with a token; retried on demand
    AuthFailed,     // the credentials were refused
};

// The access token of the OAuth client, cached and shared. It is refreshed half-way
// through its lifetime: that is min(expiry - 5 min, issued + lifetime/2) for any lifetime
// over 10 minutes, and for shorter tokens (5 minutes is allowed) "5 minutes before expiry"
// would mean a new token on every call. A token is never used past its expiry; a token
// that is due for refresh but still valid keeps working while the login server is down.
// Callers that ask while a fetch is under way share it. After three bad-credential answers
// in a row it stops calling the login server until setCredentials() or retryNow().
class TokenCache : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QString> &)>;
    static constexpr int kMaxBadCredentialAnswers = 3;
    // After a failed refresh, a still-valid token is used this long before asking again,
    // so a login outage is not hit by every API call.
    static constexpr qint64 kRefreshRetryMs = 30'000;

    TokenCache(QNetworkAccessManager &network, Clock &clock, QUrl loginBase,
               HttpJob::Options options, QObject *parent = nullptr);
    ~TokenCache() override;

    void setCredentials(const QString &clientId, const QString &clientSecret);
    // The operator asks to try the refused credentials again.
    void retryNow();
    // The API said 401 for this token: forget it, the next call fetches a new one.
    void invalidate();

    // Calls back with a token (at once when one is cached), or an Error with the codes of
    // OAuthClient plus "auth.blocked" and "auth.missing". Dropped if context dies first.
    void withToken(QObject *context, Callback callback);

    [[nodiscard]] AuthState state() const;
    [[nodiscard]] QString stateText() const; // translated, never a secret
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] bool hasValidToken() const;
    [[nodiscard]] bool credentialsRejected() const; // the last answer was "bad credentials"
    [[nodiscard]] bool blocked() const;             // stopped asking until new credentials
    [[nodiscard]] qint64 expiresAtMs() const;
    [[nodiscard]] qint64 refreshAtMs() const;
    [[nodiscard]] int fetchCount() const; // token requests sent so far

signals:
    void authStateChanged();

private:
    void fetch();
    void onFetched(qint64 requestedAtMs, const Result<QString> &token, qint64 lifetimeMs);
    void deliver(const Result<QString> &result);
    void setState(AuthState state, const QString &error = {});

    Clock &m_clock;
    OAuthClient *m_oauth;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
    qint64 m_expiresAtMs = 0;
    qint64 m_refreshAtMs = 0;
    qint64 m_nextRefreshAttemptMs = 0;
    int m_badCredentialAnswers = 0;
    bool m_fetching = false;
    quint64 m_credentialsGeneration = 0;
    int m_fetchCount = 0;
    AuthState m_state = AuthState::Idle;
    QString m_lastError;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
};

} // namespace earshot
