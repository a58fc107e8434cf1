// The wall display's widgets on the offscreen platform: text sizes measured from font
// metrics, nothing overlapping or clipped, banners, rotation, nothing popping up over the
// wall. Screenshots of every state land in the build folder (wall-screens/) to be looked at.
#include "WallScenario.h"
#include "core/presentation/StatusTexts.h"

#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/TrayNotifier.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace earshot;
using namespace earshot::test;

Q_DECLARE_METATYPE(earshot::test::WallState)

namespace {

const QList<QSize> kSizes = {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)};
const QList<WallState> kStates = {WallState::AllOk, WallState::OneCritical, WallState::Storm,
                                  WallState::Stale, WallState::PagingBroken};

struct LoadedWall
{
    QueueTableModel model;
    WallBoard board;
    WallView view;
};

void load(LoadedWall *wall, WallState state, int queues, QSize size,
          WallTheme theme = WallTheme::Dark)
{
    const WallScenario sc = wallScenario(state, queues);
    loadWallScenario(sc, &wall->model, &wall->board);
    wall->view.setRotateSeconds(0);
    wall->view.setTheme(theme);
    wall->view.resize(size);
    wall->view.setNowSecs(sc.health.nowSecs);
    wall->view.setHeaderStatus(
        QStringLiteral("Genesys: %1 · %2")
            .arg(pollerStatusText(sc.health.poller), deliveryStateWord(sc.health.delivery.state)));
    wall->view.setBoard(wall->board);
}

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/wall-screens");
    QDir().mkpath(dir);
    return dir;
}

bool inside(const QRect &outer, const QRect &inner)
{
    return outer.contains(inner.topLeft()) && outer.contains(inner.bottomRight());
}

// Every text fits its box, every box stays in its tile, tiles neither overlap each other
// nor the header and banners, and nothing leaves the screen.
QString layoutProblem(const WallFrame &frame)
{
    const QRect screen(QPoint(0, 0), frame.size);
    const auto textProblem = [](const WallText &t) -> QString {
        if (t.neededWidth > t.rect.width() || t.neededHeight > t.rect.height())
            return QStringLiteral("text \"%1\" needs %2x%3 in %4x%5")
                .arg(t.text)
                .arg(t.neededWidth)
                .arg(t.neededHeight)
                .arg(t.rect.width())
                .arg(t.rect.height());
        return {};
    };
    for (const WallText &t : frame.texts) {
        if (const QString p = textProblem(t); !p.isEmpty())
            return QStringLiteral("header: ") + p;
        if (!inside(screen, t.rect))
            return QStringLiteral("header text off screen: ") + t.text;
    }
    QList<QRect> fixed{frame.header};
    if (!frame.staleBanner.isEmpty())
        fixed << frame.staleBanner;
    if (!frame.brokenBanner.isEmpty())
        fixed << frame.brokenBanner;
    for (int i = 0; i < int(frame.tiles.size()); ++i) {
        const WallTileFrame &tf = frame.tiles[i];
        if (!inside(screen, tf.rect))
            return QStringLiteral("tile %1 off screen").arg(i);
        for (const QRect &f : fixed) {
            if (f.intersects(tf.rect))
                return QStringLiteral("tile %1 under the header or a banner").arg(i);
        }
        for (int j = i + 1; j < int(frame.tiles.size()); ++j) {
            if (tf.rect.intersects(frame.tiles[j].rect))
                return QStringLiteral("tiles %1 and %2 overlap").arg(i).arg(j);
        }
        if (!inside(tf.rect, tf.shape) || !inside(tf.rect, tf.sparkline))
            return QStringLiteral("tile %1: shape or sparkline outside").arg(i);
        if (tf.sparkline.height() < 8)
            return QStringLiteral("tile %1: no room for the sparkline").arg(i);
        for (int a = 0; a < int(tf.texts.size()); ++a) {
            const WallText &t = tf.texts[a];
            if (const QString p = textProblem(t); !p.isEmpty())
                return QStringLiteral("tile %1: ").arg(i) + p;
            if (!inside(tf.rect, t.rect))
                return QStringLiteral("tile %1: text \"%2\" outside the tile").arg(i).arg(t.text);
            if (t.rect.intersects(tf.shape) || t.rect.intersects(tf.sparkline))
                return QStringLiteral("tile %1: text \"%2\" over the shape or sparkline")
                    .arg(i)
                    .arg(t.text);
            for (int b = a + 1; b < int(tf.texts.size()); ++b) {
                if (t.rect.intersects(tf.texts[b].rect))
                    return QStringLiteral("tile %1: \"%2\" overlaps \"%3\"")
                        .arg(i)
                        .arg(t.text, tf.texts[b].text);
            }
        }
    }
    return {};
}

} // namespace

class TestWallView : public QObject
{
    Q_OBJECT

private slots:
    void textSizeRuleFromFontMetrics_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("queues");
        for (const QSize &s : kSizes) {
            for (const int n : {12, 500})
                QTest::addRow("%dx%d, %d queues", s.width(), s.height(), n) << s << n;
        }
    }

    void textSizeRuleFromFontMetrics()
    {
        QFETCH(QSize, size);
        QFETCH(int, queues);
        LoadedWall wall;
        load(&wall, WallState::OneCritical, queues, size);
        const WallFrame &frame = wall.view.frame();
        const double rule = 0.025 * size.height();
        const QFontMetrics name(frame.fonts.name);
        const QFontMetrics mos(frame.fonts.mos);
        // The queue name is at least 2.5 % of the screen height, the MOS digits twice that.
        QVERIFY2(name.height() >= rule, qPrintable(QString::number(name.height())));
        QVERIFY2(mos.height() >= 2 * rule, qPrintable(QString::number(mos.height())));
        // The digits themselves, not just the line: a "0" is at least the name rule tall.
        QVERIFY(mos.tightBoundingRect(QStringLiteral("0")).height() >= rule);
        for (const WallTileFrame &tf : frame.tiles) {
            for (const WallText &t : tf.texts) {
                if (t.font == WallText::Font::Name)
                    QVERIFY(t.neededHeight >= rule);
            }
        }
        if (queues == 12)
            QCOMPARE(frame.tiles.size(), 12); // all on one page, larger
        else
            QVERIFY(wall.view.pageCount() > 1);
    }

    void screenshotsNeitherOverlapNorClip_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("queues");
        QTest::addColumn<WallState>("state");
        for (const QSize &s : kSizes) {
            for (const int n : {12, 500}) {
                for (const WallState st : kStates)
                    QTest::addRow("%dx%d-%d-%s", s.width(), s.height(), n,
                                  qPrintable(wallStateName(st)))
                        << s << n << st;
            }
        }
    }

    void screenshotsNeitherOverlapNorClip()
    {
        QFETCH(QSize, size);
        QFETCH(int, queues);
        QFETCH(WallState, state);
        LoadedWall wall;
        load(&wall, state, queues, size);
        const WallFrame &frame = wall.view.frame();
        const QString problem = layoutProblem(frame);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!frame.tiles.isEmpty());
        QCOMPARE(!frame.staleBanner.isEmpty(), state == WallState::Stale);
        QCOMPARE(!frame.brokenBanner.isEmpty(), state == WallState::PagingBroken);
        for (const WallTileFrame &tf : frame.tiles) {
            const WallTile &tile = wall.view.tiles().at(tf.tileIndex);
            QCOMPARE(tile.greyed, state == WallState::Stale);
            if (state == WallState::Stale)
                QVERIFY(tile.level != WallLevel::Ok); // old data is never shown as OK
        }
        if (state == WallState::OneCritical || state == WallState::Storm)
            QCOMPARE(wall.view.tiles().constFirst().level, WallLevel::Critical);
        const QImage shot = wall.view.grab().toImage();
        QCOMPARE(shot.size(), size);
        const QString path = QStringLiteral("%1/wall-%2x%3-%4-%5.png")
                                 .arg(screenshotDir())
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(queues)
                                 .arg(wallStateName(state));
        QVERIFY(shot.save(path));
    }

    // Issue 14: an incident resolved in PagerDuty while its queue still breaches says so on
    // its tile, with who resolved it, above "Still degraded for"; the tile keeps its level.
    // Where the sparkline has no line to give, the footer says who resolved it.
    void resolvedInPagerDutyStillDegradedSaysWhoResolvedIt_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("queues");
        QTest::addColumn<bool>("twoLines");
        QTest::addRow("1920x1080-12") << QSize(1920, 1080) << 12 << true;
        QTest::addRow("3840x2160-12") << QSize(3840, 2160) << 12 << true;
        QTest::addRow("1280x720-500") << QSize(1280, 720) << 500 << true;
        QTest::addRow("1280x720-12") << QSize(1280, 720) << 12 << false;
    }

    void resolvedInPagerDutyStillDegradedSaysWhoResolvedIt()
    {
        QFETCH(QSize, size);
        QFETCH(int, queues);
        QFETCH(bool, twoLines);
        LoadedWall wall;
        load(&wall, WallState::Storm, queues, size);
        const WallFrame &frame = wall.view.frame();
        QVERIFY(layoutProblem(frame).isEmpty());
        const QString by = QStringLiteral("Resolved in PD by Jane Doe");
        int resolvedTiles = 0;
        for (const WallTileFrame &tf : frame.tiles) {
            const WallTile &tile = wall.view.tiles().at(tf.tileIndex);
            QStringList texts;
            for (const WallText &t : tf.texts)
                texts << t.text;
            const QString all = texts.join(u'|');
            if (!tile.resolvedInPagerDuty) {
                QVERIFY2(!all.contains(QStringLiteral("Resolved in")), qPrintable(all));
                QVERIFY2(!all.contains(QStringLiteral("Still degraded")), qPrintable(all));
                continue;
            }
            ++resolvedTiles;
            QCOMPARE(tile.level, WallLevel::Critical); // still degraded: still shown as such
            QVERIFY2(texts.contains(by), qPrintable(all));
            QCOMPARE(texts.contains(QStringLiteral("Still degraded for 21 min")), twoLines);
            if (twoLines) // the "Resolved" line sits above the footer, below the sparkline
                QCOMPARE(texts.indexOf(by) + 1,
                         texts.indexOf(QStringLiteral("Still degraded for 21 min")));
        }
        QVERIFY(resolvedTiles > 0);
    }

    // A long poller text (an error) shrinks and is shortened in its middle part, so that
    // the header still says the poller's state and PagerDuty's whole, beside the counts.
    void longHeaderStatusFits_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize &s : kSizes)
            QTest::addRow("%dx%d", s.width(), s.height()) << s;
    }

    void longHeaderStatusFits()
    {
        QFETCH(QSize, size);
        LoadedWall wall;
        load(&wall, WallState::Storm, 500, size);
        const QString poller = QStringLiteral(
            "Genesys API error: HTTP 503 Service Unavailable; retrying at 10:05:30 (attempt 4)");
        const QString delivery = QStringLiteral("PagerDuty: retrying, 3 waiting");
        const QString status = QStringLiteral("Genesys: %1 · %2").arg(poller, delivery);
        wall.view.setHeaderStatus(status, poller);
        const WallFrame &frame = wall.view.frame();
        QVERIFY(layoutProblem(frame).isEmpty());
        const WallText *shown = nullptr;
        const WallText *counts = nullptr;
        for (const WallText &t : frame.texts) {
            if (t.text.contains(QStringLiteral("PagerDuty")))
                shown = &t;
            if (t.text.contains(QStringLiteral("critical")) && frame.header.contains(t.rect))
                counts = &t;
        }
        QVERIFY(shown && counts);
        QVERIFY2(shown->text.startsWith(QStringLiteral("Genesys: Genesys API error")),
                 qPrintable(shown->text));
        QVERIFY2(shown->text.endsWith(u" · " + delivery), qPrintable(shown->text));
        QVERIFY(frame.header.contains(shown->rect));
        for (const WallText &t : frame.texts) {
            if (&t != shown && frame.header.contains(t.rect))
                QVERIFY2(!t.rect.intersects(shown->rect), qPrintable(t.text));
        }
        // Shortened only where the screen needs it; then in the smaller font.
        if (shown->text != status)
            QCOMPARE(shown->font, WallText::Font::Detail);
        if (size.width() == 1280)
            QVERIFY(shown->text.contains(QChar(0x2026)));
        const QImage shot = wall.view.grab().toImage();
        QVERIFY(shot.save(QStringLiteral("%1/wall-%2x%3-500-long-status.png")
                              .arg(screenshotDir())
                              .arg(size.width())
                              .arg(size.height())));
        // A short status stays in the header's font, whole.
        const QString fine = QStringLiteral("Genesys: Polling OK · PagerDuty: up to date");
        wall.view.setHeaderStatus(fine, QStringLiteral("Polling OK"));
        bool whole = false;
        for (const WallText &t : wall.view.frame().texts)
            whole = whole || (t.text == fine && t.font == WallText::Font::Name);
        QVERIFY(whole);
    }

    // Tiles are kept as images and their texts shaped once (bounded caches): a wall that
    // painted old values and is given new ones paints exactly what a new wall paints.
    void changedValuesRepaintAsNew()
    {
        WallScenario sc = wallScenario(WallState::AllOk, 12);
        const auto show = [](LoadedWall *wall, const WallScenario &s) {
            loadWallScenario(s, &wall->model, &wall->board);
            wall->view.setRotateSeconds(0);
            wall->view.resize(QSize(1280, 720));
            wall->view.setNowSecs(s.health.nowSecs);
            wall->view.setBoard(wall->board);
            return wall->view.grab().toImage();
        };
        LoadedWall old;
        const QImage before = show(&old, sc);
        for (QualitySample &sample : sc.latest) {
            sample.calls += 1;
            if (sample.mosMean)
                *sample.mosMean -= 0.05;
        }
        const QImage after = show(&old, sc);
        LoadedWall fresh;
        const QImage expected = show(&fresh, sc);
        QVERIFY(after != before);
        QCOMPARE(after, expected);
    }

    void lightTheme()
    {
        LoadedWall wall;
        load(&wall, WallState::Storm, 12, QSize(1920, 1080), WallTheme::Light);
        QVERIFY(layoutProblem(wall.view.frame()).isEmpty());
        const QImage shot = wall.view.grab().toImage();
        QCOMPARE(shot.pixelColor(1, wall.view.height() - 1), QColor(0xE6, 0xE8, 0xEB));
        QVERIFY(shot.save(screenshotDir() + QStringLiteral("/wall-1920x1080-12-storm-light.png")));
    }

    void rotationShowsEveryQueueWithinOneCycle()
    {
        LoadedWall wall;
        load(&wall, WallState::OneCritical, 500, QSize(1920, 1080));
        const int pages = wall.view.pageCount();
        QVERIFY(pages > 1);
        QSet<QString> seen;
        for (int i = 0; i < pages; ++i) {
            QCOMPARE(wall.view.currentPage(), i);
            const QStringList ids = wall.view.queueIdsOnPage(i);
            // The critical queue is pinned to every page, first.
            QCOMPARE(ids.constFirst(), wall.view.tiles().constFirst().queueId);
            QCOMPARE(int(wall.view.frame().tiles.size()), int(ids.size()));
            for (const QString &id : ids)
                seen.insert(id);
            // The header says where we are.
            bool pageShown = false;
            for (const WallText &t : wall.view.frame().texts)
                pageShown =
                    pageShown || t.text == QStringLiteral("page %1/%2").arg(i + 1).arg(pages);
            QVERIFY(pageShown);
            wall.view.showNextPage();
        }
        QCOMPARE(seen.size(), 500);
        QCOMPARE(wall.view.currentPage(), 0);
        // A new window keeps the page shown.
        wall.view.showNextPage();
        wall.view.setBoard(wall.board);
        QCOMPARE(wall.view.currentPage(), 1);
    }

    void newCriticalFlashes()
    {
        LoadedWall wall;
        load(&wall, WallState::AllOk, 12, QSize(1280, 720));
        const QString id = wall.view.tiles().constFirst().queueId;
        QVERIFY(!wall.view.isFlashing(id));
        wall.view.flashTiles({id});
        QVERIFY(wall.view.isFlashing(id));
    }

    void noTooltipOverTheWall()
    {
        LoadedWall wall;
        load(&wall, WallState::Storm, 12, QSize(1280, 720));
        wall.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall.view));
        const QPoint at = wall.view.frame().tiles.constFirst().rect.center();
        QHelpEvent help(QEvent::ToolTip, at, wall.view.mapToGlobal(at));
        QVERIFY(QApplication::sendEvent(&wall.view, &help));
        QVERIFY(!QToolTip::isVisible());
    }

    void noDialogOrTrayPopupInWallMode()
    {
        MainWindow desk;
        WallWindow wall(true);
        wall.showOnScreen(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        MessageBox::setWallWindow(&wall);
        desk.setWallActive(true);
        // A message that would block (exec) fails the test instead of hanging it.
        bool blocked = false;
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, this, [&blocked] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                blocked = true;
                modal->close();
            }
        });
        guard.start(3000);
        const int before = MessageBox::suppressedCount();
        QCOMPARE(MessageBox::warning(&desk, QStringLiteral("Earshot"), QStringLiteral("boom")),
                 QMessageBox::NoButton);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Earshot"), QStringLiteral("sure?")),
                 QMessageBox::NoButton);
        QVERIFY(!blocked);
        QCOMPARE(MessageBox::suppressedCount(), before + 2);
        QVERIFY(QApplication::topLevelWidgets().size() >= 2);
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<QMessageBox *>(w) || !w->isVisible(), "a message box is up");
        // New incidents are counted, but the tray pops nothing up over the wall.
        desk.notifyIncidentOpened(QStringLiteral("Paris Sales"), Severity::Critical, {});
        QVERIFY(desk.tray()->isQuiet());
        desk.setWallActive(false);
        QVERIFY(!desk.tray()->isQuiet());
        MessageBox::setWallWindow(nullptr);
    }

    void escapeLeavesOnlyWhenNotStartedAsTheWall()
    {
        WallWindow kiosk(false);
        QSignalSpy kioskLeft(&kiosk, &WallWindow::leaveRequested);
        QTest::keyClick(&kiosk, Qt::Key_Escape);
        QCOMPARE(kioskLeft.count(), 0);
        QTest::keyClick(&kiosk, Qt::Key_F11);
        QCOMPARE(kioskLeft.count(), 1);

        WallWindow fromDesk(true);
        QSignalSpy left(&fromDesk, &WallWindow::leaveRequested);
        QTest::keyClick(&fromDesk, Qt::Key_Escape);
        QCOMPARE(left.count(), 1);
    }

    void cursorHidesAndWallIsFullscreen()
    {
        WallWindow wall(true);
        wall.showOnScreen(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(wall.isFullScreen());
        QVERIFY(wall.windowFlags() & Qt::FramelessWindowHint);
        QTRY_VERIFY_WITH_TIMEOUT(wall.isCursorHidden(), 10000);
        QMouseEvent move(QEvent::MouseMove, QPointF(10, 10),
                         wall.view()->mapToGlobal(QPointF(10, 10)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(wall.view(), &move);
        QVERIFY(!wall.isCursorHidden());
    }

    void screenChoice()
    {
        const QStringList screens{QStringLiteral("HDMI-1"), QStringLiteral("DP-2")};
        QString problem;
        QCOMPARE(chooseWallScreen(screens, QStringLiteral("2"), {}, &problem), 1);
        QCOMPARE(chooseWallScreen(screens, QStringLiteral("HDMI-1"), {}, &problem), 0);
        QVERIFY(problem.isEmpty());
        QCOMPARE(chooseWallScreen(screens, {}, QStringLiteral("DP-2"), &problem), 1);
        QCOMPARE(chooseWallScreen(screens, {}, QStringLiteral("gone"), &problem), -1);
        QVERIFY(problem.isEmpty());
        QCOMPARE(chooseWallScreen(screens, QStringLiteral("3"), {}, &problem), -1);
        QVERIFY(problem.contains(QStringLiteral("HDMI-1, DP-2")));
        problem.clear();
        QCOMPARE(chooseWallScreen(screens, QStringLiteral("VGA"), {}, &problem), -1);
        QVERIFY(problem.contains(QStringLiteral("\"VGA\"")));
    }

    // Last, so that the screenshots above are drawn after the same tests as before (large
    // glyphs, drawn once per view, differ a little with what the process drew before).
    // A tile that changed is painted straight into the frame; one shown again comes from its
    // image, painted at that paint, in idle time or ahead for the next page. All three give
    // the same pixels, also where the frame is of another format than the tiles' images, and
    // whichever thread fills a tile's ground.
    void tilesPaintTheSameStraightOrFromImages_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<WallState>("state");
        QTest::addColumn<bool>("worker");
        for (const QSize &s : kSizes) {
            for (const WallState st : {WallState::AllOk, WallState::Storm}) {
                for (const bool worker : {false, true})
                    QTest::addRow("%dx%d-%s-%s", s.width(), s.height(),
                                  qPrintable(wallStateName(st)),
                                  worker ? "grounds-on-a-worker" : "one-thread")
                        << s << st << worker;
            }
        }
    }

    void tilesPaintTheSameStraightOrFromImages()
    {
        QFETCH(QSize, size);
        QFETCH(WallState, state);
        const auto render = [&size](WallView &view, QImage::Format format) {
            QImage image(size, format);
            image.fill(Qt::magenta); // whatever a frame held before
            QPainter painter(&image);
            view.render(&painter);
            painter.end();
            return image.convertToFormat(QImage::Format_RGB32);
        };
        // One view throughout: two views in one process may draw the large MOS digits a
        // little differently at 4K (their glyphs are drawn once per view, as paths).
        QFETCH(bool, worker);
        LoadedWall wall;
        wall.view.setGroundWorker(worker);
        load(&wall, state, 500, size);
        const int pages = wall.view.pageCount();
        QVERIFY(pages > 2);
        const QImage straight = render(wall.view, QImage::Format_RGB32);
        QCOMPARE(render(wall.view, QImage::Format_RGB32), straight); // the images, now painted
        wall.view.keepShownTiles();
        QCOMPARE(render(wall.view, QImage::Format_RGB32), straight);
        QCOMPARE(render(wall.view, QImage::Format_ARGB32_Premultiplied), straight);
        wall.view.prepareNextPage();
        wall.view.showNextPage();
        const QImage ahead = render(wall.view, QImage::Format_RGB32);
        QVERIFY(ahead != straight);
        // Round the pages without painting ahead: back on the second page, painted anew.
        for (int i = 1; i < pages; ++i) {
            wall.view.showNextPage();
            (void)render(wall.view, i % 2 ? QImage::Format_RGB32 : QImage::Format_ARGB32);
        }
        wall.view.showNextPage();
        QCOMPARE(wall.view.currentPage(), 1);
        QCOMPARE(render(wall.view, QImage::Format_RGB32), ahead);
        for (int i = 0; i < pages; ++i)
            wall.view.showNextPage();
        QCOMPARE(render(wall.view, QImage::Format_ARGB32_Premultiplied), ahead);
    }
};

QTEST_MAIN(TestWallView)
#include "TestWallView.moc"
