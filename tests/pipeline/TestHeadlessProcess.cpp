// The real binary, as cron or systemd runs it: `earshot --headless --config FILE` against a
// fake Genesys Cloud and a fake PagerDuty on 127.0.0.1, killed with SIGKILL at many points.
#include "tests/support/HeadlessHarness.h"
#include "tests/support/PipelineRig.h"

#include "core/alerting/Decision.h"
#include "core/common/ScaledClock.h"
#include "core/model/TimeWindow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace earshot;
using namespace earshot::test;

class TestHeadlessProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EARSHOT_BINARY").isEmpty())
            QFAIL("EARSHOT_BINARY is not set (ctest sets it)");
    }

    void scriptedDegradationEndToEnd()
    {
        Harness h;
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        auto child = h.start();
        QVERIFY(QTest::qWaitFor([&] { return h.resolvedAtPagerDuty(key); }, 60'000));
        QVERIFY(stop(*child)); // SIGTERM: finishes the write in progress, exits 0
        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(actionsFor(h.pagerDuty, key),
                 (QStringList{QStringLiteral("trigger:warning"), QStringLiteral("trigger:critical"),
                              QStringLiteral("resolve")}));
    }

    void killNineAtManyPointsLosesNothing()
    {
        Harness h;
        const QString key = makeDedupKey(kQueue, h.windowZero + 3 * 300);
        QVERIFY(killNineUntilResolved(h, key, 20261124, 16));
        // One episode, one incident: never triggered twice as a new incident. In order: every
        // trigger before the resolve, warning before critical. A trigger may arrive twice
        // (sent, then killed before it was marked delivered): PagerDuty folds it into the
        // same open incident by its dedup_key.
        QCOMPARE(dedupKeys(h.pagerDuty), QStringList{key});
        QCOMPARE(h.pagerDuty.incidents().size(), 1);
        const QString problem = episodeOrderProblem(actionsFor(h.pagerDuty, key));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void onceModeForSchedulers()
    {
        Harness h;
        // These runs are on the real clock: so is the Date of Genesys Cloud's answers.
        SystemClock realClock;
        h.genesys->setDateClock(&realClock);
        QProcess once;
        QProcessEnvironment env = Harness::environment();
        env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), QStringLiteral("wrong"));
        once.setProcessEnvironment(env);
        once.start(qEnvironmentVariable("EARSHOT_BINARY"),
                   {QStringLiteral("--headless"), QStringLiteral("--once"),
                    QStringLiteral("--config"), h.configPath});
        QVERIFY(finished(once, 30'000));
        QCOMPARE(once.exitCode(), 1);
        const QString err = QString::fromUtf8(once.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral(
                     "earshot: authentication failed: check client id / secret / role")),
                 qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("wrong"))); // the secret is never printed

        env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), QStringLiteral("earshot-secret"));
        once.setProcessEnvironment(env);
        once.start(qEnvironmentVariable("EARSHOT_BINARY"),
                   {QStringLiteral("--headless"), QStringLiteral("--once"),
                    QStringLiteral("--config"), h.configPath});
        QVERIFY(finished(once, 30'000));
        QVERIFY2(once.exitCode() == 0, once.readAllStandardError().constData());
    }

    // One Earshot per database: a second --once is refused (exit 2, the lock named) while
    // the first runs, and runs once the first was killed with SIGKILL (a stale lock).
    void oneInstancePerDatabase()
    {
        Harness h;
        const QString database = h.dir.filePath(QStringLiteral("state.sqlite"));
        auto holder = h.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return QFileInfo::exists(database + QStringLiteral(".lock")); }, 60'000));
        QProcess once;
        once.setProcessEnvironment(Harness::environment());
        const QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--once"),
                                    QStringLiteral("--config"), h.configPath};
        once.start(qEnvironmentVariable("EARSHOT_BINARY"), arguments);
        QVERIFY(finished(once, 30'000));
        QCOMPARE(once.exitCode(), 2);
        const QString err = QString::fromUtf8(once.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("is in use by another Earshot (process %1 on ")
                                  .arg(holder->processId())),
                 qPrintable(err));
        QVERIFY2(err.contains(database + QStringLiteral(".lock")), qPrintable(err));

        holder->kill(); // SIGKILL: the lock file stays behind
        QVERIFY(finished(*holder, 5000));
        // The next run is on the real clock: so is the Date of Genesys Cloud's answers.
        SystemClock realClock;
        h.genesys->setDateClock(&realClock);
        QVERIFY(QFileInfo::exists(database + QStringLiteral(".lock")));
        once.start(qEnvironmentVariable("EARSHOT_BINARY"), arguments);
        QVERIFY(finished(once, 30'000));
        QVERIFY2(once.exitCode() == 0, once.readAllStandardError().constData());
    }

    void anEmptyDatabaseIsNeverRecreatedWithoutReset()
    {
        Harness h;
        const QString db = h.dir.filePath(QStringLiteral("state.sqlite"));
        QFile empty(db);
        QVERIFY(empty.open(QIODevice::WriteOnly)); // truncated to 0 bytes, as in the report
        empty.close();
        QProcess once;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GENESYS_CLIENT_ID"), QStringLiteral("earshot-client"));
        env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), QStringLiteral("earshot-secret"));
        env.insert(QStringLiteral("PAGERDUTY_INTEGRATION_KEY"), kRoutingKey);
        env.insert(QStringLiteral("EARSHOT_TEST_CLOCK"),
                   QStringLiteral("%1:%2:%3").arg(h.simStartMs).arg(kSpeed).arg(h.anchorMs));
        once.setProcessEnvironment(env);
        const QStringList args{QStringLiteral("--headless"), QStringLiteral("--once"),
                               QStringLiteral("--config"), h.configPath};
        once.start(qEnvironmentVariable("EARSHOT_BINARY"), args);
        QVERIFY(finished(once, 30'000));
        QCOMPARE(once.exitCode(), 1);
        const QString err = QString::fromUtf8(once.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("exists but is empty")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--reset-database")), qPrintable(err));
        QCOMPARE(QFileInfo(db).size(), 0);               // left as it was
        QVERIFY(h.pagerDuty.acceptedEvents().isEmpty()); // and nothing paged

        // Garbage where pages should be: refused the same way.
        QFile garbage(db);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\xa5'));
        garbage.close();
        once.start(qEnvironmentVariable("EARSHOT_BINARY"), args);
        QVERIFY(finished(once, 30'000));
        QCOMPARE(once.exitCode(), 1);
        QVERIFY(QString::fromUtf8(once.readAllStandardError())
                    .contains(QStringLiteral("--reset-database")));

        once.start(qEnvironmentVariable("EARSHOT_BINARY"),
                   args + QStringList{QStringLiteral("--reset-database")});
        QVERIFY(finished(once, 30'000));
        QVERIFY2(once.exitCode() == 0, once.readAllStandardError().constData());
        const QStringList aside =
            QDir(h.dir.path()).entryList({QStringLiteral("state.sqlite.damaged-*")});
        QCOMPARE(aside.size(), 1); // moved aside, never deleted
        QVERIFY(QFileInfo(db).size() > 0);
    }

    void checkConfigRefusesRandomBytesWithoutEchoingThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noise.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QRandomGenerator random(15);
        QByteArray noise(4096, 0);
        for (char &c : noise)
            c = char(random.bounded(256));
        f.write(noise);
        f.close();
        QProcess check;
        check.start(qEnvironmentVariable("EARSHOT_BINARY"),
                    {QStringLiteral("--check-config"), QStringLiteral("--config"), path});
        QVERIFY(finished(check, 30'000));
        QCOMPARE(check.exitCode(), 2);
        const QByteArray out = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY(!out.contains("Configuration OK"));
        for (const char c : out)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t',
                     out.constData());
    }
};

QTEST_GUILESS_MAIN(TestHeadlessProcess)
#include "TestHeadlessProcess.moc"
