#pragma once

#include <QString>

namespace earshot {

// What the window and the status bar say about following PagerDuty (the REST API). Paging
// (the Events API) never depends on it.
// The words for it are core/presentation/StatusTexts' (followStatusText).
struct FollowStatus
{
    enum class State
    {
        Off,           // no REST API key: two-way PagerDuty is not used (quietly)
        Starting,      // the first round has not finished
        Following,     // the last round read every followed incident
        TokenRejected, // 401/403: the key is wrong or may not read incidents
        RateLimited,   // 429: waiting as PagerDuty asked
        Failing,       // network, timeout, 5xx or an unreadable answer: tried again next round
    };

    State state = State::Off;
    QString lastError; // translated; empty when the last round succeeded; never the key
    qint64 lastSuccessAtMs = 0;
    qint64 retryAtMs = 0; // RateLimited: when the next request goes out
    int followed = 0;     // incidents in the last round

    [[nodiscard]] bool isProblem() const
    {
        return state == State::TokenRejected || state == State::RateLimited ||
               state == State::Failing;
    }
};

} // namespace earshot
