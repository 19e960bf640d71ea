// ReferencePage; see reference_page.h. The policy text is the adopted one (io/policy_text.h).
#include "reference_page.h"

#include "io/policy_text.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook::app {

QString ReferencePage::policyHtml()
{
    // The paragraphs as the packets quote them (io/policy_text.h), each under its clause's heading.
    QString html = QStringLiteral("<h2>BP 0520 — Intervention for Underperforming Schools</h2>");
    const auto utf8 = [](std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); };
    for (const auto &paragraph : io::policyParagraphs()) {
        const QString p = utf8(paragraph);
        for (const auto &clause : io::policyClauses())
            if (p.startsWith(utf8(clause.startsWith)))
                html += QStringLiteral("<a name='%1'></a><h3>%2</h3>")
                            .arg(utf8(clause.anchor), utf8(clause.heading).toHtmlEscaped());
        if (p.startsWith(QLatin1String("Policy Reference Disclaimer")))
            html += QStringLiteral("<a name='references'></a><h3>%1</h3>").arg(tr("References"));
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    }
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
