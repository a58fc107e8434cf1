// Issue 13: two operator windows on one PostgreSQL database, through GuiSession, real widgets
// offscreen, the fake Genesys Cloud on loopback and a PostgreSQL server the test starts. The
// viewer (--role viewer) needs no Genesys credentials, says who polls, and shows what the
// polling window stores; its wall works the same.
#include "app/GuiSession.h"
#include "app/demo/FakeGenesysCloud.h"
#include "core/common/Clock.h"
#include "core/pagerduty/RoutingKeyProvider.h"
#include "core/presentation/QueueTableModel.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "tests/support/PostgresServer.h"
#include "ui/MainWindow.h"
#include "ui/QueueTablePage.h"
#include "ui/StatusBarWidget.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace earshot;

namespace {

constexpr int kWaitMs = 30'000;

QString keychainService()
{
    return QStringLiteral("EarshotTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Saved for a person to look at when EARSHOT_SCREENSHOT_DIR is set.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EARSHOT_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    (void)widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestSharedWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    test::PostgresServer m_server;

    // A config on the fake Genesys Cloud and the shared database (`more`: the rest of
    // [genesys], then any other sections); its path, or empty. The password goes to the
    // environment, never the file.
    QString writeConfig(const QString &name, FakeGenesysCloud &genesys, const StorageTarget &target,
                        const QByteArray &more)
    {
        const QByteArray base = genesys.baseUrl().toString().toUtf8();
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("[genesys]\nlogin_url = " + base + "\napi_url = " + base + "\n" + more +
                   "[pagerduty]\nevents_url = http://127.0.0.1:9/v2/enqueue\n"
                   "[storage]\nbackend = postgresql\nhost = 127.0.0.1\nport = " +
                   QByteArray::number(target.port) + "\ndbname = " + target.dbname.toUtf8() +
                   "\nuser = " + target.user.toUtf8() + "\nsslmode = disable\n");
        qputenv("EARSHOT_DB_PASSWORD", target.password.toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("GENESYS_CLIENT_ID");
        qunsetenv("GENESYS_CLIENT_SECRET");
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aViewerWindowShowsWhatThePollingWindowStores()
    {
        SystemClock clock;
        FakeGenesysCloud genesys(clock);
        genesys.setCredentials(QStringLiteral("noc-client-1234"),
                               QStringLiteral("noc-secret-5678"));
        const QueueInfo sales{QStringLiteral("5b1c3a2e-0000-4000-8000-000000000001"),
                              QStringLiteral("Sales")};
        genesys.setQueues({sales});
        genesys.setSummaryProvider([sales](qint64, qint64) {
            FakeGenesysCloud::SummaryRow row;
            row.queueId = sales.id;
            row.queueName = sales.name;
            row.mosScore = 4.21;
            row.packetLossPercent = 0.2;
            row.jitterMs = 4.0;
            row.conversationCount = 17;
            return QList<FakeGenesysCloud::SummaryRow>{row};
        });
        QVERIFY(genesys.listen());
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("w")));
        const QString config =
            writeConfig(QStringLiteral("shared.ini"), genesys, target, "source = summary\n");
        QVERIFY(!config.isEmpty());

        // The wall PC: no Genesys credentials at all, and nobody polls yet.
        GuiSession viewer(config, false, {}, keychainService());
        viewer.setRole(ConsoleRole::Viewer);
        viewer.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return viewer.window() && viewer.window()->isMonitoringActive(); }, kWaitMs));
        StatusBarWidget *viewerBar = viewer.window()->statusBarWidget();
        QCOMPARE(viewerBar->sharedText(), QStringLiteral("Shared database: no console polls"));
        QVERIFY(viewerBar->sharedAlarm());
        QVERIFY(!viewerBar->sharedToolTip().contains(target.password));

        // The desk that polls, with a PagerDuty key in its own keychain (the wall PC has
        // none: it pages nothing itself).
        qputenv("GENESYS_CLIENT_ID", "noc-client-1234");
        qputenv("GENESYS_CLIENT_SECRET", "noc-secret-5678");
        const QString leaderKeychain = keychainService();
        const bool keychain =
            qEnvironmentVariable("EARSHOT_NO_KEYCHAIN_TESTS") != QLatin1StringView("1");
        if (keychain) {
            SecretStore store(clock, leaderKeychain);
            std::optional<Status> written;
            store.write(RoutingKeyProvider::kKeychainKey,
                        QStringLiteral("R0ut1ngKeyF0rTheN0cDesk000000001"), &store,
                        [&](const Status &s) { written = s; });
            QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, kWaitMs));
            QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().message));
        }
        GuiSession leader(config, false, {}, leaderKeychain);
        leader.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return leader.window() && leader.window()->isMonitoringActive(); }, kWaitMs));
        QCOMPARE(leader.window()->statusBarWidget()->sharedText(),
                 QStringLiteral("Shared database: this console polls"));
        const QString host = QHostInfo::localHostName();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return viewerBar->sharedText() ==
                                QStringLiteral("Shared database: viewing, %1 polls").arg(host);
                     },
                     kWaitMs),
                 qPrintable(viewerBar->sharedText()));
        QVERIFY(!viewerBar->sharedAlarm());

        // The window the leader stores shows on the viewer, the same as on the leader.
        const auto mosShown = [&](GuiSession &session) {
            QueueTableModel *model = session.window()->queuePage()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->data(model->index(row, 0), Qt::DisplayRole).toString() != sales.name)
                    continue;
                for (int column = 1; column < model->columnCount(); ++column) {
                    if (model->data(model->index(row, column), Qt::DisplayRole)
                            .toString()
                            .contains(QStringLiteral("4.21")))
                        return true;
                }
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return mosShown(leader); }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return mosShown(viewer); }, kWaitMs));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return viewerBar->pollerText() == leader.window()->statusBarWidget()->pollerText();
            },
            kWaitMs));
        keepScreenshot(leader.window(), QStringLiteral("shared-leader-window.png"));
        keepScreenshot(viewer.window(), QStringLiteral("shared-viewer-window.png"));

        // The viewer's wall.
        viewer.showWall();
        QVERIFY(viewer.wallWindow());
        QVERIFY(QTest::qWaitFor([&] { return viewer.wallWindow()->isVisible(); }, kWaitMs));
        viewer.wallWindow()->resize(1280, 720);
        QTest::qWait(200); // the wall paints in its own time (frame timer)
        if (keychain) {
            // Paging works on the desk that polls: no red banner on the wall PC, though its own
            // keychain holds no key.
            QVERIFY(QTest::qWaitFor([&] { return leader.window()->pagingProblem().isEmpty(); },
                                    kWaitMs));
            QVERIFY(QTest::qWaitFor([&] { return viewer.window()->pagingProblem().isEmpty(); },
                                    kWaitMs));
            QVERIFY(viewer.wallWindow()->view()->frame().brokenBanner.isEmpty());
        }
        keepScreenshot(viewer.wallWindow(), QStringLiteral("shared-viewer-wall.png"));
        qunsetenv("GENESYS_CLIENT_ID");
        qunsetenv("GENESYS_CLIENT_SECRET");
        qunsetenv("EARSHOT_DB_PASSWORD");
    }

    // A window that polls and then loses the lock (its session ended, another console took
    // the lock meanwhile) writes nothing more and starts again as a viewer, saying who
    // polls now. Windows of 5 s (loopback only), so it happens within seconds.
    void aWindowThatLosesTheLockViewsAgain()
    {
        SystemClock clock;
        FakeGenesysCloud genesys(clock);
        genesys.setCredentials(QStringLiteral("noc-client-1234"),
                               QStringLiteral("noc-secret-5678"));
        const QueueInfo sales{QStringLiteral("5b1c3a2e-0000-4000-8000-000000000002"),
                              QStringLiteral("Sales")};
        genesys.setQueues({sales});
        genesys.setCallsProvider([sales](qint64 start, qint64) {
            SimulatedCall call;
            call.conversationId = QStringLiteral("c-%1").arg(start);
            call.startSecs = start + 1;
            call.durationSecs = 2;
            call.queueIds = {sales.id};
            call.mos = 4.3;
            return QList<SimulatedCall>{call};
        });
        QVERIFY(genesys.listen());
        const StorageTarget target = m_server.target(m_server.createDatabase(QStringLiteral("f")));
        const QString config =
            writeConfig(QStringLiteral("fenced.ini"), genesys, target,
                        "[schedule]\nwindow_seconds = 5\ningest_lag_seconds = 0\n");
        QVERIFY(!config.isEmpty());
        qputenv("GENESYS_CLIENT_ID", "noc-client-1234");
        qputenv("GENESYS_CLIENT_SECRET", "noc-secret-5678");
        GuiSession desk(config, false, {}, keychainService());
        desk.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return desk.window() && desk.window()->isMonitoringActive(); }, kWaitMs));
        StatusBarWidget *bar = desk.window()->statusBarWidget();
        QCOMPARE(bar->sharedText(), QStringLiteral("Shared database: this console polls"));
        QVERIFY(QTest::qWaitFor([&] { return genesys.requestCount("/oauth/token") > 0; }, kWaitMs));

        // The server ends the desk's session, and another console takes the lock at once.
        QVERIFY(m_server.terminateSessions(target.dbname));
        auto other = Database::open(target);
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        QVERIFY(other.value()
                    ->claimLeadership(QStringLiteral("noc-srv9 (process 99), leading since now"))
                    .ok());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return desk.window() &&
                                desk.window()->statusBarWidget()->sharedText() ==
                                    QStringLiteral("Shared database: viewing, noc-srv9 polls");
                     },
                     kWaitMs),
                 qPrintable(desk.window()->statusBarWidget()->sharedText()));
        QVERIFY(desk.window()->isMonitoringActive());
        keepScreenshot(desk.window(), QStringLiteral("shared-fenced-desk-views.png"));
        qunsetenv("GENESYS_CLIENT_ID");
        qunsetenv("GENESYS_CLIENT_SECRET");
        qunsetenv("EARSHOT_DB_PASSWORD");
    }
};

QTEST_MAIN(TestSharedWindows)
#include "TestSharedWindows.moc"
