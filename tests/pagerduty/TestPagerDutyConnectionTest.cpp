// Settings > Test PagerDuty, against the fake PagerDuty over a real socket: a test incident
// is triggered and resolved under a key of its own, and a refused key says so.
#include "app/demo/FakePagerDuty.h"
#include "core/pagerduty/ConnectionTest.h"
#include "tests/support/ManualClock.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace earshot;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");

struct Answer
{
    bool accepted = false;
    QString message;
};

} // namespace

class TestPagerDutyConnectionTest : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{1'700'000'000'000};

    std::optional<Answer> run(FakePagerDuty &pd, const QString &key, QObject *context)
    {
        QNetworkAccessManager network;
        PagerDutySettings settings;
        settings.eventsUrl = pd.eventsUrl();
        std::optional<Answer> answer;
        PagerDutyConnectionTest::run(network, m_clock, settings, key, context,
                                     [&](bool accepted, const QString &message) {
                                         answer = Answer{accepted, message};
                                     });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 8000);
        return answer;
    }

private slots:
    void triggersAndResolvesATestIncident()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QObject context;
        const auto answer = run(pd, kKey, &context);
        QVERIFY(answer.has_value());
        QVERIFY2(answer->accepted, qPrintable(answer->message));
        QCOMPARE(answer->message,
                 QStringLiteral("PagerDuty accepted a test trigger and its resolve."));
        const QList<QJsonObject> &events = pd.acceptedEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].value(QStringLiteral("event_action")).toString(),
                 QStringLiteral("trigger"));
        QCOMPARE(events[1].value(QStringLiteral("event_action")).toString(),
                 QStringLiteral("resolve"));
        const QString key = events[0].value(QStringLiteral("dedup_key")).toString();
        QCOMPARE(key, QStringLiteral("earshot_connection_test_1700000000"));
        QCOMPARE(events[1].value(QStringLiteral("dedup_key")).toString(), key);
        QCOMPARE(pd.incidents().size(), 1);
        QCOMPARE(pd.incidents()[0].status, QStringLiteral("resolved"));
    }

    void aRefusedKeyIsReportedAndNothingIsResolved()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen()); // no key added: every key is refused
        QObject context;
        const auto answer = run(pd, kKey, &context);
        QVERIFY(answer.has_value());
        QVERIFY(!answer->accepted);
        QVERIFY(!answer->message.isEmpty());
        QVERIFY(!answer->message.contains(kKey));
        QVERIFY(pd.acceptedEvents().isEmpty());
        QCOMPARE(pd.rejectedCount(), 1); // the resolve was never sent
    }

    void aContextThatGoesFirstGetsNoAnswer()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QNetworkAccessManager network;
        PagerDutySettings settings;
        settings.eventsUrl = pd.eventsUrl();
        bool answered = false;
        auto context = std::make_unique<QObject>();
        PagerDutyConnectionTest::run(network, m_clock, settings, kKey, context.get(),
                                     [&](bool, const QString &) { answered = true; });
        QCOMPARE(context->children().size(), 1); // the test runs as the context's child
        context.reset();                         // ...and goes with it, request and all
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyConnectionTest)
#include "TestPagerDutyConnectionTest.moc"
