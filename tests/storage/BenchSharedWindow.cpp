// Three consoles on one PostgreSQL database (a server this benchmark starts itself), 1,000
// queues: the leader commits a window (history, cursor, the notification) and the two other
// consoles, told by LISTEN/NOTIFY, read the latest window of every queue. Printed: the time
// from the start of the leader's commit until both have read it (goal < 1 s), and the
// commit alone. The three connections share this process's one thread, so the two reads
// come one after the other: separate machines would read in parallel.
#include "core/common/Clock.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/WindowCommit.h"
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

using namespace earshot;

namespace {

constexpr int kQueues = 1'000;
constexpr int kWindows = 20;

WindowRecord windowOf(qint64 start)
{
    WindowRecord r;
    r.windowStart = start;
    r.windowEnd = start + 300;
    r.cursorWindowEnd = start + 300;
    r.nowMs = (start + 360) * 1000;
    r.samples.reserve(kQueues);
    for (int i = 0; i < kQueues; ++i) {
        QualitySample s;
        s.queueId = QStringLiteral("q-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.queueName = QStringLiteral("Queue %1").arg(i);
        s.windowStart = start;
        s.windowEnd = start + 300;
        s.calls = 5 + i % 20;
        s.mosMean = 4.0 + 0.1 * double((start / 300 + i) % 3);
        s.packetLossPercent = 0.2;
        s.jitterMs = 12;
        r.samples.append(s);
    }
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    test::PostgresServer server;
    if (const QString problem = server.start(); !problem.isEmpty()) {
        out << "shared window: " << problem << "\n";
        return 1;
    }
    const StorageTarget target = server.target(server.createDatabase(QStringLiteral("bench")));
    auto leader = Database::open(target);
    std::array<std::unique_ptr<Database>, 2> viewers;
    for (auto &v : viewers) {
        auto opened = Database::open(target);
        if (!leader.ok() || !opened.ok()) {
            out << "shared window: cannot open the database\n";
            return 1;
        }
        v = std::move(opened).value();
    }
    SystemClock clock;
    QElapsedTimer timer;
    qint64 expected = 0;
    std::array<qint64, 2> seenAtNs{-1, -1};
    std::vector<std::unique_ptr<ChangeFeed>> feeds;
    for (std::size_t i = 0; i < viewers.size(); ++i) {
        feeds.push_back(std::make_unique<ChangeFeed>(*viewers[i], clock));
        QObject::connect(feeds.back().get(), &ChangeFeed::changed, feeds.back().get(),
                         [&, i](const QString &) {
                             const auto latest = HistoryStore(*viewers[i]).latestPerQueue();
                             if (latest.ok() && latest.value().size() == kQueues &&
                                 latest.value().first().windowStart == expected)
                                 seenAtNs[i] = timer.nsecsElapsed();
                         });
    }
    std::vector<double> visible;
    std::vector<double> commits;
    for (int w = 0; w < kWindows; ++w) {
        const WindowRecord record = windowOf(1'763'892'000 + w * 300);
        expected = record.windowStart;
        seenAtNs = {-1, -1};
        timer.start();
        if (Status s = commitWindow(*leader.value(), record); !s.ok()) {
            out << "shared window: " << s.error().message << "\n";
            return 1;
        }
        commits.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!QTest::qWaitFor([&] { return seenAtNs[0] >= 0 && seenAtNs[1] >= 0; }, 10'000)) {
            out << "shared window: a viewer did not see window " << w << " within 10 s\n";
            return 1;
        }
        visible.push_back(double(std::max(seenAtNs[0], seenAtNs[1])) / 1e6);
    }
    out << "shared window, 3 consoles x " << kQueues << " queues (PostgreSQL "
        << (feeds.front()->listening() ? "LISTEN/NOTIFY" : "slow re-read") << "): committed by "
        << "the leader and read by both viewers: median "
        << QString::number(median(visible), 'f', 1) << " ms, max "
        << QString::number(*std::max_element(visible.begin(), visible.end()), 'f', 1) << " ms over "
        << kWindows << " windows (goal < 1000 ms)\n";
    out << "shared window: the leader's commit alone: median "
        << QString::number(median(commits), 'f', 1) << " ms\n";
    return 0;
}
