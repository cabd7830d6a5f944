// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordOps.h"
#include "UndoCommand.h"

#include <optional>

namespace slipway::ui {

// One audited change to one record: create (no `before`), edit, or delete (no `after`).
// Undo is the inverse edit: a created record is deleted, a deleted one restored under its
// old id, an edit written back. The first redo writes over the version the user saw; every
// later step writes over what this session left, and refuses (naming who changed it and
// when) when someone else saved the record in between.
template <typename T> class ChangeRecordCommand : public UndoCommand {
public:
    ChangeRecordCommand(RecordOps<T> ops, std::optional<T> before, std::optional<T> after,
                        const QString& text, ErrorSink onError, QUndoCommand* parent = nullptr)
        : UndoCommand(text, std::move(onError), parent)
        , m_ops(std::move(ops))
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    // The record as stored after the last redo (its id once created).
    const std::optional<T>& stored() const { return m_after; }

protected:
    Result<void> apply() override {
        if (!m_before) { // create, then restore under the same id on every later redo
            auto done = m_created ? m_ops.restore(*m_after) : m_ops.create(*m_after);
            if (!done)
                return done.error();
            m_after = done.value();
            m_created = true;
            return {};
        }
        auto version =
            firstApply() ? Result<qint64>(m_before->rowVersion) : versionToWrite(m_ops, *m_before);
        if (!version)
            return version.error();
        if (!m_after) // delete
            return m_ops.remove(m_before->id, version.value());
        T wanted = *m_after;
        wanted.id = m_before->id;
        wanted.rowVersion = version.value();
        auto done = m_ops.update(wanted);
        if (!done)
            return done.error();
        m_after = done.value();
        return {};
    }

    Result<void> revert() override {
        if (!m_after) { // undo a delete
            auto done = m_ops.restore(*m_before);
            if (!done)
                return done.error();
            m_before = done.value();
            return {};
        }
        auto version = versionToWrite(m_ops, *m_after);
        if (!version)
            return version.error();
        if (!m_before) // undo a create
            return m_ops.remove(m_after->id, version.value());
        T wanted = *m_before;
        wanted.rowVersion = version.value();
        auto done = m_ops.update(wanted);
        if (!done)
            return done.error();
        m_before = done.value();
        return {};
    }

private:
    RecordOps<T> m_ops;
    std::optional<T> m_before;
    std::optional<T> m_after;
    bool m_created = false;
};

} // namespace slipway::ui
