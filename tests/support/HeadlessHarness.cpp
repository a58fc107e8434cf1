#include "tests/support/HeadlessHarness.h"

#include "core/model/TimeWindow.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

namespace earshot::test {

Harness::Harness(const QByteArray &extraIni, double speed)
    : speed(speed)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    windowZero = alignWindowStart(now / 1000, 300) - 300 * 3000; // a past, aligned day
    simStartMs = (windowZero + 300 + 60) * 1000;                 // the first window is due at once
    anchorMs = now;
    clock = std::make_unique<ScaledClock>(simStartMs, speed, anchorMs);
    genesys = std::make_unique<FakeGenesysCloud>(*clock);
    script.firstWindow = windowZero;
    genesys->setSummaryProvider([this](qint64 start, qint64) { return script.rows(start); });
    genesys->setQueues({{kQueue, QStringLiteral("Sales")}});
    if (!genesys->listen() || !pagerDuty.listen())
        qFatal("fakes could not listen");
    pagerDuty.addRoutingKey(kRoutingKey);
    configPath = dir.filePath(QStringLiteral("earshot.ini"));
    QFile ini(configPath);
    if (!ini.open(QIODevice::WriteOnly))
        qFatal("cannot write the config");
    const QByteArray base = genesys->baseUrl().toString().toUtf8();
    ini.write("[genesys]\nlogin_url = " + base + "\napi_url = " + base +
              "\nsource = summary\n[schedule]\nwindow_seconds = 300\ningest_lag_seconds = 60\n"
              "[pagerduty]\nevents_url = " +
              pagerDuty.eventsUrl().toString().toUtf8() + "\n[storage]\ndatabase = " +
              dir.filePath(QStringLiteral("state.sqlite")).toUtf8() + "\n" + extraIni);
}

QProcessEnvironment Harness::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GENESYS_CLIENT_ID"), QStringLiteral("earshot-client"));
    env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), QStringLiteral("earshot-secret"));
    env.insert(QStringLiteral("PAGERDUTY_INTEGRATION_KEY"), kRoutingKey);
    return env;
}

std::unique_ptr<QProcess> Harness::start(const QProcessEnvironment &extra)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = environment();
    env.insert(extra);
    env.insert(QStringLiteral("EARSHOT_TEST_CLOCK"),
               QStringLiteral("%1:%2:%3").arg(simStartMs).arg(speed).arg(anchorMs));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(qEnvironmentVariable("EARSHOT_BINARY"),
             {QStringLiteral("--headless"), QStringLiteral("--config"), configPath});
    if (!p->waitForStarted(5000))
        qFatal("earshot did not start");
    return p;
}

bool Harness::resolvedAtPagerDuty(const QString &key) const
{
    const auto incident = pagerDuty.incident(key);
    return incident && incident->status == QLatin1StringView("resolved");
}

bool finished(QProcess &p, int timeoutMs)
{
    return QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
}

bool stop(QProcess &p)
{
    const bool wasRunning = p.state() == QProcess::Running;
    ::kill(pid_t(p.processId()), SIGTERM);
    const bool ended = finished(p, 10'000);
    const bool clean = ended && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    // Which of the ways it failed: still running, crashed (before or after the signal), or a
    // non-zero exit status.
    if (!clean)
        qWarning("earshot did not stop cleanly: running before SIGTERM %d, ended %d, crashed %d, "
                 "exit code %d",
                 int(wasRunning), int(ended), int(p.exitStatus() == QProcess::CrashExit),
                 p.exitCode());
    return clean;
}

bool killNineUntilResolved(Harness &h, const QString &key, quint32 seed, int rounds,
                           const QProcessEnvironment &extra)
{
    QRandomGenerator random(seed);
    for (int i = 0; i < rounds && !h.resolvedAtPagerDuty(key); ++i) {
        auto child = h.start(extra);
        QTest::qWait(int(random.bounded(150, 1100)));
        child->kill(); // SIGKILL: no chance to clean up
        if (!finished(*child, 5000)) {
            qWarning("a killed earshot did not end");
            return false;
        }
    }
    // The loop may end with the resolve delivered by a process it then killed: wait for this
    // one to sign in (it handles SIGTERM by then), not only for the resolve, or the SIGTERM
    // can reach it while it is still loading.
    const int signIns = h.genesys->requestCount("/oauth/token");
    auto last = h.start(extra);
    if (!QTest::qWaitFor(
            [&] {
                return h.resolvedAtPagerDuty(key) &&
                       h.genesys->requestCount("/oauth/token") > signIns;
            },
            60'000)) {
        qWarning("the episode was not resolved at PagerDuty");
        return false;
    }
    return stop(*last);
}

QString episodeOrderProblem(const QStringList &actions)
{
    const QString warning = QStringLiteral("trigger:warning");
    const QString critical = QStringLiteral("trigger:critical");
    const QString resolve = QStringLiteral("resolve");
    if (actions.isEmpty() || actions.constLast() != resolve)
        return QStringLiteral("no resolve at the end");
    if (actions.count(resolve) !=
        actions.count() - actions.count(warning) - actions.count(critical))
        return QStringLiteral("an unknown action");
    if (!actions.contains(warning) || !actions.contains(critical))
        return QStringLiteral("a level never paged");
    if (actions.indexOf(critical) < actions.lastIndexOf(warning))
        return QStringLiteral("a warning after the critical");
    if (actions.indexOf(resolve) < actions.lastIndexOf(critical))
        return QStringLiteral("a trigger after the resolve");
    return {};
}

} // namespace earshot::test
