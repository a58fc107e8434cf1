#include "ui/TrayNotifier.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/StatusTexts.h"
#include "ui/Icons.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace earshot {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(applicationIcon(), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Show Earshot"), this, &TrayNotifier::showWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Earshot: no open incidents"));
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindowRequested);
    m_tray->show();
}

bool TrayNotifier::isAvailable() const
{
    return m_tray != nullptr;
}

void TrayNotifier::setOpenIncidents(int count)
{
    if (!m_tray)
        return;
    m_tray->setIcon(count > 0 ? alertingApplicationIcon() : applicationIcon());
    m_tray->setToolTip(count > 0 ? tr("Earshot: %n open", nullptr, count)
                                 : tr("Earshot: no open incidents"));
}

void TrayNotifier::notifyIncident(const QString &queueName, Severity severity,
                                  const QList<Breach> &breaches)
{
    ++m_notifications;
    m_lastNotification = incidentSummaryText(queueName, severity, breaches);
    if (m_quiet || !m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray->showMessage(tr("Earshot: new incident"), m_lastNotification,
                        severity == Severity::Critical ? QSystemTrayIcon::Critical
                                                       : QSystemTrayIcon::Warning,
                        15000);
}

void TrayNotifier::showMessage(const QString &title, const QString &text)
{
    if (!m_quiet && m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

void TrayNotifier::notifyPagerDutyChange(const QString &text)
{
    ++m_notifications;
    m_lastNotification = text;
    if (!m_quiet && m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("Earshot: PagerDuty"), text, QSystemTrayIcon::Information, 10000);
}

void TrayNotifier::setQuiet(bool quiet)
{
    m_quiet = quiet;
}

bool TrayNotifier::isQuiet() const
{
    return m_quiet;
}

int TrayNotifier::notificationCount() const
{
    return m_notifications;
}

QString TrayNotifier::lastNotification() const
{
    return m_lastNotification;
}

} // namespace earshot
