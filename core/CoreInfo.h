#pragma once

#include <QString>

namespace earshot {

// The product's identity, in one place for --version, the User-Agent and PagerDuty's
// `client` field.
[[nodiscard]] QString applicationName();
[[nodiscard]] QString applicationVersion();
[[nodiscard]] QString userAgent();

} // namespace earshot
