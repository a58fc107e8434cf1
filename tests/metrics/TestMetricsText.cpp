// Earshot's metrics as text: the exact lines for a snapshot, what is left out, and
// `promtool check metrics` (Debian's prometheus package) finding nothing to say about it.
#include "core/metrics/MetricsText.h"
#include "core/metrics/OpenMetricsWriter.h"

#include "tests/support/Promtool.h"

#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

QualitySample sample(double mos, int calls)
{
    QualitySample s;
    s.windowStart = 1764695100;
    s.windowEnd = 1764695400;
    s.calls = calls;
    s.mosMean = mos;
    s.packetLossPercent = 1.5;
    s.jitterMs = 12.0;
    s.latencyP95Ms = 180.0;
    return s;
}

QueueMetrics queue(const QString &id, const QString &name, std::optional<QualitySample> latest)
{
    QueueMetrics q;
    q.id = id;
    q.name = name;
    q.latest = std::move(latest);
    return q;
}

// A snapshot with a bit of everything: a degraded queue, a queue without a window yet, a
// name that needs escaping, a source without jitter.
MetricsSnapshot busySnapshot()
{
    MetricsSnapshot s;
    s.version = QStringLiteral("0.1.0");
    QueueMetrics sales = queue(QStringLiteral("q-1"), QStringLiteral("Sales"), sample(2.6, 12));
    sales.episode = QueueMetrics::Episode::Acknowledged;
    sales.severity = Severity::Critical;
    QualitySample noJitter = sample(4.1, 3);
    noJitter.jitterMs.reset();
    noJitter.partial = true;
    s.queues = {
        sales, queue(QStringLiteral("q-2"), QStringLiteral("Support \"Tier\\2\"\nnight"), noJitter),
        queue(QStringLiteral("q-3"), QStringLiteral("Idle"), std::nullopt)};
    s.pollerState = PollerStatus::State::RateLimited;
    s.lastSuccessfulPollMs = 1764695461500;
    s.deliveryState = DeliveryStatus::State::Retrying;
    s.deliveryProblem = DeliveryStatus::Problem::Unreachable;
    s.outboxBacklog = 4;
    s.outboxFailed = 1;
    return s;
}

QList<QByteArray> lines(const QByteArray &text)
{
    return text.split('\n');
}

} // namespace

class TestMetricsText : public QObject
{
    Q_OBJECT

private slots:
    void contentType()
    {
        QCOMPARE(QByteArray(kOpenMetricsContentType),
                 QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
    }

    void oneQueueExactly()
    {
        MetricsSnapshot s;
        s.version = QStringLiteral("0.1.0");
        QueueMetrics q = queue(QStringLiteral("q-1"), QStringLiteral("Sales"), sample(3.3, 7));
        q.episode = QueueMetrics::Episode::Open;
        q.severity = Severity::Warning;
        s.queues = {q};
        s.pollerState = PollerStatus::State::Ok;
        s.lastSuccessfulPollMs = 1764695460000;
        const QByteArray L = "{queue_id=\"q-1\",queue=\"Sales\"}";
        QCOMPARE(metricsText(s),
                 "# TYPE earshot_build_version gauge\n"
                 "# HELP earshot_build_version Always 1; the label names Earshot's version.\n"
                 "earshot_build_version{version=\"0.1.0\"} 1\n"
                 "# TYPE earshot_queue_mos gauge\n"
                 "# HELP earshot_queue_mos Mean MOS of the calls of the queue's newest window "
                 "(1 to 5).\n"
                 "earshot_queue_mos" +
                     L +
                     " 3.3\n"
                     "# TYPE earshot_queue_packet_loss_ratio gauge\n"
                     "# UNIT earshot_queue_packet_loss_ratio ratio\n"
                     "# HELP earshot_queue_packet_loss_ratio Packet loss of the queue's newest "
                     "window, (lost + invalid) / received.\n"
                     "earshot_queue_packet_loss_ratio" +
                     L +
                     " 0.015\n"
                     "# TYPE earshot_queue_jitter_seconds gauge\n"
                     "# UNIT earshot_queue_jitter_seconds seconds\n"
                     "# HELP earshot_queue_jitter_seconds Jitter of the queue's newest window "
                     "(absent where the source reports none).\n"
                     "earshot_queue_jitter_seconds" +
                     L +
                     " 0.012\n"
                     "# TYPE earshot_queue_latency_seconds gauge\n"
                     "# UNIT earshot_queue_latency_seconds seconds\n"
                     "# HELP earshot_queue_latency_seconds 95th percentile of the calls' worst "
                     "one-way latency in the queue's newest window.\n"
                     "earshot_queue_latency_seconds" +
                     L +
                     " 0.18\n"
                     "# TYPE earshot_queue_calls gauge\n"
                     "# HELP earshot_queue_calls Calls of the queue's newest window.\n"
                     "earshot_queue_calls" +
                     L +
                     " 7\n"
                     "# TYPE earshot_queue_window_partial gauge\n"
                     "# HELP earshot_queue_window_partial 1 when too many of the newest window's "
                     "conversations were malformed: its values are shown but not judged.\n"
                     "earshot_queue_window_partial" +
                     L +
                     " 0\n"
                     "# TYPE earshot_queue_window_end_timestamp_seconds gauge\n"
                     "# UNIT earshot_queue_window_end_timestamp_seconds seconds\n"
                     "# HELP earshot_queue_window_end_timestamp_seconds End of the queue's newest "
                     "stored window (Unix time).\n"
                     "earshot_queue_window_end_timestamp_seconds" +
                     L +
                     " 1764695400\n"
                     "# TYPE earshot_queue_episode_state gauge\n"
                     "# HELP earshot_queue_episode_state 1 for the state of the queue's degraded "
                     "episode: none, open or acknowledged.\n"
                     "earshot_queue_episode_state{queue_id=\"q-1\",queue=\"Sales\",state=\"none\"} "
                     "0\n"
                     "earshot_queue_episode_state{queue_id=\"q-1\",queue=\"Sales\",state=\"open\"} "
                     "1\n"
                     "earshot_queue_episode_state{queue_id=\"q-1\",queue=\"Sales\",state="
                     "\"acknowledged\"} 0\n"
                     "# TYPE earshot_queue_episode_severity gauge\n"
                     "# HELP earshot_queue_episode_severity Severity of the queue's open episode: "
                     "0 none, 1 warning, 2 critical.\n"
                     "earshot_queue_episode_severity" +
                     L +
                     " 1\n"
                     "# TYPE earshot_poller_state gauge\n"
                     "# HELP earshot_poller_state 1 for the state of the Genesys Cloud poller, 0 "
                     "for the others.\n"
                     "earshot_poller_state{state=\"idle\"} 0\n"
                     "earshot_poller_state{state=\"ok\"} 1\n"
                     "earshot_poller_state{state=\"authenticating\"} 0\n"
                     "earshot_poller_state{state=\"rate_limited\"} 0\n"
                     "earshot_poller_state{state=\"auth_failed\"} 0\n"
                     "earshot_poller_state{state=\"api_error\"} 0\n"
                     "earshot_poller_state{state=\"offline\"} 0\n"
                     "# TYPE earshot_poller_last_success_timestamp_seconds gauge\n"
                     "# UNIT earshot_poller_last_success_timestamp_seconds seconds\n"
                     "# HELP earshot_poller_last_success_timestamp_seconds When the poller last "
                     "stored a window (Unix time); absent before the first.\n"
                     "earshot_poller_last_success_timestamp_seconds 1764695460\n"
                     "# TYPE earshot_outbox_pending_events gauge\n"
                     "# HELP earshot_outbox_pending_events PagerDuty events in the outbox waiting "
                     "to be delivered.\n"
                     "earshot_outbox_pending_events 0\n"
                     "# TYPE earshot_outbox_failed_events gauge\n"
                     "# HELP earshot_outbox_failed_events PagerDuty events PagerDuty finally "
                     "refused (delivery failures kept in the outbox).\n"
                     "earshot_outbox_failed_events 0\n"
                     "# TYPE earshot_delivery_state gauge\n"
                     "# HELP earshot_delivery_state 1 for the state of delivery to PagerDuty, 0 "
                     "for the others.\n"
                     "earshot_delivery_state{state=\"idle\"} 1\n"
                     "earshot_delivery_state{state=\"delivering\"} 0\n"
                     "earshot_delivery_state{state=\"retrying\"} 0\n"
                     "earshot_delivery_state{state=\"paused\"} 0\n"
                     "# TYPE earshot_delivery_problem gauge\n"
                     "# HELP earshot_delivery_problem 1 for why paging cannot work now (none when "
                     "it can), 0 for the others.\n"
                     "earshot_delivery_problem{problem=\"none\"} 1\n"
                     "earshot_delivery_problem{problem=\"no_key\"} 0\n"
                     "earshot_delivery_problem{problem=\"key_rejected\"} 0\n"
                     "earshot_delivery_problem{problem=\"unreachable\"} 0\n"
                     "# TYPE earshot_database_writable gauge\n"
                     "# HELP earshot_database_writable 1 while writes to the database succeed; 0 "
                     "when nothing is stored or paged.\n"
                     "earshot_database_writable 1\n"
                     "# EOF\n");
    }

    // Single lines of the busy snapshot: present, or (expected empty) absent.
    void busyLines_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("line");
        const QByteArray support = "{queue_id=\"q-2\",queue=\"Support \\\"Tier\\\\2\\\"\\nnight\"}";
        QTest::newRow("escaped name") << QByteArray("earshot_queue_mos{queue_id=\"q-2\"")
                                      << QByteArray("earshot_queue_mos" + support + " 4.1");
        QTest::newRow("no jitter: no line")
            << QByteArray("earshot_queue_jitter_seconds{queue_id=\"q-2\"") << QByteArray();
        QTest::newRow("partial window")
            << QByteArray("earshot_queue_window_partial{queue_id=\"q-2\"")
            << QByteArray("earshot_queue_window_partial" + support + " 1");
        QTest::newRow("no window yet: no MOS")
            << QByteArray("earshot_queue_mos{queue_id=\"q-3\"") << QByteArray();
        QTest::newRow("no window yet: no calls")
            << QByteArray("earshot_queue_calls{queue_id=\"q-3\"") << QByteArray();
        QTest::newRow("no window yet: its episode")
            << QByteArray(
                   "earshot_queue_episode_state{queue_id=\"q-3\",queue=\"Idle\",state=\"none\"}")
            << QByteArray(
                   "earshot_queue_episode_state{queue_id=\"q-3\",queue=\"Idle\",state=\"none\"} 1");
        QTest::newRow("acknowledged")
            << QByteArray(
                   "earshot_queue_episode_state{queue_id=\"q-1\",queue=\"Sales\",state=\"ack")
            << QByteArray("earshot_queue_episode_state{queue_id=\"q-1\",queue=\"Sales\",state="
                          "\"acknowledged\"} 1");
        QTest::newRow("critical") << QByteArray("earshot_queue_episode_severity{queue_id=\"q-1\"")
                                  << QByteArray(
                                         "earshot_queue_episode_severity{queue_id=\"q-1\",queue="
                                         "\"Sales\"} 2");
        QTest::newRow("no episode, no severity")
            << QByteArray("earshot_queue_episode_severity{queue_id=\"q-3\"")
            << QByteArray("earshot_queue_episode_severity{queue_id=\"q-3\",queue=\"Idle\"} 0");
        QTest::newRow("rate limited")
            << QByteArray("earshot_poller_state{state=\"rate_limited\"}")
            << QByteArray("earshot_poller_state{state=\"rate_limited\"} 1");
        QTest::newRow("poll time in seconds")
            << QByteArray("earshot_poller_last_success_timestamp_seconds ")
            << QByteArray("earshot_poller_last_success_timestamp_seconds 1764695461.5");
        QTest::newRow("backlog") << QByteArray("earshot_outbox_pending_events ")
                                 << QByteArray("earshot_outbox_pending_events 4");
        QTest::newRow("failures") << QByteArray("earshot_outbox_failed_events ")
                                  << QByteArray("earshot_outbox_failed_events 1");
        QTest::newRow("retrying") << QByteArray("earshot_delivery_state{state=\"retrying\"}")
                                  << QByteArray("earshot_delivery_state{state=\"retrying\"} 1");
        QTest::newRow("unreachable")
            << QByteArray("earshot_delivery_problem{problem=\"unreachable\"}")
            << QByteArray("earshot_delivery_problem{problem=\"unreachable\"} 1");
    }

    void busyLines()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, line);
        const QByteArray text = metricsText(busySnapshot());
        QByteArray found;
        for (const QByteArray &l : lines(text)) {
            if (l.startsWith(prefix))
                found = l;
        }
        QCOMPARE(found, line);
    }

    void beforeTheFirstPoll()
    {
        MetricsSnapshot s; // no queues, no poll yet
        const QByteArray text = metricsText(s);
        QVERIFY(!text.contains("earshot_queue_"));
        QVERIFY(!text.contains("earshot_poller_last_success_timestamp_seconds"));
        QVERIFY(text.contains("earshot_poller_state{state=\"idle\"} 1\n"));
        QVERIFY(text.endsWith("\n# EOF\n"));
    }

    void databaseNotWritable()
    {
        MetricsSnapshot s;
        s.databaseWritable = false;
        QVERIFY(metricsText(s).contains("\nearshot_database_writable 0\n"));
    }

    // install-deps.sh installs Debian's prometheus package for this: no promtool is a failure.
    void promtoolFindsNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("busy") << metricsText(busySnapshot());
        QTest::newRow("before the first poll") << metricsText(MetricsSnapshot{});
    }

    void promtoolFindsNothing()
    {
        QFETCH(QByteArray, text);
        const QString problems = test::promtoolProblems(text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestMetricsText)
#include "TestMetricsText.moc"
