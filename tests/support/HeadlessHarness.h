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
    // `extraIni`: more config, appended to the file (e.g. a [metrics] section). `speed`:
    // simulated seconds per real second.
    explicit Harness(const QByteArray &extraIni = {}, double speed = kSpeed);

    // The secrets the fakes accept, in the environment.
    [[nodiscard]] static QProcessEnvironment environment();
    // `extra`: more environment for the child (e.g. EARSHOT_DB_PASSWORD).
    [[nodiscard]] std::unique_ptr<QProcess>
    start(const QProcessEnvironment &extra = QProcessEnvironment());
    [[nodiscard]] bool resolvedAtPagerDuty(const QString &key) const;

    QTemporaryDir dir;
    double speed = kSpeed;
    qint64 windowZero = 0;
    qint64 simStartMs = 0;
    qint64 anchorMs = 0;
    std::unique_ptr<ScaledClock> clock;
    std::unique_ptr<FakeGenesysCloud> genesys;
    FakePagerDuty pagerDuty;
    Script script;
    QString configPath;
};

// Starts the binary and kills it with SIGKILL after a random 150-1100 ms, `rounds` times or
// until PagerDuty has the episode `key` resolved; then runs it once more until the episode is
// resolved and that run has signed in (so it handles SIGTERM), and stops it with SIGTERM.
// False (with a warning) when a run did not end or the episode was not resolved.
[[nodiscard]] bool killNineUntilResolved(Harness &h, const QString &key, quint32 seed, int rounds,
                                         const QProcessEnvironment &extra = QProcessEnvironment());
// What is wrong with PagerDuty's actions for one episode paged at least once ("" if nothing):
// every trigger before the resolve (sent again after a kill, it may come twice), warning
// before critical, and no warning after the critical.
[[nodiscard]] QString episodeOrderProblem(const QStringList &actions);

// Waits while running the event loop: the fakes the child talks to live in this process,
// so a blocking wait would starve them.
[[nodiscard]] bool finished(QProcess &p, int timeoutMs);
// SIGTERM, then true when it ended with exit status 0 (else a warning says how it failed).
[[nodiscard]] bool stop(QProcess &p);

} // namespace earshot::test
