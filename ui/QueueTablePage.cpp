#include "ui/QueueTablePage.h"

#include "core/presentation/QueueFilterProxyModel.h"
#include "core/presentation/QueueTableModel.h"
#include "ui/Icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace earshot {

QueueTablePage::QueueTablePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueTableModel(this))
    , m_proxy(new QueueFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_onlyProblems(new QCheckBox(tr("Only problems"), this))
    , m_count(new QLabel(this))
    , m_chartButton(new QPushButton(tr("Chart selected"), this))
{
    m_model->setIconProvider(iconProvider());
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by queue name or id"));
    m_filter->setClearButtonEnabled(true);
    m_onlyProblems->setToolTip(
        tr("Show only queues at warning or critical, or with an open incident"));
    m_chartButton->setToolTip(
        tr("Chart the selected queues (the first one's thresholds are drawn)"));
    m_chartButton->setEnabled(false);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueTableModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QueueTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(QueueTableModel::IncidentColumn,
                                                      QHeaderView::Interactive);
    for (int c = QueueTableModel::StatusColumn; c < QueueTableModel::IncidentColumn; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_onlyProblems);
    bar->addWidget(m_count);
    bar->addWidget(m_chartButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QueueFilterProxyModel::setFilterText);
    connect(m_onlyProblems, &QCheckBox::toggled, m_proxy, &QueueFilterProxyModel::setOnlyProblems);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueTablePage::updateCount);
    connect(m_table, &QTableView::doubleClicked, this, &QueueTablePage::requestChart);
    connect(m_chartButton, &QPushButton::clicked, this, &QueueTablePage::requestChart);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_chartButton->setEnabled(!selectedQueueIds().isEmpty()); });
    updateCount();
}

void QueueTablePage::setQueues(const QList<QueueInfo> &queues)
{
    m_model->setQueues(queues);
}

void QueueTablePage::setLatestSamples(const QList<QualitySample> &samples)
{
    m_model->setLatestSamples(samples);
}

void QueueTablePage::setIncidents(const QList<IncidentRow> &incidents)
{
    m_model->setIncidents(incidents);
}

void QueueTablePage::setPolicy(const AlertPolicy &policy)
{
    m_model->setPolicy(policy);
}

void QueueTablePage::setSilences(const QList<Silence> &silences)
{
    m_model->setSilences(silences);
}

void QueueTablePage::setCurrentWindowEnd(qint64 windowEndSecs)
{
    m_model->setCurrentWindowEnd(windowEndSecs);
}

QueueTableModel *QueueTablePage::model() const
{
    return m_model;
}

QueueFilterProxyModel *QueueTablePage::proxy() const
{
    return m_proxy;
}

QTableView *QueueTablePage::table() const
{
    return m_table;
}

QLineEdit *QueueTablePage::filterEdit() const
{
    return m_filter;
}

QCheckBox *QueueTablePage::onlyProblemsBox() const
{
    return m_onlyProblems;
}

QStringList QueueTablePage::selectedQueueIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(QueueIdRole).toString());
    return ids;
}

void QueueTablePage::updateCount()
{
    m_count->setText(tr("%1 of %2 queues").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void QueueTablePage::requestChart()
{
    QStringList ids = selectedQueueIds();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        // The row the operator clicked last is the one they are looking at: make it primary.
        const QString currentId = current.data(QueueIdRole).toString();
        ids.removeAll(currentId);
        ids.prepend(currentId);
    }
    if (!ids.isEmpty())
        emit chartRequested(ids);
}

} // namespace earshot
