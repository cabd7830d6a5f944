<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcknowledgementCsv</name>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="40"/>
        <source>%1:1: the header needs the columns communication_id, address and acknowledged_at (note is optional)</source>
        <translation>%1:1: Die Kopfzeile braucht die Spalten communication_id, address und acknowledged_at (note ist optional)</translation>
    </message>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="60"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="70"/>
        <source>there is no issued message %1</source>
        <translation>es gibt keine versendete Mitteilung %1</translation>
    </message>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="79"/>
        <source>%1 is not a recipient of message %2</source>
        <translation>%1 ist kein Empfänger der Mitteilung %2</translation>
    </message>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="86"/>
        <source>%1 is not a time such as 2026-12-01T09:30Z</source>
        <translation>%1 ist keine Zeitangabe wie 2026-12-01T09:30Z</translation>
    </message>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="92"/>
        <source>%1 is before message %2 was issued</source>
        <translation>%1 liegt vor dem Versand der Mitteilung %2</translation>
    </message>
    <message>
        <location filename="../models/io/AcknowledgementCsv.cpp" line="97"/>
        <source>%1 has already acknowledged message %2</source>
        <translation>%1 hat Mitteilung %2 bereits bestätigt</translation>
    </message>
</context>
<context>
    <name>AddArtifactsCommand</name>
    <message numerus="yes">
        <location filename="../ui/packages/ArtifactCommands.cpp" line="25"/>
        <source>Add %n artifact(s)</source>
        <translation>
            <numerusform>%n Artefakt hinzufügen</numerusform>
            <numerusform>%n Artefakte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/ArtifactCommands.cpp" line="41"/>
        <source>Cancelled: no artifact was added.</source>
        <translation>Abgebrochen: Es wurde kein Artefakt hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <location filename="../models/rules/AgendaBuilder.cpp" line="67"/>
        <source>Emergency change requested %1; review (%2).</source>
        <translation>Notfall-Change beantragt %1; Review (%2).</translation>
    </message>
    <message>
        <location filename="../models/rules/AgendaBuilder.cpp" line="71"/>
        <source>Deferred to this meeting; window %1; needs %2.</source>
        <translation>Auf diese Sitzung vertagt; Fenster %1; benötigt %2.</translation>
    </message>
    <message>
        <location filename="../models/rules/AgendaBuilder.cpp" line="75"/>
        <source>Window %1, before the next meeting; needs %2.</source>
        <translation>Fenster %1, vor der nächsten Sitzung; benötigt %2.</translation>
    </message>
    <message>
        <location filename="../models/rules/AgendaBuilder.cpp" line="88"/>
        <source>%1: %2 gate</source>
        <translation>%1: Gate %2</translation>
    </message>
</context>
<context>
    <name>ApprovalInputsReader</name>
    <message>
        <location filename="../models/storage/ApprovalInputsReader.cpp" line="14"/>
        <source>reading change approvals</source>
        <translation>Lesen der Change-Freigaben</translation>
    </message>
</context>
<context>
    <name>ApprovalRules</name>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="20"/>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="22"/>
        <source>Service owner</source>
        <translation>Service-Owner</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="24"/>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="26"/>
        <source>Second approver (SOX)</source>
        <translation>Zweite Freigabe (SOX)</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="53"/>
        <source>Needs approval</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="55"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="57"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="59"/>
        <source>Approved, conditions open</source>
        <translation>Genehmigt, Auflagen offen</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="61"/>
        <source>Ready to deploy</source>
        <translation>Bereit zum Deployment</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="152"/>
        <source>Say who takes the decision.</source>
        <translation>Geben Sie an, wer entscheidet.</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="156"/>
        <source>A deferral needs a date or a meeting to defer %1 to.</source>
        <translation>Eine Vertagung braucht ein Datum oder eine Sitzung, auf die %1 vertagt wird.</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="163"/>
        <source>Approving with conditions needs at least one condition.</source>
        <translation>Genehmigung mit Auflagen braucht mindestens eine Auflage.</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="169"/>
        <source>%1 requested %2 and may not approve it (segregation of duties).</source>
        <translation>%1 hat %2 beantragt und darf es nicht genehmigen (Funktionstrennung).</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="173"/>
        <source>%1 already has every approval it needs.</source>
        <translation>%1 hat bereits alle nötigen Freigaben.</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="176"/>
        <source>%1 needs no %2 approval now; still open: %3.</source>
        <translation>%1 braucht jetzt keine Freigabe durch %2; noch offen: %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="183"/>
        <source>%1 already approved %2 as %3; the %4 approval needs another person.</source>
        <translation>%1 hat %2 bereits als %3 genehmigt; die Freigabe durch %4 braucht eine andere Person.</translation>
    </message>
    <message>
        <location filename="../models/rules/ApprovalRules.cpp" line="189"/>
        <source>%1 may not give the %2 approval: that needs the %3 role.</source>
        <translation>%1 darf die Freigabe durch %2 nicht erteilen: dafür ist die Rolle %3 nötig.</translation>
    </message>
</context>
<context>
    <name>ApproveOverrideCommand</name>
    <message>
        <location filename="../ui/definition/ApproveOverrideCommand.cpp" line="20"/>
        <source>Approve the override of “%1”</source>
        <translation>Übersteuerung von „%1“ genehmigen</translation>
    </message>
</context>
<context>
    <name>Artifact</name>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="54"/>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="56"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="58"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="60"/>
        <source>Binary</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="62"/>
        <source>Configuration bundle</source>
        <translation>Konfigurationspaket</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="64"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="120"/>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="122"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="124"/>
        <source>Digest mismatch</source>
        <translation>Hash stimmt nicht</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="126"/>
        <source>Bad signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="128"/>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/domain/Artifact.cpp" line="130"/>
        <source>Missing file</source>
        <translation>Datei fehlt</translation>
    </message>
</context>
<context>
    <name>ArtifactChecks</name>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="65"/>
        <source>An artifact needs a name.</source>
        <translation>Ein Artefakt braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="67"/>
        <source>%1: an artifact&apos;s name is a file name, without folders or line breaks</source>
        <translation>%1: Der Name eines Artefakts ist ein Dateiname, ohne Ordner und Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="70"/>
        <source>%1: the SHA-256 must be 64 hexadecimal digits</source>
        <translation>%1: Der SHA-256 muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="72"/>
        <source>%1: the SHA-512 must be 128 hexadecimal digits</source>
        <translation>%1: Der SHA-512 muss aus 128 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="74"/>
        <source>%1: name the release it belongs to</source>
        <translation>%1: Geben Sie das Release an, zu dem es gehört</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="81"/>
        <source>%1: no key in it</source>
        <translation>%1: enthält keinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="93"/>
        <source>minisign key %1</source>
        <translation>minisign-Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="101"/>
        <source>%1: not an armoured OpenPGP public key (export it with &apos;gpg --export --armor FINGERPRINT&apos;)</source>
        <translation>%1: kein ASCII-armierter öffentlicher OpenPGP-Schlüssel (exportieren Sie ihn mit &apos;gpg --export --armor FINGERABDRUCK&apos;)</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="109"/>
        <source>%1 holds %2 keys: trust each from its own file (gpg --export --armor FINGERPRINT), so each can be distrusted on its own</source>
        <translation>%1 enthält %2 Schlüssel: Vertrauen Sie jedem aus einer eigenen Datei (gpg --export --armor FINGERABDRUCK), damit jedem einzeln wieder misstraut werden kann</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="115"/>
        <source>%1: key %2 is revoked; it cannot be trusted</source>
        <translation>%1: Schlüssel %2 ist widerrufen; ihm kann nicht vertraut werden</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="125"/>
        <source>%1: no public key in it</source>
        <translation>%1: enthält keinen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="149"/>
        <source>%1 lies at %2, not on this machine: verify it with --dir FOLDER</source>
        <translation>%1 liegt unter %2, nicht auf diesem Rechner: Prüfen Sie es mit --dir ORDNER</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="152"/>
        <source>%1 is not there</source>
        <translation>%1 ist nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="163"/>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="167"/>
        <source>%1: SHA-256 is %2, registered %3</source>
        <translation>%1: SHA-256 ist %2, registriert %3</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="171"/>
        <source>%1: SHA-512 is %2, registered %3</source>
        <translation>%1: SHA-512 ist %2, registriert %3</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="183"/>
        <source>%1: its signature %2 is not there</source>
        <translation>%1: Seine Signatur %2 ist nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="188"/>
        <source>digest matches; no signature</source>
        <translation>Hash stimmt; keine Signatur</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="207"/>
        <source>minisign signature by %1: %2</source>
        <translation>minisign-Signatur von %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="215"/>
        <source>%1: signed by minisign key %2, which is not trusted</source>
        <translation>%1: signiert mit dem minisign-Schlüssel %2, dem nicht vertraut wird</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="240"/>
        <source>OpenPGP signature by %1</source>
        <translation>OpenPGP-Signatur von %1</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="235"/>
        <location filename="../models/services/ArtifactChecks.cpp" line="248"/>
        <source>%1: signed by key %2, which is not trusted</source>
        <translation>%1: signiert mit Schlüssel %2, dem nicht vertraut wird</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactChecks.cpp" line="258"/>
        <source>%1: the signature does not match</source>
        <translation>%1: Die Signatur passt nicht</translation>
    </message>
</context>
<context>
    <name>ArtifactRepository</name>
    <message>
        <location filename="../models/storage/ArtifactRepository.cpp" line="16"/>
        <source>saving an artifact</source>
        <translation>Speichern eines Artefakts</translation>
    </message>
    <message>
        <location filename="../models/storage/ArtifactRepository.cpp" line="113"/>
        <source>Artifact %1 no longer exists — reload.</source>
        <translation>Artefakt %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>Assumption</name>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="33"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="35"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="37"/>
        <source>Broken</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="51"/>
        <source>An assumption needs a statement.</source>
        <translation>Eine Annahme braucht eine Aussage.</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="55"/>
        <source>An assumption belongs to a release.</source>
        <translation>Eine Annahme gehört zu einem Release.</translation>
    </message>
</context>
<context>
    <name>AssumptionRepository</name>
    <message>
        <location filename="../models/storage/AssumptionRepository.cpp" line="16"/>
        <source>saving an assumption</source>
        <translation>Speichern einer Annahme</translation>
    </message>
    <message>
        <location filename="../models/storage/AssumptionRepository.cpp" line="76"/>
        <source>Assumption %1 no longer exists — reload.</source>
        <translation>Annahme %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="81"/>
        <source>not an audit anchor (a line starts with &apos;%1&apos;)</source>
        <translation>kein Audit-Anker (eine Zeile beginnt mit &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="84"/>
        <source>the format version is missing</source>
        <translation>die Formatversion fehlt</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="87"/>
        <source>anchor format %1 is not one this Slipway reads (it reads format %2)</source>
        <translation>Ankerformat %1 kann diese Slipway-Version nicht lesen (sie liest Format %2)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="94"/>
        <source>&apos;%1&apos; is not a UTC time such as 2026-11-01T09:30:00Z</source>
        <translation>&apos;%1&apos; ist keine UTC-Zeit wie 2026-11-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="98"/>
        <source>&apos;entries=&apos; and a count are missing</source>
        <translation>&apos;entries=&apos; und eine Anzahl fehlen</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="102"/>
        <source>&apos;head=&apos; and 64 lower-case hex digits are missing</source>
        <translation>&apos;head=&apos; und 64 Hex-Ziffern in Kleinbuchstaben fehlen</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="105"/>
        <source>an anchor of 0 entries must have the genesis head (64 zeros)</source>
        <translation>ein Anker mit 0 Einträgen muss den Genesis-Kopf haben (64 Nullen)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="107"/>
        <source>&apos;file=&apos; and the file&apos;s name are missing</source>
        <translation>&apos;file=&apos; und der Dateiname fehlen</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="128"/>
        <source>truncated: the anchor of %1 recorded %2 entries, the log has %3</source>
        <translation>gekürzt: Der Anker vom %1 verzeichnete %2 Einträge, das Log hat %3</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditAnchor.cpp" line="141"/>
        <source>rewritten: entry %1 differs from the anchor of %2</source>
        <translation>umgeschrieben: Eintrag %1 stimmt nicht mit dem Anker vom %2 überein</translation>
    </message>
</context>
<context>
    <name>AuditAnchorFile</name>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="26"/>
        <source>%1: no such anchor file</source>
        <translation>%1: Anker-Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="28"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="31"/>
        <source>%1: %2 bytes is too large for an anchor file (at most %3)</source>
        <translation>%1: %2 Byte sind zu groß für eine Anker-Datei (höchstens %3)</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="38"/>
        <location filename="../models/io/AuditAnchorFile.cpp" line="42"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="48"/>
        <source>%1 line %2: not UTF-8 text</source>
        <translation>%1 Zeile %2: kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="60"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="84"/>
        <source>%1 could not be written (it is read-only); nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden (schreibgeschützt); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/io/AuditAnchorFile.cpp" line="92"/>
        <source>; nothing was added to it</source>
        <translation>; es wurde nichts angefügt</translation>
    </message>
</context>
<context>
    <name>AuditAppender</name>
    <message>
        <location filename="../models/storage/AuditAppender.cpp" line="17"/>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Logs</translation>
    </message>
</context>
<context>
    <name>AuditChainMemory</name>
    <message>
        <location filename="../models/services/AuditChainMemory.cpp" line="34"/>
        <source>The audit log of %1 is shorter than when this computer last saw it (%2 entries, now %3): entries were removed outside Slipway.</source>
        <translation>Das Audit-Log von %1 ist kürzer als beim letzten Mal, als dieser Computer es gesehen hat (%2 Einträge, jetzt %3): Einträge wurden außerhalb von Slipway entfernt.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditChainMemory.cpp" line="40"/>
        <source>The audit log of %1 has been rewritten since this computer last saw it: entry %2 is not the one seen then (%2 entries then, %3 now). Its history was changed outside Slipway.</source>
        <translation>Das Audit-Log von %1 wurde umgeschrieben, seit dieser Computer es zuletzt gesehen hat: Eintrag %2 ist nicht mehr der damals gesehene (damals %2 Einträge, jetzt %3). Sein Verlauf wurde außerhalb von Slipway geändert.</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message>
        <location filename="../models/services/AuditHistory.cpp" line="48"/>
        <source>The audit log does not show that %1 %2, so it cannot be brought back as theirs.</source>
        <translation>Das Audit-Log belegt nicht, dass %1 %2; daher kann es nicht als Handlung dieser Person wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>AuditImages</name>
    <message>
        <location filename="../models/storage/AuditImages.cpp" line="18"/>
        <source>reading the audit log&apos;s newest entries</source>
        <translation>Lesen der neuesten Einträge des Audit-Logs</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="208"/>
        <location filename="../models/storage/AuditLog.cpp" line="234"/>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Logs</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="246"/>
        <location filename="../models/storage/AuditLog.cpp" line="308"/>
        <source>verifying the audit log</source>
        <translation>Prüfen des Audit-Logs</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="276"/>
        <source>entries 1 to %1 are missing</source>
        <translation>Einträge 1 bis %1 fehlen</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="277"/>
        <source>entry %1 cannot start the chain (it must be entry 1)</source>
        <translation>Eintrag %1 kann die Kette nicht beginnen (es muss Eintrag 1 sein)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="281"/>
        <source>entries %1 to %2 are missing</source>
        <translation>Einträge %1 bis %2 fehlen</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="290"/>
        <source>entry %1 does not follow the entry before it (previous hash differs)</source>
        <translation>Eintrag %1 folgt nicht auf den vorherigen Eintrag (vorheriger Hash weicht ab)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="297"/>
        <source>entry %1 was changed after it was written (its hash no longer matches its content)</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Hash passt nicht mehr zum Inhalt)</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="317"/>
        <location filename="../models/storage/AuditLog.cpp" line="324"/>
        <location filename="../models/storage/AuditLog.cpp" line="335"/>
        <location filename="../models/storage/AuditLog.cpp" line="348"/>
        <location filename="../models/storage/AuditLog.cpp" line="370"/>
        <location filename="../models/storage/AuditLog.cpp" line="383"/>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Logs</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="385"/>
        <source>No audit entry %1.</source>
        <translation>Kein Audit-Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>AuditProtection</name>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="81"/>
        <source>an in-memory database could not be made</source>
        <translation>eine In-Memory-Datenbank konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="87"/>
        <source>Migration %1 is missing.</source>
        <translation>Migration %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="95"/>
        <source>Migration %1 does not run on an empty database: %2</source>
        <translation>Migration %1 läuft nicht auf einer leeren Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="101"/>
        <source>The triggers of the built-in migrations could not be listed.</source>
        <translation>Die Trigger der eingebauten Migrationen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="114"/>
        <source>listing the file&apos;s triggers</source>
        <translation>Auflisten der Trigger der Datei</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="124"/>
        <source>the protecting trigger %1 on %2 is missing: its rows can be changed or deleted with other tools without a refusal</source>
        <translation>der schützende Trigger %1 auf %2 fehlt: Die Zeilen der Tabelle können mit anderen Werkzeugen geändert oder gelöscht werden, ohne abgewiesen zu werden</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="131"/>
        <source>the protecting trigger %1 on %2 differs from the one Slipway creates</source>
        <translation>der schützende Trigger %1 auf %2 weicht von dem ab, den Slipway anlegt</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="144"/>
        <source>the trigger %1 on %2 is not one Slipway creates</source>
        <translation>der Trigger %1 auf %2 gehört nicht zu denen, die Slipway anlegt</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="158"/>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Logs</translation>
    </message>
    <message>
        <location filename="../models/storage/AuditProtection.cpp" line="193"/>
        <source>the audit log is empty, yet the file holds data (%1): its entries were removed outside Slipway</source>
        <translation>das Audit-Log ist leer, obwohl die Datei Daten enthält (%1): Seine Einträge wurden außerhalb von Slipway entfernt</translation>
    </message>
</context>
<context>
    <name>BenchmarkResults</name>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="70"/>
        <source>%1:%2:%3 (byte %4): not valid JSON: %5</source>
        <translation>%1:%2:%3 (Byte %4): kein gültiges JSON: %5</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="79"/>
        <source>%1: benchmarks: %2; not Google Benchmark JSON</source>
        <translation>%1: benchmarks: %2; kein Google-Benchmark-JSON</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="80"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="81"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="87"/>
        <source>%1: %2: expected an object</source>
        <translation>%1: %2: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="91"/>
        <source>%1: %2.name: expected a non-empty string</source>
        <translation>%1: %2.name: nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="101"/>
        <source>%1 reported no figures: %2</source>
        <translation>%1 lieferte keine Werte: %2</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="107"/>
        <source>%1 is repeated; its first repetition is used unless a _mean or _median row is named</source>
        <translation>%1 ist wiederholt; die erste Wiederholung wird verwendet, sofern keine _mean- oder _median-Zeile benannt ist</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="116"/>
        <source>%1: %2.time_unit: expected a string</source>
        <translation>%1: %2.time_unit: Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="126"/>
        <source>%1: %2.%3: expected a number</source>
        <translation>%1: %2.%3: Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="202"/>
        <source>%1: a quoted field is not closed</source>
        <translation>%1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="204"/>
        <source>%1: expected name,value,unit, found %2 fields</source>
        <translation>%1: name,value,unit erwartet, %2 Felder gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="216"/>
        <source>%1: the value %2 is not a number</source>
        <translation>%1: der Wert %2 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="219"/>
        <source>%1: the name is empty</source>
        <translation>%1: der Name ist leer</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="221"/>
        <source>%1: %2 is repeated; the first value is used</source>
        <translation>%1: %2 ist wiederholt; der erste Wert wird verwendet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="227"/>
        <source>%1: no figures found, expected lines of name,value,unit</source>
        <translation>%1: keine Werte gefunden, erwartet werden Zeilen mit name,value,unit</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="252"/>
        <source>%1: the file is empty, expected benchmark results</source>
        <translation>%1: Die Datei ist leer, Benchmark-Ergebnisse erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="259"/>
        <source>%1 line %2: %3, expected Google Benchmark JSON or CSV in UTF-8</source>
        <translation>%1 Zeile %2: %3, Google-Benchmark-JSON oder CSV in UTF-8 erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="262"/>
        <source>a NUL byte (binary data)</source>
        <translation>ein NUL-Byte (Binärdaten)</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="263"/>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../models/io/BenchmarkResults.cpp" line="271"/>
        <source>%1: a binary file, expected Google Benchmark JSON or CSV</source>
        <translation>%1: eine Binärdatei, Google-Benchmark-JSON oder CSV erwartet</translation>
    </message>
</context>
<context>
    <name>BlackoutRepository</name>
    <message>
        <location filename="../models/storage/BlackoutRepository.cpp" line="17"/>
        <source>saving a blackout</source>
        <translation>Speichern einer Sperrzeit</translation>
    </message>
    <message>
        <location filename="../models/storage/BlackoutRepository.cpp" line="103"/>
        <source>Blackout %1 no longer exists — reload.</source>
        <translation>Sperrzeit %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="139"/>
        <source>preparing the file</source>
        <translation>Vorbereiten der Datei</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="141"/>
        <source>%1 is not writable.</source>
        <translation>%1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="169"/>
        <location filename="../models/storage/BulkWriter.cpp" line="173"/>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="206"/>
        <source>writing teams</source>
        <translation>Schreiben der Teams</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="217"/>
        <source>writing services</source>
        <translation>Schreiben der Dienste</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="229"/>
        <source>writing environments</source>
        <translation>Schreiben der Umgebungen</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="233"/>
        <source>writing people</source>
        <translation>Schreiben der Personen</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="261"/>
        <source>writing blackouts</source>
        <translation>Schreiben der Sperrzeiten</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="303"/>
        <source>writing scope items</source>
        <translation>Schreiben der Umfangselemente</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="307"/>
        <source>writing releases</source>
        <translation>Schreiben der Releases</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="344"/>
        <source>writing what releases need</source>
        <translation>Schreiben des Bedarfs der Releases</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="377"/>
        <source>writing environment bookings</source>
        <translation>Schreiben der Umgebungsbuchungen</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="391"/>
        <source>writing incident freezes</source>
        <translation>Schreiben der Incident-Sperren</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="405"/>
        <source>writing availability</source>
        <translation>Schreiben der Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="409"/>
        <source>writing change requests</source>
        <translation>Schreiben der Change-Requests</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="462"/>
        <source>writing CAB decisions</source>
        <translation>Schreiben der CAB-Entscheidungen</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="479"/>
        <source>writing CAB conditions</source>
        <translation>Schreiben der CAB-Auflagen</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="498"/>
        <source>writing deployment records</source>
        <translation>Schreiben der Deployment-Einträge</translation>
    </message>
    <message>
        <location filename="../models/storage/BulkWriter.cpp" line="519"/>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Logs</translation>
    </message>
</context>
<context>
    <name>CabCharts</name>
    <message>
        <location filename="../ui/cab/CabCharts.cpp" line="134"/>
        <source>changes (week starting)</source>
        <translation>Changes (Woche ab)</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabCharts.cpp" line="165"/>
        <source>Changes per week by risk level</source>
        <translation>Changes pro Woche nach Risikostufe</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabCharts.cpp" line="180"/>
        <source>Not a release</source>
        <translation>Kein Release</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabCharts.cpp" line="192"/>
        <source>Changes per week by type</source>
        <translation>Changes pro Woche nach Typ</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabCharts.cpp" line="197"/>
        <source>Approval state of this meeting&apos;s agenda</source>
        <translation>Freigabestand der Tagesordnung dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabCharts.cpp" line="222"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
</context>
<context>
    <name>CabDecision</name>
    <message>
        <location filename="../models/domain/CabDecision.cpp" line="42"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../models/domain/CabDecision.cpp" line="44"/>
        <source>Approved with conditions</source>
        <translation>Genehmigt mit Auflagen</translation>
    </message>
    <message>
        <location filename="../models/domain/CabDecision.cpp" line="46"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/domain/CabDecision.cpp" line="48"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>CabDecisionRepository</name>
    <message>
        <location filename="../models/storage/CabDecisionRepository.cpp" line="20"/>
        <source>saving a CAB decision</source>
        <translation>Speichern einer CAB-Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/storage/CabDecisionRepository.cpp" line="67"/>
        <source>CAB decision %1 no longer exists — reload.</source>
        <translation>CAB-Entscheidung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/CabDecisionRepository.cpp" line="171"/>
        <source>The decision on change %1 was changed by someone else — reload.</source>
        <translation>Die Entscheidung zu Change %1 wurde von jemand anderem geändert — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/CabDecisionRepository.cpp" line="193"/>
        <source>Condition %1 no longer exists — reload.</source>
        <translation>Auflage %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/CabDecisionRepository.cpp" line="217"/>
        <source>Condition %1 was changed by someone else — reload.</source>
        <translation>Auflage %1 wurde von jemand anderem geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>CabDecisionService</name>
    <message>
        <location filename="../models/services/CabDecisionService.cpp" line="151"/>
        <source>Decisions are recorded as made by you (%1); record %2&apos;s decision from %2&apos;s account.</source>
        <translation>Entscheidungen werden als Ihre eigenen erfasst (%1); erfassen Sie die Entscheidung von %2 über das Konto von %2.</translation>
    </message>
    <message>
        <location filename="../models/services/CabDecisionService.cpp" line="227"/>
        <source>The decision on %1 was changed since — reload.</source>
        <translation>Die Entscheidung zu %1 wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/CabDecisionService.cpp" line="234"/>
        <source>The decision on %1 is already %2 — reload.</source>
        <translation>Die Entscheidung zu %1 ist bereits %2 — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/CabDecisionService.cpp" line="239"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../models/services/CabDecisionService.cpp" line="240"/>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <location filename="../models/services/CabDecisionService.cpp" line="275"/>
        <source>A condition on %1 was changed since — reload.</source>
        <translation>Eine Auflage zu %1 wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>CabMeeting</name>
    <message>
        <location filename="../models/domain/CabMeeting.cpp" line="40"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/domain/CabMeeting.cpp" line="42"/>
        <source>Emergency review</source>
        <translation>Notfall-Review</translation>
    </message>
    <message>
        <location filename="../models/domain/CabMeeting.cpp" line="44"/>
        <source>Gate escalation</source>
        <translation>Gate-Eskalation</translation>
    </message>
</context>
<context>
    <name>CabMeetingRepository</name>
    <message>
        <location filename="../models/storage/CabMeetingRepository.cpp" line="17"/>
        <source>saving a CAB meeting</source>
        <translation>Speichern einer CAB-Sitzung</translation>
    </message>
    <message>
        <location filename="../models/storage/CabMeetingRepository.cpp" line="101"/>
        <source>CAB meeting %1 no longer exists — reload.</source>
        <translation>CAB-Sitzung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/CabMeetingRepository.cpp" line="239"/>
        <source>Action %1 no longer exists — reload.</source>
        <translation>Maßnahme %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>CabMeetingService</name>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="39"/>
        <source>Say what the action is.</source>
        <translation>Geben Sie an, worin die Maßnahme besteht.</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="41"/>
        <source>An action belongs to a meeting.</source>
        <translation>Eine Maßnahme gehört zu einer Sitzung.</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="90"/>
        <source>A meeting needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="92"/>
        <source>Say when the meeting starts.</source>
        <translation>Geben Sie an, wann die Sitzung beginnt.</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="94"/>
        <source>A meeting ends after it starts.</source>
        <translation>Eine Sitzung endet nach ihrem Beginn.</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="97"/>
        <source>&quot;%1&quot; is not a time zone (e.g. Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="305"/>
        <source>This meeting&apos;s agenda was changed since — reload.</source>
        <translation>Die Tagesordnung dieser Sitzung wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>CabPack</name>
    <message>
        <location filename="../models/io/CabPack.cpp" line="60"/>
        <source>%1: nothing further to do.</source>
        <translation>%1: nichts weiter zu tun.</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="67"/>
        <source>Override of “%1” approved by %2, not settled: %3</source>
        <translation>Übersteuerung von „%1“, genehmigt von %2, nicht abgeschlossen: %3</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="69"/>
        <source>Override of “%1” asked by %2, awaiting approval: %3</source>
        <translation>Übersteuerung von „%1“, beantragt von %2, wartet auf Genehmigung: %3</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="284"/>
        <source>not scheduled</source>
        <translation>nicht terminiert</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="308"/>
        <source> by %1, %2</source>
        <translation> von %1, %2</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="310"/>
        <source>, to %1</source>
        <translation>, auf %1</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="312"/>
        <source>, to meeting %1</source>
        <translation>, auf Sitzung %1</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="321"/>
        <source>%1 ✓ %2</source>
        <translation>%1 ✓ %2</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="322"/>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="349"/>
        <source>No lifecycle guards apply.</source>
        <translation>Es gelten keine Voraussetzungen des Lebenszyklus.</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="358"/>
        <source>All %1 guards pass</source>
        <translation>Alle %1 Voraussetzungen erfüllt</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="359"/>
        <source>%1 of %2 guards pass; open: %3</source>
        <translation>%1 von %2 Voraussetzungen erfüllt; offen: %3</translation>
    </message>
    <message>
        <location filename="../models/io/CabPack.cpp" line="364"/>
        <source> (by override or emergency grace: %1)</source>
        <translation> (durch Übersteuerung oder Notfall-Nachfrist: %1)</translation>
    </message>
</context>
<context>
    <name>CabReportWriter</name>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="59"/>
        <source>CHANGE ADVISORY BOARD</source>
        <translation>CHANGE ADVISORY BOARD</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="72"/>
        <source>Emergency CAB</source>
        <translation>Notfall-CAB</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="82"/>
        <source>%1 agenda items</source>
        <translation>%1 Tagesordnungspunkte</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="83"/>
        <source>%1 changes to decide</source>
        <translation>%1 Changes zu entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="84"/>
        <source>%1 emergency changes to review</source>
        <translation>%1 Notfall-Changes zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="85"/>
        <source>%1 gate escalations</source>
        <translation>%1 Gate-Eskalationen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="86"/>
        <source>%1 decisions recorded</source>
        <translation>%1 Entscheidungen erfasst</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="87"/>
        <source>%1 open conditions</source>
        <translation>%1 offene Auflagen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="88"/>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="116"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="119"/>
        <source>No attendees recorded for this meeting.</source>
        <translation>Für diese Sitzung sind keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="127"/>
        <source> local</source>
        <translation> Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="145"/>
        <source>Change outlook</source>
        <translation>Change-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="148"/>
        <source>Change requests with windows in the %1 weeks from the meeting&apos;s week, and where this meeting&apos;s agenda stands.</source>
        <translation>Change-Requests mit Fenstern in den %1 Wochen ab der Woche der Sitzung, und wo die Tagesordnung dieser Sitzung steht.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="170"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="173"/>
        <source>The agenda is empty: no change needs this meeting&apos;s approval.</source>
        <translation>Die Tagesordnung ist leer: Kein Change braucht die Freigabe dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="180"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="180"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="180"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="180"/>
        <source>Window (UTC)</source>
        <translation>Fenster (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="181"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="323"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="181"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="358"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="181"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="204"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="212"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="207"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="209"/>
        <source>Escalation: %1</source>
        <translation>Eskalation: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="267"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="291"/>
        <source>%1 risk · %2</source>
        <translation>Risiko %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="304"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="306"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="310"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="406"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="418"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="313"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="315"/>
        <source> · service owner %1</source>
        <translation> · Service-Owner %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="317"/>
        <source> · tags: %1</source>
        <translation> · Tags: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="318"/>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="320"/>
        <source>%1, score %2 of 100</source>
        <translation>%1, Wert %2 von 100</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="327"/>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="328"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="330"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="332"/>
        <source>None: no blackout, freeze, double booking or missing role.</source>
        <translation>Keine: keine Sperrzeit, keine Sperre, keine Doppelbuchung, keine fehlende Rolle.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="336"/>
        <source>Gate status</source>
        <translation>Gate-Status</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="337"/>
        <source>No quality gates recorded for this release.</source>
        <translation>Für dieses Release sind keine Quality Gates erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="343"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="348"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="353"/>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="354"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="356"/>
        <source>Not given.</source>
        <translation>Nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="355"/>
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="365"/>
        <source>Decisions so far</source>
        <translation>Bisherige Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="366"/>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="371"/>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="384"/>
        <source>Decisions in this meeting</source>
        <translation>Entscheidungen in dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="386"/>
        <source>No decisions recorded yet.</source>
        <translation>Noch keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="394"/>
        <source>Condition: %1</source>
        <translation>Auflage: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="398"/>
        <source>Open conditions</source>
        <translation>Offene Auflagen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="401"/>
        <source>No open conditions on the agenda&apos;s changes.</source>
        <translation>Keine offenen Auflagen zu den Changes der Tagesordnung.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="404"/>
        <source>• %1: %2 — owner %3, due %4</source>
        <translation>• %1: %2 — verantwortlich %3, fällig %4</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="407"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="419"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="410"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="413"/>
        <source>No actions recorded for this meeting.</source>
        <translation>Für diese Sitzung sind keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="416"/>
        <source>%1 %2 — owner %3, due %4</source>
        <translation>%1 %2 — verantwortlich %3, fällig %4</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="431"/>
        <source>The changes</source>
        <translation>Die Changes</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabReportWriter.cpp" line="457"/>
        <location filename="../ui/cab/CabReportWriter.cpp" line="489"/>
        <source>CAB report: %1</source>
        <translation>CAB-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="100"/>
        <source>Hard: </source>
        <translation>Hart: </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="100"/>
        <source>Soft: </source>
        <translation>Weich: </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="103"/>
        <source>Freeze: </source>
        <translation>Sperre: </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="182"/>
        <source>Week of the window (UTC). No blackouts or incident freezes this week.</source>
        <translation>Woche des Fensters (UTC). Diese Woche keine Sperrzeiten oder Incident-Sperren.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="184"/>
        <source>Week of the window (UTC). Hatched red: hard blackout; amber: soft blackout; blue: this change&apos;s window. No incident freezes this week.</source>
        <translation>Woche des Fensters (UTC). Rot schraffiert: harte Sperrzeit; orange: weiche Sperrzeit; blau: das Fenster dieses Changes. Diese Woche keine Incident-Sperren.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="187"/>
        <source>Week of the window (UTC). Hatched red: hard blackout; amber: soft blackout; grey, hatched: incident freeze (only emergency changes may deploy); blue: this change&apos;s window.</source>
        <translation>Woche des Fensters (UTC). Rot schraffiert: harte Sperrzeit; orange: weiche Sperrzeit; grau schraffiert: Incident-Sperre (nur Notfall-Changes dürfen ausrollen); blau: das Fenster dieses Changes.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabWeekPicture.cpp" line="192"/>
        <source> Too narrow to name above: %1.</source>
        <translation> Zu schmal für eine Beschriftung: %1.</translation>
    </message>
    <message>
        <location filename="../ui/cab/ReportFlow.cpp" line="178"/>
        <source>Slipway CAB report · %1 · %2</source>
        <translation>Slipway-CAB-Bericht · %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/ReportFlow.cpp" line="183"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/ReportFlow.cpp" line="186"/>
        <source>Audit log: %1 entries, head %2 · generated %3 UTC</source>
        <translation>Audit-Log: %1 Einträge, Kopf %2 · erstellt %3 UTC</translation>
    </message>
</context>
<context>
    <name>CalVer</name>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="87"/>
        <source>the year</source>
        <translation>das Jahr</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="89"/>
        <source>the week</source>
        <translation>die Woche</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="89"/>
        <source>the month</source>
        <translation>der Monat</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="91"/>
        <source>the day</source>
        <translation>der Tag</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="93"/>
        <source>MAJOR</source>
        <translation>MAJOR</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="95"/>
        <source>MINOR</source>
        <translation>MINOR</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="97"/>
        <source>MICRO</source>
        <translation>MICRO</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="101"/>
        <source>the modifier</source>
        <translation>der Zusatz</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="179"/>
        <source>%1 is not a CalVer scheme: %2 (character %3)</source>
        <translation>%1 ist kein CalVer-Schema: %2 (Zeichen %3)</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="184"/>
        <source>A CalVer scheme is required (e.g. YYYY.MM.MICRO).</source>
        <translation>Ein CalVer-Schema ist erforderlich (z. B. YYYY.MM.MICRO).</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="190"/>
        <source>a segment is missing</source>
        <translation>ein Segment fehlt</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="197"/>
        <source>%1 is not a segment; use YYYY, YY, 0Y, MM, 0M, WW, 0W, DD, 0D, MAJOR, MINOR, MICRO or MODIFIER</source>
        <translation>%1 ist kein Segment; verwenden Sie YYYY, YY, 0Y, MM, 0M, WW, 0W, DD, 0D, MAJOR, MINOR, MICRO oder MODIFIER</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="202"/>
        <source>it must start with the year (YYYY, YY or 0Y)</source>
        <translation>es muss mit dem Jahr beginnen (YYYY, YY oder 0Y)</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="206"/>
        <source>%1 and %2 cannot both be in one scheme</source>
        <translation>%1 und %2 können nicht beide in einem Schema stehen</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="211"/>
        <source>%1 cannot come after %2; the order is year, month or week, day, MAJOR, MINOR, MICRO, MODIFIER</source>
        <translation>%1 darf nicht nach %2 kommen; die Reihenfolge ist Jahr, Monat oder Woche, Tag, MAJOR, MINOR, MICRO, MODIFIER</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="216"/>
        <source>a day needs a month (MM or 0M) before it</source>
        <translation>ein Tag braucht einen Monat (MM oder 0M) davor</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="227"/>
        <source>%1 does not fit %2: %3 (character %4)</source>
        <translation>%1 passt nicht zu %2: %3 (Zeichen %4)</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="232"/>
        <source>A version in the form %1 is required.</source>
        <translation>Eine Version der Form %1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="238"/>
        <source>it has %1 parts where the scheme has %2</source>
        <translation>sie hat %1 Teile, wo das Schema %2 hat</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="248"/>
        <source>expected &apos;%1&apos; before %2</source>
        <translation>&apos;%1&apos; vor %2 erwartet</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="251"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="255"/>
        <source>&apos;%1&apos; is not allowed in the modifier</source>
        <translation>&apos;%1&apos; ist im Zusatz nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="263"/>
        <source>%1 must be a number, not %2</source>
        <translation>%1 muss eine Zahl sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="268"/>
        <source>the year must have four digits (YYYY)</source>
        <translation>das Jahr muss vier Ziffern haben (YYYY)</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="271"/>
        <source>the year since 2000 must have two digits (0Y), e.g. 06 or 24</source>
        <translation>das Jahr seit 2000 muss zwei Ziffern haben (0Y), z. B. 06 oder 24</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="275"/>
        <source>%1 must have two digits (%2)</source>
        <translation>%1 muss zwei Ziffern haben (%2)</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="278"/>
        <source>%1 has a leading zero (%2 is not zero-padded)</source>
        <translation>%1 hat eine führende Null (%2 wird nicht mit Nullen aufgefüllt)</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="284"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="287"/>
        <source>the year is too large</source>
        <translation>das Jahr ist zu groß</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="291"/>
        <source>month %1 is not between 1 and 12</source>
        <translation>Monat %1 liegt nicht zwischen 1 und 12</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="296"/>
        <source>week %1 is not between 1 and %2</source>
        <translation>Woche %1 liegt nicht zwischen 1 und %2</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="302"/>
        <source>%1-%2 has no day %3</source>
        <translation>%1-%2 hat keinen Tag %3</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="345"/>
        <source>A release date is needed to number it.</source>
        <translation>Zum Nummerieren ist ein Release-Datum nötig.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="363"/>
        <source>%1 cannot show the year %2.</source>
        <translation>%1 kann das Jahr %2 nicht darstellen.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="366"/>
        <source>%1 counts years from 2000 and cannot show %2.</source>
        <translation>%1 zählt Jahre ab 2000 und kann %2 nicht darstellen.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="386"/>
        <source>The last version does not fit %1.</source>
        <translation>Die letzte Version passt nicht zu %1.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="395"/>
        <source>%1 lies before the period of the last version %2.</source>
        <translation>%1 liegt vor dem Zeitraum der letzten Version %2.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="406"/>
        <source>%1 has no counter, so a second release in the period of %2 needs a later date.</source>
        <translation>%1 hat keinen Zähler; ein zweites Release im Zeitraum von %2 braucht daher ein späteres Datum.</translation>
    </message>
    <message>
        <location filename="../models/rules/CalVer.cpp" line="423"/>
        <source>%1 cannot be counted any higher.</source>
        <translation>%1 kann nicht weiter hochgezählt werden.</translation>
    </message>
</context>
<context>
    <name>CalendarImportService</name>
    <message>
        <location filename="../models/services/CalendarImportService.cpp" line="54"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImportService.cpp" line="92"/>
        <source>Imported period</source>
        <translation>Importierter Zeitraum</translation>
    </message>
</context>
<context>
    <name>CalendarTimeScale</name>
    <message>
        <location filename="../models/itemmodels/CalendarTimeScale.cpp" line="142"/>
        <source>W%1 · %2</source>
        <translation>KW%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CalendarTimeScale.cpp" line="148"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>CalendarToolTip</name>
    <message>
        <location filename="../ui/calendar/CalendarToolTip.cpp" line="30"/>
        <source>Environment booking</source>
        <translation>Umgebungsbuchung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarToolTip.cpp" line="57"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarToolTip.cpp" line="65"/>
        <source>Hard blackout</source>
        <translation>Harte Sperrzeit</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarToolTip.cpp" line="66"/>
        <source>Soft blackout</source>
        <translation>Weiche Sperrzeit</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarToolTip.cpp" line="67"/>
        <source>Incident freeze</source>
        <translation>Incident-Sperre</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarToolTip.cpp" line="34"/>
        <source>Window (%1)</source>
        <translation>Fenster (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="187"/>
        <source>Cannot mark the rows put back as changed</source>
        <translation>Die wiederhergestellten Zeilen können nicht als geändert markiert werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="272"/>
        <source>A row this import refers to, or that refers to it, is no longer there — reload.</source>
        <translation>Eine Zeile, auf die dieser Import verweist oder die auf ihn verweist, ist nicht mehr vorhanden — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="277"/>
        <source>A row of %1 this import wrote (id %2) was removed since — reload.</source>
        <translation>Eine von diesem Import geschriebene Zeile in %1 (ID %2) wurde inzwischen entfernt — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="280"/>
        <source>Another row of %1 has taken the id %2 that this import used since, so the import cannot be put back as it was; import the file again instead.</source>
        <translation>Eine andere Zeile in %1 hat inzwischen die ID %2 übernommen, die dieser Import verwendet hat, daher kann der Import nicht wie zuvor wiederhergestellt werden; importieren Sie die Datei stattdessen erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="284"/>
        <source>Putting a row of %1 (id %2) back would break one of the file&apos;s rules (for example a name or link that must be unique) — reload.</source>
        <translation>Die Zeile in %1 (ID %2) wiederherzustellen würde eine Regel der Datei verletzen (zum Beispiel einen Namen oder eine Verknüpfung, die eindeutig sein müssen) — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="288"/>
        <source>A row of %1 this import wrote (id %2) was changed since — reload.</source>
        <translation>Eine von diesem Import geschriebene Zeile in %1 (ID %2) wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="324"/>
        <source>Cannot record the changes for undo</source>
        <translation>Die Änderungen können nicht für das Rückgängigmachen aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="329"/>
        <source>Cannot record the changes to %1</source>
        <translation>Die Änderungen an %1 können nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="339"/>
        <source>Cannot read the recorded changes</source>
        <translation>Die aufgezeichneten Änderungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="367"/>
        <source>Cannot undo the recorded changes</source>
        <translation>Die aufgezeichneten Änderungen können nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeCapture.cpp" line="387"/>
        <source>Cannot apply the recorded changes</source>
        <translation>Die aufgezeichneten Änderungen können nicht angewendet werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/ChangeCapture.cpp" line="396"/>
        <source>%n other row(s) now refer to what this import wrote and would change with it; remove those links first, then undo.</source>
        <translation>
            <numerusform>%n andere Zeile verweist inzwischen auf das, was dieser Import geschrieben hat, und würde sich mit ihm ändern; entfernen Sie zuerst diese Verknüpfung und machen Sie den Import dann rückgängig.</numerusform>
            <numerusform>%n andere Zeilen verweisen inzwischen auf das, was dieser Import geschrieben hat, und würden sich mit ihm ändern; entfernen Sie zuerst diese Verknüpfungen und machen Sie den Import dann rückgängig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRequest</name>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="41"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="45"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="58"/>
        <source>A change request needs a ticket id.</source>
        <translation>Ein Change-Request braucht eine Ticket-ID.</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="61"/>
        <source>Say in a line what the change does.</source>
        <translation>Beschreiben Sie in einer Zeile, was der Change bewirkt.</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="63"/>
        <source>Say who requests the change.</source>
        <translation>Geben Sie an, wer den Change beantragt.</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="67"/>
        <source>A planned window needs a start and an end after it.</source>
        <translation>Ein geplantes Fenster braucht einen Beginn und ein späteres Ende.</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="71"/>
        <source>Tags are single words, not &quot;%1&quot;.</source>
        <translation>Tags sind einzelne Wörter, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestRepository</name>
    <message>
        <location filename="../models/storage/ChangeRequestRepository.cpp" line="18"/>
        <source>saving a change request</source>
        <translation>Speichern eines Change-Requests</translation>
    </message>
    <message>
        <location filename="../models/storage/ChangeRequestRepository.cpp" line="105"/>
        <source>Change request %1 no longer exists — reload.</source>
        <translation>Change-Request %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>ChecksumList</name>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="84"/>
        <source>a digest of %1 hex digits; expected 64 (SHA-256), 128 (SHA-512), 96 (SHA-384), 56 (SHA-224), 40 (SHA-1) or 32 (MD5)</source>
        <translation>ein Hash mit %1 Hex-Ziffern; erwartet 64 (SHA-256), 128 (SHA-512), 96 (SHA-384), 56 (SHA-224), 40 (SHA-1) oder 32 (MD5)</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="93"/>
        <source>not a checksum line: expected &quot;HASH  NAME&quot;, &quot;HASH *NAME&quot; or &quot;ALGORITHM (NAME) = HASH&quot;</source>
        <translation>keine Prüfsummenzeile: erwartet „HASH  NAME“, „HASH *NAME“ oder „ALGORITHMUS (NAME) = HASH“</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="98"/>
        <source>%1 is not a hash algorithm Slipway knows</source>
        <translation>%1 ist kein Hash-Algorithmus, den Slipway kennt</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="108"/>
        <source>the name has an escape other than \\, \n or \r</source>
        <translation>der Name enthält ein anderes Escape als \\, \n oder \r</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="113"/>
        <source>no file name after the digest</source>
        <translation>kein Dateiname nach dem Hash</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="115"/>
        <source>the file name</source>
        <translation>der Dateiname</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="125"/>
        <source>an OpenPGP armoured block (a signature or a key), not a checksum list</source>
        <translation>ein OpenPGP-ASCII-Armor-Block (eine Signatur oder ein Schlüssel), keine Prüfsummenliste</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="127"/>
        <source>a minisign signature, not a checksum list</source>
        <translation>eine minisign-Signatur, keine Prüfsummenliste</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="161"/>
        <source>a NUL byte (binary data), expected a checksum list</source>
        <translation>ein NUL-Byte (Binärdaten), Prüfsummenliste erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="162"/>
        <source>not valid UTF-8 text, expected a checksum list</source>
        <translation>kein gültiger UTF-8-Text, Prüfsummenliste erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="175"/>
        <source>a signify or minisign public key, not a checksum list</source>
        <translation>ein öffentlicher signify- oder minisign-Schlüssel, keine Prüfsummenliste</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="179"/>
        <source>not a signify signature: expected the base64 of &quot;Ed&quot;, an 8-byte key number and a 64-byte signature</source>
        <translation>keine signify-Signatur: erwartet das Base64 von „Ed“, einer 8-Byte-Schlüsselnummer und einer 64-Byte-Signatur</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="221"/>
        <source>%1 is listed again with a different %2 digest (first on line %3)</source>
        <translation>%1 ist erneut aufgeführt, mit einem anderen %2-Hash (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="224"/>
        <source>line %1: %2 is listed again with the same digest as on line %3; kept once</source>
        <translation>Zeile %1: %2 ist erneut mit demselben Hash wie in Zeile %3 aufgeführt; einmal behalten</translation>
    </message>
    <message>
        <location filename="../models/io/ChecksumList.cpp" line="237"/>
        <source>the list has no entries, so it vouches for no file</source>
        <translation>die Liste hat keine Einträge und bürgt daher für keine Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/ChecksumList.cpp" line="242"/>
        <source>%n entries use MD5 or SHA-1, which do not protect against a file made to match</source>
        <translation>
            <numerusform>%n Eintrag verwendet MD5 oder SHA-1, die nicht vor einer passend gemachten Datei schützen</numerusform>
            <numerusform>%n Einträge verwenden MD5 oder SHA-1, die nicht vor einer passend gemachten Datei schützen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunicationRepository</name>
    <message>
        <location filename="../models/storage/CommunicationRepository.cpp" line="16"/>
        <source>archiving a message</source>
        <translation>Archivieren einer Mitteilung</translation>
    </message>
    <message>
        <location filename="../models/storage/CommunicationRepository.cpp" line="107"/>
        <source>There is no issued message %1.</source>
        <translation>Es gibt keine versendete Mitteilung %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/CommunicationRepository.cpp" line="178"/>
        <source>Acknowledgement %1 no longer exists — reload.</source>
        <translation>Bestätigung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>ComponentRepository</name>
    <message>
        <location filename="../models/storage/ComponentRepository.cpp" line="15"/>
        <source>saving a release&apos;s components</source>
        <translation>Speichern der Komponenten eines Release</translation>
    </message>
</context>
<context>
    <name>ConfigRepository</name>
    <message>
        <location filename="../models/storage/ConfigRepository.cpp" line="18"/>
        <source>saving a configuration setting</source>
        <translation>Speichern einer Konfigurationseinstellung</translation>
    </message>
    <message>
        <location filename="../models/storage/ConfigRepository.cpp" line="80"/>
        <source>Configuration setting %1 no longer exists — reload.</source>
        <translation>Konfigurationseinstellung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>ConflictEngine</name>
    <message>
        <location filename="../models/rules/ConflictEngine.cpp" line="79"/>
        <source>%1 falls in the hard blackout &quot;%2&quot; (%3)</source>
        <translation>%1 fällt in die harte Sperrzeit „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../models/rules/ConflictEngine.cpp" line="82"/>
        <source>%1 falls in the soft blackout &quot;%2&quot; (%3)</source>
        <translation>%1 fällt in die weiche Sperrzeit „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../models/rules/ConflictEngine.cpp" line="85"/>
        <source>%1 falls in the incident freeze &quot;%2&quot; (%3); only emergency releases may deploy</source>
        <translation>%1 fällt in die Incident-Sperre „%2“ (%3); nur Notfall-Releases dürfen ausrollen</translation>
    </message>
    <message>
        <location filename="../models/rules/ConflictEngine.cpp" line="89"/>
        <source>%1 and %2 both need the shared environment %3 (%4)</source>
        <translation>%1 und %2 benötigen beide die geteilte Umgebung %3 (%4)</translation>
    </message>
    <message>
        <location filename="../models/rules/ConflictEngine.cpp" line="92"/>
        <source>%1 has nobody for %2 inside working hours or on call (%3)</source>
        <translation>%1 hat niemanden für %2 innerhalb der Arbeitszeit oder in Bereitschaft (%3)</translation>
    </message>
</context>
<context>
    <name>CreateReleaseCommand</name>
    <message>
        <location filename="../ui/releases/ReleaseCommands.cpp" line="24"/>
        <source>Create release “%1”</source>
        <translation>Release „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/io/CsvTable.cpp" line="9"/>
        <source>%1 line %2: %3 fields where the header has %4 (a missing or extra comma, or a line break outside quotes?).</source>
        <translation>%1 Zeile %2: %3 Felder, die Kopfzeile hat %4 (ein fehlendes oder zusätzliches Komma oder ein Zeilenumbruch außerhalb von Anführungszeichen?).</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="33"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="35"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="37"/>
        <source>%1 is %2 MB; CSV files over %3 MB are refused.</source>
        <translation>%1 ist %2 MB groß; CSV-Dateien über %3 MB werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="44"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="50"/>
        <source>%1 is over %2 MB; CSV files that large are refused.</source>
        <translation>%1 ist größer als %2 MB; so große CSV-Dateien werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="58"/>
        <source>%1 line %2: a NUL byte; this is binary data, not a CSV file.</source>
        <translation>%1 Zeile %2: ein NUL-Byte; das sind Binärdaten, keine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="59"/>
        <source>%1 line %2: not valid UTF-8 text; save the file as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>%1 Zeile %2: kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8 (in Excel: CSV UTF-8) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="99"/>
        <source>%1 line %2: a quoted field is never closed (a missing &quot; before the end of the file).</source>
        <translation>%1 Zeile %2: Ein Feld in Anführungszeichen wird nie geschlossen (ein fehlendes &quot; vor dem Dateiende).</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="118"/>
        <source>%1 line %2: text after the closing quote of a field (%3); a quote inside a quoted field must be doubled.</source>
        <translation>%1 Zeile %2: Text nach dem schließenden Anführungszeichen eines Felds (%3); ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="162"/>
        <source>%1 is empty: a CSV file needs a header line and at least one row.</source>
        <translation>%1 ist leer: Eine CSV-Datei braucht eine Kopfzeile und mindestens eine Zeile.</translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="165"/>
        <source>%1 has a header but no rows; nothing to import.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen; nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>CycloneDxJsonReader</name>
    <message>
        <location filename="../models/io/CycloneDxJsonReader.cpp" line="23"/>
        <source>missing; a CycloneDX BOM names its version</source>
        <translation>fehlt; ein CycloneDX-BOM nennt seine Version</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxJsonReader.cpp" line="25"/>
        <source>expected a string such as &quot;1.6&quot;</source>
        <translation>Zeichenkette wie „1.6“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxJsonReader.cpp" line="30"/>
        <source>CycloneDX %1 is not supported; expected 1.4, 1.5 or 1.6</source>
        <translation>CycloneDX %1 wird nicht unterstützt; erwartet 1.4, 1.5 oder 1.6</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxJsonReader.cpp" line="82"/>
        <source>expected an array or an object</source>
        <translation>Array oder Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxJsonReader.cpp" line="154"/>
        <source>components nested more than %1 deep</source>
        <translation>Komponenten mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>CycloneDxXmlReader</name>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="31"/>
        <source>%1:%2:%3: not well-formed XML: %4</source>
        <translation>%1:%2:%3: kein wohlgeformtes XML: %4</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="38"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="53"/>
        <source>the document type declares entities; CycloneDX has none, so the file is refused</source>
        <translation>die Dokumenttyp-Deklaration enthält Entitäten; CycloneDX hat keine, daher wird die Datei abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="59"/>
        <source>no XML element found, expected a CycloneDX BOM</source>
        <translation>kein XML-Element gefunden, CycloneDX-BOM erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="62"/>
        <source>SPDX RDF/XML is not supported; expected SPDX 2.2 or 2.3 JSON</source>
        <translation>SPDX RDF/XML wird nicht unterstützt; SPDX-2.2- oder -2.3-JSON erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="65"/>
        <source>not a CycloneDX BOM: the root element is &lt;%1&gt; in the namespace %2, expected &lt;bom&gt; in %3…</source>
        <translation>kein CycloneDX-BOM: Das Wurzelelement ist &lt;%1&gt; im Namensraum %2, erwartet &lt;bom&gt; in %3…</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="73"/>
        <source>CycloneDX %1 is not supported; expected 1.4, 1.5 or 1.6</source>
        <translation>CycloneDX %1 wird nicht unterstützt; erwartet 1.4, 1.5 oder 1.6</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="163"/>
        <source>components nested more than %1 deep</source>
        <translation>Komponenten mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="216"/>
        <source>a &lt;hash&gt; without an alg attribute</source>
        <translation>ein &lt;hash&gt; ohne Attribut alg</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="273"/>
        <source>dependencies nested more than %1 deep</source>
        <translation>Abhängigkeiten mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../models/io/CycloneDxXmlReader.cpp" line="277"/>
        <source>a &lt;dependency&gt; without a ref attribute</source>
        <translation>eine &lt;dependency&gt; ohne Attribut ref</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/Transaction.cpp" line="22"/>
        <source>%1 is open read-only (%2); changes are disabled.</source>
        <translation>%1 ist schreibgeschützt geöffnet (%2); Änderungen sind deaktiviert.</translation>
    </message>
    <message>
        <location filename="../models/storage/Transaction.cpp" line="29"/>
        <location filename="../models/storage/Transaction.cpp" line="38"/>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../models/storage/FileHeader.cpp" line="50"/>
        <source>%1 is a folder, not a Slipway file.</source>
        <translation>%1 ist ein Ordner, keine Slipway-Datei.</translation>
    </message>
    <message>
        <location filename="../models/storage/FileHeader.cpp" line="58"/>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../models/storage/FileHeader.cpp" line="66"/>
        <source>%1 is truncated (%2 bytes, shorter than an SQLite header); restore it from a backup copy.</source>
        <translation>%1 ist abgeschnitten (%2 Byte, kürzer als ein SQLite-Header); stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../models/storage/FileHeader.cpp" line="72"/>
        <location filename="../models/storage/FileHeader.cpp" line="79"/>
        <source>%1 is not a Slipway file (it is not an SQLite database); open another file or create a new one.</source>
        <translation>%1 ist keine Slipway-Datei (keine SQLite-Datenbank); öffnen Sie eine andere Datei oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../models/storage/FileHeader.cpp" line="88"/>
        <source>%1 is damaged (its header gives an impossible page size); restore it from a backup copy.</source>
        <translation>%1 ist beschädigt (der Header nennt eine unmögliche Seitengröße); stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>DeleteReleaseCommand</name>
    <message>
        <location filename="../ui/releases/ReleaseCommands.cpp" line="38"/>
        <source>Delete release “%1”</source>
        <translation>Release „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DemoCab</name>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="159"/>
        <source>Weekly CAB %1</source>
        <translation>Wöchentliches CAB %1</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="164"/>
        <source>Room Harbour 2 and video bridge</source>
        <translation>Raum Harbour 2 und Videokonferenz</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="277"/>
        <source>Waiting for the load-test results; bring back next week.</source>
        <translation>Warten auf die Lasttest-Ergebnisse; nächste Woche erneut vorlegen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="283"/>
        <source>Approved ahead of the meeting.</source>
        <translation>Vor der Sitzung genehmigt.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="333"/>
        <source>Renew the TLS certificate of the public API gateway</source>
        <translation>TLS-Zertifikat des öffentlichen API-Gateways erneuern</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="335"/>
        <source>Expired certificate if missed</source>
        <translation>Abgelaufenes Zertifikat, falls versäumt</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="336"/>
        <source>Re-install the previous certificate (valid until 20 Nov).</source>
        <translation>Vorheriges Zertifikat neu installieren (gültig bis 20. Nov.).</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="338"/>
        <source>Firewall rule: allow 443 from the new CDN address ranges</source>
        <translation>Firewall-Regel: 443 von den neuen CDN-Adressbereichen erlauben</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="341"/>
        <source>Cardholder-data zone rule change</source>
        <translation>Regeländerung in der Karteninhaberdaten-Zone</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="342"/>
        <source>Remove the rule; the old ranges stay open until 30 Nov.</source>
        <translation>Regel entfernen; die alten Bereiche bleiben bis 30. Nov. offen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="344"/>
        <source>Rotate the payment provider API keys</source>
        <translation>API-Schlüssel des Zahlungsdienstleisters rotieren</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="346"/>
        <source>Payments stop if the new key is not accepted</source>
        <translation>Zahlungen stoppen, wenn der neue Schlüssel nicht akzeptiert wird</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="347"/>
        <source>Switch back to the old key; it stays valid for 48 hours.</source>
        <translation>Zurück zum alten Schlüssel wechseln; er bleibt 48 Stunden gültig.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="349"/>
        <source>Upgrade the production Kubernetes node pool to 1.29</source>
        <translation>Produktiven Kubernetes-Node-Pool auf 1.29 aktualisieren</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="351"/>
        <source>Every service restarts on new nodes</source>
        <translation>Jeder Dienst startet auf neuen Nodes neu</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="352"/>
        <source>Cordon the new pool and move workloads back to the old one (kept for 72 hours).</source>
        <translation>Neuen Pool abriegeln (cordon) und Workloads auf den alten zurückverschieben (bleibt 72 Stunden erhalten).</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="355"/>
        <source>Upgrade PostgreSQL 14 to 15 on the orders cluster</source>
        <translation>PostgreSQL 14 auf 15 im Orders-Cluster aktualisieren</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="359"/>
        <source>Major database upgrade; orders are read-only for 40 minutes</source>
        <translation>Major-Datenbank-Upgrade; Bestellungen sind 40 Minuten schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="361"/>
        <source>Fail over to the untouched replica running 14; replay the write-ahead log gap (about 90 minutes).</source>
        <translation>Failover auf das unveränderte Replikat mit 14; Lücke im Write-Ahead-Log nachspielen (ca. 90 Minuten).</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="364"/>
        <source>Lower the DNS TTL of checkout.example.com before cutover</source>
        <translation>DNS-TTL von checkout.example.com vor der Umstellung senken</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="366"/>
        <source>Resolver caches may keep the old value</source>
        <translation>Resolver-Caches können den alten Wert behalten</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="367"/>
        <source>Set the TTL back to 3600 seconds.</source>
        <translation>TTL wieder auf 3600 Sekunden setzen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="368"/>
        <source>Enable the new fraud-scoring rule set</source>
        <translation>Neues Regelwerk für das Betrugs-Scoring aktivieren</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="370"/>
        <source>False declines of good customers</source>
        <translation>Fälschliche Ablehnungen guter Kunden</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="371"/>
        <source>Turn the rule-set flag off.</source>
        <translation>Flag des Regelwerks ausschalten.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="372"/>
        <source>Emergency: patch OpenSSL on the edge proxies</source>
        <translation>Notfall: OpenSSL auf den Edge-Proxys patchen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="374"/>
        <source>Actively exploited vulnerability; staging run shortened</source>
        <translation>Aktiv ausgenutzte Schwachstelle; Staging-Lauf verkürzt</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="375"/>
        <source>Reinstall the previous package from the local mirror.</source>
        <translation>Vorheriges Paket aus dem lokalen Mirror neu installieren.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="388"/>
        <source>Why now: %1. Infrastructure change by the platform team, following the runbook; checks after each step.</source>
        <translation>Warum jetzt: %1. Infrastruktur-Change durch das Plattform-Team nach Runbook; Prüfungen nach jedem Schritt.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="417"/>
        <source>Security to confirm the CDN ranges first.</source>
        <translation>Security muss zuerst die CDN-Bereiche bestätigen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="425"/>
        <source>Service owner agrees; the provider confirmed the key swap.</source>
        <translation>Service-Owner stimmt zu; der Anbieter hat den Schlüsseltausch bestätigt.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="452"/>
        <source>Publish the November freeze calendar to all teams</source>
        <translation>Freeze-Kalender für November an alle Teams veröffentlichen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="454"/>
        <source>Review rollback rehearsal evidence for database changes</source>
        <translation>Nachweise der Rollback-Proben für Datenbank-Changes prüfen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoCab.cpp" line="491"/>
        <source>Window before the next meeting.</source>
        <translation>Fenster vor der nächsten Sitzung.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildLifecycle.cpp" line="198"/>
        <location filename="../models/io/DemoCab.cpp" line="265"/>
        <location filename="../models/io/DemoCab.cpp" line="432"/>
        <source>Emergency CAB by phone; ratify at the next meeting.</source>
        <translation>Notfall-CAB per Telefon; in der nächsten Sitzung ratifizieren.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildLifecycle.cpp" line="201"/>
        <location filename="../models/io/DemoCab.cpp" line="287"/>
        <source>Approved if the on-call rota is confirmed.</source>
        <translation>Genehmigt, sofern der Bereitschaftsplan bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildLifecycle.cpp" line="206"/>
        <location filename="../models/io/DemoCab.cpp" line="291"/>
        <source>Confirm the on-call engineer for the window</source>
        <translation>Bereitschaftsingenieur für das Fenster bestätigen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="55"/>
        <source>Hotfix build from the release branch; deploy to one canary node, watch error rate for 15 minutes, then roll out to all nodes.</source>
        <translation>Hotfix-Build aus dem Release-Branch; auf einen Canary-Node ausrollen, Fehlerrate 15 Minuten beobachten, dann auf alle Nodes ausrollen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="59"/>
        <source>Blue-green: deploy to the idle stack, run the schema migration, smoke tests, switch the load balancer, keep the old stack warm for 24 hours.</source>
        <translation>Blue-Green: auf den inaktiven Stack ausrollen, Schemamigration ausführen, Smoke-Tests, Load Balancer umschalten, alten Stack 24 Stunden warm halten.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="62"/>
        <source>Rolling deploy, 25% of nodes at a time, health checks between batches; feature flags off until the smoke tests pass.</source>
        <translation>Rolling Deployment, jeweils 25 % der Nodes, Health-Checks zwischen den Batches; Feature-Flags aus, bis die Smoke-Tests bestehen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="69"/>
        <source>Switch the load balancer back; restore the database from the pre-change snapshot (about %1 minutes); announce on the status page.</source>
        <translation>Load Balancer zurückschalten; Datenbank aus dem Snapshot vor der Änderung wiederherstellen (etwa %1 Minuten); auf der Statusseite ankündigen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="73"/>
        <source>Redeploy the previous build from the artefact store; no data changes.</source>
        <translation>Vorherigen Build aus dem Artefakt-Repository erneut ausrollen; keine Datenänderungen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="74"/>
        <source>Redeploy the previous version node by node; feature flags off first.</source>
        <translation>Vorherige Version Node für Node erneut ausrollen; zuerst Feature-Flags aus.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoChanges.cpp" line="102"/>
        <source>Deploy %1</source>
        <translation>%1 ausrollen</translation>
    </message>
</context>
<context>
    <name>DemoDefinition</name>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="29"/>
        <source>All P1 and P2 tests pass in staging</source>
        <translation>Alle P1- und P2-Tests bestehen in Staging</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="30"/>
        <source>No open critical or high security findings</source>
        <translation>Keine offenen kritischen oder hohen Sicherheitsbefunde</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="31"/>
        <source>Runbook reviewed by operations</source>
        <translation>Runbook vom Betrieb geprüft</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="32"/>
        <source>Rollback rehearsed in staging</source>
        <translation>Rollback in Staging geprobt</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="33"/>
        <source>Performance within 10 % of the baseline</source>
        <translation>Performance innerhalb von 10 % der Baseline</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="34"/>
        <source>Release notes approved by the product owner</source>
        <translation>Release Notes vom Product Owner freigegeben</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="43"/>
        <source>The payment provider&apos;s sandbox is available for end-to-end tests</source>
        <translation>Die Sandbox des Zahlungsdienstleisters steht für End-to-End-Tests bereit</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="45"/>
        <source>Payment provider sandbox</source>
        <translation>Sandbox des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="46"/>
        <source>No end-to-end payment test; the release slips a week</source>
        <translation>Kein End-to-End-Zahlungstest; das Release verschiebt sich um eine Woche</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="47"/>
        <source>The identity provider keeps the v1 token endpoint until the window</source>
        <translation>Der Identity Provider behält den v1-Token-Endpunkt bis zum Fenster</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="49"/>
        <source>Identity provider</source>
        <translation>Identity Provider</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="50"/>
        <source>Logins fail after cutover; roll back</source>
        <translation>Anmeldungen schlagen nach der Umstellung fehl; Rollback</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="51"/>
        <source>Operations can staff the weekend window</source>
        <translation>Der Betrieb kann das Wochenendfenster besetzen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="52"/>
        <source>Operations rota</source>
        <translation>Dienstplan Betrieb</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="53"/>
        <source>The window moves to the next free slot</source>
        <translation>Das Fenster rückt auf den nächsten freien Termin</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="54"/>
        <source>The database upgrade finishes within the window</source>
        <translation>Das Datenbank-Upgrade ist innerhalb des Fensters fertig</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="55"/>
        <source>Database platform team</source>
        <translation>Datenbank-Plattformteam</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="56"/>
        <source>Extend the window or roll the migration back</source>
        <translation>Fenster verlängern oder die Migration zurückrollen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="57"/>
        <source>The app stores approve the client update in time</source>
        <translation>Die App-Stores genehmigen das Client-Update rechtzeitig</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="58"/>
        <source>Apple and Google app review</source>
        <translation>App-Review von Apple und Google</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="59"/>
        <source>The server change waits for the client</source>
        <translation>Die Serveränderung wartet auf den Client</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="70"/>
        <source>Checkout error rate</source>
        <translation>Fehlerrate im Checkout</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="71"/>
        <source>p95 API latency</source>
        <translation>p95-API-Latenz</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="72"/>
        <source>Failed logins after release</source>
        <translation>Fehlgeschlagene Anmeldungen nach dem Release</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="73"/>
        <source>Deployment duration</source>
        <translation>Dauer des Deployments</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="74"/>
        <source>Support tickets in the first 72 h</source>
        <translation>Support-Tickets in den ersten 72 h</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="75"/>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="210"/>
        <source>Same rollback as the previous release; rehearsed then, CAB agreed</source>
        <translation>Gleicher Rollback wie beim vorigen Release; damals geprobt, CAB hat zugestimmt</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="290"/>
        <source>Customer-facing launch: planned as a major release with full CAB review</source>
        <translation>Kundenwirksamer Launch: als Major-Release mit vollem CAB-Review geplant</translation>
    </message>
    <message>
        <location filename="../models/io/DemoDefinition.cpp" line="292"/>
        <source>Scope is smaller than the answers suggest; agreed with the service owner</source>
        <translation>Der Umfang ist kleiner, als die Antworten vermuten lassen; mit dem Service-Owner abgestimmt</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="20"/>
        <source>Quarter-end close</source>
        <translation>Quartalsabschluss</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="21"/>
        <source>Finance closes the books; no changes to systems that post to the ledger.</source>
        <translation>Die Finanzabteilung schließt die Bücher; keine Änderungen an Systemen, die ins Hauptbuch buchen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="34"/>
        <source>Monthly payroll run</source>
        <translation>Monatlicher Gehaltslauf</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="36"/>
        <source>Payroll files are exchanged with the bank; avoid touching billing.</source>
        <translation>Gehaltsdateien werden mit der Bank ausgetauscht; Abrechnung nicht anfassen.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="63"/>
        <source>Holiday freeze %1</source>
        <translation>Feiertags-Freeze %1</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="64"/>
        <source>Reduced staffing over the holidays; only emergency changes.</source>
        <translation>Reduzierte Besetzung über die Feiertage; nur Notfall-Changes.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="78"/>
        <source>Black Friday and Cyber Monday %1</source>
        <translation>Black Friday und Cyber Monday %1</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="79"/>
        <source>Peak trading: checkout and payments must stay stable.</source>
        <translation>Spitzengeschäft: Checkout und Zahlungen müssen stabil bleiben.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="94"/>
        <source>Data centre maintenance</source>
        <translation>Wartung im Rechenzentrum</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="95"/>
        <source>Power work at the primary site.</source>
        <translation>Stromarbeiten am Hauptstandort.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="96"/>
        <source>Core network upgrade</source>
        <translation>Upgrade des Kernnetzes</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="97"/>
        <source>Firewall and router firmware upgrades.</source>
        <translation>Firmware-Upgrades für Firewalls und Router.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="98"/>
        <source>Marketing campaign launch</source>
        <translation>Start der Marketingkampagne</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="99"/>
        <source>High traffic expected from the campaign.</source>
        <translation>Hoher Traffic durch die Kampagne erwartet.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="100"/>
        <source>Regulatory reporting window</source>
        <translation>Fenster für regulatorisches Reporting</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="101"/>
        <source>Figures for the regulator are being produced.</source>
        <translation>Zahlen für die Aufsichtsbehörde werden erstellt.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="102"/>
        <location filename="../models/io/DemoSchedule.cpp" line="153"/>
        <source>Incident freeze</source>
        <translation>Incident-Sperre</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="103"/>
        <location filename="../models/io/DemoSchedule.cpp" line="154"/>
        <source>Stabilising after a major incident.</source>
        <translation>Stabilisierung nach einem schweren Incident.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="104"/>
        <source>Annual financial audit</source>
        <translation>Jährliche Abschlussprüfung</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="105"/>
        <source>Auditors are sampling changes; keep them few.</source>
        <translation>Prüfer ziehen Stichproben von Changes; halten Sie sie gering.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="257"/>
        <source>Fix %1</source>
        <translation>Fehlerbehebung %1</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildCalendar.cpp" line="259"/>
        <source>Upgrade %1 to %2.%3.%4</source>
        <translation>%1 auf %2.%3.%4 aktualisieren</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildLifecycle.cpp" line="260"/>
        <source>Smoke tests failed on staging; fixed and deployed again.</source>
        <translation>Smoke-Tests auf Staging fehlgeschlagen; behoben und erneut ausgerollt.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildLifecycle.cpp" line="275"/>
        <source>Error rate above the threshold after the switch; the previous version is back.</source>
        <translation>Fehlerrate nach der Umschaltung über dem Schwellenwert; die vorherige Version ist wieder aktiv.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoBuildReleases.cpp" line="166"/>
        <location filename="../models/io/DemoBuildReleases.cpp" line="195"/>
        <source> hotfix</source>
        <translation> Hotfix</translation>
    </message>
    <message>
        <location filename="../models/io/DemoGenerator.cpp" line="44"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoGenerator.cpp" line="48"/>
        <source>%1 already exists; choose a new file name (the demo never writes into an existing file unless asked to replace it).</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen (die Demo schreibt nie in eine vorhandene Datei, außer sie soll ersetzt werden).</translation>
    </message>
    <message>
        <location filename="../models/io/DemoGenerator.cpp" line="54"/>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoGenerator.cpp" line="59"/>
        <source>%1 cannot be created: you may not write to its folder.</source>
        <translation>%1 kann nicht angelegt werden: Sie dürfen nicht in seinen Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoGenerator.cpp" line="155"/>
        <source>%1 could not be written (renaming the finished file failed); check the folder.</source>
        <translation>%1 konnte nicht geschrieben werden (Umbenennen der fertigen Datei fehlgeschlagen); prüfen Sie den Ordner.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="107"/>
        <location filename="../models/io/DemoSchedule.cpp" line="112"/>
        <source>Load test (performance team)</source>
        <translation>Lasttest (Performance-Team)</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="114"/>
        <source>Penetration test</source>
        <translation>Penetrationstest</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="127"/>
        <source>Test data refresh from production</source>
        <translation>Testdatenaktualisierung aus der Produktion</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="160"/>
        <source>Payments outage</source>
        <translation>Ausfall der Zahlungen</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="161"/>
        <source>Card payments failed for 40 minutes; only fixes for it until the review.</source>
        <translation>Kartenzahlungen fielen 40 Minuten lang aus; bis zum Review nur Fixes dafür.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="164"/>
        <source>Storage array firmware</source>
        <translation>Firmware des Storage-Arrays</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="165"/>
        <source>The vendor&apos;s emergency firmware roll-out; keep changes off the shared storage.</source>
        <translation>Notfall-Firmware-Rollout des Herstellers; Changes vom geteilten Storage fernhalten.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="208"/>
        <source>Parental leave</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="208"/>
        <location filename="../models/io/DemoSchedule.cpp" line="212"/>
        <source>Annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <location filename="../models/io/DemoSchedule.cpp" line="236"/>
        <source>Primary on call</source>
        <translation>Primäre Bereitschaft</translation>
    </message>
</context>
<context>
    <name>DemoLifecycle</name>
    <message>
        <location filename="../models/io/DemoLifecycle.cpp" line="27"/>
        <source>Outage fix: the emergency checks are waived and the full regression run is owed within 48 hours; the gate is promoted once it passes.</source>
        <translation>Störungsbehebung: Die Notfallprüfungen sind ausgenommen, der vollständige Regressionslauf ist innerhalb von 48 Stunden nachzuholen; das Gate wird hochgestuft, sobald er besteht.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoLifecycle.cpp" line="31"/>
        <source>Outage fix cannot wait for the blocked period to end; the on-call engineer watches the deployment and the rollback is ready.</source>
        <translation>Die Störungsbehebung kann nicht bis zum Ende der Sperrzeit warten; der Bereitschaftsingenieur überwacht das Deployment, und der Rollback steht bereit.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoLifecycle.cpp" line="35"/>
        <source>Outage fix cannot wait; the CAB is informed and the guard is settled after the deployment.</source>
        <translation>Die Störungsbehebung kann nicht warten; das CAB ist informiert, und die Voraussetzung wird nach dem Deployment nachgeholt.</translation>
    </message>
</context>
<context>
    <name>DemoScopePlanning</name>
    <message>
        <location filename="../models/io/DemoScopePlanning.cpp" line="37"/>
        <source>Over capacity after the security fixes came in; product agreed to defer it.</source>
        <translation>Nach den Sicherheitsfixes über der Kapazität; das Produkt hat der Zurückstellung zugestimmt.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoScopePlanning.cpp" line="40"/>
        <source>The vendor API it relies on is not generally available until next quarter.</source>
        <translation>Die Hersteller-API, auf der es aufbaut, ist erst im nächsten Quartal allgemein verfügbar.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoScopePlanning.cpp" line="43"/>
        <source>Load tests showed a regression we cannot fix before the window; deferring rather than shipping it behind a flag.</source>
        <translation>Lasttests zeigten eine Regression, die wir vor dem Fenster nicht beheben können; zurückgestellt statt hinter einem Flag ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoScopePlanning.cpp" line="46"/>
        <source>The regulatory change takes priority for this window; the stakeholder accepted the delay at the planning review.</source>
        <translation>Die regulatorische Änderung hat in diesem Fenster Vorrang; der Stakeholder hat die Verzögerung im Planungsreview akzeptiert.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoScopePlanning.cpp" line="49"/>
        <source>Two of the three developers are on leave during the freeze; not enough people left to review it.</source>
        <translation>Zwei der drei Entwickler sind während des Freeze im Urlaub; zu wenige für das Review.</translation>
    </message>
    <message>
        <location filename="../models/io/DemoScopePlanning.cpp" line="52"/>
        <source>Design is not signed off yet; committing it now would put the release date at risk.</source>
        <translation>Das Design ist noch nicht abgenommen; eine Zusage jetzt würde den Release-Termin gefährden.</translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <location filename="../models/storage/DeploymentRepository.cpp" line="18"/>
        <source>saving a deployment record</source>
        <translation>Speichern eines Deployment-Eintrags</translation>
    </message>
    <message>
        <location filename="../models/storage/DeploymentRepository.cpp" line="126"/>
        <source>Deployment record %1 no longer exists — reload.</source>
        <translation>Deployment-Eintrag %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/DeploymentRepository.cpp" line="159"/>
        <source>This file&apos;s schema cannot record artifact digests.</source>
        <translation>Das Schema dieser Datei kann keine Artefakt-Hashes erfassen.</translation>
    </message>
</context>
<context>
    <name>DeploymentService</name>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="85"/>
        <source>“%1” is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>„%1“ ist kein SHA-256-Hash (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="103"/>
        <source>settled by %1</source>
        <translation>abgeschlossen von %1</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="104"/>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="105"/>
        <source>awaiting approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="108"/>
        <source>Override %1 was changed since (it is %2 now) — reload.</source>
        <translation>Übersteuerung %1 wurde inzwischen geändert (sie ist jetzt %2) — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>DistributionList</name>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="33"/>
        <source>Distribution list %1: member %2 has %3, which is not an e-mail address such as ops@example.com; correct the list first. Nothing was sent or issued.</source>
        <translation>Verteiler %1: Mitglied %2 hat %3, was keine E-Mail-Adresse wie ops@example.com ist; korrigieren Sie zuerst den Verteiler. Es wurde nichts gesendet oder als versendet archiviert.</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="47"/>
        <source>A distribution list needs a name.</source>
        <translation>Ein Verteiler braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="51"/>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>&apos;%1&apos; ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="57"/>
        <source>&apos;%1&apos; is not an e-mail address such as ops@example.com.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse wie ops@example.com.</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="61"/>
        <source>%1 is on the list twice.</source>
        <translation>%1 steht zweimal auf der Liste.</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="64"/>
        <source>A name is one line.</source>
        <translation>Ein Name ist einzeilig.</translation>
    </message>
</context>
<context>
    <name>DistributionListRepository</name>
    <message>
        <location filename="../models/storage/DistributionListRepository.cpp" line="16"/>
        <source>saving a distribution list</source>
        <translation>Speichern eines Verteilers</translation>
    </message>
    <message>
        <location filename="../models/storage/DistributionListRepository.cpp" line="64"/>
        <source>Distribution list %1 no longer exists — reload.</source>
        <translation>Verteiler %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/DistributionListRepository.cpp" line="83"/>
        <source>There is no distribution list &apos;%1&apos;.</source>
        <translation>Es gibt keinen Verteiler &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>DistrustKeyCommand</name>
    <message>
        <location filename="../ui/packages/SigningKeyCommands.cpp" line="35"/>
        <source>Stop trusting key %1</source>
        <translation>Schlüssel %1 nicht mehr vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/packages/SigningKeyCommands.cpp" line="44"/>
        <source>undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>EditReleaseCommand</name>
    <message>
        <location filename="../ui/releases/ReleaseCommands.cpp" line="31"/>
        <source>Edit release “%1”</source>
        <translation>Release „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditReleaseNeedsCommand</name>
    <message>
        <location filename="../ui/scheduling/EditReleaseNeedsCommand.cpp" line="12"/>
        <source>Change what “%1” needs</source>
        <translation>Ändern, was „%1“ benötigt</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EditReleaseNeedsCommand.cpp" line="28"/>
        <source>What “%1” needs was changed since — reload.</source>
        <translation>Was „%1“ benötigt, wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>EnvironmentMatrixBuilder</name>
    <message>
        <location filename="../models/rules/EnvironmentMatrixBuilder.cpp" line="354"/>
        <source>%1: staging runs %2, production runs %3, and no planned release carries %4</source>
        <translation>%1: In Staging läuft %2, in Produktion %3, und kein geplantes Release bringt %4</translation>
    </message>
    <message>
        <location filename="../models/rules/EnvironmentMatrixBuilder.cpp" line="386"/>
        <source>%1 runs %2, never verified: the release has no artifacts</source>
        <translation>In %1 läuft %2, nie geprüft: Das Release hat keine Artefakte</translation>
    </message>
    <message>
        <location filename="../models/rules/EnvironmentMatrixBuilder.cpp" line="388"/>
        <source>%1 runs %2, never verified: %3 of its %4 artifacts are not verified</source>
        <translation>In %1 läuft %2, nie geprüft: %3 seiner %4 Artefakte sind nicht geprüft</translation>
    </message>
</context>
<context>
    <name>EnvironmentMatrixService</name>
    <message>
        <location filename="../models/services/EnvironmentMatrixService.cpp" line="75"/>
        <source>There is no environment &apos;%1&apos;; there are: %2</source>
        <translation>Es gibt keine Umgebung &apos;%1&apos;; vorhanden sind: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentRepository</name>
    <message>
        <location filename="../models/storage/EnvironmentRepository.cpp" line="19"/>
        <source>saving environments</source>
        <translation>Speichern der Umgebungen</translation>
    </message>
    <message>
        <location filename="../models/storage/EnvironmentRepository.cpp" line="61"/>
        <source>Environment %1 no longer exists — reload.</source>
        <translation>Umgebung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/EnvironmentRepository.cpp" line="136"/>
        <source>Booking %1 no longer exists — reload.</source>
        <translation>Buchung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>EnvironmentService</name>
    <message>
        <location filename="../models/services/EnvironmentService.cpp" line="38"/>
        <source>“%1” is still booked, used by releases, deployed to or configured (%2); move those first.</source>
        <translation>„%1“ ist noch gebucht, wird von Releases genutzt, hat Deployments oder Konfiguration (%2); verschieben Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <location filename="../models/io/EvidenceFile.cpp" line="45"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/EvidenceFile.cpp" line="47"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../models/io/EvidenceFile.cpp" line="51"/>
        <source>%1: the file is %2 bytes, larger than the limit of %3 bytes</source>
        <translation>%1: Die Datei ist %2 Byte groß, über dem Limit von %3 Byte</translation>
    </message>
    <message>
        <location filename="../models/io/EvidenceFile.cpp" line="58"/>
        <location filename="../models/io/EvidenceFile.cpp" line="62"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/EvidenceFile.cpp" line="67"/>
        <source>%1: the file is larger than the limit of %2 bytes</source>
        <translation>%1: Die Datei ist größer als das Limit von %2 Byte</translation>
    </message>
</context>
<context>
    <name>ExitCriteriaRepository</name>
    <message>
        <location filename="../models/storage/ExitCriteriaRepository.cpp" line="16"/>
        <source>saving an exit criterion</source>
        <translation>Speichern eines Exit-Kriteriums</translation>
    </message>
    <message>
        <location filename="../models/storage/ExitCriteriaRepository.cpp" line="66"/>
        <source>Exit criterion %1 no longer exists — reload.</source>
        <translation>Exit-Kriterium %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>ExitCriteriaService</name>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="25"/>
        <source>An exit criterion needs some text.</source>
        <translation>Ein Exit-Kriterium braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="58"/>
        <source>The statement</source>
        <translation>Die Aussage</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="60"/>
        <location filename="../models/domain/Release.cpp" line="58"/>
        <source>The owner</source>
        <translation>Das Feld „Verantwortlich“</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="61"/>
        <source>The depends on</source>
        <translation>Das Feld „Hängt ab von“</translation>
    </message>
    <message>
        <location filename="../models/domain/Assumption.cpp" line="63"/>
        <location filename="../models/domain/KnownIssue.cpp" line="61"/>
        <source>The impact</source>
        <translation>Die Auswirkung</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="74"/>
        <source>The ticket</source>
        <translation>Das Ticket</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="75"/>
        <source>The summary</source>
        <translation>Die Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="77"/>
        <source>The implementation plan</source>
        <translation>Der Umsetzungsplan</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="79"/>
        <source>The rollback plan</source>
        <translation>Der Rollback-Plan</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="81"/>
        <source>The requester</source>
        <translation>Das Feld „Beantragt von“</translation>
    </message>
    <message>
        <location filename="../models/domain/ChangeRequest.cpp" line="83"/>
        <source>The service owner</source>
        <translation>Das Feld „Service-Owner“</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="68"/>
        <location filename="../models/domain/SuccessMetric.cpp" line="56"/>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location filename="../models/domain/DistributionList.cpp" line="69"/>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/domain/FieldLimits.cpp" line="16"/>
        <source>%1 is %2 characters long; at most %3 are allowed: %4</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt: %4</translation>
    </message>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="59"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="63"/>
        <source>The workaround</source>
        <translation>Der Workaround</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="73"/>
        <source>The subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="75"/>
        <source>The body</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="56"/>
        <source>The version</source>
        <translation>Die Version</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="60"/>
        <source>The objectives</source>
        <translation>Der Text der Ziele</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="62"/>
        <source>The change ticket</source>
        <translation>Das Change-Ticket</translation>
    </message>
    <message>
        <location filename="../models/domain/SuccessMetric.cpp" line="57"/>
        <source>The unit</source>
        <translation>Die Einheit</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="113"/>
        <source>%1: OpenSSL does not provide the digest asked for</source>
        <translation>%1: OpenSSL stellt den verlangten Hash nicht bereit</translation>
    </message>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="121"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="122"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="127"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="129"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="146"/>
        <source>%1: cannot read after %2 bytes: %3</source>
        <translation>%1: nach %2 Bytes nicht weiter lesbar: %3</translation>
    </message>
    <message>
        <location filename="../models/io/FileDigest.cpp" line="153"/>
        <location filename="../models/io/FileDigest.cpp" line="163"/>
        <source>%1: hashing failed</source>
        <translation>%1: Hashberechnung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FreezeRepository</name>
    <message>
        <location filename="../models/storage/FreezeRepository.cpp" line="16"/>
        <source>saving an incident freeze</source>
        <translation>Speichern einer Incident-Sperre</translation>
    </message>
    <message>
        <location filename="../models/storage/FreezeRepository.cpp" line="61"/>
        <source>Incident freeze %1 no longer exists — reload.</source>
        <translation>Incident-Sperre %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../models/domain/Gate.cpp" line="90"/>
        <source>Test pass rate</source>
        <translation>Testerfolgsquote</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="92"/>
        <source>Security findings</source>
        <translation>Sicherheitsbefunde</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="94"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="96"/>
        <source>Manual check</source>
        <translation>Manuelle Prüfung</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="98"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="100"/>
        <source>Artifact integrity</source>
        <translation>Artefakt-Integrität</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="102"/>
        <source>Contract tests</source>
        <translation>Contract-Tests</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="124"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="126"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="128"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="130"/>
        <source>Waived</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="138"/>
        <source>at least %1 % of tests pass (JUnit XML)</source>
        <translation>mindestens %1 % der Tests bestehen (JUnit XML)</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="141"/>
        <source>no open finding of %1 severity or above (SARIF)</source>
        <translation>kein offener Befund mit Schweregrad %1 oder höher (SARIF)</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="143"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="147"/>
        <source>ticked by a person</source>
        <translation>von einer Person abgehakt</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="149"/>
        <source>approved by someone with the %1 role</source>
        <translation>freigegeben von jemandem mit der Rolle %1</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="151"/>
        <source>every artifact of the release verifies</source>
        <translation>jedes Artefakt des Release besteht die Prüfung</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="153"/>
        <source>every contract test passes (JUnit XML)</source>
        <translation>jeder Contract-Test besteht (JUnit XML)</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="161"/>
        <source>A criterion needs a name.</source>
        <translation>Ein Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="165"/>
        <source>%1: the pass rate threshold must be a percentage from 0 to 100.</source>
        <translation>%1: Der Schwellwert der Erfolgsquote muss ein Prozentwert von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="172"/>
        <source>%1: the severity must be low, medium, high or critical.</source>
        <translation>%1: Der Schweregrad muss low, medium, high oder critical sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="177"/>
        <source>%1: name the benchmark metric.</source>
        <translation>%1: Benennen Sie die Benchmark-Kennzahl.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="179"/>
        <source>%1: the comparison must be &lt;= or &gt;=.</source>
        <translation>%1: Der Vergleich muss &lt;= oder &gt;= sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="181"/>
        <source>%1: the benchmark needs a threshold.</source>
        <translation>%1: Der Benchmark braucht einen Schwellwert.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="189"/>
        <source>%1: say which role approves.</source>
        <translation>%1: Geben Sie an, welche Rolle freigibt.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="198"/>
        <source>A gate needs a name.</source>
        <translation>Ein Gate braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="200"/>
        <source>%1: the due date cannot be after the window starts.</source>
        <translation>%1: Das Fälligkeitsdatum darf nicht nach dem Fensterbeginn liegen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="205"/>
        <source>%1: two criteria are called %2.</source>
        <translation>%1: Zwei Kriterien heißen %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="214"/>
        <source>A waiver needs a reason.</source>
        <translation>Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="216"/>
        <source>A waiver needs the compensating controls that stand in for the check.</source>
        <translation>Eine Ausnahme braucht die kompensierenden Kontrollen, die die Prüfung ersetzen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="219"/>
        <source>A waiver needs the validation task owed after the release.</source>
        <translation>Eine Ausnahme braucht die nach dem Release geschuldete Validierungsaufgabe.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="221"/>
        <source>A waiver needs an expiry date.</source>
        <translation>Eine Ausnahme braucht ein Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="223"/>
        <source>A waiver&apos;s expiry must be after it is requested.</source>
        <translation>Das Ablaufdatum einer Ausnahme muss nach ihrer Beantragung liegen.</translation>
    </message>
    <message>
        <location filename="../models/domain/Gate.cpp" line="225"/>
        <source>%1 asked for this waiver, so cannot approve it.</source>
        <translation>%1 hat diese Ausnahme beantragt und kann sie daher nicht genehmigen.</translation>
    </message>
</context>
<context>
    <name>GateCommands</name>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="68"/>
        <source>Import %1 into “%2”</source>
        <translation>%1 in „%2“ importieren</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="90"/>
        <source>Mark %1 as a false positive</source>
        <translation>%1 als False Positive markieren</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="103"/>
        <source>Count %1 again</source>
        <translation>%1 wieder zählen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="116"/>
        <source>Approve “%1”</source>
        <translation>„%1“ freigeben</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="116"/>
        <source>Take back “%1”</source>
        <translation>„%1“ zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="117"/>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="117"/>
        <source>Untick “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="150"/>
        <source>Request a waiver</source>
        <translation>Ausnahme beantragen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="174"/>
        <source>Approve a waiver</source>
        <translation>Ausnahme genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="187"/>
        <source>Add the release&apos;s gates</source>
        <translation>Gates des Release hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="197"/>
        <source>The release already has every gate its template and its risk assessment ask for.</source>
        <translation>Das Release hat bereits alle Gates, die seine Vorlage und seine Risikobewertung verlangen.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateCommands.cpp" line="219"/>
        <source>Promote the release</source>
        <translation>Release hochstufen</translation>
    </message>
</context>
<context>
    <name>GateDigest</name>
    <message>
        <location filename="../models/services/GateDigest.cpp" line="28"/>
        <source> (%1 of %2 settled)</source>
        <translation> (%1 von %2 geklärt)</translation>
    </message>
    <message>
        <location filename="../models/services/GateDigest.cpp" line="32"/>
        <source>, promoted</source>
        <translation>, hochgestuft</translation>
    </message>
</context>
<context>
    <name>GateEvaluator</name>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="45"/>
        <source>No JUnit XML report imported yet.</source>
        <translation>Noch kein JUnit-XML-Bericht importiert.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="48"/>
        <source>%1 tests: %2 failures, %3 errors, %4 skipped</source>
        <translation>%1 Tests: %2 Fehlschläge, %3 Fehler, %4 übersprungen</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="56"/>
        <source>No test ran (%1); at least %2 % must pass.</source>
        <translation>Kein Test lief (%1); mindestens %2 % müssen bestehen.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="59"/>
        <source>%1 % passed (%2); at least %3 % needed.</source>
        <translation>%1 % bestanden (%2); mindestens %3 % nötig.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="63"/>
        <source>Only %1 % passed (%2); at least %3 % needed.</source>
        <translation>Nur %1 % bestanden (%2); mindestens %3 % nötig.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="71"/>
        <source>No SARIF log imported yet.</source>
        <translation>Noch kein SARIF-Log importiert.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="78"/>
        <source>%1 lower</source>
        <translation>%1 niedriger</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="80"/>
        <source>%1 suppressed in the file</source>
        <translation>%1 in der Datei unterdrückt</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="82"/>
        <source>%1 marked false positive</source>
        <translation>%1 als False Positive markiert</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="88"/>
        <source>No open finding of %1 severity or above%2.</source>
        <translation>Kein offener Befund mit Schweregrad %1 oder höher%2.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="92"/>
        <source>1 open finding of %1 severity or above</source>
        <translation>1 offener Befund mit Schweregrad %1 oder höher</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="93"/>
        <source>%1 open findings of %2 severity or above</source>
        <translation>%1 offene Befunde mit Schweregrad %2 oder höher</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="102"/>
        <source>No benchmark results imported yet.</source>
        <translation>Noch keine Benchmark-Ergebnisse importiert.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="107"/>
        <source>%1 is %2 %3, within %4 %5 %3.</source>
        <translation>%1 ist %2 %3, innerhalb %4 %5 %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="108"/>
        <source>%1 is %2 %3, not %4 %5 %3.</source>
        <translation>%1 ist %2 %3, nicht %4 %5 %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="118"/>
        <source>Not ticked yet.</source>
        <translation>Noch nicht abgehakt.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="120"/>
        <source>Ticked by %1 on %2.</source>
        <translation>Abgehakt von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="125"/>
        <source>Waiting for approval by someone with the %1 role.</source>
        <translation>Wartet auf Freigabe durch jemanden mit der Rolle %1.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="128"/>
        <source>Approved by %1 (%2) on %3.</source>
        <translation>Freigegeben von %1 (%2) am %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="133"/>
        <source>No JUnit XML report of contract tests imported yet.</source>
        <translation>Noch kein JUnit-XML-Bericht mit Contract-Tests importiert.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="140"/>
        <source>No contract test ran (%1 in the report, %2 skipped).</source>
        <translation>Kein Contract-Test lief (%1 im Bericht, %2 übersprungen).</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="145"/>
        <source>All %1 contract tests passed (%2 skipped).</source>
        <translation>Alle %1 Contract-Tests bestanden (%2 übersprungen).</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="150"/>
        <source>%1 of %2 contract tests failed or erred.</source>
        <translation>%1 von %2 Contract-Tests fehlgeschlagen oder mit Fehler abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="160"/>
        <source>The release has no artifacts registered: nothing to verify.</source>
        <translation>Für das Release sind keine Artefakte registriert: nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="163"/>
        <source>%1 of %2 artifacts fail verification: %3.</source>
        <translation>%1 von %2 Artefakten bestehen die Prüfung nicht: %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="169"/>
        <source>%1 of %2 artifacts not verified yet: %3.</source>
        <translation>%1 von %2 Artefakten noch nicht geprüft: %3.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="176"/>
        <source>All %1 artifacts verified.</source>
        <translation>Alle %1 Artefakte geprüft.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="188"/>
        <source> A waiver requested by %1 awaits approval.</source>
        <translation> Eine von %1 beantragte Ausnahme wartet auf Genehmigung.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="190"/>
        <source> The waiver approved by %1 expired on %2.</source>
        <translation> Die von %1 genehmigte Ausnahme ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="208"/>
        <source>Waived until %1, approved by %2: %3 (was: %4)</source>
        <translation>Ausgenommen bis %1, genehmigt von %2: %3 (war: %4)</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="248"/>
        <source>The whole gate is waived until %1, approved by %2: %3</source>
        <translation>Das ganze Gate ist ausgenommen bis %1, genehmigt von %2: %3</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="256"/>
        <source>Failing: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="259"/>
        <source>Waiting for: %1.</source>
        <translation>Wartet auf: %1.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="262"/>
        <source>Passed with waived criteria.</source>
        <translation>Bestanden mit ausgenommenen Kriterien.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="266"/>
        <source>No criteria to meet.</source>
        <translation>Keine Kriterien zu erfüllen.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="266"/>
        <source>Every criterion passed.</source>
        <translation>Alle Kriterien bestanden.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="289"/>
        <source>The release has no gates.</source>
        <translation>Das Release hat keine Gates.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="290"/>
        <source>The release has been promoted through every gate.</source>
        <translation>Das Release wurde durch alle Gates hochgestuft.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="299"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="303"/>
        <source>Cannot promote to %1: %2.</source>
        <translation>Hochstufen zu %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="310"/>
        <source>%1 is through; the release may move to %2.</source>
        <translation>%1 ist durch; das Release kann zu %2 wechseln.</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="311"/>
        <source>the next stage</source>
        <translation>die nächste Stufe</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="322"/>
        <source>Failing past its due date %1. %2</source>
        <translation>Fehlgeschlagen nach Fälligkeit %1. %2</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="327"/>
        <source>Still pending past its due date %1. %2</source>
        <translation>Noch ausstehend nach Fälligkeit %1. %2</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="334"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/rules/GateEvaluator.cpp" line="336"/>
        <source>Waived. </source>
        <translation>Ausgenommen. </translation>
    </message>
</context>
<context>
    <name>GateEvidence</name>
    <message>
        <location filename="../models/io/GateEvidence.cpp" line="91"/>
        <source>%1: no metric named “%2”; the file has %3.</source>
        <translation>%1: keine Kennzahl namens „%2“; die Datei hat %3.</translation>
    </message>
    <message>
        <location filename="../models/io/GateEvidence.cpp" line="93"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/io/GateEvidence.cpp" line="140"/>
        <source>“%1” is judged from the release&apos;s artifacts and their verification, not read from a file; run &apos;slipway artifact verify&apos;.</source>
        <translation>„%1“ wird anhand der Artefakte des Release und ihrer Prüfung bewertet, nicht aus einer Datei gelesen; führen Sie &apos;slipway artifact verify&apos; aus.</translation>
    </message>
    <message>
        <location filename="../models/io/GateEvidence.cpp" line="148"/>
        <source>“%1” is a %2: it is ticked by a person, not read from a file.</source>
        <translation>„%1“ ist vom Typ %2: Es wird von einer Person abgehakt, nicht aus einer Datei gelesen.</translation>
    </message>
</context>
<context>
    <name>GateRepository</name>
    <message>
        <location filename="../models/storage/GateRepository.cpp" line="25"/>
        <location filename="../models/storage/GateRepository.cpp" line="228"/>
        <location filename="../models/storage/GateRepository.cpp" line="241"/>
        <source>reading gates</source>
        <translation>Lesen der Gates</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepository.cpp" line="192"/>
        <location filename="../models/storage/GateRepository.cpp" line="231"/>
        <location filename="../models/storage/GateRepository.cpp" line="327"/>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="223"/>
        <source>Gate %1 no longer exists — reload.</source>
        <translation>Gate %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepository.cpp" line="207"/>
        <location filename="../models/storage/GateRepository.cpp" line="244"/>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="92"/>
        <source>Criterion %1 no longer exists — reload.</source>
        <translation>Kriterium %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepository.cpp" line="251"/>
        <location filename="../models/storage/GateRepository.cpp" line="334"/>
        <source>adding gates to a release</source>
        <translation>Hinzufügen von Gates zu einem Release</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepository.cpp" line="324"/>
        <source>removing gates from a release</source>
        <translation>Entfernen von Gates aus einem Release</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="30"/>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="147"/>
        <source>reading findings</source>
        <translation>Lesen der Befunde</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="69"/>
        <source>saving evidence</source>
        <translation>Speichern von Nachweisen</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="108"/>
        <source>This file&apos;s schema cannot record artifact digests.</source>
        <translation>Das Schema dieser Datei kann keine Artefakt-Hashes erfassen.</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="169"/>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="180"/>
        <source>saving a finding review</source>
        <translation>Speichern einer Befundprüfung</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="201"/>
        <source>saving a check</source>
        <translation>Speichern einer Prüfung</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryEvidence.cpp" line="220"/>
        <source>saving a promotion</source>
        <translation>Speichern einer Hochstufung</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryWaivers.cpp" line="26"/>
        <source>reading waivers</source>
        <translation>Lesen der Ausnahmen</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryWaivers.cpp" line="29"/>
        <source>Waiver %1 no longer exists — reload.</source>
        <translation>Ausnahme %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryWaivers.cpp" line="58"/>
        <location filename="../models/storage/GateRepositoryWaivers.cpp" line="78"/>
        <source>saving a waiver</source>
        <translation>Speichern einer Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryWaivers.cpp" line="80"/>
        <source>waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/storage/GateRepositoryWaivers.cpp" line="89"/>
        <source>removing a waiver</source>
        <translation>Entfernen einer Ausnahme</translation>
    </message>
</context>
<context>
    <name>GateRigour</name>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="20"/>
        <source>Development complete</source>
        <translation>Entwicklung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="23"/>
        <source>Unit tests</source>
        <translation>Unit-Tests</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="27"/>
        <source>QA sign-off</source>
        <translation>QA-Abnahme</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="30"/>
        <source>QA approval</source>
        <translation>QA-Freigabe</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="34"/>
        <source>Staging verified</source>
        <translation>Staging verifiziert</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="37"/>
        <source>Smoke tests</source>
        <translation>Smoke-Tests</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="41"/>
        <source>Security review</source>
        <translation>Sicherheitsreview</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="44"/>
        <source>Security scan</source>
        <translation>Sicherheitsscan</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="48"/>
        <location filename="../models/rules/GateRigour.cpp" line="51"/>
        <source>CAB approval</source>
        <translation>CAB-Freigabe</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="139"/>
        <source>Required approvals</source>
        <translation>Erforderliche Freigaben</translation>
    </message>
    <message>
        <location filename="../models/rules/GateRigour.cpp" line="146"/>
        <source>Approval: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
</context>
<context>
    <name>GateTemplateCommands</name>
    <message>
        <location filename="../ui/gates/GateTemplateCommands.cpp" line="33"/>
        <source>The template “%1” was changed elsewhere since; reload before undoing.</source>
        <translation>Die Vorlage „%1“ wurde inzwischen anderswo geändert; vor dem Rückgängigmachen neu laden.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateCommands.cpp" line="47"/>
        <source>Add gate “%1”</source>
        <translation>Gate „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateCommands.cpp" line="68"/>
        <source>Remove gate “%1”</source>
        <translation>Gate „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateCommands.cpp" line="101"/>
        <source>Move gate “%1” up</source>
        <translation>Gate „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateCommands.cpp" line="102"/>
        <source>Move gate “%1” down</source>
        <translation>Gate „%1“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>GateTemplateRepository</name>
    <message>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="37"/>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="58"/>
        <source>reading gate templates</source>
        <translation>Lesen der Gate-Vorlagen</translation>
    </message>
    <message>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="92"/>
        <source>Gate template %1 no longer exists — reload.</source>
        <translation>Gate-Vorlage %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="102"/>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="120"/>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="138"/>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="160"/>
        <source>saving a gate template</source>
        <translation>Speichern einer Gate-Vorlage</translation>
    </message>
    <message>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="172"/>
        <source>gate template</source>
        <translation>Gate-Vorlage</translation>
    </message>
    <message>
        <location filename="../models/storage/GateTemplateRepository.cpp" line="172"/>
        <source>removing a gate template</source>
        <translation>Entfernen einer Gate-Vorlage</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../ui/GuiApplication.cpp" line="23"/>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/GuiApplication.cpp" line="43"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../ui/GuiApplication.cpp" line="57"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="220"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="222"/>
        <source>%1 is %2 MB; calendars over %3 MB are refused.</source>
        <translation>%1 ist %2 MB groß; Kalender über %3 MB werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="229"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="241"/>
        <source>%1 line 1: not an iCalendar file (it must start with BEGIN:VCALENDAR).</source>
        <translation>%1 Zeile 1: keine iCalendar-Datei (sie muss mit BEGIN:VCALENDAR beginnen).</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="246"/>
        <source>%1 line %2: binary data (a NUL byte) in a calendar file.</source>
        <translation>%1 Zeile %2: Binärdaten (ein NUL-Byte) in einer Kalenderdatei.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="251"/>
        <source>%1 line %2: not valid UTF-8 text; save the calendar as UTF-8 and import it again.</source>
        <translation>%1 Zeile %2: kein gültiger UTF-8-Text; speichern Sie den Kalender als UTF-8 und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="258"/>
        <source>%1 line %2: components nested more than %3 deep; not a calendar Slipway reads.</source>
        <translation>%1 Zeile %2: Komponenten sind tiefer als %3 Ebenen verschachtelt; kein Kalender, den Slipway lesen kann.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="266"/>
        <source>%1 line %2: a line of %3 bytes; calendar lines over %4 bytes are refused.</source>
        <translation>%1 Zeile %2: eine Zeile mit %3 Byte; Kalenderzeilen über %4 Byte werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="273"/>
        <source>%1 line %2: the file ends before END:VCALENDAR (truncated?).</source>
        <translation>%1 Zeile %2: Die Datei endet vor END:VCALENDAR (abgeschnitten?).</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="285"/>
        <source>%1: libical could not read the calendar.</source>
        <translation>%1: libical konnte den Kalender nicht lesen.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="290"/>
        <source>%1: no VCALENDAR in the file.</source>
        <translation>%1: kein VCALENDAR in der Datei.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="312"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="319"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="322"/>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="334"/>
        <source>%1: event &quot;%2&quot;: %3.</source>
        <translation>%1: Termin „%2“: %3.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="336"/>
        <source>%1: event &quot;%2&quot;: %3 (ignored).</source>
        <translation>%1: Termin „%2“: %3 (ignoriert).</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="343"/>
        <source>%1: event &quot;%2&quot; has no valid DTSTART.</source>
        <translation>%1: Termin „%2“ hat kein gültiges DTSTART.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="352"/>
        <source>%1: event &quot;%2&quot; has an invalid DTEND.</source>
        <translation>%1: Termin „%2“ hat ein ungültiges DTEND.</translation>
    </message>
    <message>
        <location filename="../models/io/IcsReader.cpp" line="360"/>
        <source>%1: event &quot;%2&quot; lasts no time; left out.</source>
        <translation>%1: Termin „%2“ hat keine Dauer; ausgelassen.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <location filename="../models/io/IcsWriter.cpp" line="111"/>
        <source>%1 release, %2</source>
        <translation>%1-Release, %2</translation>
    </message>
    <message>
        <location filename="../models/io/IcsWriter.cpp" line="113"/>
        <source>; change %1</source>
        <translation>; Change %1</translation>
    </message>
    <message>
        <location filename="../models/io/IcsWriter.cpp" line="115"/>
        <source>; owner %1</source>
        <translation>; Verantwortlich %1</translation>
    </message>
    <message>
        <location filename="../models/io/IcsWriter.cpp" line="145"/>
        <source>Incident freeze: only emergency releases may deploy.</source>
        <translation>Incident-Sperre: Nur Notfall-Releases dürfen ausrollen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../ui/io/ImportCommand.cpp" line="13"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <location filename="../models/storage/IntegrityChecker.cpp" line="52"/>
        <location filename="../models/storage/IntegrityChecker.cpp" line="71"/>
        <source>checking the file</source>
        <translation>Prüfen der Datei</translation>
    </message>
    <message>
        <location filename="../models/storage/IntegrityChecker.cpp" line="81"/>
        <location filename="../models/storage/IntegrityChecker.cpp" line="116"/>
        <source>checking references</source>
        <translation>Prüfen der Verweise</translation>
    </message>
    <message>
        <location filename="../models/storage/IntegrityChecker.cpp" line="99"/>
        <source>row %1 of %2 points to a missing row in %3</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <location filename="../models/storage/IntegrityChecker.cpp" line="106"/>
        <source>%1 more dangling references not listed</source>
        <translation>%1 weitere verwaiste Verweise nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/storage/IntegrityChecker.cpp" line="227"/>
        <source>the audit log was not read</source>
        <translation>das Audit-Log wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="80"/>
        <source>%1 %2 declared, %3 counted</source>
        <translation>%1 %2 angegeben, %3 gezählt</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="89"/>
        <source>the root element&apos;s totals differ from the test cases: </source>
        <translation>Die Summen des Wurzelelements weichen von den Testfällen ab: </translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="90"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="111"/>
        <source>%1:%2:%3: not well-formed XML: %4</source>
        <translation>%1:%2:%3: kein wohlgeformtes XML: %4</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="139"/>
        <source>%1: the file is empty, expected JUnit XML</source>
        <translation>%1: Die Datei ist leer, JUnit XML erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="149"/>
        <source>%1:%2: the document type declares entities; JUnit reports have none, so the file is refused</source>
        <translation>%1:%2: Die Dokumenttyp-Deklaration definiert Entitäten; JUnit-Berichte haben keine, daher wird die Datei abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="158"/>
        <source>%1: no XML element found, expected JUnit XML</source>
        <translation>%1: kein XML-Element gefunden, JUnit XML erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="162"/>
        <source>%1:%2:%3: not a JUnit XML report: the root element is &lt;%4&gt;, expected &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation>%1:%2:%3: kein JUnit-XML-Bericht: Das Wurzelelement ist &lt;%4&gt;, erwartet &lt;testsuites&gt; oder &lt;testsuite&gt;</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="179"/>
        <source>%1:%2: elements nested more than %3 deep; not a JUnit report</source>
        <translation>%1:%2: Elemente sind tiefer als %3 Ebenen verschachtelt; kein JUnit-Bericht</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="194"/>
        <source>%1:%2: %3 %4</source>
        <translation>%1:%2: %3 %4</translation>
    </message>
    <message>
        <location filename="../models/io/JUnitReport.cpp" line="226"/>
        <source>%1:%2: testcase %3</source>
        <translation>%1:%2: testcase %3</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <location filename="../ui/audit/JsonDiff.cpp" line="55"/>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
</context>
<context>
    <name>KnownIssue</name>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="39"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="41"/>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="43"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="56"/>
        <source>A known issue belongs to a release.</source>
        <translation>Ein bekanntes Problem gehört zu einem Release.</translation>
    </message>
    <message>
        <location filename="../models/domain/KnownIssue.cpp" line="58"/>
        <source>A known issue needs a title.</source>
        <translation>Ein bekanntes Problem braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>KnownIssueRepository</name>
    <message>
        <location filename="../models/storage/KnownIssueRepository.cpp" line="16"/>
        <source>saving a known issue</source>
        <translation>Speichern eines bekannten Problems</translation>
    </message>
    <message>
        <location filename="../models/storage/KnownIssueRepository.cpp" line="61"/>
        <source>Known issue %1 no longer exists — reload.</source>
        <translation>Bekanntes Problem %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>LifecycleFactsReader</name>
    <message>
        <location filename="../models/storage/LifecycleFactsReader.cpp" line="16"/>
        <source>reading the release lifecycle</source>
        <translation>Lesen des Release-Lebenszyklus</translation>
    </message>
</context>
<context>
    <name>LifecycleOverrideRepository</name>
    <message>
        <location filename="../models/storage/LifecycleOverrideRepository.cpp" line="16"/>
        <source>saving a guard override</source>
        <translation>Speichern einer Übersteuerung</translation>
    </message>
    <message>
        <location filename="../models/storage/LifecycleOverrideRepository.cpp" line="73"/>
        <source>Override %1 no longer exists — reload.</source>
        <translation>Übersteuerung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/LifecycleOverrideRepository.cpp" line="119"/>
        <source>Override %1</source>
        <translation>Übersteuerung %1</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="50"/>
        <source>%1 was rejected</source>
        <translation>%1 wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="53"/>
        <source>%1 was deferred</source>
        <translation>%1 wurde zurückgestellt</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="61"/>
        <source>%1 awaits its approvals</source>
        <translation>%1 wartet auf die Genehmigungen</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="62"/>
        <source>%1 still needs %2</source>
        <translation>%1 benötigt noch %2</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="149"/>
        <source>Release %1 no longer exists — reload.</source>
        <translation>Release %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="208"/>
        <source>An emergency&apos;s retroactive approval must be due within %1 to %2 days, not %3.</source>
        <translation>Die nachträgliche Genehmigung eines Notfalls muss innerhalb von %1 bis %2 Tagen fällig sein, nicht %3.</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="222"/>
        <source>%1 may not change the days an emergency has for its approval: that needs the release manager role.</source>
        <translation>%1 darf die Tage, die ein Notfall für seine Genehmigung hat, nicht ändern: Dafür ist die Rolle Release-Manager nötig.</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="241"/>
        <source>The days for an emergency&apos;s approval are %1 now, not %2 — reload.</source>
        <translation>Die Tage für die Genehmigung eines Notfalls sind jetzt %1, nicht %2 — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="250"/>
        <source>The days for an emergency&apos;s approval were changed to %1 by %2 at %3 — reload.</source>
        <translation>Die Tage für die Genehmigung eines Notfalls wurden von %2 um %3 auf %1 geändert — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/LifecycleService.cpp" line="271"/>
        <source>%1 cannot become %2: %3</source>
        <translation>%1 kann nicht in den Status %2 wechseln: %3</translation>
    </message>
</context>
<context>
    <name>MatrixFactsReader</name>
    <message>
        <location filename="../models/storage/MatrixFactsReader.cpp" line="16"/>
        <source>reading what runs where</source>
        <translation>Lesen, was wo läuft</translation>
    </message>
    <message>
        <location filename="../models/storage/MatrixFactsReader.cpp" line="154"/>
        <source>Release %1 does not exist.</source>
        <translation>Release %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>MessageContext</name>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="37"/>
        <source>%1 feature</source>
        <translation>%1 Funktion</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="37"/>
        <source>%1 features</source>
        <translation>%1 Funktionen</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="39"/>
        <source>%1 fix</source>
        <translation>%1 Fehlerbehebung</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="39"/>
        <source>%1 fixes</source>
        <translation>%1 Fehlerbehebungen</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="41"/>
        <source>%1 patch</source>
        <translation>%1 Patch</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="41"/>
        <source>%1 patches</source>
        <translation>%1 Patches</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="43"/>
        <source>%1 tech debt item</source>
        <translation>%1 Element technischer Schuld</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="43"/>
        <source>%1 tech debt items</source>
        <translation>%1 Elemente technischer Schuld</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="45"/>
        <source>%1 regulatory item</source>
        <translation>%1 regulatorisches Element</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="45"/>
        <source>%1 regulatory items</source>
        <translation>%1 regulatorische Elemente</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="55"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="94"/>
        <location filename="../models/io/MessageContext.cpp" line="95"/>
        <location filename="../models/io/MessageContext.cpp" line="171"/>
        <source>not scheduled yet</source>
        <translation>noch nicht terminiert</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="122"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="124"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="125"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="149"/>
        <source>the release manager</source>
        <translation>der Release-Manager</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="153"/>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="158"/>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="172"/>
        <source>to be decided</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="180"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="226"/>
        <source>No scope items are recorded</source>
        <translation>Es sind keine Umfangselemente erfasst</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="241"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="262"/>
        <source>%1 of %2 gates</source>
        <translation>%1 von %2 Gates</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="266"/>
        <source>no gate results are recorded yet.</source>
        <translation>noch keine Gate-Ergebnisse erfasst.</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="280"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="280"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="301"/>
        <location filename="../models/io/MessageContext.cpp" line="304"/>
        <source>release owner</source>
        <translation>Release-Verantwortung</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="309"/>
        <source>release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <location filename="../models/io/MessageContext.cpp" line="311"/>
        <source>operations</source>
        <translation>Betrieb</translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <location filename="../models/io/MessageExporter.cpp" line="27"/>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); es blieb nichts zurück.</translation>
    </message>
    <message>
        <location filename="../models/io/MessageExporter.cpp" line="64"/>
        <source>%1 is not an e-mail address; correct the distribution list first</source>
        <translation>%1 ist keine E-Mail-Adresse; korrigieren Sie zuerst den Verteiler</translation>
    </message>
    <message>
        <location filename="../models/io/MessageExporter.cpp" line="94"/>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="46"/>
        <source>Release notice</source>
        <translation>Release-Ankündigung</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="48"/>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="50"/>
        <source>Delay notice</source>
        <translation>Verzögerungsmeldung</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="52"/>
        <source>User notice</source>
        <translation>Benutzerhinweis</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="54"/>
        <source>CAB invitation</source>
        <translation>CAB-Einladung</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="65"/>
        <source>A template name uses lower-case letters, digits and dashes, such as release-notice.</source>
        <translation>Ein Vorlagenname besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. release-notice.</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="68"/>
        <source>A template needs a subject.</source>
        <translation>Eine Vorlage braucht einen Betreff.</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="70"/>
        <source>A subject is one line.</source>
        <translation>Ein Betreff ist einzeilig.</translation>
    </message>
    <message>
        <location filename="../models/domain/MessageTemplate.cpp" line="72"/>
        <source>A template needs a body.</source>
        <translation>Eine Vorlage braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>MetaRepository</name>
    <message>
        <location filename="../models/storage/MetaRepository.cpp" line="14"/>
        <source>saving a file setting</source>
        <translation>Speichern einer Dateieinstellung</translation>
    </message>
    <message>
        <location filename="../models/storage/MetaRepository.cpp" line="29"/>
        <source>reading a file setting</source>
        <translation>Lesen einer Dateieinstellung</translation>
    </message>
</context>
<context>
    <name>MinisignVerifier</name>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="52"/>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="104"/>
        <location filename="../models/io/MinisignVerifier.cpp" line="184"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="107"/>
        <location filename="../models/io/MinisignVerifier.cpp" line="187"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="111"/>
        <source>%1: %2 bytes is too large for a legacy (Ed) minisign signature; sign it prehashed</source>
        <translation>%1: %2 Bytes sind zu groß für eine alte (Ed-)minisign-Signatur; signieren Sie vorab gehasht</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="118"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="135"/>
        <source>expected &quot;untrusted comment:&quot; and a minisign public key</source>
        <translation>„untrusted comment:“ und ein öffentlicher minisign-Schlüssel erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="137"/>
        <source>the public key line is missing</source>
        <translation>die Zeile mit dem öffentlichen Schlüssel fehlt</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="142"/>
        <source>not a minisign public key (base64 of &quot;Ed&quot;, an 8-byte key id and a 32-byte Ed25519 key)</source>
        <translation>kein öffentlicher minisign-Schlüssel (Base64 von „Ed“, einer 8-Byte-Schlüssel-ID und einem 32-Byte-Ed25519-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="153"/>
        <source>expected &quot;untrusted comment:&quot;</source>
        <translation>„untrusted comment:“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="155"/>
        <source>the signature line is missing</source>
        <translation>die Signaturzeile fehlt</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="161"/>
        <source>not a minisign signature (base64 of &quot;Ed&quot; or &quot;ED&quot;, an 8-byte key id and a 64-byte signature)</source>
        <translation>keine minisign-Signatur (Base64 von „Ed“ oder „ED“, einer 8-Byte-Schlüssel-ID und einer 64-Byte-Signatur)</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="164"/>
        <source>expected &quot;trusted comment:&quot;</source>
        <translation>„trusted comment:“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="166"/>
        <source>the global signature line is missing</source>
        <translation>die Zeile mit der globalen Signatur fehlt</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="169"/>
        <source>not a global signature (base64 of 64 bytes)</source>
        <translation>keine globale Signatur (Base64 von 64 Bytes)</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="190"/>
        <source>%1: %2 bytes is too large for a minisign signature</source>
        <translation>%1: %2 Bytes sind zu groß für eine minisign-Signatur</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="208"/>
        <source>trusted minisign key %1</source>
        <translation>vertrauenswürdiger minisign-Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="219"/>
        <source>%1: signed with minisign key %2, which is not among the trusted keys</source>
        <translation>%1: signiert mit dem minisign-Schlüssel %2, der nicht zu den vertrauenswürdigen Schlüsseln gehört</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="231"/>
        <source>%1: the signature in %2 does not match the file (minisign key %3)</source>
        <translation>%1: Die Signatur in %2 passt nicht zur Datei (minisign-Schlüssel %3)</translation>
    </message>
    <message>
        <location filename="../models/io/MinisignVerifier.cpp" line="239"/>
        <source>%1: line 3: the trusted comment is not signed by minisign key %2 (changed?)</source>
        <translation>%1: Zeile 3: Der vertrauenswürdige Kommentar ist nicht mit dem minisign-Schlüssel %2 signiert (geändert?)</translation>
    </message>
</context>
<context>
    <name>MoveScopeItemCommand</name>
    <message>
        <location filename="../ui/scope/MoveScopeItemCommand.cpp" line="13"/>
        <source>Move “%1” to %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/scope/MoveScopeItemCommand.cpp" line="35"/>
        <source>“%1” was moved by someone else since — reload.</source>
        <translation>„%1“ wurde inzwischen von jemand anderem verschoben — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../ui/scope/MoveScopeItemCommand.cpp" line="55"/>
        <source>Undo of a move made by mistake.</source>
        <translation>Rückgängigmachen einer versehentlichen Verschiebung.</translation>
    </message>
    <message>
        <location filename="../ui/scope/MoveScopeItemCommand.cpp" line="56"/>
        <source>Undo of the move recorded as: %1</source>
        <translation>Rückgängigmachen der Verschiebung, erfasst als: %1</translation>
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <location filename="../models/storage/NameLookup.cpp" line="17"/>
        <source>reading teams</source>
        <translation>Lesen der Teams</translation>
    </message>
    <message>
        <location filename="../models/storage/NameLookup.cpp" line="22"/>
        <source>reading services</source>
        <translation>Lesen der Dienste</translation>
    </message>
</context>
<context>
    <name>OpenPgpVerifier</name>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="84"/>
        <source>not an OpenPGP detached signature (it holds a PGP %1)</source>
        <translation>keine abgetrennte OpenPGP-Signatur (enthalten ist: PGP %1)</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="89"/>
        <source>not an OpenPGP detached signature</source>
        <translation>keine abgetrennte OpenPGP-Signatur</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="128"/>
        <source>cannot make a temporary GnuPG home: %1</source>
        <translation>kann kein temporäres GnuPG-Home-Verzeichnis anlegen: %1</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="133"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="146"/>
        <source>GnuPG cannot run (is the gnupg package installed?): %1</source>
        <translation>GnuPG kann nicht laufen (ist das Paket gnupg installiert?): %1</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="179"/>
        <source>%1: a secret key; give the public key (gpg --armor --export)</source>
        <translation>%1: ein geheimer Schlüssel; geben Sie den öffentlichen Schlüssel an (gpg --armor --export)</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="188"/>
        <source>%1: not an OpenPGP public key: %2</source>
        <translation>%1: kein öffentlicher OpenPGP-Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="191"/>
        <source>%1: not an OpenPGP public key</source>
        <translation>%1: kein öffentlicher OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="194"/>
        <source>%1: holds a secret key; give the public key only</source>
        <translation>%1: enthält einen geheimen Schlüssel; geben Sie nur den öffentlichen Schlüssel an</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="199"/>
        <source>%1: key %2 was refused: %3</source>
        <translation>%1: Schlüssel %2 wurde abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="207"/>
        <source>%1: no usable public key (gpg imported none)</source>
        <translation>%1: kein verwendbarer öffentlicher Schlüssel (gpg hat keinen importiert)</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="224"/>
        <source>trusted OpenPGP key %1</source>
        <translation>vertrauenswürdiger OpenPGP-Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="245"/>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="259"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="248"/>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="262"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="251"/>
        <source>%1: %2 bytes is too large for a detached signature</source>
        <translation>%1: %2 Bytes sind zu groß für eine abgetrennte Signatur</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="256"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="274"/>
        <source>%1: not an OpenPGP detached signature</source>
        <translation>%1: keine abgetrennte OpenPGP-Signatur</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="278"/>
        <source>%1: gpg could not verify it: %2</source>
        <translation>%1: gpg konnte sie nicht prüfen: %2</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="281"/>
        <source>%1: holds no signature</source>
        <translation>%1: enthält keine Signatur</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="302"/>
        <source>%1: the signature in %2 does not match the file (key %3)</source>
        <translation>%1: Die Signatur in %2 passt nicht zur Datei (Schlüssel %3)</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="307"/>
        <source>%1: signed by key %2, which is not among the trusted keys</source>
        <translation>%1: signiert mit Schlüssel %2, der nicht zu den vertrauenswürdigen Schlüsseln gehört</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="315"/>
        <source>%1: the signature expired on %2</source>
        <translation>%1: Die Signatur ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="323"/>
        <source>%1: the signature by key %2 is not valid: %3</source>
        <translation>%1: Die Signatur mit Schlüssel %2 ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="329"/>
        <source>%1: signed by key %2, which has expired</source>
        <translation>%1: signiert mit Schlüssel %2, der abgelaufen ist</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="331"/>
        <source>%1: signed by key %2, which has been revoked</source>
        <translation>%1: signiert mit Schlüssel %2, der widerrufen wurde</translation>
    </message>
    <message>
        <location filename="../models/io/OpenPgpVerifier.cpp" line="363"/>
        <source>%1: key %2 cannot be listed: %3</source>
        <translation>%1: Schlüssel %2 kann nicht aufgelistet werden: %3</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../models/io/OutputFile.cpp" line="33"/>
        <source>the disk is full or a file-size limit was reached</source>
        <translation>der Datenträger ist voll oder eine Dateigrößenbeschränkung wurde erreicht</translation>
    </message>
    <message>
        <location filename="../models/io/OutputFile.cpp" line="35"/>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); es blieb nichts zurück.</translation>
    </message>
    <message>
        <location filename="../models/io/OutputFile.cpp" line="41"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../models/io/OutputFile.cpp" line="44"/>
        <source>%1 cannot be written (%2); check the folder and its permissions.</source>
        <translation>%1 kann nicht geschrieben werden (%2); prüfen Sie den Ordner und seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../models/io/OutputFile.cpp" line="51"/>
        <source>it was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <location filename="../models/storage/PeopleRepository.cpp" line="21"/>
        <source>reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
    <message>
        <location filename="../models/storage/PeopleRepository.cpp" line="61"/>
        <source>saving people</source>
        <translation>Speichern der Personen</translation>
    </message>
    <message>
        <location filename="../models/storage/PeopleRepository.cpp" line="141"/>
        <source>Person %1 no longer exists — reload.</source>
        <translation>Person %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/PeopleRepository.cpp" line="223"/>
        <source>Availability entry %1 no longer exists — reload.</source>
        <translation>Verfügbarkeitseintrag %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../models/services/PeopleService.cpp" line="45"/>
        <source>%1 already signs in as %2; a login belongs to one person, whatever its case.</source>
        <translation>%1 meldet sich bereits als %2 an; ein Anmeldename gehört zu genau einer Person, unabhängig von Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <location filename="../models/services/PeopleService.cpp" line="58"/>
        <source>%1 still has leave or on-call entries; remove those first.</source>
        <translation>%1 hat noch Urlaubs- oder Bereitschaftseinträge; entfernen Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="21"/>
        <source>The file is open read-only (%1); changes are disabled.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet (%1); Änderungen sind deaktiviert.</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="23"/>
        <source>%1 is open read-only (%2); changes are disabled.</source>
        <translation>%1 ist schreibgeschützt geöffnet (%2); Änderungen sind deaktiviert.</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="30"/>
        <source>create releases</source>
        <translation>Releases anlegen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="33"/>
        <source>edit releases</source>
        <translation>Releases bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="36"/>
        <source>delete releases</source>
        <translation>Releases löschen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="39"/>
        <source>change blackouts, freezes, environments, bookings or people</source>
        <translation>Sperrzeiten, Sperren, Umgebungen, Buchungen oder Personen ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="42"/>
        <source>change release scope</source>
        <translation>den Release-Umfang ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="45"/>
        <source>change change requests</source>
        <translation>Change-Requests ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="48"/>
        <source>record CAB decisions</source>
        <translation>CAB-Entscheidungen erfassen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="51"/>
        <source>change CAB meetings and their minutes</source>
        <translation>CAB-Sitzungen und ihre Protokolle ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="54"/>
        <source>change gate templates</source>
        <translation>Gate-Vorlagen ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="57"/>
        <source>change a release&apos;s gates</source>
        <translation>die Gates eines Release ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="60"/>
        <source>import gate evidence</source>
        <translation>Gate-Nachweise importieren</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="63"/>
        <source>mark findings as false positives</source>
        <translation>Befunde als False Positive markieren</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="66"/>
        <source>tick manual checks</source>
        <translation>manuelle Prüfungen abhaken</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="69"/>
        <source>approve gate criteria</source>
        <translation>Gate-Kriterien freigeben</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="72"/>
        <source>request waivers</source>
        <translation>Ausnahmen beantragen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="75"/>
        <source>approve waivers</source>
        <translation>Ausnahmen genehmigen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="78"/>
        <source>close post-release validation tasks</source>
        <translation>Validierungsaufgaben nach dem Release schließen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="81"/>
        <source>promote releases</source>
        <translation>Releases hochstufen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="84"/>
        <source>change communication templates</source>
        <translation>Kommunikationsvorlagen ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="87"/>
        <source>change known issues</source>
        <translation>bekannte Probleme ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="90"/>
        <source>change distribution lists</source>
        <translation>Verteiler ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="93"/>
        <source>issue communications</source>
        <translation>Mitteilungen versenden</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="96"/>
        <source>record acknowledgements</source>
        <translation>Bestätigungen erfassen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="99"/>
        <source>record deployments</source>
        <translation>Deployments erfassen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="102"/>
        <source>ask for a lifecycle override</source>
        <translation>eine Übersteuerung des Lebenszyklus beantragen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="105"/>
        <source>approve or settle lifecycle overrides</source>
        <translation>Übersteuerungen des Lebenszyklus genehmigen oder abschließen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="108"/>
        <source>register or remove artifacts</source>
        <translation>Artefakte registrieren oder entfernen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="111"/>
        <source>verify artifacts</source>
        <translation>Artefakte prüfen</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="114"/>
        <source>change the trusted signing keys</source>
        <translation>die vertrauenswürdigen Signaturschlüssel ändern</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="123"/>
        <source>%1 is not a person in this file, so may not %2; ask a release manager to add you.</source>
        <translation>%1 ist keine Person in dieser Datei und darf daher nicht %2; bitten Sie einen Release-Manager, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="134"/>
        <source>%1 may not %2: that needs the release manager role.</source>
        <translation>%1 darf nicht %2: dafür ist die Rolle Release-Manager nötig.</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="137"/>
        <source>%1 may not %2: that needs one of the roles %3.</source>
        <translation>%1 darf nicht %2: dafür ist eine der Rollen %3 nötig.</translation>
    </message>
    <message>
        <location filename="../models/rules/Permissions.cpp" line="117"/>
        <source>change release configuration</source>
        <translation>die Konfiguration von Releases ändern</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <location filename="../models/domain/Person.cpp" line="24"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../models/domain/Person.cpp" line="25"/>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../models/domain/Person.cpp" line="26"/>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../models/domain/Person.cpp" line="27"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../models/domain/Person.cpp" line="28"/>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <location filename="../models/domain/Person.cpp" line="29"/>
        <source>CAB member</source>
        <translation>CAB-Mitglied</translation>
    </message>
    <message>
        <location filename="../models/domain/Person.cpp" line="30"/>
        <source>Service owner</source>
        <translation>Service-Owner</translation>
    </message>
</context>
<context>
    <name>PinCommand</name>
    <message>
        <location filename="../ui/packages/PinCommands.cpp" line="8"/>
        <source>Pin %1 on %2</source>
        <translation>%1 auf %2 pinnen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinCommands.cpp" line="27"/>
        <source>%1 is pinned on %2 within %3 already: nothing changed.</source>
        <translation>%1 ist bereits im Bereich %3 auf %2 gepinnt: nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>PinEvaluator</name>
    <message>
        <location filename="../models/rules/PinEvaluator.cpp" line="38"/>
        <source>%1: %2 needs %3 %4</source>
        <translation>%1: %2 braucht %3 %4</translation>
    </message>
    <message>
        <location filename="../models/rules/PinEvaluator.cpp" line="42"/>
        <source>%1; %2 runs no %3</source>
        <translation>%1; in %2 läuft kein %3</translation>
    </message>
    <message>
        <location filename="../models/rules/PinEvaluator.cpp" line="50"/>
        <source>%1; the constraint does not read: %2</source>
        <translation>%1; die Bedingung ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../models/rules/PinEvaluator.cpp" line="61"/>
        <source>%1; %2 runs %3</source>
        <translation>%1; in %2 läuft %3</translation>
    </message>
    <message>
        <location filename="../models/rules/PinEvaluator.cpp" line="62"/>
        <source>%1, but %2 runs %3</source>
        <translation>%1, aber in %2 läuft %3</translation>
    </message>
</context>
<context>
    <name>PinRepository</name>
    <message>
        <location filename="../models/storage/PinRepository.cpp" line="19"/>
        <source>saving a version pin</source>
        <translation>Speichern einer Versionsbindung</translation>
    </message>
    <message>
        <location filename="../models/storage/PinRepository.cpp" line="90"/>
        <source>Version pin %1 no longer exists — reload.</source>
        <translation>Versionsbindung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>PlaceholderCatalogue</name>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="27"/>
        <source>Release name with its version</source>
        <translation>Release-Name mit Version</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="28"/>
        <source>Release name</source>
        <translation>Release-Name</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="29"/>
        <source>Release version</source>
        <translation>Release-Version</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="30"/>
        <source>Release type: major, minor, patch or emergency</source>
        <translation>Release-Typ: Major, Minor, Patch oder Notfall</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="31"/>
        <source>Release status</source>
        <translation>Release-Status</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="32"/>
        <source>Release owner</source>
        <translation>Verantwortliche Person des Release</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="33"/>
        <source>Release objectives</source>
        <translation>Release-Ziele</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="34"/>
        <source>Change ticket</source>
        <translation>Change-Ticket</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="35"/>
        <source>Team that owns the release</source>
        <translation>Team, dem das Release gehört</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="36"/>
        <source>Services the release touches</source>
        <translation>Dienste, die das Release betrifft</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="37"/>
        <source>Window start in UTC</source>
        <translation>Fensterbeginn in UTC</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="38"/>
        <source>Window end in UTC</source>
        <translation>Fensterende in UTC</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="39"/>
        <source>The zone the window is planned in</source>
        <translation>Die Zeitzone, in der das Fenster geplant ist</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="40"/>
        <source>Window start in its planning zone</source>
        <translation>Fensterbeginn in seiner Planungszeitzone</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="41"/>
        <source>Window end in its planning zone</source>
        <translation>Fensterende in seiner Planungszeitzone</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="42"/>
        <source>Window length, such as 4 h</source>
        <translation>Fensterdauer, z. B. 4 h</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="43"/>
        <source>Distribution list the message goes to</source>
        <translation>Verteiler, an den die Mitteilung geht</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="44"/>
        <source>The audience&apos;s time zone</source>
        <translation>Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="45"/>
        <source>Window start in the audience&apos;s zone</source>
        <translation>Fensterbeginn in der Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="46"/>
        <source>Window end in the audience&apos;s zone</source>
        <translation>Fensterende in der Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="47"/>
        <source>The window in every audience&apos;s zone</source>
        <translation>Das Fenster in jeder Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="48"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="49"/>
        <source>Window start in that zone</source>
        <translation>Fensterbeginn in dieser Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="50"/>
        <source>Window end in that zone</source>
        <translation>Fensterende in dieser Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="51"/>
        <source>Scope by kind, such as 3 features and 2 fixes</source>
        <translation>Umfang nach Art, z. B. 3 Funktionen und 2 Fehlerbehebungen</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="52"/>
        <source>Number of scope items</source>
        <translation>Anzahl der Umfangselemente</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="53"/>
        <source>Scope counted by kind</source>
        <translation>Umfang nach Art gezählt</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="54"/>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="58"/>
        <source>Kind of scope item</source>
        <translation>Art des Umfangselements</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="55"/>
        <source>How many of that kind</source>
        <translation>Anzahl dieser Art</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="56"/>
        <source>Every scope item</source>
        <translation>Jedes Umfangselement</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="57"/>
        <source>Scope item title</source>
        <translation>Titel des Umfangselements</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="59"/>
        <source>Tracker key, such as PAY-142</source>
        <translation>Tracker-Schlüssel, z. B. PAY-142</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="60"/>
        <source>Scope item status</source>
        <translation>Status des Umfangselements</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="61"/>
        <source>Known issues and workarounds</source>
        <translation>Bekannte Probleme und Workarounds</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="62"/>
        <source>Known issue title</source>
        <translation>Titel des bekannten Problems</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="63"/>
        <source>What the issue does to users</source>
        <translation>Auswirkung des Problems auf Benutzer</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="64"/>
        <source>How to work around it</source>
        <translation>Wie man es umgeht</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="65"/>
        <source>Open, mitigated or resolved</source>
        <translation>Offen, entschärft oder gelöst</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="66"/>
        <source>Number of known issues</source>
        <translation>Anzahl bekannter Probleme</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="67"/>
        <source>Quality gate status in one line</source>
        <translation>Status der Quality Gates in einer Zeile</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="68"/>
        <source>Set when gate results are recorded</source>
        <translation>Gesetzt, wenn Gate-Ergebnisse erfasst sind</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="69"/>
        <source>Each quality gate and its status</source>
        <translation>Jedes Quality Gate und sein Status</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="70"/>
        <source>Gate name</source>
        <translation>Gate-Name</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="71"/>
        <source>Gate status</source>
        <translation>Gate-Status</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="72"/>
        <source>Scheduling conflicts of the window</source>
        <translation>Planungskonflikte des Fensters</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="73"/>
        <source>Error or warning</source>
        <translation>Fehler oder Warnung</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="74"/>
        <source>Kind of conflict</source>
        <translation>Art des Konflikts</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="75"/>
        <source>The conflict in a sentence</source>
        <translation>Der Konflikt in einem Satz</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="76"/>
        <source>Number of conflicts</source>
        <translation>Anzahl der Konflikte</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="77"/>
        <source>People to contact for the release</source>
        <translation>Ansprechpartner für das Release</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="78"/>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="79"/>
        <source>Contact role</source>
        <translation>Rolle des Kontakts</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="80"/>
        <source>Contact e-mail address</source>
        <translation>E-Mail-Adresse des Kontakts</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="81"/>
        <source>Why the release is late</source>
        <translation>Warum das Release verspätet ist</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="82"/>
        <source>Window start before the delay</source>
        <translation>Fensterbeginn vor der Verzögerung</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="83"/>
        <source>Window end before the delay</source>
        <translation>Fensterende vor der Verzögerung</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="84"/>
        <source>Revised window start</source>
        <translation>Neuer Fensterbeginn</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="85"/>
        <source>Revised window end</source>
        <translation>Neues Fensterende</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="86"/>
        <source>Who issues the message</source>
        <translation>Wer die Mitteilung versendet</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="87"/>
        <source>Today&apos;s date</source>
        <translation>Heutiges Datum</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="160"/>
        <source>a tag opened with {{ is never closed with }}</source>
        <translation>ein mit {{ geöffnetes Tag wird nie mit }} geschlossen</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="169"/>
        <source>prints plan text unescaped; write {{name}} so it stays text</source>
        <translation>gibt Plantext unmaskiert aus; schreiben Sie {{name}}, damit es Text bleibt</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="176"/>
        <source>partials and changed delimiters are not supported</source>
        <translation>Partials und geänderte Trennzeichen werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="184"/>
        <source>an empty tag</source>
        <translation>ein leeres Tag</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="191"/>
        <source>closes a section that was never opened</source>
        <translation>schließt einen Abschnitt, der nie geöffnet wurde</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="192"/>
        <source>closes %1, but {{#%2}} (line %3) is still open</source>
        <translation>schließt %1, aber {{#%2}} (Zeile %3) ist noch offen</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="202"/>
        <source>unknown placeholder %1</source>
        <translation>unbekannter Platzhalter %1</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="210"/>
        <source>section %1 is never closed with {{/%1}}</source>
        <translation>Abschnitt %1 wird nie mit {{/%1}} geschlossen</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="221"/>
        <source>%1 line %2: %3 — %4</source>
        <translation>%1 Zeile %2: %3 — %4</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="222"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../models/io/PlaceholderCatalogue.cpp" line="222"/>
        <source>body</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="65"/>
        <source>reading products</source>
        <translation>Lesen der Produkte</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="75"/>
        <source>reading a product</source>
        <translation>Lesen eines Produkts</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="76"/>
        <source>Product %1 no longer exists; someone may have deleted it — reload.</source>
        <translation>Produkt %1 existiert nicht mehr; jemand hat es vielleicht gelöscht — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="87"/>
        <source>This file is older than products; open it in this version of Slipway to upgrade it first.</source>
        <translation>Diese Datei stammt aus der Zeit vor den Produkten; öffnen Sie sie zuerst in dieser Slipway-Version, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="96"/>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="97"/>
        <source>saving a product&apos;s versioning scheme</source>
        <translation>Speichern des Versionierungsschemas eines Produkts</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="113"/>
        <location filename="../models/storage/ProductRepository.cpp" line="131"/>
        <source>reading a product&apos;s releases</source>
        <translation>Lesen der Releases eines Produkts</translation>
    </message>
    <message>
        <location filename="../models/storage/ProductRepository.cpp" line="147"/>
        <source>reading a release&apos;s scope</source>
        <translation>Lesen des Umfangs eines Release</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <location filename="../models/services/ProductService.cpp" line="60"/>
        <source>no product is %1 (give a service&apos;s id or name; &apos;slipway product list&apos; shows them)</source>
        <translation>kein Produkt ist %1 (geben Sie die ID oder den Namen eines Dienstes an; &apos;slipway product list&apos; zeigt sie)</translation>
    </message>
    <message>
        <location filename="../models/services/ProductService.cpp" line="67"/>
        <source>%1 is ambiguous: %2</source>
        <translation>%1 ist mehrdeutig: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/ProductService.cpp" line="94"/>
        <source>%1 cannot use %2: %n of its releases have versions that are not of that scheme: %3%4</source>
        <translation>
            <numerusform>%1 kann %2 nicht verwenden: %n seiner Releases hat eine Version, die nicht diesem Schema entspricht: %3%4</numerusform>
            <numerusform>%1 kann %2 nicht verwenden: %n seiner Releases haben Versionen, die nicht diesem Schema entsprechen: %3%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/ProductService.cpp" line="99"/>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <location filename="../models/services/ProductService.cpp" line="145"/>
        <source>Product %1 does not exist.</source>
        <translation>Produkt %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/services/ProductService.cpp" line="166"/>
        <source>%1 already has version %2: release %3 &quot;%4&quot;. A version is unique per product; choose another.</source>
        <translation>%1 hat bereits die Version %2: Release %3 „%4“. Eine Version ist je Produkt eindeutig; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../models/services/ProductService.cpp" line="245"/>
        <source>%1 is already release %2 &quot;%3&quot; of %4.</source>
        <translation>%1 ist bereits Release %2 „%3“ von %4.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/io/BackgroundTask.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RecordAcknowledgementCommand</name>
    <message>
        <location filename="../ui/comms/RecordAcknowledgementCommand.cpp" line="11"/>
        <source>Record acknowledgement of %1</source>
        <translation>Bestätigung von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>RecordDeploymentCommand</name>
    <message>
        <location filename="../ui/deployments/DeploymentCommands.cpp" line="12"/>
        <source>Record deployment</source>
        <translation>Deployment erfassen</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../models/rules/Recurrence.cpp" line="59"/>
        <source>&apos;%1&apos; is not a valid RRULE (RFC 5545), e.g. FREQ=WEEKLY;BYDAY=FR</source>
        <translation>&apos;%1&apos; ist keine gültige RRULE (RFC 5545), z. B. FREQ=WEEKLY;BYDAY=FR</translation>
    </message>
    <message>
        <location filename="../models/rules/Recurrence.cpp" line="79"/>
        <source>&apos;%1&apos; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>&apos;%1&apos; ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../models/rules/Recurrence.cpp" line="82"/>
        <source>a period must end after it starts</source>
        <translation>ein Zeitraum muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <location filename="../models/rules/Recurrence.cpp" line="110"/>
        <source>&apos;%1&apos; cannot be expanded from its first occurrence</source>
        <translation>&apos;%1&apos; kann nicht ab seinem ersten Vorkommen expandiert werden</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../models/domain/Release.cpp" line="39"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="41"/>
        <source>Keep the name under 200 characters.</source>
        <translation>Der Name muss kürzer als 200 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="31"/>
        <source>Not a semantic version: %1.</source>
        <translation>Keine semantische Version: %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="45"/>
        <source>Give both the start and the end of the window, or neither.</source>
        <translation>Geben Sie Beginn und Ende des Fensters an, oder keines von beiden.</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="48"/>
        <source>The window must end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../models/domain/Release.cpp" line="52"/>
        <source>&apos;%1&apos; is not a known time zone (use an IANA name such as Europe/Berlin).</source>
        <translation>&apos;%1&apos; ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>ReleaseLifecycle</name>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="65"/>
        <source>%1 approved</source>
        <translation>%1 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="68"/>
        <source>no change request has been raised for this release</source>
        <translation>für dieses Release wurde kein Change-Request angelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="73"/>
        <source>%n condition(s) of the CAB&apos;s approval still open</source>
        <translation>
            <numerusform>%n Auflage der CAB-Genehmigung noch offen</numerusform>
            <numerusform>%n Auflagen der CAB-Genehmigung noch offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="80"/>
        <source>emergency: retroactive approval due by %1 (%2)</source>
        <translation>Notfall: nachträgliche Genehmigung fällig bis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="83"/>
        <source>emergency: retroactive approval overdue since %1 (%2)</source>
        <translation>Notfall: nachträgliche Genehmigung überfällig seit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="93"/>
        <source>the release has no window yet</source>
        <translation>das Release hat noch kein Fenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="98"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="105"/>
        <source>the release has no gates</source>
        <translation>das Release hat keine Gates</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="106"/>
        <source>gate “%1” is not promoted</source>
        <translation>Gate „%1“ ist nicht hochgestuft</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="109"/>
        <source>no exit criteria</source>
        <translation>keine Exit-Kriterien</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="111"/>
        <source>%1 of %2 exit criteria settled</source>
        <translation>%1 von %2 Exit-Kriterien erledigt</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="115"/>
        <source>no artifacts registered</source>
        <translation>keine Artefakte registriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="116"/>
        <source>%n artifact(s) verified</source>
        <translation>
            <numerusform>%n Artefakt geprüft</numerusform>
            <numerusform>%n Artefakte geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="117"/>
        <source>%1 of %2 not verified: %3</source>
        <translation>%1 von %2 nicht geprüft: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="124"/>
        <source>%n deployed artifact(s) covered by no passing gate evidence: %1</source>
        <translation>
            <numerusform>%n ausgerolltes Artefakt ist durch keinen bestandenen Gate-Nachweis abgedeckt: %1</numerusform>
            <numerusform>%n ausgerollte Artefakte sind durch keinen bestandenen Gate-Nachweis abgedeckt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="131"/>
        <source>no successful production deployment is recorded</source>
        <translation>kein erfolgreiches Produktions-Deployment erfasst</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="135"/>
        <source>no rolled-back production deployment is recorded</source>
        <translation>kein zurückgerolltes Produktions-Deployment erfasst</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="139"/>
        <source>no production deployment is recorded</source>
        <translation>kein Produktions-Deployment erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="143"/>
        <source>%n waiver validation task(s) still open</source>
        <translation>
            <numerusform>%n Validierungsaufgabe einer Ausnahme noch offen</numerusform>
            <numerusform>%n Validierungsaufgaben von Ausnahmen noch offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="146"/>
        <source>%n CAB condition(s) still open</source>
        <translation>
            <numerusform>%n CAB-Auflage noch offen</numerusform>
            <numerusform>%n CAB-Auflagen noch offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="179"/>
        <source>A release window</source>
        <translation>Ein Release-Fenster</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="181"/>
        <source>No hard conflict</source>
        <translation>Kein harter Konflikt</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="183"/>
        <source>Change approval</source>
        <translation>Change-Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="185"/>
        <source>Gates promoted to Production</source>
        <translation>Gates bis Produktion hochgestuft</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="187"/>
        <source>Exit criteria settled</source>
        <translation>Exit-Kriterien erledigt</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="189"/>
        <source>Artifacts verified</source>
        <translation>Artefakte geprüft</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="191"/>
        <source>Deployed artifacts tested</source>
        <translation>Ausgerollte Artefakte getestet</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="193"/>
        <source>Production deployment succeeded</source>
        <translation>Produktions-Deployment erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="195"/>
        <source>Production deployment rolled back</source>
        <translation>Produktions-Deployment zurückgerollt</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="197"/>
        <source>Production deployment recorded</source>
        <translation>Produktions-Deployment erfasst</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="199"/>
        <source>Ready to close</source>
        <translation>Bereit zum Abschluss</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="247"/>
        <source> (overridden)</source>
        <translation> (übersteuert)</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="315"/>
        <source>overridden (%1)</source>
        <translation>übersteuert (%1)</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="335"/>
        <source>%1 cannot move to %2 directly</source>
        <translation>Von %1 ist kein direkter Wechsel zu %2 möglich</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="363"/>
        <source>Ready for %1</source>
        <translation>Bereit für Status %1</translation>
    </message>
    <message>
        <location filename="../models/rules/ReleaseLifecycle.cpp" line="367"/>
        <source>%1: needs %2</source>
        <translation>%1: benötigt %2</translation>
    </message>
</context>
<context>
    <name>ReleaseLinkRepository</name>
    <message>
        <location filename="../models/storage/ReleaseLinkRepository.cpp" line="18"/>
        <source>saving what a release needs</source>
        <translation>Speichern des Bedarfs eines Release</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseLinkRepository.cpp" line="27"/>
        <source>Release %1 no longer exists — reload.</source>
        <translation>Release %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseLinkRepository.cpp" line="59"/>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
</context>
<context>
    <name>ReleaseLookup</name>
    <message>
        <location filename="../models/services/ReleaseLookup.cpp" line="48"/>
        <source>name a release: its id or NAME@VERSION</source>
        <translation>geben Sie ein Release an: seine ID oder NAME@VERSION</translation>
    </message>
    <message>
        <location filename="../models/services/ReleaseLookup.cpp" line="101"/>
        <source>no release has the id or version %1</source>
        <translation>kein Release hat die ID oder Version %1</translation>
    </message>
    <message>
        <location filename="../models/services/ReleaseLookup.cpp" line="103"/>
        <source>no release is %1 (give an id or PRODUCT@VERSION)</source>
        <translation>kein Release ist %1 (geben Sie eine ID oder PRODUKT@VERSION an)</translation>
    </message>
    <message>
        <location filename="../models/services/ReleaseLookup.cpp" line="104"/>
        <source>no release has version %1 (give an id or PRODUCT@VERSION)</source>
        <translation>kein Release hat die Version %1 (geben Sie eine ID oder PRODUKT@VERSION an)</translation>
    </message>
    <message>
        <location filename="../models/services/ReleaseLookup.cpp" line="38"/>
        <source>%1 is ambiguous: %2%3</source>
        <translation>%1 ist mehrdeutig: %2%3</translation>
    </message>
    <message>
        <location filename="../models/services/ReleaseLookup.cpp" line="40"/>
        <source> …</source>
        <translation> …</translation>
    </message>
</context>
<context>
    <name>ReleaseRepository</name>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="88"/>
        <location filename="../models/storage/ReleaseRepository.cpp" line="97"/>
        <location filename="../models/storage/ReleaseRepository.cpp" line="128"/>
        <source>reading releases</source>
        <translation>Lesen der Releases</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="108"/>
        <source>Release %1 no longer exists; someone may have deleted it — reload.</source>
        <translation>Release %1 existiert nicht mehr; jemand hat es vielleicht gelöscht — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="110"/>
        <location filename="../models/storage/ReleaseRepository.cpp" line="119"/>
        <source>reading a release</source>
        <translation>Lesen eines Release</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="149"/>
        <location filename="../models/storage/ReleaseRepository.cpp" line="172"/>
        <source>saving a release</source>
        <translation>Speichern eines Release</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="185"/>
        <source>deleting a release</source>
        <translation>Löschen eines Release</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="196"/>
        <location filename="../models/storage/ReleaseRepository.cpp" line="203"/>
        <source>saving a release&apos;s services</source>
        <translation>Speichern der Dienste eines Release</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="216"/>
        <source>Release &quot;%1&quot; was changed by %2 at %3 — reload to see their change, then edit again.</source>
        <translation>Release „%1“ wurde von %2 um %3 geändert — laden Sie neu, um die Änderung zu sehen, und bearbeiten Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../models/storage/ReleaseRepository.cpp" line="222"/>
        <source>Release %1 was deleted by someone else — reload.</source>
        <translation>Release %1 wurde von jemand anderem gelöscht — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>ReleaseVersioning</name>
    <message>
        <location filename="../models/rules/ReleaseVersioning.cpp" line="27"/>
        <source>Not a version of %1: %2</source>
        <translation>Keine Version nach %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoveArtifactsCommand</name>
    <message numerus="yes">
        <location filename="../ui/packages/ArtifactCommands.cpp" line="53"/>
        <source>Remove %n artifact(s)</source>
        <translation>
            <numerusform>%n Artefakt entfernen</numerusform>
            <numerusform>%n Artefakte entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReorderExitCriteriaCommand</name>
    <message>
        <location filename="../ui/definition/ReorderExitCriteriaCommand.cpp" line="12"/>
        <source>Reorder exit criteria</source>
        <translation>Exit-Kriterien neu anordnen</translation>
    </message>
</context>
<context>
    <name>ReorderScopeItemCommand</name>
    <message>
        <location filename="../ui/scope/ReorderScopeItemCommand.cpp" line="11"/>
        <source>Reorder &quot;%1&quot;</source>
        <translation>„%1“ neu anordnen</translation>
    </message>
</context>
<context>
    <name>RequestOverrideCommand</name>
    <message>
        <location filename="../ui/definition/RequestOverrideCommand.cpp" line="11"/>
        <source>Ask to override “%1”</source>
        <translation>Übersteuerung von „%1“ beantragen</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentRepository</name>
    <message>
        <location filename="../models/storage/RiskAssessmentRepository.cpp" line="16"/>
        <source>saving a risk assessment</source>
        <translation>Speichern einer Risikobewertung</translation>
    </message>
    <message>
        <location filename="../models/storage/RiskAssessmentRepository.cpp" line="92"/>
        <source>The risk assessment no longer exists — reload.</source>
        <translation>Die Risikobewertung existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/RiskAssessmentRepository.cpp" line="142"/>
        <location filename="../models/storage/RiskAssessmentRepository.cpp" line="162"/>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
</context>
<context>
    <name>RiskClassifier</name>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="32"/>
        <source>No users</source>
        <translation>Keine Benutzer</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="33"/>
        <source>One team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="36"/>
        <source>A business unit</source>
        <translation>Ein Geschäftsbereich</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="41"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="46"/>
        <location filename="../models/rules/RiskClassifier.cpp" line="77"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="49"/>
        <source>Additive (old code still works)</source>
        <translation>Additiv (alter Code funktioniert weiter)</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="53"/>
        <source>Rewrites existing data</source>
        <translation>Schreibt vorhandene Daten um</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="55"/>
        <source>Irreversible</source>
        <translation>Irreversibel</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="60"/>
        <source>Redeploy the previous version</source>
        <translation>Vorherige Version erneut ausrollen</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="65"/>
        <source>Scripted, with data restore</source>
        <translation>Per Skript, mit Datenwiederherstellung</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="70"/>
        <source>Manual, takes hours</source>
        <translation>Manuell, dauert Stunden</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="74"/>
        <source>Not possible (fix forward)</source>
        <translation>Nicht möglich (Fix nach vorn)</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="80"/>
        <source>Internal controls</source>
        <translation>Interne Kontrollen</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="84"/>
        <source>Regulated (SOX, PCI DSS, GDPR)</source>
        <translation>Reguliert (SOX, PCI DSS, DSGVO)</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="86"/>
        <source>Reportable to a regulator</source>
        <translation>Meldepflichtig gegenüber einer Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="89"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="92"/>
        <source>Similar done before</source>
        <translation>Ähnliches schon gemacht</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="95"/>
        <source>New to this team</source>
        <translation>Neu für dieses Team</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="98"/>
        <source>Untried technology or vendor</source>
        <translation>Unerprobte Technologie oder Hersteller</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="182"/>
        <source>Users affected</source>
        <translation>Betroffene Benutzer</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="188"/>
        <source>Services affected: %1</source>
        <translation>Betroffene Dienste: %1</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="191"/>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="192"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="193"/>
        <source>Regulatory exposure</source>
        <translation>Regulatorische Relevanz</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="199"/>
        <source>Change window: %1 h</source>
        <translation>Change-Fenster: %1 h</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="202"/>
        <source>Novelty</source>
        <translation>Neuartigkeit</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="217"/>
        <source> — at least %1 risk on its own</source>
        <translation> — allein schon mindestens Risiko %1</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="226"/>
        <source>Urgent: cannot wait for a planned window, so an emergency release</source>
        <translation>Dringend: kann nicht auf ein geplantes Fenster warten, daher ein Notfall-Release</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="336"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="338"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="340"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../models/rules/RiskClassifier.cpp" line="342"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>RowStateCheck</name>
    <message>
        <location filename="../models/services/RowStateCheck.cpp" line="183"/>
        <source>%1 row %2 has no audit entry: it was added with another tool</source>
        <translation>Zeile %2 in %1 hat keinen Audit-Eintrag: Sie wurde mit einem anderen Werkzeug hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/services/RowStateCheck.cpp" line="191"/>
        <source>%1 row %2 was deleted (audit entry %3) and is back without one</source>
        <translation>Zeile %2 in %1 wurde gelöscht (Audit-Eintrag %3) und ist ohne Eintrag zurück</translation>
    </message>
    <message>
        <location filename="../models/services/RowStateCheck.cpp" line="208"/>
        <source>%1 row %2 differs from its audit entry %3 in %4: changed with another tool</source>
        <translation>Zeile %2 in %1 weicht in %4 von ihrem Audit-Eintrag %3 ab: mit einem anderen Werkzeug geändert</translation>
    </message>
</context>
<context>
    <name>SarifReport</name>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="69"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="85"/>
        <location filename="../models/io/SarifReport.cpp" line="156"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="104"/>
        <location filename="../models/io/SarifReport.cpp" line="133"/>
        <location filename="../models/io/SarifReport.cpp" line="215"/>
        <location filename="../models/io/SarifReport.cpp" line="268"/>
        <location filename="../models/io/SarifReport.cpp" line="272"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="113"/>
        <location filename="../models/io/SarifReport.cpp" line="165"/>
        <location filename="../models/io/SarifReport.cpp" line="322"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="125"/>
        <source>expected an array index</source>
        <translation>Array-Index erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="154"/>
        <source>missing; not a SARIF log (expected &quot;2.1.0&quot;)</source>
        <translation>fehlt; kein SARIF-Log (erwartet &quot;2.1.0&quot;)</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="159"/>
        <source>SARIF %1 is not supported, expected 2.1.0</source>
        <translation>SARIF %1 wird nicht unterstützt, erwartet 2.1.0</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="164"/>
        <source>missing; not a SARIF log</source>
        <translation>fehlt; kein SARIF-Log</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="190"/>
        <source>expected a CVSS score, found %1</source>
        <translation>CVSS-Wert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="193"/>
        <source>expected a CVSS score</source>
        <translation>CVSS-Wert erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="197"/>
        <source>a CVSS score must be between 0 and 10</source>
        <translation>ein CVSS-Wert muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="206"/>
        <source>expected error, warning, note or none</source>
        <translation>error, warning, note oder none erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="268"/>
        <location filename="../models/io/SarifReport.cpp" line="272"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="315"/>
        <source>%1 is null: %2 did not produce results</source>
        <translation>%1 ist null: %2 hat keine Ergebnisse geliefert</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="363"/>
        <source>%1 is out of range: the run has %2 tool extensions</source>
        <translation>%1 liegt außerhalb des Bereichs: Der Lauf hat %2 Tool-Erweiterungen</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="373"/>
        <source>%1 is out of range: the tool component has %2 rules</source>
        <translation>%1 liegt außerhalb des Bereichs: Die Tool-Komponente hat %2 Regeln</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="389"/>
        <source>expected error, warning, note or none, found %1</source>
        <translation>error, warning, note oder none erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="509"/>
        <source>%1: the file is empty, expected SARIF JSON</source>
        <translation>%1: Die Datei ist leer, SARIF-JSON erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="517"/>
        <source>%1 line %2: %3, expected SARIF JSON in UTF-8</source>
        <translation>%1 Zeile %2: %3, SARIF-JSON in UTF-8 erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="520"/>
        <source>a NUL byte (binary data)</source>
        <translation>ein NUL-Byte (Binärdaten)</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="521"/>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="526"/>
        <source>%1:%2:%3 (byte %4): not valid JSON: %5</source>
        <translation>%1:%2:%3 (Byte %4): kein gültiges JSON: %5</translation>
    </message>
    <message>
        <location filename="../models/io/SarifReport.cpp" line="535"/>
        <source>%1: not a SARIF log: the top level is not an object with &quot;version&quot; and &quot;runs&quot;</source>
        <translation>%1: kein SARIF-Log: Die oberste Ebene ist kein Objekt mit &quot;version&quot; und &quot;runs&quot;</translation>
    </message>
</context>
<context>
    <name>SaveTemplateCommand</name>
    <message>
        <location filename="../ui/comms/SaveTemplateCommand.cpp" line="13"/>
        <source>Save template “%1”</source>
        <translation>Vorlage „%1“ speichern</translation>
    </message>
    <message>
        <location filename="../ui/comms/SaveTemplateCommand.cpp" line="37"/>
        <source>“%1” was changed by %2 at %3 — reload.</source>
        <translation>„%1“ wurde von %2 um %3 geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>SbomAssembly</name>
    <message>
        <location filename="../models/io/SbomAssembly.cpp" line="23"/>
        <source>the component has no name</source>
        <translation>die Komponente hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../models/io/SbomAssembly.cpp" line="48"/>
        <source>the ref %1 is already the ref of the component at %2</source>
        <translation>die Referenz %1 ist bereits die Referenz der Komponente bei %2</translation>
    </message>
    <message>
        <location filename="../models/io/SbomAssembly.cpp" line="71"/>
        <source>%1: %2 is not a hash algorithm CycloneDX or SPDX knows; that hash was left out</source>
        <translation>%1: %2 ist kein Hash-Algorithmus, den CycloneDX oder SPDX kennt; dieser Hash wurde ausgelassen</translation>
    </message>
    <message>
        <location filename="../models/io/SbomAssembly.cpp" line="84"/>
        <source>two different %1 hashes for one component</source>
        <translation>zwei verschiedene %1-Hashes für eine Komponente</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/SbomAssembly.cpp" line="165"/>
        <source>%n more refs name no component; their dependencies were left out</source>
        <translation>
            <numerusform>%n weitere Referenz nennt keine Komponente; ihre Abhängigkeiten wurden ausgelassen</numerusform>
            <numerusform>%n weitere Referenzen nennen keine Komponente; ihre Abhängigkeiten wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/SbomAssembly.cpp" line="171"/>
        <source>%1: %2 is not the ref of a component in this document; %n dependencies naming it were left out</source>
        <translation>
            <numerusform>%1: %2 ist nicht die Referenz einer Komponente in diesem Dokument; %n Abhängigkeit, die sie nennt, wurde ausgelassen</numerusform>
            <numerusform>%1: %2 ist nicht die Referenz einer Komponente in diesem Dokument; %n Abhängigkeiten, die sie nennen, wurden ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SbomHash</name>
    <message>
        <location filename="../models/io/Sbom.cpp" line="85"/>
        <source>%1 is not a known hash algorithm</source>
        <translation>%1 ist kein bekannter Hash-Algorithmus</translation>
    </message>
    <message>
        <location filename="../models/io/Sbom.cpp" line="88"/>
        <source>the %1 hash is empty</source>
        <translation>der %1-Hash ist leer</translation>
    </message>
    <message>
        <location filename="../models/io/Sbom.cpp" line="91"/>
        <source>the %1 hash is not hexadecimal</source>
        <translation>der %1-Hash ist nicht hexadezimal</translation>
    </message>
    <message>
        <location filename="../models/io/Sbom.cpp" line="95"/>
        <source>the %1 hash has %2 hex digits; %1 has %3</source>
        <translation>der %1-Hash hat %2 Hex-Ziffern; %1 hat %3</translation>
    </message>
    <message>
        <location filename="../models/io/Sbom.cpp" line="100"/>
        <source>the %1 hash has %2 hex digits; expected an even count from 32 to 128</source>
        <translation>der %1-Hash hat %2 Hex-Ziffern; erwartet ist eine gerade Anzahl von 32 bis 128</translation>
    </message>
</context>
<context>
    <name>SbomJson</name>
    <message>
        <location filename="../models/io/SbomJson.h" line="46"/>
        <location filename="../models/io/SbomJson.h" line="85"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomJson.h" line="53"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/io/SbomJson.h" line="62"/>
        <location filename="../models/io/SbomJson.h" line="78"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomJson.h" line="71"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
</context>
<context>
    <name>SbomReader</name>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="39"/>
        <source>%1:%2: %3, expected SBOM JSON in UTF-8</source>
        <translation>%1:%2: %3, SBOM-JSON in UTF-8 erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="41"/>
        <source>a NUL byte (binary data)</source>
        <translation>ein NUL-Byte (Binärdaten)</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="42"/>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="46"/>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="50"/>
        <source>%1: not an SBOM: the top level is an array; CycloneDX and SPDX JSON documents are objects</source>
        <translation>%1: kein SBOM: Die oberste Ebene ist ein Array; CycloneDX- und SPDX-JSON-Dokumente sind Objekte</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="56"/>
        <source>%1: /bomFormat: %2 is not CycloneDX</source>
        <translation>%1: /bomFormat: %2 ist nicht CycloneDX</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="70"/>
        <source>%1: SPDX 3 JSON-LD is not supported; expected SPDX 2.2 or 2.3 JSON</source>
        <translation>%1: SPDX 3 JSON-LD wird nicht unterstützt; SPDX-2.2- oder -2.3-JSON erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="72"/>
        <source>%1: JSON, but neither CycloneDX nor SPDX: the top level has no &quot;bomFormat&quot; and no &quot;spdxVersion&quot;</source>
        <translation>%1: JSON, aber weder CycloneDX noch SPDX: Die oberste Ebene hat weder „bomFormat“ noch „spdxVersion“</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="82"/>
        <source>the byte 0x%1</source>
        <translation>das Byte 0x%1</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="99"/>
        <source>%1: the file is empty, expected a CycloneDX or SPDX SBOM</source>
        <translation>%1: Die Datei ist leer, CycloneDX- oder SPDX-SBOM erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="101"/>
        <source>%1: the file is UTF-16 text; expected a CycloneDX or SPDX SBOM in UTF-8</source>
        <translation>%1: Die Datei ist UTF-16-Text; CycloneDX- oder SPDX-SBOM in UTF-8 erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="111"/>
        <source>%1: the file holds only white space, expected a CycloneDX or SPDX SBOM</source>
        <translation>%1: Die Datei enthält nur Leerraum, CycloneDX- oder SPDX-SBOM erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="122"/>
        <source>%1: SPDX tag-value is not supported; expected SPDX 2.2 or 2.3 JSON</source>
        <translation>%1: SPDX Tag-Value wird nicht unterstützt; SPDX-2.2- oder -2.3-JSON erwartet</translation>
    </message>
    <message>
        <location filename="../models/io/SbomReader.cpp" line="124"/>
        <source>%1: neither JSON nor XML: expected &quot;{&quot; or &quot;&lt;&quot;, found %2</source>
        <translation>%1: weder JSON noch XML: „{“ oder „&lt;“ erwartet, %2 gefunden</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <location filename="../models/storage/ScheduleRepository.cpp" line="16"/>
        <source>reading the schedule</source>
        <translation>Lesen des Zeitplans</translation>
    </message>
    <message>
        <location filename="../models/storage/ScheduleRepository.cpp" line="48"/>
        <source>There is no release %1 in %2.</source>
        <translation>Es gibt kein Release %1 in %2.</translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <location filename="../models/services/ScheduleService.cpp" line="36"/>
        <source>Blackout &quot;%1&quot;: %2</source>
        <translation>Sperrzeit „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleValidation</name>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="18"/>
        <source>Give it a name.</source>
        <translation>Geben Sie einen Namen an.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="23"/>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="30"/>
        <source>“%1” is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="46"/>
        <source>Only a recurring blackout can leave dates out.</source>
        <translation>Nur bei einer wiederkehrenden Sperrzeit können Termine ausgelassen werden.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="50"/>
        <source>Choose at least one service, or all services.</source>
        <translation>Wählen Sie mindestens einen Dienst oder alle Dienste.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="68"/>
        <source>The kind must be dev, test, staging or prod.</source>
        <translation>Die Art muss dev, test, staging oder prod sein.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="75"/>
        <source>Choose the environment to book.</source>
        <translation>Wählen Sie die zu buchende Umgebung.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="78"/>
        <source>Say what the booking is for, or name a release.</source>
        <translation>Geben Sie an, wofür die Buchung ist, oder nennen Sie ein Release.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="91"/>
        <source>Working hours must lie within one day.</source>
        <translation>Die Arbeitszeit muss innerhalb eines Tages liegen.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="94"/>
        <source>Working hours must end after they start.</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="97"/>
        <source>Working hours must last at least an hour.</source>
        <translation>Die Arbeitszeit muss mindestens eine Stunde dauern.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="99"/>
        <source>Working days are Monday to Sunday.</source>
        <translation>Arbeitstage sind Montag bis Sonntag.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="103"/>
        <source>“%1” is not a role.</source>
        <translation>„%1“ ist keine Rolle.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="111"/>
        <source>Choose whose availability this is.</source>
        <translation>Wählen Sie, wessen Verfügbarkeit das ist.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScheduleValidation.cpp" line="122"/>
        <source>A release cannot require “%1”.</source>
        <translation>Ein Release kann „%1“ nicht voraussetzen.</translation>
    </message>
</context>
<context>
    <name>ScopeCardPainter</name>
    <message>
        <location filename="../ui/scope/ScopeCardPainter.cpp" line="22"/>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeCardPainter.cpp" line="172"/>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
</context>
<context>
    <name>ScopeCsvMapping</name>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="96"/>
        <source>Jira export</source>
        <translation>Jira-Export</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="98"/>
        <source>Azure DevOps export</source>
        <translation>Azure-DevOps-Export</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="100"/>
        <source>Slipway export</source>
        <translation>Slipway-Export</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="102"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="144"/>
        <source>--map takes COLUMN=FIELD pairs separated by commas, e.g. &quot;Name=title,Ticket=external_key&quot;; %1 is not one</source>
        <translation>--map erwartet durch Kommas getrennte Paare SPALTE=FELD, z. B. &quot;Name=title,Ticket=external_key&quot;; %1 ist keines</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="151"/>
        <source>--map: %1 has no column %2 (its columns: %3)</source>
        <translation>--map: %1 hat keine Spalte %2 (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="163"/>
        <source>--map: unknown field %1; fields are %2 and ignore</source>
        <translation>--map: unbekanntes Feld %1; Felder sind %2 und ignore</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="175"/>
        <source>%1 is not a Jira or Azure DevOps export and has no title column; say which column holds what with --map, e.g. --map &quot;Name=title,Ticket=external_key,Type=kind&quot; (its columns: %2)</source>
        <translation>%1 ist kein Jira- oder Azure-DevOps-Export und hat keine Titelspalte; geben Sie mit --map an, welche Spalte was enthält, z. B. --map &quot;Name=title,Ticket=external_key,Type=kind&quot; (Spalten: %2)</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="212"/>
        <source>%1: choose the column that holds each item&apos;s title</source>
        <translation>%1: wählen Sie die Spalte, die den Titel jedes Elements enthält</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="246"/>
        <source>%1 %2 is not one Slipway knows (%3)</source>
        <translation>%1 %2 ist Slipway nicht bekannt (%3)</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="254"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="267"/>
        <source>feature, fix, patch, tech_debt, regulatory, or a type such as Story, Bug, Hotfix, Task</source>
        <translation>feature, fix, patch, tech_debt, regulatory oder ein Typ wie Story, Bug, Hotfix, Task</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="282"/>
        <source>critical, high, medium, low, Highest … Lowest, 1 … 4</source>
        <translation>critical, high, medium, low, Highest … Lowest, 1 … 4</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="295"/>
        <source>proposed, committed, in_progress, done, deferred, or a status such as To Do, Active, Done, Won&apos;t Do</source>
        <translation>proposed, committed, in_progress, done, deferred oder ein Status wie To Do, Active, Done, Won&apos;t Do</translation>
    </message>
    <message>
        <location filename="../models/io/ScopeCsvMapping.cpp" line="304"/>
        <source>%1 %2 is not a number of points</source>
        <translation>%1 %2 ist keine Punktzahl</translation>
    </message>
</context>
<context>
    <name>ScopeDependencyRule</name>
    <message>
        <location filename="../models/rules/ScopeDependencyRule.cpp" line="86"/>
        <source>its release</source>
        <translation>sein Release</translation>
    </message>
    <message>
        <location filename="../models/rules/ScopeDependencyRule.cpp" line="89"/>
        <source>%1 is committed to %2 but needs %3, which is deferred.</source>
        <translation>%1 ist für %2 zugesagt, benötigt aber %3, das zurückgestellt ist.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScopeDependencyRule.cpp" line="94"/>
        <source>%1 is committed to %2 but needs %3, which is still in the backlog.</source>
        <translation>%1 ist für %2 zugesagt, benötigt aber %3, das noch im Backlog liegt.</translation>
    </message>
    <message>
        <location filename="../models/rules/ScopeDependencyRule.cpp" line="100"/>
        <source>%1 is committed to %2 but needs %3, which is planned for the later release %4.</source>
        <translation>%1 ist für %2 zugesagt, benötigt aber %3, das für das spätere Release %4 geplant ist.</translation>
    </message>
</context>
<context>
    <name>ScopeImportService</name>
    <message>
        <location filename="../models/services/ScopeImportService.cpp" line="81"/>
        <source>there are no releases yet</source>
        <translation>es gibt noch keine Releases</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeImportService.cpp" line="129"/>
        <source>%1 appears again (first on line %2)</source>
        <translation>%1 kommt erneut vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeImportService.cpp" line="136"/>
        <source>%1 line %2: %3.</source>
        <translation>%1 Zeile %2: %3.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeImportService.cpp" line="183"/>
        <source>--release: no release has version %1 (versions: %2)</source>
        <translation>--release: kein Release hat die Version %1 (Versionen: %2)</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeImportService.cpp" line="189"/>
        <source>--release: %1 releases have version %2; give each a distinct version first</source>
        <translation>--release: %1 Releases haben die Version %2; geben Sie zuerst jedem eine eigene Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/ScopeImportService.cpp" line="216"/>
        <source>%1: version %2 matches no single release; its %n item(s) keep their place (new ones go to the backlog).</source>
        <translation>
            <numerusform>%1: Version %2 passt zu keinem einzelnen Release; ihr %n Element behält seinen Platz (neue kommen ins Backlog).</numerusform>
            <numerusform>%1: Version %2 passt zu keinem einzelnen Release; ihre %n Elemente behalten ihren Platz (neue kommen ins Backlog).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/ScopeImportService.cpp" line="379"/>
        <source>%1 line %2: %3 is neither in the file nor in Slipway; the link to it was left out.</source>
        <translation>%1 Zeile %2: %3 ist weder in der Datei noch in Slipway; die Verknüpfung wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ScopeItem</name>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="95"/>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="97"/>
        <source>Fix</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="99"/>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="101"/>
        <source>Tech debt</source>
        <translation>Technische Schuld</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="103"/>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="111"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="113"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="115"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="117"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="125"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="127"/>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="129"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="131"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="133"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="149"/>
        <source>The title is empty.</source>
        <translation>Der Titel ist leer.</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="152"/>
        <source>The title is %1 characters long; keep it under %2.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="157"/>
        <source>The effort must be a number of points from 0 to %1.</source>
        <translation>Der Aufwand muss eine Punktzahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="162"/>
        <source>The external key must be one line of at most %1 characters, without surrounding spaces.</source>
        <translation>Der externe Schlüssel muss eine Zeile mit höchstens %1 Zeichen sein, ohne umgebende Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="167"/>
        <source>The stakeholder must be one line of at most %1 characters.</source>
        <translation>Der Stakeholder muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="171"/>
        <source>The description is %1 characters long; keep it under %2.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/domain/ScopeItem.cpp" line="179"/>
        <source>Labels must be non-empty, at most %1 characters, on one line and without &apos;;&apos;.</source>
        <translation>Labels dürfen nicht leer sein, höchstens %1 Zeichen, einzeilig und ohne &apos;;&apos;.</translation>
    </message>
</context>
<context>
    <name>ScopeReleaseRepository</name>
    <message>
        <location filename="../models/storage/ScopeReleaseRepository.cpp" line="42"/>
        <source>reading releases</source>
        <translation>Lesen der Releases</translation>
    </message>
    <message>
        <location filename="../models/storage/ScopeReleaseRepository.cpp" line="50"/>
        <location filename="../models/storage/ScopeReleaseRepository.cpp" line="72"/>
        <source>Release %1 no longer exists.</source>
        <translation>Release %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/storage/ScopeReleaseRepository.cpp" line="52"/>
        <source>reading a release</source>
        <translation>Lesen eines Release</translation>
    </message>
    <message>
        <location filename="../models/storage/ScopeReleaseRepository.cpp" line="69"/>
        <source>saving a release&apos;s capacity</source>
        <translation>Speichern der Kapazität eines Release</translation>
    </message>
</context>
<context>
    <name>ScopeRepository</name>
    <message>
        <location filename="../models/storage/ScopeRepository.cpp" line="20"/>
        <source>saving scope items</source>
        <translation>Speichern der Umfangselemente</translation>
    </message>
    <message>
        <location filename="../models/storage/ScopeRepository.cpp" line="173"/>
        <location filename="../models/storage/ScopeRepository.cpp" line="415"/>
        <source>Scope item %1 no longer exists — reload.</source>
        <translation>Umfangselement %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/ScopeRepository.cpp" line="363"/>
        <source>Scope item &quot;%1&quot; was changed by someone else — reload.</source>
        <translation>Umfangselement „%1“ wurde von jemand anderem geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>ScopeTradeoffRepository</name>
    <message>
        <location filename="../models/storage/ScopeTradeoffRepository.cpp" line="15"/>
        <source>recording a trade-off</source>
        <translation>Erfassen eines Trade-offs</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../ui/ScreenshotRenderer.cpp" line="81"/>
        <source>unknown view &apos;%1&apos;; valid views: %2</source>
        <translation>unbekannte Ansicht &apos;%1&apos;; gültige Ansichten: %2</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotRenderer.cpp" line="152"/>
        <location filename="../ui/ScreenshotRenderer.cpp" line="162"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotRenderer.cpp" line="86"/>
        <source>size %1x%2 is out of range (320x200 to 7680x4320)</source>
        <translation>Größe %1x%2 liegt außerhalb des Bereichs (320x200 bis 7680x4320)</translation>
    </message>
</context>
<context>
    <name>SecretDetector</name>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="63"/>
        <source>a PEM private key</source>
        <translation>ein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="66"/>
        <source>an AWS access key id</source>
        <translation>eine AWS-Access-Key-ID</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="69"/>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="71"/>
        <source>a GitLab token</source>
        <translation>ein GitLab-Token</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="73"/>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="76"/>
        <source>a Slack webhook URL</source>
        <translation>eine Slack-Webhook-URL</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="78"/>
        <source>a Stripe secret key</source>
        <translation>ein geheimer Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="81"/>
        <source>a Google API key</source>
        <translation>ein Google-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="317"/>
        <source>a JWT</source>
        <translation>ein JWT</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="320"/>
        <source>a URL with a password</source>
        <translation>eine URL mit einem Passwort</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="322"/>
        <source>a value under a key named like a password or token</source>
        <translation>ein Wert unter einem Schlüssel, der wie ein Passwort oder Token heißt</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretDetector.cpp" line="332"/>
        <source>a long high-entropy string</source>
        <translation>eine lange Zeichenkette mit hoher Entropie</translation>
    </message>
</context>
<context>
    <name>SecretReference</name>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="52"/>
        <source>%1 is not a secret reference: %2</source>
        <translation>%1 ist keine Geheimnis-Referenz: %2</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="62"/>
        <source>the Vault path is missing (vault:PATH#FIELD)</source>
        <translation>der Vault-Pfad fehlt (vault:PFAD#FELD)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="65"/>
        <source>the Vault path has an empty segment</source>
        <translation>der Vault-Pfad hat ein leeres Segment</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="67"/>
        <source>the Vault path may not contain &apos;.&apos; or &apos;..&apos;</source>
        <translation>der Vault-Pfad darf weder &apos;.&apos; noch &apos;..&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="70"/>
        <source>%1 is not allowed in a Vault path</source>
        <translation>%1 ist in einem Vault-Pfad nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="73"/>
        <source>name the field after &apos;#&apos; (vault:PATH#FIELD)</source>
        <translation>nennen Sie das Feld nach &apos;#&apos; (vault:PFAD#FELD)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="76"/>
        <source>%1 is not allowed in a Vault field</source>
        <translation>%1 ist in einem Vault-Feld nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="86"/>
        <source>the secret&apos;s name is missing (awssm:NAME)</source>
        <translation>der Name des Geheimnisses fehlt (awssm:NAME)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="91"/>
        <source>the secret&apos;s name is too long</source>
        <translation>der Name des Geheimnisses ist zu lang</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="93"/>
        <source>%1 is not allowed in a Secrets Manager name</source>
        <translation>%1 ist in einem Secrets-Manager-Namen nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="96"/>
        <source>name the JSON key after &apos;#&apos;, or leave the &apos;#&apos; out</source>
        <translation>nennen Sie den JSON-Schlüssel nach &apos;#&apos; oder lassen Sie das &apos;#&apos; weg</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="99"/>
        <source>%1 is not allowed in a JSON key</source>
        <translation>%1 ist in einem JSON-Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="106"/>
        <source>use azkv:VAULT/NAME or azkv:VAULT/NAME/VERSION</source>
        <translation>verwenden Sie azkv:VAULT/NAME oder azkv:VAULT/NAME/VERSION</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="115"/>
        <source>%1 is not a Key Vault name (3 to 24 letters, digits and single hyphens, starting with a letter)</source>
        <translation>%1 ist kein Key-Vault-Name (3 bis 24 Buchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="119"/>
        <source>%1 is not a Key Vault secret name (up to 127 letters, digits and hyphens)</source>
        <translation>%1 ist kein Key-Vault-Geheimnisname (bis zu 127 Buchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="123"/>
        <source>a secret version is 32 letters and digits</source>
        <translation>eine Geheimnisversion besteht aus 32 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="130"/>
        <source>the variable&apos;s name is missing (env:NAME)</source>
        <translation>der Name der Variablen fehlt (env:NAME)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="132"/>
        <source>%1 is not an environment variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>%1 ist kein Name einer Umgebungsvariablen (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location filename="../models/rules/SecretReference.cpp" line="137"/>
        <source>use vault:PATH#FIELD, awssm:NAME, azkv:VAULT/NAME or env:NAME</source>
        <translation>verwenden Sie vault:PFAD#FELD, awssm:NAME, azkv:VAULT/NAME oder env:NAME</translation>
    </message>
</context>
<context>
    <name>SemVer</name>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="31"/>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="36"/>
        <source>%1 must not have leading zeros</source>
        <translation>%1 darf keine führenden Nullen haben</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="42"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="52"/>
        <source>empty identifier after &apos;-&apos; or &apos;+&apos;</source>
        <translation>leerer Bezeichner nach &apos;-&apos; oder &apos;+&apos;</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="58"/>
        <source>&apos;%1&apos; is not allowed in a version</source>
        <translation>&apos;%1&apos; ist in einer Version nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="65"/>
        <source>numeric pre-release identifier &apos;%1&apos; has a leading zero</source>
        <translation>numerischer Pre-Release-Bezeichner &apos;%1&apos; hat eine führende Null</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="78"/>
        <source>version is required (e.g. 2.4.0)</source>
        <translation>Version ist erforderlich (z. B. 2.4.0)</translation>
    </message>
    <message>
        <location filename="../models/domain/SemVer.cpp" line="98"/>
        <source>use MAJOR.MINOR.PATCH, e.g. 2.4.0</source>
        <translation>verwenden Sie MAJOR.MINOR.PATCH, z. B. 2.4.0</translation>
    </message>
</context>
<context>
    <name>SemVerParser</name>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="26"/>
        <source>%1 is not a semantic version: %2 (character %3)</source>
        <translation>%1 ist keine semantische Version: %2 (Zeichen %3)</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="33"/>
        <source>the major version</source>
        <translation>die Major-Version</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="35"/>
        <source>the minor version</source>
        <translation>die Minor-Version</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="37"/>
        <source>the patch version</source>
        <translation>die Patch-Version</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="43"/>
        <source>a space is not allowed</source>
        <translation>ein Leerzeichen ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="44"/>
        <source>&apos;%1&apos; is not allowed</source>
        <translation>&apos;%1&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="63"/>
        <source>use MAJOR.MINOR.PATCH, e.g. 2.4.0; %1 is missing</source>
        <translation>verwenden Sie MAJOR.MINOR.PATCH, z. B. 2.4.0; %1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="72"/>
        <source>more than three numbers; use MAJOR.MINOR.PATCH</source>
        <translation>mehr als drei Zahlen; verwenden Sie MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="99"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="101"/>
        <source>%1 must be a number; %2</source>
        <translation>%1 muss eine Zahl sein; %2</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="106"/>
        <source>%1 has a leading zero</source>
        <translation>%1 hat eine führende Null</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="110"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="125"/>
        <source>a pre-release identifier is empty</source>
        <translation>ein Vorabversions-Bezeichner ist leer</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="126"/>
        <source>a build metadata identifier is empty</source>
        <translation>ein Build-Metadaten-Bezeichner ist leer</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="136"/>
        <source>the numeric pre-release identifier %1 has a leading zero</source>
        <translation>der numerische Vorabversions-Bezeichner %1 hat eine führende Null</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="155"/>
        <location filename="../models/rules/SemVerParser.cpp" line="164"/>
        <source>A version is required (e.g. 2.4.0).</source>
        <translation>Eine Version ist erforderlich (z. B. 2.4.0).</translation>
    </message>
    <message>
        <location filename="../models/rules/SemVerParser.cpp" line="162"/>
        <source>A version is required (e.g. v2.4.0).</source>
        <translation>Eine Version ist erforderlich (z. B. v2.4.0).</translation>
    </message>
</context>
<context>
    <name>SetConfigCommand</name>
    <message>
        <location filename="../ui/packages/ConfigCommands.cpp" line="21"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigCommands.cpp" line="40"/>
        <source>%1 holds this already: nothing changed.</source>
        <translation>%1 hat diesen Wert bereits: nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SetEmergencyApprovalDaysCommand</name>
    <message numerus="yes">
        <location filename="../ui/definition/SetEmergencyApprovalDaysCommand.cpp" line="13"/>
        <source>Set emergency approvals due within %n day(s)</source>
        <translation>
            <numerusform>Frist für Notfall-Genehmigungen auf %n Tag setzen</numerusform>
            <numerusform>Frist für Notfall-Genehmigungen auf %n Tage setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetObjectivesCommand</name>
    <message>
        <location filename="../ui/definition/SetObjectivesCommand.cpp" line="14"/>
        <source>Edit objectives</source>
        <translation>Ziele bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/definition/SetObjectivesCommand.cpp" line="31"/>
        <source>The objectives were changed by %1 at %2 — reload.</source>
        <translation>Die Ziele wurden von %1 um %2 geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>SetReleaseCapacityCommand</name>
    <message>
        <location filename="../ui/scope/SetReleaseCapacityCommand.cpp" line="12"/>
        <source>Set release capacity</source>
        <translation>Release-Kapazität festlegen</translation>
    </message>
</context>
<context>
    <name>SettleOverrideCommand</name>
    <message>
        <location filename="../ui/definition/SettleOverrideCommand.cpp" line="20"/>
        <source>Settle the override of “%1”</source>
        <translation>Übersteuerung von „%1“ abschließen</translation>
    </message>
</context>
<context>
    <name>SigningKeyRepository</name>
    <message>
        <location filename="../models/storage/SigningKeyRepository.cpp" line="16"/>
        <source>saving a signing key</source>
        <translation>Speichern eines Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../models/storage/SigningKeyRepository.cpp" line="61"/>
        <source>Signing key %1 no longer exists — reload.</source>
        <translation>Signaturschlüssel %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>SpdxJsonReader</name>
    <message>
        <location filename="../models/io/SpdxJsonReader.cpp" line="45"/>
        <source>%1 is not supported; expected SPDX-2.2 or SPDX-2.3</source>
        <translation>%1 wird nicht unterstützt; erwartet SPDX-2.2 oder SPDX-2.3</translation>
    </message>
    <message>
        <location filename="../models/io/SpdxJsonReader.cpp" line="110"/>
        <source>empty; every package needs one</source>
        <translation>leer; jedes Paket braucht einen</translation>
    </message>
</context>
<context>
    <name>StaleRow</name>
    <message>
        <location filename="../models/storage/StaleRow.cpp" line="28"/>
        <source>“%1” no longer exists — reload.</source>
        <translation>„%1“ existiert nicht mehr — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/storage/StaleRow.cpp" line="35"/>
        <source>“%1” was changed by %2 at %3 — reload.</source>
        <translation>„%1“ wurde von %2 um %3 geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>SuccessMetric</name>
    <message>
        <location filename="../models/domain/SuccessMetric.cpp" line="44"/>
        <source>A success metric needs a name.</source>
        <translation>Eine Erfolgskennzahl braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/domain/SuccessMetric.cpp" line="47"/>
        <source>The comparator must be one of &lt; &lt;= = &gt;= &gt;.</source>
        <translation>Der Vergleichsoperator muss einer von &lt; &lt;= = &gt;= &gt; sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/SuccessMetric.cpp" line="50"/>
        <source>Metric values must be numbers.</source>
        <translation>Kennzahlwerte müssen Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../models/domain/SuccessMetric.cpp" line="53"/>
        <source>A success metric belongs to a release.</source>
        <translation>Eine Erfolgskennzahl gehört zu einem Release.</translation>
    </message>
</context>
<context>
    <name>SuccessMetricRepository</name>
    <message>
        <location filename="../models/storage/SuccessMetricRepository.cpp" line="16"/>
        <source>saving a success metric</source>
        <translation>Speichern einer Erfolgskennzahl</translation>
    </message>
    <message>
        <location filename="../models/storage/SuccessMetricRepository.cpp" line="84"/>
        <source>Success metric %1 no longer exists — reload.</source>
        <translation>Erfolgskennzahl %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>SuccessMetricService</name>
    <message>
        <location filename="../models/services/SuccessMetricService.cpp" line="21"/>
        <source>This release already has a success metric named “%1”.</source>
        <translation>Dieses Release hat bereits eine Erfolgskennzahl namens „%1“.</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <location filename="../models/storage/TemplateRepository.cpp" line="16"/>
        <source>saving a template</source>
        <translation>Speichern einer Vorlage</translation>
    </message>
    <message>
        <location filename="../models/storage/TemplateRepository.cpp" line="62"/>
        <source>There is no template &apos;%1&apos;.</source>
        <translation>Es gibt keine Vorlage &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/storage/TemplateRepository.cpp" line="98"/>
        <source>Template %1 has no version %2.</source>
        <translation>Vorlage %1 hat keine Version %2.</translation>
    </message>
</context>
<context>
    <name>TestedArtifacts</name>
    <message>
        <location filename="../models/services/TestedArtifacts.cpp" line="29"/>
        <source>deployment %1: %2…</source>
        <translation>Deployment %1: %2…</translation>
    </message>
</context>
<context>
    <name>TrustKeyCommand</name>
    <message>
        <location filename="../ui/packages/SigningKeyCommands.cpp" line="10"/>
        <source>Trust signing key</source>
        <translation>Signaturschlüssel vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/packages/SigningKeyCommands.cpp" line="21"/>
        <source>Every key in %1 is trusted already.</source>
        <translation>Jedem Schlüssel in %1 wird bereits vertraut.</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../ui/undo/RecordOps.h" line="50"/>
        <source>This record was changed since — reload.</source>
        <translation>Dieser Datensatz wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>UnpinCommand</name>
    <message>
        <location filename="../ui/packages/PinCommands.cpp" line="58"/>
        <source>Unpin %1 from %2</source>
        <translation>Pin von %1 auf %2 entfernen</translation>
    </message>
</context>
<context>
    <name>UnsetConfigCommand</name>
    <message>
        <location filename="../ui/packages/ConfigCommands.cpp" line="59"/>
        <source>Unset %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>VersionConstraint</name>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="209"/>
        <source>%1 is not a version constraint: %2 (character %3)</source>
        <translation>%1 ist keine Versionsbedingung: %2 (Zeichen %3)</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="214"/>
        <source>&apos;%1&apos; is not allowed</source>
        <translation>&apos;%1&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="225"/>
        <source>use &apos;||&apos; between alternatives</source>
        <translation>verwenden Sie &apos;||&apos; zwischen Alternativen</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="230"/>
        <source>a &apos;,&apos; needs a comparator before it</source>
        <translation>ein &apos;,&apos; braucht einen Vergleichsoperator davor</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="238"/>
        <source>a version is missing after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; fehlt eine Version</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="254"/>
        <source>a version is missing after &apos;-&apos;</source>
        <translation>nach &apos;-&apos; fehlt eine Version</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="256"/>
        <source>a hyphen range takes two plain versions</source>
        <translation>ein Bindestrich-Bereich nimmt zwei einfache Versionen</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="268"/>
        <source>a &apos;,&apos; needs a comparator after it</source>
        <translation>ein &apos;,&apos; braucht einen Vergleichsoperator danach</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="270"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="271"/>
        <source>an alternative is empty</source>
        <translation>eine Alternative ist leer</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="304"/>
        <location filename="../models/rules/VersionConstraint.cpp" line="325"/>
        <source>a number is missing</source>
        <translation>eine Zahl fehlt</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="314"/>
        <source>a number cannot follow a wildcard</source>
        <translation>auf einen Platzhalter kann keine Zahl folgen</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="316"/>
        <source>%1 has a leading zero</source>
        <translation>%1 hat eine führende Null</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="321"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="333"/>
        <source>a version has at most three numbers</source>
        <translation>eine Version hat höchstens drei Zahlen</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="339"/>
        <source>a pre-release or build needs MAJOR.MINOR.PATCH</source>
        <translation>eine Vorabversion oder ein Build braucht MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="345"/>
        <source>%1 is not a version constraint: %2</source>
        <translation>%1 ist keine Versionsbedingung: %2</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionConstraint.cpp" line="397"/>
        <source>A version constraint is required (e.g. ^1.2.0 or &gt;=2.0.0 &lt;3.0.0).</source>
        <translation>Eine Versionsbedingung ist erforderlich (z. B. ^1.2.0 oder &gt;=2.0.0 &lt;3.0.0).</translation>
    </message>
</context>
<context>
    <name>VersionScheme</name>
    <message>
        <location filename="../models/rules/VersionScheme.cpp" line="24"/>
        <source>%1 cannot be counted any higher.</source>
        <translation>%1 kann nicht weiter hochgezählt werden.</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionScheme.cpp" line="45"/>
        <source>%1 is not a versioning scheme; use semver or calver:FORMAT (e.g. calver:YYYY.MM.MICRO).</source>
        <translation>%1 ist kein Versionierungsschema; verwenden Sie semver oder calver:FORMAT (z. B. calver:YYYY.MM.MICRO).</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionScheme.cpp" line="55"/>
        <source>Semantic Versioning</source>
        <translation>Semantische Versionierung</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionScheme.cpp" line="56"/>
        <source>CalVer %1</source>
        <translation>CalVer %1</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionScheme.cpp" line="172"/>
        <source>%1 is not above the last released %2.</source>
        <translation>%1 liegt nicht über der zuletzt veröffentlichten %2.</translation>
    </message>
    <message>
        <location filename="../models/rules/VersionScheme.cpp" line="176"/>
        <source>%1 differs from the suggested %2.</source>
        <translation>%1 weicht von der vorgeschlagenen %2 ab.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="126"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="127"/>
        <source>PROBLEMS</source>
        <translation>PROBLEME</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="128"/>
        <source>File:          %1</source>
        <translation>Datei:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="129"/>
        <source>Structure:     %1 (%2)</source>
        <translation>Struktur:       %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="131"/>
        <source>Foreign keys:  %1</source>
        <translation>Fremdschlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="132"/>
        <source>Audit chain:   %1, %2 entries, head %3</source>
        <translation>Audit-Kette:    %1, %2 Einträge, Kopf %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="137"/>
        <source>Audit guards:  %1</source>
        <translation>Audit-Schutz:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="139"/>
        <source>Finding [%1]: %2</source>
        <translation>Befund [%1]: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="140"/>
        <source>No problems found in the file.</source>
        <translation>Keine Probleme in der Datei gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CheckCommand.cpp" line="141"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="153"/>
        <source>Conflicts:     %1%2</source>
        <translation>Konflikte:      %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="160"/>
        <location filename="../app/cli/CheckRowState.cpp" line="17"/>
        <source>  error:   </source>
        <translation>  Fehler:  </translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="161"/>
        <location filename="../app/cli/CheckCommand.cpp" line="168"/>
        <location filename="../app/cli/CheckEnvironments.cpp" line="34"/>
        <location filename="../app/cli/CheckEnvironments.cpp" line="36"/>
        <location filename="../app/cli/EnvCommand.cpp" line="168"/>
        <location filename="../app/cli/EnvCommand.cpp" line="176"/>
        <source>  warning: </source>
        <translation>  Warnung: </translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="166"/>
        <source>Scope dependencies: %1 warning(s)</source>
        <translation>Umfangsabhängigkeiten: %1 Warnung(en)</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="176"/>
        <source>Checks a Slipway file: SQLite&apos;s structure check, foreign keys, the audit hash chain and what protects it (the append-only triggers as Slipway creates them, an audit log that is not empty when the file holds data), then lists every scheduling conflict by kind (hard blackouts, incident freezes, double-booked shared environments and missing roles are errors; soft blackouts are warnings), then every committed scope item that needs one which is deferred, in the backlog or in a later release (warnings), then every release whose status is past a lifecycle guard it never met and every artifact digest a production deployment put in place that no passing gate evidence covers (errors), and every override not yet settled, then drift between staging and production, production running what was never verified, and every version pin an environment does not meet (warnings). Exit 0: no problems and no conflict errors; 1: problems or conflict errors found (listed); 2: the file cannot be checked.</source>
        <translation>Prüft eine Slipway-Datei: die Strukturprüfung von SQLite, Fremdschlüssel, die Audit-Hashkette und was sie schützt (die Append-only-Trigger, wie Slipway sie anlegt, ein Audit-Log, das nicht leer ist, wenn die Datei Daten enthält), listet dann jeden Planungskonflikt nach Art auf (harte Sperrzeiten, Incident-Sperren, doppelt belegte geteilte Umgebungen und fehlende Rollen sind Fehler; weiche Sperrzeiten sind Warnungen), dann jedes zugesagte Umfangselement, das ein zurückgestelltes, im Backlog liegendes oder einem späteren Release zugeordnetes Element benötigt (Warnungen), dann jedes Release, dessen Status eine Voraussetzung des Lebenszyklus hat, die es nie erfüllt hat, und jeden Artefakt-Hash, den ein Produktions-Deployment ausgerollt hat und den kein bestandener Gate-Nachweis abdeckt (Fehler), und jede noch nicht abgeschlossene Übersteuerung, dann Drift zwischen Staging und Produktion, was in Produktion läuft, ohne je geprüft worden zu sein, und jeden Versions-Pin, den eine Umgebung nicht erfüllt (Warnungen). Exit 0: keine Probleme und keine Konfliktfehler; 1: Probleme oder Konfliktfehler gefunden (aufgelistet); 2: die Datei kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="199"/>
        <source>Run PRAGMA integrity_check (also compares every index with its table; slower) instead of quick_check, and compare every audited release, change request, deployment record and override with its newest audit entry.</source>
        <translation>PRAGMA integrity_check statt quick_check ausführen (vergleicht auch jeden Index mit seiner Tabelle; langsamer) und jedes auditierte Release, jeden Change-Request, jeden Deployment-Eintrag und jede Übersteuerung mit ihrem neuesten Audit-Eintrag vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="205"/>
        <source>Check the file only; do not list scheduling conflicts.</source>
        <translation>Nur die Datei prüfen; keine Planungskonflikte auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="78"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="85"/>
        <source> (see &apos;slipway %1 --help&apos;)</source>
        <translation> (siehe &apos;slipway %1 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="90"/>
        <source>Usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="96"/>
        <source>unexpected argument &apos;%1&apos; (see &apos;slipway %2 --help&apos;)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe &apos;slipway %2 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="106"/>
        <source>--db FILE is required (see &apos;slipway %1 --help&apos;)</source>
        <translation>--db DATEI ist erforderlich (siehe &apos;slipway %1 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="124"/>
        <location filename="../app/cli/FindWindowCommand.cpp" line="96"/>
        <location filename="../app/cli/GateCommand.cpp" line="63"/>
        <location filename="../app/cli/RenderCommand.cpp" line="60"/>
        <source>--release is required: a release&apos;s id or PRODUCT@VERSION</source>
        <translation>--release ist erforderlich: die ID eines Release oder PRODUKT@VERSION</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.h" line="40"/>
        <source>The Slipway file to use.</source>
        <translation>Die zu verwendende Slipway-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.h" line="44"/>
        <source>The file is on a network share: use the rollback journal, not WAL.</source>
        <translation>Die Datei liegt auf einer Netzwerkfreigabe: Rollback-Journal statt WAL verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.h" line="48"/>
        <source>Open the file read-only; never write to it.</source>
        <translation>Datei schreibgeschützt öffnen; nie in sie schreiben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="253"/>
        <source>Wrote %n scope item(s) to %1.</source>
        <translation>
            <numerusform>%n Umfangselement nach %1 geschrieben.</numerusform>
            <numerusform>%n Umfangselemente nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="255"/>
        <source>Wrote %n release(s) to %1.</source>
        <translation>
            <numerusform>%n Release nach %1 geschrieben.</numerusform>
            <numerusform>%n Releases nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="163"/>
        <source>Wrote %n agenda item(s) to %1.</source>
        <translation>
            <numerusform>%n Tagesordnungspunkt nach %1 geschrieben.</numerusform>
            <numerusform>%n Tagesordnungspunkte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="46"/>
        <source>--out FILE.ics is required</source>
        <translation>--out DATEI.ics ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="56"/>
        <source>--from and --to take dates such as 2026-12-01</source>
        <translation>--from und --to erwarten Daten wie 2026-12-01</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="58"/>
        <source>--to must come after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="67"/>
        <source>Wrote %1 release window(s), %2 blackout(s) and %3 incident freeze(s) to %4.</source>
        <translation>%1 Release-Fenster, %2 Sperrzeit(en) und %3 Incident-Sperre(n) nach %4 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="82"/>
        <source>csv: writes a table as RFC 4180 CSV (UTF-8, CRLF, header row). Cells a spreadsheet would run as a formula get a leading apostrophe.
ics: writes release windows, blackouts (with their recurrence) and incident freezes as iCalendar for Outlook, Google Calendar and Thunderbird, with stable UIDs.
The output appears complete or not at all.</source>
        <translation>csv: schreibt eine Tabelle als RFC-4180-CSV (UTF-8, CRLF, Kopfzeile). Zellen, die eine Tabellenkalkulation als Formel ausführen würde, erhalten einen führenden Apostroph.
ics: schreibt Release-Fenster, Sperrzeiten (mit Wiederholung) und Incident-Sperren als iCalendar für Outlook, Google Kalender und Thunderbird, mit stabilen UIDs.
Die Ausgabe erscheint vollständig oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="88"/>
        <source>csv or ics.</source>
        <translation>csv oder ics.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="100"/>
        <source>cab-agenda and decisions: the meeting&apos;s id or date.</source>
        <translation>cab-agenda und decisions: die ID oder das Datum der Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="102"/>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="104"/>
        <source>ics: from this date (UTC).</source>
        <translation>ics: ab diesem Datum (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="106"/>
        <source>ics: up to this date (UTC).</source>
        <translation>ics: bis zu diesem Datum (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="123"/>
        <source>say which format: &apos;slipway export csv …&apos; or &apos;slipway export ics …&apos;</source>
        <translation>geben Sie das Format an: &apos;slipway export csv …&apos; oder &apos;slipway export ics …&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="126"/>
        <source>unknown format &apos;%1&apos;; available: csv, ics</source>
        <translation>unbekanntes Format &apos;%1&apos;; verfügbar: csv, ics</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="134"/>
        <source>--table is required (available: %1)</source>
        <translation>--table ist erforderlich (verfügbar: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="138"/>
        <source>unknown table &apos;%1&apos;; available: %2</source>
        <translation>unbekannte Tabelle &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="143"/>
        <location filename="../app/cli/RenderCommand.cpp" line="74"/>
        <source>--out FILE is required</source>
        <translation>--out DATEI ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="145"/>
        <source>--table %1 needs --meeting ID|DATE</source>
        <translation>--table %1 braucht --meeting ID|DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="148"/>
        <source>--meeting applies to cab-agenda and decisions only</source>
        <translation>--meeting gilt nur für cab-agenda und decisions</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="165"/>
        <source>Wrote %n decision(s) to %1.</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 geschrieben.</numerusform>
            <numerusform>%n Entscheidungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="182"/>
        <source>Wrote %n artifact(s) to %1.</source>
        <translation>
            <numerusform>%n Artefakt nach %1 geschrieben.</numerusform>
            <numerusform>%n Artefakte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="183"/>
        <source>Wrote %n component(s) to %1.</source>
        <translation>
            <numerusform>%n Komponente nach %1 geschrieben.</numerusform>
            <numerusform>%n Komponenten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="201"/>
        <source>Wrote %n deployment record(s) to %1.</source>
        <translation>
            <numerusform>%n Deployment-Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Deployment-Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="214"/>
        <source>Wrote %n issued message(s) to %1.</source>
        <translation>
            <numerusform>%n versendete Mitteilung nach %1 geschrieben.</numerusform>
            <numerusform>%n versendete Mitteilungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="216"/>
        <source>Wrote %n recipient row(s) with acknowledgements to %1.</source>
        <translation>
            <numerusform>%n Empfängerzeile mit Bestätigungen nach %1 geschrieben.</numerusform>
            <numerusform>%n Empfängerzeilen mit Bestätigungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="230"/>
        <source>Wrote %n assumption(s) to %1.</source>
        <translation>
            <numerusform>%n Annahme nach %1 geschrieben.</numerusform>
            <numerusform>%n Annahmen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="232"/>
        <source>Wrote %n success metric(s) to %1.</source>
        <translation>
            <numerusform>%n Erfolgskennzahl nach %1 geschrieben.</numerusform>
            <numerusform>%n Erfolgskennzahlen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="242"/>
        <source>Wrote %n trade-off(s) to %1.</source>
        <translation>
            <numerusform>%n Trade-off nach %1 geschrieben.</numerusform>
            <numerusform>%n Trade-offs nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="48"/>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2-mal)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="53"/>
        <source>  … and %1 more reason(s); --json lists them all</source>
        <translation>  … und %1 weitere Ursache(n); --json listet alle auf</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="62"/>
        <source>Proposes the earliest window for a release that breaks no hard rule (hard blackouts, incident freezes, double-booked shared environments, missing roles) and has the fewest soft ones, with the reasons each earlier candidate failed. Exit 0: found; 1: nothing within the horizon; 2: bad input.</source>
        <translation>Schlägt das früheste Fenster für ein Release vor, das keine harte Regel verletzt (harte Sperrzeiten, Incident-Sperren, doppelt belegte geteilte Umgebungen, fehlende Rollen) und die wenigsten weichen, mit den Gründen, an denen jeder frühere Kandidat scheiterte. Exit 0: gefunden; 1: nichts innerhalb des Horizonts; 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="73"/>
        <source>Earliest start, UTC unless an offset is given (2026-12-01 or 2026-12-01T22:00); default now.</source>
        <translation>Frühester Beginn, UTC, sofern kein Offset angegeben ist (2026-12-01 oder 2026-12-01T22:00); Standard jetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="77"/>
        <source>Window length such as 4h or 1h30m; default the release&apos;s current window, else 4h.</source>
        <translation>Fensterdauer wie 4h oder 1h30m; Standard ist das aktuelle Fenster des Release, sonst 4h.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="81"/>
        <source>How far to look, e.g. 90d (default 180d).</source>
        <translation>Wie weit gesucht wird, z. B. 90d (Standard 180d).</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="102"/>
        <source>--after &apos;%1&apos; is not a date such as 2026-12-01 or 2026-12-01T22:00</source>
        <translation>--after &apos;%1&apos; ist kein Datum wie 2026-12-01 oder 2026-12-01T22:00</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="111"/>
        <source>--duration &apos;%1&apos; is not a length such as 4h or 1h30m</source>
        <translation>--duration &apos;%1&apos; ist keine Dauer wie 4h oder 1h30m</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="118"/>
        <source>--within &apos;%1&apos; is not a length such as 90d</source>
        <translation>--within &apos;%1&apos; ist keine Dauer wie 90d</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="162"/>
        <source>Not %1 – %2 UTC (%3 candidate(s)):</source>
        <translation>Nicht %1 – %2 UTC (%3 Kandidat(en)):</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="169"/>
        <source>… and %1 more rejected span(s); --json lists them all</source>
        <translation>… und %1 weitere verworfene Zeitspanne(n); --json listet alle auf</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="173"/>
        <source>Earliest window: %1 – %2 UTC</source>
        <translation>Frühestes Fenster: %1 – %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="176"/>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindWindowCommand.cpp" line="178"/>
        <source>No window within the horizon breaks no hard rule.</source>
        <translation>Kein Fenster innerhalb des Horizonts verletzt keine harte Regel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CheckLifecycle.cpp" line="46"/>
        <source>Lifecycle:     %n release(s) past a guard they never met</source>
        <translation>
            <numerusform>Lebenszyklus:   %n Release hat eine Voraussetzung seines Status nie erfüllt</numerusform>
            <numerusform>Lebenszyklus:   %n Releases haben eine Voraussetzung ihres Status nie erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CheckLifecycle.cpp" line="52"/>
        <source>  error:   %1 (%2) is %3 without “%4”: %5</source>
        <translation>  Fehler:  %1 (%2) hat den Status %3 ohne „%4“: %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CheckLifecycle.cpp" line="58"/>
        <source>Tested artifacts: %n deployed digest(s) no passing evidence covers</source>
        <translation>
            <numerusform>Getestete Artefakte: %n ausgerollter Hash, den kein bestandener Nachweis abdeckt</numerusform>
            <numerusform>Getestete Artefakte: %n ausgerollte Hashes, die kein bestandener Nachweis abdeckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CheckLifecycle.cpp" line="63"/>
        <source>  error:   %1 (%2): deployment %3 to %4 put %5%6 in place, which no passing gate evidence of the release was produced against</source>
        <translation>  Fehler:  %1 (%2): Deployment %3 nach %4 hat %5%6 ausgerollt, doch kein bestandener Gate-Nachweis des Release wurde dagegen erstellt</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckLifecycle.cpp" line="74"/>
        <source>  note:    override %1 of “%2” for %3 (%4) %5: %6</source>
        <translation>  Hinweis: Übersteuerung %1 von „%2“ für %3 (%4) %5: %6</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckLifecycle.cpp" line="79"/>
        <source>approved by %1, not yet settled</source>
        <translation>genehmigt von %1, noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckLifecycle.cpp" line="80"/>
        <source>awaits a second release manager</source>
        <translation>wartet auf einen zweiten Release-Manager</translation>
    </message>
    <message>
        <location filename="../app/cli/AcknowledgementImport.cpp" line="21"/>
        <source>%1 (%2 of %3 rows refused; nothing was imported)</source>
        <translation>%1 (%2 von %3 Zeilen abgelehnt; nichts wurde importiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/AcknowledgementImport.cpp" line="35"/>
        <source>%1: %2 acknowledgement(s) imported.</source>
        <translation>%1: %2 Bestätigung(en) importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="41"/>
        <source>  (frozen)</source>
        <translation>  (eingefroren)</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="67"/>
        <location filename="../app/cli/ComponentCommand.cpp" line="47"/>
        <location filename="../app/cli/ConfigCommand.cpp" line="149"/>
        <location filename="../app/cli/FindWindowCommand.cpp" line="70"/>
        <location filename="../app/cli/GateCommand.cpp" line="129"/>
        <location filename="../app/cli/ProductCommand.cpp" line="226"/>
        <location filename="../app/cli/RenderCommand.cpp" line="30"/>
        <source>The release: its id or PRODUCT@VERSION.</source>
        <translation>Das Release: seine ID oder PRODUKT@VERSION.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="71"/>
        <source>add: what the files are (%1); default: guessed from each name.</source>
        <translation>add: was die Dateien sind (%1); Standard: aus jedem Namen erraten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="75"/>
        <source>add: the source repository they were built from.</source>
        <translation>add: das Quell-Repository, aus dem sie gebaut wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="79"/>
        <source>add: the commit they were built from.</source>
        <translation>add: der Commit, aus dem sie gebaut wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="81"/>
        <source>add: the build.</source>
        <translation>add: der Build.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="84"/>
        <source>add: where the build can be seen.</source>
        <translation>add: wo der Build zu sehen ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="87"/>
        <source>verify: the folder holding the files (default: where each was registered from).</source>
        <translation>verify: der Ordner mit den Dateien (Standard: wo jede registriert wurde).</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="91"/>
        <source>trust: a file with public keys (an armoured OpenPGP key block, or a minisign .pub).</source>
        <translation>trust: eine Datei mit öffentlichen Schlüsseln (ein OpenPGP-Schlüsselblock in ASCII-Armor oder eine minisign-.pub).</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="94"/>
        <location filename="../app/cli/ConfigCommand.cpp" line="166"/>
        <location filename="../app/cli/FindWindowCommand.cpp" line="83"/>
        <location filename="../app/cli/GateCommand.cpp" line="131"/>
        <location filename="../app/cli/ProductCommand.cpp" line="136"/>
        <location filename="../app/cli/ProductCommand.cpp" line="228"/>
        <source>Print the result as JSON.</source>
        <translation>Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="52"/>
        <source>add: registers files as artifacts of a release, with their size, SHA-256 and SHA-512 (and a detached signature lying beside each). list: the release&apos;s artifacts and where each stands. verify: recomputes the digests of the files present and checks their signatures against the trusted keys; each ends verified (by which key), digest mismatch, bad signature, unknown key or missing file, and any failure exits 1. trust: trusts the public keys in a file (OpenPGP or minisign), showing their fingerprints. keys: the trusted keys. remove: takes artifacts back by name, before the set is frozen. Once a release is promoted into the freeze stage (Staging unless the file says otherwise) its artifacts cannot change.</source>
        <translation>add: registriert Dateien als Artefakte eines Release, mit Größe, SHA-256 und SHA-512 (und einer abgetrennten Signatur, die daneben liegt). list: die Artefakte des Release und wo jedes steht. verify: berechnet die Hashes der vorhandenen Dateien neu und prüft ihre Signaturen gegen die vertrauenswürdigen Schlüssel; jedes endet als geprüft (mit welchem Schlüssel), Hash-Abweichung, ungültige Signatur, unbekannter Schlüssel oder fehlende Datei, und jeder Fehler endet mit 1. trust: vertraut den öffentlichen Schlüsseln einer Datei (OpenPGP oder minisign) und zeigt ihre Fingerabdrücke. keys: die vertrauenswürdigen Schlüssel. remove: nimmt Artefakte nach Namen zurück, solange der Satz nicht eingefroren ist. Sobald ein Release in die Einfrierstufe hochgestuft ist (Staging, sofern die Datei nichts anderes sagt), können sich seine Artefakte nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="63"/>
        <source>add, remove, list, verify, trust or keys.</source>
        <translation>add, remove, list, verify, trust oder keys.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="111"/>
        <source>say what to do: add, remove, list, verify, trust or keys</source>
        <translation>sagen Sie, was zu tun ist: add, remove, list, verify, trust oder keys</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="112"/>
        <source>unknown action &apos;%1&apos;; available: add, remove, list, verify, trust, keys</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: add, remove, list, verify, trust, keys</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="117"/>
        <source>&apos;%1&apos; takes no file names; did you mean &apos;add&apos;?</source>
        <translation>&apos;%1&apos; nimmt keine Dateinamen; meinten Sie &apos;add&apos;?</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="122"/>
        <source>--kind &apos;%1&apos; is not one of %2</source>
        <translation>--kind &apos;%1&apos; ist nicht eines von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="127"/>
        <source>name the files to register</source>
        <translation>geben Sie die zu registrierenden Dateien an</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="129"/>
        <source>name the artifacts to remove</source>
        <translation>nennen Sie die Artefakte, die entfernt werden sollen</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="131"/>
        <source>--key FILE is required: the keys to trust</source>
        <translation>--key DATEI ist erforderlich: die Schlüssel, denen vertraut werden soll</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="148"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ArtifactCommand.cpp" line="174"/>
        <source>Trusted %n new key(s):</source>
        <translation>
            <numerusform>%n neuem Schlüssel vertraut:</numerusform>
            <numerusform>%n neuen Schlüsseln vertraut:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="177"/>
        <source>No trusted keys yet: add them with &apos;slipway artifact trust --key FILE&apos;.</source>
        <translation>Noch keine vertrauenswürdigen Schlüssel: Fügen Sie sie mit &apos;slipway artifact trust --key FILE&apos; hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="211"/>
        <source>the release has no artifact named %1</source>
        <translation>das Release hat kein Artefakt namens %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ArtifactCommand.cpp" line="244"/>
        <source>Registered %n artifact(s):</source>
        <translation>
            <numerusform>%n Artefakt registriert:</numerusform>
            <numerusform>%n Artefakte registriert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ArtifactCommand.cpp" line="247"/>
        <source>Removed %n artifact(s):</source>
        <translation>
            <numerusform>%n Artefakt entfernt:</numerusform>
            <numerusform>%n Artefakte entfernt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ArtifactCommand.cpp" line="250"/>
        <source>The release has no artifacts: register them with &apos;slipway artifact add&apos;.</source>
        <translation>Das Release hat keine Artefakte: Registrieren Sie sie mit &apos;slipway artifact add&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ArtifactCommand.cpp" line="257"/>
        <source>All %n artifact(s) verified.</source>
        <translation>
            <numerusform>%n Artefakt geprüft.</numerusform>
            <numerusform>Alle %n Artefakte geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ArtifactCommand.cpp" line="259"/>
        <source>%n artifact(s) failed verification.</source>
        <translation>
            <numerusform>%n Artefakt hat die Prüfung nicht bestanden.</numerusform>
            <numerusform>%n Artefakte haben die Prüfung nicht bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="25"/>
        <source>entry %1: %2 UTC, %3 %4 %5 %6</source>
        <translation>Eintrag %1: %2 UTC, %3 %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="122"/>
        <source>Audit chain intact: %1 entries checked, head %2.</source>
        <translation>Audit-Kette intakt: %1 Einträge geprüft, Kopf %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="127"/>
        <source>Audit chain BROKEN in %1: %2.</source>
        <translation>Audit-Kette DEFEKT in %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="130"/>
        <source>First broken %1</source>
        <translation>Erster defekter %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="133"/>
        <source>Audit log EMPTIED in %1: %2.</source>
        <translation>Audit-Log GELEERT in %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="138"/>
        <source>Anchor %1 line %2: %3.</source>
        <translation>Anker %1 Zeile %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="145"/>
        <source>Anchors: %1 checked, %2 hold, %3 do not.</source>
        <translation>Anker: %1 geprüft, %2 bestätigt, %3 nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="165"/>
        <source>Not anchored: the audit log of %1 does not verify (%2); %3 was not changed.</source>
        <translation>Nicht verankert: Das Audit-Log von %1 besteht die Prüfung nicht (%2); %3 wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="189"/>
        <source>Anchored %1 entries of %2 (head %3) in %4.</source>
        <translation>%1 Einträge von %2 (Kopf %3) in %4 verankert.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="203"/>
        <source>verify: recomputes the audit log&apos;s SHA-256 hash chain and, with --anchor, holds it against anchors taken earlier. Exit 0: intact; 1: an entry was changed, removed or inserted behind Slipway&apos;s back (the first one is named), the log was emptied on a file that holds data, or it is shorter than or differs from an anchor (each one named); 2: the file or an anchor file cannot be read.
anchor: appends one line with the log&apos;s entry count, head hash and the time to FILE (created if absent), to keep where the file&apos;s users cannot rewrite it (a git repository, a write-once share). Exit 1: the log does not verify, nothing written; 2: FILE cannot be written (it is left as it was).</source>
        <translation>verify: berechnet die SHA-256-Hashkette des Audit-Logs neu und gleicht sie mit --anchor gegen früher gesetzte Anker ab. Exit 0: intakt; 1: ein Eintrag wurde an Slipway vorbei geändert, entfernt oder eingefügt (der erste wird genannt), das Log wurde in einer Datei mit Daten geleert, oder es ist kürzer als ein Anker oder weicht von ihm ab (jeder wird genannt); 2: die Datei oder eine Anker-Datei kann nicht gelesen werden.
anchor: hängt eine Zeile mit der Anzahl der Einträge des Logs, dem Kopf-Hash und der Uhrzeit an FILE an (wird angelegt, falls nicht vorhanden), aufzubewahren dort, wo die Benutzer der Datei sie nicht umschreiben können (ein Git-Repository, eine Write-once-Freigabe). Exit 1: das Log besteht die Prüfung nicht, nichts geschrieben; 2: FILE kann nicht geschrieben werden (sie bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="213"/>
        <source>The action.</source>
        <translation>Die Aktion.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="217"/>
        <location filename="../app/cli/CheckCommand.cpp" line="196"/>
        <source>Print the result as JSON (see docs/cli-json.md).</source>
        <translation>Ergebnis als JSON ausgeben (siehe docs/cli-json.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="220"/>
        <source>verify: an anchor file to hold the log against; may be given more than once.</source>
        <translation>verify: eine Anker-Datei, gegen die das Log geprüft wird; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="223"/>
        <source>anchor: the anchor file to append to.</source>
        <translation>anchor: die Anker-Datei, an die angehängt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="236"/>
        <source>say what to do: &apos;slipway audit verify --db FILE&apos; or &apos;slipway audit anchor --db FILE --out FILE&apos;</source>
        <translation>geben Sie an, was zu tun ist: &apos;slipway audit verify --db FILE&apos; oder &apos;slipway audit anchor --db FILE --out FILE&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="241"/>
        <source>unknown action &apos;%1&apos;; the actions are &apos;verify&apos; and &apos;anchor&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;; die Aktionen sind &apos;verify&apos; und &apos;anchor&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="244"/>
        <source>--out belongs to &apos;audit anchor&apos;; &apos;audit verify&apos; reads anchors with --anchor FILE</source>
        <translation>--out gehört zu &apos;audit anchor&apos;; &apos;audit verify&apos; liest Anker mit --anchor FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="247"/>
        <source>--anchor belongs to &apos;audit verify&apos;; &apos;audit anchor&apos; writes to --out FILE</source>
        <translation>--anchor gehört zu &apos;audit verify&apos;; &apos;audit anchor&apos; schreibt nach --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="258"/>
        <source>--out FILE is required: the anchor file to append to</source>
        <translation>--out DATEI ist erforderlich: die Anker-Datei, an die angehängt wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CheckRowState.cpp" line="12"/>
        <source>Row state:     %n row(s) changed behind Slipway&apos;s back</source>
        <translation>
            <numerusform>Zeilenstand:    %n Zeile an Slipway vorbei geändert</numerusform>
            <numerusform>Zeilenstand:    %n Zeilen an Slipway vorbei geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="45"/>
        <source>Usage:
  slipway [--db FILE] [--shared]              open the window
  slipway --version
  slipway demo --db FILE [--scale small|large] [--seed N] [--force]
  slipway check --db FILE [--json] [--full] [--integrity-only]
                  structure, foreign keys, audit chain, scheduling conflicts,
                  scope dependency warnings
  slipway audit verify --db FILE [--anchor FILE]... [--json]
  slipway audit anchor --db FILE --out FILE [--json]
                  append the log&apos;s count and head to FILE; verify holds the
                  log against such anchors (truncated or rewritten since)
  slipway export csv --db FILE --out FILE
                     --table releases|scope|assumptions|metrics|tradeoffs|
                             communications|acknowledgements|deployments|
                             artifacts|components|config
  slipway export csv --db FILE --table cab-agenda|decisions --meeting ID|DATE
                     --out FILE
  slipway export ics --db FILE --out FILE.ics [--from DATE --to DATE]
  slipway import csv --db FILE --kind scope [--release VERSION] [--skip-invalid]
                     [--map COLUMN=FIELD,…] INPUT.csv
  slipway import csv --db FILE --kind acknowledgements INPUT.csv
  slipway import ics --db FILE --as blackouts|freezes [--soft] INPUT.ics
  slipway import junit|sarif|bench --db FILE --release ID --criterion NAME INPUT
                  a CI report as a gate criterion&apos;s evidence (exit 1: it fails)
  slipway import checksums --db FILE --release ID|PRODUCT@VERSION [--json] SUMS
                  a SHA256SUMS list&apos;s files as the release&apos;s artifacts
  slipway import sbom --db FILE --release ID|PRODUCT@VERSION [--json] SBOM
                  a CycloneDX or SPDX SBOM as the release&apos;s component list
  slipway gate status --db FILE --release ID [--json]
                  gates and criteria with evidence (exit 1: promotion blocked)
  slipway deploy record --db FILE --release ID|NAME@VERSION --environment NAME
                 --outcome succeeded|failed|rolled-back [--ticket T] [--at TIME]
                  recorded as made by you; refused (exit 1) when the lifecycle
                  does not allow it
  slipway lifecycle show|set|override|approve|settle --db FILE ...
                  a release&apos;s guards; a status change; guard overrides
  slipway artifact add|list|verify --db FILE --release ID|PRODUCT@VERSION
                 [FILE...] [--dir DIR] [--json]
                  what a release ships: digests, signatures (exit 1: one fails)
  slipway artifact trust|keys --db FILE [--key FILE]
                  the public keys trusted for artifact signatures
  slipway config set|unset|list --db FILE --release ID|PRODUCT@VERSION
                 [--environment NAME] [KEY (VALUE | --ref REF)] [--secret]
                  configuration per environment; secret-looking values refused
  slipway config diff --db FILE --release ID --from NAME --to NAME [--json]
  slipway env matrix --db FILE [--json] [--environment NAME]...
                  what runs where, components x environments, with drift
  slipway component pin|unpin --db FILE --release ID|PRODUCT@VERSION
                 --component NAME --on TARGET [--constraint EXPR]
  slipway component pins --db FILE [--release ID|PRODUCT@VERSION] [--json]
                  version pins on what components depend on
  slipway product list --db FILE [--json]
  slipway product set --db FILE PRODUCT --scheme semver|calver [--format FMT]
                  a product (a service) and its versioning scheme
  slipway release suggest-version --db FILE --release ID|PRODUCT@VERSION
                 [--json]
                  the next version from the release&apos;s scope, with warnings
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
        <translation>Aufruf:
  slipway [--db FILE] [--shared]              Fenster öffnen
  slipway --version
  slipway demo --db FILE [--scale small|large] [--seed N] [--force]
  slipway check --db FILE [--json] [--full] [--integrity-only]
                  Struktur, Fremdschlüssel, Audit-Kette, Planungskonflikte,
                  Warnungen zu Umfangsabhängigkeiten
  slipway audit verify --db FILE [--anchor FILE]... [--json]
  slipway audit anchor --db FILE --out FILE [--json]
                  Anzahl und Kopf des Logs an FILE anhängen; verify prüft das
                  Log gegen solche Anker (seither gekürzt oder umgeschrieben)
  slipway export csv --db FILE --out FILE
                     --table releases|scope|assumptions|metrics|tradeoffs|
                             communications|acknowledgements|deployments|
                             artifacts|components|config
  slipway export csv --db FILE --table cab-agenda|decisions --meeting ID|DATE
                     --out FILE
  slipway export ics --db FILE --out FILE.ics [--from DATE --to DATE]
  slipway import csv --db FILE --kind scope [--release VERSION] [--skip-invalid]
                     [--map COLUMN=FIELD,…] INPUT.csv
  slipway import csv --db FILE --kind acknowledgements INPUT.csv
  slipway import ics --db FILE --as blackouts|freezes [--soft] INPUT.ics
  slipway import junit|sarif|bench --db FILE --release ID --criterion NAME INPUT
                  ein CI-Bericht als Nachweis eines Gate-Kriteriums (Exit 1: es schlägt fehl)
  slipway import checksums --db FILE --release ID|PRODUCT@VERSION [--json] SUMS
                  die Dateien einer SHA256SUMS-Liste als Artefakte des Release
  slipway import sbom --db FILE --release ID|PRODUCT@VERSION [--json] SBOM
                  ein CycloneDX- oder SPDX-SBOM als Komponentenliste des Release
  slipway gate status --db FILE --release ID [--json]
                  Gates und Kriterien mit Nachweisen (Exit 1: Hochstufung blockiert)
  slipway deploy record --db FILE --release ID|NAME@VERSION --environment NAME
                 --outcome succeeded|failed|rolled-back [--ticket T] [--at TIME]
                  als von Ihnen ausgeführt erfasst; abgelehnt (Exit 1), wenn der
                  Lebenszyklus es nicht erlaubt
  slipway lifecycle show|set|override|approve|settle --db FILE ...
                  Voraussetzungen eines Release; Statuswechsel; Übersteuerungen
  slipway artifact add|list|verify --db FILE --release ID|PRODUCT@VERSION
                 [FILE...] [--dir DIR] [--json]
                  was ein Release ausliefert: Hashes, Signaturen (Exit 1: eine schlägt fehl)
  slipway artifact trust|keys --db FILE [--key FILE]
                  die öffentlichen Schlüssel, denen für Artefakt-Signaturen vertraut wird
  slipway config set|unset|list --db FILE --release ID|PRODUCT@VERSION
                 [--environment NAME] [KEY (VALUE | --ref REF)] [--secret]
                  Konfiguration je Umgebung; Werte, die wie Geheimnisse aussehen,
                  werden abgelehnt
  slipway config diff --db FILE --release ID --from NAME --to NAME [--json]
  slipway env matrix --db FILE [--json] [--environment NAME]...
                  was wo läuft, Komponenten x Umgebungen, mit Drift
  slipway component pin|unpin --db FILE --release ID|PRODUCT@VERSION
                 --component NAME --on TARGET [--constraint EXPR]
  slipway component pins --db FILE [--release ID|PRODUCT@VERSION] [--json]
                  Versions-Pins auf das, wovon Komponenten abhängen
  slipway product list --db FILE [--json]
  slipway product set --db FILE PRODUCT --scheme semver|calver [--format FMT]
                  ein Produkt (ein Dienst) und sein Versionierungsschema
  slipway release suggest-version --db FILE --release ID|PRODUCT@VERSION
                 [--json]
                  die nächste Version aus dem Umfang des Release, mit Warnungen
  slipway find-window --db FILE --release ID [--after DATE] [--duration 4h]
  slipway report cab --db FILE --meeting ID|DATE --out FILE.pdf [--page a4|letter]
  slipway render --db FILE --release ID --template NAME --format pdf|eml|md
                 --out FILE [--list NAME] [--reason TEXT] [--issue]
  slipway screenshot --db FILE
                     --view releases|audit|calendar|scope|gates|comms|cab
                     --out FILE.png
                     [--size WxH] [--from DATE --to DATE]

Befehle, die eine Datei öffnen, akzeptieren auch --shared (Datei auf einer
Netzwerkfreigabe) und --read-only. &apos;slipway BEFEHL --help&apos; erklärt einen Befehl.

Exit-Codes: 0 in Ordnung; 1 Befunde (Probleme in der Datei, defekte Audit-Kette,
Konfliktfehler, ein fehlschlagendes oder blockierendes Gate); 2 falscher Aufruf
oder ungültige Eingabe (eine Zeile auf stderr nennt Fehler und Datei).
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="148"/>
        <source>&apos;%1&apos; is not available in this version of Slipway (see &apos;slipway --help&apos;)</source>
        <translation>&apos;%1&apos; ist in dieser Slipway-Version nicht verfügbar (siehe &apos;slipway --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="154"/>
        <source>unknown command &apos;%1&apos; (see &apos;slipway --help&apos;)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe &apos;slipway --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="163"/>
        <source> (see &apos;slipway --help&apos;)</source>
        <translation> (siehe &apos;slipway --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="167"/>
        <source> - release planning for release managers and CABs</source>
        <translation> - Release-Planung für Release-Manager und CABs</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="180"/>
        <source>unexpected argument &apos;%1&apos; (see &apos;slipway --help&apos;)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe &apos;slipway --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="16"/>
        <source>Writes a new Slipway file full of demo data around today. The same --seed and --anchor always give the same file. An existing non-empty file is refused unless --force is given, which replaces it.</source>
        <translation>Schreibt eine neue Slipway-Datei voller Demodaten rund um das heutige Datum. Gleiches --seed und --anchor ergeben immer dieselbe Datei. Eine vorhandene, nicht leere Datei wird abgelehnt, außer mit --force, das sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="25"/>
        <source>small (3 teams, ~40 releases) or large (5,000 releases, 1,000,000 audit entries, for benchmarks).</source>
        <translation>small (3 Teams, ~40 Releases) oder large (5.000 Releases, 1.000.000 Audit-Einträge, für Benchmarks).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="29"/>
        <source>Random seed, 0 to 4294967295 (default 1).</source>
        <translation>Zufalls-Seed, 0 bis 4294967295 (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="33"/>
        <source>The demo&apos;s &quot;today&quot; (YYYY-MM-DD, UTC midnight); history ends there and plans run past it (default: today).</source>
        <translation>Das „Heute“ der Demo (JJJJ-MM-TT, UTC-Mitternacht); die Historie endet dort, Pläne reichen darüber hinaus (Standard: heute).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="39"/>
        <source>Replace FILE if it already exists (its data is lost).</source>
        <translation>DATEI ersetzen, falls sie schon existiert (ihre Daten gehen verloren).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="58"/>
        <source>--scale must be small or large, not &apos;%1&apos;</source>
        <translation>--scale muss small oder large sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="63"/>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="71"/>
        <source>--anchor must be a date such as 2026-11-01, not &apos;%1&apos;</source>
        <translation>--anchor muss ein Datum wie 2026-11-01 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="81"/>
        <source>%1 already exists; choose a new file, or pass --force to replace it</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei oder ersetzen Sie sie mit --force</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="94"/>
        <source>Writing demo data: %1%</source>
        <translation>Schreibe Demodaten: %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="102"/>
        <source>Wrote %1 (%2 demo, seed %3) in %4 s.</source>
        <translation>%1 geschrieben (%2-Demo, Seed %3) in %4 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="33"/>
        <source>record: who deployed which release to which environment, when, under which change ticket, and how it went. Recorded as made by you. A production deployment must be allowed by the release&apos;s lifecycle (approved, gates promoted, exit criteria settled, not inside a hard blackout or incident freeze without an emergency override, every artifact digest it names covered by passing gate evidence); it moves the release to Deployed or Rolled back. Exit 0: recorded; 1: refused, nothing written, every reason printed; 2: bad input.</source>
        <translation>record: wer welches Release wann in welche Umgebung ausgerollt hat, unter welchem Change-Ticket und mit welchem Ergebnis. Wird als von Ihnen ausgeführt erfasst. Ein Produktions-Deployment muss vom Lebenszyklus des Release erlaubt sein (genehmigt, Gates hochgestuft, Exit-Kriterien erledigt, nicht in einer harten Sperrzeit oder Incident-Sperre ohne Notfall-Übersteuerung, jeder genannte Artefakt-Hash durch bestandene Gate-Nachweise abgedeckt); es setzt das Release auf Ausgerollt oder Zurückgerollt. Exit 0: erfasst; 1: abgelehnt, nichts geschrieben, alle Gründe ausgegeben; 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="41"/>
        <source>What to do: record.</source>
        <translation>Was zu tun ist: record.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="45"/>
        <location filename="../app/cli/LifecycleCommand.cpp" line="167"/>
        <source>The release: its id or NAME@VERSION.</source>
        <translation>Das Release: seine ID oder NAME@VERSION.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="48"/>
        <source>The environment&apos;s name, as the file knows it.</source>
        <translation>Der Name der Umgebung, wie er in der Datei steht.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="51"/>
        <source>succeeded, failed or rolled-back.</source>
        <translation>succeeded, failed oder rolled-back.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="54"/>
        <source>The change ticket it was done under (default: the release&apos;s).</source>
        <translation>Das Change-Ticket, unter dem es ausgeführt wurde (Standard: das des Release).</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="59"/>
        <source>When it happened, ISO 8601 (default: now; no offset: UTC).</source>
        <translation>Wann es geschah, ISO 8601 (Standard: jetzt; ohne Offset: UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="63"/>
        <source>What was deployed (default: the release&apos;s version).</source>
        <translation>Was ausgerollt wurde (Standard: die Version des Release).</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="67"/>
        <source>The SHA-256 of an artifact the deployment put in place (repeatable). In production each must be one that passing gate evidence of the release was produced against (&apos;import junit|sarif|bench --artifact&apos;).</source>
        <translation>Der SHA-256 eines Artefakts, das das Deployment ausgerollt hat (wiederholbar). In Produktion muss jeder einer sein, gegen den ein bestandener Gate-Nachweis des Release erstellt wurde (&apos;import junit|sarif|bench --artifact&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="71"/>
        <source>Print the record as JSON.</source>
        <translation>Den Eintrag als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="86"/>
        <source>say what to do: &apos;slipway deploy record …&apos;</source>
        <translation>geben Sie an, was zu tun ist: &apos;slipway deploy record …&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="87"/>
        <source>unknown action &apos;%1&apos;; the only one is &apos;record&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;; die einzige ist &apos;record&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="95"/>
        <source>--outcome must be succeeded, failed or rolled-back, not &apos;%1&apos;</source>
        <translation>--outcome muss succeeded, failed oder rolled-back sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="99"/>
        <source>--release and --environment are required</source>
        <translation>--release und --environment sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="104"/>
        <source>--at &apos;%1&apos; is not an ISO 8601 time such as 2026-03-14T22:00:00Z</source>
        <translation>--at &apos;%1&apos; ist keine ISO-8601-Zeit wie 2026-03-14T22:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="113"/>
        <source>--artifact-digest &apos;%1&apos; is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>--artifact-digest &apos;%1&apos; ist kein SHA-256-Hash (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="130"/>
        <source>Deployment of %1 refused: %2</source>
        <translation>Deployment von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="147"/>
        <source>Deployment of %1 to %2 refused:</source>
        <translation>Deployment von %1 auf %2 abgelehnt:</translation>
    </message>
    <message>
        <location filename="../app/cli/DeployCommand.cpp" line="169"/>
        <source>Recorded: %1 %2 to %3 by %4 at %5 (deployment %6).</source>
        <translation>Erfasst: %1 auf %3, %2, durch %4 am %5 (Deployment %6).</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="23"/>
        <source>not scheduled</source>
        <translation>nicht terminiert</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="67"/>
        <source>--criterion NAME is required: which of the release&apos;s criteria the file is evidence for</source>
        <translation>--criterion NAME ist erforderlich: für welches Kriterium des Release die Datei der Nachweis ist</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="102"/>
        <source>%1: %2 (%3) is %4: %5</source>
        <translation>%1: %2 (%3) ist %4: %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/GateCommand.cpp" line="108"/>
        <source>Produced against %n artifact(s): %1</source>
        <translation>
            <numerusform>Erstellt gegen %n Artefakt: %1</numerusform>
            <numerusform>Erstellt gegen %n Artefakte: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="120"/>
        <source>status: a release&apos;s quality gates, stage by stage, with each criterion&apos;s status, the reason, and the evidence it was judged on (file, SHA-256, who imported it and when, the counts). Exit 0: the release may be promoted through its next gate (or is through all); 1: a gate blocks promotion; 2: bad input.</source>
        <translation>status: die Quality Gates eines Release, Stufe für Stufe, mit dem Status jedes Kriteriums, dem Grund und dem Nachweis, auf dem die Bewertung beruht (Datei, SHA-256, wer ihn wann importiert hat, die Zählwerte). Exit 0: das Release kann durch sein nächstes Gate hochgestuft werden (oder ist durch alle); 1: ein Gate blockiert die Hochstufung; 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="125"/>
        <source>What to do: status.</source>
        <translation>Was zu tun ist: status.</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="144"/>
        <source>say what to do: &apos;slipway gate status …&apos;</source>
        <translation>geben Sie an, was zu tun ist: &apos;slipway gate status …&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="145"/>
        <source>unknown action &apos;%1&apos;; available: status</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: status</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="219"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="222"/>
        <source>  No gates: &apos;slipway&apos; adds its type&apos;s gates when a release is created.</source>
        <translation>  Keine Gates: &apos;slipway&apos; fügt beim Anlegen eines Release die Gates seines Typs hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="228"/>
        <source>%1 → %2 (%3/%4 settled, due %5)%6</source>
        <translation>%1 → %2 (%3/%4 geklärt, fällig %5)%6</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="229"/>
        <source>next stage</source>
        <translation>nächste Stufe</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="232"/>
        <source>, promoted by %1 on %2</source>
        <translation>, hochgestuft von %1 am %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="242"/>
        <source>evidence: %1, SHA-256 %2, imported %3 by %4</source>
        <translation>Nachweis: %1, SHA-256 %2, importiert %3 von %4</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="249"/>
        <source>tested artifacts: %1</source>
        <translation>getestete Artefakte: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="254"/>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GateCommand.cpp" line="254"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>csv: what the rows are: scope or acknowledgements.</source>
        <translation>csv: was die Zeilen sind: scope oder acknowledgements.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="38"/>
        <source>csv: put every item into this release. junit, sarif, bench: the release whose criterion the file is evidence for. checksums, sbom: the release the files or components belong to. Its id, PRODUCT@VERSION, or a version only one release has.</source>
        <translation>csv: jedes Element in dieses Release legen. junit, sarif, bench: das Release, für dessen Kriterium die Datei der Nachweis ist. checksums, sbom: das Release, zu dem die Dateien oder Komponenten gehören. Seine ID, PRODUKT@VERSION oder eine Version, die nur ein Release hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="45"/>
        <source>csv: import the valid rows and list the others, instead of refusing the file.</source>
        <translation>csv: die gültigen Zeilen importieren und die anderen auflisten, statt die Datei abzulehnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="49"/>
        <source>csv: which column holds which field, e.g. &quot;Name=title,Ticket=external_key&quot;; fields: %1, or ignore. Completes or overrides what Jira and Azure DevOps exports are recognised by.</source>
        <translation>csv: welche Spalte welches Feld enthält, z. B. &quot;Name=title,Ticket=external_key&quot;; Felder: %1 oder ignore. Ergänzt oder überschreibt die Erkennung von Jira- und Azure-DevOps-Exporten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="64"/>
        <source>unknown --kind &apos;%1&apos;; available: scope, acknowledgements</source>
        <translation>unbekannte --kind &apos;%1&apos;; verfügbar: scope, acknowledgements</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="67"/>
        <source>--kind scope is required: say what the rows are (or --kind acknowledgements)</source>
        <translation>--kind scope ist erforderlich: Geben Sie an, was die Zeilen sind (oder --kind acknowledgements)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="86"/>
        <source>%1: %2 of %3 rows cannot be imported, so nothing was; --skip-invalid imports the other %4.</source>
        <translation>%1: %2 von %3 Zeilen können nicht importiert werden, daher wurde nichts importiert; --skip-invalid importiert die anderen %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="92"/>
        <source>%1: none of its %2 rows can be imported; nothing was.</source>
        <translation>%1: keine der %2 Zeilen kann importiert werden; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="123"/>
        <source>%1 Skipped.</source>
        <translation>%1 Übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="126"/>
        <source>%1 (%2): %3 created, %4 updated, %5 unchanged, %6 skipped; %7 dependencies added.</source>
        <translation>%1 (%2): %3 angelegt, %4 aktualisiert, %5 unverändert, %6 übersprungen; %7 Abhängigkeiten hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="157"/>
        <source>%1: no entries: nothing to register</source>
        <translation>%1: keine Einträge: nichts zu registrieren</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="167"/>
        <source>%1: only %2 digests, which prove nothing against a file someone chose; nothing registered</source>
        <translation>%1: nur %2-Hashes, die gegen eine gezielt gewählte Datei nichts beweisen; nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="171"/>
        <source>%1: %2 digests only; an artifact is registered by its SHA-256: import the release&apos;s SHA-256 list, or register the files with &apos;slipway artifact add&apos;</source>
        <translation>%1: nur %2-Hashes; ein Artefakt wird über seinen SHA-256 registriert: Importieren Sie die SHA-256-Liste des Release oder registrieren Sie die Dateien mit &apos;slipway artifact add&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="181"/>
        <source>%1 is listed with %2 only, which proves nothing against a file someone chose; nothing registered</source>
        <translation>%1 ist nur mit %2 aufgeführt, was gegen eine gezielt gewählte Datei nichts beweist; nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="185"/>
        <source>%1 is listed with %2, not SHA-256; an artifact is registered by its SHA-256; nothing registered</source>
        <translation>%1 ist mit %2 aufgeführt, nicht mit SHA-256; ein Artefakt wird über seinen SHA-256 registriert; nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="195"/>
        <source>%1 cannot be an artifact&apos;s name, which is a file name without backslashes or line breaks; nothing registered</source>
        <translation>%1 kann nicht der Name eines Artefakts sein, denn der ist ein Dateiname ohne Backslashes und Zeilenumbrüche; nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="200"/>
        <source>%1 is listed on line %2 too; an artifact&apos;s name is unique in its release; nothing registered</source>
        <translation>%1 ist auch in Zeile %2 aufgeführt; der Name eines Artefakts ist in seinem Release eindeutig; nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="244"/>
        <source>%1:%2: %3 is already an artifact of release %4; remove it first or give the new build another name; nothing registered</source>
        <translation>%1:%2: %3 ist bereits ein Artefakt von Release %4; entfernen Sie es zuerst oder geben Sie dem neuen Build einen anderen Namen; nichts registriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="274"/>
        <source>%1: %n artifact(s) registered (SHA-256, unverified):</source>
        <translation>
            <numerusform>%1: %n Artefakt registriert (SHA-256, ungeprüft):</numerusform>
            <numerusform>%1: %n Artefakte registriert (SHA-256, ungeprüft):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="329"/>
        <source>%1 (%2): components: %3 (%4 with a purl, %5 with hashes); dependency edges: %6; warnings: %7.</source>
        <translation>%1 (%2): Komponenten: %3 (%4 mit purl, %5 mit Hashes); Abhängigkeitskanten: %6; Warnungen: %7.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="339"/>
        <source>It describes %1.</source>
        <translation>Es beschreibt %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="343"/>
        <source>It replaces the release&apos;s earlier list of %n component(s).</source>
        <translation>
            <numerusform>Es ersetzt die frühere Liste des Release mit %n Komponente.</numerusform>
            <numerusform>Es ersetzt die frühere Liste des Release mit %n Komponenten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="354"/>
        <source>csv: reads scope items from a CSV file (RFC 4180, UTF-8): Jira and Azure DevOps exports are recognised, other files say with --map which column holds what. By default a file with any invalid row is refused whole, listing each row&apos;s line and reason. Items keep their external key: importing the same file again updates them.
ics: reads an iCalendar file (Outlook, Google Calendar, Thunderbird, iCloud) and stores its events as blackouts or incident freezes. Events keep their UID: importing the same calendar again updates them.
junit, sarif, bench: reads a JUnit XML report, a SARIF 2.1.0 log, or Google Benchmark JSON / a name,value,unit CSV as the evidence of one criterion of a release&apos;s quality gates (--release ID|PRODUCT@VERSION --criterion NAME); prints the criterion&apos;s status and exits 1 when it fails.
checksums: registers every entry of a SHA256SUMS list (GNU or BSD tag form, signify&apos;s embedded form too) as an artifact of the release, located beside the list; a list with no entries, only MD5 or SHA-1 digests, or a name the release has is refused.
sbom: makes a CycloneDX 1.4-1.6 (JSON or XML) or SPDX 2.2/2.3 JSON SBOM&apos;s components, with versions, purls, hashes, licences and dependencies, the release&apos;s component list, replacing the one imported before.
The whole file is checked first and written in one transaction, or not at all.</source>
        <translation>csv: liest Umfangselemente aus einer CSV-Datei (RFC 4180, UTF-8): Jira- und Azure-DevOps-Exporte werden erkannt, bei anderen Dateien gibt --map an, welche Spalte was enthält. Standardmäßig wird eine Datei mit einer ungültigen Zeile ganz abgelehnt, mit Zeile und Grund jeder Zeile. Elemente behalten ihren externen Schlüssel: Ein erneuter Import derselben Datei aktualisiert sie.
ics: liest eine iCalendar-Datei (Outlook, Google Kalender, Thunderbird, iCloud) und speichert ihre Termine als Sperrzeiten oder Incident-Sperren. Termine behalten ihre UID: Ein erneuter Import desselben Kalenders aktualisiert sie.
junit, sarif, bench: liest einen JUnit-XML-Bericht, ein SARIF-2.1.0-Log oder Google-Benchmark-JSON / eine name,value,unit-CSV als Nachweis eines Kriteriums der Quality Gates eines Release (--release ID|PRODUCT@VERSION --criterion NAME); gibt den Status des Kriteriums aus und endet mit 1, wenn es fehlschlägt.
checksums: registriert jeden Eintrag einer SHA256SUMS-Liste (GNU- oder BSD-Tag-Form, auch die eingebettete Form von signify) als Artefakt des Release, zu finden neben der Liste; eine Liste ohne Einträge, nur mit MD5- oder SHA-1-Hashes oder mit einem Namen, den das Release schon hat, wird abgelehnt.
sbom: macht die Komponenten eines SBOM in CycloneDX 1.4-1.6 (JSON oder XML) oder SPDX 2.2/2.3 JSON, mit Versionen, purls, Hashes, Lizenzen und Abhängigkeiten, zur Komponentenliste des Release und ersetzt die zuvor importierte.
Die ganze Datei wird zuerst geprüft und in einer Transaktion geschrieben, oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="376"/>
        <source>csv, ics, junit, sarif, bench, checksums or sbom.</source>
        <translation>csv, ics, junit, sarif, bench, checksums oder sbom.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="397"/>
        <source>checksums, sbom: print the result as JSON.</source>
        <translation>checksums, sbom: Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="400"/>
        <source>junit, sarif, bench: the SHA-256 of an artifact the file was produced against (repeatable); a deployment of that artifact counts as tested while this evidence passes.</source>
        <translation>junit, sarif, bench: der SHA-256 eines Artefakts, gegen das die Datei erstellt wurde (wiederholbar); ein Deployment dieses Artefakts gilt als getestet, solange dieser Nachweis besteht.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="430"/>
        <source>say which format: &apos;slipway import csv …&apos;, &apos;slipway import ics …&apos;, or junit, sarif, bench, checksums, sbom</source>
        <translation>geben Sie das Format an: &apos;slipway import csv …&apos;, &apos;slipway import ics …&apos; oder junit, sarif, bench, checksums, sbom</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="433"/>
        <source>unknown format &apos;%1&apos;; available: csv, ics, junit, sarif, bench, checksums, sbom</source>
        <translation>unbekanntes Format &apos;%1&apos;; verfügbar: csv, ics, junit, sarif, bench, checksums, sbom</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="378"/>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="382"/>
        <source>What the events become: blackouts or freezes.</source>
        <translation>Was aus den Terminen wird: blackouts (Sperrzeiten) oder freezes (Sperren).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="386"/>
        <source>Blackouts are soft (a warning), not hard (an error).</source>
        <translation>Sperrzeiten sind weich (eine Warnung), nicht hart (ein Fehler).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="388"/>
        <source>The change ticket the import is done under.</source>
        <translation>Das Change-Ticket, unter dem importiert wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="393"/>
        <source>junit, sarif, bench: the name of the gate criterion the file is evidence for.</source>
        <translation>junit, sarif, bench: der Name des Gate-Kriteriums, für das die Datei der Nachweis ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="437"/>
        <source>name the CSV file to read</source>
        <translation>nennen Sie die zu lesende CSV-Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="439"/>
        <source>name the calendar file to read</source>
        <translation>nennen Sie die zu lesende Kalenderdatei</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="440"/>
        <source>name the %1 file to read</source>
        <translation>nennen Sie die zu lesende %1-Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="442"/>
        <source>--json applies to checksums and sbom</source>
        <translation>--json gilt für checksums und sbom</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="444"/>
        <source>--artifact applies to junit, sarif and bench</source>
        <translation>--artifact gilt für junit, sarif und bench</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="448"/>
        <source>--artifact &apos;%1&apos; is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>--artifact &apos;%1&apos; ist kein SHA-256-Hash (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="473"/>
        <source>--as must be blackouts or freezes</source>
        <translation>--as muss blackouts oder freezes sein</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="490"/>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 left out.</source>
        <translation>%1: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="57"/>
        <source>%1 is %2.</source>
        <translation>%1 hat den Status %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="59"/>
        <source>  past a guard it never met: %1</source>
        <translation>  nie erfüllte Voraussetzung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="61"/>
        <source>Before %1:</source>
        <translation>Vor dem Status %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="66"/>
        <source>Override %1 of “%2” asked by %3: %4 — %5</source>
        <translation>Übersteuerung %1 von „%2“, beantragt von %3: %4 — %5</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="70"/>
        <source>settled by %1</source>
        <translation>abgeschlossen von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="72"/>
        <source>approved by %1, not settled</source>
        <translation>genehmigt von %1, nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="73"/>
        <source>awaiting a second release manager</source>
        <translation>wartet auf einen zweiten Release-Manager</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="83"/>
        <source>--status must be one of %1</source>
        <translation>--status muss einer von %1 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="90"/>
        <source>%1 cannot become %2:</source>
        <translation>%1 kann nicht in den Status %2 wechseln:</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="107"/>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="139"/>
        <source>Emergency approvals are now due within %1 day(s) of production (were %2).</source>
        <translation>Notfall-Genehmigungen sind jetzt innerhalb von %1 Tag(en) nach der Produktion fällig (vorher %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="145"/>
        <source>Emergency approvals are due within %1 day(s) of production.</source>
        <translation>Notfall-Genehmigungen sind innerhalb von %1 Tag(en) nach der Produktion fällig.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="155"/>
        <source>show: a release&apos;s status, the guards of its next status and any it is past without meeting (exit 1). set: change the status through its guards (exit 1: refused, one line per guard). override: ask to let a release past a guard, with a reason. approve: approve an override (a second person with the release manager role). settle: close an override with a note. settings: print the file&apos;s lifecycle settings, and set them when given (a release manager).</source>
        <translation>show: der Status eines Release, die Voraussetzungen seines nächsten Status und jede, die es übergangen hat, ohne sie zu erfüllen (Exit 1). set: den Status ändern, sofern seine Voraussetzungen erfüllt sind (Exit 1: abgelehnt, eine Zeile pro Voraussetzung). override: mit Begründung beantragen, dass ein Release eine Voraussetzung übergehen darf. approve: eine Übersteuerung genehmigen (eine zweite Person mit der Rolle Release-Manager). settle: eine Übersteuerung mit einer Notiz abschließen. settings: die Lebenszyklus-Einstellungen der Datei ausgeben und, wenn angegeben, setzen (ein Release-Manager).</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="163"/>
        <source>show, set, override, approve, settle or settings.</source>
        <translation>show, set, override, approve, settle oder settings.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="169"/>
        <source>set: the new status.</source>
        <translation>set: der neue Status.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="173"/>
        <source>override: the guard (%1).</source>
        <translation>override: die Voraussetzung (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="175"/>
        <source>override: why.</source>
        <translation>override: die Begründung.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="178"/>
        <source>approve, settle: the override&apos;s number.</source>
        <translation>approve, settle: die Nummer der Übersteuerung.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="181"/>
        <source>settle: how it was settled.</source>
        <translation>settle: wie sie abgeschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="184"/>
        <source>settings: the days an emergency that reached production before its CAB approval has for that approval (%1 to %2).</source>
        <translation>settings: die Tage, die ein Notfall, der vor seiner CAB-Genehmigung die Produktion erreicht hat, für diese Genehmigung hat (%1 bis %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="191"/>
        <source>show, settings: print JSON.</source>
        <translation>show, settings: JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="203"/>
        <source>say what to do: %1</source>
        <translation>geben Sie an, was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="216"/>
        <source>--emergency-days must be a whole number from %1 to %2, not “%3”</source>
        <translation>--emergency-days muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="235"/>
        <source>--override ID is required</source>
        <translation>--override ID ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="246"/>
        <source>override %1 does not exist or is settled</source>
        <translation>Übersteuerung %1 existiert nicht oder ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="254"/>
        <source>Override %1 approved by %2.</source>
        <translation>Übersteuerung %1 von %2 genehmigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="255"/>
        <source>Override %1 settled by %2.</source>
        <translation>Übersteuerung %1 von %2 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="272"/>
        <source>--guard must be one of %1</source>
        <translation>--guard muss einer von %1 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/LifecycleCommand.cpp" line="277"/>
        <source>Override %1 of “%2” for %3 asked for; a second release manager approves it with &apos;slipway lifecycle approve --override %1&apos;.</source>
        <translation>Übersteuerung %1 von „%2“ für %3 beantragt; ein zweiter Release-Manager genehmigt sie mit &apos;slipway lifecycle approve --override %1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="22"/>
        <source>Renders a communication template for a release as PDF, an .eml draft (opens as a draft in Outlook and Thunderbird) or Markdown. Text from the plan is escaped, never run as markup. A template with unknown placeholders is refused. --issue also archives the message with the list&apos;s recipients.</source>
        <translation>Rendert eine Kommunikationsvorlage für ein Release als PDF, als .eml-Entwurf (öffnet sich als Entwurf in Outlook und Thunderbird) oder als Markdown. Text aus dem Plan wird maskiert, nie als Markup ausgeführt. Eine Vorlage mit unbekannten Platzhaltern wird abgelehnt. --issue archiviert die Mitteilung zusätzlich mit den Empfängern des Verteilers.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="33"/>
        <source>The template name, e.g. release-notice.</source>
        <translation>Der Vorlagenname, z. B. release-notice.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="35"/>
        <source>pdf, eml or md.</source>
        <translation>pdf, eml oder md.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="37"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="40"/>
        <source>A distribution list: its recipients and time zone.</source>
        <translation>Ein Verteiler: seine Empfänger und Zeitzone.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="43"/>
        <source>Delay notices: why the release moved.</source>
        <translation>Verzögerungsmeldungen: warum sich das Release verschoben hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="46"/>
        <source>Archive the message as issued (needs --list).</source>
        <translation>Die Mitteilung als versendet archivieren (braucht --list).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="64"/>
        <source>--template NAME is required (e.g. release-notice)</source>
        <translation>--template NAME ist erforderlich (z. B. release-notice)</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="69"/>
        <source>unknown --format &apos;%1&apos;; available: pdf, eml, md</source>
        <translation>unbekanntes --format &apos;%1&apos;; verfügbar: pdf, eml, md</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="71"/>
        <source>--format pdf|eml|md is required</source>
        <translation>--format pdf|eml|md ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="76"/>
        <source>--issue needs --list NAME: say who it goes to</source>
        <translation>--issue braucht --list NAME: Geben Sie an, an wen sie geht</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="97"/>
        <source>%1: there is no template &apos;%2&apos;; available: %3</source>
        <translation>%1: Es gibt keine Vorlage &apos;%2&apos;; verfügbar: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="118"/>
        <source>template %1 (version %2): %3%4; nothing was written</source>
        <translation>Vorlage %1 (Version %2): %3%4; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="123"/>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="143"/>
        <source>Issued message %1 to %2 recipient(s); SHA-256 %3.</source>
        <translation>Mitteilung %1 an %2 Empfänger versendet; SHA-256 %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="152"/>
        <source>Wrote %1 (%2, template %3 version %4).</source>
        <translation>%1 geschrieben (%2, Vorlage %3 Version %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="26"/>
        <source>there is no CAB meeting %1 in %2 (see the CAB screen for the ids)</source>
        <translation>es gibt keine CAB-Sitzung %1 in %2 (die IDs stehen in der CAB-Ansicht)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="34"/>
        <source>--meeting takes a meeting id or a date such as 2026-11-03, not &apos;%1&apos;</source>
        <translation>--meeting erwartet eine Sitzungs-ID oder ein Datum wie 2026-11-03, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="40"/>
        <source>no CAB meeting on or after %1 in %2</source>
        <translation>keine CAB-Sitzung am oder nach dem %1 in %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="48"/>
        <source>cab: writes the CAB report of a meeting as PDF: a cover with the attendees, the change outlook charts, the agenda, a section per change (window in UTC and the attendees&apos; zones, conflicts, risk, gate status, rollback plan, approvals, its week with blackouts), decisions, open conditions and actions. Every page carries the audit chain head and the time of generation. The file is opened read-only.</source>
        <translation>cab: schreibt den CAB-Bericht einer Sitzung als PDF: ein Deckblatt mit den Teilnehmenden, die Diagramme zur Change-Vorschau, die Tagesordnung, einen Abschnitt je Change (Fenster in UTC und in den Zeitzonen der Teilnehmenden, Konflikte, Risiko, Gate-Status, Rollback-Plan, Freigaben, seine Woche mit Sperrzeiten), Entscheidungen, offene Auflagen und Maßnahmen. Jede Seite trägt den Kopf der Audit-Kette und den Erstellungszeitpunkt. Die Datei wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="54"/>
        <source>cab.</source>
        <translation>cab.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="59"/>
        <source>The meeting: its id, or a date (the meeting that day, else the first one after).</source>
        <translation>Die Sitzung: ihre ID oder ein Datum (die Sitzung an diesem Tag, sonst die erste danach).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="62"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="65"/>
        <source>Paper: a4 (default) or letter.</source>
        <translation>Papier: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="75"/>
        <source>say which report: &apos;slipway report cab …&apos;</source>
        <translation>geben Sie den Bericht an: &apos;slipway report cab …&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="77"/>
        <source>unknown report &apos;%1&apos;; available: cab</source>
        <translation>unbekannter Bericht &apos;%1&apos;; verfügbar: cab</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="83"/>
        <source>--meeting ID|DATE is required</source>
        <translation>--meeting ID|DATE ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="86"/>
        <source>--out FILE.pdf is required</source>
        <translation>--out DATEI.pdf ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="90"/>
        <source>--page takes a4 or letter, not &apos;%1&apos;</source>
        <translation>--page erwartet a4 oder letter, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="111"/>
        <source>Wrote %1: %2 page(s), %3 agenda item(s), %4 decision(s) in %5 ms.</source>
        <translation>%1 geschrieben: %2 Seite(n), %3 Tagesordnungspunkt(e), %4 Entscheidung(en) in %5 ms.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="19"/>
        <source>Renders a screen of the real main window to a PNG, without a display. The file is opened read-only.</source>
        <translation>Rendert eine Ansicht des echten Hauptfensters als PNG, ohne Display. Die Datei wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="26"/>
        <source>The screen to render: %1.</source>
        <translation>Die zu rendernde Ansicht: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="28"/>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="31"/>
        <source>Window size (default 1280x800).</source>
        <translation>Fenstergröße (Standard 1280x800).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="35"/>
        <source>Calendar view: the first day shown (e.g. 2026-12-01).</source>
        <translation>Kalenderansicht: der erste angezeigte Tag (z. B. 2026-12-01).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="38"/>
        <source>Calendar view: where the shown range ends (exclusive).</source>
        <translation>Kalenderansicht: wo der angezeigte Bereich endet (exklusiv).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="51"/>
        <source>unknown view &apos;%1&apos;; available: %2</source>
        <translation>unbekannte Ansicht &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="55"/>
        <source>--out FILE.png is required</source>
        <translation>--out DATEI.png ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="62"/>
        <source>--size must be WIDTHxHEIGHT between 320x200 and 7680x4320, not &apos;%1&apos;</source>
        <translation>--size muss BREITExHÖHE zwischen 320x200 und 7680x4320 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="70"/>
        <source>--from and --to apply to the calendar view only</source>
        <translation>--from und --to gelten nur für die Kalenderansicht</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="74"/>
        <source>--from and --to go together</source>
        <translation>--from und --to gehören zusammen</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="76"/>
        <source>--from: &apos;%1&apos; is not a date such as 2026-12-01</source>
        <translation>--from: &apos;%1&apos; ist kein Datum wie 2026-12-01</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="81"/>
        <source>--to: &apos;%1&apos; is not a date such as 2026-12-31</source>
        <translation>--to: &apos;%1&apos; ist kein Datum wie 2026-12-31</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="83"/>
        <source>--to must be after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="85"/>
        <source>--from to --to may span at most 20 years</source>
        <translation>--from bis --to darf höchstens 20 Jahre umfassen</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="91"/>
        <source>Wrote %1 (%2 view, %3x%4).</source>
        <translation>%1 geschrieben (Ansicht %2, %3x%4).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="93"/>
        <source>The table to export: releases, scope, assumptions, metrics, tradeoffs, communications, acknowledgements, cab-agenda, decisions (a meeting&apos;s), deployments, artifacts, components or config (values of secret keys left out).</source>
        <translation>Die zu exportierende Tabelle: releases, scope, assumptions, metrics, tradeoffs, communications, acknowledgements, cab-agenda, decisions (die einer Sitzung), deployments, artifacts, components oder config (ohne die Werte geheimer Schlüssel).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="192"/>
        <source>Wrote %n configuration setting(s) to %1.</source>
        <translation>
            <numerusform>%n Konfigurationseinstellung nach %1 geschrieben.</numerusform>
            <numerusform>%n Konfigurationseinstellungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="52"/>
        <source>  (reference)</source>
        <translation>  (Referenz)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="53"/>
        <source>  (secret)</source>
        <translation>  (Geheimnis)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="83"/>
        <source>secret changed</source>
        <translation>Geheimnis geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="85"/>
        <source>same reference</source>
        <translation>gleiche Referenz</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="118"/>
        <source>Configuration of %1, %2 → %3:</source>
        <translation>Konfiguration von %1, %2 → %3:</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="122"/>
        <source>%1 added, %2 removed, %3 changed, %4 the same.</source>
        <translation>%1 hinzugekommen, %2 entfernt, %3 geändert, %4 gleich.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="136"/>
        <source>A release&apos;s configuration per environment, without secrets. set: stores a value, or with --ref a reference to where a secret lives (vault:PATH#FIELD, awssm:NAME[#KEY], azkv:VAULT/NAME[/VERSION] or env:NAME); a value that looks like a secret (a private key, a token, a JWT, a password, a URL with a password, a long random string) is refused and nothing is written. --secret keeps a plain value out of lists, diffs and exports. unset: removes a key. list: the settings, secrets masked. diff: how one environment&apos;s settings differ from another&apos;s; secret values are never shown.</source>
        <translation>Die Konfiguration eines Release je Umgebung, ohne Geheimnisse. set: speichert einen Wert oder mit --ref eine Referenz darauf, wo ein Geheimnis liegt (vault:PATH#FIELD, awssm:NAME[#KEY], azkv:VAULT/NAME[/VERSION] oder env:NAME); ein Wert, der wie ein Geheimnis aussieht (ein privater Schlüssel, ein Token, ein JWT, ein Passwort, eine URL mit Passwort, eine lange zufällige Zeichenfolge), wird abgelehnt und nichts geschrieben. --secret hält einen einfachen Wert aus Listen, Vergleichen und Exporten heraus. unset: entfernt einen Schlüssel. list: die Einstellungen, Geheimnisse maskiert. diff: wie sich die Einstellungen einer Umgebung von denen einer anderen unterscheiden; geheime Werte werden nie gezeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="145"/>
        <source>set, unset, list or diff.</source>
        <translation>set, unset, list oder diff.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="152"/>
        <source>The environment, by name.</source>
        <translation>Die Umgebung, nach Name.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="155"/>
        <source>set: a reference to the secret instead of a value.</source>
        <translation>set: eine Referenz auf das Geheimnis statt eines Werts.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="159"/>
        <source>set: keep the value out of lists, diffs, exports and the audit log.</source>
        <translation>set: den Wert aus Listen, Vergleichen, Exporten und dem Audit-Log heraushalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="161"/>
        <source>diff: the environment to compare from.</source>
        <translation>diff: die Umgebung, von der aus verglichen wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="164"/>
        <source>diff: the environment to compare with.</source>
        <translation>diff: die Umgebung, mit der verglichen wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="182"/>
        <source>say what to do: set, unset, list or diff</source>
        <translation>sagen Sie, was zu tun ist: set, unset, list oder diff</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="183"/>
        <source>unknown action &apos;%1&apos;; available: set, unset, list, diff</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: set, unset, list, diff</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="190"/>
        <source>name the key to set</source>
        <translation>nennen Sie den zu setzenden Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="192"/>
        <source>give a value or --ref, not both</source>
        <translation>geben Sie einen Wert oder --ref an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="194"/>
        <source>give the value for %1, or a reference with --ref</source>
        <translation>geben Sie den Wert für %1 an oder eine Referenz mit --ref</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="198"/>
        <source>a reference is always secret; leave --secret out</source>
        <translation>eine Referenz ist immer geheim; lassen Sie --secret weg</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="202"/>
        <source>name the one key to remove</source>
        <translation>nennen Sie den einen zu entfernenden Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="205"/>
        <source>&apos;%1&apos; takes no key or value; did you mean &apos;set&apos;?</source>
        <translation>&apos;%1&apos; nimmt keinen Schlüssel und keinen Wert; meinten Sie &apos;set&apos;?</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="208"/>
        <source>--ref and --secret apply to &apos;set&apos; only</source>
        <translation>--ref und --secret gelten nur für &apos;set&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="210"/>
        <source>--environment NAME is required</source>
        <translation>--environment NAME ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="212"/>
        <source>diff needs --from NAME and --to NAME</source>
        <translation>diff braucht --from NAME und --to NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="214"/>
        <source>--from and --to apply to &apos;diff&apos; only</source>
        <translation>--from und --to gelten nur für &apos;diff&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="216"/>
        <source>diff takes --from and --to, not --environment</source>
        <translation>diff nimmt --from und --to, nicht --environment</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="280"/>
        <source>Set %1 = %2 for %3 in %4.</source>
        <translation>%1 = %2 für %3 in %4 gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="285"/>
        <source>Changed %1 = %2 for %3 in %4.</source>
        <translation>%1 = %2 für %3 in %4 geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="290"/>
        <source>%1 is already set so for %2 in %3; nothing written.</source>
        <translation>%1 ist für %2 in %3 bereits so gesetzt; nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="301"/>
        <source>Removed %1 for %2 in %3.</source>
        <translation>%1 für %2 in %3 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="320"/>
        <source>%1 has no configuration here yet: add it with &apos;slipway config set&apos;.</source>
        <translation>%1 hat hier noch keine Konfiguration: legen Sie sie mit &apos;slipway config set&apos; an.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="325"/>
        <source>Configuration of %1:</source>
        <translation>Konfiguration von %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckEnvironments.cpp" line="29"/>
        <source>Environments:  %1 drift warning(s), %2 pin(s) not met</source>
        <translation>Umgebungen:     %1 Drift-Warnung(en), %2 Pin(s) nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="35"/>
        <source>The version pins of a release&apos;s components: what a component needs of a shared library or service it depends on, in the npm range syntax (^1.2.0, ~1.4, &gt;=2.0.0 &lt;3.0.0, 1.2.3, alternatives with ||). pin: pins --component on --on within --constraint by hand (again: a new constraint); a constraint that does not read is refused (exit 2) and nothing is written. unpin: removes a pin set by hand; pins from the SBOM go with the next import. pins: lists them. &apos;slipway check&apos; and &apos;slipway env matrix&apos; report every pin an environment does not meet.</source>
        <translation>Die Versionsbindungen (Pins) der Komponenten eines Release: was eine Komponente von einer geteilten Bibliothek oder einem Dienst braucht, von dem sie abhängt, in der npm-Bereichssyntax (^1.2.0, ~1.4, &gt;=2.0.0 &lt;3.0.0, 1.2.3, Alternativen mit ||). pin: pinnt --component von Hand auf --on im Bereich --constraint (erneut aufgerufen: eine neue Bedingung); eine nicht lesbare Bedingung wird abgelehnt (Exit 2), und nichts wird geschrieben. unpin: entfernt einen von Hand gesetzten Pin; Pins aus dem SBOM verschwinden mit dem nächsten Import. pins: listet sie auf. &apos;slipway check&apos; und &apos;slipway env matrix&apos; melden jeden Pin, den eine Umgebung nicht erfüllt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="43"/>
        <source>pin, unpin or pins.</source>
        <translation>pin, unpin oder pins.</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="51"/>
        <source>The depending component, as the release&apos;s component list names it (or the product, for a release without one).</source>
        <translation>Die abhängige Komponente, wie die Komponentenliste des Release sie nennt (oder das Produkt, bei einem Release ohne Liste).</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="55"/>
        <source>What it depends on: a name, GROUP/NAME or a purl.</source>
        <translation>Wovon sie abhängt: ein Name, GROUP/NAME oder eine purl.</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="58"/>
        <source>pin: the versions it accepts.</source>
        <translation>pin: die Versionen, die sie akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="60"/>
        <source>pins: print JSON.</source>
        <translation>pins: JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="73"/>
        <source>say what to do: pin, unpin or pins</source>
        <translation>geben Sie an, was zu tun ist: pin, unpin oder pins</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="74"/>
        <source>unknown action &apos;%1&apos;; available: pin, unpin, pins</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: pin, unpin, pins</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="80"/>
        <source>%1 needs --component NAME and --on TARGET</source>
        <translation>%1 braucht --component NAME und --on ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="82"/>
        <source>pin needs --constraint EXPR</source>
        <translation>pin braucht --constraint AUSDRUCK</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="84"/>
        <source>--constraint applies to &apos;pin&apos; only</source>
        <translation>--constraint gilt nur für &apos;pin&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="86"/>
        <source>--json applies to &apos;pins&apos; only</source>
        <translation>--json gilt nur für &apos;pins&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="109"/>
        <source>%1: %2 pinned on %3 %4</source>
        <translation>%1: %2 auf %3 %4 gepinnt</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="119"/>
        <source>%1: %2 no longer pinned on %3 (was %4)</source>
        <translation>%1: %2 nicht mehr auf %3 gepinnt (war %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ComponentCommand.cpp" line="141"/>
        <source>%1 pin(s)</source>
        <translation>%1 Pin(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="39"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="70"/>
        <source>%1  %2%3  since %4  from %5</source>
        <translation>%1  %2%3  seit %4  aus %5</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="83"/>
        <source>matrix: what runs where, components × environments: the version each environment runs, since when and from which release, from the successful deployment records and the gate promotions (staging and other environments before production). A release brings its component list (from its SBOM), or without one its product. Drift is marked: * staging runs a version production does not and no planned release carries it; ! production runs what a release brought whose artifacts were never all verified. Then every pin an environment does not meet. With one --environment, a line per component with its release and date. Exit 0 whatever it finds; 2: bad usage or a file that cannot be read.</source>
        <translation>matrix: was wo läuft, Komponenten × Umgebungen: die Version, die jede Umgebung ausführt, seit wann und aus welchem Release, aus den erfolgreichen Deployment-Einträgen und den Gate-Hochstufungen (Staging und andere Umgebungen vor Produktion). Ein Release bringt seine Komponentenliste (aus seinem SBOM) mit, ohne eine solche sein Produkt. Drift wird markiert: * Staging führt eine Version aus, die Produktion nicht hat, und kein geplantes Release bringt sie; ! Produktion führt aus, was ein Release brachte, dessen Artefakte nie alle geprüft wurden. Danach jeder Pin, den eine Umgebung nicht erfüllt. Mit einer --environment eine Zeile je Komponente mit ihrem Release und Datum. Exit 0, was auch immer gefunden wird; 2: falscher Aufruf oder eine Datei, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="93"/>
        <source>matrix.</source>
        <translation>matrix.</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="98"/>
        <source>Show this environment (by name; repeat for several). Default: all.</source>
        <translation>Diese Umgebung zeigen (nach Name; für mehrere wiederholen). Standard: alle.</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="101"/>
        <source>Print the matrix as JSON, for pipelines.</source>
        <translation>Die Matrix als JSON ausgeben, für Pipelines.</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="112"/>
        <source>say what to show: matrix</source>
        <translation>geben Sie an, was gezeigt werden soll: matrix</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="113"/>
        <source>unknown action &apos;%1&apos;; available: matrix</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: matrix</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="153"/>
        <source>What runs where: %1 component(s) in %2 environment(s)</source>
        <translation>Was wo läuft: %1 Komponente(n) in %2 Umgebung(en)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="162"/>
        <source>* staging and production differ, no planned release closes the gap; ! never verified in production</source>
        <translation>* Staging und Produktion unterscheiden sich, kein geplantes Release schließt die Lücke; ! in Produktion nie geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="166"/>
        <source>Drift: %1 warning(s)</source>
        <translation>Drift: %1 Warnung(en)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="172"/>
        <source>Pins: %1 checked, %2 not met</source>
        <translation>Pins: %1 geprüft, %2 nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../app/cli/EnvCommand.cpp" line="178"/>
        <source>  unknown: </source>
        <translation>  unbekannt: </translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="49"/>
        <source>%1 breaking, %2 features, %3 fixes</source>
        <translation>%1 Breaking Changes, %2 Funktionen, %3 Fehlerbehebungen</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="92"/>
        <source>No products yet: a product is a service of the calendar.</source>
        <translation>Noch keine Produkte: Ein Produkt ist ein Dienst des Kalenders.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="97"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="98"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="99"/>
        <source>SCHEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="100"/>
        <source>RELEASES</source>
        <translation>RELEASES</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="100"/>
        <source>LAST RELEASED</source>
        <translation>ZULETZT VERÖFFENTLICHT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="108"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="118"/>
        <source>Products and their versioning schemes. A product is a service of the calendar; its releases are its versions, each version once. list: every product with its scheme, its releases and its last released (deployed or closed) version. set: changes a product&apos;s scheme to Semantic Versioning 2.0.0 (semver) or a CalVer format (calver, with --format, YYYY.MM.MICRO unless given; e.g. YYYY.0M.MICRO, YY.MM.MICRO, YYYY.0M.0D); refused, naming them, while releases of the product have versions the new scheme does not read. A release manager&apos;s work; audited.</source>
        <translation>Produkte und ihre Versionierungsschemata. Ein Produkt ist ein Dienst des Kalenders; seine Releases sind seine Versionen, jede Version einmal. list: jedes Produkt mit seinem Schema, seinen Releases und seiner zuletzt veröffentlichten (ausgerollten oder abgeschlossenen) Version. set: stellt das Schema eines Produkts auf Semantic Versioning 2.0.0 (semver) oder ein CalVer-Format um (calver, mit --format, sonst YYYY.MM.MICRO; z. B. YYYY.0M.MICRO, YY.MM.MICRO, YYYY.0M.0D); abgelehnt, mit Nennung der Releases, solange Releases des Produkts Versionen haben, die das neue Schema nicht lesen kann. Aufgabe eines Release-Managers; wird auditiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="126"/>
        <source>list or set.</source>
        <translation>list oder set.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="128"/>
        <source>set: the product, by id or name.</source>
        <translation>set: das Produkt, nach ID oder Name.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="131"/>
        <source>set: semver or calver.</source>
        <translation>set: semver oder calver.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="134"/>
        <source>set: the CalVer format (default YYYY.MM.MICRO).</source>
        <translation>set: das CalVer-Format (Standard YYYY.MM.MICRO).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="149"/>
        <source>say what to do: list or set</source>
        <translation>geben Sie an, was zu tun ist: list oder set</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="150"/>
        <source>unknown action &apos;%1&apos;; available: list, set</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: list, set</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="155"/>
        <source>name the product to change</source>
        <translation>nennen Sie das zu ändernde Produkt</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="160"/>
        <source>--format applies to calver only; semver has none</source>
        <translation>--format gilt nur für calver; semver hat keines</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="170"/>
        <source>--scheme must be semver or calver, not &apos;%1&apos;</source>
        <translation>--scheme muss semver oder calver sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="173"/>
        <source>--scheme semver|calver is required</source>
        <translation>--scheme semver|calver ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="177"/>
        <source>&apos;list&apos; takes no product</source>
        <translation>&apos;list&apos; nimmt kein Produkt</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="179"/>
        <source>--scheme and --format apply to &apos;set&apos; only</source>
        <translation>--scheme und --format gelten nur für &apos;set&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="182"/>
        <source>--json applies to &apos;list&apos; only</source>
        <translation>--json gilt nur für &apos;list&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="200"/>
        <source>%1 already uses %2; nothing written.</source>
        <translation>%1 verwendet bereits %2; nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="208"/>
        <source>%1 now uses %2.</source>
        <translation>%1 verwendet jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="215"/>
        <source>suggest-version: the version a release&apos;s scope asks for under its product&apos;s scheme, above the product&apos;s last released (deployed or closed) version: a breaking change (an item labelled breaking, breaking-change or semver-major, or with a BREAKING CHANGE: footer) gives a major, a feature a minor, only fixes a patch; CalVer numbers the release&apos;s window day. Warns when the release&apos;s version is not above the last released one or differs from the suggestion. Writes nothing.</source>
        <translation>suggest-version: die Version, die der Umfang eines Release nach dem Schema seines Produkts verlangt, oberhalb der zuletzt veröffentlichten (ausgerollten oder abgeschlossenen) Version des Produkts: Ein Breaking Change (ein Element mit dem Label breaking, breaking-change oder semver-major oder mit einer Fußzeile BREAKING CHANGE:) ergibt eine Major-, eine Funktion eine Minor-, nur Fehlerbehebungen eine Patch-Version; CalVer nummeriert nach dem Tag des Release-Fensters. Warnt, wenn die Version des Release nicht über der zuletzt veröffentlichten liegt oder vom Vorschlag abweicht. Schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="222"/>
        <source>suggest-version.</source>
        <translation>suggest-version.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="237"/>
        <source>say what to do: suggest-version</source>
        <translation>geben Sie an, was zu tun ist: suggest-version</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="238"/>
        <source>unknown action &apos;%1&apos;; available: suggest-version</source>
        <translation>unbekannte Aktion &apos;%1&apos;; verfügbar: suggest-version</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="288"/>
        <source>%1 (release %2)</source>
        <translation>%1 (Release %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="291"/>
        <source>product: %1, %2</source>
        <translation>Produkt: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="292"/>
        <source>no product: %1</source>
        <translation>kein Produkt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="294"/>
        <source>scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="296"/>
        <source>last released: none</source>
        <translation>zuletzt veröffentlicht: keine</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="297"/>
        <source>last released: %1 (release %2)</source>
        <translation>zuletzt veröffentlicht: %1 (Release %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="302"/>
        <source>suggested: none (%1)</source>
        <translation>vorgeschlagen: keine (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="303"/>
        <source>suggested: %1</source>
        <translation>vorgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="305"/>
        <source>chosen: %1</source>
        <translation>gewählt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommand.cpp" line="307"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>slipway</name>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="68"/>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="70"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="72"/>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="74"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="82"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="84"/>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="86"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="88"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="90"/>
        <source>Deploying</source>
        <translation>Wird ausgerollt</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="92"/>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="94"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/domain/ReleaseEnums.cpp" line="96"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/domain/Deployment.cpp" line="38"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/domain/Deployment.cpp" line="42"/>
        <location filename="../models/domain/ReleaseEnums.cpp" line="98"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location filename="../models/domain/Deployment.cpp" line="40"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>slipway::ArtifactService</name>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="86"/>
        <source>%1 is %2: what it ships can no longer change; a changed artifact needs a new version.</source>
        <translation>%1 ist %2: Was es ausliefert, kann sich nicht mehr ändern; ein geändertes Artefakt braucht eine neue Version.</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="98"/>
        <source>The artifacts of %1 are frozen since it was promoted into %2 (%3 by %4): a changed artifact needs a new version.</source>
        <translation>Die Artefakte von %1 sind eingefroren, seit es nach %2 hochgestuft wurde (%3 von %4): Ein geändertes Artefakt braucht eine neue Version.</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="109"/>
        <source>Name at least one file to register.</source>
        <translation>Geben Sie mindestens eine Datei zum Registrieren an.</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="118"/>
        <source>%1: not a file that can be read</source>
        <translation>%1: keine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="121"/>
        <source>%1: two files named %2 in one release</source>
        <translation>%1: zwei Dateien namens %2 in einem Release</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="174"/>
        <location filename="../models/services/ArtifactService.cpp" line="257"/>
        <source>%1 is already an artifact of this release; remove it first or give the new build another name.</source>
        <translation>%1 ist bereits ein Artefakt dieses Release; entfernen Sie es zuerst oder geben Sie dem neuen Build einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="231"/>
        <source>%1: a new artifact cannot bring its own id</source>
        <translation>%1: Ein neues Artefakt kann keine eigene ID mitbringen</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="235"/>
        <source>%1 is named twice; an artifact&apos;s name is unique in its release</source>
        <translation>%1 ist zweimal genannt; der Name eines Artefakts ist in seinem Release eindeutig</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="319"/>
        <source>%1 is not an artifact of this release</source>
        <translation>%1 ist kein Artefakt dieses Release</translation>
    </message>
    <message>
        <location filename="../models/services/ArtifactService.cpp" line="366"/>
        <source>Verification cancelled: nothing was recorded.</source>
        <translation>Prüfung abgebrochen: nichts wurde erfasst.</translation>
    </message>
</context>
<context>
    <name>slipway::ArtifactTableModel</name>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="33"/>
        <source>digest only, not signed</source>
        <translation>nur Hash, nicht signiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="35"/>
        <source>signature not checked yet</source>
        <translation>Signatur noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="36"/>
        <source>no trusted signer</source>
        <translation>kein vertrauenswürdiger Signierer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="67"/>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="105"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="94"/>
        <source>Not verified yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="99"/>
        <source>%1, checked by %2 at %3</source>
        <translation>%1, geprüft von %2 am %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="106"/>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="111"/>
        <source>No detached signature: only the SHA-256 digest is checked</source>
        <translation>Keine abgetrennte Signatur: Nur der SHA-256-Hash wird geprüft</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="113"/>
        <source>Signature file %1, not checked yet: verify to see who signed it</source>
        <translation>Signaturdatei %1, noch nicht geprüft: Prüfen Sie sie, um zu sehen, wer signiert hat</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="116"/>
        <source>No trusted signature recorded</source>
        <translation>Keine vertrauenswürdige Signatur erfasst</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="120"/>
        <source>Frozen: this release&apos;s artifacts can no longer change</source>
        <translation>Eingefroren: Die Artefakte dieses Release können sich nicht mehr ändern</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="160"/>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="182"/>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="187"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="189"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="191"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="193"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="195"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ArtifactTableModel.cpp" line="197"/>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
</context>
<context>
    <name>slipway::AuditLogModel</name>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="112"/>
        <source>Entry %1, UTC %2</source>
        <translation>Eintrag %1, UTC %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="144"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="146"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="148"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="150"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="152"/>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AuditLogModel.cpp" line="154"/>
        <source>Change ticket</source>
        <translation>Change-Ticket</translation>
    </message>
</context>
<context>
    <name>slipway::CabAgendaModel</name>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="73"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="75"/>
        <source>Escalation: %1</source>
        <translation>Eskalation: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="81"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="92"/>
        <source>to hear</source>
        <translation>anzuhören</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="160"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="162"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="164"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="166"/>
        <source>Window (UTC)</source>
        <translation>Fenster (UTC)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="168"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CabAgendaModel.cpp" line="170"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>slipway::CabMeetingService</name>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="169"/>
        <source>Weekly CAB %1</source>
        <translation>Wöchentliches CAB %1</translation>
    </message>
    <message>
        <location filename="../models/services/CabMeetingService.cpp" line="260"/>
        <source>CAB meeting %1 no longer exists — reload.</source>
        <translation>CAB-Sitzung %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>slipway::CalendarModel</name>
    <message>
        <location filename="../models/itemmodels/CalendarModel.cpp" line="259"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CalendarModel.cpp" line="259"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CalendarModel.cpp" line="275"/>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CalendarModel.cpp" line="275"/>
        <source>No service</source>
        <translation>Kein Dienst</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CalendarModel.cpp" line="304"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/CalendarModel.cpp" line="310"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
</context>
<context>
    <name>slipway::CommunicationService</name>
    <message>
        <location filename="../models/services/CommunicationService.cpp" line="71"/>
        <source>Template %1 cannot be issued: %2</source>
        <translation>Vorlage %1 kann nicht versendet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/services/CommunicationService.cpp" line="142"/>
        <source>%1 is not a recipient of message %2.</source>
        <translation>%1 ist kein Empfänger der Mitteilung %2.</translation>
    </message>
    <message>
        <location filename="../models/services/CommunicationService.cpp" line="145"/>
        <source>%1 cannot have acknowledged message %2 before it was issued.</source>
        <translation>%1 kann Mitteilung %2 nicht vor ihrem Versand bestätigt haben.</translation>
    </message>
    <message>
        <location filename="../models/services/CommunicationService.cpp" line="153"/>
        <source>%1 already acknowledged message %2.</source>
        <translation>%1 hat Mitteilung %2 bereits bestätigt.</translation>
    </message>
</context>
<context>
    <name>slipway::ComponentService</name>
    <message>
        <location filename="../models/services/ComponentService.cpp" line="66"/>
        <source>%1: %2: a component without a name</source>
        <translation>%1: %2: eine Komponente ohne Namen</translation>
    </message>
</context>
<context>
    <name>slipway::ComponentTableModel</name>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="52"/>
        <source>%1 (the SBOM&apos;s subject)</source>
        <translation>%1 (Gegenstand des SBOM)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="52"/>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="82"/>
        <source>A version range, not one version</source>
        <translation>Ein Versionsbereich, nicht eine einzelne Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="85"/>
        <source>Depends on nothing the SBOM lists</source>
        <translation>Hängt von nichts ab, was das SBOM aufführt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="88"/>
        <source>The SBOM gives no package URL</source>
        <translation>Das SBOM nennt keine Paket-URL</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="115"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="117"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="119"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="121"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="123"/>
        <source>Package URL</source>
        <translation>Paket-URL</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ComponentTableModel.cpp" line="125"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
</context>
<context>
    <name>slipway::ConfigDiffModel</name>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="23"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="25"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="27"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="29"/>
        <source>secret changed</source>
        <translation>Geheimnis geändert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="31"/>
        <source>same reference</source>
        <translation>gleiche Referenz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="70"/>
        <source>The secret differs between %1 and %2; neither value is shown</source>
        <translation>Das Geheimnis unterscheidet sich zwischen %1 und %2; keiner der Werte wird angezeigt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="73"/>
        <source>Both environments name the same secret reference</source>
        <translation>Beide Umgebungen nennen dieselbe Geheimnis-Referenz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="92"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="94"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="96"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigDiffModel.cpp" line="98"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>slipway::ConfigService</name>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="48"/>
        <source>%1 is %2: the configuration it was deployed with is its record; change it in the next release.</source>
        <translation>%1 hat den Status %2: Die Konfiguration, mit der es ausgerollt wurde, bleibt als Beleg erhalten; ändern Sie sie im nächsten Release.</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="84"/>
        <source>Name the configuration key.</source>
        <translation>Nennen Sie den Konfigurationsschlüssel.</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="86"/>
        <source>%1: a configuration key has at most %2 characters</source>
        <translation>%1: ein Konfigurationsschlüssel hat höchstens %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="90"/>
        <source>%1 is not a configuration key: use letters, digits and _ . - /</source>
        <translation>%1 ist kein Konfigurationsschlüssel: verwenden Sie Buchstaben, Ziffern und _ . - /</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="94"/>
        <source>%1: give a value or a reference, not both</source>
        <translation>%1: geben Sie einen Wert oder eine Referenz an, nicht beides</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="108"/>
        <source>%1: the value is empty; remove the key instead</source>
        <translation>%1: der Wert ist leer; entfernen Sie stattdessen den Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="110"/>
        <source>%1: the value has %2 characters; at most %3 are allowed</source>
        <translation>%1: der Wert hat %2 Zeichen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="115"/>
        <source>%1: the value reads like a secret reference; store it as a reference (--ref) instead</source>
        <translation>%1: der Wert liest sich wie eine Geheimnis-Referenz; speichern Sie ihn stattdessen als Referenz (--ref)</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="119"/>
        <source>%1: looks like %2; keep it in a secret store and store a reference such as vault:PATH#FIELD with --ref</source>
        <translation>%1: sieht aus wie %2; bewahren Sie es in einem Geheimnisspeicher auf und speichern Sie mit --ref eine Referenz wie vault:PATH#FIELD</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="158"/>
        <source>%1 was changed meanwhile — reload.</source>
        <translation>%1 wurde inzwischen geändert — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/ConfigService.cpp" line="197"/>
        <source>%1: no such key in this environment</source>
        <translation>%1: diesen Schlüssel gibt es in dieser Umgebung nicht</translation>
    </message>
</context>
<context>
    <name>slipway::ConfigTableModel</name>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="24"/>
        <source>secret reference</source>
        <translation>Geheimnis-Referenz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="25"/>
        <source>secret value</source>
        <translation>geheimer Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="25"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="49"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="73"/>
        <source>Resolved at deployment from the secret store; Slipway never holds the secret itself</source>
        <translation>Wird beim Deployment aus dem Geheimnisspeicher aufgelöst; Slipway speichert das Geheimnis selbst nie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="76"/>
        <source>Marked secret: never shown, listed, diffed or exported in clear</source>
        <translation>Als geheim markiert: nie im Klartext angezeigt, aufgelistet, verglichen oder exportiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="102"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="104"/>
        <source>Value or reference</source>
        <translation>Wert oder Referenz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="106"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ConfigTableModel.cpp" line="108"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>slipway::Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="153"/>
        <source>%1 does not exist; check the path, or create it with File ▸ New or &apos;slipway demo&apos;.</source>
        <translation>%1 existiert nicht; prüfen Sie den Pfad oder legen Sie die Datei mit Datei ▸ Neu oder &apos;slipway demo&apos; an.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="158"/>
        <location filename="../models/storage/Database.cpp" line="234"/>
        <source>%1 was written by a newer Slipway (schema %2); this one reads up to schema %3. Open it with the newer Slipway; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Slipway-Version geschrieben (Schema %2); diese liest bis Schema %3. Öffnen Sie die Datei mit der neueren Version; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="167"/>
        <source>opened read-only on request</source>
        <translation>auf Wunsch schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="169"/>
        <source>you may not write to this file</source>
        <translation>Sie dürfen nicht in diese Datei schreiben</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="171"/>
        <source>you may not write to its folder</source>
        <translation>Sie dürfen nicht in ihren Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="174"/>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="202"/>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="227"/>
        <location filename="../models/storage/Database.cpp" line="230"/>
        <location filename="../models/storage/Database.cpp" line="269"/>
        <location filename="../models/storage/Database.cpp" line="313"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="241"/>
        <source>%1 is an SQLite database but not a Slipway file; it was not changed. Open another file or create a new one.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Slipway-Datei; sie wurde nicht verändert. Öffnen Sie eine andere Datei oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="246"/>
        <location filename="../models/storage/Database.cpp" line="275"/>
        <location filename="../models/storage/Database.cpp" line="298"/>
        <source>configuring</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="42"/>
        <source>%1 is truncated (%2 bytes, the header expects %3); restore it from a backup copy.</source>
        <translation>%1 ist abgeschnitten (%2 Byte, der Header erwartet %3); stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="148"/>
        <source>%1 is empty (0 bytes), not a Slipway file; open another file, or create one with File ▸ New or &apos;slipway demo&apos;.</source>
        <translation>%1 ist leer (0 Byte), keine Slipway-Datei; öffnen Sie eine andere Datei oder legen Sie eine mit Datei ▸ Neu oder &apos;slipway demo&apos; an.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="254"/>
        <source>%1 needs an upgrade to schema %2 first, which opening it read-only cannot do; open it once in Slipway (a backup copy is kept) or with a command that writes, or open a writable copy.</source>
        <translation>%1 braucht zuerst ein Upgrade auf Schema %2, das beim schreibgeschützten Öffnen nicht möglich ist; öffnen Sie die Datei einmal in Slipway (eine Sicherungskopie wird aufbewahrt) oder mit einem schreibenden Befehl, oder öffnen Sie eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="371"/>
        <location filename="../models/storage/Database.cpp" line="387"/>
        <location filename="../models/storage/Database.cpp" line="394"/>
        <source>upgrading</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="379"/>
        <source>Migration %1 is missing.</source>
        <translation>Migration %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="407"/>
        <source>running %1</source>
        <translation>Ausführen von %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="414"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="428"/>
        <source>copying to %1</source>
        <translation>Kopieren nach %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="436"/>
        <source>%1 could not be written (renaming the finished copy failed); check the folder.</source>
        <translation>%1 konnte nicht geschrieben werden (das Umbenennen der fertigen Kopie ist fehlgeschlagen); prüfen Sie den Ordner.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="474"/>
        <source>%1 is locked by another program (while %2); try again in a moment. Nothing was lost.</source>
        <translation>%1 ist von einem anderen Programm gesperrt (bei: %2); versuchen Sie es gleich noch einmal. Es ging nichts verloren.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="479"/>
        <source>The disk holding %1 is full (while %2); free some space and try again. Nothing was saved, and nothing already saved was lost.</source>
        <translation>Der Datenträger mit %1 ist voll (bei: %2); schaffen Sie Platz und versuchen Sie es erneut. Nichts wurde gespeichert, und nichts bereits Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="486"/>
        <source>%1 is read-only (while %2); open a writable copy to make changes.</source>
        <translation>%1 ist schreibgeschützt (bei: %2); öffnen Sie eine beschreibbare Kopie, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="489"/>
        <source>%1 is not a Slipway file (it is not an SQLite database); open another file or create a new one.</source>
        <translation>%1 ist keine Slipway-Datei (keine SQLite-Datenbank); öffnen Sie eine andere Datei oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="494"/>
        <source>%1 is damaged (%2, while %3); restore it from a backup copy.</source>
        <translation>%1 ist beschädigt (%2, bei: %3); stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="498"/>
        <source>%1 cannot be opened (%2); check that the folder exists and you may use it.</source>
        <translation>%1 kann nicht geöffnet werden (%2); prüfen Sie, ob der Ordner existiert und Sie ihn nutzen dürfen.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="502"/>
        <source>Reading or writing %1 failed (%2, while %3); check the disk or share.</source>
        <translation>Lesen oder Schreiben von %1 fehlgeschlagen (%2, bei: %3); prüfen Sie den Datenträger oder die Freigabe.</translation>
    </message>
    <message>
        <location filename="../models/storage/Database.cpp" line="505"/>
        <location filename="../models/storage/Database.cpp" line="507"/>
        <source>%1: %2 (while %3).</source>
        <translation>%1: %2 (bei: %3).</translation>
    </message>
</context>
<context>
    <name>slipway::DeploymentService</name>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="141"/>
        <source>environment “%1” is not known in this file (there are: %2)</source>
        <translation>Umgebung „%1“ ist in dieser Datei nicht bekannt (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="142"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="152"/>
        <source>environment %1 is not known in this file</source>
        <translation>Umgebung %1 ist in dieser Datei nicht bekannt</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="155"/>
        <source>%1 is %2: nothing more can be deployed under it</source>
        <translation>%1 hat den Status %2: Unter diesem Release kann nichts mehr ausgerollt werden</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="192"/>
        <source>this record: %1…</source>
        <translation>dieser Eintrag: %1…</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="223"/>
        <source>%1 falls inside the hard blackout “%2”; an emergency override of “%3” is needed</source>
        <translation>%1 fällt in die harte Sperrzeit „%2“; eine Notfall-Übersteuerung von „%3“ ist nötig</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="228"/>
        <source>%1 falls inside the incident freeze “%2”: only emergency releases may deploy</source>
        <translation>%1 fällt in die Incident-Sperre „%2“: Nur Notfall-Releases dürfen ausrollen</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="268"/>
        <source>Deployment of %1 refused: %2</source>
        <translation>Deployment von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="327"/>
        <source>Say why the guard “%1” should be overridden.</source>
        <translation>Begründen Sie, warum die Voraussetzung „%1“ übersteuert werden soll.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="386"/>
        <source>Override %1 was already approved by %2.</source>
        <translation>Übersteuerung %1 wurde bereits von %2 genehmigt.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="389"/>
        <source>%1 asked for override %2, so a second person with the release manager role must approve it.</source>
        <translation>%1 hat Übersteuerung %2 beantragt; daher muss eine zweite Person mit der Rolle Release-Manager sie genehmigen.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="402"/>
        <source>Say how override %1 was settled.</source>
        <translation>Geben Sie an, wie Übersteuerung %1 abgeschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="423"/>
        <source>%1 has approved override %2, so it can no longer be withdrawn.</source>
        <translation>%1 hat Übersteuerung %2 genehmigt; sie kann daher nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="428"/>
        <source>Only %1, who asked for override %2, can withdraw it.</source>
        <translation>Nur wer Übersteuerung %2 beantragt hat (%1), kann sie zurückziehen.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="445"/>
        <source>“%1” is not a lifecycle guard.</source>
        <translation>„%1“ ist keine Voraussetzung des Lebenszyklus.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="450"/>
        <source>Say who asked for override %1 and why.</source>
        <translation>Geben Sie an, wer Übersteuerung %1 beantragt hat und warum.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="455"/>
        <source>%1 may not bring back override %2: only %3, who asked for it, can.</source>
        <translation>%1 darf die Übersteuerung %2 nicht zurückholen: Das kann nur %3, der sie beantragt hat.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="465"/>
        <source>asked for this override</source>
        <translation>diese Übersteuerung beantragt hat</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="469"/>
        <source>approved this override</source>
        <translation>diese Übersteuerung genehmigt hat</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="472"/>
        <source>settled this override</source>
        <translation>diese Übersteuerung abgeschlossen hat</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="486"/>
        <source>Override %1 was asked for another release, guard or reason; ask for a new one instead.</source>
        <translation>Die Übersteuerung %1 wurde für ein anderes Release, eine andere Voraussetzung oder einen anderen Grund beantragt; beantragen Sie stattdessen eine neue.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="511"/>
        <source>Override %1 is not approved.</source>
        <translation>Übersteuerung %1 ist nicht genehmigt.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="514"/>
        <source>Override %1 is settled; reopen it before taking its approval back.</source>
        <translation>Übersteuerung %1 ist abgeschlossen; öffnen Sie sie wieder, bevor Sie ihre Genehmigung zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="519"/>
        <source>Only %1, who approved override %2, can take the approval back.</source>
        <translation>Nur wer Übersteuerung %2 genehmigt hat (%1), kann die Genehmigung zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="535"/>
        <source>Override %1 is not settled.</source>
        <translation>Übersteuerung %1 ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../models/services/DeploymentService.cpp" line="538"/>
        <source>Only %1, who settled override %2, can reopen it.</source>
        <translation>Nur wer Übersteuerung %2 abgeschlossen hat (%1), kann sie wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>slipway::DeploymentTableModel</name>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="44"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="68"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="70"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="72"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="74"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="76"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="78"/>
        <source>Deployed by</source>
        <translation>Ausgerollt von</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DeploymentTableModel.cpp" line="80"/>
        <source>Change ticket</source>
        <translation>Change-Ticket</translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="48"/>
        <source>Staging and production run different versions, and no planned release closes the gap</source>
        <translation>Staging und Produktion führen verschiedene Versionen aus, und kein geplantes Release schließt die Lücke</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="50"/>
        <source>Runs in production from a release whose artifacts were never all verified</source>
        <translation>Läuft in Produktion aus einem Release, dessen Artefakte nie alle geprüft wurden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="86"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="87"/>
        <source>%1, drift</source>
        <translation>%1, Drift</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="95"/>
        <source>%1 from %2, deployed %3</source>
        <translation>%1 aus %2, ausgerollt %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="96"/>
        <source>%1 from %2, promoted %3</source>
        <translation>%1 aus %2, hochgestuft %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="100"/>
        <source>Drift:</source>
        <translation>Drift:</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/EnvironmentMatrixModel.cpp" line="124"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
</context>
<context>
    <name>slipway::ExitCriteriaService</name>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="77"/>
        <source>A waiver needs a reason.</source>
        <translation>Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="120"/>
        <source>The audit log does not show that %1 checked “%2”, so it cannot be brought back as checked by them.</source>
        <translation>Das Audit-Log belegt nicht, dass %1 „%2“ als erfüllt markiert hat; daher kann es nicht als von dieser Person erfüllt wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="122"/>
        <source>The audit log does not show that %1 waived “%2”, so it cannot be brought back as waived by them.</source>
        <translation>Das Audit-Log belegt nicht, dass %1 „%2“ ausgenommen hat; daher kann es nicht als von dieser Person ausgenommen wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="124"/>
        <source>anyone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="204"/>
        <source>An exit criterion is either checked or waived, not both.</source>
        <translation>Ein Exit-Kriterium ist entweder erfüllt oder ausgenommen, nicht beides.</translation>
    </message>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="207"/>
        <source>Waiving an exit criterion needs a reason: say why the release may go without it.</source>
        <translation>Das Ausnehmen eines Exit-Kriteriums braucht eine Begründung: Sagen Sie, warum das Release ohne es gehen darf.</translation>
    </message>
    <message>
        <location filename="../models/services/ExitCriteriaService.cpp" line="239"/>
        <source>The checklist was changed elsewhere — reload.</source>
        <translation>Die Checkliste wurde anderswo geändert — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>slipway::GateFindingsModel</name>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="74"/>
        <source>Suppressed in the file%1</source>
        <translation>In der Datei unterdrückt%1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="82"/>
        <source>False positive (%1, %2): %3</source>
        <translation>False Positive (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="143"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="145"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="147"/>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="149"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GateFindingsModel.cpp" line="151"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>slipway::GateService</name>
    <message>
        <location filename="../models/services/GateService.cpp" line="79"/>
        <source>release %1 has no criterion called “%2”; it has: %3</source>
        <translation>Release %1 hat kein Kriterium namens „%2“; vorhanden: %3</translation>
    </message>
    <message>
        <location filename="../models/services/GateService.cpp" line="81"/>
        <source>no gates</source>
        <translation>keine Gates</translation>
    </message>
    <message>
        <location filename="../models/services/GateService.cpp" line="85"/>
        <source>release %1 has %2 criteria called “%3”, in different gates; rename one</source>
        <translation>Release %1 hat %2 Kriterien namens „%3“ in verschiedenen Gates; benennen Sie eines um</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceEvidence.cpp" line="45"/>
        <source>“%1” is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>„%1“ ist kein SHA-256-Hash (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceEvidence.cpp" line="56"/>
        <source>“%1” is a %2 criterion, not a %3 one</source>
        <translation>„%1“ ist ein Kriterium vom Typ %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceEvidence.cpp" line="102"/>
        <source>Say why the finding is a false positive; the reason is kept on record.</source>
        <translation>Begründen Sie, warum der Befund ein False Positive ist; die Begründung wird aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceEvidence.cpp" line="139"/>
        <source>That finding is not marked as a false positive.</source>
        <translation>Dieser Befund ist nicht als False Positive markiert.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceEvidence.cpp" line="161"/>
        <source>“%1” is evaluated from a file, not ticked.</source>
        <translation>„%1“ wird aus einer Datei ausgewertet, nicht abgehakt.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceEvidence.cpp" line="170"/>
        <source>%1 may not give “%2”: that needs the %3 role.</source>
        <translation>%1 darf „%2“ nicht erteilen: dafür ist die Rolle %3 nötig.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="57"/>
        <source>Say who requested the waiver.</source>
        <translation>Geben Sie an, wer die Ausnahme beantragt hat.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="59"/>
        <source>requested this waiver</source>
        <translation>diese Ausnahme beantragt hat</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="63"/>
        <source>approved this waiver</source>
        <translation>diese Ausnahme genehmigt hat</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="67"/>
        <source>closed its validation task</source>
        <translation>ihre Validierungsaufgabe geschlossen hat</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="81"/>
        <source>Only an emergency release may waive a whole gate; waive the criteria of “%1” one by one.</source>
        <translation>Nur ein Notfall-Release darf ein ganzes Gate ausnehmen; nehmen Sie die Kriterien von „%1“ einzeln aus.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="90"/>
        <source>That criterion is not part of “%1”.</source>
        <translation>Dieses Kriterium gehört nicht zu „%1“.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="115"/>
        <source>waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="158"/>
        <source>%1 asked for this waiver, so cannot approve it; someone else must.</source>
        <translation>%1 hat diese Ausnahme beantragt und kann sie daher nicht genehmigen; das muss jemand anderes tun.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="163"/>
        <source>%1 has already approved this waiver.</source>
        <translation>%1 hat diese Ausnahme bereits genehmigt.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceWaivers.cpp" line="167"/>
        <source>This waiver expired on %1; ask for a new one.</source>
        <translation>Diese Ausnahme ist am %1 abgelaufen; beantragen Sie eine neue.</translation>
    </message>
    <message>
        <location filename="../models/services/GateService.cpp" line="346"/>
        <source>The release is already through “%1”, a later gate.</source>
        <translation>Das Release ist bereits durch „%1“, ein späteres Gate.</translation>
    </message>
    <message>
        <location filename="../models/services/GateServiceTemplates.cpp" line="113"/>
        <source>“%1” cannot move to place %2 of %3.</source>
        <translation>„%1“ kann nicht an Position %2 von %3 verschoben werden.</translation>
    </message>
    <message>
        <location filename="../models/services/GateService.cpp" line="245"/>
        <source>Gate %1 is no longer on this release — reload.</source>
        <translation>Gate %1 gehört nicht mehr zu diesem Release — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/GateService.cpp" line="254"/>
        <source>“%1” has evidence, a tick, a waiver or a promotion now; it stays on the release.</source>
        <translation>„%1“ hat inzwischen Nachweise, einen Haken, eine Ausnahme oder eine Hochstufung; es bleibt am Release.</translation>
    </message>
    <message>
        <location filename="../models/services/GateService.cpp" line="279"/>
        <source>“%1” belongs to another release.</source>
        <translation>„%1“ gehört zu einem anderen Release.</translation>
    </message>
</context>
<context>
    <name>slipway::ImportUndoService</name>
    <message>
        <location filename="../models/services/ImportUndoService.cpp" line="75"/>
        <source>The import of %1 cannot be undone: %2</source>
        <translation>Der Import von %1 kann nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>slipway::PinService</name>
    <message>
        <location filename="../models/services/PinService.cpp" line="45"/>
        <source>A pin needs the component that depends.</source>
        <translation>Ein Pin braucht die abhängige Komponente.</translation>
    </message>
    <message>
        <location filename="../models/services/PinService.cpp" line="47"/>
        <source>A pin needs what the component depends on.</source>
        <translation>Ein Pin braucht das, wovon die Komponente abhängt.</translation>
    </message>
    <message>
        <location filename="../models/services/PinService.cpp" line="49"/>
        <source>A pin needs a version constraint.</source>
        <translation>Ein Pin braucht eine Versionsbedingung.</translation>
    </message>
    <message>
        <location filename="../models/services/PinService.cpp" line="53"/>
        <source>&apos;%1&apos; is not a version constraint: %2</source>
        <translation>&apos;%1&apos; ist keine Versionsbedingung: %2</translation>
    </message>
    <message>
        <location filename="../models/services/PinService.cpp" line="85"/>
        <source>The release has no component &apos;%1&apos; (it has %2%3)</source>
        <translation>Das Release hat keine Komponente &apos;%1&apos; (es hat %2%3)</translation>
    </message>
    <message>
        <location filename="../models/services/PinService.cpp" line="155"/>
        <source>The release has no pin set by hand of %1 on %2</source>
        <translation>Das Release hat keinen von Hand gesetzten Pin von %1 auf %2</translation>
    </message>
</context>
<context>
    <name>slipway::PinTableModel</name>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="34"/>
        <source>runs nowhere yet</source>
        <translation>läuft noch nirgends</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="41"/>
        <source>%1 (runs %2)</source>
        <translation>%1 (läuft %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="53"/>
        <source>unmet in %1</source>
        <translation>nicht erfüllt in %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="55"/>
        <source>met in %1</source>
        <translation>erfüllt in %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="56"/>
        <source>target not running in %1</source>
        <translation>Ziel läuft nicht in %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="80"/>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="80"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="101"/>
        <source>The release runs nowhere yet, and is not planned for production</source>
        <translation>Das Release läuft noch nirgends und ist nicht für Produktion geplant</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="107"/>
        <source>From the SBOM: replaced with the next import</source>
        <translation>Aus dem SBOM: wird beim nächsten Import ersetzt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="108"/>
        <source>Set by %1</source>
        <translation>Gesetzt von %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="124"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="126"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="128"/>
        <source>Constraint</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="130"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/PinTableModel.cpp" line="132"/>
        <source>Holds</source>
        <translation>Erfüllt</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseTableModel</name>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="209"/>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="212"/>
        <source>Not scheduled yet</source>
        <translation>Noch nicht terminiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="275"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="277"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="279"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="281"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="283"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="285"/>
        <source>Window start</source>
        <translation>Fensterbeginn</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="287"/>
        <source>Window end</source>
        <translation>Fensterende</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="289"/>
        <source>Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="291"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="293"/>
        <source>Change ticket</source>
        <translation>Change-Ticket</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ReleaseTableModel.cpp" line="295"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>slipway::RiskAssessmentService</name>
    <message>
        <location filename="../models/services/RiskAssessmentService.cpp" line="32"/>
        <source>A risk assessment belongs to a release.</source>
        <translation>Eine Risikobewertung gehört zu einem Release.</translation>
    </message>
    <message>
        <location filename="../models/services/RiskAssessmentService.cpp" line="35"/>
        <source>The number of services affected cannot be negative.</source>
        <translation>Die Zahl betroffener Dienste kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../models/services/RiskAssessmentService.cpp" line="37"/>
        <source>The change window must be longer than zero.</source>
        <translation>Das Change-Fenster muss länger als null sein.</translation>
    </message>
    <message>
        <location filename="../models/services/RiskAssessmentService.cpp" line="46"/>
        <source>Overriding the suggested type (%1) needs a reason.</source>
        <translation>Das Überschreiben des vorgeschlagenen Typs (%1) braucht eine Begründung.</translation>
    </message>
</context>
<context>
    <name>slipway::ScopeService</name>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="72"/>
        <source>The rationale is %1 characters long; keep it under %2.</source>
        <translation>Die Begründung ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="86"/>
        <source>Scope item &quot;%1&quot; was changed by someone else — reload.</source>
        <translation>Umfangselement „%1“ wurde von jemand anderem geändert — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="100"/>
        <source>Moving &quot;%1&quot; out of its release or deferring it is a trade-off: say why.</source>
        <translation>„%1“ aus seinem Release zu nehmen oder zurückzustellen ist ein Trade-off: Begründen Sie es.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="143"/>
        <source>An item cannot need itself.</source>
        <translation>Ein Element kann sich nicht selbst benötigen.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="159"/>
        <source>&quot;%1&quot; already needs &quot;%2&quot;.</source>
        <translation>„%1“ benötigt bereits „%2“.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="162"/>
        <source>&quot;%1&quot; already needs &quot;%2&quot; (directly or through other items); a loop of dependencies cannot be planned.</source>
        <translation>„%1“ benötigt bereits „%2“ (direkt oder über andere Elemente); eine Abhängigkeitsschleife lässt sich nicht planen.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="184"/>
        <source>That dependency was already removed — reload.</source>
        <translation>Diese Abhängigkeit wurde bereits entfernt — bitte neu laden.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="197"/>
        <source>The capacity must be a number of points from 0 to %1.</source>
        <translation>Die Kapazität muss eine Punktzahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="228"/>
        <source>A card&apos;s place must be a number.</source>
        <translation>Die Position einer Karte muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../models/services/ScopeService.cpp" line="250"/>
        <source>Scope item %1 no longer exists — reload.</source>
        <translation>Umfangselement %1 existiert nicht mehr — bitte neu laden.</translation>
    </message>
</context>
<context>
    <name>slipway::ScopeTradeoffModel</name>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="28"/>
        <source>a deleted release</source>
        <translation>ein gelöschtes Release</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="28"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="67"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="69"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="71"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="73"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="75"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ScopeTradeoffModel.cpp" line="77"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>slipway::ui::AcknowledgementImportDialog</name>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="25"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="27"/>
        <source>Import Acknowledgements</source>
        <translation>Bestätigungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="28"/>
        <source>Columns: communication_id, address, acknowledged_at (ISO 8601, UTC unless it says otherwise) and an optional note.</source>
        <translation>Spalten: communication_id, address, acknowledged_at (ISO 8601, UTC, sofern nicht anders angegeben) und optional note.</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="34"/>
        <source>Message</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="34"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="34"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="34"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="35"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="35"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="36"/>
        <source>To import</source>
        <translation>Zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="37"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="76"/>
        <source>To import (%1)</source>
        <translation>Zu importieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="77"/>
        <source>Refused (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="84"/>
        <source>Choose a CSV file. Nothing is written until you press Import.</source>
        <translation>Wählen Sie eine CSV-Datei. Es wird nichts geschrieben, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="86"/>
        <source>%1 of %2 rows are refused (see Refused), so nothing can be imported; fix the file and choose it again.</source>
        <translation>%1 von %2 Zeilen werden abgelehnt (siehe „Abgelehnt“), daher kann nichts importiert werden; korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="91"/>
        <source>This file has no acknowledgements.</source>
        <translation>Diese Datei enthält keine Bestätigungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="93"/>
        <source>%n acknowledgement(s) will be imported.</source>
        <translation>
            <numerusform>%n Bestätigung wird importiert.</numerusform>
            <numerusform>%n Bestätigungen werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/io/AcknowledgementImportDialog.cpp" line="116"/>
        <source>%1: %2 acknowledgement(s) imported.</source>
        <translation>%1: %2 Bestätigung(en) importiert.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ArchivePage</name>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="59"/>
        <source>Search subject, release, template, list or recipient</source>
        <translation>Betreff, Release, Vorlage, Verteiler oder Empfänger suchen</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="63"/>
        <source>Import Acknowledgements…</source>
        <translation>Bestätigungen importieren…</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="66"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="73"/>
        <source>Nothing has been issued yet.
Write or pick a template on the Templates tab and choose Issue…; every issued message is kept here, unchangeable, with who received and acknowledged it.</source>
        <translation>Noch nichts versendet.
Schreiben oder wählen Sie auf dem Reiter Vorlagen eine Vorlage und wählen Sie Versenden…; jede versendete Mitteilung wird hier unveränderlich aufbewahrt, mit Empfängern und Bestätigungen.</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="86"/>
        <source>Issued</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="86"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="86"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="86"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="87"/>
        <source>List</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="87"/>
        <location filename="../ui/comms/ArchivePage.cpp" line="123"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="112"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="123"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="123"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="131"/>
        <source>Record Acknowledgement</source>
        <translation>Bestätigung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="172"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="174"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="210"/>
        <source>✔ Issued by %1 · SHA-256 %2 matches the content</source>
        <translation>✔ Versendet von %1 · SHA-256 %2 passt zum Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="212"/>
        <source>✘ SHA-256 does not match the archived content</source>
        <translation>✘ SHA-256 passt nicht zum archivierten Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="227"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="228"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="230"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="231"/>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="243"/>
        <source>Select the recipient who acknowledged the message.</source>
        <translation>Wählen Sie den Empfänger, der die Mitteilung bestätigt hat.</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="261"/>
        <source>Import Acknowledgements</source>
        <translation>Bestätigungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="262"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="270"/>
        <source>Nothing was imported:
</source>
        <translation>Nichts wurde importiert:
</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comms/ArchivePage.cpp" line="275"/>
        <source>Imported %n acknowledgement(s).</source>
        <translation>
            <numerusform>%n Bestätigung importiert.</numerusform>
            <numerusform>%n Bestätigungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="284"/>
        <source>Export Archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="285"/>
        <source>Issued messages (*.csv);;Recipients and acknowledgements (*.csv)</source>
        <translation>Versendete Mitteilungen (*.csv);;Empfänger und Bestätigungen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="288"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="293"/>
        <location filename="../ui/comms/ArchivePage.cpp" line="314"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="303"/>
        <source>Export Message</source>
        <translation>Mitteilung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/ArchivePage.cpp" line="304"/>
        <source>PDF (*.pdf);;E-mail draft (*.eml);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;E-Mail-Entwurf (*.eml);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>slipway::ui::AssumptionsSection</name>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="42"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="43"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="43"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="44"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="45"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="45"/>
        <source>If it breaks</source>
        <translation>Falls verletzt</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="48"/>
        <source>Double-click a cell to edit it; due dates are YYYY-MM-DD.</source>
        <translation>Doppelklicken Sie eine Zelle, um sie zu bearbeiten; Fälligkeitsdaten als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="50"/>
        <source>Add an assumption, e.g. “The payment provider&apos;s sandbox is up in week 48”</source>
        <translation>Annahme hinzufügen, z. B. „Die Sandbox des Zahlungsdienstleisters läuft in KW 48“</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="54"/>
        <source>Remove the selected assumption</source>
        <translation>Ausgewählte Annahme entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="116"/>
        <source>Add assumption “%1”</source>
        <translation>Annahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="123"/>
        <source>Remove assumption “%1”</source>
        <translation>Annahme „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="129"/>
        <source>Edit assumption “%1”</source>
        <translation>Annahme „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/definition/AssumptionsSection.cpp" line="157"/>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::AuditView</name>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="85"/>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="94"/>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="96"/>
        <source>Recompute every entry&apos;s hash and check that none was altered</source>
        <translation>Den Hash jedes Eintrags neu berechnen und prüfen, dass keiner verändert wurde</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="106"/>
        <source>Filter by actor, action, entity or change ticket…</source>
        <translation>Nach Akteur, Aktion, Objekt oder Change-Ticket filtern…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="114"/>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="116"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="117"/>
        <source>Scope items</source>
        <translation>Umfangselemente</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="118"/>
        <source>Blackouts</source>
        <translation>Sperrzeiten</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="119"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="120"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="121"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="122"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="165"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="166"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="187"/>
        <source>newest %1 shown, more as you scroll</source>
        <translation>neueste %1 angezeigt, mehr beim Scrollen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="188"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="189"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="197"/>
        <source>Select an entry to compare its before and after.</source>
        <translation>Wählen Sie einen Eintrag, um Vorher und Nachher zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="203"/>
        <source>Entry %1 · %2 %3 #%4 by %5</source>
        <translation>Eintrag %1 · %2 %3 #%4 von %5</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="212"/>
        <source>Nothing: the entry created or restored it.</source>
        <translation>Nichts: Der Eintrag hat es angelegt oder wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="214"/>
        <source>Nothing: the entry deleted it.</source>
        <translation>Nichts: Der Eintrag hat es gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="220"/>
        <source>Checking the audit chain…</source>
        <translation>Prüfe die Protokollkette…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="238"/>
        <source>%1 entries, chain intact, head %2</source>
        <translation>%1 Einträge, Kette intakt, Kopf %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="243"/>
        <source>Entry %1 breaks the chain: %2</source>
        <translation>Eintrag %1 bricht die Kette: %2</translation>
    </message>
</context>
<context>
    <name>slipway::ui::BlackoutDialog</name>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="54"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="55"/>
        <source>Only these:</source>
        <translation>Nur diese:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="71"/>
        <source>Blackout</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="73"/>
        <source>e.g. Quarter-end close</source>
        <translation>z. B. Quartalsabschluss</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="75"/>
        <source>Why nothing should deploy then</source>
        <translation>Warum dann nichts ausgerollt werden soll</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="77"/>
        <source>Hard — releases must not deploy</source>
        <translation>Hart — Releases dürfen nicht ausrollen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="78"/>
        <source>Soft — releases should not deploy</source>
        <translation>Weich — Releases sollten nicht ausrollen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="107"/>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="109"/>
        <source>Skip the occurrence on this date (EXDATE)</source>
        <translation>Das Vorkommen an diesem Datum überspringen (EXDATE)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="110"/>
        <source>Put back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="137"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="138"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="139"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schwere:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="150"/>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="151"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="152"/>
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="153"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="154"/>
        <source>Re&amp;peats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="166"/>
        <source>E&amp;xcept:</source>
        <translation>&amp;Außer:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="168"/>
        <source>Next occurrences</source>
        <translation>Nächste Vorkommen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="315"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="315"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="318"/>
        <source>Fix the problems on the left to see the occurrences.</source>
        <translation>Beheben Sie die Probleme links, um die Vorkommen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="361"/>
        <source>No occurrence from %1 on.</source>
        <translation>Kein Vorkommen ab %1.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="363"/>
        <source>A one-off period.</source>
        <translation>Ein einmaliger Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="365"/>
        <source>Every occurrence from %1 on.</source>
        <translation>Jedes Vorkommen ab %1.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutDialog.cpp" line="368"/>
        <source>The next %1 occurrences from %2 on.</source>
        <translation>Die nächsten %1 Vorkommen ab %2.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::BlackoutsDialog</name>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="25"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="26"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="27"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="29"/>
        <source>Blackouts</source>
        <translation>Sperrzeiten</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="32"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="32"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="32"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="32"/>
        <source>First starts</source>
        <translation>Erster Beginn</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="90"/>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="90"/>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="94"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BlackoutsDialog.cpp" line="117"/>
        <source>Remove blackout “%1”</source>
        <translation>Sperrzeit „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::BookingDialog</name>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="30"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="33"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="35"/>
        <source>No release — say what it is for</source>
        <translation>Kein Release — geben Sie den Zweck an</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="39"/>
        <source>e.g. Load test</source>
        <translation>z. B. Lasttest</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="49"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="50"/>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="51"/>
        <source>&amp;What for:</source>
        <translation>&amp;Wofür:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="52"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="53"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="54"/>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/BookingDialog.cpp" line="77"/>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabDecider</name>
    <message>
        <location filename="../ui/cab/CabDecider.cpp" line="44"/>
        <source>%1 already has every approval it needs.</source>
        <translation>%1 hat bereits alle nötigen Freigaben.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabDecider.cpp" line="45"/>
        <source>%1 cannot give the approval %2 still needs (%3): another person must.</source>
        <translation>%1 kann die Freigabe, die %2 noch braucht (%3), nicht erteilen: Das muss eine andere Person tun.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabDecider.cpp" line="72"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabDecider.cpp" line="89"/>
        <source>: %1, by %2, recorded in the audit log.</source>
        <translation>: %1, von %2, im Audit-Log erfasst.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabModeWindow</name>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="61"/>
        <source>CAB mode — %1</source>
        <translation>CAB-Modus — %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="74"/>
        <source>The agenda is empty. Build it on the CAB screen, then come back.</source>
        <translation>Die Tagesordnung ist leer. Stellen Sie sie in der CAB-Ansicht zusammen und kommen Sie dann zurück.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="121"/>
        <source>Approve with conditions</source>
        <translation>Mit Auflagen genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="122"/>
        <source>Conditions, one per line (the change is not ready until each is met):</source>
        <translation>Auflagen, eine pro Zeile (der Change ist erst bereit, wenn jede erfüllt ist):</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="132"/>
        <source>A gate escalation is heard, not decided; decide the change it concerns.</source>
        <translation>Eine Gate-Eskalation wird angehört, nicht entschieden; entscheiden Sie den betroffenen Change.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="141"/>
        <source>No conditions given; nothing recorded.</source>
        <translation>Keine Auflagen angegeben; nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="225"/>
        <source>←/→ move    A approve    C approve with conditions    R reject    D defer    T timer    Esc leave</source>
        <translation>←/→ wechseln    A genehmigen    C mit Auflagen    R ablehnen    D vertagen    T Timer    Esc verlassen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="238"/>
        <source>%1 / %2  ·  %3  ·  %4</source>
        <translation>%1 / %2  ·  %3  ·  %4</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="247"/>
        <source>Timer %1</source>
        <translation>Timer %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="247"/>
        <source>Timer %1 (T starts)</source>
        <translation>Timer %1 (T startet)</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="296"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="299"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="301"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="314"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="317"/>
        <location filename="../ui/cab/CabModeWindow.cpp" line="321"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="317"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cab/CabModeWindow.cpp" line="319"/>
        <source>%n conflict(s): </source>
        <translation>
            <numerusform>%n Konflikt: </numerusform>
            <numerusform>%n Konflikte: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="323"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="323"/>
        <source>No quality gates recorded</source>
        <translation>Keine Quality Gates erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cab/CabModeWindow.cpp" line="334"/>
        <source> · %n override(s) not settled</source>
        <translation>
            <numerusform> · %n Übersteuerung nicht abgeschlossen</numerusform>
            <numerusform> · %n Übersteuerungen nicht abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="335"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="338"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="339"/>
        <source>NO ROLLBACK PLAN</source>
        <translation>KEIN ROLLBACK-PLAN</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="345"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabModeWindow.cpp" line="350"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CabScreen</name>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="78"/>
        <source>No CAB meetings yet</source>
        <translation>Noch keine CAB-Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="79"/>
        <source>The CAB screen prepares and runs Change Advisory Board meetings: it builds the agenda from the change requests whose windows come before the next meeting, shows each change on the meeting-room screen, records decisions with one key and hands out the CAB report.</source>
        <translation>Die CAB-Ansicht bereitet Sitzungen des Change Advisory Board vor und führt sie durch: Sie stellt die Tagesordnung aus den Change-Requests zusammen, deren Fenster vor der nächsten Sitzung liegen, zeigt jeden Change auf dem Bildschirm im Sitzungsraum, erfasst Entscheidungen mit einer Taste und liefert den CAB-Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="83"/>
        <location filename="../ui/cab/CabScreen.cpp" line="147"/>
        <source>New Meeting</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="122"/>
        <source>Change Advisory Board</source>
        <translation>Change Advisory Board</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="147"/>
        <source>Plan the next weekly CAB meeting</source>
        <translation>Die nächste wöchentliche CAB-Sitzung planen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="150"/>
        <source>Build Agenda</source>
        <translation>Tagesordnung erstellen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="151"/>
        <source>Changes whose windows come before the next meeting and still need approval, emergency changes since the last one, gate escalations</source>
        <translation>Changes, deren Fenster vor der nächsten Sitzung liegen und noch eine Freigabe brauchen, Notfall-Changes seit der letzten, Gate-Eskalationen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="155"/>
        <source>CAB Mode</source>
        <translation>CAB-Modus</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="156"/>
        <source>Present the agenda full screen (F11)</source>
        <translation>Tagesordnung im Vollbild präsentieren (F11)</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="177"/>
        <source>Preview Report</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="179"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="181"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="183"/>
        <source>Save the CAB report</source>
        <translation>CAB-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="184"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="213"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="286"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="244"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="245"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="246"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="251"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="253"/>
        <source>With Conditions…</source>
        <translation>Mit Auflagen…</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="256"/>
        <source>Approve with conditions</source>
        <translation>Mit Auflagen genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="256"/>
        <source>Conditions, one per line:</source>
        <translation>Auflagen, eine pro Zeile:</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="261"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="263"/>
        <source>Defer</source>
        <translation>Vertagen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="282"/>
        <source>Outlook</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="290"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="171"/>
        <location filename="../ui/cab/CabScreen.cpp" line="298"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="366"/>
        <source>%1 · %2 · attendees: %3</source>
        <translation>%1 · %2 · Teilnehmende: %3</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="368"/>
        <source>no room set</source>
        <translation>kein Raum angegeben</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="369"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="421"/>
        <source>Select an agenda item to see it as the board will.</source>
        <translation>Wählen Sie einen Tagesordnungspunkt, um ihn so zu sehen wie das Board.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="427"/>
        <source>Window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="435"/>
        <source>Risk: %1, score %2</source>
        <translation>Risiko: %1, Wert %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="438"/>
        <source>Requested by %1; service owner %2; tags: %3</source>
        <translation>Beantragt von %1; Service-Owner %2; Tags: %3</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="439"/>
        <location filename="../ui/cab/CabScreen.cpp" line="440"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="442"/>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="444"/>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="447"/>
        <source>Gate status: %1</source>
        <translation>Gate-Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="448"/>
        <source>no quality gates recorded</source>
        <translation>keine Quality Gates erfasst</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="450"/>
        <source>Readiness: %1</source>
        <translation>Bereitschaft: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="453"/>
        <source>  Next: %1</source>
        <translation>  Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="458"/>
        <source>Implementation: %1</source>
        <translation>Umsetzung: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="459"/>
        <source>Rollback plan: %1</source>
        <translation>Rollback-Plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="460"/>
        <source>Approvals: %1 — %2</source>
        <translation>Freigaben: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="465"/>
        <source>  Condition [%1]: %2</source>
        <translation>  Auflage [%1]: %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="65"/>
        <source>New CAB meeting</source>
        <translation>Neue CAB-Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="220"/>
        <source>Build the CAB agenda</source>
        <translation>CAB-Tagesordnung erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cab/CabScreenEdits.cpp" line="223"/>
        <source>The agenda holds %n item(s), by window then risk.</source>
        <translation>
            <numerusform>Die Tagesordnung enthält %n Punkt, nach Fenster, dann Risiko.</numerusform>
            <numerusform>Die Tagesordnung enthält %n Punkte, nach Fenster, dann Risiko.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="238"/>
        <source>Reorder the CAB agenda</source>
        <translation>CAB-Tagesordnung neu anordnen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="253"/>
        <source>Remove an agenda item</source>
        <translation>Tagesordnungspunkt entfernen</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenReport.cpp" line="73"/>
        <source>CAB mode</source>
        <translation>CAB-Modus</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenReport.cpp" line="73"/>
        <source>Present on which screen?</source>
        <translation>Auf welchem Bildschirm präsentieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cab/CabScreenReport.cpp" line="133"/>
        <source>Saved the CAB report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>CAB-Bericht (%n Seite) unter %1 gespeichert.</numerusform>
            <numerusform>CAB-Bericht (%n Seiten) unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="141"/>
        <source>Edit Meeting…</source>
        <translation>Sitzung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="142"/>
        <source>Time, attendees, room and the agenda of this meeting</source>
        <translation>Zeit, Teilnehmende, Raum und Tagesordnung dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="162"/>
        <source>New Change…</source>
        <translation>Neuer Change…</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="163"/>
        <source>Raise a change request: ticket, release, risk questionnaire, plans</source>
        <translation>Change-Request anlegen: Ticket, Release, Risikofragebogen, Pläne</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="166"/>
        <source>Edit Change…</source>
        <translation>Change bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="166"/>
        <source>Edit the selected agenda item&apos;s change request</source>
        <translation>Change-Request des ausgewählten Tagesordnungspunkts bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreen.cpp" line="175"/>
        <source>The CAB report as PDF: preview, print or save it</source>
        <translation>Der CAB-Bericht als PDF: Vorschau, Drucken oder Speichern</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="105"/>
        <source>New change request</source>
        <translation>Neuer Change-Request</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="111"/>
        <source>New change request %1</source>
        <translation>Neuer Change-Request %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="113"/>
        <source>%1 raised: %2 risk, score %3. Add it to a meeting&apos;s agenda with Edit Meeting or Build Agenda.</source>
        <translation>%1 angelegt: Risiko %2, Wert %3. Nehmen Sie ihn mit „Sitzung bearbeiten“ oder „Tagesordnung erstellen“ in die Tagesordnung einer Sitzung auf.</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="144"/>
        <source>Change request %1</source>
        <translation>Change-Request %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="150"/>
        <source>Edit change request %1</source>
        <translation>Change-Request %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="172"/>
        <source>CAB meeting “%1”</source>
        <translation>CAB-Sitzung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="199"/>
        <source>Edit CAB meeting “%1”</source>
        <translation>CAB-Sitzung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="202"/>
        <source>Edit the meeting&apos;s details</source>
        <translation>Angaben zur Sitzung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/cab/CabScreenEdits.cpp" line="205"/>
        <source>Edit the agenda</source>
        <translation>Tagesordnung bearbeiten</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CalendarHeaderPainter</name>
    <message>
        <location filename="../ui/calendar/CalendarHeaderPainter.cpp" line="139"/>
        <source>Blackouts</source>
        <translation>Sperrzeiten</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CalendarImportDialog</name>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="26"/>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="28"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="32"/>
        <source>&amp;Blackouts</source>
        <translation>&amp;Sperrzeiten</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="35"/>
        <source>Incident &amp;freezes</source>
        <translation>Incident-S&amp;perren</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="43"/>
        <source>Events become:</source>
        <translation>Termine werden zu:</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="44"/>
        <source>&amp;Hard: a release window over one is an error, not a warning</source>
        <translation>&amp;Hart: Ein Release-Fenster, das eine davon überschneidet, ist ein Fehler, keine Warnung</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="52"/>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="53"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="52"/>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="52"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="52"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="52"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="53"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="54"/>
        <source>To import</source>
        <translation>Zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="55"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="88"/>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="96"/>
        <source>To import (%1)</source>
        <translation>Zu importieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="97"/>
        <source>Left out (%1)</source>
        <translation>Ausgelassen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="102"/>
        <source>Choose a calendar file. Nothing is written until you press Import.</source>
        <translation>Wählen Sie eine Kalenderdatei. Es wird nichts geschrieben, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="104"/>
        <source>This calendar has no event that can be imported.</source>
        <translation>Dieser Kalender enthält keinen Termin, der importiert werden kann.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/CalendarImportDialog.cpp" line="106"/>
        <source>%n event(s) will be imported</source>
        <translation>
            <numerusform>%n Termin wird importiert</numerusform>
            <numerusform>%n Termine werden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/CalendarImportDialog.cpp" line="107"/>
        <source>; %n left out (see Left out).</source>
        <translation>
            <numerusform>; %n ausgelassen (siehe „Ausgelassen“).</numerusform>
            <numerusform>; %n ausgelassen (siehe „Ausgelassen“).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/io/CalendarImportDialog.cpp" line="134"/>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 left out.</source>
        <translation>%1: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 ausgelassen.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CalendarPainter</name>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPainter.cpp" line="464"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n Konflikt:</numerusform>
            <numerusform>%n Konflikte:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPainter.cpp" line="466"/>
        <source>No conflicts here</source>
        <translation>Hier keine Konflikte</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CalendarScreen</name>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="94"/>
        <source>Plan release windows on a calendar</source>
        <translation>Release-Fenster im Kalender planen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="95"/>
        <source>The calendar shows every release window per team or service, with blackouts, incident freezes and environment bookings, and marks the conflicts. Give a release a window to see it here.</source>
        <translation>Der Kalender zeigt jedes Release-Fenster pro Team oder Dienst, mit Sperrzeiten, Incident-Sperren und Umgebungsbuchungen, und markiert die Konflikte. Geben Sie einem Release ein Fenster, um es hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="98"/>
        <source>Create a release</source>
        <translation>Ein Release anlegen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="230"/>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="230"/>
        <source>By service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="231"/>
        <source>Rows per team or per service</source>
        <translation>Zeilen pro Team oder pro Dienst</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="233"/>
        <source>Colour by type</source>
        <translation>Farbe nach Typ</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="233"/>
        <source>Colour by status</source>
        <translation>Farbe nach Status</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="234"/>
        <source>What the colour of a window shows</source>
        <translation>Was die Farbe eines Fensters zeigt</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="236"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="236"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="236"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="236"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="236"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="237"/>
        <source>Zoom (Ctrl+wheel zooms smoothly, + and − step)</source>
        <translation>Zoom (Strg+Mausrad zoomt stufenlos, + und − in Schritten)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="241"/>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="242"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="244"/>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="248"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="252"/>
        <source>Go to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="263"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="265"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="266"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="268"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="269"/>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="394"/>
        <source>hard blackout (hatched)</source>
        <translation>harte Sperrzeit (schraffiert)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="395"/>
        <source>soft blackout</source>
        <translation>weiche Sperrzeit</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="396"/>
        <source>conflict (!n)</source>
        <translation>Konflikt (!n)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="457"/>
        <source>Resize the window of “%1”</source>
        <translation>Fenstergröße von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="458"/>
        <source>Move the window of “%1”</source>
        <translation>Fenster von „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="157"/>
        <source>&amp;Edit booking…</source>
        <translation>Buchung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="161"/>
        <source>&amp;Remove booking</source>
        <translation>Buchung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="171"/>
        <source>&amp;Book this environment…</source>
        <translation>Diese Umgebung b&amp;uchen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="182"/>
        <source>&amp;Open release</source>
        <translation>Release ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarScreen.cpp" line="187"/>
        <source>Environments and &amp;roles needed…</source>
        <translation>Benötigte Umgebungen und &amp;Rollen…</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ChangeRequestDialog</name>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="72"/>
        <source>A window of its own (no release)</source>
        <translation>Ein eigenes Fenster (kein Release)</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="87"/>
        <source>Urgent: restores a live service or closes an exploited hole</source>
        <translation>Dringend: stellt einen Live-Dienst wieder her oder schließt eine ausgenutzte Lücke</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="92"/>
        <source>Change request</source>
        <translation>Change-Request</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="94"/>
        <source>e.g. CHG0041234</source>
        <translation>z. B. CHG0041234</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="96"/>
        <source>None — a change of its own</source>
        <translation>Keins — ein eigenständiger Change</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="103"/>
        <source>What the change does, in a line</source>
        <translation>Was der Change bewirkt, in einer Zeile</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="111"/>
        <source>e.g. sox, pci</source>
        <translation>z. B. sox, pci</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="112"/>
        <source>SOX-tagged changes need a second, different approver</source>
        <translation>SOX-markierte Changes brauchen eine zweite, andere genehmigende Person</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="122"/>
        <source>How the change is carried out, step by step</source>
        <translation>Wie der Change durchgeführt wird, Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="125"/>
        <source>How it is undone if it goes wrong, and how long that takes</source>
        <translation>Wie er bei Problemen rückgängig gemacht wird und wie lange das dauert</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="133"/>
        <source>The board will ask for a rollback plan.</source>
        <translation>Das Board wird nach einem Rollback-Plan fragen.</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="141"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="152"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="153"/>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="154"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="155"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="156"/>
        <source>Requested &amp;by:</source>
        <translation>&amp;Beantragt von:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="157"/>
        <source>Service &amp;owner:</source>
        <translation>Service-&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="158"/>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="166"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="168"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="172"/>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="173"/>
        <source>&amp;Implementation:</source>
        <translation>&amp;Umsetzung:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="174"/>
        <source>Roll&amp;back plan:</source>
        <translation>Rollback-&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="176"/>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="180"/>
        <source>Users affected:</source>
        <translation>Betroffene Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="181"/>
        <source>Services affected:</source>
        <translation>Betroffene Dienste:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="182"/>
        <source>Data migration:</source>
        <translation>Datenmigration:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="183"/>
        <source>Rollback:</source>
        <translation>Rollback:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="184"/>
        <source>Regulatory exposure:</source>
        <translation>Regulatorische Relevanz:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="185"/>
        <source>Change window:</source>
        <translation>Change-Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="186"/>
        <source>Novelty:</source>
        <translation>Neuartigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="286"/>
        <source>%1 is already the ticket of another change request.</source>
        <translation>%1 ist bereits das Ticket eines anderen Change-Requests.</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="289"/>
        <source>Link a release, or give the change a window of its own.</source>
        <translation>Verknüpfen Sie ein Release oder geben Sie dem Change ein eigenes Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="307"/>
        <source>Score %1 of 100 · %2 risk</source>
        <translation>Wert %1 von 100 · Risiko %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/ChangeRequestDialog.cpp" line="313"/>
        <source>Nothing in the answers raises the risk.</source>
        <translation>Nichts in den Antworten erhöht das Risiko.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::CommsScreen</name>
    <message>
        <location filename="../ui/comms/CommsScreen.cpp" line="29"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/comms/CommsScreen.cpp" line="30"/>
        <source>Known Issues</source>
        <translation>Bekannte Probleme</translation>
    </message>
    <message>
        <location filename="../ui/comms/CommsScreen.cpp" line="31"/>
        <source>Distribution Lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../ui/comms/CommsScreen.cpp" line="32"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ComponentsPage</name>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="50"/>
        <source>Filter by name, package URL, type or licence</source>
        <translation>Nach Name, Paket-URL, Typ oder Lizenz filtern</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="80"/>
        <source>No component list yet</source>
        <translation>Noch keine Komponentenliste</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="81"/>
        <source>Import the release&apos;s SBOM (CycloneDX 1.4–1.6 or SPDX 2.2/2.3 JSON) with &apos;slipway import sbom --db FILE --release PRODUCT@VERSION SBOM.json&apos;: its components, versions, package URLs, licences and dependencies appear here.</source>
        <translation>Importieren Sie das SBOM des Release (CycloneDX 1.4–1.6 oder SPDX 2.2/2.3 JSON) mit &apos;slipway import sbom --db FILE --release PRODUCT@VERSION SBOM.json&apos;: Seine Komponenten, Versionen, Paket-URLs, Lizenzen und Abhängigkeiten erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="109"/>
        <source>Pins</source>
        <translation>Pins</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="114"/>
        <source>Pin…</source>
        <translation>Pinnen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="116"/>
        <source>Unpin</source>
        <translation>Pin entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="140"/>
        <source>No pins. An SBOM dependency on a version range becomes a pin when it is imported; pin a shared library or service by hand with Pin… or &apos;slipway component pin&apos;.</source>
        <translation>Keine Pins. Eine SBOM-Abhängigkeit auf einen Versionsbereich wird beim Import zu einem Pin; pinnen Sie eine geteilte Bibliothek oder einen Dienst von Hand mit Pinnen… oder &apos;slipway component pin&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ComponentsPage.cpp" line="215"/>
        <source>%n pin(s)</source>
        <translation>
            <numerusform>%n Pin</numerusform>
            <numerusform>%n Pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ComponentsPage.cpp" line="216"/>
        <source>%n unmet</source>
        <translation>
            <numerusform>%n nicht erfüllt</numerusform>
            <numerusform>%n nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="221"/>
        <location filename="../ui/packages/ComponentsPage.cpp" line="243"/>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="224"/>
        <source>Pin a component&apos;s dependency on a version range</source>
        <translation>Die Abhängigkeit einer Komponente auf einen Versionsbereich pinnen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="236"/>
        <source>Remove the selected pin set by hand</source>
        <translation>Den ausgewählten, von Hand gesetzten Pin entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="237"/>
        <source>Pins from the SBOM go with the next import</source>
        <translation>Pins aus dem SBOM verschwinden mit dem nächsten Import</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="256"/>
        <source>Nothing was pinned.</source>
        <translation>Es wurde nichts gepinnt.</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="333"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../ui/packages/ComponentsPage.cpp" line="335"/>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ComponentsPage.cpp" line="340"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ComponentsPage.cpp" line="341"/>
        <source>%n dependency edge(s)</source>
        <translation>
            <numerusform>%n Abhängigkeitskante</numerusform>
            <numerusform>%n Abhängigkeitskanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::ConfigDiffDialog</name>
    <message>
        <location filename="../ui/packages/ConfigDiffDialog.cpp" line="26"/>
        <source>Configuration differences</source>
        <translation>Konfigurationsunterschiede</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigDiffDialog.cpp" line="41"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigDiffDialog.cpp" line="43"/>
        <source>&amp;to</source>
        <translation>&amp;nach</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigDiffDialog.cpp" line="107"/>
        <source>Choose two different environments.</source>
        <translation>Wählen Sie zwei verschiedene Umgebungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ConfigDiffDialog.cpp" line="121"/>
        <source>%1 and %2 hold the same configuration (%n key(s)).</source>
        <translation>
            <numerusform>%1 und %2 haben dieselbe Konfiguration (%n Schlüssel).</numerusform>
            <numerusform>%1 und %2 haben dieselbe Konfiguration (%n Schlüssel).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigDiffDialog.cpp" line="123"/>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed, %6 the same.</source>
        <translation>Von %1 nach %2: %3 hinzugefügt, %4 entfernt, %5 geändert, %6 gleich.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ConfigSetDialog</name>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="26"/>
        <source>Set configuration in %1</source>
        <translation>Konfiguration in %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="29"/>
        <source>A plain value, or a reference to where the secret lives (vault:PATH#FIELD, awssm:NAME, azkv:VAULT/NAME, env:NAME). Slipway refuses values that look like secrets.</source>
        <translation>Ein einfacher Wert oder eine Referenz darauf, wo das Geheimnis liegt (vault:PATH#FIELD, awssm:NAME, azkv:VAULT/NAME, env:NAME). Slipway lehnt Werte ab, die wie Geheimnisse aussehen.</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="40"/>
        <source>DB_HOST, payments.timeout_ms …</source>
        <translation>DB_HOST, payments.timeout_ms …</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="41"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="43"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="45"/>
        <source>Secret &amp;reference</source>
        <translation>Geheimnis-&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="55"/>
        <source>Holds:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="59"/>
        <source>V&amp;alue:</source>
        <translation>W&amp;ert:</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="60"/>
        <source>&amp;Mark secret: never shown, listed or exported in clear</source>
        <translation>&amp;Als geheim markieren: nie im Klartext angezeigt, aufgelistet oder exportiert</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="65"/>
        <source>vault:secret/payments#db_password</source>
        <translation>vault:secret/payments#db_password</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="66"/>
        <source>R&amp;eference:</source>
        <translation>Refere&amp;nz:</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="76"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="97"/>
        <source>type the new value; the old one is not shown</source>
        <translation>geben Sie den neuen Wert ein; der alte wird nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigSetDialog.cpp" line="125"/>
        <source>Nothing can be set here.</source>
        <translation>Hier kann nichts gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ConfigurationPage</name>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="46"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="48"/>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="85"/>
        <source>Set…</source>
        <translation>Setzen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="50"/>
        <source>Unset</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="52"/>
        <source>Diff…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="81"/>
        <source>No configuration in this environment</source>
        <translation>Keine Konfiguration in dieser Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="82"/>
        <source>Set a key to a plain value or to a secret reference (vault:, awssm:, azkv:, env:); pipelines use &apos;slipway config set&apos;. Values that look like secrets are refused.</source>
        <translation>Setzen Sie einen Schlüssel auf einen einfachen Wert oder auf eine Geheimnis-Referenz (vault:, awssm:, azkv:, env:); Pipelines verwenden &apos;slipway config set&apos;. Werte, die wie Geheimnisse aussehen, werden abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ConfigurationPage.cpp" line="195"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/ConfigurationPage.cpp" line="196"/>
        <source>%n secret</source>
        <translation>
            <numerusform>%n geheim</numerusform>
            <numerusform>%n geheim</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="201"/>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="216"/>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="205"/>
        <source>Set a key to a value or a secret reference</source>
        <translation>Einen Schlüssel auf einen Wert oder eine Geheimnis-Referenz setzen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="209"/>
        <source>Remove the selected key from this environment</source>
        <translation>Den ausgewählten Schlüssel aus dieser Umgebung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="211"/>
        <source>Compare this release&apos;s configuration between two environments</source>
        <translation>Die Konfiguration dieses Release zwischen zwei Umgebungen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/packages/ConfigurationPage.cpp" line="231"/>
        <source>Nothing was set.</source>
        <translation>Es wurde nichts gesetzt.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ConflictsPanel</name>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="31"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="41"/>
        <source>Go to</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="43"/>
        <source>Show the selected conflict in the calendar</source>
        <translation>Den ausgewählten Konflikt im Kalender zeigen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="59"/>
        <source>Hard blackouts</source>
        <translation>Harte Sperrzeiten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="61"/>
        <source>Soft blackouts</source>
        <translation>Weiche Sperrzeiten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="63"/>
        <source>Double-booked environments</source>
        <translation>Doppelt belegte Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="65"/>
        <source>Roles nobody covers</source>
        <translation>Unbesetzte Rollen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="67"/>
        <source>Incident freezes</source>
        <translation>Incident-Sperren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="127"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="131"/>
        <source>No conflicts in view.</source>
        <translation>Keine Konflikte im sichtbaren Bereich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/ConflictsPanel.cpp" line="132"/>
        <source>%n conflict(s) in view.</source>
        <translation>
            <numerusform>%n Konflikt im sichtbaren Bereich.</numerusform>
            <numerusform>%n Konflikte im sichtbaren Bereich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::DeploymentsView</name>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="42"/>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="46"/>
        <source>Who deployed what, when, and under which change ticket.</source>
        <translation>Wer was wann unter welchem Change-Ticket ausgerollt hat.</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="61"/>
        <source>Deployed by (login)</source>
        <translation>Ausgerollt von (Anmeldename)</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="65"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="66"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="67"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="68"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="69"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="70"/>
        <source>Record…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="72"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="97"/>
        <source>No deployments recorded</source>
        <translation>Keine Deployments erfasst</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="98"/>
        <source>Pipelines record each deployment with &apos;slipway deploy record&apos;; or record one here. A production deployment moves its release to Deployed or Rolled back.</source>
        <translation>Pipelines erfassen jedes Deployment mit &apos;slipway deploy record&apos;; oder erfassen Sie eines hier. Ein Produktions-Deployment setzt sein Release auf Ausgerollt oder Zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="100"/>
        <source>Record a deployment…</source>
        <translation>Deployment erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="139"/>
        <source>All releases</source>
        <translation>Alle Releases</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="144"/>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="176"/>
        <source>No deployment matches these filters.</source>
        <translation>Kein Deployment passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deployments/DeploymentsView.cpp" line="177"/>
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="196"/>
        <source>Export deployments</source>
        <translation>Deployments exportieren</translation>
    </message>
    <message>
        <location filename="../ui/deployments/DeploymentsView.cpp" line="196"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deployments/DeploymentsView.cpp" line="203"/>
        <source>Wrote %n deployment record(s) to %1.</source>
        <translation>
            <numerusform>%n Deployment-Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Deployment-Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::DistributionListsPage</name>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="60"/>
        <source>One per line: Ops desk &lt;ops@example.com&gt;</source>
        <translation>Eine pro Zeile: Ops desk &lt;ops@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="62"/>
        <source>Audience&apos;s time zone</source>
        <translation>Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="63"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="64"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="67"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="69"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="71"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comms/DistributionListsPage.cpp" line="132"/>
        <source>%1
%n member(s) · %2</source>
        <translation>
            <numerusform>%1
%n Mitglied · %2</numerusform>
            <numerusform>%1
%n Mitglieder · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="171"/>
        <source>Edit list “%1”</source>
        <translation>Verteiler „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="171"/>
        <source>Add list “%1”</source>
        <translation>Verteiler „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/comms/DistributionListsPage.cpp" line="186"/>
        <source>Remove list “%1”</source>
        <translation>Verteiler „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::EntryZoneCombo</name>
    <message>
        <location filename="../ui/scheduling/EntryZoneCombo.cpp" line="18"/>
        <source>Times here are shown and typed in this zone and stored in UTC</source>
        <translation>Zeiten werden hier in dieser Zeitzone angezeigt und eingegeben und in UTC gespeichert</translation>
    </message>
</context>
<context>
    <name>slipway::ui::EnvironmentsDialog</name>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="35"/>
        <source>Shared — other teams book it too</source>
        <translation>Geteilt — andere Teams buchen sie auch</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="37"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="38"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="39"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="46"/>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="48"/>
        <source>Release &amp;booking</source>
        <translation>&amp;Release-Buchung</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="50"/>
        <source>Environments and bookings</source>
        <translation>Umgebungen und Buchungen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="55"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="56"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="57"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="58"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="60"/>
        <source>Only shared environments can be double-booked</source>
        <translation>Nur geteilte Umgebungen können doppelt gebucht werden</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="208"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="72"/>
        <source>e.g. Load test</source>
        <translation>z. B. Lasttest</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="82"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="85"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="95"/>
        <source>Bookings besides release windows</source>
        <translation>Buchungen neben Release-Fenstern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="181"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="212"/>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="268"/>
        <source>Add environment “%1”</source>
        <translation>Umgebung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="272"/>
        <source>Change environment “%1”</source>
        <translation>Umgebung „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="281"/>
        <source>Remove environment “%1”</source>
        <translation>Umgebung „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="290"/>
        <source>Book %1 for “%2”</source>
        <translation>%1 für „%2“ buchen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="299"/>
        <source>Release booking “%1”</source>
        <translation>Release-Buchung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="47"/>
        <source>&amp;Edit booking…</source>
        <translation>B&amp;uchung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="79"/>
        <source>Change the booking&apos;s environment, release or times</source>
        <translation>Umgebung, Release oder Zeiten der Buchung ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="99"/>
        <source>Times in &amp;zone:</source>
        <translation>Zeiten in &amp;Zone:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="208"/>
        <source>From (%1)</source>
        <translation>Von (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/EnvironmentsDialog.cpp" line="208"/>
        <source>Until (%1)</source>
        <translation>Bis (%1)</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ExitCriteriaSection</name>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="40"/>
        <source>Exit criteria</source>
        <translation>Exit-Kriterien</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="57"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="57"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="73"/>
        <source>Add a criterion, e.g. “All P1 tests pass”</source>
        <translation>Kriterium hinzufügen, z. B. „Alle P1-Tests bestehen“</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="75"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="80"/>
        <source>Move the selected criterion up</source>
        <translation>Ausgewähltes Kriterium nach oben</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="83"/>
        <source>Move the selected criterion down</source>
        <translation>Ausgewähltes Kriterium nach unten</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="90"/>
        <source>Remove the selected criterion</source>
        <translation>Ausgewähltes Kriterium entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="98"/>
        <source>Reason to waive the selected criterion (required)</source>
        <translation>Grund für die Ausnahme des ausgewählten Kriteriums (Pflicht)</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="100"/>
        <source>Waive</source>
        <translation>Ausnehmen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="102"/>
        <source>Settle the selected criterion without meeting it; the reason is kept on record</source>
        <translation>Das ausgewählte Kriterium ohne Erfüllung klären; der Grund wird aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="105"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="107"/>
        <source>Clear the check or the waiver of the selected criterion</source>
        <translation>Haken oder Ausnahme des ausgewählten Kriteriums aufheben</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="119"/>
        <source>Add exit criterion “%1”</source>
        <translation>Exit-Kriterium „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="167"/>
        <source>✓ Checked by %1, %2</source>
        <translation>✓ Abgehakt von %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="170"/>
        <source>Waived: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="173"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="179"/>
        <source>Waived by %1, %2: %3</source>
        <translation>Ausgenommen von %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="191"/>
        <source>No exit criteria yet</source>
        <translation>Noch keine Exit-Kriterien</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="192"/>
        <source>%1 of %2 settled (%3 waived)</source>
        <translation>%1 von %2 geklärt (%3 ausgenommen)</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="194"/>
        <source>✓ Development done</source>
        <translation>✓ Entwicklung fertig</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="199"/>
        <source>Add the criteria that say development is done</source>
        <translation>Fügen Sie die Kriterien hinzu, die sagen, dass die Entwicklung fertig ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="200"/>
        <source>Development not done: %n open</source>
        <translation>
            <numerusform>Entwicklung nicht fertig: %n offen</numerusform>
            <numerusform>Entwicklung nicht fertig: %n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="254"/>
        <source>Check “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="254"/>
        <source>Uncheck “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="257"/>
        <source>An exit criterion needs some text.</source>
        <translation>Ein Exit-Kriterium braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="263"/>
        <source>Rename exit criterion “%1”</source>
        <translation>Exit-Kriterium „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="272"/>
        <source>Say why the criterion is waived: the reason is kept on record.</source>
        <translation>Begründen Sie, warum das Kriterium ausgenommen wird: Der Grund wird aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="281"/>
        <source>Waive “%1”</source>
        <translation>„%1“ ausnehmen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="293"/>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ExitCriteriaSection.cpp" line="303"/>
        <source>Remove exit criterion “%1”</source>
        <translation>Exit-Kriterium „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ExportDialog</name>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="45"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="51"/>
        <source>Releases (CSV)</source>
        <translation>Releases (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="52"/>
        <source>Scope items (CSV)</source>
        <translation>Umfangselemente (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="53"/>
        <source>Assumptions (CSV)</source>
        <translation>Annahmen (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="54"/>
        <source>Success metrics (CSV)</source>
        <translation>Erfolgskennzahlen (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="55"/>
        <source>Scope trade-offs (CSV)</source>
        <translation>Trade-offs beim Umfang (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="56"/>
        <source>Issued communications (CSV)</source>
        <translation>Versendete Mitteilungen (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="57"/>
        <source>Recipients and acknowledgements (CSV)</source>
        <translation>Empfänger und Bestätigungen (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="58"/>
        <source>A CAB meeting&apos;s agenda (CSV)</source>
        <translation>Tagesordnung einer CAB-Sitzung (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="59"/>
        <source>A CAB meeting&apos;s decisions (CSV)</source>
        <translation>Entscheidungen einer CAB-Sitzung (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="60"/>
        <source>Calendar: windows, blackouts and freezes (iCalendar)</source>
        <translation>Kalender: Fenster, Sperrzeiten und Incident-Sperren (iCalendar)</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="64"/>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="75"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="79"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="84"/>
        <source>Only &amp;between</source>
        <translation>Nur &amp;zwischen</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="95"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="98"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="102"/>
        <source>&amp;To file:</source>
        <translation>In &amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="111"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="143"/>
        <source>There is no CAB meeting yet: plan one on the CAB screen first.</source>
        <translation>Es gibt noch keine CAB-Sitzung: Planen Sie zuerst eine in der CAB-Ansicht.</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="145"/>
        <source>The second date must not come before the first.</source>
        <translation>Das zweite Datum darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="149"/>
        <source>Choose where to write the file.</source>
        <translation>Wählen Sie, wohin die Datei geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="152"/>
        <source>Writes %1; a file already there is replaced only once the new one is complete.</source>
        <translation>Schreibt %1; eine dort vorhandene Datei wird erst ersetzt, wenn die neue vollständig ist.</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="169"/>
        <source>%1 is the Slipway file that is open; choose another name.</source>
        <translation>%1 ist die geöffnete Slipway-Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/io/ExportDialog.cpp" line="184"/>
        <source>Wrote %1 release window(s), %2 blackout(s) and %3 incident freeze(s) to %4.</source>
        <translation>%1 Release-Fenster, %2 Sperrzeit(en) und %3 Incident-Sperre(n) nach %4 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="196"/>
        <source>Wrote %n agenda item(s) to %1.</source>
        <translation>
            <numerusform>%n Tagesordnungspunkt nach %1 geschrieben.</numerusform>
            <numerusform>%n Tagesordnungspunkte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="197"/>
        <source>Wrote %n decision(s) to %1.</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 geschrieben.</numerusform>
            <numerusform>%n Entscheidungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="200"/>
        <source>Wrote %n issued message(s) to %1.</source>
        <translation>
            <numerusform>%n versendete Mitteilung nach %1 geschrieben.</numerusform>
            <numerusform>%n versendete Mitteilungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="203"/>
        <source>Wrote %n recipient row(s) with acknowledgements to %1.</source>
        <translation>
            <numerusform>%n Empfängerzeile mit Bestätigungen nach %1 geschrieben.</numerusform>
            <numerusform>%n Empfängerzeilen mit Bestätigungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="207"/>
        <source>Wrote %n assumption(s) to %1.</source>
        <translation>
            <numerusform>%n Annahme nach %1 geschrieben.</numerusform>
            <numerusform>%n Annahmen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="210"/>
        <source>Wrote %n success metric(s) to %1.</source>
        <translation>
            <numerusform>%n Erfolgskennzahl nach %1 geschrieben.</numerusform>
            <numerusform>%n Erfolgskennzahlen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="213"/>
        <source>Wrote %n trade-off(s) to %1.</source>
        <translation>
            <numerusform>%n Trade-off nach %1 geschrieben.</numerusform>
            <numerusform>%n Trade-offs nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="216"/>
        <source>Wrote %n scope item(s) to %1.</source>
        <translation>
            <numerusform>%n Umfangselement nach %1 geschrieben.</numerusform>
            <numerusform>%n Umfangselemente nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ExportDialog.cpp" line="219"/>
        <source>Wrote %n release(s) to %1.</source>
        <translation>
            <numerusform>%n Release nach %1 geschrieben.</numerusform>
            <numerusform>%n Releases nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::FilePathField</name>
    <message>
        <location filename="../ui/io/FilePathField.cpp" line="23"/>
        <source>The file to read</source>
        <translation>Die zu lesende Datei</translation>
    </message>
    <message>
        <location filename="../ui/io/FilePathField.cpp" line="24"/>
        <source>Where to write the file</source>
        <translation>Wohin die Datei geschrieben wird</translation>
    </message>
    <message>
        <location filename="../ui/io/FilePathField.cpp" line="25"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/io/FilePathField.cpp" line="73"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/io/FilePathField.cpp" line="74"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>slipway::ui::FileTransferActions</name>
    <message>
        <location filename="../ui/io/FileTransferActions.cpp" line="27"/>
        <source>&amp;Scope Items (CSV)…</source>
        <translation>&amp;Umfangselemente (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/io/FileTransferActions.cpp" line="29"/>
        <source>Jira or Azure DevOps exports, or any CSV with mapped columns</source>
        <translation>Jira- oder Azure-DevOps-Exporte oder jede CSV-Datei mit zugeordneten Spalten</translation>
    </message>
    <message>
        <location filename="../ui/io/FileTransferActions.cpp" line="31"/>
        <source>&amp;Blackouts or Freezes (iCalendar)…</source>
        <translation>&amp;Sperrzeiten oder Incident-Sperren (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../ui/io/FileTransferActions.cpp" line="34"/>
        <source>&amp;Acknowledgements (CSV)…</source>
        <translation>&amp;Bestätigungen (CSV)…</translation>
    </message>
</context>
<context>
    <name>slipway::ui::FindWindowDialog</name>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="55"/>
        <source>Find a release window</source>
        <translation>Ein Release-Fenster finden</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="66"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="74"/>
        <source>&amp;Earliest start</source>
        <translation>&amp;Frühester Beginn</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="80"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="85"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="89"/>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="96"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="97"/>
        <source>Look &amp;ahead</source>
        <translation>&amp;Vorausschau</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="99"/>
        <source>Choose a release and press Find.</source>
        <translation>Wählen Sie ein Release und drücken Sie Suchen.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="109"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="109"/>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="115"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="118"/>
        <source>&amp;Apply to the release</source>
        <translation>Auf das Release &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="121"/>
        <source>Move the release&apos;s window here; Edit ▸ Undo takes it back</source>
        <translation>Das Fenster des Release hierher verschieben; Bearbeiten ▸ Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="143"/>
        <source>A window needs at least 15 minutes.</source>
        <translation>Ein Fenster braucht mindestens 15 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="169"/>
        <source>Earliest window: %1 – %2</source>
        <translation>Frühestes Fenster: %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="170"/>
        <source>Earliest window: %1 – %2 (%3 – %4)</source>
        <translation>Frühestes Fenster: %1 – %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="175"/>
        <source>Warning on the proposal</source>
        <translation>Warnung zum Vorschlag</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="179"/>
        <source>No window in the next %n day(s) breaks no hard rule.</source>
        <translation>
            <numerusform>Kein Fenster in den nächsten %n Tag verletzt keine harte Regel.</numerusform>
            <numerusform>Kein Fenster in den nächsten %n Tagen verletzt keine harte Regel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="185"/>
        <source>%1 to %2 (%3 starts)</source>
        <translation>%1 bis %2 (%3 Startzeiten)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FindWindowDialog.cpp" line="215"/>
        <source>Moved %1 to the proposed window. Edit ▸ Undo takes it back.</source>
        <translation>%1 in das vorgeschlagene Fenster verschoben. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::FreezeDialog</name>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="35"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="36"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="37"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="39"/>
        <source>Incident freezes</source>
        <translation>Incident-Sperren</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="116"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="63"/>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="64"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="66"/>
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="67"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="179"/>
        <source>Add incident freeze “%1”</source>
        <translation>Incident-Sperre „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="184"/>
        <source>Change incident freeze “%1”</source>
        <translation>Incident-Sperre „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="195"/>
        <source>Remove incident freeze “%1”</source>
        <translation>Incident-Sperre „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="65"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="117"/>
        <source>Starts (%1)</source>
        <translation>Beginnt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/FreezeDialog.cpp" line="118"/>
        <source>Ends (%1)</source>
        <translation>Endet (%1)</translation>
    </message>
</context>
<context>
    <name>slipway::ui::GateTemplateDialog</name>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="86"/>
        <source>Gate Templates</source>
        <translation>Gate-Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="91"/>
        <source>Gates of &amp;every</source>
        <translation>Gates für &amp;jedes</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="100"/>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="104"/>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="105"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="104"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="118"/>
        <source>A new release gets the gates of its type, in this order, plus what its risk assessment asks for. Releases made earlier keep the gates they have.</source>
        <translation>Ein neues Release erhält die Gates seines Typs in dieser Reihenfolge, plus das, was seine Risikobewertung verlangt. Früher angelegte Releases behalten ihre Gates.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="158"/>
        <source>Gates, in the order a release meets them</source>
        <translation>Gates, in der Reihenfolge, in der ein Release sie durchläuft</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="177"/>
        <source>Add gate</source>
        <translation>Gate hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="180"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="183"/>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="254"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="185"/>
        <source>Meet this gate earlier</source>
        <translation>Dieses Gate früher durchlaufen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="187"/>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="257"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="189"/>
        <source>Meet this gate later</source>
        <translation>Dieses Gate später durchlaufen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="204"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="207"/>
        <source>The stage passing it lets the release into, e.g. Staging</source>
        <translation>Die Stufe, in die das Bestehen das Release lässt, z. B. Staging</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="208"/>
        <source>Lets into &amp;stage:</source>
        <translation>Führt in &amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="212"/>
        <source> days before the window</source>
        <translation> Tage vor dem Fenster</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="213"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="219"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="224"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="224"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="224"/>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="224"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="225"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="225"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="225"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="225"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="230"/>
        <source>Double-click a cell to change it: the threshold is a pass rate in percent, or the benchmark metric&apos;s limit.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern: Der Schwellwert ist eine Erfolgsquote in Prozent oder der Grenzwert der Benchmark-Kennzahl.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="248"/>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="251"/>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="300"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="301"/>
        <source>%n criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="309"/>
        <source>%1 releases get no gates: add one, and every new %2 release is checked by it.</source>
        <translation>%1-Releases erhalten keine Gates: Fügen Sie eines hinzu, und jedes neue %2-Release wird davon geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="374"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="375"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="422"/>
        <source>Rename gate “%1” to “%2”</source>
        <translation>Gate „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="423"/>
        <source>Change gate “%1”</source>
        <translation>Gate „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="438"/>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Kriterium „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="446"/>
        <source>“%1” is not a number; the threshold stays as it was.</source>
        <translation>„%1“ ist keine Zahl; der Schwellwert bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="451"/>
        <source>Set the threshold of “%1”</source>
        <translation>Schwellwert von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="456"/>
        <source>Set the metric of “%1”</source>
        <translation>Kennzahl von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="460"/>
        <source>Set the unit of “%1”</source>
        <translation>Einheit von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="479"/>
        <source>Make “%1” a %2 criterion</source>
        <translation>Art von „%1“ auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="483"/>
        <source>Set the severity of “%1”</source>
        <translation>Schweregrad von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="487"/>
        <source>Set the comparison of “%1”</source>
        <translation>Vergleich von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="491"/>
        <source>Set the approving role of “%1”</source>
        <translation>Genehmigende Rolle von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="509"/>
        <source>New gate</source>
        <translation>Neues Gate</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="511"/>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="548"/>
        <source>New check</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="552"/>
        <source>Add criterion “%1” to “%2”</source>
        <translation>Kriterium „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="563"/>
        <source>Remove criterion “%1” from “%2”</source>
        <translation>Kriterium „%1“ aus „%2“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="575"/>
        <source>Move criterion “%1” up</source>
        <translation>Kriterium „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/gates/GateTemplateDialog.cpp" line="576"/>
        <source>Move criterion “%1” down</source>
        <translation>Kriterium „%1“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>slipway::ui::GatesScreen</name>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="50"/>
        <source>No releases to check yet</source>
        <translation>Noch keine Releases zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="51"/>
        <source>Quality gates stand between a release and each next stage: test pass rates from JUnit XML, security findings from SARIF, benchmarks, manual checks and approvals. Create a release on the Releases screen and it gets its type&apos;s gates.</source>
        <translation>Quality Gates stehen zwischen einem Release und jeder nächsten Stufe: Testerfolgsquoten aus JUnit XML, Sicherheitsbefunde aus SARIF, Benchmarks, manuelle Prüfungen und Freigaben. Legen Sie in der Release-Ansicht ein Release an, und es erhält die Gates seines Typs.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="57"/>
        <source>This release has no gates</source>
        <translation>Dieses Release hat keine Gates</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="58"/>
        <source>Add the gates its type&apos;s template defines; each is then checked from CI output you drop onto it, or ticked by a person.</source>
        <translation>Fügen Sie die Gates hinzu, die die Vorlage seines Typs definiert; jedes wird dann anhand von CI-Ausgaben geprüft, die Sie darauf ziehen, oder von einer Person abgehakt.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="60"/>
        <source>Add its gates</source>
        <translation>Gates hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="69"/>
        <source>Gate and criteria</source>
        <translation>Gate und Kriterien</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="69"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="77"/>
        <source>Drop a JUnit XML, SARIF or benchmark file onto a criterion to evaluate it.</source>
        <translation>Ziehen Sie eine JUnit-XML-, SARIF- oder Benchmark-Datei auf ein Kriterium, um es auszuwerten.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="107"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="111"/>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="146"/>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="185"/>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="188"/>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="178"/>
        <source>Tick</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="191"/>
        <source>Waive…</source>
        <translation>Ausnehmen…</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="194"/>
        <source>Approve waiver</source>
        <translation>Ausnahme genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="202"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="223"/>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="218"/>
        <source>Mark false positive…</source>
        <translation>Als False Positive markieren…</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="217"/>
        <source>Count again</source>
        <translation>Wieder zählen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="314"/>
        <source>No gates</source>
        <translation>Keine Gates</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="324"/>
        <source>Not promoted yet</source>
        <translation>Noch nicht hochgestuft</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="328"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="336"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="338"/>
        <source> · promoted</source>
        <translation> · hochgestuft</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="339"/>
        <source>In %1 since %2</source>
        <translation>In %1 seit %2</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="341"/>
        <source> · due %1</source>
        <translation> · fällig %1</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="377"/>
        <source>Promote to %1</source>
        <translation>Zu %1 hochstufen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="378"/>
        <source>Promoted through every gate</source>
        <translation>Durch alle Gates hochgestuft</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="69"/>
        <source>Select a gate or criterion</source>
        <translation>Wählen Sie ein Gate oder Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="82"/>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="83"/>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="84"/>
        <source>awaiting approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="87"/>
        <source>&lt;b&gt;Waiver&lt;/b&gt; (%1, %2): %3&lt;br&gt;Requested by %4 · expires %5&lt;br&gt;Compensating controls: %6&lt;br&gt;Validation after release: %7 — %8</source>
        <translation>&lt;b&gt;Ausnahme&lt;/b&gt; (%1, %2): %3&lt;br&gt;Beantragt von %4 · läuft ab %5&lt;br&gt;Kompensierende Kontrollen: %6&lt;br&gt;Validierung nach dem Release: %7 — %8</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="89"/>
        <source>whole gate</source>
        <translation>ganzes Gate</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="89"/>
        <source>this criterion</source>
        <translation>dieses Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="92"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="93"/>
        <source>done by %1</source>
        <translation>erledigt von %1</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="111"/>
        <source>when scheduled</source>
        <translation>bei Terminierung</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="113"/>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="135"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="117"/>
        <source>Promoted by %1 on %2.</source>
        <translation>Hochgestuft von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="127"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="139"/>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: %1 (%2 bytes)&lt;br&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Imported %4 by %5</source>
        <translation>&lt;b&gt;Nachweis&lt;/b&gt;: %1 (%2 Byte)&lt;br&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Importiert %4 von %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="146"/>
        <source>&lt;br&gt;Produced against %n artifact(s): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;Erstellt gegen %n Artefakt: &lt;tt&gt;%1&lt;/tt&gt;</numerusform>
            <numerusform>&lt;br&gt;Erstellt gegen %n Artefakte: &lt;tt&gt;%1&lt;/tt&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="151"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="152"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="152"/>
        <source>Ticked</source>
        <translation>Abgehakt</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="160"/>
        <source>No evidence yet: drop a %1 file onto this criterion or import one.</source>
        <translation>Noch kein Nachweis: Ziehen Sie eine %1-Datei auf dieses Kriterium oder importieren Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="162"/>
        <source>JUnit XML</source>
        <translation>JUnit XML</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="163"/>
        <source>SARIF</source>
        <translation>SARIF</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="164"/>
        <source>benchmark JSON or CSV</source>
        <translation>Benchmark-JSON oder -CSV</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="166"/>
        <source>Judged from the release&apos;s artifacts and their latest verification (Packages screen or &apos;slipway artifact verify&apos;).</source>
        <translation>Bewertet anhand der Artefakte des Release und ihrer neuesten Prüfung (Ansicht Pakete oder &apos;slipway artifact verify&apos;).</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="177"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="177"/>
        <source>Take back approval</source>
        <translation>Freigabe zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="178"/>
        <source>Untick</source>
        <translation>Haken entfernen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="192"/>
        <source>Findings: none in the latest log</source>
        <translation>Befunde: keine im neuesten Log</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="193"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="59"/>
        <source>%1 is now the evidence of “%2”.</source>
        <translation>%1 ist jetzt der Nachweis für „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="68"/>
        <source>JUnit XML (*.xml);;All files (*)</source>
        <translation>JUnit XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="70"/>
        <source>SARIF (*.sarif *.json);;All files (*)</source>
        <translation>SARIF (*.sarif *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="71"/>
        <source>Benchmark results (*.json *.csv);;All files (*)</source>
        <translation>Benchmark-Ergebnisse (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="73"/>
        <source>Evidence for “%1”</source>
        <translation>Nachweis für „%1“</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="102"/>
        <source>Mark as False Positive</source>
        <translation>Als False Positive markieren</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenEdits.cpp" line="103"/>
        <source>Why is %1 at %2 not a real problem? The reason, your name and the time are kept, and the review still applies when the next scan is imported.</source>
        <translation>Warum ist %1 in %2 kein echtes Problem? Der Grund, Ihr Name und die Zeit werden aufbewahrt, und die Prüfung gilt weiter, wenn der nächste Scan importiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="134"/>
        <source>Add gates</source>
        <translation>Gates hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="136"/>
        <source>Add the gates the release&apos;s type template and its risk assessment ask for that it does not have yet.</source>
        <translation>Die Gates hinzufügen, die die Vorlage des Release-Typs und die Risikobewertung verlangen und die noch fehlen.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="140"/>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="142"/>
        <source>The gates each release type starts with</source>
        <translation>Die Gates, mit denen jeder Release-Typ beginnt</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="330"/>
        <source>%1 (risk)</source>
        <translation>%1 (Risiko)</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreen.cpp" line="345"/>
        <source>%1
Added because the release&apos;s risk assessment asks for it.</source>
        <translation>%1
Hinzugefügt, weil die Risikobewertung des Release es verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="105"/>
        <source>&lt;br&gt;Added because the release&apos;s risk assessment asks for more rigour than its type&apos;s template.</source>
        <translation>&lt;br&gt;Hinzugefügt, weil die Risikobewertung des Release mehr Strenge verlangt als die Vorlage seines Typs.</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="109"/>
        <source>Lets the release into &lt;b&gt;%1&lt;/b&gt;. Due %2.%3</source>
        <translation>Lässt das Release in &lt;b&gt;%1&lt;/b&gt;. Fällig %2.%3</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="129"/>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location filename="../ui/gates/GatesScreenDetails.cpp" line="132"/>
        <source>&lt;br&gt;Part of a gate the release&apos;s risk assessment asks for.</source>
        <translation>&lt;br&gt;Teil eines Gates, das die Risikobewertung des Release verlangt.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ImportDialog</name>
    <message>
        <location filename="../ui/io/ImportDialog.cpp" line="26"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/io/ImportDialog.cpp" line="37"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/ImportDialog.cpp" line="65"/>
        <source>Imported, but this import cannot be undone: %1</source>
        <translation>Importiert, aber dieser Import kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/io/ImportDialog.cpp" line="68"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>slipway::ui::IssueDialog</name>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="39"/>
        <source>Issue “%1”</source>
        <translation>„%1“ versenden</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="43"/>
        <source>Issue version %1 of %2 for %3. The message is archived with its recipients and cannot be changed afterwards.</source>
        <translation>Version %1 von %2 für %3 versenden. Die Mitteilung wird mit ihren Empfängern archiviert und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="47"/>
        <source>no release</source>
        <translation>kein Release</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comms/IssueDialog.cpp" line="58"/>
        <source>%1 — %n recipient(s), %2</source>
        <translation>
            <numerusform>%1 — %n Empfänger, %2</numerusform>
            <numerusform>%1 — %n Empfänger, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="61"/>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="64"/>
        <source>Why the release moved (delay notices)</source>
        <translation>Warum sich das Release verschoben hat (Verzögerungsmeldungen)</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="65"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="67"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="69"/>
        <source>E-mail draft (.eml)</source>
        <translation>E-Mail-Entwurf (.eml)</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="72"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="74"/>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="80"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="87"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="93"/>
        <source>Save files in</source>
        <translation>Dateien speichern in</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="102"/>
        <source>Issue</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="106"/>
        <source>Create a distribution list first (Distribution lists tab).</source>
        <translation>Legen Sie zuerst einen Verteiler an (Reiter Verteiler).</translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="121"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comms/IssueDialog.cpp" line="172"/>
        <source>Issued message %1 to %n recipient(s).</source>
        <translation>
            <numerusform>Mitteilung %1 an %n Empfänger versendet.</numerusform>
            <numerusform>Mitteilung %1 an %n Empfänger versendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comms/IssueDialog.cpp" line="175"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::KnownIssuesPage</name>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="38"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="46"/>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="68"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="46"/>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="69"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="46"/>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="70"/>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="46"/>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="74"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="76"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="79"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="170"/>
        <source>Edit known issue “%1”</source>
        <translation>Bekanntes Problem „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="171"/>
        <source>Add known issue “%1”</source>
        <translation>Bekanntes Problem „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/comms/KnownIssuesPage.cpp" line="186"/>
        <source>Remove known issue “%1”</source>
        <translation>Bekanntes Problem „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Open Rea&amp;d-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>Look at a file without any risk of changing it</source>
        <translation>Eine Datei ansehen, ohne Gefahr, sie zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>The open file</source>
        <translation>Die geöffnete Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Local: this computer only. Shared: on a network share, several people at once. Read-only: nothing can be changed.</source>
        <translation>Lokal: nur dieser Computer. Geteilt: auf einer Netzwerkfreigabe, mehrere Personen gleichzeitig. Schreibgeschützt: nichts kann geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Who the audit trail records as acting</source>
        <translation>Wen das Prüfprotokoll als handelnde Person erfasst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="442"/>
        <source>%1 — Slipway</source>
        <translation>%1 — Slipway</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="28"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="32"/>
        <source>Slipway files (*.slipway);;All files (*)</source>
        <translation>Slipway-Dateien (*.slipway);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="37"/>
        <source>New Slipway file</source>
        <translation>Neue Slipway-Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="45"/>
        <source>File exists</source>
        <translation>Datei existiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="46"/>
        <source>%1 already exists. Use File ▸ Open to open it, or choose another name.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei mit Datei ▸ Öffnen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="56"/>
        <source>Open Slipway file</source>
        <translation>Slipway-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="56"/>
        <source>Open Slipway file read-only</source>
        <translation>Slipway-Datei schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="65"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="71"/>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="73"/>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="79"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFile.cpp" line="80"/>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Release planning for release managers and Change Advisory Boards.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Release-Planung für Release-Manager und Change Advisory Boards.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Planung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>&amp;Find a Window…</source>
        <translation>Fenster &amp;finden…</translation>
    </message>
</context>
<context>
    <name>slipway::ui::MatrixPage</name>
    <message>
        <location filename="../ui/packages/MatrixPage.cpp" line="30"/>
        <source>What runs where, over every release: the version of each component in each environment, from deployment records and promotions. Drift is highlighted; hover a cell for why.</source>
        <translation>Was wo läuft, über alle Releases: die Version jeder Komponente in jeder Umgebung, aus Deployment-Einträgen und Hochstufungen. Drift ist hervorgehoben; fahren Sie mit der Maus über eine Zelle, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/packages/MatrixPage.cpp" line="53"/>
        <source>Nothing runs anywhere yet</source>
        <translation>Noch läuft nirgends etwas</translation>
    </message>
    <message>
        <location filename="../ui/packages/MatrixPage.cpp" line="54"/>
        <source>The matrix fills from deployment records (&apos;slipway deploy record&apos;) and gate promotions; a release brings the components of its imported SBOM, or its product without one.</source>
        <translation>Die Matrix füllt sich aus Deployment-Einträgen (&apos;slipway deploy record&apos;) und Gate-Hochstufungen; ein Release bringt die Komponenten seines importierten SBOM mit, ohne ein solches sein Produkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/MatrixPage.cpp" line="113"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/MatrixPage.cpp" line="114"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/MatrixPage.cpp" line="115"/>
        <source>%n drift finding(s)</source>
        <translation>
            <numerusform>%n Drift-Befund</numerusform>
            <numerusform>%n Drift-Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::MeetingDialog</name>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="59"/>
        <source>CAB meeting</source>
        <translation>CAB-Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="62"/>
        <source>Regular (weekly)</source>
        <translation>Regulär (wöchentlich)</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="63"/>
        <source>Emergency CAB</source>
        <translation>Notfall-CAB</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="72"/>
        <source>The zone the meeting is planned in; the report shows its time there</source>
        <translation>Die Zeitzone, in der die Sitzung geplant ist; der Bericht zeigt die Uhrzeit dort</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="74"/>
        <source>Room, video bridge</source>
        <translation>Raum, Videokonferenz</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="102"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="103"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="108"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="110"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="112"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="113"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="114"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="115"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="116"/>
        <source>&amp;Attendees:</source>
        <translation>Tei&amp;lnehmende:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="118"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="129"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="130"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="131"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="136"/>
        <source>Add to Agenda</source>
        <translation>Zur Tagesordnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="207"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="209"/>
        <source>Escalation: %1</source>
        <translation>Eskalation: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="230"/>
        <source>No items yet: add change requests here, or use Build Agenda on the CAB screen to let the rules propose them.</source>
        <translation>Noch keine Punkte: Fügen Sie hier Change-Requests hinzu oder lassen Sie mit „Tagesordnung erstellen“ auf dem CAB-Bildschirm die Regeln Vorschläge machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cab/MeetingDialog.cpp" line="232"/>
        <source>%n item(s), in the order the board takes them.</source>
        <translation>
            <numerusform>%n Punkt, in der Reihenfolge, in der das Board ihn behandelt.</numerusform>
            <numerusform>%n Punkte, in der Reihenfolge, in der das Board sie behandelt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cab/MeetingDialog.cpp" line="245"/>
        <source>Added by hand.</source>
        <translation>Von Hand hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="30"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::MetricsSection</name>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="47"/>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="48"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="48"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="49"/>
        <source>Met when</source>
        <translation>Erfüllt, wenn</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="49"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="50"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="50"/>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="51"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="53"/>
        <location filename="../ui/definition/MetricsSection.cpp" line="124"/>
        <source>Double-click a cell to edit it. The actual value is filled in after the release.</source>
        <translation>Doppelklicken Sie eine Zelle, um sie zu bearbeiten. Der Istwert wird nach dem Release eingetragen.</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="56"/>
        <source>Add a metric, e.g. “Checkout error rate”</source>
        <translation>Kennzahl hinzufügen, z. B. „Fehlerrate im Checkout“</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="59"/>
        <source>Remove the selected metric</source>
        <translation>Ausgewählte Kennzahl entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="90"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="93"/>
        <source>✓ Met</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="93"/>
        <source>✗ Missed</source>
        <translation>✗ Verfehlt</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="113"/>
        <source>Met when the actual value is %1 the target</source>
        <translation>Erfüllt, wenn Istwert %1 Zielwert</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="122"/>
        <source>No success metrics yet: add how you will know the release worked, with a target and today&apos;s baseline.</source>
        <translation>Noch keine Erfolgskennzahlen: Fügen Sie hinzu, woran Sie den Erfolg des Release erkennen, mit Ziel und heutigem Ausgangswert.</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="134"/>
        <source>Add success metric “%1”</source>
        <translation>Erfolgskennzahl „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="141"/>
        <source>Remove success metric “%1”</source>
        <translation>Erfolgskennzahl „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="148"/>
        <source>Edit success metric “%1”</source>
        <translation>Erfolgskennzahl „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/definition/MetricsSection.cpp" line="190"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::MinutesPanel</name>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="65"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="65"/>
        <source>Condition</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="65"/>
        <location filename="../ui/cab/MinutesPanel.cpp" line="69"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="65"/>
        <location filename="../ui/cab/MinutesPanel.cpp" line="69"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="67"/>
        <location filename="../ui/cab/MinutesPanel.cpp" line="238"/>
        <source>Mark Met</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="69"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="69"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="70"/>
        <location filename="../ui/cab/MinutesPanel.cpp" line="241"/>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="80"/>
        <source>Record that the selected condition is met (who and when go into the audit log)</source>
        <translation>Festhalten, dass die ausgewählte Auflage erfüllt ist (wer und wann kommt ins Audit-Log)</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="84"/>
        <source>New action, e.g. Share the rollback rehearsal results</source>
        <translation>Neue Maßnahme, z. B. Ergebnisse der Rollback-Probe teilen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="95"/>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="100"/>
        <source>Decisions in this meeting</source>
        <translation>Entscheidungen in dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="102"/>
        <source>Conditions on the agenda&apos;s changes</source>
        <translation>Auflagen zu den Changes der Tagesordnung</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="108"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="116"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="118"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="147"/>
        <source>No decisions recorded in this meeting yet.</source>
        <translation>In dieser Sitzung sind noch keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="159"/>
        <location filename="../ui/cab/MinutesPanel.cpp" line="195"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="160"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="164"/>
        <location filename="../ui/cab/MinutesPanel.cpp" line="193"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="167"/>
        <source>met by %1, %2</source>
        <translation>erfüllt von %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="170"/>
        <source>waived by %1, %2</source>
        <translation>ausgenommen von %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="181"/>
        <source>No conditions: &quot;approve with conditions&quot; (C in CAB mode) records them here.</source>
        <translation>Keine Auflagen: „Mit Auflagen genehmigen“ (C im CAB-Modus) erfasst sie hier.</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="193"/>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="196"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="201"/>
        <source>No actions yet: type one below and press Add Action.</source>
        <translation>Noch keine Maßnahmen: Geben Sie unten eine ein und klicken Sie auf „Maßnahme hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="237"/>
        <source>Reopen Condition</source>
        <translation>Auflage wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="241"/>
        <source>Mark Not Done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="260"/>
        <source>Mark condition met: %1</source>
        <translation>Auflage als erfüllt markieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="260"/>
        <source>Reopen condition: %1</source>
        <translation>Auflage wieder öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="273"/>
        <source>Say what the action is.</source>
        <translation>Geben Sie an, worin die Maßnahme besteht.</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="279"/>
        <source>Add action: %1</source>
        <translation>Maßnahme hinzufügen: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="295"/>
        <source>Mark action done: %1</source>
        <translation>Maßnahme als erledigt markieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/cab/MinutesPanel.cpp" line="296"/>
        <source>Mark action not done: %1</source>
        <translation>Maßnahme als nicht erledigt markieren: %1</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ObjectivesSection</name>
    <message>
        <location filename="../ui/definition/ObjectivesSection.cpp" line="29"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/definition/ObjectivesSection.cpp" line="36"/>
        <source>What this release must achieve. Double-click to edit.</source>
        <translation>Was dieses Release erreichen muss. Doppelklicken zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ObjectivesSection.cpp" line="43"/>
        <source>Add an objective, e.g. “Cut checkout latency by 20 %”</source>
        <translation>Ziel hinzufügen, z. B. „Checkout-Latenz um 20 % senken“</translation>
    </message>
    <message>
        <location filename="../ui/definition/ObjectivesSection.cpp" line="45"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ObjectivesSection.cpp" line="50"/>
        <source>Remove the selected objective</source>
        <translation>Ausgewähltes Ziel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ObjectivesSection.cpp" line="95"/>
        <source>No objectives yet: add what this release must achieve, one a line.</source>
        <translation>Noch keine Ziele: Fügen Sie hinzu, was dieses Release erreichen muss, eines pro Zeile.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::OverrideDialog</name>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="19"/>
        <source>Override a Guard</source>
        <translation>Voraussetzung übersteuern</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="19"/>
        <source>Settle an Override</source>
        <translation>Übersteuerung abschließen</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="26"/>
        <source>Let %1 past “%2” without meeting it.</source>
        <translation>%1 an „%2“ vorbeilassen, ohne die Voraussetzung zu erfüllen.</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="27"/>
        <source>Close the override of “%1” for %2: was the guard met after all, or is the deviation accepted?</source>
        <translation>Die Übersteuerung von „%1“ für %2 abschließen: Wurde die Voraussetzung doch erfüllt, oder wird die Abweichung akzeptiert?</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="32"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="32"/>
        <source>&amp;How it was settled:</source>
        <translation>&amp;Wie sie abgeschlossen wurde:</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="38"/>
        <source>Why the release must go ahead without this control</source>
        <translation>Warum das Release ohne diese Kontrolle weitergehen muss</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="39"/>
        <source>The guard was met on …, or why the deviation stands</source>
        <translation>Die Voraussetzung wurde am … erfüllt, oder warum die Abweichung bestehen bleibt</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="49"/>
        <source>Asked for in your name (%1) and audited. It lets nothing pass until a second person with the release manager role approves it, and it stays in view until it is settled.</source>
        <translation>In Ihrem Namen (%1) beantragt und im Audit-Log festgehalten. Sie lässt nichts passieren, bis eine zweite Person mit der Rolle Release-Manager sie genehmigt, und bleibt sichtbar, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="53"/>
        <source>Settled in your name (%1) and audited; the override then leaves the readiness list.</source>
        <translation>In Ihrem Namen (%1) abgeschlossen und im Audit-Log festgehalten; die Übersteuerung verlässt dann die Bereitschaftsliste.</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="60"/>
        <source>Ask for Override</source>
        <translation>Übersteuerung beantragen</translation>
    </message>
    <message>
        <location filename="../ui/definition/OverrideDialog.cpp" line="60"/>
        <source>Settle</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::PackagesView</name>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="90"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="93"/>
        <source>What a release ships: its artifacts, their digests and who signed them; what its software is made of and pinned to; what runs where; its configuration per environment.</source>
        <translation>Was ein Release ausliefert: seine Artefakte, ihre Hashes und wer sie signiert hat; woraus seine Software besteht und worauf sie gepinnt ist; was wo läuft; seine Konfiguration je Umgebung.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="108"/>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="130"/>
        <location filename="../ui/packages/PackagesView.cpp" line="188"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="132"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="134"/>
        <source>Verify…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="137"/>
        <source>At their recorded locations</source>
        <translation>An ihren erfassten Speicherorten</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="138"/>
        <source>In a folder…</source>
        <translation>In einem Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="140"/>
        <source>Trusted keys…</source>
        <translation>Vertrauenswürdige Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="184"/>
        <source>No artifacts yet</source>
        <translation>Noch keine Artefakte</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="185"/>
        <source>Drop build outputs here or use Add files…; pipelines register them with &apos;slipway artifact add&apos;. Each file&apos;s SHA-256 is read once and checked again whenever you verify.</source>
        <translation>Legen Sie Build-Ergebnisse hier ab oder nutzen Sie Dateien hinzufügen…; Pipelines registrieren sie mit &apos;slipway artifact add&apos;. Der SHA-256 jeder Datei wird einmal gelesen und bei jeder Prüfung erneut verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="206"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="208"/>
        <source>Components and pins</source>
        <translation>Komponenten und Pins</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="210"/>
        <source>Environment matrix</source>
        <translation>Umgebungsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="211"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="282"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="349"/>
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n Artefakt</numerusform>
            <numerusform>%n Artefakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="350"/>
        <source>%n verified</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="351"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="360"/>
        <location filename="../ui/packages/PackagesView.cpp" line="398"/>
        <source>Choose a release.</source>
        <translation>Wählen Sie ein Release.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="367"/>
        <source>%1 is %2: what it ships can no longer change; a changed artifact needs a new version.</source>
        <translation>%1 ist %2: Was es ausliefert, kann sich nicht mehr ändern; ein geändertes Artefakt braucht eine neue Version.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="374"/>
        <source>The artifacts of %1 are frozen since it was promoted into %2: a changed artifact needs a new version.</source>
        <translation>Die Artefakte von %1 sind eingefroren, seit es nach %2 befördert wurde: Ein geändertes Artefakt braucht eine neue Version.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="382"/>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="387"/>
        <source>Register build outputs as artifacts of this release</source>
        <translation>Build-Ergebnisse als Artefakte dieses Release registrieren</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="391"/>
        <source>Remove the selected artifacts</source>
        <translation>Die ausgewählten Artefakte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="395"/>
        <source>Check each file&apos;s digest and signature; the result is kept in its history</source>
        <translation>Hash und Signatur jeder Datei prüfen; das Ergebnis wird in ihrem Verlauf aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="397"/>
        <source>The keys artifact signatures are checked against</source>
        <translation>Die Schlüssel, gegen die Artefakt-Signaturen geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="408"/>
        <location filename="../ui/packages/PackagesView.cpp" line="424"/>
        <source>Add artifacts</source>
        <translation>Artefakte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="408"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="422"/>
        <source>Reading the files&apos; digests…</source>
        <translation>Hashes der Dateien werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="422"/>
        <location filename="../ui/packages/PackagesView.cpp" line="483"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="473"/>
        <source>Verify against the files in</source>
        <translation>Prüfen gegen die Dateien in</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="483"/>
        <source>Checking the files&apos; digests and signatures…</source>
        <translation>Hashes und Signaturen der Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="486"/>
        <source>Verify artifacts</source>
        <translation>Artefakte prüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="514"/>
        <source>All %n artifact(s) verified.</source>
        <translation>
            <numerusform>%n Artefakt ist geprüft.</numerusform>
            <numerusform>Alle %n Artefakte sind geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="517"/>
        <source>%n artifact(s) failed verification; the State column says why.</source>
        <translation>
            <numerusform>%n Artefakt hat die Prüfung nicht bestanden; die Spalte Zustand sagt, warum.</numerusform>
            <numerusform>%n Artefakte haben die Prüfung nicht bestanden; die Spalte Zustand sagt, warum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::PeopleDialog</name>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="44"/>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="224"/>
        <source>&amp;Save person</source>
        <translation>Person &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="52"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="53"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="55"/>
        <source>People and availability</source>
        <translation>Personen und Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="90"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="92"/>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="94"/>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="226"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="99"/>
        <source>Working &amp;hours:</source>
        <translation>&amp;Arbeitszeit:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="103"/>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="104"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="249"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="122"/>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="249"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="115"/>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="253"/>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="116"/>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="253"/>
        <source>On call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="141"/>
        <source>Leave and on-call duty</source>
        <translation>Abwesenheit und Bereitschaftsdienst</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="349"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="366"/>
        <source>Add leave for %1</source>
        <translation>Abwesenheit für %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="367"/>
        <source>Add on-call duty for %1</source>
        <translation>Bereitschaftsdienst für %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="378"/>
        <source>Remove availability of %1</source>
        <translation>Verfügbarkeit von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="39"/>
        <source>&amp;New person</source>
        <translation>&amp;Neue Person</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="59"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="61"/>
        <source>Add someone with their zone, working hours and roles</source>
        <translation>Eine Person mit Zeitzone, Arbeitszeit und Rollen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="224"/>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="226"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="334"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="350"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="132"/>
        <source>Times in &amp;zone:</source>
        <translation>Zeiten in Z&amp;one:</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="249"/>
        <source>From (%1)</source>
        <translation>Von (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/PeopleDialog.cpp" line="249"/>
        <source>Until (%1)</source>
        <translation>Bis (%1)</translation>
    </message>
</context>
<context>
    <name>slipway::ui::PinDialog</name>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="21"/>
        <source>Pin a dependency</source>
        <translation>Abhängigkeit pinnen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="24"/>
        <source>Which versions of a shared library or service a component works with. Slipway checks the pin against every environment the release runs in.</source>
        <translation>Mit welchen Versionen einer geteilten Bibliothek oder eines Dienstes eine Komponente funktioniert. Slipway prüft den Pin gegen jede Umgebung, in der das Release läuft.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="38"/>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="41"/>
        <source>a name, group/name or package URL</source>
        <translation>ein Name, Gruppe/Name oder eine Paket-URL</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="42"/>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="45"/>
        <source>^1.2.0, ~1.4, &gt;=2.0.0 &lt;3.0.0</source>
        <translation>^1.2.0, ~1.4, &gt;=2.0.0 &lt;3.0.0</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="46"/>
        <source>Con&amp;straint:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="54"/>
        <source>Pin</source>
        <translation>Pinnen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PinDialog.cpp" line="72"/>
        <source>Nothing can be pinned here.</source>
        <translation>Hier kann nichts gepinnt werden.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReadOnlyBanner</name>
    <message>
        <location filename="../ui/ReadOnlyBanner.cpp" line="34"/>
        <source>The file was opened read-only.</source>
        <translation>Die Datei wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/ReadOnlyBanner.cpp" line="35"/>
        <source>Read-only: %1 Editing is disabled; File ▸ Save a Copy makes a copy you can edit.</source>
        <translation>Schreibgeschützt: %1 Bearbeiten ist deaktiviert; Datei ▸ Kopie speichern erstellt eine bearbeitbare Kopie.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReadinessSection</name>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="35"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="37"/>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="39"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="41"/>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="95"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="100"/>
        <source>Emergency approvals due within</source>
        <translation>Notfall-Genehmigungen fällig innerhalb von</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="106"/>
        <source>Emergency approvals due within days</source>
        <translation>Frist für Notfall-Genehmigungen in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="108"/>
        <source>For every emergency release in this file: how many days after it first reaches production its CAB approval may follow. Set by a release manager; undoable.</source>
        <translation>Für jedes Notfall-Release in dieser Datei: wie viele Tage nach seinem ersten Erreichen der Produktion seine CAB-Genehmigung folgen darf. Wird von einem Release-Manager gesetzt; rückgängig machbar.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="146"/>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="146"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="168"/>
        <source>%1: nothing further to do.</source>
        <translation>%1: nichts weiter zu tun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/definition/ReadinessSection.cpp" line="170"/>
        <source>%1 without %n guard(s) it needs; %2</source>
        <translation>
            <numerusform>%1 ohne %n nötige Voraussetzung; %2</numerusform>
            <numerusform>%1 ohne %n nötige Voraussetzungen; %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="234"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="244"/>
        <location filename="../ui/definition/ReadinessSection.cpp" line="256"/>
        <source>Override…</source>
        <translation>Übersteuern…</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="248"/>
        <source>Ask to let the release past “%1” without meeting it; a second release manager must approve.</source>
        <translation>Beantragen, dass das Release „%1“ ohne Erfüllung passieren darf; ein zweiter Release-Manager muss genehmigen.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="274"/>
        <source>⚑ Override of “%1”, asked by %2 and approved by %3, not settled: %4</source>
        <translation>⚑ Übersteuerung von „%1“, beantragt von %2 und genehmigt von %3, nicht abgeschlossen: %4</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="276"/>
        <source>⚑ Override of “%1” asked by %2 awaits a second release manager: %3</source>
        <translation>⚑ Übersteuerung von „%1“, beantragt von %2, wartet auf einen zweiten Release-Manager: %3</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="279"/>
        <source>Settle…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="279"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="286"/>
        <source>Close the override: the guard met after all, or the deviation accepted, with a note.</source>
        <translation>Die Übersteuerung abschließen: Die Voraussetzung wurde doch erfüllt oder die Abweichung akzeptiert, mit einer Notiz.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="289"/>
        <source>You asked for this override: a second person with the release manager role must approve it.</source>
        <translation>Sie haben diese Übersteuerung beantragt: Eine zweite Person mit der Rolle Release-Manager muss sie genehmigen.</translation>
    </message>
    <message>
        <location filename="../ui/definition/ReadinessSection.cpp" line="291"/>
        <source>Approve as %1, a second person with the release manager role.</source>
        <translation>Als %1 genehmigen – als zweite Person mit der Rolle Release-Manager.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::RecordDeploymentDialog</name>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="28"/>
        <source>Record a deployment</source>
        <translation>Deployment erfassen</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="44"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="50"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="52"/>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="59"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="64"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="68"/>
        <source>Default: the release&apos;s change ticket</source>
        <translation>Standard: das Change-Ticket des Release</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="69"/>
        <source>Change &amp;ticket</source>
        <translation>Change-&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="73"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="78"/>
        <source>SHA-256 of each artifact deployed, separated by spaces</source>
        <translation>SHA-256 jedes ausgerollten Artefakts, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="79"/>
        <source>&amp;Artifact digests</source>
        <translation>&amp;Artefakt-Hashes</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="81"/>
        <source>Recorded as deployed by %1.</source>
        <translation>Wird als von %1 ausgerollt erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="94"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="130"/>
        <source>There are no releases yet.</source>
        <translation>Es gibt noch keine Releases.</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="132"/>
        <source>There are no environments yet: add them under Schedule ▸ Environments.</source>
        <translation>Es gibt noch keine Umgebungen: Legen Sie sie unter Planung ▸ Umgebungen und Buchungen an.</translation>
    </message>
    <message>
        <location filename="../ui/deployments/RecordDeploymentDialog.cpp" line="141"/>
        <source>Not allowed yet:</source>
        <translation>Noch nicht erlaubt:</translation>
    </message>
</context>
<context>
    <name>slipway::ui::RecordTableSection</name>
    <message>
        <location filename="../ui/definition/RecordTableSection.cpp" line="49"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::RecurrenceEditor</name>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="31"/>
        <source>Only in March, June, September and December</source>
        <translation>Nur im März, Juni, September und Dezember</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="35"/>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="36"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="37"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="38"/>
        <source>Monthly on a day</source>
        <translation>Monatlich an einem Tag</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="39"/>
        <source>Monthly, last business days</source>
        <translation>Monatlich, letzte Werktage</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="40"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="41"/>
        <source>Custom RRULE</source>
        <translation>Eigene RRULE</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="44"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="45"/>
        <source>1 repeats every period, 2 every other one, and so on</source>
        <translation>1 wiederholt jeden Zeitraum, 2 jeden zweiten und so weiter</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="66"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="68"/>
        <source>-1 is the last day of the month</source>
        <translation>-1 ist der letzte Tag des Monats</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="69"/>
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="78"/>
        <source>the last</source>
        <translation>die letzten</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="80"/>
        <source>business days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/RecurrenceEditor.cpp" line="90"/>
        <source>The RFC 5545 rule; type one by hand with “Custom RRULE”</source>
        <translation>Die Regel nach RFC 5545; geben Sie eine von Hand über „Eigene RRULE“ ein</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReleaseDefinitionPanel</name>
    <message>
        <location filename="../ui/definition/ReleaseDefinitionPanel.cpp" line="37"/>
        <source>Select a release to set its objectives, exit criteria, risk, assumptions and success metrics.</source>
        <translation>Wählen Sie ein Release, um seine Ziele, Exit-Kriterien, Risiken, Annahmen und Erfolgskennzahlen festzulegen.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReleaseEditor</name>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="62"/>
        <source>Select a release to see and edit its details, or create a new one.</source>
        <translation>Wählen Sie ein Release, um es anzusehen und zu bearbeiten, oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="91"/>
        <source>e.g. Payments platform Q3</source>
        <translation>z. B. Zahlungsplattform Q3</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="96"/>
        <source>The product (a service) this release is a version of; its versioning scheme checks the version, and each version is unique per product.</source>
        <translation>Das Produkt (ein Dienst), von dem dieses Release eine Version ist; sein Versionierungsschema prüft die Version, und jede Version ist je Produkt eindeutig.</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="99"/>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="313"/>
        <source>No product</source>
        <translation>Kein Produkt</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="100"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="104"/>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="335"/>
        <source>Semantic version, e.g. 2.4.0</source>
        <translation>Semantische Version, z. B. 2.4.0</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="105"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="112"/>
        <source>&amp;Use</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="114"/>
        <source>Put the suggested version in the field (Save keeps it)</source>
        <translation>Die vorgeschlagene Version in das Feld übernehmen (Speichern behält sie)</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="145"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="154"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="179"/>
        <source>Who answers for this release</source>
        <translation>Wer für dieses Release verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="180"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="182"/>
        <source>Has a deployment &amp;window</source>
        <translation>Hat ein Deployment-&amp;Fenster</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="193"/>
        <source>Window &amp;start</source>
        <translation>Fenster&amp;beginn</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="199"/>
        <source>Window &amp;end</source>
        <translation>Fenster&amp;ende</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="211"/>
        <source>The time zone the window is planned in; times above are in it.</source>
        <translation>Die Zeitzone, in der das Fenster geplant wird; die Zeiten oben gelten in ihr.</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="212"/>
        <source>&amp;Zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="216"/>
        <source>e.g. CHG0012345</source>
        <translation>z. B. CHG0012345</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="217"/>
        <source>Change &amp;ticket</source>
        <translation>Change-&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="221"/>
        <source>What this release must achieve</source>
        <translation>Was dieses Release erreichen muss</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="224"/>
        <source>O&amp;bjectives</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="241"/>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="521"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="243"/>
        <source>Discard the changes in this panel (Esc)</source>
        <translation>Die Änderungen in diesem Bereich verwerfen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="245"/>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="522"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="248"/>
        <source>Save this release (Ctrl+Enter); Edit ▸ Undo takes it back</source>
        <translation>Dieses Release speichern (Strg+Eingabe); Bearbeiten ▸ Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="333"/>
        <source>%1, e.g. %2</source>
        <translation>%1, z. B. %2</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="344"/>
        <source>nothing released yet</source>
        <translation>noch nichts veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="345"/>
        <source>last released %1</source>
        <translation>zuletzt veröffentlicht %1</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="347"/>
        <source>No suggestion: %1</source>
        <translation>Kein Vorschlag: %1</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="348"/>
        <source>Suggested %1 (%2 breaking, %3 features, %4 fixes; %5)</source>
        <translation>Vorschlag %1 (Breaking Changes: %2, Funktionen: %3, Fehlerbehebungen: %4; %5)</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="376"/>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="418"/>
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="434"/>
        <source>Release details</source>
        <translation>Release-Details</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="493"/>
        <source>This status is not allowed yet:</source>
        <translation>Dieser Status ist noch nicht erlaubt:</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="521"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleaseEditor.cpp" line="522"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReleaseNeedsDialog</name>
    <message>
        <location filename="../ui/scheduling/ReleaseNeedsDialog.cpp" line="23"/>
        <source>What “%1” needs</source>
        <translation>Was „%1“ benötigt</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/ReleaseNeedsDialog.cpp" line="24"/>
        <source>Environments it deploys through</source>
        <translation>Umgebungen, über die es ausgerollt wird</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/ReleaseNeedsDialog.cpp" line="27"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/ReleaseNeedsDialog.cpp" line="35"/>
        <source>No environments yet.</source>
        <translation>Noch keine Umgebungen.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/ReleaseNeedsDialog.cpp" line="36"/>
        <source>Roles that must be present</source>
        <translation>Rollen, die anwesend sein müssen</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ReleasesView</name>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="62"/>
        <source>Plan your first release</source>
        <translation>Planen Sie Ihr erstes Release</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="63"/>
        <source>Releases are the heart of Slipway: each has a version, a type, a status, an owner and a deployment window in its own time zone. Everything you change is audited and can be undone.</source>
        <translation>Releases sind das Herz von Slipway: Jedes hat eine Version, einen Typ, einen Status, eine verantwortliche Person und ein Deployment-Fenster in seiner eigenen Zeitzone. Jede Änderung wird protokolliert und kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="66"/>
        <source>Create the first release</source>
        <translation>Das erste Release anlegen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="100"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="109"/>
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="111"/>
        <source>Add a release (Ctrl+Shift+N)</source>
        <translation>Ein Release hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="122"/>
        <source>Search name, version, owner, ticket…</source>
        <translation>Name, Version, Verantwortliche, Ticket suchen…</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="138"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="148"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="157"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="159"/>
        <source>Delete the selected release (Del); Edit ▸ Undo brings it back</source>
        <translation>Das ausgewählte Release löschen (Entf); Bearbeiten ▸ Rückgängig holt es zurück</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="182"/>
        <source>No release matches the search and filters. &lt;a href=&quot;clear&quot;&gt;Clear them&lt;/a&gt; to see all releases.</source>
        <translation>Kein Release passt zu Suche und Filtern. &lt;a href=&quot;clear&quot;&gt;Setzen Sie sie zurück&lt;/a&gt;, um alle Releases zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="337"/>
        <source>1 release</source>
        <translation>1 Release</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="337"/>
        <source>%1 releases</source>
        <translation>%1 Releases</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="338"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="398"/>
        <source>Open the Calendar</source>
        <translation>Kalender öffnen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="402"/>
        <source>Open the CAB</source>
        <translation>CAB öffnen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="406"/>
        <source>Open Gates</source>
        <translation>Gates öffnen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="410"/>
        <source>Open Deployments</source>
        <translation>Deployments öffnen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="414"/>
        <source>Open the Definition</source>
        <translation>Definition öffnen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="459"/>
        <source>Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>„%1“ gelöscht. Bearbeiten ▸ Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="241"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="243"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="248"/>
        <source>Objectives, exit criteria, risk, assumptions and success metrics of the selected release</source>
        <translation>Ziele, Exit-Kriterien, Risiko, Annahmen und Erfolgskennzahlen des ausgewählten Release</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="491"/>
        <source>the new release</source>
        <translation>das neue Release</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="492"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="497"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/releases/ReleasesView.cpp" line="498"/>
        <source>Save your changes to %1 before showing another release?</source>
        <translation>Ihre Änderungen an %1 speichern, bevor ein anderes Release angezeigt wird?</translation>
    </message>
</context>
<context>
    <name>slipway::ui::RiskSection</name>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="37"/>
        <source>Development complete</source>
        <translation>Entwicklung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="39"/>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="41"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="43"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="45"/>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="80"/>
        <source>Risk classification</source>
        <translation>Risikoklassifizierung</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="89"/>
        <source>Users affected</source>
        <translation>Betroffene Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="94"/>
        <source>Services affected</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="96"/>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="98"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="100"/>
        <source>Regulatory exposure</source>
        <translation>Regulatorische Relevanz</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="106"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="108"/>
        <source>Change window</source>
        <translation>Change-Fenster</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="110"/>
        <source>Novelty</source>
        <translation>Neuartigkeit</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="112"/>
        <source>Urgent: restores a live service or closes an exploited hole</source>
        <translation>Dringend: stellt einen Live-Dienst wieder her oder schließt eine ausgenutzte Lücke</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="141"/>
        <source>What drove it</source>
        <translation>Ausschlaggebend</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="154"/>
        <source>Release type</source>
        <translation>Release-Typ</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="157"/>
        <source>As suggested</source>
        <translation>Wie vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="166"/>
        <source>Why the suggestion does not fit (required to override)</source>
        <translation>Warum der Vorschlag nicht passt (Pflicht zum Überschreiben)</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="176"/>
        <source>Use for release</source>
        <translation>Für Release verwenden</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="178"/>
        <source>Set the release&apos;s type to the assessed one</source>
        <translation>Den Typ des Release auf den bewerteten setzen</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="181"/>
        <source>Save assessment</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="243"/>
        <source>Not assessed yet: answer the questions and save.</source>
        <translation>Noch nicht bewertet: Beantworten Sie die Fragen und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="248"/>
        <source>Saved by %1, %2.</source>
        <translation>Gespeichert von %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="250"/>
        <source>Type set to %1 by %2: “%3”.</source>
        <translation>Typ auf %1 gesetzt von %2: „%3“.</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="271"/>
        <source>Score %1 / %2 · %3 risk</source>
        <translation>Wert %1 / %2 · Risiko %3</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="276"/>
        <source>Suggested type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vorgeschlagener Typ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="280"/>
        <source>Gates: %1</source>
        <translation>Gates: %1</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="284"/>
        <source>Approvals: %1</source>
        <translation>Freigaben: %1</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="287"/>
        <source>No notice period (emergency)</source>
        <translation>Keine Vorlaufzeit (Notfall)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/definition/RiskSection.cpp" line="288"/>
        <source>Book the window %n day(s) ahead</source>
        <translation>
            <numerusform>Das Fenster %n Tag im Voraus buchen</numerusform>
            <numerusform>Das Fenster %n Tage im Voraus buchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="290"/>
        <source>rehearse the rollback in staging</source>
        <translation>den Rollback in Staging proben</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="292"/>
        <source>hold a post-release review</source>
        <translation>ein Post-Release-Review abhalten</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="306"/>
        <source>Nothing raises the risk: a routine change.</source>
        <translation>Nichts erhöht das Risiko: ein Routine-Change.</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="324"/>
        <source>Save the answers and the type (Edit ▸ Undo takes it back)</source>
        <translation>Antworten und Typ speichern (Bearbeiten ▸ Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="325"/>
        <source>Say why you override the suggested type first</source>
        <translation>Begründen Sie zuerst, warum Sie den vorgeschlagenen Typ überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="331"/>
        <source>Make it %1</source>
        <translation>Zu %1 machen</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="341"/>
        <source>Say why you override the suggested type: the reason is kept on record.</source>
        <translation>Begründen Sie, warum Sie den vorgeschlagenen Typ überschreiben: Der Grund wird aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/definition/RiskSection.cpp" line="356"/>
        <source>Assess release risk</source>
        <translation>Release-Risiko bewerten</translation>
    </message>
</context>
<context>
    <name>slipway::ui::SchedulingActions</name>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="34"/>
        <source>New &amp;blackout…</source>
        <translation>Neue &amp;Sperrzeit…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="35"/>
        <source>B&amp;lackouts…</source>
        <translation>Sperr&amp;zeiten…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="36"/>
        <source>Incident &amp;freezes…</source>
        <translation>&amp;Incident-Sperren…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="37"/>
        <source>&amp;Environments and bookings…</source>
        <translation>&amp;Umgebungen und Buchungen…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="38"/>
        <source>&amp;People and availability…</source>
        <translation>&amp;Personen und Verfügbarkeit…</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="40"/>
        <source>Add a period in which releases must not or should not deploy</source>
        <translation>Einen Zeitraum hinzufügen, in dem Releases nicht ausrollen dürfen oder sollten</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="42"/>
        <source>Every blackout, to change or remove</source>
        <translation>Alle Sperrzeiten, zum Ändern oder Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="44"/>
        <source>Periods after an incident when only emergency releases may deploy</source>
        <translation>Zeiträume nach einem Incident, in denen nur Notfall-Releases ausrollen dürfen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="47"/>
        <source>Environments, whether they are shared, and who holds them when</source>
        <translation>Umgebungen, ob sie geteilt sind und wer sie wann belegt</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="49"/>
        <source>Time zones, working hours, roles, leave and on-call duty</source>
        <translation>Zeitzonen, Arbeitszeiten, Rollen, Abwesenheit und Bereitschaftsdienst</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="67"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="75"/>
        <source>New blackout</source>
        <translation>Neue Sperrzeit</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="79"/>
        <source>Add blackout “%1”</source>
        <translation>Sperrzeit „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="94"/>
        <source>Blackout “%1”</source>
        <translation>Sperrzeit „%1“</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="99"/>
        <source>Change blackout “%1”</source>
        <translation>Sperrzeit „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="111"/>
        <source>Remove blackout “%1”</source>
        <translation>Sperrzeit „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="210"/>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="225"/>
        <source>There is no environment to book yet: add one under Schedule › Environments and bookings.</source>
        <translation>Es gibt noch keine Umgebung zum Buchen: Legen Sie eine unter Planung › Umgebungen und Buchungen an.</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="230"/>
        <source>Book an environment</source>
        <translation>Umgebung buchen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="244"/>
        <source>Book %1 for “%2”</source>
        <translation>%1 für „%2“ buchen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="260"/>
        <source>Booking “%1”</source>
        <translation>Buchung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="267"/>
        <source>Change booking “%1”</source>
        <translation>Buchung „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="277"/>
        <source>Remove booking “%1”</source>
        <translation>Buchung „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="292"/>
        <source>Resize booking “%1”</source>
        <translation>Buchungsdauer von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/scheduling/SchedulingActions.cpp" line="292"/>
        <source>Move booking “%1”</source>
        <translation>Buchung „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeBoardPane</name>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="35"/>
        <source>Release:</source>
        <translation>Release:</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="46"/>
        <source>Capacity…</source>
        <translation>Kapazität…</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="47"/>
        <source>How many effort points this release can take</source>
        <translation>Wie viele Aufwandspunkte dieses Release aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="110"/>
        <source>No releases yet: create one on the Releases screen.</source>
        <translation>Noch keine Releases: Legen Sie eines in der Release-Ansicht an.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="121"/>
        <source>Committed %1 pts · no capacity set</source>
        <translation>Zugesagt %1 Pkt. · keine Kapazität festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="128"/>
        <source>Committed %1 of %2 pts (%3 %)</source>
        <translation>Zugesagt %1 von %2 Pkt. (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="130"/>
        <source> · near capacity</source>
        <translation> · fast ausgelastet</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardPane.cpp" line="132"/>
        <source> · over capacity by %1 pts</source>
        <translation> · Kapazität um %1 Pkt. überschritten</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeBoardView</name>
    <message>
        <location filename="../ui/scope/ScopeBoardView.cpp" line="337"/>
        <source>No cards match the filter.</source>
        <translation>Keine Karten passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardView.cpp" line="339"/>
        <source>Items in no release wait here. Drag a card here to take it out of its release.</source>
        <translation>Elemente ohne Release warten hier. Ziehen Sie eine Karte hierher, um sie aus ihrem Release zu nehmen.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardView.cpp" line="342"/>
        <source>Pick a release above.</source>
        <translation>Wählen Sie oben ein Release.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardView.cpp" line="344"/>
        <source>Drag cards here, or select one and press Ctrl+Right / Ctrl+Left.</source>
        <translation>Ziehen Sie Karten hierher oder wählen Sie eine aus und drücken Sie Strg+Rechts / Strg+Links.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardView.cpp" line="354"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardView.cpp" line="360"/>
        <source>%1 card(s) · %2 pts</source>
        <translation>%1 Karte(n) · %2 Pkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scope/ScopeBoardInput.cpp" line="285"/>
        <source>Needs %n item(s).</source>
        <translation>
            <numerusform>Benötigt %n Element.</numerusform>
            <numerusform>Benötigt %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeBoardInput.cpp" line="287"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeImportDialog</name>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="32"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="34"/>
        <source>Import Scope Items</source>
        <translation>Umfangselemente importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="35"/>
        <source>Choose a CSV export from Jira, Azure DevOps or Slipway, or any CSV file with a title column.</source>
        <translation>Wählen Sie einen CSV-Export aus Jira, Azure DevOps oder Slipway oder eine beliebige CSV-Datei mit einer Titelspalte.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="40"/>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="43"/>
        <source>The release each row names (its fix version)</source>
        <translation>Das Release, das jede Zeile nennt (ihre Fix-Version)</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="47"/>
        <source>Every item into %1</source>
        <translation>Alle Elemente in %1</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="50"/>
        <source>&amp;Put items into:</source>
        <translation>&amp;Ziel-Release:</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="51"/>
        <source>&amp;Skip refused rows and import the others</source>
        <translation>Abgelehnte Zeilen &amp;überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="56"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="56"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="56"/>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="59"/>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="62"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="59"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="59"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="59"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="60"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="60"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="62"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="63"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="64"/>
        <source>To import</source>
        <translation>Zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="65"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="84"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="86"/>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Das Lesen wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="103"/>
        <source>Choose a CSV file to see its columns.</source>
        <translation>Wählen Sie eine CSV-Datei, um ihre Spalten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="104"/>
        <source>Cannot read this file.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="109"/>
        <source>A CSV file: say under Columns which column holds what.</source>
        <translation>Eine CSV-Datei: Geben Sie unter „Spalten“ an, welche Spalte was enthält.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="110"/>
        <source>%1: its columns are recognised; change any under Columns.</source>
        <translation>%1: Die Spalten wurden erkannt; ändern Sie sie bei Bedarf unter „Spalten“.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="121"/>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ScopeImportDialog.cpp" line="159"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="163"/>
        <source>Checking was cancelled; nothing was imported.</source>
        <translation>Die Prüfung wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="195"/>
        <source>To import (%1)</source>
        <translation>Zu importieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="196"/>
        <source>Refused (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="210"/>
        <source>Nothing is written until you press Import.</source>
        <translation>Es wird nichts geschrieben, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ScopeImportDialog.cpp" line="215"/>
        <source>None of the %n row(s) can be imported; see Refused.</source>
        <translation>
            <numerusform>Die %n Zeile kann nicht importiert werden; siehe „Abgelehnt“.</numerusform>
            <numerusform>Keine der %n Zeilen kann importiert werden; siehe „Abgelehnt“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/io/ScopeImportDialog.cpp" line="218"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>Die %n Zeile kann importiert werden.</numerusform>
            <numerusform>Alle %n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="220"/>
        <source>%1 of %2 rows will be imported; the %3 refused rows are skipped.</source>
        <translation>%1 von %2 Zeilen werden importiert; die %3 abgelehnten Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="225"/>
        <source>%1 of %2 rows are refused (see Refused), so nothing would be imported: fix the file or the columns, or skip the refused rows.</source>
        <translation>%1 von %2 Zeilen werden abgelehnt (siehe „Abgelehnt“), daher würde nichts importiert: Korrigieren Sie die Datei oder die Spalten, oder überspringen Sie die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/io/ScopeImportDialog.cpp" line="258"/>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 skipped; %6 dependencies added.</source>
        <translation>%1: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 übersprungen; %6 Abhängigkeiten hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeItemPickerDialog</name>
    <message>
        <location filename="../ui/scope/ScopeItemPickerDialog.cpp" line="53"/>
        <source>Choose an item</source>
        <translation>Element auswählen</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeItemPickerDialog.cpp" line="60"/>
        <source>Type part of a title, key or stakeholder</source>
        <translation>Teil eines Titels, Schlüssels oder Stakeholders eingeben</translation>
    </message>
</context>
<context>
    <name>slipway::ui::ScopeScreen</name>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="91"/>
        <location filename="../ui/scope/ScopeScreen.cpp" line="230"/>
        <source>Trade-off log</source>
        <translation>Trade-off-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="95"/>
        <source>No trade-offs recorded yet. Moving a committed item out of its release, or deferring an item, asks why; each answer is listed here with who, when, and from where to where.</source>
        <translation>Noch keine Trade-offs erfasst. Wenn ein zugesagtes Element aus seinem Release genommen oder ein Element zurückgestellt wird, fragt Slipway nach dem Grund; jede Antwort steht hier mit wer, wann und von wo nach wo.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="122"/>
        <source>Decide what goes into each release</source>
        <translation>Entscheiden, was in jedes Release kommt</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="123"/>
        <source>The scope board shows the features, fixes, patches, tech debt and regulatory items of a release as cards, from proposed to done, next to the backlog. Create a release, then bring items in with &apos;slipway import csv --kind scope FILE.csv&apos; (Jira and Azure DevOps exports are recognised).</source>
        <translation>Das Umfangs-Board zeigt Funktionen, Fehlerbehebungen, Patches, technische Schuld und regulatorische Elemente eines Release als Karten, von vorgeschlagen bis erledigt, neben dem Backlog. Legen Sie ein Release an und holen Sie Elemente mit &apos;slipway import csv --kind scope FILE.csv&apos; herein (Jira- und Azure-DevOps-Exporte werden erkannt).</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="127"/>
        <source>Create a release</source>
        <translation>Ein Release anlegen</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="184"/>
        <source>Search title, key, stakeholder, label</source>
        <translation>Titel, Schlüssel, Stakeholder, Label suchen</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="191"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="200"/>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="208"/>
        <location filename="../ui/scope/ScopeScreen.cpp" line="310"/>
        <source>All stakeholders</source>
        <translation>Alle Stakeholder</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="216"/>
        <source>Regulatory only</source>
        <translation>Nur regulatorische</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="222"/>
        <source>Second board</source>
        <translation>Zweites Board</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="223"/>
        <source>Show another release beside this one to move cards between them</source>
        <translation>Ein weiteres Release daneben anzeigen, um Karten zwischen ihnen zu verschieben</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="322"/>
        <source>No scope items yet. Import them from a Jira or Azure DevOps CSV export with &apos;slipway import csv --db FILE --kind scope EXPORT.csv&apos;; they land in the backlog or in the release their fix version names.</source>
        <translation>Noch keine Umfangselemente. Importieren Sie sie aus einem Jira- oder Azure-DevOps-CSV-Export mit &apos;slipway import csv --db FILE --kind scope EXPORT.csv&apos;; sie landen im Backlog oder im Release, das ihre Fix-Version nennt.</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="344"/>
        <source>the backlog</source>
        <translation>das Backlog</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="346"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="346"/>
        <source>a release</source>
        <translation>ein Release</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="393"/>
        <source>Add dependency…</source>
        <translation>Abhängigkeit hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="397"/>
        <source>Remove dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="405"/>
        <source>Item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="409"/>
        <source>Move to release</source>
        <translation>In Release verschieben</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="413"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="423"/>
        <source>Defer…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="435"/>
        <source>Which item does “%1” need?</source>
        <translation>Welches Element benötigt „%1“?</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="443"/>
        <source>“%1” needs “%2”</source>
        <translation>„%1“ benötigt „%2“</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="452"/>
        <source>“%1” no longer needs “%2”</source>
        <translation>„%1“ benötigt „%2“ nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="463"/>
        <source>Release capacity</source>
        <translation>Release-Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/scope/ScopeScreen.cpp" line="464"/>
        <source>How many effort points can %1 take? (0 clears it)</source>
        <translation>Wie viele Aufwandspunkte kann %1 aufnehmen? (0 entfernt den Wert)</translation>
    </message>
</context>
<context>
    <name>slipway::ui::TemplatesPage</name>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="70"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="75"/>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="79"/>
        <source>Double-click to insert at the cursor</source>
        <translation>Doppelklicken, um an der Cursorposition einzufügen</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="92"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="101"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="105"/>
        <source>Body (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="117"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="121"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="123"/>
        <source>Put this version&apos;s text in the editor; Save makes it current</source>
        <translation>Den Text dieser Version in den Editor laden; Speichern macht sie aktuell</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="126"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="145"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="146"/>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="155"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="157"/>
        <source>Copy the message as rich text and plain text</source>
        <translation>Die Mitteilung als Rich Text und Klartext kopieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="159"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="161"/>
        <source>Issue…</source>
        <translation>Versenden…</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="274"/>
        <source>Everyone (the release&apos;s zone)</source>
        <translation>Alle (Zeitzone des Release)</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="321"/>
        <source>shipped with Slipway</source>
        <translation>mit Slipway ausgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="322"/>
        <source>v%1 — %2, %3</source>
        <translation>v%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="350"/>
        <source>No release to preview</source>
        <translation>Kein Release für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="351"/>
        <source>Create a release on the Releases screen to see the message filled in.</source>
        <translation>Legen Sie in der Release-Ansicht ein Release an, um die ausgefüllte Mitteilung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="366"/>
        <source>Unsaved changes. Every placeholder is known.</source>
        <translation>Ungespeicherte Änderungen. Alle Platzhalter sind bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="367"/>
        <source>Every placeholder is known.</source>
        <translation>Alle Platzhalter sind bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="370"/>
        <source>⚠ Cannot be issued until fixed:
</source>
        <translation>⚠ Kann erst nach Korrektur versendet werden:
</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="426"/>
        <source>Copied “%1” as rich text and plain text.</source>
        <translation>Kopiert: „%1“ als Rich Text und Klartext.</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="434"/>
        <source>Fix the flagged placeholders before exporting.</source>
        <translation>Korrigieren Sie die markierten Platzhalter vor dem Export.</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="440"/>
        <source>Export Message</source>
        <translation>Mitteilung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="441"/>
        <source>PDF (*.pdf);;E-mail draft (*.eml);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;E-Mail-Entwurf (*.eml);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="453"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/comms/TemplatesPage.cpp" line="461"/>
        <source>Save the template first: a message is issued from a saved version.</source>
        <translation>Speichern Sie zuerst die Vorlage: Eine Mitteilung wird aus einer gespeicherten Version versendet.</translation>
    </message>
</context>
<context>
    <name>slipway::ui::TradeoffDialog</name>
    <message>
        <location filename="../ui/scope/TradeoffDialog.cpp" line="18"/>
        <source>Record the trade-off</source>
        <translation>Trade-off erfassen</translation>
    </message>
    <message>
        <location filename="../ui/scope/TradeoffDialog.cpp" line="22"/>
        <source>Moving &lt;b&gt;%1&lt;/b&gt; from %2 to %3 is a trade-off. Say why; the reason is kept in the trade-off log with your name and the time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 nach %3 zu verschieben ist ein Trade-off. Begründen Sie es; der Grund wird mit Ihrem Namen und der Zeit im Trade-off-Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/scope/TradeoffDialog.cpp" line="32"/>
        <source>e.g. The payment provider&apos;s certification slipped to next quarter.</source>
        <translation>z. B. Die Zertifizierung des Zahlungsdienstleisters hat sich aufs nächste Quartal verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/scope/TradeoffDialog.cpp" line="36"/>
        <source>Record and move</source>
        <translation>Erfassen und verschieben</translation>
    </message>
</context>
<context>
    <name>slipway::ui::TrustedKeysDialog</name>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="33"/>
        <source>Trusted keys</source>
        <translation>Vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="36"/>
        <source>Artifact signatures count only when made by one of these keys. Trust a key from its public key file: an armoured OpenPGP key or a minisign public key.</source>
        <translation>Artefakt-Signaturen zählen nur, wenn sie mit einem dieser Schlüssel erstellt wurden. Vertrauen Sie einem Schlüssel über seine öffentliche Schlüsseldatei: einen ASCII-armierten OpenPGP-Schlüssel oder einen öffentlichen minisign-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="47"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="47"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="47"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="47"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="57"/>
        <source>Add key file…</source>
        <translation>Schlüsseldatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="59"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="93"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="97"/>
        <source>minisign</source>
        <translation>minisign</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="98"/>
        <source>OpenPGP</source>
        <translation>OpenPGP</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="111"/>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="121"/>
        <source>Trust a public key</source>
        <translation>Einem öffentlichen Schlüssel vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="122"/>
        <source>Public keys (*.asc *.gpg *.pub *.key);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.asc *.gpg *.pub *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="134"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/TrustedKeysDialog.cpp" line="144"/>
        <source>Trusted %n key(s) from %1.</source>
        <translation>
            <numerusform>%n Schlüssel aus %1 vertraut.</numerusform>
            <numerusform>%n Schlüsseln aus %1 vertraut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ui::WaiverDialog</name>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="23"/>
        <source>Request a Waiver</source>
        <translation>Ausnahme beantragen</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="25"/>
        <source>A waiver lets the release through this check, on record. It counts once someone other than you approves it, until it expires, and it goes on the CAB agenda.</source>
        <translation>Eine Ausnahme lässt das Release nachvollziehbar durch diese Prüfung. Sie zählt, sobald jemand anderes als Sie sie genehmigt, bis sie abläuft, und sie kommt auf die CAB-Tagesordnung.</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="36"/>
        <source>Criterion: %1</source>
        <translation>Kriterium: %1</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="38"/>
        <source>The whole gate “%1” (emergency release)</source>
        <translation>Das ganze Gate „%1“ (Notfall-Release)</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="41"/>
        <source>&amp;Waive:</source>
        <translation>&amp;Ausnehmen:</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="44"/>
        <source>Why the release cannot meet this check now</source>
        <translation>Warum das Release diese Prüfung jetzt nicht erfüllen kann</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="46"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="49"/>
        <source>What stands in for the check meanwhile</source>
        <translation>Was die Prüfung in der Zwischenzeit ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="51"/>
        <source>Compensating &amp;controls:</source>
        <translation>Kompensierende &amp;Kontrollen:</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="56"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="59"/>
        <source>The validation owed after the release</source>
        <translation>Die nach dem Release geschuldete Validierung</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="60"/>
        <source>&amp;Validation task:</source>
        <translation>&amp;Validierungsaufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="63"/>
        <source>Task &amp;owner:</source>
        <translation>&amp;Zuständig für die Aufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/gates/WaiverDialog.cpp" line="70"/>
        <source>Request waiver</source>
        <translation>Ausnahme beantragen</translation>
    </message>
</context>
</TS>
