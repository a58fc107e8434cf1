// WallView's painting: the frame computed by layoutWallFrame, drawn as is.
#include "ui/wall/WallView.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace earshot {

namespace {

QColor greyedOut(const QColor &c, const QColor &background)
{
    // Greyed tiles keep their shapes and words, washed towards the background.
    const int grey = qGray(c.rgb());
    return QColor((grey + background.red()) / 2 + 20, (grey + background.green()) / 2 + 20,
                  (grey + background.blue()) / 2 + 20);
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
    case WallLevel::Ok: // a filled circle
        p.drawEllipse(r.adjusted(w / 10, w / 10, -w / 10, -w / 10));
        break;
    case WallLevel::NoCalls: // a hollow circle
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(w / 8, w / 8, -w / 8, -w / 8));
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
    const auto yOf = [&](double v) {
        return r.bottom() - (v - low) / (high - low) * r.height();
    };
    const auto xOf = [&](qint64 t) {
        return r.left() + double(t - start) / double(WallBoard::kSparklineSecs) * r.width();
    };
    const qreal width = std::max(1.5, r.height() / 18.0);
    if (tile.mosLinesEnabled) {
        p.setPen(QPen(warning, width / 1.5, Qt::DashLine));
        p.drawLine(QPointF(r.left(), yOf(tile.mosWarning)),
                   QPointF(r.right(), yOf(tile.mosWarning)));
        p.setPen(QPen(critical, width / 1.5, Qt::DashLine));
        p.drawLine(QPointF(r.left(), yOf(tile.mosCritical)),
                   QPointF(r.right(), yOf(tile.mosCritical)));
    }
    if (end == 0)
        return;
    p.setPen(QPen(line, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path;
    bool open = false;
    qint64 previous = 0;
    qint64 step = WallBoard::kSparklineSecs;
    for (qsizetype i = 1; i < tile.sparkline.size(); ++i)
        step = std::min(step, tile.sparkline[i].windowEnd - tile.sparkline[i - 1].windowEnd);
    for (const WallSparkPoint &pt : tile.sparkline) {
        if (!pt.mos || pt.windowEnd <= start) {
            open = false; // no calls: a gap, never a zero
            continue;
        }
        const QPointF point(xOf(pt.windowEnd), yOf(*pt.mos));
        if (open && pt.windowEnd - previous <= step)
            path.lineTo(point);
        else
            path.moveTo(point);
        open = true;
        previous = pt.windowEnd;
    }
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (!tile.sparkline.isEmpty() && tile.sparkline.constLast().mos) {
        const WallSparkPoint &last = tile.sparkline.constLast();
        p.setBrush(line);
        p.drawEllipse(QPointF(xOf(last.windowEnd), yOf(*last.mos)), width * 1.5, width * 1.5);
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

void WallView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter p(this);
    p.setClipRegion(event->region());
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_palette.background);
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
        p.setFont(headerFonts.name);
        p.drawText(t.rect, int(t.align), t.text);
    }
    const qreal ratio = devicePixelRatioF();
    QHash<QString, PaintedTile> painted;
    for (const WallTileFrame &tf : m_frame.tiles) {
        const QString &id = m_tiles[tf.tileIndex].queueId;
        PaintedTile cached = m_painted.value(id);
        const size_t fingerprint = fingerprintOf(tf);
        if (cached.image.isNull() || cached.fingerprint != fingerprint) {
            cached.fingerprint = fingerprint;
            cached.image = QImage(tf.rect.size() * ratio, QImage::Format_RGB32);
            cached.image.setDevicePixelRatio(ratio);
            cached.image.fill(m_palette.background);
            QPainter tp(&cached.image);
            tp.setRenderHint(QPainter::Antialiasing);
            tp.translate(-tf.rect.topLeft());
            paintTile(tp, tf);
        }
        if (event->region().intersects(tf.rect))
            p.drawImage(tf.rect.topLeft(), cached.image);
        if (m_flashing.contains(id) && m_flashTicks % 2 == 0) {
            const int stripe = std::max(4, tf.rect.width() / 60);
            p.setPen(QPen(m_palette.flash, stripe * 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(tf.rect.adjusted(stripe, stripe, -stripe, -stripe));
        }
        painted.insert(id, cached);
    }
    m_painted = std::move(painted); // only the page shown stays in memory
}

void WallView::drawLargeText(QPainter &p, const WallText &t, const QFont &font,
                             const QColor &color) const
{
    const QFontMetrics fm(font);
    const qreal ratio = p.device()->devicePixelRatioF();
    int x = t.rect.left();
    const int y = t.rect.top() + (t.rect.height() - fm.height()) / 2;
    if (m_glyphs.size() > 4096)
        m_glyphs.clear(); // sizes and colours come and go with the layout: stay bounded
    for (const QChar ch : t.text) {
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(font.pixelSize())
                                .arg(color.rgba())
                                .arg(ratio)
                                .arg(ch);
        const int advance = fm.horizontalAdvance(ch);
        QImage glyph = m_glyphs.value(key);
        if (glyph.isNull()) {
            // Room on both sides for glyphs that reach past their advance.
            const int margin = fm.height() / 4;
            glyph = QImage(QSize(advance + 2 * margin, fm.height()) * ratio,
                           QImage::Format_ARGB32_Premultiplied);
            glyph.setDevicePixelRatio(ratio);
            glyph.fill(Qt::transparent);
            QPainter gp(&glyph);
            gp.setRenderHint(QPainter::Antialiasing);
            gp.setFont(font);
            gp.setPen(color);
            gp.drawText(QPointF(margin, fm.ascent()), QString(ch));
            gp.end();
            m_glyphs.insert(key, glyph);
        }
        p.drawImage(QPoint(x - fm.height() / 4, y), glyph);
        x += advance;
    }
}

void WallView::paintTile(QPainter &p, const WallTileFrame &tf) const
{
    const WallTile &tile = m_tiles[tf.tileIndex];
    const bool grey = tile.greyed;
    const auto shade = [&](const QColor &c) {
        return grey ? greyedOut(c, m_palette.background) : c;
    };
    const QColor levelColor = shade(m_palette.levelColor(tile.level));
    // Square tiles, a stripe of the level's colour down the left edge and, for problems, a
    // frame of it: plain fills, cheap to paint at 4K.
    p.fillRect(tf.rect, grey ? m_palette.tile : m_palette.tileColor(tile.level));
    const int stripe = std::max(4, tf.rect.width() / 60);
    p.fillRect(QRect(tf.rect.left(), tf.rect.top(), stripe, tf.rect.height()), levelColor);
    if (isWallProblem(tile.level) && !grey) {
        const int edge = std::max(2, stripe / 2);
        const QRect r = tf.rect;
        p.fillRect(QRect(r.left(), r.top(), r.width(), edge), levelColor);
        p.fillRect(QRect(r.left(), r.bottom() + 1 - edge, r.width(), edge), levelColor);
        p.fillRect(QRect(r.right() + 1 - edge, r.top(), edge, r.height()), levelColor);
    }
    drawShape(p, tile.level, tf.shape, levelColor);
    const QColor text = shade(m_palette.text);
    const QColor dim = shade(m_palette.dimText);
    for (const WallText &t : tf.texts) {
        switch (t.font) {
        case WallText::Font::Name:
            p.setFont(m_frame.fonts.name);
            break;
        case WallText::Font::Mos:
            p.setFont(m_frame.fonts.mos);
            break;
        case WallText::Font::Detail:
            p.setFont(m_frame.fonts.detail);
            break;
        }
        const QColor color = t.role == WallText::Role::Status ? levelColor
                             : t.role == WallText::Role::Dim  ? dim
                                                              : text;
        if (t.font == WallText::Font::Mos) {
            drawLargeText(p, t, m_frame.fonts.mos, color);
            continue;
        }
        p.setPen(color);
        p.drawText(t.rect, int(t.align), t.text);
    }
    drawSparkline(p, tf.sparkline, tile, text, shade(m_palette.levelColor(WallLevel::Warning)),
                  shade(m_palette.levelColor(WallLevel::Critical)));
}

} // namespace earshot
