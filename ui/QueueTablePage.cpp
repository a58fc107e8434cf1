#include "ui/QueueTablePage.h"

#include "core/presentation/QueueFilterProxyModel.h"
#include "core/presentation/QueueTableModel.h"
#include "core/presentation/SilenceChoices.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/SilenceDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace earshot {

namespace {

// Old values (stale, idle, too few calls to judge) are greyed: the numbers stay readable but
// never look like the current state of the queue.
class QueueValuesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A visible focus ring on the current cell: with whole-row selection the style's own
    // focus frame disappears in the highlight, and keyboard users lose their place.
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!(option.state & QStyle::State_HasFocus))
            return;
        painter->save();
        painter->setPen(QPen(QueueTablePage::focusRingColor(option.palette), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int column = index.column();
        const bool valueColumn =
            column >= QueueTableModel::MosColumn && column <= QueueTableModel::LastWindowColumn;
        if (valueColumn && !index.data(ValuesCurrentRole).toBool()) {
            const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
            option->palette.setColor(QPalette::Text, grey);
            option->palette.setColor(
                QPalette::HighlightedText,
                option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
        }
    }
};

} // namespace

QColor QueueTablePage::focusRingColor(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Highlight).darker(170);
}

QueueTablePage::QueueTablePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueTableModel(this))
    , m_proxy(new QueueFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_onlyProblems(new QCheckBox(tr("Only problems"), this))
    , m_count(new QLabel(this))
    , m_chartButton(new QPushButton(tr("Chart selected"), this))
    , m_views(new QStackedWidget(this))
    , m_emptyNote(new QLabel(this))
    , m_silence(new QAction(iconFromPath(QStringLiteral(":/earshot/icons/status-silenced.svg")),
                            tr("&Silence queue…"), this))
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
    m_table->setItemDelegate(new QueueValuesDelegate(m_table));
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
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setTextFormat(Qt::PlainText);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    QFont big = m_emptyNote->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_emptyNote->setFont(big);
    m_views->addWidget(m_table);
    m_views->addWidget(m_emptyNote);
    layout->addWidget(m_views, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QueueFilterProxyModel::setFilterText);
    connect(m_onlyProblems, &QCheckBox::toggled, m_proxy, &QueueFilterProxyModel::setOnlyProblems);
    connect(m_onlyProblems, &QCheckBox::toggled, this, &QueueTablePage::updateCount);
    connect(m_filter, &QLineEdit::textChanged, this, &QueueTablePage::updateCount);
    // Only problems hides rows as their state changes.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueTablePage::updateCount);
    m_silence->setToolTip(tr("Stop paging for this queue for a while (maintenance)"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &QueueTablePage::showContextMenu);
    connect(m_silence, &QAction::triggered, this, &QueueTablePage::silenceCurrentQueue);
    // Enter on a row, or a double click (both "activate"), charts it.
    connect(m_table, &QTableView::activated, this, &QueueTablePage::requestChart);
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

void QueueTablePage::setNowSecs(qint64 nowSecs)
{
    m_nowSecs = nowSecs;
}

QAction *QueueTablePage::silenceAction() const
{
    return m_silence;
}

void QueueTablePage::silenceCurrentQueue()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (m_nowSecs <= 0) {
        // Without the monitor's clock a duration has nothing to count from.
        MessageBox::warning(this, tr("Silence queue"),
                            tr("Monitoring has not started yet; try again in a moment."));
        return;
    }
    const QString queueId = current.data(QueueIdRole).toString();
    const QString name = current.siblingAtColumn(QueueTableModel::NameColumn).data().toString();
    const std::optional<SilenceAnswer> answer = SilenceDialog::ask(this, name);
    if (answer)
        emit silenceRequested(queueId, silenceUntilSecs(answer->choice, m_nowSecs), answer->reason);
}

void QueueTablePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(tr("&Chart"), this, &QueueTablePage::requestChart);
    menu.addAction(m_silence);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
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
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(tr("%1 of %2 queues").arg(shown).arg(all));
    // An empty view says why instead of showing a blank table.
    QString note;
    if (shown == 0 && all > 0) {
        if (!m_filter->text().trimmed().isEmpty())
            note = tr("No queue matches “%1”").arg(m_filter->text().trimmed());
        else if (m_onlyProblems->isChecked())
            note = tr("All %n queue(s) OK", nullptr, all);
    }
    m_emptyNote->setText(note);
    const bool showNote = !note.isEmpty();
    if (showNote != (m_views->currentWidget() == m_emptyNote))
        m_views->setCurrentWidget(showNote ? static_cast<QWidget *>(m_emptyNote)
                                           : static_cast<QWidget *>(m_table));
}

QString QueueTablePage::emptyNote() const
{
    return m_views->currentWidget() == m_emptyNote ? m_emptyNote->text() : QString();
}

void QueueTablePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
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
