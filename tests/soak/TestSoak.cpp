// The short soak: 50 queues, 2 simulated hours, the same faults and checks as BenchSoak
// (the 24-hour, 500-queue run) but memory, which needs hours to settle.
#include "tests/soak/Soak.h"

#include <QObject>
#include <QTest>

using namespace earshot::test;

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void twoHoursOfFiftyQueuesUnderFaults()
    {
        SoakOptions options;
        options.queues = 50;
        options.hours = 2;
        options.checkRss = false;
        const SoakReport report = runSoak(options);
        qInfo().noquote() << formatSoakReport(report);
        QVERIFY2(report.violations.isEmpty(), qPrintable(report.violations.join(u'\n')));
        // Not vacuous: the script paged, faults were injected, everything was delivered.
        QVERIFY(report.incidentsExpected > 0);
        QCOMPARE(report.incidents, report.incidentsExpected);
        QVERIFY(report.outboxEvents >= 2 * report.incidents);
        QCOMPARE(report.outboxDelivered, report.outboxEvents);
        QVERIFY(report.genesysFaults > 0 && report.pagerDutyFaults > 0);
        QCOMPARE(report.windowsStored, report.windowsExpected);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "TestSoak.moc"
