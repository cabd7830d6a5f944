<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Assumption</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assumption needs a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assumption belongs to a release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumptionRepository</name>
    <message>
        <source>saving an assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAppender</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlackoutRepository</name>
    <message>
        <source>saving a blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CabDecisionService</name>
    <message>
        <source>The decision on %1 is already %2 — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CabMeetingRepository</name>
    <message>
        <source>saving a CAB meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB meeting %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CabReportWriter</name>
    <message>
        <source>CAB report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTimeScale</name>
    <message>
        <source>W%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarToolTip</name>
    <message>
        <source>Environment booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hard blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRecordCommand</name>
    <message>
        <source>“%1” was changed since — reload before undoing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequestRepository</name>
    <message>
        <source>saving a change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationRepository</name>
    <message>
        <source>archiving a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no issued message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateReleaseCommand</name>
    <message>
        <source>Create release “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is open read-only (%2); changes are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteReleaseCommand</name>
    <message>
        <source>Delete release “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCab</name>
    <message>
        <source>Renew the TLS certificate of the public API gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired certificate if missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-install the previous certificate (valid until 20 Nov).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rule: allow 443 from the new CDN address ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardholder-data zone rule change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule; the old ranges stay open until 30 Nov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the payment provider API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments stop if the new key is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch back to the old key; it stays valid for 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the production Kubernetes node pool to 1.29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service restarts on new nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordon the new pool and move workloads back to the old one (kept for 72 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade PostgreSQL 14 to 15 on the orders cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major database upgrade; orders are read-only for 40 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over to the untouched replica running 14; replay the write-ahead log gap (about 90 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the DNS TTL of checkout.example.com before cutover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolver caches may keep the old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the TTL back to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the new fraud-scoring rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False declines of good customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the rule-set flag off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: patch OpenSSL on the edge proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actively exploited vulnerability; staging run shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the previous package from the local mirror.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDefinition</name>
    <message>
        <source>All P1 and P2 tests pass in staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open critical or high security findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook reviewed by operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback rehearsed in staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance within 10 % of the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes approved by the product owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider&apos;s sandbox is available for end-to-end tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end-to-end payment test; the release slips a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider keeps the v1 token endpoint until the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins fail after cutover; roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations can staff the weekend window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window moves to the next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade finishes within the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database platform team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the window or roll the migration back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stores approve the client update in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple and Google app review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server change waits for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 API latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins after release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets in the first 72 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Data centre maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power work at the primary site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core network upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall and router firmware upgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing campaign launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High traffic expected from the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory reporting window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for the regulator are being produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilising after a major incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual financial audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors are sampling changes; keep them few.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoScopePlanning</name>
    <message>
        <source>Over capacity after the security fixes came in; product agreed to defer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor API it relies on is not generally available until next quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load tests showed a regression we cannot fix before the window; deferring rather than shipping it behind a flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regulatory change takes priority for this window; the stakeholder accepted the delay at the planning review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of the three developers are on leave during the freeze; not enough people left to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design is not signed off yet; committing it now would put the release date at risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionListRepository</name>
    <message>
        <source>saving a distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no distribution list &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditReleaseCommand</name>
    <message>
        <source>Edit release “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditReleaseNeedsCommand</name>
    <message>
        <source>Change what “%1” needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” needs was changed since — reload before undoing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentService</name>
    <message>
        <source>“%1” is still booked or used by releases (%2); move those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitCriteriaRepository</name>
    <message>
        <source>saving an exit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit criterion %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezeRepository</name>
    <message>
        <source>saving an incident freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident freeze %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateBridge</name>
    <message>
        <source> (%1 of %2 settled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, promoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>… (%1 more characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownIssueRepository</name>
    <message>
        <source>saving a known issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known issue %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveScopeItemCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved by someone else since — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of a move made by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of the move recorded as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <source>reading teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>reading people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>%1 still has leave or on-call entries; remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAcknowledgementCommand</name>
    <message>
        <source>Record acknowledgement of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseCommand</name>
    <message>
        <source>“%1” was changed by %2 at %3 — reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderExitCriteriaCommand</name>
    <message>
        <source>Reorder exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderScopeItemCommand</name>
    <message>
        <source>Reorder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAssessmentRepository</name>
    <message>
        <source>saving a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskClassifier</name>
    <message>
        <source>No users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additive (old code still works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrites existing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irreversible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripted, with data restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual, takes hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible (fix forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated (SOX, PCI DSS, GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reportable to a regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar done before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untried technology or vendor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTemplateCommand</name>
    <message>
        <source>Save template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>reading the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <source>Blackout &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeCardPainter</name>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation type="unfinished">Regulatorisch</translation>
    </message>
</context>
<context>
    <name>ScopeTradeoffRepository</name>
    <message>
        <source>recording a trade-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>unknown view &apos;%1&apos;; valid views: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1x%2 is out of range (320x200 to 7680x4320)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetObjectivesCommand</name>
    <message>
        <source>Edit objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objectives were changed by %1 since — reload before undoing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetReleaseCapacityCommand</name>
    <message>
        <source>Set release capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessMetricRepository</name>
    <message>
        <source>saving a success metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success metric %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessMetricService</name>
    <message>
        <source>This release already has a success metric named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>saving a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see &apos;slipway %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;slipway %2 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required (see &apos;slipway %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slipway file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is on a network share: use the rollback journal, not WAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file read-only; never write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scope item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n release(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n agenda item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n issued message(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n recipient row(s) with acknowledgements to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n assumption(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n success metric(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n trade-off(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
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
        <source>&apos;%1&apos; is not a known time zone (use an IANA name such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; keep it under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effort must be a number of points from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external key must be one line of at most %1 characters, without surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stakeholder must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long; keep it under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels must be non-empty, at most %1 characters, on one line and without &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not have leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty identifier after &apos;-&apos; or &apos;+&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric pre-release identifier &apos;%1&apos; has a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3 (byte %4): not valid JSON: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: benchmarks: %2; not Google Benchmark JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.name: expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported no figures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is repeated; its first repetition is used unless a _mean or _median row is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.time_unit: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.%3: expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected name,value,unit, found %2 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is repeated; the first value is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figures found, expected lines of name,value,unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not well-formed XML: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only (%1); changes are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change release scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a person in this file, so may not %2; ask a release manager to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the release manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid RRULE (RFC 5545), e.g. FREQ=WEEKLY;BYDAY=FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no releases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 points to a missing row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more dangling references not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving scope items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving what a release needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3 — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change request needs a ticket id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a line what the change does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who requests the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned window needs a start and an end after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are single words, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distribution list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address such as ops@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pass rate threshold must be a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the severity must be low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the benchmark metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the comparison must be &lt;= or &gt;=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the benchmark needs a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say which role approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the due date cannot be after the window starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two criteria are called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs the compensating controls that stand in for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs the validation task owed after the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver&apos;s expiry must be after it is requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for this waiver, so cannot approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known issue belongs to a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known issue needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name uses lower-case letters, digits and dashes, such as release-notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A success metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparator must be one of &lt; &lt;= = &gt;= &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric values must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A success metric belongs to a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-facing: users see the change at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database migration; rollback restores from the pre-change snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches %1 services in one window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback takes about %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency fix: staging run shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet rehearsed in staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix build from the release branch; deploy to one canary node, watch error rate for 15 minutes, then roll out to all nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green: deploy to the idle stack, run the schema migration, smoke tests, switch the load balancer, keep the old stack warm for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling deploy, 25% of nodes at a time, health checks between batches; feature flags off until the smoke tests pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the load balancer back; restore the database from the pre-change snapshot (about %1 minutes); announce on the status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy the previous build from the artefact store; no data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy the previous version node by node; feature flags off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tech debt item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tech debt items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regulatory item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regulatory items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name with its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release type: major, minor, patch or emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ticket</source>
        <translation type="unfinished">Change-Ticket</translation>
    </message>
    <message>
        <source>Team that owns the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services the release touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the window is planned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start in its planning zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end in its planning zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window length, such as 4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list the message goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start in the audience&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end in the audience&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window in every audience&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start in that zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end in that zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope by kind, such as 3 features and 2 fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of scope items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope counted by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of scope item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of that kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scope item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker key, such as PAY-142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known issues and workarounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known issue title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the issue does to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to work around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, mitigated or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of known issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality gate status in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when gate results are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quality gate and its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling conflicts of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error or warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to contact for the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the release is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start before the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end before the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issues the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency change requested %1; review (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred to this meeting; window %1; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1, before the next meeting; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB</source>
        <translation type="unfinished">CAB</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second approver (SOX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, conditions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who takes the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deferral needs a date or a meeting to defer %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving with conditions needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested %2 and may not approve it (segregation of duties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has every approval it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs no %2 approval now; still open: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already approved %2 as %3; the %4 approval needs another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not give the %2 approval: that needs the %3 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change blackouts, freezes, environments, bookings or people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record CAB decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change CAB meetings and their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change gate templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a release&apos;s gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import gate evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark findings as false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick manual checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve gate criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close post-release validation tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change communication templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change known issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change distribution lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: that needs one of the roles %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action belongs to a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the meeting starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (e.g. Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit criterion needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a CAB decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB decision %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::AcknowledgementCsv</name>
    <message>
        <source>%1:1: the header needs the columns communication_id, address and acknowledged_at (note is optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no issued message &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a recipient of message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time such as 2026-12-01T09:30Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before message %2 was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already acknowledged message %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (previous hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash no longer matches its content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::AuditLogModel</name>
    <message>
        <source>Entry %1, UTC %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a binary file, expected Google Benchmark JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Builder</name>
    <message>
        <source> hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter-end close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance closes the books; no changes to systems that post to the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payroll run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll files are exchanged with the bank; avoid touching billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced staffing over the holidays; only emergency changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Friday and Cyber Monday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak trading: checkout and payments must stay stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2.%3.%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::BulkWriter</name>
    <message>
        <source>preparing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing blackouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing scope items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing what releases need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing environment bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing incident freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CabCsvExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CabDecisionRepository</name>
    <message>
        <source>The decision on change %1 was changed by someone else — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1 was changed by someone else — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CabMeetingService</name>
    <message>
        <source>CAB meeting %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CalendarImportService</name>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported period</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished">Umgebungen</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CommunicationService</name>
    <message>
        <source>Template %1 cannot be issued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a recipient of message %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot have acknowledged message %2 before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already acknowledged message %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Conflict</name>
    <message>
        <source>%1 falls in the hard blackout &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in the soft blackout &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in the incident freeze &quot;%2&quot; (%3); only emergency releases may deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both need the shared environment %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nobody for %2 inside working hours or on call (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CriterionSpec</name>
    <message>
        <source>at least %1 % of tests pass (JUnit XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open finding of %1 severity or above (SARIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by someone with the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; CSV files over %3 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over %2 MB; CSV files that large are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a NUL byte; this is binary data, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: not valid UTF-8 text; save the file as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a quoted field is never closed (a missing &quot; before the end of the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: text after the closing quote of a field (%3); a quote inside a quoted field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 fields where the header has %4 (a missing or extra comma, or a line break outside quotes?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header line and at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no rows; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Database</name>
    <message>
        <source>%1 does not exist; check the path, or create it with File ▸ New or &apos;slipway demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Slipway (schema %2); this one reads up to schema %3. Open it with the newer Slipway; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write to its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Slipway file; it was not changed. Open another file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, which a read-only file cannot take; open a writable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (while %2); try again in a moment. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2); free some space and try again. Nothing was saved, and nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (while %2); open a writable copy to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Slipway file (it is not an SQLite database); open another file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2, while %3); restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the folder exists and you may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2, while %3); check the disk or share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (while %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::DeclaredTotals</name>
    <message>
        <source>%1 %2 declared, %3 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element&apos;s totals differ from the test cases: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::DemoCab</name>
    <message>
        <source>Weekly CAB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room Harbour 2 and video bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the load-test results; bring back next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved ahead of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved if the on-call rota is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the on-call engineer for the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure change by the platform team, following the runbook; checks after each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security to confirm the CDN ranges first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service owner agrees; the provider confirmed the key swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency CAB by phone; ratify at the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the November freeze calendar to all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rollback rehearsal evidence for database changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window before the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::DemoGenerator</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (the demo never writes into an existing file unless asked to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: you may not write to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (renaming the finished file failed); check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentRepository</name>
    <message>
        <source>Environment %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::EvidenceFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes, larger than the limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ExitCriteriaService</name>
    <message>
        <source>A waiver needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit criterion is either checked or waived, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiving an exit criterion needs a reason: say why the release may go without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist was changed elsewhere — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::FileHeader</name>
    <message>
        <source>%1 is a folder, not a Slipway file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (%2 bytes, shorter than an SQLite header); restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Slipway file (it is not an SQLite database); open another file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its header gives an impossible page size); restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (%2 bytes, the header expects %3); restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::GateEvaluator</name>
    <message>
        <source>No JUnit XML report imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tests: %2 failures, %3 errors, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test ran (%1); at least %2 % must pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % passed (%2); at least %3 % needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 % passed (%2); at least %3 % needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SARIF log imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suppressed in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open finding of %1 severity or above%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open finding of %1 severity or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open findings of %2 severity or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark results imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 %3, within %4 %5 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 %3, not %4 %5 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval by someone with the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A waiver requested by %1 awaits approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The waiver approved by %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived until %1, approved by %2: %3 (was: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole gate is waived until %1, approved by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed with waived criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria to meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has no gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has been promoted through every gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot promote to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is through; the release may move to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing past its due date %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending past its due date %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::GateEvidence</name>
    <message>
        <source>%1: no metric named “%2”; the file has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2: it is ticked by a person, not read from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::GateRepository</name>
    <message>
        <source>reading gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding gates to a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a finding review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a waiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::GateRigour</name>
    <message>
        <source>Development complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::GateService</name>
    <message>
        <source>release %1 has no criterion called “%2”; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 has %2 criteria called “%3”, in different gates; rename one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2 criterion, not a %3 one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the finding is a false positive; the reason is kept on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That finding is not marked as a false positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is evaluated from a file, not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not give “%2”: that needs the %3 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an emergency release may waive a whole gate; waive the criteria of “%1” one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That criterion is not part of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for this waiver, so cannot approve it; someone else must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already approved this waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This waiver expired on %1; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is already through “%1”, a later gate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::GateTemplateRepository</name>
    <message>
        <source>reading gate templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate template %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a gate template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a gate template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::IcsReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; calendars over %3 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line 1: not an iCalendar file (it must start with BEGIN:VCALENDAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: binary data in a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: the file ends before END:VCALENDAR (truncated?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: libical could not read the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no VCALENDAR in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot;: %3 (ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot; has no valid DTSTART.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot; has an invalid DTEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot; lasts no time; left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::IcsWriter</name>
    <message>
        <source>%1 release, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident freeze: only emergency releases may deploy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::IntegrityChecker</name>
    <message>
        <source>the audit log was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::JUnitReport</name>
    <message>
        <source>%1: the file is empty, expected JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no XML element found, expected JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not a JUnit XML report: the root element is &lt;%4&gt;, expected &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MessageContext</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope items are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gate results are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MessageExporter</name>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::PeopleRepository</name>
    <message>
        <source>Person %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability entry %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::PlaceholderCatalogue</name>
    <message>
        <source>a tag opened with {{ is never closed with }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints plan text unescaped; write {{name}} so it stays text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partials and changed delimiters are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes a section that was never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes %1, but {{#%2}} (line %3) is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 is never closed with {{/%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Recurrence</name>
    <message>
        <source>&apos;%1&apos; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be expanded from its first occurrence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseCsvExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseLinkRepository</name>
    <message>
        <source>Release %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseRepository</name>
    <message>
        <source>reading releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 no longer exists; someone may have deleted it — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a release&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &quot;%1&quot; was changed by %2 at %3 — reload to see their change, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was deleted by someone else — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseTableModel</name>
    <message>
        <source>%1 (UTC %2)</source>
        <translation type="unfinished"></translation>
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
    <name>slipway::RiskAssessmentService</name>
    <message>
        <source>A risk assessment belongs to a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of services affected cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change window must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding the suggested type (%1) needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::RiskClassifier</name>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services affected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window: %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — at least %1 risk on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: cannot wait for a planned window, so an emergency release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::SarifParser</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; not a SARIF log (expected &quot;2.1.0&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF %1 is not supported, expected 2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; not a SARIF log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a CVSS score, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a CVSS score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CVSS score must be between 0 and 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected error, warning, note or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is null: %2 did not produce results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: the run has %2 tool extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: the tool component has %2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected error, warning, note or none, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::SarifReport</name>
    <message>
        <source>%1: the file is empty, expected SARIF JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3 (byte %4): not valid JSON: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SARIF log: the top level is not an object with &quot;version&quot; and &quot;runs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScheduleValidation</name>
    <message>
        <source>“%1” is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a recurring blackout can leave dates out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one service, or all services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind must be dev, test, staging or prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the environment to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the booking is for, or name a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must lie within one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must last at least an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days are Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose availability this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot require “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeCsvExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeCsvMapping</name>
    <message>
        <source>Jira export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DevOps export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD pairs separated by commas, e.g. &quot;Name=title,Ticket=external_key&quot;; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: %1 has no column %2 (its columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: unknown field %1; fields are %2 and ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Jira or Azure DevOps export and has no title column; say which column holds what with --map, e.g. --map &quot;Name=title,Ticket=external_key,Type=kind&quot; (its columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not one Slipway knows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature, fix, patch, tech_debt, regulatory, or a type such as Story, Bug, Hotfix, Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical, high, medium, low, Highest … Lowest, 1 … 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed, committed, in_progress, done, deferred, or a status such as To Do, Active, Done, Won&apos;t Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a number of points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeDependencyRule</name>
    <message>
        <source>its release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is committed to %2 but needs %3, which is deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is committed to %2 but needs %3, which is still in the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is committed to %2 but needs %3, which is planned for the later release %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeImportService</name>
    <message>
        <source>--release: no release has version %1 (versions: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--release: %1 releases have version %2; give each a distinct version first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 matches no single release; its %n item(s) keep their place (new ones go to the backlog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 is neither in the file nor in Slipway; the link to it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeReleaseRepository</name>
    <message>
        <source>reading releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a release&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeRepository</name>
    <message>
        <source>Scope item &quot;%1&quot; was changed by someone else — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope item %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeService</name>
    <message>
        <source>The rationale is %1 characters long; keep it under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope item &quot;%1&quot; was changed by someone else — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot; out of its release or deferring it is a trade-off: say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot need itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already needs &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already needs &quot;%2&quot; (directly or through other items); a loop of dependencies cannot be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dependency was already removed — reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be a number of points from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card&apos;s place must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope item %1 no longer exists — reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ScopeTradeoffModel</name>
    <message>
        <source>a deleted release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::SemVer</name>
    <message>
        <source>version is required (e.g. 2.4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use MAJOR.MINOR.PATCH, e.g. 2.4.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::TradeoffCsvExporter</name>
    <message>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::cabtext</name>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, to meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::cli</name>
    <message>
        <source>entry %1: %2 UTC, %3 %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: recomputes the audit log&apos;s SHA-256 hash chain. Exit 0: intact; 1: an entry was changed, removed or inserted behind Slipway&apos;s back (the first one is named); 2: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action (only verify for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON (see docs/cli-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: &apos;slipway audit verify --db FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; the only one is &apos;verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain BROKEN in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First broken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure:     %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain:   %1, %2 entries, head %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run PRAGMA integrity_check (also compares every index with its table; slower) instead of quick_check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of Slipway (see &apos;slipway --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;slipway --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see &apos;slipway --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - release planning for release managers and CABs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;slipway --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a new Slipway file full of demo data. The same --seed (and --anchor) always gives the same file. An existing non-empty file is refused unless --force is given, which replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (3 teams, ~40 releases) or large (5,000 releases, 1,000,000 audit entries, for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed, 0 to 4294967295 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;today&quot; (YYYY-MM-DD, UTC midnight); history ends there and plans run past it (default 2026-11-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it already exists (its data is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be small or large, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor must be a date such as 2026-11-01, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file, or pass --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 demo, seed %3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.ics is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 release window(s), %2 blackout(s) and %3 incident freeze(s) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: writes a table as RFC 4180 CSV (UTF-8, CRLF, header row). Cells a spreadsheet would run as a formula get a leading apostrophe.
ics: writes release windows, blackouts (with their recurrence) and incident freezes as iCalendar for Outlook, Google Calendar and Thunderbird, with stable UIDs.
The output appears complete or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ics: from this date (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ics: up to this date (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which format: &apos;slipway export csv …&apos; or &apos;slipway export ics …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; available: csv, ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes the earliest window for a release that breaks no hard rule (hard blackouts, incident freezes, double-booked shared environments, missing roles) and has the fewest soft ones, with the reasons each earlier candidate failed. Exit 0: found; 1: nothing within the horizon; 2: bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start, UTC unless an offset is given (2026-12-01 or 2026-12-01T22:00); default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window length such as 4h or 1h30m; default the release&apos;s current window, else 4h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far to look, e.g. 90d (default 180d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--release ID is required (a release&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after &apos;%1&apos; is not a date such as 2026-12-01 or 2026-12-01T22:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration &apos;%1&apos; is not a length such as 4h or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within &apos;%1&apos; is not a length such as 90d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1 – %2 UTC (%3 candidate(s)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest window: %1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window within the horizon breaks no hard rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows cannot be imported, so nothing was; --skip-invalid imports the other %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of its %2 rows can be imported; nothing was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 created, %4 updated, %5 unchanged, %6 skipped; %7 dependencies added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the events become: blackouts or freezes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackouts are soft (a warning), not hard (an error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change ticket the import is done under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the CSV file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the calendar file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as must be blackouts or freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a screen of the real main window to a PNG, without a display. The file is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen to render: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x200 and 7680x4320, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 view, %3x%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:     %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  error:   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file only; do not list scheduling conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar view: the first day shown (e.g. 2026-12-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar view: where the shown range ends (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to apply to the calendar view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not a date such as 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &apos;%1&apos; is not a date such as 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from to --to may span at most 20 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 rows refused; nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 acknowledgement(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope dependencies: %1 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a Slipway file: SQLite&apos;s structure check, foreign keys and the audit hash chain, then lists every scheduling conflict by kind (hard blackouts, incident freezes, double-booked shared environments and missing roles are errors; soft blackouts are warnings), then every committed scope item that needs one which is deferred, in the backlog or in a later release (warnings). Exit 0: no problems and no conflict errors; 1: problems or conflict errors found (listed); 2: the file cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  slipway [--db FILE] [--shared]              open the window
  slipway --version
  slipway demo --db FILE [--scale small|large] [--seed N] [--force]
  slipway check --db FILE [--json] [--full] [--integrity-only]
                  structure, foreign keys, audit chain, scheduling conflicts,
                  scope dependency warnings
  slipway audit verify --db FILE [--json]
  slipway export csv --db FILE --out FILE
                     --table releases|scope|assumptions|metrics|tradeoffs|
                             communications|acknowledgements
  slipway export csv --db FILE --table cab-agenda|decisions --meeting ID|DATE
                     --out FILE
  slipway export ics --db FILE --out FILE.ics [--from DATE --to DATE]
  slipway import csv --db FILE --kind scope [--release VERSION] [--skip-invalid]
                     [--map COLUMN=FIELD,…] INPUT.csv
  slipway import csv --db FILE --kind acknowledgements INPUT.csv
  slipway import ics --db FILE --as blackouts|freezes [--soft] INPUT.ics
  slipway import junit|sarif|bench --db FILE --release ID --criterion NAME INPUT
                  a CI report as a gate criterion&apos;s evidence (exit 1: it fails)
  slipway gate status --db FILE --release ID [--json]
                  gates and criteria with evidence (exit 1: promotion blocked)
  slipway find-window --db FILE --release ID [--after DATE] [--duration 4h]
  slipway report cab --db FILE --meeting ID|DATE --out FILE.pdf [--page a4|letter]
  slipway render --db FILE --release ID --template NAME --format pdf|eml|md
                 --out FILE [--list NAME] [--reason TEXT] [--issue]
  slipway screenshot --db FILE
                     --view releases|audit|calendar|scope|gates|comms|cab
                     --out FILE.png
                     [--size WxH] [--from DATE --to DATE]

Commands that open a file also take --shared (file on a network share) and
--read-only. &apos;slipway COMMAND --help&apos; explains a command.

Exit codes: 0 fine; 1 findings (problems in the file, a broken audit chain,
conflict errors, a failing or blocking gate); 2 bad usage or bad input (one
line on stderr says what and which file).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to export: releases, scope, assumptions, metrics, tradeoffs, communications, acknowledgements, cab-agenda or decisions (a meeting&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cab-agenda and decisions: the meeting&apos;s id or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table is required (available: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table %1 needs --meeting ID|DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting applies to cab-agenda and decisions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--release ID is required (a release&apos;s number, as &apos;slipway export csv --table releases&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--criterion NAME is required: which of the release&apos;s criteria the file is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: a release&apos;s quality gates, stage by stage, with each criterion&apos;s status, the reason, and the evidence it was judged on (file, SHA-256, who imported it and when, the counts). Exit 0: the release may be promoted through its next gate (or is through all); 1: a gate blocks promotion; 2: bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: &apos;slipway gate status …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; available: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no release %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No gates: &apos;slipway&apos; adds its type&apos;s gates when a release is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3/%4 settled, due %5)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, promoted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1, SHA-256 %2, imported %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos;; available: scope, acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind scope is required: say what the rows are (or --kind acknowledgements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: reads scope items from a CSV file (RFC 4180, UTF-8): Jira and Azure DevOps exports are recognised, other files say with --map which column holds what. By default a file with any invalid row is refused whole, listing each row&apos;s line and reason. Items keep their external key: importing the same file again updates them.
ics: reads an iCalendar file (Outlook, Google Calendar, Thunderbird, iCloud) and stores its events as blackouts or incident freezes. Events keep their UID: importing the same calendar again updates them.
junit, sarif, bench: reads a JUnit XML report, a SARIF 2.1.0 log, or Google Benchmark JSON / a name,value,unit CSV as the evidence of one criterion of a release&apos;s quality gates (--release ID --criterion NAME); prints the criterion&apos;s status and exits 1 when it fails.
The whole file is checked first and written in one transaction, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, ics, junit, sarif or bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junit, sarif, bench: the name of the gate criterion the file is evidence for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which format: &apos;slipway import csv …&apos;, &apos;slipway import ics …&apos;, or junit, sarif, bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; available: csv, ics, junit, sarif, bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the %1 file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a communication template for a release as PDF, an .eml draft (opens as a draft in Outlook and Thunderbird) or Markdown. Text from the plan is escaped, never run as markup. A template with unknown placeholders is refused. --issue also archives the message with the list&apos;s recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template name, e.g. release-notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, eml or md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distribution list: its recipients and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay notices: why the release moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the message as issued (needs --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template NAME is required (e.g. release-notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;; available: pdf, eml, md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf|eml|md is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue needs --list NAME: say who it goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no template &apos;%2&apos;; available: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 (version %2): %3%4; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued message %1 to %2 recipient(s); SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, template %3 version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no CAB meeting %1 in %2 (see the CAB screen for the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting takes a meeting id or a date such as 2026-11-03, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CAB meeting on or after %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cab: writes the CAB report of a meeting as PDF: a cover with the attendees, the change outlook charts, the agenda, a section per change (window in UTC and the attendees&apos; zones, conflicts, risk, gate status, rollback plan, approvals, its week with blackouts), decisions, open conditions and actions. Every page carries the audit chain head and the time of generation. The file is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting: its id, or a date (the meeting that day, else the first one after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which report: &apos;slipway report cab …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;; available: cab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting ID|DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes a4 or letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 page(s), %3 agenda item(s), %4 decision(s) in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::cli::CsvOptions</name>
    <message>
        <source>csv: import the valid rows and list the others, instead of refusing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: which column holds which field, e.g. &quot;Name=title,Ticket=external_key&quot;; fields: %1, or ignore. Completes or overrides what Jira and Azure DevOps exports are recognised by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: what the rows are: scope or acknowledgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: put every item into the release with this version. junit, sarif, bench: the release id whose criterion the file is evidence for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::demo</name>
    <message>
        <source>Same rollback as the previous release; rehearsed then, CAB agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-facing launch: planned as a major release with full CAB review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope is smaller than the answers suggest; agreed with the service owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::demo::Planner</name>
    <message>
        <source>Load test (performance team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test data refresh from production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilising after a major incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments failed for 40 minutes; only fixes for it until the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage array firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s emergency firmware roll-out; keep changes off the shared storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary on call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui</name>
    <message>
        <source>changes (week starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB</source>
        <translation type="unfinished">CAB</translation>
    </message>
    <message>
        <source>CHANGE ADVISORY BOARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency CAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emergency changes to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gate escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendees recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests with windows in the %1 weeks from the meeting&apos;s week, and where this meeting&apos;s agenda stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty: no change needs this meeting&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of the window (UTC). No blackouts this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of the window (UTC). Hatched red: hard blackout; amber: soft blackout; blue: this change&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · service owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, score %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konflikte</translation>
    </message>
    <message>
        <source>None: no blackout, freeze, double booking or missing role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality gates recorded for this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conditions on the agenda&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2 — owner %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — owner %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ArchivePage</name>
    <message>
        <source>Search subject, release, template, list or recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Acknowledgements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been issued yet.
Write or pick a template on the Templates tab and choose Issue…; every issued message is kept here, unchangeable, with who received and acknowledged it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 von %2</translation>
    </message>
    <message>
        <source>✔ Issued by %1 · SHA-256 %2 matches the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ SHA-256 does not match the archived content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the recipient who acknowledged the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n acknowledgement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued messages (*.csv);;Recipients and acknowledgements (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;E-mail draft (*.eml);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::AssumptionsSection</name>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; due dates are YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assumption, e.g. “The payment provider&apos;s sandbox is up in week 48”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assumption “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assumption “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assumption “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
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
        <source>Recompute every entry&apos;s hash and check that none was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor, action, entity or change ticket…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the entry created or restored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the entry deleted it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quarter-end close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing should deploy then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard — releases must not deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft — releases should not deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the occurrence on this date (EXDATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished">Lokal</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems on the left to see the occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occurrence from %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence from %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next %1 occurrences from %2 on.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove blackout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabCharts</name>
    <message>
        <source>Changes per week by risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per week by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval state of this meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabDecider</name>
    <message>
        <source>%1 already has every approval it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot give the approval %2 still needs (%3): another person must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1, by %2, recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabModeWindow</name>
    <message>
        <source>CAB mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty. Build it on the CAB screen, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions, one per line (the change is not ready until each is met):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate escalation is heard, not decided; decide the change it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions given; nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←/→ move    A approve    C approve with conditions    R reject    D defer    T timer    Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2  ·  %3  ·  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1 (T starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished">Lokal</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konflikte</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished">Qualitätstore</translation>
    </message>
    <message>
        <source>No quality gates recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO ROLLBACK PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabScreen</name>
    <message>
        <source>No CAB meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAB screen prepares and runs Change Advisory Board meetings: it builds the agenda from the change requests whose windows come before the next meeting, shows each change on the meeting-room screen, records decisions with one key and hands out the CAB report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Advisory Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next weekly CAB meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes whose windows come before the next meeting and still need approval, emergency changes since the last one, gate escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the agenda full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAB report as PDF, in the Report tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the CAB report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CAB report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CAB report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Conditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · attendees: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agenda item to see it as the board will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1; service owner %2; tags: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quality gates recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Condition [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions in this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1: %2 (owner %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly CAB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New CAB meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the CAB agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The agenda holds %n item(s), by window then risk.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the CAB agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the CAB report (%n page(s)) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts here</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the window of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::CommsScreen</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts in view.</source>
        <translation>Keine Konflikte im sichtbaren Bereich.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::DistributionListsPage</name>
    <message>
        <source>One per line: Ops desk &lt;ops@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Audience&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n member(s) · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::EnvironmentsDialog</name>
    <message>
        <source>Shared — other teams book it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments and bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only shared environments can be double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings besides release windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1 for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release booking “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ExitCriteriaSection</name>
    <message>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion, e.g. “All P1 tests pass”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to waive the selected criterion (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the selected criterion without meeting it; the reason is kept on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the check or the waiver of the selected criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exit criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Checked by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived by %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit criteria yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 settled (%3 waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Development done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the criteria that say development is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Development not done: %n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit criterion needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename exit criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the criterion is waived: the reason is kept on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exit criterion “%1”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
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
        <source>Move the release&apos;s window here; Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window needs at least 15 minutes.</source>
        <translation type="unfinished"></translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (%3 starts)</source>
        <translation>%1 bis %2 (%3 Startzeiten)</translation>
    </message>
    <message>
        <source>Moved %1 to the proposed window. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::Flow</name>
    <message>
        <source>Slipway CAB report · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head %1 · generated %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::FreezeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add incident freeze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change incident freeze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove incident freeze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::GateCommands</name>
    <message>
        <source>Import %1 into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as a false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote the release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::GatesScreen</name>
    <message>
        <source>No releases to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality gates stand between a release and each next stage: test pass rates from JUnit XML, security findings from SARIF, benchmarks, manual checks and approvals. Create a release on the Releases screen and it gets its type&apos;s gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release has no gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the gates its type&apos;s template defines; each is then checked from CI output you drop onto it, or ticked by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a JUnit XML, SARIF or benchmark file onto a criterion to evaluate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished">Qualitätstore</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark false positive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not promoted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted through every gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a gate or criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiver&lt;/b&gt; (%1, %2): %3&lt;br&gt;Requested by %4 · expires %5&lt;br&gt;Compensating controls: %6&lt;br&gt;Validation after release: %7 — %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the release into &lt;b&gt;%1&lt;/b&gt;. Due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: %1 (%2 bytes)&lt;br&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Imported %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Genehmigt</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet: drop a %1 file onto this criterion or import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none in the latest log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed in the file%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the evidence of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF (*.sarif *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark results (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as False Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 at %2 not a real problem? The reason, your name and the time are kept, and the review still applies when the next scan is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::IssueDialog</name>
    <message>
        <source>Issue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue version %1 of %2 for %3. The message is archived with its recipients and cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the release moved (delay notices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a distribution list first (Distribution lists tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued message %1 to %n recipient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::KnownIssuesPage</name>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit known issue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add known issue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove known issue “%1”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: this computer only. Shared: on a network share, several people at once. Read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the audit trail records as acting</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>slipway::ui::MetricsSection</name>
    <message>
        <source>Success metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. The actual value is filled in after the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a metric, e.g. “Checkout error rate”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met when the actual value is %1 the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No success metrics yet: add how you will know the release worked, with a target and today&apos;s baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add success metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove success metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit success metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ObjectivesSection</name>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this release must achieve. Double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an objective, e.g. “Cut checkout latency by 20 %”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives yet: add what this release must achieve, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::PeopleDialog</name>
    <message>
        <source>&amp;Save person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave and on-call duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add leave for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add on-call duty for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove availability of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone with their zone, working hours and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::RecordTableSection</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::RecurrenceEditor</name>
    <message>
        <source>Only in March, June, September and December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, last business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom RRULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 repeats every period, 2 every other one, and so on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1 is the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 5545 rule; type one by hand with “Custom RRULE”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReleaseDefinitionPanel</name>
    <message>
        <source>Select a release to set its objectives, exit criteria, risk, assumptions and success metrics.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Semantic version, e.g. 2.4.0</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>e.g. CHG0012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;ticket</source>
        <translation>Change-&amp;Ticket</translation>
    </message>
    <message>
        <source>What this release must achieve</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this release (Ctrl+Enter); Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments it deploys through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that must be present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release matches the search and filters. &lt;a href=&quot;clear&quot;&gt;Clear them&lt;/a&gt; to see all releases.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives, exit criteria, risk, assumptions and success metrics of the selected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to %1 before showing another release?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::RiskSection</name>
    <message>
        <source>Development complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB</source>
        <translation type="unfinished">CAB</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: restores a live service or closes an exploited hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the suggestion does not fit (required to override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the release&apos;s type to the assessed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet: answer the questions and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type set to %1 by %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 / %2 · %3 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice period (emergency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Book the window %n day(s) ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rehearse the rollback in staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold a post-release review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing raises the risk: a routine change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers and the type (Edit ▸ Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you override the suggested type first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you override the suggested type: the reason is kept on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess release risk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every blackout, to change or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods after an incident when only emergency releases may deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments, whether they are shared, and who holds them when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones, working hours, roles, leave and on-call duty</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change blackout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove blackout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeBoardPane</name>
    <message>
        <source>Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many effort points this release can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases yet: create one on the Releases screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 pts · no capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 of %2 pts (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · near capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · over capacity by %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeBoardView</name>
    <message>
        <source>No cards match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in no release wait here. Drag a card here to take it out of its release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a release above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards here, or select one and press Ctrl+Right / Ctrl+Left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 card(s) · %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeItemPickerDialog</name>
    <message>
        <source>Choose an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a title, key or stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeScreen</name>
    <message>
        <source>Trade-off log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade-offs recorded yet. Moving a committed item out of its release, or deferring an item, asks why; each answer is listed here with who, when, and from where to where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide what goes into each release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope board shows the features, fixes, patches, tech debt and regulatory items of a release as cards, from proposed to done, next to the backlog. Create a release, then bring items in with &apos;slipway import csv --kind scope FILE.csv&apos; (Jira and Azure DevOps exports are recognised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a release</source>
        <translation type="unfinished">Ein Release anlegen</translation>
    </message>
    <message>
        <source>Search title, key, stakeholder, label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another release beside this one to move cards between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope items yet. Import them from a Jira or Azure DevOps CSV export with &apos;slipway import csv --db FILE --kind scope EXPORT.csv&apos;; they land in the backlog or in the release their fix version names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which item does “%1” need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer needs “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many effort points can %1 take? (0 clears it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version&apos;s text in the editor; Save makes it current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message as rich text and plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (the release&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a release on the Releases screen to see the message filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes. Every placeholder is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every placeholder is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Cannot be issued until fixed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “%1” as rich text and plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the flagged placeholders before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;E-mail draft (*.eml);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template first: a message is issued from a saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::TradeoffDialog</name>
    <message>
        <source>Record the trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &lt;b&gt;%1&lt;/b&gt; from %2 to %3 is a trade-off. Say why; the reason is kept in the trade-off log with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The payment provider&apos;s certification slipped to next quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ui::WaiverDialog</name>
    <message>
        <source>Request a Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver lets the release through this check, on record. It counts once someone other than you approves it, until it expires, and it goes on the CAB agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole gate “%1” (emergency release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the release cannot meet this check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in for the check meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensating &amp;controls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation owed after the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request waiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
