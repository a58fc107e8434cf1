#pragma once

#include "core/model/Metric.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace earshot {

// Warning and critical levels of one metric. The direction comes from the metric
// (lowerIsWorse): MOS breaches when below a level, the others when above.
struct MetricThreshold
{
    bool enabled = true;
    double warning = 0.0;
    double critical = 0.0;

    friend bool operator==(const MetricThreshold &, const MetricThreshold &) = default;
};

struct Thresholds
{
    std::array<MetricThreshold, kMetricCount> metrics{};
    // Windows with fewer calls than this are "no data": they never raise and never count
    // as recovery.
    int minCalls = 1;

    [[nodiscard]] const MetricThreshold &operator[](Metric m) const;
    [[nodiscard]] MetricThreshold &operator[](Metric m);

    // The guide's numbers and our second levels (see README "Thresholds").
    [[nodiscard]] static Thresholds defaults();

    friend bool operator==(const Thresholds &, const Thresholds &) = default;
};

// A queue's differences from the global policy; anything unset follows the global value.
struct QueueOverride
{
    std::array<std::optional<MetricThreshold>, kMetricCount> metrics{};
    std::optional<int> minCalls;
    std::optional<int> raiseAfterWindows;
    std::optional<int> clearAfterWindows;

    [[nodiscard]] bool isEmpty() const;
    friend bool operator==(const QueueOverride &, const QueueOverride &) = default;
};

// What one queue is actually judged by, after overrides.
struct EffectivePolicy
{
    Thresholds thresholds;
    int raiseAfterWindows = 1;
    int clearAfterWindows = 2;
};

struct AlertPolicy
{
    Thresholds global = Thresholds::defaults();
    // Raise after this many consecutive breaching windows; clear after this many
    // consecutive healthy ones.
    int raiseAfterWindows = 1;
    int clearAfterWindows = 2;
    // An open episode of a queue with no data for this long is resolved ("no traffic").
    qint64 idleResolveSecs = 3600;
    QHash<QString, QueueOverride> overrides; // by queue id

    [[nodiscard]] EffectivePolicy effectiveFor(const QString &queueId) const;

    // Every problem, in words (empty when the policy is usable): a critical level that is
    // not beyond its warning level, non-positive window counts, negative min calls...
    [[nodiscard]] QStringList validate() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Unknown keys are ignored; missing ones keep their defaults.
    [[nodiscard]] static AlertPolicy fromJson(const QJsonObject &json);

    friend bool operator==(const AlertPolicy &, const AlertPolicy &) = default;
};

} // namespace earshot
