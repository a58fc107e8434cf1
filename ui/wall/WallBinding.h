#pragma once

#include "core/config/AppConfig.h"
#include "core/pipeline/Monitor.h"
#include "core/presentation/QueueTableModel.h"
#include "core/presentation/wall/WallBoard.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace earshot {

class WallView;

// Feeds a WallView from a running Monitor's read API, through the same QueueTableModel the
// desk window's table uses (so both show the same verdicts). Read-only: it sends nothing
// back to the Monitor.
class WallBinding : public QObject
{
    Q_OBJECT

public:
    // ingestLagSecs: [schedule] ingest_lag_seconds, for when the next window is due.
    WallBinding(Monitor &monitor, WallView &view, const WallConfig &config, qint64 ingestLagSecs,
                QObject *parent = nullptr);

    // Loads the queues, their last hour and every status from the Monitor.
    void refreshAll();

private:
    void onWindowStored(qint64 windowStart, qint64 windowEnd);
    void onIncidentsChanged();
    void rebuild();
    // A value read from the Monitor; a failed read turns the wall stale (the database
    // problem in its banner) and the tiles keep what they show.
    template<typename T> [[nodiscard]] std::optional<T> read(const Result<T> &result);

    QPointer<Monitor> m_monitor;
    WallView &m_view;
    QueueTableModel m_model;
    WallBoard m_board;
    WallConfig m_config;
    qint64 m_ingestLagSecs;
    qint64 m_newestWindowEnd = 0;
    bool m_routingKeyMissing = false;
    QTimer *m_tick = nullptr;
    QString m_readProblem; // the last read that failed; empty after a good refresh
};

} // namespace earshot
