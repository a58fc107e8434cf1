#pragma once

#include "core/presentation/SilenceChoices.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace earshot {

struct SilenceAnswer
{
    SilenceChoice choice = SilenceChoice::OneHour;
    QString reason;
};

// "Silence queue…": how long, and why (maintenance windows are audited).
class SilenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SilenceDialog(const QString &queueName, QWidget *parent = nullptr);

    [[nodiscard]] SilenceAnswer answer() const;

    [[nodiscard]] static std::optional<SilenceAnswer> ask(QWidget *parent,
                                                          const QString &queueName);

    // Tests: the next ask() returns `answer` (nullopt: cancelled) without showing.
    static void setNextAnswer(std::optional<SilenceAnswer> answer);
    static void clearNextAnswer();

private:
    QComboBox *m_duration = nullptr;
    QLineEdit *m_reason = nullptr;

    static bool s_hasNextAnswer;
    static std::optional<SilenceAnswer> s_nextAnswer;
};

} // namespace earshot
