// SPDX-License-Identifier: GPL-3.0-or-later
// Scope import through the service: Jira, Azure DevOps and mapped files become items with
// the right kinds, releases and dependencies; bad rows refuse the file (or are skipped);
// re-imports update by external key; every change is in the audit chain.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/ScopeCsvMapping.h"
#include "io/ScopeVocabulary.h"
#include "services/ReleaseService.h"
#include "services/ScopeImportRecord.h"
#include "services/ScopeImportService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScopeRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

struct Imported {
    Result<ScopeImportService::Outcome> outcome = Error{};
    QString mappingError;
};

} // namespace

class tst_ScopeImport : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"scope"_qs};

    std::unique_ptr<Database> freshFile() { return test::openDatabase(m_files.newFile()); }

    static qint64 addRelease(Database& db, const QString& version) {
        Release r;
        r.name = u"Payments "_qs + version;
        r.version = version;
        auto created = ReleaseService(db, Session{u"tester"_qs, {}}).create(r);
        return created ? created->id : 0;
    }

    static Imported run(Database& db, const QByteArray& csv, const QString& map = {},
                        const ScopeImportService::Options& options = {}) {
        Imported result;
        auto table = CsvReader::parse(csv, u"in.csv"_qs);
        if (!table) {
            result.mappingError = table.error().message;
            return result;
        }
        auto mapping = ScopeCsvMapping::forTable(table.value(), map, u"in.csv"_qs);
        if (!mapping) {
            result.mappingError = mapping.error().message;
            return result;
        }
        result.outcome = ScopeImportService(db, Session{u"tester"_qs, u"CHG-7"_qs})
                             .import(table.value(), mapping.value(), u"in.csv"_qs, options);
        return result;
    }

    static QHash<QString, ScopeItem> items(Database& db) {
        return ScopeRepository(db).itemsByExternalKey().value();
    }

    static qint64 auditCount(Database& db) { return AuditLog(db).count().value(); }

    // The newest entry that records an import's new items.
    static AuditEntry importEntry(Database& db) {
        const QList<AuditEntry> newest = AuditLog(db).page({}, 0, 100).value();
        for (const AuditEntry& e : newest) {
            if (e.action == u"scope.import")
                return e;
        }
        return {};
    }

private Q_SLOTS:
    void vocabulary() {
        QCOMPARE(ScopeVocabulary::kind(u"Bug").value(), ScopeKind::Fix);
        QCOMPARE(ScopeVocabulary::kind(u"User Story").value(), ScopeKind::Feature);
        QCOMPARE(ScopeVocabulary::kind(u"Epic").value(), ScopeKind::Feature);
        QCOMPARE(ScopeVocabulary::kind(u"Sub-task").value(), ScopeKind::TechDebt);
        QCOMPARE(ScopeVocabulary::kind(u"tech_debt").value(), ScopeKind::TechDebt);
        QCOMPARE(ScopeVocabulary::kind(u"Hotfix").value(), ScopeKind::Patch);
        QCOMPARE(ScopeVocabulary::kind(u"Issue").value(),
                 ScopeKind::Feature); // Azure Basic process
        QVERIFY(!ScopeVocabulary::kind(u"Widget"));
        QCOMPARE(ScopeVocabulary::priority(u"Highest").value(), ScopePriority::Critical);
        QCOMPARE(ScopeVocabulary::priority(u"Major").value(), ScopePriority::High);
        QCOMPARE(ScopeVocabulary::priority(u"2").value(), ScopePriority::High);
        QCOMPARE(ScopeVocabulary::priority(u"").value(), ScopePriority::Medium);
        QCOMPARE(ScopeVocabulary::priority(u"Trivial").value(), ScopePriority::Low);
        QCOMPARE(ScopeVocabulary::status(u"To Do").value(), ScopeStatus::Proposed);
        QCOMPARE(ScopeVocabulary::status(u"Selected for Development").value(),
                 ScopeStatus::Committed);
        QCOMPARE(ScopeVocabulary::status(u"Blocked").value(), ScopeStatus::InProgress);
        QCOMPARE(ScopeVocabulary::status(u"Won’t Do").value(), ScopeStatus::Deferred);
        QCOMPARE(ScopeVocabulary::status(u"Resolved").value(), ScopeStatus::Done);
        QCOMPARE(ScopeVocabulary::statusCategory(u"In Progress").value(), ScopeStatus::InProgress);
        QVERIFY(ScopeVocabulary::isRegulatoryLabel(u"SOX"));
        QVERIFY(ScopeVocabulary::isRegulatoryLabel(u"gdpr-retention"));
        QVERIFY(ScopeVocabulary::isRegulatoryLabel(u"PCI DSS"));
        QVERIFY(!ScopeVocabulary::isRegulatoryLabel(u"soxhlet"));
        QVERIFY(!ScopeVocabulary::isRegulatoryLabel(u"backend"));
    }

    void auditJsonIsWhatQJsonDocumentWrites() {
        ScopeItem s;
        s.id = 42;
        s.title = u"Quotes \" and \\ back\tslash \u00e9 \u20ac \U0001F680"_qs;
        s.title += QChar(0xd800); // a lone surrogate
        s.title += QChar(0x01);
        s.kind = ScopeKind::Regulatory;
        s.priority = ScopePriority::Critical;
        s.status = ScopeStatus::InProgress;
        s.stakeholder = u"Risk & Compliance"_qs;
        s.effort = 2.5;
        s.releaseId = 7;
        s.externalKey = u"PAY-9"_qs;
        s.description = u"line\nline\r\n\b\f"_qs;
        s.labels = {u"sox"_qs, u"q3"_qs};
        s.rowVersion = 3;
        const auto qt = [](const ScopeItem& item) {
            return QString::fromUtf8(QJsonDocument(toJson(item)).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(toAuditJson(s), qt(s));
        s.releaseId = 0;
        s.effort = 1e-7;
        s.labels.clear();
        s.title.clear();
        QCOMPARE(toAuditJson(s), qt(s));
        s.effort = 13;
        QCOMPARE(toAuditJson(s), qt(s));
    }

    void importRecordNamesEveryItem() {
        QList<ScopeItem> created(3);
        created[0].id = 5;
        created[0].externalKey = u"A-\"1\""_qs;
        created[1].id = 6;
        created[2].id = 9;
        created[2].externalKey = u"A-3"_qs;
        ScopeImportRecord record;
        record.file = u"exports/jira \"q3\".csv"_qs;
        record.sha256 = QString(64, u'a');
        record.rows = 4;
        record.unchanged = 1;
        const QByteArray json = record.toJsonUtf8(created, {2, 3, 5});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
        // Written as QJsonDocument writes it, so the stored text is canonical.
        QCOMPARE(doc.toJson(QJsonDocument::Compact), json);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"ids"_qs).toArray(), (QJsonArray{5, 6, 9}));
        QCOMPARE(o.value(u"first_id"_qs).toInt(), 5);
        QCOMPARE(o.value(u"last_id"_qs).toInt(), 9);
        QCOMPARE(o.value(u"external_keys"_qs).toArray(),
                 (QJsonArray{u"A-\"1\""_qs, QJsonValue::Null, u"A-3"_qs}));
        QCOMPARE(o.value(u"lines"_qs).toArray(), (QJsonArray{2, 3, 5}));
        QCOMPARE(o.value(u"file"_qs).toString(), u"exports/jira \"q3\".csv"_qs);
        QCOMPARE(o.value(u"unchanged"_qs).toInt(), 1);
    }

    void jiraExportWithReleasesAndLinks() {
        auto db = freshFile();
        QVERIFY(db);
        const qint64 r240 = addRelease(*db, u"2.4.0"_qs);
        QVERIFY(r240 > 0);
        const qint64 auditBefore = auditCount(*db);
        const Imported imported =
            run(*db,
                test::fileBytes(test::testDataPath(u"csv/jira_server_fix_versions_blocks.csv"_qs)));
        QVERIFY2(imported.outcome,
                 qPrintable(imported.mappingError + imported.outcome.error().message));
        const auto& o = imported.outcome.value();
        QVERIFY(!o.refused);
        QCOMPARE(o.created, 5);
        QCOMPARE(o.dependencies, 1); // PAY-101 needs PAY-102, said from both sides
        QCOMPARE(o.notes.size(), 1);
        QVERIFY2(o.notes.first().contains(u"in.csv line 7: \"PAY-999\""_qs),
                 qPrintable(o.notes.first()));

        const auto all = items(*db);
        const ScopeItem& story = all.value(u"PAY-101"_qs);
        QCOMPARE(story.kind, ScopeKind::Feature);
        QCOMPARE(story.priority, ScopePriority::Critical);
        QCOMPARE(story.status, ScopeStatus::Committed);
        QCOMPARE(story.releaseId, r240);
        QCOMPARE(story.effort, 8.0);
        QCOMPARE(story.stakeholder, u"Dana Fox"_qs);
        QCOMPARE(story.description, u"Switch the acquirer.\nKeep the old one as fallback."_qs);
        QCOMPARE(all.value(u"PAY-102"_qs).releaseId, r240); // first fix version that matches
        QCOMPARE(all.value(u"PAY-102"_qs).kind, ScopeKind::TechDebt);
        const ScopeItem& bug = all.value(u"PAY-103"_qs);
        QCOMPARE(bug.kind, ScopeKind::Fix);
        QCOMPARE(bug.title, u"Refund rounding, half-cent"_qs);
        QCOMPARE(bug.status, ScopeStatus::Done);
        const ScopeItem& evidence = all.value(u"PAY-104"_qs);
        QCOMPARE(evidence.kind, ScopeKind::Regulatory);   // labelled SOX
        QCOMPARE(evidence.status, ScopeStatus::Proposed); // "Awaiting Audit": its category
        QCOMPARE(evidence.labels, (QStringList{u"SOX"_qs, u"controls"_qs}));
        QCOMPARE(evidence.releaseId, 0);
        QCOMPARE(all.value(u"PAY-105"_qs).status, ScopeStatus::Deferred);
        QCOMPARE(ScopeRepository(*db).dependencies().value(),
                 (QList<std::pair<qint64, qint64>>{{story.id, all.value(u"PAY-102"_qs).id}}));

        // One audit entry for the new items and one per link, in an intact chain.
        QCOMPARE(auditCount(*db), auditBefore + 2);
        const auto verified = AuditLog(*db).verify();
        QVERIFY(verified && verified->intact());
        const AuditEntry entry = importEntry(*db);
        QCOMPARE(entry.entity, u"scope_item"_qs);
        QCOMPARE(entry.actor, test::recordedActor(*db, u"tester"_qs));
        QCOMPARE(entry.changeTicket, u"CHG-7"_qs);
        QVERIFY(entry.beforeJson.isEmpty());
        const QByteArray bytes =
            test::fileBytes(test::testDataPath(u"csv/jira_server_fix_versions_blocks.csv"_qs));
        const QJsonObject record = QJsonDocument::fromJson(entry.afterJson.toUtf8()).object();
        QVERIFY(test::recordsImportedFile(record, bytes, u"in.csv"_qs));
        QVERIFY(record.value(u"release"_qs).isNull());
        QCOMPARE(record.value(u"rows"_qs).toInt(), 5);
        QCOMPARE(record.value(u"created"_qs).toInt(), 5);
        QCOMPARE(record.value(u"skipped"_qs).toInt(), 0);
        // Every new item by id, key and line, in id order; the ids are consecutive.
        QVERIFY(!record.contains(u"ids"_qs));
        const qint64 first = record.value(u"first_id"_qs).toInteger();
        QCOMPARE(record.value(u"last_id"_qs).toInteger(), first + 4);
        QCOMPARE(entry.entityId, first);
        const QJsonArray keys = record.value(u"external_keys"_qs).toArray();
        const QJsonArray lines = record.value(u"lines"_qs).toArray();
        QCOMPARE(keys.size(), 5);
        QCOMPARE(lines.size(), 5);
        for (const ScopeItem& item : all) {
            const qsizetype k = item.id - first;
            QVERIFY(k >= 0 && k < 5);
            QCOMPARE(keys.at(k).toString(), item.externalKey);
        }
        QCOMPARE(keys.at(0).toString(), u"PAY-101"_qs);
        QCOMPARE(lines.at(0).toInt(), 2);
    }

    void reimportUpdatesInsteadOfDuplicating() {
        auto db = freshFile();
        QByteArray csv =
            "Issue key,Summary,Issue Type,Priority,Status,Custom field (Story Points)\n"
            "OPS-1,Rotate certificates,Task,High,To Do,3\n"
            "OPS-2,Upgrade database,Story,Low,In Progress,\n";
        QCOMPARE(run(*db, csv).outcome->created, 2);
        // An estimate made in Slipway survives an export whose points column is empty.
        ScopeRepository repo(*db);
        ScopeItem upgrade = items(*db).value(u"OPS-2"_qs);
        upgrade.effort = 5;
        QVERIFY(repo.update(upgrade, u"tester"_qs, 1).ok());
        const qint64 audit = auditCount(*db);

        auto again = run(*db, csv).outcome;
        QVERIFY(again);
        const ScopeImportService::Outcome same = again.value();
        QCOMPARE(same.created, 0);
        QCOMPARE(same.updated, 0);
        QCOMPARE(same.unchanged, 2);
        QCOMPARE(auditCount(*db), audit);

        csv.replace("Rotate certificates", "Rotate TLS certificates");
        again = run(*db, csv).outcome;
        QVERIFY(again);
        const ScopeImportService::Outcome renamed = again.value();
        QCOMPARE(renamed.updated, 1);
        QCOMPARE(renamed.unchanged, 1);
        QCOMPARE(repo.count().value(), 2);
        const auto all = items(*db);
        QCOMPARE(all.value(u"OPS-1"_qs).title, u"Rotate TLS certificates"_qs);
        QCOMPARE(all.value(u"OPS-1"_qs).rowVersion, 2);
        QCOMPARE(all.value(u"OPS-2"_qs).effort, 5.0);
        const auto entry =
            AuditLog(*db).page({u""_qs, u"scope_item"_qs, all.value(u"OPS-1"_qs).id}, 0, 1);
        QCOMPARE(entry->first().action, u"update"_qs);
        QVERIFY(entry->first().beforeJson.contains(u"\"Rotate certificates\""_qs));
        QVERIFY(entry->first().afterJson.contains(u"\"Rotate TLS certificates\""_qs));
    }

    void badRowsRefuseTheWholeFile() {
        auto db = freshFile();
        const QByteArray csv = test::fileBytes(test::testDataPath(u"csv/invalid_rows.csv"_qs));
        const qint64 audit = auditCount(*db);
        const auto refused = run(*db, csv).outcome;
        QVERIFY(refused);
        QVERIFY(refused->refused);
        QCOMPARE(refused->problems.size(), 4);
        QVERIFY(refused->problems[0].startsWith(u"in.csv line 3: The title is empty"_qs));
        QVERIFY(refused->problems[1].startsWith(u"in.csv line 4: kind \"epic-ish\" is not one"_qs));
        QVERIFY(refused->problems[2].startsWith(u"in.csv line 5: The effort must be"_qs));
        QVERIFY2(refused->problems[3].startsWith(
                     u"in.csv line 6: \"BAD-1\" appears again (first on line 2)"_qs),
                 qPrintable(refused->problems[3]));
        QCOMPARE(ScopeRepository(*db).count().value(), 0);
        QCOMPARE(auditCount(*db), audit);

        ScopeImportService::Options skip;
        skip.skipInvalid = true;
        const auto skipped = run(*db, csv, {}, skip).outcome;
        QVERIFY(!skipped->refused);
        QCOMPARE(skipped->created, 2);
        QCOMPARE(skipped->problems.size(), 4);
        QCOMPARE(items(*db).value(u"BAD-6"_qs).priority, ScopePriority::Critical);
        QCOMPARE(items(*db).value(u"BAD-1"_qs).title, u"Fine row"_qs);
        const QJsonObject record =
            QJsonDocument::fromJson(importEntry(*db).afterJson.toUtf8()).object();
        QCOMPARE(record.value(u"rows"_qs).toInt(), 6);
        QCOMPARE(record.value(u"created"_qs).toInt(), 2);
        QCOMPARE(record.value(u"skipped"_qs).toInt(), 4);
        QCOMPARE(auditCount(*db), audit + 1);
    }

    void releaseOption() {
        auto db = freshFile();
        const qint64 target = addRelease(*db, u"3.0.0"_qs);
        addRelease(*db, u"3.1.0"_qs);
        addRelease(*db, u"3.1.0"_qs);
        const QByteArray csv = "external_key,title\nR-1,One\nR-2,Two\n";
        ScopeImportService::Options options;
        options.releaseVersion = u"9.9.9"_qs;
        auto missing = run(*db, csv, {}, options).outcome;
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(
                     u"no release has version \"9.9.9\" (versions: 3.0.0, 3.1.0)"_qs),
                 qPrintable(missing.error().message));
        options.releaseVersion = u"3.1.0"_qs;
        auto ambiguous = run(*db, csv, {}, options).outcome;
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().message.contains(u"2 releases have version \"3.1.0\""_qs));
        QCOMPARE(ScopeRepository(*db).count().value(), 0);
        options.releaseVersion = u"3.0.0"_qs;
        QCOMPARE(run(*db, csv, {}, options).outcome->created, 2);
        for (const ScopeItem& item : items(*db))
            QCOMPARE(item.releaseId, target);
        const QJsonObject record =
            QJsonDocument::fromJson(importEntry(*db).afterJson.toUtf8()).object();
        QCOMPARE(record.value(u"release"_qs).toString(), u"3.0.0"_qs);
        QCOMPARE(record.value(u"external_keys"_qs).toArray(), (QJsonArray{u"R-1"_qs, u"R-2"_qs}));
    }

    void mappedColumns() {
        auto db = freshFile();
        const QByteArray csv = test::fileBytes(test::testDataPath(u"csv/custom_mapped.csv"_qs));
        const Imported unmapped = run(*db, csv);
        QVERIFY2(unmapped.mappingError.contains(
                     u"is not a Jira or Azure DevOps export and has no title column"_qs),
                 qPrintable(unmapped.mappingError));
        QVERIFY(unmapped.mappingError.contains(u"Ticket, Name, Type"_qs));
        QVERIFY(
            run(*db, csv, u"Title=title"_qs).mappingError.contains(u"has no column \"Title\""_qs));
        QVERIFY(run(*db, csv, u"Name=headline"_qs)
                    .mappingError.contains(u"unknown field \"headline\""_qs));
        QVERIFY(run(*db, csv, u"Name"_qs).mappingError.contains(u"COLUMN=FIELD"_qs));

        const Imported mapped = run(
            *db, csv,
            u"Ticket=external_key, Name=title,Type=kind,Size=effort,Owner=stakeholder,Notes=description"_qs);
        QVERIFY2(mapped.outcome, qPrintable(mapped.mappingError));
        QCOMPARE(mapped.outcome->created, 3);
        const auto all = items(*db);
        QCOMPARE(all.value(u"OPS-1"_qs).kind, ScopeKind::Patch);
        QCOMPARE(all.value(u"OPS-2"_qs).kind, ScopeKind::TechDebt);
        QCOMPARE(all.value(u"OPS-2"_qs).effort, 13.0);
        QCOMPARE(all.value(u"OPS-3"_qs).stakeholder, u"Privacy office"_qs);
        QCOMPARE(all.value(u"OPS-3"_qs).description, u"Deletes after 7 years"_qs);
    }

    void newItemsTakeTheSourcesOrder() {
        // Azure DevOps' Stack Rank is a number: 10 before 300 before 1999.5; an item without
        // one stays unranked (0) and sorts by priority as before.
        auto db = freshFile();
        const QByteArray csv = "ID,Work Item Type,Title,State,Stack Rank\n"
                               "1,Bug,Late,New,1999.5\n"
                               "2,Bug,First,New,10\n"
                               "3,Bug,Middle,New,300\n"
                               "4,Bug,Unranked,New,\n";
        const Imported imported = run(*db, csv);
        QVERIFY2(imported.outcome, qPrintable(imported.mappingError));
        auto all = items(*db);
        QCOMPARE(all.value(u"AB#2"_qs).rank, 1.0);
        QCOMPARE(all.value(u"AB#3"_qs).rank, 2.0);
        QCOMPARE(all.value(u"AB#1"_qs).rank, 3.0);
        QCOMPARE(all.value(u"AB#4"_qs).rank, 0.0);

        // A re-import does not undo what the board did since.
        ScopeItem moved = all.value(u"AB#1"_qs);
        QVERIFY(ScopeRepository(*db).setRanks({{moved.id, -5}}));
        QVERIFY(run(*db, csv).outcome);
        QCOMPARE(items(*db).value(u"AB#1"_qs).rank, -5.0);
    }

    void jiraRankOrdersTheRealExport() {
        const QString path = test::sharedDataPath(
            u"csv/jira_cloud_2026_all_fields_dup_labels_logwork_multiline.csv"_qs);
        if (path.isEmpty())
            QSKIP("../shared/testdata/real is not present (it is beside the clone in CI)");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        auto db = freshFile();
        const Imported imported = run(*db, bytes);
        QVERIFY2(imported.outcome, qPrintable(imported.mappingError));
        // Jira's LexoRank of each key, from the file itself.
        auto table = CsvReader::parse(bytes, u"jira.csv"_qs);
        QVERIFY(table);
        const int key = int(table->header().indexOf(u"Issue key"_qs));
        const int rank = int(table->header().indexOf(u"Custom field (Rank)"_qs));
        QVERIFY(key >= 0 && rank >= 0);
        QHash<QString, QString> lexo;
        for (qsizetype row = 0; row < table->rowCount(); ++row)
            lexo.insert(table->text(row, key), table->text(row, rank));
        QList<ScopeItem> stored = ScopeRepository(*db).all().value();
        QCOMPARE(stored.size(), lexo.size());
        std::sort(stored.begin(), stored.end(),
                  [](const ScopeItem& a, const ScopeItem& b) { return a.rank < b.rank; });
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QVERIFY(stored[i].rank > 0);
            if (i > 0)
                QVERIFY2(lexo.value(stored[i - 1].externalKey) < lexo.value(stored[i].externalKey),
                         qPrintable(stored[i].externalKey));
        }
    }

    void azureDevOpsExport() {
        auto db = freshFile();
        const QByteArray csv = "\xEF\xBB\xBF"
                               "ID,Work Item Type,Title,State,Priority,Tags\n"
                               "\"101\",\"Bug\",\"Login fails\",\"Active\",\"1\",\"auth; GDPR\"\n"
                               "\"102\",\"Product Backlog Item\",\"Dark mode\",\"New\",\"3\",";
        const Imported imported = run(*db, csv);
        QVERIFY2(imported.outcome, qPrintable(imported.mappingError));
        QCOMPARE(imported.outcome->created, 2);
        const auto all = items(*db);
        const ScopeItem& bug = all.value(u"AB#101"_qs);
        QCOMPARE(bug.kind, ScopeKind::Regulatory); // tagged GDPR
        QCOMPARE(bug.status, ScopeStatus::InProgress);
        QCOMPARE(bug.priority, ScopePriority::Critical);
        QCOMPARE(bug.labels, (QStringList{u"auth"_qs, u"GDPR"_qs}));
        QCOMPARE(all.value(u"AB#102"_qs).kind, ScopeKind::Feature);
    }
};

QTEST_GUILESS_MAIN(tst_ScopeImport)
#include "tst_ScopeImport.moc"
