#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace earshot::test {

// A soak of the whole pipeline in one process: a ManualClock drives the real Monitor
// (Poller, alert engine, SQLite outbox, delivery) over loopback HTTP against the fake
// Genesys Cloud and the fake PagerDuty, through `hours` simulated hours of `queues` queues,
// with faults on both APIs every hour (429 with Retry-After, 5xx, dropped connections, a cut
// body, a failing login, a revoked token) and PagerDuty outages every 8 hours (30 minutes
// of 503, an hour later 30 minutes of refused connections).
struct SoakOptions
{
    int queues = 500;
    int hours = 24;
    int warmupHours = 4; // RSS is compared from the end of this hour on
    double maxRssDriftPercent = 5.0;
    bool checkRss = true;
    bool progress = false; // a line per simulated hour on stderr
};

struct SoakReport
{
    int queues = 0;
    int hours = 0;
    int windowsExpected = 0;
    int windowsStored = 0;
    int samplesStored = 0; // queue windows with calls
    int outboxEvents = 0;  // every event the engine decided
    int outboxDelivered = 0;
    int outboxOther = 0; // pending, failed or skipped at the end
    int pagerDutyAccepted = 0;
    int pagerDutyRepeats = 0;  // at-least-once: an event accepted again after a lost answer
    int incidentsExpected = 0; // episodes the script's degradations must open
    int incidents = 0;         // incidents PagerDuty opened
    int incidentsResolved = 0;
    int genesysFaults = 0;   // injected
    int pagerDutyFaults = 0; // injected, outages not counted
    int pagerDutyOutages = 0;
    QList<qint64> rssKbByHour;    // index 0: at the start
    QList<qint64> anonKbByHour;   // the anonymous part of it (heap)
    QList<qint64> fileKbByHour;   // the part that is pages of mapped files (libraries)
    double rssDriftPercent = 0.0; // (max - min) / min over the hours after warm-up
    qint64 realMs = 0;
    QStringList violations; // empty when every property held
};

[[nodiscard]] SoakReport runSoak(const SoakOptions &options);
// The figures as lines for people (benchmark output).
[[nodiscard]] QString formatSoakReport(const SoakReport &report);

} // namespace earshot::test
