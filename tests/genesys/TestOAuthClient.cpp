#include "tests/support/GenesysFixture.h"

#include "core/genesys/OAuthClient.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kSecret = QStringLiteral("earshot-secret");

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_log.append(msg);
}

struct TokenOutcome
{
    bool done = false;
    QString token;
    std::optional<ErrorKind> kind;
    QString error;
};

std::shared_ptr<TokenOutcome> askToken(TokenCache &tokens, QObject *context)
{
    auto outcome = std::make_shared<TokenOutcome>();
    tokens.withToken(context, [outcome](const Result<QString> &r) {
        outcome->done = true;
        if (r.ok()) {
            outcome->token = r.value();
        } else {
            outcome->kind = r.error().kind;
            outcome->error = r.error().message;
        }
    });
    return outcome;
}

// A token (or an error) from the cache, running the event loop as long as needed.
std::shared_ptr<TokenOutcome> tokenNow(GenesysFixture &f, QObject *context)
{
    auto o = askToken(*f.tokens, context);
    if (!waitFor([&] { return o->done; }))
        qWarning("no answer from the token cache");
    return o;
}

} // namespace

class TestOAuthClient : public QObject
{
    Q_OBJECT

private slots:
    void requestHasTheClientCredentialsWireFormat()
    {
        GenesysFixture f;
        f.fake.setTokenLifetimeSecs(7200);
        OAuthClient client(f.network, f.fake.baseUrl(), {});
        std::optional<Result<TokenResponse>> answer;
        client.requestToken(QStringLiteral("earshot-client"), kSecret, this,
                            [&](const Result<TokenResponse> &r) { answer = r; });
        QVERIFY(waitFor([&] { return answer.has_value(); }));
        QVERIFY2(answer->ok(), qPrintable(failureOf(*answer)));
        QCOMPARE(answer->value().expiresInSecs, 7200);
        QVERIFY(answer->value().accessToken.size() >= 32);

        QCOMPARE(f.fake.server().requests().size(), 1);
        const HttpRequest &sent = f.fake.server().requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/oauth/token"));
        QCOMPARE(sent.header("authorization"),
                 QByteArray("Basic ") + QByteArray("earshot-client:earshot-secret").toBase64());
        QCOMPARE(sent.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(sent.body, QByteArray("grant_type=client_credentials"));
    }

    void refusedCredentialsAreAuthFailedWithoutTheSecret()
    {
        GenesysFixture f;
        f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("other"));
        OAuthClient client(f.network, f.fake.baseUrl(), {});
        std::optional<Result<TokenResponse>> answer;
        client.requestToken(QStringLiteral("earshot-client"), kSecret, this,
                            [&](const Result<TokenResponse> &r) { answer = r; });
        QVERIFY(waitFor([&] { return answer.has_value(); }));
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::AuthFailed);
        QVERIFY(answer->error().message.startsWith(
            QStringLiteral("authentication failed: check client id / secret / role")));
        QVERIFY(answer->error().message.contains(QStringLiteral("invalid_client")));
        QVERIFY(answer->error().message.contains(QStringLiteral("HTTP 401")));
        QVERIFY(!answer->error().message.contains(kSecret));
    }

    void loginServerTroubleIsNotBadCredentials_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("503") << 503 << QByteArray() << false << ErrorKind::AuthUnavailable;
        QTest::newRow("429") << 429 << QByteArray() << false << ErrorKind::AuthUnavailable;
        QTest::newRow("malformed token body")
            << 0 << QByteArray("{\"access_token\": \"abc") << false << ErrorKind::AuthUnavailable;
        QTest::newRow("null token") << 0
                                    << QByteArray("{\"access_token\":null,\"token_type\":"
                                                  "\"bearer\",\"expires_in\":null}")
                                    << false << ErrorKind::AuthUnavailable;
        QTest::newRow("wrong types") << 0
                                     << QByteArray("{\"access_token\":12,\"token_type\":"
                                                   "\"bearer\",\"expires_in\":\"soon\"}")
                                     << false << ErrorKind::AuthUnavailable;
        QTest::newRow("connection refused")
            << 0 << QByteArray() << true << ErrorKind::NetworkOffline;
    }

    void loginServerTroubleIsNotBadCredentials()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, closed);
        QFETCH(ErrorKind, kind);
        GenesysFixture f;
        f.faults.push(GenesysFault::status("/oauth", status).withBody(body));
        if (closed)
            f.fake.server().close();
        OAuthClient client(f.network, f.fake.baseUrl(), {});
        std::optional<Result<TokenResponse>> answer;
        client.requestToken(QStringLiteral("earshot-client"), kSecret, this,
                            [&](const Result<TokenResponse> &r) { answer = r; });
        QVERIFY(waitFor([&] { return answer.has_value(); }));
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, kind);
        QVERIFY(answer->error().message.contains(QStringLiteral("/oauth/token")));
        QVERIFY(!answer->error().message.contains(kSecret));
    }

    void tokenIsCachedAndSharedByConcurrentCallers()
    {
        GenesysFixture f;
        QList<std::shared_ptr<TokenOutcome>> outcomes;
        for (int i = 0; i < 5; ++i)
            outcomes.append(askToken(*f.tokens, this)); // all before any answer arrives
        QVERIFY(waitFor([&] {
            return std::all_of(outcomes.cbegin(), outcomes.cend(),
                               [](const auto &o) { return o->done; });
        }));
        QCOMPARE(f.fake.requestCount("/oauth/token"), 1);
        for (const auto &o : std::as_const(outcomes))
            QCOMPARE(o->token, outcomes.first()->token);
        QVERIFY(!outcomes.first()->token.isEmpty());
        QCOMPARE(f.tokens->state(), AuthState::Authenticated);

        // Later callers get the cached token at once, without a request.
        auto cached = askToken(*f.tokens, this);
        QVERIFY(cached->done);
        QCOMPARE(cached->token, outcomes.first()->token);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 1);
    }

    void refreshesBeforeExpiry_data()
    {
        QTest::addColumn<int>("lifetimeSecs");
        QTest::addColumn<int>("refreshAfterSecs");
        // Refresh when less than min(5 min, half the lifetime) remains: 5 minutes before
        // expiry for ordinary tokens...
        QTest::newRow("24 h token") << 86'400 << 86'100;
        QTest::newRow("1 h token") << 3600 << 3300;
        QTest::newRow("10 min token") << 600 << 300;
        // ...and half-way for a 5-minute token, where "5 minutes before expiry" would mean
        // a new token on every call.
        QTest::newRow("5 min token") << 300 << 150;
    }

    void refreshesBeforeExpiry()
    {
        QFETCH(int, lifetimeSecs);
        QFETCH(int, refreshAfterSecs);
        GenesysFixture f;
        f.fake.setTokenLifetimeSecs(lifetimeSecs);
        const qint64 issuedAt = f.clock.nowMs();
        const auto first = tokenNow(f, this);
        QVERIFY(!first->token.isEmpty());
        QCOMPARE(f.tokens->expiresAtMs(), issuedAt + lifetimeSecs * 1000LL);
        QCOMPARE(f.tokens->refreshAtMs(), issuedAt + refreshAfterSecs * 1000LL);

        f.clock.advanceTo(f.tokens->refreshAtMs() - 1);
        const auto before = tokenNow(f, this);
        QCOMPARE(before->token, first->token);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 1);

        f.clock.advanceTo(f.tokens->refreshAtMs());
        const auto after = tokenNow(f, this);
        QVERIFY(!after->token.isEmpty());
        QVERIFY(after->token != first->token);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 2);
        QCOMPARE(f.tokens->expiresAtMs(), f.clock.nowMs() + lifetimeSecs * 1000LL);
    }

    void neverUsesATokenPastItsExpiry()
    {
        GenesysFixture f;
        f.fake.setTokenLifetimeSecs(300);
        const auto first = tokenNow(f, this);
        QVERIFY(!first->token.isEmpty());
        const qint64 expiry = f.tokens->expiresAtMs();

        // The login server is down from here on.
        f.faults.push(GenesysFault::status("/oauth", 503).times(1000));

        // Due for refresh but valid: the refresh fails, the old token still serves...
        f.clock.advanceTo(f.tokens->refreshAtMs());
        const auto stillValid = tokenNow(f, this);
        QCOMPARE(stillValid->token, first->token);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 2);
        // ...and the login server is not asked again by every call meanwhile.
        const auto soonAfter = tokenNow(f, this);
        QCOMPARE(soonAfter->token, first->token);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 2);

        // One millisecond before expiry it is still used; at expiry never again.
        f.clock.advanceTo(expiry - 1);
        QCOMPARE(tokenNow(f, this)->token, first->token);
        f.clock.advanceTo(expiry);
        QVERIFY(!f.tokens->hasValidToken());
        const auto expired = tokenNow(f, this);
        QVERIFY(expired->token.isEmpty());
        QCOMPARE(expired->kind, ErrorKind::AuthUnavailable);
        QCOMPARE(f.tokens->state(), AuthState::Unavailable);
    }

    void badCredentialsStopHammeringTheLoginServer()
    {
        GenesysFixture f;
        f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("rotated"));
        QSignalSpy changed(f.tokens, &TokenCache::authStateChanged);
        for (int i = 0; i < 6; ++i) {
            const auto o = tokenNow(f, this);
            QVERIFY(o->token.isEmpty());
            QVERIFY2(o->error.startsWith(
                         QStringLiteral("authentication failed: check client id / secret / role")),
                     qPrintable(o->error));
        }
        QCOMPARE(f.fake.requestCount("/oauth/token"), TokenCache::kMaxBadCredentialAnswers);
        QVERIFY(f.tokens->blocked());
        QCOMPARE(f.tokens->state(), AuthState::AuthFailed);
        QCOMPARE(f.tokens->stateText(),
                 QStringLiteral("authentication failed: check client id / secret / role"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(tokenNow(f, this)->kind, ErrorKind::AuthBlocked);

        // Hours later it still does not ask on its own.
        f.clock.advance(6 * 3600 * 1000);
        QCOMPARE(tokenNow(f, this)->kind, ErrorKind::AuthBlocked);
        QCOMPARE(f.fake.requestCount("/oauth/token"), TokenCache::kMaxBadCredentialAnswers);

        // retryNow(): one more attempt (still refused, so it counts again).
        f.tokens->retryNow();
        QCOMPARE(tokenNow(f, this)->kind, ErrorKind::AuthFailed);
        QCOMPARE(f.fake.requestCount("/oauth/token"), TokenCache::kMaxBadCredentialAnswers + 1);

        // New credentials: asked at once, and they work.
        f.tokens->setCredentials(QStringLiteral("earshot-client"), QStringLiteral("rotated"));
        QVERIFY(!f.tokens->blocked());
        QVERIFY(!tokenNow(f, this)->token.isEmpty());
        QCOMPARE(f.tokens->state(), AuthState::Authenticated);
    }

    void missingCredentialsNeverCallTheLoginServer()
    {
        GenesysFixture f;
        f.tokens->setCredentials(QStringLiteral("earshot-client"), QString());
        const auto o = tokenNow(f, this);
        QCOMPARE(o->kind, ErrorKind::AuthMissing);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 0);
    }

    void answerForOldCredentialsIsNotUsed()
    {
        GenesysFixture f;
        auto first = askToken(*f.tokens, this);
        // The operator saves new (wrong) credentials while the first request is under way.
        f.tokens->setCredentials(QStringLiteral("earshot-client"), QStringLiteral("typo"));
        QVERIFY(waitFor([&] { return first->done; }));
        QVERIFY(first->token.isEmpty()); // the token of the old credentials is not handed out
        QCOMPARE(first->kind, ErrorKind::AuthFailed);
        QCOMPARE(f.fake.requestCount("/oauth/token"), 2);
    }

    void secretsAndTokensNeverReachTheLog()
    {
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        QStringList errors;
        QString token;
        {
            GenesysFixture f;
            token = tokenNow(f, this)->token;
            f.fake.setCredentials(QStringLiteral("earshot-client"), QStringLiteral("new-one"));
            f.tokens->invalidate();
            for (int i = 0; i < 4; ++i)
                errors.append(tokenNow(f, this)->error);
            f.tokens->retryNow();
            f.faults.push(GenesysFault::status("/oauth", 500));
            errors.append(tokenNow(f, this)->error);
        }
        qInstallMessageHandler(previous);
        QVERIFY(!token.isEmpty());
        QVERIFY(!g_log.isEmpty()); // the failures were logged (earshot.auth)
        for (const QString &text : std::as_const(g_log) + errors) {
            QVERIFY2(!text.contains(kSecret), qPrintable(text));
            QVERIFY2(!text.contains(token), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(
                         QByteArray("earshot-client:earshot-secret").toBase64())),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "TestOAuthClient.moc"
