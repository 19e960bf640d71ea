// Windows and dialogs that open within the screen's free area, however small the screen (a 1024 x 640
// laptop) or however large the size they ask for.
#pragma once

class QSize;
class QWidget;

namespace casebook::app {

// Room left for a window frame's title bar and borders, which the geometry of a widget does not count.
inline constexpr int kFrameMargin = 32;

// Resizes `window` to `wanted`, bounded by its screen's free area less the frame (never below its own
// minimum size hint); a window already placed somewhere is centred on the screen if it would otherwise
// stand partly off it.
void fitToScreen(QWidget &window, const QSize &wanted);

} // namespace casebook::app
