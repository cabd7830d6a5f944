// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace slipway {

struct FieldProblem;

// How long a stored text may be, so that one runaway field (a 50 MB note in an import)
// cannot bloat the file or the messages that quote it. Documented in the README.
struct FieldLimits {
    // Names and titles: releases, scope items, periods, people, lists, templates, gates,
    // criteria, tool and rule names, versions, tickets, external keys.
    static constexpr qsizetype kName = 200;
    // Notes and reasons: acknowledgement notes, rationales, waiver reasons, conditions.
    static constexpr qsizetype kNote = 4000;
    // Long text: descriptions, plans, objectives, template and message bodies, findings.
    static constexpr qsizetype kText = 100000;

    // Empty when `value` fits; otherwise one short line naming the field and its length,
    // quoting at most the first 60 characters.
    static QString tooLong(const QString& field, QStringView value, qsizetype limit);
    // One field of a record to check: its key, its label (marked with QT_TRANSLATE_NOOP in
    // the "FieldLimits" context), its value and its limit.
    struct Field {
        const char* key = nullptr;
        const char* label = nullptr;
        QStringView value;
        qsizetype limit = 0;
    };
    // Appends a problem for each field over its limit.
    static void check(QList<FieldProblem>& problems, std::initializer_list<Field> fields);
};

} // namespace slipway
