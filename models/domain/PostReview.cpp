// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostReview.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QDateTime>

namespace slipway {
namespace {

QJsonValue utcOrNull(qint64 secs) {
    if (secs <= 0)
        return QJsonValue();
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

bool PostReview::isLate(qint64 nowUtc) const {
    if (dueAt <= 0)
        return false;
    if (state == State::Done)
        return doneAt > dueAt;
    return nowUtc > dueAt;
}

QString toKey(PostReview::State state) {
    switch (state) {
    case PostReview::State::Draft:
        return QStringLiteral("draft");
    case PostReview::State::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<PostReview::State> reviewStateFromKey(const QString& key) {
    for (auto s : {PostReview::State::Draft, PostReview::State::Done}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<FieldProblem> validateReview(const PostReview& r) {
    QList<FieldProblem> problems;
    if (r.releaseId <= 0)
        problems.append(
            {QStringLiteral("release"),
             QCoreApplication::translate("PostReview", "A review belongs to a release.")});
    if (r.state == PostReview::State::Done) {
        if (r.summary.trimmed().isEmpty())
            problems.append({QStringLiteral("summary"),
                             QCoreApplication::translate("PostReview",
                                                         "A review marked done needs a summary.")});
        if (r.factors.trimmed().isEmpty())
            problems.append(
                {QStringLiteral("factors"),
                 QCoreApplication::translate(
                     "PostReview", "A review marked done needs its contributing factors.")});
        if (r.lessons.trimmed().isEmpty())
            problems.append({QStringLiteral("lessons"),
                             QCoreApplication::translate(
                                 "PostReview", "A review marked done needs its lessons.")});
    }
    FieldLimits::check(problems,
                       {{"summary", QT_TRANSLATE_NOOP("FieldLimits", "The summary"), r.summary,
                         FieldLimits::kText},
                        {"wentWell", QT_TRANSLATE_NOOP("FieldLimits", "What went well"), r.wentWell,
                         FieldLimits::kText},
                        {"wentBadly", QT_TRANSLATE_NOOP("FieldLimits", "What went badly"),
                         r.wentBadly, FieldLimits::kText},
                        {"factors", QT_TRANSLATE_NOOP("FieldLimits", "The contributing factors"),
                         r.factors, FieldLimits::kText},
                        {"lessons", QT_TRANSLATE_NOOP("FieldLimits", "The lessons"), r.lessons,
                         FieldLimits::kText}});
    return problems;
}

QJsonObject toJson(const PostReview& r) {
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("release_id"), r.releaseId},
        {QStringLiteral("state"), toKey(r.state)},
        {QStringLiteral("summary"), r.summary},
        {QStringLiteral("went_well"), r.wentWell},
        {QStringLiteral("went_badly"), r.wentBadly},
        {QStringLiteral("factors"), r.factors},
        {QStringLiteral("lessons"), r.lessons},
        {QStringLiteral("due_at"), utcOrNull(r.dueAt)},
        {QStringLiteral("done_at"), utcOrNull(r.doneAt)},
        {QStringLiteral("done_by"), r.doneBy},
        {QStringLiteral("row_version"), r.rowVersion},
    };
}

QString toKey(ReviewAction::State state) {
    switch (state) {
    case ReviewAction::State::Open:
        return QStringLiteral("open");
    case ReviewAction::State::Done:
        return QStringLiteral("done");
    case ReviewAction::State::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<ReviewAction::State> actionStateFromKey(const QString& key) {
    for (auto s :
         {ReviewAction::State::Open, ReviewAction::State::Done, ReviewAction::State::Dropped}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(ReviewAction::State state) {
    switch (state) {
    case ReviewAction::State::Open:
        return QCoreApplication::translate("PostReview", "Open");
    case ReviewAction::State::Done:
        return QCoreApplication::translate("PostReview", "Done");
    case ReviewAction::State::Dropped:
        return QCoreApplication::translate("PostReview", "Dropped");
    }
    return {};
}

QList<FieldProblem> validateAction(const ReviewAction& a) {
    QList<FieldProblem> problems;
    if (a.title.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("title"),
             QCoreApplication::translate("PostReview", "A review action needs a title.")});
    if (a.releaseId <= 0)
        problems.append(
            {QStringLiteral("release"),
             QCoreApplication::translate("PostReview", "A review action belongs to a release.")});
    if (a.dueAt < 0)
        problems.append(
            {QStringLiteral("due"),
             QCoreApplication::translate("PostReview", "A review action's due date is invalid.")});
    FieldLimits::check(
        problems,
        {{"title", QT_TRANSLATE_NOOP("FieldLimits", "The title"), a.title, FieldLimits::kName},
         {"owner", QT_TRANSLATE_NOOP("FieldLimits", "The owner"), a.owner, FieldLimits::kName}});
    return problems;
}

QJsonObject toJson(const ReviewAction& a) {
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("release_id"), a.releaseId},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("due_at"), utcOrNull(a.dueAt)},
        {QStringLiteral("state"), toKey(a.state)},
        {QStringLiteral("done_at"), utcOrNull(a.doneAt)},
        {QStringLiteral("row_version"), a.rowVersion},
    };
}

QString toKey(ChecklistKey key) {
    switch (key) {
    case ChecklistKey::Runbooks:
        return QStringLiteral("runbooks");
    case ChecklistKey::Monitoring:
        return QStringLiteral("monitoring");
    case ChecklistKey::Alerts:
        return QStringLiteral("alerts");
    case ChecklistKey::Backup:
        return QStringLiteral("backup");
    case ChecklistKey::Documentation:
        return QStringLiteral("documentation");
    }
    return {};
}

std::optional<ChecklistKey> checklistKeyFromKey(const QString& key) {
    for (ChecklistKey k : allChecklistKeys()) {
        if (toKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString displayName(ChecklistKey key) {
    switch (key) {
    case ChecklistKey::Runbooks:
        return QCoreApplication::translate("PostReview", "Runbooks");
    case ChecklistKey::Monitoring:
        return QCoreApplication::translate("PostReview", "Monitoring configuration");
    case ChecklistKey::Alerts:
        return QCoreApplication::translate("PostReview", "Alert thresholds");
    case ChecklistKey::Backup:
        return QCoreApplication::translate("PostReview", "Backup strategy");
    case ChecklistKey::Documentation:
        return QCoreApplication::translate("PostReview", "Documentation");
    }
    return {};
}

QList<ChecklistKey> allChecklistKeys() {
    return {ChecklistKey::Runbooks, ChecklistKey::Monitoring, ChecklistKey::Alerts,
            ChecklistKey::Backup, ChecklistKey::Documentation};
}

QString toKey(ChecklistItem::State state) {
    switch (state) {
    case ChecklistItem::State::Open:
        return QStringLiteral("open");
    case ChecklistItem::State::Done:
        return QStringLiteral("done");
    case ChecklistItem::State::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<ChecklistItem::State> checklistStateFromKey(const QString& key) {
    for (auto s : {ChecklistItem::State::Open, ChecklistItem::State::Done,
                   ChecklistItem::State::NotApplicable}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<FieldProblem> validateChecklistItem(const ChecklistItem& item) {
    QList<FieldProblem> problems;
    if (item.releaseId <= 0)
        problems.append(
            {QStringLiteral("release"),
             QCoreApplication::translate("PostReview", "A checklist item belongs to a release.")});
    if (item.state == ChecklistItem::State::Done && item.reference.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("reference"),
             QCoreApplication::translate(
                 "PostReview", "%1: ticking it done needs a reference (a link or a commit).")
                 .arg(displayName(item.key))});
    if (item.state == ChecklistItem::State::NotApplicable && item.reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"),
                         QCoreApplication::translate(
                             "PostReview", "%1: marking it not applicable needs a reason.")
                             .arg(displayName(item.key))});
    FieldLimits::check(problems, {{"reference", QT_TRANSLATE_NOOP("FieldLimits", "The reference"),
                                   item.reference, FieldLimits::kNote},
                                  {"reason", QT_TRANSLATE_NOOP("FieldLimits", "The reason"),
                                   item.reason, FieldLimits::kNote}});
    return problems;
}

QJsonObject toJson(const ChecklistItem& item) {
    return QJsonObject{
        {QStringLiteral("release_id"), item.releaseId},
        {QStringLiteral("item"), toKey(item.key)},
        {QStringLiteral("state"), toKey(item.state)},
        {QStringLiteral("reference"), item.reference},
        {QStringLiteral("reason"), item.reason},
        {QStringLiteral("settled_by"), item.settledBy},
        {QStringLiteral("settled_at"), utcOrNull(item.settledAt)},
        {QStringLiteral("row_version"), item.rowVersion},
    };
}

} // namespace slipway
