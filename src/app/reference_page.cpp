// ReferencePage; see reference_page.h. The policy text is the adopted one (io/policy_text.h).
#include "reference_page.h"

#include "io/policy_text.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook::app {

QString ReferencePage::policyHtml()
{
    const QString text = QString::fromStdString(io::adoptedPolicyText());
    QString html = QStringLiteral("<h2>BP 0520 — Intervention for Underperforming Schools</h2>");
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(pending.toHtmlEscaped());
        pending.clear();
    };
    for (QString p : paragraphs) {
        p = p.simplified();
        for (const auto &clause : io::policyClauses()) {
            if (p.startsWith(QString::fromUtf8(clause.startsWith.data(), qsizetype(clause.startsWith.size())))) {
                flush();
                html += QStringLiteral("<a name='%1'></a><h3>%2</h3>")
                            .arg(QString::fromUtf8(clause.anchor.data(), qsizetype(clause.anchor.size())),
                                 QString::fromUtf8(clause.heading.data(), qsizetype(clause.heading.size()))
                                     .toHtmlEscaped());
            }
        }
        if (p.startsWith(QLatin1String("Policy Reference Disclaimer"))) {
            flush();
            html += QStringLiteral("<a name='references'></a><h3>%1</h3>").arg(tr("References"));
        }
        if (QRegularExpression(QStringLiteral("^\\d\\. ")).match(p).hasMatch() && !pending.isEmpty()) {
            flush();
        }
        pending += (pending.isEmpty() ? QString() : QStringLiteral(" ")) + p;
        flush();
    }
    flush();
    return html;
}

ReferencePage::ReferencePage(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("policyBrowser"));
    m_browser->setAccessibleName(tr("BP 0520 policy text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(policyHtml());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
}

void ReferencePage::showAnchor(const QString &anchor)
{
    if (anchor.isEmpty())
        m_browser->moveCursor(QTextCursor::Start);
    else
        m_browser->scrollToAnchor(anchor);
}

} // namespace casebook::app
