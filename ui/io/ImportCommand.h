// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportUndoService.h"
#include "undo/UndoCommand.h"

namespace slipway {
class Document;
}

namespace slipway::ui {

// One import as one undo step: the first redo runs the import and records the rows it
// wrote; undo takes them all back and redo puts them again, each refusing when someone
// changed one of those rows since.
class ImportCommand : public UndoCommand {
public:
    using Run = std::function<Result<void>()>;
    ImportCommand(Document& document, RecordedImport::Kind kind, const QString& source, Run run,
                  ErrorSink onError);

    // Set when the import landed but cannot be undone, and why.
    const QString& warning() const { return m_recorded.notUndoable; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Document& m_document;
    RecordedImport m_recorded;
    Run m_run;
};

} // namespace slipway::ui
