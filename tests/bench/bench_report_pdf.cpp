// SPDX-License-Identifier: GPL-3.0-or-later
// A printed report with one long table: ReportPdf laying out ROWS rows (five columns, every
// seventh row three lines high) under a heading, with the header row repeated on each page,
// painted to PDF. Also prints on how many pages the header row shows, read back with pdftotext
// when it is installed.
//   bench_report_pdf [ROWS] [RUNS] [OUT.pdf]   (default 2000 rows, 3 runs; OUT keeps the PDF)
#include "BenchTiming.h"
#include "ReportHtml.h"
#include "ReportPdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace slipway;
using namespace slipway::ui;
using bench::median;

namespace {

QString html(int rows, qreal pointsToPixels) {
    ReportHtml h(pointsToPixels);
    h.heading(QStringLiteral("Bench report"));
    h.paragraph(QStringLiteral("One table of %1 rows.").arg(rows));
    h.beginTable({14, 18, 20, 28, 20},
                 {QStringLiteral("BenchHead"), QStringLiteral("Kind"), QStringLiteral("Release"),
                  QStringLiteral("Detail"), QStringLiteral("Owner")});
    for (int r = 0; r < rows; ++r)
        h.row({QStringLiteral("2026-%1").arg(r % 12 + 1), QStringLiteral("Kind %1").arg(r % 7),
               QStringLiteral("Release %1 1.%2.0").arg(r).arg(r % 10),
               r % 7 == 0 ? QStringLiteral("Deployed without approval<br>second line<br>third")
                          : QStringLiteral("Row %1 detail").arg(r),
               QStringLiteral("owner%1").arg(r % 13)});
    h.endTable();
    h.paragraph(QStringLiteral("The end of the bench report."));
    return h.text();
}

// Pages that show the header row's first title, of all pages. (Not "begin with": the PDF keeps
// the clipped text of a row split over two pages on both, and pdftotext reads it.)
QString headerPages(const QByteArray& pdf, int pages) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("not checked (pdftotext is not installed)");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("bench.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return QStringLiteral("not checked (cannot write a temporary file)");
    file.close();
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    p.waitForFinished(120000);
    const QStringList texts = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    int withHeader = 0;
    for (const QString& page : texts)
        withHeader += page.contains(QStringLiteral("BenchHead")) ? 1 : 0;
    return QStringLiteral("%1 of %2").arg(withHeader).arg(pages);
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 2000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    QTextStream out(stdout);
    ReportPdf::Layout layout;
    layout.title = QStringLiteral("Bench");
    layout.margins = QMarginsF(16, 14, 16, 12);
    layout.footer = QStringLiteral("Bench report");
    layout.pageNumbers = QStringLiteral("Page %1 of %2");
    QList<double> wall, cpu;
    QByteArray pdf;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = bench::threadCpuMs();
        pdf = ReportPdf::toPdf(
            layout, [rows](qreal pointsToPixels) { return html(rows, pointsToPixels); }, &pages);
        wall << t.elapsed();
        cpu << bench::threadCpuMs() - cpu0;
    }
    if (args.size() > 3) {
        QFile kept(args.at(3));
        if (!kept.open(QIODevice::WriteOnly) || kept.write(pdf) != pdf.size())
            QTextStream(stderr) << "cannot write " << args.at(3) << '\n';
    }
    out << "PDF of one table of " << rows << " rows: " << pages << " pages, " << pdf.size() / 1024
        << " KiB\n";
    out << "pages showing the header row: " << headerPages(pdf, pages) << '\n';
    out << "ReportPdf::toPdf, median of " << runs << ": " << median(wall) << " ms wall, "
        << median(cpu) << " ms CPU\n";
    return 0;
}
