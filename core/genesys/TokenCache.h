#pragma once

#include "core/common/Result.h"
#include "core/http/HttpJob.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;

// OAuth 2.0 client credentials against login.{region}: one cached token, refreshed when
// less than min(5 minutes, half its lifetime) remains (so a 5-minute token is not fetched
// again on every call), never used past expiry. Callers that ask while a fetch
// is under way share it. After three bad-credential answers in a row it stops calling the
// login server until setCredentials() or retryNow().
class TokenCache : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QString> &)>;
    static constexpr int kMaxBadCredentialAnswers = 3;

    TokenCache(QNetworkAccessManager &network, Clock &clock, QUrl loginBase,
               HttpJob::Options options, QObject *parent = nullptr);

    void setCredentials(const QString &clientId, const QString &clientSecret);
    void retryNow();
    // The API said 401 for this token: forget it, the next call fetches a new one.
    void invalidate();

    void withToken(QObject *context, Callback callback);

    [[nodiscard]] bool hasValidToken() const;
    [[nodiscard]] bool credentialsRejected() const; // the last answer was "bad credentials"
    [[nodiscard]] bool blocked() const;             // stopped asking until new credentials
    [[nodiscard]] qint64 expiresAtMs() const;
    [[nodiscard]] qint64 refreshAtMs() const;
    [[nodiscard]] int fetchCount() const; // tokens requested so far (for tests and status)

signals:
    void authStateChanged();

private:
    void fetch();
    void deliver(const Result<QString> &result);

    QNetworkAccessManager &m_network;
    Clock &m_clock;
    QUrl m_loginBase;
    HttpJob::Options m_options;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
    qint64 m_expiresAtMs = 0;
    qint64 m_refreshAtMs = 0;
    int m_badCredentialAnswers = 0;
    bool m_fetching = false;
    int m_fetchCount = 0;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
};

} // namespace earshot
