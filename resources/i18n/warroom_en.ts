<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BlastRadiusBox</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/blast_radius.py" line="+198"/>
        <source>Show the graph: %n dependent service(s)…</source>
        <translation>
            <numerusform>Show the graph: %n dependent service…</numerusform>
            <numerusform>Show the graph: %n dependent services…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/catalogue.py" line="+204"/>
        <source>%n service(s) imported.</source>
        <translation>
            <numerusform>%n service imported.</numerusform>
            <numerusform>%n services imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/dashboard.py" line="+158"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/declare_dialog.py" line="+75"/>
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>{0} (%n item)</numerusform>
            <numerusform>{0} (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineEntries</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/offline.py" line="+125"/>
        <source>Offline since %1: %n entries waiting, sent when the record is back</source>
        <translation>
            <numerusform>Offline since %1: %n entry waiting, sent when the record is back</numerusform>
            <numerusform>Offline since %1: %n entries waiting, sent when the record is back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/search.py" line="+194"/>
        <source>%n found, best first.</source>
        <translation>
            <numerusform>%n found, best first.</numerusform>
            <numerusform>%n found, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeenBefore</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/seen_before.py" line="+182"/>
        <source>Seen this before? %n past incident(s) look like this one</source>
        <translation>
            <numerusform>Seen this before? %n past incident looks like this one</numerusform>
            <numerusform>Seen this before? %n past incidents look like this one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/trainer.py" line="+327"/>
        <source>%n response window(s) too short to answer at {0:g}× — run at {1}× or slower, or widen expect.within</source>
        <translation>
            <numerusform>%n response window is too short to answer at {0:g}× — run at {1}× or slower, or widen expect.within</numerusform>
            <numerusform>%n response windows are too short to answer at {0:g}× — run at {1}× or slower, or widen expect.within</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other warning(s): warroom exercise check shows them</source>
        <translation>
            <numerusform>%n other warning: warroom exercise check shows it</numerusform>
            <numerusform>%n other warnings: warroom exercise check shows them</numerusform>
        </translation>
    </message>
</context>
</TS>
