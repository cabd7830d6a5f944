// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectiveAction.h"

#include "Deviation.h"
#include "FieldLimits.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CorrectiveAction)
};

constexpr std::array<std::pair<CorrectiveState, const char*>, 4> kStates{{
    {CorrectiveState::Open, "open"},
    {CorrectiveState::InProgress, "in_progress"},
    {CorrectiveState::Done, "done"},
    {CorrectiveState::Dropped, "dropped"},
}};

} // namespace

QString toKey(CorrectiveState state) {
    for (const auto& [s, key] : kStates)
        if (s == state)
            return QString::fromLatin1(key);
    return QString::fromLatin1(kStates.front().second);
}

std::optional<CorrectiveState> correctiveStateFromKey(const QString& key) {
    const QString wanted = key.trimmed().toLower().replace(u'-', u'_');
    for (const auto& [s, name] : kStates)
        if (wanted == QLatin1String(name))
            return s;
    return std::nullopt;
}

QString correctiveStateLabel(CorrectiveState state) {
    switch (state) {
    case CorrectiveState::Open:
        return Text::tr("Open");
    case CorrectiveState::InProgress:
        return Text::tr("In progress");
    case CorrectiveState::Done:
        return Text::tr("Done");
    case CorrectiveState::Dropped:
        return Text::tr("Dropped");
    }
    return {};
}

QList<CorrectiveState> allCorrectiveStates() {
    QList<CorrectiveState> states;
    for (const auto& entry : kStates)
        states.append(entry.first);
    return states;
}

bool isClosed(CorrectiveState state) {
    return state == CorrectiveState::Done || state == CorrectiveState::Dropped;
}

qint64 releaseIdOfDeviationKey(const QString& key) {
    const QStringList parts = key.split(u':');
    if (parts.size() < 3 || !deviationKindFromKey(parts.at(0)) ||
        parts.at(0) != parts.at(0).trimmed())
        return 0;
    bool ok = false;
    const qint64 id = parts.at(1).toLongLong(&ok);
    if (!ok || id <= 0 || parts.at(1) != QString::number(id) || parts.mid(2).join(u':').isEmpty())
        return 0;
    return id;
}

QList<FieldProblem> validateCorrectiveAction(const CorrectiveAction& a) {
    QList<FieldProblem> problems;
    const qint64 keyRelease = releaseIdOfDeviationKey(a.deviationKey);
    if (a.deviationKey.trimmed().isEmpty())
        problems.append({QStringLiteral("deviation"),
                         Text::tr("A corrective action needs the key of its deviation.")});
    else if (keyRelease <= 0)
        problems.append(
            {QStringLiteral("deviation"),
             Text::tr("\"%1\" is not a deviation key (KIND:RELEASE_ID:REFERENCE, as the "
                      "adherence review lists it).")
                 .arg(a.deviationKey.left(60))});
    else if (a.releaseId != keyRelease)
        problems.append(
            {QStringLiteral("release"), Text::tr("The deviation %1 belongs to release %2, not %3.")
                                            .arg(a.deviationKey.left(60))
                                            .arg(keyRelease)
                                            .arg(a.releaseId)});
    if (a.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"),
                         Text::tr("A corrective action needs a title: what will be done.")});
    if (a.owner.trimmed().isEmpty())
        problems.append({QStringLiteral("owner"),
                         Text::tr("A corrective action needs an owner: who will do it.")});
    if (!a.due.isValid())
        problems.append(
            {QStringLiteral("due"), Text::tr("A corrective action needs a valid due date.")});
    if (a.state == CorrectiveState::Dropped && a.note.trimmed().isEmpty())
        problems.append({QStringLiteral("note"),
                         Text::tr("A dropped corrective action needs a note saying why.")});
    FieldLimits::check(
        problems,
        {{"deviation", QT_TRANSLATE_NOOP("FieldLimits", "The deviation key"), a.deviationKey,
          FieldLimits::kName},
         {"title", QT_TRANSLATE_NOOP("FieldLimits", "The title"), a.title, FieldLimits::kName},
         {"owner", QT_TRANSLATE_NOOP("FieldLimits", "The owner"), a.owner, FieldLimits::kName},
         {"note", QT_TRANSLATE_NOOP("FieldLimits", "The note"), a.note, FieldLimits::kNote}});
    return problems;
}

// The audit log's picture: what the action says, not who last wrote it or when it was closed
// (the log's entry says both), so that undo tells the stored action from the one this session
// left by content: a close redone later is the same close.
QJsonObject toJson(const CorrectiveAction& a) {
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("deviation_key"), a.deviationKey},
        {QStringLiteral("release_id"), a.releaseId},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("due"),
         a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("state"), toKey(a.state)},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("row_version"), a.rowVersion},
    };
}

} // namespace slipway
