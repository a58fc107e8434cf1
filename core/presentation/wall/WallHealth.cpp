#include "core/presentation/wall/WallHealth.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/StatusTexts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace earshot {

namespace {

class WallHealthText
{
    Q_DECLARE_TR_FUNCTIONS(WallHealth)
};

bool pollingFails(PollerStatus::State state)
{
    return state == PollerStatus::State::AuthFailed || state == PollerStatus::State::ApiError ||
           state == PollerStatus::State::Offline;
}

} // namespace

QString wallTerseText(const QString &text)
{
    static const QRegularExpression request(
        QStringLiteral("\\b(GET|POST|PUT|PATCH|DELETE) /\\S*: "));
    static const QRegularExpression correlation(
        QStringLiteral(" ?\\((ININ-)?Correlation-Id [^)]*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    QString terse = text;
    terse.remove(request);
    terse.remove(correlation);
    return terse.simplified();
}

bool wallPollingFails(const WallHealthInput &input)
{
    return !input.storageProblem.isEmpty() || pollingFails(input.poller.state);
}

qint64 wallDueWindowEnd(qint64 nowSecs, qint64 windowSecs, qint64 ingestLagSecs)
{
    const qint64 window = std::max<qint64>(1, windowSecs);
    const qint64 polled = nowSecs - std::max<qint64>(0, ingestLagSecs);
    return polled >= 0 ? polled / window * window : 0;
}

WallHealth assessWallHealth(const WallHealthInput &in)
{
    WallHealth health;
    const qint64 window = std::max<qint64>(1, in.windowSecs);
    const qint64 due = wallDueWindowEnd(in.nowSecs, window, in.ingestLagSecs);
    QString why;
    if (!in.storageProblem.isEmpty())
        why = WallHealthText::tr("database: %1").arg(in.storageProblem);
    else if (pollingFails(in.poller.state))
        why = wallTerseText(pollerStatusText(in.poller));
    else if (in.newestWindowEnd > 0 && due - in.newestWindowEnd >= 2 * window)
        why =
            WallHealthText::tr("no new window for %1").arg(durationText(due - in.newestWindowEnd));
    if (in.newestWindowEnd <= 0) {
        health.stale = true;
        health.staleText = why.isEmpty()
                               ? WallHealthText::tr("NO DATA YET — waiting for the first window")
                               : WallHealthText::tr("NO DATA — %1").arg(why);
    } else if (!why.isEmpty()) {
        health.stale = true;
        health.staleText = WallHealthText::tr("DATA IS STALE — last good data %1 (%2)")
                               .arg(localTimeText(in.newestWindowEnd, timeFormat()), why);
    }

    if (in.routingKeyMissing) {
        health.pagingBroken = true;
        health.pagingText = WallHealthText::tr("PAGING IS BROKEN — no PagerDuty integration key");
    } else if (in.delivery.state == DeliveryStatus::State::Paused ||
               in.delivery.state == DeliveryStatus::State::Retrying ||
               // A retry under way after a failure: still broken until an event gets through
               // (else the banner would blink off for every attempt).
               (in.delivery.state == DeliveryStatus::State::Delivering &&
                !in.delivery.lastError.isEmpty() && in.delivery.backlog > 0)) {
        health.pagingBroken = true;
        const QString what = in.delivery.lastError.isEmpty()
                                 ? deliveryStateWord(in.delivery.state)
                                 : WallHealthText::tr("%1: %2").arg(
                                       deliveryStateWord(in.delivery.state), in.delivery.lastError);
        health.pagingText =
            // The state word names PagerDuty itself ("PagerDuty: retrying").
            WallHealthText::tr("PAGING IS BROKEN — %1 (%n event(s) waiting)", nullptr,
                               in.delivery.backlog)
                .arg(what);
    } else if (in.delivery.failed > 0) {
        health.pagingBroken = true;
        health.pagingText = WallHealthText::tr("PAGING IS BROKEN — PagerDuty refused %n event(s)",
                                               nullptr, in.delivery.failed);
    }
    return health;
}

} // namespace earshot
