// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectivesService.h"

#include "ReleaseService.h"

namespace slipway {

ObjectivesService::ObjectivesService(ReleaseService& releases)
    : m_releases(releases) {}

QStringList ObjectivesService::split(const QString& text) {
    QStringList out;
    for (const QString& line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString ObjectivesService::join(const QStringList& objectives) {
    QStringList lines;
    for (const QString& o : objectives) {
        // A line break inside one objective would split it in two on the way back.
        const QString t = QString(o).replace(u'\n', u' ').trimmed();
        if (!t.isEmpty())
            lines << t;
    }
    return lines.join(u'\n');
}

Result<QStringList> ObjectivesService::forRelease(qint64 releaseId) const {
    auto release = m_releases.find(releaseId);
    if (!release)
        return release.error();
    return split(release->objectives);
}

Result<Release> ObjectivesService::release(qint64 releaseId) const {
    return m_releases.find(releaseId);
}

Result<Release> ObjectivesService::set(qint64 releaseId, qint64 rowVersion,
                                       const QStringList& objectives) {
    auto release = m_releases.find(releaseId);
    if (!release)
        return release.error();
    Release edited = release.value();
    edited.rowVersion = rowVersion; // the update's row_version guard reports who saved
    edited.objectives = join(objectives);
    return m_releases.update(edited);
}

} // namespace slipway
