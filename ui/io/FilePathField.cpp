// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilePathField.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace slipway::ui {

FilePathField::FilePathField(Purpose purpose, QString filter, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_purpose(purpose)
    , m_filter(std::move(filter)) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(name);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(purpose == Purpose::Open ? tr("The file to read")
                                                        : tr("Where to write the file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(name + QStringLiteral("Browse"));
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &FilePathField::browse);
    connect(m_edit, &QLineEdit::editingFinished, this, &FilePathField::announce);
    m_edit->installEventFilter(this);
}

void FilePathField::announce() {
    // Focus leaving the field after nothing changed is not a new choice.
    if (path() != m_lastEmitted) {
        m_lastEmitted = path();
        Q_EMIT pathChosen(m_lastEmitted);
    }
}

bool FilePathField::eventFilter(QObject* watched, QEvent* event) {
    // Return in the field reads the file; it must not also press the dialog's default button
    // (Import), which would write before the preview was seen.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            announce();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString FilePathField::path() const {
    QString text = QDir::fromNativeSeparators(m_edit->text().trimmed());
    if (m_purpose == Purpose::Save && !text.isEmpty() && !m_suffix.isEmpty() &&
        QFileInfo(text).suffix().isEmpty())
        text += u'.' + m_suffix;
    return text;
}

void FilePathField::setPath(const QString& path) {
    m_edit->setText(QDir::toNativeSeparators(path));
    m_lastEmitted = this->path();
    Q_EMIT pathChosen(m_lastEmitted);
}

void FilePathField::browse() {
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen =
        m_purpose == Purpose::Open
            ? QFileDialog::getOpenFileName(this, tr("Choose a file"), start, m_filter)
            : QFileDialog::getSaveFileName(this, tr("Save as"), start, m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace slipway::ui
