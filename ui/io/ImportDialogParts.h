// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QString>
#include <QStringList>

#include <memory>

class QLabel;
class QTableWidget;
class QWidget;

namespace slipway::ui {

// What the import dialogs share: read-only preview tables, the summary line under them and
// the error sink that also tells the open dialog about its first failure.
QTableWidget* makePreviewTable(const QString& name, const QStringList& headers, QWidget* parent);
void setPreviewCell(QTableWidget* table, int row, int column, const QString& text);
// Fills a table of "FILE line N: why" problems: the line, then the whole message.
void fillProblemTable(QTableWidget* table, const QStringList& problems, int limit);
// Sizes columns to their contents, none wider than about 40 characters.
void fitColumns(QTableWidget* table);
// Shows `text` under the preview; red when `problem`.
void setSummary(QLabel* label, const QString& text, bool problem);
// A sink that records the message in `*last` and passes it on to `windowSink`.
UndoCommand::ErrorSink recordingSink(const UndoCommand::ErrorSink& windowSink,
                                     const std::shared_ptr<QString>& last);
// A UTC time as the user reads it, in their time zone.
QString localTime(qint64 utcSecs);

} // namespace slipway::ui
