// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB screen's outputs: the meeting-room mode, and the report previewed, printed or saved.
#include "CabScreen.h"

#include "CabCharts.h"
#include "CabDecider.h"
#include "CabModeWindow.h"
#include "CabRecordOps.h"
#include "CabReportWriter.h"
#include "CabStyle.h"
#include "ChangeRequestDialog.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MeetingDialog.h"
#include "MinutesPanel.h"
#include "SetAgendaCommand.h"
#include "Theme.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "services/Document.h"
#include "services/PeopleService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

CabModeWindow* CabScreen::startCabMode(int screenIndex) {
    if (!m_loaded)
        reload();
    if (m_pack.meeting.id == 0)
        return nullptr;
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screenIndex < 0 && screens.size() > 1) {
        QStringList names;
        for (QScreen* s : screens)
            names << QStringLiteral("%1 (%2×%3)")
                         .arg(s->name())
                         .arg(s->size().width())
                         .arg(s->size().height());
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("CAB mode"), tr("Present on which screen?"), names,
                                  int(names.size()) - 1, false, &ok);
        if (!ok)
            return nullptr;
        screenIndex = int(names.indexOf(chosen));
    }
    if (m_cabMode)
        m_cabMode->close();
    const qint64 id = meetingId();
    auto* window = new CabModeWindow(
        m_pack, *m_decider,
        [this, id] {
            auto pack =
                CabPack::load(m_document.database(), id, QDateTime::currentSecsSinceEpoch());
            return pack ? pack.value() : m_pack;
        },
        nullptr);
    m_cabMode = window;
    connect(window, &CabModeWindow::left, this, &CabScreen::reload);
    if (screenIndex >= 0 && screenIndex < screens.size()) {
        window->setScreen(screens[screenIndex]);
        window->setGeometry(screens[screenIndex]->geometry());
    }
    if (QGuiApplication::platformName() == u"offscreen") {
        window->resize(1280, 720);
        window->show();
    } else {
        window->showFullScreen();
    }
    window->activateWindow();
    window->setFocus();
    return window;
}

void CabScreen::previewReport() {
    if (!m_loaded)
        reload();
    delete m_pdfBytes;
    m_pdfBytes = new QBuffer(this);
    m_pdfBytes->setData(CabReportWriter::toPdf(m_pack, CabReportWriter::Paper::A4));
    m_pdfBytes->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBytes);
    m_tabs->setCurrentWidget(m_preview);
}

void CabScreen::printReport() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_pack.meeting.title);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { CabReportWriter::paint(m_pack, *p); });
    dialog.exec();
}

bool CabScreen::saveReport(const QString& path) {
    auto written = CabReportWriter::writePdf(m_pack, path, CabReportWriter::Paper::A4);
    if (!written) {
        showMessage(written.error().message, true);
        return false;
    }
    showMessage(tr("Saved the CAB report (%n page(s)) to %1.", nullptr, written->pages).arg(path),
                false);
    return true;
}

} // namespace slipway::ui
