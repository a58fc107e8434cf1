#pragma once

#include <QMessageBox>

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

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton);

    static Button s_nextAnswer;
    static QString s_lastText;
};

} // namespace earshot
