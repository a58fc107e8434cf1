#include "ui/CountEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace earshot {

CountEditor::CountEditor(const QString &label, const QString &toolTip, int minimum, int maximum,
                         QWidget *parentWidget, QGridLayout *grid, int row)
    : QObject(parentWidget)
    , m_label(new QLabel(label, parentWidget))
    , m_override(new QCheckBox(tr("Override"), parentWidget))
    , m_spin(new QSpinBox(parentWidget))
{
    m_label->setToolTip(toolTip);
    m_label->setBuddy(m_spin);
    m_spin->setToolTip(toolTip);
    m_spin->setRange(minimum, maximum);
    m_spin->setKeyboardTracking(false);
    m_override->setVisible(false);
    grid->addWidget(m_label, row, 0);
    grid->addWidget(m_override, row, 1);
    grid->addWidget(m_spin, row, 2);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        updateEnabledState();
        if (!m_loading)
            emit overrideToggled(on);
    });
}

void CountEditor::setValue(int value, bool queueScope, bool overridden)
{
    m_loading = true;
    m_queueScope = queueScope;
    m_override->setVisible(queueScope);
    m_override->setChecked(queueScope && overridden);
    m_spin->setValue(value);
    m_loading = false;
    updateEnabledState();
}

int CountEditor::value() const
{
    return m_spin->value();
}

bool CountEditor::isOverridden() const
{
    return m_queueScope && m_override->isChecked();
}

QSpinBox *CountEditor::spin() const
{
    return m_spin;
}

QCheckBox *CountEditor::overrideBox() const
{
    return m_override;
}

void CountEditor::updateEnabledState()
{
    m_spin->setEnabled(!m_queueScope || m_override->isChecked());
}

} // namespace earshot
