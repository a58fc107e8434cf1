// The simdjson details parser and the interned aggregator against the QJsonDocument parser
// and the aggregator they replaced, on thousands of generated and mutated pages: the same
// verdict on every page (refused or not, counts, first problem, every conversation field)
// and the same samples for every window.
#include "OracleAggregator.h"
#include "app/demo/ConversationFactory.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr qint64 kStart = 1'763'892'000; // 2025-11-23T10:00:00Z
constexpr qint64 kEnd = kStart + 300;

QJsonValue randomValue(QRandomGenerator &rng)
{
    static const QList<QJsonValue> kValues = {
        QJsonValue::Null,
        true,
        false,
        0,
        -1,
        1.5,
        4.25,
        7.5,
        1000,
        9.1e15,
        1e300,
        3.000001,
        QString(),
        QStringLiteral("voice"),
        QStringLiteral("chat"),
        QStringLiteral("q-mutant"),
        QStringLiteral("2025-11-23T10:00:05.000Z"),
        QStringLiteral("2025-11-23T10:04:59Z"),
        QStringLiteral("2025-11-23T10:05:00.000Z"),
        QStringLiteral("2025-02-29T10:00:05.000Z"),
        QStringLiteral("2024-02-29T10:00:05.000Z"),
        QStringLiteral("2025-11-23T24:00:00.000Z"),
        QStringLiteral("2025-11-23T10:00:05+01:00"),
        QStringLiteral("2025-11-23T10:00:05.5Z"),
        QStringLiteral("2025-11-23 10:00:05"),
        QStringLiteral("1969-12-31T23:59:59.500Z"),
        QStringLiteral("caf\u00e9 \u2603"),
        QJsonObject{},
        QJsonArray{},
        QJsonArray{QJsonValue::Null},
        QJsonArray{QJsonObject{}},
        QJsonObject{{QStringLiteral("queueId"), QStringLiteral("q-mutant")}},
        QJsonObject{{QStringLiteral("receivedPackets"), 10}, {QStringLiteral("minMos"), 2.5}},
        // On and past the limits of implausibility(): MOS 1..5, latency 0..60000 ms,
        // at most 1e9 packets.
        1.0,
        5.0,
        0.99,
        5.01,
        -0.5,
        60000,
        60000.5,
        1e9,
        1000000001,
    };
    return kValues[rng.bounded(int(kValues.size()))];
}

QString randomKey(QRandomGenerator &rng)
{
    static const QStringList kKeys = {
        QStringLiteral("conversationId"),   QStringLiteral("conversationStart"),
        QStringLiteral("participants"),     QStringLiteral("sessions"),
        QStringLiteral("segments"),         QStringLiteral("queueId"),
        QStringLiteral("mediaType"),        QStringLiteral("mediaEndpointStats"),
        QStringLiteral("receivedPackets"),  QStringLiteral("discardedPackets"),
        QStringLiteral("invalidPackets"),   QStringLiteral("overrunPackets"),
        QStringLiteral("underrunPackets"),  QStringLiteral("minMos"),
        QStringLiteral("maxLatencyMs"),     QStringLiteral("mediaStatsMinConversationMos"),
        QStringLiteral("totalHits"),        QStringLiteral("conversations"),
        QStringLiteral("somethingUnknown"),
    };
    return kKeys[rng.bounded(int(kKeys.size()))];
}

// Replaces, removes or adds values here and there in the tree.
QJsonValue mutate(const QJsonValue &value, QRandomGenerator &rng, double rate)
{
    if (rng.generateDouble() < rate)
        return randomValue(rng);
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        const QStringList keys = o.keys();
        for (const QString &key : keys) {
            const double roll = rng.generateDouble();
            if (roll < rate / 3)
                o.remove(key);
            else
                o.insert(key, mutate(o.value(key), rng, rate));
        }
        if (rng.generateDouble() < rate)
            o.insert(randomKey(rng), randomValue(rng));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = mutate(a[i], rng, rate);
        if (rng.generateDouble() < rate)
            a.append(randomValue(rng));
        return a;
    }
    return value;
}

// Damage at the byte level: most of these make the page invalid JSON.
QByteArray damage(QByteArray body, QRandomGenerator &rng)
{
    static const QList<QByteArray> kInserts = {
        "{",   "}",  "[",       "]",       ",", ":",  "\"",   "0",    "-",     "e",  "NaN", "tru",
        "nul", "\\", "\\u00e9", "\\ud800", " ", "\t", "\x01", "\xff", "1e400", "01", ",,",  "{}"};
    const auto at = qsizetype(rng.bounded(quint32(std::max<qsizetype>(1, body.size()))));
    switch (rng.bounded(3)) {
    case 0:
        return body.left(at);
    case 1:
        return body.insert(at, kInserts[rng.bounded(int(kInserts.size()))]);
    default:
        body.remove(at, 1 + rng.bounded(3));
        return body;
    }
}

QString describe(const ConversationQuality &c)
{
    QStringList parts{c.conversationId,
                      QString::number(c.start),
                      c.minMos ? QString::number(*c.minMos, 'g', 17) : QStringLiteral("-"),
                      c.queueIds.join(u'|'),
                      QString::number(c.receivedPackets),
                      QString::number(c.discardedPackets),
                      QString::number(c.invalidPackets),
                      QString::number(c.overrunPackets),
                      QString::number(c.underrunPackets),
                      c.hasEndpointStats ? QStringLiteral("stats") : QStringLiteral("nostats"),
                      c.maxLatencyMs ? QString::number(*c.maxLatencyMs, 'g', 17)
                                     : QStringLiteral("-")};
    return parts.join(u',');
}

// Both parsers on one body; returns false (with the reason) when they disagree.
bool agree(const QByteArray &body, QString *why)
{
    const auto oracle = parseDetailsPageWithQJson(body);
    const auto fresh = parseDetailsPage(body);
    if (oracle.ok() != fresh.ok()) {
        *why = QStringLiteral("verdicts differ: QJson %1, simdjson %2")
                   .arg(oracle.ok() ? QStringLiteral("ok") : oracle.error().message,
                        fresh.ok() ? QStringLiteral("ok") : fresh.error().message);
        return false;
    }
    if (!oracle.ok())
        return true;
    const DetailsPage &a = oracle.value();
    const DetailsPage &b = fresh.value();
    if (a.totalHits != b.totalHits || a.skipped != b.skipped || a.firstProblem != b.firstProblem ||
        a.conversations.size() != b.conversations.size()) {
        *why = QStringLiteral("page figures differ: skipped %1/%2, first problem '%3'/'%4', "
                              "%5/%6 conversations")
                   .arg(a.skipped)
                   .arg(b.skipped)
                   .arg(a.firstProblem, b.firstProblem)
                   .arg(a.conversations.size())
                   .arg(b.conversations.size());
        return false;
    }
    for (qsizetype i = 0; i < a.conversations.size(); ++i) {
        if (describe(a.conversations[i]) != describe(b.conversations[i])) {
            *why = QStringLiteral("conversation %1 differs: %2 / %3")
                       .arg(i)
                       .arg(describe(a.conversations[i]), describe(b.conversations[i]));
            return false;
        }
    }
    return true;
}

QList<QueueLoad> someQueues(QRandomGenerator &rng)
{
    QList<QueueLoad> loads;
    const int count = 1 + rng.bounded(6);
    for (int q = 0; q < count; ++q)
        loads.append(QueueLoad{QStringLiteral("queue-%1").arg(q), 1 + rng.bounded(8),
                               2.5 + rng.generateDouble() * 2, 0.3, rng.generateDouble() * 4,
                               40 + rng.generateDouble() * 300});
    return loads;
}

} // namespace

class TestDetailsDifferential : public QObject
{
    Q_OBJECT

private slots:
    void handWrittenEdgesAgree_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray ok =
            R"({"conversationId":"c","conversationStart":"2025-11-23T10:00:05.000Z",)";
        QTest::newRow("stats before a non-voice mediaType") << QByteArray(
            "{\"conversations\":[" + ok +
            R"("participants":[{"sessions":[{"mediaEndpointStats":[{"receivedPackets":5}],"mediaType":"chat","segments":[{"queueId":"q"}]}]}]}]})");
        QTest::newRow("bad counter in a chat session") << QByteArray(
            "{\"conversations\":[" + ok +
            R"("participants":[{"sessions":[{"mediaType":"chat","mediaEndpointStats":[{"receivedPackets":-5}]}]}]}]})");
        QTest::newRow("a stat that is not an object") << QByteArray(
            "{\"conversations\":[" + ok +
            R"("participants":[{"sessions":[{"mediaEndpointStats":[7,{"maxLatencyMs":-3}]}]}]}]})");
        QTest::newRow("bad atom in an unread field")
            << QByteArray("{\"totalHits\":1,\"x\":tru,\"conversations\":[]}");
        QTest::newRow("bad number in an unread field")
            << QByteArray("{\"x\":[1,2,-],\"conversations\":[]}");
        QTest::newRow("trailing garbage") << QByteArray("{\"conversations\":[]} x");
        QTest::newRow("two documents") << QByteArray("{} {}");
        QTest::newRow("trailing space") << QByteArray("{\"conversations\":null}  \n");
        QTest::newRow("a lone number") << QByteArray("42");
        QTest::newRow("a lone string") << QByteArray("\"x\"");
        QTest::newRow("an unclosed array") << QByteArray("[1,2");
        QTest::newRow("escaped keys and values")
            << QByteArray("{\"conversations\":[{\"conversation\\u0049d\":\"c\\u00e9\","
                          "\"conversationStart\":\"2025-11-23T10:00:05.000Z\",\"participants\":"
                          "[{\"sessions\":[{\"segments\":[{\"queueId\":\"q\\/1\"}]}]}]}]}");
        QTest::newRow("a null participants and a fractional counter") << QByteArray(
            "{\"conversations\":[" + ok + R"("participants":null},)" + ok +
            R"("participants":[{"sessions":[{"mediaEndpointStats":[{"receivedPackets":1.5}]}]}]}]})");
        QTest::newRow("participants is a string")
            << QByteArray("{\"conversations\":[" + ok + R"("participants":"all"}]})");
        QTest::newRow("an empty document") << QByteArray();
        QTest::newRow("deep nesting") << QByteArray(5000, '[');
        QTest::newRow("big numbers")
            << QByteArray(R"({"totalHits":123456789012345678901234567890,"conversations":[]})");
        QTest::newRow("control character in a string")
            << QByteArray("{\"x\":\"a\x01b\",\"conversations\":[]}");
        QTest::newRow("a lone surrogate escape")
            << QByteArray(R"({"x":"\ud800","conversations":[]})");
        QTest::newRow("an invalid escape") << QByteArray(R"({"x":"\q","conversations":[]})");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"x\":\"\xff\",\"conversations\":[]}");
    }

    void handWrittenEdgesAgree()
    {
        QFETCH(QByteArray, body);
        QString why;
        QVERIFY2(agree(body, &why), qPrintable(why));
    }

    // Pages straight from the conversation factory, some damaged at the byte level.
    void generatedPagesAgree()
    {
        QRandomGenerator rng(11);
        int refused = 0;
        for (int i = 0; i < 1000; ++i) {
            const QList<SimulatedCall> calls =
                generateWindow(quint32(i), kStart, 300, someQueues(rng));
            QByteArray body = detailsPageJson(calls.mid(0, 1 + rng.bounded(6)), calls.size());
            if (i % 2 == 1)
                body = damage(body, rng);
            QString why;
            QVERIFY2(agree(body, &why), qPrintable(QStringLiteral("page %1: %2").arg(i).arg(why)));
            refused += parseDetailsPage(body).ok() ? 0 : 1;
        }
        qInfo("%d generated pages, %d of them refused", 1000, refused);
        QVERIFY(refused > 100); // the damage did reach the verdict
    }

    // Pages whose values were replaced, removed or added at random, then windows of them
    // aggregated by both aggregators (overlapping pages repeat conversations).
    void mutatedWindowsAggregateTheSame()
    {
        QRandomGenerator rng(29);
        int pages = 0;
        int skippedConversations = 0;
        int samples = 0;
        for (int w = 0; w < 300; ++w) {
            const QList<SimulatedCall> calls =
                generateWindow(quint32(1000 + w), kStart, 300, someQueues(rng));
            const QSet<QString> monitored =
                w % 5 == 0 ? QSet<QString>{QStringLiteral("queue-0"), QStringLiteral("queue-2")}
                           : QSet<QString>{};
            const QHash<QString, QString> names{{QStringLiteral("queue-1"), QStringLiteral("B")}};
            OracleAggregator oracle(kStart, kEnd, 3.5, names, monitored);
            QualityAggregator fresh(kStart, kEnd, 3.5, names, monitored);
            const double rate = 0.0005 + rng.generateDouble() * 0.01;
            for (qsizetype from = 0; from < calls.size(); from += 3) {
                // Pages of up to 5 that overlap by up to 2: shifting pages.
                const QByteArray original = detailsPageJson(calls.mid(from, 5), calls.size());
                QByteArray body =
                    QJsonDocument(
                        mutate(QJsonDocument::fromJson(original).object(), rng, rate).toObject())
                        .toJson(rng.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented);
                if (rng.bounded(40) == 0)
                    body = damage(body, rng);
                ++pages;
                QString why;
                QVERIFY2(agree(body, &why),
                         qPrintable(QStringLiteral("window %1: %2\n%3")
                                        .arg(w)
                                        .arg(why, QString::fromUtf8(body.left(3000)))));
                const auto old = parseDetailsPageWithQJson(body);
                if (!old.ok())
                    continue;
                skippedConversations += old.value().skipped;
                oracle.add(old.value());
                // The hot path: streamed into the aggregator, from a body with padding room.
                QByteArray padded;
                padded.reserve(body.size() + kDetailsParserPadding);
                padded.append(body);
                QVERIFY(parseDetailsPage(padded, fresh).ok());
            }
            QCOMPARE(fresh.conversationCount(), oracle.conversationCount());
            QCOMPARE(fresh.skippedCount(), oracle.skippedCount());
            const QList<QualitySample> expected = oracle.samples();
            QCOMPARE(fresh.samples(), expected);
            samples += int(expected.size());
        }
        qInfo("%d mutated pages in 300 windows: %d conversations skipped, %d samples", pages,
              skippedConversations, samples);
        QVERIFY(pages > 1000);
        QVERIFY(skippedConversations > 50); // the mutations did reach the conversation checks
        QVERIFY(samples > 200);
    }

    // Realistic pages where a share of the calls carries physically impossible figures
    // (loss over 100 %, more jitter-buffer discards than packets, over a billion packets,
    // latency past a minute or below zero, MOS outside 1..5, each just past or just on the
    // limit): the same conversations skipped for the same first reason, the same samples,
    // and the same partial flag for windows on both sides of the 5 % line.
    void impossibleValuesAggregateTheSame()
    {
        QRandomGenerator rng(41);
        int implausibleSkips = 0;
        int partialWindows = 0;
        int soundWindows = 0;
        for (int w = 0; w < 200; ++w) {
            QList<SimulatedCall> calls =
                generateWindow(quint32(5000 + w), kStart, 300, someQueues(rng));
            const double share = rng.generateDouble() * 0.15;
            for (SimulatedCall &c : calls) {
                if (rng.generateDouble() >= share)
                    continue;
                switch (rng.bounded(10)) {
                case 0: // just more lost than received, or exactly all of it
                    c.discardedPackets = c.receivedPackets - c.invalidPackets + rng.bounded(2);
                    break;
                case 1:
                    c.overrunPackets = c.receivedPackets - c.underrunPackets + rng.bounded(2);
                    break;
                case 2:
                    c.receivedPackets = 1'000'000'000 + rng.bounded(2);
                    break;
                case 3:
                    c.maxLatencyMs = 60'000.0 + (rng.bounded(2) ? 0.5 : 0.0);
                    break;
                case 4:
                    c.maxLatencyMs = -1.0;
                    break;
                case 5:
                    c.mos = rng.bounded(2) ? 5.0 : 5.01;
                    break;
                case 6:
                    c.mos = rng.bounded(2) ? 1.0 : 0.99;
                    break;
                case 7:
                    c.mos = 0.0;
                    break;
                case 8:
                    c.receivedPackets = 0;
                    break;
                default:
                    c.mos.reset();
                    break;
                }
            }
            OracleAggregator oracle(kStart, kEnd, 3.5, {}, {});
            QualityAggregator fresh(kStart, kEnd, 3.5, {}, {});
            for (qsizetype from = 0; from < calls.size(); from += 4) {
                const QByteArray body = detailsPageJson(calls.mid(from, 4), calls.size());
                QString why;
                QVERIFY2(agree(body, &why),
                         qPrintable(QStringLiteral("window %1: %2").arg(w).arg(why)));
                const auto old = parseDetailsPageWithQJson(body);
                QVERIFY(old.ok());
                if (old.value().skipped > 0 &&
                    !old.value().firstProblem.contains(QLatin1StringView("not a whole number")))
                    implausibleSkips += old.value().skipped;
                oracle.add(old.value());
                QVERIFY(parseDetailsPage(body, fresh).ok());
            }
            QCOMPARE(fresh.skippedCount(), oracle.skippedCount());
            const QList<QualitySample> expected = oracle.samples();
            QCOMPARE(fresh.samples(), expected);
            if (!expected.isEmpty())
                (expected.front().partial ? partialWindows : soundWindows) += 1;
        }
        qInfo("%d implausible conversations skipped; %d partial and %d sound windows",
              implausibleSkips, partialWindows, soundWindows);
        QVERIFY(implausibleSkips > 50);
        QVERIFY(partialWindows > 20);
        QVERIFY(soundWindows > 20);
    }
};

QTEST_GUILESS_MAIN(TestDetailsDifferential)
#include "TestDetailsDifferential.moc"
