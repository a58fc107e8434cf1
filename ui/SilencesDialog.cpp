#include "ui/SilencesDialog.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/SilenceChoices.h"
#include "ui/MessageBox.h"
#include "ui/SilenceDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

namespace {

enum Column
{
    QueueColumn,
    UntilColumn,
    ReasonColumn,
    ByColumn,
    ColumnCount
};

} // namespace

SilencesDialog::SilencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_end(new QPushButton(tr("&End now"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
{
    setWindowTitle(tr("Silences"));
    m_table->setHorizontalHeaderLabels({tr("Queue"), tr("Until"), tr("Reason"), tr("By")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_end->setToolTip(tr("End the silence now: paging resumes at the next window"));
    m_edit->setToolTip(tr("Choose a new end and reason"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_end);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("While a silence lasts, new incidents of its queues are "
                                    "recorded and shown but not paged."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(720, 320);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_end, &QPushButton::clicked, this, &SilencesDialog::endSelected);
    connect(m_edit, &QPushButton::clicked, this, &SilencesDialog::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SilencesDialog::updateButtons);
    updateButtons();
}

void SilencesDialog::setSilences(const QList<Silence> &silences,
                                 const QHash<QString, QString> &queueNames, qint64 nowSecs)
{
    const int previous = selectedRow();
    const QString previousId = previous >= 0 ? m_silences[previous].id : QString();
    m_silences = silences;
    std::sort(m_silences.begin(), m_silences.end(),
              [](const Silence &a, const Silence &b) { return a.until < b.until; });
    m_names = queueNames;
    m_nowSecs = nowSecs;
    m_table->setRowCount(int(m_silences.size()));
    for (int r = 0; r < int(m_silences.size()); ++r) {
        const Silence &s = m_silences[r];
        const QString queue =
            s.queueId.isEmpty() ? tr("All queues") : m_names.value(s.queueId, s.queueId);
        const QStringList cells{queue, localTimeText(s.until, dateTimeFormat()), s.reason,
                                s.createdBy};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!previousId.isEmpty())
        (void)selectSilence(previousId);
    updateButtons();
}

QTableWidget *SilencesDialog::table() const
{
    return m_table;
}

QPushButton *SilencesDialog::endButton() const
{
    return m_end;
}

QPushButton *SilencesDialog::editButton() const
{
    return m_edit;
}

bool SilencesDialog::selectSilence(const QString &silenceId)
{
    for (int r = 0; r < int(m_silences.size()); ++r) {
        if (m_silences[r].id == silenceId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

int SilencesDialog::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return -1;
    const int row = ranges.constFirst().topRow();
    return row < int(m_silences.size()) ? row : -1;
}

void SilencesDialog::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_end->setEnabled(selected);
    m_edit->setEnabled(selected && m_nowSecs > 0);
}

void SilencesDialog::endSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Silence &s = m_silences[row];
    const QString queue =
        s.queueId.isEmpty() ? tr("all queues") : m_names.value(s.queueId, s.queueId);
    if (MessageBox::question(
            this, tr("End silence"),
            tr("End the silence of %1 now? Paging resumes at the next window.").arg(queue)) !=
        QMessageBox::Yes)
        return;
    emit endRequested(s.id);
}

void SilencesDialog::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_nowSecs <= 0)
        return;
    const Silence s = m_silences[row];
    const QString queue =
        s.queueId.isEmpty() ? tr("all queues") : m_names.value(s.queueId, s.queueId);
    const std::optional<SilenceAnswer> answer = SilenceDialog::ask(this, queue);
    if (answer)
        emit editRequested(s.id, silenceUntilSecs(answer->choice, m_nowSecs),
                           answer->reason.isEmpty() ? s.reason : answer->reason);
}

} // namespace earshot
