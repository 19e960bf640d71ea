// AttachmentPanel; see attachment_panel.h.
#include "attachment_panel.h"

#include "session.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace casebook::app {

AttachmentPanel::AttachmentPanel(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Attach &file…"), this)), m_open(new QPushButton(tr("&Open"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setAcceptDrops(true);
    m_list->setAccessibleName(tr("Attachments"));
    // Four files in sight (more scroll), so that the list of records above keeps its room on a short screen.
    m_list->setMaximumHeight(4 * (m_list->fontMetrics().lineSpacing() + 4) + 2 * m_list->frameWidth());
    m_title->setText(tr("Attachments — drop files here"));
    m_title->setWordWrap(true); // the longer sentence of a form (and Spanish) takes two lines, not cut off
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_add);
    row->addWidget(m_open);
    row->addWidget(m_remove);
    layout->addLayout(row);
    layout->addWidget(m_list);
    connect(m_add, &QPushButton::clicked, this, &AttachmentPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentPanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_open->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    setOwner(0, AttachmentOwner::Case, 0);
}

void AttachmentPanel::setOwner(Id caseId, AttachmentOwner ownerType, Id ownerId)
{
    m_caseId = caseId;
    m_ownerType = ownerType;
    m_ownerId = ownerId;
    reload();
}

void AttachmentPanel::setStaging(bool staging)
{
    m_staging = staging;
    m_staged.clear();
    // Its own letter: in a record's dialog the form's labels use the others.
    m_add->setText(staging ? tr("Attach &files…") : tr("Attach &file…"));
    m_title->setText(staging ? tr("Attachments — drop files here; they are attached when you save")
                             : tr("Attachments — drop files here"));
    reload();
}

void AttachmentPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    addFiles(files);
}

void AttachmentPanel::reload()
{
    m_list->clear();
    const bool active = (m_ownerId != 0 || m_staging) && m_session->isOpen();
    setEnabled(active);
    m_open->setEnabled(false);
    m_remove->setEnabled(false);
    if (!active)
        return;
    for (const QString &path : m_staged) {
        auto *item = new QListWidgetItem(tr("%1   (attached when you save)").arg(QFileInfo(path).fileName()), m_list);
        item->setData(Qt::UserRole, qlonglong(0));
        item->setData(Qt::UserRole + 1, path);
        item->setToolTip(path);
    }
    if (m_ownerId == 0)
        return;
    auto files = m_session->casebook().attachmentsOf(m_ownerType, m_ownerId);
    if (!files)
        return;
    for (const auto &a : *files) {
        auto *item = new QListWidgetItem(QStringLiteral("%1   (%2 KB, SHA-256 %3…)")
                                             .arg(QString::fromStdString(a.fileName))
                                             .arg((a.size + 1023) / 1024)
                                             .arg(QString::fromStdString(a.sha256.substr(0, 12))),
                                         m_list);
        item->setData(Qt::UserRole, qlonglong(a.id));
        item->setToolTip(QString::fromStdString(a.mediaType + ", added " + a.addedAt + ", SHA-256 " + a.sha256));
    }
}

int AttachmentPanel::addFiles(const QStringList &paths)
{
    int added = 0;
    if (m_staging) {
        for (const QString &path : paths)
            if (!m_staged.contains(path)) {
                m_staged.append(path);
                ++added;
            }
        reload();
        return added;
    }
    for (const QString &path : paths) {
        auto r = m_session->attach(m_caseId, m_ownerType, m_ownerId, path);
        if (!r) {
            QMessageBox::warning(this, tr("Cannot attach the file"), QString::fromStdString(r.error().text()));
            continue;
        }
        ++added;
    }
    reload();
    return added;
}

void AttachmentPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEnabled() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (addFiles(paths) > 0)
        event->acceptProposedAction();
}

void AttachmentPanel::openSelected()
{
    auto *item = m_list->currentItem();
    if (!item)
        return;
    const Id id = item->data(Qt::UserRole).toLongLong();
    if (id == 0) { // a staged file: still where the user picked it
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole + 1).toString()));
        return;
    }
    auto meta = m_session->casebook().get<Attachment>(id);
    auto bytes = m_session->casebook().attachmentContent(id);
    if (!meta || !bytes) {
        QMessageBox::warning(this, tr("Cannot open the attachment"),
                             QString::fromStdString((!meta ? meta.error() : bytes.error()).text()));
        return;
    }
    // A private copy in the cache folder, opened with the system's viewer.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                           QStringLiteral("/attachments/%1").arg(id);
    QDir().mkpath(folder);
    // The copy is as private as the casebook: owner-only folder and file.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = QFileInfo(QString::fromStdString(meta->fileName)).fileName();
    QFile out(folder + QLatin1Char('/') + (name.isEmpty() ? QStringLiteral("attachment") : name));
    // Owner-only before any byte is written.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(reinterpret_cast<const char *>(bytes->data()), qint64(bytes->size())) != qint64(bytes->size())) {
        QMessageBox::warning(this, tr("Cannot open the attachment"), out.errorString());
        return;
    }
    out.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(out.fileName()));
}

void AttachmentPanel::removeSelected()
{
    auto *item = m_list->currentItem();
    if (!item)
        return;
    if (item->data(Qt::UserRole).toLongLong() == 0) { // a staged file: no longer to be attached
        m_staged.removeAll(item->data(Qt::UserRole + 1).toString());
        reload();
        return;
    }
    auto meta = m_session->casebook().get<Attachment>(item->data(Qt::UserRole).toLongLong());
    if (!meta)
        return;
    if (QMessageBox::question(this, tr("Remove attachment"),
                              tr("Remove “%1” from the casebook? You can undo this with Edit ▸ Undo.")
                                  .arg(QString::fromStdString(meta->fileName))) != QMessageBox::Yes)
        return;
    if (auto s = m_session->removeAttachment(*meta); !s)
        QMessageBox::warning(this, tr("Cannot remove the attachment"), QString::fromStdString(s.error().text()));
    reload();
}

} // namespace casebook::app
