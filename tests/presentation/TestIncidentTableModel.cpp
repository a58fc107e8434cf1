#include "core/presentation/IncidentTableModel.h"

#include <QObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace earshot;

namespace {

constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z

IncidentRow incident(const QString &key, IncidentRow::State state)
{
    IncidentRow r;
    r.dedupKey = key;
    r.queueId = QStringLiteral("q-") + key;
    r.queueName = QStringLiteral("Queue ") + key;
    r.severity = Severity::Warning;
    r.state = state;
    r.startedAt = kT0;
    r.paged = true;
    return r;
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

} // namespace

class TestIncidentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void deliveryColumn_data()
    {
        QTest::addColumn<int>("pending");
        QTest::addColumn<qint64>("deliveredAtMs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("paged");
        QTest::addColumn<QString>("expected");
        QTest::newRow("delivered") << 0 << (kT0 + 312) * 1000 + 999 << QString() << true
                                   << QStringLiteral("delivered 10:05:12");
        QTest::newRow("pending") << 2 << qint64(0) << QString() << true
                                 << QStringLiteral("pending (2)");
        QTest::newRow("pending after an earlier delivery")
            << 1 << kT0 * 1000 << QString() << true << QStringLiteral("pending (1)");
        QTest::newRow("pending, still being retried")
            << 1 << qint64(0) << QStringLiteral("HTTP 503") << true
            << QStringLiteral("pending (1), last attempt: HTTP 503");
        QTest::newRow("refused for good") << 0 << qint64(0) << QStringLiteral("400 invalid event")
                                          << true << QStringLiteral("failed: 400 invalid event");
        QTest::newRow("silenced, never paged")
            << 0 << qint64(0) << QString() << false << QStringLiteral("held back by a silence");
        QTest::newRow("nothing yet")
            << 0 << qint64(0) << QString() << true << QStringLiteral("not sent yet");
    }
    void deliveryColumn()
    {
        QFETCH(int, pending);
        QFETCH(qint64, deliveredAtMs);
        QFETCH(QString, error);
        QFETCH(bool, paged);
        QFETCH(QString, expected);
        IncidentRow row = incident(QStringLiteral("a"), IncidentRow::State::Open);
        row.pendingEvents = pending;
        row.lastDeliveredAtMs = deliveredAtMs;
        row.deliveryError = error;
        row.paged = paged;
        IncidentTableModel model;
        model.setIncidents({row});
        QCOMPARE(cell(model, 0, IncidentTableModel::DeliveryColumn), expected);
    }

    void columnsInWords()
    {
        IncidentRow open =
            incident(QStringLiteral("voice_quality_alert_q1_1763892000"), IncidentRow::State::Open);
        open.severity = Severity::Critical;
        IncidentRow resolved = incident(QStringLiteral("k2"), IncidentRow::State::Resolved);
        resolved.resolvedAt = kT0 + 3900; // 1 h 05 min
        resolved.resolveReason = ResolveReason::NoTraffic;
        resolved.acknowledgedBy = QStringLiteral("alice");
        IncidentRow acked = incident(QStringLiteral("k3"), IncidentRow::State::Acknowledged);

        IncidentTableModel model;
        model.setIncidents({open, resolved, acked});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, IncidentTableModel::QueueColumn),
                 QStringLiteral("Queue voice_quality_alert_q1_1763892000"));
        QCOMPARE(cell(model, 0, IncidentTableModel::SeverityColumn), QStringLiteral("Critical"));
        QCOMPARE(cell(model, 0, IncidentTableModel::StateColumn), QStringLiteral("Open"));
        QCOMPARE(cell(model, 1, IncidentTableModel::StateColumn), QStringLiteral("Resolved"));
        QCOMPARE(cell(model, 2, IncidentTableModel::StateColumn), QStringLiteral("Acknowledged"));
        QCOMPARE(cell(model, 0, IncidentTableModel::StartedColumn),
                 QStringLiteral("2025-11-23 10:00"));
        // What breached, not the dedup key (it is in the detail pane and the key role).
        QCOMPARE(cell(model, 0, IncidentTableModel::BreachColumn), QString());
        open.breaches = {Breach{Metric::Mos, Severity::Critical, 2.57, 3.0}};
        model.setIncidents({open, resolved, acked});
        QCOMPARE(cell(model, 0, IncidentTableModel::BreachColumn), QStringLiteral("MOS 2.6 < 3.0"));
        QCOMPARE(cell(model, 0, IncidentTableModel::BreachColumn, Qt::ToolTipRole),
                 QStringLiteral("MOS 2.57 below critical 3.00"));
        // Duration of an open incident needs "now"; of a resolved one it is fixed.
        QCOMPARE(cell(model, 0, IncidentTableModel::DurationColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 1, IncidentTableModel::DurationColumn), QStringLiteral("1 h 05 min"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNowSecs(kT0 + 720);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, IncidentTableModel::DurationColumn), QStringLiteral("12 min"));
        QCOMPARE(cell(model, 1, IncidentTableModel::DurationColumn), QStringLiteral("1 h 05 min"));

        const QString tip = cell(model, 1, IncidentTableModel::StateColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("no traffic")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Acknowledged by alice")), qPrintable(tip));

        QCOMPARE(model.index(0, 0).data(DedupKeyRole).toString(), open.dedupKey);
        QCOMPARE(model.index(0, 0).data(QueueIdRole).toString(), open.queueId);
        QCOMPARE(model.index(2, 0).data(StatusRole).toInt(), int(IncidentRow::State::Acknowledged));
        QCOMPARE(model.rowOf(QStringLiteral("k3")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("missing")), -1);
        QVERIFY(!model.incident(QStringLiteral("missing")).has_value());
        QCOMPARE(model.incident(QStringLiteral("k2"))->resolvedAt, kT0 + 3900);
        QVERIFY(!model.incidentAt(-1).has_value());
    }

    void statesAndSeveritiesHaveIcons()
    {
        IncidentTableModel model;
        model.setIncidents({incident(QStringLiteral("a"), IncidentRow::State::Acknowledged)});
        model.setIconProvider([](const QString &path) { return QVariant(path); });
        QCOMPARE(cell(model, 0, IncidentTableModel::StateColumn, Qt::DecorationRole),
                 QStringLiteral(":/earshot/icons/incident-acknowledged.svg"));
        QCOMPARE(cell(model, 0, IncidentTableModel::SeverityColumn, Qt::DecorationRole),
                 QStringLiteral(":/earshot/icons/status-warning.svg"));
        QVERIFY(
            !model.index(0, IncidentTableModel::BreachColumn).data(Qt::DecorationRole).isValid());
    }

    void sortRoleOrdersOpenFirstAndDurationsNumerically()
    {
        IncidentRow a = incident(QStringLiteral("a"), IncidentRow::State::Resolved);
        a.resolvedAt = kT0 + 600; // 10 min
        IncidentRow b = incident(QStringLiteral("b"), IncidentRow::State::Open);
        IncidentRow c = incident(QStringLiteral("c"), IncidentRow::State::Resolved);
        c.resolvedAt = kT0 + 5400; // 1 h 30 min: as text it would sort before "10 min"
        IncidentTableModel model;
        model.setIncidents({a, b, c});
        model.setNowSecs(kT0 + 120);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(IncidentTableModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, 0, DedupKeyRole), QStringLiteral("b"));
        proxy.sort(IncidentTableModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, 0, DedupKeyRole), QStringLiteral("b"));
        QCOMPARE(cell(proxy, 1, 0, DedupKeyRole), QStringLiteral("a"));
        QCOMPARE(cell(proxy, 2, 0, DedupKeyRole), QStringLiteral("c"));
    }

    // Issue 14: a storm is one row naming its size; its members say they belong to it and
    // that PagerDuty hears of them through it.
    void stormGroupAndItsMembers()
    {
        IncidentRow group =
            incident(QStringLiteral("voice_quality_storm_1_q3_p0"), IncidentRow::State::Open);
        group.queueId.clear();
        group.isGroup = true;
        group.groupMembers = 3;
        group.groupMembersDegraded = 2;
        group.groupMemberNames = {QStringLiteral("Sales"), QStringLiteral("Billing"),
                                  QStringLiteral("Claims")};
        IncidentRow member = incident(QStringLiteral("m"), IncidentRow::State::Open);
        member.paged = false;
        member.groupKey = group.dedupKey;
        IncidentTableModel model;
        model.setIncidents({group, member});
        QCOMPARE(cell(model, 0, IncidentTableModel::QueueColumn),
                 QStringLiteral("Storm: 3 queue(s) · 2 still degraded"));
        QVERIFY(cell(model, 0, IncidentTableModel::QueueColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("Billing")));
        QCOMPARE(cell(model, 1, IncidentTableModel::QueueColumn),
                 QStringLiteral("Queue m · in storm"));
        QCOMPARE(cell(model, 1, IncidentTableModel::DeliveryColumn),
                 QStringLiteral("paged with its storm")); // not "held back by a silence"
        group.state = IncidentRow::State::Resolved;
        model.setIncidents({group, member});
        QCOMPARE(cell(model, 0, IncidentTableModel::QueueColumn),
                 QStringLiteral("Storm: 3 queue(s)"));
    }

    // Issue 9 item 10: an arriving incident is inserted, never a reset: views keep their
    // selection and scroll position.
    void refreshNeverResets()
    {
        IncidentTableModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setIncidents({incident(QStringLiteral("a"), IncidentRow::State::Open)});
        IncidentRow acked = incident(QStringLiteral("a"), IncidentRow::State::Acknowledged);
        model.setIncidents({incident(QStringLiteral("b"), IncidentRow::State::Open), acked});
        QCOMPARE(cell(model, 0, 0, DedupKeyRole), QStringLiteral("a")); // stays where it was
        QCOMPARE(cell(model, 0, IncidentTableModel::StateColumn), QStringLiteral("Acknowledged"));
        QCOMPARE(cell(model, 1, 0, DedupKeyRole), QStringLiteral("b"));
        QCOMPARE(inserted.count(), 2);
        model.setIncidents({});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).data().isValid());
    }
};

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "TestIncidentTableModel.moc"
