// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChainMemory.h"

#include "Document.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditChainMemory)
};

} // namespace

AuditChainMemory::Verdict
AuditChainMemory::compare(const std::optional<SeenChain>& remembered, const SeenChain& now,
                          const std::optional<QString>& hashAtRemembered) {
    if (!remembered)
        return Verdict::First;
    if (now.entries < remembered->entries)
        return Verdict::Shorter;
    if (remembered->entries > 0 && (!hashAtRemembered || *hashAtRemembered != remembered->head))
        return Verdict::Rewritten;
    return now.entries == remembered->entries ? Verdict::Same : Verdict::Longer;
}

QString AuditChainMemory::message(Verdict verdict, const QString& fileName,
                                  const SeenChain& remembered, const SeenChain& now) {
    switch (verdict) {
    case Verdict::Shorter:
        return Text::tr("The audit log of %1 is shorter than when this computer last saw it (%2 "
                        "entries, now %3): entries were removed outside Slipway.")
            .arg(fileName)
            .arg(remembered.entries)
            .arg(now.entries);
    case Verdict::Rewritten:
        return Text::tr(
                   "The audit log of %1 has been rewritten since this computer last saw it: entry "
                   "%2 is not the one seen then (%2 entries then, %3 now). Its history was changed "
                   "outside Slipway.")
            .arg(fileName)
            .arg(remembered.entries)
            .arg(now.entries);
    case Verdict::First:
    case Verdict::Same:
    case Verdict::Longer:
        break;
    }
    return {};
}

Result<AuditChainMemory::Observation> AuditChainMemory::observe(Document& document) {
    const AuditLog log(document.database());
    auto tip = log.tip();
    if (!tip)
        return tip.error();
    Observation o;
    // In an intact chain the last entry's seq is the entry count.
    o.now = SeenChain{tip->seq, tip->hash};
    o.remembered = FilePreferences::seenAuditChain(document.path());
    std::optional<QString> hashAtRemembered;
    if (o.remembered && o.remembered->entries > 0 && o.now.entries >= o.remembered->entries) {
        auto stored = log.hashAt(o.remembered->entries);
        if (!stored)
            return stored.error();
        hashAtRemembered = stored.value();
    }
    o.verdict = compare(o.remembered, o.now, hashAtRemembered);
    if (o.warns())
        o.message = message(o.verdict, document.fileName(), *o.remembered, o.now);
    else if (o.verdict != Verdict::Same)
        FilePreferences::setSeenAuditChain(document.path(), o.now);
    return o;
}

} // namespace slipway
