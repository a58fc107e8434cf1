#pragma once

// Internal to core/alerting: how one sample compares with one queue's thresholds.

#include "core/alerting/AlertPolicy.h"
#include "core/alerting/Decision.h"
#include "core/model/QualitySample.h"

#include <QList>

#include <array>

namespace earshot {

// Levels only, so judging a sample allocates and copies nothing: millions of samples are
// judged during a replay and almost all of them are healthy. The breaches are written out
// (breachesOf) only when an episode or a decision needs them.
struct BreachAssessment
{
    Severity severity = Severity::None; // the worst level any enabled metric breaches
    std::array<Severity, kMetricCount> levels{};
};

// A metric breaches a level when it is beyond it (below for MOS, above for the others);
// exactly at the level is not a breach. Disabled and absent metrics never breach; neither
// does a value that is not a number.
[[nodiscard]] BreachAssessment assessSample(const QualitySample &sample,
                                            const Thresholds &thresholds);

// Overwrites *target with the assessment's breaches, reusing its storage when it is not
// shared, so an open episode's breaches are refreshed each window without allocating.
void breachesOf(const BreachAssessment &assessment, const QualitySample &sample,
                const Thresholds &thresholds, QList<Breach> *target);

} // namespace earshot
