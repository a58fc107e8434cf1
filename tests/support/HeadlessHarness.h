#pragma once

#include "tests/support/PipelineRig.h"

#include "core/common/ScaledClock.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace earshot::test {

// One simulated 5-minute window per real second.
inline constexpr double kSpeed = 300.0;

// The real binary (EARSHOT_BINARY), as cron or systemd runs it: `earshot --headless --config
// FILE` against a fake Genesys Cloud playing Script and a fake PagerDuty on 127.0.0.1, on a
// timeline compressed by kSpeed (EARSHOT_TEST_CLOCK).
struct Harness
{
    // `extraIni`: more config, appended to the file (e.g. a [metrics] section).
    explicit Harness(const QByteArray &extraIni = {});

    // The secrets the fakes accept, in the environment.
    [[nodiscard]] static QProcessEnvironment environment();
    [[nodiscard]] std::unique_ptr<QProcess> start();
    [[nodiscard]] bool resolvedAtPagerDuty(const QString &key) const;

    QTemporaryDir dir;
    qint64 windowZero = 0;
    qint64 simStartMs = 0;
    qint64 anchorMs = 0;
    std::unique_ptr<ScaledClock> clock;
    std::unique_ptr<FakeGenesysCloud> genesys;
    FakePagerDuty pagerDuty;
    Script script;
    QString configPath;
};

// Waits while running the event loop: the fakes the child talks to live in this process,
// so a blocking wait would starve them.
[[nodiscard]] bool finished(QProcess &p, int timeoutMs);
// SIGTERM, then true when it ended with exit status 0 (else a warning says how it failed).
[[nodiscard]] bool stop(QProcess &p);

} // namespace earshot::test
