// ExportPacketDialog; see export_packet_dialog.h.
#include "export_packet_dialog.h"

#include "preferences.h"
#include "record_form.h"
#include "screen_fit.h"
#include "session.h"

#include "io/output_file.h"

#include "ui_export_packet_dialog.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QUrl>

namespace casebook::app {

namespace {

QDate toQDate(const Date &d) { return QDate(d.year(), int(d.month()), int(d.day())); }
Date fromQDate(const QDate &d) { return Date(d.year(), unsigned(d.month()), unsigned(d.day())); }

} // namespace

ExportPacketDialog::ExportPacketDialog(CasebookSession *session, Id caseId, const QString &exportFolder,
                                       const QString &preparedBy, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportPacketDialog>()), m_session(session), m_caseId(caseId),
      m_folder(exportFolder), m_preparedBy(preparedBy), m_document(new QPdfDocument(this)), m_buffer(new QBuffer(this))
{
    m_ui->setupUi(this);
    m_ui->preview->setDocument(m_document);
    m_ui->preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_ui->preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save packet…"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportPacketDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ExportPacketDialog::updatePreview);
    for (auto *date : {m_ui->from, m_ui->to})
        date->installEventFilter(RecordForm::isoDateTyping()); // "2027-01-31" typed as one piece
    // A page of the preview readable at once where there is room, all of the dialog on a 1024 x 640 screen.
    fitToScreen(*this, QSize(860, 800));

    // The default period: since the last packet (io::defaultPacketPeriod), shown in the date fields.
    auto c = m_session->casebook().get<Case>(m_caseId);
    if (c) {
        if (auto district = m_session->casebook().get<District>(c->districtId))
            m_district = QString::fromStdString(district->name);
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(m_caseId).arg(QString::fromStdString(c->title)) +
                                 QLatin1Char('\n') +
                                 (m_preparedBy.isEmpty() ? tr("Prepared by: not named (Edit ▸ Preferences…)")
                                                         : tr("Prepared by: %1").arg(m_preparedBy)));
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
    r.preparedBy = m_preparedBy.toStdString();
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
    const int attachments = int(m_packet->entries.size()) - 2; // besides packet.pdf and packet.json
    m_ui->statusLabel->setText(tr("%1; packet.pdf, packet.json and %2 in one zip.", "pages; attachments")
                                   .arg(tr("%n page(s)", nullptr, m_packet->pages),
                                        tr("%n attached file(s)", "in the packet's zip", attachments)));
    return true;
}

int ExportPacketDialog::previewPages() const { return m_document->pageCount(); }

QString ExportPacketDialog::proposedPath() const
{
    const io::PacketPeriod period{fromQDate(m_ui->from->date()), fromQDate(m_ui->to->date()), "given"};
    return QDir(m_folder).filePath(QString::fromStdString(io::packetFileName(m_district.toStdString(), period, "zip")));
}

bool ExportPacketDialog::saveTo(const QString &path)
{
    if (!m_packet)
        return false;
    auto r = request();
    r.outPath = path.toStdString();
    // The PDF goes beside the zip under the same name, so it can be opened (and sent) on its own.
    const QFileInfo zip(path);
    const QString pdfPath = zip.dir().filePath(
        (zip.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0 ? zip.completeBaseName() : zip.fileName()) +
        QStringLiteral(".pdf"));
    for (const QString &out : {path, pdfPath})
        if (auto notCasebook = io::checkOutputIsNotCasebook(out.toStdString(), m_session->path().toStdString());
            !notCasebook) {
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
    const QByteArray &pdf = m_packet->pdf();
    if (auto written = io::writeWholeFile(pdfPath.toStdString(), std::string(pdf.constData(), std::size_t(pdf.size())));
        !written)
        QMessageBox::warning(this, tr("Packet saved"),
                             tr("The packet was saved as %1, but its PDF could not be saved beside it: %2")
                                 .arg(path, QString::fromStdString(written.error().text())));
    else
        m_savedPdfPath = pdfPath;
    return true;
}

void ExportPacketDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save packet"), proposedPath(), tr("Zip files (*.zip)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

bool askPreparedBy(QWidget *parent, QString &preparedBy)
{
    Preferences prefs = Preferences::load();
    if (!prefs.preparedBy.isEmpty()) {
        preparedBy = prefs.preparedBy;
        return true;
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("preparedByDialog"));
    dialog.setWindowTitle(QObject::tr("Who prepares the packet?"));
    dialog.setLabelText(QObject::tr("Your name and title, as the packet's cover names who prepared it\n"
                                    "(kept for the next packets; change it in Edit ▸ Preferences…):"));
    dialog.setTextValue(QString());
    if (auto *line = dialog.findChild<QLineEdit *>())
        line->setPlaceholderText(QObject::tr("e.g. Maria Lopez, Director of Accountability"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    preparedBy = dialog.textValue().simplified();
    if (!preparedBy.isEmpty()) {
        prefs.preparedBy = preparedBy;
        prefs.save();
    }
    return true;
}

void showPacketSaved(QWidget *parent, const QString &zipPath, const QString &pdfPath)
{
    QMessageBox box(QMessageBox::Information, QObject::tr("Packet saved"),
                    pdfPath.isEmpty() ? QObject::tr("The packet is saved as\n%1").arg(zipPath)
                                      : QObject::tr("The packet is saved as\n%1\n\nand its PDF beside it as\n%2")
                                            .arg(zipPath, pdfPath),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("packetSavedBox"));
    auto *folder = box.addButton(QObject::tr("Open &folder"), QMessageBox::ActionRole);
    QPushButton *openPdf = pdfPath.isEmpty() ? nullptr : box.addButton(QObject::tr("Open &PDF"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(zipPath).absolutePath()));
    else if (openPdf && box.clickedButton() == openPdf)
        QDesktopServices::openUrl(QUrl::fromLocalFile(pdfPath));
}

} // namespace casebook::app
