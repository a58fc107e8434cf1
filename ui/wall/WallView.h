#pragma once

#include "core/config/AppConfig.h"
#include "core/presentation/wall/WallBoard.h"
#include "core/presentation/wall/WallLayout.h"
#include "ui/wall/WallFrame.h"
#include "ui/wall/WallFrameLayout.h"
#include "ui/wall/WallGroundFiller.h"
#include "ui/wall/WallPalette.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QStaticText>
#include <QWidget>

class QThreadPool;
class QTimer;

namespace earshot {

// The NOC wall: a header (time, counts, poller and PagerDuty state, page), banners when the
// data is stale or paging is broken, and one painted tile per queue. One widget paints
// everything (no child widgets), so 500 tiles at 4K stay cheap. Read-only: it has no
// tooltips, menus or dialogs.
class WallView : public QWidget
{
    Q_OBJECT

public:
    explicit WallView(QWidget *parent = nullptr);

    // Whether a worker thread fills the grounds of tiles painted anew while this thread
    // paints on them; by default with more than two cores. Public for the tests and bench.
    void setGroundWorker(bool on);
    void setTheme(WallTheme theme);
    void setRotateSeconds(int seconds); // 0: no automatic rotation
    // Tiles (worst first), banners, counts; the page shown stays where it was.
    void setBoard(const WallBoard &board);
    // "Genesys: OK · PagerDuty: delivering"; `elidable`, a part of it (the poller's text),
    // is what gets shortened when the header has no room for all of it.
    void setHeaderStatus(const QString &status, const QString &elidable = {});
    void setNowSecs(qint64 nowSecs); // the clock and the episodes' ages
    // Nothing to monitor (earshot --wall with a broken configuration): no tiles, and the
    // banners say that nothing is polled or paged, and why.
    void showProblem(const QString &why);
    // Flashes these tiles for a few seconds (a queue turned critical).
    void flashTiles(const QList<QString> &queueIds);

    void showNextPage();
    // Paints the tiles of the page after this one, so that turning to it only copies
    // images. The view does it by itself in idle time after a paint; public for the bench.
    void prepareNextPage();
    // Keeps an image of every tile shown that was painted straight into the frame, so that
    // the next repaint only copies it. Idle time does it too, before the next page.
    void keepShownTiles();
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int currentPage() const; // from 0
    [[nodiscard]] QStringList queueIdsOnPage(int page) const;
    [[nodiscard]] const WallFrame &frame() const; // the page as laid out for painting
    [[nodiscard]] const QList<WallTile> &tiles() const;
    [[nodiscard]] bool isFlashing(const QString &queueId) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // A tile as last painted: repainting the wall (the clock, a flash, a banner) only blits
    // these; a tile is painted again when what it shows changes.
    struct PaintedTile
    {
        size_t fingerprint = 0;
        // Null while the tile is only in the frame: a tile that changed is painted straight
        // into the frame (copying its image there was almost a third of a page turn at 4K),
        // and its image is painted in idle time, or at the next paint.
        QImage image;
    };

    // A large character drawn once: the image, and where the next one starts.
    struct LargeGlyph
    {
        QImage image;
        int advance = 0;
        int margin = 0; // room on the left for glyphs that reach past their origin
    };

    // What the grid is planned from.
    struct GridInputs
    {
        QSize area;
        int screenHeight = 0;
        int tiles = -1;
        QFont font;

        friend bool operator==(const GridInputs &, const GridInputs &) = default;
    };

    void relayout(); // marks the layout out of date; it is redone once, when next needed
    void ensureLayout() const;
    [[nodiscard]] WallFrame layoutPage(int page) const;
    [[nodiscard]] WallHeaderTexts headerTexts() const;
    // One line for the log whenever what the wall shows changes (tests wait for it).
    [[nodiscard]] QString paintedSummary() const;
    [[nodiscard]] size_t fingerprintOf(const WallTileFrame &tf) const;
    [[nodiscard]] QImage paintTileImage(const WallTileFrame &tf) const;
    void paintTileOn(QImage *image, const WallTileFrame &tf) const;
    // The frame's pixels under `rect`, as an image to paint a tile on as on its own image;
    // null where the frame cannot take it so (not an image in memory, or of another format
    // or scale).
    [[nodiscard]] WallPixels frameUnder(class QPainter &painter, const QRect &rect) const;
    void paintInIdleTime();
    void paintTile(class QPainter &painter, const WallTileFrame &tf) const;
    [[nodiscard]] QList<WallFill> groundOf(const WallTileFrame &tf) const;
    void paintTileContent(class QPainter &painter, const WallTileFrame &tf) const; // on the ground
    // Every text but the MOS digits is laid out once (QStaticText) and drawn from its glyph
    // positions: names, status words and the header, and the details, which recur on many
    // tiles although they change with every window.
    void drawText(QPainter &painter, const WallText &text, const QFont &font) const;
    // The MOS digits are larger than the glyphs Qt's raster engine caches (64 px), so
    // each would be filled as a path at every paint: they are drawn from images instead.
    void drawLargeText(QPainter &painter, const WallText &text, const QFont &font,
                       const QColor &color) const;

    WallPalette m_palette = WallPalette::of(WallTheme::Dark);
    QList<WallTile> m_tiles;
    QList<WallLevel> m_levels;
    WallHealth m_health;
    QString m_counts;
    QString m_groups;
    QString m_status;
    QString m_statusElidable;
    qint64 m_nowSecs = 0;
    mutable bool m_layoutDirty = true;
    mutable WallGrid m_grid;
    mutable GridInputs m_gridInputs;
    mutable WallPages m_pages;
    mutable int m_page = 0;
    mutable WallFrame m_frame;
    QHash<QString, PaintedTile> m_painted; // by queue id, the tiles of the page shown
    QHash<QString, PaintedTile> m_ahead;   // the next page's tiles, painted in idle time
    mutable QList<QImage> m_spareImages;   // of tiles no longer shown, to paint over
    bool m_aheadDone = false;              // m_ahead matches the current layout
    bool m_shownWithoutImages = false;     // some tiles of m_painted have no image yet
    QTimer *m_aheadTimer = nullptr;
    // One worker that fills tiles' grounds while this thread paints on them; null without.
    QThreadPool *m_groundPool = nullptr;
    QString m_loggedSummary;
    mutable QHash<QString, LargeGlyph> m_glyphs; // by size, colour, ratio, character
    // By font size and text; bounded: emptied past 4096 texts, so it fills up over the
    // first hours of a wall and then stays at most that size.
    mutable QHash<QString, QStaticText> m_staticTexts;
    QTimer *m_rotate = nullptr;
    QTimer *m_flashTimer = nullptr;
    QSet<QString> m_flashing;
    int m_flashTicks = 0;
};

} // namespace earshot
