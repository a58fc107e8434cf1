#pragma once

#include "core/alerting/Decision.h"
#include "core/common/Result.h"
#include "core/model/Metric.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace earshot {

// [alerting] storm_queues / storm_percent: when at least this many queues (or this share of
// the queues with calls in the window) open an episode in the same window, they are paged
// as ONE grouped incident. 0 turns a rule off; both 0 (the default) turns grouping off.
struct StormPolicy
{
    int minQueues = 0;
    int percent = 0;

    [[nodiscard]] bool enabled() const;
    // Problems in words, naming the keys (empty when usable).
    [[nodiscard]] QStringList validate() const;

    friend bool operator==(const StormPolicy &, const StormPolicy &) = default;
};

// A group never has fewer members than this, whatever storm_percent says: one queue is
// an incident, not a storm.
inline constexpr int kMinStormQueues = 2;

// One queue's episode inside a storm group.
struct StormMember
{
    QString dedupKey; // the member episode's own key (tracked and audited as always)
    QString queueId;
    QString queueName;
    Severity severity = Severity::None;
    QList<Breach> breaches; // what breached, newest
    qint64 joinedAt = 0;    // window end at which it joined
    bool recovered = false;
    qint64 recoveredAt = 0;

    friend bool operator==(const StormMember &, const StormMember &) = default;
};

struct StormGroup
{
    QString dedupKey;
    qint64 start = 0; // start of the window the storm opened in
    Severity pagedSeverity = Severity::None;
    bool acknowledged = false;
    QList<StormMember> members; // in joining order

    [[nodiscard]] Severity worstSeverity() const;
    [[nodiscard]] int activeCount() const;       // members not recovered yet
    [[nodiscard]] QList<Metric> metrics() const; // every metric the members breached, in order

    friend bool operator==(const StormGroup &, const StormGroup &) = default;
};

// What the group tells PagerDuty.
struct StormDecision
{
    enum class Kind
    {
        Open,   // a trigger: one incident for every member
        Update, // a trigger with the same key: members joined, or the worst severity rose
        Resolve // every member has recovered
    };

    Kind kind = Kind::Open;
    qint64 at = 0;             // the window end
    QStringList joinedNames;   // Update: the queues that joined in this window
    bool severityRose = false; // Update: the worst member's severity went up
    StormGroup group;          // the group after this decision

    friend bool operator==(const StormDecision &, const StormDecision &) = default;
};

// voice_quality_storm_{windowStart}_q{storm_queues}_p{storm_percent}: the same on every
// console that runs the same rule on the same data.
[[nodiscard]] QString makeStormKey(qint64 windowStart, const StormPolicy &policy);

// Groups the episodes a storm opens into one PagerDuty incident. Pure and deterministic,
// fed with the alert engine's decisions of each window (after the engine, before the
// outbox): the engine keeps tracking every queue's episode as before; the grouper only
// turns the members' own pages into the group's. At most one group is open at a time.
class StormGrouper
{
public:
    explicit StormGrouper(StormPolicy policy = {});

    void setPolicy(StormPolicy policy); // new storms only: an open group runs to its end
    [[nodiscard]] const StormPolicy &policy() const;

    // One window's decisions. A window whose paging Triggers reach the rule opens a group;
    // while one is open, every new paging Trigger joins it. Members' decisions come back
    // with pages = false and groupKey set (Trigger, Escalate, Acknowledge and Resolve all
    // go through the group). queuesWithCalls is the storm_percent base.
    [[nodiscard]] QList<StormDecision> apply(qint64 windowStart, qint64 windowEnd,
                                             int queuesWithCalls, QList<Decision> *decisions);
    // An operator's decision on one episode: a member's acknowledge or resolve does not
    // page on its own; the last member's resolve resolves the group.
    [[nodiscard]] std::optional<StormDecision> applyOperator(Decision *decision);
    // The operator acknowledges the group itself (its PagerDuty incident); false when no
    // group with this key is open or it is already acknowledged.
    [[nodiscard]] bool acknowledgeGroup(const QString &groupKey);

    [[nodiscard]] std::optional<StormGroup> openGroup() const;
    // The group an episode belongs (or belonged) to, among the open and the recent ones;
    // empty when none.
    [[nodiscard]] QString groupOf(const QString &memberKey) const;
    // Recently closed groups' member keys, newest last (kept for the incidents view).
    [[nodiscard]] QList<QPair<QString, QStringList>> recentGroups() const;

    // Exactly: restoreState(saveState()) continues as if never interrupted. A damaged
    // state is an Error and leaves the grouper unchanged; an empty object is a fresh one.
    [[nodiscard]] QJsonObject saveState() const;
    [[nodiscard]] Status restoreState(const QJsonObject &state);

private:
    [[nodiscard]] bool reachesRule(int triggers, int queuesWithCalls) const;
    void rememberClosed(const StormGroup &group);

    StormPolicy m_policy;
    std::optional<StormGroup> m_open;
    QList<QPair<QString, QStringList>> m_recent;
};

} // namespace earshot
