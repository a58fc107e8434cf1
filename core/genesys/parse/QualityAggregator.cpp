#include "core/genesys/parse/QualityAggregator.h"

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

QString qStringOf(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Nearest-rank percentile of sorted values: the value at rank ceil(p/100 * n).
double nearestRank(const std::vector<double> &sorted, double p)
{
    const auto n = sorted.size();
    std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return sorted[rank - 1];
}

} // namespace

QualityAggregator::QualityAggregator(qint64 windowStart, qint64 windowEnd, double mosWarning,
                                     QHash<QString, QString> queueNames, QSet<QString> monitored)
    : m_windowStart(windowStart)
    , m_windowEnd(windowEnd)
    , m_mosWarning(mosWarning)
    , m_queueNames(std::move(queueNames))
{
    for (const QString &id : std::as_const(monitored))
        m_monitored.insert(id.toStdString());
    m_idTable.assign(1024, 0);
}

void QualityAggregator::add(const DetailsPage &page)
{
    m_skipped += page.skipped;
    for (const ConversationQuality &c : page.conversations)
        add(c);
}

void QualityAggregator::add(const ConversationQuality &c)
{
    feedConversation(c, *this);
}

std::string_view QualityAggregator::idOf(const Call &call) const
{
    return std::string_view(m_ids).substr(call.idOffset, call.idLength);
}

void QualityAggregator::growIdTable()
{
    std::vector<quint32> table(m_idTable.size() * 2, 0);
    const std::size_t mask = table.size() - 1;
    for (quint32 slot : m_idTable) {
        if (slot == 0)
            continue;
        std::size_t i = Hash{}(idOf(m_calls[slot - 1])) & mask;
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = slot;
    }
    m_idTable = std::move(table);
}

bool QualityAggregator::insertId(std::string_view id, quint32 callIndex)
{
    if ((m_calls.size() + 1) * 2 > m_idTable.size())
        growIdTable();
    const std::size_t mask = m_idTable.size() - 1;
    std::size_t i = Hash{}(id)&mask;
    while (m_idTable[i] != 0) {
        if (idOf(m_calls[m_idTable[i] - 1]) == id)
            return false;
        i = (i + 1) & mask;
    }
    m_idTable[i] = callIndex + 1;
    return true;
}

void QualityAggregator::conversation(const ConversationView &c)
{
    if (c.start < m_windowStart || c.start >= m_windowEnd)
        return;
    const auto index = quint32(m_calls.size());
    Call call;
    call.idOffset = quint32(m_ids.size());
    call.idLength = quint32(c.conversationId.size());
    m_ids.append(c.conversationId);
    m_calls.push_back(call); // insertId compares against it
    if (!insertId(c.conversationId, index)) {
        m_calls.pop_back();
        m_ids.resize(call.idOffset);
        return;
    }
    Call &stored = m_calls.back();
    stored.hasMos = c.minMos.has_value();
    stored.minMos = c.minMos.value_or(0);
    stored.hasLatency = c.maxLatencyMs.has_value();
    stored.maxLatencyMs = c.maxLatencyMs.value_or(0);
    stored.received = c.receivedPackets;
    stored.lost = c.discardedPackets + c.invalidPackets;
    stored.bufferDiscards = c.overrunPackets + c.underrunPackets;
    for (const std::string_view queueId : c.queueIds) {
        if (!m_monitored.empty() && m_monitored.find(queueId) == m_monitored.end())
            continue;
        auto found = m_queueIndex.find(queueId);
        if (found == m_queueIndex.end()) {
            found = m_queueIndex.emplace(std::string(queueId), quint32(m_queues.size())).first;
            m_queues.push_back(Queue{qStringOf(queueId), {}});
        }
        m_queues[found->second].calls.push_back(index);
    }
}

void QualityAggregator::conversationSkipped()
{
    ++m_skipped;
}

int QualityAggregator::conversationCount() const
{
    return int(m_calls.size());
}

int QualityAggregator::skippedCount() const
{
    return m_skipped;
}

// Worst first: lowest MOS (calls without MOS last), then highest loss, then id.
bool QualityAggregator::isWorse(quint32 ai, quint32 bi) const
{
    const Call &a = m_calls[ai];
    const Call &b = m_calls[bi];
    const double ma = a.hasMos ? a.minMos : 99.0;
    const double mb = b.hasMos ? b.minMos : 99.0;
    if (ma != mb)
        return ma < mb;
    const double la = a.received > 0 ? 100.0 * double(a.lost) / double(a.received) : -1.0;
    const double lb = b.received > 0 ? 100.0 * double(b.lost) / double(b.received) : -1.0;
    if (la != lb)
        return la > lb;
    // QString order (UTF-16), as before the ids were kept as UTF-8.
    return qStringOf(idOf(a)) < qStringOf(idOf(b));
}

QList<QualitySample> QualityAggregator::samples() const
{
    std::vector<const Queue *> queues;
    queues.reserve(m_queues.size());
    for (const Queue &q : m_queues)
        queues.push_back(&q);
    std::sort(queues.begin(), queues.end(),
              [](const Queue *a, const Queue *b) { return a->id < b->id; });
    QList<QualitySample> out;
    out.reserve(qsizetype(queues.size()));
    // Skipped conversations may not say which queue they belong to: the share is judged
    // for the whole window, which can only make more samples partial, never fewer.
    const int judged = conversationCount() + m_skipped;
    const bool partial = m_skipped > 0 && double(m_skipped) > kMaxSkippedShare * double(judged);
    std::vector<double> mos;
    std::vector<double> latency;
    std::vector<quint32> worst;
    for (const Queue *queue : queues) {
        QualitySample s;
        s.queueId = queue->id;
        s.queueName = m_queueNames.value(queue->id);
        s.windowStart = m_windowStart;
        s.windowEnd = m_windowEnd;
        s.calls = int(queue->calls.size());
        s.partial = partial;

        mos.clear();
        latency.clear();
        qint64 received = 0;
        qint64 lost = 0;
        qint64 bufferDiscards = 0;
        for (quint32 i : queue->calls) {
            const Call &c = m_calls[i];
            if (c.hasMos)
                mos.push_back(c.minMos);
            if (c.hasLatency)
                latency.push_back(c.maxLatencyMs);
            received += c.received;
            lost += c.lost;
            bufferDiscards += c.bufferDiscards;
        }
        if (!mos.empty()) {
            std::sort(mos.begin(), mos.end());
            double sum = 0;
            int below = 0;
            for (double v : mos) {
                sum += v;
                below += v < m_mosWarning ? 1 : 0;
            }
            s.mosMean = sum / double(mos.size());
            s.mosMin = mos.front();
            s.mosP10 = nearestRank(mos, 10.0);
            s.mosBelowWarningShare = double(below) / double(mos.size());
        }
        if (received > 0) {
            s.packetLossPercent = 100.0 * double(lost) / double(received);
            s.jitterBufferDiscardPercent = 100.0 * double(bufferDiscards) / double(received);
        }
        if (!latency.empty()) {
            std::sort(latency.begin(), latency.end());
            s.latencyMaxMs = latency.back();
            s.latencyP95Ms = nearestRank(latency, 95.0);
        }
        worst = queue->calls;
        const auto shown = std::min<std::size_t>(5, worst.size());
        std::partial_sort(worst.begin(), worst.begin() + std::ptrdiff_t(shown), worst.end(),
                          [this](quint32 a, quint32 b) { return isWorse(a, b); });
        for (std::size_t i = 0; i < shown; ++i) {
            const Call &c = m_calls[worst[i]];
            s.worstCalls.append(WorstCall{
                qStringOf(idOf(c)), c.hasMos ? std::optional<double>(c.minMos) : std::nullopt,
                c.received > 0 ? std::optional<double>(100.0 * double(c.lost) / double(c.received))
                               : std::nullopt});
        }
        out.append(std::move(s));
    }
    return out;
}

} // namespace earshot
