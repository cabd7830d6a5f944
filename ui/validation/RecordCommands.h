// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/RecordOps.h"
#include "undo/UndoCommand.h"

#include <functional>

namespace slipway::ui {

// How the add/edit/remove commands of one kind of validation record (a check, a metric) reach
// its service and tell whether the stored record is still the one this session left.
template <typename T> struct RecordGuard {
    RecordOps<T> ops;
    // Whether two images hold the same content (row version and bookkeeping aside).
    std::function<bool(const T&, const T&)> sameContent;
    // The Stale message naming the record someone else changed.
    std::function<QString(const T&)> staleText;

    // The stored row version of the record this session left as `left`: its row version moves
    // with every edit (an edit undone too), so the stored record is compared by content;
    // someone else's change refuses.
    Result<qint64> versionAsLeft(const T& left) const {
        auto current = ops.find(left.id);
        if (!current)
            return current.error();
        if (!sameContent(current.value(), left))
            return Error{Error::Kind::Stale, staleText(left)};
        return current->rowVersion;
    }

    // Removes the record as this session left it.
    Result<void> removeAsLeft(const T& record) const {
        auto version = versionAsLeft(record);
        if (!version)
            return version.error();
        return ops.remove(record.id, version.value());
    }
};

// Adds a record; undo removes it, redo brings it back under the same id.
template <typename T> class AddRecordCommand : public UndoCommand {
public:
    const T& created() const { return m_record; }

protected:
    AddRecordCommand(RecordGuard<T> guard, T record, const QString& text, ErrorSink onError,
                     QUndoCommand* parent)
        : UndoCommand(text, std::move(onError), parent)
        , m_guard(std::move(guard))
        , m_record(std::move(record)) {}

    Result<void> apply() override {
        auto done = firstApply() ? m_guard.ops.create(m_record) : m_guard.ops.restore(m_record);
        if (!done)
            return done.error();
        m_record = done.value();
        return {};
    }

    Result<void> revert() override { return m_guard.removeAsLeft(m_record); }

private:
    RecordGuard<T> m_guard;
    T m_record; // after the first apply: as stored
};

// Saves an edited record over the one the user saw; undo saves the earlier image back. Either
// way it refuses (Stale) when someone else changed the record since.
template <typename T> class EditRecordCommand : public UndoCommand {
protected:
    EditRecordCommand(RecordGuard<T> guard, T before, T after, const QString& text,
                      ErrorSink onError, QUndoCommand* parent)
        : UndoCommand(text, std::move(onError), parent)
        , m_guard(std::move(guard))
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    Result<void> apply() override { return write(m_after, m_before); }
    Result<void> revert() override { return write(m_before, m_after); }

private:
    Result<void> write(const T& image, const T& left) {
        T next = image;
        if (firstApply()) {
            next.rowVersion = m_before.rowVersion; // what the user saw
        } else {
            auto version = m_guard.versionAsLeft(left);
            if (!version)
                return version.error();
            next.rowVersion = version.value();
        }
        auto done = m_guard.ops.update(next);
        if (!done)
            return done.error();
        return {};
    }

    RecordGuard<T> m_guard;
    T m_before;
    T m_after;
};

// Removes a record; undo brings it back under its id.
template <typename T> class RemoveRecordCommand : public UndoCommand {
protected:
    RemoveRecordCommand(RecordGuard<T> guard, T record, const QString& text, ErrorSink onError,
                        QUndoCommand* parent)
        : UndoCommand(text, std::move(onError), parent)
        , m_guard(std::move(guard))
        , m_record(std::move(record)) {}

    Result<void> apply() override {
        if (firstApply())
            return m_guard.ops.remove(m_record.id, m_record.rowVersion);
        return m_guard.removeAsLeft(m_record);
    }

    Result<void> revert() override {
        auto done = m_guard.ops.restore(m_record);
        if (!done)
            return done.error();
        m_record = done.value();
        return {};
    }

private:
    RecordGuard<T> m_guard;
    T m_record;
};

} // namespace slipway::ui
