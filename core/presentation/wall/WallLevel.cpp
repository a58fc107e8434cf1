#include "core/presentation/wall/WallLevel.h"

#include <QCoreApplication>

namespace earshot {

namespace {

class WallLevelText
{
    Q_DECLARE_TR_FUNCTIONS(WallLevel)
};

} // namespace

WallLevel wallLevelOf(const WallLevelFacts &facts)
{
    switch (facts.status) {
    case QueueStatus::Critical:
        return WallLevel::Critical;
    case QueueStatus::Warning:
        return WallLevel::Warning;
    case QueueStatus::Silenced:
        return WallLevel::Silenced;
    case QueueStatus::Ok:
        // Old data is never shown as OK.
        return facts.wallStale ? WallLevel::Stale : WallLevel::Ok;
    case QueueStatus::NoData:
        if (facts.queueStale || facts.partial || facts.wallStale)
            return WallLevel::Stale;
        return WallLevel::NoCalls;
    }
    return WallLevel::Stale;
}

bool isWallProblem(WallLevel level)
{
    return level == WallLevel::Critical || level == WallLevel::Warning;
}

QString wallLevelWord(WallLevel level)
{
    switch (level) {
    case WallLevel::Critical:
        return WallLevelText::tr("CRITICAL");
    case WallLevel::Warning:
        return WallLevelText::tr("WARNING");
    case WallLevel::Stale:
        return WallLevelText::tr("STALE");
    case WallLevel::Silenced:
        return WallLevelText::tr("SILENCED");
    case WallLevel::Ok:
        return WallLevelText::tr("OK");
    case WallLevel::NoCalls:
        return WallLevelText::tr("NO CALLS");
    }
    return {};
}

} // namespace earshot
