// WallView's painting: the frame computed by layoutWallFrame, drawn as is.
#include "ui/wall/WallView.h"

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
    case WallLevel::Silenced: // a diamond
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

void WallView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
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
    for (const WallTileFrame &tf : m_frame.tiles)
        paintTile(p, tf);
}

void WallView::paintTile(QPainter &p, const WallTileFrame &tf) const
{
    const WallTile &tile = m_tiles[tf.tileIndex];
    const bool grey = tile.greyed;
    const auto shade = [&](const QColor &c) {
        return grey ? greyedOut(c, m_palette.background) : c;
    };
    const QColor levelColor = shade(m_palette.levelColor(tile.level));
    const qreal radius = std::max(4, tf.rect.height() / 40);
    p.setPen(Qt::NoPen);
    p.setBrush(grey ? m_palette.tile : m_palette.tileColor(tile.level));
    p.drawRoundedRect(tf.rect, radius, radius);
    // A stripe of the level's colour down the left edge.
    const int stripe = std::max(4, tf.rect.width() / 60);
    p.setBrush(levelColor);
    p.drawRoundedRect(QRect(tf.rect.left(), tf.rect.top(), stripe, tf.rect.height()), radius / 2,
                      radius / 2);
    if (isWallProblem(tile.level) && !grey) {
        p.setPen(QPen(levelColor, std::max(2, stripe / 2)));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(tf.rect.adjusted(stripe / 4, stripe / 4, -stripe / 4, -stripe / 4),
                          radius, radius);
    }
    if (m_flashing.contains(tile.queueId) && m_flashTicks % 2 == 0) {
        p.setPen(QPen(m_palette.flash, stripe * 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(tf.rect.adjusted(stripe, stripe, -stripe, -stripe), radius, radius);
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
        p.setPen(t.role == WallText::Role::Status ? levelColor
                 : t.role == WallText::Role::Dim  ? dim
                                                  : text);
        p.drawText(t.rect, int(t.align), t.text);
    }
    drawSparkline(p, tf.sparkline, tile, text, shade(m_palette.levelColor(WallLevel::Warning)),
                  shade(m_palette.levelColor(WallLevel::Critical)));
}

} // namespace earshot
