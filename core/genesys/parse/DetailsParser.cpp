// The details page parser on simdjson's DOM API. It keeps the semantics of the
// QJsonDocument parser it replaced (DetailsParserQJson.cpp, the oracle of the differential
// test): the whole page is validated as JSON, so a page QJsonDocument refuses is refused
// here too; wrong types read as QJsonValue's defaults.
// Why DOM and not On-Demand: Debian's simdjson 3.0.1 compiles On-Demand, a header, only for
// the implementation the compiler flags allow everywhere ("ondemand is only compiled as part
// of the builtin implementation"): the portable fallback kernel on baseline x86-64, with no
// runtime dispatch (-march=haswell would make Earshot crash on older CPUs). The DOM parser
// lives in the library and picks AVX2 or SSE4.2 at run time. And On-Demand validates only
// what it reads, while a page QJsonDocument refuses (a broken atom in a field nobody reads)
// must be refused here too: DOM validates the whole page first.
// A page simdjson refuses is read again by the old parser, which has the last word (it is
// more lenient than RFC 8259 here and there): broken pages are rare, identical verdicts
// are not negotiable.
#include "core/genesys/parse/ConversationChecks.h"
#include "core/genesys/parse/DetailsParserQJson.h"
#include "core/genesys/parse/GenesysParsers.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>

#if EARSHOT_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace earshot {

namespace {

#if EARSHOT_HAVE_SIMDJSON
namespace sj = simdjson;

static_assert(kDetailsParserPadding >= qsizetype(sj::SIMDJSON_PADDING));

// The translation context of this file's texts: lupdate and the runtime both file them
// under "GenesysParsers".
class GenesysParsers
{
    Q_DECLARE_TR_FUNCTIONS(GenesysParsers)
};

using Element = sj::dom::element;
using Type = sj::dom::element_type;

// A JSON number as QJsonValue::toDouble() reads it, or nullopt for any other type.
std::optional<double> numberOf(Element value)
{
    double d = 0;
    if (value.get_double().get(d) != sj::SUCCESS || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// A string, or empty for any other type (QJsonValue::toString()).
std::string_view stringOf(Element value)
{
    std::string_view s;
    if (value.get_string().get(s) != sj::SUCCESS)
        return {};
    return s;
}

// A whole non-negative packet count: null means 0 (as a missing one); a wrong type, a
// fraction or a negative value is refused (false).
bool readCounter(Element value, qint64 *out)
{
    if (value.is_null()) {
        *out = 0;
        return true;
    }
    double d = 0;
    if (value.get_double().get(d) != sj::SUCCESS)
        return false;
    if (!std::isfinite(d) || d < 0 || d > 9.0e15 || d != std::floor(d))
        return false;
    *out = qint64(d);
    return true;
}

bool isDigits(std::string_view s, std::size_t from, std::size_t count, int *value)
{
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        const char ch = s[i];
        if (ch < '0' || ch > '9')
            return false;
        v = v * 10 + (ch - '0');
    }
    *value = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// "2025-11-23T10:00:05.000Z" (or without milliseconds), the form Genesys sends, read
// without allocating; anything else goes through parseIsoUtc, the reference.
std::optional<qint64> parseConversationStart(std::string_view s)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    const bool withMs = s.size() == 24;
    const bool canonical =
        (withMs || s.size() == 20) && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' &&
        s[16] == ':' && s.back() == 'Z' && isDigits(s, 0, 4, &year) && isDigits(s, 5, 2, &month) &&
        isDigits(s, 8, 2, &day) && isDigits(s, 11, 2, &hour) && isDigits(s, 14, 2, &minute) &&
        isDigits(s, 17, 2, &second) && (!withMs || (s[19] == '.' && isDigits(s, 20, 3, &ms)));
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (canonical && year >= 1970 && month >= 1 && month <= 12 && day >= 1 && hour < 24 &&
        minute < 60 && second < 60) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int monthDays = kDays[std::size_t(month - 1)] + (month == 2 && leap ? 1 : 0);
        if (day <= monthDays)
            return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    }
    return parseIsoUtc(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

// Packet figures of one session, merged into the conversation only if it is voice
// (a session's mediaType may come after its mediaEndpointStats).
struct SessionStats
{
    qint64 received = 0;
    qint64 discarded = 0;
    qint64 invalid = 0;
    qint64 overrun = 0;
    qint64 underrun = 0;
    bool any = false;
    bool badCounter = false;
    std::optional<double> minMos;
    std::optional<double> maxLatencyMs;
};

// Reads one page that simdjson has parsed and validated as a whole (its DOM parser
// checks every value, so a page QJsonDocument refuses is refused here too).
class PageReader
{
public:
    explicit PageReader(DetailsSink &sink)
        : m_sink(sink)
    {
        m_queueIds.reserve(16);
    }

    // `data` is followed by at least SIMDJSON_PADDING readable bytes.
    Result<DetailsPageCounts> read(const char *data, std::size_t size);

private:
    void readConversation(Element value);
    void readSession(sj::dom::object session);
    void readStat(Element value, SessionStats *stats);

    DetailsSink &m_sink;
    DetailsPageCounts m_counts;
    // The conversation being read.
    ConversationView m_conversation;
    std::vector<std::string_view> m_queueIds;
    bool m_badCounter = false;
    std::optional<double> m_endpointMinMos;
};

// What simdjson refused goes to the old parser (see parseDetailsPage).
Error malformed(sj::error_code code)
{
    return Error{ErrorKind::GenesysDetailsJson, QString::fromLatin1(sj::error_message(code))};
}

Result<DetailsPageCounts> PageReader::read(const char *data, std::size_t size)
{
    // One parser per thread, reused: its buffers grow to the largest page once.
    thread_local sj::dom::parser parser;
    Element document;
    if (const auto e = parser.parse(data, size, false).get(document))
        return malformed(e);
    sj::dom::object root;
    if (document.get_object().get(root) != sj::SUCCESS)
        return Error{ErrorKind::GenesysDetails,
                     GenesysParsers::tr("details query: the answer is not a JSON object")};
    bool conversationsNotAList = false;
    for (const auto field : root) {
        if (field.key == "totalHits") {
            const auto total = numberOf(field.value);
            m_counts.totalHits = total ? std::optional<qint64>(qint64(*total)) : std::nullopt;
        } else if (field.key == "conversations") {
            sj::dom::array list;
            // Genesys omits the array when a page is empty; null reads the same.
            conversationsNotAList = false;
            if (field.value.get_array().get(list) != sj::SUCCESS) {
                conversationsNotAList = !field.value.is_null();
                continue;
            }
            for (const Element conversation : list)
                readConversation(conversation);
        }
    }
    if (conversationsNotAList)
        return Error{ErrorKind::GenesysDetails,
                     GenesysParsers::tr("details query: \"conversations\" is not a list")};
    return m_counts;
}

void PageReader::readConversation(Element value)
{
    const auto skip = [this](const QString &problem) {
        if (m_counts.skipped++ == 0)
            m_counts.firstProblem = problem;
        m_sink.conversationSkipped();
    };
    sj::dom::object object;
    if (value.get_object().get(object) != sj::SUCCESS) {
        skip(GenesysParsers::tr("a conversation is not an object"));
        return;
    }
    m_conversation = ConversationView{};
    m_queueIds.clear();
    m_badCounter = false;
    m_endpointMinMos.reset();
    std::string_view startText;
    bool participantsNotAList = false;
    for (const auto field : object) {
        if (field.key == "conversationId") {
            m_conversation.conversationId = stringOf(field.value);
        } else if (field.key == "conversationStart") {
            startText = stringOf(field.value);
        } else if (field.key == "mediaStatsMinConversationMos") {
            m_conversation.minMos = numberOf(field.value);
        } else if (field.key == "participants") {
            sj::dom::array participants;
            participantsNotAList = false;
            if (field.value.get_array().get(participants) != sj::SUCCESS) {
                participantsNotAList = !field.value.is_null();
                continue;
            }
            for (const Element participant : participants) {
                sj::dom::object p;
                sj::dom::array sessions;
                if (participant.get_object().get(p) != sj::SUCCESS ||
                    p["sessions"].get_array().get(sessions) != sj::SUCCESS)
                    continue;
                for (const Element session : sessions) {
                    sj::dom::object s;
                    if (session.get_object().get(s) == sj::SUCCESS)
                        readSession(s);
                }
            }
        }
    }
    // The same checks, in the same order, as the conversation's first problem.
    if (m_conversation.conversationId.empty()) {
        skip(GenesysParsers::tr("a conversation has no conversationId"));
        return;
    }
    const auto id = [this] {
        return QString::fromUtf8(m_conversation.conversationId.data(),
                                 qsizetype(m_conversation.conversationId.size()));
    };
    const auto start = parseConversationStart(startText);
    if (!start) {
        skip(GenesysParsers::tr("conversation %1 has no valid conversationStart").arg(id()));
        return;
    }
    if (participantsNotAList) {
        skip(GenesysParsers::tr("conversation %1: participants is not a list").arg(id()));
        return;
    }
    if (m_badCounter) {
        skip(GenesysParsers::tr("conversation %1: a packet counter is not a whole number")
                 .arg(id()));
        return;
    }
    m_conversation.start = *start;
    if (!m_conversation.minMos)
        m_conversation.minMos = m_endpointMinMos;
    // The same judge as the old parser; with no id it allocates nothing for a sound call.
    ConversationQuality figures;
    figures.minMos = m_conversation.minMos;
    figures.receivedPackets = m_conversation.receivedPackets;
    figures.discardedPackets = m_conversation.discardedPackets;
    figures.invalidPackets = m_conversation.invalidPackets;
    figures.overrunPackets = m_conversation.overrunPackets;
    figures.underrunPackets = m_conversation.underrunPackets;
    figures.maxLatencyMs = m_conversation.maxLatencyMs;
    if (!implausibility(figures).isEmpty()) {
        figures.conversationId = id();
        skip(implausibility(figures));
        return;
    }
    m_conversation.queueIds = m_queueIds;
    ++m_counts.conversations;
    m_sink.conversation(m_conversation);
}

void PageReader::readSession(sj::dom::object session)
{
    SessionStats stats;
    std::string_view mediaType;
    for (const auto field : session) {
        if (field.key == "segments") {
            sj::dom::array segments;
            if (field.value.get_array().get(segments) != sj::SUCCESS)
                continue;
            for (const Element segment : segments) {
                sj::dom::object o;
                if (segment.get_object().get(o) != sj::SUCCESS)
                    continue;
                // A repeated key: the last one counts.
                std::string_view queueId;
                for (const auto f : o) {
                    if (f.key == "queueId")
                        queueId = stringOf(f.value);
                }
                if (!queueId.empty() &&
                    std::find(m_queueIds.cbegin(), m_queueIds.cend(), queueId) == m_queueIds.cend())
                    m_queueIds.push_back(queueId);
            }
        } else if (field.key == "mediaType") {
            mediaType = stringOf(field.value);
        } else if (field.key == "mediaEndpointStats") {
            stats = SessionStats{}; // a repeated key: the last one counts
            sj::dom::array list;
            if (field.value.get_array().get(list) != sj::SUCCESS)
                continue;
            for (const Element stat : list)
                readStat(stat, &stats);
        }
    }
    // The mediaType may come after the stats: they count only for voice.
    if (!mediaType.empty() && mediaType != "voice")
        return;
    if (stats.badCounter) {
        m_badCounter = true;
        return;
    }
    if (!stats.any)
        return;
    ConversationView &c = m_conversation;
    c.hasEndpointStats = true;
    c.receivedPackets += stats.received;
    c.discardedPackets += stats.discarded;
    c.invalidPackets += stats.invalid;
    c.overrunPackets += stats.overrun;
    c.underrunPackets += stats.underrun;
    if (stats.minMos)
        m_endpointMinMos =
            m_endpointMinMos ? std::min(*m_endpointMinMos, *stats.minMos) : *stats.minMos;
    if (stats.maxLatencyMs)
        c.maxLatencyMs =
            c.maxLatencyMs ? std::max(*c.maxLatencyMs, *stats.maxLatencyMs) : *stats.maxLatencyMs;
}

void PageReader::readStat(Element value, SessionStats *stats)
{
    // Any entry counts as endpoint stats, even one that is not an object (no counters).
    stats->any = true;
    sj::dom::object object;
    if (value.get_object().get(object) != sj::SUCCESS)
        return;
    qint64 received = 0, discarded = 0, invalid = 0, overrun = 0, underrun = 0;
    std::optional<double> minMos;
    std::optional<double> latency;
    bool ok = true;
    for (const auto field : object) {
        if (field.key == "receivedPackets")
            ok = readCounter(field.value, &received) && ok;
        else if (field.key == "discardedPackets")
            ok = readCounter(field.value, &discarded) && ok;
        else if (field.key == "invalidPackets")
            ok = readCounter(field.value, &invalid) && ok;
        else if (field.key == "overrunPackets")
            ok = readCounter(field.value, &overrun) && ok;
        else if (field.key == "underrunPackets")
            ok = readCounter(field.value, &underrun) && ok;
        else if (field.key == "minMos")
            minMos = numberOf(field.value);
        else if (field.key == "maxLatencyMs")
            latency = numberOf(field.value);
    }
    if (!ok) {
        stats->badCounter = true;
        return;
    }
    stats->received += received;
    stats->discarded += discarded;
    stats->invalid += invalid;
    stats->overrun += overrun;
    stats->underrun += underrun;
    // Raw values: implausibility() judges the conversation's figures.
    if (minMos)
        stats->minMos = stats->minMos ? std::min(*stats->minMos, *minMos) : *minMos;
    if (latency)
        stats->maxLatencyMs =
            stats->maxLatencyMs ? std::max(*stats->maxLatencyMs, *latency) : *latency;
}

// Collects the conversations of one page into values (the non-streaming form).
class PageCollector final : public DetailsSink
{
public:
    explicit PageCollector(DetailsPage *page)
        : m_page(page)
    {
    }
    void conversation(const ConversationView &v) override
    {
        ConversationQuality c;
        c.conversationId =
            QString::fromUtf8(v.conversationId.data(), qsizetype(v.conversationId.size()));
        c.start = v.start;
        c.minMos = v.minMos;
        c.queueIds.reserve(qsizetype(v.queueIds.size()));
        for (const std::string_view q : v.queueIds)
            c.queueIds.append(QString::fromUtf8(q.data(), qsizetype(q.size())));
        c.receivedPackets = v.receivedPackets;
        c.discardedPackets = v.discardedPackets;
        c.invalidPackets = v.invalidPackets;
        c.overrunPackets = v.overrunPackets;
        c.underrunPackets = v.underrunPackets;
        c.hasEndpointStats = v.hasEndpointStats;
        c.maxLatencyMs = v.maxLatencyMs;
        m_page->conversations.append(std::move(c));
    }

private:
    DetailsPage *m_page;
};

#endif // EARSHOT_HAVE_SIMDJSON

// The old parser's result, handed to the sink like the streaming parser's.
Result<DetailsPageCounts> parseWithQJson(const QByteArray &body, DetailsSink &sink)
{
    const auto parsed = parseDetailsPageWithQJson(body);
    if (!parsed.ok())
        return parsed.error();
    const DetailsPage &page = parsed.value();
    for (const ConversationQuality &c : page.conversations)
        feedConversation(c, sink);
    for (int i = 0; i < page.skipped; ++i)
        sink.conversationSkipped();
    return DetailsPageCounts{page.totalHits, int(page.conversations.size()), page.skipped,
                             page.firstProblem};
}

#if EARSHOT_HAVE_SIMDJSON
Result<DetailsPageCounts> parseWithSimdjson(const QByteArray &body, DetailsSink &sink)
{
    PageReader reader(sink);
    const auto size = std::size_t(body.size());
    // Room after the bytes (HttpJob reserves it) lets simdjson read the body in place.
    // data_ptr() does not detach; Qt 6.4 has no const overload.
    const qsizetype room = const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd();
    if (room >= kDetailsParserPadding)
        return reader.read(body.constData(), size);
    // No room after the bytes (a literal, a sliced array): a reused padded copy.
    thread_local std::vector<char> padded;
    if (padded.size() < size + sj::SIMDJSON_PADDING)
        padded.resize(size + sj::SIMDJSON_PADDING);
    std::copy_n(body.constData(), size, padded.data());
    std::fill_n(padded.data() + size, sj::SIMDJSON_PADDING, '\0');
    return reader.read(padded.data(), size);
}

#endif // EARSHOT_HAVE_SIMDJSON
} // namespace

void feedConversation(const ConversationQuality &c, DetailsSink &sink)
{
    const QByteArray id = c.conversationId.toUtf8();
    std::vector<QByteArray> queueBytes;
    for (const QString &q : c.queueIds)
        queueBytes.push_back(q.toUtf8());
    std::vector<std::string_view> queueViews;
    for (const QByteArray &q : queueBytes)
        queueViews.emplace_back(q.constData(), std::size_t(q.size()));
    ConversationView v;
    v.conversationId = std::string_view(id.constData(), std::size_t(id.size()));
    v.start = c.start;
    v.minMos = c.minMos;
    v.queueIds = queueViews;
    v.receivedPackets = c.receivedPackets;
    v.discardedPackets = c.discardedPackets;
    v.invalidPackets = c.invalidPackets;
    v.overrunPackets = c.overrunPackets;
    v.underrunPackets = c.underrunPackets;
    v.hasEndpointStats = c.hasEndpointStats;
    v.maxLatencyMs = c.maxLatencyMs;
    sink.conversation(v);
}

Result<DetailsPageCounts> parseDetailsPage(const QByteArray &body, DetailsSink &sink)
{
#if !EARSHOT_HAVE_SIMDJSON
    // A build without simdjson (the MinGW cross-build: Debian has no Windows simdjson) reads
    // every page with the old parser; the verdicts are the same, only slower.
    return parseWithQJson(body, sink);
#else
    auto counts = parseWithSimdjson(body, sink);
    // A page simdjson refuses as JSON (validated as a whole before any conversation is
    // read, so the sink has seen nothing) is read by the old parser: it gives the verdict
    // and the message with the byte offset, and reads the few pages only QJsonDocument
    // accepts (raw control characters or unknown escapes in strings, lone surrogates,
    // integers beyond 64 bits).
    if (!counts.ok() && counts.error().kind == ErrorKind::GenesysDetailsJson)
        return parseWithQJson(body, sink);
    return counts;
#endif
}

Result<DetailsPage> parseDetailsPage(const QByteArray &body)
{
#if !EARSHOT_HAVE_SIMDJSON
    return parseDetailsPageWithQJson(body);
#else
    DetailsPage page;
    PageCollector collector(&page);
    const auto counts = parseWithSimdjson(body, collector);
    if (!counts.ok() && counts.error().kind == ErrorKind::GenesysDetailsJson)
        return parseDetailsPageWithQJson(body);
    if (!counts.ok())
        return counts.error();
    page.totalHits = counts.value().totalHits;
    page.skipped = counts.value().skipped;
    page.firstProblem = counts.value().firstProblem;
    return page;
#endif
}

} // namespace earshot
