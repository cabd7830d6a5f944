// SPDX-License-Identifier: GPL-3.0-or-later
// slipway find-window --db FILE --release ID|PRODUCT@VERSION [--after DATE] [--duration 4h]
// [--json]
#include "CliSupport.h"
#include "domain/TimeText.h"
#include "services/ScheduleService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

QString iso(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject conflictJson(const Conflict& c) {
    return {{QStringLiteral("kind"), Conflict::kindKey(c.kind)},
            {QStringLiteral("severity"), c.severity == Conflict::Severity::Error
                                             ? QStringLiteral("error")
                                             : QStringLiteral("warning")},
            {QStringLiteral("other"), c.otherLabel},
            {QStringLiteral("message"), c.message()}};
}

} // namespace

// A period recurring every minute can cause thousands of conflicts with one candidate: the
// text output says each distinct reason once, at most kShownReasons of them; --json has all.
static void printReasons(const QList<Conflict>& conflicts, const QString& pattern) {
    constexpr qsizetype kShownReasons = 8;
    QStringList order;
    QHash<QString, qsizetype> counts;
    for (const Conflict& c : conflicts) {
        const QString message = c.message();
        if (counts[message]++ == 0)
            order.append(message);
    }
    for (qsizetype i = 0; i < order.size() && i < kShownReasons; ++i) {
        const qsizetype n = counts.value(order[i]);
        out() << pattern.arg(
                     n > 1
                         ? QCoreApplication::translate("cli", "%1 (%2 times)").arg(order[i]).arg(n)
                         : order[i])
              << Qt::endl;
    }
    if (order.size() > kShownReasons)
        out() << QCoreApplication::translate("cli",
                                             "  … and %1 more reason(s); --json lists them all")
                     .arg(order.size() - kShownReasons)
              << Qt::endl;
}

int runFindWindow(const QStringList& args) {
    const QString command = QStringLiteral("find-window");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Proposes the earliest window for a release that breaks no hard rule (hard "
        "blackouts, incident freezes, double-booked shared environments, missing roles) and "
        "has the fewest soft ones, with the reasons each earlier candidate failed. Exit 0: "
        "found; 1: nothing within the horizon; 2: bad input."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   CliText::tr("Earliest start, UTC unless an offset is given "
                                               "(2026-12-01 or 2026-12-01T22:00); default now."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      CliText::tr("Window length such as 4h or 1h30m; default the "
                                                  "release's current window, else 4h."),
                                      QStringLiteral("LENGTH"));
    const QCommandLineOption horizon(QStringLiteral("within"),
                                     CliText::tr("How far to look, e.g. 90d (default 180d)."),
                                     QStringLiteral("LENGTH"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({release, after, duration, horizon, json});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway find-window --db FILE|URL --release ID|PRODUCT@VERSION "
                           "[--after DATE] [--duration 4h] [--within 180d] [--json]")))
        return *stop;
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    ScheduleService::FindRequest request;
    if (!parser.isSet(release))
        return usageError(command, CliText::tr("--release is required: a release's id or "
                                               "PRODUCT@VERSION"));
    if (parser.isSet(after)) {
        const auto t = parseUtcTime(parser.value(after));
        if (!t)
            return usageError(command,
                              CliText::tr("--after '%1' is not a date such as 2026-12-01 or "
                                          "2026-12-01T22:00")
                                  .arg(parser.value(after)));
        request.after = *t;
    }
    if (parser.isSet(duration)) {
        const auto d = parseDuration(parser.value(duration));
        if (!d)
            return usageError(command,
                              CliText::tr("--duration '%1' is not a length such as 4h or 1h30m")
                                  .arg(parser.value(duration)));
        request.durationSecs = *d;
    }
    if (parser.isSet(horizon)) {
        const auto d = parseDuration(parser.value(horizon));
        if (!d)
            return usageError(command, CliText::tr("--within '%1' is not a length such as 90d")
                                           .arg(parser.value(horizon)));
        request.horizonSecs = *d;
    }
    Database::OpenOptions options = files.readingOptions(parser);
    auto db = Database::open(*path, options);
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    request.releaseId = *releaseId;
    auto proposal = ScheduleService(*db.value()).findWindow(request);
    if (!proposal)
        return inputError(proposal.error());
    const WindowProposal& p = proposal.value();
    if (parser.isSet(json)) {
        QJsonArray rejected;
        for (const RejectedCandidate& r : p.rejected) {
            QJsonArray reasons;
            for (const Conflict& c : r.reasons)
                reasons.append(conflictJson(c));
            rejected.append(QJsonObject{{QStringLiteral("from"), iso(r.when.start)},
                                        {QStringLiteral("to"), iso(r.when.end)},
                                        {QStringLiteral("candidates"), r.candidates},
                                        {QStringLiteral("reasons"), reasons}});
        }
        QJsonArray soft;
        for (const Conflict& c : p.softConflicts)
            soft.append(conflictJson(c));
        const QJsonObject o{
            {QStringLiteral("format"), 1},
            {QStringLiteral("release_id"), request.releaseId},
            {QStringLiteral("found"), p.when.has_value()},
            {QStringLiteral("start"), p.when ? QJsonValue(iso(p.when->start)) : QJsonValue()},
            {QStringLiteral("end"), p.when ? QJsonValue(iso(p.when->end)) : QJsonValue()},
            {QStringLiteral("warnings"), soft},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("candidates_tried"), p.candidatesTried}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        constexpr qsizetype kShownRejected = 20;
        for (qsizetype i = 0; i < p.rejected.size() && i < kShownRejected; ++i) {
            const RejectedCandidate& r = p.rejected[i];
            out() << CliText::tr("Not %1 – %2 UTC (%3 candidate(s)):")
                         .arg(iso(r.when.start), iso(r.when.end))
                         .arg(r.candidates)
                  << Qt::endl;
            printReasons(r.reasons, QStringLiteral("  - %1"));
        }
        if (p.rejected.size() > kShownRejected)
            out() << CliText::tr("… and %1 more rejected span(s); --json lists them all")
                         .arg(p.rejected.size() - kShownRejected)
                  << Qt::endl;
        if (p.when) {
            out() << CliText::tr("Earliest window: %1 – %2 UTC")
                         .arg(iso(p.when->start), iso(p.when->end))
                  << Qt::endl;
            printReasons(p.softConflicts, CliText::tr("  warning: %1"));
        } else {
            out() << CliText::tr("No window within the horizon breaks no hard rule.") << Qt::endl;
        }
    }
    out().flush();
    return p.when ? ExitOk : ExitFindings;
}

} // namespace slipway::cli
