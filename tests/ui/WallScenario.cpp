#include "WallScenario.h"

#include <cmath>

namespace earshot::test {

namespace {

constexpr qint64 kStart = 1'763'892'000; // 2025-11-23T10:00:00Z
constexpr qint64 kWindowSecs = 300;
constexpr int kHistoryWindows = 12;

const char *const kSites[] = {"Paris",  "Lyon",    "Berlin", "Madrid", "London",
                              "Dublin", "Toronto", "Austin", "Sydney", "Tokyo"};
const char *const kTeams[] = {"Sales",   "Support", "Billing",  "Claims",     "Returns",   "VIP",
                              "Tech L1", "Tech L2", "Renewals", "Onboarding", "Retention", "Fraud"};

QString queueName(int i)
{
    const int teams = int(std::size(kTeams));
    const int sites = int(std::size(kSites));
    QString name = QLatin1StringView(kSites[(i / teams) % sites]) + u' ' +
                   QLatin1StringView(kTeams[i % teams]);
    if (i >= teams * sites)
        name += QStringLiteral(" %1").arg(i / (teams * sites) + 1);
    return name;
}

QualitySample sampleOf(const QueueInfo &q, qint64 windowStart, double mos, double loss, int calls)
{
    QualitySample s;
    s.queueId = q.id;
    s.queueName = q.name;
    s.windowStart = windowStart;
    s.windowEnd = windowStart + kWindowSecs;
    s.calls = calls;
    if (calls > 0) {
        s.mosMean = mos;
        s.mosMin = mos - 0.4;
        s.packetLossPercent = loss;
        s.jitterMs = 8.0 + std::fmod(loss * 13.0, 20.0);
        s.latencyP95Ms = 90.0;
    }
    return s;
}

IncidentRow incidentOf(const QueueInfo &q, Severity severity, qint64 startedAt)
{
    IncidentRow r;
    r.dedupKey = QStringLiteral("voice_quality_alert_%1_%2").arg(q.id).arg(startedAt);
    r.queueId = q.id;
    r.queueName = q.name;
    r.severity = severity;
    r.startedAt = startedAt;
    r.lastChange = startedAt;
    r.paged = true;
    return r;
}

} // namespace

QString wallStateName(WallState state)
{
    switch (state) {
    case WallState::AllOk:
        return QStringLiteral("all-ok");
    case WallState::OneCritical:
        return QStringLiteral("one-critical");
    case WallState::Storm:
        return QStringLiteral("storm");
    case WallState::Stale:
        return QStringLiteral("stale");
    case WallState::PagingBroken:
        return QStringLiteral("paging-broken");
    }
    return {};
}

WallScenario wallScenario(WallState state, int queues)
{
    WallScenario sc;
    const qint64 newestStart = kStart + (kHistoryWindows - 1) * kWindowSecs;
    sc.currentWindowEnd = newestStart + kWindowSecs;
    for (int i = 0; i < queues; ++i)
        sc.queues.append(
            QueueInfo{QStringLiteral("q-%1").arg(i, 4, 10, QLatin1Char('0')), queueName(i)});
    for (int i = 0; i < queues; ++i) {
        const QueueInfo &q = sc.queues[i];
        // Per queue: how bad its newest windows are.
        double mos = 4.15 + 0.25 * std::sin(i * 1.7);
        double loss = 0.1 + 0.1 * (i % 5);
        int calls = 12 + (i * 7) % 90;
        Severity incident = Severity::None;
        if (i % 23 == 22)
            calls = 0; // a quiet queue: no calls is never bad quality
        const bool firstCritical = i == std::min(2, queues - 1);
        if ((state == WallState::OneCritical || state == WallState::PagingBroken) &&
            firstCritical) {
            mos = 2.61;
            loss = 4.2;
            incident = Severity::Critical;
        }
        if (state == WallState::Storm && i % 5 < 2) {
            mos = 2.4 + 0.1 * (i % 4);
            loss = 3.5 + (i % 3);
            incident = Severity::Critical;
        } else if (state == WallState::Storm && i % 5 == 2) {
            mos = 3.3;
            incident = Severity::Warning;
        }
        if (state == WallState::AllOk)
            calls = std::max(calls, 5);
        QList<QualitySample> hour;
        for (int w = 0; w < kHistoryWindows; ++w) {
            const qint64 start = kStart + w * kWindowSecs;
            // The degradation grows over the last windows; a wobble before that.
            const double t = double(w) / (kHistoryWindows - 1);
            const double base = 4.2 + 0.12 * std::sin(i + w * 0.8);
            const double value = incident == Severity::None ? base : base + (mos - base) * t * t;
            const int c = (w == 4 && i % 7 == 3) ? 0 : calls;
            hour.append(sampleOf(q, start, w == kHistoryWindows - 1 ? mos : value, loss, c));
        }
        sc.latest.append(hour.constLast());
        sc.lastHour.insert(q.id, hour);
        if (incident != Severity::None) {
            IncidentRow row = incidentOf(q, incident, newestStart - 3 * kWindowSecs);
            if (state == WallState::Storm && i % 10 == 1) {
                row.state = IncidentRow::State::Acknowledged;
                row.acknowledgedBy = QStringLiteral("alice");
            }
            if (state == WallState::Storm && i % 10 == 6) {
                // Resolved from a phone while the queue still breaches.
                row.pagerDutyStatus = QStringLiteral("resolved");
                row.pagerDutyBy = QStringLiteral("Jane Doe");
                row.pagerDutyAtMs = (newestStart - kWindowSecs) * 1000;
            }
            sc.incidents.append(row);
        }
        if (state == WallState::Storm && i % 31 == 30) {
            Silence s;
            s.queueId = q.id;
            s.until = sc.currentWindowEnd + 2 * 3600;
            sc.silences.append(s);
        }
    }

    WallHealthInput &h = sc.health;
    h.windowSecs = kWindowSecs;
    h.ingestLagSecs = 60;
    h.newestWindowEnd = sc.currentWindowEnd;
    h.nowSecs = sc.currentWindowEnd + 60 + 20;
    h.poller.state = PollerStatus::State::Ok;
    h.delivery.state = DeliveryStatus::State::Idle;
    if (state == WallState::Stale) {
        // The poller has failed for 25 minutes: the newest data is 5 windows old.
        h.nowSecs = sc.currentWindowEnd + 5 * kWindowSecs + 60 + 20;
        h.poller.state = PollerStatus::State::ApiError;
        h.poller.lastError = QStringLiteral("HTTP 503 (retrying)");
    }
    if (state == WallState::PagingBroken) {
        h.delivery.state = DeliveryStatus::State::Retrying;
        h.delivery.lastError = QStringLiteral("HTTP 503 from PagerDuty");
        h.delivery.backlog = 2;
    }
    return sc;
}

void loadWallScenario(const WallScenario &sc, QueueTableModel *model, WallBoard *board)
{
    model->setQueues(sc.queues);
    model->setLatestSamples(sc.latest);
    model->setCurrentWindowEnd(sc.currentWindowEnd);
    model->setIncidents(sc.incidents);
    model->setSilences(sc.silences);
    for (auto it = sc.lastHour.cbegin(); it != sc.lastHour.cend(); ++it)
        board->setHistory(it.key(), it.value());
    (void)board->update(*model, assessWallHealth(sc.health));
}

} // namespace earshot::test
