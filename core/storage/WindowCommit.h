#pragma once

#include "core/alerting/Decision.h"
#include "core/alerting/EngineStateRecord.h"
#include "core/common/Result.h"
#include "core/model/QualitySample.h"
#include "core/storage/AuditLog.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

namespace earshot {

class Database;

// An event the outbox must deliver, produced by a decision.
struct PendingEvent
{
    QString dedupKey;
    QString action;  // trigger / acknowledge / resolve
    QByteArray body; // Events API v2 JSON without routing_key
};

// Everything one window (or one operator action) changes, written in ONE transaction:
// there is no moment where a decision is stored but its event is not, or the other way
// round, and the cursor moves only with the results of its window.
struct WindowRecord
{
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    QList<QualitySample> samples;
    QList<Decision> decisions;
    QList<PendingEvent> events;
    // What the alert engine's state changed (AlertEngine::changesSince), written as it is;
    // nullopt: the engine's state is unchanged.
    std::optional<EngineStateChange> engineChange;
    qint64 cursorWindowEnd = 0; // 0: leave the cursor alone (operator actions)
    qint64 nowMs = 0;
    qint64 retentionSecs = 30 * 86'400;
    QList<AuditEntry> audit; // operator actions and other entries that go with this change
    // Small state that must move with this change (the storm group, the watchdog), written
    // to the meta table in the same transaction.
    QList<QPair<QString, QString>> meta;
    // An operator action another console asked for (OperatorRequestQueue): marked done in
    // the same transaction, so it is carried out once, or not at all.
    qint64 settlesRequest = 0;
};

[[nodiscard]] Status commitWindow(Database &database, const WindowRecord &record);

inline const QString kCursorKey = QStringLiteral("poller.cursor_window_end");

} // namespace earshot
