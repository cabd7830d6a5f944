// SPDX-License-Identifier: GPL-3.0-or-later
#include "SemVerParser.h"

#include "domain/InputText.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SemVerParser)
};

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// The characters of a pre-release or build identifier: [0-9A-Za-z-].
bool isIdentifierChar(QChar c) {
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

Error problem(const QString& text, const QString& what, qsizetype index) {
    return Error{Error::Kind::Validation,
                 Text::tr("%1 is not a semantic version: %2 (character %3)")
                     .arg(InputText::quoted(text), what, QString::number(index + 1))};
}

QString partName(int part) {
    switch (part) {
    case 0:
        return Text::tr("the major version");
    case 1:
        return Text::tr("the minor version");
    default:
        return Text::tr("the patch version");
    }
}

QString unexpected(QChar c) {
    if (c == u' ')
        return Text::tr("a space is not allowed");
    return Text::tr("'%1' is not allowed").arg(InputText::singleLine(QStringView(&c, 1)));
}

// One walk over the text, so that every error can name its character.
class Scanner {
public:
    Scanner(const QString& text, qsizetype start)
        : m_text(text)
        , m_at(start) {}

    Result<SemVer> run() {
        SemVer v;
        quint64* core[3] = {&v.major, &v.minor, &v.patch};
        for (int part = 0; part < 3; ++part) {
            if (auto e = number(part, core[part]))
                return *e;
            if (part < 2) {
                if (atEnd())
                    return problem(m_text,
                                   Text::tr("use MAJOR.MINOR.PATCH, e.g. 2.4.0; %1 is missing")
                                       .arg(partName(part + 1)),
                                   m_at);
                if (peek() != u'.')
                    return problem(m_text, unexpected(peek()), m_at);
                ++m_at;
            }
        }
        if (!atEnd() && peek() == u'.')
            return problem(m_text, Text::tr("more than three numbers; use MAJOR.MINOR.PATCH"),
                           m_at);
        if (!atEnd() && peek() == u'-') {
            ++m_at;
            if (auto e = identifiers(true, &v.preRelease))
                return *e;
        }
        if (!atEnd() && peek() == u'+') {
            ++m_at;
            if (auto e = identifiers(false, &v.build))
                return *e;
        }
        if (!atEnd())
            return problem(m_text, unexpected(peek()), m_at);
        return v;
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek() const { return m_text.at(m_at); }

    std::optional<Error> number(int part, quint64* out) {
        const qsizetype start = m_at;
        while (!atEnd() && isDigit(peek()))
            ++m_at;
        if (m_at == start) {
            if (atEnd() || peek() == u'.')
                return problem(m_text, Text::tr("%1 is missing").arg(partName(part)), start);
            return problem(
                m_text, Text::tr("%1 must be a number; %2").arg(partName(part), unexpected(peek())),
                start);
        }
        const QStringView digits = QStringView(m_text).mid(start, m_at - start);
        if (digits.size() > 1 && digits.front() == u'0')
            return problem(m_text, Text::tr("%1 has a leading zero").arg(partName(part)), start);
        bool ok = false;
        *out = digits.toULongLong(&ok);
        if (!ok)
            return problem(m_text, Text::tr("%1 is too large").arg(partName(part)), start);
        return std::nullopt;
    }

    // Dot-separated identifiers up to '+' (for the pre-release) or the end.
    std::optional<Error> identifiers(bool preRelease, QStringList* out) {
        for (;;) {
            const qsizetype start = m_at;
            while (!atEnd() && isIdentifierChar(peek()))
                ++m_at;
            const QStringView id = QStringView(m_text).mid(start, m_at - start);
            if (id.isEmpty()) {
                if (!atEnd() && peek() != u'.' && !(preRelease && peek() == u'+'))
                    return problem(m_text, unexpected(peek()), m_at);
                return problem(m_text,
                               preRelease ? Text::tr("a pre-release identifier is empty")
                                          : Text::tr("a build metadata identifier is empty"),
                               start);
            }
            if (preRelease && id.size() > 1 && id.front() == u'0') {
                bool numeric = true;
                for (QChar c : id)
                    numeric = numeric && isDigit(c);
                if (numeric)
                    return problem(
                        m_text,
                        Text::tr("the numeric pre-release identifier %1 has a leading zero")
                            .arg(id.toString()),
                        start);
            }
            out->append(id.toString());
            if (atEnd() || peek() != u'.')
                return std::nullopt;
            ++m_at;
        }
    }

    const QString& m_text;
    qsizetype m_at = 0;
};

} // namespace

Result<SemVer> SemVerParser::parse(const QString& text) {
    if (text.isEmpty())
        return Error{Error::Kind::Validation, Text::tr("A version is required (e.g. 2.4.0).")};
    return Scanner(text, 0).run();
}

Result<LenientSemVer> SemVerParser::parseLenient(const QString& text) {
    const bool prefixed = text.startsWith(u'v') || text.startsWith(u'V');
    if (prefixed && text.size() == 1)
        return Error{Error::Kind::Validation, Text::tr("A version is required (e.g. v2.4.0).")};
    if (text.isEmpty())
        return Error{Error::Kind::Validation, Text::tr("A version is required (e.g. 2.4.0).")};
    auto v = Scanner(text, prefixed ? 1 : 0).run();
    if (!v)
        return v.error();
    return LenientSemVer{v.value(), prefixed};
}

} // namespace slipway
