// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace slipway {

// One line of a release's exit-criteria checklist: open, checked, or waived with a reason.
struct ExitCriterion {
    qint64 id = 0;
    qint64 releaseId = 0;
    int position = 0;
    QString text;
    bool checked = false;
    bool waived = false;
    QString waiverReason;
    QString settledBy; // who checked or waived it
    QDateTime settledAt;
    qint64 rowVersion = 0;

    bool settled() const { return checked || waived; }
};

// Development is done only when every criterion is checked or waived (and there is one).
struct ExitCompletion {
    int total = 0;
    int checked = 0;
    int waived = 0;
    int settled() const { return checked + waived; }
    bool developmentDone() const { return total > 0 && settled() == total; }
};

ExitCompletion completionOf(const QList<ExitCriterion>& criteria);
QJsonObject toJson(const ExitCriterion& criterion);

} // namespace slipway
