#include "core/genesys/GenesysCheck.h"

#include "core/common/Clock.h"
#include "core/genesys/GenesysStack.h"
#include "core/model/TimeWindow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <memory>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "GenesysCheck".
class GenesysCheck
{
    Q_DECLARE_TR_FUNCTIONS(GenesysCheck)
};

struct CheckRun
{
    GenesysStack *stack = nullptr;
    QPointer<QObject> context;
    std::function<void(const GenesysCheckResult &)> done;
    GenesysCheckResult result;

    void finish()
    {
        if (context && done)
            std::exchange(done, {})(result);
    }
};

void pollWindow(const std::shared_ptr<CheckRun> &run)
{
    GenesysCheckResult &r = run->result;
    run->stack->source().fetchWindow(
        r.windowStart, r.windowEnd, run->context, [run](const Result<WindowFetch> &fetch) {
            GenesysCheckResult &result = run->result;
            if (!fetch.ok()) {
                result.error = GenesysCheck::tr("polling the window %1 failed: %2")
                                   .arg(isoInterval(result.windowStart, result.windowEnd),
                                        fetch.error().message);
                run->finish();
                return;
            }
            result.ok = true;
            result.samples = fetch.value().samples;
            result.problems += fetch.value().problems;
            QSet<QString> withCalls;
            for (const QualitySample &s : std::as_const(result.samples))
                withCalls.insert(s.queueId);
            for (const QString &id : run->stack->settings().monitoredQueues) {
                if (withCalls.contains(id))
                    continue;
                QueueInfo quiet{id, {}};
                for (const QueueInfo &q : std::as_const(result.queues)) {
                    if (q.id == id)
                        quiet.name = q.name;
                }
                result.quietQueues.append(quiet);
            }
            run->finish();
        });
}

void listQueues(const std::shared_ptr<CheckRun> &run)
{
    QueueDirectory &directory = run->stack->directory();
    directory.refresh(run->context, [run, &directory](const Status &status) {
        GenesysCheckResult &result = run->result;
        if (!status.ok()) {
            result.error =
                GenesysCheck::tr("listing the queues failed: %1").arg(status.error().message);
            run->finish();
            return;
        }
        result.queues = directory.queues();
        QSet<QString> visible;
        for (const QueueInfo &q : std::as_const(result.queues))
            visible.insert(q.id);
        for (const QString &id : run->stack->settings().monitoredQueues) {
            if (!visible.contains(id))
                result.problems.append(
                    GenesysCheck::tr(
                        "monitored queue %1 is not visible to this OAuth client: a wrong id, or "
                        "its role lacks Routing > Queue > View for the queue's division")
                        .arg(id));
        }
        pollWindow(run);
    });
}

QString cell(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject row(const QString &id, const QString &name, qint64 start, qint64 end, int calls,
                const std::optional<double> &mosMean, const std::optional<double> &mosMin,
                const std::optional<double> &loss, const std::optional<double> &jitter)
{
    return QJsonObject{{QLatin1StringView("queueId"), id},
                       {QLatin1StringView("queueName"), name},
                       {QLatin1StringView("windowStart"), isoUtc(start)},
                       {QLatin1StringView("windowEnd"), isoUtc(end)},
                       {QLatin1StringView("calls"), calls},
                       {QLatin1StringView("mosMean"), jsonNumber(mosMean)},
                       {QLatin1StringView("mosMin"), jsonNumber(mosMin)},
                       {QLatin1StringView("packetLossPercent"), jsonNumber(loss)},
                       {QLatin1StringView("jitterMs"), jsonNumber(jitter)}};
}

QString tableLine(const QString &queue, const QString &calls, const QString &mosMean,
                  const QString &mosMin, const QString &loss, const QString &jitter,
                  const QString &id)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
        .arg(queue.left(32), -32)
        .arg(calls, 6)
        .arg(mosMean, 9)
        .arg(mosMin, 8)
        .arg(loss, 7)
        .arg(jitter, 10)
        .arg(id);
}

} // namespace

void runGenesysCheck(GenesysStack &stack, Clock &clock, QObject *context,
                     std::function<void(const GenesysCheckResult &)> done)
{
    auto run = std::make_shared<CheckRun>();
    run->stack = &stack;
    run->context = context;
    run->done = std::move(done);
    run->result.windowEnd = stack.poller().latestDueWindowEnd(clock.nowSecs());
    run->result.windowStart = run->result.windowEnd - stack.settings().windowSecs;
    // Authentication first, on its own, so a refusal is reported as exactly that.
    stack.tokens().withToken(context, [run](const Result<QString> &token) {
        if (!token.ok()) {
            run->result.error = token.error().message;
            run->finish();
            return;
        }
        run->result.authenticated = true;
        listQueues(run);
    });
}

QString formatCheckTable(const GenesysCheckResult &r)
{
    if (!r.authenticated)
        return GenesysCheck::tr("Genesys Cloud check failed: %1\n").arg(r.error);
    QString out =
        GenesysCheck::tr("Authenticated. %n queue(s) visible.\n", nullptr, int(r.queues.size()));
    if (!r.ok) {
        out += GenesysCheck::tr("Genesys Cloud check failed: %1\n").arg(r.error);
        for (const QString &p : r.problems)
            out += GenesysCheck::tr("problem: %1\n").arg(p);
        return out;
    }
    out += GenesysCheck::tr("Window %1: %n queue(s) with calls.\n", nullptr, int(r.samples.size()))
               .arg(isoInterval(r.windowStart, r.windowEnd));
    out += tableLine(GenesysCheck::tr("Queue"), GenesysCheck::tr("Calls"),
                     GenesysCheck::tr("MOS mean"), GenesysCheck::tr("MOS min"),
                     GenesysCheck::tr("Loss %"), GenesysCheck::tr("Jitter ms"),
                     GenesysCheck::tr("Queue id"));
    for (const QualitySample &s : r.samples)
        out += tableLine(s.queueName.isEmpty() ? s.queueId : s.queueName, QString::number(s.calls),
                         cell(s.mosMean, 2), cell(s.mosMin, 2), cell(s.packetLossPercent, 2),
                         cell(s.jitterMs, 1), s.queueId);
    for (const QueueInfo &q : r.quietQueues)
        out += tableLine(q.name.isEmpty() ? q.id : q.name, QStringLiteral("0"), QStringLiteral("-"),
                         QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), q.id);
    const bool anyJitter =
        std::any_of(r.samples.cbegin(), r.samples.cend(),
                    [](const QualitySample &s) { return s.jitterMs.has_value(); });
    if (!r.samples.isEmpty() && !anyJitter)
        out +=
            GenesysCheck::tr("note: Genesys' conversation details carry no jitter in ms; loss is "
                             "(discarded + invalid) / received packets.\n");
    for (const QString &p : r.problems)
        out += GenesysCheck::tr("problem: %1\n").arg(p);
    return out;
}

QByteArray formatCheckJson(const GenesysCheckResult &r)
{
    QJsonArray rows;
    for (const QualitySample &s : r.samples)
        rows.append(row(s.queueId, s.queueName, s.windowStart, s.windowEnd, s.calls, s.mosMean,
                        s.mosMin, s.packetLossPercent, s.jitterMs));
    for (const QueueInfo &q : r.quietQueues)
        rows.append(row(q.id, q.name, r.windowStart, r.windowEnd, 0, std::nullopt, std::nullopt,
                        std::nullopt, std::nullopt));
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace earshot
