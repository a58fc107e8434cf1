#include "UiSamples.h"

#include "core/i18n/Translations.h"
#include "core/presentation/ChartSeriesBuilder.h"
#include "core/presentation/ThresholdPreview.h"
#include "ui/MetricChart.h"
#include "ui/QualityChartView.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString kSales = QStringLiteral("q-sales");
const QString kBilling = QStringLiteral("q-billing");
constexpr int kDay = 288; // 5-minute windows in 24 h

QStringList visibleLegendLabels(MetricChart *chart)
{
    // The legend lays its markers out on the next event loop pass, as it would on screen.
    QCoreApplication::processEvents();
    QStringList labels;
    const QList<QLegendMarker *> markers = chart->chart()->legend()->markers();
    for (QLegendMarker *m : markers) {
        if (m->isVisible())
            labels.append(m->label());
    }
    return labels;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestQualityChartView : public QObject
{
    Q_OBJECT

private slots:
    // English plural forms ("1 episode", "0 episodes") come from the English catalogue,
    // as in the app.
    void initTestCase()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::English)).earshot.isEmpty());
    }

    void init()
    {
        m_view = std::make_unique<QualityChartView>();
        m_view->resize(1000, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // A day of Sales with a dip at windows 100..102 and a quiet window every 50.
        m_history = queueHistory(kSales, kDay, 100, 50);
        m_view->setQueueHistory(kSales, QStringLiteral("Sales"), m_history);
    }
    void cleanup()
    {
        m_view.reset();
    }

    void showsTheChosenRangeEndingAtTheNewestWindow()
    {
        const qint64 end = (kT0 + kDay * kWindow) * 1000;
        QCOMPARE(m_view->range(), ChartRange::Last24Hours);
        QCOMPARE(m_view->viewToMs(), end);
        QCOMPARE(m_view->viewFromMs(), end - 24LL * 3600 * 1000);
        m_view->setRange(ChartRange::LastHour);
        QCOMPARE(m_view->viewFromMs(), end - 3600LL * 1000);
        QCOMPARE(m_view->metricChart(Metric::Mos)->timeFromMs(), end - 3600LL * 1000);
        // The right edge follows the Monitor's clock when given.
        m_view->setNowSecs(kT0 + kDay * kWindow + 600);
        QCOMPARE(m_view->viewToMs(), end + 600 * 1000);
    }

    void thresholdLinesSpanWhatIsShown()
    {
        // Lines built before any data (at construction) must still cross today's range.
        for (Metric m : QualityChartView::kChartedMetrics) {
            QLineSeries *line = m_view->metricChart(m)->thresholdSeries(Severity::Warning);
            QVERIFY(line->at(0).x() <= double(m_view->viewFromMs()));
            QVERIFY(line->at(1).x() >= double(m_view->viewToMs()));
        }
        MetricChart *mos = m_view->metricChart(Metric::Mos);
        mos->panTime(-3.0 * 24 * 3600 * 1000); // three days back
        QLineSeries *critical = mos->thresholdSeries(Severity::Critical);
        QVERIFY(critical->at(0).x() <= double(mos->timeFromMs()));
        QVERIFY(critical->at(1).x() >= double(mos->timeToMs()));
        QCOMPARE(critical->at(0).y(), 3.0);
    }

    void gapsAreSeparateSegments()
    {
        const QueueChartSeries built =
            ChartSeriesBuilder::build(kSales, m_history, AlertPolicy{}, kT0, kT0 + kDay * kWindow);
        MetricChart *mos = m_view->metricChart(Metric::Mos);
        // 288 windows with a quiet one every 50: five gaps, six segments.
        QCOMPARE(built[Metric::Mos].segments.size(), 6);
        QCOMPARE(mos->traceSegmentCount(), 6);
        // One legend entry per queue, not per segment; thresholds labelled with their values.
        QStringList labels = visibleLegendLabels(mos);
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("Critical 3.00"), QStringLiteral("Sales"),
                                      QStringLiteral("Warning 3.50")}));
    }

    void jitterSaysWhyItIsEmpty()
    {
        QVERIFY(m_view->metricChart(Metric::Jitter)
                    ->note()
                    .contains(QStringLiteral("No jitter in ms")));
        QCOMPARE(m_view->metricChart(Metric::Jitter)->traceSegmentCount(), 0);
        QVERIFY(m_view->metricChart(Metric::Mos)->note().isEmpty());
        // A source with jitter: the note goes.
        QList<QualitySample> withJitter = m_history;
        for (QualitySample &s : withJitter)
            s.jitterMs = 20.0;
        m_view->setQueueHistory(kSales, QStringLiteral("Sales"), withJitter);
        QVERIFY(m_view->metricChart(Metric::Jitter)->note().isEmpty());
        QCOMPARE(m_view->metricChart(Metric::Jitter)->traceSegmentCount(), 6);
    }

    void appendingKeepsTheOperatorsZoom()
    {
        MetricChart *mos = m_view->metricChart(Metric::Mos);
        const double middle = double(m_view->viewFromMs() + m_view->viewToMs()) / 2.0;
        mos->zoomTime(0.25, middle); // as the wheel does
        mos->panTime(-30.0 * 60 * 1000);
        QVERIFY(m_view->isZoomed());
        const qint64 from = m_view->viewFromMs();
        const qint64 to = m_view->viewToMs();
        QCOMPARE(to - from, 6LL * 3600 * 1000);
        // The other charts follow the zoom.
        QCOMPARE(m_view->metricChart(Metric::Jitter)->timeFromMs(), from);
        QCOMPARE(m_view->metricChart(Metric::PacketLoss)->timeToMs(), to);

        const int before = mos->traceSegmentCount();
        m_view->appendSamples({window(kSales, kT0 + kDay * kWindow, 4.1),
                               window(kBilling, kT0 + kDay * kWindow, 1.0)}); // not charted
        QCOMPARE(m_view->viewFromMs(), from);
        QCOMPARE(m_view->viewToMs(), to);
        QCOMPARE(m_view->metricChart(Metric::PacketLoss)->timeFromMs(), from);
        QCOMPARE(mos->traceSegmentCount(), before); // the new window continues the last line

        // Reset: back to the range, which now ends at the new window.
        m_view->resetZoom();
        QVERIFY(!m_view->isZoomed());
        QCOMPARE(m_view->viewToMs(), (kT0 + (kDay + 1) * kWindow) * 1000);
    }

    void appendingWithoutZoomSlidesTheRange()
    {
        const qint64 span = m_view->viewToMs() - m_view->viewFromMs();
        m_view->appendSamples({window(kSales, kT0 + kDay * kWindow, 4.1)});
        QCOMPARE(m_view->viewToMs(), (kT0 + (kDay + 1) * kWindow) * 1000);
        QCOMPARE(m_view->viewToMs() - m_view->viewFromMs(), span);
    }

    void thresholdLinesMoveOnPreview()
    {
        MetricChart *mos = m_view->metricChart(Metric::Mos);
        QCOMPARE(mos->thresholdSeries(Severity::Warning)->at(0).y(), 3.5);
        QCOMPARE(mos->thresholdSeries(Severity::Critical)->at(1).y(), 3.0);
        QVERIFY(!mos->thresholdsArePreview());
        QCOMPARE(mos->shadedEpisodeCount(), 0);

        AlertPolicy draft;
        draft.global[Metric::Mos].warning = 3.3;
        draft.global[Metric::PacketLoss].warning = 2.0;
        QSignalSpy computed(m_view.get(), &QualityChartView::previewComputed);
        m_view->setPreviewPolicy(draft);
        QCOMPARE(mos->thresholdSeries(Severity::Warning)->at(0).y(), 3.3);
        QVERIFY(mos->thresholdsArePreview());
        QCOMPARE(
            m_view->metricChart(Metric::PacketLoss)->thresholdSeries(Severity::Warning)->at(0).y(),
            2.0);
        QVERIFY(visibleLegendLabels(mos).contains(QStringLiteral("Warning 3.30 (preview)")));

        // The preview is the engine's verdict on the shown history.
        const PreviewResult expected = ThresholdPreview::replay(m_history, draft);
        QCOMPARE(expected.count(), 1); // the dip at 100..102 (MOS 3.2, loss 2.4 %)
        QVERIFY(m_view->previewResult().has_value());
        QCOMPARE(m_view->previewResult()->episodes, expected.episodes);
        QCOMPARE(computed.count(), 1);
        QCOMPARE(computed.first().first().toInt(), 1);
        QCOMPARE(
            m_view->previewText(),
            QStringLiteral("Preview for Sales: 1 episode would have opened in the shown history"));
        QCOMPARE(mos->shadedEpisodeCount(), 1);

        // Tighter: the dip no longer counts.
        draft.global[Metric::Mos].warning = 3.1;
        draft.global[Metric::PacketLoss].warning = 2.5;
        m_view->setPreviewPolicy(draft);
        QCOMPARE(m_view->previewResult()->count(), 0);
        QCOMPARE(mos->shadedEpisodeCount(), 0);
        QCOMPARE(
            m_view->previewText(),
            QStringLiteral("Preview for Sales: 0 episodes would have opened in the shown history"));

        m_view->clearPreview();
        QCOMPARE(mos->thresholdSeries(Severity::Warning)->at(0).y(), 3.5);
        QVERIFY(m_view->previewText().isEmpty());
        QVERIFY(!m_view->previewResult().has_value());
    }

    void disabledMetricHasNoLines()
    {
        AlertPolicy p;
        p.global[Metric::PacketLoss].enabled = false;
        m_view->setPolicy(p);
        QVERIFY(m_view->metricChart(Metric::PacketLoss)->thresholdSeries(Severity::Warning) ==
                nullptr);
        QVERIFY(m_view->metricChart(Metric::Mos)->thresholdSeries(Severity::Warning) != nullptr);
    }

    void incidentsOfThePrimaryQueueAreShaded()
    {
        IncidentRow open = incidentRow(QStringLiteral("k1"), kSales, IncidentRow::State::Open);
        IncidentRow other = incidentRow(QStringLiteral("k2"), kBilling, IncidentRow::State::Open);
        m_view->setIncidents({open, other});
        QCOMPARE(m_view->metricChart(Metric::Mos)->shadedEpisodeCount(), 1);
    }

    void severalQueuesOverlaid()
    {
        m_view->setQueueHistory(kBilling, QStringLiteral("Billing"), queueHistory(kBilling, kDay));
        QCOMPARE(m_view->queueIds(), (QStringList{kSales, kBilling}));
        QCOMPARE(m_view->primaryQueueId(), kSales);
        MetricChart *mos = m_view->metricChart(Metric::Mos);
        QCOMPARE(mos->traceSegmentCount(), 6 + 1);
        const QStringList labels = visibleLegendLabels(mos);
        QVERIFY(labels.contains(QStringLiteral("Sales")));
        QVERIFY(labels.contains(QStringLiteral("Billing")));
        m_view->removeQueue(kSales);
        QCOMPARE(m_view->primaryQueueId(), kBilling);
        QCOMPARE(mos->traceSegmentCount(), 1);
        m_view->clearQueues();
        QCOMPARE(mos->traceSegmentCount(), 0);
        QVERIFY(!mos->note().isEmpty());
    }

    void rendersToAPng()
    {
        m_view->setQueueHistory(kBilling, QStringLiteral("Billing"),
                                queueHistory(kBilling, kDay, 200));
        AlertPolicy draft;
        draft.global[Metric::Mos].warning = 3.6;
        m_view->setPreviewPolicy(draft);
        QCoreApplication::processEvents(); // the legend's deferred layout
        const QImage image = m_view->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_view->size());
        // Axes, lines, legend and shading: far more than a blank widget's few colours.
        QVERIFY2(distinctColours(image) > 20, qPrintable(QString::number(distinctColours(image))));
        const QString path = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR))
                                 .filePath(QStringLiteral("quality-chart.png"));
        QVERIFY(image.save(path));
        QVERIFY(QFileInfo(path).size() > 10'000);
    }

    void junkInputIsIgnored()
    {
        QualitySample broken = window(kSales, kT0, 4.0);
        broken.windowEnd = broken.windowStart;
        m_view->setQueueHistory(QString(), QStringLiteral("nameless"), {broken});
        QCOMPARE(m_view->queueIds(), QStringList{kSales});
        m_view->appendSamples({broken});
        QCOMPARE(m_view->metricChart(Metric::Mos)->traceSegmentCount(), 6);
    }

private:
    std::unique_ptr<QualityChartView> m_view;
    QList<QualitySample> m_history;
};

QTEST_MAIN(TestQualityChartView)
#include "TestQualityChartView.moc"
