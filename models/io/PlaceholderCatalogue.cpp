// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderCatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlaceholderCatalogue)
};

Placeholder field(const char* name, const QString& description, const char* list = "") {
    return {QLatin1String(name), description, QLatin1String(list), false, false};
}
Placeholder optional(const char* name, const QString& description) {
    return {QLatin1String(name), description, QString(), false, true};
}
Placeholder list(const char* name, const QString& description) {
    return {QLatin1String(name), description, QString(), true, false};
}

QList<Placeholder> build() {
    return {
        field("release.label", Text::tr("Release name with its version")),
        field("release.name", Text::tr("Release name")),
        field("release.version", Text::tr("Release version")),
        field("release.type", Text::tr("Release type: major, minor, patch or emergency")),
        field("release.status", Text::tr("Release status")),
        field("release.owner", Text::tr("Release owner")),
        optional("release.objectives", Text::tr("Release objectives")),
        optional("release.change_ticket", Text::tr("Change ticket")),
        field("release.team", Text::tr("Team that owns the release")),
        field("release.services", Text::tr("Services the release touches")),
        field("window.start_utc", Text::tr("Window start in UTC")),
        field("window.end_utc", Text::tr("Window end in UTC")),
        field("window.zone", Text::tr("The zone the window is planned in")),
        field("window.start_local", Text::tr("Window start in its planning zone")),
        field("window.end_local", Text::tr("Window end in its planning zone")),
        field("window.duration", Text::tr("Window length, such as 4 h")),
        field("audience.name", Text::tr("Distribution list the message goes to")),
        field("audience.zone", Text::tr("The audience's time zone")),
        field("audience.window_start", Text::tr("Window start in the audience's zone")),
        field("audience.window_end", Text::tr("Window end in the audience's zone")),
        list("zones", Text::tr("The window in every audience's zone")),
        field("zone", Text::tr("Time zone"), "zones"),
        field("window_start", Text::tr("Window start in that zone"), "zones"),
        field("window_end", Text::tr("Window end in that zone"), "zones"),
        field("scope.summary", Text::tr("Scope by kind, such as 3 features and 2 fixes")),
        field("scope.count", Text::tr("Number of scope items")),
        list("scope.by_kind", Text::tr("Scope counted by kind")),
        field("kind", Text::tr("Kind of scope item"), "scope.by_kind"),
        field("count", Text::tr("How many of that kind"), "scope.by_kind"),
        list("scope.items", Text::tr("Every scope item")),
        field("title", Text::tr("Scope item title"), "scope.items"),
        field("kind", Text::tr("Kind of scope item"), "scope.items"),
        field("key", Text::tr("Tracker key, such as PAY-142"), "scope.items"),
        field("status", Text::tr("Scope item status"), "scope.items"),
        list("known_issues", Text::tr("Known issues and workarounds")),
        field("title", Text::tr("Known issue title"), "known_issues"),
        field("impact", Text::tr("What the issue does to users"), "known_issues"),
        field("workaround", Text::tr("How to work around it"), "known_issues"),
        field("status", Text::tr("Open, mitigated or resolved"), "known_issues"),
        field("known_issues_count", Text::tr("Number of known issues")),
        field("gates.summary", Text::tr("Quality gate status in one line")),
        optional("gates.available", Text::tr("Set when gate results are recorded")),
        list("gates.items", Text::tr("Each quality gate and its status")),
        field("name", Text::tr("Gate name"), "gates.items"),
        field("status", Text::tr("Gate status"), "gates.items"),
        list("conflicts", Text::tr("Scheduling conflicts of the window")),
        field("severity", Text::tr("Error or warning"), "conflicts"),
        field("kind", Text::tr("Kind of conflict"), "conflicts"),
        field("message", Text::tr("The conflict in a sentence"), "conflicts"),
        field("conflicts_count", Text::tr("Number of conflicts")),
        list("contacts", Text::tr("People to contact for the release")),
        field("name", Text::tr("Contact name"), "contacts"),
        field("role", Text::tr("Contact role"), "contacts"),
        field("email", Text::tr("Contact e-mail address"), "contacts"),
        optional("delay.reason", Text::tr("Why the release is late")),
        optional("delay.previous_start", Text::tr("Window start before the delay")),
        optional("delay.previous_end", Text::tr("Window end before the delay")),
        field("delay.revised_start", Text::tr("Revised window start")),
        field("delay.revised_end", Text::tr("Revised window end")),
        field("sender.name", Text::tr("Who issues the message")),
        field("today", Text::tr("Today's date")),
    };
}

struct Known {
    QSet<QString> top;
    QSet<QString> lists;
    QHash<QString, QSet<QString>> fields; // list -> its item fields
};

const Known& known() {
    static const Known k = [] {
        Known out;
        for (const Placeholder& p : PlaceholderCatalogue::all()) {
            if (p.list.isEmpty())
                out.top.insert(p.name);
            else
                out.fields[p.list].insert(p.name);
            if (p.isList)
                out.lists.insert(p.name);
        }
        return out;
    }();
    return k;
}

bool resolves(const QString& name, const QStringList& sections) {
    const Known& k = known();
    if (name == u"." || k.top.contains(name) || k.lists.contains(name))
        return true;
    for (const QString& s : sections)
        if (k.fields.value(s).contains(name))
            return true;
    return false;
}

} // namespace

QString Placeholder::snippet() const {
    if (isList)
        return QStringLiteral("{{#%1}}\n- \n{{/%1}}").arg(name);
    if (isOptional)
        return QStringLiteral("{{#%1}}{{%1}}{{/%1}}").arg(name);
    return QStringLiteral("{{%1}}").arg(name);
}

const QList<Placeholder>& PlaceholderCatalogue::all() {
    static const QList<Placeholder> entries = build();
    return entries;
}

QList<TemplateProblem> PlaceholderCatalogue::checkPart(const QString& text, const QString& part) {
    QList<TemplateProblem> problems;
    QStringList sections;
    QList<int> sectionLines;
    qsizetype pos = 0;
    int line = 1;
    qsizetype counted = 0;
    const auto lineAt = [&](qsizetype at) {
        line += int(QStringView(text).mid(counted, at - counted).count(u'\n'));
        counted = at;
        return line;
    };
    while (true) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        if (open < 0)
            break;
        const int at = lineAt(open);
        const bool triple = text.mid(open, 3) == u"{{{";
        const qsizetype close = text.indexOf(triple ? QStringLiteral("}}}") : QStringLiteral("}}"),
                                             open + (triple ? 3 : 2));
        if (close < 0) {
            problems.append({part, at, text.mid(open, 20),
                             Text::tr("a tag opened with {{ is never closed with }}")});
            break;
        }
        const QString tag = text.mid(open, close - open + (triple ? 3 : 2));
        QString inner = text.mid(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
        pos = close + (triple ? 3 : 2);
        if (triple || inner.startsWith(u'&')) {
            problems.append(
                {part, at, tag,
                 Text::tr("prints plan text unescaped; write {{name}} so it stays text")});
            continue;
        }
        if (inner.startsWith(u'!'))
            continue;
        if (inner.startsWith(u'>') || inner.startsWith(u'=')) {
            problems.append(
                {part, at, tag, Text::tr("partials and changed delimiters are not supported")});
            continue;
        }
        const QChar sigil = inner.isEmpty() ? QChar() : inner.at(0);
        const bool opens = sigil == u'#' || sigil == u'^';
        const bool closes = sigil == u'/';
        const QString name = (opens || closes ? inner.mid(1) : inner).trimmed();
        if (name.isEmpty()) {
            problems.append({part, at, tag, Text::tr("an empty tag")});
            continue;
        }
        if (closes) {
            if (sections.isEmpty() || sections.constLast() != name) {
                problems.append({part, at, tag,
                                 sections.isEmpty()
                                     ? Text::tr("closes a section that was never opened")
                                     : Text::tr("closes %1, but {{#%2}} (line %3) is still open")
                                           .arg(name, sections.constLast())
                                           .arg(sectionLines.constLast())});
                continue;
            }
            sections.removeLast();
            sectionLines.removeLast();
            continue;
        }
        if (!resolves(name, sections))
            problems.append({part, at, tag, Text::tr("unknown placeholder %1").arg(name)});
        if (opens) {
            sections.append(name);
            sectionLines.append(at);
        }
    }
    for (qsizetype i = 0; i < sections.size(); ++i)
        problems.append({part, sectionLines[i], QStringLiteral("{{#%1}}").arg(sections[i]),
                         Text::tr("section %1 is never closed with {{/%1}}").arg(sections[i])});
    return problems;
}

QList<TemplateProblem> PlaceholderCatalogue::check(const QString& subject, const QString& body) {
    return checkPart(subject, QStringLiteral("subject")) + checkPart(body, QStringLiteral("body"));
}

QStringList PlaceholderCatalogue::describe(const QList<TemplateProblem>& problems) {
    QStringList lines;
    for (const TemplateProblem& p : problems)
        lines << Text::tr("%1 line %2: %3 — %4")
                     .arg(p.part == u"subject" ? Text::tr("subject") : Text::tr("body"))
                     .arg(p.line)
                     .arg(p.tag, p.message);
    return lines;
}

} // namespace slipway
