#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace earshot {

// True for 127.0.0.0/8, ::1 and "localhost".
[[nodiscard]] bool isLoopbackUrl(const QUrl &url);

// Endpoints must be https; plain http is accepted only for loopback hosts (tests, demo,
// a local proxy). Returns the problem in words, naming `what`, or nullopt when acceptable.
[[nodiscard]] std::optional<QString> endpointUrlProblem(const QUrl &url, const QString &what);

} // namespace earshot
