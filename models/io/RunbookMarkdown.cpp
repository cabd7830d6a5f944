// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookMarkdown.h"

#include "OutputFile.h"
#include "RunbookStepTable.h"
#include "RunbookTriggerText.h"
#include "Utf8Check.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookMarkdown)
};

Error problem(const QString& fileName, qsizetype line, const QString& what) {
    return Error{Error::Kind::Usage, QStringLiteral("%1:%2: ").arg(fileName).arg(line) + what};
}

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

QStringView trimmedBlanks(QStringView s) {
    while (!s.isEmpty() && isBlank(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isBlank(s.back()))
        s.chop(1);
    return s;
}

bool isAsciiPunctuation(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) ||
           (u >= 0x7b && u <= 0x7e);
}

bool isWordChar(QStringView s, qsizetype i) {
    return i >= 0 && i < s.size() && s[i].isLetterOrNumber();
}

// Characters that would start emphasis, code, links, HTML, entities, math, strike-through,
// headings' closing marks, mentions or issue references, or split a table cell.
bool needsBackslash(QStringView s, qsizetype i) {
    const QChar c = s[i];
    if (c == u'_') // inside a word it is plain text; at a word's edge it may emphasise
        return !(isWordChar(s, i - 1) && isWordChar(s, i + 1));
    static const QString special = QStringLiteral("\\`*[]<>|~&$#@!");
    return special.contains(c);
}

// A pipe with a backslash right before it belongs to the cell (GitHub's rule).
bool isCellPipe(QStringView s, qsizetype i) {
    return s[i] == u'|' && !(i > 0 && s[i - 1] == u'\\');
}

bool hasCellPipe(QStringView s) {
    for (qsizetype i = 0; i < s.size(); ++i)
        if (isCellPipe(s, i))
            return true;
    return false;
}

bool isDelimiterRow(const QStringList& cells) {
    for (const QString& c : cells) {
        QStringView v = c;
        if (v.startsWith(u':'))
            v = v.mid(1);
        if (v.endsWith(u':'))
            v.chop(1);
        if (v.isEmpty())
            return false;
        for (QChar ch : v)
            if (ch != u'-')
                return false;
    }
    return !cells.isEmpty();
}

// "&#39;", "&#x27;" or "&amp;" at `at`: the character and how long the reference is.
std::optional<std::pair<QString, qsizetype>> characterReference(QStringView s, qsizetype at) {
    // The longest reference read is "&#x10FFFF;": look no further, so a cell full of '&' stays
    // linear.
    const qsizetype found = s.mid(at, 11).indexOf(u';');
    if (found < 0)
        return std::nullopt;
    const qsizetype semi = at + found;
    const QStringView body = s.mid(at + 1, semi - at - 1);
    const qsizetype length = semi - at + 1;
    if (body.startsWith(u'#')) {
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        const QStringView digits = body.mid(hex ? 2 : 1);
        if (digits.isEmpty())
            return std::nullopt;
        bool ok = false;
        const uint code = digits.toString().toUInt(&ok, hex ? 16 : 10);
        if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t c = code;
        return std::pair{QString::fromUcs4(&c, 1), length};
    }
    static const std::pair<const char*, char16_t> named[] = {
        {"amp", u'&'}, {"lt", u'<'}, {"gt", u'>'}, {"quot", u'"'}, {"apos", u'\''}, {"nbsp", 0xA0}};
    for (const auto& [name, c] : named)
        if (body == QLatin1String(name))
            return std::pair{QString(QChar(c)), length};
    return std::nullopt;
}

// "<br>", "<br/>" or "<br />" at `at`: its length, or 0.
qsizetype lineBreakTag(QStringView s, qsizetype at) {
    for (const char* tag : {"<br>", "<br/>", "<br />"}) {
        const QLatin1String t(tag);
        if (s.mid(at, t.size()).compare(t, Qt::CaseInsensitive) == 0)
            return t.size();
    }
    return 0;
}

QString utcText(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QByteArray tableRow(const QStringList& cells) {
    return (QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n"))
        .toUtf8();
}

} // namespace

QString RunbookMarkdown::escapeCell(const QString& text) {
    const qsizetype n = text.size();
    qsizetype lead = 0;
    while (lead < n && text[lead] == u' ')
        ++lead;
    qsizetype trail = n;
    while (trail > lead && text[trail - 1] == u' ')
        --trail;
    QString out;
    out.reserve(n + n / 8 + 8);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u' ' && (i < lead || i >= trail))
            out += QLatin1String("&#32;"); // a cell's outer spaces are padding to a reader
        else if (c == u'\n')
            out += QLatin1String("<br>");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("&#%1;").arg(c.unicode());
        else if (needsBackslash(text, i))
            out += u'\\' + c;
        else
            out += c;
    }
    return out;
}

QString RunbookMarkdown::unescapeCell(QStringView cell) {
    // First the pipes, as GitHub does before reading the cell's inline text.
    QString text = cell.toString();
    text.replace(QLatin1String("\\|"), QLatin1String("|"));
    const QStringView s = text;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1])) {
            out += s[i + 1];
            i += 2;
        } else if (c == u'&') {
            if (const auto ref = characterReference(s, i)) {
                out += ref->first;
                i += ref->second;
            } else {
                out += c;
                ++i;
            }
        } else if (c == u'<' && lineBreakTag(s, i) > 0) {
            out += u'\n';
            i += lineBreakTag(s, i);
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QStringList RunbookMarkdown::splitRow(QStringView line) {
    QStringView s = trimmedBlanks(line);
    if (s.startsWith(u'|'))
        s = s.mid(1);
    if (!s.isEmpty() && isCellPipe(s, s.size() - 1))
        s.chop(1);
    QStringList cells;
    qsizetype from = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (isCellPipe(s, i)) {
            cells << trimmedBlanks(s.mid(from, i - from)).toString();
            from = i + 1;
        }
    }
    cells << trimmedBlanks(s.mid(from)).toString();
    return cells;
}

QByteArray RunbookMarkdown::toMarkdown(const Runbook& runbook) {
    QByteArray md;
    const auto line = [&md](const QString& text) {
        md += text.toUtf8() + '\n';
    };
    line(QStringLiteral("# ") + Text::tr("Runbook: %1").arg(escapeCell(runbook.releaseLabel)));
    line({});
    line(QStringLiteral("**%1** %2")
             .arg(Text::tr("Pattern:"), escapeCell(displayName(runbook.pattern))));
    line({});
    line(QStringLiteral("**%1** %2")
             .arg(Text::tr("State:"), runbook.isReady() ? Text::tr("ready, marked by %1 at %2 UTC")
                                                              .arg(escapeCell(runbook.readyBy),
                                                                   utcText(runbook.readyAt))
                                                        : Text::tr("draft")));
    line({});
    line(QStringLiteral("**%1** %2")
             .arg(Text::tr("Rationale:"), runbook.rationale.isEmpty()
                                              ? Text::tr("none given")
                                              : escapeCell(runbook.rationale)));
    line({});
    line(QStringLiteral("## ") + Text::tr("Steps"));
    line({});
    md += tableRow(RunbookStepTable::columnNames());
    md += tableRow(QStringList(RunbookStepTable::columnNames().size(), QStringLiteral("---")));
    for (const RunbookStep& s : runbook.steps) {
        QStringList cells = RunbookStepTable::cells(s);
        for (QString& c : cells)
            c = escapeCell(c);
        md += tableRow(cells);
    }
    line({});
    line(QStringLiteral("## ") + Text::tr("Rollback triggers"));
    line({});
    if (runbook.triggers.isEmpty()) {
        line(Text::tr("No rollback triggers."));
    } else {
        md +=
            tableRow({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("condition")});
        md += tableRow(QStringList(3, QStringLiteral("---")));
        for (const RunbookTrigger& t : runbook.triggers)
            md += tableRow({escapeCell(t.name), escapeCell(toKey(t.kind)),
                            escapeCell(RunbookTriggerText::condition(t))});
    }
    return md;
}

Result<void> RunbookMarkdown::write(const Runbook& runbook, const QString& path) {
    return OutputFile::write(path, toMarkdown(runbook));
}

Result<QList<RunbookStep>> RunbookMarkdown::read(const QString& path) {
    const QFileInfo info(path);
    const QString shown = info.fileName();
    if (!info.exists())
        return Error{Error::Kind::Usage, Text::tr("%1 does not exist.").arg(path)};
    if (info.isDir())
        return Error{Error::Kind::Usage,
                     Text::tr("%1 is a folder, not a Markdown file.").arg(path)};
    if (info.size() > kMaxBytes)
        return Error{Error::Kind::Usage, Text::tr("%1 is %2 MB; Markdown runbooks over %3 MB "
                                                  "are refused.")
                                             .arg(shown)
                                             .arg(info.size() / (1024 * 1024))
                                             .arg(kMaxBytes / (1024 * 1024))};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     Text::tr("%1 cannot be read: %2.").arg(shown, f.errorString())};
    return parse(f.readAll(), shown);
}

Result<QList<RunbookStep>> RunbookMarkdown::parse(const QByteArray& bytes,
                                                  const QString& fileName) {
    if (bytes.size() > kMaxBytes)
        return Error{Error::Kind::Usage,
                     Text::tr("%1 is over %2 MB; Markdown runbooks that large are refused.")
                         .arg(fileName)
                         .arg(kMaxBytes / (1024 * 1024))};
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const qsizetype bad =
            Utf8Check::firstBadByte(bytes.constData() + start, bytes.size() - start);
        bad >= 0) {
        const int line = Utf8Check::lineOf(bytes, start + bad);
        return problem(fileName, line,
                       bytes.at(start + bad) == '\0'
                           ? Text::tr("a NUL byte; this is binary data, not a Markdown file")
                           : Text::tr("not valid UTF-8 text; save the file as UTF-8"));
    }
    const QString text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
    // Lines as CommonMark counts them: LF, CRLF or a lone CR ends one.
    QList<QStringView> lines;
    {
        const QStringView all = text;
        qsizetype from = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i] == u'\n' || all[i] == u'\r') {
                lines << all.mid(from, i - from);
                if (all[i] == u'\r' && i + 1 < all.size() && all[i + 1] == u'\n')
                    ++i;
                from = i + 1;
            }
        }
        if (from < all.size())
            lines << all.mid(from);
    }

    std::optional<QList<RunbookStep>> steps;
    QList<int> stepLines;
    int stepsTableLine = 0;
    QChar fence;
    qsizetype fenceLength = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView l = lines[i];
        // Fenced code (``` or ~~~, indented at most three spaces) is never a table.
        qsizetype indent = 0;
        while (indent < l.size() && indent < 4 && l[indent] == u' ')
            ++indent;
        if (indent < 4 && indent < l.size() && (l[indent] == u'`' || l[indent] == u'~')) {
            const QChar c = l[indent];
            qsizetype run = 0;
            while (indent + run < l.size() && l[indent + run] == c)
                ++run;
            if (fenceLength == 0 && run >= 3) {
                fence = c;
                fenceLength = run;
                continue;
            }
            if (fenceLength > 0 && c == fence && run >= fenceLength &&
                trimmedBlanks(l.mid(indent + run)).isEmpty()) {
                fenceLength = 0;
                continue;
            }
        }
        if (fenceLength > 0 || i + 1 >= lines.size() || !hasCellPipe(l))
            continue;
        const QStringList header = splitRow(l);
        const QStringList delimiter = splitRow(lines[i + 1]);
        if (delimiter.size() != header.size() || !isDelimiterRow(delimiter))
            continue;
        // A table: its rows run to the first blank line or line without a cell pipe.
        qsizetype end = i + 2;
        while (end < lines.size() && !trimmedBlanks(lines[end]).isEmpty() &&
               hasCellPipe(lines[end]))
            ++end;
        QStringList names;
        for (const QString& h : header)
            names << unescapeCell(h);
        const bool isSteps = std::any_of(names.cbegin(), names.cend(), [](const QString& n) {
            return n.trimmed().compare(QLatin1String("key"), Qt::CaseInsensitive) == 0;
        });
        const int headerLine = int(i + 1);
        if (isSteps) {
            if (steps)
                return problem(fileName, headerLine,
                               Text::tr("a second table of steps (the first is on line %1); a "
                                        "runbook file has one")
                                   .arg(stepsTableLine));
            auto layout = RunbookStepTable::layout(names, fileName, headerLine);
            if (!layout)
                return layout.error();
            if (end == i + 2)
                return problem(fileName, headerLine, Text::tr("the table of steps has no rows"));
            steps.emplace();
            stepsTableLine = headerLine;
            for (qsizetype r = i + 2; r < end; ++r) {
                const int rowLine = int(r + 1);
                QStringList cells = splitRow(lines[r]);
                // Missing cells are empty, as GitHub shows them; extra ones would be lost.
                if (cells.size() > header.size())
                    return problem(fileName, rowLine,
                                   Text::tr("%1 cells where the header has %2 (a pipe in a "
                                            "cell is written \\|)")
                                       .arg(cells.size())
                                       .arg(header.size()));
                while (cells.size() < header.size())
                    cells << QString();
                for (QString& c : cells)
                    c = unescapeCell(c);
                auto step = RunbookStepTable::step(layout.value(), cells, fileName, rowLine);
                if (!step)
                    return step.error();
                steps->append(step.value());
                stepLines << rowLine;
            }
        }
        i = end - 1;
    }
    if (!steps)
        return problem(fileName, 1,
                       Text::tr("no table of steps: a pipe table whose header names the columns "
                                "key, title, kind and duration_min"));
    if (auto checked = RunbookStepTable::check(*steps, stepLines, fileName); !checked)
        return checked.error();
    return *steps;
}

} // namespace slipway
