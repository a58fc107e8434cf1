<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GenesysCheck</name>
    <message numerus="yes">
        <source>Authenticated. %n queue(s) visible.
</source>
        <translation>
            <numerusform>Authenticated. %n queue visible.
</numerusform>
            <numerusform>Authenticated. %n queues visible.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n queue(s) with calls.
</source>
        <translation>
            <numerusform>Window %1: %n queue with calls.
</numerusform>
            <numerusform>Window %1: %n queues with calls.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message numerus="yes">
        <source>%n problem(s) found.
</source>
        <translation>
            <numerusform>%n problem found.
</numerusform>
            <numerusform>%n problems found.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message numerus="yes">
        <source>Storm of %n queue(s), %1 still degraded: %2</source>
        <translation>
            <numerusform>Storm of %n queue, %1 still degraded: %2</numerusform>
            <numerusform>Storm of %n queues, %1 still degraded: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <source>following %n PagerDuty incident(s)</source>
        <translation>
            <numerusform>following %n PagerDuty incident</numerusform>
            <numerusform>following %n PagerDuty incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watchdog: no data for %n window(s) of %1</source>
        <translation>
            <numerusform>Watchdog: no data for %n window of %1</numerusform>
            <numerusform>Watchdog: no data for %n windows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox.</source>
        <translation>
            <numerusform>%n event waits in the outbox.</numerusform>
            <numerusform>%n events wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting for the polling console</source>
        <translation>
            <numerusform>%n action waiting for the polling console</numerusform>
            <numerusform>%n actions waiting for the polling console</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StormRecords</name>
    <message numerus="yes">
        <source>storm %1: %2, %n queue(s)</source>
        <translation>
            <numerusform>storm %1: %2, %n queue</numerusform>
            <numerusform>storm %1: %2, %n queues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallBoard</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no data</source>
        <translation>
            <numerusform>%n no data</numerusform>
            <numerusform>%n no data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no calls</source>
        <translation>
            <numerusform>%n no calls</numerusform>
            <numerusform>%n no calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallHealth</name>
    <message numerus="yes">
        <source>PAGING IS BROKEN — %1 (%n event(s) waiting)</source>
        <translation>
            <numerusform>PAGING IS BROKEN — %1 (%n event waiting)</numerusform>
            <numerusform>PAGING IS BROKEN — %1 (%n events waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PAGING IS BROKEN — PagerDuty refused %n event(s)</source>
        <translation>
            <numerusform>PAGING IS BROKEN — PagerDuty refused %n event</numerusform>
            <numerusform>PAGING IS BROKEN — PagerDuty refused %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::DetailsSource</name>
    <message numerus="yes">
        <source>page %1: %n malformed conversation(s) skipped (%2)</source>
        <translation>
            <numerusform>page %1: %n malformed conversation skipped (%2)</numerusform>
            <numerusform>page %1: %n malformed conversations skipped (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::GuiSession</name>
    <message numerus="yes">
        <source>Connected: %n queue(s) visible.</source>
        <translation>
            <numerusform>Connected: %n queue visible.</numerusform>
            <numerusform>Connected: %n queues visible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::IncidentTableModel</name>
    <message numerus="yes">
        <source>Storm: %n queue(s)</source>
        <translation>
            <numerusform>Storm: %n queue</numerusform>
            <numerusform>Storm: %n queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still degraded</source>
        <translation>
            <numerusform>%n still degraded</numerusform>
            <numerusform>%n still degraded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::IncidentsView</name>
    <message numerus="yes">
        <source>Acknowledge %n open incident(s)? PagerDuty stops escalating them; they stay open until their queues recover.</source>
        <translation>
            <numerusform>Acknowledge %n open incident? PagerDuty stops escalating it; it stays open until its queue recovers.</numerusform>
            <numerusform>Acknowledge %n open incidents? PagerDuty stops escalating them; they stay open until their queues recover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n incident(s) now? A queue still degraded opens a new incident only after it has been healthy again.</source>
        <translation>
            <numerusform>Resolve %n incident now? A queue still degraded opens a new incident only after it has been healthy again.</numerusform>
            <numerusform>Resolve %n incidents now? A queue still degraded opens a new incident only after it has been healthy again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Incidents (%n open)</source>
        <translation>
            <numerusform>&amp;Incidents (%n open)</numerusform>
            <numerusform>&amp;Incidents (%n open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) open (%1 critical): no escalation or resolve is sent while Earshot is not running.</source>
        <translation>
            <numerusform>%n incident open (%1 critical): no escalation or resolve is sent while Earshot is not running.</numerusform>
            <numerusform>%n incidents open (%1 critical): no escalation or resolve is sent while Earshot is not running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait in the outbox and are not delivered until Earshot runs again.</source>
        <translation>
            <numerusform>%n event waits in the outbox and is not delivered until Earshot runs again.</numerusform>
            <numerusform>%n events wait in the outbox and are not delivered until Earshot runs again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::Monitor</name>
    <message numerus="yes">
        <source>database %1; %n open episode(s) restored; cursor %2</source>
        <translation>
            <numerusform>database %1; %n open episode restored; cursor %2</numerusform>
            <numerusform>database %1; %n open episodes restored; cursor %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) degraded together</source>
        <translation>
            <numerusform>%n queue degraded together</numerusform>
            <numerusform>%n queues degraded together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>watchdog: no good window for %n window(s) (%1); Earshot pages its own incident at %2</source>
        <translation>
            <numerusform>watchdog: no good window for %n window (%1); Earshot pages its own incident at %2</numerusform>
            <numerusform>watchdog: no good window for %n windows (%1); Earshot pages its own incident at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no good window for %n window(s): paging Earshot's health incident %1 (%2)</source>
        <translation>
            <numerusform>no good window for %n window: paging Earshot's health incident %1 (%2)</numerusform>
            <numerusform>no good window for %n windows: paging Earshot's health incident %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::OutboxDelivery</name>
    <message numerus="yes">
        <source>%n event(s) still wait for PagerDuty: %1</source>
        <translation>
            <numerusform>%n event still waits for PagerDuty: %1</numerusform>
            <numerusform>%n events still wait for PagerDuty: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::Poller</name>
    <message numerus="yes">
        <source>%n missed window(s) from %1 to %2 skipped: older than the back-fill limit of %3 windows</source>
        <translation>
            <numerusform>%n missed window from %1 to %2 skipped: older than the back-fill limit of %3 windows</numerusform>
            <numerusform>%n missed windows from %1 to %2 skipped: older than the back-fill limit of %3 windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window %1: %n queue(s) with data</source>
        <translation>
            <numerusform>window %1: %n queue with data</numerusform>
            <numerusform>window %1: %n queues with data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) ahead of Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>this computer's clock is %n minute ahead of Genesys Cloud's: set it right (NTP); no window is used until then</numerusform>
            <numerusform>this computer's clock is %n minutes ahead of Genesys Cloud's: set it right (NTP); no window is used until then</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer's clock is %n minute(s) behind Genesys Cloud's: set it right (NTP); no window is used until then</source>
        <translation>
            <numerusform>this computer's clock is %n minute behind Genesys Cloud's: set it right (NTP); no window is used until then</numerusform>
            <numerusform>this computer's clock is %n minutes behind Genesys Cloud's: set it right (NTP); no window is used until then</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QualityChartView</name>
    <message numerus="yes">
        <source>Preview for %1: %n episode(s) would have opened in the shown history</source>
        <translation>
            <numerusform>Preview for %1: %n episode would have opened in the shown history</numerusform>
            <numerusform>Preview for %1: %n episodes would have opened in the shown history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview over all %1 queues with history: %n episode(s) would have opened in the shown range</source>
        <translation>
            <numerusform>Preview over all %1 queues with history: %n episode would have opened in the shown range</numerusform>
            <numerusform>Preview over all %1 queues with history: %n episodes would have opened in the shown range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::QueueTablePage</name>
    <message numerus="yes">
        <source>All %n queue(s) OK</source>
        <translation>
            <numerusform>The %n queue is OK</numerusform>
            <numerusform>All %n queues OK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::StatusBarWidget</name>
    <message numerus="yes">
        <source>%n event(s) refused</source>
        <translation>
            <numerusform>%n event refused</numerusform>
            <numerusform>%n events refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::TrayNotifier</name>
    <message numerus="yes">
        <source>Earshot: %n open</source>
        <translation>
            <numerusform>Earshot: %n open</numerusform>
            <numerusform>Earshot: %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>earshot::WallBinding</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
