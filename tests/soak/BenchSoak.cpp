// The soak (issue 15): 500 queues for 24 simulated hours against the fakes with faults on
// both APIs; prints its figures and exits non-zero when a property broke. Run by the
// `bench` target; `BenchSoak QUEUES HOURS` runs another size.
#include "tests/soak/Soak.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    earshot::test::SoakOptions options;
    const QStringList args = app.arguments();
    if (args.size() > 1)
        options.queues = args[1].toInt();
    if (args.size() > 2)
        options.hours = args[2].toInt();
    options.progress = true;
    const earshot::test::SoakReport report = earshot::test::runSoak(options);
    std::fputs(qPrintable(earshot::test::formatSoakReport(report)), stdout);
    return report.violations.isEmpty() ? 0 : 1;
}
