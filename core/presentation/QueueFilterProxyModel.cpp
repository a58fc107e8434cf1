#include "core/presentation/QueueFilterProxyModel.h"

#include "core/presentation/ModelRoles.h"
#include "core/presentation/QueueTableModel.h"

namespace earshot {

QueueFilterProxyModel::QueueFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void QueueFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

QString QueueFilterProxyModel::filterText() const
{
    return m_text;
}

void QueueFilterProxyModel::setOnlyProblems(bool onlyProblems)
{
    if (onlyProblems == m_onlyProblems)
        return;
    m_onlyProblems = onlyProblems;
    invalidateRowsFilter();
}

bool QueueFilterProxyModel::onlyProblems() const
{
    return m_onlyProblems;
}

bool QueueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name =
        sourceModel()->index(sourceRow, QueueTableModel::NameColumn, sourceParent);
    if (m_onlyProblems && !name.data(ProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data(QueueIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool QueueFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // A queue without a value goes after every queue with one, so sorting by MOS puts the
    // worst measured queues first rather than the silent ones.
    if (!l.isValid() || !r.isValid())
        return l.isValid() && !r.isValid();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return l.toString().localeAwareCompare(r.toString()) < 0;
    return l.toDouble() < r.toDouble();
}

} // namespace earshot
