#pragma once

// Pure parsers of Genesys Cloud answers: bytes in, values out. No network, no state, so
// tests feed them bytes and the benchmark measures them alone.

#include "core/common/Result.h"
#include "core/model/QualitySample.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>

namespace earshot {

struct TokenResponse
{
    QString accessToken;
    QString tokenType;
    qint64 expiresInSecs = 0;
};

// 200 body of POST /oauth/token. The token never appears in an error message.
[[nodiscard]] Result<TokenResponse> parseTokenResponse(const QByteArray &body);

struct OAuthError
{
    QString error;            // e.g. "invalid_client"
    QString errorDescription; // may be empty
};
// 400/401 body of /oauth/token; tolerant of garbage (returns empty fields).
[[nodiscard]] OAuthError parseOAuthError(const QByteArray &body);

// Genesys API error body {"message","code","status","contextId"}; empty on garbage.
struct ApiError
{
    QString message;
    QString code;
};
[[nodiscard]] ApiError parseApiError(const QByteArray &body);

// One conversation of a details-query page, reduced to what quality needs.
struct ConversationQuality
{
    QString conversationId;
    qint64 start = 0;             // epoch secs
    std::optional<double> minMos; // mediaStatsMinConversationMos, else min endpoint minMos
    QStringList queueIds;         // every queue it touched, once each
    qint64 receivedPackets = 0;   // summed over the voice endpoints
    qint64 discardedPackets = 0;
    qint64 invalidPackets = 0;
    qint64 overrunPackets = 0;
    qint64 underrunPackets = 0;
    bool hasEndpointStats = false;
    std::optional<double> maxLatencyMs;
};

struct DetailsPage
{
    std::optional<qint64> totalHits;
    QList<ConversationQuality> conversations;
    int skipped = 0;      // conversations dropped as malformed
    QString firstProblem; // why the first one was dropped
};

// One page of POST /api/v2/analytics/conversations/details/query. A structurally broken
// page (malformed or truncated JSON, wrong root types) is an error as a whole: never a
// partial success. A single malformed conversation is skipped and counted.
[[nodiscard]] Result<DetailsPage> parseDetailsPage(const QByteArray &body);

// The streaming form of the same parser (simdjson), for the hot path: each
// usable conversation goes to the sink as views into the parser's buffers, valid only
// during the call, so nothing is allocated per conversation. The sink may have seen
// conversations of a page that then turns out broken: the caller drops the whole window.
struct ConversationView
{
    std::string_view conversationId; // UTF-8
    qint64 start = 0;
    std::optional<double> minMos;
    std::span<const std::string_view> queueIds; // UTF-8, once each, in document order
    qint64 receivedPackets = 0;
    qint64 discardedPackets = 0;
    qint64 invalidPackets = 0;
    qint64 overrunPackets = 0;
    qint64 underrunPackets = 0;
    bool hasEndpointStats = false;
    std::optional<double> maxLatencyMs;
};

class DetailsSink
{
public:
    virtual ~DetailsSink() = default;
    virtual void conversation(const ConversationView &conversation) = 0;
    // A conversation of the page was malformed and skipped (the page's counts say why).
    virtual void conversationSkipped() {}
};

struct DetailsPageCounts
{
    std::optional<qint64> totalHits;
    int conversations = 0; // handed to the sink
    int skipped = 0;
    QString firstProblem;
};

// simdjson reads up to this many bytes past the end of a body (SIMDJSON_PADDING). A body whose
// capacity leaves that much room is parsed in place; any other is first copied into a reused
// buffer.
inline constexpr qsizetype kDetailsParserPadding = 64;

[[nodiscard]] Result<DetailsPageCounts> parseDetailsPage(const QByteArray &body, DetailsSink &sink);
// Hands a conversation held as values to a sink, as the streaming parser would.
void feedConversation(const ConversationQuality &conversation, DetailsSink &sink);

struct SummaryParse
{
    QList<QualitySample> samples;
    QStringList problems; // one sentence per queue that was refused
};

// GET /api/v2/analytics/quality/summary for one window (shared/reference contract).
// `metrics: null` or a conversation count of 0 is no data (no sample, not a problem).
[[nodiscard]] Result<SummaryParse> parseQualitySummary(const QByteArray &body, qint64 windowStart,
                                                       qint64 windowEnd);

struct QueuePage
{
    QList<QueueInfo> queues;
    int pageNumber = 0;
    int pageCount = 0;
    qint64 total = 0;
};
// GET /api/v2/routing/queues
[[nodiscard]] Result<QueuePage> parseQueuePage(const QByteArray &body);

} // namespace earshot
