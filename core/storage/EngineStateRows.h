#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace earshot {

class Database;

// The alert engine's saved state (AlertEngine::saveState) as stored: each queue's state is
// a row of engine_queues, in the engine's order; the rest (version, newest window,
// silences) is one small JSON value in meta. At 10,000 queues a window then writes the rows
// of the queues whose state it changed, not the whole state again. A state stored whole by
// an older Earshot (one JSON value with its queues) is read as it is and replaced by rows at
// the next save.
class EngineStateRows
{
public:
    explicit EngineStateRows(Database &database);

    // Stores `state`, in one transaction (or the caller's). `stored` is what the database
    // holds now (the state the last save wrote or the restore read): the queues equal in
    // both are not written. An empty `stored`, a database in the older form, or rows that
    // do not add up write every queue.
    [[nodiscard]] Status save(const QJsonObject &state, const QJsonObject &stored = {});
    // Exactly the object last saved; empty when none was.
    [[nodiscard]] Result<QJsonObject> load() const;

private:
    [[nodiscard]] Status writeAll(const QJsonObject &state);
    [[nodiscard]] QSqlQuery prepareUpsert() const;
    [[nodiscard]] Status writeQueue(QSqlQuery &upsert, const QJsonObject &queue, int position);
    [[nodiscard]] Status writeHead(const QJsonObject &state);
    [[nodiscard]] Result<bool> storedAsRows() const;
    [[nodiscard]] Result<int> rowCount() const;

    Database &m_database;
};

} // namespace earshot
