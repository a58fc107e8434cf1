#pragma once

#include <QWidget>

class QSplitter;

namespace earshot {

class QualityChartView;
class ThresholdsPanel;

// The charts tab: the quality charts with the thresholds panel beside them. Editing the
// thresholds previews on the chart (lines move, would-be episodes are hatched).
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget *parent = nullptr);

    [[nodiscard]] QualityChartView *chartView() const;
    [[nodiscard]] ThresholdsPanel *thresholdsPanel() const;

private:
    QSplitter *m_splitter = nullptr;
    QualityChartView *m_chart = nullptr;
    ThresholdsPanel *m_thresholds = nullptr;
};

} // namespace earshot
