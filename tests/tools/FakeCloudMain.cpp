// earshot-fake-cloud: the project's fake Genesys Cloud and fake PagerDuty on 127.0.0.1 as a
// program, playing the pipeline tests' scripted degradation of the "Sales" queue on the
// real clock, so a separately started Earshot (earshot.exe under wine) can be checked
// against them. It prints one line when ready and one line per event PagerDuty accepted;
// it runs until it is terminated.
//
//   earshot-fake-cloud [--genesys-port N] [--pagerduty-port M]
//
// The script is positioned so that the newest complete 5-minute window is breaching
// (window 6 or 7 of the script: warning or critical): an `earshot --headless --once` run
// now opens one episode and sends exactly one trigger.
#include "tests/support/PipelineRig.h"

#include "core/common/Clock.h"
#include "core/model/TimeWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace earshot;

namespace {

constexpr qint64 kWindowSecs = 300;

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fake Genesys Cloud and PagerDuty on 127.0.0.1 for a scripted episode"));
    parser.addHelpOption();
    const QCommandLineOption genesysPort(QStringLiteral("genesys-port"),
                                         QStringLiteral("Port of the fake Genesys Cloud."),
                                         QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption pagerDutyPort(QStringLiteral("pagerduty-port"),
                                           QStringLiteral("Port of the fake PagerDuty."),
                                           QStringLiteral("port"), QStringLiteral("0"));
    parser.addOption(genesysPort);
    parser.addOption(pagerDutyPort);
    parser.process(app);

    SystemClock clock;
    test::Script script;
    // The window in progress is window 8 of the script, so the newest complete one is 7
    // (critical), or 6 (warning) during the ingest lag after a window boundary.
    script.firstWindow = alignWindowStart(clock.nowSecs(), kWindowSecs) - 8 * kWindowSecs;

    FakeGenesysCloud genesys(clock);
    genesys.setQueues({{test::kQueue, QStringLiteral("Sales")}});
    genesys.setSummaryProvider([&script](qint64 start, qint64) { return script.rows(start); });
    FakePagerDuty pagerDuty;
    pagerDuty.setClock(&clock);
    pagerDuty.addRoutingKey(test::kRoutingKey);
    if (!genesys.listen(quint16(parser.value(genesysPort).toUInt())) ||
        !pagerDuty.listen(quint16(parser.value(pagerDutyPort).toUInt()))) {
        std::fputs("earshot-fake-cloud: cannot listen on the given ports\n", stderr);
        return 1;
    }
    QObject::connect(&pagerDuty, &FakePagerDuty::eventAccepted, &app, [](const QJsonObject &event) {
        const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
        printLine(QStringLiteral("pagerduty accepted: %1 %2 %3")
                      .arg(event.value(QStringLiteral("event_action")).toString(),
                           payload.value(QStringLiteral("severity")).toString(),
                           event.value(QStringLiteral("dedup_key")).toString()));
    });
    printLine(QStringLiteral("ready genesys=%1 pagerduty=%2 client_id=earshot-client "
                             "client_secret=earshot-secret routing_key=%3")
                  .arg(genesys.baseUrl().toString(), pagerDuty.eventsUrl().toString(),
                       test::kRoutingKey));
    return QCoreApplication::exec();
}
