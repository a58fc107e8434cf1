#pragma once

#include "core/presentation/StatusTexts.h"

#include <QString>

namespace earshot {

// What a wall tile says about its queue, in the order the wall shows them: worst first.
// A stand-in for the desk window's presentation type (issue 9) until both share one rule:
// it only maps what QueueTableModel already decided, it judges nothing itself.
enum class WallLevel : int
{
    Critical,
    Warning,
    Stale,    // no window from this queue in the newest poll, a partial window, or the whole
              // wall's data is old: never shown as OK
    Silenced, // an operator silenced it: shown, not pinned
    Ok,
    NoCalls // too few calls to judge: "no calls" is never "bad quality"
};

struct WallLevelFacts
{
    QueueStatus status = QueueStatus::NoData; // QueueTableModel's verdict
    bool queueStale = false;                  // StaleRole
    bool partial = false;                     // PartialRole
    bool wallStale = false;                   // the whole wall's data is old (WallHealth)
};

[[nodiscard]] WallLevel wallLevelOf(const WallLevelFacts &facts);
// Problems are pinned to every page of the wall.
[[nodiscard]] bool isWallProblem(WallLevel level);
// The word on the tile, upper case across a room: "CRITICAL", "NO CALLS", ...
[[nodiscard]] QString wallLevelWord(WallLevel level);

} // namespace earshot
