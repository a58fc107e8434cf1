#include "ui/MessageBox.h"

#include "core/common/Logging.h"

namespace earshot {

MessageBox::Button MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QPointer<QWidget> MessageBox::s_wall;
int MessageBox::s_suppressed = 0;
bool MessageBox::s_wallStarting = false;

void MessageBox::setWallStarting(bool starting)
{
    s_wallStarting = starting;
}

void MessageBox::setWallWindow(QWidget *wall)
{
    s_wall = wall;
}

int MessageBox::suppressedCount()
{
    return s_suppressed;
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (s_wallStarting || (s_wall && s_wall->isVisible() &&
                           (!parent || parent->window()->screen() == s_wall->screen()))) {
        // Nothing covers the wall display; the message stays in the log.
        ++s_suppressed;
        qCWarning(lcUi).noquote() << "not shown over the wall display:" << title << text;
        return QMessageBox::NoButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.exec();
    return box.standardButton(box.clickedButton());
}

} // namespace earshot
