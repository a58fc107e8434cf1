#include "core/storage/StorageTarget.h"

namespace earshot {

StorageTarget StorageTarget::sqlite(const QString &path)
{
    StorageTarget t;
    t.sqlitePath = path;
    return t;
}

QString StorageTarget::describe() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(dbname);
}

} // namespace earshot
