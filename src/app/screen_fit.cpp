// fitToScreen; see screen_fit.h.
#include "screen_fit.h"

#include <QRect>
#include <QScreen>
#include <QWidget>

namespace casebook::app {

void fitToScreen(QWidget &window, const QSize &wanted)
{
    const QScreen *where = window.screen();
    if (!where) {
        window.resize(wanted);
        return;
    }
    const QRect available = where->availableGeometry();
    const QSize room = (available.size() - QSize(kFrameMargin, 2 * kFrameMargin)).expandedTo(window.minimumSizeHint());
    const QSize size = wanted.boundedTo(room);
    window.resize(size);
    // A place already given (a saved geometry) is kept when all of the window fits there; a window
    // not yet placed is left to the window manager, or centred over its parent by QDialog.
    if (window.testAttribute(Qt::WA_Moved)) {
        QRect frame(window.pos(), size);
        if (!available.contains(frame)) {
            frame.moveCenter(available.center());
            window.move(frame.topLeft());
        }
    }
}

} // namespace casebook::app
