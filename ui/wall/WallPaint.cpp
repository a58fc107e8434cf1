// WallView's painting: the frame computed by layoutWallFrame, drawn as is.
#include "ui/wall/WallView.h"

#include "core/common/Logging.h"
#include "ui/wall/WallGroundFiller.h"

#include <QPaintEngine>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTimer>

#include <cmath>

namespace earshot {

namespace {

// The tiles' images; the frame too, where a tile is painted straight into it.
constexpr QImage::Format kTileImageFormat = QImage::Format_RGB32;

QColor greyedOut(const QColor &c, const QColor &background)
{
    // Greyed tiles keep their shapes and words, washed towards the background.
    const int grey = qGray(c.rgb());
    return QColor((grey + background.red()) / 2 + 20, (grey + background.green()) / 2 + 20,
                  (grey + background.blue()) / 2 + 20);
}

// A disc, as a circle of radius - penWidth / 2 drawn with a pen of penWidth and filled
// would look: one fill, without stroking the circle's curves first.
void fillDisc(QPainter &p, const QPointF &center, qreal radius, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(center, radius, radius);
}

// A ring, as the outline of a circle of `radius` drawn with a pen of penWidth would look.
void fillRing(QPainter &p, const QPointF &center, qreal radius, qreal penWidth, const QColor &color)
{
    QPainterPath ring;
    ring.addEllipse(center, radius + penWidth / 2, radius + penWidth / 2);
    ring.addEllipse(center, radius - penWidth / 2, radius - penWidth / 2);
    p.setPen(Qt::NoPen);
    p.fillPath(ring, color); // odd-even: the inner circle is the hole
}

void drawShape(QPainter &p, WallLevel level, const QRectF &r, const QColor &color)
{
    const qreal w = r.width();
    p.setPen(QPen(color, std::max(2.0, w / 8)));
    p.setBrush(color);
    switch (level) {
    case WallLevel::Critical: { // an octagon: a stop sign
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal a = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << r.center() + QPointF(std::cos(a), std::sin(a)) * (w / 2);
        }
        p.drawPolygon(octagon);
        break;
    }
    case WallLevel::Warning: // a triangle
        p.drawPolygon(QPolygonF{{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()});
        break;
    case WallLevel::Stale: // a hollow square
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(w / 8, w / 8, -w / 8, -w / 8));
        break;
    case WallLevel::NoData: // a diamond
        p.drawPolygon(QPolygonF{{r.center().x(), r.top()},
                                {r.right(), r.center().y()},
                                {r.center().x(), r.bottom()},
                                {r.left(), r.center().y()}});
        break;
    // Circles are filled rather than stroked (the same pixels, for less work).
    case WallLevel::Ok: // a filled circle
        fillDisc(p, r.center(), w / 2 - w / 10 + p.pen().widthF() / 2, color);
        break;
    case WallLevel::NoCalls: // a hollow circle
        fillRing(p, r.center(), w / 2 - w / 8, p.pen().widthF(), color);
        break;
    }
}

void drawSparkline(QPainter &p, const QRect &r, const WallTile &tile, const QColor &line,
                   const QColor &warning, const QColor &critical)
{
    if (r.height() < 4 || r.width() < 4)
        return;
    qint64 end = 0;
    double low = tile.mosCritical - 0.4;
    double high = 4.6;
    for (const WallSparkPoint &pt : tile.sparkline) {
        end = std::max(end, pt.windowEnd);
        if (pt.mos) {
            low = std::min(low, *pt.mos - 0.1);
            high = std::max(high, *pt.mos + 0.1);
        }
    }
    low = std::max(1.0, low);
    high = std::min(5.0, std::max(high, low + 0.5));
    const qint64 start = end - WallBoard::kSparklineSecs;
    const qreal width = std::max(1.5, r.height() / 18.0);
    const qreal dot = width * 1.5; // the newest point's radius: inside the tile, never cut
    const auto yOf = [&](double v) {
        return r.bottom() - dot - (v - low) / (high - low) * (r.height() - 2 * dot);
    };
    const auto xOf = [&](qint64 t) {
        return r.left() + double(t - start) / double(WallBoard::kSparklineSecs) * (r.width() - dot);
    };
    if (tile.mosLinesEnabled) {
        // Level lines need no antialiasing (dashed antialiased lines are slow to fill).
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(warning, width / 1.5, Qt::DashLine));
        p.drawLine(QPointF(r.left(), yOf(tile.mosWarning)),
                   QPointF(r.right(), yOf(tile.mosWarning)));
        p.setPen(QPen(critical, width / 1.5, Qt::DashLine));
        p.drawLine(QPointF(r.left(), yOf(tile.mosCritical)),
                   QPointF(r.right(), yOf(tile.mosCritical)));
        p.setRenderHint(QPainter::Antialiasing, true);
    }
    if (end == 0)
        return;
    p.setPen(QPen(line, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    // Runs of consecutive windows, drawn a segment at a time: Qt's antialiasing rasterizer
    // keeps each pixel row's cells in a list it walks for every new cell, so one long,
    // nearly flat stroke costs the square of its length (the sparklines were half of a
    // tile's paint). Round caps where the segments meet draw the polyline's round joins.
    QPolygonF run;
    const auto flush = [&] {
        for (qsizetype i = 1; i < run.size(); ++i)
            p.drawLine(run[i - 1], run[i]);
        run.clear();
    };
    p.setBrush(Qt::NoBrush);
    qint64 previous = 0;
    qint64 step = WallBoard::kSparklineSecs;
    for (qsizetype i = 1; i < tile.sparkline.size(); ++i)
        step = std::min(step, tile.sparkline[i].windowEnd - tile.sparkline[i - 1].windowEnd);
    for (const WallSparkPoint &pt : tile.sparkline) {
        if (!pt.mos || pt.windowEnd <= start) {
            flush(); // no calls: a gap, never a zero
            continue;
        }
        if (!run.isEmpty() && pt.windowEnd - previous > step)
            flush();
        run.append(QPointF(xOf(pt.windowEnd), yOf(*pt.mos)));
        previous = pt.windowEnd;
    }
    flush();
    if (!tile.sparkline.isEmpty() && tile.sparkline.constLast().mos) {
        const WallSparkPoint &last = tile.sparkline.constLast();
        fillDisc(p, QPointF(xOf(last.windowEnd), yOf(*last.mos)), dot + width / 2, line);
    }
}

} // namespace

size_t WallView::fingerprintOf(const WallTileFrame &tf) const
{
    const WallTile &tile = m_tiles[tf.tileIndex];
    size_t seed =
        qHashMulti(0, tf.rect.width(), tf.rect.height(), int(tile.level), tile.greyed,
                   int(m_palette.theme), tile.mosLinesEnabled, tile.mosWarning, tile.mosCritical);
    for (const WallText &t : tf.texts)
        seed = qHashMulti(seed, t.text, t.rect.x() - tf.rect.x(), t.rect.y() - tf.rect.y());
    for (const WallSparkPoint &pt : tile.sparkline)
        seed = qHashMulti(seed, pt.windowEnd, pt.mos.value_or(-1.0));
    return seed;
}

QImage WallView::paintTileImage(const WallTileFrame &tf) const
{
    const qreal ratio = devicePixelRatioF();
    // An image of a tile that left the screen, when there is one: a new one of 2 MB at 4K
    // costs its page faults. Every pixel is painted (paintTile fills the tile first).
    QImage image;
    while (!m_spareImages.isEmpty() && image.isNull()) {
        image = m_spareImages.takeLast();
        if (image.size() != tf.rect.size() * ratio || image.devicePixelRatio() != ratio)
            image = QImage();
    }
    if (image.isNull()) {
        image = QImage(tf.rect.size() * ratio, kTileImageFormat);
        image.setDevicePixelRatio(ratio);
    }
    paintTileOn(&image, tf);
    return image;
}

void WallView::paintTileOn(QImage *image, const WallTileFrame &tf) const
{
    QPainter tp(image);
    tp.setRenderHint(QPainter::Antialiasing);
    tp.translate(-tf.rect.topLeft());
    paintTile(tp, tf);
}

WallPixels WallView::frameUnder(QPainter &p, const QRect &rect) const
{
    // Painted on the frame's own pixels, as on an image of the tile: with the same painter,
    // the same coordinates and a device of the same format, the pixels are the same as an
    // image's copied there (painting with the frame's painter moves dashed lines' ends by
    // a pixel here and there). Only where the frame is such an image.
    QPaintEngine *engine = p.paintEngine();
    QPaintDevice *device = engine ? engine->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image)
        return {};
    auto *frame = static_cast<QImage *>(device);
    const QTransform toDevice = p.deviceTransform();
    const qreal ratio = devicePixelRatioF();
    if (frame->format() != kTileImageFormat || toDevice.type() > QTransform::TxScale ||
        toDevice.m11() != ratio || toDevice.m22() != ratio)
        return {};
    const QRectF mapped = toDevice.mapRect(QRectF(rect));
    const QRect pixels = mapped.toRect();
    if (QRectF(pixels) != mapped || pixels.size() != rect.size() * ratio ||
        !frame->rect().contains(pixels))
        return {};
    // The very pixels the frame's painter paints on (bits() could detach them from it).
    uchar *under = const_cast<uchar *>(frame->constBits()) +
                   qsizetype(pixels.top()) * frame->bytesPerLine() + qsizetype(pixels.left()) * 4;
    return WallPixels{under, pixels.size(), frame->bytesPerLine(), kTileImageFormat, ratio};
}

void WallView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter p(this);
    p.setClipRegion(event->region());
    p.setRenderHint(QPainter::Antialiasing);
    // The background only where no tile goes: at 4K, filling under the tiles too was a
    // third of a repaint.
    QRegion background = event->region();
    for (const WallTileFrame &tf : m_frame.tiles)
        background -= tf.rect;
    for (const QRect &r : background)
        p.fillRect(r, m_palette.background);
    p.fillRect(m_frame.header, m_palette.headerBackground);
    if (!m_frame.brokenBanner.isEmpty())
        p.fillRect(m_frame.brokenBanner, m_palette.brokenBanner);
    if (!m_frame.staleBanner.isEmpty())
        p.fillRect(m_frame.staleBanner, m_palette.staleBanner);
    const WallFonts headerFonts = WallFonts::of(font(), wallTextSizes(height()));
    for (const WallText &t : m_frame.texts) {
        QColor color = t.role == WallText::Role::Dim ? m_palette.dimText : m_palette.text;
        if (m_frame.brokenBanner.contains(t.rect.center()))
            color = m_palette.brokenBannerText;
        else if (m_frame.staleBanner.contains(t.rect.center()))
            color = m_palette.staleBannerText;
        p.setPen(color);
        // A long status line shrinks to the details' size.
        drawText(p, t, t.font == WallText::Font::Detail ? headerFonts.detail : headerFonts.name);
    }
    // Each tile comes from its image (unchanged, or painted ahead), or is painted anew
    // straight into the frame: its ground here or on a worker, what goes on it here.
    struct ShownTile
    {
        const WallTileFrame *tf = nullptr;
        PaintedTile painted;
        WallPixels under; // the frame's, for a tile painted straight into them
    };
    QList<ShownTile> shownTiles;
    QList<WallGroundFiller::Tile> grounds;
    for (const WallTileFrame &tf : m_frame.tiles) {
        const QString &id = m_tiles[tf.tileIndex].queueId;
        const size_t fingerprint = fingerprintOf(tf);
        // Taken, not copied: the image of a tile that changed goes to the spares.
        const auto shown = m_painted.find(id);
        const bool unchanged = shown != m_painted.end() && shown->fingerprint == fingerprint;
        PaintedTile tile;
        if (shown != m_painted.end()) {
            tile = std::move(*shown);
            m_painted.erase(shown);
        }
        if (!unchanged || tile.image.isNull()) {
            // Painted ahead in idle time when this page was the next one.
            PaintedTile ahead = m_ahead.take(id);
            if (!ahead.image.isNull() && ahead.fingerprint == fingerprint) {
                if (!tile.image.isNull())
                    m_spareImages.append(std::move(tile.image));
                tile = std::move(ahead);
            } else if (unchanged) {
                // Shown a second time before idle time came: worth an image now.
                tile.image = paintTileImage(tf);
            } else {
                if (!tile.image.isNull())
                    m_spareImages.append(std::move(tile.image));
                tile = PaintedTile{fingerprint, QImage()};
            }
        }
        WallPixels under;
        if (tile.image.isNull() && event->region().intersects(tf.rect)) {
            if (QRegion(tf.rect).subtracted(event->region()).isEmpty())
                under = frameUnder(p, tf.rect);
            if (under.isNull())
                tile.image = paintTileImage(tf);
            else
                grounds.append(WallGroundFiller::Tile{under, tf.rect.topLeft(), groundOf(tf)});
        }
        shownTiles.append(ShownTile{&tf, std::move(tile), std::move(under)});
    }
    WallGroundFiller filler(std::move(grounds), m_groundPool);
    QList<const ShownTile *> anew; // by ground, as in `grounds`
    QHash<QString, PaintedTile> painted;
    for (const ShownTile &shown : shownTiles) {
        const WallTileFrame &tf = *shown.tf;
        if (!shown.under.isNull())
            anew.append(&shown);
        else if (event->region().intersects(tf.rect))
            p.drawImage(tf.rect.topLeft(), shown.painted.image);
        painted.insert(m_tiles[tf.tileIndex].queueId, shown.painted);
    }
    // In the order their grounds are filled: tiles do not overlap.
    for (int ground = filler.nextFilled(); ground >= 0; ground = filler.nextFilled()) {
        const WallTileFrame &tf = *anew[ground]->tf;
        QImage under = anew[ground]->under.image();
        QPainter tp(&under);
        tp.setRenderHint(QPainter::Antialiasing);
        tp.translate(-tf.rect.topLeft());
        paintTileContent(tp, tf);
        m_shownWithoutImages = true;
    }
    if (m_flashTicks % 2 == 0) {
        for (const WallTileFrame &tf : m_frame.tiles) {
            if (!m_flashing.contains(m_tiles[tf.tileIndex].queueId))
                continue;
            const int stripe = std::max(4, tf.rect.width() / 60);
            p.setPen(QPen(m_palette.flash, stripe * 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(tf.rect.adjusted(stripe, stripe, -stripe, -stripe));
        }
    }
    // Only the page shown stays in memory, and the next; the images of tiles that left are
    // painted over by the next tiles that come.
    for (auto it = m_painted.cbegin(); it != m_painted.cend(); ++it) {
        if (!it->image.isNull() && m_spareImages.size() < m_frame.tiles.size())
            m_spareImages.append(it->image);
    }
    if (m_spareImages.size() > m_frame.tiles.size())
        m_spareImages.resize(m_frame.tiles.size());
    m_painted = std::move(painted);
    if (const QString summary = paintedSummary(); summary != m_loggedSummary) {
        m_loggedSummary = summary;
        qCInfo(lcUi).noquote() << "wall painted:" << summary;
    }
    if ((!m_aheadDone || m_shownWithoutImages) && isVisible())
        m_aheadTimer->start();
}

QString WallView::paintedSummary() const
{
    int counts[6] = {};
    for (const WallLevel level : m_levels)
        ++counts[std::clamp(int(level), 0, 5)];
    const auto count = [&counts](WallLevel level) {
        return counts[int(level)];
    };
    const auto banner = [](bool shown, const QString &text) {
        return shown ? u'"' + text + u'"' : QStringLiteral("no");
    };
    return QStringLiteral("size=%1x%2 queues=%3 critical=%4 warning=%5 stale=%6 nodata=%7 ok=%8 "
                          "nocalls=%9 pages=%10")
               .arg(width())
               .arg(height())
               .arg(m_tiles.size())
               .arg(count(WallLevel::Critical))
               .arg(count(WallLevel::Warning))
               .arg(count(WallLevel::Stale))
               .arg(count(WallLevel::NoData))
               .arg(count(WallLevel::Ok))
               .arg(count(WallLevel::NoCalls))
               .arg(m_pages.pages.size()) +
           QStringLiteral(" stale-banner=") + banner(m_health.stale, m_health.staleText) +
           QStringLiteral(" paging-banner=") + banner(m_health.pagingBroken, m_health.pagingText);
}

void WallView::paintInIdleTime()
{
    keepShownTiles();
    prepareNextPage();
}

void WallView::keepShownTiles()
{
    ensureLayout();
    if (!m_shownWithoutImages)
        return;
    m_shownWithoutImages = false;
    for (const WallTileFrame &tf : m_frame.tiles) {
        const auto shown = m_painted.find(m_tiles[tf.tileIndex].queueId);
        // Only what the frame shows: a tile that changed since is painted at the next paint.
        if (shown != m_painted.end() && shown->image.isNull() &&
            shown->fingerprint == fingerprintOf(tf))
            shown->image = paintTileImage(tf);
    }
}

void WallView::prepareNextPage()
{
    ensureLayout();
    m_aheadDone = true;
    if (m_pages.pages.size() <= 1) {
        m_ahead.clear();
        return;
    }
    const WallFrame next = layoutPage((m_page + 1) % int(m_pages.pages.size()));
    QHash<QString, PaintedTile> ahead;
    for (const WallTileFrame &tf : next.tiles) {
        const QString &id = m_tiles[tf.tileIndex].queueId;
        const size_t fingerprint = fingerprintOf(tf);
        const auto shown = m_painted.constFind(id);
        if (shown != m_painted.cend() && shown->fingerprint == fingerprint &&
            !shown->image.isNull())
            continue; // pinned: on this page and the next
        PaintedTile tile = m_ahead.value(id);
        if (tile.image.isNull() || tile.fingerprint != fingerprint)
            tile = PaintedTile{fingerprint, paintTileImage(tf)};
        ahead.insert(id, tile);
    }
    m_ahead = std::move(ahead);
}

void WallView::drawText(QPainter &p, const WallText &t, const QFont &font) const
{
    if (t.text.isEmpty())
        return;
    // Loss, jitter, calls and the episode's age change with every window, but the same
    // texts recur on many tiles ("Calls 12", "Critical for 21 min"): shaped once too, not at
    // every paint (drawText lays each out anew, a fifth of a tile's paint at 4K).
    if (m_staticTexts.size() > 4096)
        m_staticTexts.clear(); // queues and values come and go: stay bounded
    const QString key = QString::number(font.pixelSize()) + (font.bold() ? u'b' : u'r') + t.text;
    auto it = m_staticTexts.find(key);
    if (it == m_staticTexts.end()) {
        QStaticText prepared(t.text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), font);
        it = m_staticTexts.insert(key, prepared);
    }
    int x = t.rect.left();
    if (t.align & Qt::AlignRight)
        x = t.rect.right() + 1 - t.neededWidth;
    else if (t.align & Qt::AlignHCenter)
        x = t.rect.left() + (t.rect.width() - t.neededWidth) / 2;
    const int y = t.rect.top() + (t.rect.height() - t.neededHeight) / 2;
    p.setFont(font);
    p.drawStaticText(QPoint(x, y), *it);
}

void WallView::drawLargeText(QPainter &p, const WallText &t, const QFont &font,
                             const QColor &color) const
{
    const qreal ratio = p.device()->devicePixelRatioF();
    int x = t.rect.left();
    const int y = t.rect.top() + (t.rect.height() - t.neededHeight) / 2;
    if (m_glyphs.size() > 4096)
        m_glyphs.clear(); // sizes and colours come and go with the layout: stay bounded
    const QString prefix = QString::number(font.pixelSize()) + u'|' +
                           QString::number(color.rgba(), 16) + u'|' + QString::number(ratio) + u'|';
    for (const QChar ch : t.text) {
        const QString key = prefix + ch;
        auto it = m_glyphs.find(key);
        if (it == m_glyphs.end()) {
            const QFontMetrics fm(font);
            LargeGlyph glyph;
            glyph.advance = fm.horizontalAdvance(ch);
            glyph.margin = fm.height() / 4;
            glyph.image = QImage(QSize(glyph.advance + 2 * glyph.margin, fm.height()) * ratio,
                                 QImage::Format_ARGB32_Premultiplied);
            glyph.image.setDevicePixelRatio(ratio);
            glyph.image.fill(Qt::transparent);
            QPainter gp(&glyph.image);
            gp.setRenderHint(QPainter::Antialiasing);
            gp.setFont(font);
            gp.setPen(color);
            gp.drawText(QPointF(glyph.margin, fm.ascent()), QString(ch));
            gp.end();
            it = m_glyphs.insert(key, glyph);
        }
        p.drawImage(QPoint(x - it->margin, y), it->image);
        x += it->advance;
    }
}

QList<WallFill> WallView::groundOf(const WallTileFrame &tf) const
{
    const WallTile &tile = m_tiles[tf.tileIndex];
    const bool grey = tile.greyed;
    const QColor level = m_palette.levelColor(tile.level);
    const QColor levelColor = grey ? greyedOut(level, m_palette.background) : level;
    // Square tiles, a stripe of the level's colour down the left edge and, for problems, a
    // frame of it: plain fills, cheap to paint at 4K.
    QList<WallFill> fills{{tf.rect, grey ? m_palette.tile : m_palette.tileColor(tile.level)}};
    const int stripe = std::max(4, tf.rect.width() / 60);
    fills.append({QRect(tf.rect.left(), tf.rect.top(), stripe, tf.rect.height()), levelColor});
    if (isWallProblem(tile.level) && !grey) {
        const int edge = std::max(2, stripe / 2);
        const QRect r = tf.rect;
        fills.append({QRect(r.left(), r.top(), r.width(), edge), levelColor});
        fills.append({QRect(r.left(), r.bottom() + 1 - edge, r.width(), edge), levelColor});
        fills.append({QRect(r.right() + 1 - edge, r.top(), edge, r.height()), levelColor});
    }
    return fills;
}

void WallView::paintTile(QPainter &p, const WallTileFrame &tf) const
{
    paintWallFills(p, groundOf(tf));
    paintTileContent(p, tf);
}

void WallView::paintTileContent(QPainter &p, const WallTileFrame &tf) const
{
    const WallTile &tile = m_tiles[tf.tileIndex];
    const bool grey = tile.greyed;
    const auto shade = [&](const QColor &c) {
        return grey ? greyedOut(c, m_palette.background) : c;
    };
    const QColor levelColor = shade(m_palette.levelColor(tile.level));
    drawShape(p, tile.level, tf.shape, levelColor);
    const QColor text = shade(m_palette.text);
    const QColor dim = shade(m_palette.dimText);
    for (const WallText &t : tf.texts) {
        const QColor color = t.role == WallText::Role::Status ? levelColor
                             : t.role == WallText::Role::Dim  ? dim
                                                              : text;
        if (t.font == WallText::Font::Mos) {
            drawLargeText(p, t, m_frame.fonts.mos, color);
            continue;
        }
        p.setPen(color);
        drawText(p, t, t.font == WallText::Font::Name ? m_frame.fonts.name : m_frame.fonts.detail);
    }
    drawSparkline(p, tf.sparkline, tile, text, shade(m_palette.levelColor(WallLevel::Warning)),
                  shade(m_palette.levelColor(WallLevel::Critical)));
}

} // namespace earshot
