// BulkStatement on a real SQLite file, both paths: the sqlite3 C API on Qt's own connection
// (Linux) and QtSql (Windows). Each path writes the same rows; what SQLite then holds (the
// value and its storage class) must be the same, and errors must name the statement. On
// PostgreSQL (EARSHOT_TEST_STORAGE=postgresql) every row goes through QtSql, and the same
// values must come back.
#include "core/storage/BulkStatement.h"
#include "core/storage/Database.h"
#include "tests/support/StorageUnderTest.h"

#include <QObject>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>

using namespace earshot;

namespace {

using Path = BulkStatement::Path;

const QString kTable = QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT "
                                      "NULL, note TEXT, score REAL, count INTEGER)");
const QString kPostgresTable =
    QStringLiteral("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT NOT NULL, note TEXT, "
                   "score DOUBLE PRECISION, count BIGINT)");
const QString kInsert = QStringLiteral("INSERT INTO t (id, name, note, score, count)");

std::unique_ptr<Database> openWithTable(const StorageTarget &target)
{
    auto db = Database::open(target);
    if (!db.ok())
        return nullptr;
    const bool postgres = target.backend == StorageTarget::Backend::PostgreSql;
    if (!db.value()->execSql(postgres ? kPostgresTable : kTable, "test table").ok())
        return nullptr;
    return std::move(db).value();
}

// Every row as "typeof(column)=value" texts, in id order: the storage class is part of what
// must not differ between the paths.
QStringList dump(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList rows;
    // PostgreSQL's columns have one type each: what can differ is NULL or not.
    const QString postgres = QStringLiteral(
        "SELECT id, CASE WHEN name IS NULL THEN 'null' ELSE 'text' END, name, "
        "CASE WHEN note IS NULL THEN 'null' ELSE 'text' END, note, "
        "CASE WHEN score IS NULL THEN 'null' ELSE 'real' END, score, "
        "CASE WHEN count IS NULL THEN 'null' ELSE 'integer' END, count FROM t ORDER BY id");
    const QString sqlite =
        QStringLiteral("SELECT id, typeof(name), name, typeof(note), note, typeof(score), score, "
                       "typeof(count), count FROM t ORDER BY id");
    if (!q.exec(db.backend() == StorageTarget::Backend::PostgreSql ? postgres : sqlite))
        return {QStringLiteral("query failed")};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows.append(row.join(u'|'));
    }
    return rows;
}

Status writeRows(Database &db, Path path)
{
    BulkStatement insert(db, kInsert, 5, "test rows", path);
    if (Status s = insert.prepared(); !s.ok())
        return s;
    struct Row
    {
        qint64 id;
        QString name;
        QString note;
        std::optional<double> score;
        std::optional<qint64> count;
    };
    const QList<Row> rows = {
        {1, QStringLiteral("plain"), QStringLiteral("x"), 4.25, 7},
        {2, QString(), QString(), std::nullopt, std::nullopt}, // null QString: '', not NULL
        {3, QStringLiteral("Zürich – 東京 🎧"), QStringLiteral(""), -0.5, -1},
        {4, QStringLiteral("big"), QStringLiteral("y"), 1e300, std::numeric_limits<qint64>::max()},
    };
    for (const Row &r : rows) {
        insert.bindInteger(0, r.id);
        insert.bindText(1, r.name);
        if (r.id == 4)
            insert.bindText(2, QByteArrayLiteral("utf8 bytes \xc3\xa9"));
        else
            insert.bindText(2, r.note);
        insert.bindReal(3, r.score);
        if (r.count)
            insert.bindInteger(4, *r.count);
        else
            insert.bindNull(4);
        if (Status s = insert.run(); !s.ok())
            return s;
    }
    return success();
}

} // namespace

class TestBulkStatement : public QObject
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

    void theDirectPathIsUsedWhereQtRunsOnTheSystemSqlite()
    {
        auto db = openWithTable(m_storage.fresh());
        QVERIFY(db);
        if (m_storage.postgres()) {
            QVERIFY(!BulkStatement::directAvailable(*db));
            QCOMPARE(BulkStatement(*db, kInsert, 5, "test").path(), Path::QtSql);
            return;
        }
#if defined(Q_OS_LINUX)
        // Debian's Qt links the system SQLite: a build here that fell back to QtSql would
        // lose the speed this class exists for without anyone noticing.
        QVERIFY(BulkStatement::directAvailable(*db));
        QCOMPARE(BulkStatement(*db, kInsert, 5, "test").path(), Path::Direct);
#endif
        QCOMPARE(BulkStatement(*db, kInsert, 5, "test", Path::QtSql).path(), Path::QtSql);
    }

    void bothPathsStoreTheSameValuesAndTypes()
    {
        auto direct = openWithTable(m_storage.fresh());
        auto viaQt = openWithTable(m_storage.fresh());
        QVERIFY(direct && viaQt);
        QVERIFY(writeRows(*direct, Path::Direct).ok());
        QVERIFY(writeRows(*viaQt, Path::QtSql).ok());
        const QStringList rows = dump(*direct);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows, dump(*viaQt));
        QCOMPARE(rows[0], QStringLiteral("1|text|plain|text|x|real|4.25|integer|7"));
        QCOMPARE(rows[1], QStringLiteral("2|text||text||null|<null>|null|<null>"));
        QVERIFY(rows[2].startsWith(QStringLiteral("3|text|Zürich – 東京 🎧|text||real|-0.5|")));
        QVERIFY(rows[3].contains(QStringLiteral("utf8 bytes é")));
        QVERIFY(rows[3].endsWith(QStringLiteral("|integer|9223372036854775807")));
    }

    void aFailedRowNamesTheStatementAndTheNextRowStillRuns_data()
    {
        QTest::addColumn<Path>("path");
        QTest::newRow("direct") << Path::Direct;
        QTest::newRow("qtsql") << Path::QtSql;
    }

    void aFailedRowNamesTheStatementAndTheNextRowStillRuns()
    {
        QFETCH(Path, path);
        auto db = openWithTable(m_storage.fresh());
        QVERIFY(db);
        BulkStatement insert(*db, kInsert, 5, "writing the test rows", path);
        QVERIFY(insert.prepared().ok());
        const auto bindRow = [&](qint64 id) {
            insert.bindInteger(0, id);
            insert.bindText(1, QStringLiteral("n"));
            insert.bindNull(2);
            insert.bindReal(3, 1.0);
            insert.bindInteger(4, 1);
        };
        bindRow(1);
        QVERIFY(insert.run().ok());
        bindRow(1); // the same primary key again
        const Status failed = insert.run();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Storage);
        QVERIFY2(failed.error().message.contains(QLatin1StringView("writing the test rows")),
                 qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(QLatin1StringView("UNIQUE"), Qt::CaseInsensitive),
                 qPrintable(failed.error().message));
        bindRow(2);
        QVERIFY(insert.run().ok());
        QCOMPARE(dump(*db).size(), 2);
    }

    void aStatementThatCannotBePreparedFailsEveryRun_data()
    {
        aFailedRowNamesTheStatementAndTheNextRowStillRuns_data();
    }

    void aStatementThatCannotBePreparedFailsEveryRun()
    {
        QFETCH(Path, path);
        auto db = openWithTable(m_storage.fresh());
        QVERIFY(db);
        BulkStatement insert(*db, QStringLiteral("INSERT INTO missing (a)"), 1, "the rows", path);
        QVERIFY(!insert.prepared().ok());
        QVERIFY(insert.prepared().error().message.contains(QLatin1StringView("the rows")));
        insert.bindInteger(0, 1);
        QVERIFY(!insert.run().ok());
    }

    // The direct path writes on Qt's own connection: the caller's transaction holds its
    // rows, and a rollback takes them back.
    void rowsBelongToTheCallersTransaction_data()
    {
        aFailedRowNamesTheStatementAndTheNextRowStillRuns_data();
    }

    void rowsBelongToTheCallersTransaction()
    {
        QFETCH(Path, path);
        auto db = openWithTable(m_storage.fresh());
        QVERIFY(db);
        const Status rolledBack = db->transaction([&]() -> Status {
            if (Status s = writeRows(*db, path); !s.ok())
                return s;
            return Error{ErrorKind::Storage, QStringLiteral("something later failed")};
        });
        QVERIFY(!rolledBack.ok());
        QCOMPARE(dump(*db).size(), 0);
        QVERIFY(db->transaction([&] { return writeRows(*db, path); }).ok());
        QCOMPARE(dump(*db).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBulkStatement)
#include "TestBulkStatement.moc"
