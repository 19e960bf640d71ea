// ExportPacketDialog; see export_packet_dialog.h.
#include "export_packet_dialog.h"

#include "io/output_file.h"

#include <QMessageBox>

#include "session.h"

#include "ui_export_packet_dialog.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>

namespace casebook::app {

namespace {

QDate toQDate(const Date &d) { return QDate(d.year(), int(d.month()), int(d.day())); }
Date fromQDate(const QDate &d) { return Date(d.year(), unsigned(d.month()), unsigned(d.day())); }

} // namespace

ExportPacketDialog::ExportPacketDialog(CasebookSession *session, Id caseId, const QString &exportFolder, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportPacketDialog>()), m_session(session), m_caseId(caseId),
      m_folder(exportFolder), m_document(new QPdfDocument(this)), m_buffer(new QBuffer(this))
{
    m_ui->setupUi(this);
    m_ui->preview->setDocument(m_document);
    m_ui->preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_ui->preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save packet…"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportPacketDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ExportPacketDialog::updatePreview);

    // The default period: since the last packet (io::defaultPacketPeriod), shown in the date fields.
    auto c = m_session->casebook().get<Case>(m_caseId);
    if (c) {
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(m_caseId).arg(QString::fromStdString(c->title)));
        io::PacketRequest r;
        r.caseId = m_caseId;
        r.today = m_session->today();
        if (auto period = m_session->casebook().defaultPacketPeriod(*c, r)) {
            m_ui->from->setDate(toQDate(period->from));
            m_ui->to->setDate(toQDate(period->to));
        }
    }
    updatePreview();
}

ExportPacketDialog::~ExportPacketDialog()
{
    m_document->close();
}

io::PacketRequest ExportPacketDialog::request() const
{
    io::PacketRequest r;
    r.caseId = m_caseId;
    r.from = fromQDate(m_ui->from->date());
    r.to = fromQDate(m_ui->to->date());
    r.today = m_session->today();
    r.generator = "Casebook " + QCoreApplication::applicationVersion().toStdString();
    return r;
}

bool ExportPacketDialog::updatePreview()
{
    m_document->close();
    m_packet.reset();
    auto packet = m_session->casebook().preparePacket(request());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(packet.ok());
    if (!packet) {
        m_ui->statusLabel->setText(tr("The packet cannot be made: %1").arg(QString::fromStdString(packet.error().text())));
        return false;
    }
    m_packet = std::move(*packet);
    m_pdf = m_packet->pdf();
    m_buffer->close();
    m_buffer->setBuffer(&m_pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_ui->statusLabel->setText(tr("%n page(s); packet.pdf, packet.json and %1 attachment(s) in one zip.", "", m_packet->pages)
                                   .arg(m_packet->entries.size() - 2));
    return true;
}

int ExportPacketDialog::previewPages() const { return m_document->pageCount(); }

bool ExportPacketDialog::saveTo(const QString &path)
{
    if (!m_packet)
        return false;
    auto r = request();
    r.outPath = path.toStdString();
    if (auto notCasebook = io::checkOutputIsNotCasebook(r.outPath, m_session->path().toStdString()); !notCasebook) {
        m_ui->statusLabel->setText(tr("Not saved: %1").arg(QString::fromStdString(notCasebook.error().text())));
        return false;
    }
    auto report = m_session->casebook().writePacket(r, *m_packet);
    if (!report) {
        m_ui->statusLabel->setText(tr("Not saved: %1").arg(QString::fromStdString(report.error().text())));
        return false;
    }
    m_savedPath = path;
    if (!report->notRecorded.empty())
        QMessageBox::warning(this, tr("Packet saved"), QString::fromStdString(report->notRecorded));
    return true;
}

void ExportPacketDialog::save()
{
    const QString suggested = QDir(m_folder).filePath(
        QStringLiteral("packet-case-%1-%2.zip").arg(m_caseId).arg(m_ui->to->date().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save packet"), suggested, tr("Zip files (*.zip)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

} // namespace casebook::app
