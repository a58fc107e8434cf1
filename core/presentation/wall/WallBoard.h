#pragma once

#include "core/config/AppConfig.h"
#include "core/model/QualitySample.h"
#include "core/presentation/wall/WallHealth.h"
#include "core/presentation/wall/WallLevel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace earshot {

class QueueTableModel;

// One point of a tile's sparkline: a window's MOS (absent: no calls, drawn as a gap).
struct WallSparkPoint
{
    qint64 windowEnd = 0;
    std::optional<double> mos;

    friend bool operator==(const WallSparkPoint &, const WallSparkPoint &) = default;
};

// Everything one tile shows, as plain values.
struct WallTile
{
    QString queueId;
    QString name;
    QString group; // the first [wall] group whose pattern matches; empty: none
    WallLevel level = WallLevel::NoCalls;     // of the current window: the word on the tile
    WallLevel attention = WallLevel::NoCalls; // the worse of the level and an open episode
    bool greyed = false;                      // the values are not current
    bool hasSample = false;
    std::optional<double> mos;
    std::optional<double> loss;
    std::optional<double> jitter;
    int calls = -1; // -1: no window yet
    Severity incidentSeverity = Severity::None;
    qint64 incidentStartedAt = 0;
    QString acknowledgedBy;
    // Resolved in PagerDuty while the queue still breaches ("resolved in PagerDuty, still
    // degraded"): not paged again until the episode ends. Who resolved it, as PagerDuty
    // names them (empty when it does not say).
    bool resolvedInPagerDuty = false;
    QString resolvedInPagerDutyBy;
    qint64 silencedUntil = 0;
    double mosWarning = 0.0; // the queue's effective MOS lines for the sparkline
    double mosCritical = 0.0;
    bool mosLinesEnabled = true;
    QList<WallSparkPoint> sparkline; // the last hour, oldest first

    friend bool operator==(const WallTile &, const WallTile &) = default;
};

struct WallCounts
{
    int critical = 0;
    int warning = 0;
    int stale = 0;
    int noData = 0;
    int ok = 0;
    int noCalls = 0;
};

// "3 critical · 5 warning · 112 OK · 14 no calls" (zero counts of stale and no data left out).
[[nodiscard]] QString wallCountsText(const WallCounts &counts);

// A case-insensitive wildcard (* any run, ? one character) over the whole text.
[[nodiscard]] bool wallPatternMatches(const QString &pattern, const QString &text);

// The wall's tiles: QueueTableModel's rows (the same verdicts as the desk window's table),
// filtered by [wall] queues, labelled by [wall] groups, in worst-first order that stays
// stable within a level (by name, then id), so tiles do not dance between windows.
class WallBoard
{
public:
    static constexpr qint64 kSparklineSecs = 3600;

    void setConfig(const WallConfig &config);
    void setPolicy(const AlertPolicy &policy);
    // A queue's last hour (replaces what was kept); later windows come through addWindows.
    void setHistory(const QString &queueId, const QList<QualitySample> &samples);
    // Newly stored windows (any queues); points older than an hour before the newest drop.
    void addWindows(const QList<QualitySample> &samples);
    // Reads every row of the model and orders the tiles. Returns the ids that turned
    // critical since the previous update (for the flash); none at the first update.
    QList<QString> update(const QueueTableModel &model, const WallHealth &health);

    [[nodiscard]] const QList<WallTile> &tiles() const;
    [[nodiscard]] const WallHealth &health() const;
    [[nodiscard]] WallCounts counts() const;
    [[nodiscard]] QList<WallLevel> levels() const; // attention levels, in tile order
    // Per group in config order: "Paris: 1 critical · 4 OK"; empty without groups.
    [[nodiscard]] QStringList groupSummaries() const;

private:
    [[nodiscard]] bool wanted(const QString &id, const QString &name) const;
    [[nodiscard]] QString groupOf(const QString &id, const QString &name) const;

    WallConfig m_config;
    AlertPolicy m_policy;
    WallHealth m_health;
    QList<WallTile> m_tiles;
    QHash<QString, QList<WallSparkPoint>> m_sparklines;
    QSet<QString> m_critical;
    bool m_updated = false;
};

// Worst attention first, then by name (case-insensitive), then by id.
[[nodiscard]] bool wallTileBefore(const WallTile &a, const WallTile &b);

} // namespace earshot
