#pragma once

#include "core/presentation/ChartSeriesBuilder.h"
#include "core/presentation/ThresholdPreview.h"
#include "ui/ZoomableChartView.h"

#include <QColor>
#include <QList>
#include <QRectF>

class QAreaSeries;
class QCategoryAxis;
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

    // One charted queue's incident episodes, shaded in the queue's colour.
    struct QueueEpisodes
    {
        QString label; // the queue's name, for the legend
        QColor color;
        QList<PreviewEpisode> episodes;
    };

    explicit MetricChart(Metric metric, QWidget *parent = nullptr);

    [[nodiscard]] Metric metric() const;

    void setTraces(const QList<Trace> &traces);
    void setThresholds(const ThresholdLine &line, bool isPreview);
    // Episodes to shade; an episode with end 0 is still open and runs to openEndSecs.
    // Each queue's episodes in its own colour, with a legend entry per queue that has any.
    void setEpisodes(const QList<QueueEpisodes> &incidents, const QList<PreviewEpisode> &preview,
                     qint64 openEndSecs);
    [[nodiscard]] QStringList shadingLegend() const; // the legend texts of the shading
    // A sentence shown across the plot area, e.g. why there is nothing to draw.
    void setNote(const QString &text);

    [[nodiscard]] QString note() const;
    [[nodiscard]] ThresholdLine thresholds() const;
    [[nodiscard]] bool thresholdsArePreview() const;
    [[nodiscard]] QLineSeries *thresholdSeries(Severity level) const;
    [[nodiscard]] int traceSegmentCount() const;
    [[nodiscard]] int shadedEpisodeCount() const;
    // The plot area for a chart view of this size: fixed margins, so charts of the same
    // width line up.
    [[nodiscard]] static QRectF alignedPlotArea(const QSizeF &size);
    // The time labels shown: round local times (10:00, 10:10… or 00:00, 06:00…) within
    // [fromMs, toMs], 8 or 9 at most.
    [[nodiscard]] static QList<qint64> roundTicks(qint64 fromMs, qint64 toMs);
    [[nodiscard]] QList<qint64> timeTicksMs() const;
    [[nodiscard]] double valueMin() const;
    [[nodiscard]] double valueMax() const;

protected:
    void timeRangeChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildThresholdSeries();
    void stretchThresholdLines();
    void rebuildShading();
    void rebuildTimeTicks();
    void updateValueRange();
    void placeNote();
    [[nodiscard]] QLineSeries *addLine(const QList<QPointF> &points, const QPen &pen,
                                       const QString &name, bool inLegend);

    Metric m_metric;
    QDateTimeAxis *m_time = nullptr;
    QCategoryAxis *m_ticks = nullptr;
    QList<qint64> m_tickTimes;
    QValueAxis *m_value = nullptr;
    QGraphicsRectItem *m_noteBackground = nullptr;
    QGraphicsSimpleTextItem *m_noteItem = nullptr;

    QList<Trace> m_traces;
    QList<QLineSeries *> m_traceSeries;
    ThresholdLine m_line;
    bool m_preview = false;
    QLineSeries *m_warningSeries = nullptr;
    QLineSeries *m_criticalSeries = nullptr;
    QList<QueueEpisodes> m_incidents;
    QList<PreviewEpisode> m_previewEpisodes;
    qint64 m_openEndSecs = 0;
    QList<QAreaSeries *> m_shading;
    double m_valueMin = 0.0;
    double m_valueMax = 1.0;
    bool m_adjustingValue = false;
};

} // namespace earshot
