// SPDX-License-Identifier: GPL-3.0-or-later
// Templates, known issues, distribution lists and the archive through the services:
// versioning, audited edits, permissions, the immutable archive and its SHA-256,
// acknowledgements (entered and imported from CSV with per-line errors) and the CSV export.
#include "TestEngine.h"
#include "TestSupport.h"
#include "io/AcknowledgementCsv.h"
#include "io/CommunicationCsvExporter.h"
#include "io/CsvReader.h"
#include "services/CommunicationService.h"
#include "services/DistributionListService.h"
#include "services/ImportUndoService.h"
#include "services/KnownIssueService.h"
#include "services/ReleaseService.h"
#include "services/TemplateService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

class tst_Communications : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"comms"_qs};
    const Session m_session{u"alice"_qs, {}};

    qint64 addRelease(Database& db, const QString& name = u"Payments API"_qs) {
        Release r;
        r.name = name;
        r.version = u"2.4.0"_qs;
        r.owner = u"Alice"_qs;
        r.windowStart = QDateTime(QDate(2026, 12, 8), QTime(22, 0), Qt::UTC);
        r.windowEnd = r.windowStart.addSecs(4 * 3600);
        r.windowZone = u"Europe/Berlin"_qs;
        r.changeTicket = u"CHG0001"_qs;
        auto stored = ReleaseService(db, m_session).create(r);
        return stored ? stored->id : 0;
    }
    qint64 addList(Database& db) {
        DistributionList l;
        l.name = u"Operations"_qs;
        l.zone = u"America/New_York"_qs;
        l.members = {{u"Ops desk"_qs, u"ops@example.com"_qs},
                     {u"Zoë Ålund"_qs, u"zoe@example.com"_qs}};
        auto stored = DistributionListService(db, m_session).create(l);
        return stored ? stored->id : 0;
    }
    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void defaultTemplatesAreSeeded() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        auto all = TemplateService(*db, m_session).all();
        QVERIFY(all);
        QStringList names;
        for (const MessageTemplate& t : std::as_const(all.value())) {
            names << t.name;
            QCOMPARE(t.version, 1);
            QVERIFY(!t.body.isEmpty());
            QVERIFY2(PlaceholderCatalogue::check(t.subject, t.body).isEmpty(),
                     qPrintable(PlaceholderCatalogue::describe(
                                    PlaceholderCatalogue::check(t.subject, t.body))
                                    .join(u'\n')));
        }
        QCOMPARE(names,
                 (QStringList{u"cab-invitation"_qs, u"delay-notice"_qs, u"executive-summary"_qs,
                              u"release-notice"_qs, u"user-notice"_qs}));
    }

    void editingMakesANewVersionAndIssuedMessagesKeepTheirs() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        const qint64 list = addList(*db);
        TemplateService templates(*db, m_session);
        CommunicationService comms(*db, m_session);
        auto tmpl = templates.findByName(u"release-notice"_qs);
        QVERIFY(tmpl);
        CommunicationService::Request request{tmpl->id, release, list, {}, {}};
        auto first = comms.issue(request);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->templateVersion, 1);

        MessageTemplate edited = tmpl.value();
        edited.subject = u"Heads-up: {{release.label}}"_qs;
        auto v2 = templates.saveVersion(edited);
        QVERIFY2(v2, v2 ? "" : qPrintable(v2.error().message));
        QCOMPARE(v2->version, 2);
        // Saving the same text again adds no version.
        QCOMPARE(templates.saveVersion(v2.value())->version, 2);
        // A stale edit (the version the user saw is gone) is refused.
        QCOMPARE(templates.saveVersion(edited).error().kind, Error::Kind::Stale);
        auto versions = templates.versions(tmpl->id);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(1).subject, tmpl->subject);

        auto second = comms.issue(request);
        QVERIFY(second);
        QCOMPARE(second->templateVersion, 2);
        QCOMPARE(second->subject, u"Heads-up: Payments API 2.4.0"_qs);
        QCOMPARE(comms.find(first->id)->templateVersion, 1);
        QVERIFY(comms.find(first->id)->subject.startsWith(u"Release notice"_qs));
        // Template versions themselves cannot be rewritten.
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(u"UPDATE comm_template_versions SET body = 'x'"_qs));
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void unknownPlaceholdersAreNeverIssued() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        TemplateService templates(*db, m_session);
        auto tmpl = templates.findByName(u"user-notice"_qs);
        MessageTemplate edited = tmpl.value();
        edited.body += u"\nBy {{relase.owner}} {{{release.name}}}\n"_qs;
        QVERIFY(templates.saveVersion(edited));
        CommunicationService comms(*db, m_session);
        auto issued = comms.issue({tmpl->id, release, 0, {}, {}});
        QVERIFY(!issued);
        QCOMPARE(issued.error().kind, Error::Kind::Validation);
        QVERIFY(issued.error().message.contains(u"relase.owner"_qs));
        QVERIFY(issued.error().message.contains(u"unescaped"_qs));
        QCOMPARE(comms.all()->size(), 0);
    }

    void theArchiveIsImmutableAndHashed() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        const qint64 list = addList(*db);
        CommunicationService comms(*db, m_session);
        auto tmpl = TemplateService(*db, m_session).findByName(u"cab-invitation"_qs);
        auto issued = comms.issue({tmpl->id, release, list, {}, {}});
        QVERIFY(issued);
        QCOMPARE(issued->recipients.size(), 2);
        QCOMPARE(issued->issuedBy, test::recordedActor(*db, u"alice"_qs));
        QCOMPARE(issued->sha256, Communication::contentHash(issued->subject, issued->body));
        QCOMPARE(issued->sha256.size(), 64);
        QVERIFY(issued->intact());

        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(u"UPDATE communications SET subject = 'changed'"_qs));
        QVERIFY(q.lastError().text().contains(u"cannot be changed"_qs));
        QVERIFY(!q.exec(u"DELETE FROM communications"_qs));
        QVERIFY(!q.exec(u"UPDATE communication_recipients SET address = 'x@example.com'"_qs));
        QVERIFY(!q.exec(u"DELETE FROM communication_recipients"_qs));
        QCOMPARE(comms.find(issued->id)->subject, issued->subject);
        // Removing the distribution list or the release keeps the record whole.
        auto lists = DistributionListService(*db, m_session).all();
        QVERIFY(DistributionListService(*db, m_session).remove(list, lists->first().rowVersion));
        QCOMPARE(comms.find(issued->id)->recipients.size(), 2);
        // The audit log has the issue, with the hash.
        AuditFilter filter;
        filter.entity = u"communication"_qs;
        auto entries = AuditLog(*db).page(filter, std::numeric_limits<qint64>::max(), 10);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().afterJson.contains(issued->sha256));
    }

    void permissionsAreCheckedInTheCore() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        QSqlQuery q(db->connection());
        // Once anyone has a login, only release managers may change communications.
        QVERIFY(q.exec(u"INSERT INTO people (name, login, created_by, created_at, updated_by, "
                       "updated_at) VALUES ('Rita', 'rita', 't', 0, 't', 0) RETURNING id"_qs));
        QVERIFY(q.next());
        const qint64 rita = q.value(0).toLongLong();
        q.finish();
        q.prepare(u"INSERT INTO person_roles VALUES (?, 'release_manager')"_qs);
        q.addBindValue(rita);
        QVERIFY(q.exec());
        const Session bob{u"bob"_qs, {}};
        KnownIssue issue;
        issue.releaseId = release;
        issue.title = u"Slow login"_qs;
        auto refused = KnownIssueService(*db, bob).create(issue);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        auto tmpl = TemplateService(*db, bob).findByName(u"release-notice"_qs);
        QCOMPARE(CommunicationService(*db, bob).issue({tmpl->id, release, 0, {}, {}}).error().kind,
                 Error::Kind::Permission);
        QVERIFY(KnownIssueService(*db, Session{u"rita"_qs, {}}).create(issue));
    }

    void knownIssuesAndListsAreValidatedAndAudited() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        KnownIssueService issues(*db, m_session);
        KnownIssue i;
        i.releaseId = release;
        QCOMPARE(issues.create(i).error().kind, Error::Kind::Validation);
        i.title = u"Exports time out"_qs;
        i.workaround = u"Export per month"_qs;
        auto stored = issues.create(i);
        QVERIFY(stored);
        stored->status = IssueStatus::Resolved;
        auto updated = issues.update(stored.value());
        QVERIFY(updated);
        QCOMPARE(issues.update(stored.value()).error().kind, Error::Kind::Stale);
        QVERIFY(issues.remove(updated->id, updated->rowVersion));
        QVERIFY(issues.restore(updated.value()));
        QCOMPARE(issues.forRelease(release)->size(), 1);

        DistributionListService lists(*db, m_session);
        DistributionList bad;
        bad.name = u"Bad"_qs;
        bad.zone = u"Mars/Olympus"_qs;
        bad.members = {{u"Evil"_qs, u"x@example.com\r\nBcc: all@example.com"_qs}};
        auto refused = lists.create(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"Mars/Olympus"_qs));
        QVERIFY(refused.error().message.contains(u"not an e-mail address"_qs));
        QVERIFY(AuditLog(*db).verify()->intact());
        AuditFilter filter;
        filter.entity = u"known_issue"_qs;
        QCOMPARE(AuditLog(*db).count(filter).value(), 4);
    }

    void acknowledgementsAreEnteredOnceAndImportedWithLineErrors() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        const qint64 list = addList(*db);
        CommunicationService comms(*db, m_session);
        auto tmpl = TemplateService(*db, m_session).findByName(u"release-notice"_qs);
        auto issued = comms.issue({tmpl->id, release, list, {}, {}});
        QVERIFY(issued);
        const qint64 id = issued->id;

        Acknowledgement a;
        a.communicationId = id;
        a.address = u"ops@example.com"_qs;
        a.acknowledgedAt = issued->issuedAt + 60;
        auto entered = comms.acknowledge(a);
        QVERIFY2(entered, entered ? "" : qPrintable(entered.error().message));
        QCOMPARE(comms.acknowledge(a).error().kind, Error::Kind::Validation); // twice
        a.address = u"stranger@example.com"_qs;
        QVERIFY(comms.acknowledge(a).error().message.contains(u"not a recipient"_qs));

        const QString at =
            QDateTime::fromSecsSinceEpoch(issued->issuedAt + 3600, Qt::UTC).toString(Qt::ISODate);
        const QString bad =
            writeFile(u"acks-bad.csv"_qs, (u"communication_id,address,acknowledged_at,note\r\n"
                                           "%1,zoe@example.com,%2,read it\r\n"
                                           "%1,nobody@example.com,%2,\r\n"
                                           "99,zoe@example.com,%2,\r\n"
                                           "%1,zoe@example.com,yesterday,\r\n"
                                           "%1,ops@example.com,%2,\r\n"_qs)
                                              .arg(id)
                                              .arg(at)
                                              .toUtf8());
        auto parsed = AcknowledgementCsv::read(*db, bad);
        QVERIFY(parsed);
        QCOMPARE(parsed->rows.size(), 1);
        QCOMPARE(parsed->problems.size(), 4);
        QVERIFY2(parsed->problems[0].startsWith(u"acks-bad.csv:3: "_qs),
                 qPrintable(parsed->problems[0]));
        QVERIFY(parsed->problems[0].contains(u"not a recipient"_qs));
        QVERIFY(parsed->problems[1].startsWith(u"acks-bad.csv:4: there is no issued message"_qs));
        QVERIFY(parsed->problems[2].contains(u"\"yesterday\" is not a time"_qs));
        QVERIFY(parsed->problems[3].contains(u"already acknowledged"_qs));

        const QString good =
            writeFile(u"acks.csv"_qs,
                      (u"communication_id,address,acknowledged_at\n%1,ZOE@example.com,%2\n"_qs)
                          .arg(id)
                          .arg(at)
                          .toUtf8());
        parsed = AcknowledgementCsv::read(*db, good);
        QVERIFY(parsed && parsed->problems.isEmpty());
        QCOMPARE(comms.importAcknowledgements(parsed->rows).value(), 1);
        auto acks = comms.acknowledgements(id);
        QCOMPARE(acks->size(), 2);
        QCOMPARE(acks->at(1).source, Acknowledgement::Source::Imported);

        // The auditors' CSV: one row per recipient with the acknowledgement.
        const QString out = m_files.filePath(u"acks-export.csv"_qs);
        QCOMPARE(CommunicationCsvExporter::exportAcknowledgements(*db, out).value(), 2);
        auto table = CsvReader::read(out);
        QVERIFY(table);
        QCOMPARE(table->header(), CommunicationCsvExporter::acknowledgementsHeader());
        QCOMPARE(table->text(0, 4), u"ops@example.com"_qs);
        QCOMPARE(table->text(0, 5), u"yes"_qs);
        QCOMPARE(table->text(1, 3), u"Zoë Ålund"_qs);
        QCOMPARE(table->text(1, 7), u"imported"_qs);

        const QString messages = m_files.filePath(u"messages.csv"_qs);
        QCOMPARE(CommunicationCsvExporter::exportCommunications(*db, messages).value(), 1);
        table = CsvReader::read(messages);
        QCOMPARE(table->header(), CommunicationCsvExporter::communicationsHeader());
        QCOMPARE(table->text(0, 11), u"ops@example.com; zoe@example.com"_qs);
        QCOMPARE(table->text(0, 12), u"2/2"_qs);
        QCOMPARE(table->text(0, 13), issued->sha256);
        QCOMPARE(table->text(0, 14), u"yes"_qs);

        // Undoing an entered acknowledgement is an audited removal.
        QVERIFY(comms.removeAcknowledgement(entered->id));
        QCOMPARE(comms.acknowledgements(id)->size(), 1);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    // An acknowledgements file imported as one undo step (File ▸ Import): undo takes its rows
    // back, redo puts them again, each audited; the entered one stays throughout.
    void anAcknowledgementsImportUndoesAsOneStep() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        const qint64 list = addList(*db);
        CommunicationService comms(*db, m_session);
        auto tmpl = TemplateService(*db, m_session).findByName(u"release-notice"_qs);
        auto issued = comms.issue({tmpl->id, release, list, {}, {}});
        QVERIFY(issued);
        Acknowledgement entered;
        entered.communicationId = issued->id;
        entered.address = u"ops@example.com"_qs;
        entered.acknowledgedAt = issued->issuedAt + 60;
        QVERIFY(comms.acknowledge(entered));
        const QString at =
            QDateTime::fromSecsSinceEpoch(issued->issuedAt + 3600, Qt::UTC).toString(Qt::ISODate);
        const QString file = writeFile(
            u"acks-undo.csv"_qs,
            (u"communication_id,address,acknowledged_at,note\n%1,zoe@example.com,%2,read it\n"_qs)
                .arg(issued->id)
                .arg(at)
                .toUtf8());
        auto parsed = AcknowledgementCsv::read(*db, file);
        QVERIFY(parsed && parsed->problems.isEmpty());
        ImportUndoService imports(*db, m_session);
        auto recorded =
            imports.record(RecordedImport::Kind::Acknowledgements, file, [&]() -> Result<void> {
                auto done = comms.importAcknowledgements(parsed->rows);
                if (!done)
                    return done.error();
                return {};
            });
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
        QVERIFY2(recorded->notUndoable.isEmpty(), qPrintable(recorded->notUndoable));
        QCOMPARE(recorded->rows, 1);
        QCOMPARE(comms.acknowledgements(issued->id)->size(), 2);

        auto undone = imports.undo(recorded.value());
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        auto left = comms.acknowledgements(issued->id);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().address, u"ops@example.com"_qs);
        auto redone = imports.redo(recorded.value());
        QVERIFY2(redone, qPrintable(redone ? QString() : redone.error().message));
        auto back = comms.acknowledgements(issued->id);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(1).address, u"zoe@example.com"_qs);
        QCOMPARE(back->at(1).note, u"read it"_qs);
        QCOMPARE(back->at(1).source, Acknowledgement::Source::Imported);
        AuditFilter undoing;
        undoing.text = u"undo import"_qs;
        QCOMPARE(AuditLog(*db).count(undoing).value(), 1);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void theArchiveIsSearchable() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = addRelease(*db);
        const qint64 list = addList(*db);
        CommunicationService comms(*db, m_session);
        TemplateService templates(*db, m_session);
        QVERIFY(
            comms.issue({templates.findByName(u"release-notice"_qs)->id, release, list, {}, {}}));
        QVERIFY(comms.issue({templates.findByName(u"cab-invitation"_qs)->id, release, 0, {}, {}}));
        QCOMPARE(comms.all()->size(), 2);
        QCOMPARE(comms.all(u"CAB review"_qs)->size(), 1);
        QCOMPARE(comms.all(u"zoe@EXAMPLE"_qs)->size(), 1);
        QCOMPARE(comms.all(u"%"_qs)->size(), 0);
        // What the user typed matches only itself: no LIKE wildcards, no escapes.
        QCOMPARE(comms.all(u"zoe_example"_qs)->size(), 0);
        QCOMPARE(comms.all(u"zoe@exa%"_qs)->size(), 0);
        QCOMPARE(comms.all(u"zoe\\@example"_qs)->size(), 0);
        QCOMPARE(comms.all(u"ZOE@example.com"_qs)->size(), 1);
        QCOMPARE(comms.all(u"payments api"_qs)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Communications)
#include "tst_Communications.moc"
