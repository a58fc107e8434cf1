#include "ui/wall/WallFrameLayout.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/StatusTexts.h"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

class WallTileText
{
    Q_DECLARE_TR_FUNCTIONS(WallTile)
};

constexpr WallLevel kAllLevels[] = {WallLevel::Critical, WallLevel::Warning, WallLevel::Stale,
                                    WallLevel::NoData,   WallLevel::Ok,      WallLevel::NoCalls};

int padOf(const WallTextSizes &sizes)
{
    return std::max(4, int(std::lround(0.4 * sizes.detailPx)));
}

int sparklineMinHeight(const WallTextSizes &sizes)
{
    return int(std::ceil(1.4 * sizes.detailPx));
}

// fm: the metrics of `font`, made once per frame (a QFontMetrics per text cost the page turn
// a millisecond at 4K).
WallText makeText(const QFontMetrics &fm, WallText::Font font, const QRect &rect, QString text,
                  WallText::Role role = WallText::Role::Plain,
                  Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, bool elide = false,
                  Qt::TextElideMode mode = Qt::ElideRight)
{
    if (elide && fm.horizontalAdvance(text) > rect.width())
        text = fm.elidedText(text, mode, rect.width());
    WallText t;
    t.rect = rect;
    t.text = text;
    t.font = font;
    t.role = role;
    t.neededWidth = fm.horizontalAdvance(text);
    t.neededHeight = fm.height();
    t.align = align;
    return t;
}

QString mosText(const WallTile &tile)
{
    return tile.mos ? metricValueText(Metric::Mos, *tile.mos) : QStringLiteral("—");
}

QStringList detailLines(const WallTile &tile)
{
    const QString dash = QStringLiteral("—");
    return {
        tile.loss
            ? WallTileText::tr("Loss %1 %").arg(metricValueText(Metric::PacketLoss, *tile.loss))
            : WallTileText::tr("Loss %1").arg(dash),
        tile.jitter
            ? WallTileText::tr("Jitter %1 ms").arg(metricValueText(Metric::Jitter, *tile.jitter))
            : WallTileText::tr("Jitter n/a"),
        WallTileText::tr("Calls %1").arg(tile.calls >= 0 ? QString::number(tile.calls) : dash)};
}

// The widest texts a tile's metric column must hold, whatever the values.
QStringList widestDetailLines()
{
    return {WallTileText::tr("Loss %1 %").arg(QStringLiteral("100.0")),
            WallTileText::tr("Jitter %1 ms").arg(QStringLiteral("9999")),
            WallTileText::tr("Jitter n/a"),
            WallTileText::tr("Calls %1").arg(QStringLiteral("99999"))};
}

int widest(const QFontMetrics &fm, const QStringList &texts)
{
    int w = 0;
    for (const QString &t : texts)
        w = std::max(w, fm.horizontalAdvance(t));
    return w;
}

// The least height of a sparkline that gives way to a tile's "Resolved in PD by" line.
int sparklineLeastHeight(const WallTextSizes &sizes)
{
    return std::max(8, sizes.detailPx / 4);
}

// "Resolved in PD by Jane Doe": someone resolved the incident in PagerDuty while the queue
// still breaches; empty otherwise. Short: a tile's line holds about 28 characters.
QString resolvedInPagerDutyText(const WallTile &tile)
{
    if (!tile.resolvedInPagerDuty || tile.incidentStartedAt <= 0)
        return {};
    if (tile.resolvedInPagerDutyBy.isEmpty())
        return WallTileText::tr("Resolved in PagerDuty");
    return WallTileText::tr("Resolved in PD by %1").arg(tile.resolvedInPagerDutyBy);
}

// resolvedLine: whether the tile shows "Resolved in PD by" on a line above the footer.
// Without one, the footer says that instead: the level word and colour still say how bad
// the queue is now.
QString footerText(const WallTile &tile, qint64 nowSecs, bool resolvedLine)
{
    QStringList parts;
    if (tile.incidentStartedAt > 0) {
        const QString age = durationText(std::max<qint64>(0, nowSecs - tile.incidentStartedAt));
        // The status word names the current level; an episode worse than that says so.
        if (tile.resolvedInPagerDuty) {
            // Nobody is paged for it again until it recovers: the room must see that the
            // queue is still bad although PagerDuty calls the incident resolved.
            parts << (resolvedLine ? WallTileText::tr("Still degraded for %1").arg(age)
                                   : resolvedInPagerDutyText(tile));
        } else if (!tile.acknowledgedBy.isEmpty())
            parts << WallTileText::tr("%1 · ACK by %2").arg(age, tile.acknowledgedBy);
        else
            parts << WallTileText::tr("%1 for %2").arg(severityWord(tile.incidentSeverity), age);
    }
    if (tile.silencedUntil > 0)
        parts << WallTileText::tr("silenced until %1")
                     .arg(localTimeText(tile.silencedUntil, timeFormat()));
    if (parts.isEmpty() && tile.level == WallLevel::NoData)
        parts << WallTileText::tr("Too few calls to judge");
    if (parts.isEmpty() && tile.level == WallLevel::Stale && !tile.hasSample)
        parts << WallTileText::tr("No data yet");
    return parts.join(QStringLiteral(" · "));
}

// `status` in at most `width` pixels of `fm`'s font: `elidable` (a part of it) is shortened
// with an ellipsis first, so the rest stays readable; else the whole elides at its end.
QString fittedStatus(const QFontMetrics &fm, const QString &status, const QString &elidable,
                     int width)
{
    if (fm.horizontalAdvance(status) <= width)
        return status;
    const qsizetype at = elidable.isEmpty() ? -1 : status.indexOf(elidable);
    if (at >= 0) {
        const QString before = status.left(at);
        const QString after = status.mid(at + elidable.size());
        const auto shortened = [&](qsizetype keep) -> QString {
            if (keep > 0 && elidable.at(keep - 1).isHighSurrogate())
                --keep; // never half a character
            return before + elidable.left(keep).trimmed() + QChar(0x2026) + after;
        };
        if (fm.horizontalAdvance(shortened(0)) <= width) {
            // The longest start of `elidable` that fits.
            qsizetype low = 0;
            qsizetype high = elidable.size() - 1;
            while (low < high) {
                const qsizetype mid = (low + high + 1) / 2;
                if (fm.horizontalAdvance(shortened(mid)) <= width)
                    low = mid;
                else
                    high = mid - 1;
            }
            return shortened(low);
        }
    }
    return fm.elidedText(status, Qt::ElideRight, width);
}

int mosColumnWidth(const QFontMetrics &fm)
{
    return std::max(fm.horizontalAdvance(QStringLiteral("0.00")),
                    fm.horizontalAdvance(QStringLiteral("—")));
}

} // namespace

WallFonts WallFonts::of(const QFont &base, const WallTextSizes &sizes)
{
    WallFonts fonts;
    fonts.name = base;
    fonts.name.setPixelSize(sizes.namePx);
    fonts.name.setBold(true);
    fonts.mos = base;
    fonts.mos.setPixelSize(sizes.mosPx);
    fonts.mos.setBold(true);
    fonts.detail = base;
    fonts.detail.setPixelSize(sizes.detailPx);
    return fonts;
}

QSize wallTileNeed(const WallFonts &fonts, const WallTextSizes &sizes)
{
    const QFontMetrics name(fonts.name);
    const QFontMetrics mos(fonts.mos);
    const QFontMetrics detail(fonts.detail);
    const int pad = padOf(sizes);
    int word = 0;
    for (const WallLevel level : kAllLevels)
        word = std::max(word, name.horizontalAdvance(wallLevelWord(level)));
    const int statusLine = sizes.namePx + pad + word;
    // The name line wants room for about twelve characters before it elides.
    const int nameLine = name.horizontalAdvance(QStringLiteral("Support Desk"));
    const int metricRow = mosColumnWidth(mos) + pad + widest(detail, widestDetailLines());
    const int width = 2 * pad + std::max({statusLine, nameLine, metricRow});
    const int metricHeight = std::max(mos.height(), 3 * detail.height());
    const int height = 2 * pad + 2 * name.height() + metricHeight + sparklineMinHeight(sizes) +
                       detail.height() + 3 * (pad / 2);
    return {width, height};
}

QRect wallTileArea(QSize size, const WallTextSizes &sizes, const WallHealth &health)
{
    const int gap = wallGap(size.height());
    int top = wallHeaderHeight(sizes) + gap;
    if (health.pagingBroken)
        top += wallBannerHeight(sizes) + gap;
    if (health.stale)
        top += wallBannerHeight(sizes) + gap;
    return QRect(gap, top, size.width() - 2 * gap, size.height() - top - gap);
}

WallFrame layoutWallFrame(QSize size, const QFont &base, const WallGrid &grid,
                          const WallHeaderTexts &header, const WallHealth &health,
                          const QList<WallTile> &tiles, const QList<int> &page, qint64 nowSecs)
{
    WallFrame frame;
    frame.size = size;
    frame.grid = grid;
    const WallTextSizes fixed = wallTextSizes(size.height());
    const WallFonts headerFonts = WallFonts::of(base, fixed);
    frame.fonts = WallFonts::of(base, grid.sizes);
    const int gap = wallGap(size.height());

    // Header: clock and counts on the left, poller, PagerDuty and page on the right.
    frame.header = QRect(0, 0, size.width(), wallHeaderHeight(fixed));
    const QFontMetrics hm(headerFonts.name);
    const QRect line = frame.header.adjusted(gap * 2, 0, -gap * 2, 0);
    const int space = hm.horizontalAdvance(QStringLiteral("   "));
    int x = line.left();
    const auto addLeft = [&](const QString &text, WallText::Role role) {
        const int w = hm.horizontalAdvance(text);
        frame.texts.append(
            makeText(hm, WallText::Font::Name, QRect(x, line.top(), w, line.height()), text, role));
        x += w + space;
    };
    int right = line.right() + 1;
    const auto addRight = [&](const QString &text, WallText::Role role, int maxWidth) {
        const int w = std::min(maxWidth, hm.horizontalAdvance(text));
        if (w <= 0)
            return;
        frame.texts.append(makeText(hm, WallText::Font::Name,
                                    QRect(right - w, line.top(), w, line.height()), text, role,
                                    Qt::AlignRight | Qt::AlignVCenter, true));
        right -= w + space;
    };
    addLeft(header.clock, WallText::Role::Plain);
    if (!header.page.isEmpty())
        addRight(header.page, WallText::Role::Plain, line.width());
    const int countsWidth = hm.horizontalAdvance(header.counts);
    const int statusRoom = right - x - countsWidth - space;
    if (hm.horizontalAdvance(header.status) <= statusRoom) {
        addRight(header.status, WallText::Role::Dim, statusRoom);
    } else if (statusRoom > 0) {
        // A long poller text (an error): in the smaller font of the tiles' details, and
        // shortened where it says least, so that PagerDuty's state stays whole. Nothing
        // may cover the wall, so no tooltip can tell the rest.
        const QFontMetrics sm(headerFonts.detail);
        const QString status = fittedStatus(sm, header.status, header.statusElidable, statusRoom);
        const int w = sm.horizontalAdvance(status);
        frame.texts.append(makeText(sm, WallText::Font::Detail,
                                    QRect(right - w, line.top(), w, line.height()), status,
                                    WallText::Role::Dim, Qt::AlignRight | Qt::AlignVCenter));
        right -= w + space;
    }
    addLeft(header.counts, WallText::Role::Plain);
    if (!header.groups.isEmpty() && hm.horizontalAdvance(header.groups) <= right - x)
        addLeft(header.groups, WallText::Role::Dim);

    // Banners: paging first (it is about the next page, the worst news), then staleness.
    int y = frame.header.bottom() + 1 + gap;
    const int bannerHeight = wallBannerHeight(fixed);
    const auto addBanner = [&](QRect *rect, const QString &text) {
        *rect = QRect(gap, y, size.width() - 2 * gap, bannerHeight);
        frame.texts.append(makeText(hm, WallText::Font::Name,
                                    rect->adjusted(gap * 2, 0, -gap * 2, 0), text,
                                    WallText::Role::Plain, Qt::AlignLeft | Qt::AlignVCenter, true));
        y += bannerHeight + gap;
    };
    if (health.pagingBroken)
        addBanner(&frame.brokenBanner, health.pagingText);
    if (health.stale)
        addBanner(&frame.staleBanner, health.staleText);

    // Tiles, row by row.
    const QRect area = wallTileArea(size, fixed, health);
    const QFontMetrics name(frame.fonts.name);
    const QFontMetrics mos(frame.fonts.mos);
    const QFontMetrics detail(frame.fonts.detail);
    const int pad = padOf(grid.sizes);
    const int mosWidth = mosColumnWidth(mos);
    for (int slot = 0; slot < int(page.size()) && slot < grid.capacity(); ++slot) {
        const int index = page[slot];
        if (index < 0 || index >= int(tiles.size()))
            continue;
        const WallTile &tile = tiles[index];
        WallTileFrame tf;
        tf.tileIndex = index;
        const int column = slot % grid.columns;
        const int row = slot / grid.columns;
        tf.rect = QRect(area.left() + column * (grid.tile.width() + grid.gap),
                        area.top() + row * (grid.tile.height() + grid.gap), grid.tile.width(),
                        grid.tile.height());
        const QRect inner = tf.rect.adjusted(pad, pad, -pad, -pad);
        int ty = inner.top();
        // Status: shape and word.
        const int shape = grid.sizes.namePx;
        tf.shape = QRect(inner.left(), ty + (name.height() - shape) / 2, shape, shape);
        const QString word = wallLevelWord(tile.level);
        const int wordX = inner.left() + shape + pad;
        const int wordWidth = name.horizontalAdvance(word);
        tf.texts.append(makeText(name, WallText::Font::Name,
                                 QRect(wordX, ty, wordWidth, name.height()), word,
                                 WallText::Role::Status));
        if (!tile.group.isEmpty()) {
            const int groupLeft = wordX + wordWidth + pad;
            const QRect groupRect(groupLeft, ty, inner.right() + 1 - groupLeft, name.height());
            if (groupRect.width() > detail.horizontalAdvance(QStringLiteral("MMM")))
                tf.texts.append(makeText(detail, WallText::Font::Detail, groupRect, tile.group,
                                         WallText::Role::Dim, Qt::AlignRight | Qt::AlignVCenter,
                                         true));
        }
        ty += name.height() + pad / 2;
        tf.texts.append(makeText(name, WallText::Font::Name,
                                 QRect(inner.left(), ty, inner.width(), name.height()), tile.name,
                                 WallText::Role::Plain, Qt::AlignLeft | Qt::AlignVCenter, true,
                                 // "Austin Onb…ing 2": names often differ at their ends.
                                 Qt::ElideMiddle));
        ty += name.height() + pad / 2;
        // MOS digits, with loss, jitter and calls beside them.
        const int metricHeight = std::max(mos.height(), 3 * detail.height());
        tf.texts.append(makeText(
            mos, WallText::Font::Mos,
            QRect(inner.left(), ty + (metricHeight - mos.height()) / 2, mosWidth, mos.height()),
            mosText(tile)));
        const int detailLeft = inner.left() + mosWidth + pad;
        const QStringList lines = detailLines(tile);
        int ly = ty + (metricHeight - 3 * detail.height()) / 2;
        for (const QString &l : lines) {
            tf.texts.append(
                makeText(detail, WallText::Font::Detail,
                         QRect(detailLeft, ly, inner.right() + 1 - detailLeft, detail.height()), l,
                         WallText::Role::Dim));
            ly += detail.height();
        }
        ty += metricHeight + pad / 2;
        // The episode line at the bottom; the sparkline takes what is left between. A tile
        // resolved in PagerDuty while still degraded says who resolved it on a line above,
        // taken from the sparkline while a line of it remains.
        const int footerTop = inner.bottom() + 1 - detail.height();
        int sparkBottom = footerTop - pad / 2;
        const QString resolved = resolvedInPagerDutyText(tile);
        const int resolvedTop = footerTop - pad / 2 - detail.height();
        const bool resolvedLine =
            !resolved.isEmpty() && resolvedTop - pad / 2 - ty >= sparklineLeastHeight(grid.sizes);
        if (resolvedLine) {
            tf.texts.append(
                makeText(detail, WallText::Font::Detail,
                         QRect(inner.left(), resolvedTop, inner.width(), detail.height()), resolved,
                         WallText::Role::Plain, Qt::AlignLeft | Qt::AlignVCenter, true));
            sparkBottom = resolvedTop - pad / 2;
        }
        tf.sparkline = QRect(inner.left(), ty, inner.width(), sparkBottom - ty);
        const QString footer = footerText(tile, nowSecs, resolvedLine);
        if (!footer.isEmpty())
            tf.texts.append(makeText(detail, WallText::Font::Detail,
                                     QRect(inner.left(), footerTop, inner.width(), detail.height()),
                                     footer, WallText::Role::Plain,
                                     Qt::AlignLeft | Qt::AlignVCenter, true));
        frame.tiles.append(tf);
    }
    return frame;
}

} // namespace earshot
