#pragma once

#include "core/alerting/EngineStateRecord.h"
#include "core/common/Result.h"

#include <QSqlQuery>

namespace earshot {

class Database;

// The alert engine's state as stored: each queue's state is a row of engine_queue_state in
// typed columns, keyed by its place in the engine's order; the rest (newest window,
// silences, how many queues there are) is one small JSON value in meta. A window writes
// only what it changed (EngineStateChange): at 10,000 queues the rows of the queues with
// data, not the whole state again, and no JSON per queue.
class EngineStateRows
{
public:
    explicit EngineStateRows(Database &database);

    // Stores `change`, in one transaction (or the caller's): a whole change replaces every
    // row, any other updates the rows it holds and the head when it changed. When the rows
    // then do not add up to change.queueCount (the database did not hold the state the
    // change starts from) nothing is stored and the Error's code is "storage.state_rows":
    // store a whole change instead.
    [[nodiscard]] Status save(const EngineStateChange &change);
    // The state last saved; a fresh engine's (empty) when none was. Values of the wrong type
    // or out of range, or rows missing, are an "alerting.state" Error naming the column.
    [[nodiscard]] Result<EngineStateRecord> load() const;

    // Schema 3 to 4 (Database::migrate, inside the migration's transaction): the state kept
    // as JSON (one row per queue in engine_queues, or the whole state in meta as an Earshot
    // before schema 3 wrote it) becomes typed rows, and engine_queues is dropped. A state
    // that cannot be read fails the migration, which leaves the file as it was.
    [[nodiscard]] Status convertSchema3();

private:
    [[nodiscard]] Status writeQueues(const EngineStateChange &change);
    [[nodiscard]] Status writeHead(const EngineStateHead &head, int queueCount);
    [[nodiscard]] Status checkRowsAddUp(int queueCount) const;

    Database &m_database;
};

} // namespace earshot
