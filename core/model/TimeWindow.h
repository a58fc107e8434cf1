#pragma once

#include <QString>

#include <optional>

namespace earshot {

// Data windows are aligned to UTC boundaries: with 300-second windows, 10:00:00-10:05:00.
[[nodiscard]] qint64 alignWindowStart(qint64 epochSecs, qint64 windowSecs);

// "2026-11-23T10:00:00.000Z" for an epoch second.
[[nodiscard]] QString isoUtc(qint64 epochSecs);
// Genesys' interval form: "2026-11-23T10:00:00.000Z/2026-11-23T10:05:00.000Z".
[[nodiscard]] QString isoInterval(qint64 startSecs, qint64 endSecs);

struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
};
// Parses the interval form above; nullopt when it is not two ISO-8601 UTC instants.
[[nodiscard]] std::optional<Interval> parseIsoInterval(const QString &text);
[[nodiscard]] std::optional<qint64> parseIsoUtc(const QString &text);

} // namespace earshot
