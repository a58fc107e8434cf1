#include "core/storage/Database.h"

#include "core/common/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
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
    return Error{QStringLiteral("storage"),
                 DatabaseText::tr("database: %1 failed: %2").arg(what, detail)};
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
    return dir +
           (demo ? QStringLiteral("/earshot-demo.sqlite") : QStringLiteral("/earshot.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString name = QStringLiteral("earshot-%1").arg(++g_connectionCounter);
    std::unique_ptr<Database> database(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return storageError(DatabaseText::tr("opening \"%1\"").arg(path),
                                db.lastError().text());
    }
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        const Status s = database->execSql(QString::fromLatin1(pragma), pragma);
        if (!s.ok())
            return s.error();
    }
    const Status migrated = database->migrate();
    if (!migrated.ok())
        return migrated.error();
    return database;
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
            QStringLiteral("storage.newer"),
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
            return execSql(QStringLiteral("PRAGMA user_version = %1").arg(v + 1), "migration");
        });
        if (!s.ok())
            return s;
        qCInfo(lcStorage) << "database migrated to schema version" << v + 1;
    }
    return success();
}

} // namespace earshot
