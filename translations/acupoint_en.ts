<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LimitWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointDetails</name>
    <message numerus="yes">
        <source>%n second(s) on each side</source>
        <translation>
            <numerusform>%n second on each side</numerusform>
            <numerusform>%n seconds on each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeProgressView</name>
    <message numerus="yes">
        <source>%n answer(s) in all.</source>
        <translation>
            <numerusform>%n answer in all.</numerusform>
            <numerusform>%n answers in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPresenter</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPresenter</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most recent; %n older notes are in Acupoint&apos;s session history.</source>
        <translation>
            <numerusform>The {shown} most recent; %n older notes are in Acupoint&apos;s session history.</numerusform>
            <numerusform>The {shown} most recent; %n older notes are in Acupoint&apos;s session history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinePresenter</name>
    <message numerus="yes">
        <source>Saved %n routine(s) to %1.</source>
        <translation>
            <numerusform>Saved %n routine to %1.</numerusform>
            <numerusform>Saved %n routines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n matching point(s)</source>
        <translation>
            <numerusform>%n matching point</numerusform>
            <numerusform>%n matching points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s)</source>
        <translation>
            <numerusform>All %n point</numerusform>
            <numerusform>All %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetWords</name>
    <message numerus="yes">
        <source>unknown point(s): %1 (codes look like BL23, GB30 or B54)</source>
        <translation>
            <numerusform>unknown point: %1 (codes look like BL23, GB30 or B54)</numerusform>
            <numerusform>unknown points: %1 (codes look like BL23, GB30 or B54)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count}, {times} through the list: about %n minute(s)</source>
        <translation>
            <numerusform>{count}, {times} through the list: about %n minute</numerusform>
            <numerusform>{count}, {times} through the list: about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n times</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>going through the list {times} takes about %n minute(s)</source>
        <translation>
            <numerusform>going through the list {times} takes about %n minute</numerusform>
            <numerusform>going through the list {times} takes about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) on each side, unless the table says otherwise.</source>
        <translation>
            <numerusform>About %n second on each side, unless the table says otherwise.</numerusform>
            <numerusform>About %n seconds on each side, unless the table says otherwise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>See note(s) %1 below.</source>
        <translation>
            <numerusform>See note %1 below.</numerusform>
            <numerusform>See notes %1 below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message numerus="yes">
        <source>Session stopped after {completed} of %n step(s).</source>
        <translation>
            <numerusform>Session stopped after {completed} of %n step.</numerusform>
            <numerusform>Session stopped after {completed} of %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
</TS>
