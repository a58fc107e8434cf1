#pragma once

#include "core/http/HttpJob.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace earshot {

// Retries shared by every request of one unit of work (a window of many pages), so a
// struggling API cannot keep one window busy for hours.
struct RetryBudget
{
    int remaining = 0;
};

// One Platform API request, described; GenesysApiClient runs it.
struct ApiCall
{
    QByteArray verb = "GET";
    QString path; // "/api/v2/routing/queues"
    QUrlQuery query;
    QByteArray jsonBody;                 // for POST
    std::shared_ptr<RetryBudget> budget; // optional

    // "POST /api/v2/analytics/conversations/details/query": names the request in errors.
    [[nodiscard]] QString label() const;
};

// The last rate-limit figures Genesys sent (inin-ratelimit-*), -1 when unknown.
struct RateLimitBudget
{
    int count = -1;
    int allowed = -1;
    int resetSecs = -1;

    friend bool operator==(const RateLimitBudget &, const RateLimitBudget &) = default;
};

// What every Genesys answer carries besides its body.
struct ApiAnswerMeta
{
    std::optional<RateLimitBudget> rateLimit; // when inin-ratelimit-allowed was sent
    QByteArray correlationId;                 // ININ-Correlation-Id: support asks for it
    // Date: when the server made the answer (whole seconds), to notice a local clock that
    // is off (answerClockOffsetMs).
    std::optional<qint64> serverDateMs;
};
[[nodiscard]] ApiAnswerMeta readAnswerMeta(const HttpResult &http);

// How far this computer's clock is off from the server's, from one exchange: 0 while the
// server's Date lies between the request's sending and the answer's arrival (allowing the
// Date's whole seconds), else the distance to that span, negative when this clock is
// ahead. Latency and a busy event loop widen the span; they never count as a wrong clock.
[[nodiscard]] qint64 answerClockOffsetMs(qint64 serverDateMs, qint64 sentAtMs, qint64 receivedAtMs);

} // namespace earshot
