#include "core/config/ConfigLoader.h"
#include "core/config/ListenAddress.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

class TestConfigLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &ini)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("c%1.ini").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write temp file");
        f.write(ini);
        return path;
    }

    static bool anyContains(const QStringList &list, const QString &needle)
    {
        for (const QString &s : list) {
            if (s.contains(needle))
                return true;
        }
        return false;
    }

private slots:
    void everyDocumentedKey()
    {
        const QString path = write("[genesys]\n"
                                   "region = eu-central-1\n"
                                   "source = summary\n"
                                   "queues = q-1, q-2\n"
                                   "[schedule]\n"
                                   "window_seconds = 300\n"
                                   "ingest_lag_seconds = 90\n"
                                   "request_timeout_seconds = 12\n"
                                   "[thresholds]\n"
                                   "mos_warning = 3.6\n"
                                   "mos_critical = 3.1\n"
                                   "jitter_warning_ms = 40\n"
                                   "jitter_critical_ms = 80\n"
                                   "loss_warning_percent = 0.5\n"
                                   "loss_critical_percent = 2\n"
                                   "min_calls = 3\n"
                                   "latency_enabled = false\n"
                                   "[alerting]\n"
                                   "raise_after_windows = 2\n"
                                   "clear_after_windows = 3\n"
                                   "storm_queues = 10\n"
                                   "storm_percent = 25\n"
                                   "[health]\n"
                                   "page_after_windows = 4\n"
                                   "heartbeat_url = https://hc-ping.com/0b1c\n"
                                   "[pagerduty]\n"
                                   "events_url = https://events.eu.pagerduty.com/v2/enqueue\n"
                                   "source = NOC Earshot\n"
                                   "component = SBC\n"
                                   "[storage]\n"
                                   "database = /var/lib/earshot/earshot.sqlite\n"
                                   "[metrics]\n"
                                   "listen = 127.0.0.1:9464\n"
                                   "[queue.q-1]\n"
                                   "mos_warning = 3.9\n"
                                   "mos_critical = 3.4\n"
                                   "raise_after_windows = 1\n");
        const ConfigLoad load = loadConfigFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(u'\n')));
        const AppConfig &c = load.config;
        QCOMPARE(c.genesys.region, QStringLiteral("eu-central-1"));
        QCOMPARE(c.genesys.source, QualitySourceKind::Summary);
        QCOMPARE(c.genesys.queues, (QStringList{QStringLiteral("q-1"), QStringLiteral("q-2")}));
        QCOMPARE(c.schedule.ingestLagSecs, 90);
        QCOMPARE(c.schedule.requestTimeoutSecs, 12);
        QCOMPARE(c.policy.global[Metric::Mos].warning, 3.6);
        QCOMPARE(c.policy.global[Metric::Mos].critical, 3.1);
        QCOMPARE(c.policy.global[Metric::Jitter].critical, 80.0);
        QCOMPARE(c.policy.global[Metric::PacketLoss].warning, 0.5);
        QVERIFY(!c.policy.global[Metric::Latency].enabled);
        QCOMPARE(c.policy.global.minCalls, 3);
        QCOMPARE(c.policy.raiseAfterWindows, 2);
        QCOMPARE(c.policy.clearAfterWindows, 3);
        QCOMPARE(c.storm, (StormPolicy{10, 25}));
        QCOMPARE(c.health.pageAfterWindows, 4);
        QCOMPARE(c.health.heartbeatUrl, QUrl(QStringLiteral("https://hc-ping.com/0b1c")));
        QCOMPARE(c.pagerduty.source, QStringLiteral("NOC Earshot"));
        QCOMPARE(c.pagerduty.component, QStringLiteral("SBC"));
        QCOMPARE(c.storage.databasePath, QStringLiteral("/var/lib/earshot/earshot.sqlite"));
        QCOMPARE(c.metrics.listen, QStringLiteral("127.0.0.1:9464"));
        QVERIFY(c.policy.overrides.contains(QStringLiteral("q-1")));
        const QueueOverride &o = c.policy.overrides.value(QStringLiteral("q-1"));
        QCOMPARE(o.metrics[metricIndex(Metric::Mos)]->warning, 3.9);
        QCOMPARE(o.raiseAfterWindows, std::optional<int>(1));
        QVERIFY(!o.metrics[metricIndex(Metric::PacketLoss)].has_value());
    }

    void defaultsWhenEmpty()
    {
        const ConfigLoad load = loadConfigFile(write(""));
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QCOMPARE(load.config.schedule.windowSecs, 300);
        QCOMPARE(load.config.schedule.ingestLagSecs, 60);
        QCOMPARE(load.config.schedule.requestTimeoutSecs, 30);
        QCOMPARE(load.config.policy.global[Metric::Mos].warning, 3.5);
        QCOMPARE(load.config.policy.global[Metric::Mos].critical, 3.0);
        QCOMPARE(load.config.policy.global[Metric::Jitter].warning, 50.0);
        QCOMPARE(load.config.policy.global[Metric::PacketLoss].warning, 1.0);
        QCOMPARE(load.config.pagerduty.eventsUrl,
                 QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue")));
        QVERIFY(!load.config.storm.enabled()); // off unless chosen (README, "Storms")
        QCOMPARE(load.config.health.pageAfterWindows, 3);
        QVERIFY(load.config.health.heartbeatUrl.isEmpty());
        QVERIFY(load.config.metrics.listen.isEmpty()); // off unless configured
    }

    void reportsEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << QByteArray("[thresholds]\nmos_warning = abc\n")
                                      << QStringLiteral("thresholds/mos_warning");
        QTest::newRow("bad source")
            << QByteArray("[genesys]\nsource = rtcp\n") << QStringLiteral("genesys/source");
        QTest::newRow("http remote")
            << QByteArray("[pagerduty]\nevents_url = http://events.pagerduty.com/v2/enqueue\n")
            << QStringLiteral("https://");
        QTest::newRow("short window remote")
            << QByteArray("[schedule]\nwindow_seconds = 60\n") << QStringLiteral("loopback");
        QTest::newRow("no request timeout")
            << QByteArray("[schedule]\nrequest_timeout_seconds = 0\n")
            << QStringLiteral("request_timeout_seconds must be between 1 and 300; got 0");
        QTest::newRow("request timeout over 5 minutes")
            << QByteArray("[schedule]\nrequest_timeout_seconds = 301\n")
            << QStringLiteral("request_timeout_seconds must be between 1 and 300; got 301");
        QTest::newRow("window not dividing a day")
            << QByteArray("[schedule]\nwindow_seconds = 7\n") << QStringLiteral("divide");
        QTest::newRow("inverted mos")
            << QByteArray("[thresholds]\nmos_warning = 3.0\nmos_critical = 3.5\n")
            << QStringLiteral("MOS");
        QTest::newRow("secret in file")
            << QByteArray("[genesys]\nclient_secret = hunter2-very-secret\n")
            << QStringLiteral("secrets do not belong");
        QTest::newRow("wall rotation too fast")
            << QByteArray("[wall]\nrotate_seconds = 1\n") << QStringLiteral("rotate_seconds");
        QTest::newRow("wall rotation not a number") << QByteArray("[wall]\nrotate_seconds = soon\n")
                                                    << QStringLiteral("wall/rotate_seconds");
        QTest::newRow("wall theme")
            << QByteArray("[wall]\ntheme = neon\n") << QStringLiteral("neither dark nor light");
        QTest::newRow("wall sound")
            << QByteArray("[wall]\nsound = loud\n") << QStringLiteral("wall/sound");
        QTest::newRow("wall group without patterns")
            << QByteArray("[wall]\ngroups = Paris\n") << QStringLiteral("[wall] groups");
        QTest::newRow("wall group named twice")
            << QByteArray("[wall]\ngroups = Paris: P-* | paris: Q-*\n")
            << QStringLiteral("named twice");
        QTest::newRow("wall queues too long")
            << QByteArray("[wall]\nqueues = " + QByteArray(300, 'x') + "\n")
            << QStringLiteral("at most 255");
        QTest::newRow("storm of one queue")
            << QByteArray("[alerting]\nstorm_queues = 1\n") << QStringLiteral("storm_queues");
        QTest::newRow("storm over 100 percent")
            << QByteArray("[alerting]\nstorm_percent = 150\n") << QStringLiteral("storm_percent");
        QTest::newRow("storm not a number") << QByteArray("[alerting]\nstorm_queues = many\n")
                                            << QStringLiteral("alerting/storm_queues");
        QTest::newRow("watchdog negative") << QByteArray("[health]\npage_after_windows = -1\n")
                                           << QStringLiteral("page_after_windows");
        QTest::newRow("heartbeat over http")
            << QByteArray("[health]\nheartbeat_url = http://hc-ping.com/0b1c\n")
            << QStringLiteral("[health] heartbeat_url");
        QTest::newRow("metrics listen without a port")
            << QByteArray("[metrics]\nlisten = 127.0.0.1\n") << QStringLiteral("[metrics] listen");
        QTest::newRow("metrics listen on port 0")
            << QByteArray("[metrics]\nlisten = 127.0.0.1:0\n") << QStringLiteral("1 to 65535");
        QTest::newRow("metrics listen on a host name")
            << QByteArray("[metrics]\nlisten = metrics.example.com:9464\n")
            << QStringLiteral("not an IP address");
        QTest::newRow("metrics listen on IPv6 without brackets")
            << QByteArray("[metrics]\nlisten = ::1:9464\n") << QStringLiteral("[::1]:9464");
        QTest::newRow("login without api")
            << QByteArray("[genesys]\nlogin_url = https://login.example.com\n")
            << QStringLiteral("go together");
        QTest::newRow("storage backend unknown") << QByteArray("[storage]\nbackend = oracle\n")
                                                 << QStringLiteral("sqlite or postgresql");
        QTest::newRow("postgresql without host")
            << QByteArray("[storage]\nbackend = postgresql\ndbname = noc\nuser = earshot\n")
            << QStringLiteral("[storage] host is needed");
        QTest::newRow("postgresql without dbname")
            << QByteArray("[storage]\nbackend = postgresql\nhost = db\nuser = earshot\n")
            << QStringLiteral("[storage] dbname is needed");
        QTest::newRow("postgresql port out of range")
            << QByteArray("[storage]\nbackend = postgresql\nhost = db\ndbname = noc\n"
                          "user = earshot\nport = 70000\n")
            << QStringLiteral("[storage] port");
        QTest::newRow("postgresql sslmode unknown")
            << QByteArray("[storage]\nbackend = postgresql\nhost = db\ndbname = noc\n"
                          "user = earshot\nsslmode = maybe\n")
            << QStringLiteral("verify-full");
        QTest::newRow("postgresql user with a space")
            << QByteArray("[storage]\nbackend = postgresql\nhost = db\ndbname = noc\n"
                          "user = \"a b\"\n")
            << QStringLiteral("cannot contain spaces");
        QTest::newRow("postgresql password in the file")
            << QByteArray("[storage]\nbackend = postgresql\nhost = db\ndbname = noc\n"
                          "user = earshot\npassword = hunter2\n")
            << QStringLiteral("EARSHOT_DB_PASSWORD");
    }

    void reportsEveryProblem()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expected);
        const ConfigLoad load = loadConfigFile(write(ini));
        QVERIFY(!load.ok());
        QVERIFY2(anyContains(load.errors, expected), qPrintable(load.errors.join(u'\n')));
        // A secret's value never appears in what we say about it.
        QVERIFY(!anyContains(load.errors, QStringLiteral("hunter2")));
    }

    void shortWindowIsFineOnLoopback()
    {
        const ConfigLoad load =
            loadConfigFile(write("[genesys]\nlogin_url = http://127.0.0.1:8080\n"
                                 "api_url = http://127.0.0.1:8080\n"
                                 "[pagerduty]\nevents_url = http://localhost:9000/v2/enqueue\n"
                                 "[schedule]\nwindow_seconds = 60\n"));
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
    }

    void unknownKeysWarn()
    {
        const ConfigLoad load = loadConfigFile(write("[thresholds]\nmos_warnign = 3.2\n"));
        QVERIFY(load.ok());
        QVERIFY(anyContains(load.warnings, QStringLiteral("mos_warnign")));
    }

    void oversizedFieldIsAnError()
    {
        const ConfigLoad load =
            loadConfigFile(write("[pagerduty]\ncomponent = " + QByteArray(600 * 1024, 'x') + "\n"));
        QVERIFY(!load.ok());
        QVERIFY(anyContains(load.errors, QStringLiteral("pagerduty/component")));
        QVERIFY(load.errors.join(u'\n').size() < 2000); // the value is not echoed
        const ConfigLoad fine =
            loadConfigFile(write("[pagerduty]\ncomponent = " + QByteArray(255, 'x') + "\n"));
        QVERIFY2(fine.ok(), qPrintable(fine.errors.join(u'\n')));
        QVERIFY(!loadConfigFile(write("[genesys]\nregion = " + QByteArray(300, 'r') + "\n")).ok());
    }

    void randomBytesAreNotAConfig()
    {
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 4096; ++i) {
            x = x * 1103515245u + 12345u;
            noise.append(char(x >> 16));
        }
        const ConfigLoad load = loadConfigFile(write(noise));
        QVERIFY(!load.ok());
        for (const QString &e : load.errors + load.warnings) {
            for (const QChar c : e)
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(e));
        }
    }

    void keysWithoutAKnownSectionAreAnError()
    {
        const ConfigLoad load = loadConfigFile(write("hello = world\n[random]\nx = 1\n"));
        QVERIFY(!load.ok());
        QVERIFY(anyContains(load.errors, QStringLiteral("not an Earshot config")));
    }

    void nulInsideAValueIsAnError()
    {
        const ConfigLoad load =
            loadConfigFile(write(QByteArray("[schedule]\nwindow_seconds=3\0 00\n", 32)));
        QVERIFY(!load.ok());
        QVERIFY(anyContains(load.errors, QStringLiteral("not a text file")));
        QVERIFY(anyContains(load.errors, QStringLiteral("line 2")));
    }

    void controlCharactersAreNeverEchoed()
    {
        // An INI escape smuggles an ESC into a value: the message shows it escaped.
        const ConfigLoad load =
            loadConfigFile(write("[schedule]\nwindow_seconds = \"\\x1b[2J300\"\n"));
        QVERIFY(!load.ok());
        for (const QString &e : load.errors) {
            for (const QChar c : e)
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(e));
        }
        QVERIFY(!loadConfigFile(write("[schedule]\nwindow_seconds = 3\x1b"
                                      "00\n"))
                     .ok());
    }

    void overOneMegabyteIsRefused()
    {
        QByteArray big = "[genesys]\nregion = eu-central-1\n";
        while (big.size() <= kMaxConfigFileBytes)
            big += "unknown_key_" + QByteArray::number(big.size()) + " = 1\n";
        const ConfigLoad load = loadConfigFile(write(big));
        QVERIFY(!load.ok());
        QCOMPARE(load.errors.size(), 1);
        QVERIFY(load.errors[0].contains(QStringLiteral("1 MB")));
        QVERIFY(load.warnings.isEmpty());
    }

    void warningsAreCapped()
    {
        QByteArray many = "[genesys]\n";
        for (int i = 0; i < 500; ++i)
            many += "unknown_" + QByteArray::number(i) + " = 1\n";
        const ConfigLoad load = loadConfigFile(write(many));
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QCOMPARE(load.warnings.size(), kMaxConfigWarnings + 1);
        QVERIFY(load.warnings.constLast().contains(QStringLiteral("480 more")));
    }

    void clientIdInTheFileIsASecretError()
    {
        const ConfigLoad load = loadConfigFile(write("[genesys]\nclient_id = abc\n"));
        QVERIFY(!load.ok());
        QVERIFY(anyContains(load.errors, QStringLiteral("genesys/client_id")));
        QVERIFY(!load.errors.join(u'\n').contains(QStringLiteral("abc")));
    }

    void missingFile()
    {
        const ConfigLoad load = loadConfigFile(m_dir.filePath(QStringLiteral("nope.ini")));
        QVERIFY(!load.ok());
        QVERIFY(anyContains(load.errors, QStringLiteral("does not exist")));
    }

    void wallSection()
    {
        const QString path = write("[wall]\n"
                                   "rotate_seconds = 20\n"
                                   "queues = PAR-*, LYO-*, Support?\n"
                                   "groups = Paris: PAR-*, Paris * | Lyon: LYO-*\n"
                                   "theme = light\n"
                                   "sound = true\n");
        const ConfigLoad load = loadConfigFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(u'\n')));
        const WallConfig &w = load.config.wall;
        QCOMPARE(w.rotateSecs, 20);
        QCOMPARE(w.queuePatterns, (QStringList{QStringLiteral("PAR-*"), QStringLiteral("LYO-*"),
                                               QStringLiteral("Support?")}));
        QCOMPARE(w.groups.size(), 2);
        QCOMPARE(w.groups[0].name, QStringLiteral("Paris"));
        QCOMPARE(w.groups[0].patterns,
                 (QStringList{QStringLiteral("PAR-*"), QStringLiteral("Paris *")}));
        QCOMPARE(w.groups[1].name, QStringLiteral("Lyon"));
        QCOMPARE(w.theme, WallTheme::Light);
        QVERIFY(w.sound);

        const ConfigLoad defaults = loadConfigFile(write("[genesys]\nregion = eu-central-1\n"));
        QVERIFY(defaults.ok());
        QCOMPARE(defaults.config.wall.rotateSecs, 15);
        QVERIFY(defaults.config.wall.queuePatterns.isEmpty());
        QCOMPARE(defaults.config.wall.theme, WallTheme::Dark);
        QVERIFY(!defaults.config.wall.sound);
    }

    void saveThenLoadRoundTrips()
    {
        AppConfig c;
        c.genesys.region = QStringLiteral("ap-southeast-2");
        c.genesys.queues = {QStringLiteral("a"), QStringLiteral("b")};
        c.policy.global[Metric::Mos].warning = 3.7;
        QueueOverride o;
        o.metrics[metricIndex(Metric::PacketLoss)] = MetricThreshold{true, 2.0, 4.0};
        o.clearAfterWindows = 4;
        c.policy.overrides.insert(QStringLiteral("a"), o);
        // Applying thresholds from the window rewrites the file: [wall] must survive it.
        c.wall.rotateSecs = 42;
        c.wall.queuePatterns = {QStringLiteral("PAR-*"), QStringLiteral("Support?")};
        c.wall.groups = {
            WallGroup{QStringLiteral("Paris"), {QStringLiteral("PAR-*")}},
            WallGroup{QStringLiteral("Lyon"), {QStringLiteral("LYO-*"), QStringLiteral("Lyon *")}}};
        c.wall.theme = WallTheme::Light;
        c.wall.sound = true;
        c.storm = StormPolicy{12, 0};
        c.health.pageAfterWindows = 5;
        c.health.heartbeatUrl = QUrl(QStringLiteral("http://127.0.0.1:9/ping"));
        c.metrics.listen = QStringLiteral("[::1]:9464");
        c.storage.backend = QStringLiteral("postgresql");
        c.storage.host = QStringLiteral("db.noc.example");
        c.storage.port = 6432;
        c.storage.dbname = QStringLiteral("earshot");
        c.storage.user = QStringLiteral("noc");
        c.storage.sslmode = QStringLiteral("verify-full");
        const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
        QVERIFY(saveConfigFile(c, path).ok());
        const ConfigLoad load = loadConfigFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QCOMPARE(load.config.genesys.region, c.genesys.region);
        QCOMPARE(load.config.genesys.queues, c.genesys.queues);
        QCOMPARE(load.config.policy, c.policy);
        QCOMPARE(load.config.wall.rotateSecs, 42);
        QCOMPARE(load.config.wall.queuePatterns, c.wall.queuePatterns);
        QCOMPARE(load.config.wall.groups, c.wall.groups);
        QCOMPARE(load.config.wall.theme, WallTheme::Light);
        QVERIFY(load.config.wall.sound);
        QCOMPARE(load.config.storm, c.storm);
        QCOMPARE(load.config.health.pageAfterWindows, 5);
        QCOMPARE(load.config.health.heartbeatUrl, c.health.heartbeatUrl);
        QCOMPARE(load.config.metrics.listen, c.metrics.listen);
        QVERIFY(load.config.storage.postgres());
        QCOMPARE(load.config.storage.host, c.storage.host);
        QCOMPARE(load.config.storage.port, 6432);
        QCOMPARE(load.config.storage.dbname, c.storage.dbname);
        QCOMPARE(load.config.storage.user, c.storage.user);
        QCOMPARE(load.config.storage.sslmode, c.storage.sslmode);
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // as ListenAddress::text() says it; empty: refused
        QTest::addColumn<bool>("loopback");
        QTest::newRow("IPv4 loopback")
            << QStringLiteral("127.0.0.1:9464") << QStringLiteral("127.0.0.1:9464") << true;
        QTest::newRow("a port alone is loopback")
            << QStringLiteral("9464") << QStringLiteral("127.0.0.1:9464") << true;
        QTest::newRow("localhost")
            << QStringLiteral("localhost:9464") << QStringLiteral("127.0.0.1:9464") << true;
        QTest::newRow("IPv6 loopback")
            << QStringLiteral("[::1]:9464") << QStringLiteral("[::1]:9464") << true;
        QTest::newRow("every interface")
            << QStringLiteral("0.0.0.0:9464") << QStringLiteral("0.0.0.0:9464") << false;
        QTest::newRow("every IPv6 interface")
            << QStringLiteral("[::]:9464") << QStringLiteral("[::]:9464") << false;
        QTest::newRow("a LAN address")
            << QStringLiteral(" 10.1.2.3:9100 ") << QStringLiteral("10.1.2.3:9100") << false;
        QTest::newRow("port 65536")
            << QStringLiteral("127.0.0.1:65536") << QStringLiteral("") << false;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QStringLiteral("") << false;
        QTest::newRow("signed port")
            << QStringLiteral("127.0.0.1:+80") << QStringLiteral("") << false;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QStringLiteral("") << false;
        QTest::newRow("empty port") << QStringLiteral("127.0.0.1:") << QStringLiteral("") << false;
        QTest::newRow("host name")
            << QStringLiteral("prometheus.local:9464") << QStringLiteral("") << false;
        QTest::newRow("IPv6 without brackets")
            << QStringLiteral("::1:9464") << QStringLiteral("") << false;
        QTest::newRow("unclosed bracket")
            << QStringLiteral("[::1:9464") << QStringLiteral("") << false;
        QTest::newRow("scoped IPv6")
            << QStringLiteral("[fe80::1%eth0]:9464") << QStringLiteral("") << false;
    }

    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(bool, loopback);
        const auto parsed = parseListenAddress(text, QStringLiteral("[metrics] listen"));
        if (address.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().kind, ErrorKind::MetricsListen);
            QVERIFY2(parsed.error().message.startsWith(QStringLiteral("[metrics] listen: ")),
                     qPrintable(parsed.error().message));
            return;
        }
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().text(), address);
        QCOMPARE(parsed.value().isLoopback(), loopback);
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
