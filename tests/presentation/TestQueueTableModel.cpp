#include "SampleFactory.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/QueueFilterProxyModel.h"
#include "core/presentation/QueueTableModel.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kSales = QStringLiteral("q-sales");
const QString kSupport = QStringLiteral("q-support");
const QString kBilling = QStringLiteral("q-billing");

QList<QueueInfo> threeQueues()
{
    return {{kSales, QStringLiteral("Sales")},
            {kSupport, QStringLiteral("Support")},
            {kBilling, QStringLiteral("Billing")}};
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

IncidentRow openIncident(const QString &queueId, Severity severity)
{
    IncidentRow r;
    r.queueId = queueId;
    r.queueName = queueId;
    r.dedupKey = QStringLiteral("voice_quality_alert_") + queueId + QStringLiteral("_1");
    r.severity = severity;
    r.state = IncidentRow::State::Open;
    r.startedAt = kT0;
    return r;
}

} // namespace

class TestQueueTableModel : public QObject
{
    Q_OBJECT

private slots:
    void statusIsAWordForEveryCase_data()
    {
        QTest::addColumn<QualitySample>("sample");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("status");
        QTest::newRow("healthy") << sampleAt(kSales, 0, healthy()) << QStringLiteral("OK")
                                 << int(QueueStatus::Ok);
        QTest::newRow("MOS 3.2 is under the 3.5 warning")
            << sampleAt(kSales, 0, mos(3.2)) << QStringLiteral("Warning")
            << int(QueueStatus::Warning);
        QTest::newRow("MOS 2.8 is under the 3.0 critical")
            << sampleAt(kSales, 0, mos(2.8)) << QStringLiteral("Critical")
            << int(QueueStatus::Critical);
        QTest::newRow("loss 3.4 % is over the 3 % critical")
            << sampleAt(kSales, 0, loss(3.4)) << QStringLiteral("Critical")
            << int(QueueStatus::Critical);
        QTest::newRow("MOS exactly at the warning line is not a breach")
            << sampleAt(kSales, 0, mos(3.5)) << QStringLiteral("OK") << int(QueueStatus::Ok);
        QTest::newRow("no calls") << sampleAt(kSales, 0, quiet()) << QStringLiteral("No calls")
                                  << int(QueueStatus::NoCalls);
    }
    void statusIsAWordForEveryCase()
    {
        QFETCH(QualitySample, sample);
        QFETCH(QString, word);
        QFETCH(int, status);
        QueueTableModel model;
        model.setQueues(threeQueues());
        model.setLatestSamples({sample});
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn), word);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), status);
        QCOMPARE(int(model.statusOf(kSales)), status);
        // Never colour alone: the status carries an icon too.
        QVERIFY(
            !model.index(0, QueueTableModel::StatusColumn).data(IconPathRole).toString().isEmpty());
    }

    void queueWithoutSampleHasNoData()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, QueueTableModel::StatusColumn), QStringLiteral("No data"));
        QCOMPARE(cell(model, 1, QueueTableModel::MosColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 1, QueueTableModel::CallsColumn), QStringLiteral("—"));
    }

    void oldSampleIsGreyedNoCallsThenStale()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        model.setWindowSecs(kWindow);
        model.setLatestSamples({sampleAt(kSales, 0, mos(3.2))});
        model.setCurrentWindowEnd(kT0 + 3 * kWindow); // two newer windows without this queue
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn),
                 QStringLiteral("No calls · last data 10:05"));
        QCOMPARE(cell(model, 0, QueueTableModel::MosColumn), QStringLiteral("3.20"));
        QVERIFY(!model.index(0, QueueTableModel::MosColumn).data(ValuesCurrentRole).toBool());
        QVERIFY(!model.index(0, 0).data(ProblemRole).toBool());
        QVERIFY(cell(model, 0, QueueTableModel::StatusColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("newest poll")));
        model.setCurrentWindowEnd(kT0 + 4 * kWindow); // older than 2 windows
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn),
                 QStringLiteral("Stale · last data 10:05"));
        QCOMPARE(model.statusOf(kSales), QueueStatus::Stale);
        model.setCurrentWindowEnd(kT0 + kWindow);
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn), QStringLiteral("Warning"));
        QVERIFY(model.index(0, QueueTableModel::MosColumn).data(ValuesCurrentRole).toBool());
        // Polling failed: the newest values are stale too.
        model.setPollingFailed(true);
        QCOMPARE(model.statusOf(kSales), QueueStatus::Stale);
        QVERIFY(cell(model, 0, QueueTableModel::StatusColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("Polling has failed")));
        // Queues without any window say "No calls" once polling works.
        model.setPollingFailed(false);
        QCOMPARE(cell(model, 2, QueueTableModel::StatusColumn), QStringLiteral("No calls"));
    }

    void silenceIsShownBesideTheLevel()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        model.setLatestSamples({sampleAt(kSales, 0, mos(2.5)), sampleAt(kSupport, 0, mos(2.5))});
        model.setCurrentWindowEnd(kT0 + kWindow);
        model.setSilences({Silence{QStringLiteral("s1"), kSales, kT0 + 3600, {}, {}, 0}});
        QCOMPARE(model.statusOf(kSales), QueueStatus::Critical);
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn),
                 QStringLiteral("Critical · silenced until 11:00"));
        QCOMPARE(cell(model, 1, QueueTableModel::StatusColumn), QStringLiteral("Critical"));
        QVERIFY(model.index(0, 0).data(ProblemRole).toBool());
        QVERIFY(cell(model, 0, QueueTableModel::StatusColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("Silenced until")));
        // A global silence (no queue id) covers every queue.
        model.setSilences({Silence{QStringLiteral("g"), {}, kT0 + 3600, {}, {}, 0}});
        QCOMPARE(model.index(1, 0).data(SilencedUntilRole).toLongLong(), kT0 + 3600);
        QCOMPARE(model.statusOf(kSupport), QueueStatus::Critical);
        // Once the current window is past the silence's end it no longer applies.
        model.setCurrentWindowEnd(kT0 + 3600 + kWindow);
        model.setLatestSamples({sampleAt(kSales, 12, mos(2.5))});
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn), QStringLiteral("Critical"));
    }

    void perQueueOverrideChangesStatus()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        model.setLatestSamples({sampleAt(kSales, 0, mos(3.4)), sampleAt(kSupport, 0, mos(3.4))});
        QCOMPARE(model.statusOf(kSales), QueueStatus::Warning);
        AlertPolicy policy;
        QueueOverride o;
        o.metrics[std::size_t(metricIndex(Metric::Mos))] = MetricThreshold{true, 3.3, 2.9};
        policy.overrides.insert(kSales, o);
        model.setPolicy(policy);
        QCOMPARE(model.statusOf(kSales), QueueStatus::Ok);
        QCOMPARE(model.statusOf(kSupport), QueueStatus::Warning);
        // min calls above the window's 20 calls: no data, never "OK".
        policy.global.minCalls = 25;
        model.setPolicy(policy);
        QCOMPARE(model.statusOf(kSupport), QueueStatus::NoData);
    }

    void openIncidentShowsEvenWhenTheWindowRecovered()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        model.setLatestSamples({sampleAt(kSales, 0, healthy())});
        model.setIncidents({openIncident(kSales, Severity::Critical)});
        QCOMPARE(model.statusOf(kSales), QueueStatus::Ok);
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn),
                 QStringLiteral("OK now · critical episode open, clearing 0/2"));
        QCOMPARE(cell(model, 0, QueueTableModel::IncidentColumn),
                 QStringLiteral("Open (critical)"));
        QVERIFY(model.index(0, 0).data(ProblemRole).toBool());
        QVERIFY(cell(model, 0, QueueTableModel::StatusColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("Open incident since 10:00")));
        IncidentRow resolved = openIncident(kSales, Severity::Critical);
        resolved.state = IncidentRow::State::Resolved;
        model.setIncidents({resolved});
        QCOMPARE(model.statusOf(kSales), QueueStatus::Ok);
        QCOMPARE(cell(model, 0, QueueTableModel::IncidentColumn), QString());
    }

    void valuesAndJitterNote()
    {
        QueueTableModel model;
        QualitySample s = sampleAt(kSales, 0, mos(3.456));
        s.packetLossPercent = 1.234;
        s.latencyP95Ms = 151.6;
        s.calls = 42;
        model.setLatestSamples({s});
        QCOMPARE(model.rowCount(), 1); // a sample of an unknown queue adds a row
        QCOMPARE(cell(model, 0, QueueTableModel::NameColumn), QStringLiteral("Queue q-sales"));
        QCOMPARE(cell(model, 0, QueueTableModel::MosColumn), QStringLiteral("3.46"));
        QCOMPARE(cell(model, 0, QueueTableModel::LossColumn), QStringLiteral("1.23"));
        QCOMPARE(cell(model, 0, QueueTableModel::LatencyColumn), QStringLiteral("152"));
        QCOMPARE(cell(model, 0, QueueTableModel::CallsColumn), QStringLiteral("42"));
        QCOMPARE(cell(model, 0, QueueTableModel::JitterColumn), QStringLiteral("n/a"));
        QCOMPARE(cell(model, 0, QueueTableModel::JitterColumn, Qt::ToolTipRole),
                 QStringLiteral("Genesys details data has no jitter in ms"));
        QCOMPARE(cell(model, 0, QueueTableModel::LastWindowColumn),
                 QStringLiteral("10:00–10:05")); // TZ=UTC for this test
        s.jitterMs = 23.4;
        model.setLatestSamples({s});
        QCOMPARE(cell(model, 0, QueueTableModel::JitterColumn), QStringLiteral("23"));
        QVERIFY(cell(model, 0, QueueTableModel::JitterColumn, Qt::ToolTipRole).isEmpty());
        // The breach is explained in words.
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn, Qt::ToolTipRole),
                 QStringLiteral("Warning\nMOS 3.46 below warning 3.50\nPacket loss 1.23 % above "
                                "warning 1.00 %\nLatency p95 152 ms above warning 150 ms"));
    }

    void newestSampleOfAQueueWins()
    {
        QueueTableModel model;
        model.setLatestSamples({sampleAt(kSales, 3, mos(2.0)), sampleAt(kSales, 1, healthy()),
                                sampleAt(QString(), 4, mos(1.0))});
        QCOMPARE(model.rowCount(), 1); // the sample without a queue id is dropped
        QCOMPARE(model.statusOf(kSales), QueueStatus::Critical);
    }

    void iconProviderFeedsDecoration()
    {
        QueueTableModel model;
        model.setLatestSamples({sampleAt(kSales, 0, mos(2.0))});
        QVERIFY(!model.index(0, QueueTableModel::StatusColumn).data(Qt::DecorationRole).isValid());
        model.setIconProvider(
            [](const QString &path) { return QVariant(path + QStringLiteral("!")); });
        QCOMPARE(cell(model, 0, QueueTableModel::StatusColumn, Qt::DecorationRole),
                 QStringLiteral(":/earshot/icons/status-critical.svg!"));
        QVERIFY(!model.index(0, QueueTableModel::MosColumn).data(Qt::DecorationRole).isValid());
    }

    void refreshOfTheSameQueuesDoesNotReset()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setLatestSamples({sampleAt(kSales, 0, mos(3.0)), sampleAt(kBilling, 0, healthy())});
        model.setLatestSamples({sampleAt(kSales, 1, mos(3.1))});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 2);
        model.setLatestSamples({sampleAt(QStringLiteral("q-new"), 1, healthy())});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("q-new")), 3);
        QCOMPARE(model.queueIdAt(3), QStringLiteral("q-new"));
        QCOMPARE(model.queueIdAt(9), QString());
    }

    void duplicateAndEmptyQueueIdsAreIgnored()
    {
        QueueTableModel model;
        model.setQueues({{kSales, QStringLiteral("Sales")},
                         {kSales, QStringLiteral("Sales again")},
                         {QString(), QStringLiteral("nameless")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("Sales"));
    }

    void sortsByRawValuesWithAbsentLast()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        QualitySample support = sampleAt(kSupport, 0, mos(3.9));
        QualitySample sales = sampleAt(kSales, 0, mos(2.4));
        // Text order of "10.5" and "9.5" is the wrong order; the sort role is numeric.
        support.latencyP95Ms = 10.5;
        sales.latencyP95Ms = 9.5;
        model.setLatestSamples({sales, support}); // billing has no sample
        QueueFilterProxyModel proxy;
        proxy.setSourceModel(&model);

        proxy.sort(QueueTableModel::MosColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Sales"));
        QCOMPARE(cell(proxy, 1, 0), QStringLiteral("Support"));
        QCOMPARE(cell(proxy, 2, 0), QStringLiteral("Billing"));

        proxy.sort(QueueTableModel::LatencyColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Sales"));
        QCOMPARE(cell(proxy, 1, 0), QStringLiteral("Support"));

        proxy.sort(QueueTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Sales"));   // critical first
        QCOMPARE(cell(proxy, 1, 0), QStringLiteral("Billing")); // no data ranks above OK
        QCOMPARE(cell(proxy, 2, 0), QStringLiteral("Support"));

        proxy.sort(QueueTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Billing"));
    }

    void filtersByTextAndProblems()
    {
        QueueTableModel model;
        model.setQueues(threeQueues());
        model.setLatestSamples({sampleAt(kSales, 0, mos(3.2)), sampleAt(kSupport, 0, healthy())});
        model.setIncidents({openIncident(kBilling, Severity::Warning)});
        QueueFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setFilterText(QStringLiteral("  supp "));
        QCOMPARE(proxy.filterText(), QStringLiteral("supp"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Support"));
        proxy.setFilterText(QStringLiteral("Q-BILL")); // ids match too, case-insensitive
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Billing"));
        proxy.setFilterText(QStringLiteral("nothing like it"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());

        proxy.setOnlyProblems(true);
        QVERIFY(proxy.onlyProblems());
        QCOMPARE(proxy.rowCount(), 2); // Sales (warning) and Billing (open incident)
        QStringList names{cell(proxy, 0, 0), cell(proxy, 1, 0)};
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Billing"), QStringLiteral("Sales")}));
        // The filter follows the data: Sales recovers and drops out.
        model.setLatestSamples({sampleAt(kSales, 1, healthy())});
        QCOMPARE(proxy.rowCount(), 1);
    }

    void headersNameTheUnits()
    {
        QueueTableModel model;
        QCOMPARE(model.columnCount(), int(QueueTableModel::ColumnCount));
        QCOMPARE(model.headerData(QueueTableModel::JitterColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Jitter ms"));
        QCOMPARE(model.headerData(QueueTableModel::LossColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Loss %"));
        QVERIFY(!model.index(5, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestQueueTableModel)
#include "TestQueueTableModel.moc"
