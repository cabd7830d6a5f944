// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Artifact.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>

#include <functional>

namespace slipway {

// A release's artifacts as the Packages screen lists them: where each stands after its latest
// check, what it is, its digest and who signed it. The ui hands in the icons, so the model
// stays free of Widgets.
class ArtifactTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        NameColumn,
        KindColumn,
        SizeColumn,
        Sha256Column,
        SignerColumn,
        FrozenColumn,
        ColumnCount
    };

    explicit ArtifactTableModel(QObject* parent = nullptr);

    void setArtifacts(QList<Artifact> rows);
    const QList<Artifact>& artifacts() const { return m_rows; }
    // `noteColor`: the text colour of a signer cell that names no signer.
    void setDecorations(std::function<QIcon(ArtifactState)> stateIcon, QIcon lockIcon,
                        QColor noteColor = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1.4 MiB", in the locale's digits.
    static QString sizeText(qint64 bytes);
    // Who signed it, or why nobody is named: "digest only, not signed" when it carries no
    // detached signature.
    static QString signerText(const Artifact& a);

private:
    QVariant display(const Artifact& a, int column) const;
    QVariant toolTip(const Artifact& a, int column) const;

    QList<Artifact> m_rows;
    std::function<QIcon(ArtifactState)> m_stateIcon;
    QIcon m_lockIcon;
    QColor m_noteColor;
};

} // namespace slipway
