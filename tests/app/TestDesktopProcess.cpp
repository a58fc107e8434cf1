// The real binary as a desktop user meets it: a bad command line without a display, --help,
// the config folder, and one Earshot per database (a second window brings the first
// forward; headless is refused while anyone holds the database; the demo has its own).
// Windows run on the offscreen platform; nothing reaches the network (loopback endpoints
// where nobody listens).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kStartMs = 120'000; // generous: the machine may be loaded

QString binary()
{
    return qEnvironmentVariable("EARSHOT_BINARY");
}

// One earshot process; its output gathered as it comes, killed if still running at the end.
class Earshot
{
public:
    Earshot(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(binary(), arguments);
    }
    ~Earshot()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(30'000);
        }
    }

    [[nodiscard]] bool finished(int timeoutMs = kStartMs)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; },
                               timeoutMs);
    }
    [[nodiscard]] bool running() const
    {
        return m_process.state() == QProcess::Running;
    }
    [[nodiscard]] int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    [[nodiscard]] qint64 pid() const
    {
        return m_process.processId();
    }
    [[nodiscard]] QString out()
    {
        m_out += m_process.readAllStandardOutput();
        return QString::fromLocal8Bit(m_out);
    }
    [[nodiscard]] QString err()
    {
        m_err += m_process.readAllStandardError();
        return QString::fromLocal8Bit(m_err);
    }
    // Waits until stderr holds the text (or the process ends).
    [[nodiscard]] bool saysOnStderr(const QString &text)
    {
        const bool settled = QTest::qWaitFor(
            [&] { return err().contains(text) || m_process.state() == QProcess::NotRunning; },
            kStartMs);
        return settled && err().contains(text);
    }
    void killHard()
    {
        m_process.kill();
        m_process.waitForFinished(30'000);
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

bool appears(const QString &path)
{
    return QTest::qWaitFor([&] { return QFileInfo::exists(path); }, kStartMs);
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Endpoints on loopback where nobody listens: a window or a poller that starts with
// credentials from a keychain still sends nothing anywhere.
QByteArray configFor(const QString &databasePath)
{
    QByteArray ini = "[genesys]\nlogin_url = http://127.0.0.1:9\napi_url = http://127.0.0.1:9\n"
                     "[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n";
    if (!databasePath.isEmpty())
        ini += "[storage]\ndatabase = " + databasePath.toUtf8() + "\n";
    return ini;
}

} // namespace

class TestDesktopProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // A user of their own: config and data folders in a temporary home, no secrets.
    [[nodiscard]] QProcessEnvironment userEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *secret :
             {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "PAGERDUTY_INTEGRATION_KEY"})
            env.remove(QString::fromLatin1(secret));
        return env;
    }
    [[nodiscard]] static QProcessEnvironment withoutDisplay(QProcessEnvironment env)
    {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }
    [[nodiscard]] static QProcessEnvironment withSecrets(QProcessEnvironment env)
    {
        env.insert(QStringLiteral("GENESYS_CLIENT_ID"), QStringLiteral("desktop-test-client"));
        env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), QStringLiteral("desktop-test-secret"));
        env.insert(QStringLiteral("PAGERDUTY_INTEGRATION_KEY"),
                   QStringLiteral("0123456789abcdef0123456789abcdef"));
        return env;
    }
    [[nodiscard]] QString configHome() const
    {
        return m_home.filePath(QStringLiteral("config"));
    }
    [[nodiscard]] QString dataHome() const
    {
        return m_home.filePath(QStringLiteral("data"));
    }

private slots:
    void initTestCase()
    {
        if (binary().isEmpty())
            QFAIL("EARSHOT_BINARY is not set (ctest sets it)");
        QVERIFY(m_home.isValid());
    }

    void cleanup()
    {
        QDir(configHome()).removeRecursively();
        QDir(dataHome()).removeRecursively();
    }

    void aBadCommandLineExits2WithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("unknown option with --demo")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--bogus")}
            << QStringLiteral("bogus");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("stray")} << QStringLiteral("unexpected argument: stray");
        QTest::newRow("--once alone") << QStringList{QStringLiteral("--once")}
                                      << QStringLiteral("--once goes with --headless");
        QTest::newRow("two modes")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--headless")}
            << QStringLiteral("choose one of");
        QTest::newRow("Qt's own option kept apart")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb"),
                           QStringLiteral("--nonsense")}
            << QStringLiteral("nonsense");
    }

    void aBadCommandLineExits2WithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        Earshot earshot(arguments, withoutDisplay(userEnvironment()));
        QVERIFY(earshot.finished());
        QVERIFY2(earshot.exitCode() == 2, qPrintable(earshot.err())); // not 134 (abort)
        QVERIFY2(earshot.err().contains(message), qPrintable(earshot.err()));
        QVERIFY(earshot.out().isEmpty());
    }

    void aWindowWithoutADisplaySaysSo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("window") << QStringList{};
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo")};
    }

    void aWindowWithoutADisplaySaysSo()
    {
        QFETCH(QStringList, arguments);
        Earshot earshot(arguments, withoutDisplay(userEnvironment()));
        QVERIFY(earshot.finished());
        QVERIFY2(earshot.exitCode() == 1, qPrintable(earshot.err()));
        QVERIFY2(earshot.err().contains(QStringLiteral("no display")), qPrintable(earshot.err()));
        QVERIFY(earshot.err().contains(QStringLiteral("--headless")));
    }

    void helpNamesExitCodesEnvironmentAndTheConfigPath()
    {
        Earshot earshot({QStringLiteral("--help")}, withoutDisplay(userEnvironment()));
        QVERIFY(earshot.finished());
        QCOMPARE(earshot.exitCode(), 0);
        const QString help = earshot.out();
        for (const char *expected :
             {"--headless", "--check-config", "Exit status:", "  0  success",
              "  1  the work failed", "  2  a bad command line", "GENESYS_CLIENT_ID",
              "GENESYS_CLIENT_SECRET", "PAGERDUTY_INTEGRATION_KEY", "QT_LOGGING_RULES",
              "QT_QPA_PLATFORM", ".lock"})
            QVERIFY2(help.contains(QString::fromLatin1(expected)), expected);
        QVERIFY2(help.contains(configHome() + QStringLiteral("/Earshot/earshot.ini")),
                 qPrintable(help));
        QVERIFY(!help.contains(QStringLiteral("Earshot/Earshot")));
    }

    void aSecondWindowBringsTheFirstForward()
    {
        // The config in its default place (~/.config/Earshot/earshot.ini), the database in
        // its default place (~/.local/share/Earshot/earshot.sqlite).
        write(configHome() + QStringLiteral("/Earshot/earshot.ini"), configFor({}));
        const QString lockFile = dataHome() + QStringLiteral("/Earshot/earshot.sqlite.lock");
        Earshot first({}, userEnvironment());
        QVERIFY(appears(lockFile));
        QVERIFY(first.running());

        Earshot second({}, userEnvironment());
        QVERIFY(second.finished());
        QVERIFY2(second.exitCode() == 0, qPrintable(second.err()));
        QVERIFY2(second.out().contains(
                     QStringLiteral("Earshot is already running on %1 (process %2): its window "
                                    "was brought to the front.")
                         .arg(dataHome() + QStringLiteral("/Earshot/earshot.sqlite"))
                         .arg(first.pid())),
                 qPrintable(second.out() + second.err()));
        QVERIFY(first.saysOnStderr(QStringLiteral("another Earshot asked for the window")));
        QVERIFY(first.running());

        QVERIFY(!QFileInfo::exists(configHome() + QStringLiteral("/Earshot/Earshot")));
        QVERIFY(!QFileInfo::exists(dataHome() + QStringLiteral("/Earshot/Earshot")));
    }

    void aConfigInTheOldNestedFolderIsMovedAndRead()
    {
        const QString database = m_home.filePath(QStringLiteral("legacy.sqlite"));
        const QString legacy = configHome() + QStringLiteral("/Earshot/Earshot/earshot.ini");
        const QString current = configHome() + QStringLiteral("/Earshot/earshot.ini");
        write(legacy, configFor(database));
        Earshot window({}, userEnvironment());
        // The window locks the database the old config names: it was read.
        QVERIFY(appears(database + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(legacy));
        QVERIFY(!QFileInfo::exists(QFileInfo(legacy).path())); // the empty folder too
        QFile moved(current);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), configFor(database));
    }

    void headlessIsRefusedWhileAWindowHoldsTheDatabase()
    {
        const QString database = m_home.filePath(QStringLiteral("shared.sqlite"));
        const QString config = m_home.filePath(QStringLiteral("shared.ini"));
        write(config, configFor(database));
        Earshot window({QStringLiteral("--config"), config}, userEnvironment());
        QVERIFY(appears(database + QStringLiteral(".lock")));

        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--headless"), QStringLiteral("--once"),
                          QStringLiteral("--config"), config},
              QStringList{QStringLiteral("--headless"), QStringLiteral("--config"), config}}) {
            Earshot headless(arguments, withSecrets(userEnvironment()));
            QVERIFY(headless.finished());
            QVERIFY2(headless.exitCode() == 2, qPrintable(headless.err()));
            const QString err = headless.err();
            QVERIFY2(err.contains(QStringLiteral("earshot: The database %1 is in use by another "
                                                 "Earshot (process %2 on ")
                                      .arg(database)
                                      .arg(window.pid())),
                     qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("its lock file is %1.lock").arg(database)),
                     qPrintable(err));
        }
        QVERIFY(window.running());
    }

    void aWindowIsRefusedWhileHeadlessHoldsTheDatabase()
    {
        const QString database = m_home.filePath(QStringLiteral("server.sqlite"));
        const QString config = m_home.filePath(QStringLiteral("server.ini"));
        write(config, configFor(database));
        Earshot headless({QStringLiteral("--headless"), QStringLiteral("--config"), config},
                         withSecrets(userEnvironment()));
        QVERIFY(appears(database + QStringLiteral(".lock")));

        Earshot window({QStringLiteral("--config"), config}, userEnvironment());
        // Said on stderr, then in a message box (which this test does not answer).
        QVERIFY(window.saysOnStderr(
            QStringLiteral("earshot: A headless Earshot (process %1) is monitoring %2")
                .arg(headless.pid())
                .arg(database)));
        QVERIFY(headless.running());
    }

    void aKilledWindowLeavesNoLockThatBlocks()
    {
        const QString database = m_home.filePath(QStringLiteral("killed.sqlite"));
        const QString config = m_home.filePath(QStringLiteral("killed.ini"));
        write(config, configFor(database));
        Earshot killed({QStringLiteral("--config"), config}, userEnvironment());
        QVERIFY(appears(database + QStringLiteral(".lock")));
        killed.killHard();
        QVERIFY(QFileInfo::exists(database + QStringLiteral(".lock"))); // left behind

        Earshot next({QStringLiteral("--config"), config}, userEnvironment());
        // It claims the database (and says nothing about another instance).
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         QFile lock(database + QStringLiteral(".lock"));
                         return lock.open(QIODevice::ReadOnly) &&
                                lock.readLine().trimmed() == QByteArray::number(next.pid());
                     },
                     kStartMs),
                 qPrintable(next.err()));
        QVERIFY(next.running());
        QVERIFY(!next.err().contains(QStringLiteral("in use")));
    }

    void theDemoHasADatabaseAndALockOfItsOwn()
    {
        write(configHome() + QStringLiteral("/Earshot/earshot.ini"), configFor({}));
        Earshot demo({QStringLiteral("--demo")}, userEnvironment());
        QVERIFY(appears(dataHome() + QStringLiteral("/Earshot/earshot-demo.sqlite.lock")));

        // The configured window starts beside it, on its own database.
        Earshot window({}, userEnvironment());
        QVERIFY(appears(dataHome() + QStringLiteral("/Earshot/earshot.sqlite.lock")));
        QVERIFY(window.running());

        Earshot secondDemo({QStringLiteral("--demo")}, userEnvironment());
        QVERIFY(secondDemo.finished());
        QVERIFY2(secondDemo.exitCode() == 0, qPrintable(secondDemo.err()));
        QVERIFY(secondDemo.out().contains(QStringLiteral("(process %1)").arg(demo.pid())));
        QVERIFY(demo.saysOnStderr(QStringLiteral("another Earshot asked for the window")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopProcess)
#include "TestDesktopProcess.moc"
