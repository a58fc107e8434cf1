#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/storage/EngineStateRows.h"
#include "core/storage/Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace earshot {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// The translation context of this file's texts: lupdate and the runtime both file them
// under "Database".
class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Error storageError(const QString &what, const QString &detail)
{
    return Error{ErrorKind::Storage, DatabaseText::tr("database: %1 failed: %2").arg(what, detail)};
}

Database::Database(QString connectionName, StorageTarget target)
    : m_connectionName(std::move(connectionName))
    , m_target(std::move(target))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    if (demo)
        return dir + QStringLiteral("/earshot-demo.sqlite");
    const QString path = dir + QStringLiteral("/earshot.sqlite");
    // Earshot 0.1 nested its data folder (<data>/Earshot/Earshot/). A database found only
    // there is used where it is: moving a SQLite file with its write-ahead log is not
    // atomic, and a 0.1 process may still have it open.
    const QString legacy = dir + QStringLiteral("/Earshot/earshot.sqlite");
    if (!QFileInfo::exists(path) && QFileInfo::exists(legacy))
        return legacy;
    return path;
}

namespace {

Error damaged(const QString &path, const QString &why)
{
    return Error{ErrorKind::StorageDamaged,
                 DatabaseText::tr(
                     "database \"%1\" %2; it was left as it is (the open incidents are in it). "
                     "Restore it from a backup, or start again with --reset-database (the file is "
                     "kept beside it).")
                     .arg(path, why)};
}

// Moves a refused database and its WAL aside, so a reset never destroys evidence.
Status moveAside(const QString &path)
{
    const QString suffix = QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(
                                                             QStringLiteral("yyyyMMddThhmmss"));
    for (const QString &tail : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + tail))
            continue;
        if (!QFile::rename(path + tail, path + suffix + tail))
            return storageError(DatabaseText::tr("moving \"%1\" aside").arg(path + tail),
                                DatabaseText::tr("rename refused"));
    }
    qCWarning(lcStorage).noquote()
        << DatabaseText::tr("database \"%1\" moved aside to \"%2\"; starting a new one")
               .arg(path, path + suffix);
    return success();
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    return open(StorageTarget::sqlite(path), mode);
}

Result<std::unique_ptr<Database>> Database::open(const StorageTarget &target, OpenMode mode)
{
    const QString name = QStringLiteral("earshot-%1").arg(++g_connectionCounter);
    if (target.backend == StorageTarget::Backend::PostgreSql) {
        std::unique_ptr<Database> database(new Database(name, target));
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        Status s = database->connectPostgres();
        if (s.ok())
            s = database->migrate();
        if (s.ok())
            s = database->checkPostgresWritable();
        if (!s.ok())
            return s.error();
        return database;
    }
    const QString &path = target.sqlitePath;
    const QFileInfo info(path);
    // SQLite would silently make a new database of an empty file: the open episodes,
    // the outbox and the cursor would be gone and PagerDuty's incidents orphaned.
    if (info.exists() && (info.size() == 0 || !info.isReadable())) {
        const QString why = info.size() == 0 ? DatabaseText::tr("exists but is empty")
                                             : DatabaseText::tr("cannot be read");
        if (mode != OpenMode::Reset)
            return damaged(path, why);
        if (Status s = moveAside(path); !s.ok())
            return s.error();
    }
    std::unique_ptr<Database> database(new Database(name, target));
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    Status healthy = database->connect();
    if (healthy.ok())
        healthy = database->checkHealth();
    if (!healthy.ok()) {
        if (mode != OpenMode::Reset || healthy.error().kind != ErrorKind::StorageDamaged)
            return healthy.error();
        database.reset();
        if (Status s = moveAside(path); !s.ok())
            return s.error();
        return open(target, OpenMode::Normal);
    }
    const Status migrated = database->migrate();
    if (!migrated.ok())
        return migrated.error();
    return database;
}

Status Database::connect()
{
    if (m_target.backend == StorageTarget::Backend::PostgreSql)
        return connectPostgres();
    const QString &file = m_target.sqlitePath;
    QSqlDatabase db = connection();
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return storageError(DatabaseText::tr("opening \"%1\"").arg(file), db.lastError().text());
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kWalCheckpointPages),
          QStringLiteral("PRAGMA cache_size=-%1").arg(kCacheKiB)}) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            const QString error = q.lastError().text();
            // "file is not a database": garbage where the header should be.
            if (error.contains(QLatin1StringView("not a database")) ||
                error.contains(QLatin1StringView("malformed")))
                return damaged(
                    file, DatabaseText::tr("is not a readable SQLite database (%1)").arg(error));
            return storageError(pragma, error);
        }
    }
    return success();
}

Status Database::checkHealth()
{
    if (m_target.backend == StorageTarget::Backend::PostgreSql)
        return checkPostgresWritable();
    const QString &file = m_target.sqlitePath;
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const QString error = check.lastError().text();
        return damaged(file, DatabaseText::tr("is not a readable SQLite database (%1)").arg(error));
    }
    QStringList problems;
    while (check.next() && problems.size() < 3) {
        const QString line = check.value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems.append(line.left(200));
    }
    if (!problems.isEmpty())
        return damaged(file, DatabaseText::tr("failed its integrity check (%1)")
                                 .arg(problems.join(QStringLiteral("; "))));
    // A database that cannot be written pages nothing: refuse it now, not at the first
    // window.
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
        !probe.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS earshot_write_probe (x)")) ||
        !probe.exec(QStringLiteral("DROP TABLE earshot_write_probe")) ||
        !probe.exec(QStringLiteral("COMMIT"))) {
        const QString error = probe.lastError().text();
        (void)probe.exec(QStringLiteral("ROLLBACK"));
        return Error{ErrorKind::StorageReadOnly,
                     DatabaseText::tr(
                         "database \"%1\" cannot be written (%2): check its permissions and the "
                         "free disk space")
                         .arg(file, error)};
    }
    return success();
}

Status Database::reopen()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    m_transactionDepth = 0;
    if (Status s = connect(); !s.ok())
        return s;
    if (Status s = checkHealth(); !s.ok())
        return s;
    return retakeLeadership();
}

void Database::checkpoint()
{
    if (m_target.backend != StorageTarget::Backend::Sqlite)
        return;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStorage).noquote() << "checkpoint:" << q.lastError().text();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StorageTarget::Backend Database::backend() const
{
    return m_target.backend;
}

QString Database::path() const
{
    return m_target.describe();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (m_target.backend == StorageTarget::Backend::PostgreSql) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('earshot_schema') IS NOT NULL")) ||
            !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM earshot_schema")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::exec(QSqlQuery &query, const char *what)
{
    if (m_fenced)
        return leaderElsewhereError(path(), leader());
    if (!query.exec())
        return storageError(QString::fromLatin1(what), query.lastError().text());
    return success();
}

Status Database::execSql(const QString &sql, const char *what)
{
    if (m_fenced)
        return leaderElsewhereError(path(), leader());
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return storageError(QString::fromLatin1(what), q.lastError().text());
    return success();
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_fenced)
        return leaderElsewhereError(path(), leader());
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status s = work();
        --m_transactionDepth;
        return s;
    }
    QSqlDatabase db = connection();
    if (!db.transaction())
        return storageError(DatabaseText::tr("starting a transaction"), db.lastError().text());
    m_transactionDepth = 1;
    const Status s = work();
    m_transactionDepth = 0;
    if (!s.ok()) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return storageError(DatabaseText::tr("committing"), error);
    }
    return s;
}

Status Database::migrate()
{
    if (m_target.backend == StorageTarget::Backend::PostgreSql)
        return migratePostgres();
    const int version = schemaVersion();
    if (version < 0)
        return storageError(DatabaseText::tr("reading the schema version"),
                            DatabaseText::tr("no answer"));
    if (version > kSchemaVersion)
        return newerSchemaError(path(), version);
    return migrateSqlite(version);
}

Status Database::migrateSqlite(int version)
{
    const auto migrations = schema::sqliteMigrations();
    for (int v = version; v < kSchemaVersion; ++v) {
        const Status s = transaction([&]() -> Status {
            const QStringList statements =
                QString::fromLatin1(migrations[std::size_t(v)]).split(u';', Qt::SkipEmptyParts);
            for (const QString &sql : statements) {
                const Status step = execSql(sql, "migration");
                if (!step.ok())
                    return step;
            }
            if (v + 1 == 4) {
                if (Status step = EngineStateRows(*this).convertSchema3(); !step.ok())
                    return step;
            }
            return execSql(QStringLiteral("PRAGMA user_version = %1").arg(v + 1), "migration");
        });
        if (!s.ok())
            return s;
        qCInfo(lcStorage) << "database migrated to schema version" << v + 1;
    }
    return success();
}

Error newerSchemaError(const QString &database, int version)
{
    return Error{ErrorKind::StorageNewer,
                 DatabaseText::tr("database \"%1\" has schema version %2, newer than this Earshot "
                                  "understands (%3): use a newer Earshot or another database")
                     .arg(database)
                     .arg(version)
                     .arg(Database::kSchemaVersion)};
}

} // namespace earshot
