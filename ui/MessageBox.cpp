#include "ui/MessageBox.h"

namespace earshot {

MessageBox::Button MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;

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
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.exec();
    return box.standardButton(box.clickedButton());
}

} // namespace earshot
