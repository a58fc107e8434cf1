#include "ui/QueuePickerList.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace earshot {

QueuePickerList::QueuePickerList(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_search->setPlaceholderText(tr("Search queues"));
    m_search->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &QueuePickerList::applyFilter);
}

void QueuePickerList::setQueues(const QList<QueueInfo> &queues, const QStringList &checkedIds)
{
    m_list->clear();
    QStringList missing = checkedIds;
    for (const QueueInfo &q : queues) {
        auto *item = new QListWidgetItem(q.name.isEmpty() ? q.id : q.name, m_list);
        item->setData(Qt::UserRole, q.id);
        item->setToolTip(q.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedIds.contains(q.id) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(q.id);
    }
    // Monitored ids the directory does not list (deleted or not loaded yet) stay visible,
    // so saving the dialog never drops them silently.
    for (const QString &id : std::as_const(missing)) {
        auto *item = new QListWidgetItem(tr("%1 (unknown queue)").arg(id), m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    applyFilter(m_search->text());
}

QStringList QueuePickerList::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

int QueuePickerList::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

QLineEdit *QueuePickerList::searchEdit() const
{
    return m_search;
}

QListWidget *QueuePickerList::list() const
{
    return m_list;
}

void QueuePickerList::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match =
            needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
            item->data(Qt::UserRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace earshot
