#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/storage/EngineStateRows.h"

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

// Each entry moves the schema from version i to i + 1.
const char *const kMigrations[] = {
    // 1: history, episodes, outbox, audit log, key/value state
    "CREATE TABLE history ("
    " queue_id TEXT NOT NULL, queue_name TEXT NOT NULL DEFAULT '',"
    " window_start INTEGER NOT NULL, window_end INTEGER NOT NULL, calls INTEGER NOT NULL,"
    " mos_mean REAL, mos_min REAL, mos_p10 REAL, mos_below_share REAL,"
    " packet_loss_percent REAL, jitter_ms REAL, latency_max_ms REAL, latency_p95_ms REAL,"
    " jitter_buffer_discard_percent REAL, worst_calls TEXT,"
    " PRIMARY KEY (queue_id, window_start)) WITHOUT ROWID;"
    "CREATE INDEX history_by_window ON history (window_start);"
    "CREATE TABLE episodes ("
    " dedup_key TEXT PRIMARY KEY, queue_id TEXT NOT NULL, queue_name TEXT NOT NULL DEFAULT '',"
    " severity TEXT NOT NULL, started_at INTEGER NOT NULL, last_change INTEGER NOT NULL,"
    " state TEXT NOT NULL, paged INTEGER NOT NULL DEFAULT 0,"
    " acknowledged_by TEXT, acknowledged_at INTEGER, acknowledge_note TEXT,"
    " resolved_at INTEGER, resolved_by TEXT, resolve_reason TEXT, resolve_note TEXT,"
    " breaches TEXT);"
    "CREATE INDEX episodes_by_state ON episodes (state, started_at);"
    "CREATE TABLE outbox ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, dedup_key TEXT NOT NULL, action TEXT NOT NULL,"
    " body BLOB NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL "
    " DEFAULT 0, created_at_ms INTEGER NOT NULL, next_attempt_at_ms INTEGER NOT NULL,"
    " delivered_at_ms INTEGER, last_error TEXT);"
    "CREATE INDEX outbox_pending ON outbox (state, dedup_key, id);"
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '', actor TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL DEFAULT '', details TEXT);"
    "CREATE INDEX audit_by_subject ON audit (subject, id);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2: a window with too many malformed conversations is kept, marked partial
    "ALTER TABLE history ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;",
    // 3: the alert engine's state one row per queue (EngineStateRows)
    "CREATE TABLE engine_queues ("
    " queue_id TEXT PRIMARY KEY, position INTEGER NOT NULL, state TEXT NOT NULL) WITHOUT ROWID;",
    // 4: the alert engine's state in typed columns, keyed by the queue's place in the
    // engine's order; the JSON rows of schema 3 are converted by
    // EngineStateRows::convertSchema3 in the same transaction, then dropped.
    "CREATE TABLE engine_queue_state ("
    " position INTEGER PRIMARY KEY, queue_id TEXT NOT NULL, queue_name TEXT NOT NULL,"
    " newest_window_start INTEGER, last_data_end INTEGER NOT NULL,"
    " breach_run INTEGER NOT NULL, breach_run_start INTEGER NOT NULL,"
    " healthy_run INTEGER NOT NULL, lower_run INTEGER NOT NULL, suppressed INTEGER NOT NULL,"
    " episode_dedup_key TEXT, episode_queue_id TEXT, episode_queue_name TEXT,"
    " episode_start INTEGER, episode_last_change INTEGER, episode_severity TEXT,"
    " episode_paged_severity TEXT, episode_paged INTEGER, episode_acknowledged INTEGER,"
    " episode_acknowledged_by TEXT, episode_acknowledge_note TEXT,"
    " episode_acknowledged_at INTEGER, episode_breaches TEXT);",
    // 5: what the PagerDuty REST API says about the incidents Earshot opened
    // (FollowedIncidentStore)
    "CREATE TABLE pagerduty_incidents ("
    " dedup_key TEXT PRIMARY KEY, incident_id TEXT NOT NULL DEFAULT '',"
    " incident_number INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL,"
    " changed_by TEXT NOT NULL DEFAULT '', changed_at_ms INTEGER NOT NULL DEFAULT 0,"
    " html_url TEXT NOT NULL DEFAULT '', seen_at_ms INTEGER NOT NULL DEFAULT 0,"
    " healthy_since_resolve INTEGER NOT NULL DEFAULT 0, repaged_at INTEGER NOT NULL DEFAULT 0)"
    " WITHOUT ROWID;",
};
static_assert(std::size(kMigrations) == Database::kSchemaVersion);

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

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
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
    const QString name = QStringLiteral("earshot-%1").arg(++g_connectionCounter);
    std::unique_ptr<Database> database(new Database(name, path));
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
        return open(path, OpenMode::Normal);
    }
    const Status migrated = database->migrate();
    if (!migrated.ok())
        return migrated.error();
    return database;
}

Status Database::connect()
{
    QSqlDatabase db = connection();
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return storageError(DatabaseText::tr("opening \"%1\"").arg(m_path), db.lastError().text());
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
                    m_path, DatabaseText::tr("is not a readable SQLite database (%1)").arg(error));
            return storageError(pragma, error);
        }
    }
    return success();
}

Status Database::checkHealth()
{
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const QString error = check.lastError().text();
        return damaged(m_path,
                       DatabaseText::tr("is not a readable SQLite database (%1)").arg(error));
    }
    QStringList problems;
    while (check.next() && problems.size() < 3) {
        const QString line = check.value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems.append(line.left(200));
    }
    if (!problems.isEmpty())
        return damaged(m_path, DatabaseText::tr("failed its integrity check (%1)")
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
                         .arg(m_path, error)};
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
    return checkHealth();
}

void Database::checkpoint()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStorage).noquote() << "checkpoint:" << q.lastError().text();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::path() const
{
    return m_path;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return storageError(QString::fromLatin1(what), query.lastError().text());
    return success();
}

Status Database::execSql(const QString &sql, const char *what)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return storageError(QString::fromLatin1(what), q.lastError().text());
    return success();
}

Status Database::transaction(const std::function<Status()> &work)
{
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
    const int version = schemaVersion();
    if (version < 0)
        return storageError(DatabaseText::tr("reading the schema version"),
                            DatabaseText::tr("no answer"));
    if (version > kSchemaVersion)
        return Error{
            ErrorKind::StorageNewer,
            DatabaseText::tr("database \"%1\" has schema version %2, newer than this Earshot "
                             "understands (%3): use a newer Earshot or another database file")
                .arg(m_path)
                .arg(version)
                .arg(kSchemaVersion)};
    for (int v = version; v < kSchemaVersion; ++v) {
        const Status s = transaction([&]() -> Status {
            const QStringList statements =
                QString::fromLatin1(kMigrations[v]).split(u';', Qt::SkipEmptyParts);
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

} // namespace earshot
