// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace slipway {
class ProductService;
}

namespace slipway::ui {

// The panel beside the releases table: edits one release, shows each validation problem
// next to its field, and asks for a create or an edit on Save. It writes nothing itself.
class ReleaseEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReleaseEditor(QWidget* parent = nullptr);

    void startNew(const Release& draft); // fields for a release not stored yet
    void edit(const Release& stored);    // fields for a stored release, as the user sees it
    void clear();                        // nothing selected

    bool isCreating() const { return m_creating; }
    bool hasRelease() const { return m_creating || m_original.id != 0; }
    qint64 releaseId() const { return m_original.id; }
    bool isDirty() const;
    Release current() const; // the fields as a release, with the original's id and version
    void setEditable(bool editable);
    // Where the Product list, the version's scheme and its suggestion come from; without it the
    // panel has no products and checks versions as Semantic Versioning.
    void setVersioning(ProductService* products);

    // What the lifecycle says about the chosen status, right under the status field: one
    // line per failing guard, and a button to the screen that settles the first one
    // (`fixLabel` empty: no button). Empty `lines` hides it.
    void showStatusGuard(const QStringList& lines, const QString& fixLabel = {});

    // Validates and, when clean, emits createRequested or saveRequested.
    void save();
    void revert();

Q_SIGNALS:
    void createRequested(const Release& release);
    void saveRequested(const Release& before, const Release& after);
    void draftDiscarded(); // a new release was abandoned before it was created
    void statusChosen(const Release& before, const Release& after); // the user picked a status
    void fixRequested(); // the status guard's button: open the screen that settles it

private:
    QLabel* addProblemLabel(const QString& field);
    void load(const Release& release);
    void fieldsChanged();
    bool showProblems();
    void updateButtons();
    void reloadProducts();
    void updateVersionAdvice(); // the scheme, the suggestion and the warnings beside the version

    Release m_original;
    bool m_creating = false;
    bool m_loading = false;
    bool m_editable = true;
    bool m_validateLive = false;

    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_form = nullptr;
    QWidget* m_scroll = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_version = nullptr;
    QComboBox* m_product = nullptr;
    QLabel* m_suggestion = nullptr;
    QPushButton* m_useSuggestion = nullptr;
    QLabel* m_versionWarnings = nullptr;
    ProductService* m_products = nullptr;
    QHash<qint64, QString> m_schemes; // product id -> its VersionScheme key
    QString m_suggested;
    QComboBox* m_type = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_statusGuard = nullptr;
    QPushButton* m_statusFix = nullptr;
    QLineEdit* m_owner = nullptr;
    QCheckBox* m_scheduled = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QComboBox* m_zone = nullptr;
    QLineEdit* m_ticket = nullptr;
    QPlainTextEdit* m_objectives = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QHash<QString, QLabel*> m_problems; // field -> its message label
};

} // namespace slipway::ui
