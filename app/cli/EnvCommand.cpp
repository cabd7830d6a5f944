// SPDX-License-Identifier: GPL-3.0-or-later
// slipway env matrix --db FILE [--json] [--environment NAME]...: what runs where, with drift
// and the pins the environments do not meet.
#include "EnvCommand.h"
#include "CliSupport.h"
#include "services/EnvironmentMatrixService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("env");

QString day(qint64 secs) {
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                    : QStringLiteral("—");
}

// " *", " !", " *!" or nothing: the cell's drift.
QString marks(const MatrixCell& cell) {
    QString text;
    if (cell.gap)
        text += u'*';
    if (cell.unverified)
        text += u'!';
    return text.isEmpty() ? text : u' ' + text;
}

QString cellText(const MatrixCell& cell) {
    return cell.isEmpty() ? QStringLiteral("—") : cell.versions().join(u'/') + marks(cell);
}

void printTable(const EnvironmentMatrix& m) {
    QList<QStringList> lines;
    QStringList header{CliText::tr("Component")};
    for (const Environment& e : m.environments)
        header << e.name;
    lines << header;
    for (int row = 0; row < m.rowCount(); ++row) {
        QStringList line{m.components.at(row).label()};
        for (int column = 0; column < m.columnCount(); ++column)
            line << cellText(m.cell(row, column));
        lines << line;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    for (const QStringList& line : std::as_const(lines)) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += (i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i));
        out() << text << Qt::endl;
    }
}

// One environment: a line per component with the release it came from and since when.
void printList(const EnvironmentMatrix& m) {
    qsizetype width = 0;
    for (const MatrixComponent& c : m.components)
        width = std::max(width, c.label().size());
    for (int row = 0; row < m.rowCount(); ++row) {
        const MatrixCell& cell = m.cell(row, 0);
        for (const MatrixPlacement& p : cell.placements) {
            out() << CliText::tr("%1  %2%3  since %4  from %5")
                         .arg(m.components.at(row).label().leftJustified(width), p.version,
                              marks(cell), day(p.since), p.releaseLabel)
                  << Qt::endl;
        }
    }
}

} // namespace

int runEnv(const QStringList& args) {
    const QString& command = kCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "matrix: what runs where, components × environments: the version each environment "
        "runs, since when and from which release, from the successful deployment records and "
        "the gate promotions (staging and other environments before production). A release "
        "brings its component list (from its SBOM), or without one its product. Drift is "
        "marked: * staging runs a version production does not and no planned release carries "
        "it; ! production runs what a release brought whose artifacts were never all "
        "verified. Then every pin an environment does not meet. With one --environment, a "
        "line per component with its release and date. Exit 0 whatever it finds; 2: bad "
        "usage or a file that cannot be read."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("matrix."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption environment(
        QStringLiteral("environment"),
        CliText::tr("Show this environment (by name; repeat for several). Default: all."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print the matrix as JSON, for pipelines."));
    parser.addOptions({environment, json});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway env matrix --db FILE|URL [--json] "
                                                "[--environment NAME]..."),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"matrix")
        return usageError(command,
                          action.isEmpty()
                              ? CliText::tr("say what to show: matrix")
                              : CliText::tr("unknown action '%1'; available: matrix").arg(action));
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    auto db = Database::open(*path, files.readingOptions(parser));
    if (!db)
        return inputError(db.error());
    EnvironmentMatrixService service(*db.value());
    auto full = service.matrix();
    if (!full)
        return inputError(full.error());
    const QStringList names = parser.values(environment);
    auto shown = names.isEmpty() ? full : service.matrix(names);
    if (!shown) {
        if (shown.error().kind == Error::Kind::NotFound)
            return usageError(command, shown.error().message);
        return inputError(shown.error());
    }
    auto checks = service.pinChecks(full.value());
    if (!checks)
        return inputError(checks.error());
    QList<PinCheck> relevant;
    for (const PinCheck& c : checks.value()) {
        if (shown->columnOf(c.environmentId) >= 0)
            relevant << c;
    }

    const EnvironmentMatrix& m = shown.value();
    if (parser.isSet(json)) {
        QJsonObject o = toJson(m);
        QJsonArray pins;
        for (const PinCheck& c : std::as_const(relevant))
            pins.append(toJson(c));
        o.insert(QStringLiteral("format"), 1);
        o.insert(QStringLiteral("pin_checks"), pins);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }
    out() << CliText::tr("What runs where: %1 component(s) in %2 environment(s)")
                 .arg(m.rowCount())
                 .arg(m.columnCount())
          << Qt::endl;
    if (m.rowCount() > 0) {
        if (m.columnCount() == 1)
            printList(m);
        else
            printTable(m);
        out() << CliText::tr("* staging and production differ, no planned release closes the "
                             "gap; ! never verified in production")
              << Qt::endl;
    }
    out() << CliText::tr("Drift: %1 warning(s)").arg(m.drift.size()) << Qt::endl;
    for (const MatrixDrift& d : m.drift)
        out() << CliText::tr("  warning: ") << d.message << Qt::endl;
    int unmet = 0;
    for (const PinCheck& c : std::as_const(relevant))
        unmet += c.status == PinCheck::Status::Unsatisfied ? 1 : 0;
    out() << CliText::tr("Pins: %1 checked, %2 not met").arg(relevant.size()).arg(unmet)
          << Qt::endl;
    for (const PinCheck& c : std::as_const(relevant)) {
        if (c.status == PinCheck::Status::Unsatisfied)
            out() << CliText::tr("  warning: ") << c.message << Qt::endl;
        else if (c.status == PinCheck::Status::UnknownTarget)
            out() << CliText::tr("  unknown: ") << c.message << Qt::endl;
    }
    out().flush();
    return ExitOk;
}

} // namespace slipway::cli
