#include "ui/ChartsPage.h"

#include "ui/QualityChartView.h"
#include "ui/ThresholdsPanel.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>

namespace earshot {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_chart(new QualityChartView(m_splitter))
    , m_thresholds(new ThresholdsPanel)
{
    // The panel scrolls at 1280x800 rather than squeezing the charts.
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidget(m_thresholds);
    scroll->setWidgetResizable(true);
    // Wide enough for the panel's columns, scrolling only vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_thresholds->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() +
                            2 * scroll->frameWidth());
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_thresholds, &ThresholdsPanel::previewPolicyChanged, m_chart,
            [this](const AlertPolicy &draft) {
                m_chart->setPreviewScope(m_thresholds->scope());
                m_chart->setPreviewPolicy(draft);
            });
    connect(m_thresholds, &ThresholdsPanel::previewCleared, m_chart,
            &QualityChartView::clearPreview);
}

QualityChartView *ChartsPage::chartView() const
{
    return m_chart;
}

ThresholdsPanel *ChartsPage::thresholdsPanel() const
{
    return m_thresholds;
}

} // namespace earshot
