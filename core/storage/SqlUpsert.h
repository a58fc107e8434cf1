#pragma once

#include <QString>

namespace earshot {

// What makes an INSERT replace the row with the same key, in the syntax SQLite (3.24+) and
// PostgreSQL share: "ON CONFLICT (key) DO UPDATE SET a = excluded.a, ...", every listed
// column taken from the new row and every column of `nullColumns` set to NULL. That is
// what SQLite's INSERT OR REPLACE did, which PostgreSQL does not have. Columns are given
// comma-separated, as in the INSERT's own column list.
[[nodiscard]] QString replaceOnConflict(const QString &keyColumns, const QString &columns,
                                        const QString &nullColumns = QString());

} // namespace earshot
