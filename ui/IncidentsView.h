#pragma once

#include "core/status/MonitorTypes.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace earshot {

class IncidentTableModel;

// The incidents tab: every episode with its PagerDuty delivery, and the operator's
// actions on the selected one (buttons and context menu). Actions only ask (a note, a
// silence duration) and emit; the Monitor does the work and the list refreshes.
class IncidentsView : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsView(QWidget *parent = nullptr);

    void setIncidents(const QList<IncidentRow> &incidents);
    void setNowSecs(qint64 nowSecs); // durations and "until tomorrow 08:00" count from here

    [[nodiscard]] IncidentTableModel *model() const;
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] QAction *acknowledgeAction() const;
    [[nodiscard]] QAction *resolveAction() const;
    [[nodiscard]] QAction *silenceAction() const;
    [[nodiscard]] QCheckBox *hideResolvedBox() const;
    bool selectIncident(const QString &dedupKey);
    [[nodiscard]] std::optional<IncidentRow> selectedIncident() const;
    [[nodiscard]] QList<IncidentRow> selectedIncidents() const; // bulk actions
    // The detail pane's timeline for the current incident (answers detailsRequested).
    void setTimeline(const QString &dedupKey, const QList<IncidentEvent> &events);
    [[nodiscard]] QString detailsText() const;
    // While the pointer is over the table its order is held (tests call this directly).
    void setPointerOverTable(bool over);

public slots:
    void acknowledgeSelected();
    void resolveSelected();
    void silenceSelectedQueue();

signals:
    void acknowledgeRequested(const QString &dedupKey, const QString &note);
    void resolveRequested(const QString &dedupKey, const QString &note);
    void silenceRequested(const QString &queueId, qint64 untilSecs, const QString &reason);
    void detailsRequested(const QString &dedupKey); // the current incident's timeline, please

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void showDetails();

    IncidentTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_hideResolved = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_silence = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QString m_detailKey;
    QList<IncidentEvent> m_detailEvents;
    bool m_pointerOver = false;
    qint64 m_nowSecs = 0;
};

} // namespace earshot
