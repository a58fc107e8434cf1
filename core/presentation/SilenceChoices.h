#pragma once

#include <QList>
#include <QString>

namespace earshot {

// The durations an operator can silence a queue for from the incidents view.
enum class SilenceChoice
{
    ThirtyMinutes,
    OneHour,
    FourHours,
    UntilTomorrowMorning, // tomorrow 08:00, local time
};

[[nodiscard]] QList<SilenceChoice> silenceChoices();
[[nodiscard]] QString silenceChoiceText(SilenceChoice choice);
// The silence's end in UTC epoch seconds. "Tomorrow 08:00" is the operator's local
// calendar: the day after nowSecs' local date, at 08:00 local time.
[[nodiscard]] qint64 silenceUntilSecs(SilenceChoice choice, qint64 nowSecs);

} // namespace earshot
