// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ChecksumList.h"
#include "Utf8Check.h"
#include "domain/FieldLimits.h"
#include "domain/InputText.h"
#include "io/Sbom.h"

#include <QCoreApplication>
#include <QHash>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecksumList)
};

bool isHexDigit(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// sha256sum, sha512sum … write no algorithm name: the digest's length tells which it is.
QString algorithmOfLength(qsizetype hexDigits) {
    switch (hexDigits) {
    case 32:
        return QStringLiteral("MD5");
    case 40:
        return QStringLiteral("SHA-1");
    case 56:
        return QStringLiteral("SHA-224");
    case 64:
        return QStringLiteral("SHA-256");
    case 96:
        return QStringLiteral("SHA-384");
    case 128:
        return QStringLiteral("SHA-512");
    default:
        return {};
    }
}

// GNU tools escape a name holding a backslash or a line break and mark the line with a
// leading '\': "\\" is a backslash, "\n" a line feed, "\r" a carriage return.
bool unescape(QStringView in, QString* out) {
    out->clear();
    out->reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != u'\\') {
            *out += in[i];
            continue;
        }
        if (++i == in.size())
            return false;
        if (in[i] == u'\\')
            *out += u'\\';
        else if (in[i] == u'n')
            *out += u'\n';
        else if (in[i] == u'r')
            *out += u'\r';
        else
            return false;
    }
    return true;
}

// One line of the list into `e`; the reason it is not an entry otherwise.
QString parseLine(QStringView line, ChecksumEntry* e) {
    const bool escaped = line.startsWith(u'\\');
    if (escaped)
        line = line.mid(1);
    QStringView name, hex;
    qsizetype h = 0;
    while (h < line.size() && isHexDigit(line[h]))
        ++h;
    if (h > 0 && h < line.size() && line[h] == u' ') {
        hex = line.left(h);
        const QStringView rest = line.mid(h + 1);
        e->form = rest.startsWith(u'*') ? ChecksumEntry::Form::Binary : ChecksumEntry::Form::Text;
        name = rest.startsWith(u'*') || rest.startsWith(u' ') ? rest.mid(1) : rest;
        e->algorithm = algorithmOfLength(h);
        if (e->algorithm.isEmpty())
            return Text::tr("a digest of %1 hex digits; expected 64 (SHA-256), 128 (SHA-512), 96 "
                            "(SHA-384), 56 (SHA-224), 40 (SHA-1) or 32 (MD5)")
                .arg(h);
    } else {
        // ALGORITHM (name) = HASH; the name may itself hold ") = ", the digest cannot.
        const qsizetype open = line.indexOf(u'(');
        const qsizetype close = line.lastIndexOf(u") = ");
        const QStringView algorithm = open > 0 ? line.left(open).trimmed() : QStringView();
        if (algorithm.isEmpty() || close < open)
            return Text::tr("not a checksum line: expected \"HASH  NAME\", \"HASH *NAME\" or "
                            "\"ALGORITHM (NAME) = HASH\"");
        e->form = ChecksumEntry::Form::Tag;
        e->algorithm = SbomHash::canonicalAlgorithm(algorithm);
        if (e->algorithm.isEmpty())
            return Text::tr("%1 is not a hash algorithm Slipway knows")
                .arg(InputText::quoted(algorithm, 40));
        name = line.mid(open + 1, close - open - 1);
        hex = line.mid(close + 4);
    }
    if (const QString problem = SbomHash::problem(e->algorithm, hex); !problem.isEmpty())
        return problem;
    e->hex = hex.toString().toLower();
    if (escaped) {
        if (!unescape(name, &e->name))
            return Text::tr("the name has an escape other than \\\\, \\n or \\r");
    } else {
        e->name = name.toString();
    }
    if (e->name.isEmpty())
        return Text::tr("no file name after the digest");
    if (QString problem =
            FieldLimits::tooLong(Text::tr("the file name"), e->name, FieldLimits::kNote);
        !problem.isEmpty())
        return problem;
    e->weak = SbomHash::isWeak(e->algorithm);
    return {};
}

// Lines that are files of another kind, named so the refusal says what the file is.
QString notAList(QStringView line) {
    if (line.startsWith(u"-----BEGIN PGP"))
        return Text::tr("an OpenPGP armoured block (a signature or a key), not a checksum list");
    if (line.startsWith(u"trusted comment:"))
        return Text::tr("a minisign signature, not a checksum list");
    return {};
}

} // namespace

const ChecksumEntry* ChecksumList::find(const QString& name) const {
    for (const ChecksumEntry& e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

Result<ChecksumList> ChecksumList::fromFile(const QString& path, qint64 maxBytes) {
    auto loaded = EvidenceFile::load(path, maxBytes);
    if (!loaded)
        return loaded.error();
    return fromData(loaded->contents, path);
}

Result<ChecksumList> ChecksumList::fromData(const QByteArray& data, const QString& path) {
    ChecksumList list;
    list.evidence = EvidenceFile::describe(path, data);
    const auto refuse = [&path](qsizetype line, const QString& what) {
        return Error{Error::Kind::Usage,
                     QStringLiteral("%1:%2: %3").arg(path, QString::number(line), what)};
    };
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const qsizetype bad =
            Utf8Check::firstBadByte(data.constData() + start, data.size() - start);
        bad >= 0)
        return refuse(Utf8Check::lineOf(data, start + bad),
                      data.at(start + bad) == '\0'
                          ? Text::tr("a NUL byte (binary data), expected a checksum list")
                          : Text::tr("not valid UTF-8 text, expected a checksum list"));

    const QString text = QString::fromUtf8(data.constData() + start, data.size() - start);
    QList<QStringView> lines = QStringView(text).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the final newline ends the last line, it does not start one
    qsizetype first = 0;
    if (!lines.isEmpty() && lines.constFirst().startsWith(u"untrusted comment: ")) {
        // signify -S -e: a comment, the signature, then the signed message.
        const QStringView base64 = lines.size() > 1 ? lines.at(1).trimmed() : QStringView();
        const auto decoded = QByteArray::fromBase64Encoding(
            base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 42)
            return refuse(2, Text::tr("a signify or minisign public key, not a checksum list"));
        // signify and minisign's legacy form sign with "Ed", minisign's prehashed form "ED".
        if (!decoded || decoded.decoded.size() != 74 ||
            !(decoded.decoded.startsWith("Ed") || decoded.decoded.startsWith("ED")))
            return refuse(2, Text::tr("not a signify signature: expected the base64 of \"Ed\", an "
                                      "8-byte key number and a 64-byte signature"));
        if (lines.size() > 2)
            if (const QString what = notAList(lines.at(2)); !what.isEmpty())
                return refuse(3, what);
        SignifySignature signify;
        signify.comment = lines.at(0).mid(19).trimmed().toString();
        signify.signature = base64.toString();
        qsizetype offset = start;
        for (int i = 0; i < 2 && offset >= 0; ++i) {
            offset = data.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        signify.message = offset < 0 ? QByteArray() : data.mid(offset);
        list.signify = std::move(signify);
        first = 2;
    }

    QHash<QString, qsizetype> seen; // algorithm and name -> index in entries
    for (qsizetype i = first; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        const int number = int(i + 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            ++list.commentLines;
            continue;
        }
        if (const QString what = notAList(line); !what.isEmpty())
            return refuse(number, what);
        ChecksumEntry e;
        e.line = number;
        if (const QString problem = parseLine(line, &e); !problem.isEmpty())
            return refuse(number, problem);
        const QString key = e.algorithm + u'\n' + e.name;
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            const ChecksumEntry& before = list.entries.at(*it);
            if (before.hex != e.hex)
                return refuse(
                    number,
                    Text::tr("%1 is listed again with a different %2 digest (first "
                             "on line %3)")
                        .arg(InputText::quoted(e.name), e.algorithm, QString::number(before.line)));
            list.warnings.append(Text::tr("line %1: %2 is listed again with the same digest as on "
                                          "line %3; kept once")
                                     .arg(QString::number(number), InputText::quoted(e.name),
                                          QString::number(before.line)));
            continue;
        }
        seen.insert(key, list.entries.size());
        list.weak = list.weak || e.weak;
        list.entries.append(std::move(e));
    }

    list.empty = list.entries.isEmpty();
    if (list.empty)
        list.warnings.append(Text::tr("the list has no entries, so it vouches for no file"));
    if (list.weak) {
        int weak = 0;
        for (const ChecksumEntry& e : std::as_const(list.entries))
            weak += e.weak ? 1 : 0;
        list.warnings.append(Text::tr("%n entries use MD5 or SHA-1, which do not protect against a "
                                      "file made to match",
                                      nullptr, weak));
    }
    return list;
}

} // namespace slipway
