#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/model/QualitySample.h"
#include "core/pipeline/MonitorTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace earshot {

class QueueFilterProxyModel;
class QueueTableModel;

// The queues tab: every monitored queue's newest window and alert state, with a text filter
// and an "only problems" switch. Double-click or "Chart selected" asks for the charts.
class QueueTablePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueueTablePage(QWidget *parent = nullptr);

    void setQueues(const QList<QueueInfo> &queues);
    void setLatestSamples(const QList<QualitySample> &samples);
    void setIncidents(const QList<IncidentRow> &incidents);
    void setPolicy(const AlertPolicy &policy);
    void setSilences(const QList<Silence> &silences);
    void setCurrentWindowEnd(qint64 windowEndSecs);

    [[nodiscard]] QueueTableModel *model() const;
    [[nodiscard]] QueueFilterProxyModel *proxy() const;
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] QLineEdit *filterEdit() const;
    [[nodiscard]] QCheckBox *onlyProblemsBox() const;
    [[nodiscard]] QStringList selectedQueueIds() const;

signals:
    // Queue ids to chart, the first one primary (its thresholds and preview are drawn).
    void chartRequested(const QStringList &queueIds);

private:
    void updateCount();
    void requestChart();

    QueueTableModel *m_model = nullptr;
    QueueFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_chartButton = nullptr;
};

} // namespace earshot
