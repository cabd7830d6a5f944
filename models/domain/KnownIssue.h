// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace slipway {

enum class IssueStatus { Open, Mitigated, Resolved };

QString toKey(IssueStatus status); // "open", "mitigated", "resolved"
std::optional<IssueStatus> issueStatusFromKey(const QString& key);
QString displayName(IssueStatus status);
QStringList allIssueStatusKeys();

// A problem a release ships with, what it does to users and how to work around it; the
// templates list these.
struct KnownIssue {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString title;
    QString impact;
    QString workaround;
    IssueStatus status = IssueStatus::Open;
    qint64 rowVersion = 0;
};

QList<FieldProblem> validateKnownIssue(const KnownIssue& issue);
QJsonObject toJson(const KnownIssue& issue);

} // namespace slipway
