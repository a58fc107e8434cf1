#include "ui/MetricThresholdEditor.h"

#include "core/presentation/StatusTexts.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace earshot {

namespace {

struct Scale
{
    double minimum;
    double maximum;
    double step;
    int decimals;
    // The slider covers the band thresholds are set in, one position per step, so a drag
    // is fine-grained; the spin box takes the whole range.
    double sliderMinimum;
    double sliderMaximum;
};

// Spin boxes accept any sensible value, including ones AlertPolicy::validate() rejects
// (a critical MOS above the warning one): the panel explains instead of refusing keys.
Scale scaleOf(Metric m)
{
    switch (m) {
    case Metric::Mos:
        return {1.0, 5.0, 0.05, 2, 2.5, 4.5};
    case Metric::PacketLoss:
    case Metric::JitterBufferDiscard:
        return {0.0, 20.0, 0.1, 2, 0.0, 8.0};
    case Metric::Jitter:
        return {0.0, 500.0, 5.0, 0, 0.0, 200.0};
    case Metric::Latency:
        return {0.0, 1000.0, 5.0, 0, 0.0, 400.0};
    }
    return {0.0, 100.0, 1.0, 1, 0.0, 100.0};
}

} // namespace

MetricThresholdEditor::MetricThresholdEditor(Metric metric, QWidget *parentWidget,
                                             QGridLayout *grid, int row)
    : QObject(parentWidget)
    , m_metric(metric)
    , m_enabled(new QCheckBox(metricTitle(metric), parentWidget))
    , m_override(new QCheckBox(tr("Override"), parentWidget))
    , m_warning(new QDoubleSpinBox(parentWidget))
    , m_critical(new QDoubleSpinBox(parentWidget))
    , m_warningSlider(new QSlider(Qt::Horizontal, parentWidget))
    , m_criticalSlider(new QSlider(Qt::Horizontal, parentWidget))
{
    const Scale s = scaleOf(metric);
    // One slider position per step (0.05 MOS, 0.1 % loss, 5 ms): a short drag moves the
    // line a little, never a whole MOS point.
    m_sliderScale = 1.0 / s.step;
    configure(m_warning, m_warningSlider);
    configure(m_critical, m_criticalSlider);
    const QString unit = metricUnit(metric);
    if (!unit.isEmpty()) {
        m_warning->setSuffix(QStringLiteral(" ") + unit);
        m_critical->setSuffix(QStringLiteral(" ") + unit);
    }
    const QString direction = lowerIsWorse(metric) ? tr("below") : tr("above");
    m_enabled->setToolTip(
        tr("Alert when %1 is %2 these levels").arg(metricTitle(metric), direction));
    m_warning->setAccessibleName(tr("%1 warning level").arg(metricTitle(metric)));
    m_critical->setAccessibleName(tr("%1 critical level").arg(metricTitle(metric)));
    m_override->setToolTip(tr("Use a value of its own for this queue instead of the global one"));
    m_override->setVisible(false);

    grid->addWidget(m_enabled, row, 0);
    grid->addWidget(m_warning, row, 1);
    grid->addWidget(m_critical, row, 2);
    grid->addWidget(m_override, row + 1, 0, Qt::AlignTop);
    grid->addWidget(m_warningSlider, row + 1, 1, Qt::AlignTop);
    grid->addWidget(m_criticalSlider, row + 1, 2, Qt::AlignTop);

    linkSliderAndSpin(m_warning, m_warningSlider);
    linkSliderAndSpin(m_critical, m_criticalSlider);
    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        updateEnabledState();
        if (!m_loading)
            emit edited();
    });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        updateEnabledState();
        if (!m_loading)
            emit overrideToggled(on);
    });
}

void MetricThresholdEditor::configure(QDoubleSpinBox *spin, QSlider *slider)
{
    const Scale s = scaleOf(m_metric);
    spin->setRange(s.minimum, s.maximum);
    spin->setSingleStep(s.step);
    spin->setDecimals(s.decimals);
    spin->setKeyboardTracking(false); // one preview per finished number, not per keystroke
    slider->setRange(int(std::lround(s.sliderMinimum * m_sliderScale)),
                     int(std::lround(s.sliderMaximum * m_sliderScale)));
    slider->setSingleStep(1);
    slider->setPageStep(10);
    slider->setMinimumWidth(120);
}

void MetricThresholdEditor::linkSliderAndSpin(QDoubleSpinBox *spin, QSlider *slider)
{
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, slider](double v) {
        const QSignalBlocker block(slider);
        slider->setValue(int(std::lround(v * m_sliderScale)));
        if (!m_loading)
            emit edited();
    });
    // The spin box's own valueChanged then reports the edit.
    connect(slider, &QSlider::valueChanged, this,
            [this, spin](int v) { spin->setValue(double(v) / m_sliderScale); });
}

Metric MetricThresholdEditor::metric() const
{
    return m_metric;
}

void MetricThresholdEditor::setValue(const MetricThreshold &value, bool queueScope, bool overridden)
{
    m_loading = true;
    m_queueScope = queueScope;
    m_override->setVisible(queueScope);
    m_override->setChecked(queueScope && overridden);
    m_enabled->setChecked(value.enabled);
    m_warning->setValue(value.warning);
    m_critical->setValue(value.critical);
    m_loading = false;
    updateEnabledState();
}

MetricThreshold MetricThresholdEditor::value() const
{
    return MetricThreshold{m_enabled->isChecked(), m_warning->value(), m_critical->value()};
}

bool MetricThresholdEditor::isOverridden() const
{
    return m_queueScope && m_override->isChecked();
}

void MetricThresholdEditor::updateEnabledState()
{
    const bool editable = !m_queueScope || m_override->isChecked();
    m_enabled->setEnabled(editable);
    const bool levels = editable && m_enabled->isChecked();
    for (QWidget *w :
         {static_cast<QWidget *>(m_warning), static_cast<QWidget *>(m_critical),
          static_cast<QWidget *>(m_warningSlider), static_cast<QWidget *>(m_criticalSlider)})
        w->setEnabled(levels);
}

QCheckBox *MetricThresholdEditor::enabledBox() const
{
    return m_enabled;
}

QCheckBox *MetricThresholdEditor::overrideBox() const
{
    return m_override;
}

QDoubleSpinBox *MetricThresholdEditor::warningSpin() const
{
    return m_warning;
}

QDoubleSpinBox *MetricThresholdEditor::criticalSpin() const
{
    return m_critical;
}

QSlider *MetricThresholdEditor::warningSlider() const
{
    return m_warningSlider;
}

QSlider *MetricThresholdEditor::criticalSlider() const
{
    return m_criticalSlider;
}

} // namespace earshot
