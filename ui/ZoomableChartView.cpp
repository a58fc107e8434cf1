#include "ui/ZoomableChartView.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>

namespace earshot {

namespace {
// Closer than this the time axis says nothing useful (one 5-minute window fills the chart).
constexpr qint64 kMinSpanMs = 5 * 60 * 1000;
} // namespace

ZoomableChartView::ZoomableChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
}

QDateTimeAxis *ZoomableChartView::timeAxis() const
{
    return m_timeAxis;
}

void ZoomableChartView::setTimeAxis(QDateTimeAxis *axis)
{
    m_timeAxis = axis;
    connect(axis, &QDateTimeAxis::rangeChanged, this, &ZoomableChartView::onAxisRangeChanged);
}

void ZoomableChartView::setTimeRange(qint64 fromMs, qint64 toMs)
{
    if (!m_timeAxis || toMs <= fromMs)
        return;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    timeRangeChanged();
}

qint64 ZoomableChartView::timeFromMs() const
{
    return m_timeAxis ? m_timeAxis->min().toMSecsSinceEpoch() : 0;
}

qint64 ZoomableChartView::timeToMs() const
{
    return m_timeAxis ? m_timeAxis->max().toMSecsSinceEpoch() : 0;
}

void ZoomableChartView::timeRangeChanged() {}

void ZoomableChartView::onAxisRangeChanged()
{
    timeRangeChanged();
    if (m_userAction > 0)
        emit timeRangeChangedByUser(timeFromMs(), timeToMs());
}

void ZoomableChartView::zoomTime(double factor, double anchorMs)
{
    const double from = double(timeFromMs());
    const double to = double(timeToMs());
    const double span = std::max(double(kMinSpanMs), (to - from) * factor);
    const double share = to > from ? std::clamp((anchorMs - from) / (to - from), 0.0, 1.0) : 0.5;
    const double newFrom = anchorMs - span * share;
    setRangeAsUser(newFrom, newFrom + span);
}

void ZoomableChartView::panTime(double deltaMs)
{
    setRangeAsUser(double(timeFromMs()) + deltaMs, double(timeToMs()) + deltaMs);
}

void ZoomableChartView::setRangeAsUser(double fromMs, double toMs)
{
    if (!m_timeAxis)
        return;
    ++m_userAction;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(fromMs), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(qint64(toMs), Qt::UTC));
    --m_userAction;
}

double ZoomableChartView::msAtViewX(double viewX) const
{
    const QRectF plot = chart()->plotArea();
    const double sceneX = mapToScene(QPoint(int(viewX), 0)).x();
    const double share = plot.width() > 0 ? (sceneX - plot.left()) / plot.width() : 0.5;
    return double(timeFromMs()) + share * double(timeToMs() - timeFromMs());
}

void ZoomableChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        event->ignore();
        return;
    }
    zoomTime(steps > 0 ? 0.8 : 1.25, msAtViewX(event->position().x()));
    event->accept();
}

void ZoomableChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_panning = true;
        m_panLast = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // zoom out on release; the base class would zoom both axes
        return;
    }
    QChartView::mousePressEvent(event);
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const double dx = event->position().x() - m_panLast.x();
        m_panLast = event->position();
        const double width = chart()->plotArea().width();
        if (width > 0)
            panTime(-dx / width * double(timeToMs() - timeFromMs()));
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        zoomTime(2.0, double(timeFromMs() + timeToMs()) / 2.0);
        event->accept();
        return;
    }
    ++m_userAction; // the rubber band zooms in here
    QChartView::mouseReleaseEvent(event);
    --m_userAction;
}

void ZoomableChartView::keyPressEvent(QKeyEvent *event)
{
    const double span = double(timeToMs() - timeFromMs());
    const double middle = double(timeFromMs()) + span / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomTime(0.5, middle);
        break;
    case Qt::Key_Minus:
        zoomTime(2.0, middle);
        break;
    case Qt::Key_Left:
        panTime(-span / 10.0);
        break;
    case Qt::Key_Right:
        panTime(span / 10.0);
        break;
    case Qt::Key_Home:
        emit resetZoomRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace earshot
