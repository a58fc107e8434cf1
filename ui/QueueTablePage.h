#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/model/QualitySample.h"
#include "core/status/MonitorTypes.h"

#include <QColor>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPalette;
class QPushButton;
class QStackedWidget;
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
    // The Monitor's clock: a silence's duration counts from it.
    void setNowSecs(qint64 nowSecs);

    [[nodiscard]] QueueTableModel *model() const;
    [[nodiscard]] QueueFilterProxyModel *proxy() const;
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] QLineEdit *filterEdit() const;
    [[nodiscard]] QCheckBox *onlyProblemsBox() const;
    [[nodiscard]] QStringList selectedQueueIds() const;
    // What the page says instead of an empty table ("All 12 queues OK"); empty otherwise.
    [[nodiscard]] QString emptyNote() const;
    void focusFilter(); // Ctrl+F
    [[nodiscard]] QAction *silenceAction() const;
    // Asks how long and why, then emits silenceRequested for the current row's queue.
    void silenceCurrentQueue();
    // The colour of the ring around the current cell while the table has focus.
    [[nodiscard]] static QColor focusRingColor(const QPalette &palette);

signals:
    // Queue ids to chart, the first one primary (its thresholds and preview are drawn).
    void chartRequested(const QStringList &queueIds);
    // Silence a queue ahead of maintenance (context menu), not only from an incident.
    void silenceRequested(const QString &queueId, qint64 untilSecs, const QString &reason);

private:
    void updateCount();
    void requestChart();
    void showContextMenu(const QPoint &pos);

    QueueTableModel *m_model = nullptr;
    QueueFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_chartButton = nullptr;
    QStackedWidget *m_views = nullptr; // the table, or the note that replaces an empty one
    QLabel *m_emptyNote = nullptr;
    QAction *m_silence = nullptr;
    qint64 m_nowSecs = 0;
};

} // namespace earshot
