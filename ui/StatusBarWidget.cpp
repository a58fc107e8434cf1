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
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_pollerIcon);
    layout->addWidget(m_poller);
    layout->addSpacing(16);
    layout->addWidget(m_schedule);
    layout->addSpacing(16);
    layout->addWidget(m_storage);
    layout->addStretch(1);
    layout->addWidget(m_deliveryIcon);
    layout->addWidget(m_delivery);
    m_storage->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_storage->hide();
    for (QLabel *l : {m_poller, m_schedule, m_delivery, m_storage})
        l->setTextFormat(Qt::PlainText);
    setPollerStatus(PollerStatus{});
    setDeliveryStatus(DeliveryStatus{});
}

void StatusBarWidget::setPollerStatus(const PollerStatus &status)
{
    QString text = pollerStateWord(status.state);
    // The poller's own text adds detail ("rate limited until 10:05:30"); a bare "OK" would
    // only repeat the word.
    if (!status.text.isEmpty() && !text.contains(status.text, Qt::CaseInsensitive))
        text += QStringLiteral(": ") + status.text;
    m_poller->setText(text);
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
    QString text = deliveryStateWord(status.state);
    if (!status.text.isEmpty())
        text += QStringLiteral(" (") + status.text + QStringLiteral(")");
    text += QStringLiteral(" · ") + tr("outbox: %1 pending").arg(status.backlog);
    if (status.failed > 0)
        text += QStringLiteral(" · ") + tr("%n event(s) refused", nullptr, status.failed);
    m_delivery->setText(text);
    // A refused event is a page that did not reach anyone: red, until it is dealt with.
    m_delivery->setStyleSheet(status.failed > 0 ? QStringLiteral("color: #c0392b;") : QString());
    m_deliveryIcon->setPixmap(iconFromPath(deliveryStateIconPath(status.state)).pixmap(16, 16));
}

void StatusBarWidget::setStorageProblem(const QString &problem)
{
    m_storage->setText(problem.isEmpty() ? QString()
                                         : tr("Database: %1 — nothing is stored or paged")
                                               .arg(problem.section(u'\n', 0, 0).left(300)));
    m_storage->setToolTip(problem);
    m_storage->setVisible(!problem.isEmpty());
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
