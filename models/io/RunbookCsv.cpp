// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookCsv.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "OutputFile.h"
#include "RunbookStepTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookCsv)
};

// What a spreadsheet runs as a formula: a leading =, +, -, @, tab or CR, unless the cell is a
// plain number.
bool runsAsFormula(QStringView cell) {
    return !cell.isEmpty() && CsvWriter::neutralise(cell.toString()) != cell;
}

// Whether the cell needs the apostrophe: it would run as a formula once its leading
// apostrophes are taken off. Then "'=x", written "''=x", reads back as "'=x".
bool needsApostrophe(QStringView cell) {
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return runsAsFormula(cell.mid(i));
}

} // namespace

QString RunbookCsv::protectCell(const QString& cell) {
    return needsApostrophe(cell) ? u'\'' + cell : cell;
}

QString RunbookCsv::unprotectCell(const QString& cell) {
    if (cell.startsWith(u'\'') && needsApostrophe(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QByteArray RunbookCsv::toCsv(const QList<RunbookStep>& steps) {
    QByteArray bytes = CsvWriter::encodeRow(RunbookStepTable::columnNames());
    for (const RunbookStep& s : steps) {
        QStringList cells = RunbookStepTable::cells(s);
        for (QString& c : cells)
            c = protectCell(c);
        bytes += CsvWriter::encodeRow(cells, CsvWriter::Formulas::Keep);
    }
    return bytes;
}

Result<void> RunbookCsv::write(const QList<RunbookStep>& steps, const QString& path) {
    return OutputFile::write(path, toCsv(steps));
}

Result<QList<RunbookStep>> RunbookCsv::read(const QString& path) {
    const QFileInfo info(path);
    // A missing, unreadable or oversized file: CsvReader says so, naming the path.
    if (!info.exists() || info.isDir() || info.size() > CsvReader::kMaxBytes)
        return CsvReader::read(path).error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1 cannot be read: %2.").arg(info.fileName(), f.errorString())};
    return parse(f.readAll(), info.fileName());
}

Result<QList<RunbookStep>> RunbookCsv::parse(const QByteArray& bytes, const QString& fileName) {
    auto table = CsvReader::parse(bytes, fileName);
    if (!table)
        return table.error();
    auto layout = RunbookStepTable::layout(table->header(), fileName, 1);
    if (!layout)
        return layout.error();
    // Records come in file order; a ragged one is refused at its place.
    const auto& ragged = table->raggedRows();
    size_t nextRagged = 0;
    const auto raggedBefore = [&](int line) -> std::optional<Error> {
        if (nextRagged < ragged.size() && ragged[nextRagged].line < line) {
            const CsvTable::RaggedRow& r = ragged[nextRagged];
            return Error{Error::Kind::Usage,
                         QStringLiteral("%1:%2: ").arg(fileName).arg(r.line) +
                             Text::tr("%1 cells where the header has %2 (a missing or extra "
                                      "comma, or a line break outside quotes?)")
                                 .arg(r.fields)
                                 .arg(table->columnCount())};
        }
        return std::nullopt;
    };
    QList<RunbookStep> steps;
    QList<int> lines;
    steps.reserve(table->rowCount());
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        const int line = table->line(row);
        if (auto e = raggedBefore(line))
            return *e;
        QStringList cells;
        cells.reserve(table->columnCount());
        for (int c = 0; c < table->columnCount(); ++c)
            cells << unprotectCell(table->text(row, c));
        auto step = RunbookStepTable::step(layout.value(), cells, fileName, line);
        if (!step)
            return step.error();
        steps << step.value();
        lines << line;
    }
    if (auto e = raggedBefore(std::numeric_limits<int>::max()))
        return *e;
    if (auto checked = RunbookStepTable::check(steps, lines, fileName); !checked)
        return checked.error();
    return steps;
}

} // namespace slipway
