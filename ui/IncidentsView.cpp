#include "ui/IncidentsView.h"

#include "core/presentation/IncidentTableModel.h"
#include "core/presentation/IncidentTimeline.h"
#include "core/presentation/ModelRoles.h"
#include "core/presentation/SilenceChoices.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/NoteDialog.h"
#include "ui/SilenceDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_details(new QPlainTextEdit(this))
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
    // Several at once for bulk acknowledge and resolve (Ctrl/Shift+click).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->viewport()->installEventFilter(this);
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
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_details->setPlaceholderText(tr("Select an incident to see what breached and its timeline."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_acknowledge, &QAction::triggered, this, &IncidentsView::acknowledgeSelected);
    connect(m_resolve, &QAction::triggered, this, &IncidentsView::resolveSelected);
    connect(m_silence, &QAction::triggered, this, &IncidentsView::silenceSelectedQueue);
    connect(m_hideResolved, &QCheckBox::toggled, this, [this](bool hide) {
        static_cast<IncidentFilterProxy *>(m_proxy)->setHideResolved(hide);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString key = current.data(DedupKeyRole).toString();
                if (key == m_detailKey)
                    return;
                m_detailKey = key;
                m_detailEvents.clear();
                showDetails();
                if (!key.isEmpty())
                    emit detailsRequested(key);
            });
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &IncidentsView::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IncidentsView::updateActions);
    updateActions();
}

void IncidentsView::setIncidents(const QList<IncidentRow> &incidents)
{
    // The model updates rows in place and inserts new ones; while the pointer is over the
    // table, the order is held so a row does not move under it (it is sorted on leaving).
    m_model->setIncidents(incidents);
    updateActions();
    showDetails();
    if (!m_detailKey.isEmpty())
        emit detailsRequested(m_detailKey); // the timeline may have grown
}

void IncidentsView::setTimeline(const QString &dedupKey, const QList<IncidentEvent> &events)
{
    if (dedupKey != m_detailKey)
        return;
    m_detailEvents = events;
    showDetails();
}

QString IncidentsView::detailsText() const
{
    return m_details->toPlainText();
}

void IncidentsView::setPointerOverTable(bool over)
{
    if (over == m_pointerOver)
        return;
    m_pointerOver = over;
    m_proxy->setDynamicSortFilter(!over);
    if (!over)
        m_proxy->sort(m_proxy->sortColumn(), m_proxy->sortOrder());
}

bool IncidentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::Enter)
            setPointerOverTable(true);
        else if (event->type() == QEvent::Leave)
            setPointerOverTable(false);
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentsView::showDetails()
{
    const std::optional<IncidentRow> row =
        m_detailKey.isEmpty() ? std::nullopt : m_model->incident(m_detailKey);
    if (!row) {
        m_details->clear();
        return;
    }
    const QString text = IncidentTimeline::detailLines(*row, m_detailEvents).join(u'\n');
    if (text != m_details->toPlainText())
        m_details->setPlainText(text);
}

QList<IncidentRow> IncidentsView::selectedIncidents() const
{
    QList<IncidentRow> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        if (auto row = m_model->incident(index.data(DedupKeyRole).toString()))
            rows.append(*row);
    }
    return rows;
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
    const QList<IncidentRow> rows = selectedIncidents();
    const bool anyOpen = std::any_of(rows.cbegin(), rows.cend(), [](const IncidentRow &r) {
        return r.state == IncidentRow::State::Open;
    });
    const bool anyActive = std::any_of(rows.cbegin(), rows.cend(), [](const IncidentRow &r) {
        return r.state != IncidentRow::State::Resolved;
    });
    m_acknowledge->setEnabled(anyOpen);
    m_resolve->setEnabled(anyActive);
    m_silence->setEnabled(rows.size() == 1 && !rows.constFirst().queueId.isEmpty());
}

void IncidentsView::acknowledgeSelected()
{
    QList<IncidentRow> rows = selectedIncidents();
    rows.removeIf([](const IncidentRow &r) { return r.state != IncidentRow::State::Open; });
    if (rows.isEmpty())
        return;
    const QString question =
        rows.size() == 1
            ? tr("Acknowledge the incident of %1? PagerDuty stops escalating; the incident "
                 "stays open until the queue recovers.")
                  .arg(rows.constFirst().queueName)
            : tr("Acknowledge %n open incident(s)? PagerDuty stops escalating them; they stay "
                 "open until their queues recover.",
                 nullptr, int(rows.size()));
    const std::optional<QString> note =
        NoteDialog::askNote(this, tr("Acknowledge incident"), question);
    if (!note)
        return;
    for (const IncidentRow &r : rows)
        emit acknowledgeRequested(r.dedupKey, *note);
}

void IncidentsView::resolveSelected()
{
    QList<IncidentRow> rows = selectedIncidents();
    rows.removeIf([](const IncidentRow &r) { return r.state == IncidentRow::State::Resolved; });
    if (rows.isEmpty())
        return;
    const QString question =
        rows.size() == 1
            ? tr("Resolve the incident of %1 now? If the queue is still degraded, a new "
                 "incident opens only after it has been healthy again.")
                  .arg(rows.constFirst().queueName)
            : tr("Resolve %n incident(s) now? A queue still degraded opens a new incident only "
                 "after it has been healthy again.",
                 nullptr, int(rows.size()));
    const std::optional<QString> note = NoteDialog::askNote(this, tr("Resolve incident"), question);
    if (!note)
        return;
    for (const IncidentRow &r : rows)
        emit resolveRequested(r.dedupKey, *note);
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
    // A right click inside the selection acts on all of it; outside, on that row.
    if (!m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
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
