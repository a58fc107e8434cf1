#pragma once

#include <QByteArray>
#include <QString>

namespace earshot::test {

// What `promtool check metrics` (Debian's prometheus package) says about `text`: empty when
// it found nothing and exited 0, else its words (lint findings such as "no help text" are
// problems too) or why it could not run — a missing promtool is a problem, not a skip:
// packaging/linux/install-deps.sh installs it.
[[nodiscard]] QString promtoolProblems(const QByteArray &text);

} // namespace earshot::test
