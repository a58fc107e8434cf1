#pragma once

#include "tests/support/HeadlessHarness.h"

#include "core/storage/StorageTarget.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>
#include <vector>

namespace earshot::test {

// Several `earshot --headless` consoles on one shared PostgreSQL database (the leader lock):
// what the tests of takeovers share.

// The [storage] section that points a console at `target`.
[[nodiscard]] QByteArray storageSection(const StorageTarget &target);
// EARSHOT_DB_PASSWORD alone.
[[nodiscard]] QProcessEnvironment passwordEnvironment(const QString &password);
// One number from the shared database, or -1.
[[nodiscard]] qint64 scalar(const StorageTarget &target, const QString &sql);

// A console whose stderr is kept, to tell the leader from the standbys.
struct Console
{
    std::unique_ptr<QProcess> process;
    QByteArray err;

    void read();
    // Standing by, and not (yet) taken over.
    [[nodiscard]] bool standingBy() const;
};

// How many of the consoles stand by, after reading what they said.
[[nodiscard]] long standingBy(std::vector<Console> &consoles);
// Starts `earshot --headless` on the harness's timeline with `configPath` (the harness's own
// config by default).
[[nodiscard]] Console startConsole(Harness &h, const QString &password,
                                   const QString &configPath = {});

} // namespace earshot::test
