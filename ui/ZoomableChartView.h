#pragma once

#include <QChartView>

class QDateTimeAxis;

namespace earshot {

// A chart view whose time axis the operator zooms and pans (the value axis stays put):
// drag a band to zoom in, right-click to zoom out, wheel to zoom around the cursor, middle
// or Shift+drag to pan, +/- and arrow keys too, Home to go back to the chosen range.
class ZoomableChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ZoomableChartView(QChart *chart, QWidget *parent = nullptr);

    // Programmatic changes: no timeRangeChangedByUser.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    [[nodiscard]] qint64 timeFromMs() const;
    [[nodiscard]] qint64 timeToMs() const;

    // What the mouse, wheel and keys do; they report timeRangeChangedByUser.
    void zoomTime(double factor, double anchorMs); // factor < 1 zooms in
    void panTime(double deltaMs);

signals:
    void timeRangeChangedByUser(qint64 fromMs, qint64 toMs);
    void resetZoomRequested();

protected:
    [[nodiscard]] QDateTimeAxis *timeAxis() const;
    void setTimeAxis(QDateTimeAxis *axis);
    // Called after every time range change so subclasses can keep their value axis fixed.
    virtual void timeRangeChanged();

    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onAxisRangeChanged();
    [[nodiscard]] double msAtViewX(double viewX) const;
    void setRangeAsUser(double fromMs, double toMs);

    QDateTimeAxis *m_timeAxis = nullptr;
    // Only ranges changed while handling the operator's input count as their zoom: adding
    // a series can make Qt Charts rescale the axis on its own.
    int m_userAction = 0;
    bool m_panning = false;
    QPointF m_panLast;
};

} // namespace earshot
