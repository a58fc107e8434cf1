// The QJsonDocument details parser Earshot used before simdjson. It still reads the rare
// page whose strings only QJsonDocument accepts (unescaped control characters, unknown or
// surrogate escapes), so such a page keeps its old verdict, and it is the oracle of the
// differential test (tests/genesys/TestDetailsDifferential).
#include "core/genesys/parse/DetailsParserQJson.h"

#include "core/genesys/parse/ConversationChecks.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/genesys/parse/JsonRead.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "GenesysParsers".
class GenesysParsers
{
    Q_DECLARE_TR_FUNCTIONS(GenesysParsers)
};

// Returns an empty string on success, else why the conversation is unusable.
QString readConversation(const QJsonObject &c, ConversationQuality *out)
{
    out->conversationId = c.value(QLatin1StringView("conversationId")).toString();
    if (out->conversationId.isEmpty())
        return GenesysParsers::tr("a conversation has no conversationId");
    const auto start = parseIsoUtc(c.value(QLatin1StringView("conversationStart")).toString());
    if (!start)
        return GenesysParsers::tr("conversation %1 has no valid conversationStart")
            .arg(out->conversationId);
    out->start = *start;
    // Raw values: implausibility() judges them (MOS outside 1..5 makes it malformed).
    out->minMos = json::number(c, QLatin1StringView("mediaStatsMinConversationMos"));

    std::optional<double> endpointMinMos;
    const QJsonValue participants = c.value(QLatin1StringView("participants"));
    if (!participants.isArray() && !participants.isUndefined() && !participants.isNull())
        return GenesysParsers::tr("conversation %1: participants is not a list")
            .arg(out->conversationId);
    const QJsonArray participantList = participants.toArray();
    for (const QJsonValue &pv : participantList) {
        const QJsonArray sessions = pv.toObject().value(QLatin1StringView("sessions")).toArray();
        for (const QJsonValue &sv : sessions) {
            const QJsonObject session = sv.toObject();
            const QJsonArray segments = session.value(QLatin1StringView("segments")).toArray();
            for (const QJsonValue &segv : segments) {
                const QString queueId =
                    segv.toObject().value(QLatin1StringView("queueId")).toString();
                if (!queueId.isEmpty() && !out->queueIds.contains(queueId))
                    out->queueIds.append(queueId);
            }
            const QString mediaType = session.value(QLatin1StringView("mediaType")).toString();
            if (!mediaType.isEmpty() && mediaType != QLatin1StringView("voice"))
                continue;
            const QJsonArray stats =
                session.value(QLatin1StringView("mediaEndpointStats")).toArray();
            for (const QJsonValue &stv : stats) {
                const QJsonObject st = stv.toObject();
                const auto received = json::counter(st, QLatin1StringView("receivedPackets"));
                const auto discarded = json::counter(st, QLatin1StringView("discardedPackets"));
                const auto invalid = json::counter(st, QLatin1StringView("invalidPackets"));
                const auto overrun = json::counter(st, QLatin1StringView("overrunPackets"));
                const auto underrun = json::counter(st, QLatin1StringView("underrunPackets"));
                if (!received || !discarded || !invalid || !overrun || !underrun)
                    return GenesysParsers::tr(
                               "conversation %1: a packet counter is not a whole number")
                        .arg(out->conversationId);
                out->hasEndpointStats = true;
                out->receivedPackets += *received;
                out->discardedPackets += *discarded;
                out->invalidPackets += *invalid;
                out->overrunPackets += *overrun;
                out->underrunPackets += *underrun;
                if (const auto mos = json::number(st, QLatin1StringView("minMos")))
                    endpointMinMos = endpointMinMos ? std::min(*endpointMinMos, *mos) : *mos;
                if (const auto latency = json::number(st, QLatin1StringView("maxLatencyMs")))
                    out->maxLatencyMs =
                        out->maxLatencyMs ? std::max(*out->maxLatencyMs, *latency) : *latency;
            }
        }
    }
    if (!out->minMos)
        out->minMos = endpointMinMos;
    return implausibility(*out);
}

} // namespace

Result<DetailsPage> parseDetailsPageWithQJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorKind::GenesysDetails,
                     GenesysParsers::tr("details query: %1").arg(json::describeParseError(error))};
    if (!doc.isObject())
        return Error{ErrorKind::GenesysDetails,
                     GenesysParsers::tr("details query: the answer is not a JSON object")};
    const QJsonObject root = doc.object();
    DetailsPage page;
    const QJsonValue total = root.value(QLatin1StringView("totalHits"));
    if (total.isDouble())
        page.totalHits = qint64(total.toDouble());
    const QJsonValue conversations = root.value(QLatin1StringView("conversations"));
    if (conversations.isUndefined() || conversations.isNull())
        return page; // Genesys omits the array when a page is empty
    if (!conversations.isArray())
        return Error{ErrorKind::GenesysDetails,
                     GenesysParsers::tr("details query: \"conversations\" is not a list")};
    const QJsonArray list = conversations.toArray();
    page.conversations.reserve(list.size());
    for (const QJsonValue &v : list) {
        ConversationQuality c;
        const QString problem = v.isObject()
                                    ? readConversation(v.toObject(), &c)
                                    : GenesysParsers::tr("a conversation is not an object");
        if (!problem.isEmpty()) {
            if (page.skipped++ == 0)
                page.firstProblem = problem;
            continue;
        }
        page.conversations.append(std::move(c));
    }
    return page;
}

} // namespace earshot
