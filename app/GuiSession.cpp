#include "app/GuiSession.h"

#include "app/SingleInstance.h"
#include "app/demo/DemoEnvironment.h"
#include "core/common/Logging.h"
#include "core/config/ConfigLoader.h"
#include "core/config/ConfigLocation.h"
#include "core/genesys/GenesysStack.h"
#include "core/i18n/Translations.h"
#include "core/metrics/MonitorMetrics.h"
#include "core/pagerduty/ConnectionTest.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/pagerduty/rest/IncidentFollower.h"
#include "core/pagerduty/rest/RestKeyCheck.h"
#include "core/pipeline/Monitor.h"
#include "core/pipeline/PipelineConfig.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/MonitorWindow.h"
#include "ui/SettingsData.h"
#include "ui/SettingsDialog.h"
#include "ui/WindowActivation.h"
#include "ui/wall/WallBinding.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace earshot {

GuiSession::GuiSession(QString configPath, bool demo, WallStart wall,
                       const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_configPath(configPath.isEmpty() ? prepareDefaultConfigPath() : std::move(configPath))
    , m_demoRequested(demo)
    , m_secrets(m_clock, keychainService)
    , m_wallStart(std::move(wall))
{
    // earshot --wall: no dialog may cover the wall, even before it is up.
    if (m_wallStart.enabled)
        MessageBox::setWallStarting(true);
}

GuiSession::~GuiSession()
{
    // The windows watch the monitor: they go first.
    MessageBox::setWallWindow(nullptr);
    MessageBox::setWallStarting(false);
    m_wall.reset();
    m_window.reset();
    m_metrics.reset();
    m_monitor.reset();
    m_demo.reset();
}

MainWindow *GuiSession::window() const
{
    return m_window.get();
}

DemoEnvironment *GuiSession::demo() const
{
    return m_demo.get();
}

void GuiSession::setDemoState(const DemoStateRequest &request)
{
    m_demoState = request;
}

void GuiSession::setRole(ConsoleRole role)
{
    m_role = role;
}

void GuiSession::start()
{
    if (m_demoRequested)
        startDemo();
    else
        startConfigured();
}

WallWindow *GuiSession::wallWindow() const
{
    return m_wall.get();
}

Monitor *GuiSession::currentMonitor() const
{
    if (m_demo)
        return &m_demo->monitor();
    return m_monitor.get();
}

WallConfig GuiSession::wallConfig() const
{
    // The demo reads no config for its pipeline, but a wall started with --demo still
    // follows the [wall] section of the config file when there is one.
    if (m_demo && QFileInfo::exists(m_configPath)) {
        const ConfigLoad load = loadConfigFile(m_configPath);
        if (load.ok())
            return load.config.wall;
    }
    return m_config.wall;
}

void GuiSession::showWall()
{
    Monitor *monitor = currentMonitor();
    if (!monitor && !m_wallStart.enabled)
        return; // the welcome page: nothing to show yet
    if (!m_wall && !monitor) {
        m_wall = std::make_unique<WallWindow>(false);
        m_wall->view()->setRotateSeconds(0);
        m_wall->view()->setNowSecs(m_clock.nowSecs());
        m_wall->view()->showProblem(tr("Not monitoring: %1 — F11 opens the window to fix it.")
                                        .arg(m_wallProblem.isEmpty()
                                                 ? tr("nothing is configured yet")
                                                 : m_wallProblem.simplified()));
        connect(m_wall.get(), &WallWindow::leaveRequested, this, &GuiSession::leaveWall);
    } else if (!m_wall) {
        // Started with --wall, the wall is the application: Esc must not drop it.
        m_wall = std::make_unique<WallWindow>(!m_wallStart.enabled);
        const qint64 lag =
            m_demo ? DemoEnvironment::kIngestLagSecs : qint64(m_config.schedule.ingestLagSecs);
        auto *binding = new WallBinding(*monitor, *m_wall->view(), wallConfig(), lag, m_wall.get());
        binding->refreshAll();
        connect(m_wall.get(), &WallWindow::leaveRequested, this, &GuiSession::leaveWall);
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen *s : screens)
        names.append(s->name());
    QSettings preferences;
    QString problem;
    const int chosen =
        chooseWallScreen(names, m_wallStart.screen,
                         preferences.value(QStringLiteral("wall/screen")).toString(), &problem);
    if (!problem.isEmpty()) {
        qCWarning(lcUi).noquote() << problem;
        std::fputs(qPrintable(QStringLiteral("earshot: ") + problem + u'\n'), stderr);
    }
    QScreen *screen = chosen >= 0 ? screens[chosen] : QGuiApplication::primaryScreen();
    if (screen)
        preferences.setValue(QStringLiteral("wall/screen"), screen->name());
    m_wall->showOnScreen(screen);
    MessageBox::setWallWindow(m_wall.get());
    if (m_window)
        m_window->setWallActive(true);
}

void GuiSession::leaveWall()
{
    if (!m_wall)
        return;
    m_wall->hide();
    MessageBox::setWallWindow(nullptr);
    MessageBox::setWallStarting(false); // the operator is at the desk window now
    if (m_window) {
        m_window->setWallActive(false);
        if (!m_window->isVisible())
            bringToFront(m_window.get());
    }
}

void GuiSession::closeWall()
{
    // The monitor behind the wall is about to change: the next showWall binds a new one.
    if (!m_wall)
        return;
    MessageBox::setWallWindow(nullptr);
    m_wall->hide();
    m_wall.release()->deleteLater();
}

void GuiSession::showWallProblem(const QString &why)
{
    // No window to hide behind the wall: an empty desk window, so F11 leads somewhere.
    m_wallProblem = why;
    auto window = std::make_unique<MainWindow>();
    window->showWelcome(true);
    showWindow(std::move(window));
}

void GuiSession::showWindow(std::unique_ptr<MainWindow> window)
{
    const bool wallWasUp = m_wall && m_wall->isVisible();
    closeWall();
    connect(window.get(), &MainWindow::settingsRequested, this, &GuiSession::openSettings);
    connect(window.get(), &MainWindow::demoRequested, this, &GuiSession::startDemo);
    connect(window.get(), &MainWindow::quitRequested, qApp, &QApplication::quit);
    connect(window.get(), &MainWindow::wallRequested, this, [this] {
        if (m_wall && m_wall->isVisible())
            leaveWall();
        else
            showWall();
    });
    // earshot --wall: the first window stays hidden behind the wall (which says why it
    // has nothing to show when there is no monitor).
    const bool kiosk = m_wallStart.enabled && !m_kioskShown;
    m_kioskShown = m_kioskShown || kiosk;
    if (!kiosk)
        window->show();
    std::unique_ptr<MainWindow> old = std::exchange(m_window, std::move(window));
    if (old) {
        // It may be the sender of the signal being handled: delete it later.
        old->setMonitoringActive(false);
        old->hide();
        old.release()->deleteLater();
    }
    if (kiosk || wallWasUp)
        showWall();
}

void GuiSession::showWelcome(const QString &why)
{
    qCInfo(lcUi).noquote() << "first run:" << why;
    m_wallProblem = why;
    auto window = std::make_unique<MainWindow>();
    window->showWelcome(true);
    showWindow(std::move(window));
}

// The demo has a database of its own, recreated at each start: a demo asked for from the
// welcome page takes its lock, or brings forward the Earshot whose demo already runs.
bool GuiSession::claimDemoDatabase()
{
    if (m_demoRequested || m_demoInstance)
        return true; // claimed at start (--demo), or earlier in this session
    auto instance = std::make_unique<SingleInstance>(ActivationServer::Role::Window);
    if (instance->claim(Database::defaultPath(true)) != SingleInstance::Outcome::Claimed) {
        MessageBox::information(m_window.get(), tr("Earshot demo"), instance->message());
        return false;
    }
    connect(instance.get(), &SingleInstance::activationRequested, this,
            [this] { bringToFront(m_window.get()); });
    m_demoInstance = std::move(instance);
    return true;
}

void GuiSession::stopMonitoring()
{
    if (m_window) {
        m_window->setMonitoringActive(false);
        m_window->hide();
        m_window.release()->deleteLater();
    }
    // At once: the next monitor's endpoint listens on the same address.
    m_metrics.reset();
    // After the window that watches them (deferred deletions run in order).
    if (m_monitor)
        m_monitor.release()->deleteLater();
    if (m_demo)
        m_demo.release()->deleteLater();
}

void GuiSession::startDemo()
{
    if (!claimDemoDatabase())
        return;
    stopMonitoring();
    auto created = DemoEnvironment::create(Database::defaultPath(true));
    if (!created.ok()) {
        MessageBox::warning(nullptr, tr("Earshot demo"), created.error().message);
        if (m_wallStart.enabled && !m_kioskShown)
            showWallProblem(created.error().message);
        return;
    }
    m_demo = std::move(created).value();
    if (m_demoState)
        holdDemoState(*m_demo, *m_demoState);
    auto window = std::make_unique<MonitorWindow>(m_demo->monitor());
    window->setWindowTitle(tr("Earshot — demo (simulated Genesys Cloud and PagerDuty)"));
    window->setMonitoringActive(true);
    m_demo->start();
    showWindow(std::move(window));
}

void GuiSession::startConfigured()
{
    if (QFileInfo::exists(m_configPath)) {
        const ConfigLoad load = loadConfigFile(m_configPath);
        if (!load.ok()) {
            showWelcome(load.errors.join(u'\n'));
            MessageBox::warning(m_window.get(), tr("Earshot"),
                                tr("The configuration %1 has problems:\n%2")
                                    .arg(m_configPath, load.errors.join(u'\n')));
            return;
        }
        m_config = load.config;
    }
    loadGenesysCredentials(&m_secrets, this, [this](Result<GenesysCredentials> c) {
        // A viewer of a shared database never signs in to Genesys Cloud: a wall PC needs no
        // credentials of its own.
        if (!c.ok() && m_role == ConsoleRole::Viewer && m_config.storage.postgres())
            c = GenesysCredentials{};
        if (!c.ok()) {
            showWelcome(c.error().message);
            return;
        }
        const auto resolved = resolveConfig(m_config);
        if (!resolved.ok()) {
            showWelcome(resolved.error().message);
            return;
        }
        MonitorSetup setup =
            monitorSetup(m_config, resolved.value(), c.value(), m_clock, &m_secrets);
        setup.role = m_role;
        setup.savePolicy = [this](const AlertPolicy &policy) {
            m_config.policy = policy;
            return saveConfigFile(m_config, m_configPath);
        };
        completeStorageSetup(setup, &m_secrets, this, [this](const Result<MonitorSetup> &s) {
            if (!s.ok()) {
                showWelcome(s.error().message);
                return;
            }
            startMonitoring(s.value());
        });
    });
}

void GuiSession::startMonitoring(const MonitorSetup &setup)
{
    {
        auto monitor = Monitor::create(setup);
        if (!monitor.ok()) {
            showWelcome(monitor.error().message);
            MessageBox::warning(m_window.get(), tr("Earshot"), monitor.error().message);
            return;
        }
        stopMonitoring();
        m_monitor = std::move(monitor).value();
        // On a shared database another console took over while this one was cut off: this
        // Monitor stores nothing more, so a new one views (and may take over again).
        connect(m_monitor.get(), &Monitor::storageStatusChanged, this, [this, setup] {
            if (!m_monitor || !m_monitor->leadershipLost())
                return;
            QTimer::singleShot(0, this, [this, setup] {
                if (m_monitor && m_monitor->leadershipLost())
                    startMonitoring(setup);
            });
        });
        auto window = std::make_unique<MonitorWindow>(*m_monitor);
        window->setMonitoringActive(true);
        m_monitor->start();
        showWindow(std::move(window));
        serveMetrics();
    }
}

void GuiSession::serveMetrics()
{
    auto served = serveMonitorMetrics(m_config.metrics, *m_monitor);
    if (served.ok()) {
        m_metrics = std::move(served).value();
        return;
    }
    // Monitoring and paging go on; only Prometheus goes without.
    qCWarning(lcMetrics).noquote() << served.error().message;
    MessageBox::warning(m_window.get(), tr("Earshot"),
                        tr("%1\nMonitoring and paging go on without the metrics endpoint; fix "
                           "[metrics] listen in %2 and restart Earshot.")
                            .arg(served.error().message, m_configPath));
}

void GuiSession::openSettings()
{
    // Environment first (it wins), else the keychain; each read answers asynchronously.
    auto read = [this](const QString &key, const char *variable, QString *out,
                       std::function<void()> next) {
        if (qEnvironmentVariableIsSet(variable)) {
            *out = qEnvironmentVariable(variable);
            next();
            return;
        }
        m_secrets.read(key, this, [out, next](const Result<QString> &value) {
            *out = value.ok() ? value.value() : QString();
            next();
        });
    };
    m_account = {};
    read(kClientIdKey, "GENESYS_CLIENT_ID", &m_account.clientId, [this, read] {
        read(kClientSecretKey, "GENESYS_CLIENT_SECRET", &m_account.clientSecret, [this, read] {
            read(RoutingKeyProvider::kKeychainKey, RoutingKeyProvider::kEnvironmentVariable,
                 &m_account.pagerDutyKey, [this, read] {
                     read(IncidentFollower::kKeychainKey, IncidentFollower::kEnvironmentVariable,
                          &m_account.pagerDutyApiToken, [this, read] {
                              // With SQLite there is no database password to show.
                              if (!m_config.storage.postgres()) {
                                  showSettings();
                                  return;
                              }
                              read(kDatabasePasswordKey, kDatabasePasswordVariable,
                                   &m_account.databasePassword, [this] { showSettings(); });
                          });
                 });
        });
    });
}

void GuiSession::showSettings()
{
    SettingsData data;
    data.region = m_config.genesys.loginUrl.isEmpty() ? m_config.genesys.region : customRegionKey();
    data.loginUrl = m_config.genesys.loginUrl;
    data.apiUrl = m_config.genesys.apiUrl;
    data.source = m_config.genesys.source;
    data.windowSecs = m_config.schedule.windowSecs;
    data.ingestLagSecs = m_config.schedule.ingestLagSecs;
    data.monitoredQueueIds = m_config.genesys.queues;
    data.language = storedLanguage(QSettings());
    data.clientId = qEnvironmentVariable("GENESYS_CLIENT_ID");
    data.clientSecretFromEnvironment = qEnvironmentVariableIsSet("GENESYS_CLIENT_SECRET");
    data.pagerDutyKeyFromEnvironment =
        qEnvironmentVariableIsSet(RoutingKeyProvider::kEnvironmentVariable);
    if (data.pagerDutyKeyFromEnvironment)
        data.pagerDutyKey = qEnvironmentVariable(RoutingKeyProvider::kEnvironmentVariable);
    data.pagerDutyApiTokenFromEnvironment =
        qEnvironmentVariableIsSet(IncidentFollower::kEnvironmentVariable);
    if (data.pagerDutyApiTokenFromEnvironment)
        data.pagerDutyApiToken = qEnvironmentVariable(IncidentFollower::kEnvironmentVariable);
    data.repageAfterFreshBreach = m_config.pagerduty.repageAfterFreshBreach;
    const auto inUse = [this](const QString &value, const char *variable) {
        if (m_demo)
            return SettingsData::InUse{{}, SettingsData::Origin::Demo};
        if (value.isEmpty())
            return SettingsData::InUse{};
        return SettingsData::InUse{maskSecret(value), qEnvironmentVariableIsSet(variable)
                                                          ? SettingsData::Origin::Environment
                                                          : SettingsData::Origin::Keychain};
    };
    data.clientIdInUse = inUse(m_account.clientId, "GENESYS_CLIENT_ID");
    data.clientSecretInUse = inUse(m_account.clientSecret, "GENESYS_CLIENT_SECRET");
    data.pagerDutyKeyInUse =
        inUse(m_account.pagerDutyKey, RoutingKeyProvider::kEnvironmentVariable);
    data.pagerDutyApiTokenInUse =
        inUse(m_account.pagerDutyApiToken, IncidentFollower::kEnvironmentVariable);
    if (m_config.storage.postgres()) {
        // Named beside the password field (never with the password).
        data.sharedDatabase = sharedStorageOf(m_config.storage)->describe();
        data.databasePasswordFromEnvironment = qEnvironmentVariableIsSet(kDatabasePasswordVariable);
        if (data.databasePasswordFromEnvironment)
            data.databasePassword = qEnvironmentVariable(kDatabasePasswordVariable);
        data.databasePasswordInUse = inUse(m_account.databasePassword, kDatabasePasswordVariable);
    }
    QList<QueueInfo> queues;
    if (m_monitor && !m_demo) {
        const auto directory = m_monitor->directoryQueues();
        if (directory.ok())
            queues = directory.value();
        else // the dialog still opens: the queue ids can be typed in
            qCWarning(lcUi).noquote() << directory.error().message;
    }
    auto *dialog = new SettingsDialog(data, queues, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::testGenesysRequested, this,
            [this, dialog](const SettingsData &d) { testGenesys(dialog, d); });
    connect(dialog, &SettingsDialog::testPagerDutyRequested, this,
            [this, dialog](const SettingsData &d) { testPagerDuty(dialog, d); });
    connect(dialog, &SettingsDialog::testPagerDutyApiTokenRequested, this,
            [this, dialog](const SettingsData &d) { testPagerDutyApiToken(dialog, d); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveSettings(dialog->data()); });
    connect(dialog, &QObject::destroyed, this, [this] { m_account = {}; });
    dialog->open();
}

void GuiSession::saveSettings(const SettingsData &data)
{
    const bool custom = data.region == customRegionKey();
    m_config.genesys.region = custom ? QString() : data.region;
    m_config.genesys.loginUrl = custom ? data.loginUrl : QUrl();
    m_config.genesys.apiUrl = custom ? data.apiUrl : QUrl();
    m_config.genesys.source = data.source;
    m_config.genesys.queues = data.monitoredQueueIds;
    m_config.schedule.windowSecs = data.windowSecs;
    m_config.schedule.ingestLagSecs = data.ingestLagSecs;
    m_config.pagerduty.repageAfterFreshBreach = data.repageAfterFreshBreach;
    // The language is the user's preference, not the monitoring config a server shares.
    QSettings preferences;
    storeLanguage(preferences, data.language);
    if (Status s = saveConfigFile(m_config, m_configPath); !s.ok()) {
        MessageBox::warning(m_window.get(), tr("Earshot"), s.error().message);
        return;
    }
    // Secrets go to the keychain only; empty fields keep what is stored.
    QList<std::pair<QString, QString>> secrets;
    if (!qEnvironmentVariableIsSet("GENESYS_CLIENT_ID") && !data.clientId.isEmpty())
        secrets.append({kClientIdKey, data.clientId});
    if (!data.clientSecretFromEnvironment && !data.clientSecret.isEmpty())
        secrets.append({kClientSecretKey, data.clientSecret});
    if (!data.pagerDutyKeyFromEnvironment && !data.pagerDutyKey.isEmpty())
        secrets.append({RoutingKeyProvider::kKeychainKey, data.pagerDutyKey});
    if (!data.pagerDutyApiTokenFromEnvironment && !data.pagerDutyApiToken.isEmpty())
        secrets.append({IncidentFollower::kKeychainKey, data.pagerDutyApiToken});
    if (!data.databasePasswordFromEnvironment && !data.databasePassword.isEmpty())
        secrets.append({kDatabasePasswordKey, data.databasePassword});
    // Start again on the new settings once the keychain has answered every write, so the
    // new pipeline reads what was just entered (the database password too: after a refused
    // login, the new session logs in with the one just entered).
    const auto restart = [this] {
        stopMonitoring();
        startConfigured();
        emit settingsApplied();
    };
    if (secrets.isEmpty()) {
        restart();
        return;
    }
    auto pending = std::make_shared<int>(int(secrets.size()));
    for (const auto &[key, value] : secrets) {
        m_secrets.write(key, value, this, [this, pending, restart](const Status &s) {
            if (!s.ok())
                MessageBox::warning(m_window.get(), tr("Earshot"), s.error().message);
            if (--*pending == 0)
                restart();
        });
    }
}

void GuiSession::testGenesys(SettingsDialog *dialog, const SettingsData &data)
{
    AppConfig config = m_config;
    const bool custom = data.region == customRegionKey();
    config.genesys.region = custom ? QString() : data.region;
    config.genesys.loginUrl = custom ? data.loginUrl : QUrl();
    config.genesys.apiUrl = custom ? data.apiUrl : QUrl();
    const auto resolved = resolveConfig(config);
    if (!resolved.ok()) {
        if (dialog)
            dialog->showGenesysTestResult(false, resolved.error().message);
        return;
    }
    GenesysSettings settings = resolved.value().genesys;
    // An empty field keeps what is in use for your account (environment or keychain).
    settings.clientId = data.clientId.isEmpty() ? m_account.clientId : data.clientId;
    settings.clientSecret =
        data.clientSecret.isEmpty() ? m_account.clientSecret : data.clientSecret;
    settings.backoff.maxRetries = 1;
    auto *network = new QNetworkAccessManager(this);
    auto *stack = new GenesysStack(*network, m_clock, settings, network);
    QPointer<SettingsDialog> guard(dialog);
    stack->directory().refresh(this, [guard, stack, network](const Status &s) {
        if (guard)
            guard->showGenesysTestResult(s.ok(),
                                         s.ok() ? tr("Connected: %n queue(s) visible.", nullptr,
                                                     int(stack->directory().queues().size()))
                                                : s.error().message);
        network->deleteLater();
    });
}

void GuiSession::testPagerDuty(SettingsDialog *dialog, const SettingsData &data)
{
    const QString key = data.pagerDutyKey.trimmed().isEmpty() ? m_account.pagerDutyKey
                                                              : data.pagerDutyKey.trimmed();
    if (!RoutingKeyProvider::looksValid(key)) {
        dialog->showPagerDutyTestResult(
            false, tr("An integration key is 32 letters and digits: verify the integration key."));
        return;
    }
    if (MessageBox::question(dialog, tr("Test PagerDuty"),
                             tr("The key looks right. Send a test incident to PagerDuty now and "
                                "resolve it at once? Whoever is on call may be notified.")) !=
        QMessageBox::Yes) {
        dialog->showPagerDutyTestResult(true, tr("The key has the right form (nothing was sent)."));
        return;
    }
    PagerDutySettings settings;
    settings.eventsUrl = m_config.pagerduty.eventsUrl;
    settings.source = m_config.pagerduty.source;
    settings.component = m_config.pagerduty.component;
    auto *network = new QNetworkAccessManager(this);
    QPointer<SettingsDialog> guard(dialog);
    // The dialog may close first: the test still ends (and resolves what it triggered).
    PagerDutyConnectionTest::run(*network, m_clock, settings, key, network,
                                 [guard, network](bool accepted, const QString &message) {
                                     if (guard)
                                         guard->showPagerDutyTestResult(accepted, message);
                                     network->deleteLater();
                                 });
}

void GuiSession::testPagerDutyApiToken(SettingsDialog *target, const SettingsData &data)
{
    const QPointer<SettingsDialog> dialog(target);
    // The field shows the key in use masked: an untouched field tests that one.
    const QString token = data.pagerDutyApiToken.trimmed().isEmpty()
                              ? m_account.pagerDutyApiToken
                              : data.pagerDutyApiToken.trimmed();
    PagerDutySettings settings;
    settings.apiUrl = m_config.pagerduty.apiUrl;
    auto *network = new QNetworkAccessManager(this);
    checkPagerDutyRestKey(*network, settings, token, network,
                          [dialog, network](const RestKeyCheck &check) {
                              if (dialog)
                                  dialog->showPagerDutyApiTokenTestResult(check.works, check.text);
                              network->deleteLater();
                          });
}

} // namespace earshot
