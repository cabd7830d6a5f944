// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbRecordWriter.h"

#include "CsvWriter.h"
#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CmdbRecordWriter)
};

} // namespace

// Values are kept as stored: an import set takes them as text, so nothing is prefixed against
// spreadsheet formulas.
QByteArray CmdbRecordWriter::csv(const CmdbRecord& record, const QStringList& columns) {
    QStringList cells;
    for (const QString& c : columns)
        cells << record.fields.value(c).toString();
    // Like every CSV Slipway writes: a cell a spreadsheet would run as a formula gets a leading
    // apostrophe (the file is often opened before it is loaded).
    return CsvWriter::encodeRow(columns) + CsvWriter::encodeRow(cells);
}

QByteArray CmdbRecordWriter::json(const CmdbRecord& record, const QStringList& columns) {
    QJsonObject row;
    for (const QString& c : columns)
        row.insert(c, record.fields.value(c).toString());
    return QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{row}}})
        .toJson(QJsonDocument::Indented);
}

Result<void> CmdbRecordWriter::write(const CmdbRecord& record, const QStringList& columns,
                                     const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"json")
        return Error{Error::Kind::Usage,
                     Text::tr("%1: the record is written as .csv or .json, not '%2'")
                         .arg(QDir::toNativeSeparators(path), suffix)};
    return OutputFile::write(path, suffix == u"csv" ? csv(record, columns) : json(record, columns));
}

} // namespace slipway
