// ExportPacketDialog: File ▸ Export packet… — the documentation packet of one case for a period
// (default: since the last packet), typeset and shown page by page before it is saved as a zip, offered
// as "Casebook packet – <district> – <from>–<to>.zip", with its PDF saved beside it under the same name.
// The cover names who prepared it as Preferences give it (askPreparedBy asks the first time).
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
    ExportPacketDialog(CasebookSession *session, Id caseId, const QString &exportFolder, const QString &preparedBy,
                       QWidget *parent = nullptr);
    ~ExportPacketDialog() override;

    // Typesets the packet for the dates shown; false (with the reason shown) when it cannot.
    bool updatePreview();
    int previewPages() const;
    // The file the save dialog offers: the district's name and the period, in the export folder.
    QString proposedPath() const;
    // Writes the previewed packet to `path` and its PDF beside it (the same name, ".pdf"); false (with
    // the reason shown) when it cannot.
    bool saveTo(const QString &path);
    QString savedPath() const { return m_savedPath; }
    QString savedPdfPath() const { return m_savedPdfPath; }
    // The packet as previewed (packet.pdf, packet.json, attachments).
    const std::optional<io::PreparedPacket> &preparedPacket() const { return m_packet; }

private:
    void save();
    io::PacketRequest request() const;

    std::unique_ptr<Ui::ExportPacketDialog> m_ui;
    CasebookSession *m_session;
    Id m_caseId;
    QString m_folder;
    QString m_preparedBy;
    QString m_district;
    QString m_savedPath;
    QString m_savedPdfPath;
    std::optional<io::PreparedPacket> m_packet;
    QPdfDocument *m_document;
    QBuffer *m_buffer;
    QByteArray m_pdf;
};

// Asks for the name and title a packet is prepared by when Preferences hold none, and keeps the answer
// there; false when the user cancels the export. `preparedBy` is the name to use (empty: not named).
bool askPreparedBy(QWidget *parent, QString &preparedBy);

// Tells where the packet was saved, with "Open folder" and "Open PDF".
void showPacketSaved(QWidget *parent, const QString &zipPath, const QString &pdfPath);

} // namespace casebook::app
