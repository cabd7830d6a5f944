// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlsDialog.h"

#include "ControlCommands.h"
#include "services/ControlService.h"
#include "services/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ControlsDialog)
};

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
    }
}

// Asks for a control's fields; nothing when the user cancels.
std::optional<RegulatoryControl> askControl(QWidget* parent, RegulatoryControl start, bool isNew) {
    QDialog dialog(parent);
    dialog.setWindowTitle(isNew ? Text::tr("Add a control") : Text::tr("Edit control"));
    auto* form = new QFormLayout(&dialog);
    auto* tag = new QComboBox(&dialog);
    tag->setEditable(true);
    for (const QString& t : regulatoryTags())
        tag->addItem(tagDisplayName(t), t);
    const int at = tag->findData(start.tag);
    if (at >= 0)
        tag->setCurrentIndex(at);
    else
        tag->setEditText(start.tag);
    auto* kind = new QComboBox(&dialog);
    for (ControlKind k : allControlKinds())
        kind->addItem(displayName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(start.kind)));
    auto* name = new QLineEdit(start.name, &dialog);
    auto* parameter = new QLineEdit(start.parameter, &dialog);
    parameter->setPlaceholderText(Text::tr("a severity (security scan) or a role (approval)"));
    auto* enabled = new QCheckBox(Text::tr("Asked of tagged releases"), &dialog);
    enabled->setChecked(start.enabled);
    form->addRow(Text::tr("Tag:"), tag);
    form->addRow(Text::tr("Kind:"), kind);
    form->addRow(Text::tr("Name:"), name);
    form->addRow(Text::tr("Parameter:"), parameter);
    form->addRow(QString(), enabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString typed = tag->currentText();
    const int known = tag->findText(typed);
    start.tag = known >= 0 ? tag->itemData(known).toString() : normalisedTag(typed);
    if (start.tag.isEmpty())
        start.tag = typed; // the service says what is wrong with it
    start.kind = ControlKind(kind->currentData().toInt());
    start.name = name->text();
    start.parameter = parameter->text().trimmed();
    start.enabled = enabled->isChecked();
    return start;
}

} // namespace

ControlsDialog::ControlsDialog(ControlService& service, QUndoStack* stack, qint64 releaseId,
                               const QString& releaseLabel, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_stack(stack)
    , m_releaseId(releaseId) {
    setWindowTitle(tr("Regulatory controls"));
    auto* layout = new QVBoxLayout(this);

    auto* sets = new QGroupBox(tr("Controls each tag brings"), this);
    auto* setsLayout = new QVBoxLayout(sets);
    auto* intro = new QLabel(tr("A release tagged SOX, HIPAA, GDPR or PCI DSS (its own tag or "
                                "one of its change requests') is not deployed while one of its "
                                "tag's controls fails."),
                             sets);
    intro->setWordWrap(true);
    setsLayout->addWidget(intro);
    m_controls =
        makeTable({tr("Tag"), tr("Control"), tr("Kind"), tr("Parameter"), tr("Asked")}, sets);
    setsLayout->addWidget(m_controls);
    auto* setButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), sets);
    m_edit = new QPushButton(tr("Edit…"), sets);
    m_remove = new QPushButton(tr("Remove"), sets);
    setButtons->addWidget(add);
    setButtons->addWidget(m_edit);
    setButtons->addWidget(m_remove);
    setButtons->addStretch();
    setsLayout->addLayout(setButtons);
    layout->addWidget(sets, 1);
    connect(add, &QPushButton::clicked, this, &ControlsDialog::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &ControlsDialog::onEdit);
    connect(m_remove, &QPushButton::clicked, this, &ControlsDialog::onRemove);
    connect(m_controls, &QTableWidget::itemSelectionChanged, this, &ControlsDialog::updateButtons);
    connect(m_controls, &QTableWidget::itemDoubleClicked, this, &ControlsDialog::onEdit);

    if (m_releaseId > 0) {
        auto* release = new QGroupBox(tr("Controls of %1").arg(releaseLabel), this);
        auto* releaseLayout = new QVBoxLayout(release);
        auto* tags = new QHBoxLayout;
        tags->addWidget(new QLabel(tr("Tagged:"), release));
        for (const QString& tag : regulatoryTags()) {
            auto* box = new QCheckBox(tagDisplayName(tag), release);
            m_tagBoxes.insert(tag, box);
            tags->addWidget(box);
            connect(box, &QCheckBox::clicked, this,
                    [this, tag](bool checked) { setTagged(tag, checked); });
        }
        tags->addStretch();
        releaseLayout->addLayout(tags);
        m_inherited = new QLabel(release);
        m_inherited->setWordWrap(true);
        releaseLayout->addWidget(m_inherited);
        m_checks = makeTable({tr("State"), tr("Control"), tr("Why")}, release);
        releaseLayout->addWidget(m_checks);
        auto* checkButtons = new QHBoxLayout;
        m_attest = new QPushButton(tr("Record reference…"), release);
        m_clear = new QPushButton(tr("Clear reference"), release);
        checkButtons->addWidget(m_attest);
        checkButtons->addWidget(m_clear);
        checkButtons->addStretch();
        releaseLayout->addLayout(checkButtons);
        layout->addWidget(release, 1);
        connect(m_attest, &QPushButton::clicked, this, &ControlsDialog::onAttest);
        connect(m_clear, &QPushButton::clicked, this, &ControlsDialog::onClear);
        connect(m_checks, &QTableWidget::itemSelectionChanged, this,
                &ControlsDialog::updateButtons);
    }

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(&m_service, &ControlService::controlsChanged, this, &ControlsDialog::reload);
    connect(&m_service, &ControlService::releaseControlsChanged, this, &ControlsDialog::reload);
    resize(820, m_releaseId > 0 ? 640 : 420);
    reload();
}

void ControlsDialog::openFor(Document& document, qint64 releaseId, const QString& releaseLabel,
                             QWidget* parent) {
    auto* service = document.findChild<ControlService*>(QString(), Qt::FindDirectChildrenOnly);
    if (!service) {
        service = new ControlService(document.database(), document.session(), &document);
        connect(service, &ControlService::controlsChanged, &document, &Document::modified);
        connect(service, &ControlService::releaseControlsChanged, &document, &Document::modified);
    }
    ControlsDialog dialog(*service, document.undoStack(), releaseId, releaseLabel, parent);
    dialog.exec();
}

QString ControlsDialog::lastError() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ControlsDialog::push(UndoCommand* command) {
    m_error->hide();
    const bool stands = pushCommand(m_stack, command);
    reload();
    return stands;
}

bool ControlsDialog::addControl(const RegulatoryControl& control) {
    RegulatoryControl placed = control;
    for (const RegulatoryControl& c : std::as_const(m_list))
        if (c.tag == control.tag)
            placed.position = std::max(placed.position, c.position + 1);
    return push(new AddControlCommand(m_service, placed, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    }));
}

bool ControlsDialog::editControl(const RegulatoryControl& before, const RegulatoryControl& after) {
    return push(new EditControlCommand(m_service, before, after, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    }));
}

bool ControlsDialog::removeControl(const RegulatoryControl& control) {
    return push(new RemoveControlCommand(m_service, control, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    }));
}

bool ControlsDialog::setTagged(const QString& tag, bool tagged) {
    return push(
        new TagReleaseCommand(m_service, m_releaseId, tag, tagged, [this](const QString& message) {
            m_error->setText(message);
            m_error->show();
        }));
}

bool ControlsDialog::attest(qint64 controlId, ControlOutcome outcome, const QString& reference) {
    return push(new AttestControlCommand(m_service, m_releaseId, controlId, outcome, reference,
                                         [this](const QString& message) {
                                             m_error->setText(message);
                                             m_error->show();
                                         }));
}

void ControlsDialog::reload() {
    reloadControls();
    if (m_releaseId > 0)
        reloadRelease();
    updateButtons();
}

void ControlsDialog::reloadControls() {
    const int row = m_controls->currentRow();
    auto list = m_service.controls();
    m_list = list ? list.value() : QList<RegulatoryControl>();
    m_controls->setRowCount(int(m_list.size()));
    for (int i = 0; i < m_list.size(); ++i) {
        const RegulatoryControl& c = m_list[i];
        setRow(m_controls, i,
               {tagDisplayName(c.tag), c.name, displayName(c.kind), c.effectiveParameter(),
                c.enabled ? tr("Yes") : tr("No")});
    }
    m_controls->resizeColumnsToContents();
    if (row >= 0 && row < m_controls->rowCount())
        m_controls->selectRow(row);
}

void ControlsDialog::reloadRelease() {
    auto own = m_service.releaseTags(m_releaseId);
    auto status = m_service.status(m_releaseId);
    const QStringList ownTags = own ? own.value() : QStringList();
    for (auto it = m_tagBoxes.cbegin(); it != m_tagBoxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(ownTags.contains(it.key()));
    }
    QStringList inherited;
    if (status)
        for (const QString& t : status->tags)
            if (!ownTags.contains(t))
                inherited << tagDisplayName(t);
    m_inherited->setText(inherited.isEmpty() ? QString()
                                             : tr("Also tagged by its change requests: %1.")
                                                   .arg(inherited.join(QStringLiteral(", "))));
    m_inherited->setVisible(!inherited.isEmpty());
    m_checkControlIds.clear();
    const QList<ControlCheck> checks = status ? status->checks : QList<ControlCheck>();
    m_checks->setRowCount(int(checks.size()));
    for (int i = 0; i < checks.size(); ++i) {
        const ControlCheck& c = checks[i];
        m_checkControlIds << c.control.id;
        setRow(m_checks, i,
               {displayName(c.state),
                QStringLiteral("%1 · %2").arg(tagDisplayName(c.control.tag), c.control.name),
                c.reason});
        const QColor tint =
            c.state == ControlState::Fails ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xe8, 0xf5, 0xe9);
        m_checks->item(i, 0)->setBackground(tint);
    }
    if (checks.isEmpty()) {
        m_checks->setRowCount(1);
        setRow(m_checks, 0,
               {QString(),
                tr("No control applies: tag the release to hold it to a regulation's "
                   "controls."),
                QString()});
    }
    m_checks->resizeColumnsToContents();
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
    }
}

const RegulatoryControl* ControlsDialog::selectedControl() const {
    const int row = m_controls->currentRow();
    if (row < 0 || row >= m_list.size() || m_controls->selectedItems().isEmpty())
        return nullptr;
    return &m_list[row];
}

void ControlsDialog::updateButtons() {
    const bool selected = selectedControl() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    if (m_releaseId > 0) {
        const int row = m_checks->currentRow();
        bool attestable = false;
        if (row >= 0 && row < m_checkControlIds.size() && !m_checks->selectedItems().isEmpty())
            for (const RegulatoryControl& c : std::as_const(m_list))
                if (c.id == m_checkControlIds[row])
                    attestable = c.kind == ControlKind::Attestation;
        m_attest->setEnabled(attestable);
        m_clear->setEnabled(attestable);
    }
}

void ControlsDialog::onAdd() {
    RegulatoryControl fresh;
    fresh.tag = QStringLiteral("sox");
    if (auto asked = askControl(this, fresh, true))
        addControl(*asked);
}

void ControlsDialog::onEdit() {
    const RegulatoryControl* selected = selectedControl();
    if (!selected)
        return;
    const RegulatoryControl before = *selected;
    if (auto asked = askControl(this, before, false))
        editControl(before, *asked);
}

void ControlsDialog::onRemove() {
    if (const RegulatoryControl* selected = selectedControl())
        removeControl(RegulatoryControl(*selected));
}

void ControlsDialog::onAttest() {
    const int row = m_checks->currentRow();
    if (row < 0 || row >= m_checkControlIds.size())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a reference"));
    auto* form = new QFormLayout(&dialog);
    auto* outcome = new QComboBox(&dialog);
    outcome->addItem(tr("Done: the reference shows it"), int(ControlOutcome::Met));
    outcome->addItem(tr("Not applicable: say why"), int(ControlOutcome::NotApplicable));
    auto* text = new QLineEdit(&dialog);
    text->setPlaceholderText(tr("a document, a ticket or a link; or why it does not apply"));
    form->addRow(tr("Outcome:"), outcome);
    form->addRow(tr("Reference:"), text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (text->text().trimmed().isEmpty()) {
        m_error->setText(tr("Nothing recorded: the reference is empty."));
        m_error->show();
        return;
    }
    attest(m_checkControlIds[row], ControlOutcome(outcome->currentData().toInt()), text->text());
}

void ControlsDialog::onClear() {
    const int row = m_checks->currentRow();
    if (row >= 0 && row < m_checkControlIds.size())
        attest(m_checkControlIds[row], ControlOutcome::Met, QString());
}

} // namespace slipway::ui
