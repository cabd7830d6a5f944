// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Result.h"

#include <QStringList>

namespace slipway {

class ReleaseService;

// A release's objectives, one a line of `releases.objectives`. Writes go through
// ReleaseService, so they are permission-checked, stale-checked and audited as release edits.
class ObjectivesService {
public:
    explicit ObjectivesService(ReleaseService& releases);

    // One objective a line; blank lines and surrounding spaces dropped.
    static QStringList split(const QString& text);
    static QString join(const QStringList& objectives);

    Result<QStringList> forRelease(qint64 releaseId) const;
    Result<Release> release(qint64 releaseId) const;
    // `rowVersion` is the release's version the user saw.
    Result<Release> set(qint64 releaseId, qint64 rowVersion, const QStringList& objectives);

private:
    ReleaseService& m_releases;
};

} // namespace slipway
