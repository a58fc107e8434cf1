#include "tests/soak/Soak.h"

#include "app/demo/FakeGenesysCloud.h"
#include "app/demo/FakePagerDuty.h"
#include "core/pipeline/Monitor.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "tests/support/GenesysFaults.h"
#include "tests/support/ManualClock.h"
#include "tests/support/PagerDutyFaults.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace earshot::test {

namespace {

constexpr qint64 kStart = 1'763'892'000; // a window boundary: 2025-11-23T10:00:00Z
constexpr qint64 kWindow = 300;
constexpr qint64 kCycleWindows = 72; // a degrading queue degrades once every 6 hours
const QString kSoakRoutingKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");

QString queueId(int q)
{
    return QStringLiteral("soak-queue-%1").arg(q, 3, 10, QLatin1Char('0'));
}

// The script. Every fifth queue degrades for 5 windows every 6 hours, at its own offset:
// 3 windows at MOS 3.3 (warning), 2 at 2.6 (critical), then healthy again. Of the others,
// every seventh has no calls at all; the rest stay healthy (MOS 4.2).
bool degrades(int q)
{
    return q % 5 == 0;
}

bool idle(int q)
{
    return !degrades(q) && q % 7 == 3;
}

std::optional<double> scriptedMos(int q, qint64 windowStart)
{
    if (idle(q))
        return std::nullopt;
    if (!degrades(q))
        return 4.2;
    const qint64 index = (windowStart - kStart) / kWindow;
    const qint64 offset = 6 + (q * 7) % 60;
    const qint64 phase = ((index - offset) % kCycleWindows + kCycleWindows) % kCycleWindows;
    if (phase < 3)
        return 3.3;
    if (phase < 5)
        return 2.6;
    return 4.2;
}

bool breaching(int q, qint64 windowStart)
{
    const auto mos = scriptedMos(q, windowStart);
    return mos && *mos < 3.5; // the default MOS warning line
}

// A field of /proc/self/status in kB: VmRSS (all resident memory), RssAnon (the heap and
// other anonymous memory: where a leak shows) or RssFile (pages of mapped files: code and
// data of the libraries, loaded the first time a code path runs).
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.mid(field.size(), 1) == ":")
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// An event as PagerDuty got it, without the routing key: the same bytes as the outbox body
// it was sent from (QJsonObject keeps its keys sorted, so the compact form is canonical).
QByteArray digestOf(QJsonObject event)
{
    event.remove(QStringLiteral("routing_key"));
    return QCryptographicHash::hash(QJsonDocument(event).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha1);
}

struct Received
{
    QByteArray digest;
    QString action;
};

} // namespace

SoakReport runSoak(const SoakOptions &o)
{
    SoakReport r;
    r.queues = o.queues;
    r.hours = o.hours;
    r.windowsExpected = int(qint64(o.hours) * 3600 / kWindow);
    QElapsedTimer real;
    real.start();

    QTemporaryDir dir;
    ManualClock clock(kStart * 1000);
    FakeGenesysCloud genesys(clock);
    FakePagerDuty pagerDuty;
    if (!dir.isValid() || !genesys.listen() || !pagerDuty.listen()) {
        r.violations.append(QStringLiteral("the fakes could not listen"));
        return r;
    }
    pagerDuty.addRoutingKey(kSoakRoutingKey);
    pagerDuty.setClock(&clock);
    genesys.setTokenLifetimeSecs(2 * 3600); // logins keep happening, and may fail
    QList<QueueInfo> directory;
    for (int q = 0; q < o.queues; ++q)
        directory.append({queueId(q), QStringLiteral("Queue %1").arg(q)});
    genesys.setQueues(directory);
    genesys.setSummaryProvider([&o](qint64 start, qint64) {
        QList<FakeGenesysCloud::SummaryRow> rows;
        rows.reserve(o.queues);
        for (int q = 0; q < o.queues; ++q) {
            FakeGenesysCloud::SummaryRow row;
            row.queueId = queueId(q);
            row.queueName = QStringLiteral("Queue %1").arg(q);
            if (const auto mos = scriptedMos(q, start)) {
                row.mosScore = *mos;
                row.packetLossPercent = 0.2;
                row.jitterMs = 10;
                row.conversationCount = 25;
            } else {
                row.metricsNull = true;
            }
            rows.append(row);
        }
        return rows;
    });
    GenesysFaults genesysFaults(genesys);
    PagerDutyFaults pagerDutyFaults(pagerDuty);

    // PagerDuty's side, compact: per dedup key, what it accepted, in order.
    QHash<QString, QList<Received>> received;
    QObject::connect(
        &pagerDuty, &FakePagerDuty::eventAccepted, &pagerDuty, [&](const QJsonObject &event) {
            ++r.pagerDutyAccepted;
            received[event.value(QStringLiteral("dedup_key")).toString()].append(
                {digestOf(event), event.value(QStringLiteral("event_action")).toString()});
        });
    // Requests answered by either fake: the pipeline is at work. The fakes' logs of them
    // are emptied at once: they would grow with time (thousands of failed attempts in an
    // outage) and be measured as the product's memory.
    qint64 handled = 0;
    QObject::connect(&genesys.server(), &LoopbackHttpServer::requestHandled, &genesys,
                     [&](const QByteArray &, const QByteArray &, int) {
                         ++handled;
                         genesys.server().clearRequests();
                     });
    QObject::connect(&pagerDuty.server(), &LoopbackHttpServer::requestHandled, &pagerDuty,
                     [&](const QByteArray &, const QByteArray &, int) {
                         ++handled;
                         pagerDuty.server().clearRequests();
                     });

    MonitorSetup setup;
    setup.clock = &clock;
    setup.databasePath = dir.filePath(QStringLiteral("soak.sqlite"));
    setup.genesys.endpoints = GenesysEndpoints{genesys.baseUrl(), genesys.baseUrl()};
    setup.genesys.clientId = QStringLiteral("earshot-client");
    setup.genesys.clientSecret = QStringLiteral("earshot-secret");
    setup.genesys.source = QualitySourceKind::Summary;
    setup.pagerduty.eventsUrl = pagerDuty.eventsUrl();
    setup.fixedRoutingKey = kSoakRoutingKey;
    setup.initialCursor = kStart;
    auto created = Monitor::create(setup);
    if (!created.ok()) {
        r.violations.append(QStringLiteral("Monitor::create: ") + created.error().message);
        return r;
    }
    Monitor &monitor = *created.value();
    QSet<qint64> storedWindows;
    QObject::connect(&monitor, &Monitor::windowStored, &monitor,
                     [&](qint64 start, qint64) { storedWindows.insert(start); });
    monitor.start();

    // Lets the pipeline work until neither fake has been asked anything for a few
    // milliseconds (everything runs in this thread but Qt's HTTP thread), then moves the
    // clock to the next wake-up, stopping at each half hour for the script's faults.
    // A pipeline at rest always has a wake-up pending (its next poll); none means a request
    // is still on its way, so the clock waits for it (a few seconds of real time at most).
    const auto settle = [&] {
        QElapsedTimer waited;
        waited.start();
        qint64 last = -1;
        for (int quiet = 0; quiet < 5 || (clock.pendingCount() == 0 && waited.elapsed() < 3000);) {
            QTest::qWait(2);
            const qint64 now = handled + storedWindows.size();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    };
    // Ticks are half hours. PagerDuty is down every 8 hours: 503 from 0:30 to 1:00, refused
    // connections from 1:30 to 2:00 (then 8:30, 9:30, ...): the first of each falls in the
    // warm-up, the repeats show whether an outage leaves memory behind.
    const auto onTick = [&](int tick) {
        if (tick % 16 == 1) {
            pagerDuty.setOutageStatus(503);
            ++r.pagerDutyOutages;
        }
        if (tick % 16 == 2)
            pagerDuty.setOutageStatus(0);
        if (tick % 16 == 3) {
            if (!pagerDuty.setRefusing(true))
                r.violations.append(QStringLiteral("the fake PagerDuty could not refuse"));
            ++r.pagerDutyOutages;
        }
        if (tick % 16 == 4 && !pagerDuty.setRefusing(false))
            r.violations.append(QStringLiteral("the fake PagerDuty could not listen again"));
        if (tick % 2 != 0)
            return;
        const int hour = tick / 2;
        // PagerDuty's accepted events would grow with time: kept compactly above instead.
        pagerDuty.forgetAcceptedEvents();
        r.rssKbByHour.append(statusKb("VmRSS"));
        r.anonKbByHour.append(statusKb("RssAnon"));
        r.fileKbByHour.append(statusKb("RssFile"));
        if (o.progress)
            std::fprintf(stderr, "soak: hour %d, %lld windows stored, RSS %lld kB\n", hour,
                         qint64(storedWindows.size()), r.rssKbByHour.constLast());
        if (hour >= o.hours)
            return;
        const QByteArray analytics = "/api/v2/analytics";
        genesysFaults.push(GenesysFault::status(analytics, 429, "7"));
        genesysFaults.push(GenesysFault::status(analytics, 503).times(2));
        genesysFaults.push(GenesysFault::droppedConnection(analytics));
        genesysFaults.push(GenesysFault::truncatedBody(analytics));
        r.genesysFaults += 5;
        if (hour % 2 == 1) {
            genesysFaults.push(GenesysFault::status("/oauth", 503)); // the next login
            ++r.genesysFaults;
        }
        if (hour % 6 == 5)
            genesys.revokeAllTokens(); // a 401, a new login, the request again
        pagerDutyFaults.push(PagerDutyFault::status(429, "5"));
        pagerDutyFaults.push(PagerDutyFault::status(500));
        pagerDutyFaults.push(PagerDutyFault::status(502));
        pagerDutyFaults.push(PagerDutyFault::droppedConnection());
        r.pagerDutyFaults += 4;
    };

    r.rssKbByHour.append(statusKb("VmRSS"));
    r.anonKbByHour.append(statusKb("RssAnon"));
    r.fileKbByHour.append(statusKb("RssFile"));
    const qint64 endMs = (kStart + qint64(o.hours) * 3600) * 1000;
    // After the last hour: until every window of the run is stored and every event is out
    // (bounded: two more simulated hours).
    const qint64 drainEndMs = endMs + 2 * 3600 * 1000;
    qint64 nextTickMs = (kStart + 1800) * 1000;
    int tick = 0;
    const auto drained = [&] {
        int inRange = 0;
        for (const qint64 start : std::as_const(storedWindows))
            inRange += start < kStart + qint64(o.hours) * 3600 ? 1 : 0;
        // The outbox itself, not the delivery status a signal updates later: an event is
        // pending from the transaction that decided it until PagerDuty accepted it.
        const auto pending = EventOutbox(monitor.database()).pendingCount();
        return inRange >= r.windowsExpected && pending.ok() && pending.value() == 0;
    };
    while (clock.nowMs() < endMs || (clock.nowMs() < drainEndMs && !drained())) {
        settle();
        const qint64 due = clock.pendingCount() > 0 ? clock.nextDueMs() : drainEndMs;
        if (due >= nextTickMs && nextTickMs <= endMs) {
            clock.advanceTo(nextTickMs);
            onTick(++tick);
            nextTickMs += 1800 * 1000;
            continue;
        }
        clock.advanceTo(std::min(due, drainEndMs));
    }
    settle();
    monitor.stop();

    // --- what happened, checked ---
    for (const qint64 start : std::as_const(storedWindows))
        r.windowsStored += start < kStart + qint64(o.hours) * 3600 ? 1 : 0;
    if (r.windowsStored != r.windowsExpected)
        r.violations.append(
            QStringLiteral("%1 of %2 windows stored").arg(r.windowsStored).arg(r.windowsExpected));
    r.samplesStored = int(monitor.history(queueId(0), kStart, kStart + 86'400 * 2).value().size());

    // Every event the engine decided is in the outbox (stored with its decision).
    QSqlQuery keys(monitor.database().connection());
    QStringList outboxKeys;
    if (!keys.exec(QStringLiteral("SELECT DISTINCT dedup_key FROM outbox"))) {
        r.violations.append(QStringLiteral("the outbox cannot be read"));
    }
    while (keys.next())
        outboxKeys.append(keys.value(0).toString());
    EventOutbox outbox(monitor.database());
    for (const QString &key : std::as_const(outboxKeys)) {
        const auto events = outbox.eventsForKey(key);
        if (!events.ok()) {
            r.violations.append(QStringLiteral("outbox: ") + events.error().message);
            continue;
        }
        QList<QByteArray> decided;
        for (const OutboxEvent &e : events.value()) {
            ++r.outboxEvents;
            if (e.state == OutboxEvent::State::Delivered)
                ++r.outboxDelivered;
            else
                ++r.outboxOther;
            decided.append(digestOf(QJsonDocument::fromJson(e.body).object()));
        }
        // PagerDuty's sequence is the outbox's, each event possibly repeated right after
        // itself (sent, answer lost, sent again) and nothing else.
        const QList<Received> got = received.take(key);
        qsizetype next = 0;
        bool resolved = false;
        for (const Received &g : got) {
            if (resolved && g.action == QLatin1StringView("trigger"))
                r.violations.append(QStringLiteral("%1: a trigger after its resolve").arg(key));
            resolved = resolved || g.action == QLatin1StringView("resolve");
            if (next < decided.size() && g.digest == decided[next]) {
                ++next;
            } else if (next > 0 && g.digest == decided[next - 1]) {
                ++r.pagerDutyRepeats;
            } else {
                r.violations.append(
                    QStringLiteral("%1: PagerDuty got an event out of order").arg(key));
                break;
            }
        }
        if (next != decided.size())
            r.violations.append(QStringLiteral("%1: %2 of %3 decided events reached PagerDuty")
                                    .arg(key)
                                    .arg(next)
                                    .arg(decided.size()));
    }
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        r.violations.append(
            QStringLiteral("%1: PagerDuty got events nobody decided").arg(it.key()));
    if (r.outboxOther > 0)
        r.violations.append(
            QStringLiteral("%1 outbox events not delivered at the end").arg(r.outboxOther));

    // The script's degradations, counted independently of the pipeline: one incident per
    // episode (raise after 1 window), resolved 2 healthy windows after it ends.
    // Over every window stored, the last hours' drain included.
    const qint64 windowsSeen =
        storedWindows.isEmpty()
            ? 0
            : (*std::max_element(storedWindows.cbegin(), storedWindows.cend()) - kStart) / kWindow +
                  1;
    int mustBeResolved = 0;
    for (int q = 0; q < o.queues; ++q) {
        for (qint64 i = 0; i < windowsSeen; ++i) {
            const qint64 start = kStart + i * kWindow;
            if (!breaching(q, start) || (i > 0 && breaching(q, start - kWindow)))
                continue;
            ++r.incidentsExpected;
            mustBeResolved += i + 6 < windowsSeen ? 1 : 0;
        }
    }
    const QList<FakePagerDuty::Incident> incidents = pagerDuty.incidents();
    r.incidents = int(incidents.size());
    for (const FakePagerDuty::Incident &incident : incidents)
        r.incidentsResolved += incident.status == QLatin1StringView("resolved") ? 1 : 0;
    if (r.incidents != r.incidentsExpected)
        r.violations.append(QStringLiteral("%1 incidents at PagerDuty, the script makes %2")
                                .arg(r.incidents)
                                .arg(r.incidentsExpected));
    if (r.incidentsResolved < mustBeResolved)
        r.violations.append(QStringLiteral("%1 incidents resolved, at least %2 must be")
                                .arg(r.incidentsResolved)
                                .arg(mustBeResolved));

    // Memory: flat after warm-up.
    if (r.rssKbByHour.size() > o.warmupHours + 1) {
        const auto after = r.rssKbByHour.mid(o.warmupHours);
        const qint64 low = *std::min_element(after.cbegin(), after.cend());
        const qint64 high = *std::max_element(after.cbegin(), after.cend());
        r.rssDriftPercent = low > 0 ? 100.0 * double(high - low) / double(low) : 0.0;
        if (o.checkRss && r.rssDriftPercent > o.maxRssDriftPercent)
            r.violations.append(QStringLiteral("RSS moved %1 % after warm-up (at most %2 %)")
                                    .arg(r.rssDriftPercent, 0, 'f', 1)
                                    .arg(o.maxRssDriftPercent, 0, 'f', 1));
    }
    r.realMs = real.elapsed();
    return r;
}

QString formatSoakReport(const SoakReport &r)
{
    const auto megabytes = [](const QList<qint64> &kbs) {
        QStringList out;
        for (const qint64 kb : kbs)
            out.append(QString::number(kb / 1024.0, 'f', 1));
        return out.join(u' ');
    };
    QString out;
    out += QStringLiteral("soak: %1 queues, %2 simulated hours in %3 s real\n")
               .arg(r.queues)
               .arg(r.hours)
               .arg(r.realMs / 1000.0, 0, 'f', 1);
    out += QStringLiteral("soak: windows stored %1 of %2\n")
               .arg(r.windowsStored)
               .arg(r.windowsExpected);
    out += QStringLiteral("soak: faults injected: Genesys %1, PagerDuty %2, PagerDuty outages of "
                          "30 min %3\n")
               .arg(r.genesysFaults)
               .arg(r.pagerDutyFaults)
               .arg(r.pagerDutyOutages);
    out += QStringLiteral("soak: outbox events %1, delivered %2, not delivered %3\n")
               .arg(r.outboxEvents)
               .arg(r.outboxDelivered)
               .arg(r.outboxOther);
    out += QStringLiteral("soak: PagerDuty accepted %1 (%2 repeats after a lost answer)\n")
               .arg(r.pagerDutyAccepted)
               .arg(r.pagerDutyRepeats);
    out += QStringLiteral("soak: incidents %1 (script: %2), resolved %3\n")
               .arg(r.incidents)
               .arg(r.incidentsExpected)
               .arg(r.incidentsResolved);
    out += QStringLiteral("soak: RSS MB by simulated hour: %1\n").arg(megabytes(r.rssKbByHour));
    out += QStringLiteral("soak:  of which anonymous (heap): %1\n").arg(megabytes(r.anonKbByHour));
    out += QStringLiteral("soak:  of which mapped files:     %1\n").arg(megabytes(r.fileKbByHour));
    out +=
        QStringLiteral("soak: RSS drift after warm-up: %1 %\n").arg(r.rssDriftPercent, 0, 'f', 2);
    for (const QString &v : r.violations)
        out += QStringLiteral("soak: VIOLATION: %1\n").arg(v);
    out += r.violations.isEmpty() ? QStringLiteral("soak: OK\n") : QStringLiteral("soak: FAILED\n");
    return out;
}

} // namespace earshot::test
