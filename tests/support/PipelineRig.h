#pragma once

#include "app/demo/FakeGenesysCloud.h"
#include "app/demo/FakePagerDuty.h"

#include <QJsonObject>
#include <QStringList>

namespace earshot::test {

inline const QString kRoutingKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");
inline const QString kQueue = QStringLiteral("8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d");

// A scripted degradation of one queue ("Sales"), by window index from `firstWindow`:
// 0-2 healthy, 3-6 warning (MOS 3.3), 7-9 critical (MOS 2.6), 10+ healthy.
// With raise 1 / clear 2: trigger at 3, escalation at 7, resolve at 11.
struct Script
{
    qint64 firstWindow = 0;
    [[nodiscard]] double mosAt(qint64 windowStart) const;
    [[nodiscard]] QList<FakeGenesysCloud::SummaryRow> rows(qint64 windowStart) const;
};

// PagerDuty's view of an episode: the actions it received for a key, e.g.
// "trigger:warning", "trigger:critical", "resolve".
[[nodiscard]] QStringList actionsFor(const FakePagerDuty &pd, const QString &dedupKey);
[[nodiscard]] QStringList dedupKeys(const FakePagerDuty &pd);

} // namespace earshot::test
