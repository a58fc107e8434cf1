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
    <name>earshot::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Incidents (%n open)</source>
        <translation>
            <numerusform>&amp;Incidents (%n open)</numerusform>
            <numerusform>&amp;Incidents (%n open)</numerusform>
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
    <message numerus="yes">
        <source>%n event(s) refused by PagerDuty</source>
        <translation>
            <numerusform>%n event refused by PagerDuty</numerusform>
            <numerusform>%n events refused by PagerDuty</numerusform>
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
</TS>
