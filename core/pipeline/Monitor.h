#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/common/Result.h"
#include "core/model/QualitySample.h"
#include "core/pipeline/MonitorTypes.h"

#include <QList>
#include <QObject>

#include <memory>

namespace earshot {

class Clock;

// The running pipeline behind the GUI, the wall display and headless mode: poll -> store
// -> evaluate -> deliver. Views read plain values from it and send operator commands to
// it; they hold no business logic of their own.
class Monitor : public QObject
{
    Q_OBJECT

public:
    ~Monitor() override;

    // --- read side (plain values, safe to call from views at any time) ---
    [[nodiscard]] QList<QueueInfo> knownQueues() const;
    [[nodiscard]] QList<QualitySample> latestSamples() const; // newest stored sample per queue
    [[nodiscard]] QList<QualitySample> history(const QString &queueId, qint64 fromSecs,
                                               qint64 toSecs) const;
    [[nodiscard]] QList<IncidentRow> incidents(int limit = 500) const; // open first, then newest
    [[nodiscard]] const AlertPolicy &policy() const;
    [[nodiscard]] PollerStatus pollerStatus() const;
    [[nodiscard]] DeliveryStatus deliveryStatus() const;
    [[nodiscard]] qint64 nowSecs() const;
    [[nodiscard]] qint64 windowSecs() const;
    [[nodiscard]] const Clock &clock() const;

    // --- operator commands (audited; PagerDuty events go through the outbox) ---
    [[nodiscard]] Status applyPolicy(const AlertPolicy &policy, const QString &actor);
    [[nodiscard]] Status acknowledge(const QString &dedupKey, const QString &actor,
                                     const QString &note);
    [[nodiscard]] Status resolve(const QString &dedupKey, const QString &actor,
                                 const QString &note);
    [[nodiscard]] Status silenceQueue(const QString &queueId, qint64 untilSecs,
                                      const QString &actor, const QString &reason);

    // (Construction, start/stop and wiring are the lead's: see Monitor.cpp when it exists.)

signals:
    void windowStored(qint64 windowStart, qint64 windowEnd);
    void incidentsChanged();
    void incidentOpened(const QString &queueName, const QString &dedupKey, Severity severity);
    void policyChanged();
    void pollerStatusChanged();
    void deliveryStatusChanged();
};

} // namespace earshot
