#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QRect>

#include <memory>

class QPainter;
class QThreadPool;

namespace earshot {

// Pixels in memory to paint on in place, such as the frame's under a tile. A painter on a
// QImage that shares its pixels with another QImage paints on a copy: each painter gets an
// image of its own over them.
struct WallPixels
{
    uchar *bits = nullptr;
    QSize size;
    qsizetype bytesPerLine = 0;
    QImage::Format format = QImage::Format_Invalid;
    qreal ratio = 1;

    [[nodiscard]] bool isNull() const
    {
        return bits == nullptr;
    }
    [[nodiscard]] QImage image() const; // over the pixels, not a copy
};

// One plain fill of a tile: its colour, the level's stripe, a side of its frame.
struct WallFill
{
    QRect rect;
    QColor color;
};

// The fills under a tile's shape, texts and sparkline: the tile's colour, the level's stripe
// and, for problems, a frame.
void paintWallFills(QPainter &painter, const QList<WallFill> &fills);

// Fills the grounds of the tiles painted anew on a worker thread while the GUI thread
// paints what goes on them: the fills are a third of painting a page anew at 4K, and they
// need no fonts or caches, so they are safe off the GUI thread. Whichever thread comes first
// to a tile fills it, and tiles are handed out as they are filled: the GUI thread never
// waits for a worker that has not started, nor for one held up in a tile while others are
// left, and the pixels are the same whoever fills them.
class WallGroundFiller
{
public:
    struct Tile
    {
        WallPixels target; // the tile's pixels
        QPoint origin;     // the tile's top left, in the coordinates of `fills`
        QList<WallFill> fills;
    };

    // pool: nullptr fills every tile on the calling thread, in nextFilled.
    WallGroundFiller(QList<Tile> tiles, QThreadPool *pool);
    ~WallGroundFiller(); // returns once no thread fills any more
    WallGroundFiller(const WallGroundFiller &) = delete;
    WallGroundFiller &operator=(const WallGroundFiller &) = delete;

    // The index of a filled tile not handed out yet, filling one here when none is (or
    // waiting when the others are all being filled); -1 once every tile was handed out.
    [[nodiscard]] int nextFilled();

private:
    struct State;
    std::shared_ptr<State> m_state;
    QList<bool> m_handedOut;
    int m_left = 0;
};

} // namespace earshot
