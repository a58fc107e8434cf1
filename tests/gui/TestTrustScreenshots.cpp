// Issue 9 under a real X server (run through xvfb-run by ctest): the states an operator must
// never misread, one PNG each, in the build tree — no PagerDuty key, a PagerDuty outage, a
// silenced critical queue, a stale queue, and several queues overlaid on the charts. The
// pipeline is real: a Monitor against the fake Genesys Cloud and fake PagerDuty on loopback.
#include "tests/support/MonitorWorld.h"

#include "core/i18n/Translations.h"
#include "core/presentation/IncidentTableModel.h"
#include "core/presentation/ModelRoles.h"
#include "core/presentation/QueueTableModel.h"
#include "ui/ChartsPage.h"
#include "ui/IncidentsView.h"
#include "ui/MainWindow.h"
#include "ui/MonitorWindow.h"
#include "ui/QualityChartView.h"
#include "ui/QueueTablePage.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QObject>
#include <QPixmap>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kBilling = QStringLiteral("q-billing");
const QString kSupport = QStringLiteral("q-support");

// Sales as scripted; Support critical from window 8; Billing healthy until window 2, then
// gone from the data (its values go stale).
QList<FakeGenesysCloud::SummaryRow> threeQueues(const Script &script, qint64 start)
{
    QList<FakeGenesysCloud::SummaryRow> rows = script.rows(start);
    const qint64 index = (start - script.firstWindow) / 300;
    FakeGenesysCloud::SummaryRow support;
    support.queueId = kSupport;
    support.queueName = QStringLiteral("Support");
    support.mosScore = index >= 8 ? 2.45 : 4.2;
    support.packetLossPercent = index >= 8 ? 3.6 : 0.3;
    support.jitterMs = 12;
    support.conversationCount = 30;
    rows.append(support);
    if (index <= 2) {
        FakeGenesysCloud::SummaryRow billing;
        billing.queueId = kBilling;
        billing.queueName = QStringLiteral("Billing");
        billing.mosScore = 3.3;
        billing.packetLossPercent = 0.4;
        billing.jitterMs = 15;
        billing.conversationCount = 12;
        rows.append(billing);
    }
    return rows;
}

QString shotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("EARSHOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    return dir + u'/' + name;
}

} // namespace

class TestTrustScreenshots : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        QTemporaryDir dir;
        World world;
        std::unique_ptr<Monitor> monitor;
        std::unique_ptr<MainWindow> window;
    };

    static bool start(Session &s, bool withKey)
    {
        s.world.genesys.setQueues({{kQueue, QStringLiteral("Sales")},
                                   {kSupport, QStringLiteral("Support")},
                                   {kBilling, QStringLiteral("Billing")},
                                   {QStringLiteral("q-night"), QStringLiteral("Night line")}});
        Session *self = &s;
        s.world.genesys.setSummaryProvider(
            [self](qint64 from, qint64) { return threeQueues(self->world.script, from); });
        MonitorSetup setup = s.world.setup(s.dir.filePath(QStringLiteral("shots.sqlite")));
        if (!withKey)
            setup.fixedRoutingKey.clear();
        auto created = Monitor::create(std::move(setup));
        if (!created.ok())
            return false;
        s.monitor = std::move(created).value();
        s.window = std::make_unique<MonitorWindow>(*s.monitor);
        s.window->resize(1600, 900);
        s.window->show();
        if (!QTest::qWaitForWindowExposed(s.window.get()))
            return false;
        s.monitor->start();
        return true;
    }

    static void shoot(MainWindow &window, const char *file)
    {
        QTest::qWait(400);
        const QImage shot = window.screen()->grabWindow(window.winId()).toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(shotPath(QString::fromLatin1(file))));
        qInfo("wrote %s", qPrintable(shotPath(QString::fromLatin1(file))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1StringView("xcb"),
                 "run under xvfb-run with QT_QPA_PLATFORM=xcb");
        qunsetenv("PAGERDUTY_INTEGRATION_KEY");
        // English plural forms, as the app installs them.
        QVERIFY(!installTranslations(QLocale(QLocale::English)).earshot.isEmpty());
    }

    void noKey()
    {
        Session s;
        QVERIFY(start(s, false));
        s.world.run(*s.monitor, 5);
        QVERIFY(QTest::qWaitFor([&] { return !s.window->pagingProblem().isEmpty(); }, 5000));
        s.window->showPage(MainWindow::Page::Queues);
        shoot(*s.window, "trust-no-key.png");
    }

    void pagerDutyOutage()
    {
        Session s;
        for (int i = 0; i < 200; ++i)
            s.world.pagerDutyFaults.push(PagerDutyFault::status(503));
        QVERIFY(start(s, true));
        s.world.run(*s.monitor, 5);
        QVERIFY(QTest::qWaitFor([&] { return !s.window->pagingProblem().isEmpty(); }, 5000));
        s.window->showPage(MainWindow::Page::Incidents);
        IncidentsView *incidents = s.window->incidentsView();
        QVERIFY(incidents->selectIncident(
            incidents->model()->index(0, 0).data(DedupKeyRole).toString()));
        shoot(*s.window, "trust-pagerduty-outage.png");
    }

    void silencedCriticalStaleAndOverlay()
    {
        Session s;
        QVERIFY(start(s, true));
        s.world.run(*s.monitor, 9); // Sales and Support critical, Billing stale
        QVERIFY(s.monitor
                    ->silenceQueue(kQueue, s.monitor->nowSecs() + 4 * 3600,
                                   QStringLiteral("operator"),
                                   QStringLiteral("carrier maintenance"))
                    .ok());
        s.world.run(*s.monitor, 1);
        s.window->showPage(MainWindow::Page::Queues);
        shoot(*s.window, "trust-silenced-critical-and-stale.png");

        // Several queues overlaid: each one's episodes shaded in its own colour.
        emit s.window->queuePage()->chartRequested({kQueue, kSupport});
        s.window->chartsPage()->chartView()->setRange(ChartRange::LastHour);
        s.window->showPage(MainWindow::Page::Charts);
        shoot(*s.window, "trust-overlay-shading.png");
    }
};

QTEST_MAIN(TestTrustScreenshots)
#include "TestTrustScreenshots.moc"
