// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SbomReader.h"
#include "Utf8Check.h"
#include "domain/InputText.h"
#include "io/CycloneDxJsonReader.h"
#include "io/CycloneDxXmlReader.h"
#include "io/SpdxJsonReader.h"
#include "io/TextPosition.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SbomReader)
};

Error refuse(const QString& message) {
    return Error{Error::Kind::Usage, message};
}

QString at(const QString& path, const QByteArray& data, qsizetype offset) {
    const auto pos = TextPosition::ofOffset(data, offset);
    return QStringLiteral("%1:%2:%3")
        .arg(path, QString::number(pos.line), QString::number(pos.column));
}

Result<Sbom> readJson(const QByteArray& data, qsizetype start, const QString& path, Sbom sbom) {
    // JSON is UTF-8 (RFC 8259); Qt's parser would take a raw NUL or a stray byte inside a
    // string as text.
    if (const qsizetype bad =
            Utf8Check::firstBadByte(data.constData() + start, data.size() - start);
        bad >= 0)
        return refuse(Text::tr("%1:%2: %3, expected SBOM JSON in UTF-8")
                          .arg(path, QString::number(Utf8Check::lineOf(data, start + bad)),
                               data.at(start + bad) == '\0' ? Text::tr("a NUL byte (binary data)")
                                                            : Text::tr("not valid UTF-8 text")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(Text::tr("%1: not valid JSON: %2")
                          .arg(at(path, data, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return refuse(
            Text::tr("%1: not an SBOM: the top level is an array; CycloneDX and SPDX JSON "
                     "documents are objects")
                .arg(path));
    const QJsonObject root = doc.object();
    if (const QJsonValue format = root.value(QLatin1String("bomFormat")); !format.isUndefined()) {
        if (format.toString() != u"CycloneDX")
            return refuse(Text::tr("%1: /bomFormat: %2 is not CycloneDX")
                              .arg(path, InputText::quoted(format.toString())));
        CycloneDxJsonReader reader(path, sbom);
        if (!reader.read(root))
            return reader.error();
        return sbom;
    }
    if (root.contains(QLatin1String("spdxVersion"))) {
        SpdxJsonReader reader(path, sbom);
        if (!reader.read(root))
            return reader.error();
        return sbom;
    }
    if (root.value(QLatin1String("@context")).toString().contains(u"spdx", Qt::CaseInsensitive))
        return refuse(Text::tr("%1: SPDX 3 JSON-LD is not supported; expected SPDX 2.2 or 2.3 JSON")
                          .arg(path));
    return refuse(Text::tr("%1: JSON, but neither CycloneDX nor SPDX: the top level has no "
                           "\"bomFormat\" and no \"spdxVersion\"")
                      .arg(path));
}

// What stands where an SBOM should start, for the refusal.
QString shown(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f)
        return InputText::quoted(QString(QLatin1Char(c)));
    return Text::tr("the byte 0x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
}

} // namespace

Result<Sbom> SbomReader::fromFile(const QString& path, qint64 maxBytes) {
    auto loaded = EvidenceFile::load(path, maxBytes);
    if (!loaded)
        return loaded.error();
    return fromData(loaded->contents, path);
}

Result<Sbom> SbomReader::fromData(const QByteArray& data, const QString& path) {
    Sbom sbom;
    sbom.evidence = EvidenceFile::describe(path, data);
    if (data.isEmpty())
        return refuse(
            Text::tr("%1: the file is empty, expected a CycloneDX or SPDX SBOM").arg(path));
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return refuse(Text::tr("%1: the file is UTF-16 text; expected a CycloneDX or SPDX SBOM in "
                               "UTF-8")
                          .arg(path));
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype i = start;
    while (i < data.size() &&
           (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    if (i == data.size())
        return refuse(
            Text::tr("%1: the file holds only white space, expected a CycloneDX or SPDX SBOM")
                .arg(path));
    if (data[i] == '{' || data[i] == '[')
        return readJson(data, start, path, std::move(sbom));
    if (data[i] == '<') {
        CycloneDxXmlReader reader(path, sbom);
        if (!reader.read(data))
            return reader.error();
        return sbom;
    }
    if (QByteArrayView(data).sliced(i).startsWith("SPDXVersion:"))
        return refuse(Text::tr("%1: SPDX tag-value is not supported; expected SPDX 2.2 or 2.3 JSON")
                          .arg(at(path, data, i)));
    return refuse(Text::tr("%1: neither JSON nor XML: expected \"{\" or \"<\", found %2")
                      .arg(at(path, data, i), shown(data[i])));
}

} // namespace slipway
