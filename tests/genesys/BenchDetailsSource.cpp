// Benchmark, not a test: one busy details window fetched the way the poller fetches it —
// token, then 100 pages of 100 realistic conversation records over loopback HTTP, each
// parsed and aggregated as it arrives. The pages are rendered before timing, so the figure
// is Earshot's side (HTTP client, parsing, aggregation), not the simulator's.
#include "app/demo/ConversationFactory.h"
#include "app/demo/LoopbackHttpServer.h"
#include "core/genesys/GenesysStack.h"
#include "tests/support/ManualClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace earshot;

namespace {

constexpr qint64 kStart = 1'763'892'000 - 600;

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Run
{
    double ms = 0;
    int queues = 0;
    int calls = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QList<QueueLoad> loads;
    for (int q = 0; q < 50; ++q)
        loads.append(QueueLoad{QStringLiteral("queue-%1").arg(q), 200, 4.1, 0.3, 0.4, 90});
    const QList<SimulatedCall> calls = generateWindow(7, kStart, 300, loads);
    std::vector<QByteArray> pages;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < calls.size(); i += 100) {
        pages.push_back(detailsPageJson(calls.mid(i, 100), calls.size()));
        bytes += pages.back().size();
    }
    const QByteArray lastPage = detailsPageJson({}, calls.size());

    LoopbackHttpServer server;
    server.setHandler([&](const HttpRequest &r) {
        if (r.path == "/oauth/token")
            return HttpResponse::json(200, "{\"access_token\":\"bench-token\",\"token_type\":"
                                           "\"bearer\",\"expires_in\":86400}");
        if (r.path == "/api/v2/routing/queues")
            return HttpResponse::json(200, "{\"entities\":[],\"pageNumber\":1,\"pageCount\":1}");
        const int page = QJsonDocument::fromJson(r.body)
                             .object()
                             .value(QStringLiteral("paging"))
                             .toObject()
                             .value(QStringLiteral("pageNumber"))
                             .toInt();
        return HttpResponse::json(
            200, page >= 1 && size_t(page) <= pages.size() ? pages[size_t(page - 1)] : lastPage);
    });
    if (!server.listen())
        return 1;

    ManualClock clock(1'763'892'000'000);
    QNetworkAccessManager network;
    GenesysSettings settings;
    settings.endpoints = GenesysEndpoints{server.baseUrl(), server.baseUrl()};
    settings.clientId = QStringLiteral("bench");
    settings.clientSecret = QStringLiteral("bench");
    GenesysStack stack(network, clock, settings);

    const qint64 rssBefore = statusKb("VmRSS:");
    const qint64 hwmBefore = statusKb("VmHWM:");
    std::vector<Run> runs;
    for (int i = 0; i < 5; ++i) {
        std::optional<Result<WindowFetch>> result;
        QElapsedTimer timer;
        timer.start();
        stack.source().fetchWindow(kStart, kStart + 300, &app,
                                   [&](const Result<WindowFetch> &r) { result = r; });
        while (!result)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        Run run;
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result->ok()) {
            out << "details window failed: " << result->error().message << "\n";
            return 1;
        }
        run.queues = int(result->value().samples.size());
        for (const QualitySample &s : result->value().samples)
            run.calls += s.calls;
        runs.push_back(run);
    }
    const qint64 hwmAfter = statusKb("VmHWM:");
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.ms < b.ms; });
    const double mb = double(bytes) / (1024.0 * 1024.0);
    const Run &median = runs[runs.size() / 2];
    out << "details window over loopback HTTP: " << calls.size() << " conversations, "
        << pages.size() + 1 << " requests, " << mb << " MB\n";
    out << "details window over loopback HTTP: fetch+parse+aggregate best " << runs.front().ms
        << " ms, median " << median.ms << " ms = " << mb / (median.ms / 1000.0) << " MB/s ("
        << median.queues << " queues, " << median.calls << " queue-calls)\n";
    out << "details window over loopback HTTP: peak extra memory "
        << double(std::max<qint64>(0, hwmAfter - std::max(hwmBefore, rssBefore))) / 1024.0
        << " MB (bodies held by the server: " << mb << " MB)\n";
    return 0;
}
