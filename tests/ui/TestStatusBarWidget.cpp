#include "UiSamples.h"

#include "ui/StatusBarWidget.h"

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
        s.text = QStringLiteral("rate limited until 10:05:30");
        s.lastSuccessAtMs = (kT0 + 62) * 1000;
        s.nextPollAtMs = (kT0 + 330) * 1000;
        s.rateLimitRemaining = 0;
        w.setPollerStatus(s);
        QCOMPARE(w.pollerText(), QStringLiteral("Rate limited: rate limited until 10:05:30"));
        QCOMPARE(w.scheduleText(),
                 QStringLiteral("Last successful poll 10:01:02 · next poll 10:05:30 "
                                "· rate limit: 0 left"));
        s.state = PollerStatus::State::Ok;
        s.text = QStringLiteral("OK");
        w.setPollerStatus(s);
        QCOMPARE(w.pollerText(), QStringLiteral("Polling OK"));
        s.state = PollerStatus::State::AuthFailed;
        s.text.clear();
        w.setPollerStatus(s);
        QCOMPARE(w.pollerText(), QStringLiteral("Sign-in failed"));
    }

    void deliveryAndBacklog()
    {
        StatusBarWidget w;
        DeliveryStatus d;
        d.state = DeliveryStatus::State::Paused;
        d.text = QStringLiteral("verify the integration key");
        d.backlog = 3;
        w.setDeliveryStatus(d);
        QCOMPARE(w.deliveryText(),
                 QStringLiteral("PagerDuty: paused (verify the integration key) · "
                                "outbox: 3 pending"));
        w.setDeliveryStatus(DeliveryStatus{});
        QCOMPARE(w.deliveryText(), QStringLiteral("PagerDuty: up to date · outbox: 0 pending"));
        QVERIFY(!w.deliveryAlarm());
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
