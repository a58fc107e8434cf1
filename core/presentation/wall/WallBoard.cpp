#include "core/presentation/wall/WallBoard.h"

#include "core/presentation/ModelRoles.h"
#include "core/presentation/QueueCondition.h"
#include "core/presentation/QueueTableModel.h"

#include <QCoreApplication>

#include <algorithm>

namespace earshot {

namespace {

class WallBoardText
{
    Q_DECLARE_TR_FUNCTIONS(WallBoard)
};

std::optional<double> numberAt(const QueueTableModel &model, int row, int column)
{
    const QVariant v = model.data(model.index(row, column), SortRole);
    if (!v.isValid())
        return std::nullopt;
    return v.toDouble();
}

bool matchesFrom(const QString &pattern, qsizetype p, const QString &text, qsizetype t)
{
    while (p < pattern.size()) {
        const QChar c = pattern.at(p);
        if (c == u'*') {
            while (p < pattern.size() && pattern.at(p) == u'*')
                ++p;
            if (p == pattern.size())
                return true;
            for (qsizetype k = t; k <= text.size(); ++k) {
                if (matchesFrom(pattern, p, text, k))
                    return true;
            }
            return false;
        }
        if (t >= text.size())
            return false;
        if (c != u'?' && c.toCaseFolded() != text.at(t).toCaseFolded())
            return false;
        ++p;
        ++t;
    }
    return t == text.size();
}

void countLevel(WallCounts *counts, WallLevel level)
{
    switch (level) {
    case WallLevel::Critical:
        ++counts->critical;
        break;
    case WallLevel::Warning:
        ++counts->warning;
        break;
    case WallLevel::Stale:
        ++counts->stale;
        break;
    case WallLevel::NoData:
        ++counts->noData;
        break;
    case WallLevel::Ok:
        ++counts->ok;
        break;
    case WallLevel::NoCalls:
        ++counts->noCalls;
        break;
    }
}

} // namespace

QString wallCountsText(const WallCounts &c)
{
    QStringList parts;
    parts << WallBoardText::tr("%n critical", nullptr, c.critical)
          << WallBoardText::tr("%n warning", nullptr, c.warning);
    if (c.stale > 0)
        parts << WallBoardText::tr("%n stale", nullptr, c.stale);
    if (c.noData > 0)
        parts << WallBoardText::tr("%n no data", nullptr, c.noData);
    parts << WallBoardText::tr("%n OK", nullptr, c.ok)
          << WallBoardText::tr("%n no calls", nullptr, c.noCalls);
    return parts.join(QStringLiteral(" · "));
}

bool wallPatternMatches(const QString &pattern, const QString &text)
{
    return matchesFrom(pattern, 0, text, 0);
}

bool wallTileBefore(const WallTile &a, const WallTile &b)
{
    if (a.attention != b.attention)
        return int(a.attention) < int(b.attention);
    if (a.level != b.level)
        return int(a.level) < int(b.level);
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.queueId < b.queueId;
}

void WallBoard::setConfig(const WallConfig &config)
{
    m_config = config;
}

void WallBoard::setPolicy(const AlertPolicy &policy)
{
    m_policy = policy;
}

void WallBoard::setHistory(const QString &queueId, const QList<QualitySample> &samples)
{
    QList<WallSparkPoint> points;
    points.reserve(samples.size());
    for (const QualitySample &s : samples)
        points.append(WallSparkPoint{s.windowEnd, s.partial ? std::nullopt : s.mosMean});
    std::sort(points.begin(), points.end(), [](const WallSparkPoint &a, const WallSparkPoint &b) {
        return a.windowEnd < b.windowEnd;
    });
    m_sparklines.insert(queueId, points);
}

void WallBoard::addWindows(const QList<QualitySample> &samples)
{
    for (const QualitySample &s : samples) {
        QList<WallSparkPoint> &points = m_sparklines[s.queueId];
        if (!points.isEmpty() && points.constLast().windowEnd >= s.windowEnd)
            continue; // already kept (a re-read of the newest window)
        // A new list of the last hour, not removeFirst() and append(): the tiles share the
        // list, so each append copied it with one more element of room, never given back
        // (RSS grew by about 6 MB a day with 500 queues, without end).
        const qint64 oldest = s.windowEnd - kSparklineSecs;
        qsizetype first = 0;
        while (first < points.size() && points.at(first).windowEnd <= oldest)
            ++first;
        QList<WallSparkPoint> hour;
        hour.reserve(points.size() - first + 1);
        for (qsizetype i = first; i < points.size(); ++i)
            hour.append(points.at(i));
        hour.append(WallSparkPoint{s.windowEnd, s.partial ? std::nullopt : s.mosMean});
        points = std::move(hour);
    }
}

bool WallBoard::wanted(const QString &id, const QString &name) const
{
    if (m_config.queuePatterns.isEmpty())
        return true;
    return std::any_of(
        m_config.queuePatterns.cbegin(), m_config.queuePatterns.cend(),
        [&](const QString &p) { return wallPatternMatches(p, name) || wallPatternMatches(p, id); });
}

QString WallBoard::groupOf(const QString &id, const QString &name) const
{
    for (const WallGroup &g : m_config.groups) {
        for (const QString &p : g.patterns) {
            if (wallPatternMatches(p, name) || wallPatternMatches(p, id))
                return g.name;
        }
    }
    return {};
}

QList<QString> WallBoard::update(const QueueTableModel &model, const WallHealth &health)
{
    m_health = health;
    QList<WallTile> tiles;
    const int rows = model.rowCount();
    tiles.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex nameIndex = model.index(row, QueueTableModel::NameColumn);
        WallTile tile;
        tile.queueId = model.data(nameIndex, QueueIdRole).toString();
        tile.name = model.data(nameIndex, Qt::DisplayRole).toString();
        if (!wanted(tile.queueId, tile.name))
            continue;
        tile.group = groupOf(tile.queueId, tile.name);
        const QueueCondition c = model.conditionOf(tile.queueId);
        tile.level = wallLevelOf(c.status, health.stale);
        tile.attention = tile.level;
        if (c.episode)
            tile.attention = std::min(tile.level, wallLevelOfEpisode(c.episode->severity));
        tile.greyed = health.stale || !c.valuesCurrent;
        tile.mos = numberAt(model, row, QueueTableModel::MosColumn);
        tile.loss = numberAt(model, row, QueueTableModel::LossColumn);
        tile.jitter = numberAt(model, row, QueueTableModel::JitterColumn);
        const std::optional<double> calls = numberAt(model, row, QueueTableModel::CallsColumn);
        tile.hasSample = calls.has_value();
        tile.calls = calls ? int(*calls) : -1;
        if (c.episode) {
            tile.incidentSeverity = c.episode->severity;
            tile.incidentStartedAt = c.episode->startedAt;
            if (c.episode->state == IncidentRow::State::Acknowledged)
                tile.acknowledgedBy = c.episode->acknowledgedBy;
            // Acknowledged on a phone: the tile says "ACK by" the engineer PagerDuty names.
            if (tile.acknowledgedBy.isEmpty() &&
                c.episode->pagerDutyStatus == QLatin1StringView("acknowledged"))
                tile.acknowledgedBy = c.episode->pagerDutyBy;
            if (c.episode->resolvedInPagerDutyStillDegraded()) {
                tile.resolvedInPagerDuty = true;
                tile.resolvedInPagerDutyBy = c.episode->pagerDutyBy;
            }
        }
        tile.silencedUntil = c.silencedUntil;
        // A copy: effectiveFor() returns a temporary.
        const MetricThreshold mos = m_policy.effectiveFor(tile.queueId).thresholds[Metric::Mos];
        tile.mosWarning = mos.warning;
        tile.mosCritical = mos.critical;
        tile.mosLinesEnabled = mos.enabled;
        tile.sparkline = m_sparklines.value(tile.queueId);
        tiles.append(std::move(tile));
    }
    std::stable_sort(tiles.begin(), tiles.end(), wallTileBefore);

    QSet<QString> critical;
    QList<QString> newlyCritical;
    for (const WallTile &t : std::as_const(tiles)) {
        if (t.attention != WallLevel::Critical)
            continue;
        critical.insert(t.queueId);
        if (m_updated && !m_critical.contains(t.queueId))
            newlyCritical.append(t.queueId);
    }
    m_critical = critical;
    m_updated = true;
    m_tiles = std::move(tiles);
    return newlyCritical;
}

const QList<WallTile> &WallBoard::tiles() const
{
    return m_tiles;
}

const WallHealth &WallBoard::health() const
{
    return m_health;
}

WallCounts WallBoard::counts() const
{
    WallCounts counts;
    for (const WallTile &t : m_tiles)
        countLevel(&counts, t.level);
    return counts;
}

QList<WallLevel> WallBoard::levels() const
{
    QList<WallLevel> levels;
    levels.reserve(m_tiles.size());
    for (const WallTile &t : m_tiles)
        levels.append(t.attention);
    return levels;
}

QStringList WallBoard::groupSummaries() const
{
    QStringList summaries;
    for (const WallGroup &g : m_config.groups) {
        WallCounts counts;
        for (const WallTile &t : m_tiles) {
            if (t.group == g.name)
                countLevel(&counts, t.attention);
        }
        QStringList parts;
        if (counts.critical > 0)
            parts << WallBoardText::tr("%n critical", nullptr, counts.critical);
        if (counts.warning > 0)
            parts << WallBoardText::tr("%n warning", nullptr, counts.warning);
        if (parts.isEmpty())
            parts << WallBoardText::tr("%n OK", nullptr, counts.ok);
        summaries << WallBoardText::tr("%1: %2").arg(g.name, parts.join(QStringLiteral(" · ")));
    }
    return summaries;
}

} // namespace earshot
