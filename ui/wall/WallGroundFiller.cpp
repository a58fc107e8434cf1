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
    for (int i = 0; i < int(m_state->tiles.size()); ++i)
        waitUntilFilled(i);
}

void WallGroundFiller::waitUntilFilled(int index)
{
    std::atomic<bool> &filled = m_state->filled[size_t(index)];
    while (!filled.load(std::memory_order_acquire)) {
        // A tile nobody took yet is filled here; one being filled is waited for.
        if (!m_state->fillNext())
            filled.wait(false, std::memory_order_acquire);
    }
}

} // namespace earshot
