// ReferencePage: the text of BP 0520 and its legal references, with an anchor on each clause so a
// case page can link to the clause its obligation comes from.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace casebook::app {

class ReferencePage : public QWidget
{
    Q_OBJECT

public:
    explicit ReferencePage(QWidget *parent = nullptr);
    // Scrolls to a clause: "request", "required", "partner", "ccee", "spi", "plans" (or the top).
    void showAnchor(const QString &anchor);

    // The policy as HTML with the anchors above (also used by tests).
    static QString policyHtml();

private:
    QTextBrowser *m_browser;
};

} // namespace casebook::app
