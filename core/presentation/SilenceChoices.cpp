#include "core/presentation/SilenceChoices.h"

#include <QCoreApplication>
#include <QDateTime>

namespace earshot {

QList<SilenceChoice> silenceChoices()
{
    return {SilenceChoice::ThirtyMinutes, SilenceChoice::OneHour, SilenceChoice::FourHours,
            SilenceChoice::UntilTomorrowMorning};
}

QString silenceChoiceText(SilenceChoice choice)
{
    switch (choice) {
    case SilenceChoice::ThirtyMinutes:
        return QCoreApplication::translate("SilenceChoices", "30 minutes");
    case SilenceChoice::OneHour:
        return QCoreApplication::translate("SilenceChoices", "1 hour");
    case SilenceChoice::FourHours:
        return QCoreApplication::translate("SilenceChoices", "4 hours");
    case SilenceChoice::UntilTomorrowMorning:
        return QCoreApplication::translate("SilenceChoices", "Until tomorrow 08:00");
    }
    return {};
}

qint64 silenceUntilSecs(SilenceChoice choice, qint64 nowSecs)
{
    switch (choice) {
    case SilenceChoice::ThirtyMinutes:
        return nowSecs + 30 * 60;
    case SilenceChoice::OneHour:
        return nowSecs + 3600;
    case SilenceChoice::FourHours:
        return nowSecs + 4 * 3600;
    case SilenceChoice::UntilTomorrowMorning: {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC).toLocalTime();
        const QDateTime morning(local.date().addDays(1), QTime(8, 0), Qt::LocalTime);
        return morning.toSecsSinceEpoch();
    }
    }
    return nowSecs;
}

} // namespace earshot
