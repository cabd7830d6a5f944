// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB report of a meeting with 100 changes on its agenda: time to read the meeting
// (CabPack) and to draw the PDF, and the page count. Target: the PDF in at most 1 s.
#include "cab/CabReportWriter.h"
#include "domain/CabMeeting.h"
#include "domain/ChangeRequest.h"
#include "domain/Release.h"
#include "io/CabPack.h"
#include "io/DemoGenerator.h"
#include "storage/CabMeetingRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace slipway;

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.slipway"));
    if (auto made = DemoGenerator::generate(path, DemoGenerator::Scale::Large, 7); !made) {
        out << "demo failed: " << made.error().message << Qt::endl;
        return 1;
    }
    Database::OpenOptions options;
    auto db = Database::open(path, options);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    // A meeting whose agenda holds 100 change requests for releases with windows.
    CabMeeting meeting;
    meeting.title = QStringLiteral("Benchmark CAB with 100 changes");
    meeting.startUtc = DemoGenerator::defaultAnchor().toSecsSinceEpoch() + 2 * 86400;
    meeting.endUtc = meeting.startUtc + 7200;
    meeting.attendeeIds = {1, 2, 3, 4, 5, 6};
    {
        Transaction tx(*db.value());
        if (!tx.begin())
            return 1;
        CabMeetingRepository meetings(*db.value());
        auto stored = meetings.insert(meeting, QStringLiteral("bench"), 1);
        if (!stored)
            return 1;
        meeting = stored.value();
        auto releases = ReleaseRepository(*db.value()).all();
        QList<AgendaItem> items;
        ChangeRequestRepository changes(*db.value());
        for (const Release& r : releases.value()) {
            if (!r.windowStart.isValid() || r.windowStart.toSecsSinceEpoch() < meeting.startUtc)
                continue;
            ChangeRequest c;
            c.ticket = QStringLiteral("BENCH%1").arg(r.id, 6, 10, QLatin1Char('0'));
            c.summary = QStringLiteral("Deploy ") + releaseLabel(r.name, r.version);
            c.releaseId = r.id;
            c.riskLevel = RiskLevel(r.id % 4);
            c.riskScore = int(r.id % 100);
            c.riskDrivers = {QStringLiteral("Customer-facing"), QStringLiteral("Schema change")};
            c.rollbackPlan = QStringLiteral("Redeploy the previous version; restore the snapshot.");
            c.implementationPlan = QStringLiteral("Rolling deploy with health checks.");
            c.requestedBy = QStringLiteral("bench");
            c.requestedAt = 1;
            auto written = changes.insert(c, QStringLiteral("bench"), 1);
            if (!written)
                continue;
            items << AgendaItem{0,           meeting.id,
                                0,           AgendaItem::Kind::Change,
                                written->id, r.id,
                                c.summary,   QStringLiteral("Window before the next meeting.")};
            if (items.size() == 100)
                break;
        }
        if (!meetings.replaceAgenda(meeting.id, items) || !tx.commit())
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto pack = CabPack::load(*db.value(), meeting.id, QDateTime::currentSecsSinceEpoch());
    if (!pack) {
        out << pack.error().message << Qt::endl;
        return 1;
    }
    const qint64 loadMs = timer.restart();
    const QString pdf = dir.filePath(QStringLiteral("cab.pdf"));
    auto written = ui::CabReportWriter::writePdf(pack.value(), pdf, ui::CabReportWriter::Paper::A4);
    const qint64 drawMs = timer.elapsed();
    if (!written) {
        out << written.error().message << Qt::endl;
        return 1;
    }
    out << "CAB report, " << pack->items.size() << " changes on the agenda" << Qt::endl;
    out << "  read the meeting (CabPack): " << loadMs << " ms" << Qt::endl;
    out << "  draw the PDF:               " << drawMs << " ms, " << written->pages << " pages, "
        << QFileInfo(pdf).size() / 1024 << " KiB" << Qt::endl;
    out << "  total:                      " << loadMs + drawMs << " ms (target <= 1000 ms)"
        << Qt::endl;
    return 0;
}
