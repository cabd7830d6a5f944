// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderCatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PlaceholderCatalogue", text);
}

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
        field("release.label", tr("Release name with its version")),
        field("release.name", tr("Release name")),
        field("release.version", tr("Release version")),
        field("release.type", tr("Release type: major, minor, patch or emergency")),
        field("release.status", tr("Release status")),
        field("release.owner", tr("Release owner")),
        optional("release.objectives", tr("Release objectives")),
        optional("release.change_ticket", tr("Change ticket")),
        field("release.team", tr("Team that owns the release")),
        field("release.services", tr("Services the release touches")),
        field("window.start_utc", tr("Window start in UTC")),
        field("window.end_utc", tr("Window end in UTC")),
        field("window.zone", tr("The zone the window is planned in")),
        field("window.start_local", tr("Window start in its planning zone")),
        field("window.end_local", tr("Window end in its planning zone")),
        field("window.duration", tr("Window length, such as 4 h")),
        field("audience.name", tr("Distribution list the message goes to")),
        field("audience.zone", tr("The audience's time zone")),
        field("audience.window_start", tr("Window start in the audience's zone")),
        field("audience.window_end", tr("Window end in the audience's zone")),
        list("zones", tr("The window in every audience's zone")),
        field("zone", tr("Time zone"), "zones"),
        field("window_start", tr("Window start in that zone"), "zones"),
        field("window_end", tr("Window end in that zone"), "zones"),
        field("scope.summary", tr("Scope by kind, such as 3 features and 2 fixes")),
        field("scope.count", tr("Number of scope items")),
        list("scope.by_kind", tr("Scope counted by kind")),
        field("kind", tr("Kind of scope item"), "scope.by_kind"),
        field("count", tr("How many of that kind"), "scope.by_kind"),
        list("scope.items", tr("Every scope item")),
        field("title", tr("Scope item title"), "scope.items"),
        field("kind", tr("Kind of scope item"), "scope.items"),
        field("key", tr("Tracker key, such as PAY-142"), "scope.items"),
        field("status", tr("Scope item status"), "scope.items"),
        list("known_issues", tr("Known issues and workarounds")),
        field("title", tr("Known issue title"), "known_issues"),
        field("impact", tr("What the issue does to users"), "known_issues"),
        field("workaround", tr("How to work around it"), "known_issues"),
        field("status", tr("Open, mitigated or resolved"), "known_issues"),
        field("known_issues_count", tr("Number of known issues")),
        field("gates.summary", tr("Quality gate status in one line")),
        optional("gates.available", tr("Set when gate results are recorded")),
        list("gates.items", tr("Each quality gate and its status")),
        field("name", tr("Gate name"), "gates.items"),
        field("status", tr("Gate status"), "gates.items"),
        list("conflicts", tr("Scheduling conflicts of the window")),
        field("severity", tr("Error or warning"), "conflicts"),
        field("kind", tr("Kind of conflict"), "conflicts"),
        field("message", tr("The conflict in a sentence"), "conflicts"),
        field("conflicts_count", tr("Number of conflicts")),
        list("contacts", tr("People to contact for the release")),
        field("name", tr("Contact name"), "contacts"),
        field("role", tr("Contact role"), "contacts"),
        field("email", tr("Contact e-mail address"), "contacts"),
        optional("delay.reason", tr("Why the release is late")),
        optional("delay.previous_start", tr("Window start before the delay")),
        optional("delay.previous_end", tr("Window end before the delay")),
        field("delay.revised_start", tr("Revised window start")),
        field("delay.revised_end", tr("Revised window end")),
        field("sender.name", tr("Who issues the message")),
        field("today", tr("Today's date")),
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
            problems.append(
                {part, at, text.mid(open, 20), tr("a tag opened with {{ is never closed with }}")});
            break;
        }
        const QString tag = text.mid(open, close - open + (triple ? 3 : 2));
        QString inner = text.mid(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
        pos = close + (triple ? 3 : 2);
        if (triple || inner.startsWith(u'&')) {
            problems.append(
                {part, at, tag, tr("prints plan text unescaped; write {{name}} so it stays text")});
            continue;
        }
        if (inner.startsWith(u'!'))
            continue;
        if (inner.startsWith(u'>') || inner.startsWith(u'=')) {
            problems.append(
                {part, at, tag, tr("partials and changed delimiters are not supported")});
            continue;
        }
        const QChar sigil = inner.isEmpty() ? QChar() : inner.at(0);
        const bool opens = sigil == u'#' || sigil == u'^';
        const bool closes = sigil == u'/';
        const QString name = (opens || closes ? inner.mid(1) : inner).trimmed();
        if (name.isEmpty()) {
            problems.append({part, at, tag, tr("an empty tag")});
            continue;
        }
        if (closes) {
            if (sections.isEmpty() || sections.constLast() != name) {
                problems.append({part, at, tag,
                                 sections.isEmpty()
                                     ? tr("closes a section that was never opened")
                                     : tr("closes %1, but {{#%2}} (line %3) is still open")
                                           .arg(name, sections.constLast())
                                           .arg(sectionLines.constLast())});
                continue;
            }
            sections.removeLast();
            sectionLines.removeLast();
            continue;
        }
        if (!resolves(name, sections))
            problems.append({part, at, tag, tr("unknown placeholder %1").arg(name)});
        if (opens) {
            sections.append(name);
            sectionLines.append(at);
        }
    }
    for (qsizetype i = 0; i < sections.size(); ++i)
        problems.append({part, sectionLines[i], QStringLiteral("{{#%1}}").arg(sections[i]),
                         tr("section %1 is never closed with {{/%1}}").arg(sections[i])});
    return problems;
}

QList<TemplateProblem> PlaceholderCatalogue::check(const QString& subject, const QString& body) {
    return checkPart(subject, QStringLiteral("subject")) + checkPart(body, QStringLiteral("body"));
}

QStringList PlaceholderCatalogue::describe(const QList<TemplateProblem>& problems) {
    QStringList lines;
    for (const TemplateProblem& p : problems)
        lines << tr("%1 line %2: %3 — %4")
                     .arg(p.part == u"subject" ? tr("subject") : tr("body"))
                     .arg(p.line)
                     .arg(p.tag, p.message);
    return lines;
}

} // namespace slipway
