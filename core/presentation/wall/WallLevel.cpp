#include "core/presentation/wall/WallLevel.h"

#include <QCoreApplication>

namespace earshot {

namespace {

class WallLevelText
{
    Q_DECLARE_TR_FUNCTIONS(WallLevel)
};

} // namespace

WallLevel wallLevelOf(QueueStatus status, bool wallStale)
{
    switch (status) {
    case QueueStatus::Critical:
        return WallLevel::Critical;
    case QueueStatus::Warning:
        return WallLevel::Warning;
    case QueueStatus::Stale:
        return WallLevel::Stale;
    case QueueStatus::NoData:
        return wallStale ? WallLevel::Stale : WallLevel::NoData;
    case QueueStatus::Ok:
        // Old data is never shown as OK.
        return wallStale ? WallLevel::Stale : WallLevel::Ok;
    case QueueStatus::NoCalls:
        return wallStale ? WallLevel::Stale : WallLevel::NoCalls;
    }
    return WallLevel::Stale;
}

WallLevel wallLevelOfEpisode(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return WallLevel::Critical;
    case Severity::Warning:
        return WallLevel::Warning;
    case Severity::None:
        break;
    }
    return WallLevel::NoCalls;
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
    case WallLevel::NoData:
        return WallLevelText::tr("NO DATA");
    case WallLevel::Ok:
        return WallLevelText::tr("OK");
    case WallLevel::NoCalls:
        return WallLevelText::tr("NO CALLS");
    }
    return {};
}

} // namespace earshot
