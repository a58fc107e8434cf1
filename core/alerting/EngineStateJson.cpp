#include "core/alerting/EngineState.h"
#include "core/alerting/EngineStateRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace earshot {

namespace {

constexpr int kStateVersion = 1;
constexpr qint64 kMaxExact = qint64(1) << 53;
constexpr qint64 kMinExact = -kMaxExact;

QJsonObject episodeToJson(const Episode &e)
{
    return QJsonObject{
        {QLatin1StringView("queueId"), e.queueId},
        {QLatin1StringView("queueName"), e.queueName},
        {QLatin1StringView("dedupKey"), e.dedupKey},
        {QLatin1StringView("start"), double(e.start)},
        {QLatin1StringView("lastChange"), double(e.lastChange)},
        {QLatin1StringView("severity"), severityKey(e.severity)},
        {QLatin1StringView("pagedSeverity"), severityKey(e.pagedSeverity)},
        {QLatin1StringView("paged"), e.paged},
        {QLatin1StringView("acknowledged"), e.acknowledged},
        {QLatin1StringView("acknowledgedBy"), e.acknowledgedBy},
        {QLatin1StringView("acknowledgeNote"), e.acknowledgeNote},
        {QLatin1StringView("acknowledgedAt"), double(e.acknowledgedAt)},
        {QLatin1StringView("lastBreaches"), breachesToJson(e.lastBreaches)},
    };
}

// Strict readers: a restore either takes the whole state or nothing.
class StrictReader
{
public:
    explicit StrictReader(QString *error)
        : m_error(error)
    {
    }

    // Whole numbers only, within what a double holds exactly (epoch seconds are far
    // below 2^53); anything else is a damaged state, not something to round.
    qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 min = kMinExact)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || !qIsFinite(d) || std::trunc(d) != d || d < double(min) ||
            d > double(kMaxExact)) {
            fail(key);
            return 0;
        }
        return qint64(d);
    }
    int count(const QJsonObject &o, QLatin1StringView key)
    {
        const qint64 n = integer(o, key, 0);
        if (n > std::numeric_limits<int>::max()) {
            fail(key);
            return 0;
        }
        return int(n);
    }
    QJsonObject object(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    double number(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            fail(key);
        return v.toDouble();
    }
    QString string(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(key);
        return v.toString();
    }
    bool boolean(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    Severity severity(const QJsonObject &o, QLatin1StringView key)
    {
        Severity s = Severity::None;
        if (!severityFromKey(string(o, key), &s))
            fail(key);
        return s;
    }
    QList<Breach> breaches(const QJsonObject &o, QLatin1StringView key)
    {
        return breachList(array(o, key), key);
    }
    QList<Breach> breachList(const QJsonArray &a, QLatin1StringView key)
    {
        QList<Breach> result;
        for (const QJsonValue &item : a) {
            if (!item.isObject()) {
                fail(key);
                break;
            }
            const QJsonObject b = item.toObject();
            Breach breach;
            if (!metricFromKey(string(b, QLatin1StringView("metric")), &breach.metric))
                fail(QLatin1StringView("metric"));
            breach.level = severity(b, QLatin1StringView("level"));
            breach.value = number(b, QLatin1StringView("value"));
            breach.threshold = number(b, QLatin1StringView("threshold"));
            result.append(breach);
        }
        return result;
    }
    void fail(QLatin1StringView key)
    {
        if (m_error->isEmpty())
            *m_error = damagedStateError(key).message;
    }
    [[nodiscard]] bool ok() const
    {
        return m_error->isEmpty();
    }

private:
    QString *m_error;
};

} // namespace

Error damagedStateError(const QString &key)
{
    return Error{ErrorKind::EngineState,
                 QCoreApplication::translate("AlertEngine",
                                             "saved alert state: \"%1\" is missing, has the "
                                             "wrong type or is out of range")
                     .arg(key)};
}

QJsonObject engineStateToJson(const EngineStateRecord &s)
{
    QJsonArray queues;
    for (const QueueStateRecord &q : s.queues) {
        QJsonObject o{
            {QLatin1StringView("queueId"), q.queueId},
            {QLatin1StringView("queueName"), q.queueName},
            {QLatin1StringView("newestWindowStart"), q.newestWindowStart
                                                         ? QJsonValue(double(*q.newestWindowStart))
                                                         : QJsonValue(QJsonValue::Null)},
            {QLatin1StringView("lastDataEnd"), double(q.lastDataEnd)},
            {QLatin1StringView("breachRun"), q.breachRun},
            {QLatin1StringView("breachRunStart"), double(q.breachRunStart)},
            {QLatin1StringView("healthyRun"), q.healthyRun},
            {QLatin1StringView("lowerRun"), q.lowerRun},
            {QLatin1StringView("suppressed"), q.suppressed},
        };
        if (q.episode)
            o.insert(QLatin1StringView("episode"), episodeToJson(*q.episode));
        queues.append(o);
    }
    QJsonArray silences;
    for (const Silence &x : s.head.silences)
        silences.append(QJsonObject{{QLatin1StringView("id"), x.id},
                                    {QLatin1StringView("queueId"), x.queueId},
                                    {QLatin1StringView("until"), double(x.until)},
                                    {QLatin1StringView("reason"), x.reason},
                                    {QLatin1StringView("createdBy"), x.createdBy},
                                    {QLatin1StringView("createdAt"), double(x.createdAt)}});
    return QJsonObject{
        {QLatin1StringView("version"), kStateVersion},
        {QLatin1StringView("newestWindowEnd"), s.head.newestWindowEnd
                                                   ? QJsonValue(double(*s.head.newestWindowEnd))
                                                   : QJsonValue(QJsonValue::Null)},
        {QLatin1StringView("queues"), queues},
        {QLatin1StringView("silences"), silences},
    };
}

Result<EngineStateRecord> engineStateFromJson(const QJsonObject &json)
{
    EngineStateRecord s;
    QString error;
    StrictReader r(&error);
    if (json.isEmpty())
        return s; // a fresh engine
    if (json.value(QLatin1StringView("version")).toInt(-1) != kStateVersion)
        return Error{
            ErrorKind::EngineState,
            QCoreApplication::translate("AlertEngine", "saved alert state has an unknown version")};
    const QJsonValue newest = json.value(QLatin1StringView("newestWindowEnd"));
    if (!newest.isNull())
        s.head.newestWindowEnd = r.integer(json, QLatin1StringView("newestWindowEnd"));
    const QJsonArray queues = r.array(json, QLatin1StringView("queues"));
    s.queues.reserve(std::size_t(queues.size()));
    for (const QJsonValue &v : queues) {
        if (!v.isObject()) {
            r.fail(QLatin1StringView("queues"));
            break;
        }
        const QJsonObject o = v.toObject();
        QueueStateRecord &q = s.queues.emplace_back();
        q.queueId = r.string(o, QLatin1StringView("queueId"));
        q.queueName = r.string(o, QLatin1StringView("queueName"));
        if (!o.value(QLatin1StringView("newestWindowStart")).isNull())
            q.newestWindowStart = r.integer(o, QLatin1StringView("newestWindowStart"));
        q.lastDataEnd = r.integer(o, QLatin1StringView("lastDataEnd"));
        q.breachRun = r.count(o, QLatin1StringView("breachRun"));
        q.breachRunStart = r.integer(o, QLatin1StringView("breachRunStart"));
        q.healthyRun = r.count(o, QLatin1StringView("healthyRun"));
        q.lowerRun = r.count(o, QLatin1StringView("lowerRun"));
        q.suppressed = r.boolean(o, QLatin1StringView("suppressed"));
        if (o.contains(QLatin1StringView("episode"))) {
            const QJsonObject e = r.object(o, QLatin1StringView("episode"));
            Episode &ep = q.episode.emplace();
            ep.queueId = r.string(e, QLatin1StringView("queueId"));
            ep.queueName = r.string(e, QLatin1StringView("queueName"));
            ep.dedupKey = r.string(e, QLatin1StringView("dedupKey"));
            ep.start = r.integer(e, QLatin1StringView("start"));
            ep.lastChange = r.integer(e, QLatin1StringView("lastChange"));
            ep.severity = r.severity(e, QLatin1StringView("severity"));
            ep.pagedSeverity = r.severity(e, QLatin1StringView("pagedSeverity"));
            ep.paged = r.boolean(e, QLatin1StringView("paged"));
            ep.acknowledged = r.boolean(e, QLatin1StringView("acknowledged"));
            ep.acknowledgedBy = r.string(e, QLatin1StringView("acknowledgedBy"));
            ep.acknowledgeNote = r.string(e, QLatin1StringView("acknowledgeNote"));
            ep.acknowledgedAt = r.integer(e, QLatin1StringView("acknowledgedAt"));
            ep.lastBreaches = r.breaches(e, QLatin1StringView("lastBreaches"));
        }
        if (!r.ok())
            break;
    }
    const QJsonArray silences = r.array(json, QLatin1StringView("silences"));
    for (const QJsonValue &v : silences) {
        if (!v.isObject()) {
            r.fail(QLatin1StringView("silences"));
            break;
        }
        const QJsonObject o = v.toObject();
        Silence x;
        x.id = r.string(o, QLatin1StringView("id"));
        x.queueId = r.string(o, QLatin1StringView("queueId"));
        x.until = r.integer(o, QLatin1StringView("until"));
        x.reason = r.string(o, QLatin1StringView("reason"));
        x.createdBy = r.string(o, QLatin1StringView("createdBy"));
        x.createdAt = r.integer(o, QLatin1StringView("createdAt"));
        s.head.silences.append(x);
    }
    if (!r.ok())
        return Error{ErrorKind::EngineState, error};
    return s;
}

Result<QList<Breach>> breachesFromJson(const QJsonArray &json)
{
    QString error;
    StrictReader r(&error);
    QList<Breach> breaches = r.breachList(json, QLatin1StringView("lastBreaches"));
    if (!r.ok())
        return Error{ErrorKind::EngineState, error};
    return breaches;
}

} // namespace earshot
