#include "core/genesys/parse/ConversationChecks.h"

#include <QCoreApplication>

#include <cmath>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "ConversationChecks".
class ConversationChecks
{
    Q_DECLARE_TR_FUNCTIONS(ConversationChecks)
};

} // namespace

QString implausibility(const ConversationQuality &c)
{
    const QString id = c.conversationId.left(100);
    for (const qint64 count : {c.receivedPackets, c.discardedPackets, c.invalidPackets,
                               c.overrunPackets, c.underrunPackets}) {
        if (count < 0)
            return ConversationChecks::tr("conversation %1: a negative packet count").arg(id);
        if (count > kMaxPlausiblePackets)
            return ConversationChecks::tr("conversation %1: more than %2 packets")
                .arg(id)
                .arg(kMaxPlausiblePackets);
    }
    // Bounded above, so these sums cannot overflow.
    if (c.discardedPackets + c.invalidPackets > c.receivedPackets)
        return ConversationChecks::tr("conversation %1: more packets lost (%2) than received (%3)")
            .arg(id)
            .arg(c.discardedPackets + c.invalidPackets)
            .arg(c.receivedPackets);
    if (c.overrunPackets + c.underrunPackets > c.receivedPackets)
        return ConversationChecks::tr(
                   "conversation %1: more jitter-buffer discards (%2) than packets received (%3)")
            .arg(id)
            .arg(c.overrunPackets + c.underrunPackets)
            .arg(c.receivedPackets);
    if (c.minMos &&
        (!std::isfinite(*c.minMos) || *c.minMos < kMinPlausibleMos || *c.minMos > kMaxPlausibleMos))
        return ConversationChecks::tr("conversation %1: MOS %2 is outside 1 to 5")
            .arg(id)
            .arg(*c.minMos, 0, 'g', 6);
    if (c.maxLatencyMs && (!std::isfinite(*c.maxLatencyMs) || *c.maxLatencyMs < 0 ||
                           *c.maxLatencyMs > kMaxPlausibleLatencyMs))
        return ConversationChecks::tr("conversation %1: latency %2 ms is outside 0 to 60000")
            .arg(id)
            .arg(*c.maxLatencyMs, 0, 'g', 6);
    return {};
}

} // namespace earshot
