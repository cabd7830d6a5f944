// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "services/Document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace slipway::ui {

ImportCommand::ImportCommand(Document& document, RecordedImport::Kind kind, const QString& source,
                             Run run, ErrorSink onError)
    : UndoCommand(QCoreApplication::translate("ImportCommand", "Import %1")
                      .arg(QFileInfo(source).fileName()),
                  std::move(onError))
    , m_document(document)
    , m_run(std::move(run)) {
    m_recorded.kind = kind;
    m_recorded.source = source;
}

Result<void> ImportCommand::apply() {
    if (!firstApply())
        return m_document.imports().redo(m_recorded);
    auto recorded = m_document.imports().record(m_recorded.kind, m_recorded.source, m_run);
    if (!recorded)
        return recorded.error();
    m_recorded = std::move(recorded.value());
    m_run = {}; // the file's rows are no longer needed
    return {};
}

Result<void> ImportCommand::revert() {
    return m_document.imports().undo(m_recorded);
}

} // namespace slipway::ui
