#include "app/demo/DemoStates.h"

#include "app/demo/DemoEnvironment.h"
#include "app/demo/DemoScenario.h"
#include "app/demo/FakeGenesysCloud.h"
#include "app/demo/FakePagerDuty.h"
#include "core/common/Logging.h"
#include "core/model/TimeWindow.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace earshot {

namespace {

constexpr qint64 kWindow = 300;
// Back-fill windows that are healthy before the state shows: the sparklines show the
// change and the episodes have an age.
constexpr qint64 kHealthyWindows = 6;
// Stale: the fake Genesys Cloud answers only this many windows, then 503 for every later one.
constexpr qint64 kAnsweredWindows = 7;

const char *const kSites[] = {"Paris",  "Lyon",    "Berlin", "Madrid", "London",
                              "Dublin", "Toronto", "Austin", "Sydney", "Tokyo"};
const char *const kTeams[] = {"Sales",   "Support", "Billing",  "Claims",     "Returns",   "VIP",
                              "Tech L1", "Tech L2", "Renewals", "Onboarding", "Retention", "Fraud"};

QList<QueueInfo> queuesFor(const DemoEnvironment &demo, int count)
{
    QList<QueueInfo> queues;
    const QList<DemoQueue> &story = demo.scenario().queues();
    if (count <= story.size()) {
        for (int i = 0; i < count; ++i)
            queues.append(QueueInfo{story[i].id, story[i].name});
        return queues;
    }
    // A multi-site contact centre: "Paris Billing", "Lyon Sales", ... then "Paris Billing 2".
    const int teams = int(std::size(kTeams));
    const int sites = int(std::size(kSites));
    for (int i = 0; i < count; ++i) {
        QString name = QLatin1StringView(kSites[(i / teams) % sites]) + u' ' +
                       QLatin1StringView(kTeams[i % teams]);
        if (i >= teams * sites)
            name += QStringLiteral(" %1").arg(i / (teams * sites) + 1);
        queues.append(QueueInfo{
            QStringLiteral("7a3c9e10-0d4b-4f5e-8c21-%1").arg(i + 1, 12, 10, QLatin1Char('0')),
            name});
    }
    return queues;
}

// One queue's window: healthy with a wobble, or the state's trouble once it has begun.
// theCritical: the queue that fails in the one-critical states.
FakeGenesysCloud::SummaryRow rowFor(DemoState state, const QueueInfo &queue, int i,
                                    qint64 windowIndex, int theCritical)
{
    FakeGenesysCloud::SummaryRow row;
    row.queueId = queue.id;
    row.queueName = queue.name;
    row.conversationCount = 8 + (i * 7) % 60;
    double mos = 4.2 + 0.08 * std::sin(i * 1.7 + double(windowIndex) * 0.8);
    double loss = 0.1 + 0.1 * (i % 4);
    double jitter = 8.0 + (i % 5) * 2.0;
    const bool begun = windowIndex >= kHealthyWindows;
    const bool critical = (state == DemoState::Critical || state == DemoState::PagingBroken)
                              ? i == theCritical
                              : state == DemoState::Storm && i % 5 < 2;
    const bool warning = state == DemoState::Storm && i % 5 == 2;
    if (begun && critical) {
        mos = 2.5 + 0.05 * (i % 4);
        loss = 3.5 + (i % 3);
        jitter = 40.0 + (i % 3) * 5.0;
    } else if (begun && warning) {
        mos = 3.3;
    }
    row.mosScore = mos;
    row.packetLossPercent = loss;
    row.jitterMs = jitter;
    return row;
}

// Stale: answers the back-fill's first windows, then 503 for every later window, as a
// Genesys Cloud outage would.
class StaleAfter final : public QObject, public FakeGenesysCloud::AnswerHook
{
public:
    StaleAfter(qint64 failFromSecs, QObject *parent)
        : QObject(parent)
        , m_failFromSecs(failFromSecs)
    {
    }

    std::optional<HttpResponse> answerFor(const HttpRequest &request) override
    {
        if (!request.path.startsWith("/api/v2/analytics"))
            return std::nullopt;
        const auto interval = parseIsoInterval(
            request.query.queryItemValue(QStringLiteral("interval"), QUrl::FullyDecoded));
        if (interval && interval->start < m_failFromSecs)
            return std::nullopt;
        return FakeGenesysCloud::errorAnswer(503, "service.unavailable",
                                             "The service is temporarily unavailable");
    }

    void spoil(const HttpRequest &, HttpResponse &) override {}

private:
    qint64 m_failFromSecs;
};

} // namespace

QStringList demoStateNames()
{
    return {QStringLiteral("ok"), QStringLiteral("critical"), QStringLiteral("storm"),
            QStringLiteral("stale"), QStringLiteral("paging-broken")};
}

QString demoStateName(DemoState state)
{
    return demoStateNames().value(int(state));
}

std::optional<DemoState> demoStateFromName(const QString &name)
{
    const qsizetype index = demoStateNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return DemoState(index);
}

void holdDemoState(DemoEnvironment &demo, const DemoStateRequest &request)
{
    demo.stopStory();
    const QList<QueueInfo> queues = queuesFor(demo, std::max(1, request.queues));
    const qint64 origin = demo.firstWindowStart();
    const DemoState state = request.state;
    demo.genesys().setQueues(queues);
    const int theCritical = std::min(2, int(queues.size()) - 1); // "Technical Support"
    demo.genesys().setSummaryProvider([queues, origin, state, theCritical](qint64 start, qint64) {
        QList<FakeGenesysCloud::SummaryRow> rows;
        rows.reserve(queues.size());
        const qint64 windowIndex = (start - origin) / kWindow;
        for (int i = 0; i < queues.size(); ++i)
            rows.append(rowFor(state, queues[i], i, windowIndex, theCritical));
        return rows;
    });
    if (state == DemoState::Stale)
        demo.genesys().setAnswerHook(
            new StaleAfter(origin + kAnsweredWindows * kWindow, &demo)); // deleted with it
    if (state == DemoState::PagingBroken)
        demo.pagerDuty().setOutageStatus(503);
    qCInfo(lcSimulator).noquote() << "demo: holding the state" << demoStateName(state) << "with"
                                  << queues.size() << "queues";
}

} // namespace earshot
