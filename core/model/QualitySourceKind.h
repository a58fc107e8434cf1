#pragma once

namespace earshot {

// Where a window's voice quality comes from. One enum for the config file, the poller and the
// Settings dialog, so the three can never disagree on what a choice means.
enum class QualitySourceKind
{
    Details, // POST /api/v2/analytics/conversations/details/query (the public API)
    Summary  // GET /api/v2/analytics/quality/summary (the guide's shape, a local service)
};

} // namespace earshot
