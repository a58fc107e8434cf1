#pragma once

#include <QWidget>

class QPushButton;

namespace earshot {

// First run without credentials: what Earshot needs, and two ways forward.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *settingsButton() const;
    [[nodiscard]] QPushButton *demoButton() const;

signals:
    void openSettingsRequested();
    void startDemoRequested();

private:
    QPushButton *m_settings = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace earshot
