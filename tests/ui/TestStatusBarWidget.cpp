#include "UiSamples.h"

#include "core/presentation/StatusTexts.h"
#include "ui/StatusBarWidget.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestStatusBarWidget : public QObject
{
    Q_OBJECT

private slots:
    void pollerInWords()
    {
        StatusBarWidget w;
        QCOMPARE(w.pollerText(), QStringLiteral("Not polling"));
        QCOMPARE(w.scheduleText(), QStringLiteral("No successful poll yet"));
        PollerStatus s;
        s.state = PollerStatus::State::RateLimited;
        s.rateLimitedUntilMs = (kT0 + 330) * 1000;
        s.lastSuccessAtMs = (kT0 + 62) * 1000;
        s.nextPollAtMs = (kT0 + 330) * 1000;
        s.rateLimitRemaining = 0;
        w.setPollerStatus(s);
        QCOMPARE(w.pollerText(), QStringLiteral("Rate limited until 10:05:30"));
        QCOMPARE(w.scheduleText(),
                 QStringLiteral("Last successful poll 10:01:02 · next poll 10:05:30 "
                                "· rate limit: 0 left"));
        s.state = PollerStatus::State::Ok;
        w.setPollerStatus(s);
        QCOMPARE(w.pollerText(), QStringLiteral("Polling OK"));
        s.state = PollerStatus::State::AuthFailed;
        w.setPollerStatus(s);
        QCOMPARE(w.pollerText(),
                 QStringLiteral("Sign-in failed: check the client id, secret and role"));
    }

    // Issue 9 item 12: one phrase each, never a word twice.
    void statusTextsNeverRepeatThemselves()
    {
        StatusBarWidget w;
        PollerStatus p;
        p.state = PollerStatus::State::Offline;
        p.lastError = QStringLiteral("connection refused");
        w.setPollerStatus(p);
        QCOMPARE(w.pollerText(), QStringLiteral("Offline: connection refused"));
        p.state = PollerStatus::State::RateLimited;
        p.rateLimitedUntilMs = (kT0 + 330) * 1000;
        w.setPollerStatus(p);
        QCOMPARE(w.pollerText(), QStringLiteral("Rate limited until 10:05:30"));

        DeliveryStatus d;
        d.state = DeliveryStatus::State::Delivering;
        d.backlog = 1;
        w.setDeliveryStatus(d);
        QCOMPARE(w.deliveryText(), QStringLiteral("PagerDuty: delivering · outbox: 1 pending"));
        d.state = DeliveryStatus::State::Retrying;
        d.problem = DeliveryStatus::Problem::Unreachable;
        d.lastError = QStringLiteral("PagerDuty: HTTP 503; retrying later");
        d.retryAtMs = (kT0 + 330) * 1000;
        w.setDeliveryStatus(d);
        QCOMPARE(
            w.deliveryText(),
            QStringLiteral("PagerDuty unreachable — retrying at 10:05:30 · outbox: 1 pending"));
        for (const QString &text : {w.pollerText(), w.deliveryText()}) {
            const QStringList words = text.toLower().split(
                QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts);
            QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), words.size());
        }
    }

    // Issue 9 item 2: no key, a rejected key and an outage are each their own warning.
    void pagingProblemsAreWarningsNeverATick()
    {
        StatusBarWidget w;
        DeliveryStatus d; // idle, nothing waiting, but no key
        d.problem = DeliveryStatus::Problem::NoKey;
        w.setDeliveryStatus(d);
        QCOMPARE(w.deliveryText(),
                 QStringLiteral("PagerDuty: no integration key — nothing can be paged"));
        QVERIFY(w.deliveryAlarm());
        QCOMPARE(w.deliveryIconPath(), QStringLiteral(":/earshot/icons/status-critical.svg"));
        QVERIFY(deliveryProblemText(d).contains(QStringLiteral("nothing will be paged")));

        d.state = DeliveryStatus::State::Paused;
        d.problem = DeliveryStatus::Problem::KeyRejected;
        d.backlog = 2;
        w.setDeliveryStatus(d);
        QCOMPARE(w.deliveryText(),
                 QStringLiteral("PagerDuty: integration key rejected — paging paused · outbox: 2 "
                                "pending"));
        QVERIFY(w.deliveryAlarm());
        QCOMPARE(deliveryProblemText(d),
                 QStringLiteral("PagerDuty rejected the integration key: paging is paused until "
                                "the key is corrected in File > Settings. 2 event(s) wait in the "
                                "outbox."));

        d.state = DeliveryStatus::State::Retrying;
        d.problem = DeliveryStatus::Problem::Unreachable;
        w.setDeliveryStatus(d);
        QCOMPARE(w.deliveryIconPath(), QStringLiteral(":/earshot/icons/status-warning.svg"));
        QVERIFY(deliveryProblemText(d).startsWith(QStringLiteral("PagerDuty cannot be reached")));

        w.setDeliveryStatus(DeliveryStatus{});
        QCOMPARE(w.deliveryText(), QStringLiteral("PagerDuty: all events delivered"));
        QCOMPARE(w.deliveryIconPath(), QStringLiteral(":/earshot/icons/status-ok.svg"));
        QVERIFY(deliveryProblemText(DeliveryStatus{}).isEmpty());
        QVERIFY(!w.deliveryAlarm());
    }

    void pagerDutyFollowIsQuietUntilItFails()
    {
        StatusBarWidget w;
        w.show();
        FollowStatus s; // Off: no REST API key, quietly
        w.setFollowStatus(s);
        QCOMPARE(w.followText(), QStringLiteral("PagerDuty follow: off"));
        QVERIFY(!w.followAlarm());
        s.state = FollowStatus::State::Following;
        s.followed = 2;
        w.setFollowStatus(s);
        QVERIFY2(w.followText().startsWith(QStringLiteral("PagerDuty follow: following 2 PagerDuty "
                                                          "incident")),
                 qPrintable(w.followText()));
        QVERIFY(!w.followAlarm());
        s.state = FollowStatus::State::TokenRejected;
        s.lastError = QStringLiteral("PagerDuty REST API refused the key (HTTP 401)");
        w.setFollowStatus(s);
        QCOMPARE(w.followText(),
                 QStringLiteral("PagerDuty follow: REST API key refused — paging continues"));
        QVERIFY(w.followAlarm());
        s.state = FollowStatus::State::Starting;
        w.setFollowStatus(s);
        QVERIFY(w.followText().isEmpty());
    }

    void databaseProblemIsLoud()
    {
        StatusBarWidget w;
        QVERIFY(w.storageText().isEmpty());
        w.setStorageProblem(
            QStringLiteral("database: storing failed: attempt to write a readonly database"));
        QVERIFY(w.storageText().contains(QStringLiteral("readonly")));
        QVERIFY(w.storageText().contains(QStringLiteral("nothing is stored or paged")));
        w.setStorageProblem({});
        QVERIFY(w.storageText().isEmpty());
    }

    // Issue 13: on a shared database the status bar says the role and who polls; the
    // tooltip names the database (never a password: Database::path() has none).
    void theRoleOnASharedDatabaseIsShown()
    {
        StatusBarWidget w;
        QVERIFY(w.sharedText().isEmpty());
        SharedDatabaseStatus s;
        s.database = QStringLiteral("postgresql://earshot@db.noc:5432/earshot");
        s.polls = true;
        s.leader = QStringLiteral("noc-srv1 (process 42), leading since 2026-12-03T03:00:00Z");
        w.setSharedStatus(s);
        QCOMPARE(w.sharedText(), QStringLiteral("Shared database: this console polls"));
        s.polls = false;
        s.leader = QStringLiteral("noc-srv2 (process 7), leading since 2026-12-03T03:10:00Z");
        w.setSharedStatus(s);
        QCOMPARE(w.sharedText(), QStringLiteral("Shared database: viewing, noc-srv2 polls"));
        QVERIFY(w.sharedToolTip().contains(s.leader));
        QVERIFY(w.sharedToolTip().contains(s.database));
        QVERIFY(!w.sharedAlarm());
        s.waitingRequests = 2;
        w.setSharedStatus(s);
        // (%n's plural forms come from the translation, loaded or not.)
        QVERIFY2(w.sharedText().startsWith(
                     QStringLiteral("Shared database: viewing, noc-srv2 polls · 2 action")),
                 qPrintable(w.sharedText()));
        s.waitingRequests = 0;
        s.leaderPresent = false;
        s.mayTakeOver = true;
        w.setSharedStatus(s);
        QCOMPARE(w.sharedText(), QStringLiteral("Shared database: no console polls"));
        QVERIFY(w.sharedAlarm()); // red: nothing is polled or paged
        QVERIFY(w.sharedToolTip().contains(QStringLiteral("takes over")));
        w.setSharedStatus({});
        QVERIFY(w.sharedText().isEmpty());
        QVERIFY(!w.sharedAlarm());
    }

    // Issue 14: the watchdog over Earshot itself, hidden only when off with no heartbeat.
    void watchdogState()
    {
        StatusBarWidget w;
        HealthStatus h;
        w.setHealthStatus(h);
        QVERIFY(w.healthText().isEmpty());
        h.state = HealthStatus::State::Paged;
        h.cause = QStringLiteral("HTTP 503");
        h.heartbeat = HealthStatus::Heartbeat::Failed;
        h.heartbeatError = QStringLiteral("HTTP 500");
        w.setHealthStatus(h);
        QCOMPARE(w.healthText(),
                 QStringLiteral("Watchdog paged: no data (HTTP 503) · heartbeat failed: HTTP 500"));
        h = HealthStatus{};
        w.setHealthStatus(h);
        QVERIFY(w.healthText().isEmpty());
    }

    void refusedEventsAreRedAndCounted()
    {
        StatusBarWidget w;
        DeliveryStatus d;
        d.failed = 2;
        w.setDeliveryStatus(d);
        QVERIFY2(w.deliveryText().contains(QStringLiteral("2 event(s) refused")),
                 qPrintable(w.deliveryText()));
        QVERIFY(w.deliveryAlarm());
        w.setDeliveryStatus(DeliveryStatus{});
        QVERIFY(!w.deliveryAlarm());
    }
};

QTEST_MAIN(TestStatusBarWidget)
#include "TestStatusBarWidget.moc"
