#include "core/config/ConfigLoader.h"

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
                                   "[pagerduty]\n"
                                   "events_url = https://events.eu.pagerduty.com/v2/enqueue\n"
                                   "source = NOC Earshot\n"
                                   "component = SBC\n"
                                   "[storage]\n"
                                   "database = /var/lib/earshot/earshot.sqlite\n"
                                   "[queue.q-1]\n"
                                   "mos_warning = 3.9\n"
                                   "mos_critical = 3.4\n"
                                   "raise_after_windows = 1\n");
        const ConfigLoad load = loadConfigFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(u'\n')));
        const AppConfig &c = load.config;
        QCOMPARE(c.genesys.region, QStringLiteral("eu-central-1"));
        QCOMPARE(c.genesys.source, DataSourceKind::Summary);
        QCOMPARE(c.genesys.queues, (QStringList{QStringLiteral("q-1"), QStringLiteral("q-2")}));
        QCOMPARE(c.schedule.ingestLagSecs, 90);
        QCOMPARE(c.policy.global[Metric::Mos].warning, 3.6);
        QCOMPARE(c.policy.global[Metric::Mos].critical, 3.1);
        QCOMPARE(c.policy.global[Metric::Jitter].critical, 80.0);
        QCOMPARE(c.policy.global[Metric::PacketLoss].warning, 0.5);
        QVERIFY(!c.policy.global[Metric::Latency].enabled);
        QCOMPARE(c.policy.global.minCalls, 3);
        QCOMPARE(c.policy.raiseAfterWindows, 2);
        QCOMPARE(c.policy.clearAfterWindows, 3);
        QCOMPARE(c.pagerduty.source, QStringLiteral("NOC Earshot"));
        QCOMPARE(c.pagerduty.component, QStringLiteral("SBC"));
        QCOMPARE(c.storage.databasePath, QStringLiteral("/var/lib/earshot/earshot.sqlite"));
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
        QCOMPARE(load.config.policy.global[Metric::Mos].warning, 3.5);
        QCOMPARE(load.config.policy.global[Metric::Mos].critical, 3.0);
        QCOMPARE(load.config.policy.global[Metric::Jitter].warning, 50.0);
        QCOMPARE(load.config.policy.global[Metric::PacketLoss].warning, 1.0);
        QCOMPARE(load.config.pagerduty.eventsUrl,
                 QUrl(QStringLiteral("https://events.pagerduty.com/v2/enqueue")));
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
        QTest::newRow("window not dividing a day")
            << QByteArray("[schedule]\nwindow_seconds = 7\n") << QStringLiteral("divide");
        QTest::newRow("inverted mos")
            << QByteArray("[thresholds]\nmos_warning = 3.0\nmos_critical = 3.5\n")
            << QStringLiteral("MOS");
        QTest::newRow("secret in file")
            << QByteArray("[genesys]\nclient_secret = hunter2-very-secret\n")
            << QStringLiteral("secrets do not belong");
        QTest::newRow("login without api")
            << QByteArray("[genesys]\nlogin_url = https://login.example.com\n")
            << QStringLiteral("go together");
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

    void missingFile()
    {
        const ConfigLoad load = loadConfigFile(m_dir.filePath(QStringLiteral("nope.ini")));
        QVERIFY(!load.ok());
        QVERIFY(anyContains(load.errors, QStringLiteral("does not exist")));
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
        const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
        QVERIFY(saveConfigFile(c, path).ok());
        const ConfigLoad load = loadConfigFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errors.join(u'\n')));
        QCOMPARE(load.config.genesys.region, c.genesys.region);
        QCOMPARE(load.config.genesys.queues, c.genesys.queues);
        QCOMPARE(load.config.policy, c.policy);
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
