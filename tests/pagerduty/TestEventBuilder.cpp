#include "core/pagerduty/EventBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

const QString kQueueId = QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d");

Decision trigger()
{
    Decision d;
    d.kind = DecisionKind::Trigger;
    d.queueId = kQueueId;
    d.queueName = QStringLiteral("Sales");
    d.dedupKey = makeDedupKey(d.queueId, 1'763'892'000);
    d.severity = Severity::Critical;
    d.episodeStart = 1'763'892'000;
    d.at = 1'763'892'360; // noticed a minute after the window ended
    d.breaches = {Breach{Metric::Mos, Severity::Critical, 2.45, 3.0},
                  Breach{Metric::PacketLoss, Severity::Critical, 3.2, 3.0}};
    QualitySample s;
    s.queueId = d.queueId;
    s.queueName = d.queueName;
    s.windowStart = 1'763'892'000;
    s.windowEnd = 1'763'892'300;
    s.calls = 14;
    s.mosMean = 2.45;
    s.mosMin = 1.9;
    s.packetLossPercent = 3.2;
    s.latencyP95Ms = 180.0;
    s.worstCalls = {WorstCall{QStringLiteral("conv-1"), 1.9, 7.5},
                    WorstCall{QStringLiteral("conv-2"), std::nullopt, std::nullopt}};
    d.sample = s;
    return d;
}

QJsonObject parse(const QByteArray &b)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(b, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString();
    return doc.object();
}

QJsonObject payloadOf(const Decision &d, const PagerDutySettings &settings = {})
{
    return parse(buildEvent(d, settings)->body).value(QStringLiteral("payload")).toObject();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestEventBuilder : public QObject
{
    Q_OBJECT

private slots:
    void triggerHasExactlyTheEventsApiFields()
    {
        PagerDutySettings settings;
        settings.group = QStringLiteral("NOC East");
        settings.clientUrl = QStringLiteral("https://noc.example.com/earshot");
        const auto built = buildEvent(trigger(), settings);
        QVERIFY(built);
        QCOMPARE(built->action, QStringLiteral("trigger"));
        const QJsonObject o = parse(built->body);
        // No event_type/service_key (v1 names) and no routing_key (added only at send time).
        QCOMPARE(sortedKeys(o),
                 (QStringList{QStringLiteral("client"), QStringLiteral("client_url"),
                              QStringLiteral("dedup_key"), QStringLiteral("event_action"),
                              QStringLiteral("payload")}));
        QCOMPARE(o.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
        QCOMPARE(o.value(QStringLiteral("dedup_key")).toString(),
                 QStringLiteral("voice_quality_alert_") + kQueueId + QStringLiteral("_1763892000"));
        QCOMPARE(o.value(QStringLiteral("client")).toString(), QStringLiteral("Earshot"));
        QCOMPARE(o.value(QStringLiteral("client_url")).toString(), settings.clientUrl);

        const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
        QCOMPARE(sortedKeys(p),
                 (QStringList{QStringLiteral("class"), QStringLiteral("component"),
                              QStringLiteral("custom_details"), QStringLiteral("group"),
                              QStringLiteral("severity"), QStringLiteral("source"),
                              QStringLiteral("summary"), QStringLiteral("timestamp")}));
        QCOMPARE(p.value(QStringLiteral("summary")).toString(),
                 QStringLiteral(
                     "Voice quality degraded on Sales: MOS 2.45, packet loss 3.20% (critical)"));
        QCOMPARE(p.value(QStringLiteral("source")).toString(),
                 QStringLiteral("Genesys Cloud Voice Monitor"));
        QCOMPARE(p.value(QStringLiteral("component")).toString(),
                 QStringLiteral("Telephony Infrastructure"));
        QCOMPARE(p.value(QStringLiteral("class")).toString(), QStringLiteral("voice_quality"));
        QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(p.value(QStringLiteral("group")).toString(), QStringLiteral("NOC East"));
        // The end of the degraded window, not the moment Earshot noticed.
        QCOMPARE(p.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-11-23T10:05:00.000Z"));
    }

    void customDetailsCarryTheWindowAndItsGaps()
    {
        const QJsonObject c =
            payloadOf(trigger()).value(QStringLiteral("custom_details")).toObject();
        QCOMPARE(
            sortedKeys(c),
            (QStringList{QStringLiteral("call_count"), QStringLiteral("episode_start"),
                         QStringLiteral("genesys_queue_id"), QStringLiteral("jitter_ms"),
                         QStringLiteral("latency_p95_ms"), QStringLiteral("mos_min"),
                         QStringLiteral("mos_score"), QStringLiteral("packet_loss_percent"),
                         QStringLiteral("queue_name"), QStringLiteral("thresholds_breached"),
                         QStringLiteral("time_window"), QStringLiteral("worst_conversations")}));
        QCOMPARE(c.value(QStringLiteral("mos_score")).toDouble(), 2.45);
        QCOMPARE(c.value(QStringLiteral("mos_min")).toDouble(), 1.9);
        QCOMPARE(c.value(QStringLiteral("packet_loss_percent")).toDouble(), 3.2);
        QCOMPARE(c.value(QStringLiteral("latency_p95_ms")).toDouble(), 180.0);
        // Genesys' details give no jitter in ms: null, never an invented 0.
        QVERIFY(c.value(QStringLiteral("jitter_ms")).isNull());
        QCOMPARE(c.value(QStringLiteral("time_window")).toString(),
                 QStringLiteral("2025-11-23T10:00:00.000Z/2025-11-23T10:05:00.000Z"));
        QCOMPARE(c.value(QStringLiteral("genesys_queue_id")).toString(), kQueueId);
        QCOMPARE(c.value(QStringLiteral("queue_name")).toString(), QStringLiteral("Sales"));
        QCOMPARE(c.value(QStringLiteral("call_count")).toInt(), 14);
        QCOMPARE(c.value(QStringLiteral("episode_start")).toString(),
                 QStringLiteral("2025-11-23T10:00:00.000Z"));

        const QJsonArray breached = c.value(QStringLiteral("thresholds_breached")).toArray();
        QCOMPARE(breached.size(), 2);
        const QJsonObject mos = breached[0].toObject();
        QCOMPARE(mos.value(QStringLiteral("metric")).toString(), QStringLiteral("mos"));
        QCOMPARE(mos.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
        QCOMPARE(mos.value(QStringLiteral("value")).toDouble(), 2.45);
        QCOMPARE(mos.value(QStringLiteral("threshold")).toDouble(), 3.0);
        QCOMPARE(breached[1].toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("packet_loss"));

        const QJsonArray worst = c.value(QStringLiteral("worst_conversations")).toArray();
        QCOMPARE(worst.size(), 2);
        const QJsonObject first = worst[0].toObject();
        QCOMPARE(first.value(QStringLiteral("conversation_id")).toString(),
                 QStringLiteral("conv-1"));
        QCOMPARE(first.value(QStringLiteral("mos")).toDouble(), 1.9);
        QCOMPARE(first.value(QStringLiteral("packet_loss_percent")).toDouble(), 7.5);
        const QJsonObject second = worst[1].toObject();
        QVERIFY(second.value(QStringLiteral("mos")).isNull());
        QVERIFY(second.value(QStringLiteral("packet_loss_percent")).isNull());
    }

    void withoutASampleEveryMetricIsNull()
    {
        Decision d = trigger();
        d.sample.reset();
        const QJsonObject p = payloadOf(d);
        const QJsonObject c = p.value(QStringLiteral("custom_details")).toObject();
        for (const char *key : {"mos_score", "mos_min", "packet_loss_percent", "jitter_ms",
                                "latency_p95_ms", "time_window", "call_count"}) {
            QVERIFY2(c.contains(QLatin1StringView(key)), key);
            QVERIFY2(c.value(QLatin1StringView(key)).isNull(), key);
        }
        QCOMPARE(c.value(QStringLiteral("worst_conversations")).toArray().size(), 0);
        QCOMPARE(p.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-11-23T10:06:00.000Z")); // falls back to the decision time
    }

    void severityIsPagerDutys()
    {
        Decision d = trigger();
        d.severity = Severity::Warning;
        QCOMPARE(payloadOf(d).value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
        QVERIFY(payloadOf(d)
                    .value(QStringLiteral("summary"))
                    .toString()
                    .endsWith(QStringLiteral("(warning)")));
        // A trigger without a level must still page, not be refused as an invalid event.
        d.severity = Severity::None;
        QCOMPARE(payloadOf(d).value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
    }

    void escalationRetriggersTheSameKeyWithTheNewSeverity()
    {
        Decision d = trigger();
        d.kind = DecisionKind::Escalate;
        const auto built = buildEvent(d, {});
        QVERIFY(built);
        QCOMPARE(built->action, QStringLiteral("trigger"));
        const QJsonObject o = parse(built->body);
        QCOMPARE(o.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
        QCOMPARE(o.value(QStringLiteral("dedup_key")).toString(), d.dedupKey);
        QCOMPARE(o.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("critical"));
    }

    void acknowledgeAndResolveCarryOnlyActionAndKey_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("action");
        QTest::newRow("acknowledge")
            << int(DecisionKind::Acknowledge) << QStringLiteral("acknowledge");
        QTest::newRow("resolve") << int(DecisionKind::Resolve) << QStringLiteral("resolve");
    }

    void acknowledgeAndResolveCarryOnlyActionAndKey()
    {
        QFETCH(int, kind);
        QFETCH(QString, action);
        Decision d = trigger();
        d.kind = DecisionKind(kind);
        const auto built = buildEvent(d, {});
        QVERIFY(built);
        QCOMPARE(built->action, action);
        const QJsonObject o = parse(built->body);
        QCOMPARE(sortedKeys(o),
                 (QStringList{QStringLiteral("dedup_key"), QStringLiteral("event_action")}));
        QCOMPARE(o.value(QStringLiteral("event_action")).toString(), action);
        QCOMPARE(o.value(QStringLiteral("dedup_key")).toString(), d.dedupKey);
    }

    void decisionsThatDoNotPageMakeNoEvent()
    {
        for (DecisionKind kind : {DecisionKind::Trigger, DecisionKind::Escalate,
                                  DecisionKind::Acknowledge, DecisionKind::Resolve}) {
            Decision d = trigger();
            d.kind = kind;
            d.pages = false;
            QVERIFY(!buildEvent(d, {}));
        }
        Decision de = trigger();
        de.kind = DecisionKind::Deescalate;
        QVERIFY(!buildEvent(de, {}));
    }

    void summaryIsCappedAtACharacterBoundary_data()
    {
        QTest::addColumn<int>("plainChars");
        // "Voice quality degraded on " is 26 characters. With 996 x's the cut at 1023 falls
        // between the two halves of an emoji; with 995 it falls after a whole one.
        QTest::newRow("cut inside a surrogate pair") << 996;
        QTest::newRow("cut after a surrogate pair") << 995;
        QTest::newRow("ascii only") << 3000;
    }

    void summaryIsCappedAtACharacterBoundary()
    {
        QFETCH(int, plainChars);
        Decision d = trigger();
        d.queueName =
            QString(plainChars, u'x') + QString::fromUtf8("\xF0\x9F\x93\x9E").repeated(400);
        const QString summary = payloadOf(d).value(QStringLiteral("summary")).toString();
        QVERIFY(summary.size() <= kMaxSummaryChars);
        QVERIFY(summary.size() >= kMaxSummaryChars - 1);
        QVERIFY(summary.startsWith(QStringLiteral("Voice quality degraded on xxx")));
        QCOMPARE(summary.back(), QChar(0x2026));
        // No half character: a lone surrogate would not survive a UTF-8 round trip.
        QCOMPARE(QString::fromUtf8(summary.toUtf8()), summary);
    }

    void shortSummaryIsUntouched()
    {
        Decision d = trigger();
        d.breaches.clear();
        QCOMPARE(payloadOf(d).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Voice quality degraded on Sales (critical)"));
        d.queueName.clear(); // a queue not in the directory yet is named by its id
        QCOMPARE(payloadOf(d).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Voice quality degraded on ") + kQueueId +
                     QStringLiteral(" (critical)"));
    }

    void hugeEventDropsTheWorstConversationsFirst()
    {
        Decision d = trigger();
        for (int i = 0; i < 3000; ++i)
            d.sample->worstCalls.append(WorstCall{
                QStringLiteral("conversation-%1-").arg(i) + QString(200, u'c'), 1.5, 9.0});
        const auto built = buildEvent(d, {});
        QVERIFY(built);
        const QByteArray sent = withRoutingKey(built->body, QStringLiteral("k").repeated(32));
        QVERIFY(sent.size() < kMaxEventBytes);
        const QJsonObject c = parse(built->body)
                                  .value(QStringLiteral("payload"))
                                  .toObject()
                                  .value(QStringLiteral("custom_details"))
                                  .toObject();
        QCOMPARE(c.value(QStringLiteral("worst_conversations")).toArray().size(), 0);
        QCOMPARE(c.value(QStringLiteral("mos_score")).toDouble(), 2.45); // the alert stays whole
        QCOMPARE(c.value(QStringLiteral("thresholds_breached")).toArray().size(), 2);
    }

    void hugeQueueNameIsCutToFit()
    {
        Decision d = trigger();
        d.queueName = QString(600 * 1024, u'q');
        const auto built = buildEvent(d, {});
        QVERIFY(built);
        QVERIFY(withRoutingKey(built->body, QStringLiteral("k").repeated(32)).size() <
                kMaxEventBytes);
        const QJsonObject p = parse(built->body).value(QStringLiteral("payload")).toObject();
        QVERIFY(p.value(QStringLiteral("summary")).toString().size() <= kMaxSummaryChars);
        QVERIFY(p.value(QStringLiteral("custom_details"))
                    .toObject()
                    .value(QStringLiteral("queue_name"))
                    .toString()
                    .startsWith(QStringLiteral("qqq")));
    }

    void stormGroupIsOneTriggerWithItsMembers()
    {
        StormDecision d;
        d.kind = StormDecision::Kind::Open;
        d.at = 1'763'892'300;
        d.group.dedupKey = QStringLiteral("voice_quality_storm_1763892000_q2_p0");
        d.group.start = 1'763'892'000;
        for (int i = 0; i < 3; ++i) {
            StormMember m;
            m.dedupKey = QStringLiteral("voice_quality_alert_q%1_1763892000").arg(i);
            m.queueId = QStringLiteral("q%1").arg(i);
            m.queueName = QStringLiteral("Queue %1").arg(i);
            m.severity = i == 2 ? Severity::Critical : Severity::Warning;
            m.breaches = {i == 1 ? Breach{Metric::PacketLoss, Severity::Warning, 1.5, 1.0}
                                 : Breach{Metric::Mos, m.severity, 2.9, 3.5}};
            m.joinedAt = d.at;
            d.group.members.append(m);
        }
        const BuiltEvent e = buildStormEvent(d, PagerDutySettings{});
        QCOMPARE(e.action, QStringLiteral("trigger"));
        const QJsonObject body = QJsonDocument::fromJson(e.body).object();
        QCOMPARE(body.value(QStringLiteral("dedup_key")).toString(), d.group.dedupKey);
        const QJsonObject payload = body.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("3 queues degraded: MOS, packet loss; likely shared cause"));
        QCOMPARE(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        const QJsonObject details = payload.value(QStringLiteral("custom_details")).toObject();
        QCOMPARE(details.value(QStringLiteral("queue_count")).toInt(), 3);
        const QJsonArray members = details.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members[1].toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("packet_loss"));
        QCOMPARE(members[1].toObject().value(QStringLiteral("value")).toDouble(), 1.5);
        QCOMPARE(members[2].toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("critical"));
        QVERIFY(!body.contains(QStringLiteral("routing_key")));

        d.kind = StormDecision::Kind::Resolve;
        const BuiltEvent resolve = buildStormEvent(d, PagerDutySettings{});
        QCOMPARE(resolve.action, QStringLiteral("resolve"));
        QCOMPARE(QJsonDocument::fromJson(resolve.body).object().size(), 2);
    }

    void hugeStormKeepsTheMembersThatFit()
    {
        StormDecision d;
        d.group.dedupKey = QStringLiteral("voice_quality_storm_1763892000_q10_p0");
        for (int i = 0; i < 20'000; ++i) {
            StormMember m;
            m.dedupKey =
                QStringLiteral("voice_quality_alert_queue-with-a-long-id-%1_1763892000").arg(i);
            m.queueId = QStringLiteral("queue-with-a-long-id-%1").arg(i);
            m.queueName = QStringLiteral("A queue with a long name %1").arg(i);
            m.severity = Severity::Warning;
            m.breaches = {Breach{Metric::Mos, Severity::Warning, 3.3, 3.5}};
            d.group.members.append(m);
        }
        const BuiltEvent e = buildStormEvent(d, PagerDutySettings{});
        QVERIFY(e.body.size() < kMaxEventBytes);
        const QJsonObject details = QJsonDocument::fromJson(e.body)
                                        .object()
                                        .value(QStringLiteral("payload"))
                                        .toObject()
                                        .value(QStringLiteral("custom_details"))
                                        .toObject();
        const int kept = int(details.value(QStringLiteral("members")).toArray().size());
        QVERIFY(kept > 100);
        QCOMPARE(kept + details.value(QStringLiteral("members_omitted")).toInt(), 20'000);
        QCOMPARE(details.value(QStringLiteral("queue_count")).toInt(), 20'000);
    }

    void healthIncidentIsAnError()
    {
        const BuiltEvent e = buildHealthEvent(
            QStringLiteral("earshot_monitor_health_noc-1"), true,
            QStringLiteral("Earshot on noc-1 has stored no data"), 1'763'892'000,
            QJsonObject{{QStringLiteral("host"), QStringLiteral("noc-1")}}, PagerDutySettings{});
        const QJsonObject payload =
            QJsonDocument::fromJson(e.body).object().value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(
            buildHealthEvent(QStringLiteral("k"), false, {}, 0, {}, PagerDutySettings{}).action,
            QStringLiteral("resolve"));
    }

    void routingKeyIsAddedAtSendTime()
    {
        const auto built = buildEvent(trigger(), {});
        QVERIFY(!built->body.contains("routing_key"));
        const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QJsonObject o = parse(withRoutingKey(built->body, key));
        QCOMPARE(o.value(QStringLiteral("routing_key")).toString(), key);
        QCOMPARE(o.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
        QCOMPARE(o.value(QStringLiteral("payload")).toObject(),
                 parse(built->body).value(QStringLiteral("payload")).toObject());
    }
};

QTEST_GUILESS_MAIN(TestEventBuilder)
#include "TestEventBuilder.moc"
