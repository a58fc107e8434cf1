#include "core/model/TimeWindow.h"

#include <QDateTime>

namespace earshot {

qint64 alignWindowStart(qint64 epochSecs, qint64 windowSecs)
{
    if (windowSecs <= 0)
        return epochSecs;
    qint64 r = epochSecs % windowSecs;
    if (r < 0)
        r += windowSecs;
    return epochSecs - r;
}

QString isoUtc(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString isoInterval(qint64 startSecs, qint64 endSecs)
{
    return isoUtc(startSecs) + u'/' + isoUtc(endSecs);
}

std::optional<qint64> parseIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

std::optional<Interval> parseIsoInterval(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const auto start = parseIsoUtc(text.left(slash));
    const auto end = parseIsoUtc(text.mid(slash + 1));
    if (!start || !end || *end < *start)
        return std::nullopt;
    return Interval{*start, *end};
}

} // namespace earshot
