#include "core/storage/SqlUpsert.h"

#include <QStringList>

namespace earshot {

QString replaceOnConflict(const QString &keyColumns, const QString &columns,
                          const QString &nullColumns)
{
    const QStringList keys = keyColumns.split(u',', Qt::SkipEmptyParts);
    auto isKey = [&](const QString &column) {
        for (const QString &k : keys)
            if (k.trimmed() == column)
                return true;
        return false;
    };
    QStringList assignments;
    for (const QString &c : columns.split(u',', Qt::SkipEmptyParts)) {
        const QString column = c.trimmed();
        if (!isKey(column))
            assignments.append(column + QStringLiteral(" = excluded.") + column);
    }
    for (const QString &c : nullColumns.split(u',', Qt::SkipEmptyParts))
        assignments.append(c.trimmed() + QStringLiteral(" = NULL"));
    return QStringLiteral(" ON CONFLICT (") + keyColumns + QStringLiteral(") DO UPDATE SET ") +
           assignments.join(QStringLiteral(", "));
}

} // namespace earshot
