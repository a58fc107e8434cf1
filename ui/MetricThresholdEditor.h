#pragma once

#include "core/alerting/AlertPolicy.h"

#include <QObject>

class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QSlider;

namespace earshot {

// One metric's row in the thresholds panel: enable, warning and critical (spin box and
// slider kept in step), and in a queue's scope whether it overrides the global value.
// Owns no layout of its own: it adds its widgets to two rows of the panel's grid (spin
// boxes above their sliders) so the side panel stays narrow at 1280x800.
class MetricThresholdEditor : public QObject
{
    Q_OBJECT

public:
    MetricThresholdEditor(Metric metric, QWidget *parentWidget, QGridLayout *grid, int row);

    [[nodiscard]] Metric metric() const;
    // overridden: in a queue's scope, whether the row holds an override (else it shows, and
    // cannot edit, the inherited global value).
    void setValue(const MetricThreshold &value, bool queueScope, bool overridden);
    [[nodiscard]] MetricThreshold value() const;
    [[nodiscard]] bool isOverridden() const;

    [[nodiscard]] QCheckBox *enabledBox() const;
    [[nodiscard]] QCheckBox *overrideBox() const;
    [[nodiscard]] QDoubleSpinBox *warningSpin() const;
    [[nodiscard]] QDoubleSpinBox *criticalSpin() const;
    [[nodiscard]] QSlider *warningSlider() const;
    [[nodiscard]] QSlider *criticalSlider() const;

signals:
    void edited();
    void overrideToggled(bool overridden);

private:
    void configure(QDoubleSpinBox *spin, QSlider *slider);
    void linkSliderAndSpin(QDoubleSpinBox *spin, QSlider *slider);
    void updateEnabledState();

    Metric m_metric;
    double m_sliderScale = 1.0; // slider positions per unit: one per spin box step
    bool m_queueScope = false;
    bool m_loading = false;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_override = nullptr;
    QDoubleSpinBox *m_warning = nullptr;
    QDoubleSpinBox *m_critical = nullptr;
    QSlider *m_warningSlider = nullptr;
    QSlider *m_criticalSlider = nullptr;
};

} // namespace earshot
