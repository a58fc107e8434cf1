// parseQueuePage (GET /api/v2/routing/queues): no crash, every queue has an id.
#include "FuzzTarget.h"

#include "core/genesys/parse/GenesysParsers.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto page = parseQueuePage(bytes);
    if (!page.ok())
        return 0;
    for (const QueueInfo &q : page.value().queues)
        FUZZ_CHECK(!q.id.isEmpty());
    return 0;
}
