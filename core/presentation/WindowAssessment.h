#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/alerting/Decision.h"
#include "core/model/QualitySample.h"

#include <QList>

namespace earshot {

// How one window of one queue compares with the queue's effective thresholds, judged by the
// alert engine itself (a fresh engine that raises on the first breaching window), so the
// table can never disagree with the rules that page.
struct WindowAssessment
{
    bool hasData = false; // calls >= the effective minimum
    Severity severity = Severity::None;
    QList<Breach> breaches;
};

[[nodiscard]] WindowAssessment assessWindow(const QualitySample &sample, const AlertPolicy &policy);

} // namespace earshot
