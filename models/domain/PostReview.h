// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// The blameless post-implementation review of a release: systems and process, no names.
struct PostReview {
    enum class State { Draft, Done };
    qint64 id = 0;
    qint64 releaseId = 0;
    State state = State::Draft;
    QString summary;
    QString wentWell;
    QString wentBadly;
    QString factors; // contributing factors
    QString lessons;
    qint64 dueAt = 0;  // UTC seconds
    qint64 doneAt = 0; // UTC seconds; 0 while a draft
    QString doneBy;
    qint64 rowVersion = 0;

    bool isDone() const { return state == State::Done; }
    // Late: done after its due date, or still a draft past it.
    bool isLate(qint64 nowUtc) const;
};
QString toKey(PostReview::State state); // "draft", "done"
std::optional<PostReview::State> reviewStateFromKey(const QString& key);
// Marking done needs a summary, lessons and contributing factors.
QList<FieldProblem> validateReview(const PostReview& review);
QJsonObject toJson(const PostReview& review);

// An action a review decided on, tracked to its end.
struct ReviewAction {
    enum class State { Open, Done, Dropped };
    qint64 id = 0;
    qint64 releaseId = 0;
    QString title;
    QString owner;    // a person or a team
    qint64 dueAt = 0; // UTC seconds; 0: none
    State state = State::Open;
    qint64 doneAt = 0;
    qint64 rowVersion = 0;

    bool isOverdue(qint64 nowUtc) const {
        return state == State::Open && dueAt > 0 && nowUtc > dueAt;
    }
};
QString toKey(ReviewAction::State state); // "open", "done", "dropped"
std::optional<ReviewAction::State> actionStateFromKey(const QString& key);
QString displayName(ReviewAction::State state);
QList<FieldProblem> validateAction(const ReviewAction& action);
QJsonObject toJson(const ReviewAction& action);

// What the release changed that others rely on, brought up to date before closure.
enum class ChecklistKey { Runbooks, Monitoring, Alerts, Backup, Documentation };
QString toKey(ChecklistKey key); // "runbooks", "monitoring", "alerts", "backup", "documentation"
std::optional<ChecklistKey> checklistKeyFromKey(const QString& key);
QString displayName(ChecklistKey key); // "Runbooks", "Monitoring configuration", "Alert
                                       // thresholds", "Backup strategy", "Documentation"
QList<ChecklistKey> allChecklistKeys();

struct ChecklistItem {
    enum class State { Open, Done, NotApplicable };
    qint64 releaseId = 0;
    ChecklistKey key = ChecklistKey::Runbooks;
    State state = State::Open;
    QString reference; // Done: a link or a commit
    QString reason;    // NotApplicable: why
    QString settledBy;
    qint64 settledAt = 0;
    qint64 rowVersion = 0; // 0: never stored (an open item)

    bool isSettled() const { return state != State::Open; }
};
QString toKey(ChecklistItem::State state); // "open", "done", "not_applicable"
std::optional<ChecklistItem::State> checklistStateFromKey(const QString& key);
QList<FieldProblem> validateChecklistItem(const ChecklistItem& item);
QJsonObject toJson(const ChecklistItem& item);

// The configuration-management record written when a release is closed: flat fields in the
// columns a ServiceNow import set takes (see the README's mapping), kept as they were then.
struct CmdbRecord {
    qint64 releaseId = 0;
    qint64 closedAt = 0; // UTC seconds
    QString closedBy;
    QJsonObject fields; // column → value, all strings
};

} // namespace slipway
