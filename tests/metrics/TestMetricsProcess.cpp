// The metrics endpoint of the real binary: `earshot --headless` against the fakes with
// [metrics] listen set, scraped as Prometheus would; and what --check-config and a taken
// port say.
#include "tests/support/HeadlessHarness.h"
#include "tests/support/Promtool.h"

#include "core/alerting/Decision.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTcpServer>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

// A port nothing listens on now (the child takes it a moment later).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        qFatal("no free port");
    return probe.serverPort();
}

QByteArray metricsSection(quint16 port)
{
    return "[metrics]\nlisten = 127.0.0.1:" + QByteArray::number(port) + "\n";
}

struct Scrape
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Scrape scrape(quint16 port)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)));
    request.setRawHeader("Accept", "application/openmetrics-text;version=1.0.0");
    QNetworkReply *reply = network.get(request);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000))
        return {};
    Scrape out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->rawHeader("Content-Type");
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

QByteArray queueLabels()
{
    return "{queue_id=\"" + kQueue.toUtf8() + "\",queue=\"Sales\"}";
}

// --check-config on the harness's config, with the secrets the fakes accept.
QByteArray checkConfig(const Harness &h, int *exitCode)
{
    QProcess check;
    check.setProcessEnvironment(Harness::environment());
    check.start(qEnvironmentVariable("EARSHOT_BINARY"),
                {QStringLiteral("--check-config"), QStringLiteral("--config"), h.configPath});
    if (!finished(check, 30'000))
        return {};
    *exitCode = check.exitCode();
    return check.readAllStandardOutput() + check.readAllStandardError();
}

} // namespace

class TestMetricsProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_BINARY").isEmpty())
            QFAIL("EARSHOT_BINARY is not set (ctest sets it)");
    }

    void prometheusSeesTheQueueAndItsEpisode()
    {
        const quint16 port = freePort();
        Harness h(metricsSection(port));
        auto child = h.start();
        // Script: MOS 3.3 from window 3 opens a warning episode of Sales.
        const QByteArray open = "earshot_queue_episode_state{queue_id=\"" + kQueue.toUtf8() +
                                "\",queue=\"Sales\",state=\"open\"} 1\n";
        const QByteArray warningMos = "\nearshot_queue_mos" + queueLabels() + " 3.3\n";
        Scrape s;
        // Windows 3 to 6 (about 4 s): the episode open, MOS 3.3.
        QVERIFY(QTest::qWaitFor(
            [&] {
                s = scrape(port);
                return s.body.contains(open) && s.body.contains(warningMos);
            },
            60'000));
        QCOMPARE(s.status, 200);
        QCOMPARE(s.contentType, QByteArray("application/openmetrics-text; version=1.0.0; "
                                           "charset=utf-8"));
        QVERIFY(s.body.contains(
            QByteArray("\nearshot_queue_episode_severity" + queueLabels() + " 1\n")));
        QVERIFY(s.body.contains("\nearshot_poller_state{state=\"ok\"} 1\n"));
        QVERIFY(s.body.contains("\nearshot_poller_last_success_timestamp_seconds "));
        QVERIFY(s.body.contains("\nearshot_delivery_problem{problem=\"none\"} 1\n"));
        QVERIFY(s.body.endsWith("\n# EOF\n"));
        // No secret of the environment reaches the text.
        QVERIFY(!s.body.contains("earshot-secret"));
        QVERIFY(!s.body.contains(kRoutingKey.toUtf8()));
        const QString problems = promtoolProblems(s.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(stop(*child));
    }

    void aTakenPortIsAClearError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress(QHostAddress::LocalHost), 0));
        Harness h(metricsSection(taken.serverPort()));
        QProcess p;
        p.setProcessEnvironment(Harness::environment());
        p.start(qEnvironmentVariable("EARSHOT_BINARY"),
                {QStringLiteral("--headless"), QStringLiteral("--config"), h.configPath});
        QVERIFY(finished(p, 30'000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QByteArray("The metrics endpoint cannot listen on 127.0.0.1:" +
                                         QByteArray::number(taken.serverPort()))),
                 err.constData());
        QCOMPARE(h.genesys->requestCount("/api/v2/analytics/quality/summary"), 0); // nothing polled
    }

    void checkConfigSaysWhereMetricsAre()
    {
        Harness h(metricsSection(9464));
        int exitCode = -1;
        const QByteArray out = checkConfig(h, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains("Metrics: http://127.0.0.1:9464/metrics\n"), out.constData());
    }

    void checkConfigReportsABadListenValue()
    {
        Harness h("[metrics]\nlisten = 127.0.0.1:99999\n");
        int exitCode = -1;
        const QByteArray out = checkConfig(h, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(out.contains("[metrics] listen"), out.constData());
        QVERIFY(!out.contains("Configuration OK"));
    }
};

QTEST_GUILESS_MAIN(TestMetricsProcess)
#include "TestMetricsProcess.moc"
