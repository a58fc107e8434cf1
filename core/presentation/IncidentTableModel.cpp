#include "core/presentation/IncidentTableModel.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/IncidentTimeline.h"
#include "core/presentation/StatusTexts.h"

#include <algorithm>

namespace earshot {

IncidentTableModel::IncidentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentTableModel::setIncidents(const QList<IncidentRow> &incidents)
{
    QHash<QString, const IncidentRow *> incoming;
    for (const IncidentRow &r : incidents)
        incoming.insert(r.dedupKey, &r);
    // Gone: removed one by one, from the bottom so positions stay valid.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (incoming.contains(m_rows[i].dedupKey))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Kept: updated where they are.
    m_index.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rows[i] = *incoming.value(m_rows[i].dedupKey);
        m_index.insert(m_rows[i].dedupKey, i);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    // New: appended in the order given.
    QList<IncidentRow> added;
    for (const IncidentRow &r : incidents) {
        if (!m_index.contains(r.dedupKey) &&
            std::none_of(added.cbegin(), added.cend(),
                         [&](const IncidentRow &a) { return a.dedupKey == r.dedupKey; }))
            added.append(r);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const IncidentRow &r : added) {
        m_index.insert(r.dedupKey, int(m_rows.size()));
        m_rows.append(r);
    }
    endInsertRows();
}

void IncidentTableModel::setNowSecs(qint64 nowSecs)
{
    m_nowSecs = nowSecs;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DurationColumn), index(int(m_rows.size()) - 1, DurationColumn));
}

void IncidentTableModel::setIconProvider(IconProvider provider)
{
    m_iconProvider = std::move(provider);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DecorationRole});
}

std::optional<IncidentRow> IncidentTableModel::incidentAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return std::nullopt;
    return m_rows[row];
}

std::optional<IncidentRow> IncidentTableModel::incident(const QString &dedupKey) const
{
    return incidentAt(rowOf(dedupKey));
}

int IncidentTableModel::rowOf(const QString &dedupKey) const
{
    return m_index.value(dedupKey, -1);
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 IncidentTableModel::durationOf(const IncidentRow &row) const
{
    if (row.state == IncidentRow::State::Resolved)
        return std::max<qint64>(0, row.resolvedAt - row.startedAt);
    return m_nowSecs > 0 ? std::max<qint64>(0, m_nowSecs - row.startedAt) : 0;
}

QVariant IncidentTableModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid() || idx.row() >= int(m_rows.size()) || idx.column() >= ColumnCount)
        return {};
    const IncidentRow &row = m_rows[idx.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, idx.column());
    case Qt::ToolTipRole:
        return toolTipData(row, idx.column());
    case Qt::DecorationRole: {
        QString path;
        if (idx.column() == SeverityColumn)
            path = severityIconPath(row.severity);
        else if (idx.column() == StateColumn)
            path = incidentStateIconPath(row.state);
        return path.isEmpty() || !m_iconProvider ? QVariant() : m_iconProvider(path);
    }
    case SortRole:
        return sortData(row, idx.column());
    case QueueIdRole:
        return row.queueId;
    case DedupKeyRole:
        return row.dedupKey;
    case StatusRole:
        return int(row.state);
    case SeverityRole:
        return int(row.severity);
    case ProblemRole:
        return row.state == IncidentRow::State::Open || !row.deliveryError.isEmpty();
    case IconPathRole:
        return incidentStateIconPath(row.state);
    default:
        return {};
    }
}

// A storm's group row names the storm and its size; its members say they belong to it.
QString IncidentTableModel::queueText(const IncidentRow &row)
{
    const QString name = row.queueName.isEmpty() ? row.queueId : row.queueName;
    if (row.isGroup) {
        QString text = tr("Storm: %n queue(s)", nullptr, row.groupMembers);
        if (row.state != IncidentRow::State::Resolved && row.groupMembersDegraded > 0)
            text +=
                QStringLiteral(" · ") + tr("%n still degraded", nullptr, row.groupMembersDegraded);
        return text;
    }
    if (!row.groupKey.isEmpty())
        return name + QStringLiteral(" · ") + tr("in storm");
    return name;
}

QVariant IncidentTableModel::displayData(const IncidentRow &row, int column) const
{
    switch (column) {
    case QueueColumn:
        return queueText(row);
    case SeverityColumn:
        return severityWord(row.severity);
    case StateColumn:
        return incidentStateWord(row.state);
    case StartedColumn:
        return localTimeText(row.startedAt, dateTimeFormat());
    case DurationColumn:
        if (row.state != IncidentRow::State::Resolved && m_nowSecs <= 0)
            return QStringLiteral("—");
        return durationText(durationOf(row));
    case BreachColumn:
        return breachesShortText(row.breaches);
    case DeliveryColumn: {
        // What PagerDuty's people did matters more than a delivery that went fine; a
        // delivery problem matters more than both.
        const QString followed = pagerDutyFollowText(row);
        if (followed.isEmpty() || row.pendingEvents > 0 || !row.deliveryError.isEmpty())
            return deliveryText(row);
        return followed;
    }
    default:
        return {};
    }
}

QVariant IncidentTableModel::sortData(const IncidentRow &row, int column) const
{
    switch (column) {
    case QueueColumn:
        return (row.queueName.isEmpty() ? row.queueId : row.queueName).toLower();
    case SeverityColumn:
        return int(row.severity);
    case StateColumn: {
        // Open needs action first, then acknowledged, then history; newest first in each.
        const qint64 rank = row.state == IncidentRow::State::Open           ? 2
                            : row.state == IncidentRow::State::Acknowledged ? 1
                                                                            : 0;
        return rank * 10'000'000'000LL + row.startedAt;
    }
    case StartedColumn:
        return row.startedAt;
    case DurationColumn:
        return durationOf(row);
    case BreachColumn:
        return breachesShortText(row.breaches);
    case DeliveryColumn:
        // Failures first, then backlog, then delivered.
        return !row.deliveryError.isEmpty() ? 1'000'000 + row.pendingEvents : row.pendingEvents;
    default:
        return {};
    }
}

QVariant IncidentTableModel::toolTipData(const IncidentRow &row, int column) const
{
    switch (column) {
    case StateColumn: {
        QStringList lines{incidentStateWord(row.state)};
        if (!row.acknowledgedBy.isEmpty())
            lines << tr("Acknowledged by %1").arg(row.acknowledgedBy);
        if (row.state == IncidentRow::State::Resolved) {
            QString line =
                tr("Resolved at %1").arg(localTimeText(row.resolvedAt, dateTimeFormat()));
            const QString reason = resolveReasonText(row.resolveReason);
            if (!reason.isEmpty())
                line += QStringLiteral(" (") + reason + QStringLiteral(")");
            lines << line;
        }
        if (!row.resolvedBy.isEmpty())
            lines << tr("Resolved by %1").arg(row.resolvedBy);
        return lines.join(QLatin1Char('\n'));
    }
    case DeliveryColumn: {
        QStringList lines{deliveryText(row)};
        if (const QString followed = pagerDutyFollowText(row); !followed.isEmpty())
            lines << followed;
        if (row.resolvedInPagerDutyStillDegraded())
            lines << tr("Not paged again until the episode ends.");
        if (row.pagerDutyNumber > 0)
            lines << tr("PagerDuty incident #%1").arg(row.pagerDutyNumber);
        if (!row.lastEventAction.isEmpty())
            lines << tr("Last event: %1").arg(row.lastEventAction);
        if (!row.paged && row.groupKey.isEmpty())
            lines << tr("A silence held the page back; PagerDuty has not been told.");
        return lines.join(QLatin1Char('\n'));
    }
    case QueueColumn:
        if (row.isGroup)
            return tr("One PagerDuty incident for the queues that degraded together:\n%1")
                .arg(row.groupMemberNames.join(QLatin1Char('\n')));
        if (!row.groupKey.isEmpty())
            return tr("%1\nPaged as part of the storm %2").arg(row.queueId, row.groupKey);
        return row.queueId;
    case BreachColumn: {
        QStringList lines;
        for (const Breach &b : row.breaches)
            lines << breachText(b);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QueueColumn:
        return tr("Queue");
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case BreachColumn:
        return tr("Breached");
    case DeliveryColumn:
        return tr("PagerDuty");
    default:
        return {};
    }
}

} // namespace earshot
