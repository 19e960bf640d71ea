<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>casebook::app::CasePage</name>
    <message numerus="yes">
        <location filename="../src/app/case_page.cpp" line="648"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::ExportPacketDialog</name>
    <message numerus="yes">
        <location filename="../src/app/export_packet_dialog.cpp" line="105"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/export_packet_dialog.cpp" line="106"/>
        <source>%n attached file(s)</source>
        <comment>in the packet&apos;s zip</comment>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::LiveUpdates</name>
    <message numerus="yes">
        <location filename="../src/app/live_updates.cpp" line="119"/>
        <source>%1 (and %n more change(s))</source>
        <translation>
            <numerusform>%1 (and %n more change)</numerusform>
            <numerusform>%1 (and %n more changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/main_window.cpp" line="429"/>
        <source>%n case(s) could not be read and are not listed (first: %1); casebook-cli check lists every problem</source>
        <translation>
            <numerusform>%n case could not be read and is not listed (%1); casebook-cli check lists every problem</numerusform>
            <numerusform>%n cases could not be read and are not listed (first: %1); casebook-cli check lists every problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/main_window.cpp" line="841"/>
        <source>Not Casebook&apos;s and left behind: %n object(s) (Show Details…).</source>
        <translation>
            <numerusform>Not Casebook&apos;s and left behind: %n object (Show Details…).</numerusform>
            <numerusform>Not Casebook&apos;s and left behind: %n objects (Show Details…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::app::SearchPage</name>
    <message numerus="yes">
        <location filename="../src/app/search_page.cpp" line="76"/>
        <source>%n result(s) for “%1” — press Enter or double-click to open the case</source>
        <translation>
            <numerusform>%n result for “%1” — press Enter or double-click to open the case</numerusform>
            <numerusform>%n results for “%1” — press Enter or double-click to open the case</numerusform>
        </translation>
    </message>
</context>
</TS>
