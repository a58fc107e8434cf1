// Benchmark, not a test: parse and aggregate a busy details-query window.
#include "app/demo/ConversationFactory.h"
#include "core/genesys/parse/DetailsParserQJson.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>
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

// CPU time of this thread: the machine may be shared, wall time would measure the others.
class CpuTimer
{
public:
    CpuTimer()
    {
        restart();
    }
    void restart()
    {
        m_start = nowNs();
    }
    [[nodiscard]] double elapsedMs() const
    {
        return double(nowNs() - m_start) / 1e6;
    }

private:
    static qint64 nowNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

// Counts what the parser hands over, so the figure is the parser's alone.
class CountingSink final : public DetailsSink
{
public:
    void conversation(const ConversationView &c) override
    {
        m_count += 1 + qint64(c.queueIds.size());
    }
    qint64 m_count = 0;
};

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
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
    // Bodies as HttpJob hands them over: read into a buffer with room for the padding.
    for (QByteArray &page : pages) {
        QByteArray padded;
        padded.reserve(page.size() + kDetailsParserPadding);
        padded.append(page);
        page = padded;
    }
    const double mb = double(bytes) / (1024.0 * 1024.0);
    const qint64 rssBefore = statusKb("VmRSS:");
    const qint64 hwmBefore = statusKb("VmHWM:");

    std::vector<double> parseMs;
    std::vector<double> windowMs;
    std::vector<double> oldParseMs;
    QList<QualitySample> samples;
    for (int run = 0; run < 7; ++run) {
        CpuTimer timer;
        CountingSink sink;
        for (const QByteArray &page : pages) {
            if (!parseDetailsPage(page, sink).ok())
                return 1;
        }
        parseMs.push_back(timer.elapsedMs());

        timer.restart();
        QualityAggregator aggregator(kStart, kStart + 300, 3.5, {}, {});
        for (const QByteArray &page : pages) {
            if (!parseDetailsPage(page, aggregator).ok())
                return 1;
        }
        samples = aggregator.samples();
        windowMs.push_back(timer.elapsedMs());

        if (run < 3) {
            timer.restart();
            for (const QByteArray &page : pages) {
                if (!parseDetailsPageWithQJson(page).ok())
                    return 1;
            }
            oldParseMs.push_back(timer.elapsedMs());
        }
    }
    const qint64 hwmAfter = statusKb("VmHWM:");
    const double parse = medianOf(parseMs);
    const double oldParse = medianOf(oldParseMs);
    out << "details parsing (simdjson): " << pages.size() << " pages, " << mb << " MB in " << parse
        << " ms = " << mb / (parse / 1000.0) << " MB/s (CPU time, median of " << parseMs.size()
        << ")\n";
    out << "details parsing (QJsonDocument, before): " << mb / (oldParse / 1000.0)
        << " MB/s (CPU time, median of " << oldParseMs.size() << ")\n";
    out << "details window (" << calls.size() << " conversations, " << samples.size()
        << " queues): parse+aggregate " << medianOf(windowMs) << " ms\n";
    out << "details window: peak extra memory "
        << double(std::max<qint64>(0, hwmAfter - std::max(hwmBefore, rssBefore))) / 1024.0
        << " MB for " << mb << " MB of bodies already in memory\n";
    return 0;
}
