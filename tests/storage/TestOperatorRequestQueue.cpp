// OperatorRequestQueue on both backends (earshot_add_storage_test): requests come back
// oldest first with what was asked, and a request is settled once — a commit that would
// carry one out a second time rolls back whole.
#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OperatorRequestQueue.h"
#include "core/storage/WindowCommit.h"
#include "tests/support/StorageUnderTest.h"

#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

OperatorRequest requestOf(const QString &kind, const QString &subject, qint64 atMs)
{
    OperatorRequest r;
    r.requestedAtMs = atMs;
    r.console = QStringLiteral("wall-pc (process 7)");
    r.kind = kind;
    r.subject = subject;
    r.actor = QStringLiteral("ana");
    r.args = QJsonObject{{QLatin1StringView("note"), QStringLiteral("on it — ça va")}};
    return r;
}

} // namespace

class TestOperatorRequestQueue : public QObject
{
    Q_OBJECT

private:
    test::StorageUnderTest m_storage;

private slots:
    void initTestCase()
    {
        const QString problem = m_storage.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void requestsComeBackOldestFirst()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        OperatorRequestQueue queue(*db.value());
        QVERIFY(queue.pending().value().isEmpty());
        const auto first =
            queue.submit(requestOf(OperatorRequest::kAcknowledge, QStringLiteral("k1"), 1000));
        const auto second =
            queue.submit(requestOf(OperatorRequest::kSilence, QStringLiteral("q1"), 2000));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(second.value() > first.value());
        const auto pending = queue.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 2);
        const OperatorRequest &r = pending.value().first();
        QCOMPARE(r.id, first.value());
        QCOMPARE(r.kind, OperatorRequest::kAcknowledge);
        QCOMPARE(r.subject, QStringLiteral("k1"));
        QCOMPARE(r.actor, QStringLiteral("ana"));
        QCOMPARE(r.console, QStringLiteral("wall-pc (process 7)"));
        QCOMPARE(r.requestedAtMs, 1000);
        QCOMPARE(r.args.value(QLatin1StringView("note")).toString(),
                 QStringLiteral("on it — ça va"));
        QCOMPARE(r.state, OperatorRequest::State::Pending);
        QCOMPARE(pending.value().last().kind, OperatorRequest::kSilence);
    }

    void aRequestIsSettledOnce()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        OperatorRequestQueue queue(*db.value());
        const auto id =
            queue.submit(requestOf(OperatorRequest::kResolve, QStringLiteral("k2"), 1000));
        const auto other =
            queue.submit(requestOf(OperatorRequest::kResolve, QStringLiteral("k3"), 1100));
        QVERIFY(id.ok() && other.ok());
        QVERIFY(queue
                    .settle(id.value(), OperatorRequest::State::Refused,
                            QStringLiteral("k2 is not open"), 1500)
                    .ok());
        QVERIFY(!queue.settle(id.value(), OperatorRequest::State::Done, {}, 1600).ok());
        const auto rows = queue.byIds({id.value(), other.value()});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value()[0].state, OperatorRequest::State::Refused);
        QCOMPARE(rows.value()[0].outcome, QStringLiteral("k2 is not open"));
        QCOMPARE(rows.value()[0].settledAtMs, 1500);
        QCOMPARE(rows.value()[1].state, OperatorRequest::State::Pending);
        QCOMPARE(queue.pending().value().size(), 1);
        QVERIFY(queue.byIds({}).value().isEmpty());
    }

    // The commit that carries a request out marks it done; the same request carried out
    // again fails its commit, and nothing of that commit is kept.
    void aCommitCarriesARequestOutOnce()
    {
        auto db = m_storage.openFresh();
        QVERIFY(db.ok());
        OperatorRequestQueue queue(*db.value());
        const auto id =
            queue.submit(requestOf(OperatorRequest::kAcknowledge, QStringLiteral("k4"), 1000));
        QVERIFY(id.ok());
        WindowRecord record;
        record.nowMs = 2000;
        record.settlesRequest = id.value();
        AuditEntry entry;
        entry.atMs = 2000;
        entry.kind = QStringLiteral("operator.acknowledge");
        entry.subject = QStringLiteral("k4");
        entry.actor = QStringLiteral("ana");
        record.audit.append(entry);
        QVERIFY(commitWindow(*db.value(), record).ok());
        QCOMPARE(queue.byIds({id.value()}).value().first().state, OperatorRequest::State::Done);
        QVERIFY(!commitWindow(*db.value(), record).ok());
        const auto audit = AuditLog(*db.value()).forSubject(QStringLiteral("k4"));
        QVERIFY(audit.ok());
        QCOMPARE(audit.value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOperatorRequestQueue)
#include "TestOperatorRequestQueue.moc"
