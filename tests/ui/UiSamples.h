#pragma once

#include "core/model/QualitySample.h"
#include "core/status/MonitorTypes.h"

#include <QList>
#include <QString>

namespace earshot::test {

inline constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z, aligned to 300 s
inline constexpr qint64 kWindow = 300;

// A day-like history of one queue: healthy with a dip (MOS 3.2 for windows dipStart..+2),
// quiet windows (0 calls) every `quietEvery` windows, no jitter (details source).
[[nodiscard]] QList<QualitySample> queueHistory(const QString &queueId, int windows,
                                                int dipStart = -1, int quietEvery = 0,
                                                qint64 firstWindowStart = kT0);
[[nodiscard]] QualitySample window(const QString &queueId, qint64 windowStart, double mos,
                                   int calls = 20);
[[nodiscard]] IncidentRow incidentRow(const QString &key, const QString &queueId,
                                      IncidentRow::State state,
                                      Severity severity = Severity::Warning);

} // namespace earshot::test
