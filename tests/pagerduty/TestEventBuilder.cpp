#include "core/pagerduty/EventBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

Decision trigger()
{
    Decision d;
    d.kind = DecisionKind::Trigger;
    d.queueId = QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d");
    d.queueName = QStringLiteral("Sales");
    d.dedupKey = makeDedupKey(d.queueId, 1'763'892'000);
    d.severity = Severity::Critical;
    d.episodeStart = 1'763'892'000;
    d.at = 1'763'892'300;
    d.breaches = {Breach{Metric::Mos, Severity::Critical, 2.45, 3.0},
                  Breach{Metric::PacketLoss, Severity::Critical, 3.2, 3.0}};
    QualitySample s;
    s.queueId = d.queueId;
    s.queueName = d.queueName;
    s.windowStart = 1'763'892'000;
    s.windowEnd = 1'763'892'300;
    s.calls = 14;
    s.mosMean = 2.45;
    s.packetLossPercent = 3.2;
    s.worstCalls = {WorstCall{QStringLiteral("conv-1"), 1.9, 7.5}};
    d.sample = s;
    return d;
}

QJsonObject parse(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

} // namespace

class TestEventBuilder : public QObject
{
    Q_OBJECT

private slots:
    void triggerHasEveryField()
    {
        PagerDutySettings settings;
        settings.group = QStringLiteral("NOC East");
        const auto built = buildEvent(trigger(), settings);
        QVERIFY(built);
        QCOMPARE(built->action, QStringLiteral("trigger"));
        const QJsonObject o = parse(built->body);
        QCOMPARE(o.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
        QVERIFY(!o.contains(QStringLiteral("event_type")));  // v1 name, never sent
        QVERIFY(!o.contains(QStringLiteral("routing_key"))); // added only at send time
        QCOMPARE(
            o.value(QStringLiteral("dedup_key")).toString(),
            QStringLiteral("voice_quality_alert_8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d_1763892000"));
        QCOMPARE(o.value(QStringLiteral("client")).toString(), QStringLiteral("Earshot"));
        const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
        QCOMPARE(p.value(QStringLiteral("summary")).toString(),
                 QStringLiteral(
                     "Voice quality degraded on Sales: MOS 2.45, packet loss 3.20% (critical)"));
        QCOMPARE(p.value(QStringLiteral("source")).toString(),
                 QStringLiteral("Genesys Cloud Voice Monitor"));
        QCOMPARE(p.value(QStringLiteral("component")).toString(),
                 QStringLiteral("Telephony Infrastructure"));
        QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(p.value(QStringLiteral("group")).toString(), QStringLiteral("NOC East"));
        QCOMPARE(p.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-11-23T10:05:00.000Z"));
        const QJsonObject c = p.value(QStringLiteral("custom_details")).toObject();
        QCOMPARE(c.value(QStringLiteral("mos_score")).toDouble(), 2.45);
        QCOMPARE(c.value(QStringLiteral("packet_loss_percent")).toDouble(), 3.2);
        QVERIFY(c.value(QStringLiteral("jitter_ms")).isNull()); // absent, not invented
        QCOMPARE(c.value(QStringLiteral("time_window")).toString(),
                 QStringLiteral("2025-11-23T10:00:00.000Z/2025-11-23T10:05:00.000Z"));
        QCOMPARE(c.value(QStringLiteral("genesys_queue_id")).toString(), trigger().queueId);
        QCOMPARE(c.value(QStringLiteral("queue_name")).toString(), QStringLiteral("Sales"));
        QCOMPARE(c.value(QStringLiteral("call_count")).toInt(), 14);
        QCOMPARE(c.value(QStringLiteral("thresholds_breached")).toArray().size(), 2);
        const QJsonObject worst =
            c.value(QStringLiteral("worst_conversations")).toArray()[0].toObject();
        QCOMPARE(worst.value(QStringLiteral("conversation_id")).toString(),
                 QStringLiteral("conv-1"));
        QCOMPARE(worst.value(QStringLiteral("mos")).toDouble(), 1.9);
    }

    void escalationRetriggersTheSameKey()
    {
        Decision d = trigger();
        d.kind = DecisionKind::Escalate;
        const auto built = buildEvent(d, {});
        QCOMPARE(built->action, QStringLiteral("trigger"));
        QCOMPARE(parse(built->body).value(QStringLiteral("dedup_key")).toString(), d.dedupKey);
    }

    void acknowledgeAndResolveCarryOnlyTheKey()
    {
        for (DecisionKind kind : {DecisionKind::Acknowledge, DecisionKind::Resolve}) {
            Decision d = trigger();
            d.kind = kind;
            const QJsonObject o = parse(buildEvent(d, {})->body);
            QCOMPARE(o.keys(),
                     (QStringList{QStringLiteral("dedup_key"), QStringLiteral("event_action")}));
        }
    }

    void silentDecisionsMakeNoEvent()
    {
        Decision d = trigger();
        d.pages = false;
        QVERIFY(!buildEvent(d, {}));
        Decision de = trigger();
        de.kind = DecisionKind::Deescalate;
        QVERIFY(!buildEvent(de, {}));
    }

    void summaryIsCapped()
    {
        Decision d = trigger();
        d.queueName = QString(3000, QChar(0x1F600 > 0xFFFF ? u'x' : u'x'));
        const QJsonObject p =
            parse(buildEvent(d, {})->body).value(QStringLiteral("payload")).toObject();
        QCOMPARE(p.value(QStringLiteral("summary")).toString().size(), kMaxSummaryChars);
    }

    void routingKeyIsAddedAtSendTime()
    {
        const auto built = buildEvent(trigger(), {});
        const QJsonObject o = parse(withRoutingKey(built->body, QStringLiteral("k").repeated(32)));
        QCOMPARE(o.value(QStringLiteral("routing_key")).toString(),
                 QStringLiteral("k").repeated(32));
        QCOMPARE(o.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
    }
};

QTEST_GUILESS_MAIN(TestEventBuilder)
#include "TestEventBuilder.moc"
