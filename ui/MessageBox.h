#pragma once

#include <QMessageBox>
#include <QPointer>

namespace earshot {

// Every modal message goes through here so tests can answer it: setNextAnswer() makes the
// next call return that button at once, without showing anything (the KeePassXC pattern).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);

    // Tests: the next message returns `answer` unshown. NoButton clears a pending answer.
    static void setNextAnswer(Button answer);
    // Tests: the text of the last message asked (scripted or shown).
    [[nodiscard]] static QString lastText();
    // While this window (the wall display) is visible, no message is shown on its screen:
    // it is logged and answered NoButton (nothing is confirmed). Null: messages show again.
    static void setWallWindow(QWidget *wall);
    // earshot --wall: from the start until the operator leaves the wall, no message is
    // shown at all (the wall may not be up yet): each is logged and answered NoButton.
    static void setWallStarting(bool starting);
    [[nodiscard]] static int suppressedCount(); // tests

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton);

    static Button s_nextAnswer;
    static QString s_lastText;
    static QPointer<QWidget> s_wall;
    static int s_suppressed;
    static bool s_wallStarting;
};

} // namespace earshot
