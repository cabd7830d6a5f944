// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace slipway::ui {

// How a command reaches the service for one kind of record (blackout, freeze, booking …).
template <typename T> struct RecordOps {
    std::function<Result<T>(qint64 id)> find;
    std::function<Result<T>(const T&)> create;
    std::function<Result<T>(const T&)> update;
    std::function<Result<T>(const T&)> restore;
    std::function<Result<void>(qint64 id, qint64 rowVersion)> remove;
};

// One audited change to a scheduling record: create (no `before`), edit, or delete (no
// `after`). Undo is another audited edit: a created record is deleted, a deleted one
// restored under its old id, an edit written back. When someone else changed the record
// since, undo and redo refuse with a message rather than overwrite their work; a failed
// call marks the command obsolete so the stack never claims a change that did not happen.
template <typename T> class ChangeRecordCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString& message)>;

    ChangeRecordCommand(RecordOps<T> ops, std::optional<T> before, std::optional<T> after,
                        const QString& text, ErrorSink onError, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent)
        , m_ops(std::move(ops))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_onError(std::move(onError)) {}

    // The record as stored after the last redo (its id once created).
    const std::optional<T>& stored() const { return m_after; }

    void redo() override {
        if (!m_before) { // create, then restore on every later redo
            auto done = m_created ? m_ops.restore(*m_after) : m_ops.create(*m_after);
            if (!done)
                return fail(done.error());
            m_after = done.value();
            m_created = true;
        } else if (!m_after) { // delete
            auto version =
                m_firstRedo ? Result<qint64>(m_before->rowVersion) : unchanged(*m_before);
            if (!version)
                return fail(version.error());
            if (auto removed = m_ops.remove(m_before->id, version.value()); !removed)
                return fail(removed.error());
        } else { // edit
            auto version =
                m_firstRedo ? Result<qint64>(m_before->rowVersion) : unchanged(*m_before);
            if (!version)
                return fail(version.error());
            T wanted = *m_after;
            wanted.rowVersion = version.value();
            auto done = m_ops.update(wanted);
            if (!done)
                return fail(done.error());
            m_after = done.value();
        }
        m_firstRedo = false;
    }

    void undo() override {
        if (!m_before) {
            auto version = unchanged(*m_after);
            if (!version)
                return fail(version.error());
            if (auto removed = m_ops.remove(m_after->id, version.value()); !removed)
                return fail(removed.error());
        } else if (!m_after) {
            auto done = m_ops.restore(*m_before);
            if (!done)
                return fail(done.error());
            m_before = done.value();
        } else {
            auto version = unchanged(*m_after);
            if (!version)
                return fail(version.error());
            T wanted = *m_before;
            wanted.rowVersion = version.value();
            auto done = m_ops.update(wanted);
            if (!done)
                return fail(done.error());
            m_before = done.value();
        }
    }

private:
    static QJsonObject content(const T& record) {
        QJsonObject json = toJson(record);
        json.remove(QStringLiteral("row_version"));
        return json;
    }

    // The stored row version when the record still is as this session left it.
    Result<qint64> unchanged(const T& expected) const {
        auto stored = m_ops.find(expected.id);
        if (!stored)
            return stored.error();
        if (content(stored.value()) != content(expected))
            return Error{Error::Kind::Stale, QCoreApplication::translate(
                                                 "ChangeRecordCommand",
                                                 "“%1” was changed since — reload before undoing.")
                                                 .arg(text())};
        return stored->rowVersion;
    }

    void fail(const Error& error) {
        setObsolete(true);
        if (m_onError)
            m_onError(error.message);
    }

    RecordOps<T> m_ops;
    std::optional<T> m_before;
    std::optional<T> m_after;
    ErrorSink m_onError;
    bool m_created = false;
    bool m_firstRedo = true;
};

} // namespace slipway::ui
