// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DistributionList.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;

// Distribution lists: a name, the audience's time zone and its members, one
// "Name <address>" per line. Every change is an undoable, audited edit.
class DistributionListsPage : public QWidget {
    Q_OBJECT
public:
    explicit DistributionListsPage(Document& document, QWidget* parent = nullptr);

    void reload();
    void setEditable(bool editable);
    // "Ops desk <ops@example.com>" lines to recipients (a bare address is fine too).
    static QList<Recipient> parseMembers(const QString& text);
    static QString formatMembers(const QList<Recipient>& members);

private:
    void showSelected();
    void saveList();
    void removeList();
    std::optional<DistributionList> selected() const;

    Document& m_document;
    QList<DistributionList> m_lists;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_zone = nullptr;
    QLineEdit* m_description = nullptr;
    QPlainTextEdit* m_members = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace slipway::ui
