// SPDX-License-Identifier: GPL-3.0-or-later
// slipway screenshot --db FILE --view releases --out FILE.png [--size WxH]
//                    [--from DATE --to DATE]   (the calendar's range)
#include "CliSupport.h"
#include "ScreenshotRenderer.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSize>

namespace slipway::cli {

int runScreenshot(const QStringList& args) {
    const QString command = QStringLiteral("screenshot");
    const QStringList views = ui::screenshotViewNames();
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Renders a screen of the real main window to a PNG, without a display. The file is "
        "opened read-only."));
    FileOptions files;
    files.addTo(parser, false);
    const QCommandLineOption view(
        QStringLiteral("view"),
        CliText::tr("The screen to render: %1.").arg(views.join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("releases"));
    const QCommandLineOption outFile(QStringLiteral("out"), CliText::tr("The PNG file to write."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  CliText::tr("Window size (default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CliText::tr("Calendar view: the first day shown (e.g. 2026-12-01)."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), CliText::tr("Calendar view: where the shown range ends (exclusive)."),
        QStringLiteral("DATE"));
    parser.addOptions({view, outFile, size, from, to});
    if (auto stop =
            parseCommand(parser, args, command,
                         QStringLiteral("slipway screenshot --db FILE|URL --view NAME --out "
                                        "FILE.png [--size WxH] [--from DATE --to DATE]")))
        return *stop;
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    const QString viewName = parser.value(view);
    if (!views.contains(viewName))
        return usageError(command, CliText::tr("unknown view '%1'; available: %2")
                                       .arg(viewName, views.join(QStringLiteral(", "))));
    const QString target = parser.value(outFile);
    if (target.isEmpty())
        return usageError(command, CliText::tr("--out FILE.png is required"));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = sizePattern.match(parser.value(size));
    const int w = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int h = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (w < 320 || h < 200 || w > 7680 || h > 4320)
        return usageError(command,
                          CliText::tr("--size must be WIDTHxHEIGHT between 320x200 and 7680x4320, "
                                      "not '%1'")
                              .arg(parser.value(size)));

    Interval range;
    if (parser.isSet(from) || parser.isSet(to)) {
        if (viewName != u"calendar")
            return usageError(command,
                              CliText::tr("--from and --to apply to the calendar view only"));
        const auto start = parseUtcTime(parser.value(from));
        const auto end = parseUtcTime(parser.value(to));
        if (!parser.isSet(from) || !parser.isSet(to))
            return usageError(command, CliText::tr("--from and --to go together"));
        if (!start)
            return usageError(command, CliText::tr("--from: '%1' is not a date such as 2026-12-01")
                                           .arg(parser.value(from)));
        if (!end)
            return usageError(
                command,
                CliText::tr("--to: '%1' is not a date such as 2026-12-31").arg(parser.value(to)));
        if (*end <= *start)
            return usageError(command, CliText::tr("--to must be after --from"));
        if (*end - *start > 20LL * 366 * 86400)
            return usageError(command, CliText::tr("--from to --to may span at most 20 years"));
        range = {*start, *end};
    }
    auto rendered = ui::renderScreenshot(*path, viewName, QSize(w, h), target, range);
    if (!rendered)
        return inputError(rendered.error());
    out() << CliText::tr("Wrote %1 (%2 view, %3x%4).")
                 .arg(QDir::toNativeSeparators(target), viewName)
                 .arg(w)
                 .arg(h)
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
