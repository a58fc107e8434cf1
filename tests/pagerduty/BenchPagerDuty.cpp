// How fast events are built and how fast a backlog drains to PagerDuty (the fake, over
// loopback, with a real SQLite outbox). Prints figures; asserts nothing.
#include "app/demo/FakePagerDuty.h"
#include "core/pagerduty/EventBuilder.h"
#include "core/pagerduty/OutboxDelivery.h"
#include "core/pagerduty/PagerDutyClient.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EventOutbox.h"
#include "tests/support/ManualClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace earshot;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef");

Decision sampleDecision(int i)
{
    Decision d;
    d.kind = DecisionKind::Trigger;
    d.queueId = QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-%1").arg(i, 12, 10, QChar(u'0'));
    d.queueName = QStringLiteral("Sales EMEA %1").arg(i);
    d.dedupKey = makeDedupKey(d.queueId, 1'763'892'000);
    d.severity = Severity::Critical;
    d.episodeStart = 1'763'892'000;
    d.at = 1'763'892'300;
    d.breaches = {Breach{Metric::Mos, Severity::Critical, 2.45, 3.0},
                  Breach{Metric::PacketLoss, Severity::Warning, 2.2, 2.0}};
    QualitySample s;
    s.windowStart = 1'763'892'000;
    s.windowEnd = 1'763'892'300;
    s.calls = 140;
    s.mosMean = 2.45;
    s.mosMin = 1.4;
    s.packetLossPercent = 2.2;
    s.latencyP95Ms = 210;
    for (int w = 0; w < 5; ++w)
        s.worstCalls.append(
            WorstCall{QStringLiteral("c0ffee00-0000-4000-8000-%1").arg(w, 12, 10, QChar(u'0')),
                      1.4 + w * 0.1, 9.0 - w});
    d.sample = s;
    return d;
}

void benchBuild()
{
    constexpr int n = 50'000;
    QList<Decision> decisions;
    for (int i = 0; i < n; ++i)
        decisions.append(sampleDecision(i));
    const PagerDutySettings settings;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (const Decision &d : decisions)
        bytes += buildEvent(d, settings)->body.size();
    const double buildMs = timer.nsecsElapsed() / 1e6;
    const QByteArray body = buildEvent(decisions.constFirst(), settings)->body;
    timer.restart();
    for (int i = 0; i < n; ++i)
        bytes += withRoutingKey(body, kKey).size();
    const double keyMs = timer.nsecsElapsed() / 1e6;
    std::printf(
        "buildEvent (trigger, 2 breaches, 5 worst calls): %d events in %.1f ms = %.2f us/event, "
        "%.0f bytes/event\n",
        n, buildMs, buildMs * 1000.0 / n, double(body.size()));
    std::printf("withRoutingKey: %d bodies in %.1f ms = %.2f us/event\n", n, keyMs,
                keyMs * 1000.0 / n);
}

void benchDrain(int events, int keys)
{
    QTemporaryDir dir;
    auto database = std::move(Database::open(dir.filePath(QStringLiteral("bench.sqlite")))).value();
    EventOutbox outbox(*database);
    AuditLog audit(*database);
    ManualClock clock;
    FakePagerDuty pd;
    if (!pd.listen())
        qFatal("cannot listen");
    pd.addRoutingKey(kKey);
    for (int i = 0; i < events; ++i) {
        const Decision d = sampleDecision(i % keys);
        (void)outbox.enqueue(d.dedupKey, QStringLiteral("trigger"),
                             buildEvent(d, PagerDutySettings{})->body, clock.nowMs());
    }
    qputenv(RoutingKeyProvider::kEnvironmentVariable, kKey.toLatin1());
    QNetworkAccessManager network;
    PagerDutySettings settings;
    settings.eventsUrl = pd.eventsUrl();
    PagerDutyClient client(network, clock, settings);
    RoutingKeyProvider routingKeys(nullptr);
    OutboxDelivery delivery(outbox, &audit, client, routingKeys, clock, BackoffPolicy{});
    bool done = false;
    Status result = success();
    QElapsedTimer timer;
    timer.start();
    delivery.deliverAll([&](const Status &s) {
        result = s;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("outbox drain to the fake PagerDuty over loopback (SQLite outbox + audit): "
                "%d events on %d dedup keys in %.0f ms = %.0f events/s, %.2f ms/event (%s, %lld "
                "accepted)\n",
                events, keys, ms, events * 1000.0 / ms, ms / events,
                result.ok() ? "all delivered" : qPrintable(result.error().message),
                qint64(pd.acceptedEvents().size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A log line per delivered event would measure the terminal, not the delivery.
    QLoggingCategory::setFilterRules(
        QStringLiteral("earshot.*.info=false\nearshot.*.warning=false"));
    benchBuild();
    benchDrain(2000, 200);
    benchDrain(2000, 1);
    return 0;
}
