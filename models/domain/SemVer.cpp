// SPDX-License-Identifier: GPL-3.0-or-later
#include "SemVer.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SemVer)
};

bool isNumeric(const QString& s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isIdentifierChar(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
           c == u'-';
}

bool parseCore(const QString& part, quint64* out, QString* reason, const char* name) {
    if (!isNumeric(part)) {
        if (reason)
            *reason = Text::tr("%1 must be a number").arg(QString::fromLatin1(name));
        return false;
    }
    if (part.size() > 1 && part.front() == u'0') {
        if (reason)
            *reason = Text::tr("%1 must not have leading zeros").arg(QString::fromLatin1(name));
        return false;
    }
    bool ok = false;
    *out = part.toULongLong(&ok);
    if (!ok && reason)
        *reason = Text::tr("%1 is too large").arg(QString::fromLatin1(name));
    return ok;
}

bool parseIdentifiers(const QString& text, bool rejectLeadingZero, QStringList* out,
                      QString* reason) {
    const QStringList parts = text.split(u'.');
    for (const QString& id : parts) {
        if (id.isEmpty()) {
            if (reason)
                *reason = Text::tr("empty identifier after '-' or '+'");
            return false;
        }
        for (QChar c : id) {
            if (!isIdentifierChar(c)) {
                if (reason)
                    *reason = Text::tr("'%1' is not allowed in a version").arg(c);
                return false;
            }
        }
        if (rejectLeadingZero && isNumeric(id) && id.size() > 1 && id.front() == u'0') {
            if (reason)
                *reason =
                    Text::tr("numeric pre-release identifier '%1' has a leading zero").arg(id);
            return false;
        }
    }
    *out = parts;
    return true;
}

} // namespace

std::optional<SemVer> SemVer::parse(const QString& text, QString* reason) {
    if (text.isEmpty()) {
        if (reason)
            *reason = Text::tr("version is required (e.g. 2.4.0)");
        return std::nullopt;
    }
    QString rest = text;
    SemVer v;
    const qsizetype plus = rest.indexOf(u'+');
    if (plus >= 0) {
        if (!parseIdentifiers(rest.mid(plus + 1), false, &v.build, reason))
            return std::nullopt;
        rest.truncate(plus);
    }
    const qsizetype dash = rest.indexOf(u'-');
    if (dash >= 0) {
        if (!parseIdentifiers(rest.mid(dash + 1), true, &v.preRelease, reason))
            return std::nullopt;
        rest.truncate(dash);
    }
    const QStringList core = rest.split(u'.');
    if (core.size() != 3) {
        if (reason)
            *reason = Text::tr("use MAJOR.MINOR.PATCH, e.g. 2.4.0");
        return std::nullopt;
    }
    if (!parseCore(core[0], &v.major, reason, "major") ||
        !parseCore(core[1], &v.minor, reason, "minor") ||
        !parseCore(core[2], &v.patch, reason, "patch"))
        return std::nullopt;
    return v;
}

QString SemVer::toString() const {
    QString s =
        QString::number(major) + u'.' + QString::number(minor) + u'.' + QString::number(patch);
    if (!preRelease.isEmpty())
        s += u'-' + preRelease.join(u'.');
    if (!build.isEmpty())
        s += u'+' + build.join(u'.');
    return s;
}

int SemVer::compare(const SemVer& other) const {
    if (major != other.major)
        return major < other.major ? -1 : 1;
    if (minor != other.minor)
        return minor < other.minor ? -1 : 1;
    if (patch != other.patch)
        return patch < other.patch ? -1 : 1;
    // A version without pre-release identifiers ranks above one with them.
    if (preRelease.isEmpty() || other.preRelease.isEmpty())
        return preRelease.isEmpty() == other.preRelease.isEmpty() ? 0
               : preRelease.isEmpty()                             ? 1
                                                                  : -1;
    const qsizetype n = std::min(preRelease.size(), other.preRelease.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString& a = preRelease[i];
        const QString& b = other.preRelease[i];
        const bool an = isNumeric(a);
        const bool bn = isNumeric(b);
        if (an && bn) {
            if (a.size() != b.size())
                return a.size() < b.size() ? -1 : 1;
            const int c = a.compare(b);
            if (c != 0)
                return c < 0 ? -1 : 1;
        } else if (an != bn) {
            return an ? -1 : 1; // numeric identifiers rank below alphanumeric ones
        } else {
            const int c = a.compare(b);
            if (c != 0)
                return c < 0 ? -1 : 1;
        }
    }
    if (preRelease.size() == other.preRelease.size())
        return 0;
    return preRelease.size() < other.preRelease.size() ? -1 : 1;
}

} // namespace slipway
