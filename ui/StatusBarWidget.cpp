#include "ui/StatusBarWidget.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/StatusTexts.h"
#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace earshot {

StatusBarWidget::StatusBarWidget(QWidget *parent)
    : QWidget(parent)
    , m_pollerIcon(new QLabel(this))
    , m_poller(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_deliveryIcon(new QLabel(this))
    , m_delivery(new QLabel(this))
    , m_storage(new QLabel(this))
    , m_shared(new QLabel(this))
    , m_health(new QLabel(this))
    , m_follow(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_pollerIcon);
    layout->addWidget(m_poller);
    layout->addSpacing(16);
    layout->addWidget(m_schedule);
    layout->addSpacing(16);
    layout->addWidget(m_storage);
    layout->addSpacing(16);
    layout->addWidget(m_shared);
    layout->addSpacing(16);
    layout->addWidget(m_health);
    layout->addStretch(1);
    layout->addWidget(m_follow);
    layout->addSpacing(16);
    layout->addWidget(m_deliveryIcon);
    layout->addWidget(m_delivery);
    m_storage->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_storage->hide();
    m_shared->hide();
    m_health->hide();
    for (QLabel *l : {m_poller, m_schedule, m_delivery, m_storage, m_shared, m_health, m_follow})
        l->setTextFormat(Qt::PlainText);
    setPollerStatus(PollerStatus{});
    setDeliveryStatus(DeliveryStatus{});
}

void StatusBarWidget::setPollerStatus(const PollerStatus &status)
{
    m_poller->setText(pollerStatusText(status));
    m_poller->setToolTip(status.lastError);
    m_pollerIcon->setPixmap(iconFromPath(pollerStateIconPath(status.state)).pixmap(16, 16));

    QStringList schedule;
    schedule << (status.lastSuccessAtMs > 0
                     ? tr("Last successful poll %1")
                           .arg(localTimeTextMs(status.lastSuccessAtMs, timeWithSecondsFormat()))
                     : tr("No successful poll yet"));
    if (status.nextPollAtMs > 0)
        schedule << tr("next poll %1")
                        .arg(localTimeTextMs(status.nextPollAtMs, timeWithSecondsFormat()));
    if (status.rateLimitRemaining >= 0)
        schedule << tr("rate limit: %1 left").arg(status.rateLimitRemaining);
    m_schedule->setText(schedule.join(QStringLiteral(" · ")));
}

void StatusBarWidget::setDeliveryStatus(const DeliveryStatus &status)
{
    QString text = deliveryStatusText(status);
    if (status.backlog > 0)
        text += QStringLiteral(" · ") + tr("outbox: %1 pending").arg(status.backlog);
    if (status.failed > 0)
        text += QStringLiteral(" · ") + tr("%n event(s) refused", nullptr, status.failed);
    m_delivery->setText(text);
    m_delivery->setToolTip(status.lastError);
    // A refused event, a missing or refused key: pages that reach no one. Red until fixed.
    const bool alarm = status.failed > 0 || status.problem == DeliveryStatus::Problem::NoKey ||
                       status.problem == DeliveryStatus::Problem::KeyRejected;
    m_delivery->setStyleSheet(alarm ? QStringLiteral("color: #c0392b;") : QString());
    m_deliveryIcon->setPixmap(iconFromPath(deliveryStatusIconPath(status)).pixmap(16, 16));
    m_deliveryIconPath = deliveryStatusIconPath(status);
}

QString StatusBarWidget::deliveryIconPath() const
{
    return m_deliveryIconPath;
}

void StatusBarWidget::setStorageProblem(const QString &problem)
{
    m_storage->setText(problem.isEmpty() ? QString()
                                         : tr("Database: %1 — nothing is stored or paged")
                                               .arg(problem.section(u'\n', 0, 0).left(300)));
    m_storage->setToolTip(problem);
    m_storage->setVisible(!problem.isEmpty());
}

void StatusBarWidget::setSharedStatus(const SharedDatabaseStatus &status)
{
    m_shared->setText(sharedDatabaseText(status));
    m_shared->setToolTip(sharedDatabaseTip(status));
    m_shared->setStyleSheet(sharedDatabaseAlarm(status) ? QStringLiteral("color: #c0392b;")
                                                        : QString());
    m_shared->setVisible(!status.database.isEmpty());
}

QString StatusBarWidget::sharedText() const
{
    return m_shared->text();
}

QString StatusBarWidget::sharedToolTip() const
{
    return m_shared->toolTip();
}

bool StatusBarWidget::sharedAlarm() const
{
    return !m_shared->styleSheet().isEmpty();
}

void StatusBarWidget::setHealthStatus(const HealthStatus &status)
{
    const bool off = status.state == HealthStatus::State::Off &&
                     status.heartbeat == HealthStatus::Heartbeat::None;
    m_health->setVisible(!off);
    m_health->setText(off ? QString() : healthStatusText(status));
    QStringList tip;
    if (!status.cause.isEmpty())
        tip << status.cause;
    if (status.heartbeat == HealthStatus::Heartbeat::Ok)
        tip << tr("Heartbeat OK at %1")
                   .arg(localTimeTextMs(status.heartbeatAtMs, timeWithSecondsFormat()));
    else if (status.heartbeat == HealthStatus::Heartbeat::Failed)
        tip << tr("Heartbeat failed at %1: %2")
                   .arg(localTimeTextMs(status.heartbeatAtMs, timeWithSecondsFormat()),
                        status.heartbeatError);
    m_health->setToolTip(tip.join(u'\n'));
    const bool alarm =
        status.state == HealthStatus::State::Paged || status.state == HealthStatus::State::Unpaged;
    const bool warning = status.state == HealthStatus::State::Late ||
                         status.heartbeat == HealthStatus::Heartbeat::Failed;
    m_health->setStyleSheet(alarm     ? QStringLiteral("color: #c0392b; font-weight: bold;")
                            : warning ? QStringLiteral("color: #b9770e;")
                                      : QString());
}

QString StatusBarWidget::healthText() const
{
    return m_health->text();
}

void StatusBarWidget::setFollowStatus(const FollowStatus &status)
{
    QString text;
    switch (status.state) {
    case FollowStatus::State::Starting:
        break;
    case FollowStatus::State::Off:
        text = tr("PagerDuty follow: off");
        break;
    case FollowStatus::State::TokenRejected:
        text = tr("PagerDuty follow: REST API key refused — paging continues");
        break;
    default:
        text = tr("PagerDuty follow: %1").arg(followStatusText(status));
        break;
    }
    m_follow->setText(text);
    m_follow->setToolTip(status.lastError.isEmpty() ? followStatusText(status) : status.lastError);
    const bool alarm = status.state == FollowStatus::State::TokenRejected ||
                       status.state == FollowStatus::State::Failing;
    m_follow->setStyleSheet(alarm ? QStringLiteral("color: #c0392b;")
                                  : QStringLiteral("color: palette(mid);"));
    m_follow->setVisible(!text.isEmpty());
}

QString StatusBarWidget::followText() const
{
    return m_follow->isVisibleTo(this) ? m_follow->text() : QString();
}

bool StatusBarWidget::followAlarm() const
{
    return m_follow->styleSheet().contains(QLatin1StringView("#c0392b"));
}

QString StatusBarWidget::storageText() const
{
    return m_storage->text();
}

QString StatusBarWidget::pollerText() const
{
    return m_poller->text();
}

QString StatusBarWidget::scheduleText() const
{
    return m_schedule->text();
}

QString StatusBarWidget::deliveryText() const
{
    return m_delivery->text();
}

bool StatusBarWidget::deliveryAlarm() const
{
    return !m_delivery->styleSheet().isEmpty();
}

} // namespace earshot
