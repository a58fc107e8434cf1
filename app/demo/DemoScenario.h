#pragma once

#include <QList>
#include <QString>

namespace earshot {

struct DemoQueue
{
    QString id;
    QString name;
    int baseCalls = 0; // calls per 5-minute window on a normal day
};

// What one queue's calls look like in one window of the scenario.
struct QueueCondition
{
    int calls = 0;
    double mos = 4.2;
    double mosSpread = 0.15;
    double lossPercent = 0.2;
    double jitterMs = 12.0;
    double latencyMs = 70.0;
};

// The scripted story the demo plays, window by window, on a loop: a dozen queues with
// realistic names and volumes; a gradual MOS decline, a sudden critical outage, a warning
// that escalates, a loss-only and a jitter-only degradation, a flapping queue that must not
// storm, a queue that goes idle with an open episode, a storm of eight queues paged as one
// grouped incident that a ninth joins; plus platform faults: a burst of
// HTTP 429 with Retry-After, a revoked token, and a PagerDuty outage the outbox rides out.
// Pure: the same window always gives the same conditions.
class DemoScenario
{
public:
    static constexpr int kLoopWindows = 48; // 4 hours of 5-minute windows

    explicit DemoScenario(qint64 originSecs, int windowSecs = 300);

    [[nodiscard]] const QList<DemoQueue> &queues() const;
    [[nodiscard]] QueueCondition condition(int queueIndex, qint64 windowStart) const;

    // Position of a window in the loop (0..kLoopWindows-1).
    [[nodiscard]] int loopIndex(qint64 windowStart) const;

    [[nodiscard]] bool rateLimitBurst(qint64 windowStart) const;
    [[nodiscard]] bool revokeTokens(qint64 windowStart) const;
    [[nodiscard]] bool pagerDutyOutage(qint64 windowStart) const;
    // The queue (index) whose open incident an on-call engineer acknowledges in PagerDuty
    // from a phone in this window, and who; -1 when none.
    [[nodiscard]] int phoneAcknowledgement(qint64 windowStart) const;
    [[nodiscard]] static QString phoneUser();

    // One line for the log about what the scenario does in this window ("" when nothing new).
    [[nodiscard]] QString narrative(qint64 windowStart) const;

private:
    qint64 m_originSecs;
    int m_windowSecs;
    QList<DemoQueue> m_queues;
};

} // namespace earshot
