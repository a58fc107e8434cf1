#pragma once

#include "app/demo/FakeGenesysCloud.h"
#include "core/genesys/GenesysStack.h"
#include "tests/support/GenesysFaults.h"
#include "tests/support/ManualClock.h"

#include <QNetworkAccessManager>

#include <memory>

namespace earshot::test {

inline constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z

// The whole Genesys side wired against a fake Genesys Cloud on 127.0.0.1, on a ManualClock.
struct GenesysFixture
{
    explicit GenesysFixture(QualitySourceKind source = QualitySourceKind::Details,
                            QStringList monitored = {});

    ManualClock clock{kT0 * 1000};
    FakeGenesysCloud fake{clock};
    GenesysFaults faults{fake};
    QNetworkAccessManager network;
    GenesysSettings settings;
    std::unique_ptr<GenesysStack> stack;
    // Shortcuts into the stack.
    TokenCache *tokens = nullptr;
    GenesysApiClient *api = nullptr;
    Poller *poller = nullptr;
};

// Runs the event loop until `done` is true (real sockets need it), without moving time.
[[nodiscard]] bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000);

// The error text of a result, empty when it succeeded (for QVERIFY2 messages, which are
// evaluated either way).
template<typename T> [[nodiscard]] QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace earshot::test
