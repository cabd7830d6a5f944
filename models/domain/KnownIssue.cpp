// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownIssue.h"

#include "FieldLimits.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KnownIssue)
};

} // namespace

QString toKey(IssueStatus status) {
    switch (status) {
    case IssueStatus::Open:
        return QStringLiteral("open");
    case IssueStatus::Mitigated:
        return QStringLiteral("mitigated");
    case IssueStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<IssueStatus> issueStatusFromKey(const QString& key) {
    for (IssueStatus s : {IssueStatus::Open, IssueStatus::Mitigated, IssueStatus::Resolved})
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString displayName(IssueStatus status) {
    switch (status) {
    case IssueStatus::Open:
        return Text::tr("Open");
    case IssueStatus::Mitigated:
        return Text::tr("Mitigated");
    case IssueStatus::Resolved:
        return Text::tr("Resolved");
    }
    return {};
}

QStringList allIssueStatusKeys() {
    return {QStringLiteral("open"), QStringLiteral("mitigated"), QStringLiteral("resolved")};
}

QList<FieldProblem> validateKnownIssue(const KnownIssue& issue) {
    QList<FieldProblem> problems;
    if (issue.releaseId <= 0)
        problems.append(
            {QStringLiteral("release"), Text::tr("A known issue belongs to a release.")});
    if (issue.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), Text::tr("A known issue needs a title.")});
    FieldLimits::check(problems, {{"title", QT_TRANSLATE_NOOP("FieldLimits", "The title"),
                                   issue.title, FieldLimits::kName},
                                  {"impact", QT_TRANSLATE_NOOP("FieldLimits", "The impact"),
                                   issue.impact, FieldLimits::kText},
                                  {"workaround", QT_TRANSLATE_NOOP("FieldLimits", "The workaround"),
                                   issue.workaround, FieldLimits::kText}});
    return problems;
}

QJsonObject toJson(const KnownIssue& i) {
    return {{QStringLiteral("release_id"), i.releaseId},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("impact"), i.impact},
            {QStringLiteral("workaround"), i.workaround},
            {QStringLiteral("status"), toKey(i.status)}};
}

} // namespace slipway
