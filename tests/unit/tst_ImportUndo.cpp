// SPDX-License-Identifier: GPL-3.0-or-later
// One import, one undo step: the rows an import wrote (new items, updated items with their
// earlier content, dependencies, blackouts) are recorded, taken back whole and put again;
// undo refuses, changing nothing, when someone changed one of those rows since; undo and
// redo are audited and keep the chain intact.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/IcsReader.h"
#include "io/ScopeCsvMapping.h"
#include "services/AuditService.h"
#include "services/BlackoutService.h"
#include "services/CalendarImportService.h"
#include "services/Document.h"
#include "services/ImportUndoService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "services/ScopeImportService.h"
#include "services/ScopeService.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_ImportUndo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Document> freshDocument() {
        FileOpenOptions options;
        options.create = true;
        auto doc = Document::open(
            test::databaseAddress(m_dir.filePath(u"undo-%1.slipway"_qs.arg(++m_files))), options);
        return doc ? std::move(doc.value()) : nullptr;
    }

    // Imports `csv` as scope items, recorded for undo.
    static Result<RecordedImport> importScope(Document& doc, const QByteArray& csv) {
        auto table = CsvReader::parse(csv, u"in.csv"_qs);
        if (!table)
            return table.error();
        auto mapping = ScopeCsvMapping::forTable(table.value(), {}, u"in.csv"_qs);
        if (!mapping)
            return mapping.error();
        const CsvTable& rows = table.value();
        const ScopeCsvMapping& mapped = mapping.value();
        return doc.imports().record(
            RecordedImport::Kind::Scope, u"in.csv"_qs, [&]() -> Result<void> {
                auto done = doc.scopeImport().import(rows, mapped, u"in.csv"_qs, {});
                if (!done)
                    return done.error();
                if (done->refused)
                    return Error{Error::Kind::Validation, done->problems.join(u' ')};
                return {};
            });
    }

    static QMap<QString, QString> titlesByKey(Document& doc) {
        QMap<QString, QString> titles;
        const auto all = doc.scope().all(); // kept alive: the loop borrows from it
        for (const ScopeItem& item : all.value())
            titles.insert(item.externalKey, item.title);
        return titles;
    }

private Q_SLOTS:
    void undoTakesBackNewAndUpdatedItemsAndDependencies() {
        auto doc = freshDocument();
        QVERIFY(doc);
        auto first = importScope(*doc, "external_key,title,kind,needs\n"
                                       "K-1,First,feature,\n"
                                       "K-2,Second,fix,K-1\n");
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const auto before = titlesByKey(*doc);
        QCOMPARE(doc->scope().dependencies()->size(), 1);

        // A second file updates K-2, adds K-3 and a dependency on it.
        auto second = importScope(*doc, "external_key,title,kind,needs\n"
                                        "K-2,Second renamed,fix,K-3\n"
                                        "K-3,Third,patch,\n");
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QVERIFY(second->rows >= 3); // an update, an insert, a dependency
        QCOMPARE(titlesByKey(*doc).value(u"K-2"_qs), u"Second renamed"_qs);
        QCOMPARE(doc->scope().dependencies()->size(), 2);

        auto undone = doc->imports().undo(second.value());
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(titlesByKey(*doc), before);
        QCOMPARE(doc->scope().dependencies()->size(), 1);

        auto redone = doc->imports().redo(second.value());
        QVERIFY2(redone, qPrintable(redone ? QString() : redone.error().message));
        QCOMPARE(titlesByKey(*doc).value(u"K-2"_qs), u"Second renamed"_qs);
        QCOMPARE(titlesByKey(*doc).value(u"K-3"_qs), u"Third"_qs);
        QCOMPARE(doc->scope().dependencies()->size(), 2);

        auto undoEntries = doc->audit().page({u"undo import"_qs, {}, {}}, 0, 10);
        auto redoEntries = doc->audit().page({u"redo import"_qs, {}, {}}, 0, 10);
        QVERIFY(undoEntries && undoEntries->size() == 1 && redoEntries && redoEntries->size() == 1);
        QVERIFY(undoEntries->first().beforeJson.contains(u"in.csv"_qs));
        QVERIFY(doc->audit().verify()->intact());
    }

    void undoRefusesWhenAnImportedRowChangedSince() {
        auto doc = freshDocument();
        QVERIFY(doc);
        auto imported = importScope(*doc, "external_key,title,kind\nR-1,Rotate keys,patch\n"
                                          "R-2,Archive logs,fix\n");
        QVERIFY(imported);
        ScopeItem item;
        const auto all = doc->scope().all();
        for (const ScopeItem& i : all.value())
            if (i.externalKey == u"R-1")
                item = i;
        // Someone commits it to a release: a change of what the row says.
        const qint64 release =
            test::createRelease(doc->releases(), test::newRelease(u"Vault"_qs, u"2.0.0"_qs));
        QVERIFY(release > 0);
        QVERIFY(doc->scope().move({item.id, item.rowVersion, ScopeStatus::Committed, release, {}}));
        const auto before = doc->scope().all().value().size();
        auto undone = doc->imports().undo(imported.value());
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, Error::Kind::Stale);
        QVERIFY2(undone.error().message.contains(u"Rotate keys"_qs),
                 qPrintable(undone.error().message));
        QCOMPARE(doc->scope().all().value().size(), before); // nothing taken back
        QVERIFY(doc->audit().page({u"undo import"_qs, {}, {}}, 0, 10)->isEmpty());
    }

    void undoRefusesToTakeOthersLinksWithIt() {
        auto doc = freshDocument();
        QVERIFY(doc);
        QVERIFY(importScope(*doc, "external_key,title\nE-1,Existing\n"));
        auto imported = importScope(*doc, "external_key,title\nN-1,Imported\n");
        QVERIFY(imported);
        qint64 existing = 0;
        qint64 added = 0;
        const auto all = doc->scope().all();
        for (const ScopeItem& i : all.value())
            (i.externalKey == u"E-1" ? existing : added) = i.id;
        // Someone links the older item to the imported one; undo would cascade the link away.
        QVERIFY(doc->scope().addDependency(existing, added));
        auto undone = doc->imports().undo(imported.value());
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, Error::Kind::Stale);
        QVERIFY2(undone.error().message.contains(u"remove those links first"_qs),
                 qPrintable(undone.error().message));
        QCOMPARE(doc->scope().all()->size(), 2);
        QCOMPARE(doc->scope().dependencies()->size(), 1);
    }

    void calendarImportUndoRestoresUpdatedBlackouts() {
        auto doc = freshDocument();
        QVERIFY(doc);
        const QString ics = test::testDataPath(u"ics/quarter_end_and_freeze.ics"_qs);
        auto calendar = IcsReader::read(ics);
        QVERIFY2(calendar, qPrintable(calendar ? QString() : calendar.error().message));
        const auto run = [&](bool hard) {
            CalendarImportService::Options options;
            options.hard = hard;
            return doc->imports().record(
                RecordedImport::Kind::Calendar, ics, [&]() -> Result<void> {
                    auto done = doc->calendarImport().import(calendar.value(), ics, options);
                    if (!done)
                        return done.error();
                    return {};
                });
        };
        QVERIFY(run(true));
        const QList<Blackout> first = doc->scheduling().blackouts().all().value();
        QVERIFY(!first.isEmpty());
        auto soft = run(false); // the same events again, now soft: updates
        QVERIFY(soft);
        QVERIFY(soft->rows >= 1);
        const Blackout updated = doc->scheduling().blackouts().all().value().first();
        QVERIFY(!updated.hard);
        QVERIFY(doc->imports().undo(soft.value()));
        const QList<Blackout> back = doc->scheduling().blackouts().all().value();
        QCOMPARE(back.size(), first.size());
        QVERIFY(back.first().hard);
        // The content is as it was, but the version moves on: an editor still showing the
        // soft blackout must not save over the restored one.
        QVERIFY2(back.first().rowVersion > updated.rowVersion,
                 qPrintable(u"%1 after undo, %2 before"_qs.arg(back.first().rowVersion)
                                .arg(updated.rowVersion)));
        QVERIFY(doc->imports().redo(soft.value()));
        const Blackout again = doc->scheduling().blackouts().all().value().first();
        QVERIFY(!again.hard);
        QVERIFY(again.rowVersion > back.first().rowVersion);
    }

    void undoAcceptsAnEditTakenBackAndABoardReorder() {
        auto doc = freshDocument();
        QVERIFY(doc);
        QVERIFY(importScope(*doc, "external_key,title\nE-1,Existing\n"));
        auto imported = importScope(*doc, "external_key,title,kind\nR-1,Rotate keys,patch\n"
                                          "R-2,Archive logs,fix\n");
        QVERIFY(imported);
        QMap<QString, ScopeItem> items;
        const auto all = doc->scope().all();
        for (const ScopeItem& i : all.value())
            items.insert(i.externalKey, i);
        // The user commits R-1 and takes it back again: only its version and stamp moved.
        auto moved = doc->scope().move(
            {items[u"R-1"_qs].id, items[u"R-1"_qs].rowVersion, ScopeStatus::Committed, 0, {}});
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        auto back =
            doc->scope().move({moved->id, moved->rowVersion, items[u"R-1"_qs].status, 0, {}});
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QVERIFY(back->rowVersion > items[u"R-1"_qs].rowVersion);
        // And reorders the board, which moves only the cards' ranks.
        auto ranks = doc->scope().setRanks(
            items[u"R-2"_qs].id, {{items[u"R-2"_qs].id, 1.0}, {items[u"R-1"_qs].id, 2.0}});
        QVERIFY2(ranks, qPrintable(ranks ? QString() : ranks.error().message));

        auto undone = doc->imports().undo(imported.value());
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(titlesByKey(*doc).keys(), QStringList{u"E-1"_qs});

        // Redo puts R-1 back above every version it had (an editor may still hold one of
        // them), not at the version the import first gave it.
        auto redone = doc->imports().redo(imported.value());
        QVERIFY2(redone, qPrintable(redone ? QString() : redone.error().message));
        const auto after = doc->scope().find(items[u"R-1"_qs].id);
        QVERIFY(after);
        QVERIFY2(
            after->rowVersion > back->rowVersion,
            qPrintable(
                u"%1 after redo, %2 before undo"_qs.arg(after->rowVersion).arg(back->rowVersion)));
        auto stale = doc->scope().move({after->id, back->rowVersion, ScopeStatus::Proposed, 0, {}});
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
    }

    // Undo takes back only what the import changed: someone's later move of the same item to
    // another status and a reorder of the board stay, as they touched other columns.
    void undoKeepsLaterChangesToOtherColumns() {
        auto doc = freshDocument();
        QVERIFY(doc);
        QVERIFY(importScope(*doc, "external_key,title\nK-1,First\nK-2,Second\n"));
        auto renamed = importScope(*doc, "external_key,title\nK-1,First renamed\n");
        QVERIFY(renamed);
        QCOMPARE(renamed->rows, 1);
        QMap<QString, ScopeItem> items;
        const auto all = doc->scope().all();
        for (const ScopeItem& i : all.value())
            items.insert(i.externalKey, i);
        const ScopeItem k1 = items[u"K-1"_qs];
        const qint64 release =
            test::createRelease(doc->releases(), test::newRelease(u"Vault"_qs, u"2.0.0"_qs));
        QVERIFY(release > 0);
        auto moved = doc->scope().move({k1.id, k1.rowVersion, ScopeStatus::Committed, release, {}});
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QVERIFY(doc->scope().setRanks(k1.id, {{k1.id, 7.0}, {items[u"K-2"_qs].id, 8.0}}));

        auto undone = doc->imports().undo(renamed.value());
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        const auto after = doc->scope().find(k1.id);
        QVERIFY(after);
        QCOMPARE(after->title, u"First"_qs);
        QCOMPARE(after->status, ScopeStatus::Committed);
        QCOMPARE(after->releaseId, release);
        QCOMPARE(after->rank, 7.0);
    }

    void redoNamesTheRowThatTookTheImportedId() {
        auto doc = freshDocument();
        QVERIFY(doc);
        auto imported = importScope(*doc, "external_key,title\nN-1,Imported\n");
        QVERIFY(imported);
        const qint64 id = doc->scope().all()->first().id;
        QVERIFY(doc->imports().undo(imported.value()));
        if (test::isPostgres()) {
            // A server never hands an id out twice: another program puts a row under it.
            QVERIFY(test::pgExecSql(
                doc->path(),
                u"INSERT INTO scope_items (id, title, kind, external_key, created_by, created_at, "
                "updated_by, updated_at) VALUES (%1, 'Other', 'feature', 'O-1', 'x', 0, 'x', 0)"_qs
                    .arg(id)));
        } else {
            // Someone imports another item meanwhile; SQLite gives it the freed id.
            QVERIFY(importScope(*doc, "external_key,title\nO-1,Other\n"));
        }
        auto redone = doc->imports().redo(imported.value());
        QVERIFY(!redone);
        QCOMPARE(redone.error().kind, Error::Kind::Stale);
        QVERIFY2(redone.error().message.contains(u"has taken the id"_qs),
                 qPrintable(redone.error().message));
        QCOMPARE(titlesByKey(*doc).keys(), QStringList{u"O-1"_qs});
    }

    void anImportThatChangedNothingUndoesToNothing() {
        auto doc = freshDocument();
        QVERIFY(doc);
        const QByteArray csv = "external_key,title\nN-1,Same\n";
        QVERIFY(importScope(*doc, csv));
        auto again = importScope(*doc, csv);
        QVERIFY(again);
        QCOMPARE(again->rows, 0);
        QVERIFY(doc->imports().undo(again.value()));
        QCOMPARE(doc->scope().all().value().size(), 1);
        QCOMPARE(doc->audit().page({u"undo import"_qs, {}, {}}, 0, 10)->size(), 0);
    }

    void undoNamesARowRemovedSince() {
        auto doc = freshDocument();
        QVERIFY(doc);
        QVERIFY(importScope(*doc, "external_key,title\nA-1,Alpha\n"));
        auto updated = importScope(*doc, "external_key,title\nA-1,Alpha renamed\n");
        QVERIFY(updated);
        QCOMPARE(updated->rows, 1);
        if (test::isPostgres()) {
            QVERIFY(test::pgExecSql(doc->path(),
                                    u"DELETE FROM scope_items WHERE external_key = 'A-1'"_qs));
        } else {
            // Another program removes the item behind Slipway's back.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"raw"_qs);
            raw.setDatabaseName(doc->path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DELETE FROM scope_items WHERE external_key = 'A-1'"_qs));
            q.finish();
            raw.close();
            QSqlDatabase::removeDatabase(u"raw"_qs);
        }
        auto undone = doc->imports().undo(updated.value());
        QVERIFY(!undone);
        QVERIFY2(undone.error().message.contains(u"was removed since"_qs),
                 qPrintable(undone.error().message));
    }
};

QTEST_MAIN(tst_ImportUndo)
#include "tst_ImportUndo.moc"
