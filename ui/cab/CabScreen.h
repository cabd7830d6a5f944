// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CabPack.h"

#include <QPointer>
#include <QWidget>

class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QChartView;

namespace slipway {
class CabAgendaModel;
class CabDecisionService;
class CabMeetingService;
class ChangeRequestService;
class Document;
} // namespace slipway

namespace slipway::ui {

class CabDecider;
class CabModeWindow;
class EmptyState;
class MinutesPanel;

// The CAB screen at the desk: the meetings, the agenda of the chosen one (built by the
// rules, reordered and trimmed by hand), the change outlook charts, the selected change as
// the board will see it, the minutes, and the report (preview, print, save). CAB mode
// starts here.
class CabScreen : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CabScreen)
public:
    explicit CabScreen(Document& document, QWidget* parent = nullptr);
    ~CabScreen() override;

    void setEditable(bool editable);
    void reload();
    bool selectMeeting(qint64 id);
    qint64 meetingId() const;
    const CabPack& pack() const { return m_pack; }
    void selectFirst();

    void newMeeting();
    // Open the editors (window-modal); what they change is one undoable, audited command.
    void newChangeRequest();
    void editSelectedChange();
    void editMeeting();
    void buildAgenda();
    void moveSelected(int delta);
    void removeSelected();
    // Decides the selected change from the desk (the same as CAB mode's keys).
    bool decideSelected(DecisionOutcome outcome, const QStringList& conditions = {});
    // Opens CAB mode on `screenIndex` (-1: ask when there are several screens).
    CabModeWindow* startCabMode(int screenIndex = -1);
    CabModeWindow* cabMode() const;

    void previewReport();
    void printReport();
    bool saveReport(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void requestReload();
    QWidget* buildHeader();
    QWidget* buildBody();
    void fillMeetings();
    void fillAgenda();
    void fillCharts();
    void fillDetails();
    void fillMinutes();
    void updateButtons();
    void showMessage(const QString& text, bool bad);
    int selectedRow() const;
    QStringList peopleNames() const;

    Document& m_document;
    ChangeRequestService* m_changes = nullptr;
    CabDecisionService* m_decisions = nullptr;
    CabMeetingService* m_meetings = nullptr;
    CabDecider* m_decider = nullptr;
    CabPack m_pack;
    bool m_loaded = false;
    bool m_editable = true;

    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QComboBox* m_meetingCombo = nullptr;
    QLabel* m_meetingInfo = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_agenda = nullptr;
    CabAgendaModel* m_agendaModel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_byRisk = nullptr;
    QChartView* m_byType = nullptr;
    QChartView* m_approval = nullptr;
    QPlainTextEdit* m_details = nullptr;
    MinutesPanel* m_minutes = nullptr;
    QWidget* m_preview = nullptr; // QPdfView
    QPdfDocument* m_pdf = nullptr;
    QBuffer* m_pdfBytes = nullptr;
    QList<QPushButton*> m_editButtons;
    QPointer<CabModeWindow> m_cabMode;
};

} // namespace slipway::ui
