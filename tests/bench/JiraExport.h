// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Jira Cloud CSV export of any size, for the scope import benchmarks (into a file and onto a
// server), and the plain table of one TEXT column per header that the reference tools load.

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway::bench {

inline const char* const kProjects[] = {"CHK", "RSK", "MOB"};
inline const char* const kTypes[] = {"Story", "Task", "Bug", "Story", "Epic"};
inline const char* const kStatuses[] = {"To Do", "Selected for Development", "In Progress",
                                        "In Review", "Done"};
inline const char* const kCategories[] = {"To Do", "To Do", "In Progress", "In Progress", "Done"};
inline const char* const kPriorities[] = {"Highest", "High", "Medium", "Medium", "Low"};
inline const char* const kPeople[] = {"Dana Fox", "Lee Park", "Amara Okafor", "Mateo Mensah"};
inline const char* const kAccounts[] = {
    "712020:b0b6f1d6-fdc1-4051-b7f5-88141b8e37bb", "712020:bc18a37a-616d-4f7e-9f1b-8d68eda07553",
    "5f3e8d2a9c1b4e0017a6d4c2", "712020:0c5e1a77-2b9d-4c8e-a1f0-3d6b9e4f7a21"};
inline const char* const kVersions[] = {"2.4.0", "2.5.0", "", "3.0.0", ""};
inline const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

inline const char* const kHeader =
    "Summary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Resolution,Assignee,"
    "Assignee Id,Reporter,Reporter Id,Created,Updated,Fix versions,Labels,Labels,Labels,"
    "Description,Custom field (Rank),Custom field (Story point estimate),Inward issue link "
    "(Blocks),Outward issue link (Blocks),Sprint,Status Category\n";

inline QByteArray key(int n) {
    return QByteArray(kProjects[n % 3]) + '-' + QByteArray::number(n);
}

// Jira's date format, e.g. "15/Feb/26 4:36 PM".
inline QByteArray jiraDate(int n) {
    return QByteArray::number(1 + n % 28).rightJustified(2, '0') + '/' + kMonths[n % 12] + "/26 " +
           QByteArray::number(1 + n % 12) + ':' +
           QByteArray::number(n % 60).rightJustified(2, '0') + (n % 2 ? " AM" : " PM");
}

// An export as Jira Cloud writes it ("Export CSV (all fields)", trimmed to the usual columns):
// LF line ends, newest issue first, so keys and LexoRanks ("0|i000hr:") descend down the file;
// the Labels column repeated; some summaries quoted (a comma, doubled quotes) or with an em
// dash; one description in five spans lines; one issue in a hundred blocks the one before it.
inline QByteArray generate(int rows) {
    QByteArray out = kHeader;
    out.reserve(qsizetype(rows) * 330);
    for (int i = 0; i < rows; ++i) {
        const int n = rows - i;
        const QByteArray number = QByteArray::number(n);
        if (n % 7 == 0)
            out += "\"Checkout, step " + number + " \"\"express\"\"\",";
        else if (n % 11 == 0)
            out += "Checkout step " + number + " \xE2\x80\x94 retry,";
        else
            out += "Checkout step " + number + ',';
        out += key(n) + ',' + QByteArray::number(10000 + n) + ',' + kTypes[n % 5] + ',' +
               kStatuses[n % 5] + ',' + kProjects[n % 3] + ',' + kPriorities[n % 5] + ',';
        out += n % 5 == 4 ? "Done," : ",";
        if (n % 3 == 0)
            out += ",,";
        else
            out += QByteArray(kPeople[(n + 1) % 4]) + ',' + kAccounts[(n + 1) % 4] + ',';
        out += QByteArray(kPeople[n % 4]) + ',' + kAccounts[n % 4] + ',';
        out += jiraDate(n) + ',' + jiraDate(n + 3) + ',' + kVersions[n % 5] + ',';
        out += n % 3 == 0 ? "backend," : ",";
        out += n % 6 == 0 ? "q3," : ",";
        out += n % 50 == 0 ? "SOX," : ",";
        if (n % 5 == 0)
            out += "\"Acceptance:\n\n* works offline\n* audited\",";
        else if (n % 5 == 1)
            out += ',';
        else
            out += "As a customer I want step " + number + " to work.,";
        out += "0|i" + QByteArray::number(n * 8, 36).rightJustified(5, '0') + ":,";
        out += n % 4 ? QByteArray::number(n % 8) + ".0," : QByteArray(",");
        out += ',';
        out += n % 100 == 0 ? key(n + 1) + ',' : QByteArray(",");
        out += QByteArray(kProjects[n % 3]) + " Sprint " + QByteArray::number(1 + n / 500) + ',';
        out += QByteArray(kCategories[n % 5]) + '\n';
    }
    return out;
}

// CREATE TABLE with one TEXT column per header name, repeated names numbered as the sqlite3
// shell numbers them when it creates the table itself.
inline QString plainTable(const QByteArray& header, const QString& table) {
    QStringList columns;
    QSet<QString> seen;
    for (const QByteArray& raw : header.trimmed().split(',')) {
        QString name = QString::fromUtf8(raw);
        const QString base = name;
        for (int k = 2; seen.contains(name); ++k)
            name = base + u'_' + QString::number(k);
        seen.insert(name);
        columns << u'"' + name + u"\" TEXT"_qs;
    }
    return u"CREATE TABLE "_qs + table + u" ("_qs + columns.join(u", "_qs) + u");"_qs;
}

} // namespace slipway::bench
