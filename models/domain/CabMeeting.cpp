// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabMeeting.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabMeeting)
};

} // namespace

QString toKey(AgendaItem::Kind kind) {
    switch (kind) {
    case AgendaItem::Kind::Change:
        return QStringLiteral("change");
    case AgendaItem::Kind::Emergency:
        return QStringLiteral("emergency");
    case AgendaItem::Kind::Escalation:
        return QStringLiteral("escalation");
    }
    return {};
}

std::optional<AgendaItem::Kind> agendaKindFromKey(const QString& key) {
    for (auto k :
         {AgendaItem::Kind::Change, AgendaItem::Kind::Emergency, AgendaItem::Kind::Escalation})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

QString displayName(AgendaItem::Kind kind) {
    switch (kind) {
    case AgendaItem::Kind::Change:
        return Text::tr("Change");
    case AgendaItem::Kind::Emergency:
        return Text::tr("Emergency review");
    case AgendaItem::Kind::Escalation:
        return Text::tr("Gate escalation");
    }
    return {};
}

QString toKey(CabMeeting::Kind kind) {
    return kind == CabMeeting::Kind::Emergency ? QStringLiteral("emergency")
                                               : QStringLiteral("regular");
}

QJsonObject toJson(const CabMeeting& m) {
    QJsonArray attendees;
    for (qint64 id : m.attendeeIds)
        attendees.append(id);
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("kind"), toKey(m.kind)},
        {QStringLiteral("start"), m.startUtc},
        {QStringLiteral("end"), m.endUtc},
        {QStringLiteral("zone"), m.zone},
        {QStringLiteral("location"), m.location},
        {QStringLiteral("notes"), m.notes},
        {QStringLiteral("attendee_ids"), attendees},
        {QStringLiteral("row_version"), m.rowVersion},
    };
}

QJsonObject toJson(const AgendaItem& i) {
    return QJsonObject{
        {QStringLiteral("meeting_id"), i.meetingId},
        {QStringLiteral("position"), i.position},
        {QStringLiteral("kind"), toKey(i.kind)},
        {QStringLiteral("change_id"), i.changeId > 0 ? QJsonValue(i.changeId) : QJsonValue()},
        {QStringLiteral("release_id"), i.releaseId > 0 ? QJsonValue(i.releaseId) : QJsonValue()},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("reason"), i.reason},
    };
}

QJsonObject toJson(const CabAction& a) {
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("meeting_id"), a.meetingId},
        {QStringLiteral("change_id"), a.changeId > 0 ? QJsonValue(a.changeId) : QJsonValue()},
        {QStringLiteral("text"), a.text},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("due"), a.dueUtc > 0 ? QJsonValue(a.dueUtc) : QJsonValue()},
        {QStringLiteral("done"), a.done},
        {QStringLiteral("row_version"), a.rowVersion},
    };
}

} // namespace slipway
