<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchBoard::CompareDock</name>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Choose File → Compare With… to see what changed against another version.</source>
        <translation>Choose File → Compare With… to see what changed against another version.</translation>
    </message>
    <message>
        <source>Compare Again</source>
        <translation>Compare Again</translation>
    </message>
    <message>
        <source>Compare the workspace as it is now with the same version</source>
        <translation>Compare the workspace as it is now with the same version</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparing with %1…</translation>
    </message>
    <message>
        <source>the open workspace</source>
        <translation>the open workspace</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Model changes (%1)</source>
        <translation>Model changes (%1)</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <source>None of the engines&apos; results moved.</source>
        <translation>None of the engines&apos; results moved.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>Context map</translation>
    </message>
    <message>
        <source>appeared: </source>
        <translation>appeared: </translation>
    </message>
    <message>
        <source>resolved: </source>
        <translation>resolved: </translation>
    </message>
    <message>
        <source>reworded: </source>
        <translation>reworded: </translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentation</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Decision records</translation>
    </message>
    <message>
        <source>%1 is not in the open workspace (removed, or changed since the comparison).</source>
        <translation>%1 is not in the open workspace (removed, or changed since the comparison).</translation>
    </message>
</context>
<context>
    <name>ArchBoard::CompareSourceDialog</name>
    <message>
        <source>Compare With</source>
        <translation>Compare With</translation>
    </message>
    <message>
        <source>Another workspace file…</source>
        <translation>Another workspace file…</translation>
    </message>
    <message>
        <source>A git revision of the open file:</source>
        <translation>A git revision of the open file:</translation>
    </message>
    <message>
        <source>The open workspace has not been saved to a file.</source>
        <translation>The open workspace has not been saved to a file.</translation>
    </message>
    <message>
        <source>git does not track %1.</source>
        <translation>git does not track %1.</translation>
    </message>
    <message>
        <source>No commit has this file yet.</source>
        <translation>No commit has this file yet.</translation>
    </message>
    <message>
        <source>ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)</source>
        <translation>ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ContextMapPage</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>Domain type</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Whole map</translation>
    </message>
    <message>
        <source>Neighbourhood, 1 step</source>
        <translation>Neighbourhood, 1 step</translation>
    </message>
    <message>
        <source>Neighbourhood, 2 steps</source>
        <translation>Neighbourhood, 2 steps</translation>
    </message>
    <message>
        <source>Only the selected context and the contexts that many relations away</source>
        <translation>Only the selected context and the contexts that many relations away</translation>
    </message>
    <message>
        <source>Import CML…</source>
        <translation>Import CML…</translation>
    </message>
    <message>
        <source>Add the bounded contexts and relationships of a Context Mapper (CML) file</source>
        <translation>Add the bounded contexts and relationships of a Context Mapper (CML) file</translation>
    </message>
    <message>
        <source>Export CML…</source>
        <translation>Export CML…</translation>
    </message>
    <message>
        <source>Save the context map as a Context Mapper (CML) file</source>
        <translation>Save the context map as a Context Mapper (CML) file</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>Bounded contexts</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>API-protocol consistency: %1 % (%2 of %3 integrations use an approved protocol)</source>
        <translation>API-protocol consistency: %1 % (%2 of %3 integrations use an approved protocol)</translation>
    </message>
    <message>
        <source>API-protocol consistency: no integrations to measure</source>
        <translation>API-protocol consistency: no integrations to measure</translation>
    </message>
    <message>
        <source>API-protocol consistency: not measured (no approved protocols)</source>
        <translation>API-protocol consistency: not measured (no approved protocols)</translation>
    </message>
    <message>
        <source>No findings: the map passes every check.</source>
        <translation>No findings: the map passes every check.</translation>
    </message>
    <message>
        <source>Neighbourhood of %1: %2 of %3 contexts</source>
        <translation>Neighbourhood of %1: %2 of %3 contexts</translation>
    </message>
    <message>
        <source>Two steps around %1: %2 of %3 contexts</source>
        <translation>Two steps around %1: %2 of %3 contexts</translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing was imported.</source>
        <translation>The workspace is open read-only; nothing was imported.</translation>
    </message>
    <message>
        <source>Import CML from %1</source>
        <translation>Import CML from %1</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nothing was imported: %2</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>Imported %1 and %2 from %3.</translation>
    </message>
    <message>
        <source>1 bounded context</source>
        <translation>1 bounded context</translation>
    </message>
    <message>
        <source>%1 bounded contexts</source>
        <translation>%1 bounded contexts</translation>
    </message>
    <message>
        <source>1 relation</source>
        <translation>1 relation</translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation>%1 relations</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Exported the context map to %1.</source>
        <translation>Exported the context map to %1.</translation>
    </message>
    <message>
        <source>Import Context Mapper File</source>
        <translation>Import Context Mapper File</translation>
    </message>
    <message>
        <source>Context Mapper (*.cml);;All files (*)</source>
        <translation>Context Mapper (*.cml);;All files (*)</translation>
    </message>
    <message>
        <source>Import CML</source>
        <translation>Import CML</translation>
    </message>
    <message>
        <source>Export Context Mapper File</source>
        <translation>Export Context Mapper File</translation>
    </message>
    <message>
        <source>Context Mapper (*.cml)</source>
        <translation>Context Mapper (*.cml)</translation>
    </message>
    <message>
        <source>Export CML</source>
        <translation>Export CML</translation>
    </message>
    <message>
        <source>What CML cannot carry, left out or changed (%1):</source>
        <translation>What CML cannot carry, left out or changed (%1):</translation>
    </message>
    <message>
        <source>… and %1 more in the details.</source>
        <translation>… and %1 more in the details.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DecidedInLabel</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Decided in: %1</source>
        <translation>Decided in: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchBoard::DecisionPanel</name>
    <message>
        <source>Draft from Analysis…</source>
        <translation>Draft from Analysis…</translation>
    </message>
    <message>
        <source>A new proposed record for one SLA tier, pre-filled from the ranking, the TCO scenarios and the fragmentation metrics; its figures are frozen with it.</source>
        <translation>A new proposed record for one SLA tier, pre-filled from the ranking, the TCO scenarios and the fragmentation metrics; its figures are frozen with it.</translation>
    </message>
    <message>
        <source>Export MADR…</source>
        <translation>Export MADR…</translation>
    </message>
    <message>
        <source>Every record as a MADR 4 Markdown file (NNNN-title.md) in a folder, readable by adr-tools and log4brains.</source>
        <translation>Every record as a MADR 4 Markdown file (NNNN-title.md) in a folder, readable by adr-tools and log4brains.</translation>
    </message>
    <message>
        <source>Export MADR writes the title as the first line and the YAML metadata in a comment at the end, so that “adr generate toc” shows the titles. Unchecked: YAML front matter first (MADR 4).</source>
        <translation>Export MADR writes the title as the first line and the YAML metadata in a comment at the end, so that “adr generate toc” shows the titles. Unchecked: YAML front matter first (MADR 4).</translation>
    </message>
    <message>
        <source>Import ADR Folder…</source>
        <translation>Import ADR Folder…</translation>
    </message>
    <message>
        <source>Records from a folder of MADR 2/3/4 or adr-tools (Nygard) files, added with new numbers where taken.</source>
        <translation>Records from a folder of MADR 2/3/4 or adr-tools (Nygard) files, added with new numbers where taken.</translation>
    </message>
    <message>
        <source>Select a record to see the elements it decides.</source>
        <translation>Select a record to see the elements it decides.</translation>
    </message>
    <message>
        <source>%1 “%2” (missing)</source>
        <translation>%1 “%2” (missing)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Decides: no linked elements.</source>
        <translation>Decides: no linked elements.</translation>
    </message>
    <message>
        <source>Decides: %1</source>
        <translation>Decides: %1</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1: was %2, now %3</translation>
    </message>
    <message>
        <source>%1: was %2, no longer in the model</source>
        <translation>%1: was %2, no longer in the model</translation>
    </message>
    <message>
        <source>and %1 more (see Problems)</source>
        <translation>and %1 more (see Problems)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model has moved since this record was drafted.&lt;/b&gt; %1 of its frozen figures differ:</source>
        <translation>&lt;b&gt;The model has moved since this record was drafted.&lt;/b&gt; %1 of its frozen figures differ:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by %1&lt;/b&gt; but still linked to %2 element(s): link them from %1 and remove the links here.</source>
        <translation>&lt;b&gt;Superseded by %1&lt;/b&gt; but still linked to %2 element(s): link them from %1 and remove the links here.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded&lt;/b&gt; but still linked to %1 element(s).</source>
        <translation>&lt;b&gt;Superseded&lt;/b&gt; but still linked to %1 element(s).</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <source>%1: no decision records found</source>
        <translation>%1: no decision records found</translation>
    </message>
    <message numerus="yes">
        <source>Import %n decision record(s)</source>
        <translation>
            <numerusform>Import %n decision record</numerusform>
            <numerusform>Import %n decision records</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no SLA tiers to draft a record for.</source>
        <translation>The workspace has no SLA tiers to draft a record for.</translation>
    </message>
    <message>
        <source>Draft from Analysis</source>
        <translation>Draft from Analysis</translation>
    </message>
    <message>
        <source>SLA tier to decide for:</source>
        <translation>SLA tier to decide for:</translation>
    </message>
    <message>
        <source>Export Decision Records (MADR)</source>
        <translation>Export Decision Records (MADR)</translation>
    </message>
    <message>
        <source>Export MADR</source>
        <translation>Export MADR</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record written to %1</numerusform>
            <numerusform>%n records written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ADR Folder</source>
        <translation>Import ADR Folder</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported from %1.</source>
        <translation>
            <numerusform>%n record imported from %1.</numerusform>
            <numerusform>%n records imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) could not be mapped; see the details.</source>
        <translation>
            <numerusform>%n thing could not be mapped; see the details.</numerusform>
            <numerusform>%n things could not be mapped; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Linked elements tab)</source>
        <translation>
            <numerusform>and %n more (Linked elements tab)</numerusform>
            <numerusform>and %n more (Linked elements tab)</numerusform>
        </translation>
    </message>
    <message>
        <source>adr-tools and log4brains compatible (title on the first line)</source>
        <translation>adr-tools and log4brains compatible (title on the first line)</translation>
    </message>
    <message>
        <source>Re-freeze Figures</source>
        <translation>Re-freeze Figures</translation>
    </message>
    <message>
        <source>The board has looked at the changes: the record&apos;s frozen figures take the model&apos;s current values (one undo step).</source>
        <translation>The board has looked at the changes: the record&apos;s frozen figures take the model&apos;s current values (one undo step).</translation>
    </message>
    <message numerus="yes">
        <source>%n frozen figure(s) updated to the model&apos;s current values.</source>
        <translation>
            <numerusform>%n frozen figure updated to the model&apos;s current values.</numerusform>
            <numerusform>%n frozen figures updated to the model&apos;s current values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-freeze the figures of %1</source>
        <translation>Re-freeze the figures of %1</translation>
    </message>
    <message>
        <source>Supersede with New Draft</source>
        <translation>Supersede with New Draft</translation>
    </message>
    <message>
        <source>The decision needs revisiting: a new record is drafted from the model as it is now for the same SLA tier, this one becomes superseded by it and its links move to the new record (one undo step).</source>
        <translation>The decision needs revisiting: a new record is drafted from the model as it is now for the same SLA tier, this one becomes superseded by it and its links move to the new record (one undo step).</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DiagramRenderer</name>
    <message>
        <source>Laying out the diagram took longer than %1 s and was stopped. The diagram may be too large; filter the model.</source>
        <translation>Laying out the diagram took longer than %1 s and was stopped. The diagram may be too large; filter the model.</translation>
    </message>
    <message>
        <source>Graphviz crashed while laying out the diagram (the application is not affected).</source>
        <translation>Graphviz crashed while laying out the diagram (the application is not affected).</translation>
    </message>
    <message>
        <source>The diagram renderer “%1” could not be started: %2</source>
        <translation>The diagram renderer “%1” could not be started: %2</translation>
    </message>
    <message>
        <source>The diagram renderer failed (exit code %1).</source>
        <translation>The diagram renderer failed (exit code %1).</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DiagramView</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms too</source>
        <translation>Ctrl + mouse wheel zooms too</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Show the whole diagram</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save as DOT, SVG, PNG or PDF</source>
        <translation>Save as DOT, SVG, PNG or PDF</translation>
    </message>
    <message>
        <source>Large diagram: straight edges and a quicker layout.</source>
        <translation>Large diagram: straight edges and a quicker layout.</translation>
    </message>
    <message>
        <source>Very large diagram: laid out force-directed, without groups. Zoom in, click to select.</source>
        <translation>Very large diagram: laid out force-directed, without groups. Zoom in, click to select.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Laying out…</translation>
    </message>
    <message>
        <source>Graphviz: %1</source>
        <translation>Graphviz: %1</translation>
    </message>
    <message>
        <source>The rendered diagram could not be displayed.</source>
        <translation>The rendered diagram could not be displayed.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Choose a file name ending in .dot, .svg, .png or .pdf</source>
        <translation>Choose a file name ending in .dot, .svg, .png or .pdf</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Rendering %1…</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Export Diagram</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::Document</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unknown)</translation>
    </message>
    <message>
        <source>%1: expected %2 values, got %3</source>
        <translation>%1: expected %2 values, got %3</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>The workspace is open read-only.</translation>
    </message>
    <message>
        <source>No such value.</source>
        <translation>No such value.</translation>
    </message>
    <message>
        <source>Another %1 with the same %2 exists already.</source>
        <translation>Another %1 with the same %2 exists already.</translation>
    </message>
    <message>
        <source>Change %1 of %2 “%3”</source>
        <translation>Change %1 of %2 “%3”</translation>
    </message>
    <message>
        <source>The id “%1” is already used by another %2.</source>
        <translation>The id “%1” is already used by another %2.</translation>
    </message>
    <message>
        <source>Rename %1 “%2” to “%3”</source>
        <translation>Rename %1 “%2” to “%3”</translation>
    </message>
    <message>
        <source>%1 rows cannot be duplicated.</source>
        <translation>%1 rows cannot be duplicated.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate %1 “%2”</source>
        <translation>Duplicate %1 “%2”</translation>
    </message>
    <message>
        <source>%1 has exactly one row.</source>
        <translation>%1 has exactly one row.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Add a %1 first.</source>
        <translation>Add a %1 first.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Every combination of %1 exists already.</source>
        <translation>Every combination of %1 exists already.</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>Nothing to remove.</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>Remove %1 “%2”</translation>
    </message>
    <message>
        <source>Remove %1 × %2 (with what belongs to them)</source>
        <translation>Remove %1 × %2 (with what belongs to them)</translation>
    </message>
    <message>
        <source>Remove %1 “%2” and %3 dependent rows</source>
        <translation>Remove %1 “%2” and %3 dependent rows</translation>
    </message>
    <message>
        <source>Cannot move there.</source>
        <translation>Cannot move there.</translation>
    </message>
    <message>
        <source>Change %1 “%2”</source>
        <translation>Change %1 “%2”</translation>
    </message>
    <message>
        <source>%1 rows do not belong to a %2.</source>
        <translation>%1 rows do not belong to a %2.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DriftGraph</name>
    <message>
        <source>No dependency is used by two or more services: nothing to draw.</source>
        <translation>No dependency is used by two or more services: nothing to draw.</translation>
    </message>
    <message>
        <source>Every shared dependency and every service that uses it.</source>
        <translation>Every shared dependency and every service that uses it.</translation>
    </message>
    <message>
        <source>The %1 worst of %2 shared dependencies and the %3 of their %4 services furthest behind.</source>
        <translation>The %1 worst of %2 shared dependencies and the %3 of their %4 services furthest behind.</translation>
    </message>
    <message>
        <source>Hover an edge for the version it uses.</source>
        <translation>Hover an edge for the version it uses.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::FragmentationPage</name>
    <message>
        <source>Mismatched only</source>
        <translation>Mismatched only</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>Scan folder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ecosystem fragmentation</source>
        <translation>Ecosystem fragmentation</translation>
    </message>
    <message>
        <source>Updating the metrics…</source>
        <translation>Updating the metrics…</translation>
    </message>
    <message>
        <source>Scan a monorepo or a folder of checkouts: its manifests become services and dependencies, stored as one undo step.</source>
        <translation>Scan a monorepo or a folder of checkouts: its manifests become services and dependencies, stored as one undo step.</translation>
    </message>
    <message>
        <source>Stop the scan; nothing is stored</source>
        <translation>Stop the scan; nothing is stored</translation>
    </message>
    <message>
        <source>Read the manifests of a folder (package.json, go.mod, Cargo.toml, pom.xml, requirements.txt, …) into the workspace</source>
        <translation>Read the manifests of a folder (package.json, go.mod, Cargo.toml, pom.xml, requirements.txt, …) into the workspace</translation>
    </message>
    <message>
        <source>Filter by service name or id</source>
        <translation>Filter by service name or id</translation>
    </message>
    <message>
        <source>Only dependencies of this ecosystem</source>
        <translation>Only dependencies of this ecosystem</translation>
    </message>
    <message>
        <source>Only dependencies used by services of this bounded context</source>
        <translation>Only dependencies used by services of this bounded context</translation>
    </message>
    <message>
        <source>Only dependencies used in two or more versions</source>
        <translation>Only dependencies used in two or more versions</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Change since the previous scan</source>
        <translation>Change since the previous scan</translation>
    </message>
    <message>
        <source>Version drift</source>
        <translation>Version drift</translation>
    </message>
    <message>
        <source>Protocol consistency</source>
        <translation>Protocol consistency</translation>
    </message>
    <message>
        <source>Peer hygiene</source>
        <translation>Peer hygiene</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>Manifests</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Shared dependencies</source>
        <translation>Shared dependencies</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Scan history</translation>
    </message>
    <message>
        <source>Scan errors</source>
        <translation>Scan errors</translation>
    </message>
    <message>
        <source>Nothing to measure: %1</source>
        <translation>Nothing to measure: %1</translation>
    </message>
    <message>
        <source>Now: %1 — %2</source>
        <translation>Now: %1 — %2</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Healthy: %1 %2</source>
        <translation>Healthy: %1 %2</translation>
    </message>
    <message>
        <source>Warning: %1 %2</source>
        <translation>Warning: %1 %2</translation>
    </message>
    <message>
        <source>High: %1 %2</source>
        <translation>High: %1 %2</translation>
    </message>
    <message>
        <source>Severe: above %1</source>
        <translation>Severe: above %1</translation>
    </message>
    <message>
        <source>Severe: below %1</source>
        <translation>Severe: below %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Reported: %1</translation>
    </message>
    <message>
        <source>Click to edit the thresholds.</source>
        <translation>Click to edit the thresholds.</translation>
    </message>
    <message>
        <source>No threshold for this metric: it is unrated. Click to add one on Thresholds and protocols.</source>
        <translation>No threshold for this metric: it is unrated. Click to add one on Thresholds and protocols.</translation>
    </message>
    <message>
        <source>All ecosystems</source>
        <translation>All ecosystems</translation>
    </message>
    <message>
        <source>All bounded contexts</source>
        <translation>All bounded contexts</translation>
    </message>
    <message>
        <source>Shared dependencies (%1)</source>
        <translation>Shared dependencies (%1)</translation>
    </message>
    <message>
        <source>Shared dependencies (%1 of %2)</source>
        <translation>Shared dependencies (%1 of %2)</translation>
    </message>
    <message>
        <source>Dependency drift</source>
        <translation>Dependency drift</translation>
    </message>
    <message>
        <source>%1 — click to select it on the Services page</source>
        <translation>%1 — click to select it on the Services page</translation>
    </message>
    <message>
        <source> — click to show it in the table</source>
        <translation> — click to show it in the table</translation>
    </message>
    <message>
        <source>first scan</source>
        <translation>first scan</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Since %1: %2</translation>
    </message>
    <message>
        <source>Scan history (%1)</source>
        <translation>Scan history (%1)</translation>
    </message>
    <message>
        <source>No scans yet: Scan folder… stores one with its metrics, so later scans can be compared with it.</source>
        <translation>No scans yet: Scan folder… stores one with its metrics, so later scans can be compared with it.</translation>
    </message>
    <message>
        <source>One scan so far; the next one is compared with it.</source>
        <translation>One scan so far; the next one is compared with it.</translation>
    </message>
    <message>
        <source>Choose two different scans.</source>
        <translation>Choose two different scans.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Scan Folder</source>
        <translation>Scan Folder</translation>
    </message>
    <message>
        <source>%v of %m manifests</source>
        <translation>%v of %m manifests</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanning %1…</translation>
    </message>
    <message>
        <source>Cancelling the scan of %1…</source>
        <translation>Cancelling the scan of %1…</translation>
    </message>
    <message>
        <source>Storing the scan of %1…</source>
        <translation>Storing the scan of %1…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Every manifest of the last scan was read.</source>
        <translation>Every manifest of the last scan was read.</translation>
    </message>
    <message>
        <source>Scan errors (%1)</source>
        <translation>Scan errors (%1)</translation>
    </message>
    <message>
        <source>Manifests of the last scan that could not be read; their folders are services without dependencies</source>
        <translation>Manifests of the last scan that could not be read; their folders are services without dependencies</translation>
    </message>
    <message>
        <source>Click a service to select it on the Services page.</source>
        <translation>Click a service to select it on the Services page.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>%1 — members: %2, left out: %3</source>
        <translation>%1 — members: %2, left out: %3</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>Left out %1: %2</translation>
    </message>
    <message>
        <source>No workspace definition found: every folder with a manifest is a service.</source>
        <translation>No workspace definition found: every folder with a manifest is a service.</translation>
    </message>
    <message>
        <source>Workspaces (%1 left out)</source>
        <translation>Workspaces (%1 left out)</translation>
    </message>
    <message>
        <source>The workspace definitions the last scan honoured, the manifests they left out, and findings about requests (range styles, local packages, catalogs)</source>
        <translation>The workspace definitions the last scan honoured, the manifests they left out, and findings about requests (range styles, local packages, catalogs)</translation>
    </message>
    <message>
        <source>Finding (%1): %2</source>
        <translation>Finding (%1): %2</translation>
    </message>
    <message>
        <source>The scan of %1 was undone; its services, errors and workspaces are gone with it.</source>
        <translation>The scan of %1 was undone; its services, errors and workspaces are gone with it.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::LiveVoting</name>
    <message>
        <source>The workspace is open read-only: the scores could not be written.</source>
        <translation>The workspace is open read-only: the scores could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>Reveal voting round %1 (%n score(s))</source>
        <translation>
            <numerusform>Reveal voting round %1 (%n score)</numerusform>
            <numerusform>Reveal voting round %1 (%n scores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add rater %1 (live voting)</source>
        <translation>Add rater %1 (live voting)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rater(s) (live voting)</source>
        <translation>
            <numerusform>Add %n rater (live voting)</numerusform>
            <numerusform>Add %n raters (live voting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchBoard::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>Open &amp;Sample Workspace</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Export a Copy as YAML…</source>
        <translation>&amp;Export a Copy as YAML…</translation>
    </message>
    <message>
        <source>&amp;Import Context Mapper (CML)…</source>
        <translation>&amp;Import Context Mapper (CML)…</translation>
    </message>
    <message>
        <source>Export Context Map as &amp;CML…</source>
        <translation>Export Context Map as &amp;CML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ArchBoard</source>
        <translation>&amp;About ArchBoard</translation>
    </message>
    <message>
        <source>About ArchBoard</source>
        <translation>About ArchBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ArchBoard %1&lt;/h3&gt;&lt;p&gt;An architecture-decision workbench for review boards: selection matrix, bounded-context map, FaaS TCO and ecosystem fragmentation in one editable model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ArchBoard %1&lt;/h3&gt;&lt;p&gt;An architecture-decision workbench for review boards: selection matrix, bounded-context map, FaaS TCO and ecosystem fragmentation in one editable model.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Name, description and the settings that apply to the whole workspace.</source>
        <translation>Name, description and the settings that apply to the whole workspace.</translation>
    </message>
    <message>
        <source>Selection matrix</source>
        <translation>Selection matrix</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>The technologies the board chooses between; only shortlisted ones enter the matrix.</source>
        <translation>The technologies the board chooses between; only shortlisted ones enter the matrix.</translation>
    </message>
    <message>
        <source>Criteria and measurements</source>
        <translation>Criteria and measurements</translation>
    </message>
    <message>
        <source>What candidates are compared on, with unit and direction; raw measurements with their source.</source>
        <translation>What candidates are compared on, with unit and direction; raw measurements with their source.</translation>
    </message>
    <message>
        <source>SLA tiers</source>
        <translation>SLA tiers</translation>
    </message>
    <message>
        <source>Each tier weights the criteria its own way and may knock candidates out with must-pass thresholds.</source>
        <translation>Each tier weights the criteria its own way and may knock candidates out with must-pass thresholds.</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Decision rules</translation>
    </message>
    <message>
        <source>Evaluated in order for every bounded context; the first rule whose conditions all hold recommends its candidate.</source>
        <translation>Evaluated in order for every bounded context; the first rule whose conditions all hold recommends its candidate.</translation>
    </message>
    <message>
        <source>Raters and ratings</source>
        <translation>Raters and ratings</translation>
    </message>
    <message>
        <source>The workshop&apos;s raters and every rating as a table.</source>
        <translation>The workshop&apos;s raters and every rating as a table.</translation>
    </message>
    <message>
        <source>Matrix and ranking</source>
        <translation>Matrix and ranking</translation>
    </message>
    <message>
        <source>Workshop scoring</source>
        <translation>Workshop scoring</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>Context map</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>Bounded contexts</translation>
    </message>
    <message>
        <source>Language, data format, sync mechanism, latency tolerance and SLA tier of each context.</source>
        <translation>Language, data format, sync mechanism, latency tolerance and SLA tier of each context.</translation>
    </message>
    <message>
        <source>Context relations</source>
        <translation>Context relations</translation>
    </message>
    <message>
        <source>Upstream/downstream relations with their DDD pattern, mechanism and format.</source>
        <translation>Upstream/downstream relations with their DDD pattern, mechanism and format.</translation>
    </message>
    <message>
        <source>Map and findings</source>
        <translation>Map and findings</translation>
    </message>
    <message>
        <source>FaaS TCO</source>
        <translation>FaaS TCO</translation>
    </message>
    <message>
        <source>TCO scenarios</source>
        <translation>TCO scenarios</translation>
    </message>
    <message>
        <source>A baseline and its variants: every parameter of the cost model.</source>
        <translation>A baseline and its variants: every parameter of the cost model.</translation>
    </message>
    <message>
        <source>Language cost profiles</source>
        <translation>Language cost profiles</translation>
    </message>
    <message>
        <source>Per-language factor, cold start and monitoring effort (seed §2.5).</source>
        <translation>Per-language factor, cold start and monitoring effort (seed §2.5).</translation>
    </message>
    <message>
        <source>FaaS providers</source>
        <translation>FaaS providers</translation>
    </message>
    <message>
        <source>Price presets as the providers publish them; editable.</source>
        <translation>Price presets as the providers publish them; editable.</translation>
    </message>
    <message>
        <source>Cost model and charts</source>
        <translation>Cost model and charts</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentation</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Services with their dependencies and API protocols.</source>
        <translation>Services with their dependencies and API protocols.</translation>
    </message>
    <message>
        <source>Thresholds and protocols</source>
        <translation>Thresholds and protocols</translation>
    </message>
    <message>
        <source>Risk bands of the fragmentation metrics and the board&apos;s approved protocols.</source>
        <translation>Risk bands of the fragmentation metrics and the board&apos;s approved protocols.</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Scan history</translation>
    </message>
    <message>
        <source>Every scan kept in the workspace with its metrics, to compare scans over time.</source>
        <translation>Every scan kept in the workspace with its metrics, to compare scans over time.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Decision records</translation>
    </message>
    <message>
        <source>MADR records with their considered options and the model elements they decide.</source>
        <translation>MADR records with their considered options and the model elements they decide.</translation>
    </message>
    <message>
        <source>Radar exports</source>
        <translation>Radar exports</translation>
    </message>
    <message>
        <source>Every exported technology radar blip, to show what moved since the last export.</source>
        <translation>Every exported technology radar blip, to show what moved since the last export.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>you may not write to this file</source>
        <translation>you may not write to this file</translation>
    </message>
    <message>
        <source>Opened read-only: %1. Use File → Save As to keep your own copy.</source>
        <translation>Opened read-only: %1. Use File → Save As to keep your own copy.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)</source>
        <translation>ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>Cannot open the sample</translation>
    </message>
    <message>
        <source>Opened the bundled sample workspace (seed article figures). Save it to keep changes.</source>
        <translation>Opened the bundled sample workspace (seed article figures). Save it to keep changes.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Save Workspace As</translation>
    </message>
    <message>
        <source>ArchBoard workspace (*.archboard);;ArchBoard YAML (*.archboard.yaml)</source>
        <translation>ArchBoard workspace (*.archboard);;ArchBoard YAML (*.archboard.yaml)</translation>
    </message>
    <message>
        <source>Export a Copy as YAML</source>
        <translation>Export a Copy as YAML</translation>
    </message>
    <message>
        <source>ArchBoard YAML (*.archboard.yaml)</source>
        <translation>ArchBoard YAML (*.archboard.yaml)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported a copy to %1</source>
        <translation>Exported a copy to %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>the unsaved workspace “%1”</source>
        <translation>the unsaved workspace “%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <source>ArchBoard did not close properly. An autosaved copy of %1 from %2 exists.</source>
        <translation>ArchBoard did not close properly. An autosaved copy of %1 from %2 exists.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decide Later</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <source>Recovered the autosaved copy from %1; save to keep it.</source>
        <translation>Recovered the autosaved copy from %1; save to keep it.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>The language changes the next time ArchBoard starts.</source>
        <translation>The language changes the next time ArchBoard starts.</translation>
    </message>
    <message>
        <source>Export &amp;Tech Radar…</source>
        <translation>Export &amp;Tech Radar…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>The workspace is open read-only; no record drafted.</source>
        <translation>The workspace is open read-only; no record drafted.</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Draft %1</translation>
    </message>
    <message>
        <source>Drafted %1 “%2” with %3 frozen figures.</source>
        <translation>Drafted %1 “%2” with %3 frozen figures.</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop Mode</translation>
    </message>
    <message>
        <source>Full screen for the projector: matrix, ranking and sensitivity, scored from the keyboard</source>
        <translation>Full screen for the projector: matrix, ranking and sensitivity, scored from the keyboard</translation>
    </message>
    <message>
        <source>Drafting a record from the analysis…</source>
        <translation>Drafting a record from the analysis…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mpare With…</translation>
    </message>
    <message>
        <source>What changed against another workspace file or a git revision of this one, and what it means</source>
        <translation>What changed against another workspace file or a git revision of this one, and what it means</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Voting rounds</translation>
    </message>
    <message>
        <source>Every revealed round of live voting with each rater&apos;s blind scores, to show how opinions moved.</source>
        <translation>Every revealed round of live voting with each rater&apos;s blind scores, to show how opinions moved.</translation>
    </message>
    <message>
        <source>Open &amp;Voting…</source>
        <translation>Open &amp;Voting…</translation>
    </message>
    <message>
        <source>Every board member scores the tier blind from their own phone or laptop; reveal writes the scores into the matrix</source>
        <translation>Every board member scores the tier blind from their own phone or laptop; reveal writes the scores into the matrix</translation>
    </message>
    <message>
        <source>Resume live voting?</source>
        <translation>Resume live voting?</translation>
    </message>
    <message numerus="yes">
        <source>ArchBoard stopped during live voting on the SLA tier “%1” of “%2” (%n event(s) received, the last at %3). Resume the round? The members&apos; pages reconnect by themselves and keep their scores.</source>
        <translation>
            <numerusform>ArchBoard stopped during live voting on the SLA tier “%1” of “%2” (%n event received, the last at %3). Resume the round? The members&apos; pages reconnect by themselves and keep their scores.</numerusform>
            <numerusform>ArchBoard stopped during live voting on the SLA tier “%1” of “%2” (%n events received, the last at %3). Resume the round? The members&apos; pages reconnect by themselves and keep their scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume Voting</source>
        <translation>Resume Voting</translation>
    </message>
    <message>
        <source>Cannot open voting</source>
        <translation>Cannot open voting</translation>
    </message>
    <message>
        <source>Voting is open at %1 (join code %2).</source>
        <translation>Voting is open at %1 (join code %2).</translation>
    </message>
    <message>
        <source>Cannot resume voting</source>
        <translation>Cannot resume voting</translation>
    </message>
    <message>
        <source>Values changed while opening</source>
        <translation>Values changed while opening</translation>
    </message>
    <message>
        <source>%1 had values outside what ArchBoard can compute with; they were brought into range (save to keep them):
%2</source>
        <translation>%1 had values outside what ArchBoard can compute with; they were brought into range (save to keep them):
%2</translation>
    </message>
    <message>
        <source>%1 was changed by another program; saving will ask what to do.</source>
        <translation>%1 was changed by another program; saving will ask what to do.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since ArchBoard opened or saved it.</source>
        <translation>“%1” was changed by another program since ArchBoard opened or saved it.</translation>
    </message>
    <message>
        <source>Reload it (changes made here and not saved are lost), keep your version (saving overwrites the other program&apos;s change), or save your version under another name.</source>
        <translation>Reload it (changes made here and not saved are lost), keep your version (saving overwrites the other program&apos;s change), or save your version under another name.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program.</source>
        <translation>Not saved: %1 was changed by another program.</translation>
    </message>
    <message>
        <source>Supersede %1 with %2</source>
        <translation>Supersede %1 with %2</translation>
    </message>
    <message>
        <source>The reference data could not be read: %1</source>
        <translation>The reference data could not be read: %1</translation>
    </message>
    <message>
        <source>New workspace with the reference data: provider prices, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols.</source>
        <translation>New workspace with the reference data: provider prices, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols.</translation>
    </message>
    <message>
        <source>A new workspace with the reference data: provider prices, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols</source>
        <translation>A new workspace with the reference data: provider prices, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols</translation>
    </message>
    <message>
        <source>Start Pa&amp;ge</source>
        <translation>Start Pa&amp;ge</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Start Page</translation>
    </message>
</context>
<context>
    <name>ArchBoard::MatrixModel</name>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Score %1 of 100 (rank %2)</source>
        <translation>Score %1 of 100 (rank %2)</translation>
    </message>
    <message>
        <source>Scored on %1 % of the tier&apos;s weight: some figures are missing.</source>
        <translation>Scored on %1 % of the tier&apos;s weight: some figures are missing.</translation>
    </message>
    <message>
        <source>Knocked out: %1 %2 %3 required, value %4</source>
        <translation>Knocked out: %1 %2 %3 required, value %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Normalised %1 (1 = best of the shortlist)</source>
        <translation>Normalised %1 (1 = best of the shortlist)</translation>
    </message>
    <message>
        <source>Missing: not measured or rated</source>
        <translation>Missing: not measured or rated</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rating(s), spread %2</source>
        <translation>
            <numerusform>%1 of %n rating, spread %2</numerusform>
            <numerusform>%1 of %n ratings, spread %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Raters disagree: discuss before deciding.</source>
        <translation>Raters disagree: discuss before deciding.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weighted score in the chosen tier, 0–100</source>
        <translation>Weighted score in the chosen tier, 0–100</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>; rated in the workshop (edit there)</source>
        <translation>; rated in the workshop (edit there)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::MismatchModel</name>
    <message>
        <source>Ecosystem</source>
        <translation>Ecosystem</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Versions in use (services)</source>
        <translation>Versions in use (services)</translation>
    </message>
    <message>
        <source>Semver distance between the oldest and the newest version in use</source>
        <translation>Semver distance between the oldest and the newest version in use</translation>
    </message>
    <message>
        <source>Each version with the number of services on it and the first of them; hover for the list</source>
        <translation>Each version with the number of services on it and the first of them; hover for the list</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Every service with a comparable version is on %1</source>
        <translation>Every service with a comparable version is on %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 more versions</source>
        <translation>%1 more versions</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>… and %1 more versions</source>
        <translation>… and %1 more versions</translation>
    </message>
</context>
<context>
    <name>ArchBoard::OpenVotingDialog</name>
    <message>
        <source>Open Voting</source>
        <translation>Open Voting</translation>
    </message>
    <message>
        <source>Every board member scores the chosen cells blind from their own phone or laptop. Nobody sees a score until you reveal; the server runs only while voting is open.</source>
        <translation>Every board member scores the chosen cells blind from their own phone or laptop. Nobody sees a score until you reveal; the server runs only while voting is open.</translation>
    </message>
    <message>
        <source>SLA tier:</source>
        <translation>SLA tier:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidates:</translation>
    </message>
    <message>
        <source>Rated criteria:</source>
        <translation>Rated criteria:</translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0)</source>
        <translation>All interfaces (0.0.0.0)</translation>
    </message>
    <message>
        <source>Members must reach this address: the LAN the projector&apos;s room shares, not all interfaces</source>
        <translation>Members must reach this address: the LAN the projector&apos;s room shares, not all interfaces</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Listen on:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>TLS (HTTPS) with a fresh self-signed certificate; members compare its fingerprint</source>
        <translation>TLS (HTTPS) with a fresh self-signed certificate; members compare its fingerprint</translation>
    </message>
</context>
<context>
    <name>ArchBoard::OptionalSpinBox</name>
    <message>
        <source>— (missing)</source>
        <translation>— (missing)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::RecordForm</name>
    <message>
        <source>Select a row to see all of its fields.</source>
        <translation>Select a row to see all of its fields.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ScanSession</name>
    <message>
        <source>the workspace was replaced while scanning</source>
        <translation>the workspace was replaced while scanning</translation>
    </message>
    <message>
        <source>A scan is under way.</source>
        <translation>A scan is under way.</translation>
    </message>
    <message>
        <source>The workspace is open read-only: a scan cannot be stored.</source>
        <translation>The workspace is open read-only: a scan cannot be stored.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled after %2 manifests%3; nothing was stored.</source>
        <translation>The scan of %1 was cancelled after %2 manifests%3; nothing was stored.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled%2; nothing was stored.</source>
        <translation>The scan of %1 was cancelled%2; nothing was stored.</translation>
    </message>
    <message>
        <source>The workspace kept changing while the scan of %1 was stored; nothing was stored.</source>
        <translation>The workspace kept changing while the scan of %1 was stored; nothing was stored.</translation>
    </message>
    <message>
        <source>The workspace became read-only; the scan of %1 was not stored.</source>
        <translation>The workspace became read-only; the scan of %1 was not stored.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>The scan of %1 could not be stored.</source>
        <translation>The scan of %1 could not be stored.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>no errors</translation>
    </message>
    <message>
        <source>1 unreadable manifest (see Scan errors)</source>
        <translation>1 unreadable manifest (see Scan errors)</translation>
    </message>
    <message>
        <source>%1 unreadable manifests (see Scan errors)</source>
        <translation>%1 unreadable manifests (see Scan errors)</translation>
    </message>
    <message>
        <source>Scanned %1 in %2 (reading the manifests %3): %4 manifests, %5 services, %6; stored as one undo step.</source>
        <translation>Scanned %1 in %2 (reading the manifests %3): %4 manifests, %5 services, %6; stored as one undo step.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ScenarioComparison</name>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>A per year</source>
        <translation>A per year</translation>
    </message>
    <message>
        <source>B per year</source>
        <translation>B per year</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (baseline)</translation>
    </message>
    <message>
        <source>Add TCO scenarios to compare them.</source>
        <translation>Add TCO scenarios to compare them.</translation>
    </message>
    <message>
        <source>%1 with its what-if values</source>
        <translation>%1 with its what-if values</translation>
    </message>
    <message>
        <source>&lt;b&gt;B − A: %1 per year (%2)&lt;/b&gt; · over the horizon %3 (%4)</source>
        <translation>&lt;b&gt;B − A: %1 per year (%2)&lt;/b&gt; · over the horizon %3 (%4)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Total per year</source>
        <translation>Total per year</translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s)</source>
        <translation>
            <numerusform>Over %n year</numerusform>
            <numerusform>Over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Over %1 / %2 years</source>
        <translation>Over %1 / %2 years</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
</context>
<context>
    <name>ArchBoard::SelectionPage</name>
    <message>
        <source>Selection matrix and ranking</source>
        <translation>Selection matrix and ranking</translation>
    </message>
    <message>
        <source>SLA tier:</source>
        <translation>SLA tier:</translation>
    </message>
    <message>
        <source>Weights of this tier</source>
        <translation>Weights of this tier</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Recommendations per context</source>
        <translation>Recommendations per context</translation>
    </message>
    <message>
        <source>Show the path of:</source>
        <translation>Show the path of:</translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Decision tree</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <source>Add an SLA tier to rank the candidates.</source>
        <translation>Add an SLA tier to rank the candidates.</translation>
    </message>
    <message>
        <source>stable: the winner holds until a weight moves %1 pp</source>
        <translation>stable: the winner holds until a weight moves %1 pp</translation>
    </message>
    <message>
        <source>stable: no single weight change alters the winner</source>
        <translation>stable: no single weight change alters the winner</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;fragile&lt;/span&gt;: a %1 pp weight change alters the winner</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;fragile&lt;/span&gt;: a %1 pp weight change alters the winner</translation>
    </message>
    <message>
        <source>no eligible candidate: every one is knocked out</source>
        <translation>no eligible candidate: every one is knocked out</translation>
    </message>
    <message>
        <source>no decision rule applies</source>
        <translation>no decision rule applies</translation>
    </message>
    <message>
        <source>decision rules: %1</source>
        <translation>decision rules: %1</translation>
    </message>
    <message>
        <source>Winner: &lt;b&gt;%1&lt;/b&gt; — %2; %3.</source>
        <translation>Winner: &lt;b&gt;%1&lt;/b&gt; — %2; %3.</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>Bounded context</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Current language</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>(no rule applies)</source>
        <translation>(no rule applies)</translation>
    </message>
    <message>
        <source>no — the rules recommend another language</source>
        <translation>no — the rules recommend another language</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>uncontested: the only candidate left after the knock-outs</source>
        <translation>uncontested: the only candidate left after the knock-outs</translation>
    </message>
    <message>
        <source>How sure: %1.</source>
        <translation>How sure: %1.</translation>
    </message>
    <message>
        <source>How sure: computing the win probabilities…</source>
        <translation>How sure: computing the win probabilities…</translation>
    </message>
    <message>
        <source>Open Voting…</source>
        <translation>Open Voting…</translation>
    </message>
    <message>
        <source>Every board member scores this tier&apos;s rated cells blind from their own phone or laptop</source>
        <translation>Every board member scores this tier&apos;s rated cells blind from their own phone or laptop</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Knocked out: %1.</source>
        <translation>Knocked out: %1.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages. The command-line tool follows the system locale.</source>
        <translation>The language of menus, pages and messages. The command-line tool follows the system locale.</translation>
    </message>
    <message>
        <source>A new language applies the next time ArchBoard starts.</source>
        <translation>A new language applies the next time ArchBoard starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Workshop mode</translation>
    </message>
    <message>
        <source>Move the cell cursor</source>
        <translation>Move the cell cursor</translation>
    </message>
    <message>
        <source>The current rater&apos;s score of a rated criterion</source>
        <translation>The current rater&apos;s score of a rated criterion</translation>
    </message>
    <message>
        <source>Clear the current rater&apos;s score</source>
        <translation>Clear the current rater&apos;s score</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <source>Next / previous rater</source>
        <translation>Next / previous rater</translation>
    </message>
    <message>
        <source>Next / previous SLA tier</source>
        <translation>Next / previous SLA tier</translation>
    </message>
    <message>
        <source>Larger / smaller / default type</source>
        <translation>Larger / smaller / default type</translation>
    </message>
    <message>
        <source>Open live voting on this tier (while open: show or hide its panel)</source>
        <translation>Open live voting on this tier (while open: show or hide its panel)</translation>
    </message>
    <message>
        <source>Reveal the votes / another round / close voting</source>
        <translation>Reveal the votes / another round / close voting</translation>
    </message>
    <message>
        <source>Record the decision: leave and draft the tier&apos;s decision record</source>
        <translation>Record the decision: leave and draft the tier&apos;s decision record</translation>
    </message>
    <message>
        <source>Show or hide the keys</source>
        <translation>Show or hide the keys</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Leave workshop mode</translation>
    </message>
</context>
<context>
    <name>ArchBoard::StartPage</name>
    <message>
        <source>Welcome to ArchBoard</source>
        <translation>Welcome to ArchBoard</translation>
    </message>
    <message>
        <source>An architecture-decision workbench for review boards: one editable model behind the selection matrix, the bounded-context map, the FaaS cost model, ecosystem fragmentation and the decision records.</source>
        <translation>An architecture-decision workbench for review boards: one editable model behind the selection matrix, the bounded-context map, the FaaS cost model, ecosystem fragmentation and the decision records.</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;New Workspace</translation>
    </message>
    <message>
        <source>A workspace with the reference data only: provider prices with their sources and dates, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols</source>
        <translation>A workspace with the reference data only: provider prices with their sources and dates, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols</translation>
    </message>
    <message>
        <source>New from the &amp;Sample</source>
        <translation>New from the &amp;Sample</translation>
    </message>
    <message>
        <source>The seed article&apos;s complete example: candidates, contexts, TCO scenarios, services and decision records, every figure with its source</source>
        <translation>The seed article&apos;s complete example: candidates, contexts, TCO scenarios, services and decision records, every figure with its source</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>&lt;b&gt;New Workspace&lt;/b&gt; starts with the reference data (providers&apos; prices with their source and date, language cost profiles, SLA tiers, fragmentation thresholds, approved protocols) and none of the sample&apos;s project. &lt;b&gt;New from the Sample&lt;/b&gt; opens the seed article&apos;s complete example to look around in.</source>
        <translation>&lt;b&gt;New Workspace&lt;/b&gt; starts with the reference data (providers&apos; prices with their source and date, language cost profiles, SLA tiers, fragmentation thresholds, approved protocols) and none of the sample&apos;s project. &lt;b&gt;New from the Sample&lt;/b&gt; opens the seed article&apos;s complete example to look around in.</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>What to do first</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every key; File → Start Page brings this page back.</source>
        <translation>Help → Keyboard Shortcuts lists every key; File → Start Page brings this page back.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>No recent files yet.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TableClipboardFilter</name>
    <message numerus="yes">
        <source>%n cell(s) copied.</source>
        <translation>
            <numerusform>%n cell copied.</numerusform>
            <numerusform>%n cells copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing pasted.</source>
        <translation>The workspace is open read-only; nothing pasted.</translation>
    </message>
    <message>
        <source>Select the cell to paste into first.</source>
        <translation>Select the cell to paste into first.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted.</source>
        <translation>
            <numerusform>%n cell pasted.</numerusform>
            <numerusform>%n cells pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refused: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are computed or not editable here and were left as they were.</source>
        <translation>
            <numerusform>%n cell are computed or not editable here and were left as they were.</numerusform>
            <numerusform>%n cells are computed or not editable here and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell beyond the table&apos;s last row or column.</source>
        <translation>
            <numerusform>%n cell fell beyond the table&apos;s last row or column.</numerusform>
            <numerusform>%n cells fell beyond the table&apos;s last row or column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchBoard::TableModel</name>
    <message>
        <source>Refers to “%1”, which does not exist.</source>
        <translation>Refers to “%1”, which does not exist.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TablePage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TableSection</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Add a %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected rows and what belongs to them (undoable)</source>
        <translation>Remove the selected rows and what belongs to them (undoable)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Copy the selected %1 with everything that belongs to it (undoable)</source>
        <translation>Copy the selected %1 with everything that belongs to it (undoable)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Evaluate earlier</source>
        <translation>Evaluate earlier</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Evaluate later</source>
        <translation>Evaluate later</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>%1 cannot be empty; use Remove to delete the row.</source>
        <translation>%1 cannot be empty; use Remove to delete the row.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TcoPage</name>
    <message>
        <source>%1 functions</source>
        <translation>%1 functions</translation>
    </message>
    <message>
        <source>%1 per function</source>
        <translation>%1 per function</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>FaaS cost model</source>
        <translation>FaaS cost model</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Try values without changing the saved scenario; Keep writes them, Discard drops them</source>
        <translation>Try values without changing the saved scenario; Keep writes them, Discard drops them</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Write the what-if values to the scenario (one undo step)</source>
        <translation>Write the what-if values to the scenario (one undo step)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Drop the what-if values; the scenario stays as saved</source>
        <translation>Drop the what-if values; the scenario stays as saved</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the lines per language, their formulas and the sensitivity table as CSV</source>
        <translation>Save the lines per language, their formulas and the sensitivity table as CSV</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Drivers</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Lines per language</source>
        <translation>Lines per language</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Over the horizon</source>
        <translation>Over the horizon</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Cold starts</translation>
    </message>
    <message>
        <source>Build pipeline</source>
        <translation>Build pipeline</translation>
    </message>
    <message>
        <source>What-if values discarded: another scenario was chosen.</source>
        <translation>What-if values discarded: another scenario was chosen.</translation>
    </message>
    <message>
        <source>What-if mode off: the what-if values were discarded.</source>
        <translation>What-if mode off: the what-if values were discarded.</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (baseline)</translation>
    </message>
    <message>
        <source>What-if values discarded: their scenario was removed.</source>
        <translation>What-if values discarded: their scenario was removed.</translation>
    </message>
    <message>
        <source>Functions in %1</source>
        <translation>Functions in %1</translation>
    </message>
    <message>
        <source>Invocations per month</source>
        <translation>Invocations per month</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Mean duration</translation>
    </message>
    <message>
        <source>Cold-start share</source>
        <translation>Cold-start share</translation>
    </message>
    <message>
        <source>What-if value; saved: %1</source>
        <translation>What-if value; saved: %1</translation>
    </message>
    <message>
        <source>Drag %1 of %2</source>
        <translation>Drag %1 of %2</translation>
    </message>
    <message>
        <source>The workspace is open read-only: the what-if values cannot be kept.</source>
        <translation>The workspace is open read-only: the what-if values cannot be kept.</translation>
    </message>
    <message>
        <source>Keep what-if values of %1</source>
        <translation>Keep what-if values of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The what-if values were not kept: %1</source>
        <translation>The what-if values were not kept: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n what-if value(s) in the scenario (one undo step).</source>
        <translation>
            <numerusform>Kept %n what-if value in the scenario (one undo step).</numerusform>
            <numerusform>Kept %n what-if values in the scenario (one undo step).</numerusform>
        </translation>
    </message>
    <message>
        <source>What-if values discarded; the scenario is as saved.</source>
        <translation>What-if values discarded; the scenario is as saved.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if mode:&lt;/b&gt; slider moves change a copy of the scenario, &lt;b&gt;not saved&lt;/b&gt;. Move a slider to try a value.</source>
        <translation>&lt;b&gt;What-if mode:&lt;/b&gt; slider moves change a copy of the scenario, &lt;b&gt;not saved&lt;/b&gt;. Move a slider to try a value.</translation>
    </message>
    <message>
        <source>Add a TCO scenario on the TCO scenarios page to see its costs.</source>
        <translation>Add a TCO scenario on the TCO scenarios page to see its costs.</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>the baseline</translation>
    </message>
    <message>
        <source>%1%2 vs the baseline</source>
        <translation>%1%2 vs the baseline</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 per year&lt;/b&gt; · %2 over %n year(s) · %3%4</source>
        <translation>
            <numerusform>&lt;b&gt;%1 per year&lt;/b&gt; · %2 over %n year · %3%4</numerusform>
            <numerusform>&lt;b&gt;%1 per year&lt;/b&gt; · %2 over %n years · %3%4</numerusform>
        </translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#b35c00&apos;&gt;with what-if values, not saved&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#b35c00&apos;&gt;with what-if values, not saved&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Compute per month</source>
        <translation>Compute per month</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Requests per month</translation>
    </message>
    <message>
        <source>One-offs</source>
        <translation>One-offs</translation>
    </message>
    <message>
        <source>CI pipelines</source>
        <translation>CI pipelines</translation>
    </message>
    <message>
        <source>Artifact spread</source>
        <translation>Artifact spread</translation>
    </message>
    <message>
        <source>Compute: %1
Requests: %2</source>
        <translation>Compute: %1
Requests: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>USD per year</source>
        <translation>USD per year</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <source>sum of the column</source>
        <translation>sum of the column</translation>
    </message>
    <message numerus="yes">
        <source>%1 per year; one-offs %2 are spread over %n year(s)</source>
        <translation>
            <numerusform>%1 per year; one-offs %2 are spread over %n year</numerusform>
            <numerusform>%1 per year; one-offs %2 are spread over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Add a TCO scenario to see its costs.</source>
        <translation>Add a TCO scenario to see its costs.</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>updating…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Annual total&lt;/b&gt;&lt;br&gt;P10 / P50 / P90: computing…</source>
        <translation>&lt;b&gt;Annual total&lt;/b&gt;&lt;br&gt;P10 / P50 / P90: computing…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Annual total, uncertainty&lt;/b&gt;&lt;br&gt;P10 %1&lt;br&gt;P50 %2&lt;br&gt;P90 %3</source>
        <translation>&lt;b&gt;Annual total, uncertainty&lt;/b&gt;&lt;br&gt;P10 %1&lt;br&gt;P50 %2&lt;br&gt;P90 %3</translation>
    </message>
    <message>
        <source>P10 %1 · P50 %2 · P90 %3</source>
        <translation>P10 %1 · P50 %2 · P90 %3</translation>
    </message>
    <message>
        <source>There is no scenario to export.</source>
        <translation>There is no scenario to export.</translation>
    </message>
    <message>
        <source>Exported the cost lines of %1 to %2.</source>
        <translation>Exported the cost lines of %1 to %2.</translation>
    </message>
    <message>
        <source>Export Cost Lines as CSV</source>
        <translation>Export Cost Lines as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Keep as New Scenario</source>
        <translation>Keep as New Scenario</translation>
    </message>
    <message>
        <source>Add a copy of the scenario with the what-if values; the saved scenario stays as it is (one undo step)</source>
        <translation>Add a copy of the scenario with the what-if values; the saved scenario stays as it is (one undo step)</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>Compare two</translation>
    </message>
    <message>
        <source>%1 (what-if)</source>
        <translation>%1 (what-if)</translation>
    </message>
    <message>
        <source>The what-if values were not kept: %1 is not a scenario value</source>
        <translation>The what-if values were not kept: %1 is not a scenario value</translation>
    </message>
    <message>
        <source>Kept the what-if values as the new scenario “%1” (one undo step).</source>
        <translation>Kept the what-if values as the new scenario “%1” (one undo step).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if values, not saved:&lt;/b&gt; %1. &lt;b&gt;Keep&lt;/b&gt; writes them to the scenario as one undo step, &lt;b&gt;Keep as New Scenario&lt;/b&gt; adds a copy with them; &lt;b&gt;Discard&lt;/b&gt; drops them.</source>
        <translation>&lt;b&gt;What-if values, not saved:&lt;/b&gt; %1. &lt;b&gt;Keep&lt;/b&gt; writes them to the scenario as one undo step, &lt;b&gt;Keep as New Scenario&lt;/b&gt; adds a copy with them; &lt;b&gt;Discard&lt;/b&gt; drops them.</translation>
    </message>
    <message>
        <source>Not deployable: %1</source>
        <translation>Not deployable: %1</translation>
    </message>
    <message>
        <source>Billed memory</source>
        <translation>Billed memory</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of the spread</source>
        <translation>%1 (%2): %3 % of the spread</translation>
    </message>
    <message>
        <source>No input of this scenario has a distribution (TCO scenarios page): the percentiles equal the total.</source>
        <translation>No input of this scenario has a distribution (TCO scenarios page): the percentiles equal the total.</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 runs, seed %2. Share of the spread (squared rank correlation with the total):
%3</source>
        <translation>Monte Carlo: %1 runs, seed %2. Share of the spread (squared rank correlation with the total):
%3</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Spread driven by: %1</source>
        <translation>Spread driven by: %1</translation>
    </message>
</context>
<context>
    <name>ArchBoard::UserGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Selection matrix</source>
        <translation>Selection matrix</translation>
    </message>
    <message>
        <source>Add your candidates (or shortlist the languages already there), enter their measurements, then look at the ranking of each SLA tier under Selection matrix → Matrix and ranking.</source>
        <translation>Add your candidates (or shortlist the languages already there), enter their measurements, then look at the ranking of each SLA tier under Selection matrix → Matrix and ranking.</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>Context map</translation>
    </message>
    <message>
        <source>Add your bounded contexts with their language, data format and sync mechanism, then the relations between them; the map lists the findings.</source>
        <translation>Add your bounded contexts with their language, data format and sync mechanism, then the relations between them; the map lists the findings.</translation>
    </message>
    <message>
        <source>FaaS cost model</source>
        <translation>FaaS cost model</translation>
    </message>
    <message>
        <source>Add a TCO scenario: pick a provider (the prices are there, with their source and date), the memory, duration and invocations, and the functions per language.</source>
        <translation>Add a TCO scenario: pick a provider (the prices are there, with their source and date), the memory, duration and invocations, and the functions per language.</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentation</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Decision records</translation>
    </message>
    <message>
        <source>When a tier&apos;s ranking is settled, draft its decision record from the analysis and fill in the context and consequences.</source>
        <translation>When a tier&apos;s ranking is settled, draft its decision record from the analysis and fill in the context and consequences.</translation>
    </message>
    <message>
        <source>Report and tech radar</source>
        <translation>Report and tech radar</translation>
    </message>
    <message>
        <source>File → Export Report… writes the workshop report (HTML, PDF, JSON, Markdown); File → Export Tech Radar… the radar.</source>
        <translation>File → Export Report… writes the workshop report (HTML, PDF, JSON, Markdown); File → Export Tech Radar… the radar.</translation>
    </message>
    <message>
        <source>Workshop mode and live voting</source>
        <translation>Workshop mode and live voting</translation>
    </message>
    <message>
        <source>Press F5 for workshop mode on the projector; V opens live voting so every member scores from their phone.</source>
        <translation>Press F5 for workshop mode on the projector; V opens live voting so every member scores from their phone.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the folder of the user guide in this translation (resources/guide/&lt;folder&gt;): en or zh_CN</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>ArchBoard User Guide</source>
        <translation>ArchBoard User Guide</translation>
    </message>
    <message>
        <source>Scan a folder of manifests (Fragmentation → Dashboard → Scan folder…); the thresholds and approved protocols are already set.</source>
        <translation>Scan a folder of manifests (Fragmentation → Dashboard → Scan folder…); the thresholds and approved protocols are already set.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::Voting</name>
    <message>
        <source>the workspace is open read-only</source>
        <translation>the workspace is open read-only</translation>
    </message>
</context>
<context>
    <name>ArchBoard::VotingPanel</name>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>Another &amp;round</source>
        <translation>Another &amp;round</translation>
    </message>
    <message>
        <source>&amp;Close voting</source>
        <translation>&amp;Close voting</translation>
    </message>
    <message>
        <source>Join code %1</source>
        <translation>Join code %1</translation>
    </message>
    <message>
        <source>TLS certificate (SHA-256): %1</source>
        <translation>TLS certificate (SHA-256): %1</translation>
    </message>
    <message>
        <source>Live voting · round %1 revealed</source>
        <translation>Live voting · round %1 revealed</translation>
    </message>
    <message>
        <source>Live voting · round %1 · %2 cells, blind until the reveal</source>
        <translation>Live voting · round %1 · %2 cells, blind until the reveal</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>away</source>
        <translation>away</translation>
    </message>
    <message>
        <source>Approve second device</source>
        <translation>Approve second device</translation>
    </message>
    <message>
        <source>Round %1: %2 scores from %3 raters are in the matrix.</source>
        <translation>Round %1: %2 scores from %3 raters are in the matrix.</translation>
    </message>
    <message>
        <source>No cell is disputed.</source>
        <translation>No cell is disputed.</translation>
    </message>
    <message>
        <source>⚑ %1 · %2: spread %3</source>
        <translation>⚑ %1 · %2: spread %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Disputed cells in the matrix (every rater&apos;s scores), widest spread first:</source>
        <translation>Disputed cells in the matrix (every rater&apos;s scores), widest spread first:</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WeightsPanel</name>
    <message>
        <source>Use pairwise-comparison (AHP) weights</source>
        <translation>Use pairwise-comparison (AHP) weights</translation>
    </message>
    <message>
        <source>Sets the tier&apos;s weights to the AHP priorities of the compared criteria (others to 0), as one undo step</source>
        <translation>Sets the tier&apos;s weights to the AHP priorities of the compared criteria (others to 0), as one undo step</translation>
    </message>
    <message>
        <source>Weight 0–10; drag to see the ranking follow</source>
        <translation>Weight 0–10; drag to see the ranking follow</translation>
    </message>
    <message>
        <source>Drag weight of %1</source>
        <translation>Drag weight of %1</translation>
    </message>
    <message>
        <source>Pairwise comparisons: none yet for this tier (add them on the SLA tiers page).</source>
        <translation>Pairwise comparisons: none yet for this tier (add them on the SLA tiers page).</translation>
    </message>
    <message>
        <source>Pairwise comparisons: still missing %1.</source>
        <translation>Pairwise comparisons: still missing %1.</translation>
    </message>
    <message>
        <source>AHP priorities: %1. Consistency ratio %2 (≤ 0.10: consistent).</source>
        <translation>AHP priorities: %1. Consistency ratio %2 (≤ 0.10: consistent).</translation>
    </message>
    <message>
        <source>&lt;b&gt;AHP judgements are inconsistent&lt;/b&gt;: consistency ratio %1 &gt; 0.10. Revise the comparisons before using them.</source>
        <translation>&lt;b&gt;AHP judgements are inconsistent&lt;/b&gt;: consistency ratio %1 &gt; 0.10. Revise the comparisons before using them.</translation>
    </message>
    <message>
        <source>Use pairwise-comparison weights</source>
        <translation>Use pairwise-comparison weights</translation>
    </message>
    <message>
        <source>Weights set from the pairwise comparisons (consistency ratio %1).</source>
        <translation>Weights set from the pairwise comparisons (consistency ratio %1).</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopKeys</name>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← ↑ → ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move the cell cursor&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← ↑ → ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move the cell cursor&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 – 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the current rater&apos;s score of a rated criterion&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 – 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the current rater&apos;s score of a rated criterion&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the current rater&apos;s score&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the current rater&apos;s score&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;, &lt;b&gt;]&lt;/b&gt; / &lt;b&gt;[&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous rater&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;, &lt;b&gt;]&lt;/b&gt; / &lt;b&gt;[&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous rater&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt; / &lt;b&gt;Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous SLA tier&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt; / &lt;b&gt;Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous SLA tier&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; / &lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;larger / smaller / default type&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; / &lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;larger / smaller / default type&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open live voting on this tier (while open: show or hide its panel)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open live voting on this tier (while open: show or hide its panel)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt; / &lt;b&gt;N&lt;/b&gt; / &lt;b&gt;Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reveal the votes / another round / close voting&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt; / &lt;b&gt;N&lt;/b&gt; / &lt;b&gt;Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reveal the votes / another round / close voting&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;record the decision: leave and draft the decision record of this tier&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;record the decision: leave and draft the decision record of this tier&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;? &lt;/b&gt; / &lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide these keys&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;? &lt;/b&gt; / &lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide these keys&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave workshop mode&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave workshop mode&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Workshop mode keys</source>
        <translation>Workshop mode keys</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;PgUp&lt;/b&gt; / &lt;b&gt;PgDn&lt;/b&gt;, &lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;criteria a page up / down, the first / the last criterion&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;PgUp&lt;/b&gt; / &lt;b&gt;PgDn&lt;/b&gt;, &lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;criteria a page up / down, the first / the last criterion&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopMatrix</name>
    <message>
        <source>Criteria %1–%2 of %3 · PgUp / PgDn: the other criteria</source>
        <translation>Criteria %1–%2 of %3 · PgUp / PgDn: the other criteria</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopMatrixModel</name>
    <message>
        <source>mean %1</source>
        <translation>mean %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1” is measured, not rated: its figures come from measurements, not from workshop scores.</source>
        <translation>“%1” is measured, not rated: its figures come from measurements, not from workshop scores.</translation>
    </message>
    <message>
        <source>No rater chosen: add raters on the “Raters and ratings” page first.</source>
        <translation>No rater chosen: add raters on the “Raters and ratings” page first.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>The workspace is read-only.</translation>
    </message>
    <message>
        <source>%1 ⚑ spread %2</source>
        <translation>%1 ⚑ spread %2</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopMode</name>
    <message>
        <source>ArchBoard — Workshop Mode</source>
        <translation>ArchBoard — Workshop Mode</translation>
    </message>
    <message>
        <source>Scores go to the rater shown at the top right. Press ? for every key.</source>
        <translation>Scores go to the rater shown at the top right. Press ? for every key.</translation>
    </message>
    <message>
        <source>Type size %1 × the desktop&apos;s.</source>
        <translation>Type size %1 × the desktop&apos;s.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>No SLA tier yet: add one to rank the candidates.</source>
        <translation>No SLA tier yet: add one to rank the candidates.</translation>
    </message>
    <message>
        <source>SLA tier %1 of %2: %3</source>
        <translation>SLA tier %1 of %2: %3</translation>
    </message>
    <message>
        <source>No raters yet</source>
        <translation>No raters yet</translation>
    </message>
    <message>
        <source>Scoring as: %1 (%2 of %3)</source>
        <translation>Scoring as: %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to score: the matrix has no candidates or criteria.</source>
        <translation>Nothing to score: the matrix has no candidates or criteria.</translation>
    </message>
    <message>
        <source>%1 scores %2 on %3: %4.</source>
        <translation>%1 scores %2 on %3: %4.</translation>
    </message>
    <message>
        <source>%1&apos;s score of %2 on %3 cleared.</source>
        <translation>%1&apos;s score of %2 on %3 cleared.</translation>
    </message>
    <message>
        <source>No raters yet: add them on the “Raters and ratings” page.</source>
        <translation>No raters yet: add them on the “Raters and ratings” page.</translation>
    </message>
    <message>
        <source>Now scoring as %1.</source>
        <translation>Now scoring as %1.</translation>
    </message>
    <message>
        <source>No SLA tiers yet: add them on the “SLA tiers” page.</source>
        <translation>No SLA tiers yet: add them on the “SLA tiers” page.</translation>
    </message>
    <message>
        <source>Tier: %1.</source>
        <translation>Tier: %1.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>No SLA tier to record a decision for.</source>
        <translation>No SLA tier to record a decision for.</translation>
    </message>
    <message>
        <source>Scores run from 1 to 5; 0 or Delete clears.</source>
        <translation>Scores run from 1 to 5; 0 or Delete clears.</translation>
    </message>
    <message>
        <source>? keys · 1–5 score · Tab rater · T tier · V voting · D record decision · Esc leave</source>
        <translation>? keys · 1–5 score · Tab rater · T tier · V voting · D record decision · Esc leave</translation>
    </message>
    <message>
        <source>Voting is open: members join with the QR code or the URL and the join code.</source>
        <translation>Voting is open: members join with the QR code or the URL and the join code.</translation>
    </message>
    <message>
        <source>Voting closed: the server has stopped.</source>
        <translation>Voting closed: the server has stopped.</translation>
    </message>
    <message>
        <source>Round %1 revealed: %2 scores in the matrix, %3 cells disputed.</source>
        <translation>Round %1 revealed: %2 scores in the matrix, %3 cells disputed.</translation>
    </message>
    <message>
        <source>No voting is open: V opens it.</source>
        <translation>No voting is open: V opens it.</translation>
    </message>
    <message>
        <source>Reveal this round (R) before opening another.</source>
        <translation>Reveal this round (R) before opening another.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopModel</name>
    <message>
        <source>Type 1–5; Delete clears</source>
        <translation>Type 1–5; Delete clears</translation>
    </message>
    <message>
        <source> ⚑ discuss</source>
        <translation> ⚑ discuss</translation>
    </message>
    <message>
        <source>Highest minus lowest score; flagged at %1 or more</source>
        <translation>Highest minus lowest score; flagged at %1 or more</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopPage</name>
    <message>
        <source>Workshop scoring</source>
        <translation>Workshop scoring</translation>
    </message>
    <message>
        <source>Each rater scores the rated criteria from 1 to 5: select a rater&apos;s cell and type the digit — the cursor moves down. Delete clears a score. Rows where raters disagree by the workspace&apos;s threshold or more are highlighted for discussion.</source>
        <translation>Each rater scores the rated criteria from 1 to 5: select a rater&apos;s cell and type the digit — the cursor moves down. Delete clears a score. Rows where raters disagree by the workspace&apos;s threshold or more are highlighted for discussion.</translation>
    </message>
    <message>
        <source>Scores run from 1 to 5; Delete clears.</source>
        <translation>Scores run from 1 to 5; Delete clears.</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopResults</name>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Sensitivity: how far a weight can move before the winner changes</source>
        <translation>Sensitivity: how far a weight can move before the winner changes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <source>Share of %1 Monte Carlo draws (weights, ratings and measured ranges varied together) this candidate wins</source>
        <translation>Share of %1 Monte Carlo draws (weights, ratings and measured ranges varied together) this candidate wins</translation>
    </message>
    <message>
        <source>Win probabilities are being computed</source>
        <translation>Win probabilities are being computed</translation>
    </message>
    <message>
        <source>No winner: every candidate is knocked out.</source>
        <translation>No winner: every candidate is knocked out.</translation>
    </message>
    <message>
        <source>Winner: %1 ★</source>
        <translation>Winner: %1 ★</translation>
    </message>
    <message>
        <source>knocked out by %1</source>
        <translation>knocked out by %1</translation>
    </message>
    <message>
        <source>%1 % of the weight has figures</source>
        <translation>%1 % of the weight has figures</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Winner changes at</source>
        <translation>Winner changes at</translation>
    </message>
    <message>
        <source>Then wins</source>
        <translation>Then wins</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Stable: the winner holds until a weight moves %1 pp.</source>
        <translation>Stable: the winner holds until a weight moves %1 pp.</translation>
    </message>
    <message>
        <source>Stable: no single weight change alters the winner.</source>
        <translation>Stable: no single weight change alters the winner.</translation>
    </message>
    <message>
        <source>Fragile: a %1 pp weight change alters the winner.</source>
        <translation>Fragile: a %1 pp weight change alters the winner.</translation>
    </message>
    <message>
        <source>Undecided: every candidate is knocked out.</source>
        <translation>Undecided: every candidate is knocked out.</translation>
    </message>
    <message>
        <source>Uncontested: the only candidate left after the knock-outs, so no weight can change the winner.</source>
        <translation>Uncontested: the only candidate left after the knock-outs, so no weight can change the winner.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>Other (%n more)</numerusform>
            <numerusform>Other (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cml</name>
    <message>
        <source>unexpected character “%1”</source>
        <translation>unexpected character “%1”</translation>
    </message>
    <message>
        <source>a comment starts here and is never closed</source>
        <translation>a comment starts here and is never closed</translation>
    </message>
    <message>
        <source>a string starts here and is never closed</source>
        <translation>a string starts here and is never closed</translation>
    </message>
    <message>
        <source>expected a declaration such as ContextMap or BoundedContext</source>
        <translation>expected a declaration such as ContextMap or BoundedContext</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>a file name</translation>
    </message>
    <message>
        <source>import &quot;%1&quot; is not followed; import that file on its own</source>
        <translation>import &quot;%1&quot; is not followed; import that file on its own</translation>
    </message>
    <message>
        <source>%1 %2 is not imported (ArchBoard reads the context map and its bounded contexts)</source>
        <translation>%1 %2 is not imported (ArchBoard reads the context map and its bounded contexts)</translation>
    </message>
    <message>
        <source>%1, but the file ends</source>
        <translation>%1, but the file ends</translation>
    </message>
    <message>
        <source>%1, found “%2”</source>
        <translation>%1, found “%2”</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>expected “%1”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>expected a value</translation>
    </message>
    <message>
        <source>a second ContextMap: its relationships are read as well</source>
        <translation>a second ContextMap: its relationships are read as well</translation>
    </message>
    <message>
        <source>expected “}” to close the ContextMap</source>
        <translation>expected “}” to close the ContextMap</translation>
    </message>
    <message>
        <source>a bounded context name</source>
        <translation>a bounded context name</translation>
    </message>
    <message>
        <source>a role (U, D, S, C, OHS, PL, ACL, CF, P, SK)</source>
        <translation>a role (U, D, S, C, OHS, PL, ACL, CF, P, SK)</translation>
    </message>
    <message>
        <source>a bounded context name or a relationship</source>
        <translation>a bounded context name or a relationship</translation>
    </message>
    <message>
        <source>the rest of the relationship keyword</source>
        <translation>the rest of the relationship keyword</translation>
    </message>
    <message>
        <source>expected -&gt;, &lt;-, &lt;-&gt; or a relationship keyword (%1)</source>
        <translation>expected -&gt;, &lt;-, &lt;-&gt; or a relationship keyword (%1)</translation>
    </message>
    <message>
        <source>expected -&gt;, &lt;- or &lt;-&gt; between two bounded contexts</source>
        <translation>expected -&gt;, &lt;- or &lt;-&gt; between two bounded contexts</translation>
    </message>
    <message>
        <source>a relationship name</source>
        <translation>a relationship name</translation>
    </message>
    <message>
        <source>a relationship attribute</source>
        <translation>a relationship attribute</translation>
    </message>
    <message>
        <source>%1 of the relationship %2–%3 is not imported</source>
        <translation>%1 of the relationship %2–%3 is not imported</translation>
    </message>
    <message>
        <source>the bounded context&apos;s name</source>
        <translation>the bounded context&apos;s name</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>a name</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not imported</source>
        <translation>%1 %2 %3 is not imported</translation>
    </message>
    <message>
        <source>expected “}” to close BoundedContext %1</source>
        <translation>expected “}” to close BoundedContext %1</translation>
    </message>
    <message>
        <source>expected an attribute of BoundedContext %1</source>
        <translation>expected an attribute of BoundedContext %1</translation>
    </message>
    <message>
        <source>%1 %2 in %3 is not imported</source>
        <translation>%1 %2 in %3 is not imported</translation>
    </message>
    <message>
        <source>%1 of %2 is not imported</source>
        <translation>%1 of %2 is not imported</translation>
    </message>
    <message>
        <source>%1 is used in the context map but not declared as a BoundedContext</source>
        <translation>%1 is used in the context map but not declared as a BoundedContext</translation>
    </message>
    <message>
        <source>line %1: role %2 is unknown and not imported</source>
        <translation>line %1: role %2 is unknown and not imported</translation>
    </message>
    <message>
        <source>the file is too large (at most 16 MB)</source>
        <translation>the file is too large (at most 16 MB)</translation>
    </message>
    <message>
        <source>bounded context %1 exists already: kept as it is</source>
        <translation>bounded context %1 exists already: kept as it is</translation>
    </message>
    <message>
        <source>%1: implementation technology “%2” matches no candidate; kept in the description</source>
        <translation>%1: implementation technology “%2” matches no candidate; kept in the description</translation>
    </message>
    <message>
        <source>relation %1 exists already: kept as it is</source>
        <translation>relation %1 exists already: kept as it is</translation>
    </message>
    <message>
        <source>Imported context map</source>
        <translation>Imported context map</translation>
    </message>
    <message>
        <source>Imported from Context Mapper (CML)</source>
        <translation>Imported from Context Mapper (CML)</translation>
    </message>
    <message>
        <source>relation %1 refers to a context that does not exist: left out</source>
        <translation>relation %1 refers to a context that does not exist: left out</translation>
    </message>
    <message>
        <source>relation %1 (Separate Ways) has no CML relationship: written as a comment</source>
        <translation>relation %1 (Separate Ways) has no CML relationship: written as a comment</translation>
    </message>
    <message>
        <source>“^” must be followed by a name</source>
        <translation>“^” must be followed by a name</translation>
    </message>
    <message>
        <source>the ContextMap&apos;s %1 is kept only when the file is opened as a new workspace (archboard-cli import-cml)</source>
        <translation>the ContextMap&apos;s %1 is kept only when the file is opened as a new workspace (archboard-cli import-cml)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>one or more quoted strings separated by commas</source>
        <translation>one or more quoted strings separated by commas</translation>
    </message>
    <message>
        <source>a quoted string</source>
        <translation>a quoted string</translation>
    </message>
    <message>
        <source>%1 of %2 is not imported: “%3” is not %4</source>
        <translation>%1 of %2 is not imported: “%3” is not %4</translation>
    </message>
    <message>
        <source>the ContextMap</source>
        <translation>the ContextMap</translation>
    </message>
    <message>
        <source>%1 implements %2: the link is not kept (the domain type is taken from it)</source>
        <translation>%1 implements %2: the link is not kept (the domain type is taken from it)</translation>
    </message>
    <message>
        <source>the domain&apos;s name</source>
        <translation>the domain&apos;s name</translation>
    </message>
    <message>
        <source>expected “}” to close Domain %1</source>
        <translation>expected “}” to close Domain %1</translation>
    </message>
    <message>
        <source>expected Subdomain or domainVisionStatement in Domain %1</source>
        <translation>expected Subdomain or domainVisionStatement in Domain %1</translation>
    </message>
    <message>
        <source>Domain %1 is not imported (ArchBoard has no domains)</source>
        <translation>Domain %1 is not imported (ArchBoard has no domains)</translation>
    </message>
    <message>
        <source>Domain %1 is not imported (ArchBoard has no domains); the contexts that implement its subdomains %2 take their types</source>
        <translation>Domain %1 is not imported (ArchBoard has no domains); the contexts that implement its subdomains %2 take their types</translation>
    </message>
    <message>
        <source>the subdomain&apos;s name</source>
        <translation>the subdomain&apos;s name</translation>
    </message>
    <message>
        <source>a use case or user story</source>
        <translation>a use case or user story</translation>
    </message>
    <message>
        <source>expected “}” to close Subdomain %1</source>
        <translation>expected “}” to close Subdomain %1</translation>
    </message>
    <message>
        <source>expected a subdomain type (%1)</source>
        <translation>expected a subdomain type (%1)</translation>
    </message>
    <message>
        <source>expected an attribute of Subdomain %1</source>
        <translation>expected an attribute of Subdomain %1</translation>
    </message>
    <message>
        <source>%1 implements %2, which is no Domain or Subdomain of this file</source>
        <translation>%1 implements %2, which is no Domain or Subdomain of this file</translation>
    </message>
    <message>
        <source>%1 implements subdomains of several types (%2): its domain type is %3</source>
        <translation>%1 implements subdomains of several types (%2): its domain type is %3</translation>
    </message>
    <message>
        <source>%1: no typed subdomain is implemented, so the domain type is Core (ArchBoard&apos;s default)</source>
        <translation>%1: no typed subdomain is implemented, so the domain type is Core (ArchBoard&apos;s default)</translation>
    </message>
    <message>
        <source>line %1: downstreamRights of a symmetric relationship is not imported</source>
        <translation>line %1: downstreamRights of a symmetric relationship is not imported</translation>
    </message>
    <message>
        <source>%1: “%2” is no valid CML attribute; written as text</source>
        <translation>%1: “%2” is no valid CML attribute; written as text</translation>
    </message>
    <message>
        <source>relation %1: its id is no CML name (letters, digits, _; no keyword) and is not written</source>
        <translation>relation %1: its id is no CML name (letters, digits, _; no keyword) and is not written</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>relation %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>expected latency</source>
        <translation>expected latency</translation>
    </message>
    <message>
        <source>relation %1: %2 not exported (CML has no place for it)</source>
        <translation>relation %1: %2 not exported (CML has no place for it)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>relation %1: the description&apos;s %2 is not written; the mechanism and format are</source>
        <translation>relation %1: the description&apos;s %2 is not written; the mechanism and format are</translation>
    </message>
    <message>
        <source>relation %1: a symmetric relationship has no downstreamRights; “%2” is not written</source>
        <translation>relation %1: a symmetric relationship has no downstreamRights; “%2” is not written</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>name “%1”</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>team skills</source>
        <translation>team skills</translation>
    </message>
    <message>
        <source>data format</source>
        <translation>data format</translation>
    </message>
    <message>
        <source>sync mechanism</source>
        <translation>sync mechanism</translation>
    </message>
    <message>
        <source>latency tolerance</source>
        <translation>latency tolerance</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA tier</translation>
    </message>
    <message>
        <source>function count</source>
        <translation>function count</translation>
    </message>
    <message>
        <source>bounded context %1: %2 not exported (CML has no place for them)</source>
        <translation>bounded context %1: %2 not exported (CML has no place for them)</translation>
    </message>
    <message>
        <source>bounded context %1</source>
        <translation>bounded context %1</translation>
    </message>
    <message>
        <source>bounded context %1: the description&apos;s %2 is not written; the language is</source>
        <translation>bounded context %1: the description&apos;s %2 is not written; the language is</translation>
    </message>
    <message>
        <source>bounded context %1 is called %2 in CML (CML names are identifiers and no keywords)</source>
        <translation>bounded context %1 is called %2 in CML (CML names are identifiers and no keywords)</translation>
    </message>
    <message>
        <source>the workspace name “%1” is written as the map name %2</source>
        <translation>the workspace name “%1” is written as the map name %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Change %1 of %2 “%3”</source>
        <translation>Change %1 of %2 “%3”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>Remove %1 “%2”</translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <translation>Move %1 “%2”</translation>
    </message>
</context>
<context>
    <name>ContextMap</name>
    <message>
        <source>Latency budget</source>
        <translation>Latency budget</translation>
    </message>
    <message>
        <source>Format change without ACL</source>
        <translation>Format change without ACL</translation>
    </message>
    <message>
        <source>Language disagrees with the rules</source>
        <translation>Language disagrees with the rules</translation>
    </message>
    <message>
        <source>Synchronous cycle</source>
        <translation>Synchronous cycle</translation>
    </message>
    <message>
        <source>Isolated context</source>
        <translation>Isolated context</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>latency unknown</translation>
    </message>
    <message>
        <source>%1 waits on a chain of synchronous calls that takes %2, more than its tolerance of %3: %4</source>
        <translation>%1 waits on a chain of synchronous calls that takes %2, more than its tolerance of %3: %4</translation>
    </message>
    <message>
        <source> (1 call without a latency figure not counted)</source>
        <translation> (1 call without a latency figure not counted)</translation>
    </message>
    <message>
        <source> (%1 calls without a latency figure not counted)</source>
        <translation> (%1 calls without a latency figure not counted)</translation>
    </message>
    <message>
        <source>%1 receives %2 from %3 but works in %4, without an anticorruption layer to translate</source>
        <translation>%1 receives %2 from %3 but works in %4, without an anticorruption layer to translate</translation>
    </message>
    <message>
        <source>%1 is written in %2; the decision rules recommend %3 (rule “%4”)</source>
        <translation>%1 is written in %2; the decision rules recommend %3 (rule “%4”)</translation>
    </message>
    <message>
        <source>%1 call each other synchronously in a cycle: a slow or failing one stalls all of them</source>
        <translation>%1 call each other synchronously in a cycle: a slow or failing one stalls all of them</translation>
    </message>
    <message>
        <source>%1 has no relation to any other context</source>
        <translation>%1 has no relation to any other context</translation>
    </message>
    <message>
        <source>Bounded-context map</source>
        <translation>Bounded-context map</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 domain</source>
        <translation>%1 domain</translation>
    </message>
    <message>
        <source>tolerates %1</source>
        <translation>tolerates %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Sync mechanism: %1</source>
        <translation>Sync mechanism: %1</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>does not contain</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 “%2”: figure “%3” was %4 when the record was drafted, now %5</source>
        <translation>%1 “%2”: figure “%3” was %4 when the record was drafted, now %5</translation>
    </message>
    <message>
        <source>%1 “%2”: figure “%3” was %4 when the record was drafted and no longer exists (%5)</source>
        <translation>%1 “%2”: figure “%3” was %4 when the record was drafted and no longer exists (%5)</translation>
    </message>
    <message>
        <source>%1 “%2” is superseded by %3 but still linked to %4 element(s); link them from %3 and remove the links here</source>
        <translation>%1 “%2” is superseded by %3 but still linked to %4 element(s); link them from %3 and remove the links here</translation>
    </message>
    <message>
        <source>%1 “%2” is superseded but still linked to %3 element(s)</source>
        <translation>%1 “%2” is superseded but still linked to %3 element(s)</translation>
    </message>
    <message>
        <source>availability ≥ %1 %</source>
        <translation>availability ≥ %1 %</translation>
    </message>
    <message>
        <source>P99 latency &lt; %1 ms</source>
        <translation>P99 latency &lt; %1 ms</translation>
    </message>
    <message>
        <source>delivery within %1 weeks</source>
        <translation>delivery within %1 weeks</translation>
    </message>
    <message>
        <source>Which candidate should the services of the SLA tier “%1” use?</source>
        <translation>Which candidate should the services of the SLA tier “%1” use?</translation>
    </message>
    <message>
        <source>The tier states no availability, latency or delivery target.</source>
        <translation>The tier states no availability, latency or delivery target.</translation>
    </message>
    <message>
        <source>The tier&apos;s targets: %1.</source>
        <translation>The tier&apos;s targets: %1.</translation>
    </message>
    <message>
        <source>Bounded contexts in this tier: %1.</source>
        <translation>Bounded contexts in this tier: %1.</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Score of %1</translation>
    </message>
    <message>
        <source>Rank of %1</source>
        <translation>Rank of %1</translation>
    </message>
    <message>
        <source>%1 knocked out</source>
        <translation>%1 knocked out</translation>
    </message>
    <message>
        <source>Score %1 %, rank %2 of %3, %4 % of the tier&apos;s weight backed by values.</source>
        <translation>Score %1 %, rank %2 of %3, %4 % of the tier&apos;s weight backed by values.</translation>
    </message>
    <message>
        <source>Contribution of %1 to %2&apos;s score</source>
        <translation>Contribution of %1 to %2&apos;s score</translation>
    </message>
    <message>
        <source>%1: no value (%2 % of the weight not backed)</source>
        <translation>%1: no value (%2 % of the weight not backed)</translation>
    </message>
    <message>
        <source>%1: %2, among the best; adds %3 pp of a possible %4</source>
        <translation>%1: %2, among the best; adds %3 pp of a possible %4</translation>
    </message>
    <message>
        <source>%1: %2, among the worst; adds %3 pp of a possible %4</source>
        <translation>%1: %2, among the worst; adds %3 pp of a possible %4</translation>
    </message>
    <message>
        <source>Knocked out: %1 is %2, must be %3 %4</source>
        <translation>Knocked out: %1 is %2, must be %3 %4</translation>
    </message>
    <message>
        <source>Knocked out: no value for %1 to prove %2 %3</source>
        <translation>Knocked out: no value for %1 to prove %2 %3</translation>
    </message>
    <message>
        <source>No option chosen: every candidate is knocked out or unscored in the tier “%1”.</source>
        <translation>No option chosen: every candidate is knocked out or unscored in the tier “%1”.</translation>
    </message>
    <message>
        <source>Winner of %1</source>
        <translation>Winner of %1</translation>
    </message>
    <message>
        <source>Winner&apos;s lead in %1</source>
        <translation>Winner&apos;s lead in %1</translation>
    </message>
    <message>
        <source>Chosen option: “%1”, because it ranks first in the tier “%2” with a score of %3 %, %4 pp ahead of %5.</source>
        <translation>Chosen option: “%1”, because it ranks first in the tier “%2” with a score of %3 %, %4 pp ahead of %5.</translation>
    </message>
    <message>
        <source>Chosen option: “%1”, because it is the only candidate not knocked out in the tier “%2” (score %3 %).</source>
        <translation>Chosen option: “%1”, because it is the only candidate not knocked out in the tier “%2” (score %3 %).</translation>
    </message>
    <message>
        <source>Stability of %1&apos;s ranking</source>
        <translation>Stability of %1&apos;s ranking</translation>
    </message>
    <message>
        <source>Smallest weight move that changes the winner of %1</source>
        <translation>Smallest weight move that changes the winner of %1</translation>
    </message>
    <message>
        <source> (moving the weight of %1 to %2 % makes %3 the winner)</source>
        <translation> (moving the weight of %1 to %2 % makes %3 the winner)</translation>
    </message>
    <message>
        <source>Sensitivity: %1; the smallest weight move that changes the winner is %2 pp%3.</source>
        <translation>Sensitivity: %1; the smallest weight move that changes the winner is %2 pp%3.</translation>
    </message>
    <message>
        <source>Sensitivity: %1; no weight move within 0–100 % changes the winner.</source>
        <translation>Sensitivity: %1; no weight move within 0–100 % changes the winner.</translation>
    </message>
    <message>
        <source>The decision rules recommend %1 (rule “%2”).</source>
        <translation>The decision rules recommend %1 (rule “%2”).</translation>
    </message>
    <message>
        <source>Annual TCO of %1</source>
        <translation>Annual TCO of %1</translation>
    </message>
    <message>
        <source>Baseline TCO (“%1”): %2 per year.</source>
        <translation>Baseline TCO (“%1”): %2 per year.</translation>
    </message>
    <message>
        <source>Annual TCO of %1 in %2</source>
        <translation>Annual TCO of %1 in %2</translation>
    </message>
    <message>
        <source>Difference of %1 to the baseline</source>
        <translation>Difference of %1 to the baseline</translation>
    </message>
    <message>
        <source> (%1%2 %)</source>
        <translation> (%1%2 %)</translation>
    </message>
    <message>
        <source>Scenario “%1”: %2 per year, %3%4 against the baseline%5.</source>
        <translation>Scenario “%1”: %2 per year, %3%4 against the baseline%5.</translation>
    </message>
    <message>
        <source>  %1: %2 per year (%3%4 against the baseline)</source>
        <translation>  %1: %2 per year (%3%4 against the baseline)</translation>
    </message>
    <message>
        <source>  %1: %2 per year (not in the baseline)</source>
        <translation>  %1: %2 per year (not in the baseline)</translation>
    </message>
    <message>
        <source>  %1: not used (−%2 against the baseline)</source>
        <translation>  %1: not used (−%2 against the baseline)</translation>
    </message>
    <message>
        <source>Risk level of %1</source>
        <translation>Risk level of %1</translation>
    </message>
    <message>
        <source>%1: %2 (risk: %3).</source>
        <translation>%1: %2 (risk: %3).</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unrated</translation>
    </message>
    <message>
        <source>Weight share of %1 in %2</source>
        <translation>Weight share of %1 in %2</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of the weight</source>
        <translation>%1 (%2): %3 % of the weight</translation>
    </message>
    <message>
        <source>Must pass: %1 %2 %3</source>
        <translation>Must pass: %1 %2 %3</translation>
    </message>
    <message>
        <source>Use %1 for the SLA tier “%2”</source>
        <translation>Use %1 for the SLA tier “%2”</translation>
    </message>
    <message>
        <source>Technology for the SLA tier “%1”</source>
        <translation>Technology for the SLA tier “%1”</translation>
    </message>
    <message>
        <source>Ecosystem fragmentation now:</source>
        <translation>Ecosystem fragmentation now:</translation>
    </message>
    <message>
        <source>Compare the figures frozen with this record with the live model at the next review; ArchBoard reports every figure that has moved.</source>
        <translation>Compare the figures frozen with this record with the live model at the next review; ArchBoard reports every figure that has moved.</translation>
    </message>
    <message>
        <source>Drafted by ArchBoard from the workspace “%1” on %2; %3 figures frozen with the record.</source>
        <translation>Drafted by ArchBoard from the workspace “%1” on %2; %3 figures frozen with the record.</translation>
    </message>
    <message>
        <source>The workspace has no SLA tier “%1”: nothing to draft from.</source>
        <translation>The workspace has no SLA tier “%1”: nothing to draft from.</translation>
    </message>
</context>
<context>
    <name>Diagrams</name>
    <message>
        <source>(no candidate)</source>
        <translation>(no candidate)</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Decision rules</translation>
    </message>
    <message>
        <source>A bounded context</source>
        <translation>A bounded context</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>
and </source>
        <translation>
and </translation>
    </message>
    <message>
        <source>No rule applies</source>
        <translation>No rule applies</translation>
    </message>
    <message>
        <source>Never reached (after an unconditional rule):
%1</source>
        <translation>Never reached (after an unconditional rule):
%1</translation>
    </message>
</context>
<context>
    <name>DiffGate</name>
    <message>
        <source>--fail-on %1: tco-rise needs a percentage, e.g. tco-rise=10</source>
        <translation>--fail-on %1: tco-rise needs a percentage, e.g. tco-rise=10</translation>
    </message>
    <message>
        <source>--fail-on %1: risk needs warning, high or severe, e.g. risk=high</source>
        <translation>--fail-on %1: risk needs warning, high or severe, e.g. risk=high</translation>
    </message>
    <message>
        <source>--fail-on %1: expected winner, tco-rise=PCT, risk=LEVEL, findings or stale</source>
        <translation>--fail-on %1: expected winner, tco-rise=PCT, risk=LEVEL, findings or stale</translation>
    </message>
    <message>
        <source>winner changed: %1</source>
        <translation>winner changed: %1</translation>
    </message>
    <message>
        <source>TCO rose more than %1 %: %2</source>
        <translation>TCO rose more than %1 %: %2</translation>
    </message>
    <message>
        <source>risk reached %1: %2</source>
        <translation>risk reached %1: %2</translation>
    </message>
    <message>
        <source>finding appeared: %1</source>
        <translation>finding appeared: %1</translation>
    </message>
    <message>
        <source>decision record: %1</source>
        <translation>decision record: %1</translation>
    </message>
</context>
<context>
    <name>Dot</name>
    <message>
        <source>The diagram has %1 nodes; at most %2 are drawn. Filter the model or split the diagram.</source>
        <translation>The diagram has %1 nodes; at most %2 are drawn. Filter the model or split the diagram.</translation>
    </message>
    <message>
        <source>The diagram has %1 edges; at most %2 are drawn.</source>
        <translation>The diagram has %1 edges; at most %2 are drawn.</translation>
    </message>
    <message>
        <source>Two nodes of the diagram have the id “%1”.</source>
        <translation>Two nodes of the diagram have the id “%1”.</translation>
    </message>
    <message>
        <source>An edge of the diagram joins “%1” and “%2”, which are not both in it.</source>
        <translation>An edge of the diagram joins “%1” and “%2”, which are not both in it.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Rated in workshop (1–5)</source>
        <translation>Rated in workshop (1–5)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>does not contain</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA tier</translation>
    </message>
    <message>
        <source>Availability target (%)</source>
        <translation>Availability target (%)</translation>
    </message>
    <message>
        <source>P99 latency target (ms)</source>
        <translation>P99 latency target (ms)</translation>
    </message>
    <message>
        <source>Delivery cycle (weeks)</source>
        <translation>Delivery cycle (weeks)</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>Domain type</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team skills</source>
        <translation>Team skills</translation>
    </message>
    <message>
        <source>Latency tolerance (ms)</source>
        <translation>Latency tolerance (ms)</translation>
    </message>
    <message>
        <source>Function count</source>
        <translation>Function count</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Current language</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Leave out (score over the criteria measured)</source>
        <translation>Leave out (score over the criteria measured)</translation>
    </message>
    <message>
        <source>Count as the worst value</source>
        <translation>Count as the worst value</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generic</translation>
    </message>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>JSON:API</source>
        <translation>JSON:API</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Thrift</source>
        <translation>Thrift</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kafka events</source>
        <translation>Kafka events</translation>
    </message>
    <message>
        <source>gRPC streaming</source>
        <translation>gRPC streaming</translation>
    </message>
    <message>
        <source>gRPC (unary)</source>
        <translation>gRPC (unary)</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>REST + Saga</source>
        <translation>REST + Saga</translation>
    </message>
    <message>
        <source>HTTP webhook</source>
        <translation>HTTP webhook</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Message queue</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <source>Batch file transfer</source>
        <translation>Batch file transfer</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Shared Kernel</source>
        <translation>Shared Kernel</translation>
    </message>
    <message>
        <source>Customer/Supplier</source>
        <translation>Customer/Supplier</translation>
    </message>
    <message>
        <source>Upstream/Downstream</source>
        <translation>Upstream/Downstream</translation>
    </message>
    <message>
        <source>Separate Ways</source>
        <translation>Separate Ways</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Open Host Service</source>
        <translation>Open Host Service</translation>
    </message>
    <message>
        <source>Published Language</source>
        <translation>Published Language</translation>
    </message>
    <message>
        <source>Open Host Service + Published Language</source>
        <translation>Open Host Service + Published Language</translation>
    </message>
    <message>
        <source>Anticorruption Layer</source>
        <translation>Anticorruption Layer</translation>
    </message>
    <message>
        <source>Conformist</source>
        <translation>Conformist</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>npm</source>
        <translation>npm</translation>
    </message>
    <message>
        <source>Go modules</source>
        <translation>Go modules</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Maven</source>
        <translation>Maven</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>gRPC</source>
        <translation>gRPC</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>AMQP</source>
        <translation>AMQP</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>SOAP</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>Browser events</source>
        <translation>Browser events</translation>
    </message>
    <message>
        <source>OpenAPI</source>
        <translation>OpenAPI</translation>
    </message>
    <message>
        <source>Protobuf IDL</source>
        <translation>Protobuf IDL</translation>
    </message>
    <message>
        <source>AsyncAPI</source>
        <translation>AsyncAPI</translation>
    </message>
    <message>
        <source>GraphQL SDL</source>
        <translation>GraphQL SDL</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Avro schema</source>
        <translation>Avro schema</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Provides</translation>
    </message>
    <message>
        <source>Consumes</source>
        <translation>Consumes</translation>
    </message>
    <message>
        <source>API-protocol consistency</source>
        <translation>API-protocol consistency</translation>
    </message>
    <message>
        <source>Shared-dependency version drift</source>
        <translation>Shared-dependency version drift</translation>
    </message>
    <message>
        <source>Peer-dependency hygiene</source>
        <translation>Peer-dependency hygiene</translation>
    </message>
    <message>
        <source>Stack heterogeneity</source>
        <translation>Stack heterogeneity</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Deprecated</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>Bounded context</translation>
    </message>
    <message>
        <source>Context relation</source>
        <translation>Context relation</translation>
    </message>
    <message>
        <source>TCO scenario</source>
        <translation>TCO scenario</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>None (a point value)</source>
        <translation>None (a point value)</translation>
    </message>
    <message>
        <source>Triangular (low–high, the value as mode)</source>
        <translation>Triangular (low–high, the value as mode)</translation>
    </message>
    <message>
        <source>Uniform (low–high)</source>
        <translation>Uniform (low–high)</translation>
    </message>
    <message>
        <source>Normal (low–high = value ± σ)</source>
        <translation>Normal (low–high = value ± σ)</translation>
    </message>
    <message>
        <source>Lognormal (low–high = value ± σ)</source>
        <translation>Lognormal (low–high = value ± σ)</translation>
    </message>
    <message>
        <source>Refuses the configuration</source>
        <translation>Refuses the configuration</translation>
    </message>
    <message>
        <source>Bills at the limit</source>
        <translation>Bills at the limit</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rating aggregation</source>
        <translation>Rating aggregation</translation>
    </message>
    <message>
        <source>Missing figures</source>
        <translation>Missing figures</translation>
    </message>
    <message>
        <source>Disagreement threshold</source>
        <translation>Disagreement threshold</translation>
    </message>
    <message>
        <source>Fragile below</source>
        <translation>Fragile below</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Shortlisted</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Availability target</translation>
    </message>
    <message>
        <source>P99 latency target</source>
        <translation>P99 latency target</translation>
    </message>
    <message>
        <source>Delivery cycle</source>
        <translation>Delivery cycle</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA tier</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Criterion A</source>
        <translation>Criterion A</translation>
    </message>
    <message>
        <source>Criterion B</source>
        <translation>Criterion B</translation>
    </message>
    <message>
        <source>A is … times as important as B</source>
        <translation>A is … times as important as B</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Recommends</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>Domain type</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team skills</source>
        <translation>Team skills</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>Data format</translation>
    </message>
    <message>
        <source>Sync mechanism</source>
        <translation>Sync mechanism</translation>
    </message>
    <message>
        <source>Latency tolerance</source>
        <translation>Latency tolerance</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>Downstream</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Upstream roles</source>
        <translation>Upstream roles</translation>
    </message>
    <message>
        <source>Downstream role</source>
        <translation>Downstream role</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Expected latency</source>
        <translation>Expected latency</translation>
    </message>
    <message>
        <source>Price per GB-second</source>
        <translation>Price per GB-second</translation>
    </message>
    <message>
        <source>Price per million requests</source>
        <translation>Price per million requests</translation>
    </message>
    <message>
        <source>Free GB-seconds per month</source>
        <translation>Free GB-seconds per month</translation>
    </message>
    <message>
        <source>Free requests per month</source>
        <translation>Free requests per month</translation>
    </message>
    <message>
        <source>Billing granularity</source>
        <translation>Billing granularity</translation>
    </message>
    <message>
        <source>Minimum billed duration</source>
        <translation>Minimum billed duration</translation>
    </message>
    <message>
        <source>Bills cold-start init</source>
        <translation>Bills cold-start init</translation>
    </message>
    <message>
        <source>Price per vCPU-second</source>
        <translation>Price per vCPU-second</translation>
    </message>
    <message>
        <source>Free vCPU-seconds per month</source>
        <translation>Free vCPU-seconds per month</translation>
    </message>
    <message>
        <source>Memory granularity</source>
        <translation>Memory granularity</translation>
    </message>
    <message>
        <source>vCPU by memory</source>
        <translation>vCPU by memory</translation>
    </message>
    <message>
        <source>Prices as of</source>
        <translation>Prices as of</translation>
    </message>
    <message>
        <source>Language factor</source>
        <translation>Language factor</translation>
    </message>
    <message>
        <source>Factor is an estimate</source>
        <translation>Factor is an estimate</translation>
    </message>
    <message>
        <source>Cold start mean</source>
        <translation>Cold start mean</translation>
    </message>
    <message>
        <source>Cold start σ</source>
        <translation>Cold start σ</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>First byte</translation>
    </message>
    <message>
        <source>Artifact size</source>
        <translation>Artifact size</translation>
    </message>
    <message>
        <source>Cold start per artifact MB</source>
        <translation>Cold start per artifact MB</translation>
    </message>
    <message>
        <source>Monitoring migration</source>
        <translation>Monitoring migration</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Apply free tier</source>
        <translation>Apply free tier</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Mean duration</translation>
    </message>
    <message>
        <source>Invocations per month</source>
        <translation>Invocations per month</translation>
    </message>
    <message>
        <source>Cold-start share</source>
        <translation>Cold-start share</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Base platform cost</source>
        <translation>Base platform cost</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>CI builds per month</source>
        <translation>CI builds per month</translation>
    </message>
    <message>
        <source>CI minutes per build</source>
        <translation>CI minutes per build</translation>
    </message>
    <message>
        <source>CI price per minute</source>
        <translation>CI price per minute</translation>
    </message>
    <message>
        <source>CI time per extra language</source>
        <translation>CI time per extra language</translation>
    </message>
    <message>
        <source>Dependency volume spread</source>
        <translation>Dependency volume spread</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation>Storage price</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>Day rate</translation>
    </message>
    <message>
        <source>Sensitivity step</source>
        <translation>Sensitivity step</translation>
    </message>
    <message>
        <source>Monte Carlo runs</source>
        <translation>Monte Carlo runs</translation>
    </message>
    <message>
        <source>Monte Carlo seed</source>
        <translation>Monte Carlo seed</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>Bounded context</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Runtime version</source>
        <translation>Runtime version</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>Ecosystem</translation>
    </message>
    <message>
        <source>Requested version</source>
        <translation>Requested version</translation>
    </message>
    <message>
        <source>Resolved version</source>
        <translation>Resolved version</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Bundled copy</source>
        <translation>Bundled copy</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Healthy limit</source>
        <translation>Healthy limit</translation>
    </message>
    <message>
        <source>Warning limit</source>
        <translation>Warning limit</translation>
    </message>
    <message>
        <source>High limit</source>
        <translation>High limit</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>Reported value</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>Manifests</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Version drift</source>
        <translation>Version drift</translation>
    </message>
    <message>
        <source>Protocol consistency</source>
        <translation>Protocol consistency</translation>
    </message>
    <message>
        <source>Peer-dependency hygiene</source>
        <translation>Peer-dependency hygiene</translation>
    </message>
    <message>
        <source>Stack heterogeneity</source>
        <translation>Stack heterogeneity</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Decision-makers</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Context and problem statement</source>
        <translation>Context and problem statement</translation>
    </message>
    <message>
        <source>Decision drivers</source>
        <translation>Decision drivers</translation>
    </message>
    <message>
        <source>Decision outcome</source>
        <translation>Decision outcome</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>More information</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Pros</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Cons</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Weight uncertainty</source>
        <translation>Weight uncertainty</translation>
    </message>
    <message>
        <source>Win-probability draws</source>
        <translation>Win-probability draws</translation>
    </message>
    <message>
        <source>Win-probability seed</source>
        <translation>Win-probability seed</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Smallest memory</source>
        <translation>Smallest memory</translation>
    </message>
    <message>
        <source>Largest memory</source>
        <translation>Largest memory</translation>
    </message>
    <message>
        <source>Beyond the memory limits</source>
        <translation>Beyond the memory limits</translation>
    </message>
    <message>
        <source>Timeout limit</source>
        <translation>Timeout limit</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Team size</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>Revealed at</source>
        <translation>Revealed at</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unknown)</translation>
    </message>
</context>
<context>
    <name>FieldTip</name>
    <message>
        <source>Short unique key used in files and references; renaming it updates every reference</source>
        <translation>Short unique key used in files and references; renaming it updates every reference</translation>
    </message>
    <message>
        <source>Where the figures of this row come from (article section, measurement, URL)</source>
        <translation>Where the figures of this row come from (article section, measurement, URL)</translation>
    </message>
    <message>
        <source>How a candidate without a value for a weighted criterion is scored</source>
        <translation>How a candidate without a value for a weighted criterion is scored</translation>
    </message>
    <message>
        <source>Raters&apos; spread (highest minus lowest score) at or above which a cell is flagged for discussion</source>
        <translation>Raters&apos; spread (highest minus lowest score) at or above which a cell is flagged for discussion</translation>
    </message>
    <message>
        <source>A tier&apos;s ranking is fragile when moving one weight by less than this many percentage points changes the winner</source>
        <translation>A tier&apos;s ranking is fragile when moving one weight by less than this many percentage points changes the winner</translation>
    </message>
    <message>
        <source>Part of the selection matrix</source>
        <translation>Part of the selection matrix</translation>
    </message>
    <message>
        <source>#rrggbb used for this candidate in diagrams and charts</source>
        <translation>#rrggbb used for this candidate in diagrams and charts</translation>
    </message>
    <message>
        <source>Raw measured value in the criterion&apos;s unit; empty means not measured</source>
        <translation>Raw measured value in the criterion&apos;s unit; empty means not measured</translation>
    </message>
    <message>
        <source>Relative weight of the criterion in this tier; weights are normalised to sum to 100 %</source>
        <translation>Relative weight of the criterion in this tier; weights are normalised to sum to 100 %</translation>
    </message>
    <message>
        <source>A candidate whose raw value fails this comparison is knocked out of the tier</source>
        <translation>A candidate whose raw value fails this comparison is knocked out of the tier</translation>
    </message>
    <message>
        <source>Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the other way round</source>
        <translation>Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the other way round</translation>
    </message>
    <message>
        <source>A number for numeric attributes, an id for tier and language, text otherwise</source>
        <translation>A number for numeric attributes, an id for tier and language, text otherwise</translation>
    </message>
    <message>
        <source>Comma-separated languages or skills of the owning team</source>
        <translation>Comma-separated languages or skills of the owning team</translation>
    </message>
    <message>
        <source>Billed duration is rounded up to a multiple of this</source>
        <translation>Billed duration is rounded up to a multiple of this</translation>
    </message>
    <message>
        <source>Whether the provider bills the initialisation (cold start) duration</source>
        <translation>Whether the provider bills the initialisation (cold start) duration</translation>
    </message>
    <message>
        <source>For providers that bill CPU time separately from memory (Cloud Run functions); 0 otherwise</source>
        <translation>For providers that bill CPU time separately from memory (Cloud Run functions); 0 otherwise</translation>
    </message>
    <message>
        <source>Billed memory is rounded up to a multiple of this (Azure Functions Consumption: 128 MB)</source>
        <translation>Billed memory is rounded up to a multiple of this (Azure Functions Consumption: 128 MB)</translation>
    </message>
    <message>
        <source>Where CPU is billed: vCPUs allocated per memory size, “MB:vCPU” pairs, e.g. “512:0.333, 1024:0.583”</source>
        <translation>Where CPU is billed: vCPUs allocated per memory size, “MB:vCPU” pairs, e.g. “512:0.333, 1024:0.583”</translation>
    </message>
    <message>
        <source>Platform-overhead multiplier of the language (seed §2.5)</source>
        <translation>Platform-overhead multiplier of the language (seed §2.5)</translation>
    </message>
    <message>
        <source>Cold start added per MB of deployment artifact; the cold-start mean is then the part that does not depend on the artifact</source>
        <translation>Cold start added per MB of deployment artifact; the cold-start mean is then the part that does not depend on the artifact</translation>
    </message>
    <message>
        <source>Other scenarios are compared against the baseline</source>
        <translation>Other scenarios are compared against the baseline</translation>
    </message>
    <message>
        <source>Extra CI build time for each additional language pipeline (seed §2.5: +37 %)</source>
        <translation>Extra CI build time for each additional language pipeline (seed §2.5: +37 %)</translation>
    </message>
    <message>
        <source>Each input is moved by ± this share for the tornado chart</source>
        <translation>Each input is moved by ± this share for the tornado chart</translation>
    </message>
    <message>
        <source>A TCO parameter name, as `archboard-cli tco --list-parameters` lists them</source>
        <translation>A TCO parameter name, as `archboard-cli tco --list-parameters` lists them</translation>
    </message>
    <message>
        <source>The service ships its own copy instead of sharing the host&apos;s (peer-dependency hygiene)</source>
        <translation>The service ships its own copy instead of sharing the host&apos;s (peer-dependency hygiene)</translation>
    </message>
    <message>
        <source>Beyond this limit the risk is severe</source>
        <translation>Beyond this limit the risk is severe</translation>
    </message>
    <message>
        <source>A value reported elsewhere (e.g. by the seed article) to compare with the scanned one</source>
        <translation>A value reported elsewhere (e.g. by the seed article) to compare with the scanned one</translation>
    </message>
    <message>
        <source>Date and time of the scan, ISO 8601 (UTC)</source>
        <translation>Date and time of the scan, ISO 8601 (UTC)</translation>
    </message>
    <message>
        <source>Which live figure this is, e.g. selection/&lt;tier&gt;/score/&lt;candidate&gt;; compared with the model to tell when the record is stale</source>
        <translation>Which live figure this is, e.g. selection/&lt;tier&gt;/score/&lt;candidate&gt;; compared with the model to tell when the record is stale</translation>
    </message>
    <message>
        <source>Date and time of the export, ISO 8601 (UTC)</source>
        <translation>Date and time of the export, ISO 8601 (UTC)</translation>
    </message>
    <message>
        <source>Win probabilities: how far the board&apos;s weights may be off, as the standard deviation of a tier&apos;s largest weight share (Dirichlet around the weights); 0 holds the weights</source>
        <translation>Win probabilities: how far the board&apos;s weights may be off, as the standard deviation of a tier&apos;s largest weight share (Dirichlet around the weights); 0 holds the weights</translation>
    </message>
    <message>
        <source>How the value is uncertain, for win probabilities: limits (triangular, uniform) or value ± σ (normal, lognormal)</source>
        <translation>How the value is uncertain, for win probabilities: limits (triangular, uniform) or value ± σ (normal, lognormal)</translation>
    </message>
    <message>
        <source>Lower limit, or value − σ for a normal or lognormal</source>
        <translation>Lower limit, or value − σ for a normal or lognormal</translation>
    </message>
    <message>
        <source>Upper limit, or value + σ for a normal or lognormal</source>
        <translation>Upper limit, or value + σ for a normal or lognormal</translation>
    </message>
    <message>
        <source>The provider&apos;s smallest memory setting; 0 when not known</source>
        <translation>The provider&apos;s smallest memory setting; 0 when not known</translation>
    </message>
    <message>
        <source>The provider&apos;s largest memory setting (AWS Lambda 10 240 MB, Azure Functions Consumption 1 536 MB); 0 when not known</source>
        <translation>The provider&apos;s largest memory setting (AWS Lambda 10 240 MB, Azure Functions Consumption 1 536 MB); 0 when not known</translation>
    </message>
    <message>
        <source>What the provider does with a memory outside its limits: refuses to create the function, or bills at the limit</source>
        <translation>What the provider does with a memory outside its limits: refuses to create the function, or bills at the limit</translation>
    </message>
    <message>
        <source>Longest an invocation may run; a longer one is stopped and billed up to the limit. 0 when not known</source>
        <translation>Longest an invocation may run; a longer one is stopped and billed up to the limit. 0 when not known</translation>
    </message>
    <message>
        <source>As the source states it: limits (triangular with the value as mode, uniform) or value ± σ (normal, lognormal)</source>
        <translation>As the source states it: limits (triangular with the value as mode, uniform) or value ± σ (normal, lognormal)</translation>
    </message>
    <message>
        <source>Rounds of one voting session share this value (when its first round opened)</source>
        <translation>Rounds of one voting session share this value (when its first round opened)</translation>
    </message>
    <message>
        <source>Date and time, ISO 8601 (UTC)</source>
        <translation>Date and time, ISO 8601 (UTC)</translation>
    </message>
</context>
<context>
    <name>FileRules</name>
    <message>
        <source>%1: a line break in a one-line field (the file would not open again)</source>
        <translation>%1: a line break in a one-line field (the file would not open again)</translation>
    </message>
    <message>
        <source>%1: the text is %2 MB; a workspace holds at most %3 MB per text</source>
        <translation>%1: the text is %2 MB; a workspace holds at most %3 MB per text</translation>
    </message>
    <message>
        <source>%1: not a finite number</source>
        <translation>%1: not a finite number</translation>
    </message>
    <message>
        <source>%1: the row holds %2 MB of text; a workspace holds at most %3 MB per row</source>
        <translation>%1: the row holds %2 MB of text; a workspace holds at most %3 MB per row</translation>
    </message>
    <message>
        <source>%1: line break replaced by a space (a one-line field)</source>
        <translation>%1: line break replaced by a space (a one-line field)</translation>
    </message>
    <message>
        <source>%1: text of %2 MB cut to %3 MB</source>
        <translation>%1: text of %2 MB cut to %3 MB</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 … %4; read as %5</source>
        <translation>%1: %2 is outside %3 … %4; read as %5</translation>
    </message>
</context>
<context>
    <name>Fragmentation</name>
    <message>
        <source>Unrated</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 major</translation>
    </message>
    <message>
        <source>%1 minor</source>
        <translation>%1 minor</translation>
    </message>
    <message>
        <source>%1 patch</source>
        <translation>%1 patch</translation>
    </message>
    <message>
        <source>lowest of %1</source>
        <translation>lowest of %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>any version</source>
        <translation>any version</translation>
    </message>
    <message>
        <source>not from the registry</source>
        <translation>not from the registry</translation>
    </message>
    <message>
        <source>not a version</source>
        <translation>not a version</translation>
    </message>
    <message>
        <source>%1 of %2 uses of %3 peer or bundled dependencies share the host&apos;s copy</source>
        <translation>%1 of %2 uses of %3 peer or bundled dependencies share the host&apos;s copy</translation>
    </message>
    <message>
        <source>%1 of %2 integrations use an approved protocol</source>
        <translation>%1 of %2 integrations use an approved protocol</translation>
    </message>
    <message>
        <source>no runtime declared</source>
        <translation>no runtime declared</translation>
    </message>
    <message>
        <source>Shared dependencies by drift (the %1 worst)</source>
        <translation>Shared dependencies by drift (the %1 worst)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 services, %4 → %5</source>
        <translation>%1 (%2): %3 services, %4 → %5</translation>
    </message>
    <message>
        <source>%1 uses %2 (%3 behind the newest)</source>
        <translation>%1 uses %2 (%3 behind the newest)</translation>
    </message>
    <message>
        <source>%1 uses %2 (%3)</source>
        <translation>%1 uses %2 (%3)</translation>
    </message>
    <message>
        <source>peer range: accepted, not installed</source>
        <translation>peer range: accepted, not installed</translation>
    </message>
    <message>
        <source>mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, 1 minor = 0.01 and 1 patch = 0.0001, so 100 patches weigh as much as 1 minor (worst: %2 %3 → %4, %5)</source>
        <translation>mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, 1 minor = 0.01 and 1 patch = 0.0001, so 100 patches weigh as much as 1 minor (worst: %2 %3 → %4, %5)</translation>
    </message>
    <message>
        <source>mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, 1 minor = 0.01 and 1 patch = 0.0001 (worst: %2)</source>
        <translation>mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, 1 minor = 0.01 and 1 patch = 0.0001 (worst: %2)</translation>
    </message>
</context>
<context>
    <name>FragmentationCharts</name>
    <message>
        <source>Drift: %1 (%2 → %3)</source>
        <translation>Drift: %1 (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 services use %2 versions:</source>
        <translation>%1 services use %2 versions:</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>… and %1 more versions</source>
        <translation>… and %1 more versions</translation>
    </message>
    <message>
        <source>No dependency is used by two or more services</source>
        <translation>No dependency is used by two or more services</translation>
    </message>
    <message>
        <source>No drift: every shared dependency is on one version</source>
        <translation>No drift: every shared dependency is on one version</translation>
    </message>
    <message>
        <source>Version drift (oldest → newest in use): the %1 worst of %2 drifting shared dependencies</source>
        <translation>Version drift (oldest → newest in use): the %1 worst of %2 drifting shared dependencies</translation>
    </message>
    <message>
        <source>Version drift (oldest → newest in use) of %1 shared dependencies</source>
        <translation>Version drift (oldest → newest in use) of %1 shared dependencies</translation>
    </message>
    <message>
        <source>1 patch</source>
        <translation>1 patch</translation>
    </message>
    <message>
        <source>1 minor</source>
        <translation>1 minor</translation>
    </message>
    <message>
        <source>1 major</source>
        <translation>1 major</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 major</translation>
    </message>
</context>
<context>
    <name>FragmentationStyle</name>
    <message>
        <source>Major drift</source>
        <translation>Major drift</translation>
    </message>
    <message>
        <source>Minor drift</source>
        <translation>Minor drift</translation>
    </message>
    <message>
        <source>Patch drift</source>
        <translation>Patch drift</translation>
    </message>
    <message>
        <source>No drift</source>
        <translation>No drift</translation>
    </message>
</context>
<context>
    <name>Madr</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1: not written by this export; left alone (adr list lists it too)</source>
        <translation>%1: not written by this export; left alone (adr list lists it too)</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>front matter</translation>
    </message>
    <message>
        <source>date “%1” is not YYYY-MM-DD; left empty</source>
        <translation>date “%1” is not YYYY-MM-DD; left empty</translation>
    </message>
    <message>
        <source>%1 too large</source>
        <translation>%1 too large</translation>
    </message>
    <message>
        <source>%1 is not a list of “key: value” lines</source>
        <translation>%1 is not a list of “key: value” lines</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 must be text</translation>
    </message>
    <message>
        <source>archboard must be a map</source>
        <translation>archboard must be a map</translation>
    </message>
    <message>
        <source>archboard.chosen must be a list</source>
        <translation>archboard.chosen must be a list</translation>
    </message>
    <message>
        <source>archboard.%1 must be a list</source>
        <translation>archboard.%1 must be a list</translation>
    </message>
    <message>
        <source>each of archboard.%1 must be a map</source>
        <translation>each of archboard.%1 must be a map</translation>
    </message>
    <message>
        <source>link of kind “%1” to “%2” not recognised; left out</source>
        <translation>link of kind “%1” to “%2” not recognised; left out</translation>
    </message>
    <message>
        <source>figure value “%1” is not a number</source>
        <translation>figure value “%1” is not a number</translation>
    </message>
    <message>
        <source>figure without a key left out</source>
        <translation>figure without a key left out</translation>
    </message>
    <message>
        <source>%1 key archboard.%2 not mapped</source>
        <translation>%1 key archboard.%2 not mapped</translation>
    </message>
    <message>
        <source>file larger than %1 MB</source>
        <translation>file larger than %1 MB</translation>
    </message>
    <message>
        <source>the front matter opened here is not closed by a “---” line</source>
        <translation>the front matter opened here is not closed by a “---” line</translation>
    </message>
    <message>
        <source>archboard metadata both in the front matter and in a comment</source>
        <translation>archboard metadata both in the front matter and in a comment</translation>
    </message>
    <message>
        <source>the archboard metadata opened here is not closed by a “--&gt;” line</source>
        <translation>the archboard metadata opened here is not closed by a “--&gt;” line</translation>
    </message>
    <message>
        <source>archboard metadata</source>
        <translation>archboard metadata</translation>
    </message>
    <message>
        <source>no title: no line starting with “# ”</source>
        <translation>no title: no line starting with “# ”</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>the title is empty</translation>
    </message>
    <message>
        <source>no record number: the file name does not start with digits and the title has no “N.”</source>
        <translation>no record number: the file name does not start with digits and the title has no “N.”</translation>
    </message>
    <message>
        <source>text under “Pros and Cons of the Options” outside an option not mapped</source>
        <translation>text under “Pros and Cons of the Options” outside an option not mapped</translation>
    </message>
    <message>
        <source>superseded, but the superseding record is not named</source>
        <translation>superseded, but the superseding record is not named</translation>
    </message>
    <message>
        <source>chosen option “%1” is not among the considered options</source>
        <translation>chosen option “%1” is not among the considered options</translation>
    </message>
    <message>
        <source>not a readable folder</source>
        <translation>not a readable folder</translation>
    </message>
    <message>
        <source>%1: not a numbered record (NNNN-title.md); skipped</source>
        <translation>%1: not a numbered record (NNNN-title.md); skipped</translation>
    </message>
    <message>
        <source>%1: superseding record “%2” not found; successor left empty</source>
        <translation>%1: superseding record “%2” not found; successor left empty</translation>
    </message>
    <message>
        <source>%1: link to %2 “%3” left out: the workspace has no such element</source>
        <translation>%1: link to %2 “%3” left out: the workspace has no such element</translation>
    </message>
    <message>
        <source>a broken symbolic link; not read</source>
        <translation>a broken symbolic link; not read</translation>
    </message>
    <message>
        <source>a symbolic link out of the folder (to %1); not read</source>
        <translation>a symbolic link out of the folder (to %1); not read</translation>
    </message>
    <message>
        <source>%1: cannot be read as a record; left alone</source>
        <translation>%1: cannot be read as a record; left alone</translation>
    </message>
    <message>
        <source>%1:%2: superseded by “%3”, which is not a record of the folder; successor left empty</source>
        <translation>%1:%2: superseded by “%3”, which is not a record of the folder; successor left empty</translation>
    </message>
    <message>
        <source>%1: supersedes “%2”, which is not a record of the folder</source>
        <translation>%1: supersedes “%2”, which is not a record of the folder</translation>
    </message>
    <message>
        <source>%1: supersedes %2, which says it is %3; left as it says</source>
        <translation>%1: supersedes %2, which says it is %3; left as it says</translation>
    </message>
    <message>
        <source>superseded by another record</source>
        <translation>superseded by another record</translation>
    </message>
    <message>
        <source>“%1”: number %2 is taken or above 9999; numbered %3</source>
        <translation>“%1”: number %2 is taken or above 9999; numbered %3</translation>
    </message>
    <message>
        <source>text under the title not mapped: “%1” (kept when the record is exported into this folder again)</source>
        <translation>text under the title not mapped: “%1” (kept when the record is exported into this folder again)</translation>
    </message>
    <message>
        <source>status text “%1” not mapped (kept when the record is exported into this folder again)</source>
        <translation>status text “%1” not mapped (kept when the record is exported into this folder again)</translation>
    </message>
    <message>
        <source>heading “%1” read as the option “%2” (exported under the option&apos;s name)</source>
        <translation>heading “%1” read as the option “%2” (exported under the option&apos;s name)</translation>
    </message>
    <message>
        <source>second title “%1” not mapped (kept when the record is exported into this folder again)</source>
        <translation>second title “%1” not mapped (kept when the record is exported into this folder again)</translation>
    </message>
    <message>
        <source>section “%1” not mapped (kept when the record is exported into this folder again)</source>
        <translation>section “%1” not mapped (kept when the record is exported into this folder again)</translation>
    </message>
    <message>
        <source>no status: imported as “not stated” (log4brains shows such a record as accepted)</source>
        <translation>no status: imported as “not stated” (log4brains shows such a record as accepted)</translation>
    </message>
    <message>
        <source>status “%1” differs from “%2” on line %3, which is used</source>
        <translation>status “%1” differs from “%2” on line %3, which is used</translation>
    </message>
    <message>
        <source>status “%1” is not proposed, accepted, rejected, deprecated or superseded: imported as “not stated” (kept when the record is exported into this folder again)</source>
        <translation>status “%1” is not proposed, accepted, rejected, deprecated or superseded: imported as “not stated” (kept when the record is exported into this folder again)</translation>
    </message>
    <message>
        <source>chosen option “%1” read as “%2”</source>
        <translation>chosen option “%1” read as “%2”</translation>
    </message>
    <message>
        <source>%1 key “%2” not mapped (kept when the record is exported into this folder again)</source>
        <translation>%1 key “%2” not mapped (kept when the record is exported into this folder again)</translation>
    </message>
    <message>
        <source>archboard.number “%1” is not a whole number ≥ 0</source>
        <translation>archboard.number “%1” is not a whole number ≥ 0</translation>
    </message>
</context>
<context>
    <name>Manifests</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 is too long (%2 characters; at most %3)</translation>
    </message>
    <message>
        <source>%1 contains control characters</source>
        <translation>%1 contains control characters</translation>
    </message>
    <message>
        <source>a dependency without a name</source>
        <translation>a dependency without a name</translation>
    </message>
    <message>
        <source>a dependency name</source>
        <translation>a dependency name</translation>
    </message>
    <message>
        <source>the version of %1</source>
        <translation>the version of %1</translation>
    </message>
    <message>
        <source>the resolved version of %1</source>
        <translation>the resolved version of %1</translation>
    </message>
    <message>
        <source>the checksum of %1</source>
        <translation>the checksum of %1</translation>
    </message>
    <message>
        <source>the source of %1</source>
        <translation>the source of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) not listed</source>
        <translation>
            <numerusform>%n more error not listed</numerusform>
            <numerusform>%n more errors not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at column %2; a manifest is UTF-8 text</source>
        <translation>%1 at column %2; a manifest is UTF-8 text</translation>
    </message>
    <message>
        <source>JSON syntax: %1</source>
        <translation>JSON syntax: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>“%1” is not a string</source>
        <translation>“%1” is not a string</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“engines” is not an object</source>
        <translation>“engines” is not an object</translation>
    </message>
    <message>
        <source>“workspaces.packages” is not an array of folder globs</source>
        <translation>“workspaces.packages” is not an array of folder globs</translation>
    </message>
    <message>
        <source>“workspaces” is neither an array nor an object with “packages”</source>
        <translation>“workspaces” is neither an array nor an object with “packages”</translation>
    </message>
    <message>
        <source>a workspace member is not a string</source>
        <translation>a workspace member is not a string</translation>
    </message>
    <message>
        <source>a workspace member</source>
        <translation>a workspace member</translation>
    </message>
    <message>
        <source>“%1” is not an object of package names and versions</source>
        <translation>“%1” is not an object of package names and versions</translation>
    </message>
    <message>
        <source>dependency %1 in “%2”: the version is not a string</source>
        <translation>dependency %1 in “%2”: the version is not a string</translation>
    </message>
    <message>
        <source>no numeric “lockfileVersion”; this is not a package-lock.json written by npm</source>
        <translation>no numeric “lockfileVersion”; this is not a package-lock.json written by npm</translation>
    </message>
    <message>
        <source>lockfileVersion 1 is not supported; run npm install with npm ≥ 7</source>
        <translation>lockfileVersion 1 is not supported; run npm install with npm ≥ 7</translation>
    </message>
    <message>
        <source>lockfileVersion %1 is not supported (npm 7 and later write 2 or 3)</source>
        <translation>lockfileVersion %1 is not supported (npm 7 and later write 2 or 3)</translation>
    </message>
    <message>
        <source>no “packages” object, which lockfileVersion %1 requires</source>
        <translation>no “packages” object, which lockfileVersion %1 requires</translation>
    </message>
    <message>
        <source>package %1 is not an object</source>
        <translation>package %1 is not an object</translation>
    </message>
    <message>
        <source>workspace link to %1</source>
        <translation>workspace link to %1</translation>
    </message>
    <message>
        <source>package %1 has no version</source>
        <translation>package %1 has no version</translation>
    </message>
    <message>
        <source>installed as %1</source>
        <translation>installed as %1</translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation>a quoted string is not closed</translation>
    </message>
    <message>
        <source>unexpected parenthesis inside the “%1 (” block</source>
        <translation>unexpected parenthesis inside the “%1 (” block</translation>
    </message>
    <message>
        <source>unknown directive %1</source>
        <translation>unknown directive %1</translation>
    </message>
    <message>
        <source>expected “module path”</source>
        <translation>expected “module path”</translation>
    </message>
    <message>
        <source>the module path</source>
        <translation>the module path</translation>
    </message>
    <message>
        <source>invalid go version %1; expected e.g. “go 1.22” or “go 1.22.1”</source>
        <translation>invalid go version %1; expected e.g. “go 1.22” or “go 1.22.1”</translation>
    </message>
    <message>
        <source>invalid toolchain %1; expected e.g. “toolchain go1.22.3”</source>
        <translation>invalid toolchain %1; expected e.g. “toolchain go1.22.3”</translation>
    </message>
    <message>
        <source>expected “require module/path vX.Y.Z”, found %1</source>
        <translation>expected “require module/path vX.Y.Z”, found %1</translation>
    </message>
    <message>
        <source>expected “replace module [version] =&gt; replacement [version]”</source>
        <translation>expected “replace module [version] =&gt; replacement [version]”</translation>
    </message>
    <message>
        <source>invalid replacement %1</source>
        <translation>invalid replacement %1</translation>
    </message>
    <message>
        <source>replacement %1 has no version, so it must be a directory (./ or ../)</source>
        <translation>replacement %1 has no version, so it must be a directory (./ or ../)</translation>
    </message>
    <message>
        <source>the “%1 (” block is never closed</source>
        <translation>the “%1 (” block is never closed</translation>
    </message>
    <message>
        <source>no module directive</source>
        <translation>no module directive</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>replaced by %1</translation>
    </message>
    <message>
        <source>replaced by %1 %2</source>
        <translation>replaced by %1 %2</translation>
    </message>
    <message>
        <source>brackets nested deeper than %1 levels</source>
        <translation>brackets nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>a key with more than %1 dotted parts</source>
        <translation>a key with more than %1 dotted parts</translation>
    </message>
    <message>
        <source>TOML syntax (column %1): %2</source>
        <translation>TOML syntax (column %1): %2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string</source>
        <translation>%1.%2 is not a string</translation>
    </message>
    <message>
        <source>%1 is not an array of strings</source>
        <translation>%1 is not an array of strings</translation>
    </message>
    <message>
        <source>an entry of %1 is not a string</source>
        <translation>an entry of %1 is not a string</translation>
    </message>
    <message>
        <source>an entry of %1</source>
        <translation>an entry of %1</translation>
    </message>
    <message>
        <source>dependency %1: expected a version string or a table</source>
        <translation>dependency %1: expected a version string or a table</translation>
    </message>
    <message>
        <source>dependency %1: “%2” is not a string</source>
        <translation>dependency %1: “%2” is not a string</translation>
    </message>
    <message>
        <source>dependency %1: “optional” is not true or false</source>
        <translation>dependency %1: “optional” is not true or false</translation>
    </message>
    <message>
        <source>imported as %1</source>
        <translation>imported as %1</translation>
    </message>
    <message>
        <source>dependency %1: “workspace” can only be true</source>
        <translation>dependency %1: “workspace” can only be true</translation>
    </message>
    <message>
        <source>inherited from the workspace root</source>
        <translation>inherited from the workspace root</translation>
    </message>
    <message>
        <source>from [workspace.dependencies]</source>
        <translation>from [workspace.dependencies]</translation>
    </message>
    <message>
        <source>version %1 when published</source>
        <translation>version %1 when published</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>branch %1</translation>
    </message>
    <message>
        <source>rev %1</source>
        <translation>rev %1</translation>
    </message>
    <message>
        <source>dependency %1 has no version, path, git or workspace</source>
        <translation>dependency %1 has no version, path, git or workspace</translation>
    </message>
    <message>
        <source>[package].%1 is not a string</source>
        <translation>[package].%1 is not a string</translation>
    </message>
    <message>
        <source>[workspace] is not a table</source>
        <translation>[workspace] is not a table</translation>
    </message>
    <message>
        <source>neither [package] nor [workspace]: not a Cargo manifest</source>
        <translation>neither [package] nor [workspace]: not a Cargo manifest</translation>
    </message>
    <message>
        <source>[%1] is not a table</source>
        <translation>[%1] is not a table</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>[target.%1] is not a table</source>
        <translation>[target.%1] is not a table</translation>
    </message>
    <message>
        <source>[target] is not a table</source>
        <translation>[target] is not a table</translation>
    </message>
    <message>
        <source>[workspace.dependencies]</source>
        <translation>[workspace.dependencies]</translation>
    </message>
    <message>
        <source>“package” is not an array of [[package]] tables</source>
        <translation>“package” is not an array of [[package]] tables</translation>
    </message>
    <message>
        <source>a [[package]] entry is not a table</source>
        <translation>a [[package]] entry is not a table</translation>
    </message>
    <message>
        <source>a [[package]] without name or version</source>
        <translation>a [[package]] without name or version</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>elements nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>not a Maven POM: the root element is &lt;%1&gt;, not &lt;project&gt;</source>
        <translation>not a Maven POM: the root element is &lt;%1&gt;, not &lt;project&gt;</translation>
    </message>
    <message>
        <source>XML: %1</source>
        <translation>XML: %1</translation>
    </message>
    <message>
        <source>not a Maven POM: no &lt;project&gt; element</source>
        <translation>not a Maven POM: no &lt;project&gt; element</translation>
    </message>
    <message>
        <source>in this POM</source>
        <translation>in this POM</translation>
    </message>
    <message>
        <source>in this POM or its parent</source>
        <translation>in this POM or its parent</translation>
    </message>
    <message>
        <source>in this POM; the parent POM was not available</source>
        <translation>in this POM; the parent POM was not available</translation>
    </message>
    <message>
        <source>%1: the property ${%2} is not defined (%3)</source>
        <translation>%1: the property ${%2} is not defined (%3)</translation>
    </message>
    <message>
        <source>%1: properties nested more than %2 levels deep</source>
        <translation>%1: properties nested more than %2 levels deep</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters after substitution</source>
        <translation>%1: the value is longer than %2 characters after substitution</translation>
    </message>
    <message>
        <source>the project groupId</source>
        <translation>the project groupId</translation>
    </message>
    <message>
        <source>the project artifactId</source>
        <translation>the project artifactId</translation>
    </message>
    <message>
        <source>the project name</source>
        <translation>the project name</translation>
    </message>
    <message>
        <source>the project version</source>
        <translation>the project version</translation>
    </message>
    <message>
        <source>the Java version (%1)</source>
        <translation>the Java version (%1)</translation>
    </message>
    <message>
        <source>the Java version</source>
        <translation>the Java version</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>a module</translation>
    </message>
    <message>
        <source>a dependency&apos;s groupId</source>
        <translation>a dependency&apos;s groupId</translation>
    </message>
    <message>
        <source>a dependency&apos;s artifactId</source>
        <translation>a dependency&apos;s artifactId</translation>
    </message>
    <message>
        <source>a dependency without groupId or artifactId</source>
        <translation>a dependency without groupId or artifactId</translation>
    </message>
    <message>
        <source>BOM imported in &lt;dependencyManagement&gt;</source>
        <translation>BOM imported in &lt;dependencyManagement&gt;</translation>
    </message>
    <message>
        <source>managed in &lt;dependencyManagement&gt;</source>
        <translation>managed in &lt;dependencyManagement&gt;</translation>
    </message>
    <message>
        <source>version from &lt;dependencyManagement&gt;</source>
        <translation>version from &lt;dependencyManagement&gt;</translation>
    </message>
    <message>
        <source>version from the parent&apos;s &lt;dependencyManagement&gt;</source>
        <translation>version from the parent&apos;s &lt;dependencyManagement&gt;</translation>
    </message>
    <message>
        <source>version managed by the parent or an imported BOM</source>
        <translation>version managed by the parent or an imported BOM</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>dependency %1</translation>
    </message>
    <message>
        <source>expected a project name, found %1</source>
        <translation>expected a project name, found %1</translation>
    </message>
    <message>
        <source>invalid project name %1</source>
        <translation>invalid project name %1</translation>
    </message>
    <message>
        <source>the extras of %1 are not closed with “]”</source>
        <translation>the extras of %1 are not closed with “]”</translation>
    </message>
    <message>
        <source>expected a URL after “@” for %1</source>
        <translation>expected a URL after “@” for %1</translation>
    </message>
    <message>
        <source>unexpected text after the URL of %1</source>
        <translation>unexpected text after the URL of %1</translation>
    </message>
    <message>
        <source>an empty environment marker after “;”</source>
        <translation>an empty environment marker after “;”</translation>
    </message>
    <message>
        <source>the version of %1 opens “(” without closing it</source>
        <translation>the version of %1 opens “(” without closing it</translation>
    </message>
    <message>
        <source>invalid version specifier %1 for %2</source>
        <translation>invalid version specifier %1 for %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>%1 needs a path or URL</source>
        <translation>%1 needs a path or URL</translation>
    </message>
    <message>
        <source>cannot tell the project name of %1; add “#egg=name”</source>
        <translation>cannot tell the project name of %1; add “#egg=name”</translation>
    </message>
    <message>
        <source>editable; name taken from the path</source>
        <translation>editable; name taken from the path</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>editable</translation>
    </message>
    <message>
        <source>invalid hash %1; expected “--hash=sha256:…”</source>
        <translation>invalid hash %1; expected “--hash=sha256:…”</translation>
    </message>
    <message>
        <source>cannot tell the project name of %1; write “name @ URL” or add “#egg=name”</source>
        <translation>cannot tell the project name of %1; write “name @ URL” or add “#egg=name”</translation>
    </message>
    <message>
        <source>marker: %1</source>
        <translation>marker: %1</translation>
    </message>
    <message>
        <source>a dependency is not a PEP 508 string</source>
        <translation>a dependency is not a PEP 508 string</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 is not an array</translation>
    </message>
    <message>
        <source>dependency %1: expected a version string, a table or an array of tables</source>
        <translation>dependency %1: expected a version string, a table or an array of tables</translation>
    </message>
    <message>
        <source>dependency %1 has no version, path, git or url</source>
        <translation>dependency %1 has no version, path, git or url</translation>
    </message>
    <message>
        <source>python %1</source>
        <translation>python %1</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>extra %1</translation>
    </message>
    <message>
        <source>[project.optional-dependencies] is not a table</source>
        <translation>[project.optional-dependencies] is not a table</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 is not a table</translation>
    </message>
    <message>
        <source>the Python version</source>
        <translation>the Python version</translation>
    </message>
    <message>
        <source>[tool.poetry.group.%1] is not a table</source>
        <translation>[tool.poetry.group.%1] is not a table</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (column %2)</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML syntax: %1</translation>
    </message>
    <message>
        <source>expected a mapping with “runtime” and “dependencies”</source>
        <translation>expected a mapping with “runtime” and “dependencies”</translation>
    </message>
    <message>
        <source>no “runtime” (e.g. “runtime: nodejs-18.17.0”)</source>
        <translation>no “runtime” (e.g. “runtime: nodejs-18.17.0”)</translation>
    </message>
    <message>
        <source>“runtime” is not a text value like “nodejs-18.17.0”</source>
        <translation>“runtime” is not a text value like “nodejs-18.17.0”</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>the runtime</translation>
    </message>
    <message>
        <source>the runtime version</source>
        <translation>the runtime version</translation>
    </message>
    <message>
        <source>“dependencies” is not a list</source>
        <translation>“dependencies” is not a list</translation>
    </message>
    <message>
        <source>a dependency is not a mapping of name, version and checksum</source>
        <translation>a dependency is not a mapping of name, version and checksum</translation>
    </message>
    <message>
        <source>a dependency without “%1”</source>
        <translation>a dependency without “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a text value</source>
        <translation>“%1” is not a text value</translation>
    </message>
    <message>
        <source>dependency %1: unknown ecosystem %2 (npm, maven, pypi, go, cargo or other)</source>
        <translation>dependency %1: unknown ecosystem %2 (npm, maven, pypi, go, cargo or other)</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; a %2 has at most %3 MB)</source>
        <translation>the file is too large (%1 MB; a %2 has at most %3 MB)</translation>
    </message>
    <message>
        <source>out of memory while reading the file</source>
        <translation>out of memory while reading the file</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>TOML syntax: a character beyond ASCII outside a string or comment</source>
        <translation>TOML syntax: a character beyond ASCII outside a string or comment</translation>
    </message>
    <message>
        <source>expected “use ./path”, found %1</source>
        <translation>expected “use ./path”, found %1</translation>
    </message>
    <message>
        <source>a use path</source>
        <translation>a use path</translation>
    </message>
    <message>
        <source>%1 is not a mapping of package names and versions</source>
        <translation>%1 is not a mapping of package names and versions</translation>
    </message>
    <message>
        <source>%1: an entry is not “name: version”</source>
        <translation>%1: an entry is not “name: version”</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>catalog %1</translation>
    </message>
    <message>
        <source>expected a mapping with “packages”</source>
        <translation>expected a mapping with “packages”</translation>
    </message>
    <message>
        <source>“packages” is not a list of folder globs</source>
        <translation>“packages” is not a list of folder globs</translation>
    </message>
    <message>
        <source>an entry of “packages” is not a text value</source>
        <translation>an entry of “packages” is not a text value</translation>
    </message>
    <message>
        <source>an entry of “packages”</source>
        <translation>an entry of “packages”</translation>
    </message>
    <message>
        <source>“catalogs” is not a mapping of catalog names</source>
        <translation>“catalogs” is not a mapping of catalog names</translation>
    </message>
    <message>
        <source>a catalog name is not a text value</source>
        <translation>a catalog name is not a text value</translation>
    </message>
    <message>
        <source>a catalog name</source>
        <translation>a catalog name</translation>
    </message>
    <message>
        <source>not from the registry: %1</source>
        <translation>not from the registry: %1</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>importer %1 is not a mapping</source>
        <translation>importer %1 is not a mapping</translation>
    </message>
    <message>
        <source>“%1” of importer %2 is not a mapping</source>
        <translation>“%1” of importer %2 is not a mapping</translation>
    </message>
    <message>
        <source>a dependency name is not a text value</source>
        <translation>a dependency name is not a text value</translation>
    </message>
    <message>
        <source>dependency %1 of importer %2 has no version</source>
        <translation>dependency %1 of importer %2 has no version</translation>
    </message>
    <message>
        <source>expected a mapping with “lockfileVersion”</source>
        <translation>expected a mapping with “lockfileVersion”</translation>
    </message>
    <message>
        <source>no “lockfileVersion”; this is not a pnpm-lock.yaml written by pnpm</source>
        <translation>no “lockfileVersion”; this is not a pnpm-lock.yaml written by pnpm</translation>
    </message>
    <message>
        <source>lockfileVersion %1 is not supported (pnpm 7 writes 5.4, pnpm 8 6.0, pnpm 9 and 10 9.0)</source>
        <translation>lockfileVersion %1 is not supported (pnpm 7 writes 5.4, pnpm 8 6.0, pnpm 9 and 10 9.0)</translation>
    </message>
    <message>
        <source>“importers” is not a mapping of folders</source>
        <translation>“importers” is not a mapping of folders</translation>
    </message>
    <message>
        <source>an importer folder is not a text value</source>
        <translation>an importer folder is not a text value</translation>
    </message>
    <message>
        <source>an importer folder</source>
        <translation>an importer folder</translation>
    </message>
    <message>
        <source>entry %1 has no version</source>
        <translation>entry %1 has no version</translation>
    </message>
    <message>
        <source>descriptor %1 is not “name@range”</source>
        <translation>descriptor %1 is not “name@range”</translation>
    </message>
    <message>
        <source>a tab in the indentation; yarn indents with spaces</source>
        <translation>a tab in the indentation; yarn indents with spaces</translation>
    </message>
    <message>
        <source>expected an entry header ending in “:”, found %1</source>
        <translation>expected an entry header ending in “:”, found %1</translation>
    </message>
    <message>
        <source>a quoted descriptor is not closed</source>
        <translation>a quoted descriptor is not closed</translation>
    </message>
    <message>
        <source>an indented line outside an entry</source>
        <translation>an indented line outside an entry</translation>
    </message>
    <message>
        <source>an empty version</source>
        <translation>an empty version</translation>
    </message>
    <message>
        <source>a version</source>
        <translation>a version</translation>
    </message>
    <message>
        <source>a checksum</source>
        <translation>a checksum</translation>
    </message>
    <message>
        <source>the parent POM</source>
        <translation>the parent POM</translation>
    </message>
    <message>
        <source>the POM %1 folders up</source>
        <translation>the POM %1 folders up</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); its properties are not used</source>
        <translation>%1 is too large (%2 MB); its properties are not used</translation>
    </message>
    <message>
        <source>%1 cannot be read (line %2: %3); its properties are not used</source>
        <translation>%1 cannot be read (line %2: %3); its properties are not used</translation>
    </message>
    <message>
        <source>in this POM or the %1 POMs above it</source>
        <translation>in this POM or the %1 POMs above it</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Weighted score by criterion (0–100)</source>
        <translation>Weighted score by criterion (0–100)</translation>
    </message>
    <message>
        <source>Normalised profile (1 = best of the shortlist); missing figures are left out</source>
        <translation>Normalised profile (1 = best of the shortlist); missing figures are left out</translation>
    </message>
    <message>
        <source>Normalised profile over the 12 heaviest criteria; missing figures are left out</source>
        <translation>Normalised profile over the 12 heaviest criteria; missing figures are left out</translation>
    </message>
    <message>
        <source>A profile needs at least three weighted criteria</source>
        <translation>A profile needs at least three weighted criteria</translation>
    </message>
    <message>
        <source>Weight share now → share at which the winner changes (%)</source>
        <translation>Weight share now → share at which the winner changes (%)</translation>
    </message>
    <message>
        <source>Room before the winner changes</source>
        <translation>Room before the winner changes</translation>
    </message>
    <message>
        <source>Fragile: under %1 pp</source>
        <translation>Fragile: under %1 pp</translation>
    </message>
    <message>
        <source>: %1 % → %2 at %3 %</source>
        <translation>: %1 % → %2 at %3 %</translation>
    </message>
    <message>
        <source>: %1 % — no share flips the winner</source>
        <translation>: %1 % — no share flips the winner</translation>
    </message>
    <message>
        <source> · wins %1</source>
        <translation> · wins %1</translation>
    </message>
    <message>
        <source> ✕ knocked out: %1</source>
        <translation> ✕ knocked out: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 of its %4 points (the weighted score, 0–100)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 of its %4 points (the weighted score, 0–100)</translation>
    </message>
    <message>
        <source>The criterion&apos;s share of the weight: %1 %</source>
        <translation>The criterion&apos;s share of the weight: %1 %</translation>
    </message>
    <message>
        <source>No figure for this criterion: it adds nothing.</source>
        <translation>No figure for this criterion: it adds nothing.</translation>
    </message>
    <message>
        <source>Weighted score by criterion (0–100): the %1 heaviest of %2 criteria, the other %3 grouped as “%4”</source>
        <translation>Weighted score by criterion (0–100): the %1 heaviest of %2 criteria, the other %3 grouped as “%4”</translation>
    </message>
    <message>
        <source>; the %1 best-ranked of %2 candidates in colour, the other %3 in grey as “%4”</source>
        <translation>; the %1 best-ranked of %2 candidates in colour, the other %3 in grey as “%4”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Normalised value %3 (1 = best of the shortlist, 0 = worst)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Normalised value %3 (1 = best of the shortlist, 0 = worst)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Its share of the weight now: %2 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Its share of the weight now: %2 %</translation>
    </message>
    <message>
        <source>At %1 % %2 wins instead: %3 pp away</source>
        <translation>At %1 % %2 wins instead: %3 pp away</translation>
    </message>
    <message>
        <source>Fragile: a move under %1 pp changes the winner.</source>
        <translation>Fragile: a move under %1 pp changes the winner.</translation>
    </message>
    <message>
        <source>Safe: the winner holds for moves under %1 pp.</source>
        <translation>Safe: the winner holds for moves under %1 pp.</translation>
    </message>
    <message>
        <source>No share of this criterion changes the winner.</source>
        <translation>No share of this criterion changes the winner.</translation>
    </message>
    <message>
        <source>: further from changing the winner</source>
        <translation>: further from changing the winner</translation>
    </message>
    <message>
        <source>Weight share now → share at which the winner changes (%): the %1 criteria nearest to a change of %2, the other %3 grouped as “%4”</source>
        <translation>Weight share now → share at which the winner changes (%): the %1 criteria nearest to a change of %2, the other %3 grouped as “%4”</translation>
    </message>
    <message>
        <source> ✕ knocked out</source>
        <translation> ✕ knocked out</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Chosen in the accepted decision record %1 “%2”.</source>
        <translation>Chosen in the accepted decision record %1 “%2”.</translation>
    </message>
    <message>
        <source>Chosen in the proposed decision record %1 “%2”.</source>
        <translation>Chosen in the proposed decision record %1 “%2”.</translation>
    </message>
    <message>
        <source>Chosen in the rejected decision record %1 “%2”.</source>
        <translation>Chosen in the rejected decision record %1 “%2”.</translation>
    </message>
    <message>
        <source>Chosen in the deprecated decision record %1 “%2”.</source>
        <translation>Chosen in the deprecated decision record %1 “%2”.</translation>
    </message>
    <message>
        <source>Chosen in the superseded decision record %1 “%2” and not chosen again.</source>
        <translation>Chosen in the superseded decision record %1 “%2” and not chosen again.</translation>
    </message>
    <message>
        <source>Chosen in the decision record %1 “%2”, superseded by %3, which does not choose it again.</source>
        <translation>Chosen in the decision record %1 “%2”, superseded by %3, which does not choose it again.</translation>
    </message>
    <message>
        <source>the SLA tier “%1” (score %2)</source>
        <translation>the SLA tier “%1” (score %2)</translation>
    </message>
    <message>
        <source>Wins %1.</source>
        <translation>Wins %1.</translation>
    </message>
    <message>
        <source>Knocked out in every SLA tier (%1 of %1).</source>
        <translation>Knocked out in every SLA tier (%1 of %1).</translation>
    </message>
    <message>
        <source>Knocked out in every SLA tier (%1 of %1); in “%2” it fails the must-pass threshold on %3.</source>
        <translation>Knocked out in every SLA tier (%1 of %1); in “%2” it fails the must-pass threshold on %3.</translation>
    </message>
    <message>
        <source>Shortlisted and ranked, not knocked out: best rank %1 of %2 in the SLA tier “%3” (score %4).</source>
        <translation>Shortlisted and ranked, not knocked out: best rank %1 of %2 in the SLA tier “%3” (score %4).</translation>
    </message>
    <message>
        <source>Shortlisted; no SLA tier ranks it yet.</source>
        <translation>Shortlisted; no SLA tier ranks it yet.</translation>
    </message>
    <message>
        <source>Languages &amp; Frameworks</source>
        <translation>Languages &amp; Frameworks</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniques</translation>
    </message>
    <message>
        <source>Not shortlisted and chosen by no decision record.</source>
        <translation>Not shortlisted and chosen by no decision record.</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>The workspace is open read-only.</translation>
    </message>
    <message>
        <source>Record tech radar export %1</source>
        <translation>Record tech radar export %1</translation>
    </message>
    <message>
        <source>%1 blips, all new (no earlier export recorded).</source>
        <translation>%1 blips, all new (no earlier export recorded).</translation>
    </message>
    <message>
        <source>%1 blips since the export of %2: %3 new, %4 moved in, %5 moved out, %6 unchanged, %7 dropped.</source>
        <translation>%1 blips since the export of %2: %3 new, %4 moved in, %5 moved out, %6 unchanged, %7 dropped.</translation>
    </message>
    <message>
        <source>  moved in: %1 %2 → %3</source>
        <translation>  moved in: %1 %2 → %3</translation>
    </message>
    <message>
        <source>  moved out: %1 %2 → %3</source>
        <translation>  moved out: %1 %2 → %3</translation>
    </message>
    <message>
        <source>  new: %1 in %2</source>
        <translation>  new: %1 in %2</translation>
    </message>
    <message>
        <source>  dropped: %1 (was %2)</source>
        <translation>  dropped: %1 (was %2)</translation>
    </message>
    <message>
        <source>  not on the radar: %1 — %2</source>
        <translation>  not on the radar: %1 — %2</translation>
    </message>
</context>
<context>
    <name>RadarFormat</name>
    <message>
        <source>Moved in from %1.</source>
        <translation>Moved in from %1.</translation>
    </message>
    <message>
        <source>Moved out from %1.</source>
        <translation>Moved out from %1.</translation>
    </message>
    <message>
        <source>%1: the radar file must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR)</source>
        <translation>%1: the radar file must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>cannot write the recovery copy: %1</source>
        <translation>cannot write the recovery copy: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Untitled workspace</source>
        <translation>Untitled workspace</translation>
    </message>
    <message>
        <source>Starts with the reference data of the seed article: FaaS providers&apos; prices (each with its source and date), language cost profiles, SLA tiers with criteria and weights, fragmentation thresholds and approved protocols. Add your candidates, bounded contexts, TCO scenarios and services.</source>
        <translation>Starts with the reference data of the seed article: FaaS providers&apos; prices (each with its source and date), language cost profiles, SLA tiers with criteria and weights, fragmentation thresholds and approved protocols. Add your candidates, bounded contexts, TCO scenarios and services.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>a FIFO</source>
        <translation>a FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>%1: cannot write here: it is not a regular file</source>
        <translation>%1: cannot write here: it is not a regular file</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: not saved, the file on disk is unchanged: %2</source>
        <translation>%1: not saved, the file on disk is unchanged: %2</translation>
    </message>
    <message>
        <source>%1 of %2 bytes reached the disk</source>
        <translation>%1 of %2 bytes reached the disk</translation>
    </message>
    <message>
        <source>%1: the saved file has %2 bytes instead of %3</source>
        <translation>%1: the saved file has %2 bytes instead of %3</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>not a regular file (%1); not read</source>
        <translation>not a regular file (%1); not read</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>the file is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MB)</source>
        <translation>the file is too large (at most %1 MB)</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>the high end %1 is below the low end %2</source>
        <translation>the high end %1 is below the low end %2</translation>
    </message>
    <message>
        <source>a lognormal needs a value above 0 (it is %1)</source>
        <translation>a lognormal needs a value above 0 (it is %1)</translation>
    </message>
    <message>
        <source>low–high (%1–%2) is read as value ± σ but is not centred on the value %3</source>
        <translation>low–high (%1–%2) is read as value ± σ but is not centred on the value %3</translation>
    </message>
    <message>
        <source>triangular %1–%2, mode %3</source>
        <translation>triangular %1–%2, mode %3</translation>
    </message>
    <message>
        <source>uniform %1–%2</source>
        <translation>uniform %1–%2</translation>
    </message>
    <message>
        <source>normal %1 ± %2</source>
        <translation>normal %1 ± %2</translation>
    </message>
    <message>
        <source>lognormal %1 ± %2</source>
        <translation>lognormal %1 ± %2</translation>
    </message>
</context>
<context>
    <name>ScanHistory</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 runtime version</source>
        <translation>1 runtime version</translation>
    </message>
    <message>
        <source>%1 runtime versions</source>
        <translation>%1 runtime versions</translation>
    </message>
    <message>
        <source>version drift</source>
        <translation>version drift</translation>
    </message>
    <message>
        <source>protocol consistency</source>
        <translation>protocol consistency</translation>
    </message>
    <message>
        <source>peer-dependency hygiene</source>
        <translation>peer-dependency hygiene</translation>
    </message>
    <message>
        <source>stack heterogeneity</source>
        <translation>stack heterogeneity</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>not a readable folder</source>
        <translation>not a readable folder</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>cancelled before the end</translation>
    </message>
    <message>
        <source>the folder name is not UTF-8 text; the folder was skipped</source>
        <translation>the folder name is not UTF-8 text; the folder was skipped</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1); it was skipped</source>
        <translation>the folder cannot be read (%1); it was skipped</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed to fit the workspace file: %1</source>
        <translation>
            <numerusform>%n value changed to fit the workspace file: %1</numerusform>
            <numerusform>%n values changed to fit the workspace file: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>manifests left out as not workspace members (%1): %2</source>
        <translation>manifests left out as not workspace members (%1): %2</translation>
    </message>
    <message>
        <source>not matched by %1</source>
        <translation>not matched by %1</translation>
    </message>
    <message>
        <source>inside %1, which is itself left out: %2</source>
        <translation>inside %1, which is itself left out: %2</translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation>excluded by %1</translation>
    </message>
    <message>
        <source>%1 %2 [%3] exclude [%4] in %5</source>
        <translation>%1 %2 [%3] exclude [%4] in %5</translation>
    </message>
    <message>
        <source>%1 %2 [%3] in %4</source>
        <translation>%1 %2 [%3] in %4</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, which pnpm-workspace.yaml in %4 does not list</source>
        <translation>%1 in %2 asks for %3, which pnpm-workspace.yaml in %4 does not list</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, but no pnpm-workspace.yaml at or above it has catalogs</source>
        <translation>%1 in %2 asks for %3, but no pnpm-workspace.yaml at or above it has catalogs</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 is requested in different range styles: %2</source>
        <translation>%1 is requested in different range styles: %2</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, but %4 is %5</source>
        <translation>%1 in %2 asks for %3, but %4 is %5</translation>
    </message>
    <message>
        <source>findings (%1): %2</source>
        <translation>findings (%1): %2</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, but no package in the scanned workspace is named %4</source>
        <translation>%1 in %2 asks for %3, but no package in the scanned workspace is named %4</translation>
    </message>
    <message>
        <source>the folder could not be read to the end (%1)</source>
        <translation>the folder could not be read to the end (%1)</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>an id must not be empty</source>
        <translation>an id must not be empty</translation>
    </message>
    <message>
        <source>an id must be at most 64 characters</source>
        <translation>an id must be at most 64 characters</translation>
    </message>
    <message>
        <source>an id must not contain spaces or control characters</source>
        <translation>an id must not contain spaces or control characters</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: expected text</translation>
    </message>
    <message>
        <source>%1: expected a single line</source>
        <translation>%1: expected a single line</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: expected a whole number</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 … %4</source>
        <translation>%1: %2 is outside %3 … %4</translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation>%1: expected a number</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos; is not one of %3</translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD</source>
        <translation>%1: expected a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: the text is longer than a workspace holds (%2 MB)</source>
        <translation>%1: the text is longer than a workspace holds (%2 MB)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>%1 wins in %2 of %3 draws (± %4 pp)</source>
        <translation>%1 wins in %2 of %3 draws (± %4 pp)</translation>
    </message>
    <message>
        <source>no candidate wins in any draw</source>
        <translation>no candidate wins in any draw</translation>
    </message>
    <message>
        <source>no winner in %1</source>
        <translation>no winner in %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 required, value %4</source>
        <translation>%1 %2 %3 required, value %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>SqliteFormat</name>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>text is not valid UTF-8</translation>
    </message>
    <message>
        <source>line break in a one-line field</source>
        <translation>line break in a one-line field</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>not a finite number</translation>
    </message>
    <message>
        <source>expected 0 or 1</source>
        <translation>expected 0 or 1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1” is not one of %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>table “%1”, row %2, column “%3”: %4</source>
        <translation>table “%1”, row %2, column “%3”: %4</translation>
    </message>
    <message>
        <source>ArchBoard workspace</source>
        <translation>ArchBoard workspace</translation>
    </message>
    <message>
        <source>no migration from schema version %1 to %2</source>
        <translation>no migration from schema version %1 to %2</translation>
    </message>
    <message>
        <source>migration from schema version %1 to %2 failed: %3</source>
        <translation>migration from schema version %1 to %2 failed: %3</translation>
    </message>
    <message>
        <source>cannot create a database: %1</source>
        <translation>cannot create a database: %1</translation>
    </message>
    <message>
        <source>cannot write the workspace: %1</source>
        <translation>cannot write the workspace: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>the file is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MB)</source>
        <translation>the file is too large (at most %1 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: the file is not an SQLite database</source>
        <translation>not an ArchBoard workspace: the file is not an SQLite database</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes, shorter than one database page)</source>
        <translation>the file is truncated (%1 bytes, shorter than one database page)</translation>
    </message>
    <message>
        <source>cannot open a database: %1</source>
        <translation>cannot open a database: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>cannot read the database: %1</translation>
    </message>
    <message>
        <source>the file is corrupt: %1</source>
        <translation>the file is corrupt: %1</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: this SQLite database belongs to another application (application_id 0x%1)</source>
        <translation>not an ArchBoard workspace: this SQLite database belongs to another application (application_id 0x%1)</translation>
    </message>
    <message>
        <source>the workspace was written by a newer ArchBoard (schema version %1; this version reads up to %2). Open it with a newer ArchBoard.</source>
        <translation>the workspace was written by a newer ArchBoard (schema version %1; this version reads up to %2). Open it with a newer ArchBoard.</translation>
    </message>
    <message>
        <source>the workspace has no valid schema version (%1)</source>
        <translation>the workspace has no valid schema version (%1)</translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check): %1</source>
        <translation>the file is corrupt (integrity check): %1</translation>
    </message>
    <message>
        <source>cannot upgrade the workspace: %1</source>
        <translation>cannot upgrade the workspace: %1</translation>
    </message>
    <message>
        <source>not a complete ArchBoard workspace: table “%1” is missing</source>
        <translation>not a complete ArchBoard workspace: table “%1” is missing</translation>
    </message>
    <message>
        <source>not a complete ArchBoard workspace: table “%1” has no column “%2”</source>
        <translation>not a complete ArchBoard workspace: table “%1” has no column “%2”</translation>
    </message>
    <message>
        <source>table “%1”, column “%2” has type %3 instead of %4</source>
        <translation>table “%1”, column “%2” has type %3 instead of %4</translation>
    </message>
    <message>
        <source>table “%1” has columns this version does not know</source>
        <translation>table “%1” has columns this version does not know</translation>
    </message>
    <message>
        <source>cannot read table “%1”: %2</source>
        <translation>cannot read table “%1”: %2</translation>
    </message>
    <message>
        <source>table “%1” must have exactly one row</source>
        <translation>table “%1” must have exactly one row</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>SLA tiers</source>
        <translation>SLA tiers</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA tier</translation>
    </message>
    <message>
        <source>Tier weights</source>
        <translation>Tier weights</translation>
    </message>
    <message>
        <source>Tier weight</source>
        <translation>Tier weight</translation>
    </message>
    <message>
        <source>Must-pass thresholds</source>
        <translation>Must-pass thresholds</translation>
    </message>
    <message>
        <source>Must-pass threshold</source>
        <translation>Must-pass threshold</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Pairwise comparisons</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Pairwise comparison</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Decision rules</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Decision rule</translation>
    </message>
    <message>
        <source>Rule conditions</source>
        <translation>Rule conditions</translation>
    </message>
    <message>
        <source>Rule condition</source>
        <translation>Rule condition</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Raters</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Workshop ratings</source>
        <translation>Workshop ratings</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>Bounded contexts</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>Bounded context</translation>
    </message>
    <message>
        <source>Context relations</source>
        <translation>Context relations</translation>
    </message>
    <message>
        <source>Context relation</source>
        <translation>Context relation</translation>
    </message>
    <message>
        <source>FaaS providers</source>
        <translation>FaaS providers</translation>
    </message>
    <message>
        <source>FaaS provider</source>
        <translation>FaaS provider</translation>
    </message>
    <message>
        <source>Language cost profiles</source>
        <translation>Language cost profiles</translation>
    </message>
    <message>
        <source>Language cost profile</source>
        <translation>Language cost profile</translation>
    </message>
    <message>
        <source>TCO scenarios</source>
        <translation>TCO scenarios</translation>
    </message>
    <message>
        <source>TCO scenario</source>
        <translation>TCO scenario</translation>
    </message>
    <message>
        <source>Functions per language</source>
        <translation>Functions per language</translation>
    </message>
    <message>
        <source>Functions of a language</source>
        <translation>Functions of a language</translation>
    </message>
    <message>
        <source>Custom cost lines</source>
        <translation>Custom cost lines</translation>
    </message>
    <message>
        <source>Custom cost line</source>
        <translation>Custom cost line</translation>
    </message>
    <message>
        <source>Uncertainty ranges</source>
        <translation>Uncertainty ranges</translation>
    </message>
    <message>
        <source>Uncertainty range</source>
        <translation>Uncertainty range</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>API protocols</source>
        <translation>API protocols</translation>
    </message>
    <message>
        <source>API protocol</source>
        <translation>API protocol</translation>
    </message>
    <message>
        <source>Approved protocols</source>
        <translation>Approved protocols</translation>
    </message>
    <message>
        <source>Approved protocol</source>
        <translation>Approved protocol</translation>
    </message>
    <message>
        <source>Fragmentation thresholds</source>
        <translation>Fragmentation thresholds</translation>
    </message>
    <message>
        <source>Fragmentation threshold</source>
        <translation>Fragmentation threshold</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Decision records</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Decision record</translation>
    </message>
    <message>
        <source>Considered options</source>
        <translation>Considered options</translation>
    </message>
    <message>
        <source>Considered option</source>
        <translation>Considered option</translation>
    </message>
    <message>
        <source>Linked elements</source>
        <translation>Linked elements</translation>
    </message>
    <message>
        <source>Linked element</source>
        <translation>Linked element</translation>
    </message>
    <message>
        <source>Snapshot figures</source>
        <translation>Snapshot figures</translation>
    </message>
    <message>
        <source>Snapshot figure</source>
        <translation>Snapshot figure</translation>
    </message>
    <message>
        <source>Radar exports</source>
        <translation>Radar exports</translation>
    </message>
    <message>
        <source>Radar entry</source>
        <translation>Radar entry</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Voting rounds</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Voting round</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>Round scores</translation>
    </message>
    <message>
        <source>Round score</source>
        <translation>Round score</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>“%1” · “%2”: “%3”</source>
        <translation>“%1” · “%2”: “%3”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Tco</name>
    <message>
        <source>provider %1: “%2” in vCPU by memory is not “MB:vCPU”</source>
        <translation>provider %1: “%2” in vCPU by memory is not “MB:vCPU”</translation>
    </message>
    <message>
        <source>provider %1 bills vCPU-seconds but lists no vCPU by memory: CPU not priced</source>
        <translation>provider %1 bills vCPU-seconds but lists no vCPU by memory: CPU not priced</translation>
    </message>
    <message>
        <source>Memory per function</source>
        <translation>Memory per function</translation>
    </message>
    <message>
        <source>Mean duration of an invocation</source>
        <translation>Mean duration of an invocation</translation>
    </message>
    <message>
        <source>Invocations per month of each function</source>
        <translation>Invocations per month of each function</translation>
    </message>
    <message>
        <source>Share of invocations that start cold</source>
        <translation>Share of invocations that start cold</translation>
    </message>
    <message>
        <source>Horizon; one-offs are spread over it</source>
        <translation>Horizon; one-offs are spread over it</translation>
    </message>
    <message>
        <source>Platform overhead at the normalisation point (seed: 12 000)</source>
        <translation>Platform overhead at the normalisation point (seed: 12 000)</translation>
    </message>
    <message>
        <source>Functions at which the base platform cost applies (seed: 50)</source>
        <translation>Functions at which the base platform cost applies (seed: 50)</translation>
    </message>
    <message>
        <source>CI builds per month</source>
        <translation>CI builds per month</translation>
    </message>
    <message>
        <source>CI minutes per build</source>
        <translation>CI minutes per build</translation>
    </message>
    <message>
        <source>CI price per build minute</source>
        <translation>CI price per build minute</translation>
    </message>
    <message>
        <source>Extra CI time per additional language pipeline (seed: 37)</source>
        <translation>Extra CI time per additional language pipeline (seed: 37)</translation>
    </message>
    <message>
        <source>Day rate for the monitoring migration</source>
        <translation>Day rate for the monitoring migration</translation>
    </message>
    <message>
        <source>Provider: price per GB-second</source>
        <translation>Provider: price per GB-second</translation>
    </message>
    <message>
        <source>Provider: price per vCPU-second</source>
        <translation>Provider: price per vCPU-second</translation>
    </message>
    <message>
        <source>Provider: price per million requests</source>
        <translation>Provider: price per million requests</translation>
    </message>
    <message>
        <source>Provider: free GB-seconds per month and account</source>
        <translation>Provider: free GB-seconds per month and account</translation>
    </message>
    <message>
        <source>Provider: free vCPU-seconds per month and account</source>
        <translation>Provider: free vCPU-seconds per month and account</translation>
    </message>
    <message>
        <source>Provider: free requests per month and account</source>
        <translation>Provider: free requests per month and account</translation>
    </message>
    <message>
        <source>Functions written in %1</source>
        <translation>Functions written in %1</translation>
    </message>
    <message>
        <source>Platform-overhead factor of %1</source>
        <translation>Platform-overhead factor of %1</translation>
    </message>
    <message>
        <source>Cold-start mean of %1</source>
        <translation>Cold-start mean of %1</translation>
    </message>
    <message>
        <source>Deployment artifact of %1</source>
        <translation>Deployment artifact of %1</translation>
    </message>
    <message>
        <source>Cold start per artifact MB of %1</source>
        <translation>Cold start per artifact MB of %1</translation>
    </message>
    <message>
        <source>scenario %1 has no provider: compute, requests and cold starts are not priced</source>
        <translation>scenario %1 has no provider: compute, requests and cold starts are not priced</translation>
    </message>
    <message>
        <source>(%1 GB-s − %2 free) × %3 USD/GB-s</source>
        <translation>(%1 GB-s − %2 free) × %3 USD/GB-s</translation>
    </message>
    <message>
        <source> + (%1 vCPU-s − %2 free) × %3 USD/vCPU-s</source>
        <translation> + (%1 vCPU-s − %2 free) × %3 USD/vCPU-s</translation>
    </message>
    <message>
        <source>; memory billed as %1 MB, duration as %2 ms</source>
        <translation>; memory billed as %1 MB, duration as %2 ms</translation>
    </message>
    <message>
        <source>(%1 requests − %2 free) / 1 000 000 × %3 USD</source>
        <translation>(%1 requests − %2 free) / 1 000 000 × %3 USD</translation>
    </message>
    <message>
        <source>%1 USD × %2 × %3 functions / %4%5</source>
        <translation>%1 USD × %2 × %3 functions / %4%5</translation>
    </message>
    <message>
        <source> (factor is an estimate)</source>
        <translation> (factor is an estimate)</translation>
    </message>
    <message>
        <source>%1&apos;s language factor %2 is an estimate: set it in the language cost profiles</source>
        <translation>%1&apos;s language factor %2 is an estimate: set it in the language cost profiles</translation>
    </message>
    <message>
        <source>%1 has no language factor: platform overhead not counted</source>
        <translation>%1 has no language factor: platform overhead not counted</translation>
    </message>
    <message>
        <source>no language factor for %1</source>
        <translation>no language factor for %1</translation>
    </message>
    <message>
        <source>12 × %1 invocations/month × %2 ms billed × %3 GB = %4 GB-s/month, %5 % of the account&apos;s %6 GB-s; billable after the free tier × %7 USD/GB-s</source>
        <translation>12 × %1 invocations/month × %2 ms billed × %3 GB = %4 GB-s/month, %5 % of the account&apos;s %6 GB-s; billable after the free tier × %7 USD/GB-s</translation>
    </message>
    <message>
        <source>; plus %1 vCPU × the same seconds × %2 USD/vCPU-s</source>
        <translation>; plus %1 vCPU × the same seconds × %2 USD/vCPU-s</translation>
    </message>
    <message>
        <source>12 × %1 requests/month (%2 % of %3) billable after the free tier × %4 USD per million</source>
        <translation>12 × %1 requests/month (%2 % of %3) billable after the free tier × %4 USD per million</translation>
    </message>
    <message>
        <source>%1 does not bill init time</source>
        <translation>%1 does not bill init time</translation>
    </message>
    <message>
        <source>no cold-start figure for %1</source>
        <translation>no cold-start figure for %1</translation>
    </message>
    <message>
        <source>12 × %1 cold starts/month (%2 %) × %3 ms extra billed × %4 GB = %5 GB-s/month, billable after the free tier × %6 USD/GB-s</source>
        <translation>12 × %1 cold starts/month (%2 %) × %3 ms extra billed × %4 GB = %5 GB-s/month, billable after the free tier × %6 USD/GB-s</translation>
    </message>
    <message>
        <source>%1 has no cold-start figure: cold starts not counted</source>
        <translation>%1 has no cold-start figure: cold starts not counted</translation>
    </message>
    <message>
        <source>%1 builds × %2 min × %3 USD × 12 × (1 + %4 % × %5 extra pipelines) / %6 languages</source>
        <translation>%1 builds × %2 min × %3 USD × 12 × (1 + %4 % × %5 extra pipelines) / %6 languages</translation>
    </message>
    <message>
        <source>no artifact size for %1</source>
        <translation>no artifact size for %1</translation>
    </message>
    <message>
        <source>artifact sizes of the languages in use spread %1× (the scenario&apos;s reference: %2×)</source>
        <translation>artifact sizes of the languages in use spread %1× (the scenario&apos;s reference: %2×)</translation>
    </message>
    <message>
        <source>%1 USD per year</source>
        <translation>%1 USD per year</translation>
    </message>
    <message>
        <source>%1 USD per month × 12</source>
        <translation>%1 USD per month × 12</translation>
    </message>
    <message>
        <source>%1 USD once, over %2 years</source>
        <translation>%1 USD once, over %2 years</translation>
    </message>
    <message>
        <source>Build pipeline: %1</source>
        <translation>Build pipeline: %1</translation>
    </message>
    <message>
        <source>Source repository</source>
        <translation>Source repository</translation>
    </message>
    <message>
        <source>Language detection</source>
        <translation>Language detection</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API gateway</translation>
    </message>
    <message>
        <source>%1 build</source>
        <translation>%1 build</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 functions</translation>
    </message>
    <message>
        <source>artifact %1 MB</source>
        <translation>artifact %1 MB</translation>
    </message>
    <message>
        <source>CI %1/year</source>
        <translation>CI %1/year</translation>
    </message>
    <message>
        <source>no functions</source>
        <translation>no functions</translation>
    </message>
    <message>
        <source>FaaS provider preset: %1</source>
        <translation>FaaS provider preset: %1</translation>
    </message>
    <message>
        <source>Apply the provider&apos;s monthly free tier (once per account)</source>
        <translation>Apply the provider&apos;s monthly free tier (once per account)</translation>
    </message>
    <message>
        <source>%1: the value must be a finite number</source>
        <translation>%1: the value must be a finite number</translation>
    </message>
    <message>
        <source>%1: %2 is below the smallest allowed value %3</source>
        <translation>%1: %2 is below the smallest allowed value %3</translation>
    </message>
    <message>
        <source>memory_mb: %1 is outside 128–32 768 MB</source>
        <translation>memory_mb: %1 is outside 128–32 768 MB</translation>
    </message>
    <message>
        <source>horizon_years: %1 is outside 1–30 years</source>
        <translation>horizon_years: %1 is outside 1–30 years</translation>
    </message>
    <message>
        <source>cold_start_pct: %1 is more than 100 %</source>
        <translation>cold_start_pct: %1 is more than 100 %</translation>
    </message>
    <message>
        <source>normalisation_functions must be more than 0</source>
        <translation>normalisation_functions must be more than 0</translation>
    </message>
    <message>
        <source>%1: there is no candidate (language) “%2”</source>
        <translation>%1: there is no candidate (language) “%2”</translation>
    </message>
    <message>
        <source>%1: the scenario has no functions in %2; set functions.%2 first</source>
        <translation>%1: the scenario has no functions in %2; set functions.%2 first</translation>
    </message>
    <message>
        <source>provider takes a provider id, not a number</source>
        <translation>provider takes a provider id, not a number</translation>
    </message>
    <message>
        <source>%1: the scenario has no provider to set it on</source>
        <translation>%1: the scenario has no provider to set it on</translation>
    </message>
    <message>
        <source>unknown parameter “%1” (archboard-cli tco --list-parameters lists them)</source>
        <translation>unknown parameter “%1” (archboard-cli tco --list-parameters lists them)</translation>
    </message>
    <message>
        <source>provider: there is no provider “%1” (the workspace has %2)</source>
        <translation>provider: there is no provider “%1” (the workspace has %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>free_tier: “%1” is not true or false</source>
        <translation>free_tier: “%1” is not true or false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: “%2” is not a number</translation>
    </message>
    <message>
        <source>Platform overhead</source>
        <translation>Platform overhead</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>Cold start</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Dependency volume</source>
        <translation>Dependency volume</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Artifact storage price (where the artifacts are kept)</source>
        <translation>Artifact storage price (where the artifacts are kept)</translation>
    </message>
    <message>
        <source>People who migrate monitoring per language (the person-days are per person)</source>
        <translation>People who migrate monitoring per language (the person-days are per person)</translation>
    </message>
    <message>
        <source>Monitoring migration of %1, per person</source>
        <translation>Monitoring migration of %1, per person</translation>
    </message>
    <message>
        <source>%1 bills at most %2 MB: the scenario&apos;s %3 MB is billed as %2 MB (the provider caps it)</source>
        <translation>%1 bills at most %2 MB: the scenario&apos;s %3 MB is billed as %2 MB (the provider caps it)</translation>
    </message>
    <message>
        <source>%1 bills at least %2 MB: the scenario&apos;s %3 MB is billed as %2 MB</source>
        <translation>%1 bills at least %2 MB: the scenario&apos;s %3 MB is billed as %2 MB</translation>
    </message>
    <message>
        <source>%1 refuses %2 MB of memory (its largest is %3 MB): the function cannot be created</source>
        <translation>%1 refuses %2 MB of memory (its largest is %3 MB): the function cannot be created</translation>
    </message>
    <message>
        <source>%1 refuses %2 MB of memory (its smallest is %3 MB): the function cannot be created</source>
        <translation>%1 refuses %2 MB of memory (its smallest is %3 MB): the function cannot be created</translation>
    </message>
    <message>
        <source>%1 stops an invocation at %2 ms: the scenario&apos;s %3 ms invocations time out and are billed up to %2 ms</source>
        <translation>%1 stops an invocation at %2 ms: the scenario&apos;s %3 ms invocations time out and are billed up to %2 ms</translation>
    </message>
    <message>
        <source>init: 12 × %1 cold starts/month × (%2 MB × %3 ms/MB = %4 ms billed) × %5 GB = %6 GB-s/month, billable after the free tier × %7 USD/GB-s</source>
        <translation>init: 12 × %1 cold starts/month × (%2 MB × %3 ms/MB = %4 ms billed) × %5 GB = %6 GB-s/month, billable after the free tier × %7 USD/GB-s</translation>
    </message>
    <message>
        <source>init: %1 does not bill init time</source>
        <translation>init: %1 does not bill init time</translation>
    </message>
    <message>
        <source>%1: no cold start per artifact MB, so the artifact&apos;s effect on cold starts is not counted</source>
        <translation>%1: no cold start per artifact MB, so the artifact&apos;s effect on cold starts is not counted</translation>
    </message>
    <message>
        <source>storage: %1 MB × %2 functions × %3 USD/GB-month × 12 = %4</source>
        <translation>storage: %1 MB × %2 functions × %3 USD/GB-month × 12 = %4</translation>
    </message>
    <message>
        <source>%1 person-days per person × %2 people × %3 USD once, over %4 years</source>
        <translation>%1 person-days per person × %2 people × %3 USD once, over %4 years</translation>
    </message>
    <message>
        <source>%1; compute, requests, cold starts and the artifacts&apos; init time are not priced</source>
        <translation>%1; compute, requests, cold starts and the artifacts&apos; init time are not priced</translation>
    </message>
    <message>
        <source>team_size: %1 is outside 0–100 000 people</source>
        <translation>team_size: %1 is outside 0–100 000 people</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 runs, seed %2</source>
        <translation>Monte Carlo, %1 runs, seed %2</translation>
    </message>
    <message>
        <source>Custom lines</source>
        <translation>Custom lines</translation>
    </message>
    <message>
        <source>%1: the scenario has no such input</source>
        <translation>%1: the scenario has no such input</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its saved range %2–%3 moves with the what-if value (×%4)</source>
        <translation>%1: its saved range %2–%3 moves with the what-if value (×%4)</translation>
    </message>
    <message>
        <source>million USD</source>
        <translation>million USD</translation>
    </message>
    <message>
        <source>thousand USD</source>
        <translation>thousand USD</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>TcoCharts</name>
    <message>
        <source>Annual cost per language — %1: %2 per year</source>
        <translation>Annual cost per language — %1: %2 per year</translation>
    </message>
    <message>
        <source>%1 has no functions yet: add some on the TCO scenarios page or with the sliders.</source>
        <translation>%1 has no functions yet: add some on the TCO scenarios page or with the sliders.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 functions · %3 USD</source>
        <translation>%1&lt;br&gt;%2 functions · %3 USD</translation>
    </message>
    <message>
        <source>Shared lines&lt;br&gt;%1 USD</source>
        <translation>Shared lines&lt;br&gt;%1 USD</translation>
    </message>
    <message>
        <source>Shared lines</source>
        <translation>Shared lines</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 per year</translation>
    </message>
    <message>
        <source>No scenarios to compare</source>
        <translation>No scenarios to compare</translation>
    </message>
    <message>
        <source>Total annual cost per scenario, compared with the baseline “%1”</source>
        <translation>Total annual cost per scenario, compared with the baseline “%1”</translation>
    </message>
    <message>
        <source>Total annual cost per scenario (no baseline)</source>
        <translation>Total annual cost per scenario (no baseline)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>With what-if values (not saved)</source>
        <translation>With what-if values (not saved)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Difference to the baseline “%1” (%2): %3%4%5</source>
        <translation>&lt;br&gt;Difference to the baseline “%1” (%2): %3%4%5</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (baseline)</translation>
    </message>
    <message>
        <source>shared lines %1</source>
        <translation>shared lines %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Total annual cost: %3&lt;br&gt;= %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Total annual cost: %3&lt;br&gt;= %4%5</translation>
    </message>
    <message>
        <source> — with what-if values, not saved</source>
        <translation> — with what-if values, not saved</translation>
    </message>
    <message>
        <source>no functions and no cost lines</source>
        <translation>no functions and no cost lines</translation>
    </message>
    <message>
        <source>Cumulative cost over each scenario&apos;s horizon (one-offs in year 1)</source>
        <translation>Cumulative cost over each scenario&apos;s horizon (one-offs in year 1)</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>No scenarios</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source> (what-if, not saved)</source>
        <translation> (what-if, not saved)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, end of year %2&lt;br&gt;%3&lt;br&gt;= one-offs %4 (year 1) + %2 × %5 recurring per year</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, end of year %2&lt;br&gt;%3&lt;br&gt;= one-offs %4 (year 1) + %2 × %5 recurring per year</translation>
    </message>
    <message>
        <source>Sensitivity: annual total with each input %1 % lower and higher (base %2); largest swing on top</source>
        <translation>Sensitivity: annual total with each input %1 % lower and higher (base %2); largest swing on top</translation>
    </message>
    <message>
        <source>Sensitivity: no input changes the total (base %1)</source>
        <translation>Sensitivity: no input changes the total (base %1)</translation>
    </message>
    <message>
        <source>Input −%1 %</source>
        <translation>Input −%1 %</translation>
    </message>
    <message>
        <source>Input +%1 %</source>
        <translation>Input +%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;now %3 %4: total %5&lt;br&gt;−%6 %: %7 %4 → %8 (%9)&lt;br&gt;+%6 %: %10 %4 → %11 (%12)&lt;br&gt;swing %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;now %3 %4: total %5&lt;br&gt;−%6 %: %7 %4 → %8 (%9)&lt;br&gt;+%6 %: %10 %4 → %11 (%12)&lt;br&gt;swing %13</translation>
    </message>
    <message>
        <source>Change of the annual total, %1 (0 = %2)</source>
        <translation>Change of the annual total, %1 (0 = %2)</translation>
    </message>
    <message>
        <source>Cold start per language: mean ± σ and first byte (%1 % of invocations start cold)</source>
        <translation>Cold start per language: mean ± σ and first byte (%1 % of invocations start cold)</translation>
    </message>
    <message>
        <source>No languages in this scenario</source>
        <translation>No languages in this scenario</translation>
    </message>
    <message>
        <source>&lt;br&gt;(no cold-start figure)</source>
        <translation>&lt;br&gt;(no cold-start figure)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cold start (mean)</source>
        <translation>Cold start (mean)</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>First byte</translation>
    </message>
    <message>
        <source>cold start %1 ms ± %2 ms (σ)</source>
        <translation>cold start %1 ms ± %2 ms (σ)</translation>
    </message>
    <message>
        <source>cold start %1 ms (no σ)</source>
        <translation>cold start %1 ms (no σ)</translation>
    </message>
    <message>
        <source>no cold-start figure in the language profile</source>
        <translation>no cold-start figure in the language profile</translation>
    </message>
    <message>
        <source>first byte %1 ms</source>
        <translation>first byte %1 ms</translation>
    </message>
    <message>
        <source>%1 % cold × %2 ms = %3 ms added per invocation on average</source>
        <translation>%1 % cold × %2 ms = %3 ms added per invocation on average</translation>
    </message>
    <message>
        <source>%1 cold starts per month</source>
        <translation>%1 cold starts per month</translation>
    </message>
    <message>
        <source>± σ</source>
        <translation>± σ</translation>
    </message>
    <message>
        <source>Cumulative cost over each scenario&apos;s horizon (one-offs in year 1): %1 of %2 scenarios in colour, the other %3 in grey as “%4”</source>
        <translation>Cumulative cost over each scenario&apos;s horizon (one-offs in year 1): %1 of %2 scenarios in colour, the other %3 in grey as “%4”</translation>
    </message>
    <message>
        <source>Sensitivity: annual total with each input %1 % lower and higher (base %2); the %3 largest of %4 swings, largest on top</source>
        <translation>Sensitivity: annual total with each input %1 % lower and higher (base %2); the %3 largest of %4 swings, largest on top</translation>
    </message>
</context>
<context>
    <name>TechRadarExport</name>
    <message>
        <source>Wrote the tech radar to %1.</source>
        <translation>Wrote the tech radar to %1.</translation>
    </message>
    <message>
        <source>Recorded this export (%1) in the radar history; Edit → Undo removes it.</source>
        <translation>Recorded this export (%1) in the radar history; Edit → Undo removes it.</translation>
    </message>
    <message>
        <source>The export was not recorded in the radar history: %1</source>
        <translation>The export was not recorded in the radar history: %1</translation>
    </message>
    <message>
        <source>Zalando tech radar JSON (*.json)</source>
        <translation>Zalando tech radar JSON (*.json)</translation>
    </message>
    <message>
        <source>ThoughtWorks Build Your Own Radar CSV (*.csv)</source>
        <translation>ThoughtWorks Build Your Own Radar CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Tech Radar</source>
        <translation>Export Tech Radar</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>GB-s</source>
        <translation>GB-s</translation>
    </message>
    <message>
        <source>vCPU-s</source>
        <translation>vCPU-s</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>ms/MB</source>
        <translation>ms/MB</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>person-days</translation>
    </message>
    <message>
        <source>per function</source>
        <translation>per function</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>USD/year</source>
        <translation>USD/year</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>functions</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>USD/GB-month</source>
        <translation>USD/GB-month</translation>
    </message>
    <message>
        <source>USD/person-day</source>
        <translation>USD/person-day</translation>
    </message>
    <message>
        <source>semver distance</source>
        <translation>semver distance</translation>
    </message>
    <message>
        <source>runtime versions</source>
        <translation>runtime versions</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>duplicates row %1: the combination of %2 must be unique</source>
        <translation>duplicates row %1: the combination of %2 must be unique</translation>
    </message>
    <message>
        <source>the id “%1” is also used by row %2</source>
        <translation>the id “%1” is also used by row %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>refers to an unknown %1 “%2”</source>
        <translation>refers to an unknown %1 “%2”</translation>
    </message>
    <message>
        <source>element</source>
        <translation>element</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 is not a finite number</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the allowed range %3 … %4</source>
        <translation>%1 = %2 is outside the allowed range %3 … %4</translation>
    </message>
    <message>
        <source>%1 has no valid value</source>
        <translation>%1 has no valid value</translation>
    </message>
    <message>
        <source>“%1” is not “MB:vCPU” (e.g. “512:0.333”)</source>
        <translation>“%1” is not “MB:vCPU” (e.g. “512:0.333”)</translation>
    </message>
    <message>
        <source>the provider bills vCPU-seconds but lists no vCPU by memory: CPU is not priced</source>
        <translation>the provider bills vCPU-seconds but lists no vCPU by memory: CPU is not priced</translation>
    </message>
    <message>
        <source>“%1” is not a numeric TCO parameter (archboard-cli tco --list-parameters lists them)</source>
        <translation>“%1” is not a numeric TCO parameter (archboard-cli tco --list-parameters lists them)</translation>
    </message>
    <message>
        <source>there is no candidate (language) “%1”</source>
        <translation>there is no candidate (language) “%1”</translation>
    </message>
    <message>
        <source>scenario “%1” has no functions in “%2”: this range is not used</source>
        <translation>scenario “%1” has no functions in “%2”: this range is not used</translation>
    </message>
    <message>
        <source>the high end %1 is below the low end %2</source>
        <translation>the high end %1 is below the low end %2</translation>
    </message>
    <message>
        <source>colour “%1” is not of the form #rrggbb</source>
        <translation>colour “%1” is not of the form #rrggbb</translation>
    </message>
    <message>
        <source>the weights of tier “%1” add up to zero</source>
        <translation>the weights of tier “%1” add up to zero</translation>
    </message>
    <message>
        <source>criterion “%1” is measured, not rated in the workshop; this rating is not used</source>
        <translation>criterion “%1” is measured, not rated in the workshop; this rating is not used</translation>
    </message>
    <message>
        <source>a must-pass threshold needs &lt;, ≤, ≥ or &gt;</source>
        <translation>a must-pass threshold needs &lt;, ≤, ≥ or &gt;</translation>
    </message>
    <message>
        <source>a criterion is not compared with itself</source>
        <translation>a criterion is not compared with itself</translation>
    </message>
    <message>
        <source>“%1” and “%2” are already compared the other way round</source>
        <translation>“%1” and “%2” are already compared the other way round</translation>
    </message>
    <message>
        <source>“%1” compares a number, but the value “%2” is not one</source>
        <translation>“%1” compares a number, but the value “%2” is not one</translation>
    </message>
    <message>
        <source>“contains” does not apply to a number</source>
        <translation>“contains” does not apply to a number</translation>
    </message>
    <message>
        <source>“%1” is not a number; use =, ≠, contains or does not contain</source>
        <translation>“%1” is not a number; use =, ≠, contains or does not contain</translation>
    </message>
    <message>
        <source>refers to an unknown SLA tier “%1”</source>
        <translation>refers to an unknown SLA tier “%1”</translation>
    </message>
    <message>
        <source>refers to an unknown candidate “%1”</source>
        <translation>refers to an unknown candidate “%1”</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1” is not one of %2</translation>
    </message>
    <message>
        <source>never applies: the earlier rule “%1” has no conditions and always fires</source>
        <translation>never applies: the earlier rule “%1” has no conditions and always fires</translation>
    </message>
    <message>
        <source>a context cannot be upstream of itself</source>
        <translation>a context cannot be upstream of itself</translation>
    </message>
    <message>
        <source>%1 scenarios are marked as baseline; deltas use the first</source>
        <translation>%1 scenarios are marked as baseline; deltas use the first</translation>
    </message>
    <message>
        <source>limits must not increase from healthy to warning to high (higher is better)</source>
        <translation>limits must not increase from healthy to warning to high (higher is better)</translation>
    </message>
    <message>
        <source>limits must not decrease from healthy to warning to high (lower is better)</source>
        <translation>limits must not decrease from healthy to warning to high (lower is better)</translation>
    </message>
    <message>
        <source>number %1 is also used by row %2</source>
        <translation>number %1 is also used by row %2</translation>
    </message>
    <message>
        <source>superseded, but the record that supersedes it is not named</source>
        <translation>superseded, but the record that supersedes it is not named</translation>
    </message>
    <message>
        <source>names a superseding record but its status is not “superseded”</source>
        <translation>names a superseding record but its status is not “superseded”</translation>
    </message>
    <message>
        <source>a record cannot supersede itself</source>
        <translation>a record cannot supersede itself</translation>
    </message>
    <message>
        <source>%1 MB is outside %2&apos;s limits (%3–%4 MB): the provider bills it as %5 MB, and so does the cost model</source>
        <translation>%1 MB is outside %2&apos;s limits (%3–%4 MB): the provider bills it as %5 MB, and so does the cost model</translation>
    </message>
    <message>
        <source>%1 MB is outside %2&apos;s limits (%3–%4 MB): the provider refuses it, so the cost model prices no compute, requests or cold starts</source>
        <translation>%1 MB is outside %2&apos;s limits (%3–%4 MB): the provider refuses it, so the cost model prices no compute, requests or cold starts</translation>
    </message>
    <message>
        <source>%1 ms is beyond %2&apos;s timeout of %3 ms: invocations are stopped and billed up to the timeout</source>
        <translation>%1 ms is beyond %2&apos;s timeout of %3 ms: invocations are stopped and billed up to the timeout</translation>
    </message>
    <message>
        <source>a distribution needs a value, a low and a high: not used for win probabilities</source>
        <translation>a distribution needs a value, a low and a high: not used for win probabilities</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>pre-release</source>
        <translation>pre-release</translation>
    </message>
    <message>
        <source>build metadata</source>
        <translation>build metadata</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>empty %1</translation>
    </message>
    <message>
        <source>empty identifier in %1 %2</source>
        <translation>empty identifier in %1 %2</translation>
    </message>
    <message>
        <source>%1 in %2 %3: only letters, digits and &apos;-&apos; are allowed</source>
        <translation>%1 in %2 %3: only letters, digits and &apos;-&apos; are allowed</translation>
    </message>
    <message>
        <source>numeric pre-release identifier %1 has a leading zero</source>
        <translation>numeric pre-release identifier %1 has a leading zero</translation>
    </message>
    <message>
        <source>Go module versions start with &apos;v&apos; (v1.2.3)</source>
        <translation>Go module versions start with &apos;v&apos; (v1.2.3)</translation>
    </message>
    <message>
        <source>expected a number at %1 in %2</source>
        <translation>expected a number at %1 in %2</translation>
    </message>
    <message>
        <source>expected a number at the end of %1</source>
        <translation>expected a number at the end of %1</translation>
    </message>
    <message>
        <source>%1 has a leading zero</source>
        <translation>%1 has a leading zero</translation>
    </message>
    <message>
        <source>number %1 is too large (more than %2)</source>
        <translation>number %1 is too large (more than %2)</translation>
    </message>
    <message>
        <source>expected MAJOR.MINOR.PATCH, got %1</source>
        <translation>expected MAJOR.MINOR.PATCH, got %1</translation>
    </message>
    <message>
        <source>unexpected %1 in %2</source>
        <translation>unexpected %1 in %2</translation>
    </message>
    <message>
        <source>build metadata %1 is not allowed in a Go module version (only +incompatible)</source>
        <translation>build metadata %1 is not allowed in a Go module version (only +incompatible)</translation>
    </message>
    <message>
        <source>+incompatible is only allowed from major version 2 on</source>
        <translation>+incompatible is only allowed from major version 2 on</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>number %1 is too large</translation>
    </message>
    <message>
        <source>no number in %1 (%2)</source>
        <translation>no number in %1 (%2)</translation>
    </message>
    <message>
        <source>a Maven version has no spaces or control characters: %1</source>
        <translation>a Maven version has no spaces or control characters: %1</translation>
    </message>
    <message>
        <source>%1 belongs to a version range, not a version: %2</source>
        <translation>%1 belongs to a version range, not a version: %2</translation>
    </message>
    <message>
        <source>unresolved property in %1</source>
        <translation>unresolved property in %1</translation>
    </message>
    <message>
        <source>a Maven version needs a letter or a digit: %1</source>
        <translation>a Maven version needs a letter or a digit: %1</translation>
    </message>
    <message>
        <source>expected a release number in %1</source>
        <translation>expected a release number in %1</translation>
    </message>
    <message>
        <source>epoch %1 is too large</source>
        <translation>epoch %1 is too large</translation>
    </message>
    <message>
        <source>expected a release number after the epoch in %1</source>
        <translation>expected a release number after the epoch in %1</translation>
    </message>
    <message>
        <source>malformed local version label in %1</source>
        <translation>malformed local version label in %1</translation>
    </message>
    <message>
        <source>unexpected %1 in %2 (PEP 440: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local])</source>
        <translation>unexpected %1 in %2 (PEP 440: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local])</translation>
    </message>
    <message>
        <source>workspace protocol</source>
        <translation>workspace protocol</translation>
    </message>
    <message>
        <source>local file dependency</source>
        <translation>local file dependency</translation>
    </message>
    <message>
        <source>link protocol (local folder)</source>
        <translation>link protocol (local folder)</translation>
    </message>
    <message>
        <source>portal protocol (local folder)</source>
        <translation>portal protocol (local folder)</translation>
    </message>
    <message>
        <source>patch protocol (patched package)</source>
        <translation>patch protocol (patched package)</translation>
    </message>
    <message>
        <source>git dependency</source>
        <translation>git dependency</translation>
    </message>
    <message>
        <source>git dependency (%1)</source>
        <translation>git dependency (%1)</translation>
    </message>
    <message>
        <source>tarball URL</source>
        <translation>tarball URL</translation>
    </message>
    <message>
        <source>direct URL</source>
        <translation>direct URL</translation>
    </message>
    <message>
        <source>local path</source>
        <translation>local path</translation>
    </message>
    <message>
        <source>&apos;@&apos; without a URL</source>
        <translation>&apos;@&apos; without a URL</translation>
    </message>
    <message>
        <source>direct reference (%1)</source>
        <translation>direct reference (%1)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>npm: alias without a package name</source>
        <translation>npm: alias without a package name</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>alias of %1</translation>
    </message>
    <message>
        <source>pnpm catalog</source>
        <translation>pnpm catalog</translation>
    </message>
    <message>
        <source>JSR package</source>
        <translation>JSR package</translation>
    </message>
    <message>
        <source>exec protocol (generated package)</source>
        <translation>exec protocol (generated package)</translation>
    </message>
    <message>
        <source>missing version in %1</source>
        <translation>missing version in %1</translation>
    </message>
    <message>
        <source>expected a number after &apos;.&apos; in %1</source>
        <translation>expected a number after &apos;.&apos; in %1</translation>
    </message>
    <message>
        <source>a number after a wildcard in %1</source>
        <translation>a number after a wildcard in %1</translation>
    </message>
    <message>
        <source>expected a number, &apos;x&apos; or &apos;*&apos; at %1 in %2</source>
        <translation>expected a number, &apos;x&apos; or &apos;*&apos; at %1 in %2</translation>
    </message>
    <message>
        <source>too many parts in %1 (MAJOR.MINOR.PATCH)</source>
        <translation>too many parts in %1 (MAJOR.MINOR.PATCH)</translation>
    </message>
    <message>
        <source>%1 without a version</source>
        <translation>%1 without a version</translation>
    </message>
    <message>
        <source>unexpected operator in %1</source>
        <translation>unexpected operator in %1</translation>
    </message>
    <message>
        <source>git dependency (GitHub shorthand)</source>
        <translation>git dependency (GitHub shorthand)</translation>
    </message>
    <message>
        <source>dist-tag latest</source>
        <translation>dist-tag latest</translation>
    </message>
    <message>
        <source>dist-tag %1</source>
        <translation>dist-tag %1</translation>
    </message>
    <message>
        <source>not an npm range: %1</source>
        <translation>not an npm range: %1</translation>
    </message>
    <message>
        <source>empty requirement between commas in %1</source>
        <translation>empty requirement between commas in %1</translation>
    </message>
    <message>
        <source>%1 is not a Cargo requirement (operators: = &gt; &gt;= &lt; &lt;= ~ ^, comma-separated)</source>
        <translation>%1 is not a Cargo requirement (operators: = &gt; &gt;= &lt; &lt;= ~ ^, comma-separated)</translation>
    </message>
    <message>
        <source>Cargo requirements are separated by commas: %1</source>
        <translation>Cargo requirements are separated by commas: %1</translation>
    </message>
    <message>
        <source>not a Cargo requirement: %1</source>
        <translation>not a Cargo requirement: %1</translation>
    </message>
    <message>
        <source>a wildcard requirement must stand alone: %1</source>
        <translation>a wildcard requirement must stand alone: %1</translation>
    </message>
    <message>
        <source>^%1 (Cargo reads a bare version as a caret requirement)</source>
        <translation>^%1 (Cargo reads a bare version as a caret requirement)</translation>
    </message>
    <message>
        <source>pseudo-version (commit of %1)</source>
        <translation>pseudo-version (commit of %1)</translation>
    </message>
    <message>
        <source>Maven meta-version %1 (deprecated)</source>
        <translation>Maven meta-version %1 (deprecated)</translation>
    </message>
    <message>
        <source>soft requirement</source>
        <translation>soft requirement</translation>
    </message>
    <message>
        <source>unbounded range (no closing &apos;]&apos; or &apos;)&apos;): %1</source>
        <translation>unbounded range (no closing &apos;]&apos; or &apos;)&apos;): %1</translation>
    </message>
    <message>
        <source>bad bound in %1: %2</source>
        <translation>bad bound in %1: %2</translation>
    </message>
    <message>
        <source>a single version must be surrounded by [ ]: %1</source>
        <translation>a single version must be surrounded by [ ]: %1</translation>
    </message>
    <message>
        <source>empty range %1</source>
        <translation>empty range %1</translation>
    </message>
    <message>
        <source>a range has two bounds: %1</source>
        <translation>a range has two bounds: %1</translation>
    </message>
    <message>
        <source>range defies version ordering: %1</source>
        <translation>range defies version ordering: %1</translation>
    </message>
    <message>
        <source>range cannot have identical boundaries: %1</source>
        <translation>range cannot have identical boundaries: %1</translation>
    </message>
    <message>
        <source>ranges overlap: %1</source>
        <translation>ranges overlap: %1</translation>
    </message>
    <message>
        <source>only ranges can follow a range: %1 in %2</source>
        <translation>only ranges can follow a range: %1 in %2</translation>
    </message>
    <message>
        <source>&apos;|&apos; without specifiers</source>
        <translation>&apos;|&apos; without specifiers</translation>
    </message>
    <message>
        <source>%1 without a version in %2</source>
        <translation>%1 without a version in %2</translation>
    </message>
    <message>
        <source>&apos;.*&apos; only follows a release after == or != (%1)</source>
        <translation>&apos;.*&apos; only follows a release after == or != (%1)</translation>
    </message>
    <message>
        <source>&apos;.*&apos; only follows a release number: %1%2</source>
        <translation>&apos;.*&apos; only follows a release number: %1%2</translation>
    </message>
    <message>
        <source>bad version in %1: %2</source>
        <translation>bad version in %1: %2</translation>
    </message>
    <message>
        <source>a local version label is only allowed with == and != (%1)</source>
        <translation>a local version label is only allowed with == and != (%1)</translation>
    </message>
    <message>
        <source>bare version %1 read as ==%1 (Poetry)</source>
        <translation>bare version %1 read as ==%1 (Poetry)</translation>
    </message>
    <message>
        <source>~= needs at least two release numbers (~=1.4): %1</source>
        <translation>~= needs at least two release numbers (~=1.4): %1</translation>
    </message>
    <message>
        <source>Poetry %1%2: &gt;=%2,&lt;%3</source>
        <translation>Poetry %1%2: &gt;=%2,&lt;%3</translation>
    </message>
    <message>
        <source>alternatives (Poetry ||)</source>
        <translation>alternatives (Poetry ||)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>neither a version nor a range: %1</source>
        <translation>neither a version nor a range: %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>no version requested</source>
        <translation>no version requested</translation>
    </message>
    <message>
        <source>empty version</source>
        <translation>empty version</translation>
    </message>
    <message>
        <source>a Cargo version is plain MAJOR.MINOR.PATCH, without %1</source>
        <translation>a Cargo version is plain MAJOR.MINOR.PATCH, without %1</translation>
    </message>
    <message>
        <source>not a version: %1</source>
        <translation>not a version: %1</translation>
    </message>
    <message>
        <source>matches no version</source>
        <translation>matches no version</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>no SLA tier “%1”</source>
        <translation>no SLA tier “%1”</translation>
    </message>
    <message>
        <source>the tier has no shortlisted candidates to vote on</source>
        <translation>the tier has no shortlisted candidates to vote on</translation>
    </message>
    <message>
        <source>the workspace has no rated criteria to vote on</source>
        <translation>the workspace has no rated criteria to vote on</translation>
    </message>
    <message>
        <source>a candidate or criterion is listed twice</source>
        <translation>a candidate or criterion is listed twice</translation>
    </message>
    <message>
        <source>no candidate “%1”</source>
        <translation>no candidate “%1”</translation>
    </message>
    <message>
        <source>no criterion “%1”</source>
        <translation>no criterion “%1”</translation>
    </message>
    <message>
        <source>criterion “%1” is measured, not rated</source>
        <translation>criterion “%1” is measured, not rated</translation>
    </message>
    <message numerus="yes">
        <source>Scored blind in live voting by %n rater(s); among their votes, disputed cells %1, mean spread %2.</source>
        <translation>
            <numerusform>Scored blind in live voting by %n rater; among their votes, disputed cells %1, mean spread %2.</numerusform>
            <numerusform>Scored blind in live voting by %n raters; among their votes, disputed cells %1, mean spread %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored blind in %1 rounds of live voting by %n rater(s); among their votes, disputed cells %2 → %3, mean spread %4 → %5.</source>
        <translation>
            <numerusform>Scored blind in %1 rounds of live voting by %n rater; among their votes, disputed cells %2 → %3, mean spread %4 → %5.</numerusform>
            <numerusform>Scored blind in %1 rounds of live voting by %n raters; among their votes, disputed cells %2 → %3, mean spread %4 → %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingJournal</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>cannot create the recovery folder %1</translation>
    </message>
    <message>
        <source>the voting journal %1 is in use by another session</source>
        <translation>the voting journal %1 is in use by another session</translation>
    </message>
    <message>
        <source>cannot write the voting journal %1: %2</source>
        <translation>cannot write the voting journal %1: %2</translation>
    </message>
    <message>
        <source>the voting journal %1 is full</source>
        <translation>the voting journal %1 is full</translation>
    </message>
    <message>
        <source>cannot read the voting journal %1: %2</source>
        <translation>cannot read the voting journal %1: %2</translation>
    </message>
    <message>
        <source>the voting journal %1 is too large</source>
        <translation>the voting journal %1 is too large</translation>
    </message>
    <message>
        <source>%1, line %2: not a journal entry</source>
        <translation>%1, line %2: not a journal entry</translation>
    </message>
    <message>
        <source>%1: not a voting journal</source>
        <translation>%1: not a voting journal</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>ArchBoard voting</source>
        <translation>ArchBoard voting</translation>
    </message>
    <message>
        <source>Join the vote</source>
        <translation>Join the vote</translation>
    </message>
    <message>
        <source>Join code (shown on the projector)</source>
        <translation>Join code (shown on the projector)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Pick your name, or type a new one:</source>
        <translation>Pick your name, or type a new one:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Your scores are kept on this device.</source>
        <translation>Connection lost, reconnecting… Your scores are kept on this device.</translation>
    </message>
    <message>
        <source>Scoring as %1</source>
        <translation>Scoring as %1</translation>
    </message>
    <message>
        <source>SLA tier: %1</source>
        <translation>SLA tier: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>%1 of %2 cells scored</source>
        <translation>%1 of %2 cells scored</translation>
    </message>
    <message>
        <source>Nobody sees your scores until the facilitator reveals them. 1 = poor, 5 = excellent.</source>
        <translation>Nobody sees your scores until the facilitator reveals them. 1 = poor, 5 = excellent.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Reason (optional, one line)</source>
        <translation>Reason (optional, one line)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>no figure</translation>
    </message>
    <message>
        <source>Round %1 scores:</source>
        <translation>Round %1 scores:</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Scores revealed: look at the projector. The facilitator may open another round.</source>
        <translation>Scores revealed: look at the projector. The facilitator may open another round.</translation>
    </message>
    <message>
        <source>Voting is closed. Thank you!</source>
        <translation>Voting is closed. Thank you!</translation>
    </message>
    <message>
        <source>This name is in use on another device. Wait here until the facilitator approves this device.</source>
        <translation>This name is in use on another device. Wait here until the facilitator approves this device.</translation>
    </message>
    <message>
        <source>The facilitator let another device take over this name. This page no longer scores.</source>
        <translation>The facilitator let another device take over this name. This page no longer scores.</translation>
    </message>
    <message>
        <source>That join code is not right.</source>
        <translation>That join code is not right.</translation>
    </message>
    <message>
        <source>Too many wrong codes: wait a minute, then try again.</source>
        <translation>Too many wrong codes: wait a minute, then try again.</translation>
    </message>
    <message>
        <source>This round is closed.</source>
        <translation>This round is closed.</translation>
    </message>
    <message>
        <source>Too many scores at once: they are sent again in a moment.</source>
        <translation>Too many scores at once: they are sent again in a moment.</translation>
    </message>
    <message>
        <source>Use a name of 1 to 60 characters without control characters.</source>
        <translation>Use a name of 1 to 60 characters without control characters.</translation>
    </message>
    <message>
        <source>This vote has no room for more raters.</source>
        <translation>This vote has no room for more raters.</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>The server refused a message: %1</translation>
    </message>
</context>
<context>
    <name>VotingServer</name>
    <message>
        <source>%1: the voting journal is incomplete</source>
        <translation>%1: the voting journal is incomplete</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable TLS backend (%1)</source>
        <translation>TLS is not available: Qt found no usable TLS backend (%1)</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Reveal this round before opening the next one.</source>
        <translation>Reveal this round before opening the next one.</translation>
    </message>
    <message>
        <source>Nobody is waiting to take over “%1”.</source>
        <translation>Nobody is waiting to take over “%1”.</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <source>Preparing the report: rendering diagrams…</source>
        <translation>Preparing the report: rendering diagrams…</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>report.html</source>
        <translation>report.html</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>%1 — workshop report</source>
        <translation>%1 — workshop report</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>Report sent to the printer.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation>Exporting the report to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceDiff</name>
    <message numerus="yes">
        <source>… and %n more in the details below</source>
        <translation>
            <numerusform>… and %n more in the details below</numerusform>
            <numerusform>… and %n more in the details below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; run `archboard-cli diff` for the complete list.</source>
        <translation>
            <numerusform>… and %n more; run `archboard-cli diff` for the complete list.</numerusform>
            <numerusform>… and %n more; run `archboard-cli diff` for the complete list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Before, per year</source>
        <translation>Before, per year</translation>
    </message>
    <message>
        <source>After, per year</source>
        <translation>After, per year</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>%1 finding(s) appeared, %2 resolved, %3 reworded</source>
        <translation>%1 finding(s) appeared, %2 resolved, %3 reworded</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>Context map</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentation</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Decision records</translation>
    </message>
    <message>
        <source>Model changes (%1)</source>
        <translation>Model changes (%1)</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <source>TCO lines that moved</source>
        <translation>TCO lines that moved</translation>
    </message>
    <message>
        <source>appeared: %1</source>
        <translation>appeared: %1</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>resolved: %1</translation>
    </message>
    <message>
        <source>reworded: %1 (was %2)</source>
        <translation>reworded: %1 (was %2)</translation>
    </message>
    <message>
        <source>Context-map findings</source>
        <translation>Context-map findings</translation>
    </message>
    <message>
        <source>No model changes.</source>
        <translation>No model changes.</translation>
    </message>
    <message numerus="yes">
        <source>%n model change(s)</source>
        <translation>
            <numerusform>%n model change</numerusform>
            <numerusform>%n model changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 added, %2 removed, %3 changed</translation>
    </message>
    <message numerus="yes">
        <source>winner changed in %n tier(s)</source>
        <translation>
            <numerusform>winner changed in %n tier</numerusform>
            <numerusform>winner changed in %n tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rankings moved in %n tier(s)</source>
        <translation>
            <numerusform>rankings moved in %n tier</numerusform>
            <numerusform>rankings moved in %n tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TCO moved in %n scenario(s), most %1 per year (%2)</source>
        <translation>
            <numerusform>TCO moved in %n scenario, most %1 per year (%2)</numerusform>
            <numerusform>TCO moved in %n scenarios, most %1 per year (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TCO scenario(s) added or removed</source>
        <translation>
            <numerusform>%n TCO scenario added or removed</numerusform>
            <numerusform>%n TCO scenarios added or removed</numerusform>
        </translation>
    </message>
    <message>
        <source>context map: %1 finding(s) appeared, %2 resolved</source>
        <translation>context map: %1 finding(s) appeared, %2 resolved</translation>
    </message>
    <message numerus="yes">
        <source>%n fragmentation risk level(s) changed</source>
        <translation>
            <numerusform>%n fragmentation risk level changed</numerusform>
            <numerusform>%n fragmentation risk levels changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragmentation metric(s) moved</source>
        <translation>
            <numerusform>%n fragmentation metric moved</numerusform>
            <numerusform>%n fragmentation metrics moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision record(s) stale or superseded</source>
        <translation>
            <numerusform>%n decision record stale or superseded</numerusform>
            <numerusform>%n decision records stale or superseded</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing %1 → %2</source>
        <translation>Comparing %1 → %2</translation>
    </message>
    <message>
        <source>Model changes</source>
        <translation>Model changes</translation>
    </message>
    <message>
        <source>Consequences: none of the engines&apos; results moved.</source>
        <translation>Consequences: none of the engines&apos; results moved.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>was: %1</translation>
    </message>
    <message>
        <source>*(empty)*</source>
        <translation>*(empty)*</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>fragile</source>
        <translation>fragile</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>none (every candidate knocked out)</source>
        <translation>none (every candidate knocked out)</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 added: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 removed: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 moved: position %2 → %3</source>
        <translation>%1 moved: position %2 → %3</translation>
    </message>
    <message>
        <source>%1: new tier, winner %2</source>
        <translation>%1: new tier, winner %2</translation>
    </message>
    <message>
        <source>%1: tier removed (winner was %2)</source>
        <translation>%1: tier removed (winner was %2)</translation>
    </message>
    <message>
        <source>%1: winner %2 → %3</source>
        <translation>%1: winner %2 → %3</translation>
    </message>
    <message>
        <source>%1: winner %2 (unchanged), ranking moved</source>
        <translation>%1: winner %2 (unchanged), ranking moved</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(knocked out)</source>
        <translation>(knocked out)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>%1 left the ranking (was %2., %3 %)</source>
        <translation>%1 left the ranking (was %2., %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1: new scenario, %2 per year, %3 over %n year(s)</source>
        <translation>
            <numerusform>%1: new scenario, %2 per year, %3 over %n year</numerusform>
            <numerusform>%1: new scenario, %2 per year, %3 over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: scenario removed (was %2 per year, %3 over %n year(s))</source>
        <translation>
            <numerusform>%1: scenario removed (was %2 per year, %3 over %n year)</numerusform>
            <numerusform>%1: scenario removed (was %2 per year, %3 over %n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3 per year (%4)</source>
        <translation>%1: %2 → %3 per year (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 over %n year(s) (%3)</source>
        <translation>
            <numerusform>%1 → %2 over %n year (%3)</numerusform>
            <numerusform>%1 → %2 over %n years (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2 years → %3 over %4 years</source>
        <translation>%1 over %2 years → %3 over %4 years</translation>
    </message>
    <message>
        <source>shared · %1</source>
        <translation>shared · %1</translation>
    </message>
    <message>
        <source>Protocol consistency: %1 → %2 (%3 of %4 integrations conform → %5 of %6)</source>
        <translation>Protocol consistency: %1 → %2 (%3 of %4 integrations conform → %5 of %6)</translation>
    </message>
    <message>
        <source>risk %1 → %2</source>
        <translation>risk %1 → %2</translation>
    </message>
    <message>
        <source>risk %1 (unchanged)</source>
        <translation>risk %1 (unchanged)</translation>
    </message>
    <message>
        <source>%1: now superseded</source>
        <translation>%1: now superseded</translation>
    </message>
    <message>
        <source>%1: now superseded by %2</source>
        <translation>%1: now superseded by %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n frozen figure(s) no longer match the model</source>
        <translation>
            <numerusform>%1: %n frozen figure no longer match the model</numerusform>
            <numerusform>%1: %n frozen figures no longer match the model</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was %2, now %3</source>
        <translation>%1 was %2, now %3</translation>
    </message>
    <message>
        <source>%1 was %2 and no longer exists</source>
        <translation>%1 was %2 and no longer exists</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>uncontested</source>
        <translation>uncontested</translation>
    </message>
    <message>
        <source>(was rank %1, %2 %, knocked out)</source>
        <translation>(was rank %1, %2 %, knocked out)</translation>
    </message>
    <message>
        <source>(was rank %1, %2 %)</source>
        <translation>(was rank %1, %2 %)</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>this is a folder, not a workspace file</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace (expected *.archboard or *.archboard.yaml)</source>
        <translation>not an ArchBoard workspace (expected *.archboard or *.archboard.yaml)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .archboard or .archboard.yaml</source>
        <translation>%1: choose a name ending in .archboard or .archboard.yaml</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>the file is open in %1</source>
        <translation>the file is open in %1</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>the folder is not writable</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>the lock file %1 cannot be created</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>%1, process %2 on host “%3”</source>
        <translation>%1, process %2 on host “%3”</translation>
    </message>
</context>
<context>
    <name>WorkspaceMerge</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: ours %2, theirs %3 (base %4); kept ours</source>
        <translation>%1: ours %2, theirs %3 (base %4); kept ours</translation>
    </message>
    <message>
        <source>%1: added on both sides, ours %2, theirs %3; kept ours</source>
        <translation>%1: added on both sides, ours %2, theirs %3; kept ours</translation>
    </message>
    <message>
        <source>%1: changed in ours, removed in theirs; kept ours</source>
        <translation>%1: changed in ours, removed in theirs; kept ours</translation>
    </message>
    <message>
        <source>%1: removed in ours, changed in theirs; kept theirs</source>
        <translation>%1: removed in ours, changed in theirs; kept theirs</translation>
    </message>
    <message>
        <source>%1: both sides reordered the rows; kept ours&apos; order</source>
        <translation>%1: both sides reordered the rows; kept ours&apos; order</translation>
    </message>
    <message>
        <source>%1: %2 (after combining both sides)</source>
        <translation>%1: %2 (after combining both sides)</translation>
    </message>
</context>
<context>
    <name>WorkspaceSource</name>
    <message>
        <source>cannot run git: %1</source>
        <translation>cannot run git: %1</translation>
    </message>
    <message>
        <source>git did not finish within %1 s</source>
        <translation>git did not finish within %1 s</translation>
    </message>
    <message>
        <source>the file is too large (more than %1 MB)</source>
        <translation>the file is too large (more than %1 MB)</translation>
    </message>
    <message>
        <source>git failed (exit code %1)</source>
        <translation>git failed (exit code %1)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>this is a folder, not a workspace file</translation>
    </message>
    <message>
        <source>“%1” is not a revision</source>
        <translation>“%1” is not a revision</translation>
    </message>
</context>
<context>
    <name>YamlFormat</name>
    <message>
        <source>the document ends early</source>
        <translation>the document ends early</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>an empty value</translation>
    </message>
    <message>
        <source>aliases (*) are not supported in a workspace file</source>
        <translation>aliases (*) are not supported in a workspace file</translation>
    </message>
    <message>
        <source>“archboard” must be the schema version number</source>
        <translation>“archboard” must be the schema version number</translation>
    </message>
    <message>
        <source>the file was written by a newer ArchBoard (schema version %1; this version reads up to %2)</source>
        <translation>the file was written by a newer ArchBoard (schema version %1; this version reads up to %2)</translation>
    </message>
    <message>
        <source>schema version %1 is not valid</source>
        <translation>schema version %1 is not valid</translation>
    </message>
    <message>
        <source>unknown key “%1” in %2; known keys: %3</source>
        <translation>unknown key “%1” in %2; known keys: %3</translation>
    </message>
    <message>
        <source>key “%1” appears twice in %2</source>
        <translation>key “%1” appears twice in %2</translation>
    </message>
    <message>
        <source>the value “%1”</source>
        <translation>the value “%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>unexpected end of a list</source>
        <translation>unexpected end of a list</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <source>the “workspace” section is missing</source>
        <translation>the “workspace” section is missing</translation>
    </message>
    <message>
        <source>unexpected end of a mapping</source>
        <translation>unexpected end of a mapping</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: expected a mapping with “archboard:” at the top</source>
        <translation>not an ArchBoard workspace: expected a mapping with “archboard:” at the top</translation>
    </message>
    <message>
        <source>expected a section name</source>
        <translation>expected a section name</translation>
    </message>
    <message>
        <source>expected the fields of “%1” as a mapping</source>
        <translation>expected the fields of “%1” as a mapping</translation>
    </message>
    <message>
        <source>expected a list of rows for “%1”</source>
        <translation>expected a list of rows for “%1”</translation>
    </message>
    <message>
        <source>expected a row (a mapping) in “%1”</source>
        <translation>expected a row (a mapping) in “%1”</translation>
    </message>
    <message>
        <source>expected a key in %1</source>
        <translation>expected a key in %1</translation>
    </message>
    <message>
        <source>expected a single value for “%1” in %2</source>
        <translation>expected a single value for “%1” in %2</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unexpected content</translation>
    </message>
    <message>
        <source>%1, found %2</source>
        <translation>%1, found %2</translation>
    </message>
    <message>
        <source>anchors (&amp;) are not supported in a workspace file</source>
        <translation>anchors (&amp;) are not supported in a workspace file</translation>
    </message>
    <message>
        <source>tags are not supported in a workspace file</source>
        <translation>tags are not supported in a workspace file</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: the first key must be “archboard” (the schema version), found “%1”</source>
        <translation>not an ArchBoard workspace: the first key must be “archboard” (the schema version), found “%1”</translation>
    </message>
    <message>
        <source>unknown section “%1”; known sections: %2</source>
        <translation>unknown section “%1”; known sections: %2</translation>
    </message>
    <message>
        <source>section “%1” appears twice</source>
        <translation>section “%1” appears twice</translation>
    </message>
    <message>
        <source>%1 lacks the key “%2”</source>
        <translation>%1 lacks the key “%2”</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation>a whole number is required</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>a number is required</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>expected true or false, found “%1”</source>
        <translation>expected true or false, found “%1”</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1” is not one of %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a line break is not allowed here</source>
        <translation>a line break is not allowed here</translation>
    </message>
    <message>
        <source>ArchBoard YAML</source>
        <translation>ArchBoard YAML</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML syntax: %1</translation>
    </message>
    <message>
        <source>out of memory while reading</source>
        <translation>out of memory while reading</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>the file is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>the file ends early: its last line must be “%1” (the file was cut off, or the line was removed by hand)</source>
        <translation>the file ends early: its last line must be “%1” (the file was cut off, or the line was removed by hand)</translation>
    </message>
    <message>
        <source>the file ends early: the sections %1 are missing (ArchBoard writes every section; the file was cut off)</source>
        <translation>the file ends early: the sections %1 are missing (ArchBoard writes every section; the file was cut off)</translation>
    </message>
    <message>
        <source>cannot write the workspace: %1</source>
        <translation>cannot write the workspace: %1</translation>
    </message>
    <message>
        <source>cannot write the workspace: the YAML would not be read back (%1)</source>
        <translation>cannot write the workspace: the YAML would not be read back (%1)</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>binary data (control character 0x%1)</source>
        <translation>binary data (control character 0x%1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>invalid UTF-8 (byte 0x%1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated character)</source>
        <translation>invalid UTF-8 (truncated character)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (bad continuation byte)</source>
        <translation>invalid UTF-8 (bad continuation byte)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (bad code point)</source>
        <translation>invalid UTF-8 (bad code point)</translation>
    </message>
    <message>
        <source>binary data (C1 control character)</source>
        <translation>binary data (C1 control character)</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>the file is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>; a YAML workspace is text</source>
        <translation>; a YAML workspace is text</translation>
    </message>
    <message>
        <source>a second YAML document starts here; a workspace file holds exactly one</source>
        <translation>a second YAML document starts here; a workspace file holds exactly one</translation>
    </message>
    <message>
        <source>content on the document start line is not supported</source>
        <translation>content on the document start line is not supported</translation>
    </message>
    <message>
        <source>document end marker “...”; a workspace file holds exactly one document without markers</source>
        <translation>document end marker “...”; a workspace file holds exactly one document without markers</translation>
    </message>
    <message>
        <source>YAML directives are not supported</source>
        <translation>YAML directives are not supported</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>anchors (&amp;) are not supported in a workspace file</source>
        <translation>anchors (&amp;) are not supported in a workspace file</translation>
    </message>
    <message>
        <source>aliases (*) are not supported in a workspace file</source>
        <translation>aliases (*) are not supported in a workspace file</translation>
    </message>
    <message>
        <source>tags (!) are not supported in a workspace file</source>
        <translation>tags (!) are not supported in a workspace file</translation>
    </message>
    <message>
        <source>a value cannot start with “%1”; put it in quotes</source>
        <translation>a value cannot start with “%1”; put it in quotes</translation>
    </message>
    <message>
        <source>complex keys (?) are not supported in a workspace file</source>
        <translation>complex keys (?) are not supported in a workspace file</translation>
    </message>
    <message>
        <source>a block scalar inside brackets is not valid YAML</source>
        <translation>a block scalar inside brackets is not valid YAML</translation>
    </message>
    <message>
        <source>unexpected text after a block scalar indicator</source>
        <translation>unexpected text after a block scalar indicator</translation>
    </message>
    <message>
        <source>a block sequence inside brackets is not valid YAML</source>
        <translation>a block sequence inside brackets is not valid YAML</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>more than %1 values</translation>
    </message>
    <message>
        <source>a quoted string starts here and is never closed</source>
        <translation>a quoted string starts here and is never closed</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try “archboard-cli --help”.</source>
        <translation>Try “archboard-cli --help”.</translation>
    </message>
    <message>
        <source>sample needs exactly one argument: OUT</source>
        <translation>sample needs exactly one argument: OUT</translation>
    </message>
    <message>
        <source>OUT must end in .archboard or .archboard.yaml: %1</source>
        <translation>OUT must end in .archboard or .archboard.yaml: %1</translation>
    </message>
    <message>
        <source>convert needs two arguments: IN OUT</source>
        <translation>convert needs two arguments: IN OUT</translation>
    </message>
    <message>
        <source>validate needs exactly one argument: WS</source>
        <translation>validate needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>validate --format must be text or json</source>
        <translation>validate --format must be text or json</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>no findings</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <source>report needs exactly one argument: WS</source>
        <translation>report needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>report --format must be json or markdown</source>
        <translation>report --format must be json or markdown</translation>
    </message>
    <message>
        <source>export needs exactly one argument: WS</source>
        <translation>export needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>export --format must be svg, dot, png or pdf</source>
        <translation>export --format must be svg, dot, png or pdf</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>import-cml needs two arguments: FILE OUT</source>
        <translation>import-cml needs two arguments: FILE OUT</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <source>%1 bounded contexts, %2 relations</source>
        <translation>%1 bounded contexts, %2 relations</translation>
    </message>
    <message>
        <source>export-cml needs two arguments: WS FILE</source>
        <translation>export-cml needs two arguments: WS FILE</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Folder for export&apos;s diagrams.</source>
        <translation>Folder for export&apos;s diagrams.</translation>
    </message>
    <message>
        <source>scan: exit 1 when a metric reaches this risk level (warning, high, severe).</source>
        <translation>scan: exit 1 when a metric reaches this risk level (warning, high, severe).</translation>
    </message>
    <message>
        <source>tco: the scenario (id or name); default the baseline.</source>
        <translation>tco: the scenario (id or name); default the baseline.</translation>
    </message>
    <message>
        <source>tco: override a parameter for this run (repeatable); nothing is saved.</source>
        <translation>tco: override a parameter for this run (repeatable); nothing is saved.</translation>
    </message>
    <message>
        <source>tco: list the parameters with units and current values.</source>
        <translation>tco: list the parameters with units and current values.</translation>
    </message>
    <message>
        <source>tco: move each input by ± this % (default: the scenario&apos;s, 20).</source>
        <translation>tco: move each input by ± this % (default: the scenario&apos;s, 20).</translation>
    </message>
    <message>
        <source>tco: Monte Carlo runs (default: the scenario&apos;s).</source>
        <translation>tco: Monte Carlo runs (default: the scenario&apos;s).</translation>
    </message>
    <message>
        <source>Arguments of the command</source>
        <translation>Arguments of the command</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unknown command “%1”</translation>
    </message>
    <message>
        <source>tco needs exactly one argument: WS</source>
        <translation>tco needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>tco --format must be json, table or csv</source>
        <translation>tco --format must be json, table or csv</translation>
    </message>
    <message>
        <source>%1 has no TCO scenario</source>
        <translation>%1 has no TCO scenario</translation>
    </message>
    <message>
        <source>--scenario: there is no scenario “%1” (the workspace has %2)</source>
        <translation>--scenario: there is no scenario “%1” (the workspace has %2)</translation>
    </message>
    <message>
        <source>--set %1: expected PARAM=VALUE</source>
        <translation>--set %1: expected PARAM=VALUE</translation>
    </message>
    <message>
        <source>--%1 %2: expected a number from %3 to %4</source>
        <translation>--%1 %2: expected a number from %3 to %4</translation>
    </message>
    <message>
        <source>Parameters of scenario %1 (set with --set NAME=VALUE):</source>
        <translation>Parameters of scenario %1 (set with --set NAME=VALUE):</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Scenario %1: %2</translation>
    </message>
    <message>
        <source>Provider %1, free tier %2, horizon %3 years</source>
        <translation>Provider %1, free tier %2, horizon %3 years</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>not applied</translation>
    </message>
    <message>
        <source>Overrides (not saved): %1</source>
        <translation>Overrides (not saved): %1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>functions</translation>
    </message>
    <message>
        <source>Total per year: %1</source>
        <translation>Total per year: %1</translation>
    </message>
    <message>
        <source> (the baseline)</source>
        <translation> (the baseline)</translation>
    </message>
    <message>
        <source> (%1%2 against the baseline)</source>
        <translation> (%1%2 against the baseline)</translation>
    </message>
    <message>
        <source>Monthly after free tiers: compute %1, requests %2</source>
        <translation>Monthly after free tiers: compute %1, requests %2</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>year %1: %2</translation>
    </message>
    <message>
        <source>Cumulative: %1</source>
        <translation>Cumulative: %1</translation>
    </message>
    <message>
        <source>no input</source>
        <translation>no input</translation>
    </message>
    <message>
        <source>Cold starts (latency):</source>
        <translation>Cold starts (latency):</translation>
    </message>
    <message>
        <source>%1: no cold-start figure</source>
        <translation>%1: no cold-start figure</translation>
    </message>
    <message>
        <source>%1: %2 ms ± %3, first byte %4 ms, %5 cold starts/month, +%6 ms per invocation on average</source>
        <translation>%1: %2 ms ± %3, first byte %4 ms, %5 cold starts/month, +%6 ms per invocation on average</translation>
    </message>
    <message>
        <source>Sensitivity (each input ±%1 %, largest effect first):</source>
        <translation>Sensitivity (each input ±%1 %, largest effect first):</translation>
    </message>
    <message>
        <source>scan needs exactly one argument: DIR</source>
        <translation>scan needs exactly one argument: DIR</translation>
    </message>
    <message>
        <source>scan --format must be json or table</source>
        <translation>scan --format must be json or table</translation>
    </message>
    <message>
        <source>--fail-on must be warning, high or severe</source>
        <translation>--fail-on must be warning, high or severe</translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation>%1: not a readable folder</translation>
    </message>
    <message>
        <source>--into must end in .archboard or .archboard.yaml: %1</source>
        <translation>--into must end in .archboard or .archboard.yaml: %1</translation>
    </message>
    <message>
        <source>%1: %2 manifests, %3 services, %4 errors, %5 ms</source>
        <translation>%1: %2 manifests, %3 services, %4 errors, %5 ms</translation>
    </message>
    <message>
        <source>Mismatched shared dependencies (worst first):</source>
        <translation>Mismatched shared dependencies (worst first):</translation>
    </message>
    <message>
        <source>… and more (--format json lists all)</source>
        <translation>… and more (--format json lists all)</translation>
    </message>
    <message>
        <source>Manifests that could not be read:</source>
        <translation>Manifests that could not be read:</translation>
    </message>
    <message>
        <source>Gate failed: a metric is at or above %1.</source>
        <translation>Gate failed: a metric is at or above %1.</translation>
    </message>
    <message>
        <source>Gate passed (--fail-on %1).</source>
        <translation>Gate passed (--fail-on %1).</translation>
    </message>
    <message>
        <source>the bundled sample is broken: %1</source>
        <translation>the bundled sample is broken: %1</translation>
    </message>
    <message>
        <source>total/year</source>
        <translation>total/year</translation>
    </message>
    <message>
        <source>diagram %1 left out of the report: %2</source>
        <translation>diagram %1 left out of the report: %2</translation>
    </message>
    <message>
        <source>--report must name a .html or .pdf file: %1</source>
        <translation>--report must name a .html or .pdf file: %1</translation>
    </message>
    <message>
        <source>export needs --diagrams DIR, --madr DIR, --radar FILE or --report FILE</source>
        <translation>export needs --diagrams DIR, --madr DIR, --radar FILE or --report FILE</translation>
    </message>
    <message>
        <source>--radar FILE must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR): %1</source>
        <translation>--radar FILE must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR): %1</translation>
    </message>
    <message>
        <source>Recorded the export of %1 in %2.</source>
        <translation>Recorded the export of %1 in %2.</translation>
    </message>
    <message>
        <source>%1 has no decision records</source>
        <translation>%1 has no decision records</translation>
    </message>
    <message>
        <source>import-adr needs exactly one argument: DIR</source>
        <translation>import-adr needs exactly one argument: DIR</translation>
    </message>
    <message>
        <source>import-adr needs --into WS</source>
        <translation>import-adr needs --into WS</translation>
    </message>
    <message>
        <source>WS must end in .archboard or .archboard.yaml: %1</source>
        <translation>WS must end in .archboard or .archboard.yaml: %1</translation>
    </message>
    <message>
        <source>%1: no decision records found</source>
        <translation>%1: no decision records found</translation>
    </message>
    <message>
        <source>not mapped: %1</source>
        <translation>not mapped: %1</translation>
    </message>
    <message>
        <source>%1 records imported into %2</source>
        <translation>%1 records imported into %2</translation>
    </message>
    <message>
        <source>decide needs exactly one argument: WS</source>
        <translation>decide needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>decide needs --tier ID</source>
        <translation>decide needs --tier ID</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD: %1</source>
        <translation>--date must be YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>no SLA tier “%1” (tiers: %2)</source>
        <translation>no SLA tier “%1” (tiers: %2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3 options, %4 links, %5 figures) added to %6</source>
        <translation>%1 %2 (%3 options, %4 links, %5 figures) added to %6</translation>
    </message>
    <message>
        <source>export: the technology radar to FILE (.json Zalando, .csv BYOR).</source>
        <translation>export: the technology radar to FILE (.json Zalando, .csv BYOR).</translation>
    </message>
    <message>
        <source>export --radar: store the export in the workspace&apos;s radar history.</source>
        <translation>export --radar: store the export in the workspace&apos;s radar history.</translation>
    </message>
    <message>
        <source>Folder for export&apos;s decision records (MADR 4).</source>
        <translation>Folder for export&apos;s decision records (MADR 4).</translation>
    </message>
    <message>
        <source>decide: the record&apos;s date (YYYY-MM-DD; default today).</source>
        <translation>decide: the record&apos;s date (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <source>export: write the workshop report to this .html or .pdf file.</source>
        <translation>export: write the workshop report to this .html or .pdf file.</translation>
    </message>
    <message>
        <source>scan: store the services, dependencies and the scan in this workspace (created when missing); import-adr: the workspace to add the records to; decide: save there instead.</source>
        <translation>scan: store the services, dependencies and the scan in this workspace (created when missing); import-adr: the workspace to add the records to; decide: save there instead.</translation>
    </message>
    <message>
        <source>--adr-tools only goes with export WS --madr DIR</source>
        <translation>--adr-tools only goes with export WS --madr DIR</translation>
    </message>
    <message>
        <source>--record goes with export --radar FILE</source>
        <translation>--record goes with export --radar FILE</translation>
    </message>
    <message>
        <source>export --madr: title on each file&apos;s first line and the YAML metadata in a comment at the end (for adr-tools&apos; toc and log4brains, which do not read front matter).</source>
        <translation>export --madr: title on each file&apos;s first line and the YAML metadata in a comment at the end (for adr-tools&apos; toc and log4brains, which do not read front matter).</translation>
    </message>
    <message>
        <source>  import-adr DIR --into WS
                       read a folder of MADR 2/3/4 or adr-tools records into WS (created when missing);
                       lists what it cannot map; exit 1 when some files could not be read</source>
        <translation>  import-adr DIR --into WS
                       read a folder of MADR 2/3/4 or adr-tools records into WS (created when missing);
                       lists what it cannot map; exit 1 when some files could not be read</translation>
    </message>
    <message>
        <source>  decide WS --tier ID  draft a decision record for an SLA tier from the live analysis and save it in WS
                       (--date YYYY-MM-DD, --into OTHER.archboard to save elsewhere)</source>
        <translation>  decide WS --tier ID  draft a decision record for an SLA tier from the live analysis and save it in WS
                       (--date YYYY-MM-DD, --into OTHER.archboard to save elsewhere)</translation>
    </message>
    <message>
        <source>  import-cml FILE OUT  a Context Mapper (CML) context map as a new workspace; reports what it cannot map</source>
        <translation>  import-cml FILE OUT  a Context Mapper (CML) context map as a new workspace; reports what it cannot map</translation>
    </message>
    <message>
        <source>  export-cml WS FILE   the workspace&apos;s context map as CML</source>
        <translation>  export-cml WS FILE   the workspace&apos;s context map as CML</translation>
    </message>
    <message>
        <source>  export WS --diagrams DIR
                       write every diagram (context map, decision tree, build pipelines, dependency drift) to DIR
                       (--format svg|dot|png|pdf)
  export WS --radar FILE.json|FILE.csv [--record]
                       the technology radar as Zalando tech-radar JSON or ThoughtWorks BYOR CSV, with what moved
                       since the last recorded export; --record stores this export in WS&apos;s radar history
  export WS --report FILE.html|FILE.pdf
                       the workshop report: rankings per tier, sensitivity, context map and findings, TCO
                       scenarios, fragmentation, decision records, with charts and diagrams
  export WS --madr DIR write every decision record to DIR as MADR 4 Markdown (NNNN-title.md)
                       (--adr-tools: title on the first line, metadata at the end, for adr generate toc)</source>
        <translation>  export WS --diagrams DIR
                       write every diagram (context map, decision tree, build pipelines, dependency drift) to DIR
                       (--format svg|dot|png|pdf)
  export WS --radar FILE.json|FILE.csv [--record]
                       the technology radar as Zalando tech-radar JSON or ThoughtWorks BYOR CSV, with what moved
                       since the last recorded export; --record stores this export in WS&apos;s radar history
  export WS --report FILE.html|FILE.pdf
                       the workshop report: rankings per tier, sensitivity, context map and findings, TCO
                       scenarios, fragmentation, decision records, with charts and diagrams
  export WS --madr DIR write every decision record to DIR as MADR 4 Markdown (NNNN-title.md)
                       (--adr-tools: title on the first line, metadata at the end, for adr generate toc)</translation>
    </message>
    <message>
        <source>ArchBoard headless: the workbench&apos;s engines for scripts and CI.</source>
        <translation>ArchBoard headless: the workbench&apos;s engines for scripts and CI.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 findings, 2 bad input or usage.</source>
        <translation>Exit codes: 0 ok, 1 findings, 2 bad input or usage.</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 does not take --%2</translation>
    </message>
    <message>
        <source>  report WS            print the workspace summary (--format json|markdown)</source>
        <translation>  report WS            print the workspace summary (--format json|markdown)</translation>
    </message>
    <message>
        <source>  sample OUT           write the bundled sample workspace (OUT: *.archboard or *.archboard.yaml)</source>
        <translation>  sample OUT           write the bundled sample workspace (OUT: *.archboard or *.archboard.yaml)</translation>
    </message>
    <message>
        <source>  convert IN OUT       convert a workspace between *.archboard and *.archboard.yaml</source>
        <translation>  convert IN OUT       convert a workspace between *.archboard and *.archboard.yaml</translation>
    </message>
    <message>
        <source>  scan DIR             scan manifests for version drift and other fragmentation metrics (--format json|table,
                       --fail-on warning|high|severe: exit 1 at that risk, --into WS: store the scan)</source>
        <translation>  scan DIR             scan manifests for version drift and other fragmentation metrics (--format json|table,
                       --fail-on warning|high|severe: exit 1 at that risk, --into WS: store the scan)</translation>
    </message>
    <message>
        <source>  tco WS               annual cost of a FaaS scenario (--scenario ID, --set PARAM=VALUE..., --format json|table|csv,
                       --list-parameters, --sensitivity PCT, --runs N, --seed N)</source>
        <translation>  tco WS               annual cost of a FaaS scenario (--scenario ID, --set PARAM=VALUE..., --format json|table|csv,
                       --list-parameters, --sensitivity PCT, --runs N, --seed N)</translation>
    </message>
    <message>
        <source>  validate WS          check references, unique keys and value ranges; list the findings</source>
        <translation>  validate WS          check references, unique keys and value ranges; list the findings</translation>
    </message>
    <message>
        <source>Output format: json or markdown for report, text or json for validate, svg, dot, png or pdf for export, text, markdown (a pull-request comment) or json for diff.</source>
        <translation>Output format: json or markdown for report, text or json for validate, svg, dot, png or pdf for export, text, markdown (a pull-request comment) or json for diff.</translation>
    </message>
    <message>
        <source>diff needs two arguments: OLD NEW</source>
        <translation>diff needs two arguments: OLD NEW</translation>
    </message>
    <message>
        <source>diff --format must be text, markdown or json</source>
        <translation>diff --format must be text, markdown or json</translation>
    </message>
    <message>
        <source>  diff OLD NEW         what changed between two versions (files or git:REV:PATH) and what it means: rankings,
                       TCO, findings, fragmentation, stale records (--format text|markdown|json, --fail-on …)</source>
        <translation>  diff OLD NEW         what changed between two versions (files or git:REV:PATH) and what it means: rankings,
                       TCO, findings, fragmentation, stale records (--format text|markdown|json, --fail-on …)</translation>
    </message>
    <message>
        <source>diff: exit 1 only when a condition is met (repeatable, comma-separated): winner (a tier&apos;s winner changed), tco-rise=PCT (a scenario&apos;s annual total rose more than PCT %), risk=LEVEL (a fragmentation metric reached warning, high or severe), findings (a context-map finding appeared), stale (a decision record became stale or superseded).</source>
        <translation>diff: exit 1 only when a condition is met (repeatable, comma-separated): winner (a tier&apos;s winner changed), tco-rise=PCT (a scenario&apos;s annual total rose more than PCT %), risk=LEVEL (a fragmentation metric reached warning, high or severe), findings (a context-map finding appeared), stale (a decision record became stale or superseded).</translation>
    </message>
    <message>
        <source>Compares two versions of a workspace: the model changes by element and field, then what they mean —
rankings and winners per tier, TCO totals and the lines that moved, context-map findings, fragmentation
risk levels, decision records left stale or superseded.

OLD and NEW are workspace files (*.archboard, *.archboard.yaml) or git:REV:PATH (PATH as it was at
revision REV, relative to the current folder), e.g. git:main:boards/estate.archboard.yaml.

Exit codes: 0 no change, 1 changes, 2 bad input. With --fail-on: 1 when a condition is met, else 0.</source>
        <translation>Compares two versions of a workspace: the model changes by element and field, then what they mean —
rankings and winners per tier, TCO totals and the lines that moved, context-map findings, fragmentation
risk levels, decision records left stale or superseded.

OLD and NEW are workspace files (*.archboard, *.archboard.yaml) or git:REV:PATH (PATH as it was at
revision REV, relative to the current folder), e.g. git:main:boards/estate.archboard.yaml.

Exit codes: 0 no change, 1 changes, 2 bad input. With --fail-on: 1 when a condition is met, else 0.</translation>
    </message>
    <message>
        <source>cannot build the workspace database</source>
        <translation>cannot build the workspace database</translation>
    </message>
    <message>
        <source>MERGE CONFLICTS: archboard-cli merge kept the values listed as kept. Check them, then delete these comment lines.</source>
        <translation>MERGE CONFLICTS: archboard-cli merge kept the values listed as kept. Check them, then delete these comment lines.</translation>
    </message>
    <message>
        <source>merge needs three arguments: BASE OURS THEIRS</source>
        <translation>merge needs three arguments: BASE OURS THEIRS</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) of theirs merged</source>
        <translation>
            <numerusform>%1: %n change of theirs merged</numerusform>
            <numerusform>%1: %n changes of theirs merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>  merge BASE OURS THEIRS [-o OUT]
                       three-way merge by element and field: the git merge driver (exit 1 on conflicts)</source>
        <translation>  merge BASE OURS THEIRS [-o OUT]
                       three-way merge by element and field: the git merge driver (exit 1 on conflicts)</translation>
    </message>
    <message>
        <source>merge: write the merged workspace here instead of over OURS.</source>
        <translation>merge: write the merged workspace here instead of over OURS.</translation>
    </message>
    <message>
        <source>textconv needs exactly one argument: FILE</source>
        <translation>textconv needs exactly one argument: FILE</translation>
    </message>
    <message>
        <source>cannot write to stdout: %1</source>
        <translation>cannot write to stdout: %1</translation>
    </message>
    <message>
        <source>  textconv FILE        the workspace as YAML on stdout, for git diff&apos;s textconv</source>
        <translation>  textconv FILE        the workspace as YAML on stdout, for git diff&apos;s textconv</translation>
    </message>
    <message>
        <source>Prints the workspace FILE (*.archboard or *.archboard.yaml, or git:REV:PATH) as YAML on stdout,
for git&apos;s diff textconv (docs/git.md). Exit codes: 0 ok, 2 bad input.</source>
        <translation>Prints the workspace FILE (*.archboard or *.archboard.yaml, or git:REV:PATH) as YAML on stdout,
for git&apos;s diff textconv (docs/git.md). Exit codes: 0 ok, 2 bad input.</translation>
    </message>
    <message>
        <source>merge: the file&apos;s path in the repository (git&apos;s %P), to name it in messages.</source>
        <translation>merge: the file&apos;s path in the repository (git&apos;s %P), to name it in messages.</translation>
    </message>
    <message>
        <source>Three-way merge of workspaces by element and field, whatever the YAML line layout: the git merge driver
(docs/git.md). BASE is the common ancestor (git&apos;s %O), OURS our version (%A), THEIRS theirs (%B),
--path the file&apos;s name in the repository (%P).
Changes of THEIRS to BASE are applied to OURS unless OURS changed the same field another way;
such conflicts keep OURS&apos; value, are listed, and the result still opens.

The result goes to OUT, else replaces OURS (as git&apos;s %A expects), in OUT&apos;s format, else in OURS&apos; format.
Exit codes: 0 merged cleanly, 1 conflicts (listed on stderr and, in YAML, as comments in the file), 2 bad input.</source>
        <translation>Three-way merge of workspaces by element and field, whatever the YAML line layout: the git merge driver
(docs/git.md). BASE is the common ancestor (git&apos;s %O), OURS our version (%A), THEIRS theirs (%B),
--path the file&apos;s name in the repository (%P).
Changes of THEIRS to BASE are applied to OURS unless OURS changed the same field another way;
such conflicts keep OURS&apos; value, are listed, and the result still opens.

The result goes to OUT, else replaces OURS (as git&apos;s %A expects), in OUT&apos;s format, else in OURS&apos; format.
Exit codes: 0 merged cleanly, 1 conflicts (listed on stderr and, in YAML, as comments in the file), 2 bad input.</translation>
    </message>
    <message>
        <source>tco, rank: the Monte Carlo seed (default: the scenario&apos;s or the workspace&apos;s).</source>
        <translation>tco, rank: the Monte Carlo seed (default: the scenario&apos;s or the workspace&apos;s).</translation>
    </message>
    <message>
        <source>decide: the SLA tier (id); rank: only this SLA tier.</source>
        <translation>decide: the SLA tier (id); rank: only this SLA tier.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Tier %1: %2</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>wins (± s.e.)</source>
        <translation>wins (± s.e.)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source> (nearest flip %1 pp)</source>
        <translation> (nearest flip %1 pp)</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>How sure: %1</translation>
    </message>
    <message>
        <source>AHP: incomplete, missing %1</source>
        <translation>AHP: incomplete, missing %1</translation>
    </message>
    <message>
        <source>AHP weights: %1; consistency ratio %2 (%3)</source>
        <translation>AHP weights: %1; consistency ratio %2 (%3)</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>consistent</translation>
    </message>
    <message>
        <source>inconsistent: above 0.10</source>
        <translation>inconsistent: above 0.10</translation>
    </message>
    <message>
        <source>rank needs exactly one argument: WS</source>
        <translation>rank needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>rank --format must be json or table</source>
        <translation>rank --format must be json or table</translation>
    </message>
    <message>
        <source>--tier: there is no SLA tier “%1”</source>
        <translation>--tier: there is no SLA tier “%1”</translation>
    </message>
    <message>
        <source>Win probabilities: %1 draws, seed %2, weights ± %3 pp (Dirichlet), %4 rated cells resampled, %5 measurements drawn from their ranges</source>
        <translation>Win probabilities: %1 draws, seed %2, weights ± %3 pp (Dirichlet), %4 rated cells resampled, %5 measurements drawn from their ranges</translation>
    </message>
    <message>
        <source>  rank WS              each tier&apos;s ranking with its win probabilities and AHP weights (--tier ID,
                       --draws N, --seed N, --weight-band PP, --format json|table)</source>
        <translation>  rank WS              each tier&apos;s ranking with its win probabilities and AHP weights (--tier ID,
                       --draws N, --seed N, --weight-band PP, --format json|table)</translation>
    </message>
    <message>
        <source>rank: Monte Carlo draws (default: the workspace&apos;s, 10 000).</source>
        <translation>rank: Monte Carlo draws (default: the workspace&apos;s, 10 000).</translation>
    </message>
    <message>
        <source>rank: σ of each tier&apos;s largest weight share in percentage points (default: the workspace&apos;s, 5).</source>
        <translation>rank: σ of each tier&apos;s largest weight share in percentage points (default: the workspace&apos;s, 5).</translation>
    </message>
    <message>
        <source>cannot write the CSV to the standard output</source>
        <translation>cannot write the CSV to the standard output</translation>
    </message>
    <message>
        <source>Not deployable: %1</source>
        <translation>Not deployable: %1</translation>
    </message>
    <message>
        <source>Provider limit: %1</source>
        <translation>Provider limit: %1</translation>
    </message>
    <message>
        <source>Uncertainty (%1 runs, seed %2, distributions on %3): P10 %4, P50 %5, P90 %6</source>
        <translation>Uncertainty (%1 runs, seed %2, distributions on %3): P10 %4, P50 %5, P90 %6</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of the spread</source>
        <translation>%1 (%2): %3 % of the spread</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>not used: %1</translation>
    </message>
    <message>
        <source>Commands with more to say: archboard-cli COMMAND --help (diff, merge, textconv, workshop).</source>
        <translation>Commands with more to say: archboard-cli COMMAND --help (diff, merge, textconv, workshop).</translation>
    </message>
    <message>
        <source>sample, convert, validate, report, rank, export, import-cml, export-cml, import-adr, decide, scan, tco, diff, merge, textconv or workshop</source>
        <translation>sample, convert, validate, report, rank, export, import-cml, export-cml, import-adr, decide, scan, tco, diff, merge, textconv or workshop</translation>
    </message>
    <message>
        <source>Voting is open for the SLA tier “%1”: %2 candidates × %3 criteria = %4 cells.</source>
        <translation>Voting is open for the SLA tier “%1”: %2 candidates × %3 criteria = %4 cells.</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>Join code: %1</translation>
    </message>
    <message>
        <source>TLS certificate SHA-256: %1</source>
        <translation>TLS certificate SHA-256: %1</translation>
    </message>
    <message>
        <source>Type reveal, round, approve NAME, status or close (SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close).</source>
        <translation>Type reveal, round, approve NAME, status or close (SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close).</translation>
    </message>
    <message>
        <source>Commands: reveal, round, approve NAME, status, close.</source>
        <translation>Commands: reveal, round, approve NAME, status, close.</translation>
    </message>
    <message>
        <source>warning: round %1 closes without a reveal; its %2 scores are not written.</source>
        <translation>warning: round %1 closes without a reveal; its %2 scores are not written.</translation>
    </message>
    <message>
        <source>Voting closed.</source>
        <translation>Voting closed.</translation>
    </message>
    <message>
        <source>Round %1%2: %3 raters</source>
        <translation>Round %1%2: %3 raters</translation>
    </message>
    <message>
        <source> (revealed)</source>
        <translation> (revealed)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cells scored%4</source>
        <translation>%1: %2 of %3 cells scored%4</translation>
    </message>
    <message>
        <source>, not connected</source>
        <translation>, not connected</translation>
    </message>
    <message>
        <source>%1 asks to join from a second device: “approve %1” lets it take over.</source>
        <translation>%1 asks to join from a second device: “approve %1” lets it take over.</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 joined.</translation>
    </message>
    <message>
        <source>Round %1 is open: members see round %2&apos;s scores.</source>
        <translation>Round %1 is open: members see round %2&apos;s scores.</translation>
    </message>
    <message>
        <source>Round %1 revealed: nobody has scored yet; nothing written.</source>
        <translation>Round %1 revealed: nobody has scored yet; nothing written.</translation>
    </message>
    <message>
        <source>The scores stay in the recovery journal; fix the problem and reveal again.</source>
        <translation>The scores stay in the recovery journal; fix the problem and reveal again.</translation>
    </message>
    <message>
        <source>Round %1 revealed: %2 scores from %3 raters written to %4.</source>
        <translation>Round %1 revealed: %2 scores from %3 raters written to %4.</translation>
    </message>
    <message>
        <source>Disputed cells (spread at or above %1): %2</source>
        <translation>Disputed cells (spread at or above %1): %2</translation>
    </message>
    <message>
        <source>%1 · %2: spread %3</source>
        <translation>%1 · %2: spread %3</translation>
    </message>
    <message>
        <source>workshop: the SLA tier to vote on (id).</source>
        <translation>workshop: the SLA tier to vote on (id).</translation>
    </message>
    <message>
        <source>workshop: address and port to listen on, e.g. 192.168.1.20:8080 or [::1]:0 (0: any free port). Default: this machine&apos;s LAN address, any free port.</source>
        <translation>workshop: address and port to listen on, e.g. 192.168.1.20:8080 or [::1]:0 (0: any free port). Default: this machine&apos;s LAN address, any free port.</translation>
    </message>
    <message>
        <source>workshop: HTTPS with a fresh self-signed certificate; its fingerprint is printed.</source>
        <translation>workshop: HTTPS with a fresh self-signed certificate; its fingerprint is printed.</translation>
    </message>
    <message>
        <source>workshop: only these candidates (ids, comma-separated).</source>
        <translation>workshop: only these candidates (ids, comma-separated).</translation>
    </message>
    <message>
        <source>workshop: only these rated criteria (ids, comma-separated).</source>
        <translation>workshop: only these rated criteria (ids, comma-separated).</translation>
    </message>
    <message>
        <source>workshop: the page&apos;s language when the browser asks for none ArchBoard has: en or zh_CN.</source>
        <translation>workshop: the page&apos;s language when the browser asks for none ArchBoard has: en or zh_CN.</translation>
    </message>
    <message>
        <source>workshop: continue the interrupted voting session of WS and this tier.</source>
        <translation>workshop: continue the interrupted voting session of WS and this tier.</translation>
    </message>
    <message>
        <source>workshop: folder of the recovery journal (default: the recovery folder).</source>
        <translation>workshop: folder of the recovery journal (default: the recovery folder).</translation>
    </message>
    <message>
        <source>workshop needs exactly one argument: WS</source>
        <translation>workshop needs exactly one argument: WS</translation>
    </message>
    <message>
        <source>workshop needs --tier ID</source>
        <translation>workshop needs --tier ID</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:0: %1</source>
        <translation>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:0: %1</translation>
    </message>
    <message>
        <source>--language must be en or zh_CN</source>
        <translation>--language must be en or zh_CN</translation>
    </message>
    <message>
        <source>%1: %2; close it there first (the scores are written into the file)</source>
        <translation>%1: %2; close it there first (the scores are written into the file)</translation>
    </message>
    <message>
        <source>%1: cannot vote: %2</source>
        <translation>%1: cannot vote: %2</translation>
    </message>
    <message>
        <source>%1: no interrupted voting session on the tier “%2” to resume</source>
        <translation>%1: no interrupted voting session on the tier “%2” to resume</translation>
    </message>
    <message>
        <source>Resuming the interrupted voting session (%1).</source>
        <translation>Resuming the interrupted voting session (%1).</translation>
    </message>
    <message>
        <source>note: an interrupted voting session on this tier exists (%1); --resume continues it.</source>
        <translation>note: an interrupted voting session on this tier exists (%1); --resume continues it.</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>cannot set up signal handling</translation>
    </message>
    <message>
        <source>  workshop WS --tier ID [--listen ADDR:PORT] [--tls]
                       live voting: members score the tier blind from a browser; reveal writes the scores
                       into WS. Commands on stdin: reveal, round, approve NAME, status, close; SIGUSR1
                       reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close (--candidates IDS,
                       --criteria IDS, --language en|zh_CN, --resume, --journal-dir DIR)</source>
        <translation>  workshop WS --tier ID [--listen ADDR:PORT] [--tls]
                       live voting: members score the tier blind from a browser; reveal writes the scores
                       into WS. Commands on stdin: reveal, round, approve NAME, status, close; SIGUSR1
                       reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close (--candidates IDS,
                       --criteria IDS, --language en|zh_CN, --resume, --journal-dir DIR)</translation>
    </message>
    <message>
        <source>Live voting headless: every board member scores the tier&apos;s cells blind from a browser; the scores are written to WS
on reveal. Standard input takes one command per line: reveal, round (another Delphi round), approve NAME (let a
second device take a name over), status, close. Signals: SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT and
SIGTERM close. An interrupted session is kept in a recovery journal; --resume continues it.</source>
        <translation>Live voting headless: every board member scores the tier&apos;s cells blind from a browser; the scores are written to WS
on reveal. Standard input takes one command per line: reveal, round (another Delphi round), approve NAME (let a
second device take a name over), status, close. Signals: SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT and
SIGTERM close. An interrupted session is kept in a recovery journal; --resume continues it.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1 is open in %2: its next save would overwrite this change. Not saved; close it there first, or use --force.</source>
        <translation>%1 is open in %2: its next save would overwrite this change. Not saved; close it there first, or use --force.</translation>
    </message>
    <message>
        <source>Write the workspace even while ArchBoard has it open (ArchBoard then offers to reload it).</source>
        <translation>Write the workspace even while ArchBoard has it open (ArchBoard then offers to reload it).</translation>
    </message>
    <message>
        <source>--force goes with export --radar FILE --record (the only export that writes the workspace)</source>
        <translation>--force goes with export --radar FILE --record (the only export that writes the workspace)</translation>
    </message>
    <message>
        <source>Commands that write a workspace refuse one that ArchBoard has open; --force writes it anyway.</source>
        <translation>Commands that write a workspace refuse one that ArchBoard has open; --force writes it anyway.</translation>
    </message>
    <message>
        <source>Workspace definitions (members decided by them):</source>
        <translation>Workspace definitions (members decided by them):</translation>
    </message>
    <message>
        <source>members: %1, left out: %2</source>
        <translation>members: %1, left out: %2</translation>
    </message>
    <message>
        <source>Left out (not workspace members, not counted):</source>
        <translation>Left out (not workspace members, not counted):</translation>
    </message>
    <message>
        <source>Findings (range styles, local packages, catalogs):</source>
        <translation>Findings (range styles, local packages, catalogs):</translation>
    </message>
    <message>
        <source>The new workspace&apos;s name (default: “Untitled workspace”).</source>
        <translation>The new workspace&apos;s name (default: “Untitled workspace”).</translation>
    </message>
    <message>
        <source>new needs exactly one argument: OUT</source>
        <translation>new needs exactly one argument: OUT</translation>
    </message>
    <message>
        <source>  new OUT              write a new workspace with the reference data only, as File → New: provider prices,
                       language cost profiles, SLA tiers, fragmentation thresholds (--name NAME)</source>
        <translation>  new OUT              write a new workspace with the reference data only, as File → New: provider prices,
                       language cost profiles, SLA tiers, fragmentation thresholds (--name NAME)</translation>
    </message>
    <message>
        <source>cannot write the JSON to the standard output</source>
        <translation>cannot write the JSON to the standard output</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Architecture-decision workbench for review boards.</source>
        <translation>Architecture-decision workbench for review boards.</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace.</source>
        <translation>Open the bundled sample workspace.</translation>
    </message>
    <message>
        <source>Workspace to open (*.archboard or *.archboard.yaml).</source>
        <translation>Workspace to open (*.archboard or *.archboard.yaml).</translation>
    </message>
    <message>
        <source>Open the file (or the sample), paint the window once and exit: 0 when both worked, 2 when the file could not be opened. For smoke tests of an installation.</source>
        <translation>Open the file (or the sample), paint the window once and exit: 0 when both worked, 2 when the file could not be opened. For smoke tests of an installation.</translation>
    </message>
    <message>
        <source>the main window could not be painted</source>
        <translation>the main window could not be painted</translation>
    </message>
    <message>
        <source>%1: opened, window painted at %2×%3</source>
        <translation>%1: opened, window painted at %2×%3</translation>
    </message>
</context>
</TS>
