#pragma once

#include <QSortFilterProxyModel>

namespace earshot {

// Sorts QueueTableModel by raw values (SortRole, absent values last) and filters by text
// (queue name or id, case-insensitive) and "only problems" (Warning, Critical, or an open
// incident; "No data" alone is not a problem: quiet queues at night are normal).
class QueueFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const;
    void setOnlyProblems(bool onlyProblems);
    [[nodiscard]] bool onlyProblems() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_onlyProblems = false;
};

} // namespace earshot
