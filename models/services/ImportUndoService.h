// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace slipway {

class Database;

// What one import wrote, kept so that the desk can take the whole import back in one undo
// step and put it again on redo.
struct RecordedImport {
    enum class Kind { Scope, Calendar, Acknowledgements };
    Kind kind = Kind::Scope;
    QString source;     // the file, as the user named it
    QByteArray changes; // the rows written, as a changeset
    qint64 rows = 0;    // how many rows the changeset touches
    // Per table, the highest version those rows have had, kept across undo and redo.
    QHash<QString, qint64> versions;
    // Set when the import landed but what it wrote could not be recorded: why it cannot be
    // undone. The import stands either way.
    QString notUndoable;
};

// Runs an import while recording the rows it writes, and undoes or redoes them later. Undo
// and redo are new audited edits (the import's own entries stay), each in one transaction;
// either refuses, changing nothing, when someone changed one of those rows since.
class ImportUndoService : public QObject {
    Q_OBJECT
public:
    ImportUndoService(Database& db, Session session, QObject* parent = nullptr);

    // `import` calls one of the import services (scope, calendar, acknowledgements); what
    // it commits to that kind's tables is recorded.
    Result<RecordedImport> record(RecordedImport::Kind kind, const QString& source,
                                  const std::function<Result<void>()>& import);
    // Each notes in `recorded` the versions its rows reached, for the next replay.
    Result<void> undo(RecordedImport& recorded);
    Result<void> redo(RecordedImport& recorded);

Q_SIGNALS:
    // An import, its undo or its redo changed the file.
    void changed(RecordedImport::Kind kind);

private:
    Result<void> replay(RecordedImport& recorded, bool forward);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
