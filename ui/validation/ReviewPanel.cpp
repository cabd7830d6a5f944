// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPanel.h"

#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PirReportWriter.h"
#include "ReviewActionsPanel.h"
#include "ReviewCommands.h"
#include "Theme.h"
#include "rules/ClosureRules.h"
#include "services/ClosureService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ReviewService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QString dayText(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("ddd d MMM yyyy"));
}

QString timeText(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(Theme::sectionFont());
    return label;
}

QPlainTextEdit* field(const QString& name, const QString& placeholder, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

QString kindName(const QString& kind) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("deployment"), QT_TRANSLATE_NOOP("ReviewPanel", "Deployment")},
        {QStringLiteral("run"), QT_TRANSLATE_NOOP("ReviewPanel", "Run")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("ReviewPanel", "Step")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("ReviewPanel", "Decision")},
        {QStringLiteral("trigger"), QT_TRANSLATE_NOOP("ReviewPanel", "Trigger")},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("ReviewPanel", "Check")},
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("ReviewPanel", "Incident")},
        {QStringLiteral("feedback"), QT_TRANSLATE_NOOP("ReviewPanel", "Feedback")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("ReviewPanel", "Review")},
    };
    const auto it = names.find(kind);
    return it == names.end() ? kind : ReviewPanel::tr(it.value());
}

} // namespace

ReviewPanel::ReviewPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("reviewPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));
    m_messages = new MessageBar(QStringLiteral("reviewMessages"), this);
    layout->addWidget(m_messages);
    m_requirement = new QLabel(this);
    m_requirement->setObjectName(QStringLiteral("reviewRequirement"));
    m_requirement->setWordWrap(true);
    m_requirement->setTextFormat(Qt::PlainText);
    layout->addWidget(m_requirement);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(
        QStringLiteral("audit"), tr("No review yet"),
        tr("A blameless post-implementation review: what happened, what went well and what did "
           "not, the contributing factors in systems and process, the lessons, and actions "
           "with owners and dates. The timeline of the deployment and the days after is "
           "gathered for it."),
        tr("Start review"), m_pages);
    m_empty->setObjectName(QStringLiteral("reviewEmptyState"));
    m_empty->actionButton()->setObjectName(QStringLiteral("reviewStart"));
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ReviewPanel::startReview);
    m_pages->addWidget(m_empty);

    m_content = new QWidget(m_pages);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_state = new QLabel(m_content);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    bar->addWidget(m_state, 1);
    m_save = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Save"), m_content);
    m_save->setObjectName(QStringLiteral("reviewSave"));
    m_done =
        new QPushButton(IconProvider::icon(QStringLiteral("verify")), tr("Mark done"), m_content);
    m_done->setObjectName(QStringLiteral("reviewDone"));
    m_reopen =
        new QPushButton(IconProvider::icon(QStringLiteral("revert")), tr("Reopen"), m_content);
    m_reopen->setObjectName(QStringLiteral("reviewReopen"));
    m_export =
        new QPushButton(IconProvider::icon(QStringLiteral("file")), tr("Export PDF…"), m_content);
    m_export->setObjectName(QStringLiteral("reviewExport"));
    for (QPushButton* b : {m_save, m_done, m_reopen, m_export})
        bar->addWidget(b, 0, Qt::AlignTop);
    content->addLayout(bar);

    // The template and the timeline with the actions share the width equally.
    auto* columns = new QHBoxLayout;
    // The template, scrolled when the window is short.
    auto* scroll = new QScrollArea(m_content);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* form = new QWidget(scroll);
    auto* fields = new QVBoxLayout(form);
    fields->setContentsMargins(0, 0, Theme::space(1), 0);
    const auto addField = [&](const QString& title, QPlainTextEdit* edit) {
        auto* label = new QLabel(title, form);
        label->setBuddy(edit);
        fields->addWidget(label);
        fields->addWidget(edit, 1);
        connect(edit, &QPlainTextEdit::textChanged, this, &ReviewPanel::updateButtons);
    };
    m_summary = field(QStringLiteral("reviewSummary"),
                      tr("What happened, in a few sentences: the change, the window, the "
                         "outcome and its effect on users."),
                      form);
    addField(tr("&Summary"), m_summary);
    m_wentWell = field(QStringLiteral("reviewWentWell"),
                       tr("What worked: checks that caught something, steps that ran as "
                          "planned, the rollback that was ready."),
                       form);
    addField(tr("What went &well"), m_wentWell);
    m_wentBadly =
        field(QStringLiteral("reviewWentBadly"),
              tr("What did not: surprises, delays, alerts that came late or never."), form);
    addField(tr("What did &not go well"), m_wentBadly);
    m_factors = field(QStringLiteral("reviewFactors"),
                      tr("Systems and process, no names: what made the failure possible and "
                         "what let it go unnoticed."),
                      form);
    addField(tr("Contributing &factors"), m_factors);
    auto* hint =
        new QLabel(tr("Blameless: name systems, processes and roles, never people."), form);
    hint->setObjectName(QStringLiteral("reviewBlamelessHint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    fields->addWidget(hint);
    m_lessons = field(QStringLiteral("reviewLessons"),
                      tr("What we know now and will do differently."), form);
    addField(tr("&Lessons learned"), m_lessons);
    scroll->setWidget(form);
    columns->addWidget(scroll, 1);

    // The timeline above the actions.
    auto* side = new QWidget(m_content);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(Theme::space(1), 0, 0, 0);
    sideLayout->addWidget(sectionTitle(tr("Timeline"), side));
    m_timeline = new QListWidget(side);
    m_timeline->setObjectName(QStringLiteral("reviewTimeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setAlternatingRowColors(true);
    sideLayout->addWidget(m_timeline, 3);
    m_actions = new ReviewActionsPanel(m_document, side);
    sideLayout->addWidget(m_actions, 2);
    connect(m_actions, &ReviewActionsPanel::failed, this, &ReviewPanel::fail);
    connect(m_actions, &ReviewActionsPanel::editing, m_messages, &QWidget::hide);
    columns->addWidget(side, 1);
    content->addLayout(columns, 1);
    m_pages->addWidget(m_content);
    layout->addWidget(m_pages, 1);

    connect(m_save, &QPushButton::clicked, this, &ReviewPanel::saveReview);
    connect(m_done, &QPushButton::clicked, this, &ReviewPanel::markDone);
    connect(m_reopen, &QPushButton::clicked, this, &ReviewPanel::reopen);
    connect(m_export, &QPushButton::clicked, this, &ReviewPanel::chooseExportFile);
    connect(&m_document, &Document::modified, this, &ReviewPanel::reload);
    connect(&m_document, &Document::changedElsewhere, this, &ReviewPanel::reload);
    m_messages->hide();
    reload();
}

void ReviewPanel::setRelease(qint64 releaseId) {
    if (releaseId != m_releaseId) {
        m_messages->hide();
        m_review.reset(); // the text of another release's review is never kept
    }
    m_releaseId = releaseId;
    reload();
}

void ReviewPanel::setEditable(bool editable) {
    m_editable = editable;
    for (QPlainTextEdit* e : {m_summary, m_wentWell, m_wentBadly, m_factors, m_lessons})
        e->setReadOnly(!editable);
    m_actions->setEditable(editable);
    updateButtons();
}

void ReviewPanel::fail(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

bool ReviewPanel::push(UndoCommand* command) {
    m_messages->hide();
    return pushCommand(m_document.undoStack(), command);
}

void ReviewPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

// Read only while shown: a hidden tab is brought up to date when it is shown again.
void ReviewPanel::reload() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Unsaved text stays while the same review is shown; a save reloads it from the file.
    const bool keepText = m_review && textChanged();
    const qint64 shownId = m_review ? m_review->id : -1;
    m_review.reset();
    m_releaseLabel.clear();
    if (m_releaseId > 0) {
        if (auto release = m_document.releases().find(m_releaseId))
            m_releaseLabel = releaseLabel(release->name, release->version);
        if (auto review = m_document.reviews().forRelease(m_releaseId))
            m_review = review.value();
        else
            fail(review.error().message);
    }
    m_loading = true;
    fillRequirement();
    if (!(keepText && m_review && m_review->id == shownId))
        fillReview();
    m_loading = false;
    fillTimeline();
    m_actions->setRelease(m_releaseId);
    m_pages->setCurrentWidget(m_review ? m_content : static_cast<QWidget*>(m_empty));
    m_pages->setVisible(m_releaseId > 0);
    updateButtons();
}

void ReviewPanel::fillRequirement() {
    if (m_releaseId <= 0) {
        m_requirement->hide();
        return;
    }
    m_requirement->show();
    auto required = m_document.reviews().isRequired(m_releaseId);
    auto facts = m_document.closure().facts(m_releaseId);
    auto release = m_document.releases().find(m_releaseId);
    QStringList why;
    if (release && release->type == ReleaseType::Major)
        why << tr("a major release");
    if (release && release->type == ReleaseType::Emergency)
        why << tr("an emergency release");
    if (facts && facts->productionFailed)
        why << tr("a production deployment failed");
    if (facts && facts->productionRolledBack)
        why << tr("the deployment was rolled back");
    const qint64 deployed = facts ? facts->firstProductionAt : 0;
    const qint64 due = m_review       ? m_review->dueAt
                       : deployed > 0 ? deployed + qint64(kDefaultReviewDueDays) * 86400
                                      : 0;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool late = m_review ? m_review->isLate(now) : (due > 0 && now > due);
    QString text;
    if (!required) {
        text = required.error().message;
    } else if (required.value()) {
        text = why.isEmpty() ? tr("A review is required by this file's review settings.")
                             : tr("A review is required: %1.").arg(why.join(tr(", ")));
        if (due > 0)
            text += u' ' + (late ? tr("It was due %1.").arg(dayText(due))
                                 : tr("It is due %1.").arg(dayText(due)));
    } else {
        text = tr("No review is required for this release (its type and its deployment's "
                  "outcome do not call for one); one can still be held.");
    }
    const bool overdue = required && required.value() && late && !(m_review && m_review->isDone());
    m_requirement->setStyleSheet(Theme::bannerStyleSheet(overdue ? Theme::danger()
                                                         : required && required.value()
                                                             ? Theme::warning()
                                                             : Theme::muted()));
    m_requirement->setText(text);
}

void ReviewPanel::fillReview() {
    const PostReview r = m_review.value_or(PostReview{});
    m_summary->setPlainText(r.summary);
    m_wentWell->setPlainText(r.wentWell);
    m_wentBadly->setPlainText(r.wentBadly);
    m_factors->setPlainText(r.factors);
    m_lessons->setPlainText(r.lessons);
}

void ReviewPanel::fillTimeline() {
    m_timeline->clear();
    if (m_releaseId <= 0 || !m_review)
        return;
    auto entries = m_document.reviews().timeline(m_releaseId);
    if (!entries) {
        m_timeline->addItem(entries.error().message);
        return;
    }
    if (entries->isEmpty()) {
        auto* item = new QListWidgetItem(
            tr("Nothing recorded yet: production deployments, the runbook's run, check "
               "failures, incidents and feedback appear here as they happen."));
        item->setForeground(Theme::muted());
        m_timeline->addItem(item);
        return;
    }
    for (const TimelineEntry& e : entries.value()) {
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3")
                                             .arg(QDateTime::fromSecsSinceEpoch(e.atUtc, Qt::UTC)
                                                      .toString(QStringLiteral("d MMM HH:mm")),
                                                  kindName(e.kind), e.text));
        item->setToolTip(timeText(e.atUtc) + u'\n' + e.text);
        if (e.kind == u"incident" || (e.kind == u"check" && e.text.contains(u"fail")))
            item->setForeground(Theme::danger());
        m_timeline->addItem(item);
    }
}

bool ReviewPanel::textChanged() const {
    if (!m_review)
        return false;
    const PostReview e = edited();
    return e.summary != m_review->summary || e.wentWell != m_review->wentWell ||
           e.wentBadly != m_review->wentBadly || e.factors != m_review->factors ||
           e.lessons != m_review->lessons;
}

PostReview ReviewPanel::edited() const {
    PostReview r = m_review.value_or(PostReview{});
    r.summary = m_summary->toPlainText().trimmed();
    r.wentWell = m_wentWell->toPlainText().trimmed();
    r.wentBadly = m_wentBadly->toPlainText().trimmed();
    r.factors = m_factors->toPlainText().trimmed();
    r.lessons = m_lessons->toPlainText().trimmed();
    return r;
}

void ReviewPanel::updateButtons() {
    if (m_loading)
        return;
    const bool can = m_editable && m_releaseId > 0;
    const bool done = m_review && m_review->isDone();
    m_empty->actionButton()->setEnabled(can);
    m_save->setEnabled(can && m_review && textChanged());
    m_done->setVisible(!done);
    m_done->setEnabled(can && m_review);
    m_reopen->setVisible(done);
    m_reopen->setEnabled(can);
    m_export->setEnabled(m_review.has_value());
    if (m_review) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QString state = done
                            ? tr("Done %1 by %2.").arg(timeText(m_review->doneAt), m_review->doneBy)
                            : tr("Draft, due %1.").arg(dayText(m_review->dueAt));
        if (m_review->isLate(now))
            state += u' ' + (done ? tr("Finished after its due date.") : tr("Overdue."));
        if (textChanged())
            state += u' ' + tr("Unsaved changes.");
        m_state->setText(state);
        m_state->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                   .arg((done                    ? Theme::success()
                                         : m_review->isLate(now) ? Theme::danger()
                                                                 : Theme::warning())
                                            .name()));
    }
}

void ReviewPanel::startReview() {
    if (!m_editable || m_releaseId <= 0)
        return;
    push(new StartReviewCommand(m_document.reviews(), m_releaseId, m_releaseLabel,
                                [this](const QString& m) { fail(m); }));
}

void ReviewPanel::saveReview() {
    if (!m_editable || !m_review || !textChanged())
        return;
    push(new SaveReviewCommand(m_document.reviews(), *m_review, edited(),
                               tr("Edit the review of %1").arg(m_releaseLabel),
                               [this](const QString& m) { fail(m); }));
}

void ReviewPanel::markDone() {
    if (!m_editable || !m_review)
        return;
    PostReview after = edited();
    after.state = PostReview::State::Done;
    // Said here in one line before the service refuses it the same way.
    const QList<FieldProblem> problems = validateReview(after);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& p : problems)
            lines << p.message;
        fail(tr("The review cannot be marked done yet: %1").arg(lines.join(u' ')));
        return;
    }
    push(new SaveReviewCommand(m_document.reviews(), *m_review, after,
                               tr("Mark the review of %1 done").arg(m_releaseLabel),
                               [this](const QString& m) { fail(m); }));
}

void ReviewPanel::reopen() {
    if (!m_editable || !m_review)
        return;
    PostReview after = edited();
    after.state = PostReview::State::Draft;
    push(new SaveReviewCommand(m_document.reviews(), *m_review, after,
                               tr("Reopen the review of %1").arg(m_releaseLabel),
                               [this](const QString& m) { fail(m); }));
}

void ReviewPanel::chooseExportFile() {
    QString name = m_releaseLabel;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the review as PDF"), QDir::home().filePath(tr("review-%1.pdf").arg(name)),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool ReviewPanel::exportPdf(const QString& path) {
    auto input = PirReportWriter::load(m_document.database(), m_document.session(), m_releaseId,
                                       QDateTime::currentSecsSinceEpoch());
    if (!input) {
        fail(input.error().message);
        return false;
    }
    auto written = PirReportWriter::writePdf(input.value(), path);
    if (!written) {
        fail(written.error().message);
        return false;
    }
    m_messages->showMessage(
        MessageBar::Kind::Success,
        tr("Wrote %1 (%n page(s)).", nullptr, written->pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace slipway::ui
