// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace slipway {
class Document;
}

namespace slipway::ui {

// The releases that reached production, newest deployment first: label, when production was
// first deployed, and the validation badge; a filter box above.
class ReleasePicker : public QWidget {
    Q_OBJECT
public:
    enum Column { LabelColumn, DeployedColumn, StateColumn, ColumnCount };

    explicit ReleasePicker(Document& document, QWidget* parent = nullptr);

    void reload();
    qint64 currentReleaseId() const;
    bool setCurrentRelease(qint64 releaseId);
    // In the order shown (before filtering).
    QList<qint64> releaseIds() const { return m_order; }
    qint64 deployedAt(qint64 releaseId) const { return m_deployedAt.value(releaseId); }
    QString label(qint64 releaseId) const { return m_labels.value(releaseId); }
    ValidationState state(qint64 releaseId) const {
        return m_states.value(releaseId, ValidationState::None);
    }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void releaseChosen(qint64 releaseId);

private:
    void emitCurrent();

    Document& m_document;
    QLineEdit* m_filter = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QList<qint64> m_order;
    QHash<qint64, qint64> m_deployedAt; // UTC seconds
    QHash<qint64, QString> m_labels;
    QHash<qint64, ValidationState> m_states;
    qint64 m_lastEmitted = -1;
    bool m_filling = false;
};

} // namespace slipway::ui
