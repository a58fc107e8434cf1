#include "ui/MetricChart.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/StatusTexts.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

const QColor kWarningColour(0xc7, 0x7c, 0x00);
const QColor kCriticalColour(0xc6, 0x28, 0x28);
// Threshold lines reach one visible span beyond each side of the time range (and follow it),
// so panning never runs off them. Not "from 1970 to 2100": coordinates that far outside
// the plot overflow the raster engine's fixed-point clipping.
QList<QPointF> lineAcross(qint64 fromMs, qint64 toMs, double y)
{
    const double span = double(std::max<qint64>(toMs - fromMs, 60'000));
    return {QPointF(double(fromMs) - span, y), QPointF(double(toMs) + span, y)};
}

QString axisTitle(Metric metric)
{
    const QString unit = metricUnit(metric);
    return unit.isEmpty() ? metricTitle(metric)
                          : metricTitle(metric) + QStringLiteral(" (") + unit + QStringLiteral(")");
}

double niceCeiling(double value)
{
    if (value <= 0.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

MetricChart::MetricChart(Metric metric, QWidget *parent)
    : ZoomableChartView(new QChart, parent)
    , m_metric(metric)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    QChart *c = chart();
    c->setTitle(axisTitle(metric));
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignRight);
    c->setAnimationOptions(QChart::NoAnimation); // appends must not wobble the operator's view
    m_time->setFormat(timeFormat());
    m_time->setTickCount(7);
    // Short numbers ("4.5") never need eliding; Qt Charts may elide them on a narrow
    // first layout and keep the "…" afterwards.
    m_value->setTruncateLabels(false);
    m_time->setTruncateLabels(false);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_value, Qt::AlignLeft);
    setTimeAxis(m_time);
    // The note sits on a pale box so it stays readable over threshold lines.
    m_noteBackground = new QGraphicsRectItem(c);
    m_noteBackground->setBrush(QColor(255, 255, 255, 220));
    m_noteBackground->setPen(QPen(QColor(0x75, 0x75, 0x75)));
    m_noteBackground->setZValue(99);
    m_noteBackground->setVisible(false);
    m_noteItem = new QGraphicsSimpleTextItem(c);
    m_noteItem->setZValue(100);
    QFont font = m_noteItem->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_noteItem->setFont(font);
    connect(c, &QChart::plotAreaChanged, this, &MetricChart::placeNote);
    setMinimumHeight(160);
    updateValueRange();
}

Metric MetricChart::metric() const
{
    return m_metric;
}

QLineSeries *MetricChart::addLine(const QList<QPointF> &points, const QPen &pen,
                                  const QString &name, bool inLegend)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    series->replace(points);
    // A window alone between two gaps is still data: show it as a dot.
    series->setPointsVisible(points.size() == 1);
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_value);
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(inLegend);
    return series;
}

void MetricChart::setTraces(const QList<Trace> &traces)
{
    const qint64 from = timeFromMs();
    const qint64 to = timeToMs();
    for (QLineSeries *s : std::as_const(m_traceSeries)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_traceSeries.clear();
    m_traces = traces;
    for (const Trace &trace : traces) {
        QPen pen(trace.color);
        pen.setWidthF(2.0);
        bool first = true;
        for (const QList<QPointF> &segment : trace.series.segments) {
            m_traceSeries.append(addLine(segment, pen, trace.label, first));
            first = false;
        }
    }
    updateValueRange();
    setTimeRange(from, to); // adding series must not move the operator's time range
}

void MetricChart::setThresholds(const ThresholdLine &line, bool isPreview)
{
    if (line == m_line && isPreview == m_preview && m_warningSeries)
        return;
    m_line = line;
    m_preview = isPreview;
    rebuildThresholdSeries();
    updateValueRange();
}

void MetricChart::rebuildThresholdSeries()
{
    const qint64 from = timeFromMs();
    const qint64 to = timeToMs();
    for (QLineSeries *s : {m_warningSeries, m_criticalSeries}) {
        if (s) {
            chart()->removeSeries(s);
            delete s;
        }
    }
    m_warningSeries = nullptr;
    m_criticalSeries = nullptr;
    if (!m_line.enabled)
        return;
    const QString suffix = m_preview ? tr(" (preview)") : QString();
    const QString unit =
        metricUnit(m_metric).isEmpty() ? QString() : QStringLiteral(" ") + metricUnit(m_metric);
    // Dash patterns differ as well as colours, so the two lines tell apart in greyscale.
    QPen warningPen(kWarningColour, 1.5, Qt::DashLine);
    QPen criticalPen(kCriticalColour, 1.5, Qt::DashDotLine);
    m_warningSeries = addLine(
        lineAcross(from, to, m_line.warning), warningPen,
        tr("Warning %1").arg(metricValueText(m_metric, m_line.warning)) + unit + suffix, true);
    m_criticalSeries = addLine(
        lineAcross(from, to, m_line.critical), criticalPen,
        tr("Critical %1").arg(metricValueText(m_metric, m_line.critical)) + unit + suffix, true);
    setTimeRange(from, to);
}

void MetricChart::setEpisodes(const QList<PreviewEpisode> &incidents,
                              const QList<PreviewEpisode> &preview, qint64 openEndSecs)
{
    m_incidents = incidents;
    m_previewEpisodes = preview;
    m_openEndSecs = openEndSecs;
    rebuildShading();
}

void MetricChart::rebuildShading()
{
    const qint64 from = timeFromMs();
    const qint64 to = timeToMs();
    for (QAreaSeries *s : std::as_const(m_shading)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_shading.clear();
    auto shade = [&](const PreviewEpisode &ep, const QColor &fill, Qt::BrushStyle style) {
        const qint64 endSecs = ep.end > 0 ? ep.end : std::max(m_openEndSecs, ep.start);
        const double x0 = double(ep.start) * 1000.0;
        const double x1 = double(endSecs) * 1000.0;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append({QPointF(x0, m_valueMax), QPointF(x1, m_valueMax)});
        lower->append({QPointF(x0, m_valueMin), QPointF(x1, m_valueMin)});
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setPen(Qt::NoPen);
        area->setBrush(QBrush(fill, style));
        chart()->addSeries(area);
        area->attachAxis(m_time);
        area->attachAxis(m_value);
        const QList<QLegendMarker *> markers = chart()->legend()->markers(area);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
        m_shading.append(area);
    };
    for (const PreviewEpisode &ep : std::as_const(m_incidents))
        shade(ep, QColor(198, 40, 40, 45), Qt::SolidPattern);
    // Preview episodes are hatched so they never read as real incidents.
    for (const PreviewEpisode &ep : std::as_const(m_previewEpisodes))
        shade(ep, QColor(199, 124, 0, 150), Qt::BDiagPattern);
    setTimeRange(from, to);
}

void MetricChart::setNote(const QString &text)
{
    m_noteItem->setText(text);
    m_noteItem->setVisible(!text.isEmpty());
    m_noteBackground->setVisible(!text.isEmpty());
    placeNote();
}

QString MetricChart::note() const
{
    return m_noteItem->isVisible() ? m_noteItem->text() : QString();
}

ThresholdLine MetricChart::thresholds() const
{
    return m_line;
}

bool MetricChart::thresholdsArePreview() const
{
    return m_preview;
}

QLineSeries *MetricChart::thresholdSeries(Severity level) const
{
    return level == Severity::Critical ? m_criticalSeries : m_warningSeries;
}

int MetricChart::traceSegmentCount() const
{
    return int(m_traceSeries.size());
}

int MetricChart::shadedEpisodeCount() const
{
    return int(m_shading.size());
}

double MetricChart::valueMin() const
{
    return m_valueMin;
}

double MetricChart::valueMax() const
{
    return m_valueMax;
}

void MetricChart::updateValueRange()
{
    double lo = 0.0;
    double hi = 0.0;
    if (m_metric == Metric::Mos) {
        // MOS has a fixed scale: operators compare charts by eye.
        lo = 1.0;
        hi = 5.0;
    } else {
        double top = 0.0;
        for (const Trace &t : std::as_const(m_traces)) {
            if (t.series.maxValue)
                top = std::max(top, *t.series.maxValue);
        }
        if (m_line.enabled)
            top = std::max({top, m_line.warning, m_line.critical});
        hi = niceCeiling(top * 1.1);
    }
    const bool changed = lo != m_valueMin || hi != m_valueMax;
    m_valueMin = lo;
    m_valueMax = hi;
    // Ticks on round numbers (hi is 1, 2, 2.5 or 5 times a power of ten), so a label never
    // rounds 2.5 to "3" next to a threshold line at 3.
    const double interval = m_metric == Metric::Mos ? 0.5 : hi / 5.0;
    m_value->setTickType(QValueAxis::TicksDynamic);
    m_value->setTickAnchor(lo);
    m_value->setTickInterval(interval);
    m_value->setLabelFormat(interval < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_adjustingValue = true;
    m_value->setRange(lo, hi);
    m_adjustingValue = false;
    if (changed)
        rebuildShading();
}

void MetricChart::timeRangeChanged()
{
    // A rubber band zooms both axes a little; the value axis belongs to the data.
    if (!m_adjustingValue && (m_value->min() != m_valueMin || m_value->max() != m_valueMax)) {
        m_adjustingValue = true;
        m_value->setRange(m_valueMin, m_valueMax);
        m_adjustingValue = false;
    }
    stretchThresholdLines();
    const qint64 span = timeToMs() - timeFromMs();
    m_time->setFormat(span > 36LL * 3600 * 1000 ? dayTimeFormat() : timeFormat());
}

void MetricChart::stretchThresholdLines()
{
    if (!m_warningSeries || !m_criticalSeries || m_adjustingValue)
        return;
    const qint64 from = timeFromMs();
    const qint64 to = timeToMs();
    const QPointF left = m_warningSeries->at(0);
    const QPointF right = m_warningSeries->at(1);
    if (left.x() <= double(from) && right.x() >= double(to))
        return;
    m_adjustingValue = true; // replacing points must not come back here
    m_warningSeries->replace(lineAcross(from, to, m_line.warning));
    m_criticalSeries->replace(lineAcross(from, to, m_line.critical));
    m_adjustingValue = false;
}

void MetricChart::resizeEvent(QResizeEvent *event)
{
    ZoomableChartView::resizeEvent(event);
    placeNote();
}

void MetricChart::placeNote()
{
    const QRectF plot = chart()->plotArea();
    const QRectF text = m_noteItem->boundingRect();
    m_noteItem->setPos(plot.center().x() - text.width() / 2.0,
                       plot.center().y() - text.height() / 2.0);
    m_noteBackground->setRect(m_noteItem->sceneBoundingRect().adjusted(-8, -5, 8, 5));
}

} // namespace earshot
