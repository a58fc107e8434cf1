// Issue 15 item 2 at process level: the real `earshot` binary against a loopback server that
// announces `Content-Length: 100000` and then sends one byte a second, for every request.
// `--check-genesys` and `--headless --once` must each end on their own (the total deadline
// per request, not the transfer timeout that every byte restarts) with a message that says
// so and a non-zero exit status. The only time limit here is a generous kill-guard.
#include "app/demo/LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

namespace {

// Far beyond what the runs need (each request ends after 6 s; with its retries, --once ends
// after about 70 s): only there so a regression fails instead of hanging the suite.
constexpr int kKillGuardMs = 180'000;

struct TrickleWorld
{
    TrickleWorld()
    {
        server.setHandler([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(100'000, ' '));
            r.trickleIntervalMs = 1000;
            return r;
        });
        if (!server.listen())
            qFatal("the trickling server could not listen");
        configPath = dir.filePath(QStringLiteral("earshot.ini"));
        QFile ini(configPath);
        if (!ini.open(QIODevice::WriteOnly))
            qFatal("cannot write the config");
        const QByteArray base = server.baseUrl().toString().toUtf8();
        // request_timeout_seconds = 3: a byte a second never trips the 3 s transfer timeout,
        // so only the total deadline (twice that, 6 s) can end a request.
        ini.write("[genesys]\nlogin_url = " + base + "\napi_url = " + base +
                  "\n[schedule]\nrequest_timeout_seconds = 3\n[pagerduty]\nevents_url = " + base +
                  "/v2/enqueue\n[storage]\ndatabase = " +
                  dir.filePath(QStringLiteral("state.sqlite")).toUtf8() + "\n");
    }

    // Runs earshot with `arguments` (plus --config) to its end, or kills it at the guard.
    // Waits with the event loop running: the server lives in this process.
    bool run(QStringList arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GENESYS_CLIENT_ID"), QStringLiteral("earshot-client"));
        env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), QStringLiteral("earshot-secret"));
        env.insert(QStringLiteral("PAGERDUTY_INTEGRATION_KEY"),
                   QStringLiteral("0123456789abcdef0123456789ABCDEF"));
        process.setProcessEnvironment(env);
        arguments << QStringLiteral("--config") << configPath;
        QElapsedTimer timer;
        timer.start();
        process.start(qEnvironmentVariable("EARSHOT_BINARY"), arguments);
        if (!process.waitForStarted(10'000))
            return false;
        const bool ended = QTest::qWaitFor(
            [this] { return process.state() == QProcess::NotRunning; }, kKillGuardMs);
        if (!ended) {
            process.kill();
            process.waitForFinished(10'000);
        }
        errors = QString::fromUtf8(process.readAllStandardError());
        qInfo().noquote() << arguments.join(u' ') << "ended after" << timer.elapsed() << "ms, exit"
                          << process.exitCode() << "\n"
                          << errors;
        return ended;
    }

    [[nodiscard]] QString lastLine() const
    {
        return errors.trimmed().section(u'\n', -1);
    }

    QTemporaryDir dir;
    LoopbackHttpServer server;
    QString configPath;
    QProcess process;
    QString errors;
};

} // namespace

class TestTrickleProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_BINARY").isEmpty())
            QFAIL("EARSHOT_BINARY is not set (ctest sets it)");
    }

    void checkGenesysEndsWithTheDeadline()
    {
        TrickleWorld w;
        QVERIFY2(w.run({QStringLiteral("--check-genesys")}),
                 "--check-genesys still ran at the kill-guard: it hangs on a trickling server");
        QCOMPARE(w.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(w.process.exitCode(), 1);
        // The last line, what the operator reads, says why.
        QVERIFY2(w.lastLine().contains(QStringLiteral("no complete answer within 6 s")),
                 qPrintable(w.errors));
        QVERIFY(!w.server.requests().isEmpty()); // it did talk to the trickling server
        QVERIFY(!w.errors.contains(QStringLiteral("earshot-secret")));
    }

    void headlessOnceEndsWithTheDeadline()
    {
        TrickleWorld w;
        QVERIFY2(w.run({QStringLiteral("--headless"), QStringLiteral("--once")}),
                 "--headless --once still ran at the kill-guard: it hangs on a trickling server");
        QCOMPARE(w.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(w.process.exitCode(), 1);
        // The last line, what the operator reads, says why.
        QVERIFY2(w.lastLine().contains(QStringLiteral("no complete answer within 6 s")),
                 qPrintable(w.errors));
        QVERIFY(!w.server.requests().isEmpty());
        QVERIFY(!w.errors.contains(QStringLiteral("earshot-secret")));
    }
};

QTEST_GUILESS_MAIN(TestTrickleProcess)
#include "TestTrickleProcess.moc"
