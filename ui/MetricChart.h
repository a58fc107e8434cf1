#pragma once

#include "core/presentation/ChartSeriesBuilder.h"
#include "core/presentation/ThresholdPreview.h"
#include "ui/ZoomableChartView.h"

#include <QColor>
#include <QList>

class QAreaSeries;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace earshot {

// One metric over time: a line per charted queue (split at gaps), the warning and critical
// lines (dashed, labelled in the legend) and shaded incident and preview episodes.
class MetricChart : public ZoomableChartView
{
    Q_OBJECT

public:
    struct Trace
    {
        QString label;
        QColor color;
        MetricSeries series;
    };

    explicit MetricChart(Metric metric, QWidget *parent = nullptr);

    [[nodiscard]] Metric metric() const;

    void setTraces(const QList<Trace> &traces);
    void setThresholds(const ThresholdLine &line, bool isPreview);
    // Episodes to shade; an episode with end 0 is still open and runs to openEndSecs.
    void setEpisodes(const QList<PreviewEpisode> &incidents, const QList<PreviewEpisode> &preview,
                     qint64 openEndSecs);
    // A sentence shown across the plot area, e.g. why there is nothing to draw.
    void setNote(const QString &text);

    [[nodiscard]] QString note() const;
    [[nodiscard]] ThresholdLine thresholds() const;
    [[nodiscard]] bool thresholdsArePreview() const;
    [[nodiscard]] QLineSeries *thresholdSeries(Severity level) const;
    [[nodiscard]] int traceSegmentCount() const;
    [[nodiscard]] int shadedEpisodeCount() const;
    [[nodiscard]] double valueMin() const;
    [[nodiscard]] double valueMax() const;

protected:
    void timeRangeChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildThresholdSeries();
    void stretchThresholdLines();
    void rebuildShading();
    void updateValueRange();
    void placeNote();
    [[nodiscard]] QLineSeries *addLine(const QList<QPointF> &points, const QPen &pen,
                                       const QString &name, bool inLegend);

    Metric m_metric;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
    QGraphicsRectItem *m_noteBackground = nullptr;
    QGraphicsSimpleTextItem *m_noteItem = nullptr;

    QList<Trace> m_traces;
    QList<QLineSeries *> m_traceSeries;
    ThresholdLine m_line;
    bool m_preview = false;
    QLineSeries *m_warningSeries = nullptr;
    QLineSeries *m_criticalSeries = nullptr;
    QList<PreviewEpisode> m_incidents;
    QList<PreviewEpisode> m_previewEpisodes;
    qint64 m_openEndSecs = 0;
    QList<QAreaSeries *> m_shading;
    double m_valueMin = 0.0;
    double m_valueMax = 1.0;
    bool m_adjustingValue = false;
};

} // namespace earshot
