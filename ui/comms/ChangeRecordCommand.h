// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace slipway::ui {

// Adds (no `before`), edits, or removes (no `after`) one record through its service — a
// known issue or a distribution list. Undo is the opposite audited edit: a removed record
// comes back under its old id. A failed call is reported and the command drops out.
template <typename Service, typename T> class ChangeRecordCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString&)>;

    ChangeRecordCommand(Service& service, std::optional<T> before, std::optional<T> after,
                        const QString& text, ErrorSink onError)
        : m_service(service)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_onError(std::move(onError)) {
        setText(text);
    }

    void redo() override { m_ok = apply(m_before, m_after, &m_after); }
    void undo() override { apply(m_after, m_before, &m_before); }
    bool succeeded() const { return m_ok; }

private:
    // The stored row version of `record` now (edits from this session bump it).
    std::optional<qint64> currentVersion(const T& record) {
        auto found = m_service.find(record.id);
        if (!found) {
            fail(found.error());
            return std::nullopt;
        }
        return found->rowVersion;
    }

    bool apply(const std::optional<T>& from, std::optional<T>& to, std::optional<T>* stored) {
        if (!from && to) { // add, or bring back what an undo removed
            auto made = to->id > 0 ? m_service.restore(*to) : m_service.create(*to);
            if (!made)
                return fail(made.error());
            *stored = made.value();
            return true;
        }
        if (from && !to) { // remove
            const auto version = currentVersion(*from);
            if (!version)
                return false;
            if (auto removed = m_service.remove(from->id, *version); !removed)
                return fail(removed.error());
            return true;
        }
        if (from && to) { // edit
            const auto version = currentVersion(*from);
            if (!version)
                return false;
            T target = *to;
            target.id = from->id;
            target.rowVersion = *version;
            auto updated = m_service.update(target);
            if (!updated)
                return fail(updated.error());
            *stored = updated.value();
        }
        return true;
    }

    bool fail(const Error& error) {
        setObsolete(true);
        if (m_onError)
            m_onError(error.message);
        return false;
    }

    Service& m_service;
    std::optional<T> m_before;
    std::optional<T> m_after;
    ErrorSink m_onError;
    bool m_ok = false;
};

} // namespace slipway::ui
