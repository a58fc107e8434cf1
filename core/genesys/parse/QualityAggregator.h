#pragma once

#include "core/genesys/parse/GenesysParsers.h"

#include <QHash>
#include <QSet>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace earshot {

// Turns the conversations of one window into one QualitySample per queue. Pages may repeat
// conversations while data arrives: each conversation counts once (the first time it is
// seen), and once for every monitored queue it touched.
//
// Per queue: MOS figures come from each call's minimum MOS (mean, minimum, nearest-rank
// 10th percentile, share under the warning line); packet loss is
// 100 * (discarded + invalid) / received over the queue's calls; the jitter-buffer discard
// rate is 100 * (overrun + underrun) / received; latency is the max and nearest-rank p95 of
// the calls' maxLatencyMs. Genesys gives no jitter in ms: jitterMs stays absent.
//
// It is the parser's sink on the hot path: a conversation costs no heap allocation of its
// own (ids are appended to one buffer, queue ids interned, calls kept as flat records).
class QualityAggregator final : public DetailsSink
{
public:
    // More than this share of the window's conversations skipped as malformed makes every
    // sample of the window partial: 9 healthy calls dropped must not let 1 bad one page.
    static constexpr double kMaxSkippedShare = 0.05;

    QualityAggregator(qint64 windowStart, qint64 windowEnd, double mosWarning,
                      QHash<QString, QString> queueNames, QSet<QString> monitored);

    void add(const DetailsPage &page);
    void add(const ConversationQuality &conversation);
    void conversation(const ConversationView &conversation) override;
    void conversationSkipped() override;

    [[nodiscard]] int conversationCount() const;
    [[nodiscard]] int skippedCount() const;
    [[nodiscard]] QList<QualitySample> samples() const; // sorted by queue id

private:
    struct Call
    {
        quint32 idOffset = 0; // in m_ids
        quint32 idLength = 0;
        bool hasMos = false;
        bool hasLatency = false;
        double minMos = 0;
        double maxLatencyMs = 0;
        qint64 received = 0;
        qint64 lost = 0;           // discarded + invalid
        qint64 bufferDiscards = 0; // overrun + underrun
    };
    struct Queue
    {
        QString id;
        std::vector<quint32> calls; // indexes into m_calls
    };
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };

    [[nodiscard]] std::string_view idOf(const Call &call) const;
    [[nodiscard]] bool isWorse(quint32 a, quint32 b) const;
    // Records the id; false when it was already seen.
    [[nodiscard]] bool insertId(std::string_view id, quint32 callIndex);
    void growIdTable();

    qint64 m_windowStart;
    qint64 m_windowEnd;
    double m_mosWarning;
    QHash<QString, QString> m_queueNames;
    std::unordered_set<std::string, Hash, std::equal_to<>> m_monitored; // UTF-8; empty = all
    std::string m_ids;                                                  // ids back to back
    std::vector<quint32> m_idTable; // open addressing: call index + 1, 0 = free
    std::vector<Call> m_calls;
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_queueIndex;
    std::vector<Queue> m_queues;
    int m_skipped = 0;
};

} // namespace earshot
