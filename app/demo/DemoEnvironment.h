#pragma once

#include "core/common/Result.h"
#include "core/pipeline/Monitor.h"

#include <QObject>

#include <memory>

namespace earshot {

class DemoScenario;
class FakeGenesysCloud;
class FakePagerDuty;
class ScaledClock;

// Demo mode: the embedded simulator (a fake Genesys Cloud and a fake PagerDuty on
// 127.0.0.1, playing DemoScenario) and the real pipeline pointed at it, on a clock that
// runs `speed` times faster, with its own database so a demo never touches real state.
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    static constexpr double kDefaultSpeed = 60.0; // a 5-minute window lasts 5 seconds
    static constexpr qint64 kIngestLagSecs = 60;  // simulated seconds after a window ends

    ~DemoEnvironment() override;
    [[nodiscard]] static Result<std::unique_ptr<DemoEnvironment>>
    create(const QString &databasePath, double speed = kDefaultSpeed, QObject *parent = nullptr);

    [[nodiscard]] Monitor &monitor();
    [[nodiscard]] FakePagerDuty &pagerDuty();
    [[nodiscard]] FakeGenesysCloud &genesys();
    [[nodiscard]] const DemoScenario &scenario() const;
    [[nodiscard]] qint64 firstWindowStart() const; // where the back-fill starts
    // A still picture instead of the story (earshot --demo-state, app/demo/DemoStates):
    // the story's faults and narrative stop; whoever calls this sets the fakes' data.
    void stopStory();
    void start();

private:
    DemoEnvironment(QObject *parent);
    void prepareWindow(qint64 windowStart);

    std::unique_ptr<ScaledClock> m_clock;
    std::unique_ptr<DemoScenario> m_scenario;
    std::unique_ptr<FakeGenesysCloud> m_genesys;
    std::unique_ptr<FakePagerDuty> m_pagerDuty;
    std::unique_ptr<Monitor> m_monitor;
    qint64 m_preparedFor = 0;
    qint64 m_origin = 0;
    bool m_storyPlays = true;
};

} // namespace earshot
