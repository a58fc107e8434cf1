#include "core/genesys/parse/JsonRead.h"

#include <QCoreApplication>

#include <cmath>

namespace earshot::json {

std::optional<double> number(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> counter(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return qint64(0);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9.0e15 || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

QString describeParseError(const QJsonParseError &error)
{
    return QCoreApplication::translate("GenesysParsers", "malformed JSON at byte %1: %2")
        .arg(error.offset)
        .arg(error.errorString());
}

} // namespace earshot::json
