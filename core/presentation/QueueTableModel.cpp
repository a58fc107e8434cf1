#include "core/presentation/QueueTableModel.h"

#include "core/presentation/DisplayText.h"

#include <algorithm>

namespace earshot {

namespace {

std::optional<double> metricValue(const std::optional<QualitySample> &s, Metric m)
{
    if (!s)
        return std::nullopt;
    return s->value(m);
}

Metric metricOfColumn(int column)
{
    switch (column) {
    case QueueTableModel::LossColumn:
        return Metric::PacketLoss;
    case QueueTableModel::JitterColumn:
        return Metric::Jitter;
    case QueueTableModel::LatencyColumn:
        return Metric::Latency;
    default:
        return Metric::Mos;
    }
}

bool isMetricColumn(int column)
{
    return column == QueueTableModel::MosColumn || column == QueueTableModel::LossColumn ||
           column == QueueTableModel::JitterColumn || column == QueueTableModel::LatencyColumn;
}

} // namespace

QueueTableModel::QueueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueTableModel::setQueues(const QList<QueueInfo> &queues)
{
    QList<Row> rows;
    rows.reserve(queues.size());
    QHash<QString, int> seen;
    for (const QueueInfo &q : queues) {
        if (q.id.isEmpty() || seen.contains(q.id))
            continue;
        seen.insert(q.id, int(rows.size()));
        Row row;
        row.queue = q;
        rows.append(row);
    }
    // Queues that only samples named so far stay, after the known ones.
    for (const Row &old : std::as_const(m_rows)) {
        if (!seen.contains(old.queue.id) && old.latest) {
            seen.insert(old.queue.id, int(rows.size()));
            Row row;
            row.queue = old.queue;
            rows.append(row);
        }
    }
    for (Row &row : rows) {
        const int oldRow = rowOf(row.queue.id);
        if (oldRow >= 0) {
            row.latest = m_rows[oldRow].latest;
            row.incident = m_rows[oldRow].incident;
        }
    }
    publish(std::move(rows));
}

void QueueTableModel::setLatestSamples(const QList<QualitySample> &samples)
{
    QList<Row> rows = m_rows;
    QHash<QString, int> index = m_index;
    for (Row &row : rows)
        row.latest.reset();
    for (const QualitySample &s : samples) {
        if (s.queueId.isEmpty())
            continue;
        int pos = index.value(s.queueId, -1);
        if (pos < 0) {
            Row row;
            row.queue = QueueInfo{s.queueId, s.queueName.isEmpty() ? s.queueId : s.queueName};
            pos = int(rows.size());
            index.insert(s.queueId, pos);
            rows.append(row);
        }
        Row &row = rows[pos];
        // Keep the newest when a list holds several windows of one queue.
        if (!row.latest || row.latest->windowStart < s.windowStart)
            row.latest = s;
        if (row.queue.name.isEmpty() || row.queue.name == row.queue.id) {
            if (!s.queueName.isEmpty())
                row.queue.name = s.queueName;
        }
    }
    publish(std::move(rows));
}

void QueueTableModel::setIncidents(const QList<IncidentRow> &incidents)
{
    QList<Row> rows = m_rows;
    for (Row &row : rows)
        row.incident.reset();
    QHash<QString, int> index = m_index;
    for (const IncidentRow &inc : incidents) {
        if (inc.state == IncidentRow::State::Resolved || inc.queueId.isEmpty())
            continue;
        const auto it = index.constFind(inc.queueId);
        if (it == index.cend())
            continue; // an incident of a queue no longer monitored: the incidents view has it
        Row &row = rows[it.value()];
        if (!row.incident || row.incident->startedAt < inc.startedAt)
            row.incident = inc;
    }
    publish(std::move(rows));
}

void QueueTableModel::setPolicy(const AlertPolicy &policy)
{
    m_policy = policy;
    publish(m_rows);
}

void QueueTableModel::setSilences(const QList<Silence> &silences)
{
    m_silences = silences;
    publish(m_rows);
}

void QueueTableModel::setCurrentWindowEnd(qint64 windowEndSecs)
{
    m_context.currentWindowEnd = windowEndSecs;
    publish(m_rows);
}

void QueueTableModel::setWindowSecs(qint64 windowSecs)
{
    m_context.windowSecs = std::max<qint64>(1, windowSecs);
    publish(m_rows);
}

void QueueTableModel::setPollingFailed(bool failed)
{
    if (m_context.pollingFailed == failed)
        return;
    m_context.pollingFailed = failed;
    publish(m_rows);
}

void QueueTableModel::setIconProvider(IconProvider provider)
{
    m_iconProvider = std::move(provider);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DecorationRole});
}

void QueueTableModel::recompute(Row *row) const
{
    row->condition =
        assessQueue(row->queue.id, row->latest, row->incident, m_silences, m_policy, m_context);
}

void QueueTableModel::publish(QList<Row> rows)
{
    for (Row &row : rows)
        recompute(&row);
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].queue.id == m_rows[i].queue.id;

    if (sameRows) {
        // Same queues in the same order: update in place so views keep selection and scroll.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_index.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_index.insert(m_rows[i].queue.id, i);
    endResetModel();
}

QueueStatus QueueTableModel::statusOf(const QString &queueId) const
{
    const int row = rowOf(queueId);
    return row < 0 ? QueueStatus::NoData : m_rows[row].condition.status;
}

QueueCondition QueueTableModel::conditionOf(const QString &queueId) const
{
    const int row = rowOf(queueId);
    return row < 0 ? QueueCondition{} : m_rows[row].condition;
}

int QueueTableModel::rowOf(const QString &queueId) const
{
    return m_index.value(queueId, -1);
}

QString QueueTableModel::queueIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[row].queue.id : QString();
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid() || idx.row() >= int(m_rows.size()) || idx.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[idx.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, idx.column());
    case Qt::ToolTipRole:
        return toolTipData(row, idx.column());
    case Qt::DecorationRole: {
        const QString path = iconPathOf(row, idx.column());
        return path.isEmpty() || !m_iconProvider ? QVariant() : m_iconProvider(path);
    }
    case Qt::TextAlignmentRole:
        if (isMetricColumn(idx.column()) || idx.column() == CallsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(row, idx.column());
    case QueueIdRole:
        return row.queue.id;
    case StatusRole:
        return int(row.condition.status);
    case ProblemRole:
        return row.condition.needsAttention();
    case IconPathRole:
        return queueStatusIconPath(row.condition.status);
    case ValuesCurrentRole:
        return row.condition.valuesCurrent;
    case SilencedUntilRole:
        return row.condition.silencedUntil;
    default:
        return {};
    }
}

QString QueueTableModel::iconPathOf(const Row &row, int column) const
{
    if (column == StatusColumn)
        return queueStatusIconPath(row.condition.status);
    if (column == IncidentColumn && row.incident)
        return incidentStateIconPath(row.incident->state);
    return {};
}

QVariant QueueTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.queue.name.isEmpty() ? row.queue.id : row.queue.name;
    case StatusColumn:
        return row.condition.text();
    case MosColumn:
    case LossColumn:
    case LatencyColumn:
    case JitterColumn: {
        if (!row.latest)
            return QStringLiteral("—");
        const Metric m = metricOfColumn(column);
        const std::optional<double> v = metricValue(row.latest, m);
        if (v)
            return metricValueText(m, *v);
        return m == Metric::Jitter ? tr("n/a") : QStringLiteral("—");
    }
    case CallsColumn:
        if (row.latest && row.latest->partial)
            return tr("%1 (partial)").arg(row.latest->calls);
        return row.latest ? QVariant(row.latest->calls) : QVariant(QStringLiteral("—"));
    case LastWindowColumn:
        return row.latest ? windowRangeText(row.latest->windowStart, row.latest->windowEnd)
                          : QStringLiteral("—");
    case IncidentColumn:
        if (!row.incident)
            return QString();
        return tr("%1 (%2)").arg(incidentStateWord(row.incident->state),
                                 severityWord(row.incident->severity).toLower());
    default:
        return {};
    }
}

QVariant QueueTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return (row.queue.name.isEmpty() ? row.queue.id : row.queue.name).toLower();
    case StatusColumn:
        return row.condition.attentionRank();
    case MosColumn:
    case LossColumn:
    case JitterColumn:
    case LatencyColumn: {
        // Absent is an invalid QVariant: QueueFilterProxyModel sorts it after every number.
        const std::optional<double> v = metricValue(row.latest, metricOfColumn(column));
        return v ? QVariant(*v) : QVariant();
    }
    case CallsColumn:
        return row.latest ? QVariant(row.latest->calls) : QVariant();
    case LastWindowColumn:
        return row.latest ? QVariant(row.latest->windowEnd) : QVariant();
    case IncidentColumn:
        if (!row.incident)
            return 0;
        return row.incident->state == IncidentRow::State::Open ? 2 : 1;
    default:
        return {};
    }
}

QVariant QueueTableModel::toolTipData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.queue.id;
    case StatusColumn: {
        const QueueCondition &c = row.condition;
        QStringList lines{c.text()};
        if (c.silencedUntil > 0)
            lines << tr("Silenced until %1: new incidents are recorded, not paged")
                         .arg(localTimeText(c.silencedUntil, dateTimeFormat()));
        if (row.incident)
            lines << tr("%1 incident since %2 (it closes after enough healthy windows)")
                         .arg(incidentStateWord(row.incident->state),
                              localTimeText(row.incident->startedAt, timeFormat()));
        if (c.status == QueueStatus::Stale)
            lines << (m_context.pollingFailed
                          ? tr("Polling has failed: these values are old")
                          : tr("No window from this queue for more than 2 windows"));
        else if (c.status == QueueStatus::NoCalls && row.latest && !c.valuesCurrent)
            lines << tr("No window from this queue in the newest poll: no calls");
        else if (row.latest && row.latest->partial)
            lines << tr("Partial window: too many conversations were malformed and skipped; "
                        "not judged");
        else if (c.status == QueueStatus::NoData && row.latest)
            lines << tr("Too few calls in the last window to judge quality");
        for (const Breach &b : c.assessment.breaches)
            lines << breachText(b);
        return lines.join(QLatin1Char('\n'));
    }
    case JitterColumn:
        if (row.latest && !row.latest->jitterMs)
            return jitterAbsentNote();
        return {};
    case LastWindowColumn:
        if (!row.latest)
            return {};
        return tr("%1 to %2")
            .arg(localTimeText(row.latest->windowStart, dateTimeFormat()),
                 localTimeText(row.latest->windowEnd, timeFormat()));
    case IncidentColumn:
        return row.incident ? row.incident->dedupKey : QString();
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case StatusColumn:
        return tr("Status");
    case MosColumn:
        return tr("MOS");
    case LossColumn:
        return tr("Loss %");
    case JitterColumn:
        return tr("Jitter ms");
    case LatencyColumn:
        return tr("Latency p95 ms");
    case CallsColumn:
        return tr("Calls");
    case LastWindowColumn:
        return tr("Last window");
    case IncidentColumn:
        return tr("Incident");
    default:
        return {};
    }
}

} // namespace earshot
