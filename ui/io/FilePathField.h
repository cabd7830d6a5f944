// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;

namespace slipway::ui {

// A path typed or chosen with Browse…: the file an import reads or an export writes.
// pathChosen() fires when the user picks a file or finishes typing one.
class FilePathField : public QWidget {
    Q_OBJECT
public:
    enum class Purpose { Open, Save };
    FilePathField(Purpose purpose, QString filter, const QString& name, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QLineEdit* edit() const { return m_edit; }
    // Save: the suffix a typed name without one gets ("csv", "ics").
    void setDefaultSuffix(const QString& suffix) { m_suffix = suffix; }

Q_SIGNALS:
    void pathChosen(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void browse();
    void announce();

    Purpose m_purpose;
    QString m_filter;
    QString m_suffix;
    QLineEdit* m_edit = nullptr;
    QString m_lastEmitted;
};

} // namespace slipway::ui
