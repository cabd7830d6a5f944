// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarRoomWindow.h"

#include "DarkScreen.h"
#include "RunActions.h"
#include "RunController.h"
#include "RunStepModel.h"
#include "RunTriggerBanner.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace slipway::ui {
namespace {

using namespace darkScreen;

// The war room's colours, as CAB mode's: light on dark, every status also in words.

QFont bigFont(qreal px, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(px)));
    f.setBold(bold);
    return f;
}

// The status in the few words a room reads at a glance.
QString shortStatus(const RunStepRow& row) {
    if (!row.waiting)
        return displayName(row.progress.status);
    if (!row.step.isForward())
        return row.rollbackDecided ? WarRoomWindow::tr("Not needed")
                                   : WarRoomWindow::tr("If rolling back");
    return WarRoomWindow::tr("Waits on %1").arg(row.waitsOn.join(QStringLiteral(", ")));
}

} // namespace

WarRoomWindow::WarRoomWindow(Document& document, qint64 releaseId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_controller(new RunController(document, this)) {
    setUp();
    m_controller->setRelease(releaseId);
}

WarRoomWindow::WarRoomWindow(RunController& shared, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_controller(&shared) {
    setUp();
}

void WarRoomWindow::setUp() {
    setObjectName(QStringLiteral("warRoomWindow"));
    darkScreen::prepare(this);
    resize(1280, 800);
    connect(m_controller, &RunController::changed, this, [this] {
        follow();
        update();
    });
    connect(m_controller, &RunController::mutedChanged, this, qOverload<>(&QWidget::update));
    connect(m_controller, &QObject::destroyed, this, &QWidget::close);
    follow();
}

void WarRoomWindow::follow() {
    const auto& status = m_controller->status();
    setWindowTitle(status ? tr("War room — %1").arg(status->runbook.releaseLabel) : tr("War room"));
    const QList<RunStepRow> rows = m_controller->rows();
    const bool known = std::any_of(rows.cbegin(), rows.cend(),
                                   [&](const RunStepRow& r) { return r.step.key == m_selected; });
    if (m_chosen && known)
        return;
    // Unless someone chose, the selection is the step under way; else, rolling back, the next
    // proposed rollback step; else a failed step; else the next step free to start.
    const auto pick = [&](auto test) -> QString {
        for (const RunStepRow& r : rows) {
            if (test(r))
                return r.step.key;
        }
        return {};
    };
    QString key =
        pick([](const RunStepRow& r) { return r.progress.status == StepStatus::Running; });
    if (key.isEmpty() && status && status->run && rollbackDecided(*status->run)) {
        for (const RunbookStep& s : status->rollback.steps) {
            if (progressOf(*status->run, s.key).status == StepStatus::Pending) {
                key = s.key;
                break;
            }
        }
    }
    if (key.isEmpty())
        key = pick([](const RunStepRow& r) { return r.progress.status == StepStatus::Failed; });
    if (key.isEmpty())
        key = pick([](const RunStepRow& r) {
            return r.progress.status == StepStatus::Pending && !r.waiting;
        });
    if (key.isEmpty() && !rows.isEmpty())
        key = known ? m_selected : rows.first().step.key;
    m_selected = key;
    m_chosen = false;
}

void WarRoomWindow::selectStep(const QString& key) {
    m_selected = key;
    m_chosen = true;
    update();
}

void WarRoomWindow::moveSelection(int delta) {
    const QList<RunStepRow> rows = m_controller->rows();
    if (rows.isEmpty())
        return;
    int at = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].step.key == m_selected)
            at = i;
    }
    selectStep(rows[std::clamp(at + delta, 0, int(rows.size()) - 1)].step.key);
}

void WarRoomWindow::say(bool bad, const QString& message) {
    m_status = message;
    m_statusBad = bad;
    update();
}

void WarRoomWindow::mark(StepStatus status) {
    if (m_selected.isEmpty())
        return;
    const auto said = RunActions::mark(*m_controller, this, m_selected, status);
    if (said.outcome != RunActions::Outcome::Cancelled)
        say(!said.recorded(), said.message);
    // What comes next is followed again once the step is marked.
    if (said.recorded())
        m_chosen = false;
    follow();
    update();
}

void WarRoomWindow::decide(RunDecision preset) {
    const auto& status = m_controller->status();
    if (!status || !status->run)
        return;
    const RunbookStep* step = status->runbook.step(m_selected);
    const QString at = step && step->kind == StepKind::Checkpoint ? m_selected : QString();
    const auto said = RunActions::decide(*m_controller, this, at, preset);
    if (said.outcome != RunActions::Outcome::Cancelled)
        say(!said.recorded(), said.message);
}

void WarRoomWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_R:
        mark(StepStatus::Running);
        return;
    case Qt::Key_D:
        mark(StepStatus::Done);
        return;
    case Qt::Key_F:
        mark(StepStatus::Failed);
        return;
    case Qt::Key_S:
        mark(StepStatus::Skipped);
        return;
    case Qt::Key_G:
        decide(RunDecision::Go);
        return;
    case Qt::Key_B:
        decide(RunDecision::Rollback);
        return;
    case Qt::Key_M:
        m_controller->setMuted(!m_controller->muted());
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WarRoomWindow::closeEvent(QCloseEvent* event) {
    Q_EMIT left();
    event->accept();
}

void WarRoomWindow::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kBackground);
    const qreal H = height(), W = width();
    const qreal body = std::max(14.0, H * 0.03); // about 32 px on a 1080-line screen
    const qreal margin = W * 0.03;
    const qreal textW = W - 2 * margin;
    const qint64 now = m_controller->now();
    qreal y = H * 0.03;

    const QString keys = tr("\u2191/\u2193 step    R running    D done    F failed    S skipped    "
                            "G go/no-go    B roll back    M %1    Esc leave")
                             .arg(m_controller->muted() ? tr("sound on") : tr("mute"));
    const qreal keysH = body * 1.6;
    p.fillRect(QRectF(0, H - keysH, W, keysH), kPanel);
    p.setFont(bigFont(body * 0.62, true));
    p.setPen(kText);
    p.drawText(QRectF(margin, H - keysH, textW, keysH), Qt::AlignVCenter | Qt::AlignLeft, keys);
    qreal bottom = H - keysH - body * 0.4;
    if (!m_status.isEmpty()) {
        p.setFont(bigFont(body * 0.7, true));
        p.setPen(m_statusBad ? kBad : kGood);
        p.drawText(QRectF(margin, bottom - body * 1.2, textW, body * 1.2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(m_status, Qt::ElideRight, textW));
        bottom -= body * 1.4;
    }

    const auto& status = m_controller->status();
    if (!status) {
        p.setFont(bigFont(body * 1.2, true));
        p.setPen(kText);
        p.drawText(QRectF(margin, y, textW, H * 0.5), Qt::TextWordWrap, m_controller->problem());
        return;
    }
    const RunbookRun run = status->run.value_or(RunbookRun{});

    // Where and when: the release and the run's state, the clock on the right.
    QString where = status->runbook.releaseLabel + QStringLiteral("  \u00b7  ") +
                    displayName(status->runbook.pattern);
    if (!status->run)
        where += QStringLiteral("  \u00b7  ") + tr("not started");
    else if (run.isRunning())
        where += QStringLiteral("  \u00b7  ") +
                 tr("running since %1, %2").arg(clockText(run.startedAt, now), run.startedBy);
    else
        where += QStringLiteral("  \u00b7  ") + tr("ended: %1").arg(displayName(run.outcome));
    p.setFont(bigFont(body * 1.4, true));
    p.setPen(kText);
    const QString clock = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(now).toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    p.drawText(QRectF(margin, y, textW, body * 1.6), Qt::AlignRight | Qt::AlignVCenter, clock);
    const qreal clockW = QFontMetricsF(p.font()).horizontalAdvance(clock) + body;
    p.setFont(bigFont(body * 0.8));
    p.setPen(kDim);
    p.drawText(QRectF(margin, y, textW - clockW, body * 1.6), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(where, Qt::ElideRight, textW - clockW));
    y += body * 2.0;

    // The totals: elapsed against plan, the projected end against the window's end.
    const RunProjection& pr = status->projection;
    const qint64 planned = qint64(status->plan.plannedEndMin) * 60;
    const qint64 end = status->run ? pr.projectedEnd : pr.plannedEnd;
    const bool late = status->windowEndUtc > 0 && end > status->windowEndUtc;
    const auto block = [&](qreal x, qreal w, const QString& label, const QString& value,
                           const QColor& colour) {
        p.setFont(bigFont(body * 0.6, true));
        p.setPen(kDim);
        p.drawText(QRectF(x, y, w, body * 0.9), Qt::AlignLeft | Qt::AlignVCenter, label.toUpper());
        p.setFont(bigFont(body * 1.35, true));
        p.setPen(colour);
        p.drawText(QRectF(x, y + body * 0.9, w, body * 1.9), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(value, Qt::ElideRight, w));
    };
    block(margin, textW * 0.38, tr("Elapsed / plan"),
          tr("%1 / %2").arg(durationText(pr.elapsedSecs), durationText(planned)),
          status->run && pr.elapsedSecs > planned ? kBad : kText);
    block(margin + textW * 0.38, textW * 0.17, tr("Steps done"),
          tr("%1 of %2").arg(pr.done).arg(pr.total), kText);
    block(margin + textW * 0.55, textW * 0.45,
          status->run ? tr("Projected end / window end") : tr("Planned end / window end"),
          tr("%1 / %2").arg(clockText(end, now), clockText(status->windowEndUtc, now)),
          late ? kBad : kGood);
    y += body * 3.1;

    // The banner: what fired and the rollback it proposes.
    const QStringList fired = m_controller->firedMessages();
    if (run.isRunning() && !fired.isEmpty()) {
        const QString head = tr("ROLLBACK TRIGGER: %1").arg(fired.first());
        const QString proposal = (rollbackDecided(run) ? tr("Rollback decided. ") : QString()) +
                                 RunTriggerBanner::proposalText(status->runbook, status->rollback);
        // The head wraps to two lines at most, the proposal to three.
        const qreal innerW = textW - body;
        p.setFont(bigFont(body * 0.85, true));
        const qreal headLine = QFontMetricsF(p.font()).lineSpacing();
        const qreal headH = std::min(
            p.boundingRect(QRectF(0, 0, innerW, H), Qt::TextWordWrap, head).height(), headLine * 2);
        p.setFont(bigFont(body * 0.62));
        const qreal propLine = QFontMetricsF(p.font()).lineSpacing();
        const qreal propH =
            std::min(p.boundingRect(QRectF(0, 0, innerW, H), Qt::TextWordWrap, proposal).height(),
                     propLine * 3);
        const qreal pad = body * 0.35;
        const qreal bannerH = pad + headH + pad * 0.5 + propH + pad;
        p.setPen(Qt::NoPen);
        p.setBrush(kAlarm);
        p.drawRoundedRect(QRectF(margin, y, textW, bannerH), 8, 8);
        p.setPen(kText);
        p.save();
        p.setFont(bigFont(body * 0.85, true));
        p.setClipRect(QRectF(margin, y + pad, textW, headH));
        p.drawText(QRectF(margin + body * 0.5, y + pad, innerW, H), Qt::TextWordWrap, head);
        p.setFont(bigFont(body * 0.62));
        p.setClipRect(QRectF(margin, y + pad * 1.5 + headH, textW, propH));
        p.drawText(QRectF(margin + body * 0.5, y + pad * 1.5 + headH, innerW, H), Qt::TextWordWrap,
                   proposal);
        p.restore();
        y += bannerH + body * 0.5;
    }

    // The step(s) under way, big.
    const QList<RunStepRow> rows = m_controller->rows();
    QStringList current;
    for (const RunStepRow& r : rows) {
        if (r.progress.status == StepStatus::Running)
            current << tr("%1 %2  %3").arg(r.step.key, r.step.title, RunStepModel::elapsedText(r));
    }
    p.setFont(bigFont(body * 0.6, true));
    p.setPen(kDim);
    p.drawText(QRectF(margin, y, textW, body * 0.9), Qt::AlignLeft | Qt::AlignVCenter,
               (current.isEmpty() ? tr("Under way: nothing") : tr("Under way")).toUpper());
    y += body * 0.9;
    if (!current.isEmpty()) {
        p.setFont(bigFont(body * 1.1, true));
        p.setPen(QColor(0x60, 0xa5, 0xfa));
        for (const QString& line : current.mid(0, 2)) {
            p.drawText(QRectF(margin, y, textW, body * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(p.font()).elidedText(line, Qt::ElideRight, textW));
            y += body * 1.5;
        }
    }
    y += body * 0.4;

    // Every step: key, title, status in colour and words, elapsed against plan, who.
    const qreal rowH = body * 1.35;
    const int fits = std::max(1, int((bottom - y) / rowH));
    int selectedRow = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].step.key == m_selected)
            selectedRow = i;
    }
    if (selectedRow < m_firstRow)
        m_firstRow = selectedRow;
    if (selectedRow >= m_firstRow + fits)
        m_firstRow = selectedRow - fits + 1;
    m_firstRow = std::clamp(m_firstRow, 0, std::max(0, int(rows.size()) - fits));
    const qreal keyW = textW * 0.07, titleW = textW * 0.41, statusW = textW * 0.19,
                elapsedW = textW * 0.15;
    const qreal byW = textW - keyW - titleW - statusW - elapsedW;
    for (int i = m_firstRow; i < rows.size() && i < m_firstRow + fits; ++i) {
        const RunStepRow& r = rows[i];
        const QRectF line(margin, y, textW, rowH);
        if (r.step.key == m_selected) {
            p.setPen(QPen(kText, 2));
            p.setBrush(kPanel);
            p.drawRoundedRect(line.adjusted(-body * 0.3, 1, body * 0.3, -1), 6, 6);
        }
        const QColor ink = r.waiting ? kFaint : kText;
        qreal x = margin;
        const auto cell = [&](qreal w, const QString& text, const QColor& colour, bool bold) {
            p.setFont(bigFont(body * 0.72, bold));
            p.setPen(colour);
            p.drawText(QRectF(x, y, w - body * 0.3, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(p.font()).elidedText(text, Qt::ElideRight, w - body * 0.3));
            x += w;
        };
        cell(keyW, r.step.key, ink, true);
        cell(titleW,
             r.step.isForward()
                 ? r.step.title
                 : tr("\u21a9 %1 (rolls back %2)").arg(r.step.title, r.step.rollbackOf),
             ink, r.progress.status == StepStatus::Running);
        const QColor statusInk = r.waiting ? kFaint : stepStatusColor(r.progress.status, true);
        cell(statusW, shortStatus(r).toUpper(), statusInk, true);
        cell(elapsedW, RunStepModel::elapsedText(r), r.overPlan() ? kBad : ink, false);
        cell(byW, r.progress.by.isEmpty() ? r.step.owner : r.progress.by,
             r.progress.by.isEmpty() ? kFaint : ink, false);
        y += rowH;
    }
    if (m_firstRow + fits < rows.size()) {
        p.setFont(bigFont(body * 0.55));
        p.setPen(kDim);
        p.drawText(QRectF(margin, y, textW, body * 0.8), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%n more below (\u2193)", nullptr, int(rows.size()) - m_firstRow - fits));
    }
}

} // namespace slipway::ui
