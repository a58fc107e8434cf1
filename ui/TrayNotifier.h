#pragma once

#include "core/alerting/Decision.h"
#include "core/model/Metric.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace earshot {

// The tray icon (where the platform has one): a desktop notification per new incident, and
// the way back to a window that was closed while monitoring runs.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const;
    void setOpenIncidents(int count); // the icon and tooltip say whether anything is open
    // "Sales: critical — MOS 2.6 (< 3.0), loss 4.5 % (> 3.0 %)": what an operator acts on;
    // the dedup key is in the incidents view.
    void notifyIncident(const QString &queueName, Severity severity, const QList<Breach> &breaches);
    void showMessage(const QString &title, const QString &text);
    // "Sales: acknowledged in PagerDuty by Jane Doe": someone acted on a phone.
    void notifyPagerDutyChange(const QString &text);
    // While quiet (the wall display is up), nothing pops up; the icon still tells.
    void setQuiet(bool quiet);
    [[nodiscard]] bool isQuiet() const;
    [[nodiscard]] int notificationCount() const;
    [[nodiscard]] QString lastNotification() const;

signals:
    void showWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr; // null without a system tray
    QMenu *m_menu = nullptr;
    int m_notifications = 0;
    bool m_quiet = false;
    QString m_lastNotification;
};

} // namespace earshot
