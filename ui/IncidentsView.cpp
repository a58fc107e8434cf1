#include "ui/IncidentsView.h"

#include "core/presentation/IncidentTableModel.h"
#include "core/presentation/ModelRoles.h"
#include "core/presentation/SilenceChoices.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/NoteDialog.h"
#include "ui/SilenceDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace earshot {

namespace {

// Hides resolved incidents when asked; sorts by the models' raw values.
class IncidentFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setHideResolved(bool hide)
    {
        m_hideResolved = hide;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_hideResolved)
            return true;
        const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
        return idx.data(StatusRole).toInt() != int(IncidentRow::State::Resolved);
    }

private:
    bool m_hideResolved = false;
};

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

IncidentsView::IncidentsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new IncidentTableModel(this))
    , m_proxy(new IncidentFilterProxy(this))
    , m_table(new QTableView(this))
    , m_hideResolved(new QCheckBox(tr("Hide resolved"), this))
    , m_acknowledge(
          new QAction(iconFromPath(QStringLiteral(":/earshot/icons/incident-acknowledged.svg")),
                      tr("&Acknowledge…"), this))
    , m_resolve(new QAction(iconFromPath(QStringLiteral(":/earshot/icons/incident-resolved.svg")),
                            tr("&Resolve…"), this))
    , m_silence(new QAction(iconFromPath(QStringLiteral(":/earshot/icons/status-silenced.svg")),
                            tr("&Silence queue…"), this))
{
    m_model->setIconProvider(iconProvider());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_acknowledge->setToolTip(
        tr("Someone is on it: PagerDuty stops escalating, the incident stays open"));
    m_resolve->setToolTip(tr("Close the incident now; it re-opens only after the queue has been "
                             "healthy and breaches again"));
    m_silence->setToolTip(tr("Stop paging for this queue for a while (maintenance)"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::StateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentTableModel::DeliveryColumn,
                                                      QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(buttonFor(m_acknowledge, this));
    bar->addWidget(buttonFor(m_resolve, this));
    bar->addWidget(buttonFor(m_silence, this));
    bar->addStretch(1);
    bar->addWidget(m_hideResolved);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_acknowledge, &QAction::triggered, this, &IncidentsView::acknowledgeSelected);
    connect(m_resolve, &QAction::triggered, this, &IncidentsView::resolveSelected);
    connect(m_silence, &QAction::triggered, this, &IncidentsView::silenceSelectedQueue);
    connect(m_hideResolved, &QCheckBox::toggled, this, [this](bool hide) {
        static_cast<IncidentFilterProxy *>(m_proxy)->setHideResolved(hide);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentsView::updateActions);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &IncidentsView::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IncidentsView::updateActions);
    updateActions();
}

void IncidentsView::setIncidents(const QList<IncidentRow> &incidents)
{
    // A refresh with new incidents resets the model; keep the operator's selection.
    const std::optional<IncidentRow> selected = selectedIncident();
    m_model->setIncidents(incidents);
    if (selected)
        selectIncident(selected->dedupKey);
    updateActions();
}

void IncidentsView::setNowSecs(qint64 nowSecs)
{
    m_nowSecs = nowSecs;
    m_model->setNowSecs(nowSecs);
}

IncidentTableModel *IncidentsView::model() const
{
    return m_model;
}

QTableView *IncidentsView::table() const
{
    return m_table;
}

QAction *IncidentsView::acknowledgeAction() const
{
    return m_acknowledge;
}

QAction *IncidentsView::resolveAction() const
{
    return m_resolve;
}

QAction *IncidentsView::silenceAction() const
{
    return m_silence;
}

QCheckBox *IncidentsView::hideResolvedBox() const
{
    return m_hideResolved;
}

bool IncidentsView::selectIncident(const QString &dedupKey)
{
    const int sourceRow = m_model->rowOf(dedupKey);
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (sourceRow < 0 || !proxyIndex.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    return true;
}

std::optional<IncidentRow> IncidentsView::selectedIncident() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->incident(rows.first().data(DedupKeyRole).toString());
}

void IncidentsView::updateActions()
{
    const std::optional<IncidentRow> row = selectedIncident();
    const bool open = row && row->state == IncidentRow::State::Open;
    const bool active = row && row->state != IncidentRow::State::Resolved;
    m_acknowledge->setEnabled(open);
    m_resolve->setEnabled(active);
    m_silence->setEnabled(row.has_value() && !row->queueId.isEmpty());
}

void IncidentsView::acknowledgeSelected()
{
    const std::optional<IncidentRow> row = selectedIncident();
    if (!row || row->state != IncidentRow::State::Open)
        return;
    const std::optional<QString> note = NoteDialog::askNote(
        this, tr("Acknowledge incident"),
        tr("Acknowledge the incident of %1? PagerDuty stops escalating; the incident stays "
           "open until the queue recovers.")
            .arg(row->queueName));
    if (note)
        emit acknowledgeRequested(row->dedupKey, *note);
}

void IncidentsView::resolveSelected()
{
    const std::optional<IncidentRow> row = selectedIncident();
    if (!row || row->state == IncidentRow::State::Resolved)
        return;
    const std::optional<QString> note =
        NoteDialog::askNote(this, tr("Resolve incident"),
                            tr("Resolve the incident of %1 now? If the queue is still degraded, "
                               "a new incident opens only after it has been healthy again.")
                                .arg(row->queueName));
    if (note)
        emit resolveRequested(row->dedupKey, *note);
}

void IncidentsView::silenceSelectedQueue()
{
    const std::optional<IncidentRow> row = selectedIncident();
    if (!row || row->queueId.isEmpty())
        return;
    if (m_nowSecs <= 0) {
        // Without the monitor's clock a duration has nothing to count from.
        MessageBox::warning(this, tr("Silence queue"),
                            tr("Monitoring has not started yet; try again in a moment."));
        return;
    }
    const std::optional<SilenceAnswer> answer = SilenceDialog::ask(this, row->queueName);
    if (answer)
        emit silenceRequested(row->queueId, silenceUntilSecs(answer->choice, m_nowSecs),
                              answer->reason);
}

void IncidentsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_acknowledge);
    menu.addAction(m_resolve);
    menu.addSeparator();
    menu.addAction(m_silence);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace earshot
