// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionConstraint.h"

#include "SemVerParser.h"

#include "domain/InputText.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(VersionConstraint)
};

using Op = VersionComparator::Op;
constexpr quint64 kMax = std::numeric_limits<quint64>::max();

enum class Prefix { None, Equal, Less, LessOrEqual, Greater, GreaterOrEqual, Tilde, Caret };

// A version as a constraint may write it: "1", "1.2", "1.x", "*" or a full version. `given`
// counts the numbers before the first wildcard or the end (0 for "*", 3 for a full version).
struct Partial {
    int given = 0;
    quint64 n[3] = {0, 0, 0};
    QStringList preRelease;
};

SemVer version(quint64 major, quint64 minor, quint64 patch, QStringList preRelease = {}) {
    return SemVer{major, minor, patch, std::move(preRelease), {}};
}

// The lowest version of a partial: 1.2 is 1.2.0.
SemVer lowest(const Partial& p) {
    return version(p.n[0], p.given >= 2 ? p.n[1] : 0, p.given >= 3 ? p.n[2] : 0, p.preRelease);
}

// The first version past the given number at `level` (0 major, 1 minor, 2 patch), as the
// release "1.3.0" or as its lowest pre-release "1.3.0-0"; none when the number is at its
// largest, so no version lies past it.
std::optional<SemVer> pastLevel(const Partial& p, int level, bool preRelease) {
    if (p.n[level] == kMax)
        return std::nullopt;
    QStringList pre;
    if (preRelease)
        pre.append(QStringLiteral("0"));
    if (level == 0)
        return version(p.n[0] + 1, 0, 0, pre);
    if (level == 1)
        return version(p.n[0], p.n[1] + 1, 0, pre);
    return version(p.n[0], p.n[1], p.n[2] + 1, pre);
}

VersionComparator nothing() {
    return {Op::Less, version(0, 0, 0, {QStringLiteral("0")})};
}

bool isSpace(QChar c) {
    return c == u' ' || c == u'\t';
}

bool endsToken(QChar c) {
    return isSpace(c) || c == u',' || c == u'|';
}

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isWildcard(QChar c) {
    return c == u'x' || c == u'X' || c == u'*';
}

QString prefixText(Prefix p) {
    switch (p) {
    case Prefix::Equal:
        return QStringLiteral("=");
    case Prefix::Less:
        return QStringLiteral("<");
    case Prefix::LessOrEqual:
        return QStringLiteral("<=");
    case Prefix::Greater:
        return QStringLiteral(">");
    case Prefix::GreaterOrEqual:
        return QStringLiteral(">=");
    case Prefix::Tilde:
        return QStringLiteral("~");
    case Prefix::Caret:
        return QStringLiteral("^");
    case Prefix::None:
        break;
    }
    return {};
}

// npm's meaning of each form, written out as comparators:
//   1.2.3 / =1.2.3   exactly that version     1.2.x / 1.2   >=1.2.0 <1.3.0-0
//   ~1.2.3  >=1.2.3 <1.3.0-0                  ~1.2 / ~1     >=1.2.0 <1.3.0-0 / >=1.0.0 <2.0.0-0
//   ^1.2.3  >=1.2.3 <2.0.0-0                  ^0.2.3        >=0.2.3 <0.3.0-0
//   ^0.0.3  >=0.0.3 <0.0.4-0                  ^0.0.x        >=0.0.0 <0.1.0-0
//   >1.2    >=1.3.0                           <1.2          <1.2.0-0
//   <=1.2   <1.3.0-0                          1.2 - 2.3     >=1.2.0 <2.4.0-0
// The "-0" bounds keep the next release's pre-releases out. Past the largest number there is
// nothing, so such an upper bound is left out.
void expand(Prefix prefix, const Partial& p, QList<VersionComparator>* set) {
    const auto add = [&](Op op, const std::optional<SemVer>& v) {
        if (v)
            set->append({op, *v});
    };
    const int last = p.given - 1;
    switch (prefix) {
    case Prefix::None:
    case Prefix::Equal:
        if (p.given == 3) {
            add(Op::Equal, lowest(p));
        } else if (p.given > 0) {
            add(Op::GreaterOrEqual, lowest(p));
            add(Op::Less, pastLevel(p, last, true));
        }
        return;
    case Prefix::Tilde:
        if (p.given > 0) {
            add(Op::GreaterOrEqual, lowest(p));
            add(Op::Less, pastLevel(p, p.given == 1 ? 0 : 1, true));
        }
        return;
    case Prefix::Caret:
        if (p.given > 0) {
            // The first non-zero number given may not change; when all are zero, the last
            // one given may not (^0.0 is <0.1.0-0, ^0.0.0 is <0.0.1-0).
            int level = last;
            for (int i = 0; i < p.given; ++i) {
                if (p.n[i] != 0) {
                    level = i;
                    break;
                }
            }
            add(Op::GreaterOrEqual, lowest(p));
            add(Op::Less, pastLevel(p, level, true));
        }
        return;
    case Prefix::Greater:
        if (p.given == 0) {
            set->append(nothing());
        } else if (p.given == 3) {
            add(Op::Greater, lowest(p));
        } else if (auto past = pastLevel(p, last, false)) {
            add(Op::GreaterOrEqual, past);
        } else {
            set->append(nothing());
        }
        return;
    case Prefix::GreaterOrEqual:
        if (p.given > 0)
            add(Op::GreaterOrEqual, lowest(p));
        return;
    case Prefix::Less:
        if (p.given == 0) {
            set->append(nothing());
        } else {
            SemVer bound = lowest(p);
            if (p.given < 3)
                bound.preRelease = {QStringLiteral("0")};
            add(Op::Less, bound);
        }
        return;
    case Prefix::LessOrEqual:
        if (p.given == 3)
            add(Op::LessOrEqual, lowest(p));
        else if (p.given > 0)
            add(Op::Less, pastLevel(p, last, true));
        return;
    }
}

class Parser {
public:
    explicit Parser(const QString& text)
        : m_text(text) {}

    Result<QList<QList<VersionComparator>>> run() {
        QList<QList<VersionComparator>> alternatives;
        for (;;) {
            QList<VersionComparator> set;
            if (auto e = range(&set))
                return *e;
            alternatives.append(set);
            if (atEnd())
                return alternatives;
            m_at += 2; // past "||"
        }
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek() const { return m_text.at(m_at); }
    QChar peekAt(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }
    void skipSpaces() {
        while (!atEnd() && isSpace(peek()))
            ++m_at;
    }

    Error fail(const QString& what, qsizetype at) const {
        return Error{Error::Kind::Validation,
                     Text::tr("%1 is not a version constraint: %2 (character %3)")
                         .arg(InputText::quoted(m_text), what, QString::number(at + 1))};
    }

    QString unexpected(QChar c) const {
        return Text::tr("'%1' is not allowed").arg(InputText::singleLine(QStringView(&c, 1)));
    }

    // Comparators joined by spaces or commas, up to "||" or the end.
    std::optional<Error> range(QList<VersionComparator>* set) {
        bool any = false;
        bool comma = false;
        for (;;) {
            skipSpaces();
            if (atEnd() || peek() == u'|') {
                if (!atEnd() && peekAt(m_at + 1) != u'|')
                    return fail(Text::tr("use '||' between alternatives"), m_at);
                break;
            }
            if (peek() == u',') {
                if (!any || comma)
                    return fail(Text::tr("a ',' needs a comparator before it"), m_at);
                comma = true;
                ++m_at;
                continue;
            }
            const Prefix prefix = readPrefix();
            skipSpaces();
            if (atEnd() || peek() == u',' || peek() == u'|')
                return fail(Text::tr("a version is missing after '%1'").arg(prefixText(prefix)),
                            m_at);
            Partial p;
            if (auto e = partial(&p))
                return e;
            any = true;
            comma = false;
            if (prefix == Prefix::None) {
                // A hyphen range: "1.2.3 - 2.3.4", the hyphen between spaces.
                const qsizetype before = m_at;
                skipSpaces();
                if (m_at > before && !atEnd() && peek() == u'-' &&
                    (m_at + 1 == m_text.size() || isSpace(peekAt(m_at + 1)))) {
                    ++m_at;
                    skipSpaces();
                    if (atEnd() || peek() == u',' || peek() == u'|')
                        return fail(Text::tr("a version is missing after '-'"), m_at);
                    if (readPrefix() != Prefix::None)
                        return fail(Text::tr("a hyphen range takes two plain versions"), m_at - 1);
                    Partial high;
                    if (auto e = partial(&high))
                        return e;
                    expandHyphen(p, high, set);
                    continue;
                }
                m_at = before;
            }
            expand(prefix, p, set);
        }
        if (comma)
            return fail(Text::tr("a ',' needs a comparator after it"), m_at);
        if (!any)
            return fail(m_text.trimmed().isEmpty() ? Text::tr("it is empty")
                                                   : Text::tr("an alternative is empty"),
                        m_at);
        return std::nullopt;
    }

    Prefix readPrefix() {
        const QChar c = atEnd() ? QChar() : peek();
        const bool orEqual = peekAt(m_at + 1) == u'=';
        if (c == u'>' || c == u'<') {
            m_at += orEqual ? 2 : 1;
            if (c == u'>')
                return orEqual ? Prefix::GreaterOrEqual : Prefix::Greater;
            return orEqual ? Prefix::LessOrEqual : Prefix::Less;
        }
        if (c == u'=' || c == u'^' || c == u'~') {
            ++m_at;
            return c == u'=' ? Prefix::Equal : c == u'^' ? Prefix::Caret : Prefix::Tilde;
        }
        return Prefix::None;
    }

    // One version token, up to a space, ',' or '|'.
    std::optional<Error> partial(Partial* p) {
        const qsizetype start = m_at;
        while (!atEnd() && !endsToken(peek()))
            ++m_at;
        const QStringView token = QStringView(m_text).mid(start, m_at - start);
        qsizetype i = 0;
        if (token.front() == u'v' || token.front() == u'V')
            ++i; // "v1.2.3", as tags are written
        bool wild = false;
        for (int part = 0;; ++part) {
            if (i == token.size())
                return fail(Text::tr("a number is missing"), start + i);
            const qsizetype at = i;
            if (isWildcard(token[i])) {
                wild = true;
                ++i;
            } else if (isDigit(token[i])) {
                while (i < token.size() && isDigit(token[i]))
                    ++i;
                const QStringView digits = token.mid(at, i - at);
                if (wild)
                    return fail(Text::tr("a number cannot follow a wildcard"), start + at);
                if (digits.size() > 1 && digits.front() == u'0')
                    return fail(Text::tr("%1 has a leading zero").arg(digits.toString()),
                                start + at);
                bool ok = false;
                p->n[part] = digits.toULongLong(&ok);
                if (!ok)
                    return fail(Text::tr("%1 is too large").arg(InputText::singleLine(digits, 30)),
                                start + at);
                p->given = part + 1;
            } else {
                return fail(token[i] == u'.' ? Text::tr("a number is missing")
                                             : unexpected(token[i]),
                            start + i);
            }
            if (i == token.size())
                return std::nullopt;
            if (token[i] == u'.') {
                if (part == 2)
                    return fail(Text::tr("a version has at most three numbers"), start + i);
                ++i;
                continue;
            }
            if (token[i] == u'-' || token[i] == u'+') {
                if (p->given < 3)
                    return fail(Text::tr("a pre-release or build needs MAJOR.MINOR.PATCH"),
                                start + i);
                const QString full = token.mid(token.front().isDigit() ? 0 : 1).toString();
                auto v = SemVerParser::parse(full);
                if (!v)
                    return Error{Error::Kind::Validation,
                                 Text::tr("%1 is not a version constraint: %2")
                                     .arg(InputText::quoted(m_text), v.error().message)};
                p->preRelease = v->preRelease;
                return std::nullopt;
            }
            return fail(unexpected(token[i]), start + i);
        }
    }

    void expandHyphen(const Partial& low, const Partial& high, QList<VersionComparator>* set) {
        if (low.given > 0)
            set->append({Op::GreaterOrEqual, lowest(low)});
        if (high.given == 3)
            set->append({Op::LessOrEqual, lowest(high)});
        else if (high.given > 0) {
            if (auto past = pastLevel(high, high.given - 1, true))
                set->append({Op::Less, *past});
        }
    }

    const QString& m_text;
    qsizetype m_at = 0;
};

} // namespace

bool VersionComparator::matches(const SemVer& v) const {
    const int c = v.compare(version);
    switch (op) {
    case Op::Less:
        return c < 0;
    case Op::LessOrEqual:
        return c <= 0;
    case Op::Greater:
        return c > 0;
    case Op::GreaterOrEqual:
        return c >= 0;
    case Op::Equal:
        break;
    }
    return c == 0;
}

QString VersionComparator::toString() const {
    static const QString ops[] = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                  QStringLiteral(">="), QStringLiteral("=")};
    return ops[int(op)] + version.toString();
}

Result<VersionConstraint> VersionConstraint::parse(const QString& text) {
    if (text.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     Text::tr("A version constraint is required (e.g. ^1.2.0 or >=2.0.0 <3.0.0).")};
    auto alternatives = Parser(text).run();
    if (!alternatives)
        return alternatives.error();
    VersionConstraint c;
    c.m_text = text.trimmed();
    c.m_alternatives = alternatives.value();
    return c;
}

bool VersionConstraint::satisfies(const SemVer& version) const {
    for (const QList<VersionComparator>& set : m_alternatives) {
        bool ok = true;
        for (const VersionComparator& c : set)
            ok = ok && c.matches(version);
        if (ok && !version.preRelease.isEmpty()) {
            ok = false;
            for (const VersionComparator& c : set) {
                const SemVer& b = c.version;
                ok = ok || (!b.preRelease.isEmpty() && b.major == version.major &&
                            b.minor == version.minor && b.patch == version.patch);
            }
        }
        if (ok)
            return true;
    }
    return false;
}

QString VersionConstraint::normalized() const {
    QStringList alternatives;
    for (const QList<VersionComparator>& set : m_alternatives) {
        QStringList parts;
        for (const VersionComparator& c : set)
            parts.append(c.toString());
        alternatives.append(parts.isEmpty() ? QStringLiteral("*") : parts.join(u' '));
    }
    return alternatives.join(QStringLiteral(" || "));
}

} // namespace slipway
