// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseLookup.h"

#include "storage/ReleaseRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReleaseLookup", text);
}

} // namespace

Result<Release> lookUpRelease(Database& db, const QString& text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return Error{Error::Kind::Usage, tr("name a release: its id or NAME@VERSION")};
    ReleaseRepository repo(db);
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto found = repo.find(id);
        if (found || found.error().kind != Error::Kind::NotFound)
            return found;
    }
    auto all = repo.all();
    if (!all)
        return all.error();
    const qsizetype at = wanted.lastIndexOf(u'@');
    const QString name = at > 0 ? wanted.left(at).trimmed() : QString();
    const QString version = at > 0 ? wanted.mid(at + 1).trimmed() : wanted;
    QList<Release> matches;
    for (const Release& r : all.value()) {
        if (r.version.compare(version, Qt::CaseInsensitive) != 0)
            continue;
        if (!name.isEmpty() && r.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        matches << r;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{Error::Kind::Usage,
                     isNumber ? tr("no release has the id or version %1").arg(wanted)
                              : tr("no release is %1 (give an id or NAME@VERSION)").arg(wanted)};
    QStringList candidates;
    for (const Release& r : std::as_const(matches).mid(0, 10))
        candidates << QStringLiteral("%1 (%2@%3)").arg(r.id).arg(r.name, r.version);
    return Error{Error::Kind::Usage, tr("%1 is ambiguous: %2%3")
                                         .arg(wanted, candidates.join(QStringLiteral(", ")),
                                              matches.size() > 10 ? tr(" …") : QString())};
}

} // namespace slipway
