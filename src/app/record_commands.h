// The GUI's undo step: one services::Change (what an operation changed), taken back by undo() and
// done again by redo() through the services, each in one transaction. The first redo is skipped:
// the operation was already done (and validated) before the step was pushed, so its errors reach
// the dialog that caused them.
#pragma once

#include "services/change.h"

#include <QUndoCommand>

namespace casebook::app {

class CasebookSession;

class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(CasebookSession *session, services::Change change, const QString &text)
        : m_session(session), m_change(std::move(change))
    {
        setText(text);
    }
    void redo() override;
    void undo() override;

private:
    CasebookSession *m_session;
    services::Change m_change;
    bool m_applied = true;
};

} // namespace casebook::app
