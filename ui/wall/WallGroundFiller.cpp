#include "ui/wall/WallGroundFiller.h"

#include <QPainter>
#include <QThreadPool>

#include <atomic>

namespace earshot {

struct WallGroundFiller::State
{
    explicit State(QList<Tile> t)
        : tiles(std::move(t))
        , filled(new std::atomic<bool>[size_t(tiles.size())])
    {
        for (qsizetype i = 0; i < tiles.size(); ++i)
            filled[size_t(i)].store(false, std::memory_order_relaxed);
    }

    // Fills the next tile nobody took; false when none is left.
    bool fillNext()
    {
        const int index = next.fetch_add(1, std::memory_order_relaxed);
        if (index >= tiles.size())
            return false;
        Tile &tile = tiles[index];
        {
            // As WallView paints a tile's image: the same painter, the same coordinates.
            QImage target = tile.target.image();
            QPainter painter(&target);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.translate(-tile.origin);
            paintWallFills(painter, tile.fills);
        }
        filled[size_t(index)].store(true, std::memory_order_release);
        filled[size_t(index)].notify_all();
        return true;
    }

    QList<Tile> tiles;
    std::atomic<int> next{0};
    std::unique_ptr<std::atomic<bool>[]> filled;
};

QImage WallPixels::image() const
{
    QImage image(bits, size.width(), size.height(), bytesPerLine, format);
    image.setDevicePixelRatio(ratio);
    return image;
}

void paintWallFills(QPainter &painter, const QList<WallFill> &fills)
{
    for (const WallFill &fill : fills)
        painter.fillRect(fill.rect, fill.color);
}

WallGroundFiller::WallGroundFiller(QList<Tile> tiles, QThreadPool *pool)
    : m_state(std::make_shared<State>(std::move(tiles)))
    , m_handedOut(m_state->tiles.size(), false)
    , m_left(int(m_state->tiles.size()))
{
    if (pool && m_state->tiles.size() > 1) {
        // The task holds the state: one that starts late finds nothing left to fill.
        pool->start([state = m_state] {
            while (state->fillNext()) {
            }
        });
    }
}

WallGroundFiller::~WallGroundFiller()
{
    // Every tile filled: no thread writes to the tiles' pixels after this.
    while (nextFilled() >= 0) {
    }
}

int WallGroundFiller::nextFilled()
{
    while (m_left > 0) {
        int waiting = -1;
        for (int i = 0; i < int(m_handedOut.size()); ++i) {
            if (m_handedOut[i])
                continue;
            if (m_state->filled[size_t(i)].load(std::memory_order_acquire)) {
                m_handedOut[i] = true;
                --m_left;
                return i;
            }
            if (waiting < 0)
                waiting = i;
        }
        // None filled: fill the next nobody took, or wait for one being filled.
        if (!m_state->fillNext())
            m_state->filled[size_t(waiting)].wait(false, std::memory_order_acquire);
    }
    return -1;
}

} // namespace earshot
