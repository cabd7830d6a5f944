// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactTableModel.h"

#include "Roles.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace slipway {

namespace {

constexpr int kShortDigest = 12;

// Whether the artifact is checked by its digest alone: no signature file was found beside it,
// or its latest check found none.
bool digestOnly(const Artifact& a) {
    if (a.latest && !a.latest->keyFingerprint.isEmpty())
        return false;
    if (a.latest && a.latest->result == ArtifactState::Verified)
        return true; // verified with no key: there was no signature to check
    return a.signatureFile.isEmpty();
}

} // namespace

QString ArtifactTableModel::signerText(const Artifact& a) {
    if (a.latest && !a.latest->keyFingerprint.isEmpty())
        return a.latest->keyLabel.isEmpty() ? a.latest->keyFingerprint : a.latest->keyLabel;
    if (digestOnly(a))
        return tr("digest only, not signed");
    if (!a.latest)
        return tr("signature not checked yet");
    return tr("no trusted signer");
}

ArtifactTableModel::ArtifactTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ArtifactTableModel::setArtifacts(QList<Artifact> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ArtifactTableModel::setDecorations(std::function<QIcon(ArtifactState)> stateIcon,
                                        QIcon lockIcon, QColor noteColor) {
    m_stateIcon = std::move(stateIcon);
    m_lockIcon = std::move(lockIcon);
    m_noteColor = noteColor;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ArtifactTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArtifactTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArtifactTableModel::sizeText(qint64 bytes) {
    if (bytes < 0)
        return tr("unknown");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant ArtifactTableModel::display(const Artifact& a, int column) const {
    switch (column) {
    case StateColumn:
        return displayName(a.state());
    case NameColumn:
        return a.name;
    case KindColumn:
        return displayName(a.kind);
    case SizeColumn:
        return sizeText(a.sizeBytes);
    case Sha256Column:
        return a.sha256.left(kShortDigest);
    case SignerColumn:
        return signerText(a);
    default:
        return {};
    }
}

QVariant ArtifactTableModel::toolTip(const Artifact& a, int column) const {
    switch (column) {
    case StateColumn: {
        if (!a.latest)
            return tr("Not verified yet");
        const QString when =
            QLocale().toString(QDateTime::fromSecsSinceEpoch(a.latest->verifiedAt).toLocalTime(),
                               QLocale::ShortFormat);
        const QString head =
            tr("%1, checked by %2 at %3").arg(displayName(a.state()), a.latest->verifiedBy, when);
        return a.latest->detail.isEmpty() ? head : head + u'\n' + a.latest->detail;
    }
    case NameColumn:
        return a.location.isEmpty() ? a.name : a.location;
    case SizeColumn:
        return a.sizeBytes < 0 ? QVariant(tr("unknown"))
                               : QVariant(tr("%L1 bytes").arg(a.sizeBytes));
    case Sha256Column:
        return a.sha256;
    case SignerColumn:
        if (digestOnly(a))
            return tr("No detached signature: only the SHA-256 digest is checked");
        if (!a.latest)
            return tr("Signature file %1, not checked yet: verify to see who signed it")
                .arg(a.signatureFile);
        if (a.latest->keyFingerprint.isEmpty())
            return tr("No trusted signature recorded");
        return a.latest->keyLabel.isEmpty() ? a.latest->keyFingerprint
                                            : a.latest->keyLabel + u'\n' + a.latest->keyFingerprint;
    case FrozenColumn:
        return a.frozen ? tr("Frozen: this release's artifacts can no longer change") : QVariant();
    default:
        return display(a, column);
    }
}

QVariant ArtifactTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Artifact& a = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case RowVersionRole:
        return a.rowVersion;
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::ToolTipRole:
        return toolTip(a, index.column());
    case Qt::ForegroundRole:
        // What is not a signer reads as a note, not as a name.
        if (index.column() == SignerColumn && m_noteColor.isValid() &&
            (!a.latest || a.latest->keyFingerprint.isEmpty()))
            return m_noteColor;
        return {};
    case Qt::FontRole:
        if (index.column() == SignerColumn && (!a.latest || a.latest->keyFingerprint.isEmpty())) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn && m_stateIcon)
            return m_stateIcon(a.state());
        if (index.column() == FrozenColumn && a.frozen && !m_lockIcon.isNull())
            return m_lockIcon;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == FrozenColumn)
            return a.frozen ? tr("Frozen") : QString();
        return display(a, index.column());
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(a.state());
        case SizeColumn:
            return a.sizeBytes;
        case FrozenColumn:
            return a.frozen;
        default:
            return display(a, index.column());
        }
    default:
        return {};
    }
}

QVariant ArtifactTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == FrozenColumn)
        return tr("Frozen");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case SignerColumn:
        return tr("Signed by");
    case FrozenColumn:
        return QString(); // the lock says it
    default:
        return {};
    }
}

} // namespace slipway
