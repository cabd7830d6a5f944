<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditAppender</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlackoutRepository</name>
    <message>
        <source>saving a blackout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackout %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarTimeScale</name>
    <message>
        <source>W%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarToolTip</name>
    <message>
        <source>Environment booking</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Hard blackout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Soft blackout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident freeze</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeRecordCommand</name>
    <message>
        <source>“%1” was changed since — reload before undoing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateReleaseCommand</name>
    <message>
        <source>Create release “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is open read-only (%2); changes are disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteReleaseCommand</name>
    <message>
        <source>Delete release “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Data centre maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power work at the primary site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core network upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firewall and router firmware upgrades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing campaign launch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High traffic expected from the campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regulatory reporting window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures for the regulator are being produced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stabilising after a major incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual financial audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auditors are sampling changes; keep them few.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditReleaseCommand</name>
    <message>
        <source>Edit release “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditReleaseNeedsCommand</name>
    <message>
        <source>Change what “%1” needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What “%1” needs was changed since — reload before undoing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnvironmentService</name>
    <message>
        <source>“%1” is still booked or used by releases (%2); move those first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FreezeRepository</name>
    <message>
        <source>saving an incident freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident freeze %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <source>reading teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading services</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAB member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service owner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>reading people</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>%1 still has leave or on-call entries; remove those first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseCommand</name>
    <message>
        <source>“%1” was changed by %2 at %3 — reload</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>reading the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no release %1 in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <source>Blackout "%1": %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>unknown view '%1'; valid views: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>size %1x%2 is out of range (320x200 to 7680x4320)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (see 'slipway %1 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument '%1' (see 'slipway %2 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db FILE is required (see 'slipway %1 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Slipway file to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is on a network share: use the rollback journal, not WAL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the file read-only; never write to it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n scope item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n release(s) to %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>slipway</name>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Keep the name under 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a semantic version: %1.</source>
        <translation>Keine semantische Version: %1.</translation>
    </message>
    <message>
        <source>Give both the start and the end of the window, or neither.</source>
        <translation>Geben Sie Beginn und Ende des Fensters an, oder keines von beiden.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>'%1' is not a known time zone (use an IANA name such as Europe/Berlin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird ausgerollt</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <source>Tech debt</source>
        <translation>Technische Schuld</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is %1 characters long; keep it under %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The effort must be a number of points from 0 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The external key must be one line of at most %1 characters, without surrounding spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stakeholder must be one line of at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description is %1 characters long; keep it under %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels must be non-empty, at most %1 characters, on one line and without ';'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must not have leading zeros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty identifier after '-' or '+'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not allowed in a version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numeric pre-release identifier '%1' has a leading zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2:%3 (byte %4): not valid JSON: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: benchmarks: %2; not Google Benchmark JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2: expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.name: expected a non-empty string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reported no figures: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is repeated; its first repetition is used unless a _mean or _median row is named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.time_unit: expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.%3: expected a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected name,value,unit, found %2 fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the value %2 is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is repeated; the first value is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no figures found, expected lines of name,value,unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2:%3: not well-formed XML: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is open read-only (%1); changes are disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edit releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change blackouts and freezes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change release scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a person in this file, so may not %2; ask a release manager to add you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not %2: that needs the release manager role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid RRULE (RFC 5545), e.g. FREQ=WEEKLY;BYDAY=FR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there are no releases yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 of %2 points to a missing row in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more dangling references not listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving scope items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give it a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving what a release needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was changed by %2 at %3 — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (previous hash differs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash no longer matches its content)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit entry %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::AuditLogModel</name>
    <message>
        <source>Entry %1, UTC %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation>Change-Ticket</translation>
    </message>
</context>
<context>
    <name>slipway::BenchmarkResults</name>
    <message>
        <source>%1: the file is empty, expected benchmark results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a binary file, expected Google Benchmark JSON or CSV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::Builder</name>
    <message>
        <source> hotfix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter-end close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finance closes the books; no changes to systems that post to the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly payroll run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payroll files are exchanged with the bank; avoid touching billing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday freeze %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reduced staffing over the holidays; only emergency changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Black Friday and Cyber Monday %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak trading: checkout and payments must stay stable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to %2.%3.%4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::BulkWriter</name>
    <message>
        <source>preparing the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing blackouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing scope items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing what releases need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing environment bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing incident freezes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing availability</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::CalendarImportService</name>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported period</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::CalendarModel</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Dienste</translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished">Umgebungen</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::Conflict</name>
    <message>
        <source>%1 falls in the hard blackout "%2" (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 falls in the soft blackout "%2" (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 falls in the incident freeze "%2" (%3); only emergency releases may deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 both need the shared environment %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has nobody for %2 inside working hours or on call (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB; CSV files over %3 MB are refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is over %2 MB; CSV files that large are refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: a NUL byte; this is binary data, not a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: not valid UTF-8 text; save the file as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: a quoted field is never closed (a missing " before the end of the file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: text after the closing quote of a field (%3); a quote inside a quoted field must be doubled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: %3 fields where the header has %4 (a missing or extra comma, or a line break outside quotes?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header line and at least one row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a header but no rows; nothing to import.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::Database</name>
    <message>
        <source>%1 does not exist; check the path, or create it with File ▸ New or 'slipway demo'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer Slipway (schema %2); this one reads up to schema %3. Open it with the newer Slipway; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you may not write to this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you may not write to its folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database but not a Slipway file; it was not changed. Open another file or create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configuring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, which a read-only file cannot take; open a writable copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another program (while %2); try again in a moment. Nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding %1 is full (while %2); free some space and try again. Nothing was saved, and nothing already saved was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only (while %2); open a writable copy to make changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Slipway file (it is not an SQLite database); open another file or create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2, while %3); restore it from a backup copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the folder exists and you may use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading or writing %1 failed (%2, while %3); check the disk or share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (while %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::DeclaredTotals</name>
    <message>
        <source>%1 %2 declared, %3 counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the root element's totals differ from the test cases: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::DemoGenerator</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose a new file name (the demo never writes into an existing file unless asked to replace it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be created: you may not write to its folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written (renaming the finished file failed); check the folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::EnvironmentRepository</name>
    <message>
        <source>Environment %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::EvidenceFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is %2 bytes, larger than the limit of %3 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::FileHeader</name>
    <message>
        <source>%1 is a folder, not a Slipway file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is truncated (%2 bytes, shorter than an SQLite header); restore it from a backup copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Slipway file (it is not an SQLite database); open another file or create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (its header gives an impossible page size); restore it from a backup copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is truncated (%2 bytes, the header expects %3); restore it from a backup copy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::IcsReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB; calendars over %3 MB are refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line 1: not an iCalendar file (it must start with BEGIN:VCALENDAR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: binary data in a calendar file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: the file ends before END:VCALENDAR (truncated?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: libical could not read the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no VCALENDAR in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: event "%2": %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: event "%2": %3 (ignored).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: event "%2" has no valid DTSTART.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: event "%2" has an invalid DTEND.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: event "%2" lasts no time; left out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::IcsWriter</name>
    <message>
        <source>%1 release, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; owner %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident freeze: only emergency releases may deploy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::IntegrityChecker</name>
    <message>
        <source>the audit log was not read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::JUnitReport</name>
    <message>
        <source>%1: the file is empty, expected JUnit XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no XML element found, expected JUnit XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2:%3: not a JUnit XML report: the root element is &lt;%4&gt;, expected &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::PeopleRepository</name>
    <message>
        <source>Person %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability entry %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::Recurrence</name>
    <message>
        <source>'%1' is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a period must end after it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be expanded from its first occurrence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ReleaseCsvExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ReleaseLinkRepository</name>
    <message>
        <source>Release %1 no longer exists — reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ReleaseRepository</name>
    <message>
        <source>reading releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release %1 no longer exists; someone may have deleted it — reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleting a release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a release's services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release "%1" was changed by %2 at %3 — reload to see their change, then edit again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release %1 was deleted by someone else — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ReleaseTableModel</name>
    <message>
        <source>%1 (UTC %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Noch nicht terminiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Fensterbeginn</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Fensterende</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation>Change-Ticket</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>slipway::SarifParser</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; not a SARIF log (expected "2.1.0")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SARIF %1 is not supported, expected 2.1.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; not a SARIF log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a CVSS score, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a CVSS score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a CVSS score must be between 0 and 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected error, warning, note or none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is null: %2 did not produce results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range: the run has %2 tool extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range: the tool component has %2 rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected error, warning, note or none, found %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::SarifReport</name>
    <message>
        <source>%1: the file is empty, expected SARIF JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2:%3 (byte %4): not valid JSON: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a SARIF log: the top level is not an object with "version" and "runs"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ScheduleValidation</name>
    <message>
        <source>“%1” is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a recurring blackout can leave dates out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one service, or all services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind must be dev, test, staging or prod.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the environment to book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what the booking is for, or name a release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working hours must lie within one day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working hours must last at least an hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days are Monday to Sunday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose whose availability this is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A release cannot require “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ScopeCsvExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ScopeCsvMapping</name>
    <message>
        <source>Jira export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure DevOps export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slipway export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--map takes COLUMN=FIELD pairs separated by commas, e.g. "Name=title,Ticket=external_key"; %1 is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--map: %1 has no column %2 (its columns: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--map: unknown field %1; fields are %2 and ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Jira or Azure DevOps export and has no title column; say which column holds what with --map, e.g. --map "Name=title,Ticket=external_key,Type=kind" (its columns: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is not one Slipway knows (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feature, fix, patch, tech_debt, regulatory, or a type such as Story, Bug, Hotfix, Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical, high, medium, low, Highest … Lowest, 1 … 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proposed, committed, in_progress, done, deferred, or a status such as To Do, Active, Done, Won't Do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is not a number of points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ScopeImportService</name>
    <message>
        <source>--release: no release has version %1 (versions: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--release: %1 releases have version %2; give each a distinct version first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: version %2 matches no single release; its %n item(s) keep their place (new ones go to the backlog).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: %3 is neither in the file nor in Slipway; the link to it was left out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ScopeRepository</name>
    <message>
        <source>Scope item "%1" was changed by someone else — reload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::SemVer</name>
    <message>
        <source>version is required (e.g. 2.4.0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use MAJOR.MINOR.PATCH, e.g. 2.4.0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::cli</name>
    <message>
        <source>entry %1: %2 UTC, %3 %4 %5 %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify: recomputes the audit log's SHA-256 hash chain. Exit 0: intact; 1: an entry was changed, removed or inserted behind Slipway's back (the first one is named); 2: the file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action (only verify for now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON (see docs/cli-json.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what to do: 'slipway audit verify --db FILE'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown action '%1'; the only one is 'verify'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked, head %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit chain BROKEN in %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First broken %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:          %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Structure:     %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foreign keys:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit chain:   %1, %2 entries, head %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding [%1]: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run PRAGMA integrity_check (also compares every index with its table; slower) instead of quick_check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage:
  slipway [--db FILE] [--shared]              open the window
  slipway --version
  slipway demo --db FILE [--scale small|large] [--seed N] [--force]
  slipway check --db FILE [--json] [--full]   structure, foreign keys, audit chain
  slipway audit verify --db FILE [--json]
  slipway export csv --db FILE --table releases|scope --out FILE
  slipway export ics --db FILE --out FILE.ics [--from DATE --to DATE]
  slipway import csv --db FILE --kind scope [--release VERSION] [--skip-invalid]
                     [--map COLUMN=FIELD,…] INPUT.csv
  slipway import ics --db FILE --as blackouts|freezes [--soft] INPUT.ics
  slipway find-window --db FILE --release ID [--after DATE] [--duration 4h]
  slipway screenshot --db FILE --view releases --out FILE.png [--size WxH]

Commands that open a file also take --shared (file on a network share) and
--read-only. 'slipway COMMAND --help' explains a command.

Exit codes: 0 fine, 1 findings (problems in the file, a broken audit chain),
2 bad usage or bad input (one line on stderr says what and which file).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not available in this version of Slipway (see 'slipway --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command '%1' (see 'slipway --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (see 'slipway --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> - release planning for release managers and CABs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument '%1' (see 'slipway --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a new Slipway file full of demo data. The same --seed (and --anchor) always gives the same file. An existing non-empty file is refused unless --force is given, which replaces it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>small (3 teams, ~40 releases) or large (5,000 releases, 1,000,000 audit entries, for benchmarks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed, 0 to 4294967295 (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo's "today" (YYYY-MM-DD, UTC midnight); history ends there and plans run past it (default 2026-11-01).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace FILE if it already exists (its data is lost).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--scale must be small or large, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--anchor must be a date such as 2026-11-01, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose a new file, or pass --force to replace it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing demo data: %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2 demo, seed %3) in %4 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out FILE.ics is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to take dates such as 2026-12-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 release window(s), %2 blackout(s) and %3 incident freeze(s) to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv: writes a table as RFC 4180 CSV (UTF-8, CRLF, header row). Cells a spreadsheet would run as a formula get a leading apostrophe.
ics: writes release windows, blackouts (with their recurrence) and incident freezes as iCalendar for Outlook, Google Calendar and Thunderbird, with stable UIDs.
The output appears complete or not at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv or ics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table to export: releases or scope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ics: from this date (UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ics: up to this date (UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say which format: 'slipway export csv …' or 'slipway export ics …'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format '%1'; available: csv, ics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--table is required (available: releases, scope)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown table '%1'; available: releases, scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposes the earliest window for a release that breaks no hard rule (hard blackouts, incident freezes, double-booked shared environments, missing roles) and has the fewest soft ones, with the reasons each earlier candidate failed. Exit 0: found; 1: nothing within the horizon; 2: bad input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earliest start, UTC unless an offset is given (2026-12-01 or 2026-12-01T22:00); default now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window length such as 4h or 1h30m; default the release's current window, else 4h.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far to look, e.g. 90d (default 180d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--release ID is required (a release's number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--after '%1' is not a date such as 2026-12-01 or 2026-12-01T22:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--duration '%1' is not a length such as 4h or 1h30m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--within '%1' is not a length such as 90d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not %1 – %2 UTC (%3 candidate(s)):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earliest window: %1 – %2 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No window within the horizon breaks no hard rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown --kind '%1'; available: scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind scope is required: say what the rows are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %3 rows cannot be imported, so nothing was; --skip-invalid imports the other %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: none of its %2 rows can be imported; nothing was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 created, %4 updated, %5 unchanged, %6 skipped; %7 dependencies added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv: reads scope items from a CSV file (RFC 4180, UTF-8): Jira and Azure DevOps exports are recognised, other files say with --map which column holds what. By default a file with any invalid row is refused whole, listing each row's line and reason. Items keep their external key: importing the same file again updates them.
ics: reads an iCalendar file (Outlook, Google Calendar, Thunderbird, iCloud) and stores its events as blackouts or incident freezes. Events keep their UID: importing the same calendar again updates them.
The whole file is checked first and written in one transaction, or not at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the events become: blackouts or freezes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackouts are soft (a warning), not hard (an error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change ticket the import is done under.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say which format: 'slipway import csv …' or 'slipway import ics …'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the CSV file to read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the calendar file to read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--as must be blackouts or freezes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renders a screen of the real main window to a PNG, without a display. The file is opened read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The screen to render: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown view '%1'; available: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x200 and 7680x4320, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2 view, %3x%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts:     %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  error:   </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  warning: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks a Slipway file: SQLite's structure check, foreign keys and the audit hash chain, then lists every scheduling conflict by kind (hard blackouts, incident freezes, double-booked shared environments and missing roles are errors; soft blackouts are warnings). Exit 0: no problems and no conflict errors; 1: problems or conflict errors found (listed); 2: the file cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file only; do not list scheduling conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar view: the first day shown (e.g. 2026-12-01).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar view: where the shown range ends (exclusive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to apply to the calendar view only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from: '%1' is not a date such as 2026-12-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to: '%1' is not a date such as 2026-12-31</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from to --to may span at most 20 years</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::cli::CsvOptions</name>
    <message>
        <source>csv: what the rows are: scope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv: put every item into the release with this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv: import the valid rows and list the others, instead of refusing the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv: which column holds which field, e.g. "Name=title,Ticket=external_key"; fields: %1, or ignore. Completes or overrides what Jira and Azure DevOps exports are recognised by.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::demo::Planner</name>
    <message>
        <source>Load test (performance team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Penetration test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test data refresh from production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stabilising after a major incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments outage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card payments failed for 40 minutes; only fixes for it until the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage array firmware</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vendor's emergency firmware roll-out; keep changes off the shared storage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parental leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary on call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Recompute every entry's hash and check that none was altered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by actor, action, entity or change ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Scope items</source>
        <translation>Umfangselemente</translation>
    </message>
    <message>
        <source>Blackouts</source>
        <translation>Sperrzeiten</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>newest %1 shown, more as you scroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Select an entry to compare its before and after.</source>
        <translation>Wählen Sie einen Eintrag, um Vorher und Nachher zu vergleichen.</translation>
    </message>
    <message>
        <source>Entry %1 · %2 %3 #%4 by %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing: the entry created or restored it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing: the entry deleted it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Prüfe die Protokollkette…</translation>
    </message>
    <message>
        <source>%1 entries, chain intact, head %2</source>
        <translation>%1 Einträge, Kette intakt, Kopf %2</translation>
    </message>
    <message>
        <source>Entry %1 breaks the chain: %2</source>
        <translation>Eintrag %1 bricht die Kette: %2</translation>
    </message>
</context>
<context>
    <name>slipway::ui::BlackoutDialog</name>
    <message>
        <source>All services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only these:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Quarter-end close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why nothing should deploy then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hard — releases must not deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Soft — releases should not deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip the occurrence on this date (EXDATE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xcept:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next occurrences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished">Lokal</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the problems on the left to see the occurrences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No occurrence from %1 on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A one-off period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every occurrence from %1 on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next %1 occurrences from %2 on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::BlackoutsDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished">&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackouts</source>
        <translation type="unfinished">Sperrzeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove blackout “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::CalendarHeaderPainter</name>
    <message>
        <source>Blackouts</source>
        <translation type="unfinished">Sperrzeiten</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CalendarPainter</name>
    <message>
        <source>%n conflict(s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::CalendarScreen</name>
    <message>
        <source>Plan release windows on a calendar</source>
        <translation>Release-Fenster im Kalender planen</translation>
    </message>
    <message>
        <source>The calendar shows every release window per team or service, with blackouts, incident freezes and environment bookings, and marks the conflicts. Give a release a window to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a release</source>
        <translation>Ein Release anlegen</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <source>Rows per team or per service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour by type</source>
        <translation>Farbe nach Typ</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Farbe nach Status</translation>
    </message>
    <message>
        <source>What the colour of a window shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel zooms smoothly, + and − step)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Dienste</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>hard blackout (hatched)</source>
        <translation>harte Sperrzeit (schraffiert)</translation>
    </message>
    <message>
        <source>soft blackout</source>
        <translation>weiche Sperrzeit</translation>
    </message>
    <message>
        <source>conflict (!n)</source>
        <translation>Konflikt (!n)</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CalendarView</name>
    <message>
        <source>Move the window of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resize the window of “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the selected conflict in the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hard blackouts</source>
        <translation>Harte Sperrzeiten</translation>
    </message>
    <message>
        <source>Soft blackouts</source>
        <translation>Weiche Sperrzeiten</translation>
    </message>
    <message>
        <source>Double-booked environments</source>
        <translation>Doppelt belegte Umgebungen</translation>
    </message>
    <message>
        <source>Roles nobody covers</source>
        <translation>Unbesetzte Rollen</translation>
    </message>
    <message>
        <source>Incident freezes</source>
        <translation>Incident-Sperren</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No conflicts in view.</source>
        <translation>Keine Konflikte im sichtbaren Bereich.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in view.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::EnvironmentsDialog</name>
    <message>
        <source>Shared — other teams book it too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release &amp;booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments and bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only shared environments can be double-booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Load test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookings besides release windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add environment “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change environment “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove environment “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book %1 for “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release booking “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::FindWindowDialog</name>
    <message>
        <source>Find a release window</source>
        <translation>Ein Release-Fenster finden</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;Earliest start</source>
        <translation>&amp;Frühester Beginn</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look &amp;ahead</source>
        <translation>&amp;Vorausschau</translation>
    </message>
    <message>
        <source>Choose a release and press Find.</source>
        <translation>Wählen Sie ein Release und drücken Sie Suchen.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Apply to the release</source>
        <translation>Auf das Release &amp;übernehmen</translation>
    </message>
    <message>
        <source>Move the release's window here; Edit ▸ Undo takes it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A window needs at least 15 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earliest window: %1 – %2</source>
        <translation>Frühestes Fenster: %1 – %2</translation>
    </message>
    <message>
        <source>Earliest window: %1 – %2 (%3 – %4)</source>
        <translation>Frühestes Fenster: %1 – %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Warning on the proposal</source>
        <translation>Warnung zum Vorschlag</translation>
    </message>
    <message numerus="yes">
        <source>No window in the next %n day(s) breaks no hard rule.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 to %2 (%3 starts)</source>
        <translation>%1 bis %2 (%3 Startzeiten)</translation>
    </message>
    <message>
        <source>Moved %1 to the proposed window. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::FreezeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident freezes</source>
        <translation>Incident-Sperren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add incident freeze “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change incident freeze “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove incident freeze “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::MainWindow</name>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Qualitätstore</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <source>The open file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local: this computer only. Shared: on a network share, several people at once. Read-only: nothing can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the audit trail records as acting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>%1 — Slipway</source>
        <translation>%1 — Slipway</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Slipway files (*.slipway);;All files (*)</source>
        <translation>Slipway-Dateien (*.slipway);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Slipway file</source>
        <translation>Neue Slipway-Datei</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open to open it, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Slipway file</source>
        <translation>Slipway-Datei öffnen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Release planning for release managers and Change Advisory Boards.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planung</translation>
    </message>
    <message>
        <source>&amp;Find a Window…</source>
        <translation>Fenster &amp;finden…</translation>
    </message>
</context>
<context>
    <name>slipway::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::PeopleDialog</name>
    <message>
        <source>&amp;Save person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People and availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave and on-call duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add leave for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add on-call duty for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove availability of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::ReadOnlyBanner</name>
    <message>
        <source>The file was opened read-only.</source>
        <translation>Die Datei wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Read-only: %1 Editing is disabled; File ▸ Save a Copy makes a copy you can edit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::RecurrenceEditor</name>
    <message>
        <source>Only in March, June, September and December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly on a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly, last business days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom RRULE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 repeats every period, 2 every other one, and so on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-1 is the last day of the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The RFC 5545 rule; type one by hand with “Custom RRULE”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::ReleaseEditor</name>
    <message>
        <source>Select a release to see and edit its details, or create a new one.</source>
        <translation>Wählen Sie ein Release, um es anzusehen und zu bearbeiten, oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>e.g. Payments platform Q3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Semantic version, e.g. 2.4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Who answers for this release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>Has a deployment &amp;window</source>
        <translation>Hat ein Deployment-&amp;Fenster</translation>
    </message>
    <message>
        <source>Window &amp;start</source>
        <translation>Fenster&amp;beginn</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>Fenster&amp;ende</translation>
    </message>
    <message>
        <source>The time zone the window is planned in; times above are in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>e.g. CHG0012345</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;ticket</source>
        <translation>Change-&amp;Ticket</translation>
    </message>
    <message>
        <source>What this release must achieve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes in this panel (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this release (Ctrl+Enter); Edit ▸ Undo takes it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Release-Details</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReleaseNeedsDialog</name>
    <message>
        <source>What “%1” needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments it deploys through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No environments yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles that must be present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::ReleasesView</name>
    <message>
        <source>Plan your first release</source>
        <translation>Planen Sie Ihr erstes Release</translation>
    </message>
    <message>
        <source>Releases are the heart of Slipway: each has a version, a type, a status, an owner and a deployment window in its own time zone. Everything you change is audited and can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the first release</source>
        <translation>Das erste Release anlegen</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>Add a release (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, version, owner, ticket…</source>
        <translation>Name, Version, Verantwortliche, Ticket suchen…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected release (Del); Edit ▸ Undo brings it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No release matches the search and filters. &lt;a href="clear"&gt;Clear them&lt;/a&gt; to see all releases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 release</source>
        <translation>1 Release</translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation>%1 Releases</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>slipway::ui::SchedulingActions</name>
    <message>
        <source>New &amp;blackout…</source>
        <translation>Neue &amp;Sperrzeit…</translation>
    </message>
    <message>
        <source>B&amp;lackouts…</source>
        <translation>Sperr&amp;zeiten…</translation>
    </message>
    <message>
        <source>Incident &amp;freezes…</source>
        <translation>&amp;Incident-Sperren…</translation>
    </message>
    <message>
        <source>&amp;Environments and bookings…</source>
        <translation>&amp;Umgebungen und Buchungen…</translation>
    </message>
    <message>
        <source>&amp;People and availability…</source>
        <translation>&amp;Personen und Verfügbarkeit…</translation>
    </message>
    <message>
        <source>Add a period in which releases must not or should not deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every blackout, to change or remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periods after an incident when only emergency releases may deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments, whether they are shared, and who holds them when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zones, working hours, roles, leave and on-call duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>New blackout</source>
        <translation>Neue Sperrzeit</translation>
    </message>
    <message>
        <source>Add blackout “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackout “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change blackout “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove blackout “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>