#include "app/demo/FakePagerDuty.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/rest/IncidentFollower.h"
#include "tests/support/ManualClock.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

const QString kRoutingKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");
const QString kToken = QStringLiteral("u+apiToken-read-only-0123");

QString keyOf(int n)
{
    return makeDedupKey(QStringLiteral("q%1").arg(n), 1'763'891'400);
}

} // namespace

// The follower against the fake PagerDuty's REST API over a real socket; time on a
// ManualClock, so follow intervals and rate-limit waits take none.
class TestIncidentFollower : public QObject
{
    Q_OBJECT

private:
    // A new one per test: wake-ups planned by an earlier test's follower never linger.
    std::unique_ptr<ManualClock> m_clockOwner;
    ManualClock *m_clockPtr = nullptr;
    QNetworkAccessManager m_network;
    std::unique_ptr<FakePagerDuty> m_fake;
    QList<FollowedIncident> m_seen;

    // PagerDuty opens an incident for the key, as it does for Earshot's trigger.
    void trigger(const QString &dedupKey)
    {
        Decision d;
        d.queueId = QStringLiteral("q");
        d.queueName = QStringLiteral("Sales");
        d.dedupKey = dedupKey;
        d.severity = Severity::Warning;
        PagerDutySettings settings;
        settings.eventsUrl = m_fake->eventsUrl();
        PagerDutyClient client(m_network, *m_clockPtr, settings);
        std::optional<DeliveryOutcome> outcome;
        client.send(withRoutingKey(buildEvent(d, settings)->body, kRoutingKey), this,
                    [&](const DeliveryOutcome &o) { outcome = o; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10'000));
        QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Accepted);
    }

    std::unique_ptr<IncidentFollower> follower(const QString &token, QStringList keys,
                                               int perMinute = 300)
    {
        PagerDutySettings settings;
        settings.apiUrl = m_fake->restUrl();
        settings.followSeconds = 60;
        settings.followRequestsPerMinute = perMinute;
        auto f =
            std::make_unique<IncidentFollower>(m_network, *m_clockPtr, settings, nullptr, token);
        f->setKeysToFollow([keys] { return keys; });
        connect(f.get(), &IncidentFollower::observed, this,
                [this](const FollowedIncident &i) { m_seen.append(i); });
        return f;
    }

    // Lets the round run over the sockets, moving the clock only to waits the follower
    // planned inside the round (rate limits), never to the next round.
    bool finishRound(IncidentFollower &f, qint64 notPastMs)
    {
        int rounds = 0;
        const auto c = connect(&f, &IncidentFollower::roundFinished, this, [&] { ++rounds; });
        const bool done = QTest::qWaitFor(
            [&] {
                if (rounds == 0 && m_clockPtr->pendingCount() > 0 &&
                    m_clockPtr->nextDueMs() <= notPastMs)
                    m_clockPtr->advanceTo(m_clockPtr->nextDueMs());
                return rounds > 0;
            },
            10'000);
        disconnect(c);
        return done;
    }

private slots:
    void init()
    {
        m_clockOwner = std::make_unique<ManualClock>();
        m_clockPtr = m_clockOwner.get();
        m_fake = std::make_unique<FakePagerDuty>();
        QVERIFY(m_fake->listen());
        m_fake->setClock(m_clockPtr);
        m_fake->addRoutingKey(kRoutingKey);
        m_fake->addApiToken(kToken);
        m_seen.clear();
    }

    void acknowledgementFromAPhoneIsSeenAtTheNextRound()
    {
        trigger(keyOf(1));
        auto f = follower(kToken, {keyOf(1)});
        f->start();
        QVERIFY(finishRound(*f, m_clockPtr->nowMs()));
        QCOMPARE(f->status().state, FollowStatus::State::Following);
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen[0].status, QStringLiteral("triggered"));
        QCOMPARE(m_seen[0].incidentId, QStringLiteral("PINC0001"));
        QVERIFY(m_seen[0].changedBy.isEmpty());

        const qint64 roundStart = m_clockPtr->nowMs();
        m_clockPtr->advance(20'000);
        QVERIFY(m_fake->acknowledgeFromPhone(keyOf(1), QStringLiteral("Jane Doe")));
        const qint64 ackedAt = m_clockPtr->nowMs();
        QVERIFY(finishRound(*f, roundStart + 60'000)); // the next round, one interval on
        QCOMPARE(m_seen.size(), 2);
        QCOMPARE(m_seen[1].status, QStringLiteral("acknowledged"));
        QCOMPARE(m_seen[1].changedBy, QStringLiteral("Jane Doe"));
        QCOMPARE(m_seen[1].changedAtMs, ackedAt / 1000 * 1000); // PagerDuty's whole seconds
        QVERIFY(m_seen[1].htmlUrl.endsWith(QStringLiteral("/PINC0001")));

        // What PagerDuty asked for: the key, all time, version 2, the token in the header.
        const QList<HttpRequest> &requests = m_fake->server().requests();
        const HttpRequest &list = requests[requests.size() - 2];
        QCOMPARE(list.path, QByteArray("/incidents"));
        QCOMPARE(list.query.queryItemValue(QStringLiteral("incident_key")), keyOf(1));
        QCOMPARE(list.query.queryItemValue(QStringLiteral("date_range")), QStringLiteral("all"));
        QCOMPARE(list.header("accept"), QByteArray("application/vnd.pagerduty+json;version=2"));
        QCOMPARE(list.header("authorization"), "Token token=" + kToken.toUtf8());
        QCOMPARE(requests.last().path, QByteArray("/incidents/PINC0001/log_entries"));

        // Nothing new: no further log entries are read.
        QVERIFY(finishRound(*f, m_clockPtr->nowMs() + 60'000));
        QCOMPARE(m_fake->server().requests().last().path, QByteArray("/incidents"));
        QCOMPARE(m_seen.last().changedBy, QStringLiteral("Jane Doe"));
    }

    void resolveFromAPhoneNamesWhoResolved()
    {
        trigger(keyOf(1));
        QVERIFY(m_fake->resolveFromPhone(keyOf(1), QStringLiteral("Tim Early")));
        auto f = follower(kToken, {keyOf(1), keyOf(2)}); // the second has no incident
        f->start();
        QVERIFY(finishRound(*f, m_clockPtr->nowMs()));
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen[0].status, QStringLiteral("resolved"));
        QCOMPARE(m_seen[0].changedBy, QStringLiteral("Tim Early"));
        QCOMPARE(f->status().followed, 1);
    }

    void aNewIncidentAfterAResolveIsFollowed()
    {
        trigger(keyOf(1));
        QVERIFY(m_fake->resolveFromPhone(keyOf(1), QStringLiteral("Tim Early")));
        m_clockPtr->advance(5'000);
        trigger(keyOf(1)); // PagerDuty opens a second incident with the same key
        auto f = follower(kToken, {keyOf(1)});
        f->start();
        QVERIFY(finishRound(*f, m_clockPtr->nowMs()));
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen[0].incidentId, QStringLiteral("PINC0002"));
        QCOMPARE(m_seen[0].status, QStringLiteral("triggered"));
    }

    void wrongTokenIsAnErrorThatNeverShowsTheToken()
    {
        trigger(keyOf(1));
        const QString wrong = QStringLiteral("not-the-token-5678");
        auto f = follower(wrong, {keyOf(1)});
        f->start();
        QVERIFY(finishRound(*f, m_clockPtr->nowMs()));
        QCOMPARE(f->status().state, FollowStatus::State::TokenRejected);
        QVERIFY(f->status().isProblem());
        QVERIFY2(f->status().lastError.contains(QStringLiteral("401")),
                 qPrintable(f->status().lastError));
        QVERIFY(!f->status().lastError.contains(wrong));
        QVERIFY(m_seen.isEmpty());
        QCOMPARE(m_fake->restRequestCount(), 1); // the round stops at the refusal
        // The incident is untouched: reading never changes PagerDuty.
        QCOMPARE(m_fake->incident(keyOf(1))->status, QStringLiteral("triggered"));
    }

    void withNothingToFollowTheTokenIsStillChecked()
    {
        auto wrong = follower(QStringLiteral("wrong-0000"), {});
        wrong->start();
        QVERIFY(finishRound(*wrong, m_clockPtr->nowMs()));
        QCOMPARE(wrong->status().state, FollowStatus::State::TokenRejected);
        QCOMPARE(m_fake->server().requests().last().path, QByteArray("/abilities"));
        // Still refused a round later: it is asked again, never taken for fine.
        QVERIFY(finishRound(*wrong, m_clockPtr->nowMs() + 60'000));
        QCOMPARE(wrong->status().state, FollowStatus::State::TokenRejected);
        wrong->stop();

        m_fake->server().clearRequests();
        auto right = follower(kToken, {});
        right->start();
        QVERIFY(finishRound(*right, m_clockPtr->nowMs()));
        QCOMPARE(right->status().state, FollowStatus::State::Following);
        QVERIFY(finishRound(*right, m_clockPtr->nowMs() + 60'000));
        QCOMPARE(m_fake->server().requests().size(), 1); // checked once, then quiet
    }

    void missingTokenIsOffAndSendsNothing()
    {
        qunsetenv(IncidentFollower::kEnvironmentVariable);
        auto f = follower({}, {keyOf(1)});
        f->start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_clockPtr->runDue();
                return f->status().state == FollowStatus::State::Off;
            },
            5'000));
        QVERIFY(!f->status().isProblem());
        QVERIFY(f->status().lastError.isEmpty());
        QCOMPARE(m_fake->restRequestCount(), 0);
    }

    void tooManyRequestsWaitsRetryAfterThenGoesOn()
    {
        trigger(keyOf(1));
        m_fake->injectRestRateLimit(2, "7");
        auto f = follower(kToken, {keyOf(1)});
        const qint64 t0 = m_clockPtr->nowMs();
        f->start();
        m_clockPtr->runDue();
        QVERIFY(QTest::qWaitFor([&] { return m_fake->restRequestCount() == 1; }, 5'000));
        QVERIFY(QTest::qWaitFor(
            [&] { return f->status().state == FollowStatus::State::RateLimited; }, 5'000));
        QCOMPARE(f->status().retryAtMs, t0 + 7'000);
        QCOMPARE(m_clockPtr->nextDueMs(), t0 + 7'000); // nothing is sent before
        QCOMPARE(m_fake->restRequestCount(), 1);
        m_clockPtr->advanceTo(t0 + 7'000);
        QVERIFY(QTest::qWaitFor([&] { return m_fake->restRequestCount() == 2; }, 5'000));
        QVERIFY(QTest::qWaitFor([&] { return m_clockPtr->nextDueMs() == t0 + 14'000; }, 5'000));
        QVERIFY(finishRound(*f, t0 + 14'000));
        QCOMPARE(m_fake->restRequestCount(), 3);
        QCOMPARE(f->status().state, FollowStatus::State::Following);
        QCOMPARE(m_seen.size(), 1);
    }

    void tooManyRequestsWithoutRetryAfterBacksOff()
    {
        trigger(keyOf(1));
        m_fake->injectRestRateLimit(1);
        auto f = follower(kToken, {keyOf(1)});
        const qint64 t0 = m_clockPtr->nowMs();
        f->start();
        m_clockPtr->runDue();
        QVERIFY(QTest::qWaitFor(
            [&] { return f->status().state == FollowStatus::State::RateLimited; }, 5'000));
        // The first backoff step (2 s with up to 20 % jitter), never at once.
        QVERIFY(m_clockPtr->nextDueMs() >= t0 + 1'600);
        QVERIFY(m_clockPtr->nextDueMs() <= t0 + 2'000);
        QVERIFY(finishRound(*f, t0 + 2'000));
        QCOMPARE(m_seen.size(), 1);
    }

    void ownBudgetSpreadsRequestsOverTheMinute()
    {
        for (int i = 1; i <= 3; ++i)
            trigger(keyOf(i));
        auto f = follower(kToken, {keyOf(1), keyOf(2), keyOf(3)}, 2);
        const qint64 t0 = m_clockPtr->nowMs();
        f->start();
        m_clockPtr->runDue();
        QVERIFY(QTest::qWaitFor([&] { return m_fake->restRequestCount() == 2; }, 5'000));
        QVERIFY(QTest::qWaitFor([&] { return m_clockPtr->nextDueMs() == t0 + 60'000; }, 5'000));
        QCOMPARE(m_fake->restRequestCount(), 2);
        QVERIFY(finishRound(*f, t0 + 60'000));
        QCOMPARE(m_fake->restRequestCount(), 3);
        QCOMPARE(m_seen.size(), 3);
    }

    void plainHttpToARemoteHostNeverCarriesTheToken()
    {
        PagerDutySettings settings;
        settings.apiUrl = QUrl(QStringLiteral("http://api.pagerduty.example"));
        IncidentFollower f(m_network, *m_clockPtr, settings, nullptr, kToken);
        f.setKeysToFollow([] { return QStringList{keyOf(1)}; });
        f.start();
        m_clockPtr->runDue();
        QCOMPARE(f.status().state, FollowStatus::State::Failing);
        QVERIFY(f.status().lastError.contains(QStringLiteral("https")));
        QVERIFY(!f.status().lastError.contains(kToken));
    }

    void serverErrorIsFailingUntilTheNextGoodRound()
    {
        trigger(keyOf(1));
        m_fake->setOutageStatus(503);
        auto f = follower(kToken, {keyOf(1)});
        f->start();
        QVERIFY(finishRound(*f, m_clockPtr->nowMs()));
        QCOMPARE(f->status().state, FollowStatus::State::Failing);
        QVERIFY(f->status().lastError.contains(QStringLiteral("503")));
        m_fake->setOutageStatus(0);
        QVERIFY(finishRound(*f, m_clockPtr->nowMs() + 60'000));
        QCOMPARE(f->status().state, FollowStatus::State::Following);
        QVERIFY(f->status().lastError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncidentFollower)
#include "TestIncidentFollower.moc"
