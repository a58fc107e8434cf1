#pragma once

// Small helpers shared by the parsers in this folder (internal).

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace earshot::json {

// A number, or nullopt when missing, null or not a number.
[[nodiscard]] std::optional<double> number(const QJsonObject &o, QLatin1StringView key);
// A whole non-negative count; missing means 0 (Genesys omits zero counters); a wrong type
// or a negative value is nullopt.
[[nodiscard]] std::optional<qint64> counter(const QJsonObject &o, QLatin1StringView key);
[[nodiscard]] QString describeParseError(const QJsonParseError &error);

} // namespace earshot::json
