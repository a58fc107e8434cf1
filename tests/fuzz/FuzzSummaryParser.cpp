// parseQualitySummary (GET /api/v2/analytics/quality/summary): no crash, every sample it
// accepts has finite values and calls.
#include "FuzzTarget.h"

#include "core/genesys/parse/GenesysParsers.h"

#include <cmath>

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto parsed = parseQualitySummary(bytes, 1'763'891'700, 1'763'892'000);
    if (!parsed.ok())
        return 0;
    for (const QualitySample &s : parsed.value().samples) {
        FUZZ_CHECK(s.calls > 0);
        FUZZ_CHECK(!s.queueId.isEmpty());
        for (const auto &v : {s.mosMean, s.packetLossPercent, s.jitterMs, s.latencyP95Ms})
            FUZZ_CHECK(!v || std::isfinite(*v));
    }
    return 0;
}
