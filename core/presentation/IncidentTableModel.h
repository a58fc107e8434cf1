#pragma once

#include "core/presentation/ModelRoles.h"
#include "core/status/MonitorTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace earshot {

// Incidents (one per episode) with their PagerDuty delivery, in the order given (the
// Monitor lists open ones first, then the newest).
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QueueColumn,
        SeverityColumn,
        StateColumn,
        StartedColumn,
        DurationColumn,
        BreachColumn, // "MOS 2.6 < 3.0"; the dedup key is in the detail pane
        DeliveryColumn,
        ColumnCount
    };

    explicit IncidentTableModel(QObject *parent = nullptr);

    // Rows are updated in place, added and removed one by one (never a reset), so views
    // keep their selection and scroll position.
    void setIncidents(const QList<IncidentRow> &incidents);
    // Open incidents' durations run up to this time (epoch seconds, from the Monitor's clock).
    void setNowSecs(qint64 nowSecs);
    void setIconProvider(IconProvider provider);

    [[nodiscard]] std::optional<IncidentRow> incidentAt(int row) const;
    [[nodiscard]] std::optional<IncidentRow> incident(const QString &dedupKey) const;
    [[nodiscard]] int rowOf(const QString &dedupKey) const; // -1 when unknown

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] qint64 durationOf(const IncidentRow &row) const;
    [[nodiscard]] QVariant displayData(const IncidentRow &row, int column) const;
    [[nodiscard]] static QString queueText(const IncidentRow &row);
    [[nodiscard]] QVariant sortData(const IncidentRow &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const IncidentRow &row, int column) const;

    QList<IncidentRow> m_rows;
    QHash<QString, int> m_index;
    qint64 m_nowSecs = 0;
    IconProvider m_iconProvider;
};

} // namespace earshot
