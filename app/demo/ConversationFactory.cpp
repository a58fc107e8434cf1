#include "app/demo/ConversationFactory.h"

#include "core/model/TimeWindow.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

QByteArray iso(qint64 secs, int ms = 0)
{
    return isoUtc(secs).left(20).toLatin1() + QByteArray::number(ms).rightJustified(3, '0') + 'Z';
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

QByteArray uuid(quint64 a, quint64 b)
{
    return QUuid(uint(a), ushort(a >> 32), ushort(a >> 48), uchar(b), uchar(b >> 8), uchar(b >> 16),
                 uchar(b >> 24), uchar(b >> 32), uchar(b >> 40), uchar(b >> 48), uchar(b >> 56))
        .toByteArray(QUuid::WithoutBraces);
}

// Counters split over `parts` endpoints so their sums equal the call's totals; zero parts
// are omitted from the record.
qint64 share(qint64 total, int part, int parts)
{
    const qint64 base = total / parts;
    return part == parts - 1 ? total - base * (parts - 1) : base;
}

QByteArray counter(const char *name, qint64 value)
{
    if (value == 0)
        return {};
    return QByteArray(",\"") + name + "\":" + QByteArray::number(value);
}

QByteArray endpointStats(const SimulatedCall &c, int part, int parts, qint64 at)
{
    QByteArray s = "{\"codecs\":[\"audio/opus\"]";
    if (c.mos)
        s += ",\"minMos\":" + num(part == 0 ? *c.mos : std::min(4.4, *c.mos + 0.2)) +
             ",\"minRFactor\":" + num(std::clamp((*c.mos - 1.0) * 22.0, 0.0, 93.0));
    if (c.maxLatencyMs)
        s += ",\"maxLatencyMs\":" +
             QByteArray::number(qint64(*c.maxLatencyMs * (part == 0 ? 1.0 : 0.8)));
    s += counter("receivedPackets", share(c.receivedPackets, part, parts));
    s += counter("invalidPackets", share(c.invalidPackets, part, parts));
    s += counter("discardedPackets", share(c.discardedPackets, part, parts));
    s += counter("overrunPackets", share(c.overrunPackets, part, parts));
    s += counter("underrunPackets", share(c.underrunPackets, part, parts));
    s += ",\"eventTime\":\"" + iso(at) + "\"}";
    return s;
}

QByteArray segment(qint64 start, qint64 end, const char *type, const QString &queueId,
                   const char *extra = "")
{
    QByteArray s = "{\"segmentStart\":\"" + iso(start) + "\",\"segmentEnd\":\"" + iso(end) +
                   "\",\"segmentType\":\"" + type + "\"";
    if (!queueId.isEmpty())
        s += ",\"queueId\":\"" + queueId.toLatin1() + "\"";
    s += extra;
    s += "}";
    return s;
}

QByteArray metric(const char *name, qint64 value, qint64 at)
{
    return QByteArray("{\"name\":\"") + name + "\",\"value\":" + QByteArray::number(value) +
           ",\"emitDate\":\"" + iso(at) + "\"}";
}

} // namespace

QByteArray conversationJson(const SimulatedCall &c)
{
    const qint64 t0 = c.startSecs;
    const qint64 ivrEnd = t0 + 25;
    const qint64 queued = ivrEnd + 40;
    const qint64 end = t0 + std::max(c.durationSecs, 90);
    const QString firstQueue = c.queueIds.value(0);
    const quint64 h = qHash(c.conversationId);
    const QByteArray did = "tel:+1317555" + QByteArray::number(1000 + h % 9000);
    const QByteArray ani = "tel:+1312555" + QByteArray::number(1000 + (h >> 8) % 9000);
    const char *dnis = ",\"dnis\":\"";
    const QByteArray sessionCommon =
        QByteArray("\"mediaType\":\"voice\",\"direction\":\"inbound\",\"ani\":\"") + ani + "\"" +
        dnis + did + "\",\"provider\":\"Edge\",\"remoteNameDisplayable\":\"Caller\",\"edgeId\":\"" +
        uuid(h, h * 3) + "\",\"protocolCallId\":\"" + uuid(h * 5, h * 7) + "\"";

    QByteArray customerSegments = segment(t0, ivrEnd, "system", {}) + ',' +
                                  segment(ivrEnd, queued, "interact", firstQueue) + ',' +
                                  segment(queued, end, "interact", firstQueue);
    QByteArray acdSegments;
    QByteArray agents;
    // Endpoint stats: customer (part 0), ACD (part 1), one per agent (parts 2..).
    const int parts = 2 + int(std::max<qsizetype>(1, c.queueIds.size()));
    qint64 segmentStart = ivrEnd;
    for (int q = 0; q < c.queueIds.size(); ++q) {
        const QString &queueId = c.queueIds.at(q);
        const qint64 segmentEnd =
            q == c.queueIds.size() - 1 ? end : segmentStart + (end - segmentStart) / 2;
        if (!acdSegments.isEmpty())
            acdSegments += ',';
        acdSegments += segment(segmentStart, segmentStart + 40, "delay", queueId,
                               ",\"disconnectType\":\"transfer\"");
        if (!agents.isEmpty())
            agents += ',';
        agents += "{\"participantId\":\"" + uuid(h + q, 11) + "\",\"participantName\":\"Agent " +
                  QByteArray::number(q + 1) + "\",\"userId\":\"" + uuid(h + q, 13) +
                  "\",\"purpose\":\"agent\",\"sessions\":[{" + sessionCommon + ",\"sessionId\":\"" +
                  uuid(h + q, 17) + "\",\"segments\":[" +
                  segment(segmentStart + 40, segmentStart + 45, "alert", queueId) + ',' +
                  segment(segmentStart + 45, segmentEnd, "interact", queueId,
                          ",\"wrapUpCode\":\"7fb334b0-0e9e-11e4-9191-0800200c9a66\"") +
                  "],\"metrics\":[" + metric("tAlert", 5000, segmentStart + 45) + ',' +
                  metric("tAnswered", 45000, segmentStart + 45) + ',' +
                  metric("tTalk", (segmentEnd - segmentStart - 45) * 1000, segmentEnd) + ',' +
                  metric("tHeld", 0, segmentEnd) + "],\"mediaEndpointStats\":[" +
                  endpointStats(c, 2 + q, parts, segmentEnd) + "]}]}";
        segmentStart = segmentEnd;
    }

    QByteArray out;
    out.reserve(7000);
    out += "{\"conversationId\":\"" + c.conversationId.toLatin1() + "\",\"conversationStart\":\"" +
           iso(t0, int(h % 1000)) + "\",\"conversationEnd\":\"" + iso(end) +
           "\",\"originatingDirection\":\"inbound\",\"divisionIds\":[\"" + uuid(1, 2) + "\"]";
    if (c.mos)
        out += ",\"mediaStatsMinConversationMos\":" + num(*c.mos) +
               ",\"mediaStatsMinConversationRFactor\":" +
               num(std::clamp((*c.mos - 1.0) * 22.0, 0.0, 93.0));
    out += ",\"participants\":[";
    // Customer
    out += "{\"participantId\":\"" + uuid(h, 21) +
           "\",\"participantName\":\"Mobile Caller\",\"purpose\":\"customer\",\"sessions\":[{" +
           sessionCommon + ",\"sessionId\":\"" + uuid(h, 23) + "\",\"sessionDnis\":\"" + did +
           "\",\"segments\":[" + customerSegments + "],\"metrics\":[" +
           metric("nConnected", 1, t0) + ',' + metric("tIvr", 25000, ivrEnd) + ',' +
           metric("tAcd", 40000, queued) + ',' + metric("tTalk", (end - queued) * 1000, end) + ',' +
           metric("tTalkComplete", (end - queued) * 1000, end) + ',' +
           metric("tHandle", (end - queued) * 1000 + 15000, end) + ',' +
           metric("tAcw", 15000, end) + ',' + metric("nOffered", 1, ivrEnd) +
           "],\"mediaEndpointStats\":[" + endpointStats(c, 0, parts, end) + "]}]},";
    // IVR
    out += "{\"participantId\":\"" + uuid(h, 31) +
           "\",\"participantName\":\"Main IVR\",\"purpose\":\"ivr\",\"sessions\":[{" +
           sessionCommon + ",\"sessionId\":\"" + uuid(h, 33) + "\",\"segments\":[" +
           segment(t0, ivrEnd, "interact", {}, ",\"disconnectType\":\"transfer\"") +
           "],\"flow\":{\"flowId\":\"" + uuid(7, 8) +
           "\",\"flowName\":\"Main "
           "Inbound\",\"flowVersion\":\"42.0\",\"flowType\":\"INBOUNDCALL\",\"exitReason\":"
           "\"TRANSFER\",\"transferType\":\"ACD\",\"transferTargetName\":\"" +
           firstQueue.toLatin1() +
           "\",\"startingLanguage\":\"en-us\",\"endingLanguage\":\"en-us\",\"entryReason\":\"" +
           did + "\",\"entryType\":\"dnis\"},\"metrics\":[" + metric("tFlow", 25000, ivrEnd) + ',' +
           metric("tFlowExit", 25000, ivrEnd) + "]}]},";
    // ACD
    out += "{\"participantId\":\"" + uuid(h, 41) +
           "\",\"participantName\":\"ACD\",\"purpose\":\"acd\",\"sessions\":[{" + sessionCommon +
           ",\"sessionId\":\"" + uuid(h, 43) + "\",\"segments\":[" + acdSegments +
           "],\"metrics\":[" + metric("tAcd", 40000, queued) + ',' + metric("nOffered", 1, ivrEnd) +
           "],\"mediaEndpointStats\":[" + endpointStats(c, 1, parts, queued) + "]}]},";
    out += agents;
    out += "]}";
    return out;
}

QByteArray detailsPageJson(const QList<SimulatedCall> &calls, qint64 totalHits)
{
    QByteArray out = "{\"totalHits\":" + QByteArray::number(totalHits);
    if (!calls.isEmpty()) {
        out += ",\"conversations\":[";
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (i > 0)
                out += ',';
            out += conversationJson(calls[i]);
        }
        out += ']';
    }
    out += '}';
    return out;
}

QList<SimulatedCall> generateWindow(quint32 seed, qint64 windowStart, int windowSecs,
                                    const QList<QueueLoad> &queues)
{
    QRandomGenerator random(seed);
    QList<SimulatedCall> calls;
    for (const QueueLoad &q : queues) {
        for (int i = 0; i < q.calls; ++i) {
            SimulatedCall c;
            c.conversationId = QString::fromLatin1(uuid(random.generate64(), random.generate64()));
            c.startSecs = windowStart + random.bounded(std::max(1, windowSecs));
            c.durationSecs = 120 + int(random.bounded(600));
            c.queueIds = {q.queueId};
            const double noise = (random.generateDouble() * 2.0 - 1.0) * q.mosSpread;
            c.mos = std::clamp(q.mosMean + noise, 1.0, 4.5);
            c.receivedPackets = 6000 + random.bounded(30000);
            const double lossShare =
                std::max(0.0, q.lossPercent * (0.5 + random.generateDouble())) / 100.0;
            const qint64 lost = qint64(std::llround(double(c.receivedPackets) * lossShare));
            c.discardedPackets = lost * 3 / 4;
            c.invalidPackets = lost - c.discardedPackets;
            c.overrunPackets = c.discardedPackets / 3;
            c.underrunPackets = c.discardedPackets / 4;
            c.maxLatencyMs = q.latencyMs * (0.8 + 0.4 * random.generateDouble());
            calls.append(std::move(c));
        }
    }
    std::sort(calls.begin(), calls.end(), [](const SimulatedCall &a, const SimulatedCall &b) {
        return a.startSecs != b.startSecs ? a.startSecs < b.startSecs
                                          : a.conversationId < b.conversationId;
    });
    return calls;
}

} // namespace earshot
