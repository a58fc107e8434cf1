#pragma once

#include "core/alerting/AlertEngine.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace earshot::test {

inline constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z, aligned to 300 s
inline constexpr qint64 kWindow = 300;

[[nodiscard]] constexpr qint64 windowStartOf(int windowIndex)
{
    return kT0 + windowIndex * kWindow;
}

// One queue-window for scripts: MOS and loss, or "no data" (calls = 0).
struct W
{
    std::optional<double> mos;
    std::optional<double> loss;
    int calls = 20;
};

[[nodiscard]] W mos(double v);
[[nodiscard]] W loss(double v);
[[nodiscard]] W idle();

[[nodiscard]] QualitySample sampleFor(const QString &queueId, int windowIndex, const W &w);

// Evaluates window `windowIndex` with these samples.
[[nodiscard]] QList<Decision> feed(AlertEngine &engine, int windowIndex,
                                   const QList<QualitySample> &samples);

// Feeds windows firstIndex.. of one queue and returns every decision, each written as
// "index:kind:severity[:p]" where p marks a paging decision, e.g. "3:trigger:warning:p".
[[nodiscard]] QStringList run(AlertEngine &engine, const QString &queueId, const QList<W> &windows,
                              int firstIndex = 0);
[[nodiscard]] QString describe(const Decision &d, int windowIndex);
[[nodiscard]] QStringList describeAll(const QList<Decision> &decisions, int windowIndex);

} // namespace earshot::test
