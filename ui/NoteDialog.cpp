#include "ui/NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <utility>

namespace earshot {

bool NoteDialog::s_hasNextAnswer = false;
std::optional<QString> NoteDialog::s_nextAnswer;
QString NoteDialog::s_lastPrompt;

NoteDialog::NoteDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_edit->setPlaceholderText(tr("Optional note, e.g. \"carrier ticket 4711 opened\""));
    m_edit->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    resize(420, 220);
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText().trimmed();
}

std::optional<QString> NoteDialog::askNote(QWidget *parent, const QString &title,
                                           const QString &prompt)
{
    s_lastPrompt = prompt;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, std::nullopt);
    }
    NoteDialog dialog(title, prompt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

void NoteDialog::setNextAnswer(std::optional<QString> answer)
{
    s_hasNextAnswer = true;
    s_nextAnswer = std::move(answer);
}

void NoteDialog::clearNextAnswer()
{
    s_hasNextAnswer = false;
    s_nextAnswer.reset();
}

QString NoteDialog::lastPrompt()
{
    return s_lastPrompt;
}

} // namespace earshot
