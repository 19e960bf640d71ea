// Undo steps for the GUI's edits. Each step's first redo is skipped: the edit was already applied
// (and validated) before it was pushed, so errors reach the dialog that caused them.
#pragma once

#include "storage/case_bundle.h"
#include "storage/case_store.h"
#include "storage/deadline_store.h"

#include <QUndoCommand>

#include <optional>

namespace casebook::app {

class CasebookSession;

class SessionCommand : public QUndoCommand {
public:
    SessionCommand(CasebookSession *session, const QString &text) : m_session(session) { setText(text); }
    void redo() final;
    void undo() final;

protected:
    virtual Status doRedo(storage::Database &db) = 0;
    virtual Status doUndo(storage::Database &db) = 0;

private:
    CasebookSession *m_session;
    bool m_applied = true;
};

template <typename T>
class SaveRecordCommand : public SessionCommand {
public:
    SaveRecordCommand(CasebookSession *s, std::optional<T> before, T after, const QString &text)
        : SessionCommand(s, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Status doRedo(storage::Database &db) override
    {
        if (m_before) {
            auto r = storage::update<T>(db, m_after);
            return r ? Status{} : Status{r.error()};
        }
        auto r = storage::insertWithId<T>(db, m_after);
        return r ? Status{} : Status{r.error()};
    }
    Status doUndo(storage::Database &db) override
    {
        if (m_before) {
            auto r = storage::update<T>(db, *m_before);
            return r ? Status{} : Status{r.error()};
        }
        return storage::remove<T>(db, m_after.id);
    }

private:
    std::optional<T> m_before;
    T m_after;
};

template <typename T>
class DeleteRecordCommand : public SessionCommand {
public:
    DeleteRecordCommand(CasebookSession *s, T record, const QString &text)
        : SessionCommand(s, text), m_record(std::move(record))
    {
    }

protected:
    Status doRedo(storage::Database &db) override { return storage::remove<T>(db, m_record.id); }
    Status doUndo(storage::Database &db) override
    {
        auto r = storage::insertWithId<T>(db, m_record);
        return r ? Status{} : Status{r.error()};
    }

private:
    T m_record;
};

// Adding (or, with `added` false, deleting) an attachment, keeping its bytes for undo.
class AttachmentCommand : public SessionCommand {
public:
    AttachmentCommand(CasebookSession *s, Attachment attachment, std::vector<unsigned char> bytes, bool added,
                      const QString &text)
        : SessionCommand(s, text), m_attachment(std::move(attachment)), m_bytes(std::move(bytes)), m_added(added)
    {
    }

protected:
    Status doRedo(storage::Database &db) override { return m_added ? restore(db) : drop(db); }
    Status doUndo(storage::Database &db) override { return m_added ? drop(db) : restore(db); }

private:
    Status restore(storage::Database &db)
    {
        auto r = storage::restoreAttachment(db, m_attachment, m_bytes);
        return r ? Status{} : Status{r.error()};
    }
    Status drop(storage::Database &db) { return storage::remove<Attachment>(db, m_attachment.id); }

    Attachment m_attachment;
    std::vector<unsigned char> m_bytes;
    bool m_added;
};

// A change to the district's calendar settings (stored in the casebook, audited like any write).
class CalendarSettingsCommand : public SessionCommand {
public:
    CalendarSettingsCommand(CasebookSession *s, CalendarSettings before, CalendarSettings after, const QString &text)
        : SessionCommand(s, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Status doRedo(storage::Database &db) override { return storage::saveCalendarSettings(db, m_after); }
    Status doUndo(storage::Database &db) override { return storage::saveCalendarSettings(db, m_before); }

private:
    CalendarSettings m_before, m_after;
};

// A new case with its five activities: undo deletes it with all it holds; redo puts the case and its
// activities back under their ids, so later steps that edit them still apply.
class CreateCaseCommand : public SessionCommand {
public:
    CreateCaseCommand(CasebookSession *s, Case c, std::vector<Activity> activities,
                      std::vector<QualifyingGroup> groups, const QString &text)
        : SessionCommand(s, text), m_case(std::move(c)), m_activities(std::move(activities)), m_groups(std::move(groups))
    {
    }

protected:
    Status doRedo(storage::Database &db) override;
    Status doUndo(storage::Database &db) override { return storage::deleteCase(db, m_case.id); }

private:
    Case m_case;
    std::vector<Activity> m_activities;
    std::vector<QualifyingGroup> m_groups;
};

// Deleting a case with everything it holds; undo puts every record back under its id, bytes included.
class DeleteCaseCommand : public SessionCommand {
public:
    DeleteCaseCommand(CasebookSession *s, CaseBundle bundle, std::vector<std::vector<unsigned char>> contents,
                      const QString &text)
        : SessionCommand(s, text), m_bundle(std::move(bundle)), m_contents(std::move(contents))
    {
    }

protected:
    Status doRedo(storage::Database &db) override { return storage::deleteCase(db, m_bundle.caseRecord.id); }
    Status doUndo(storage::Database &db) override;

private:
    CaseBundle m_bundle;
    std::vector<std::vector<unsigned char>> m_contents; // one per m_bundle.attachments
};

} // namespace casebook::app
