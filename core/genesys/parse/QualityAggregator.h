#pragma once

#include "core/genesys/parse/GenesysParsers.h"

#include <QHash>
#include <QSet>

namespace earshot {

// Turns the conversations of one window into one QualitySample per queue. Pages may repeat
// conversations while data arrives: each conversation counts once, and once for every
// monitored queue it touched.
//
// Per queue: MOS figures come from each call's minimum MOS (mean, minimum, nearest-rank
// 10th percentile, share under the warning line); packet loss is
// 100 * (discarded + invalid) / received over the queue's calls; the jitter-buffer discard
// rate is 100 * (overrun + underrun) / received; latency is the max and nearest-rank p95 of
// the calls' maxLatencyMs. Genesys gives no jitter in ms: jitterMs stays absent.
class QualityAggregator
{
public:
    // More than this share of the window's conversations skipped as malformed makes every
    // sample of the window partial: 9 healthy calls dropped must not let 1 bad one page.
    static constexpr double kMaxSkippedShare = 0.05;

    QualityAggregator(qint64 windowStart, qint64 windowEnd, double mosWarning,
                      QHash<QString, QString> queueNames, QSet<QString> monitored);

    void add(const DetailsPage &page);
    void add(const ConversationQuality &conversation);

    [[nodiscard]] int conversationCount() const;
    [[nodiscard]] int skippedCount() const;
    [[nodiscard]] QList<QualitySample> samples() const; // sorted by queue id

private:
    qint64 m_windowStart;
    qint64 m_windowEnd;
    double m_mosWarning;
    QHash<QString, QString> m_queueNames;
    QSet<QString> m_monitored;
    QSet<QString> m_seen;
    QHash<QString, QList<int>> m_callsByQueue; // indexes into m_calls
    QList<ConversationQuality> m_calls;
    int m_skipped = 0;
};

} // namespace earshot
