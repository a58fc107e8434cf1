// The OAuth token answer, the OAuth error body and the Genesys API error body: no crash,
// and a token is only ever accepted with a value and a positive lifetime.
#include "FuzzTarget.h"

#include "core/genesys/parse/GenesysParsers.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto token = parseTokenResponse(bytes);
    if (token.ok()) {
        FUZZ_CHECK(!token.value().accessToken.isEmpty());
        FUZZ_CHECK(token.value().expiresInSecs > 0);
    } else {
        // The token never appears in an error message.
        FUZZ_CHECK(!token.error().message.contains(QLatin1StringView("access_token\":\"")));
    }
    (void)parseOAuthError(bytes);
    (void)parseApiError(bytes);
    return 0;
}
