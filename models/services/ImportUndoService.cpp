// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportUndoService.h"

#include "AuditedWrite.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace slipway {
namespace {

// What each kind of import writes, who may take it back, and its name in the audit log.
// Rows that refer to others come first: a changeset lists its tables in this order, so undo
// removes an import's links before the rows they point at (whose removal would cascade).
struct KindInfo {
    QStringList tables;
    Action action = Action::EditScope;
    const char* entity = "";
};

KindInfo infoOf(RecordedImport::Kind kind) {
    if (kind == RecordedImport::Kind::Calendar)
        return {{QStringLiteral("blackout_services"), QStringLiteral("blackouts"),
                 QStringLiteral("incident_freezes")},
                Action::EditCalendar,
                "calendar_import"};
    if (kind == RecordedImport::Kind::Acknowledgements)
        return {
            {QStringLiteral("acknowledgements")}, Action::RecordAcknowledgement, "acknowledgement"};
    return {{QStringLiteral("scope_dependencies"), QStringLiteral("scope_items")},
            Action::EditScope,
            "scope_item"};
}

} // namespace

ImportUndoService::ImportUndoService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<RecordedImport> ImportUndoService::record(RecordedImport::Kind kind, const QString& source,
                                                 const std::function<Result<void>()>& import) {
    // The tables named here carry the server's capture triggers (after_migrate.pg.sql).
    auto capture = ChangeCapture::start(m_db, infoOf(kind).tables);
    // A server that refuses what recording needs (e.g. no temporary tables for this login)
    // still takes the import; its undo then says why it cannot.
    if (!capture && !m_db.isPostgres())
        return capture.error();
    if (auto done = import(); !done)
        return done.error();
    // The import has committed: from here on, a failure only means it cannot be undone.
    RecordedImport recorded{kind, source, {}, 0, {}, {}};
    if (!capture) {
        recorded.notUndoable = capture.error().message;
    } else if (auto changes = capture->changeset(); changes) {
        recorded.changes = std::move(changes.value());
        recorded.rows = ChangeCapture::rowCount(recorded.changes);
    } else {
        recorded.notUndoable = changes.error().message;
    }
    m_db.announceBulkChange();
    Q_EMIT changed(kind);
    return recorded;
}

Result<void> ImportUndoService::undo(RecordedImport& recorded) {
    return replay(recorded, false);
}

Result<void> ImportUndoService::redo(RecordedImport& recorded) {
    return replay(recorded, true);
}

Result<void> ImportUndoService::replay(RecordedImport& recorded, bool forward) {
    if (!recorded.notUndoable.isEmpty())
        return Error{
            Error::Kind::Internal,
            tr("The import of %1 cannot be undone: %2").arg(recorded.source, recorded.notUndoable)};
    if (recorded.changes.isEmpty())
        return {}; // the import changed nothing: nothing to take back
    const KindInfo info = infoOf(recorded.kind);
    ChangeCapture::RowVersions versions = recorded.versions;
    auto done = AuditedWrite::run(
        m_db, m_session, info.action,
        forward ? QStringLiteral("redo import") : QStringLiteral("undo import"),
        QString::fromLatin1(info.entity), [&](qint64) -> Result<AuditedWrite::Logged> {
            // Versions are noted only when the whole replay commits.
            if (auto applied = ChangeCapture::apply(m_db, recorded.changes, forward, versions);
                !applied)
                return applied.error();
            const QJsonObject what{{QStringLiteral("file"), recorded.source},
                                   {QStringLiteral("rows"), recorded.rows}};
            return AuditedWrite::Logged{0, forward ? QJsonObject{} : what,
                                        forward ? what : QJsonObject{}};
        });
    if (!done)
        return done.error();
    recorded.versions = std::move(versions);
    m_db.announceBulkChange();
    Q_EMIT changed(recorded.kind);
    return {};
}

} // namespace slipway
