// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace slipway {
struct CabPack;
}

namespace slipway::ui {

// The CAB report: a cover, the change outlook charts, the agenda as a table, a section per
// change (window in UTC and the attendees' zones, conflicts, risk and drivers, gate status,
// rollback plan, approvals so far, a picture of its week with blackouts), the meeting's
// decisions, open conditions and actions; every page with a footer carrying the page
// number, the audit chain head and the time of generation. Drawn with QPainter for paper;
// user text is drawn as plain text, never interpreted.
class CabReportWriter {
    Q_DECLARE_TR_FUNCTIONS(CabReportWriter)

public:
    enum class Paper { A4, Letter };

    struct Stats {
        int pages = 0;
    };

    static Result<Stats> writePdf(const CabPack& pack, const QString& outPath, Paper paper);
    // The same PDF in memory, for the preview.
    static QByteArray toPdf(const CabPack& pack, Paper paper, Stats* stats = nullptr);
    // Onto a printer or another paged device whose page layout is already set.
    static Stats paint(const CabPack& pack, QPagedPaintDevice& device);
};

} // namespace slipway::ui
