// Three consoles on one PostgreSQL database (a server this benchmark starts itself), 1,000
// queues, through the whole Monitor against the fakes: one polls, two view (--role viewer).
// Printed:
// - a window the leader stored, until both viewers have read it again (the engine's state
//   of every queue), said so (windowStored) and read every queue's latest sample, as their
//   windows and walls then do: the goal is < 1 s;
// - an acknowledgement asked on one viewer, until the other viewer shows the incident
//   acknowledged (the leader carried it out) and until PagerDuty accepted it: < 2 s.
// The three consoles share this process's one thread, so the viewers read one after the
// other: separate machines would read in parallel.
#include "tests/support/MonitorWorld.h"

#include "core/pipeline/Monitor.h"
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <vector>

using namespace earshot;
using namespace earshot::test;

namespace {

constexpr int kQueues = 1'000;
constexpr int kBadQueues = 5; // each one episode, acknowledged on a viewer
constexpr int kWindows = 12;

QString queueId(int i)
{
    return QStringLiteral("q-%1").arg(i, 4, 10, QLatin1Char('0'));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

bool acknowledgedOn(const Monitor &monitor, const QString &key)
{
    const auto rows = monitor.incidents();
    if (!rows.ok())
        return false;
    return std::any_of(rows.value().cbegin(), rows.value().cend(), [&](const IncidentRow &r) {
        return r.dedupKey == key && r.state == IncidentRow::State::Acknowledged;
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    PostgresServer server;
    if (const QString problem = server.start(); !problem.isEmpty()) {
        out << "shared consoles: " << problem << "\n";
        return 1;
    }
    World w;
    QList<QueueInfo> queues;
    for (int i = 0; i < kQueues; ++i)
        queues.append({queueId(i), QStringLiteral("Queue %1").arg(i)});
    w.genesys.setQueues(queues);
    w.genesys.setSummaryProvider([&w](qint64 start, qint64) {
        QList<FakeGenesysCloud::SummaryRow> rows;
        const bool degraded = (start - w.script.firstWindow) / 300 >= 2;
        for (int i = 0; i < kQueues; ++i) {
            FakeGenesysCloud::SummaryRow row;
            row.queueId = queueId(i);
            row.queueName = QStringLiteral("Queue %1").arg(i);
            row.mosScore = degraded && i < kBadQueues ? 3.3 : 4.2;
            row.packetLossPercent = 0.2;
            row.jitterMs = 10;
            row.conversationCount = 5 + i % 20;
            rows.append(row);
        }
        return rows;
    });
    MonitorSetup setup = w.setup(QString());
    setup.sharedStorage = server.target(server.createDatabase(QStringLiteral("consoles")));
    setup.role = ConsoleRole::Leader;
    auto leaderMade = Monitor::create(setup);
    setup.role = ConsoleRole::Viewer;
    auto firstMade = Monitor::create(setup);
    auto secondMade = Monitor::create(setup);
    if (!leaderMade.ok() || !firstMade.ok() || !secondMade.ok()) {
        out << "shared consoles: cannot start the consoles\n";
        return 1;
    }
    Monitor &leader = *leaderMade.value();
    std::array<Monitor *, 2> viewers{firstMade.value().get(), secondMade.value().get()};

    QElapsedTimer timer;
    timer.start();
    qint64 storedAtNs = -1;
    qint64 storedEnd = 0;
    int stored = 0;
    std::array<qint64, 2> seenAtNs{-1, -1};
    QObject::connect(&leader, &Monitor::windowStored, &leader, [&](qint64, qint64 end) {
        storedAtNs = timer.nsecsElapsed();
        storedEnd = end;
        ++stored;
    });
    for (std::size_t i = 0; i < viewers.size(); ++i) {
        QObject::connect(
            viewers[i], &Monitor::windowStored, viewers[i], [&, i](qint64, qint64 end) {
                // What the window and the wall then read: every queue's latest
                // sample.
                const auto latest = viewers[i]->latestSamples();
                if (end == storedEnd && latest.ok() && latest.value().size() == kQueues)
                    seenAtNs[i] = timer.nsecsElapsed();
            });
    }
    leader.start();
    for (Monitor *v : viewers)
        v->start();

    std::vector<double> visible;
    for (int k = 0; k < kWindows; ++k) {
        const int before = stored;
        seenAtNs = {-1, -1};
        // Time moves to the next poll; the window comes over real sockets.
        for (int i = 0; i < 20'000 && stored == before; ++i) {
            if (w.clock.pendingCount() > 0)
                w.clock.advanceTo(w.clock.nextDueMs());
            QTest::qWait(1);
        }
        if (stored == before) {
            out << "shared consoles: the leader stored no window " << k << "\n";
            return 1;
        }
        if (!QTest::qWaitFor([&] { return seenAtNs[0] >= 0 && seenAtNs[1] >= 0; }, 20'000)) {
            out << "shared consoles: a viewer did not show window " << k << " within 20 s\n";
            return 1;
        }
        // The first windows are the back-fill, fetched one after the other at once.
        visible.push_back(double(std::max(seenAtNs[0], seenAtNs[1]) - storedAtNs) / 1e6);
    }

    std::vector<double> shown;
    std::vector<double> paged;
    const auto open = viewers[0]->incidents();
    if (!open.ok()) {
        out << "shared consoles: " << open.error().message << "\n";
        return 1;
    }
    for (const IncidentRow &r : open.value()) {
        if (r.state != IncidentRow::State::Open)
            continue;
        const auto acknowledgements = [&] {
            const QStringList actions = actionsFor(w.pagerDuty, r.dedupKey);
            return actions.count(QStringLiteral("acknowledge"));
        };
        const qint64 askedAtNs = timer.nsecsElapsed();
        if (Status s = viewers[0]->acknowledge(r.dedupKey, QStringLiteral("bench"), {}); !s.ok()) {
            out << "shared consoles: " << s.error().message << "\n";
            return 1;
        }
        if (!QTest::qWaitFor([&] { return acknowledgedOn(*viewers[1], r.dedupKey); }, 20'000)) {
            out << "shared consoles: the acknowledgement did not show within 20 s\n";
            return 1;
        }
        shown.push_back(double(timer.nsecsElapsed() - askedAtNs) / 1e6);
        if (!QTest::qWaitFor([&] { return acknowledgements() == 1; }, 20'000)) {
            out << "shared consoles: PagerDuty got no acknowledgement within 20 s\n";
            return 1;
        }
        paged.push_back(double(timer.nsecsElapsed() - askedAtNs) / 1e6);
    }
    if (shown.empty()) {
        out << "shared consoles: no incident opened\n";
        return 1;
    }
    out << "shared consoles, 1 polling + 2 viewers x " << kQueues
        << " queues: a stored window shown by both viewers: median " << ms(median(visible))
        << " ms, max " << ms(*std::max_element(visible.begin(), visible.end())) << " ms over "
        << visible.size() << " windows (goal < 1000 ms)\n";
    out << "shared consoles: an acknowledgement asked on a viewer, shown acknowledged on the "
           "other: median "
        << ms(median(shown)) << " ms, max " << ms(*std::max_element(shown.begin(), shown.end()))
        << " ms; accepted by PagerDuty: median " << ms(median(paged)) << " ms over " << shown.size()
        << " incidents (goal < 2000 ms)\n";
    return 0;
}
