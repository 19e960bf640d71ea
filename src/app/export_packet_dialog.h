// ExportPacketDialog: File ▸ Export packet… — the documentation packet of one case for a period
// (default: since the last packet), typeset and shown page by page before it is saved as a zip.
#pragma once

#include "io/packet.h"

#include <QDialog>

#include <memory>
#include <optional>

class QBuffer;
class QPdfDocument;

namespace Ui {
class ExportPacketDialog;
}

namespace casebook::app {

class CasebookSession;

class ExportPacketDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPacketDialog(CasebookSession *session, Id caseId, const QString &exportFolder, QWidget *parent = nullptr);
    ~ExportPacketDialog() override;

    // Typesets the packet for the dates shown; false (with the reason shown) when it cannot.
    bool updatePreview();
    int previewPages() const;
    // Writes the previewed packet to `path`; false (with the reason shown) when it cannot.
    bool saveTo(const QString &path);
    QString savedPath() const { return m_savedPath; }

private:
    void save();
    io::PacketRequest request() const;

    std::unique_ptr<Ui::ExportPacketDialog> m_ui;
    CasebookSession *m_session;
    Id m_caseId;
    QString m_folder;
    QString m_savedPath;
    std::optional<io::PreparedPacket> m_packet;
    QPdfDocument *m_document;
    QBuffer *m_buffer;
    QByteArray m_pdf;
};

} // namespace casebook::app
