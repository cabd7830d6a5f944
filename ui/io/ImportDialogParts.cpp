// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialogParts.h"

#include "Theme.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>

namespace slipway::ui {

QTableWidget* makePreviewTable(const QString& name, const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setPreviewCell(QTableWidget* table, int row, int column, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}

namespace {

// 14 from "FILE line 14: …" or "FILE:14: …"; 0 when the message names no line.
int lineOf(const QString& problem) {
    static const QString marker = QStringLiteral(" line ");
    qsizetype start = problem.indexOf(marker);
    if (start >= 0) {
        start += marker.size();
    } else {
        start = problem.indexOf(u':');
        if (start < 0)
            return 0;
        ++start;
    }
    qsizetype end = start;
    while (end < problem.size() && problem[end].isDigit())
        ++end;
    return end > start ? problem.mid(start, end - start).toInt() : 0;
}

} // namespace

// "kind \"epic-ish\" is not one …" from "/path/in.csv line 4: kind …": the table already
// says which file and line.
QString reasonOf(const QString& problem) {
    static const QRegularExpression prefix(QStringLiteral("^.*?(?: line |:)\\d+: "));
    const QRegularExpressionMatch m = prefix.match(problem);
    return m.hasMatch() ? problem.mid(m.capturedLength()) : problem;
}

void fillProblemTable(QTableWidget* table, const QStringList& problems, int limit) {
    const int shown = int(std::min<qsizetype>(problems.size(), limit));
    table->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const int line = lineOf(problems[r]);
        setPreviewCell(table, r, 0, line > 0 ? QString::number(line) : QString());
        setPreviewCell(table, r, 1, line > 0 ? reasonOf(problems[r]) : problems[r]);
        table->item(r, 1)->setToolTip(problems[r]);
        table->item(r, 1)->setForeground(Theme::danger());
    }
    table->resizeColumnToContents(0);
}

void fitColumns(QTableWidget* table) {
    table->resizeColumnsToContents();
    // A long value (a description, a recurrence rule) is cut, not allowed to push the
    // columns after it out of sight; its tooltip has it whole.
    const int widest = table->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), widest));
}

void setSummary(QLabel* label, const QString& text, bool problem) {
    label->setText(text);
    // Room for a path and its reason without the dialog cutting the message.
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 3);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? Theme::danger()
                             : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

UndoCommand::ErrorSink recordingSink(const UndoCommand::ErrorSink& windowSink,
                                     const std::shared_ptr<QString>& last) {
    return [windowSink, last](const QString& message) {
        *last = message;
        if (windowSink)
            windowSink(message);
    };
}

QString localTime(qint64 utcSecs) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace slipway::ui
