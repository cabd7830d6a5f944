// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeVocabulary.h"

#include <QString>

#include <utility>

namespace slipway {
namespace {

// Item types. Slipway's kinds say what an item changes for the people who use the service:
//  feature    Story, User Story, Feature, Epic, Improvement, Product Backlog Item,
//             Requirement, and Azure DevOps' Basic-process "Issue" (its user-facing item,
//             the Story of that process). An Epic is a large feature; the board has no
//             hierarchy, so it is one card.
//  fix        Bug, Defect, Incident, Problem.
//  patch      Hotfix, Patch, Security patch, Vulnerability: urgent corrections shipped on
//             their own track.
//  tech_debt  Task, Sub-task, Spike, Chore, Refactoring, Test, Test Case: internal work
//             with no user-visible change of its own. It still takes capacity, which is
//             what the tech-debt column of the board accounts for.
//  regulatory Regulatory, Compliance; and any type whose labels mark it (isRegulatoryLabel).
constexpr std::pair<const char*, ScopeKind> kKinds[] = {
    {"feature", ScopeKind::Feature},
    {"story", ScopeKind::Feature},
    {"userstory", ScopeKind::Feature},
    {"epic", ScopeKind::Feature},
    {"newfeature", ScopeKind::Feature},
    {"improvement", ScopeKind::Feature},
    {"enhancement", ScopeKind::Feature},
    {"productbacklogitem", ScopeKind::Feature},
    {"requirement", ScopeKind::Feature},
    {"initiative", ScopeKind::Feature},
    {"issue", ScopeKind::Feature},
    {"fix", ScopeKind::Fix},
    {"bug", ScopeKind::Fix},
    {"bugfix", ScopeKind::Fix},
    {"defect", ScopeKind::Fix},
    {"incident", ScopeKind::Fix},
    {"problem", ScopeKind::Fix},
    {"patch", ScopeKind::Patch},
    {"hotfix", ScopeKind::Patch},
    {"securitypatch", ScopeKind::Patch},
    {"vulnerability", ScopeKind::Patch},
    {"techdebt", ScopeKind::TechDebt},
    {"technicaldebt", ScopeKind::TechDebt},
    {"task", ScopeKind::TechDebt},
    {"subtask", ScopeKind::TechDebt},
    {"technicaltask", ScopeKind::TechDebt},
    {"spike", ScopeKind::TechDebt},
    {"chore", ScopeKind::TechDebt},
    {"refactoring", ScopeKind::TechDebt},
    {"test", ScopeKind::TechDebt},
    {"testcase", ScopeKind::TechDebt},
    {"regulatory", ScopeKind::Regulatory},
    {"compliance", ScopeKind::Regulatory},
};

// Priorities: Jira's current scale (Highest … Lowest), its older one (Blocker, Critical,
// Major, Minor, Trivial), Azure DevOps' numbers (1 highest … 4) and P0–P5.
constexpr std::pair<const char*, ScopePriority> kPriorities[] = {
    {"critical", ScopePriority::Critical},
    {"highest", ScopePriority::Critical},
    {"blocker", ScopePriority::Critical},
    {"urgent", ScopePriority::Critical},
    {"p0", ScopePriority::Critical},
    {"p1", ScopePriority::Critical},
    {"0", ScopePriority::Critical},
    {"1", ScopePriority::Critical},
    {"high", ScopePriority::High},
    {"major", ScopePriority::High},
    {"p2", ScopePriority::High},
    {"2", ScopePriority::High},
    {"medium", ScopePriority::Medium},
    {"normal", ScopePriority::Medium},
    {"p3", ScopePriority::Medium},
    {"3", ScopePriority::Medium},
    {"", ScopePriority::Medium},
    {"low", ScopePriority::Low},
    {"lowest", ScopePriority::Low},
    {"minor", ScopePriority::Low},
    {"trivial", ScopePriority::Low},
    {"p4", ScopePriority::Low},
    {"p5", ScopePriority::Low},
    {"4", ScopePriority::Low},
    {"5", ScopePriority::Low},
};

// Statuses. Blocked and On Hold stay in progress: deferring an item is a trade-off decision
// with a recorded rationale, which an import must not make on someone's behalf. Won't Do,
// Cancelled, Rejected and the like are deferred: out of the release, kept on record.
constexpr std::pair<const char*, ScopeStatus> kStatuses[] = {
    {"proposed", ScopeStatus::Proposed},
    {"todo", ScopeStatus::Proposed},
    {"open", ScopeStatus::Proposed},
    {"new", ScopeStatus::Proposed},
    {"backlog", ScopeStatus::Proposed},
    {"reopened", ScopeStatus::Proposed},
    {"triage", ScopeStatus::Proposed},
    {"committed", ScopeStatus::Committed},
    {"approved", ScopeStatus::Committed},
    {"accepted", ScopeStatus::Committed},
    {"planned", ScopeStatus::Committed},
    {"ready", ScopeStatus::Committed},
    {"selectedfordevelopment", ScopeStatus::Committed},
    {"readyfordevelopment", ScopeStatus::Committed},
    {"inprogress", ScopeStatus::InProgress},
    {"active", ScopeStatus::InProgress},
    {"doing", ScopeStatus::InProgress},
    {"indevelopment", ScopeStatus::InProgress},
    {"inreview", ScopeStatus::InProgress},
    {"codereview", ScopeStatus::InProgress},
    {"review", ScopeStatus::InProgress},
    {"testing", ScopeStatus::InProgress},
    {"intesting", ScopeStatus::InProgress},
    {"qa", ScopeStatus::InProgress},
    {"inqa", ScopeStatus::InProgress},
    {"blocked", ScopeStatus::InProgress},
    {"onhold", ScopeStatus::InProgress},
    {"done", ScopeStatus::Done},
    {"closed", ScopeStatus::Done},
    {"resolved", ScopeStatus::Done},
    {"released", ScopeStatus::Done},
    {"completed", ScopeStatus::Done},
    {"complete", ScopeStatus::Done},
    {"fixed", ScopeStatus::Done},
    {"deployed", ScopeStatus::Done},
    {"deferred", ScopeStatus::Deferred},
    {"wontdo", ScopeStatus::Deferred},
    {"wontfix", ScopeStatus::Deferred},
    {"cancelled", ScopeStatus::Deferred},
    {"canceled", ScopeStatus::Deferred},
    {"rejected", ScopeStatus::Deferred},
    {"removed", ScopeStatus::Deferred},
    {"declined", ScopeStatus::Deferred},
    {"postponed", ScopeStatus::Deferred},
};

// Lower case without spaces, '-', '_' and '\'' ("Won't Do" -> "wontdo").
QString normalised(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u' ' || c == u'-' || c == u'_' || c == u'\'' || c == QChar(0x2019))
            continue;
        out += c.toLower();
    }
    return out;
}

template <typename Value, std::size_t N>
std::optional<Value> lookUp(const std::pair<const char*, Value> (&table)[N], QStringView text) {
    const QString key = normalised(text);
    for (const auto& [word, value] : table) {
        if (key == QLatin1String(word))
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<ScopeKind> ScopeVocabulary::kind(QStringView text) {
    return lookUp(kKinds, text);
}

std::optional<ScopePriority> ScopeVocabulary::priority(QStringView text) {
    return lookUp(kPriorities, text);
}

std::optional<ScopeStatus> ScopeVocabulary::status(QStringView text) {
    return lookUp(kStatuses, text);
}

std::optional<ScopeStatus> ScopeVocabulary::statusCategory(QStringView text) {
    const QString key = normalised(text);
    if (key == u"todo")
        return ScopeStatus::Proposed;
    if (key == u"inprogress")
        return ScopeStatus::InProgress;
    if (key == u"done")
        return ScopeStatus::Done;
    return std::nullopt;
}

bool ScopeVocabulary::isRegulatoryLabel(QStringView label) {
    static const char* const kWords[] = {"regulatory", "regulation", "compliance", "sox",
                                         "gdpr",       "hipaa",      "pci"};
    qsizetype i = 0;
    while (i < label.size()) {
        while (i < label.size() && !label[i].isLetterOrNumber())
            ++i;
        const qsizetype from = i;
        while (i < label.size() && label[i].isLetterOrNumber())
            ++i;
        const QStringView word = label.mid(from, i - from);
        for (const char* w : kWords) {
            if (!word.isEmpty() && word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace slipway
