#pragma once

#include "core/presentation/StatusTexts.h"

#include <QString>

namespace earshot {

// What a wall tile says about its queue, in the order the wall shows them: worst first.
// It only maps QueueCondition's status (the rule the desk window's table uses); the wall
// adds one thing: while the whole wall's data is old, nothing is shown as OK.
enum class WallLevel : int
{
    Critical,
    Warning,
    Stale,  // the queue's data is older than 2 windows, polling fails, or the wall is stale
    NoData, // too few calls or a partial window: not judged
    Ok,
    NoCalls // idle: "no calls" is never "bad quality"
};

[[nodiscard]] WallLevel wallLevelOf(QueueStatus status, bool wallStale);
// The level an open episode of this severity puts a tile at, for order and pinning.
[[nodiscard]] WallLevel wallLevelOfEpisode(Severity severity);
// Problems are pinned to every page of the wall.
[[nodiscard]] bool isWallProblem(WallLevel level);
// The word on the tile, upper case across a room: "CRITICAL", "NO CALLS", ...
[[nodiscard]] QString wallLevelWord(WallLevel level);

} // namespace earshot
