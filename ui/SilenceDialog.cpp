#include "ui/SilenceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace earshot {

bool SilenceDialog::s_hasNextAnswer = false;
std::optional<SilenceAnswer> SilenceDialog::s_nextAnswer;

SilenceDialog::SilenceDialog(const QString &queueName, QWidget *parent)
    : QDialog(parent)
    , m_duration(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Silence queue"));
    auto *intro =
        new QLabel(tr("While silenced, new problems of <b>%1</b> are recorded but not paged. Open "
                      "incidents stay open.")
                       .arg(queueName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    for (SilenceChoice choice : silenceChoices())
        m_duration->addItem(silenceChoiceText(choice), int(choice));
    m_duration->setCurrentIndex(
        1); // 1 hour: long enough for a carrier fix, short enough to forget safely
    m_reason->setPlaceholderText(tr("e.g. carrier maintenance CHG-1234"));
    auto *form = new QFormLayout;
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Silence"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SilenceAnswer SilenceDialog::answer() const
{
    return SilenceAnswer{SilenceChoice(m_duration->currentData().toInt()),
                         m_reason->text().trimmed()};
}

std::optional<SilenceAnswer> SilenceDialog::ask(QWidget *parent, const QString &queueName)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, std::nullopt);
    }
    SilenceDialog dialog(queueName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void SilenceDialog::setNextAnswer(std::optional<SilenceAnswer> answer)
{
    s_hasNextAnswer = true;
    s_nextAnswer = std::move(answer);
}

void SilenceDialog::clearNextAnswer()
{
    s_hasNextAnswer = false;
    s_nextAnswer.reset();
}

} // namespace earshot
