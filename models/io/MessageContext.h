// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DistributionList.h"
#include "domain/Result.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace slipway {

class Database;

// Quality gate results as the gates area reports them for a release; empty until it does.
struct GateSummary {
    QString name;
    QString status; // "passed", "failed", "waived", "pending" …
};
using GateStatusSource = std::function<Result<QList<GateSummary>>(Database& db, qint64 releaseId)>;

// Builds the data a template renders from one release of the plan: the names the
// PlaceholderCatalogue lists, as plain strings, lists and maps. Everything in it is plan
// text: the renderer escapes it, never interprets it.
class MessageContext {
public:
    struct Options {
        std::optional<DistributionList> audience; // its name and zone; none: the window's zone
        QList<QString> audienceZones;             // more zones for {{#zones}}; lists' by default
        QString delayReason;
        QString senderName;     // default: the issuing login
        qint64 nowSecs = 0;     // 0: now ("today")
        GateStatusSource gates; // empty: gate status is reported as not recorded
    };

    static Result<QVariantMap> build(Database& db, qint64 releaseId, const Options& options);

    // "Tue 8 Dec 2026 22:00 CET" in `zone`.
    static QString formatTime(qint64 utcSecs, const QString& zone);
    static QString formatDuration(qint64 secs);
};

} // namespace slipway
