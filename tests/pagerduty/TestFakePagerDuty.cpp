#include "app/demo/FakePagerDuty.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");

struct Answer
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
    QByteArray retryAfter;

    [[nodiscard]] QString errors() const
    {
        QStringList list;
        const QJsonArray array = json.value(QStringLiteral("errors")).toArray();
        for (const QJsonValue &e : array)
            list.append(e.toString());
        return list.join(u'|');
    }
};

QJsonObject pdEvent(const QString &action, const QString &dedupKey = QStringLiteral("A"))
{
    QJsonObject e{{QStringLiteral("routing_key"), kKey},
                  {QStringLiteral("event_action"), action},
                  {QStringLiteral("dedup_key"), dedupKey}};
    if (action == QLatin1StringView("trigger"))
        e.insert(QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("summary"), QStringLiteral("Voice quality degraded")},
                             {QStringLiteral("source"), QStringLiteral("test")},
                             {QStringLiteral("severity"), QStringLiteral("warning")}});
    return e;
}

QJsonObject withPayload(QJsonObject e, const QString &field, const QJsonValue &value)
{
    QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
    if (value.isUndefined())
        payload.remove(field);
    else
        payload.insert(field, value);
    e.insert(QStringLiteral("payload"), payload);
    return e;
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFakePagerDuty : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ManualClock m_clock;

    Answer post(const QUrl &url, const QByteArray &body,
                const QByteArray &contentType = "application/json", const QByteArray &verb = "POST")
    {
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 8000);
        Answer a;
        if (!finished) {
            qWarning("no answer from the fake");
            reply->abort();
        }
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.error = reply->error();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        a.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return a;
    }

    Answer post(FakePagerDuty &pd, const QJsonObject &o)
    {
        return post(pd.eventsUrl(), bytes(o));
    }

    void expectInvalid(const Answer &a, const QString &words)
    {
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("invalid event"));
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Event object is invalid"));
        QVERIFY2(a.errors().contains(words), qPrintable(a.errors()));
    }

    Answer get(const QUrl &url, const QByteArray &token, const QByteArray &accept)
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Token token=" + token);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        QNetworkReply *reply = m_network.get(request);
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 8000);
        Answer a;
        if (!finished)
            reply->abort();
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        a.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return a;
    }

private slots:
    void restApiAnswersForItsTokensOnly()
    {
        ManualClock clock;
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.setClock(&clock);
        pd.addRoutingKey(kKey);
        pd.addApiToken(QStringLiteral("tok"));
        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 202);
        const QByteArray v2 = "application/vnd.pagerduty+json;version=2";
        QUrl url = pd.restUrl();
        url.setPath(QStringLiteral("/incidents"));
        url.setQuery(QStringLiteral("incident_key=A&date_range=all"));
        QCOMPARE(get(url, {}, v2).status, 401);
        QCOMPARE(get(url, "other", v2).status, 401);
        QCOMPARE(get(url, "tok", "application/json").status, 406);
        const Answer listed = get(url, "tok", v2);
        QCOMPARE(listed.status, 200);
        const QJsonArray incidents = listed.json.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents[0].toObject();
        QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("triggered"));
        QCOMPARE(incident.value(QStringLiteral("incident_key")).toString(), QStringLiteral("A"));

        // "From a phone": the log names the user; the next trigger opens a new incident.
        QVERIFY(pd.acknowledgeFromPhone(QStringLiteral("A"), QStringLiteral("Jane Doe")));
        QVERIFY(pd.resolveFromPhone(QStringLiteral("A"), QStringLiteral("Jane Doe")));
        QVERIFY(!pd.resolveFromPhone(QStringLiteral("A"), QStringLiteral("Jane Doe")));
        QUrl log = pd.restUrl();
        log.setPath(QStringLiteral("/incidents/") +
                    incident.value(QStringLiteral("id")).toString() +
                    QStringLiteral("/log_entries"));
        const QJsonArray entries =
            get(log, "tok", v2).json.value(QStringLiteral("log_entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("resolve_log_entry"));
        QCOMPARE(entries[0]
                     .toObject()
                     .value(QStringLiteral("agent"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString(),
                 QStringLiteral("Jane Doe"));
        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 202);
        QCOMPARE(get(url, "tok", v2).json.value(QStringLiteral("incidents")).toArray().size(), 2);

        // Without date_range=all only the last 30 days.
        clock.advance(31LL * 86'400'000);
        url.setQuery(QStringLiteral("incident_key=A"));
        QCOMPARE(get(url, "tok", v2).json.value(QStringLiteral("incidents")).toArray().size(), 0);

        pd.injectRestRateLimit(1, "9");
        const Answer limited = get(url, "tok", v2);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("9"));
        QCOMPARE(get(url, "tok", v2).status, 200);
    }

    void validTriggerIsProcessed()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const Answer a = post(pd, pdEvent(QStringLiteral("trigger")));
        QCOMPARE(a.status, 202);
        QCOMPARE(a.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Event processed"));
        QCOMPARE(a.json.value(QStringLiteral("dedup_key")).toString(), QStringLiteral("A"));
        QCOMPARE(pd.acceptedEvents().size(), 1);
        QCOMPARE(pd.acceptedEvents()[0], pdEvent(QStringLiteral("trigger")));
        QCOMPARE(pd.rejectedCount(), 0);
    }

    void triggerWithoutDedupKeyGetsOne()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QJsonObject e = pdEvent(QStringLiteral("trigger"));
        e.remove(QStringLiteral("dedup_key"));
        const Answer a = post(pd, e);
        QCOMPARE(a.status, 202);
        QVERIFY(!a.json.value(QStringLiteral("dedup_key")).toString().isEmpty());
    }

    void routingKeyMustBeAKnownKey_data()
    {
        QTest::addColumn<QJsonValue>("key");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QJsonValue(12345);
        QTest::newRow("31 chars") << QJsonValue(kKey.left(31));
        QTest::newRow("33 chars") << QJsonValue(kKey + u'x');
        QTest::newRow("unknown") << QJsonValue(QStringLiteral("ffffffffffffffffffffffffffffffff"));
    }

    void routingKeyMustBeAKnownKey()
    {
        QFETCH(QJsonValue, key);
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QJsonObject e = pdEvent(QStringLiteral("trigger"));
        if (key.isUndefined())
            e.remove(QStringLiteral("routing_key"));
        else
            e.insert(QStringLiteral("routing_key"), key);
        expectInvalid(post(pd, e), QStringLiteral("'routing_key' is invalid"));
        QCOMPARE(pd.rejectedCount(), 1);
        QVERIFY(pd.acceptedEvents().isEmpty());
    }

    void removedKeyStopsWorking()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 202);
        pd.removeRoutingKey(kKey); // the integration was deleted in PagerDuty
        expectInvalid(post(pd, pdEvent(QStringLiteral("resolve"))),
                      QStringLiteral("'routing_key' is invalid"));
    }

    void eventActionIsTheV2Field()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QJsonObject v1 = pdEvent(QStringLiteral("trigger"));
        v1.remove(QStringLiteral("event_action"));
        v1.insert(QStringLiteral("event_type"), QStringLiteral("trigger"));
        expectInvalid(post(pd, v1), QStringLiteral("event_action"));
        expectInvalid(post(pd, pdEvent(QStringLiteral("update"))), QStringLiteral("event_action"));
        QJsonObject number = pdEvent(QStringLiteral("trigger"));
        number.insert(QStringLiteral("event_action"), 1);
        expectInvalid(post(pd, number), QStringLiteral("event_action"));
        QCOMPARE(pd.rejectedCount(), 3);
    }

    void dedupKeyRules()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"), QString(255, u'k'))).status, 202);
        expectInvalid(post(pd, pdEvent(QStringLiteral("trigger"), QString(256, u'k'))),
                      QStringLiteral("dedup_key"));
        QJsonObject number = pdEvent(QStringLiteral("trigger"));
        number.insert(QStringLiteral("dedup_key"), 42);
        expectInvalid(post(pd, number), QStringLiteral("dedup_key"));
        for (const QString &action : {QStringLiteral("acknowledge"), QStringLiteral("resolve")}) {
            QJsonObject e = pdEvent(action);
            e.remove(QStringLiteral("dedup_key"));
            expectInvalid(post(pd, e), QStringLiteral("'dedup_key' is required"));
            expectInvalid(post(pd, pdEvent(action, QString())),
                          QStringLiteral("'dedup_key' is required"));
        }
    }

    void triggerPayloadRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("no summary")
            << QStringLiteral("summary") << QJsonValue(QJsonValue::Undefined) << 400
            << QStringLiteral("summary");
        QTest::newRow("empty summary") << QStringLiteral("summary") << QJsonValue(QString()) << 400
                                       << QStringLiteral("summary");
        QTest::newRow("summary of 1024")
            << QStringLiteral("summary") << QJsonValue(QString(1024, u's')) << 202 << QString();
        QTest::newRow("summary of 1025")
            << QStringLiteral("summary") << QJsonValue(QString(1025, u's')) << 400
            << QStringLiteral("summary");
        QTest::newRow("no source") << QStringLiteral("source") << QJsonValue(QJsonValue::Undefined)
                                   << 400 << QStringLiteral("source");
        QTest::newRow("no severity")
            << QStringLiteral("severity") << QJsonValue(QJsonValue::Undefined) << 400
            << QStringLiteral("severity");
        QTest::newRow("severity fatal")
            << QStringLiteral("severity") << QJsonValue(QStringLiteral("fatal")) << 400
            << QStringLiteral("severity");
        QTest::newRow("severity none")
            << QStringLiteral("severity") << QJsonValue(QStringLiteral("none")) << 400
            << QStringLiteral("severity");
        for (const char *level : {"critical", "error", "warning", "info"})
            QTest::addRow("severity %s", level)
                << QStringLiteral("severity") << QJsonValue(QLatin1StringView(level)) << 202
                << QString();
    }

    void triggerPayloadRules()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, words);
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const Answer a = post(pd, withPayload(pdEvent(QStringLiteral("trigger")), field, value));
        if (status == 202)
            QCOMPARE(a.status, 202);
        else
            expectInvalid(a, words);
    }

    void triggerNeedsAPayloadObject()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        QJsonObject none = pdEvent(QStringLiteral("trigger"));
        none.remove(QStringLiteral("payload"));
        expectInvalid(post(pd, none), QStringLiteral("summary"));
        QJsonObject text = pdEvent(QStringLiteral("trigger"));
        text.insert(QStringLiteral("payload"), QStringLiteral("Voice quality degraded"));
        expectInvalid(post(pd, text), QStringLiteral("summary"));
        // Acknowledge and resolve need no payload at all.
        QCOMPARE(post(pd, pdEvent(QStringLiteral("acknowledge"))).status, 202);
    }

    void requestShape()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const QByteArray good = bytes(pdEvent(QStringLiteral("trigger")));
        expectInvalid(post(pd.eventsUrl(), good, "text/plain"), QStringLiteral("Content-Type"));
        expectInvalid(post(pd.eventsUrl(), "{\"routing_key\":"), QStringLiteral("Malformed"));
        expectInvalid(post(pd.eventsUrl(), "[1,2,3]"), QStringLiteral("Malformed"));
        expectInvalid(post(pd.eventsUrl(), "null"), QStringLiteral("Malformed"));
        expectInvalid(post(pd.eventsUrl(), QByteArray()), QStringLiteral("Malformed"));
        QJsonObject big =
            withPayload(pdEvent(QStringLiteral("trigger")), QStringLiteral("custom_details"),
                        QJsonObject{{QStringLiteral("blob"), QString(520 * 1024, u'b')}});
        expectInvalid(post(pd, big), QStringLiteral("512 KB"));
        QUrl wrongPath = pd.eventsUrl();
        wrongPath.setPath(QStringLiteral("/v1/enqueue"));
        QCOMPARE(post(wrongPath, good).status, 404);
        QCOMPARE(post(pd.eventsUrl(), QByteArray(), "application/json", "GET").status, 404);
        QCOMPARE(pd.rejectedCount(), 6);
        QVERIFY(pd.acceptedEvents().isEmpty());
    }

    void incidentLifeCycleLikePagerDuty()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        pd.setClock(&m_clock);
        const qint64 t0 = m_clock.nowMs();
        // Acknowledging or resolving an unknown key is accepted and does nothing.
        QCOMPARE(post(pd, pdEvent(QStringLiteral("acknowledge"), QStringLiteral("B"))).status, 202);
        QCOMPARE(post(pd, pdEvent(QStringLiteral("resolve"), QStringLiteral("B"))).status, 202);
        QVERIFY(pd.incidents().isEmpty());
        QVERIFY(!pd.incident(QStringLiteral("B")));

        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 202);
        m_clock.advance(300'000);
        QCOMPARE(post(pd, withPayload(pdEvent(QStringLiteral("trigger")),
                                      QStringLiteral("severity"), QStringLiteral("critical")))
                     .status,
                 202);
        auto a = pd.incident(QStringLiteral("A"));
        QVERIFY(a);
        QCOMPARE(a->status, QStringLiteral("triggered"));
        QCOMPARE(a->severity, QStringLiteral("critical")); // the escalation updated it
        QCOMPARE(a->triggers, 2);
        QCOMPARE(a->number, 1);
        QCOMPARE(a->openedAtMs, t0);
        QCOMPARE(a->lastTriggerAtMs, t0 + 300'000);

        m_clock.advance(60'000);
        QCOMPARE(post(pd, pdEvent(QStringLiteral("acknowledge"))).status, 202);
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("acknowledged"));
        QCOMPARE(pd.incident(QStringLiteral("A"))->acknowledgedAtMs, t0 + 360'000);
        m_clock.advance(60'000);
        QCOMPARE(post(pd, pdEvent(QStringLiteral("resolve"))).status, 202);
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("resolved"));
        QCOMPARE(pd.incident(QStringLiteral("A"))->resolvedAtMs, t0 + 420'000);
        // A late acknowledge does not reopen it.
        QCOMPARE(post(pd, pdEvent(QStringLiteral("acknowledge"))).status, 202);
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("resolved"));

        // A trigger on a resolved key opens a new incident.
        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 202);
        QCOMPARE(pd.incidents().size(), 2);
        QCOMPARE(pd.incidents()[0].status, QStringLiteral("resolved"));
        QCOMPARE(pd.incident(QStringLiteral("A"))->number, 2);
        QCOMPARE(pd.incident(QStringLiteral("A"))->status, QStringLiteral("triggered"));
        QCOMPARE(pd.incident(QStringLiteral("A"))->triggers, 1);
        QCOMPARE(pd.acceptedEvents().size(), 8); // in arrival order
        QCOMPARE(pd.acceptedEvents().last().value(QStringLiteral("event_action")).toString(),
                 QStringLiteral("trigger"));
    }

    void faultsAnswerInOrder()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        PagerDutyFaults faults(pd);
        faults.push(PagerDutyFault::status(500));
        faults.push(PagerDutyFault::status(429, "12"));
        faults.push(PagerDutyFault::status(429));
        faults.push(PagerDutyFault::status(401));
        faults.push(PagerDutyFault::status(403));
        const QJsonObject e = pdEvent(QStringLiteral("trigger"));
        QCOMPARE(post(pd, e).status, 500);
        const Answer limited = post(pd, e);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("12"));
        const Answer bare = post(pd, e);
        QCOMPARE(bare.status, 429);
        QVERIFY(bare.retryAfter.isEmpty());
        QCOMPARE(post(pd, e).status, 401);
        QCOMPARE(post(pd, e).status, 403);
        QCOMPARE(post(pd, e).status, 202);
        QCOMPARE(pd.acceptedEvents().size(), 1);
        QCOMPARE(pd.incident(QStringLiteral("A"))->triggers, 1);
    }

    void droppedConnectionAndDelay()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        // Qt resends an idempotent-looking request once when the connection drops first.
        PagerDutyFaults faults(pd);
        faults.push(PagerDutyFault::droppedConnection());
        faults.push(PagerDutyFault::droppedConnection());
        const Answer dropped = post(pd, pdEvent(QStringLiteral("trigger")));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        faults.push(PagerDutyFault::status(502).delayedBy(50));
        QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 502); // late, but answers
        QVERIFY(pd.acceptedEvents().isEmpty());
    }

    void outages()
    {
        FakePagerDuty pd;
        QVERIFY(pd.listen());
        pd.addRoutingKey(kKey);
        const QUrl url = pd.eventsUrl();
        pd.setOutageStatus(503);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(pd, pdEvent(QStringLiteral("trigger"))).status, 503);
        pd.setOutageStatus(0);
        QVERIFY(pd.setRefusing(true));
        QCOMPARE(pd.eventsUrl(), url);
        const Answer refused = post(url, bytes(pdEvent(QStringLiteral("trigger"))));
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(pd.setRefusing(false));
        QCOMPARE(post(url, bytes(pdEvent(QStringLiteral("trigger")))).status, 202);
        QCOMPARE(pd.acceptedEvents().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFakePagerDuty)
#include "TestFakePagerDuty.moc"
