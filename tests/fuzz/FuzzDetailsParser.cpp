// parseDetailsPage (POST /api/v2/analytics/conversations/details/query) and the
// aggregation of what it returns: no crash, no hang, and nothing implausible gets through.
#include "FuzzTarget.h"

#include "core/genesys/parse/ConversationChecks.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"

#include <cmath>

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto page = parseDetailsPage(bytes);
    if (!page.ok()) {
        FUZZ_CHECK(!page.error().message.isEmpty());
        return 0;
    }
    for (const ConversationQuality &c : page.value().conversations)
        FUZZ_CHECK(implausibility(c).isEmpty());
    FUZZ_CHECK(page.value().skipped >= 0);
    QualityAggregator aggregator(0, 4'000'000'000, 3.5, {}, {});
    aggregator.add(page.value());
    for (const QualitySample &s : aggregator.samples()) {
        FUZZ_CHECK(s.calls > 0);
        if (s.packetLossPercent)
            FUZZ_CHECK(*s.packetLossPercent >= 0.0 && *s.packetLossPercent <= 100.0);
        if (s.jitterBufferDiscardPercent)
            FUZZ_CHECK(*s.jitterBufferDiscardPercent >= 0.0 &&
                       *s.jitterBufferDiscardPercent <= 100.0);
        if (s.mosMean)
            FUZZ_CHECK(*s.mosMean >= 1.0 && *s.mosMean <= 5.0);
        if (s.latencyP95Ms)
            FUZZ_CHECK(*s.latencyP95Ms >= 0.0 && *s.latencyP95Ms <= kMaxPlausibleLatencyMs);
    }
    return 0;
}
