#pragma once

#include <QObject>

class QCheckBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace earshot {

// A whole-number setting of the thresholds panel (minimum calls, raise after, clear after),
// with an "override" box in a queue's scope.
class CountEditor : public QObject
{
    Q_OBJECT

public:
    CountEditor(const QString &label, const QString &toolTip, int minimum, int maximum,
                QWidget *parentWidget, QGridLayout *grid, int row);

    void setValue(int value, bool queueScope, bool overridden);
    [[nodiscard]] int value() const;
    [[nodiscard]] bool isOverridden() const;
    [[nodiscard]] QSpinBox *spin() const;
    [[nodiscard]] QCheckBox *overrideBox() const;

signals:
    void edited();
    void overrideToggled(bool overridden);

private:
    void updateEnabledState();

    QLabel *m_label = nullptr;
    QCheckBox *m_override = nullptr;
    QSpinBox *m_spin = nullptr;
    bool m_queueScope = false;
    bool m_loading = false;
};

} // namespace earshot
