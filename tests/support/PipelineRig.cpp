#include "tests/support/PipelineRig.h"

namespace earshot::test {

double Script::mosAt(qint64 windowStart) const
{
    const qint64 i = (windowStart - firstWindow) / 300;
    if (i >= 3 && i <= 6)
        return 3.3;
    if (i >= 7 && i <= 9)
        return 2.6;
    return 4.2;
}

QList<FakeGenesysCloud::SummaryRow> Script::rows(qint64 windowStart) const
{
    FakeGenesysCloud::SummaryRow sales;
    sales.queueId = kQueue;
    sales.queueName = QStringLiteral("Sales");
    sales.mosScore = mosAt(windowStart);
    sales.packetLossPercent = 0.2;
    sales.jitterMs = 10;
    sales.conversationCount = 25;
    FakeGenesysCloud::SummaryRow idle; // no calls: never bad quality
    idle.queueId = QStringLiteral("q-idle");
    idle.queueName = QStringLiteral("Night line");
    idle.metricsNull = true;
    return {sales, idle};
}

QStringList actionsFor(const FakePagerDuty &pd, const QString &dedupKey)
{
    QStringList out;
    for (const QJsonObject &e : pd.acceptedEvents()) {
        if (e.value(QStringLiteral("dedup_key")).toString() != dedupKey)
            continue;
        const QString action = e.value(QStringLiteral("event_action")).toString();
        const QString severity = e.value(QStringLiteral("payload"))
                                     .toObject()
                                     .value(QStringLiteral("severity"))
                                     .toString();
        out.append(severity.isEmpty() ? action : action + u':' + severity);
    }
    return out;
}

QStringList dedupKeys(const FakePagerDuty &pd)
{
    QStringList keys;
    for (const QJsonObject &e : pd.acceptedEvents()) {
        const QString key = e.value(QStringLiteral("dedup_key")).toString();
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace earshot::test
