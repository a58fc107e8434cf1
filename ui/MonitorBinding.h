#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/alerting/AlertPolicy.h"
#include "core/pipeline/Monitor.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

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
    void onIncidentsChanged();
    void onPolicyChanged();
    void onPollerStatusChanged();
    void onDeliveryStatusChanged();
    void chartQueues(const QStringList &queueIds);
    void chartSomethingUseful();
    void applyPolicy(const AlertPolicy &policy);
    void acknowledge(const QString &dedupKey, const QString &note);
    void resolve(const QString &dedupKey, const QString &note);
    void silence(const QString &queueId, qint64 untilSecs, const QString &reason);
    void tick();
    void reportFailure(const QString &what, const QString &message);

    // The app may delete the Monitor before the window (deferred deletions): a guarded
    // pointer turns late signals and ticks into no-ops instead of crashes.
    QPointer<Monitor> m_monitor;
    MainWindow &m_window;
    QString m_actor;
    QTimer *m_tick = nullptr;
};

} // namespace earshot
