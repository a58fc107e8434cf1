#include "core/storage/BulkStatement.h"

#include "core/storage/Database.h"

#include <QByteArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

#if EARSHOT_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace earshot {

namespace {

#if EARSHOT_SQLITE_DIRECT
// The driver's connection, when it is a handle of the SQLite library Earshot links. The
// driver names the handle's type "sqlite3*"; a driver with SQLite built in would answer a
// different version to sqlite_version() than ours (a same-version copy built in is the
// one case this cannot tell, and no Qt build for a platform with the system SQLite does
// that).
sqlite3 *directHandle(const Database &database)
{
    const QSqlDatabase db = database.connection();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() ||
        version.value(0).toString() != QLatin1StringView(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
#endif

} // namespace

// The C API: one prepared statement, text handed over as UTF-8 kept alive until the run.
struct BulkStatement::Direct
{
#if EARSHOT_SQLITE_DIRECT
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    std::vector<QByteArray> text; // per column, the UTF-8 bound SQLITE_STATIC

    ~Direct()
    {
        sqlite3_finalize(statement);
    }
#endif
};

// QtSql: named placeholders (":p0", ...), made once per statement. QtSql turns every value
// bound by position into a freshly formatted ":%1" key, an allocation and a hash insert
// per value; a name made once is a lookup.
struct BulkStatement::ViaQtSql
{
    explicit ViaQtSql(const QSqlDatabase &db)
        : query(db)
    {
    }
    QSqlQuery query;
    QStringList names;
};

bool BulkStatement::directAvailable(const Database &database)
{
#if EARSHOT_SQLITE_DIRECT
    return directHandle(database) != nullptr;
#else
    Q_UNUSED(database);
    return false;
#endif
}

BulkStatement::BulkStatement(Database &database, const QString &insertHead, int columns,
                             const char *what, Path wanted, const QString &afterValues)
    : m_what(what)
{
#if EARSHOT_SQLITE_DIRECT
    if (wanted == Path::Direct) {
        if (sqlite3 *db = directHandle(database)) {
            m_direct = std::make_unique<Direct>();
            m_direct->db = db;
            m_direct->text.resize(std::size_t(columns));
            QString placeholders;
            for (int i = 0; i < columns; ++i)
                placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
            const QByteArray sql =
                (insertHead + QStringLiteral(" VALUES (") + placeholders + u')' + afterValues)
                    .toUtf8();
            if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                   &m_direct->statement, nullptr) != SQLITE_OK)
                m_prepared =
                    storageError(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db)));
            return;
        }
    }
#else
    Q_UNUSED(wanted);
#endif
    m_qtSql = std::make_unique<ViaQtSql>(database.connection());
    for (int i = 0; i < columns; ++i)
        m_qtSql->names.append(QStringLiteral(":p") + QString::number(i));
    if (!m_qtSql->query.prepare(insertHead + QStringLiteral(" VALUES (") +
                                m_qtSql->names.join(QStringLiteral(", ")) + u')' + afterValues))
        m_prepared = storageError(QString::fromLatin1(what), m_qtSql->query.lastError().text());
}

BulkStatement::~BulkStatement() = default;

BulkStatement::Path BulkStatement::path() const
{
    return m_direct ? Path::Direct : Path::QtSql;
}

Status BulkStatement::prepared() const
{
    return m_prepared;
}

void BulkStatement::bindText(int column, const QString &text)
{
#if EARSHOT_SQLITE_DIRECT
    if (m_direct) {
        bindText(column, text.toUtf8());
        return;
    }
#endif
    m_qtSql->query.bindValue(m_qtSql->names.at(column), text.isNull() ? QStringLiteral("") : text);
}

void BulkStatement::bindText(int column, const QByteArray &utf8)
{
#if EARSHOT_SQLITE_DIRECT
    if (m_direct) {
        QByteArray &kept = m_direct->text[std::size_t(column)];
        kept = utf8;
        // constData() of an empty QByteArray is "", never null: '' rather than NULL.
        sqlite3_bind_text(m_direct->statement, column + 1, kept.constData(), int(kept.size()),
                          SQLITE_STATIC);
        return;
    }
#endif
    m_qtSql->query.bindValue(m_qtSql->names.at(column), QString::fromUtf8(utf8));
}

void BulkStatement::bindInteger(int column, qint64 value)
{
#if EARSHOT_SQLITE_DIRECT
    if (m_direct) {
        sqlite3_bind_int64(m_direct->statement, column + 1, value);
        return;
    }
#endif
    m_qtSql->query.bindValue(m_qtSql->names.at(column), value);
}

void BulkStatement::bindReal(int column, double value)
{
#if EARSHOT_SQLITE_DIRECT
    if (m_direct) {
        sqlite3_bind_double(m_direct->statement, column + 1, value);
        return;
    }
#endif
    m_qtSql->query.bindValue(m_qtSql->names.at(column), value);
}

void BulkStatement::bindReal(int column, const std::optional<double> &value)
{
    if (value)
        bindReal(column, *value);
    else
        bindNull(column);
}

void BulkStatement::bindNull(int column)
{
#if EARSHOT_SQLITE_DIRECT
    if (m_direct) {
        sqlite3_bind_null(m_direct->statement, column + 1);
        return;
    }
#endif
    m_qtSql->query.bindValue(m_qtSql->names.at(column), QVariant(QMetaType(QMetaType::Double)));
}

Status BulkStatement::run()
{
    if (!m_prepared.ok())
        return m_prepared;
#if EARSHOT_SQLITE_DIRECT
    if (m_direct) {
        const int rc = sqlite3_step(m_direct->statement);
        // reset() repeats the step's error code; the message is the connection's.
        Status status = success();
        if (rc != SQLITE_DONE)
            status = storageError(QString::fromLatin1(m_what),
                                  QString::fromUtf8(sqlite3_errmsg(m_direct->db)));
        sqlite3_reset(m_direct->statement);
        return status;
    }
#endif
    if (!m_qtSql->query.exec())
        return storageError(QString::fromLatin1(m_what), m_qtSql->query.lastError().text());
    return success();
}

} // namespace earshot
