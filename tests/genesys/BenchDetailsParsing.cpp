// Benchmark, not a test: parse and aggregate a busy details-query window.
#include "app/demo/ConversationFactory.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <vector>

using namespace earshot;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr qint64 kStart = 1'763'892'000;
    QList<QueueLoad> queues;
    for (int q = 0; q < 50; ++q)
        queues.append(QueueLoad{QStringLiteral("queue-%1").arg(q), 200, 4.1, 0.3, 0.4, 90});
    const QList<SimulatedCall> calls = generateWindow(42, kStart, 300, queues);
    std::vector<QByteArray> pages;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < calls.size(); i += 100) {
        pages.push_back(detailsPageJson(calls.mid(i, 100), calls.size()));
        bytes += pages.back().size();
    }
    const qint64 rssBefore = statusKb("VmRSS:");
    const qint64 hwmBefore = statusKb("VmHWM:");

    QElapsedTimer timer;
    timer.start();
    QualityAggregator aggregator(kStart, kStart + 300, 3.5, {}, {});
    qint64 parseNs = 0;
    for (const QByteArray &page : pages) {
        QElapsedTimer t;
        t.start();
        const auto parsed = parseDetailsPage(page);
        parseNs += t.nsecsElapsed();
        if (!parsed.ok())
            return 1;
        aggregator.add(parsed.value());
    }
    const QList<QualitySample> samples = aggregator.samples();
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    const double mb = double(bytes) / (1024.0 * 1024.0);
    const qint64 hwmAfter = statusKb("VmHWM:");

    out << "details parsing: " << pages.size() << " pages, " << mb << " MB in "
        << double(parseNs) / 1e6 << " ms = " << mb / (double(parseNs) / 1e9) << " MB/s\n";
    out << "details window (" << calls.size() << " conversations, " << samples.size()
        << " queues): parse+aggregate " << totalMs << " ms\n";
    out << "details window: peak extra memory "
        << double(std::max<qint64>(0, hwmAfter - std::max(hwmBefore, rssBefore))) / 1024.0
        << " MB for " << mb << " MB of bodies already in memory\n";
    return 0;
}
