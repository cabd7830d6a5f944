// SPDX-License-Identifier: GPL-3.0-or-later
// slipway render --db FILE --release ID|PRODUCT@VERSION --template NAME --format pdf|eml|md --out
// FILE
//                [--list NAME] [--reason TEXT] [--issue]
#include "CliSupport.h"
#include "io/MessageExporter.h"
#include "io/PlaceholderCatalogue.h"
#include "services/CommunicationService.h"
#include "services/TemplateService.h"
#include "storage/DistributionListRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace slipway::cli {

int runRender(const QStringList& args) {
    const QString command = QStringLiteral("render");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Renders a communication template for a release as PDF, an .eml draft (opens as a "
        "draft in Outlook and Thunderbird) or Markdown. Text from the plan is escaped, never "
        "run as markup. A template with unknown placeholders is refused. --issue also "
        "archives the message with the list's recipients."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption release(QStringLiteral("release"),
                                     CliText::tr("The release: its id or PRODUCT@VERSION."),
                                     QStringLiteral("ID|PRODUCT@VERSION"));
    const QCommandLineOption templ(QStringLiteral("template"),
                                   CliText::tr("The template name, e.g. release-notice."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("pdf, eml or md."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), CliText::tr("The file to write."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  CliText::tr("A distribution list: its recipients and time zone."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CliText::tr("Delay notices: why the release moved."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption issue(QStringLiteral("issue"),
                                   CliText::tr("Archive the message as issued (needs --list)."));
    parser.addOptions({release, templ, format, outFile, list, reason, issue});
    if (auto stop = parseCommand(
            parser, args, command,
            QStringLiteral("slipway render --db FILE|URL --release ID|PRODUCT@VERSION --template "
                           "NAME --format pdf|eml|md --out FILE [--list "
                           "NAME] [--reason TEXT] [--issue]")))
        return *stop;
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    CommunicationService::Request request;
    if (!parser.isSet(release))
        return usageError(command, CliText::tr("--release is required: a release's id or "
                                               "PRODUCT@VERSION"));
    if (!parser.isSet(templ))
        return usageError(command,
                          CliText::tr("--template NAME is required (e.g. release-notice)"));
    const auto fmt = MessageExporter::formatFromKey(parser.value(format));
    if (!fmt)
        return usageError(command,
                          parser.isSet(format)
                              ? CliText::tr("unknown --format '%1'; available: pdf, eml, md")
                                    .arg(parser.value(format))
                              : CliText::tr("--format pdf|eml|md is required"));
    const QString target = parser.value(outFile);
    if (target.isEmpty())
        return usageError(command, CliText::tr("--out FILE is required"));
    if (parser.isSet(issue) && !parser.isSet(list))
        return usageError(command, CliText::tr("--issue needs --list NAME: say who it goes to"));
    request.delayReason = parser.value(reason);

    Database::OpenOptions options = files.openOptions(parser);
    if (!parser.isSet(issue))
        options.readOnly = true; // rendering alone never writes to the file
    auto db = Database::open(*path, options);
    if (!db)
        return inputError(db.error());
    const auto releaseId = releaseFrom(*db.value(), parser, release, command, &exit);
    if (!releaseId)
        return exit;
    request.releaseId = *releaseId;
    auto acting = Session::forDatabase(*db.value());
    if (!acting)
        return inputError(acting.error());
    const Session session = acting.value();
    TemplateService templates(*db.value(), session);
    auto tmpl = templates.findByName(parser.value(templ));
    if (!tmpl) {
        QStringList names;
        if (auto all = templates.all())
            for (const MessageTemplate& t : std::as_const(all.value()))
                names << t.name;
        return usageError(command, CliText::tr("%1: there is no template '%2'; available: %3")
                                       .arg(QDir::toNativeSeparators(*path), parser.value(templ),
                                            names.join(QStringLiteral(", "))));
    }
    request.templateId = tmpl->id;
    QList<Recipient> recipients;
    if (parser.isSet(list)) {
        auto found = DistributionListRepository(*db.value()).findByName(parser.value(list));
        if (!found)
            return usageError(command, CliText::tr("%1: %2").arg(QDir::toNativeSeparators(*path),
                                                                 found.error().message));
        request.listId = found->id;
        recipients = found->members;
    }
    CommunicationService comms(*db.value(), session);
    auto rendered = comms.render(tmpl->subject, tmpl->body, request);
    if (!rendered)
        return inputError(rendered.error());
    if (!rendered->issuable()) {
        const QStringList problems = PlaceholderCatalogue::describe(rendered->problems);
        return usageError(command,
                          CliText::tr("template %1 (version %2): %3%4; nothing was written")
                              .arg(tmpl->name)
                              .arg(tmpl->version)
                              .arg(problems.first())
                              .arg(problems.size() > 1
                                       ? CliText::tr(" (and %1 more)").arg(problems.size() - 1)
                                       : QString()));
    }
    if (parser.isSet(issue)) {
        // The file is written inside the archiving transaction: a message is archived only
        // when its file was written, and a file is left only for an archived message.
        bool wrote = false;
        auto issued = comms.issue(request, [&](const Communication& message) -> Result<void> {
            RenderedMessage sent = rendered.value();
            sent.subject = message.subject;
            sent.markdown = message.body;
            auto written = MessageExporter::write(*fmt, target, sent, recipients);
            wrote = written.ok();
            return written;
        });
        if (!issued) {
            if (wrote)
                QFile::remove(target);
            return inputError(issued.error());
        }
        out() << CliText::tr("Issued message %1 to %2 recipient(s); SHA-256 %3.")
                     .arg(issued->id)
                     .arg(issued->recipients.size())
                     .arg(issued->sha256)
              << Qt::endl;
    } else if (auto written = MessageExporter::write(*fmt, target, rendered.value(), recipients);
               !written) {
        return inputError(written.error());
    }
    out() << CliText::tr("Wrote %1 (%2, template %3 version %4).")
                 .arg(QDir::toNativeSeparators(target), MessageExporter::suffix(*fmt), tmpl->name)
                 .arg(tmpl->version)
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
