// The PostgreSQL side of Database: connecting through Qt's QPSQL driver (libpq), the
// schema's version in a table of its own, and the check that the database can be written.
#include "core/common/Logging.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace earshot {

namespace {

// The translation context of this file's texts, the same as Database.cpp's.
class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The transaction-scoped advisory lock under which one console makes or migrates the
// schema while the others wait ("Earshot" in ASCII, so a DBA can tell whose it is).
constexpr qint64 kSchemaLock = 0x4561727368'6f74;

// The session-level advisory lock of the console that polls ("Earshot" + 1).
constexpr qint64 kLeaderLock = 0x4561727368'6f75;

// libpq's words sorted into what the operator must do: fix the login, or wait for the
// server (or the network) to come back. libpq's messages never contain the password.
bool loginRefused(const QString &text)
{
    static const char *const kLoginWords[] = {"password authentication failed",
                                              "no password supplied",
                                              "pg_hba.conf",
                                              "SSL",
                                              "does not exist",
                                              "permission denied"};
    for (const char *word : kLoginWords)
        if (text.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

Status Database::connectPostgres()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{ErrorKind::StorageUnreachable,
                     DatabaseText::tr("Qt's PostgreSQL driver (QPSQL) is not installed: install "
                                      "libqt6sql6-psql, or use the default backend (sqlite)")};
    QSqlDatabase db = connection();
    db.setHostName(m_target.host);
    db.setPort(m_target.port);
    db.setDatabaseName(m_target.dbname);
    db.setUserName(m_target.user);
    db.setPassword(m_target.password);
    // Keepalives both ways: this side notices a dead server, and the server notices a
    // console cut off the network within about a minute and frees its leader lock (the
    // server's default waits for the operating system's two hours). Keepalives probe only
    // an idle connection: one cut while data is in flight (a query, its answer) is given up
    // by the retransmissions, after about 15 minutes on Linux, hence the user timeout on both
    // sides (TestHeadlessNetworkCut).
    db.setConnectOptions(QStringLiteral("connect_timeout=%1;sslmode=%2;application_name=earshot;"
                                        "keepalives=1;keepalives_idle=30;keepalives_interval=10;"
                                        "keepalives_count=3;tcp_user_timeout=60000")
                             .arg(kConnectTimeoutSeconds)
                             .arg(m_target.sslmode));
    if (db.open()) {
        QSqlQuery keepalive(db);
        for (const char *setting :
             {"SET tcp_keepalives_idle = 30", "SET tcp_keepalives_interval = 10",
              "SET tcp_keepalives_count = 3", "SET tcp_user_timeout = 60000"}) {
            if (!keepalive.exec(QLatin1StringView(setting)))
                qCWarning(lcStorage).noquote()
                    << setting << "refused:" << keepalive.lastError().text();
        }
        return success();
    }
    const QString why = db.lastError().text().simplified();
    if (loginRefused(why))
        return Error{ErrorKind::StorageLoginRefused,
                     DatabaseText::tr("the PostgreSQL server refused Earshot's login to %1: %2. "
                                      "Check [storage] user, dbname and sslmode, and the password "
                                      "(EARSHOT_DB_PASSWORD or the keychain)")
                         .arg(path(), why)};
    return Error{ErrorKind::StorageUnreachable,
                 DatabaseText::tr("cannot reach the PostgreSQL database %1: %2").arg(path(), why)};
}

Status Database::migratePostgres()
{
    const int found = schemaVersion();
    if (found < 0)
        return storageError(DatabaseText::tr("reading the schema version"),
                            DatabaseText::tr("no answer"));
    if (found > kSchemaVersion)
        return newerSchemaError(path(), found);
    if (found == kSchemaVersion)
        return success();
    return transaction([&]() -> Status {
        if (Status s = execSql(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock),
                               "locking the schema");
            !s.ok())
            return s;
        if (Status s = execSql(QStringLiteral("CREATE TABLE IF NOT EXISTS earshot_schema "
                                              "(version INTEGER NOT NULL)"),
                               "migration");
            !s.ok())
            return s;
        // Another console may have done it while this one waited for the lock.
        const int version = schemaVersion();
        if (version > kSchemaVersion)
            return newerSchemaError(path(), version);
        if (version == 0) {
            const QStringList statements =
                QString::fromLatin1(schema::postgresBaseline()).split(u';', Qt::SkipEmptyParts);
            for (const QString &sql : statements)
                if (Status s = execSql(sql, "migration"); !s.ok())
                    return s;
            if (Status s =
                    execSql(QStringLiteral("INSERT INTO earshot_schema (version) VALUES (%1)")
                                .arg(schema::kPostgresBaseline),
                            "migration");
                !s.ok())
                return s;
            qCInfo(lcStorage).noquote() << "PostgreSQL database" << path()
                                        << "made at schema version" << schema::kPostgresBaseline;
        }
        // After the baseline: one step each, as on SQLite.
        const auto migrations = schema::postgresMigrations();
        for (int v = std::max(version, schema::kPostgresBaseline); v < kSchemaVersion; ++v) {
            const QStringList statements =
                QString::fromLatin1(migrations[std::size_t(v - schema::kPostgresBaseline)])
                    .split(u';', Qt::SkipEmptyParts);
            for (const QString &sql : statements)
                if (Status s = execSql(sql, "migration"); !s.ok())
                    return s;
            if (Status s =
                    execSql(QStringLiteral("UPDATE earshot_schema SET version = %1").arg(v + 1),
                            "migration");
                !s.ok())
                return s;
            qCInfo(lcStorage).noquote()
                << "PostgreSQL database" << path() << "migrated to schema version" << v + 1;
        }
        return success();
    });
}

Status Database::checkPostgresWritable()
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return storageError(DatabaseText::tr("starting a transaction"), db.lastError().text());
    QSqlQuery probe(db);
    const bool written = probe.exec(QStringLiteral("UPDATE earshot_schema SET version = version"));
    const QString error = probe.lastError().text();
    probe.finish();
    db.rollback();
    if (written)
        return success();
    return Error{ErrorKind::StorageReadOnly,
                 DatabaseText::tr("database %1 cannot be written (%2): check the user's privileges "
                                  "and that the server is not a read-only standby")
                     .arg(path(), error)};
}

Error leaderElsewhereError(const QString &database, const QString &leader)
{
    return Error{
        ErrorKind::StorageLeaderElsewhere,
        leader.isEmpty()
            ? DatabaseText::tr("another Earshot polls the database %1").arg(database)
            : DatabaseText::tr("another Earshot polls the database %1: %2").arg(database, leader)};
}

Status Database::claimLeadership(const QString &holder)
{
    if (m_target.backend != StorageTarget::Backend::PostgreSql)
        return success();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kLeaderLock)) || !q.next())
        return storageError(DatabaseText::tr("claiming leadership"), q.lastError().text());
    if (!q.value(0).toBool())
        return leaderElsewhereError(path(), leader());
    m_leaderHolder = holder;
    m_fenced = false;
    QSqlQuery write(connection());
    write.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('leader', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    write.addBindValue(holder);
    return exec(write, "claiming leadership");
}

Status Database::retakeLeadership()
{
    if (m_leaderHolder.isEmpty())
        return success();
    const Status s = claimLeadership(m_leaderHolder);
    if (!s.ok() && s.error().kind == ErrorKind::StorageLeaderElsewhere) {
        // Another console took over while this one was away: it must never write again.
        m_fenced = true;
        qCCritical(lcStorage).noquote() << s.error().message;
    }
    return s;
}

bool Database::leadershipLost() const
{
    return m_fenced;
}

QString Database::leader() const
{
    if (m_target.backend != StorageTarget::Backend::PostgreSql)
        return {};
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'leader'")) || !q.next())
        return {};
    return q.value(0).toString();
}

Result<bool> Database::leaderPresent() const
{
    if (m_target.backend != StorageTarget::Backend::PostgreSql)
        return true;
    // A bigint advisory key shows in pg_locks as its high and low 32 bits.
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
                             "AND granted AND classid = ? AND objid = ? AND objsubid = 1)"));
    q.addBindValue(qint64(quint64(kLeaderLock) >> 32));
    q.addBindValue(qint64(quint64(kLeaderLock) & 0xffff'ffffU));
    if (!q.exec() || !q.next())
        return storageError(DatabaseText::tr("asking who polls"), q.lastError().text());
    return q.value(0).toBool();
}

bool Database::leads() const
{
    return m_target.backend != StorageTarget::Backend::PostgreSql ||
           (!m_leaderHolder.isEmpty() && !m_fenced);
}

void Database::releaseLeadership()
{
    if (m_target.backend != StorageTarget::Backend::PostgreSql || m_leaderHolder.isEmpty())
        return;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kLeaderLock)))
        qCWarning(lcStorage).noquote() << "releasing the leader lock:" << q.lastError().text();
    m_leaderHolder.clear();
}

} // namespace earshot
