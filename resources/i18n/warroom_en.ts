<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueWindow</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/catalogue.py" line="203"/>
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
        <location filename="../../warroom/ui/dashboard.py" line="158"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineEntries</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/offline.py" line="125"/>
        <source>Offline since %1: %n entries waiting, sent when the record is back</source>
        <translation>
            <numerusform>Offline since %1: %n entry waiting, sent when the record is back</numerusform>
            <numerusform>Offline since %1: %n entries waiting, sent when the record is back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeenBefore</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/seen_before.py" line="176"/>
        <source>Seen this before? %n past incident(s) look like this one</source>
        <translation>
            <numerusform>Seen this before? %n past incident looks like this one</numerusform>
            <numerusform>Seen this before? %n past incidents look like this one</numerusform>
        </translation>
    </message>
</context>
</TS>
