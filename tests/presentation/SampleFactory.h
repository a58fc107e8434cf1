#pragma once

#include "core/model/QualitySample.h"

#include <QList>
#include <QString>

#include <optional>

namespace earshot::test {

inline constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z, aligned to 300 s
inline constexpr qint64 kWindow = 300;

// A window of one queue: healthy unless told otherwise (MOS 4.3, loss 0.2 %, 20 calls,
// jitter absent as from the details source).
struct Win
{
    std::optional<double> mos = 4.3;
    std::optional<double> loss = 0.2;
    std::optional<double> jitter;
    std::optional<double> latency = 80.0;
    int calls = 20;
};

[[nodiscard]] Win healthy();
[[nodiscard]] Win mos(double v);
[[nodiscard]] Win loss(double v);
[[nodiscard]] Win quiet(); // 0 calls

[[nodiscard]] QualitySample sampleAt(const QString &queueId, int windowIndex, const Win &w);
// Windows index 0..n-1, with the indices in `missing` left out entirely.
[[nodiscard]] QList<QualitySample> history(const QString &queueId, const QList<Win> &windows,
                                           const QList<int> &missing = {});

} // namespace earshot::test
