// Benchmark, not a test: one busy details window (10,000 realistic conversations, 100 pages of
// 100, ~75 MB of JSON) served by the project's fake Genesys Cloud on 127.0.0.1, fetched by
// two child processes in turn: `earshot --check-genesys --json` (the product, end to end:
// token, queue list, paged details query, parse, aggregate, print) and the peer script
// `python3 py_details_aggregate.py` doing the same paging and per-queue MOS/loss. Each child
// is measured with wait4(): CPU user+sys, wall time and peak RSS. Repetitions alternate and
// the medians are printed, with the ratios; then the parser alone in MB/s.
//
// The pages are rendered once before timing (the fake would otherwise spend more time
// writing JSON than the clients spend reading it): an answer hook hands out those bytes for
// the details query, while the fake itself does the token, the queues and the rate-limit
// headers. Both children's per-queue call counts are compared, so neither can win by
// skipping work.
#include "app/demo/ConversationFactory.h"
#include "app/demo/FakeGenesysCloud.h"
#include "core/common/Clock.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/QualityAggregator.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <simdjson.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

extern char **environ;

using namespace earshot;

namespace {

constexpr int kQueues = 50;
constexpr int kCallsPerQueue = 200; // 10,000 conversations
constexpr int kPageSize = 100;
constexpr int kWindowSecs = 300;
constexpr int kIngestLagSecs = 60;
constexpr int kRepetitions = 10;
const QString kClientId = QStringLiteral("bench-client");
const QString kClientSecret = QStringLiteral("bench-secret");

QList<QueueLoad> queueLoads()
{
    QList<QueueLoad> loads;
    for (int q = 0; q < kQueues; ++q)
        loads.append(QueueLoad{QStringLiteral("queue-%1").arg(q, 2, 10, QLatin1Char('0')),
                               kCallsPerQueue, 3.6 + 0.01 * q, 0.4, 0.2 + 0.02 * q, 60.0 + q});
    return loads;
}

// The pages of one window, rendered as FakeGenesysCloud renders them.
struct WindowPages
{
    std::vector<QByteArray> pages; // page 1 at index 0; then the empty page after the last
    qint64 bytes = 0;
};

WindowPages renderWindow(qint64 start)
{
    const QList<SimulatedCall> calls =
        generateWindow(quint32(start), start, kWindowSecs, queueLoads());
    WindowPages w;
    for (qsizetype i = 0; i < calls.size(); i += kPageSize) {
        w.pages.push_back(detailsPageJson(calls.mid(i, kPageSize), calls.size()));
        w.bytes += w.pages.back().size();
    }
    w.pages.push_back(detailsPageJson({}, calls.size()));
    return w;
}

// Answers the details query from pages rendered beforehand; counts renders, so a run that
// had to wait for one (the window moved on) is not timed.
class PrerenderedDetails final : public FakeGenesysCloud::AnswerHook
{
public:
    std::optional<HttpResponse> answerFor(const HttpRequest &request) override
    {
        // Without a bearer token the fake answers (401) as it always does.
        if (request.path != "/api/v2/analytics/conversations/details/query" ||
            !request.header("authorization").startsWith("Bearer "))
            return std::nullopt;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const auto interval =
            parseIsoInterval(body.value(QLatin1StringView("interval")).toString());
        const int page = body.value(QLatin1StringView("paging"))
                             .toObject()
                             .value(QLatin1StringView("pageNumber"))
                             .toInt(1);
        if (!interval || interval->end - interval->start != kWindowSecs || page < 1)
            return std::nullopt;
        const WindowPages &w = window(interval->start);
        return HttpResponse::json(200, w.pages[std::min<size_t>(size_t(page), w.pages.size()) - 1]);
    }
    void spoil(const HttpRequest &, HttpResponse &) override {}

    const WindowPages &window(qint64 start)
    {
        auto found = m_windows.find(start);
        if (found == m_windows.end()) {
            ++renders;
            found = m_windows.emplace(start, renderWindow(start)).first;
        }
        return found->second;
    }

    int renders = 0;

private:
    std::map<qint64, WindowPages> m_windows;
};

struct Measure
{
    double cpuSecs = 0;
    double userSecs = 0;
    double sysSecs = 0;
    double wallSecs = 0;
    double peakMb = 0;
    QByteArray output;
    bool ok = false;
};

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// `BenchDetailsWindow --measure RESULT OUT PROGRAM ARGS...`: runs PROGRAM with its output in
// OUT, reaps it with wait4 and writes "user sys wall peak-kB status" into RESULT. The
// benchmark starts the programs through this small process, not itself: Linux counts the
// memory of the process a child was spawned from into the child's ru_maxrss, and the
// benchmark holds the whole window in memory.
int measureChild(char **argv)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[4], &actions, nullptr, argv + 4, environ) != 0)
        return 1;
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    struct rusage usage
    {
    };
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 1;
    }
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double wall =
        double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    FILE *result = std::fopen(argv[2], "w");
    if (!result)
        return 1;
    std::fprintf(result, "%.6f %.6f %.6f %ld %d\n", seconds(usage.ru_utime),
                 seconds(usage.ru_stime), wall, usage.ru_maxrss,
                 WIFEXITED(status) ? WEXITSTATUS(status) : 128);
    std::fclose(result);
    return 0;
}

// Runs a program through `--measure`, serving the fake meanwhile.
Measure runChild(const QStringList &argv, const QStringList &extraEnv, const QString &outFile)
{
    Measure m;
    const QString resultFile = outFile + QStringLiteral(".rusage");
    QStringList all{QCoreApplication::applicationFilePath(), QStringLiteral("--measure"),
                    resultFile, outFile};
    all += argv;
    std::vector<QByteArray> argBytes;
    for (const QString &a : std::as_const(all))
        argBytes.push_back(QFile::encodeName(a));
    std::vector<char *> args;
    for (QByteArray &a : argBytes)
        args.push_back(a.data());
    args.push_back(nullptr);
    std::vector<QByteArray> envBytes; // ours first: getenv() takes the first of a name
    for (const QString &e : extraEnv)
        envBytes.push_back(e.toLocal8Bit());
    for (char **e = environ; *e; ++e)
        envBytes.emplace_back(*e);
    std::vector<char *> env;
    for (QByteArray &e : envBytes)
        env.push_back(e.data());
    env.push_back(nullptr);

    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), env.data()) != 0)
        return m;
    // The fake answers from this thread's event loop until the child is gone: a pidfd
    // becomes readable when it exits.
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        QEventLoop loop;
        QSocketNotifier exited(qintptr(pidfd), QSocketNotifier::Read);
        QObject::connect(&exited, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        loop.exec();
        close(pidfd);
    }
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(pid, &status, pidfd >= 0 ? 0 : WNOHANG);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            return m;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1); // no pidfd: poll
        usleep(200);
    }
    QFile result(resultFile);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !result.open(QIODevice::ReadOnly))
        return m;
    const QList<QByteArray> fields = result.readAll().simplified().split(' ');
    if (fields.size() != 5)
        return m;
    m.userSecs = fields[0].toDouble();
    m.sysSecs = fields[1].toDouble();
    m.cpuSecs = m.userSecs + m.sysSecs;
    m.wallSecs = fields[2].toDouble();
    m.peakMb = fields[3].toDouble() / 1024.0; // kB on Linux
    QFile f(outFile);
    if (f.open(QIODevice::ReadOnly))
        m.output = f.readAll();
    m.ok = fields[4].toInt() == 0;
    return m;
}

// queue id -> calls, for queues with calls, from either program's JSON array.
QMap<QString, int> callsByQueue(const QByteArray &json)
{
    QMap<QString, int> calls;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        const int n = o.value(QLatin1StringView("calls")).toInt();
        if (n > 0)
            calls.insert(o.value(QLatin1StringView("queueId")).toString(), n);
    }
    return calls;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

struct Series
{
    std::vector<double> cpu, user, sys, wall, peak;
    void add(const Measure &m)
    {
        cpu.push_back(m.cpuSecs);
        user.push_back(m.userSecs);
        sys.push_back(m.sysSecs);
        wall.push_back(m.wallSecs);
        peak.push_back(m.peakMb);
    }
};

QString describe(const Series &s)
{
    return QStringLiteral("CPU %1 s (user %2 + sys %3), wall %4 s, peak RSS %5 MB")
        .arg(median(s.cpu), 0, 'f', 3)
        .arg(median(s.user), 0, 'f', 3)
        .arg(median(s.sys), 0, 'f', 3)
        .arg(median(s.wall), 0, 'f', 3)
        .arg(median(s.peak), 0, 'f', 1);
}

double threadCpuSecs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct ParserRate
{
    double perCpuSec = 0;  // MB per second of this thread's CPU: what the parser costs
    double perWallSec = 0; // on a shared machine, lower and noisier
};

// The parser and aggregator alone over the window's pages, in memory.
ParserRate parserRate(const WindowPages &w, qint64 start)
{
    std::vector<QByteArray> padded;
    for (const QByteArray &page : w.pages) {
        QByteArray body;
        body.reserve(page.size() + kDetailsParserPadding); // as HttpJob reserves it
        body.append(page);
        padded.push_back(std::move(body));
    }
    std::vector<double> cpuRates;
    std::vector<double> wallRates;
    for (int pass = 0; pass < 7; ++pass) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSecs();
        QualityAggregator aggregator(start, start + kWindowSecs, 3.5, {}, {});
        for (const QByteArray &body : padded) {
            if (!parseDetailsPage(body, aggregator).ok())
                return {};
        }
        const QList<QualitySample> samples = aggregator.samples();
        const double cpu = threadCpuSecs() - cpu0;
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        if (samples.size() != kQueues)
            return {};
        cpuRates.push_back(double(w.bytes) / 1e6 / cpu);
        wallRates.push_back(double(w.bytes) / 1e6 / wall);
    }
    return {median(cpuRates), median(wallRates)};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 5 && qstrcmp(argv[1], "--measure") == 0)
        return measureChild(argv);
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString label = QStringLiteral("details window vs peer script: ");
    const QString earshot = QStringLiteral(EARSHOT_BINARY);
    const QString peer = QStringLiteral(EARSHOT_PEER_SCRIPT);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || !QFileInfo::exists(peer)) {
        out << label << "SKIPPED: "
            << (python.isEmpty() ? QStringLiteral("python3 is not on PATH")
                                 : QStringLiteral("no peer script at %1 (set the CMake cache "
                                                  "variable EARSHOT_PEER_SCRIPT)")
                                       .arg(peer))
            << "\n";
        return 0;
    }

    SystemClock clock;
    FakeGenesysCloud genesys(clock);
    genesys.setCredentials(kClientId, kClientSecret);
    // Genesys counts requests per token and minute, and every child has a token of its own;
    // the fake counts all of them together, so its budget covers a minute of alternating
    // runs (~100 requests each) and neither program is told to slow down.
    genesys.setRateLimit(3000, false);
    QList<QueueInfo> queues;
    for (const QueueLoad &q : queueLoads())
        queues.append(QueueInfo{q.queueId, QStringLiteral("Queue %1").arg(q.queueId)});
    genesys.setQueues(queues);
    PrerenderedDetails details;
    genesys.setAnswerHook(&details);
    if (!genesys.listen()) {
        out << label << "cannot listen on 127.0.0.1\n";
        return 1;
    }
    const QString base = genesys.baseUrl().toString();

    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("bench.ini"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("[genesys]\nlogin_url = %1\napi_url = %1\nsource = details\n"
                               "[schedule]\nwindow_seconds = %2\ningest_lag_seconds = %3\n"
                               "[storage]\ndatabase = %4\n")
                    .arg(base)
                    .arg(kWindowSecs)
                    .arg(kIngestLagSecs)
                    .arg(dir.filePath(QStringLiteral("bench.sqlite")))
                    .toUtf8());
    }
    const QStringList env{QStringLiteral("GENESYS_CLIENT_ID=") + kClientId,
                          QStringLiteral("GENESYS_CLIENT_SECRET=") + kClientSecret,
                          QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const QString outFile = dir.filePath(QStringLiteral("out.json"));

    // The window `earshot --check-genesys` polls now: the newest one past the ingest lag.
    const auto currentStart = [&clock] {
        return alignWindowStart(clock.nowSecs() - kIngestLagSecs, kWindowSecs) - kWindowSecs;
    };
    const WindowPages &first = details.window(currentStart());
    out << label << kQueues * kCallsPerQueue << " conversations, " << first.pages.size() - 1
        << " pages of " << kPageSize << ", " << QString::number(double(first.bytes) / 1e6, 'f', 1)
        << " MB, FakeGenesysCloud on " << base << "\n";

    Series earshotSeries;
    Series peerSeries;
    int discarded = 0;
    for (int rep = -1; rep < kRepetitions; ++rep) { // rep -1 warms both up, untimed
        const qint64 start = currentStart();
        (void)details.window(start);
        const int rendersBefore = details.renders;
        const Measure e = runChild({earshot, QStringLiteral("--check-genesys"),
                                    QStringLiteral("--json"), QStringLiteral("--config"), config},
                                   env, outFile);
        const Measure p =
            runChild({python, peer, base, QString::number(start), QString::number(kWindowSecs)},
                     env, outFile);
        if (!e.ok || !p.ok) {
            out << label << "a child failed: earshot " << (e.ok ? "ok" : "FAILED") << ", script "
                << (p.ok ? "ok" : "FAILED") << "\n";
            return 1;
        }
        const QMap<QString, int> earshotCalls = callsByQueue(e.output);
        if (earshotCalls != callsByQueue(p.output) || earshotCalls.size() != kQueues) {
            if (details.renders != rendersBefore || currentStart() != start) {
                ++discarded; // the window moved on between the two runs
                --rep;
                continue;
            }
            out << label << "the two programs disagree on the calls per queue\n";
            return 1;
        }
        if (details.renders != rendersBefore) {
            ++discarded;
            --rep;
            continue;
        }
        if (rep < 0)
            continue;
        earshotSeries.add(e);
        peerSeries.add(p);
    }

    const QString peerName = QFileInfo(peer).fileName();
    out << label << "earshot --check-genesys --json: " << describe(earshotSeries) << " (median of "
        << kRepetitions << ")\n";
    out << label << "python3 " << peerName << ": " << describe(peerSeries) << " (median of "
        << kRepetitions << ")\n";
    out << label << "script / earshot: CPU "
        << QString::number(median(peerSeries.cpu) / median(earshotSeries.cpu), 'f', 1) << "x, wall "
        << QString::number(median(peerSeries.wall) / median(earshotSeries.wall), 'f', 1)
        << "x, peak RSS "
        << QString::number(median(peerSeries.peak) / median(earshotSeries.peak), 'f', 2) << "x"
        << (discarded > 0
                ? QStringLiteral(" (%1 run(s) redone: the window moved on)").arg(discarded)
                : QString())
        << "\n";
    const qint64 start = currentStart();
    const ParserRate rate = parserRate(details.window(start), start);
    out << label << "parser + aggregation alone (simdjson DOM, "
        << QString::fromStdString(simdjson::get_active_implementation()->name())
        << " kernel): " << QString::number(rate.perCpuSec, 'f', 0) << " MB/s of CPU time ("
        << QString::number(rate.perWallSec, 'f', 0) << " MB/s wall; median of 7 passes)\n";
    return 0;
}
