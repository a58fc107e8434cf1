// QualityAggregator as it was before queue ids were interned (main after issue 15), kept
// as the oracle of the differential test.
#include "OracleAggregator.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace earshot::test {

OracleAggregator::OracleAggregator(qint64 windowStart, qint64 windowEnd, double mosWarning,
                                   QHash<QString, QString> queueNames, QSet<QString> monitored)
    : m_windowStart(windowStart)
    , m_windowEnd(windowEnd)
    , m_mosWarning(mosWarning)
    , m_queueNames(std::move(queueNames))
    , m_monitored(std::move(monitored))
{
}

void OracleAggregator::add(const DetailsPage &page)
{
    m_skipped += page.skipped;
    for (const ConversationQuality &c : page.conversations)
        add(c);
}

void OracleAggregator::add(const ConversationQuality &c)
{
    if (c.start < m_windowStart || c.start >= m_windowEnd)
        return;
    if (m_seen.contains(c.conversationId))
        return;
    m_seen.insert(c.conversationId);
    const int index = int(m_calls.size());
    bool counted = false;
    for (const QString &queueId : c.queueIds) {
        if (!m_monitored.isEmpty() && !m_monitored.contains(queueId))
            continue;
        m_callsByQueue[queueId].append(index);
        counted = true;
    }
    if (counted)
        m_calls.append(c);
    else
        m_calls.append(ConversationQuality{}); // keeps indexes aligned; never referenced
}

int OracleAggregator::conversationCount() const
{
    return int(m_seen.size());
}

int OracleAggregator::skippedCount() const
{
    return m_skipped;
}

namespace {

// Nearest-rank percentile of sorted values: the value at rank ceil(p/100 * n).
double nearestRank(const std::vector<double> &sorted, double p)
{
    const auto n = sorted.size();
    std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return sorted[rank - 1];
}

std::optional<double> lossOf(const ConversationQuality &c)
{
    if (c.receivedPackets <= 0)
        return std::nullopt;
    return 100.0 * double(c.discardedPackets + c.invalidPackets) / double(c.receivedPackets);
}

} // namespace

QList<QualitySample> OracleAggregator::samples() const
{
    QStringList queueIds = m_callsByQueue.keys();
    std::sort(queueIds.begin(), queueIds.end());
    QList<QualitySample> out;
    out.reserve(queueIds.size());
    // Skipped conversations may not say which queue they belong to: the share is judged
    // for the whole window, which can only make more samples partial, never fewer.
    const int judged = conversationCount() + m_skipped;
    const bool partial = m_skipped > 0 && double(m_skipped) > kMaxSkippedShare * double(judged);
    for (const QString &queueId : std::as_const(queueIds)) {
        const QList<int> &indexes = m_callsByQueue[queueId];
        QualitySample s;
        s.queueId = queueId;
        s.queueName = m_queueNames.value(queueId);
        s.windowStart = m_windowStart;
        s.windowEnd = m_windowEnd;
        s.calls = int(indexes.size());
        s.partial = partial;

        std::vector<double> mos;
        std::vector<double> latency;
        qint64 received = 0;
        qint64 lost = 0;
        qint64 bufferDiscards = 0;
        QList<const ConversationQuality *> calls;
        for (int i : indexes) {
            const ConversationQuality &c = m_calls[i];
            calls.append(&c);
            if (c.minMos)
                mos.push_back(*c.minMos);
            if (c.maxLatencyMs)
                latency.push_back(*c.maxLatencyMs);
            received += c.receivedPackets;
            lost += c.discardedPackets + c.invalidPackets;
            bufferDiscards += c.overrunPackets + c.underrunPackets;
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
        // Worst five: lowest MOS first (calls without MOS last), then highest loss, then id.
        std::sort(calls.begin(), calls.end(),
                  [](const ConversationQuality *a, const ConversationQuality *b) {
                      const double ma = a->minMos.value_or(99.0);
                      const double mb = b->minMos.value_or(99.0);
                      if (ma != mb)
                          return ma < mb;
                      const double la = lossOf(*a).value_or(-1.0);
                      const double lb = lossOf(*b).value_or(-1.0);
                      if (la != lb)
                          return la > lb;
                      return a->conversationId < b->conversationId;
                  });
        for (qsizetype i = 0; i < std::min<qsizetype>(5, calls.size()); ++i)
            s.worstCalls.append(
                WorstCall{calls[i]->conversationId, calls[i]->minMos, lossOf(*calls[i])});
        out.append(std::move(s));
    }
    return out;
}

} // namespace earshot::test
