#pragma once

#include "core/status/MonitorTypes.h"

#include <QWidget>

class QLabel;

namespace earshot {

// The status bar's content: the poller's state in words, its last success and next poll,
// the PagerDuty outbox backlog and delivery state. Icons accompany words, never replace them.
class StatusBarWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(QWidget *parent = nullptr);

    void setPollerStatus(const PollerStatus &status);
    void setDeliveryStatus(const DeliveryStatus &status);
    // Empty hides it; otherwise a red "Database: <problem>" (nothing is stored or paged).
    void setStorageProblem(const QString &problem);
    // The watchdog over Earshot itself and its heartbeat: red while its own incident is
    // paged (or cannot be), amber while windows are late or the heartbeat fails.
    void setHealthStatus(const HealthStatus &status);
    // A shared PostgreSQL database (its name without password; empty hides it): this console
    // is the one that polls and pages for every console on it.
    void setSharedStatus(const SharedDatabaseStatus &status);
    // Two-way PagerDuty: quiet grey while off or following, red when the REST API key is
    // refused or following fails (paging goes on either way).
    void setFollowStatus(const FollowStatus &status);

    [[nodiscard]] QString pollerText() const;
    [[nodiscard]] QString scheduleText() const;
    [[nodiscard]] QString deliveryText() const;
    // True while the delivery text is shown in red (events PagerDuty finally refused).
    [[nodiscard]] bool deliveryAlarm() const;
    [[nodiscard]] QString deliveryIconPath() const; // the resource shown beside the text
    [[nodiscard]] QString storageText() const;      // empty while the database is fine
    [[nodiscard]] QString healthText() const;       // empty while the watchdog is off
    [[nodiscard]] QString sharedText() const;       // empty on a database of its own
    [[nodiscard]] QString sharedToolTip() const;
    [[nodiscard]] bool sharedAlarm() const; // shown in red: nobody polls
    [[nodiscard]] QString followText() const;
    [[nodiscard]] bool followAlarm() const; // the follow text is shown in red

private:
    QLabel *m_pollerIcon = nullptr;
    QLabel *m_poller = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_deliveryIcon = nullptr;
    QLabel *m_delivery = nullptr;
    QLabel *m_storage = nullptr;
    QLabel *m_shared = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_follow = nullptr;
    QString m_deliveryIconPath;
};

} // namespace earshot
