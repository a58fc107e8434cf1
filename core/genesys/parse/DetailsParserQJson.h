#pragma once

// Internal to this folder and the differential test.

#include "core/genesys/parse/GenesysParsers.h"

namespace earshot {

// parseDetailsPage on QJsonDocument, the parser before simdjson: same contract.
[[nodiscard]] Result<DetailsPage> parseDetailsPageWithQJson(const QByteArray &body);

} // namespace earshot
