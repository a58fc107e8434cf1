#pragma once

#include "core/genesys/parse/DetailsParserQJson.h"

#include <QHash>
#include <QSet>

namespace earshot::test {

// QualityAggregator as it was before queue ids were interned (test oracle only).
class OracleAggregator
{
public:
    static constexpr double kMaxSkippedShare = 0.05; // as QualityAggregator's

    OracleAggregator(qint64 windowStart, qint64 windowEnd, double mosWarning,
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

} // namespace earshot::test
