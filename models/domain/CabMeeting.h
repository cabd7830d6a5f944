// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// One line of a meeting's agenda: a change to decide, an emergency change to review, or a
// gate escalation to hear.
struct AgendaItem {
    enum class Kind { Change, Emergency, Escalation };
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;
    Kind kind = Kind::Change;
    qint64 changeId = 0;  // Change and Emergency
    qint64 releaseId = 0; // the release concerned, when known
    QString title;        // what the board sees for an escalation
    QString reason;       // why it is on the agenda
};

QString toKey(AgendaItem::Kind kind); // "change", "emergency", "escalation"
std::optional<AgendaItem::Kind> agendaKindFromKey(const QString& key);
QString displayName(AgendaItem::Kind kind);

// A Change Advisory Board meeting: weekly, or ad hoc for an emergency.
struct CabMeeting {
    enum class Kind { Regular, Emergency };
    qint64 id = 0;
    QString title;
    Kind kind = Kind::Regular;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString zone = QStringLiteral("UTC"); // the zone the meeting is planned in
    QString location;
    QString notes;
    QList<qint64> attendeeIds; // people
    qint64 rowVersion = 0;
};

QString toKey(CabMeeting::Kind kind); // "regular", "emergency"

// An action from the minutes.
struct CabAction {
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 changeId = 0; // 0: not about one change
    QString text;
    QString owner;
    qint64 dueUtc = 0;
    bool done = false;
    qint64 rowVersion = 0;
};

QJsonObject toJson(const CabMeeting& meeting);
QJsonObject toJson(const AgendaItem& item);
QJsonObject toJson(const CabAction& action);

} // namespace slipway
