// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseEditor.h"

#include "IconProvider.h"
#include "Theme.h"
#include "rules/ReleaseVersioning.h"
#include "services/ProductService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QDateTime inZone(const QDateTime& utc, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    return tz.isValid() ? utc.toTimeZone(tz) : utc;
}

// The edit shows wall-clock time in the window's zone; stored times are UTC.
QDateTime toUtc(const QDateTimeEdit* edit, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime wall(edit->date(), edit->time(), tz.isValid() ? tz : QTimeZone::utc());
    return wall.toUTC();
}

QStringList zoneIds() {
    QStringList ids;
    const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
    ids.reserve(available.size());
    for (const QByteArray& id : available)
        ids << QString::fromUtf8(id);
    return ids;
}

} // namespace

ReleaseEditor::ReleaseEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("releaseEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    outer->setSpacing(Theme::space(1));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setFont(Theme::sectionFont());
    m_title->setWordWrap(true);
    outer->addWidget(m_title);

    m_hint =
        new QLabel(tr("Select a release to see and edit its details, or create a new one."), this);
    m_hint->setObjectName(QStringLiteral("editorHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    outer->addWidget(m_hint);

    m_form = new QWidget(this);
    // Labels above their fields keep the panel narrow beside a wide table; each field's
    // problem message sits right under it.
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, Theme::space(1), Theme::space(1), 0);
    form->setSpacing(Theme::space(1) + Theme::space(1) / 2);
    const auto addField = [this, form](const QString& label, QWidget* field,
                                       const QString& problemKey = {}) {
        auto* group = new QVBoxLayout;
        group->setSpacing(Theme::space(1) / 2);
        if (!label.isEmpty()) {
            auto* caption = new QLabel(label, m_form);
            caption->setBuddy(field);
            group->addWidget(caption);
        }
        group->addWidget(field);
        if (!problemKey.isEmpty())
            group->addWidget(addProblemLabel(problemKey));
        form->addLayout(group);
    };

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("releaseNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Payments platform Q3"));
    addField(tr("&Name"), m_name, QStringLiteral("name"));

    m_product = new QComboBox(m_form);
    m_product->setObjectName(QStringLiteral("releaseProductCombo"));
    m_product->setToolTip(tr("The product (a service) this release is a version of; its "
                             "versioning scheme checks the version, and each version is "
                             "unique per product."));
    m_product->addItem(tr("No product"), qint64(0));
    addField(tr("&Product"), m_product, QStringLiteral("product"));

    m_version = new QLineEdit(m_form);
    m_version->setObjectName(QStringLiteral("releaseVersionEdit"));
    m_version->setPlaceholderText(tr("Semantic version, e.g. 2.4.0"));
    addField(tr("&Version"), m_version, QStringLiteral("version"));
    // What the scope suggests, right under the version, with a button to take it.
    m_suggestion = new QLabel(m_form);
    m_suggestion->setObjectName(QStringLiteral("versionSuggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    m_useSuggestion = new QPushButton(tr("&Use"), m_form);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedVersionButton"));
    m_useSuggestion->setToolTip(tr("Put the suggested version in the field (Save keeps it)"));
    m_versionWarnings = new QLabel(m_form);
    m_versionWarnings->setObjectName(QStringLiteral("versionWarnings"));
    m_versionWarnings->setWordWrap(true);
    m_versionWarnings->setTextFormat(Qt::PlainText);
    m_versionWarnings->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
    {
        auto* adviceRow = new QHBoxLayout;
        adviceRow->setSpacing(Theme::space(1));
        adviceRow->addWidget(m_suggestion, 1);
        adviceRow->addWidget(m_useSuggestion, 0, Qt::AlignVCenter);
        auto* advice = new QVBoxLayout;
        advice->setSpacing(Theme::space(1) / 2);
        advice->addLayout(adviceRow);
        advice->addWidget(m_versionWarnings);
        form->addLayout(advice);
    }
    m_suggestion->hide();
    m_useSuggestion->hide();
    m_versionWarnings->hide();
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        if (!m_suggested.isEmpty())
            m_version->setText(m_suggested);
    });

    m_type = new QComboBox(m_form);
    m_type->setObjectName(QStringLiteral("releaseTypeCombo"));
    for (ReleaseType t :
         {ReleaseType::Major, ReleaseType::Minor, ReleaseType::Patch, ReleaseType::Emergency})
        m_type->addItem(IconProvider::icon(Theme::typeIconName(t), Theme::typeColor(t)),
                        displayName(t), int(t));
    addField(tr("&Type"), m_type);

    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("releaseStatusCombo"));
    for (const QString& key : allReleaseStatusKeys()) {
        const ReleaseStatus s = *releaseStatusFromKey(key);
        m_status->addItem(IconProvider::icon(Theme::statusIconName(s), Theme::statusColor(s)),
                          displayName(s), int(s));
    }
    addField(tr("&Status"), m_status);
    m_statusGuard = new QLabel(m_form);
    m_statusGuard->setObjectName(QStringLiteral("statusGuard"));
    m_statusGuard->setWordWrap(true);
    m_statusGuard->setTextFormat(Qt::PlainText);
    m_statusGuard->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_statusFix = new QPushButton(m_form);
    m_statusFix->setObjectName(QStringLiteral("statusGuardFix"));
    connect(m_statusFix, &QPushButton::clicked, this, &ReleaseEditor::fixRequested);
    {
        auto* guardRow = new QVBoxLayout;
        guardRow->setSpacing(Theme::space(1) / 2);
        guardRow->addWidget(m_statusGuard);
        guardRow->addWidget(m_statusFix, 0, Qt::AlignLeft);
        form->addLayout(guardRow);
    }
    m_statusGuard->hide();
    m_statusFix->hide();
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && !m_creating && m_original.id != 0)
            Q_EMIT statusChosen(m_original, current());
    });

    m_owner = new QLineEdit(m_form);
    m_owner->setObjectName(QStringLiteral("releaseOwnerEdit"));
    m_owner->setPlaceholderText(tr("Who answers for this release"));
    addField(tr("&Owner"), m_owner);

    m_scheduled = new QCheckBox(tr("Has a deployment &window"), m_form);
    m_scheduled->setObjectName(QStringLiteral("scheduledCheck"));
    addField(QString(), m_scheduled);

    const QString dateTimeFormat =
        QLocale().dateFormat(QLocale::ShortFormat) + u' ' +
        QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    m_start = new QDateTimeEdit(m_form);
    m_start->setObjectName(QStringLiteral("windowStartEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dateTimeFormat);
    addField(tr("Window &start"), m_start);

    m_end = new QDateTimeEdit(m_form);
    m_end->setObjectName(QStringLiteral("windowEndEdit"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(dateTimeFormat);
    addField(tr("Window &end"), m_end, QStringLiteral("windowEnd"));

    m_zone = new QComboBox(m_form);
    m_zone->setObjectName(QStringLiteral("windowZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    // The longest IANA names would otherwise set the width of the whole panel.
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);
    m_zone->addItems(zoneIds());
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("The time zone the window is planned in; times above are in it."));
    addField(tr("&Zone"), m_zone, QStringLiteral("windowZone"));

    m_ticket = new QLineEdit(m_form);
    m_ticket->setObjectName(QStringLiteral("changeTicketEdit"));
    m_ticket->setPlaceholderText(tr("e.g. CHG0012345"));
    addField(tr("Change &ticket"), m_ticket);

    m_objectives = new QPlainTextEdit(m_form);
    m_objectives->setObjectName(QStringLiteral("objectivesEdit"));
    m_objectives->setPlaceholderText(tr("What this release must achieve"));
    m_objectives->setTabChangesFocus(true);
    m_objectives->setMinimumHeight(Theme::space(10));
    addField(tr("O&bjectives"), m_objectives);
    form->addStretch(1);
    // Only the fields scroll; Save and Revert stay in sight.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    m_form->setAutoFillBackground(false);
    m_scroll = scroll;
    outer->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(Theme::space(1));
    buttons->addStretch(1);
    m_revert = new QPushButton(IconProvider::icon(QStringLiteral("revert")), tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertReleaseButton"));
    m_revert->setToolTip(tr("Discard the changes in this panel (Esc)"));
    m_revert->setShortcut(QKeySequence(Qt::Key_Escape));
    m_save = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveReleaseButton"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_save->setToolTip(tr("Save this release (Ctrl+Enter); Edit ▸ Undo takes it back"));
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ReleaseEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ReleaseEditor::revert);
    for (QLineEdit* edit : {m_name, m_version, m_owner, m_ticket})
        connect(edit, &QLineEdit::textChanged, this, &ReleaseEditor::fieldsChanged);
    // A release is a version of a product: typing a name that starts with one ("Payments API
    // 2.5.0") picks it, unless the user chose one themselves.
    const char* guessed = "productGuessed";
    connect(m_product, &QComboBox::activated, this,
            [this, guessed] { m_product->setProperty(guessed, false); });
    connect(m_name, &QLineEdit::textEdited, this, [this, guessed](const QString& text) {
        if (m_product->currentData().toLongLong() != 0 && !m_product->property(guessed).toBool())
            return;
        int best = 0;
        for (int i = 1; i < m_product->count(); ++i) {
            const QString name = m_product->itemText(i);
            if (text.size() > name.size() && text.startsWith(name, Qt::CaseInsensitive) &&
                !text.at(name.size()).isLetterOrNumber() &&
                (best == 0 || name.size() > m_product->itemText(best).size()))
                best = i;
        }
        m_product->setCurrentIndex(best);
        m_product->setProperty(guessed, best > 0);
    });
    connect(m_objectives, &QPlainTextEdit::textChanged, this, &ReleaseEditor::fieldsChanged);
    for (QComboBox* combo : {m_type, m_status, m_product})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReleaseEditor::fieldsChanged);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ReleaseEditor::fieldsChanged);
    for (QDateTimeEdit* edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ReleaseEditor::fieldsChanged);
    connect(m_scheduled, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on && m_editable);
        m_end->setEnabled(on && m_editable);
        fieldsChanged();
    });
    clear();
}

QLabel* ReleaseEditor::addProblemLabel(const QString& field) {
    auto* label = new QLabel(m_form);
    label->setObjectName(field + u"Problem");
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    label->hide();
    m_problems.insert(field, label);
    return label;
}

void ReleaseEditor::setVersioning(ProductService* products) {
    m_products = products;
    reloadProducts();
}

void ReleaseEditor::reloadProducts() {
    const bool wasLoading = m_loading;
    m_loading = true;
    const qint64 chosen = m_product->currentData().toLongLong();
    m_product->clear();
    m_schemes.clear();
    m_product->addItem(tr("No product"), qint64(0));
    if (m_products) {
        if (auto all = m_products->all()) {
            for (const Product& p : std::as_const(all.value())) {
                m_product->addItem(p.name, p.id);
                m_schemes.insert(p.id, p.schemeKey);
            }
        }
    }
    m_product->setCurrentIndex(std::max(0, m_product->findData(chosen)));
    m_loading = wasLoading;
}

void ReleaseEditor::updateVersionAdvice() {
    const Release r = current();
    const auto scheme =
        VersionScheme::fromKey(m_schemes.value(r.productId, QStringLiteral("semver")));
    if (scheme && scheme->kind() == VersionScheme::Kind::CalVer) {
        const auto example = scheme->suggestNext({}, {}, QDate::currentDate());
        m_version->setPlaceholderText(
            tr("%1, e.g. %2").arg(scheme->displayName(), example ? example.value() : QString()));
    } else {
        m_version->setPlaceholderText(tr("Semantic version, e.g. 2.4.0"));
    }
    m_suggested.clear();
    QStringList warnings;
    QString suggestionText;
    if (m_products && hasRelease()) {
        if (auto advice = m_products->advise(r)) {
            m_suggested = advice->suggested;
            const QString last = advice->lastReleased.isEmpty()
                                     ? tr("nothing released yet")
                                     : tr("last released %1").arg(advice->lastReleased);
            suggestionText = m_suggested.isEmpty()
                                 ? tr("No suggestion: %1").arg(advice->suggestionProblem)
                                 : tr("Suggested %1 (%2 breaking, %3 features, %4 fixes; %5)")
                                       .arg(m_suggested)
                                       .arg(advice->scope.breaking)
                                       .arg(advice->scope.features)
                                       .arg(advice->scope.fixes)
                                       .arg(last);
            // A version that does not read is already a problem under the field.
            if (!r.version.isEmpty() && advice->scheme.validate(r.version))
                warnings = advice->warnings;
        }
    }
    m_suggestion->setText(suggestionText);
    m_suggestion->setVisible(!suggestionText.isEmpty());
    m_useSuggestion->setVisible(!m_suggested.isEmpty());
    m_useSuggestion->setEnabled(m_editable && !m_suggested.isEmpty() && m_suggested != r.version);
    m_versionWarnings->setText(warnings.isEmpty()
                                   ? QString()
                                   : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_versionWarnings->setVisible(!warnings.isEmpty());
}

void ReleaseEditor::load(const Release& r) {
    m_loading = true;
    reloadProducts();
    if (const int at = m_product->findData(r.productId); at >= 0) {
        m_product->setCurrentIndex(at);
    } else {
        // A product this panel has not heard of yet (added since): shown by its id.
        m_product->addItem(tr("Product %1").arg(r.productId), r.productId);
        m_product->setCurrentIndex(m_product->count() - 1);
    }
    m_name->setText(r.name);
    m_version->setText(r.version);
    m_type->setCurrentIndex(m_type->findData(int(r.type)));
    m_status->setCurrentIndex(m_status->findData(int(r.status)));
    m_owner->setText(r.owner);
    m_zone->setCurrentText(r.windowZone);
    const bool scheduled = r.windowStart.isValid() && r.windowEnd.isValid();
    m_scheduled->setChecked(scheduled);
    if (scheduled) {
        const QDateTime start = inZone(r.windowStart, r.windowZone);
        const QDateTime end = inZone(r.windowEnd, r.windowZone);
        m_start->setDateTime(QDateTime(start.date(), start.time()));
        m_end->setDateTime(QDateTime(end.date(), end.time()));
    } else {
        // A sensible default the moment the user ticks the box: next Saturday night.
        const QDate today = QDate::currentDate();
        const QDate saturday = today.addDays((6 - today.dayOfWeek() + 7) % 7 + 1);
        m_start->setDateTime(QDateTime(saturday, QTime(22, 0)));
        m_end->setDateTime(QDateTime(saturday.addDays(1), QTime(2, 0)));
    }
    m_start->setEnabled(scheduled && m_editable);
    m_end->setEnabled(scheduled && m_editable);
    m_ticket->setText(r.changeTicket);
    m_objectives->setPlainText(r.objectives);
    m_loading = false;
    showStatusGuard({});
    for (QLabel* label : std::as_const(m_problems))
        label->hide();
    m_hint->hide();
    m_scroll->show();
    updateVersionAdvice();
    updateButtons();
}

void ReleaseEditor::startNew(const Release& draft) {
    m_original = draft;
    m_original.id = 0;
    m_creating = true;
    m_validateLive = false;
    m_title->setText(tr("New release"));
    load(m_original);
    m_name->setFocus();
}

void ReleaseEditor::edit(const Release& stored) {
    m_original = stored;
    m_creating = false;
    m_validateLive = true;
    m_title->setText(stored.name);
    load(stored);
}

void ReleaseEditor::clear() {
    m_original = Release();
    m_creating = false;
    m_title->setText(tr("Release details"));
    m_scroll->hide();
    m_hint->show();
    updateButtons();
}

Release ReleaseEditor::current() const {
    Release r = m_original;
    r.name = m_name->text().trimmed();
    r.version = m_version->text().trimmed();
    r.productId = m_product->currentData().toLongLong();
    r.type = ReleaseType(m_type->currentData().toInt());
    r.status = ReleaseStatus(m_status->currentData().toInt());
    r.owner = m_owner->text().trimmed();
    r.windowZone = m_zone->currentText().trimmed();
    if (m_scheduled->isChecked()) {
        r.windowStart = toUtc(m_start, r.windowZone);
        r.windowEnd = toUtc(m_end, r.windowZone);
    } else {
        r.windowStart = QDateTime();
        r.windowEnd = QDateTime();
    }
    r.changeTicket = m_ticket->text().trimmed();
    r.objectives = m_objectives->toPlainText();
    return r;
}

bool ReleaseEditor::isDirty() const {
    if (!hasRelease())
        return false;
    return m_creating || toJson(current()) != toJson(m_original);
}

void ReleaseEditor::setEditable(bool editable) {
    m_editable = editable;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_product, m_version, m_type, m_status, m_owner,
                                         m_scheduled, m_zone, m_ticket})
        w->setEnabled(editable);
    m_useSuggestion->setEnabled(editable && !m_suggested.isEmpty() &&
                                m_suggested != m_version->text().trimmed());
    m_objectives->setReadOnly(!editable);
    m_start->setEnabled(editable && m_scheduled->isChecked());
    m_end->setEnabled(editable && m_scheduled->isChecked());
    updateButtons();
}

void ReleaseEditor::fieldsChanged() {
    if (m_loading)
        return;
    m_validateLive = true;
    showProblems();
    updateVersionAdvice();
    updateButtons();
}

void ReleaseEditor::showStatusGuard(const QStringList& lines, const QString& fixLabel) {
    m_statusGuard->setText(lines.isEmpty()
                               ? QString()
                               : tr("This status is not allowed yet:") + u'\n' +
                                     QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
    m_statusGuard->setVisible(!lines.isEmpty());
    m_statusFix->setText(fixLabel);
    m_statusFix->setVisible(!lines.isEmpty() && !fixLabel.isEmpty());
}

bool ReleaseEditor::showProblems() {
    const Release r = current();
    const auto scheme =
        VersionScheme::fromKey(m_schemes.value(r.productId, QStringLiteral("semver")));
    const QList<FieldProblem> problems =
        ReleaseVersioning::validate(r, scheme ? scheme.value() : VersionScheme::semVer());
    QHash<QString, QStringList> byField;
    for (const FieldProblem& p : problems)
        byField[p.field] << p.message;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(m_validateLive && !messages.isEmpty());
    }
    return problems.isEmpty();
}

void ReleaseEditor::updateButtons() {
    const bool dirty = isDirty();
    m_save->setEnabled(m_editable && dirty);
    m_revert->setEnabled(m_editable && dirty);
    m_revert->setText(m_creating ? tr("&Discard") : tr("&Revert"));
    m_save->setText(m_creating ? tr("Create") : tr("Save"));
    m_save->setVisible(hasRelease());
    m_revert->setVisible(hasRelease());
}

void ReleaseEditor::save() {
    if (!m_editable || !hasRelease())
        return;
    m_validateLive = true;
    if (!showProblems())
        return;
    if (m_creating)
        Q_EMIT createRequested(current());
    else if (isDirty())
        Q_EMIT saveRequested(m_original, current());
}

void ReleaseEditor::revert() {
    if (m_creating) {
        clear();
        Q_EMIT draftDiscarded();
        return;
    }
    load(m_original);
}

} // namespace slipway::ui
