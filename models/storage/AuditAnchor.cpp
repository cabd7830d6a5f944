// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchor.h"

#include "AuditLog.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)
};

Error malformed(const QString& why) {
    return Error{Error::Kind::Usage, why};
}

bool isLowerHex(QStringView text) {
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isDigits(QStringView text) {
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The next space-separated field of `rest`, which moves past it.
QStringView nextField(QStringView& rest) {
    const qsizetype space = rest.indexOf(u' ');
    const QStringView field = space < 0 ? rest : rest.left(space);
    rest = space < 0 ? QStringView() : rest.mid(space + 1);
    return field;
}

// A file name as one line: no line breaks or other control characters inside an anchor.
QString printable(const QString& name) {
    QString out = name;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return out;
}

} // namespace

QString AuditAnchor::when() const {
    // Whole seconds: Qt::ISODate leaves milliseconds out and writes UTC with a 'Z'.
    return at.toUTC().toString(Qt::ISODate);
}

QString AuditAnchor::toLine() const {
    return QStringLiteral("%1 %2 %3 entries=%4 head=%5 file=%6")
        .arg(tag())
        .arg(kFormat)
        .arg(when())
        .arg(entries)
        .arg(head, printable(file));
}

bool AuditAnchor::isComment(QStringView line) {
    const QStringView t = line.trimmed();
    return t.isEmpty() || t.startsWith(u'#');
}

Result<AuditAnchor> AuditAnchor::parse(QStringView line) {
    if (line.endsWith(u'\r'))
        line.chop(1);
    QStringView rest = line;
    if (nextField(rest) != tag())
        return malformed(Text::tr("not an audit anchor (a line starts with '%1')").arg(tag()));
    const QStringView version = nextField(rest);
    if (!isDigits(version))
        return malformed(Text::tr("the format version is missing"));
    if (version.toInt() != kFormat)
        return malformed(
            Text::tr("anchor format %1 is not one this Slipway reads (it reads format %2)")
                .arg(version.toString())
                .arg(kFormat));
    AuditAnchor anchor;
    const QStringView time = nextField(rest);
    anchor.at = QDateTime::fromString(time.toString(), Qt::ISODate).toUTC();
    if (!anchor.at.isValid() || anchor.when() != time)
        return malformed(Text::tr("'%1' is not a UTC time such as 2026-11-01T09:30:00Z")
                             .arg(time.left(40).toString()));
    const QStringView entries = nextField(rest);
    if (!entries.startsWith(u"entries=") || !isDigits(entries.mid(8)))
        return malformed(Text::tr("'entries=' and a count are missing"));
    anchor.entries = entries.mid(8).toLongLong();
    const QStringView head = nextField(rest);
    if (!head.startsWith(u"head=") || head.size() != 5 + 64 || !isLowerHex(head.mid(5)))
        return malformed(Text::tr("'head=' and 64 lower-case hex digits are missing"));
    anchor.head = head.mid(5).toString();
    if (anchor.entries == 0 && anchor.head != AuditLog::genesisHash())
        return malformed(Text::tr("an anchor of 0 entries must have the genesis head (64 zeros)"));
    if (!rest.startsWith(u"file="))
        return malformed(Text::tr("'file=' and the file's name are missing"));
    anchor.file = rest.mid(5).toString();
    return anchor;
}

QString AnchorCheck::outcomeKey(Outcome outcome) {
    switch (outcome) {
    case Outcome::Holds:
        return QStringLiteral("holds");
    case Outcome::Truncated:
        return QStringLiteral("truncated");
    case Outcome::Rewritten:
        return QStringLiteral("rewritten");
    }
    return {};
}

Result<AnchorCheck> checkAnchor(const AuditLog& log, qint64 entriesNow, const AuditAnchor& anchor) {
    AnchorCheck check;
    if (entriesNow < anchor.entries) {
        check.outcome = AnchorCheck::Outcome::Truncated;
        check.message = Text::tr("truncated: the anchor of %1 recorded %2 entries, the log has %3")
                            .arg(anchor.when())
                            .arg(anchor.entries)
                            .arg(entriesNow);
        return check;
    }
    if (anchor.entries == 0)
        return check; // every log extends the empty one
    auto stored = log.hashAt(anchor.entries);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || *stored.value() != anchor.head) {
        check.outcome = AnchorCheck::Outcome::Rewritten;
        check.message = Text::tr("rewritten: entry %1 differs from the anchor of %2")
                            .arg(anchor.entries)
                            .arg(anchor.when());
    }
    return check;
}

} // namespace slipway
