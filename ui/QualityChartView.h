#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/model/QualitySample.h"
#include "core/presentation/ThresholdPreview.h"
#include "core/status/MonitorTypes.h"

#include <QColor>
#include <QHash>
#include <QMap>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace earshot {

class MetricChart;

struct ChartQueueHistory
{
    QString queueId;
    QString queueName;
    QList<QualitySample> samples;
};

enum class ChartRange
{
    LastHour,
    Last6Hours,
    Last24Hours,
    Last7Days
};

// Three stacked charts (MOS, packet loss %, jitter ms) of one or more queues over a chosen
// range. The first queue is primary: its thresholds are drawn, its incidents shaded, and a
// threshold preview replays its history. New windows are appended without touching the
// operator's zoom or pan.
class QualityChartView : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::array<Metric, 3> kChartedMetrics = {Metric::Mos, Metric::PacketLoss,
                                                              Metric::Jitter};

    explicit QualityChartView(QWidget *parent = nullptr);

    void setRange(ChartRange range); // also resets the zoom: the operator asked for a range
    [[nodiscard]] ChartRange range() const;
    [[nodiscard]] static qint64 rangeSecs(ChartRange range);
    // The right edge of the range (the Monitor's clock). 0: the newest window's end.
    void setNowSecs(qint64 nowSecs);

    // Replaces (or adds) one queue's history; the first queue added is primary.
    void setQueueHistory(const QString &queueId, const QString &queueName,
                         const QList<QualitySample> &samples);
    // Replaces every charted queue at once (one rebuild): switching what is charted.
    void setQueueHistories(const QList<ChartQueueHistory> &queues);
    void removeQueue(const QString &queueId);
    void clearQueues();
    // New windows; samples of queues not charted are ignored.
    void appendSamples(const QList<QualitySample> &samples);

    void setPolicy(const AlertPolicy &policy);
    void setPreviewPolicy(const AlertPolicy &policy);
    void clearPreview();
    // Every queue's history in [fromSecs, toSecs), by queue id: while the global thresholds
    // are edited the preview counts episodes over all queues with history. Read once per
    // preview (kept until clearPreview). Unset: only the first charted queue is counted.
    using HistorySource =
        std::function<QHash<QString, QList<QualitySample>>(qint64 fromSecs, qint64 toSecs)>;
    void setAllQueuesHistorySource(HistorySource source);
    // Whose thresholds are edited: empty for the global ones (the preview counts all queues),
    // a queue id for one queue's (the preview counts that queue).
    void setPreviewScope(const QString &queueId);
    void setIncidents(const QList<IncidentRow> &incidents);

    [[nodiscard]] QStringList queueIds() const;
    [[nodiscard]] QString primaryQueueId() const;
    [[nodiscard]] bool isZoomed() const;
    void resetZoom();
    [[nodiscard]] qint64 viewFromMs() const;
    [[nodiscard]] qint64 viewToMs() const;
    [[nodiscard]] MetricChart *metricChart(Metric metric) const;
    [[nodiscard]] std::optional<PreviewResult> previewResult() const;
    [[nodiscard]] QString previewText() const;

signals:
    void previewComputed(int episodeCount);

private:
    struct ChartedQueue
    {
        QString id;
        QString name;
        QColor color;
        QMap<qint64, QualitySample> windows; // by window start: ordered, one per window
    };

    [[nodiscard]] qint64 anchorSecs() const;
    [[nodiscard]] qint64 rangeFromSecs() const;
    [[nodiscard]] QList<QualitySample> shownSamples(const ChartedQueue &queue) const;
    [[nodiscard]] const AlertPolicy &shownPolicy() const;
    void rebuildTraces();
    void rebuildThresholds();
    void rebuildEpisodes();
    void applyTimeRange();
    void onUserTimeRange(qint64 fromMs, qint64 toMs);
    [[nodiscard]] QColor nextColour() const;
    void storeHistory(const QString &queueId, const QString &queueName,
                      const QList<QualitySample> &samples);
    void rebuildAll();

    std::array<MetricChart *, 3> m_charts{};
    QComboBox *m_rangeBox = nullptr;
    QPushButton *m_resetZoom = nullptr;
    QLabel *m_previewLabel = nullptr;

    QList<ChartedQueue> m_queues;
    AlertPolicy m_policy;
    std::optional<AlertPolicy> m_previewPolicy;
    std::optional<PreviewResult> m_preview;
    HistorySource m_allQueuesSource;
    QString m_previewScope;
    std::optional<QHash<QString, QList<QualitySample>>> m_allQueuesHistory;
    QList<IncidentRow> m_incidents;
    ChartRange m_range = ChartRange::Last24Hours;
    qint64 m_nowSecs = 0;
    bool m_zoomed = false;
    qint64 m_viewFromMs = 0;
    qint64 m_viewToMs = 0;
};

} // namespace earshot
