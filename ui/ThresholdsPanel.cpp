#include "ui/ThresholdsPanel.h"

#include "ui/CountEditor.h"
#include "ui/MetricThresholdEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

ThresholdsPanel::ThresholdsPanel(QWidget *parent)
    : QWidget(parent)
    , m_scopeBox(new QComboBox(this))
    , m_validation(new QLabel(this))
    , m_state(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_reset(new QPushButton(tr("Reset to defaults"), this))
{
    m_scopeBox->addItem(tr("All queues (global)"), QString());
    m_scopeBox->setToolTip(tr("Edit the global thresholds, or one queue's differences from them. "
                              "Type to search among the queues."));
    // Hundreds of queues: type a part of the name to find one.
    m_scopeBox->setEditable(true);
    m_scopeBox->setInsertPolicy(QComboBox::NoInsert);
    m_scopeBox->completer()->setFilterMode(Qt::MatchContains);
    m_scopeBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_scopeBox->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *levels = new QGroupBox(tr("Levels"), this);
    auto *grid = new QGridLayout(levels);
    grid->addWidget(new QLabel(tr("Warning"), levels), 0, 1, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("Critical"), levels), 0, 2, Qt::AlignCenter);
    int row = 1;
    for (Metric m : kAllMetrics) {
        auto *editor = new MetricThresholdEditor(m, levels, grid, row);
        row += 2;
        m_editors[std::size_t(metricIndex(m))] = editor;
        connect(editor, &MetricThresholdEditor::edited, this, &ThresholdsPanel::onEdited);
        connect(editor, &MetricThresholdEditor::overrideToggled, this,
                &ThresholdsPanel::onOverrideToggled);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *windows = new QGroupBox(tr("Windows"), this);
    auto *counts = new QGridLayout(windows);
    m_minCalls = new CountEditor(
        tr("Minimum calls"),
        tr("Windows with fewer calls are \"no data\": they never raise and never count as "
           "recovery"),
        0, 100000, windows, counts, 0);
    m_raise = new CountEditor(tr("Raise after windows"),
                              tr("Consecutive breaching windows before an incident opens"), 1, 100,
                              windows, counts, 1);
    m_clear = new CountEditor(tr("Clear after windows"),
                              tr("Consecutive healthy windows before an incident resolves"), 1, 100,
                              windows, counts, 2);
    for (CountEditor *e : {m_minCalls, m_raise, m_clear}) {
        connect(e, &CountEditor::edited, this, &ThresholdsPanel::onEdited);
        connect(e, &CountEditor::overrideToggled, this, &ThresholdsPanel::onOverrideToggled);
    }
    counts->setColumnStretch(3, 1);

    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setAccessibleName(tr("Problems with these thresholds"));
    m_state->setWordWrap(true);
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Use these thresholds from the next window on"));
    m_revert->setToolTip(tr("Discard the changes"));
    m_reset->setToolTip(tr("Global: the built-in thresholds. A queue: follow the global ones"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Thresholds for:"), this));
    scopeRow->addWidget(m_scopeBox, 1);
    layout->addLayout(scopeRow);
    layout->addWidget(levels);
    layout->addWidget(windows);
    layout->addWidget(m_validation);
    layout->addWidget(m_state);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_scopeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setScope(m_scopeBox->itemData(index).toString()); });
    connect(m_apply, &QPushButton::clicked, this, &ThresholdsPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &ThresholdsPanel::revert);
    connect(m_reset, &QPushButton::clicked, this, &ThresholdsPanel::resetToDefaults);

    m_draft = m_applied;
    loadScope();
    refresh();
}

void ThresholdsPanel::setPolicy(const AlertPolicy &applied)
{
    const bool wasDirty = isDirty();
    m_applied = applied;
    if (!wasDirty) {
        m_draft = applied;
        loadScope();
    }
    refresh();
}

void ThresholdsPanel::setQueues(const QList<QueueInfo> &queues)
{
    m_queues = queues;
    const QSignalBlocker block(m_scopeBox);
    while (m_scopeBox->count() > 1)
        m_scopeBox->removeItem(1);
    for (const QueueInfo &q : queues)
        m_scopeBox->addItem(q.name.isEmpty() ? q.id : q.name, q.id);
    const int index = m_scopeBox->findData(m_scope);
    m_scopeBox->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !m_scope.isEmpty()) {
        m_scope.clear();
        loadScope();
    }
    updateScopeLabels();
}

void ThresholdsPanel::setScope(const QString &queueId)
{
    int index = m_scopeBox->findData(queueId);
    if (index < 0) {
        // A queue the list does not know yet (charted before the directory loaded).
        m_scopeBox->addItem(queueId, queueId);
        index = m_scopeBox->count() - 1;
    }
    m_scope = queueId;
    if (m_scopeBox->currentIndex() != index) {
        const QSignalBlocker block(m_scopeBox);
        m_scopeBox->setCurrentIndex(index);
    }
    loadScope();
}

QString ThresholdsPanel::scope() const
{
    return m_scope;
}

AlertPolicy ThresholdsPanel::draftPolicy() const
{
    return m_draft;
}

AlertPolicy ThresholdsPanel::appliedPolicy() const
{
    return m_applied;
}

bool ThresholdsPanel::isDirty() const
{
    return !(m_draft == m_applied);
}

QStringList ThresholdsPanel::problems() const
{
    return m_draft.validate();
}

void ThresholdsPanel::loadScope()
{
    const bool queueScope = !m_scope.isEmpty();
    const EffectivePolicy effective = m_draft.effectiveFor(m_scope);
    const QueueOverride o = queueScope ? m_draft.overrides.value(m_scope) : QueueOverride{};
    for (MetricThresholdEditor *editor : m_editors) {
        const Metric m = editor->metric();
        editor->setValue(effective.thresholds[m], queueScope,
                         o.metrics[std::size_t(metricIndex(m))].has_value());
    }
    m_minCalls->setValue(effective.thresholds.minCalls, queueScope, o.minCalls.has_value());
    m_raise->setValue(effective.raiseAfterWindows, queueScope, o.raiseAfterWindows.has_value());
    m_clear->setValue(effective.clearAfterWindows, queueScope, o.clearAfterWindows.has_value());
    m_reset->setText(queueScope ? tr("Follow global") : tr("Reset to defaults"));
}

void ThresholdsPanel::writeScope()
{
    if (m_scope.isEmpty()) {
        for (MetricThresholdEditor *editor : m_editors)
            m_draft.global[editor->metric()] = editor->value();
        m_draft.global.minCalls = m_minCalls->value();
        m_draft.raiseAfterWindows = m_raise->value();
        m_draft.clearAfterWindows = m_clear->value();
        return;
    }
    QueueOverride o;
    for (MetricThresholdEditor *editor : m_editors) {
        if (editor->isOverridden())
            o.metrics[std::size_t(metricIndex(editor->metric()))] = editor->value();
    }
    if (m_minCalls->isOverridden())
        o.minCalls = m_minCalls->value();
    if (m_raise->isOverridden())
        o.raiseAfterWindows = m_raise->value();
    if (m_clear->isOverridden())
        o.clearAfterWindows = m_clear->value();
    if (o.isEmpty())
        m_draft.overrides.remove(m_scope);
    else
        m_draft.overrides.insert(m_scope, o);
}

void ThresholdsPanel::onEdited()
{
    writeScope();
    refresh();
}

void ThresholdsPanel::onOverrideToggled(bool overridden)
{
    writeScope();
    if (!overridden)
        loadScope(); // show the inherited global value again
    refresh();
}

void ThresholdsPanel::apply()
{
    if (!problems().isEmpty())
        return;
    emit applyRequested(m_draft);
}

void ThresholdsPanel::revert()
{
    m_draft = m_applied;
    loadScope();
    refresh();
}

void ThresholdsPanel::resetToDefaults()
{
    if (m_scope.isEmpty()) {
        const AlertPolicy defaults;
        m_draft.global = defaults.global;
        m_draft.raiseAfterWindows = defaults.raiseAfterWindows;
        m_draft.clearAfterWindows = defaults.clearAfterWindows;
    } else {
        m_draft.overrides.remove(m_scope);
    }
    loadScope();
    refresh();
}

void ThresholdsPanel::refresh()
{
    const QStringList issues = problems();
    const bool dirty = isDirty();
    if (issues.isEmpty()) {
        m_validation->clear();
        m_validation->hide();
    } else {
        // Words and a sign, not only red: the label is read by screen readers too.
        m_validation->setText(QStringLiteral("⚠ ") + issues.join(QStringLiteral("\n⚠ ")));
        m_validation->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_validation->show();
    }
    m_apply->setEnabled(dirty && issues.isEmpty());
    m_revert->setEnabled(dirty);
    m_state->setText(dirty ? tr("Unsaved changes: the chart shows what they would have done.")
                           : QString());
    updateScopeLabels();
    if (dirty)
        emit previewPolicyChanged(m_draft);
    else
        emit previewCleared();
}

void ThresholdsPanel::updateScopeLabels()
{
    for (int i = 1; i < m_scopeBox->count(); ++i) {
        const QString id = m_scopeBox->itemData(i).toString();
        QString name = id;
        for (const QueueInfo &q : std::as_const(m_queues)) {
            if (q.id == id && !q.name.isEmpty())
                name = q.name;
        }
        if (m_draft.overrides.contains(id))
            name += tr(" (override)");
        m_scopeBox->setItemText(i, name);
    }
}

MetricThresholdEditor *ThresholdsPanel::editor(Metric metric) const
{
    return m_editors[std::size_t(metricIndex(metric))];
}

CountEditor *ThresholdsPanel::minCallsEditor() const
{
    return m_minCalls;
}

CountEditor *ThresholdsPanel::raiseEditor() const
{
    return m_raise;
}

CountEditor *ThresholdsPanel::clearEditor() const
{
    return m_clear;
}

QComboBox *ThresholdsPanel::scopeBox() const
{
    return m_scopeBox;
}

QPushButton *ThresholdsPanel::applyButton() const
{
    return m_apply;
}

QPushButton *ThresholdsPanel::revertButton() const
{
    return m_revert;
}

QPushButton *ThresholdsPanel::resetButton() const
{
    return m_reset;
}

QLabel *ThresholdsPanel::validationLabel() const
{
    return m_validation;
}

} // namespace earshot
