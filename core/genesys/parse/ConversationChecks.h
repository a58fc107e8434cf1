#pragma once

#include "core/genesys/parse/GenesysParsers.h"

#include <QString>

namespace earshot {

// Physical limits of one conversation's figures. Past these a value is broken data, not
// bad quality: paging on it would be a false alarm (a 300-digit latency in a summary).
inline constexpr double kMinPlausibleMos = 1.0;
inline constexpr double kMaxPlausibleMos = 5.0;
inline constexpr double kMaxPlausibleLatencyMs = 60'000.0;    // a minute one way
inline constexpr qint64 kMaxPlausiblePackets = 1'000'000'000; // ~230 days at 50 packets/s

// Why a parsed conversation cannot be true (loss over 100 %, negative counts, latency
// over a minute, MOS outside 1..5, ...), in words for the window's problem text; empty
// when it is plausible. Pure; every details parser calls it and skips what it names.
[[nodiscard]] QString implausibility(const ConversationQuality &conversation);

} // namespace earshot
