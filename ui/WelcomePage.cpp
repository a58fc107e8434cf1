#include "ui/WelcomePage.h"

#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_settings(new QPushButton(tr("Open Settings"), this))
    , m_demo(new QPushButton(tr("Start demo mode"), this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("<h1>Welcome to Earshot</h1>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("Earshot watches the voice quality of your Genesys Cloud queues (MOS, packet loss, "
           "jitter, latency) and pages PagerDuty when a queue degrades.<br><br>"
           "To start, it needs a Genesys Cloud OAuth client (client credentials grant, with a "
           "role that can view conversation details and queues) and a PagerDuty Events API v2 "
           "integration key.<br><br>"
           "No credentials at hand? Demo mode runs against a built-in simulated contact centre; "
           "nothing leaves this computer."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    m_settings->setDefault(true);
    m_settings->setMinimumWidth(180);
    m_demo->setMinimumWidth(180);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_settings);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_settings, &QPushButton::clicked, this, &WelcomePage::openSettingsRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::startDemoRequested);
}

QPushButton *WelcomePage::settingsButton() const
{
    return m_settings;
}

QPushButton *WelcomePage::demoButton() const
{
    return m_demo;
}

} // namespace earshot
