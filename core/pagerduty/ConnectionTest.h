#pragma once

#include "core/pagerduty/PagerDutySettings.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace earshot {

class Clock;
class PagerDutyClient;

// Settings > Test PagerDuty: sends a test incident with the given key and resolves it at
// once, then says what happened. The events are built like every page (EventBuilder), under
// a dedup key of their own, so the test never touches an open episode.
class PagerDutyConnectionTest final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool accepted, const QString &message)>;

    // Starts at once; `done` runs exactly once and the test deletes itself afterwards. The
    // test is a child of `context` (which must outlive `network`'s use): when the context
    // goes first, the test goes with it and `done` never runs.
    static void run(QNetworkAccessManager &network, Clock &clock, const PagerDutySettings &settings,
                    const QString &routingKey, QObject *context, Done done);

private:
    PagerDutyConnectionTest(QNetworkAccessManager &network, Clock &clock,
                            const PagerDutySettings &settings, Done done, QObject *context);
    void start(const QString &routingKey);
    void finish(bool accepted, const QString &message);

    Clock &m_clock;
    PagerDutySettings m_settings;
    PagerDutyClient *m_client = nullptr;
    Done m_done;
};

} // namespace earshot
