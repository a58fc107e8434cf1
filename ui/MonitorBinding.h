#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/AlertPolicy.h"
#include "core/pipeline/Monitor.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QTimer;

namespace earshot {

class MainWindow;

// Wires a running Monitor to the window's pages: Monitor signals -> page setters, page
// signals -> Monitor commands. The only place that knows both sides.
class MonitorBinding : public QObject
{
    Q_OBJECT

public:
    // actor: who the audit log records for operator actions (the OS user name).
    MonitorBinding(Monitor &monitor, MainWindow &window, QString actor);

    // Loads everything from the Monitor (start-up, after settings change).
    void refreshAll();

private:
    void onWindowStored(qint64 windowStart, qint64 windowEnd);
    void onIncidentOpened(const QString &queueName, const QString &dedupKey, Severity severity);
    void onIncidentsChanged();
    // Until the operator picks a queue, the charts show the newest open incident's queue.
    void followNewestIncident(const QList<IncidentRow> &rows);
    void onPolicyChanged();
    void onPollerStatusChanged();
    void onDeliveryStatusChanged();
    void onFollowStatusChanged();
    void onIncidentChangedInPagerDuty(const QString &dedupKey);
    void chartQueues(const QStringList &queueIds);
    void chartSomethingUseful();
    void applyPolicy(const AlertPolicy &policy);
    void acknowledge(const QString &dedupKey, const QString &note);
    void resolve(const QString &dedupKey, const QString &note);
    void silence(const QString &queueId, qint64 untilSecs, const QString &reason);
    void refreshSilences();
    void tick();
    void reportFailure(const QString &what, const QString &message);
    // A value read from the Monitor. A read that fails is shown in the status bar and
    // logged, and the caller leaves what the window shows as it is (never blanks it).
    template<typename T> [[nodiscard]] std::optional<T> read(const Result<T> &result);

    // The app may delete the Monitor before the window (deferred deletions): a guarded
    // pointer turns late signals and ticks into no-ops instead of crashes.
    QPointer<Monitor> m_monitor;
    MainWindow &m_window;
    QString m_actor;
    QTimer *m_tick = nullptr;
    QStringList m_queueIds;
    bool m_operatorPickedChart = false;
    QString m_followedIncident; // dedup key of the incident whose queue is charted // of the rows
                                // shown (id and name), to notice a new directory
};

} // namespace earshot
