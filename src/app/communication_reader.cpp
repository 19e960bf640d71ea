// CommunicationReader; see communication_reader.h.
#include "communication_reader.h"

#include "domain_labels.h"

namespace casebook::app {

namespace {

// User text as HTML: escaped, its line breaks kept.
QString plain(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString scheduledContactText(const ScheduledContact &contact)
{
    const QString date = QString::fromStdString(contact.dueOn.toString());
    return contact.purpose.empty() ? date : QStringLiteral("%1 — %2").arg(date, QString::fromStdString(contact.purpose));
}

CommunicationReader::CommunicationReader(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("communicationReader"));
    setAccessibleName(tr("The selected communication in full"));
    setOpenLinks(false);
    setMinimumHeight(80);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // its height is its share, not its text's
    showCommunication(nullptr, {});
}

void CommunicationReader::showCommunication(const Communication *c, const std::vector<ScheduledContact> &contacts)
{
    if (!c) {
        setHtml(QStringLiteral("<p style='color:#555'><i>%1</i></p>")
                    .arg(tr("Select a communication to read it in full here.").toHtmlEscaped()));
        return;
    }
    const QString subject = c->subject.empty() ? tr("(no subject)").toHtmlEscaped() : plain(c->subject);
    QString html = QStringLiteral("<h3 style='margin-top:0'>%1</h3>").arg(subject);
    html += QStringLiteral("<p>%1 · %2 · %3</p>")
                .arg(plain(c->occurredOn.toString()), labelOf(c->direction).toHtmlEscaped(),
                     labelOf(c->mode).toHtmlEscaped());
    const auto row = [&](const QString &label, const QString &valueHtml) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), valueHtml);
    };
    if (!c->participants.empty())
        row(tr("Participants:"), plain(c->participants));
    if (c->scheduledContactId) {
        QString answered = tr("scheduled contact %1").arg(*c->scheduledContactId).toHtmlEscaped();
        for (const auto &contact : contacts)
            if (contact.id == *c->scheduledContactId)
                answered = scheduledContactText(contact).toHtmlEscaped();
        row(tr("Answers the scheduled contact:"), answered);
    }
    row(tr("Summary:"), QStringLiteral("<br>") + plain(c->summary));
    if (!c->followUps.empty())
        row(tr("Follow-ups:"), QStringLiteral("<br>") + plain(c->followUps));
    setHtml(html);
}

} // namespace casebook::app
