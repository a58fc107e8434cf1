#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/JsonRead.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "GenesysParsers".
class GenesysParsers
{
    Q_DECLARE_TR_FUNCTIONS(GenesysParsers)
};

// A metric that is present must be a number in range; null or missing means absent.
// Returns false when present but unusable.
bool readMetric(const QJsonObject &m, QLatin1StringView key, double low, double high,
                std::optional<double> *out)
{
    const QJsonValue v = m.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
        return false;
    *out = v.toDouble();
    return true;
}

} // namespace

Result<SummaryParse> parseQualitySummary(const QByteArray &body, qint64 windowStart,
                                         qint64 windowEnd)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            ErrorKind::GenesysSummary,
            GenesysParsers::tr("quality summary: %1").arg(json::describeParseError(error))};
    const QJsonValue results = doc.object().value(QLatin1StringView("results"));
    if (!doc.isObject() || !(results.isArray() || results.isUndefined() || results.isNull()))
        return Error{ErrorKind::GenesysSummary,
                     GenesysParsers::tr("quality summary: \"results\" is not a list")};

    SummaryParse parse;
    const QJsonArray list = results.toArray();
    for (const QJsonValue &rv : list) {
        const QJsonObject r = rv.toObject();
        const QString queueId = r.value(QLatin1StringView("queueId")).toString();
        if (queueId.isEmpty()) {
            parse.problems.append(GenesysParsers::tr("quality summary: a result has no queueId"));
            continue;
        }
        const QString name = r.value(QLatin1StringView("queueName")).toString();
        const QString who = name.isEmpty() ? queueId : name;
        if (r.contains(QLatin1StringView("interval"))) {
            const auto interval =
                parseIsoInterval(r.value(QLatin1StringView("interval")).toString());
            if (!interval || interval->start != windowStart || interval->end != windowEnd) {
                parse.problems.append(
                    GenesysParsers::tr("quality summary: %1 answers for another interval; ignored")
                        .arg(who));
                continue;
            }
        }
        const QJsonValue metricsValue = r.value(QLatin1StringView("metrics"));
        if (metricsValue.isNull() || metricsValue.isUndefined())
            continue; // no calls in the window: no data, never bad quality
        if (!metricsValue.isObject()) {
            parse.problems.append(
                GenesysParsers::tr("quality summary: %1 has metrics of the wrong type").arg(who));
            continue;
        }
        const QJsonObject m = metricsValue.toObject();
        QualitySample s;
        s.queueId = queueId;
        s.queueName = name;
        s.windowStart = windowStart;
        s.windowEnd = windowEnd;
        const QJsonValue count = m.value(QLatin1StringView("conversationCount"));
        const double calls = count.toDouble(-1);
        if (!count.isDouble() || calls < 0 || calls != std::floor(calls) || calls > 1e9) {
            parse.problems.append(
                GenesysParsers::tr("quality summary: %1 has no valid conversationCount").arg(who));
            continue;
        }
        s.calls = int(calls);
        if (s.calls == 0)
            continue;
        QStringList bad;
        if (!readMetric(m, QLatin1StringView("mosScore"), 1.0, 5.0, &s.mosMean))
            bad.append(QStringLiteral("mosScore"));
        if (!readMetric(m, QLatin1StringView("packetLossPercent"), 0.0, 100.0,
                        &s.packetLossPercent))
            bad.append(QStringLiteral("packetLossPercent"));
        if (!readMetric(m, QLatin1StringView("jitterMs"), 0.0, 60'000.0, &s.jitterMs))
            bad.append(QStringLiteral("jitterMs"));
        if (!bad.isEmpty()) {
            parse.problems.append(
                GenesysParsers::tr("quality summary: %1 has invalid %2; no sample for it")
                    .arg(who, bad.join(QStringLiteral(", "))));
            continue;
        }
        parse.samples.append(std::move(s));
    }
    return parse;
}

} // namespace earshot
