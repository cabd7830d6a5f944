// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

// File ▸ Import and File ▸ Export for one open file: what `slipway import` and `slipway
// export` do, at the desk. Imports are commands on the document's undo stack.
class FileTransferActions : public QObject {
    Q_OBJECT
public:
    // `report` shows a message in the window: (is it an error, the text).
    using Report = std::function<void(bool error, const QString& text)>;
    FileTransferActions(Document& document, QWidget* dialogParent, Report report);

    QList<QAction*> importActions() const;

public Q_SLOTS:
    void importScope();
    void importCalendar();
    void importAcknowledgements();
    void exportFile();

private:
    Document& m_document;
    QWidget* m_parent;
    Report m_report;
    QAction* m_importScope = nullptr;
    QAction* m_importCalendar = nullptr;
    QAction* m_importAcks = nullptr;
};

} // namespace slipway::ui
