#include "ui/QualityChartView.h"

#include "core/presentation/ChartSeriesBuilder.h"
#include "ui/MetricChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

namespace {

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and none
// of them the amber/red of the threshold lines.
const std::array<QColor, 6> kQueueColours = {QColor(0x00, 0x72, 0xb2), QColor(0x00, 0x9e, 0x73),
                                             QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                             QColor(0x33, 0x33, 0x33), QColor(0xd5, 0x5e, 0x00)};

} // namespace

QualityChartView::QualityChartView(QWidget *parent)
    : QWidget(parent)
    , m_rangeBox(new QComboBox(this))
    , m_resetZoom(new QPushButton(tr("Reset zoom"), this))
    , m_previewLabel(new QLabel(this))
{
    m_rangeBox->addItem(tr("Last hour"), int(ChartRange::LastHour));
    m_rangeBox->addItem(tr("Last 6 hours"), int(ChartRange::Last6Hours));
    m_rangeBox->addItem(tr("Last 24 hours"), int(ChartRange::Last24Hours));
    m_rangeBox->addItem(tr("Last 7 days"), int(ChartRange::Last7Days));
    m_rangeBox->setCurrentIndex(int(m_range));
    m_resetZoom->setEnabled(false);
    m_resetZoom->setToolTip(tr("Drag to zoom, right-click to zoom out, wheel to zoom, "
                               "Shift+drag or middle-drag to pan"));
    m_previewLabel->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_resetZoom);
    bar->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    for (std::size_t i = 0; i < kChartedMetrics.size(); ++i) {
        auto *chart = new MetricChart(kChartedMetrics[i], this);
        m_charts[i] = chart;
        layout->addWidget(chart, 1);
        connect(chart, &ZoomableChartView::timeRangeChangedByUser, this,
                &QualityChartView::onUserTimeRange);
        connect(chart, &ZoomableChartView::resetZoomRequested, this, &QualityChartView::resetZoom);
    }
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRange(ChartRange(m_rangeBox->itemData(index).toInt())); });
    connect(m_resetZoom, &QPushButton::clicked, this, &QualityChartView::resetZoom);

    rebuildTraces();
    rebuildThresholds();
    applyTimeRange();
}

qint64 QualityChartView::rangeSecs(ChartRange range)
{
    switch (range) {
    case ChartRange::LastHour:
        return 3600;
    case ChartRange::Last6Hours:
        return 6 * 3600;
    case ChartRange::Last24Hours:
        return 24 * 3600;
    case ChartRange::Last7Days:
        return 7 * 24 * 3600;
    }
    return 24 * 3600;
}

void QualityChartView::setRange(ChartRange range)
{
    const bool changed = range != m_range;
    m_range = range;
    if (m_rangeBox->currentIndex() != int(range))
        m_rangeBox->setCurrentIndex(int(range)); // comes back here once, unchanged
    m_zoomed = false;
    m_resetZoom->setEnabled(false);
    if (changed) {
        rebuildTraces();
        rebuildEpisodes();
    }
    applyTimeRange();
}

ChartRange QualityChartView::range() const
{
    return m_range;
}

void QualityChartView::setNowSecs(qint64 nowSecs)
{
    if (nowSecs == m_nowSecs)
        return;
    m_nowSecs = nowSecs;
    rebuildTraces();
    rebuildEpisodes();
    applyTimeRange();
}

QColor QualityChartView::nextColour() const
{
    for (const QColor &c : kQueueColours) {
        bool used = false;
        for (const ChartedQueue &q : m_queues)
            used = used || q.color == c;
        if (!used)
            return c;
    }
    return kQueueColours[std::size_t(m_queues.size()) % kQueueColours.size()];
}

void QualityChartView::storeHistory(const QString &queueId, const QString &queueName,
                                    const QList<QualitySample> &samples)
{
    if (queueId.isEmpty())
        return;
    ChartedQueue *queue = nullptr;
    for (ChartedQueue &q : m_queues) {
        if (q.id == queueId)
            queue = &q;
    }
    if (!queue) {
        m_queues.append(ChartedQueue{queueId, queueName, nextColour(), {}});
        queue = &m_queues.last();
    }
    queue->name = queueName.isEmpty() ? queueId : queueName;
    queue->windows.clear();
    for (const QualitySample &s : samples) {
        if (s.queueId == queueId && s.windowEnd > s.windowStart)
            queue->windows.insert(s.windowStart, s);
    }
}

void QualityChartView::rebuildAll()
{
    rebuildTraces();
    rebuildThresholds();
    rebuildEpisodes();
    applyTimeRange();
}

void QualityChartView::setQueueHistory(const QString &queueId, const QString &queueName,
                                       const QList<QualitySample> &samples)
{
    if (queueId.isEmpty())
        return;
    storeHistory(queueId, queueName, samples);
    rebuildAll();
}

void QualityChartView::setQueueHistories(const QList<ChartQueueHistory> &queues)
{
    m_queues.clear();
    for (const ChartQueueHistory &q : queues)
        storeHistory(q.queueId, q.queueName, q.samples);
    rebuildAll();
}

void QualityChartView::removeQueue(const QString &queueId)
{
    m_queues.removeIf([&](const ChartedQueue &q) { return q.id == queueId; });
    rebuildAll();
}

void QualityChartView::clearQueues()
{
    m_queues.clear();
    rebuildAll();
}

void QualityChartView::appendSamples(const QList<QualitySample> &samples)
{
    bool any = false;
    for (ChartedQueue &q : m_queues) {
        for (const QualitySample &s : samples) {
            if (s.queueId == q.id && s.windowEnd > s.windowStart) {
                q.windows.insert(s.windowStart, s);
                any = true;
            }
        }
    }
    if (!any)
        return;
    rebuildTraces();
    rebuildEpisodes();
    applyTimeRange();
}

void QualityChartView::setPolicy(const AlertPolicy &policy)
{
    m_policy = policy;
    rebuildTraces(); // the minimum call volume decides where the gaps are
    rebuildThresholds();
    applyTimeRange();
}

void QualityChartView::setPreviewPolicy(const AlertPolicy &policy)
{
    m_previewPolicy = policy;
    rebuildThresholds();
    rebuildEpisodes();
}

void QualityChartView::clearPreview()
{
    m_previewPolicy.reset();
    rebuildThresholds();
    rebuildEpisodes();
}

void QualityChartView::setIncidents(const QList<IncidentRow> &incidents)
{
    m_incidents = incidents;
    rebuildEpisodes();
}

QStringList QualityChartView::queueIds() const
{
    QStringList ids;
    for (const ChartedQueue &q : m_queues)
        ids.append(q.id);
    return ids;
}

QString QualityChartView::primaryQueueId() const
{
    return m_queues.isEmpty() ? QString() : m_queues.first().id;
}

bool QualityChartView::isZoomed() const
{
    return m_zoomed;
}

void QualityChartView::resetZoom()
{
    m_zoomed = false;
    m_resetZoom->setEnabled(false);
    applyTimeRange();
}

qint64 QualityChartView::viewFromMs() const
{
    return m_charts[0]->timeFromMs();
}

qint64 QualityChartView::viewToMs() const
{
    return m_charts[0]->timeToMs();
}

MetricChart *QualityChartView::metricChart(Metric metric) const
{
    for (MetricChart *c : m_charts) {
        if (c->metric() == metric)
            return c;
    }
    return nullptr;
}

std::optional<PreviewResult> QualityChartView::previewResult() const
{
    return m_preview;
}

QString QualityChartView::previewText() const
{
    return m_previewLabel->text();
}

qint64 QualityChartView::anchorSecs() const
{
    if (m_nowSecs > 0)
        return m_nowSecs;
    qint64 newest = 0;
    for (const ChartedQueue &q : m_queues) {
        if (!q.windows.isEmpty())
            newest = std::max(newest, q.windows.last().windowEnd);
    }
    return newest;
}

qint64 QualityChartView::rangeFromSecs() const
{
    return anchorSecs() - rangeSecs(m_range);
}

QList<QualitySample> QualityChartView::shownSamples(const ChartedQueue &queue) const
{
    const qint64 from = rangeFromSecs();
    const qint64 to = anchorSecs();
    QList<QualitySample> out;
    for (auto it = queue.windows.lowerBound(from); it != queue.windows.cend(); ++it) {
        if (it->windowEnd > to)
            break;
        out.append(it.value());
    }
    return out;
}

const AlertPolicy &QualityChartView::shownPolicy() const
{
    return m_previewPolicy ? *m_previewPolicy : m_policy;
}

void QualityChartView::rebuildTraces()
{
    std::array<QList<MetricChart::Trace>, 3> traces;
    for (const ChartedQueue &q : std::as_const(m_queues)) {
        const QueueChartSeries series = ChartSeriesBuilder::build(q.id, shownSamples(q), m_policy,
                                                                  rangeFromSecs(), anchorSecs());
        for (std::size_t i = 0; i < kChartedMetrics.size(); ++i)
            traces[i].append(MetricChart::Trace{q.name, q.color, series[kChartedMetrics[i]]});
    }
    for (std::size_t i = 0; i < kChartedMetrics.size(); ++i) {
        MetricChart *chart = m_charts[i];
        chart->setTraces(traces[i]);
        bool anyValue = false;
        for (const MetricChart::Trace &t : std::as_const(traces[i]))
            anyValue = anyValue || t.series.hasValues();
        QString note;
        if (m_queues.isEmpty())
            note = tr("Select queues on the Queues tab and choose \"Chart selected\"");
        else if (!anyValue && chart->metric() == Metric::Jitter)
            note = tr("No jitter in ms from Genesys details: their data has none.\n"
                      "Jitter shows as jitter-buffer discards in packet loss.");
        else if (!anyValue)
            note = tr("No data in this range");
        chart->setNote(note);
    }
}

void QualityChartView::rebuildThresholds()
{
    const auto lines = ChartSeriesBuilder::thresholdLines(shownPolicy(), primaryQueueId());
    for (MetricChart *chart : m_charts)
        chart->setThresholds(lines[std::size_t(metricIndex(chart->metric()))],
                             m_previewPolicy.has_value());
}

void QualityChartView::rebuildEpisodes()
{
    const QString primary = primaryQueueId();
    const qint64 anchor = anchorSecs();
    QList<PreviewEpisode> incidents;
    for (const IncidentRow &row : std::as_const(m_incidents)) {
        if (row.queueId != primary || primary.isEmpty())
            continue;
        const qint64 end = row.state == IncidentRow::State::Resolved ? row.resolvedAt : 0;
        incidents.append(PreviewEpisode{row.startedAt, end, row.severity});
    }
    QList<PreviewEpisode> preview;
    m_preview.reset();
    if (m_previewPolicy && !m_queues.isEmpty()) {
        m_preview = ThresholdPreview::replay(shownSamples(m_queues.first()), *m_previewPolicy);
        preview = m_preview->episodes;
        const int n = m_preview->count();
        m_previewLabel->setText(
            tr("Preview for %1: %n episode(s) would have opened in the shown history", nullptr, n)
                .arg(m_queues.first().name));
        emit previewComputed(m_preview->count());
    } else {
        m_previewLabel->clear();
    }
    for (MetricChart *chart : m_charts)
        chart->setEpisodes(incidents, preview, anchor);
}

void QualityChartView::applyTimeRange()
{
    qint64 from = m_viewFromMs;
    qint64 to = m_viewToMs;
    if (!m_zoomed) {
        to = anchorSecs() * 1000;
        from = to - rangeSecs(m_range) * 1000;
        if (to <= 0) {
            // Nothing charted yet: an empty range ending at the epoch would look broken.
            to = rangeSecs(m_range) * 1000;
            from = 0;
        }
    }
    for (MetricChart *chart : m_charts)
        chart->setTimeRange(from, to);
}

void QualityChartView::onUserTimeRange(qint64 fromMs, qint64 toMs)
{
    m_zoomed = true;
    m_viewFromMs = fromMs;
    m_viewToMs = toMs;
    m_resetZoom->setEnabled(true);
    for (MetricChart *chart : m_charts) {
        if (chart->timeFromMs() != fromMs || chart->timeToMs() != toMs)
            chart->setTimeRange(fromMs, toMs);
    }
}

} // namespace earshot
