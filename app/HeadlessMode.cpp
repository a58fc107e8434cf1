#include "app/HeadlessMode.h"

#include "app/ShutdownSignals.h"
#include "app/SingleInstance.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/ScaledClock.h"
#include "core/common/UrlPolicy.h"
#include "core/config/ConfigLoader.h"
#include "core/config/ListenAddress.h"
#include "core/genesys/GenesysStack.h"
#include "core/metrics/MonitorMetrics.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pipeline/Monitor.h"
#include "core/pipeline/PipelineConfig.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>

#include <cstdio>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "HeadlessMode".
class HeadlessMode
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessMode)
};

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// Loads and resolves the config, or prints every problem and returns nullopt.
std::optional<std::pair<AppConfig, ResolvedConfig>> loadResolved(const QString &path)
{
    if (path.isEmpty()) {
        printErr(HeadlessMode::tr("error: --config FILE is required\n"));
        return std::nullopt;
    }
    const ConfigLoad load = loadConfigFile(path);
    for (const QString &w : load.warnings)
        printErr(HeadlessMode::tr("warning: %1\n").arg(w));
    if (!load.ok()) {
        for (const QString &e : load.errors)
            printErr(HeadlessMode::tr("error: %1\n").arg(e));
        return std::nullopt;
    }
    const auto resolved = resolveConfig(load.config);
    if (!resolved.ok()) {
        printErr(HeadlessMode::tr("error: %1\n").arg(resolved.error().message));
        return std::nullopt;
    }
    return std::make_pair(load.config, resolved.value());
}

// --check-config's line on [metrics] (the value is valid by now: the config loaded).
QString metricsLine(const MetricsConfig &config)
{
    const auto address = parseListenAddress(config.listen, QStringLiteral("[metrics] listen"));
    if (config.listen.isEmpty() || !address.ok())
        return HeadlessMode::tr("Metrics: off\n");
    if (address.value().isLoopback())
        return HeadlessMode::tr("Metrics: http://%1/metrics\n").arg(address.value().text());
    return HeadlessMode::tr("Metrics: http://%1/metrics (not loopback: other machines can read "
                            "it)\n")
        .arg(address.value().text());
}

} // namespace

int runCheckConfig(const QString &configFile)
{
    const auto loaded = loadResolved(configFile);
    if (!loaded)
        return 2;
    SystemClock clock;
    SecretStore secrets(clock);
    int problems = 0;
    int exitCode = 0;
    QObject context;
    // Secrets are checked for presence only; their values are never printed.
    // Start once the event loop runs: an answer that comes at once (secrets from the
    // environment, a config error) must not call exit() before exec().
    QTimer::singleShot(0, &context, [&] {
        loadGenesysCredentials(&secrets, &context, [&](const Result<GenesysCredentials> &c) {
            if (!c.ok()) {
                printErr(HeadlessMode::tr("error: %1\n").arg(c.error().message));
                ++problems;
            } else {
                printOut(HeadlessMode::tr("Genesys Cloud client %1 (secret %2), from %3\n")
                             .arg(maskSecret(c.value().clientId),
                                  maskSecret(c.value().clientSecret),
                                  c.value().fromEnvironment ? HeadlessMode::tr("the environment")
                                                            : HeadlessMode::tr("the OS keychain")));
            }
            auto *keys = new RoutingKeyProvider(&secrets, {}, &context);
            keys->refresh(&context, [&](const Result<QString> &key) {
                if (!key.ok()) {
                    printErr(HeadlessMode::tr("error: %1\n").arg(key.error().message));
                    ++problems;
                } else if (!RoutingKeyProvider::looksValid(key.value())) {
                    printErr(HeadlessMode::tr(
                                 "error: the PagerDuty integration key %1 is not 32 letters and "
                                 "digits: verify the integration key\n")
                                 .arg(maskSecret(key.value())));
                    ++problems;
                } else {
                    printOut(HeadlessMode::tr("PagerDuty integration key %1\n")
                                 .arg(maskSecret(key.value())));
                }
                exitCode = problems == 0 ? 0 : 2;
                QCoreApplication::exit(exitCode);
            });
        });
    });
    QCoreApplication::exec();
    const ResolvedConfig &r = loaded->second;
    printOut(HeadlessMode::tr("Genesys Cloud: %1 (source: %2, window %3 s, lag %4 s)\n")
                 .arg(r.genesys.endpoints.apiBase.toString(),
                      r.genesys.source == QualitySourceKind::Summary ? QStringLiteral("summary")
                                                                     : QStringLiteral("details"))
                 .arg(r.genesys.windowSecs)
                 .arg(r.genesys.ingestLagSecs));
    printOut(HeadlessMode::tr("PagerDuty: %1\nDatabase: %2\n")
                 .arg(r.pagerduty.eventsUrl.toString(),
                      r.sharedStorage ? r.sharedStorage->describe() : r.databasePath));
    printOut(metricsLine(loaded->first.metrics));
    printOut(problems == 0 ? HeadlessMode::tr("Configuration OK.\n")
                           : HeadlessMode::tr("%n problem(s) found.\n", nullptr, problems));
    return exitCode;
}

int runCheckGenesys(const QString &configFile, bool json)
{
    const auto loaded = loadResolved(configFile);
    if (!loaded)
        return 2;
    SystemClock clock;
    SecretStore secrets(clock);
    QNetworkAccessManager network;
    std::unique_ptr<GenesysStack> stack;
    int exitCode = 1;
    QObject context;
    // Start once the event loop runs: an answer that comes at once (secrets from the
    // environment, a config error) must not call exit() before exec().
    QTimer::singleShot(0, &context, [&] {
        loadGenesysCredentials(&secrets, &context, [&](const Result<GenesysCredentials> &c) {
            if (!c.ok()) {
                printErr(HeadlessMode::tr("error: %1\n").arg(c.error().message));
                QCoreApplication::exit(exitCode = 2);
                return;
            }
            GenesysSettings settings = loaded->second.genesys;
            settings.clientId = c.value().clientId;
            settings.clientSecret = c.value().clientSecret;
            settings.backoff.maxRetries = 2;
            stack = std::make_unique<GenesysStack>(network, clock, settings);
            runGenesysCheck(*stack, clock, &context, [&](const GenesysCheckResult &result) {
                if (result.ok)
                    printOut(json ? QString::fromUtf8(formatCheckJson(result))
                                  : formatCheckTable(result));
                else
                    printErr(formatCheckTable(result));
                QCoreApplication::exit(exitCode = result.ok ? 0 : 1);
            });
        });
    });
    QCoreApplication::exec();
    return exitCode;
}

// EARSHOT_TEST_CLOCK="simStartMs:factor:realAnchorMs" runs the pipeline on a compressed,
// anchored timeline (tests of restarts and crashes). Accepted only when every endpoint is
// loopback, so it can never speed up a real deployment's view of time.
std::unique_ptr<Clock> makeClock(const ResolvedConfig &config)
{
    const QByteArray spec = qgetenv("EARSHOT_TEST_CLOCK");
    const bool loopback = isLoopbackUrl(config.genesys.endpoints.apiBase) &&
                          isLoopbackUrl(config.genesys.endpoints.loginBase) &&
                          isLoopbackUrl(config.pagerduty.eventsUrl);
    const QList<QByteArray> parts = spec.split(':');
    if (spec.isEmpty() || parts.size() != 3)
        return std::make_unique<SystemClock>();
    if (!loopback) {
        qCWarning(lcPipeline) << "EARSHOT_TEST_CLOCK ignored: endpoints are not loopback";
        return std::make_unique<SystemClock>();
    }
    return std::make_unique<ScaledClock>(parts[0].toLongLong(), parts[1].toDouble(),
                                         parts[2].toLongLong());
}

// How often a standby console asks for the leader lock of a shared database.
constexpr qint64 kStandbyRetryMs = 30'000;

int runHeadless(const QString &configFile, bool once, bool resetDatabase, ConsoleRole role)
{
    installTimestampedLogHandler();
    // First: from here on SIGTERM/SIGINT stop the process cleanly (exit 0), even while it
    // is still starting.
    ShutdownSignals shutdown;
    const auto loaded = loadResolved(configFile);
    if (!loaded)
        return 2;
    // Held until the process ends (after the monitor is gone): one Earshot per database.
    // A shared PostgreSQL database has its own guard, the leader lock (standby below).
    SingleInstance instance(ActivationServer::Role::Headless);
    if (!loaded->second.sharedStorage &&
        instance.claim(loaded->second.databasePath) != SingleInstance::Outcome::Claimed) {
        printErr(HeadlessMode::tr("earshot: %1\n").arg(instance.message()));
        return 2;
    }
    const std::unique_ptr<Clock> clockOwner = makeClock(loaded->second);
    Clock &clock = *clockOwner;
    SecretStore secrets(clock);
    std::unique_ptr<Monitor> monitor;
    std::unique_ptr<MetricsServer> metrics; // reads the monitor: declared after it, gone first
    int exitCode = 0;
    QObject context;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &context, [&](int signal) {
        // Writes happen inside one event-loop step, so none is in progress here.
        qCInfo(lcPipeline) << "signal" << signal << "received; stopping";
        if (monitor)
            monitor->stop();
        // A run that could not store what it saw did not do its work: say so to systemd.
        if (monitor && !monitor->storageProblem().isEmpty()) {
            printErr(HeadlessMode::tr("earshot: %1\n")
                         .arg(monitor->storageProblem().section(u'\n', 0, 0)));
            exitCode = 1;
        }
        QCoreApplication::exit(exitCode);
    });
    bool standingBy = false;
    std::function<void(const MonitorSetup &)> startMonitor;
    startMonitor = [&](const MonitorSetup &setup) {
        auto created = Monitor::create(setup);
        // A shared database another console polls: stand by and take over when it stops
        // (killed, cut off, its session ended), well within two windows.
        if (!created.ok() && created.error().kind == ErrorKind::StorageLeaderElsewhere && !once &&
            role == ConsoleRole::Auto) {
            if (!standingBy)
                printErr(HeadlessMode::tr("earshot: standing by: %1; polling starts here when "
                                          "it stops\n")
                             .arg(created.error().message));
            standingBy = true;
            clock.callAfter(kStandbyRetryMs, &context, [&, setup] { startMonitor(setup); });
            return;
        }
        if (standingBy && created.ok()) {
            printErr(
                HeadlessMode::tr("earshot: taking over: this Earshot polls the database now\n"));
            standingBy = false;
        }
        if (!created.ok()) {
            printErr(HeadlessMode::tr("earshot: %1\n").arg(created.error().message));
            QCoreApplication::exit(exitCode = 1);
            return;
        }
        monitor = std::move(created).value();
        if (setup.sharedStorage && !once) {
            // Another console took over while this one was cut off: back to standing by
            // (after this signal returns, as it comes from the monitor itself).
            QObject::connect(monitor.get(), &Monitor::storageStatusChanged, &context, [&, setup] {
                if (!monitor || !monitor->leadershipLost())
                    return;
                QTimer::singleShot(0, &context, [&, setup] {
                    if (!monitor || !monitor->leadershipLost())
                        return;
                    printErr(HeadlessMode::tr("earshot: another Earshot took over polling\n"));
                    metrics.reset();
                    monitor.reset();
                    startMonitor(setup);
                });
            });
        }
        if (!once) {
            auto served = serveMonitorMetrics(loaded->first.metrics, *monitor);
            if (!served.ok()) {
                printErr(HeadlessMode::tr("earshot: %1\n").arg(served.error().message));
                QCoreApplication::exit(exitCode = 2);
                return;
            }
            metrics = std::move(served).value();
            monitor->start();
            return;
        }
        // A run of a few seconds is no target for Prometheus.
        if (!loaded->first.metrics.listen.isEmpty())
            qCInfo(lcMetrics) << "[metrics] listen is not served by --once";
        monitor->runOnce([&](const Status &status) {
            if (!status.ok())
                printErr(HeadlessMode::tr("earshot: %1\n")
                             .arg(status.error().message.section(u'\n', 0, 0)));
            QCoreApplication::exit(exitCode = status.ok() ? 0 : 1);
        });
    };
    // Start once the event loop runs: an answer that comes at once (secrets from the
    // environment, a config error) must not call exit() before exec().
    QTimer::singleShot(0, &context, [&] {
        loadGenesysCredentials(&secrets, &context, [&](const Result<GenesysCredentials> &c) {
            if (!c.ok()) {
                printErr(HeadlessMode::tr("earshot: %1\n").arg(c.error().message));
                QCoreApplication::exit(exitCode = 2);
                return;
            }
            MonitorSetup setup =
                monitorSetup(loaded->first, loaded->second, c.value(), clock, &secrets);
            setup.resetDatabase = resetDatabase;
            // Headless polls or stands by (above); it never views.
            setup.role = ConsoleRole::Leader;
            completeStorageSetup(setup, &secrets, &context, [&](const Result<MonitorSetup> &s) {
                if (!s.ok()) {
                    printErr(HeadlessMode::tr("earshot: %1\n").arg(s.error().message));
                    QCoreApplication::exit(exitCode = 2);
                    return;
                }
                startMonitor(s.value());
            });
        });
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace earshot
