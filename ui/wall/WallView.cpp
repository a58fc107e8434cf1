#include "ui/wall/WallView.h"

#include "core/presentation/DisplayText.h"

#include <QEvent>
#include <QPainter>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace earshot {

namespace {

constexpr int kFlashIntervalMs = 400;
constexpr int kFlashTicks = 12; // about five seconds

} // namespace

WallView::WallView(QWidget *parent)
    : QWidget(parent)
    , m_rotate(new QTimer(this))
    , m_flashTimer(new QTimer(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoFillBackground(false);
    connect(m_rotate, &QTimer::timeout, this, &WallView::showNextPage);
    m_flashTimer->setInterval(kFlashIntervalMs);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        if (++m_flashTicks >= kFlashTicks) {
            m_flashTimer->stop();
            m_flashing.clear();
        }
        update();
    });
    // After a paint, once the events waiting are handled: images of the tiles shown, and
    // the next page, ahead of time.
    m_aheadTimer = new QTimer(this);
    m_aheadTimer->setSingleShot(true);
    m_aheadTimer->setInterval(0);
    connect(m_aheadTimer, &QTimer::timeout, this, &WallView::paintInIdleTime);
    // With two cores, the other one is seldom idle, and waiting for a worker that lost its
    // core costs more than the fills it takes over (measured on a busy 2-core machine).
    setGroundWorker(QThread::idealThreadCount() > 2);
    setRotateSeconds(15);
}

void WallView::setGroundWorker(bool on)
{
    if (on == (m_groundPool != nullptr))
        return;
    if (!on) {
        delete m_groundPool; // waits for its task, which has nothing left to fill
        m_groundPool = nullptr;
        return;
    }
    m_groundPool = new QThreadPool(this);
    m_groundPool->setMaxThreadCount(1);
}

void WallView::setTheme(WallTheme theme)
{
    m_palette = WallPalette::of(theme);
    update();
}

void WallView::setRotateSeconds(int seconds)
{
    if (seconds <= 0) {
        m_rotate->stop();
        return;
    }
    m_rotate->start(seconds * 1000);
}

void WallView::setBoard(const WallBoard &board)
{
    // The binding looks every second; most looks change nothing.
    if (board.tiles() == m_tiles && board.health() == m_health)
        return;
    m_tiles = board.tiles();
    m_levels = board.levels();
    m_health = board.health();
    m_counts = wallCountsText(board.counts());
    m_groups = board.groupSummaries().join(QStringLiteral(" · "));
    relayout();
}

void WallView::showProblem(const QString &why)
{
    m_tiles.clear();
    m_levels.clear();
    m_counts.clear();
    m_groups.clear();
    m_health = WallHealth{};
    m_health.pagingBroken = true;
    m_health.pagingText = why;
    m_health.stale = true;
    m_health.staleText = tr("No voice quality data: nothing is polled.");
    relayout();
}

void WallView::setHeaderStatus(const QString &status, const QString &elidable)
{
    if (status == m_status && elidable == m_statusElidable)
        return;
    m_status = status;
    m_statusElidable = elidable;
    relayout();
}

void WallView::setNowSecs(qint64 nowSecs)
{
    // The clock and the episodes' ages show minutes: nothing moves within one.
    const bool sameMinute = nowSecs / 60 == m_nowSecs / 60;
    m_nowSecs = nowSecs;
    if (!sameMinute)
        relayout();
}

void WallView::flashTiles(const QList<QString> &queueIds)
{
    if (queueIds.isEmpty())
        return;
    for (const QString &id : queueIds)
        m_flashing.insert(id);
    m_flashTicks = 0;
    m_flashTimer->start();
    update();
}

void WallView::showNextPage()
{
    ensureLayout();
    if (m_pages.pages.size() <= 1)
        return;
    m_page = (m_page + 1) % int(m_pages.pages.size());
    relayout();
}

int WallView::pageCount() const
{
    ensureLayout();
    return int(m_pages.pages.size());
}

int WallView::currentPage() const
{
    ensureLayout();
    return m_page;
}

QStringList WallView::queueIdsOnPage(int page) const
{
    ensureLayout();
    QStringList ids;
    if (page < 0 || page >= int(m_pages.pages.size()))
        return ids;
    for (const int index : m_pages.pages[page])
        ids.append(m_tiles[index].queueId);
    return ids;
}

const WallFrame &WallView::frame() const
{
    ensureLayout();
    return m_frame;
}

const QList<WallTile> &WallView::tiles() const
{
    return m_tiles;
}

bool WallView::isFlashing(const QString &queueId) const
{
    return m_flashing.contains(queueId);
}

WallHeaderTexts WallView::headerTexts() const
{
    WallHeaderTexts texts;
    texts.clock = m_nowSecs > 0 ? localTimeText(m_nowSecs, timeFormat()) : QStringLiteral("--:--");
    texts.counts = m_counts;
    texts.groups = m_groups;
    texts.status = m_status;
    texts.statusElidable = m_statusElidable;
    if (m_pages.pages.size() > 1)
        texts.page = tr("page %1/%2").arg(m_page + 1).arg(m_pages.pages.size());
    return texts;
}

void WallView::relayout()
{
    m_layoutDirty = true;
    m_aheadDone = false;
    update();
}

void WallView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    m_layoutDirty = false;
    const QSize size = this->size();
    const WallTextSizes fixed = wallTextSizes(size.height());
    const QRect area = wallTileArea(size, fixed, m_health);
    const QFont base = font();
    // The grid measures texts at every scale: planned again only when what it depends on
    // changes, not at every page turn or window.
    const GridInputs inputs{area.size(), size.height(), int(m_tiles.size()), base};
    if (!(inputs == m_gridInputs)) {
        m_gridInputs = inputs;
        m_grid = planWallGrid(area.size(), size.height(), int(m_tiles.size()),
                              [&base](const WallTextSizes &sizes) {
                                  return wallTileNeed(WallFonts::of(base, sizes), sizes);
                              });
    }
    m_pages = planWallPages(m_levels, m_grid.capacity());
    if (m_page >= int(m_pages.pages.size()))
        m_page = 0;
    m_frame = layoutPage(m_page);
}

WallFrame WallView::layoutPage(int page) const
{
    const QList<int> indices =
        page >= 0 && page < int(m_pages.pages.size()) ? m_pages.pages[page] : QList<int>{};
    return layoutWallFrame(size(), font(), m_grid, headerTexts(), m_health, m_tiles, indices,
                           m_nowSecs);
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool WallView::event(QEvent *event)
{
    // Nothing pops up over the wall: no tooltips, no "What's this".
    if (event->type() == QEvent::ToolTip || event->type() == QEvent::WhatsThis) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

} // namespace earshot
