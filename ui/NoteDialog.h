#pragma once

#include <QDialog>

#include <optional>

class QPlainTextEdit;

namespace earshot {

// Asks an operator for an optional note (why they acknowledge or resolve). The note goes
// to the audit log and PagerDuty, so it is plain text and may be empty.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    [[nodiscard]] QString note() const;

    // The note, or nullopt when the operator cancelled.
    [[nodiscard]] static std::optional<QString> askNote(QWidget *parent, const QString &title,
                                                        const QString &prompt);

    // Tests: the next askNote() returns `answer` (nullopt: cancelled) without showing.
    static void setNextAnswer(std::optional<QString> answer);
    static void clearNextAnswer();
    [[nodiscard]] static QString lastPrompt();

private:
    QPlainTextEdit *m_edit = nullptr;

    static bool s_hasNextAnswer;
    static std::optional<QString> s_nextAnswer;
    static QString s_lastPrompt;
};

} // namespace earshot
