#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/AlertPolicy.h"
#include "core/model/QualitySample.h"
#include "core/presentation/ModelRoles.h"
#include "core/presentation/QueueCondition.h"
#include "core/presentation/StatusTexts.h"
#include "core/presentation/WindowAssessment.h"
#include "core/status/MonitorTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace earshot {

// One row per queue: its newest window and its alert state. Fed plain values (the
// Monitor's latest samples, incidents, policy, silences) and reusable by any view: the
// operator's table, the wall display, a test.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        MosColumn,
        LossColumn,
        JitterColumn,
        LatencyColumn,
        CallsColumn,
        LastWindowColumn,
        IncidentColumn,
        ColumnCount
    };

    explicit QueueTableModel(QObject *parent = nullptr);

    // Rows come from the known queues, in this order; samples of unknown queues add rows.
    void setQueues(const QList<QueueInfo> &queues);
    void setLatestSamples(const QList<QualitySample> &samples);
    void setIncidents(const QList<IncidentRow> &incidents); // only open ones matter here
    void setPolicy(const AlertPolicy &policy);
    void setSilences(const QList<Silence> &silences);
    // The end of the newest evaluated window: a queue whose newest sample is older has no
    // calls now (older than 2 windows: stale), and a silence is active while it has not
    // ended by then. 0: not known yet.
    void setCurrentWindowEnd(qint64 windowEndSecs);
    void setWindowSecs(qint64 windowSecs);
    // While polling fails every value on screen is stale.
    void setPollingFailed(bool failed);
    void setIconProvider(IconProvider provider);

    [[nodiscard]] QueueStatus statusOf(const QString &queueId) const;
    [[nodiscard]] QueueCondition conditionOf(const QString &queueId) const;
    [[nodiscard]] int rowOf(const QString &queueId) const; // -1 when unknown
    [[nodiscard]] QString queueIdAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Row
    {
        QueueInfo queue;
        std::optional<QualitySample> latest;
        std::optional<IncidentRow> incident; // the queue's open incident
        QueueCondition condition;
    };

    void recompute(Row *row) const;
    void publish(QList<Row> rows);
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant sortData(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const Row &row, int column) const;
    [[nodiscard]] QString iconPathOf(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QList<Silence> m_silences;
    AlertPolicy m_policy;
    QueueConditionContext m_context;
    IconProvider m_iconProvider;
};

} // namespace earshot
