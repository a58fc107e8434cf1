// The wall display's pure rules (core/presentation/wall): tile levels and order, pages and
// rotation, the stale and paging-broken banners, text sizes, filters and groups.
#include "SampleFactory.h"

#include "core/presentation/QueueTableModel.h"
#include "core/presentation/wall/WallBoard.h"
#include "core/presentation/wall/WallHealth.h"
#include "core/presentation/wall/WallLayout.h"

#include <QObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace earshot;
using namespace earshot::test;

Q_DECLARE_METATYPE(earshot::QueueStatus)
Q_DECLARE_METATYPE(earshot::WallLevel)

namespace {

IncidentRow openIncident(const QString &queueId, Severity severity, qint64 startedAt,
                         const QString &ackBy = {})
{
    IncidentRow r;
    r.dedupKey = QStringLiteral("voice_quality_alert_%1_%2").arg(queueId).arg(startedAt);
    r.queueId = queueId;
    r.severity = severity;
    r.state = ackBy.isEmpty() ? IncidentRow::State::Open : IncidentRow::State::Acknowledged;
    r.acknowledgedBy = ackBy;
    r.startedAt = startedAt;
    return r;
}

QList<QString> idsOf(const QList<WallTile> &tiles)
{
    QList<QString> ids;
    for (const WallTile &t : tiles)
        ids.append(t.queueId);
    return ids;
}

WallHealthInput freshInput(qint64 newestEnd)
{
    WallHealthInput in;
    in.windowSecs = kWindow;
    in.ingestLagSecs = 60;
    in.newestWindowEnd = newestEnd;
    in.nowSecs = newestEnd + 60 + 10; // just polled
    in.poller.state = PollerStatus::State::Ok;
    return in;
}

} // namespace

class TestWallBoard : public QObject
{
    Q_OBJECT

private slots:
    void levelFollowsTheTableModel_data()
    {
        QTest::addColumn<QueueStatus>("status");
        QTest::addColumn<bool>("wallStale");
        QTest::addColumn<WallLevel>("level");
        QTest::newRow("critical") << QueueStatus::Critical << false << WallLevel::Critical;
        QTest::newRow("warning") << QueueStatus::Warning << false << WallLevel::Warning;
        QTest::newRow("ok") << QueueStatus::Ok << false << WallLevel::Ok;
        QTest::newRow("ok but the wall is stale") << QueueStatus::Ok << true << WallLevel::Stale;
        QTest::newRow("critical stays critical when stale")
            << QueueStatus::Critical << true << WallLevel::Critical;
        QTest::newRow("no calls") << QueueStatus::NoCalls << false << WallLevel::NoCalls;
        QTest::newRow("no calls, wall stale") << QueueStatus::NoCalls << true << WallLevel::Stale;
        QTest::newRow("too few calls") << QueueStatus::NoData << false << WallLevel::NoData;
        QTest::newRow("queue stale") << QueueStatus::Stale << false << WallLevel::Stale;
    }

    void levelFollowsTheTableModel()
    {
        QFETCH(QueueStatus, status);
        QFETCH(bool, wallStale);
        QFETCH(WallLevel, level);
        QCOMPARE(wallLevelOf(status, wallStale), level);
    }

    void tilesAreWorstFirstAndStableWithinALevel()
    {
        QueueTableModel model;
        model.setQueues({{QStringLiteral("q-ok-b"), QStringLiteral("Billing")},
                         {QStringLiteral("q-quiet"), QStringLiteral("Archive")},
                         {QStringLiteral("q-crit"), QStringLiteral("Zeta sales")},
                         {QStringLiteral("q-ok-a"), QStringLiteral("accounts")},
                         {QStringLiteral("q-warn"), QStringLiteral("Support")},
                         {QStringLiteral("q-stale"), QStringLiteral("Old")},
                         {QStringLiteral("q-crit2"), QStringLiteral("Alpha sales")}});
        model.setLatestSamples({sampleAt(QStringLiteral("q-ok-b"), 5, healthy()),
                                sampleAt(QStringLiteral("q-quiet"), 5, quiet()),
                                sampleAt(QStringLiteral("q-crit"), 5, mos(2.5)),
                                sampleAt(QStringLiteral("q-ok-a"), 5, healthy()),
                                sampleAt(QStringLiteral("q-warn"), 5, mos(3.3)),
                                sampleAt(QStringLiteral("q-stale"), 1, healthy()),
                                sampleAt(QStringLiteral("q-crit2"), 5, loss(5.0))});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        WallBoard board;
        const QList<QString> first = board.update(model, WallHealth{});
        QVERIFY(first.isEmpty()); // nothing "turns" critical at the first look
        const QList<QString> expected{QStringLiteral("q-crit2"), QStringLiteral("q-crit"),
                                      QStringLiteral("q-warn"),  QStringLiteral("q-stale"),
                                      QStringLiteral("q-ok-a"),  QStringLiteral("q-ok-b"),
                                      QStringLiteral("q-quiet")};
        QCOMPARE(idsOf(board.tiles()), expected);

        // A new window where values move but levels do not: the same order (no dancing).
        model.setLatestSamples({sampleAt(QStringLiteral("q-ok-b"), 5, mos(4.4)),
                                sampleAt(QStringLiteral("q-quiet"), 5, quiet()),
                                sampleAt(QStringLiteral("q-crit"), 5, mos(2.1)),
                                sampleAt(QStringLiteral("q-ok-a"), 5, mos(3.9)),
                                sampleAt(QStringLiteral("q-warn"), 5, mos(3.4)),
                                sampleAt(QStringLiteral("q-stale"), 1, healthy()),
                                sampleAt(QStringLiteral("q-crit2"), 5, loss(9.0))});
        QVERIFY(board.update(model, WallHealth{}).isEmpty());
        QCOMPARE(idsOf(board.tiles()), expected);

        // Support turns critical: it moves up and is reported for the flash.
        model.setLatestSamples({sampleAt(QStringLiteral("q-warn"), 5, mos(2.0))});
        const QList<QString> turned = board.update(model, WallHealth{});
        QCOMPARE(turned, QList<QString>{QStringLiteral("q-warn")});
        QCOMPARE(board.tiles().constFirst().level, WallLevel::Critical);

        const WallCounts counts = board.counts();
        QCOMPARE(counts.critical, 1);
        QCOMPARE(wallCountsText(WallCounts{3, 5, 0, 0, 112, 14}),
                 QStringLiteral("3 critical · 5 warning · 112 OK · 14 no calls"));
    }

    void tilesCarryTheEpisodeAndTheSilence()
    {
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("b"), QStringLiteral("B")}});
        model.setLatestSamples({sampleAt(QStringLiteral("a"), 5, mos(2.5)),
                                sampleAt(QStringLiteral("b"), 5, healthy())});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        model.setIncidents({openIncident(QStringLiteral("a"), Severity::Critical, kT0 + 4 * kWindow,
                                         QStringLiteral("alice"))});
        Silence silence;
        silence.queueId = QStringLiteral("b");
        silence.until = kT0 + 20 * kWindow;
        model.setSilences({silence});
        WallBoard board;
        (void)board.update(model, WallHealth{});
        const WallTile &a = board.tiles().at(0);
        QCOMPARE(a.queueId, QStringLiteral("a"));
        QCOMPARE(a.incidentSeverity, Severity::Critical);
        QCOMPARE(a.incidentStartedAt, kT0 + 4 * kWindow);
        QCOMPARE(a.acknowledgedBy, QStringLiteral("alice"));
        QCOMPARE(a.mos, std::optional<double>(2.5));
        QCOMPARE(a.calls, 20);
        QCOMPARE(a.level, WallLevel::Critical);
        QCOMPARE(a.attention, WallLevel::Critical);
        // A silence is shown beside the level, never instead of it.
        const WallTile &b = board.tiles().at(1);
        QCOMPARE(b.level, WallLevel::Ok);
        QCOMPARE(b.silencedUntil, kT0 + 20 * kWindow);
    }

    void acknowledgedOnAPhoneSaysAckByTheEngineer()
    {
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("b"), QStringLiteral("B")}});
        model.setLatestSamples({sampleAt(QStringLiteral("a"), 5, mos(2.5)),
                                sampleAt(QStringLiteral("b"), 5, mos(2.5))});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        IncidentRow phone = openIncident(QStringLiteral("a"), Severity::Critical, kT0);
        phone.pagerDutyStatus = QStringLiteral("acknowledged");
        phone.pagerDutyBy = QStringLiteral("Jane Doe");
        IncidentRow both = openIncident(QStringLiteral("b"), Severity::Critical, kT0,
                                        QStringLiteral("alice")); // Earshot's own ack wins
        both.pagerDutyStatus = QStringLiteral("acknowledged");
        both.pagerDutyBy = QStringLiteral("Earshot (Events API v2)");
        model.setIncidents({phone, both});
        WallBoard board;
        (void)board.update(model, WallHealth{});
        QCOMPARE(board.tiles().at(0).acknowledgedBy, QStringLiteral("Jane Doe"));
        QCOMPARE(board.tiles().at(1).acknowledgedBy, QStringLiteral("alice"));
    }

    // Issue 14: resolved in PagerDuty while the queue still breaches. The tile keeps its
    // level (still degraded) and names who resolved it; a phone's resolve of an episode
    // that has ended is no news.
    void resolvedInPagerDutyStillDegradedNamesWhoResolvedIt()
    {
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("b"), QStringLiteral("B")},
                         {QStringLiteral("c"), QStringLiteral("C")}});
        model.setLatestSamples({sampleAt(QStringLiteral("a"), 5, mos(2.5)),
                                sampleAt(QStringLiteral("b"), 5, mos(2.5)),
                                sampleAt(QStringLiteral("c"), 5, healthy())});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        IncidentRow phone =
            openIncident(QStringLiteral("a"), Severity::Critical, kT0, QStringLiteral("alice"));
        phone.pagerDutyStatus = QStringLiteral("resolved");
        phone.pagerDutyBy = QStringLiteral("Jane Doe");
        IncidentRow unnamed = openIncident(QStringLiteral("b"), Severity::Critical, kT0);
        unnamed.pagerDutyStatus = QStringLiteral("resolved");
        IncidentRow ended = openIncident(QStringLiteral("c"), Severity::Warning, kT0);
        ended.state = IncidentRow::State::Resolved;
        ended.pagerDutyStatus = QStringLiteral("resolved");
        ended.pagerDutyBy = QStringLiteral("Jane Doe");
        model.setIncidents({phone, unnamed, ended});
        WallBoard board;
        (void)board.update(model, WallHealth{});
        QCOMPARE(idsOf(board.tiles()),
                 (QList<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const WallTile &a = board.tiles().at(0);
        QVERIFY(a.resolvedInPagerDuty);
        QCOMPARE(a.resolvedInPagerDutyBy, QStringLiteral("Jane Doe"));
        QCOMPARE(a.level, WallLevel::Critical);
        QCOMPARE(a.attention, WallLevel::Critical);
        QCOMPARE(a.incidentSeverity, Severity::Critical);
        const WallTile &b = board.tiles().at(1);
        QVERIFY(b.resolvedInPagerDuty);
        QVERIFY(b.resolvedInPagerDutyBy.isEmpty());
        const WallTile &c = board.tiles().at(2);
        QVERIFY(!c.resolvedInPagerDuty);
        QVERIFY(c.resolvedInPagerDutyBy.isEmpty());
        QCOMPARE(c.incidentSeverity, Severity::None);
    }

    void anOpenEpisodeRanksATileAtItsSeverity()
    {
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("z"), QStringLiteral("Z")}});
        model.setLatestSamples({sampleAt(QStringLiteral("a"), 5, healthy()),
                                sampleAt(QStringLiteral("z"), 5, healthy())});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        // Z is healthy now but its critical episode is still open (clearing).
        model.setIncidents({openIncident(QStringLiteral("z"), Severity::Critical, kT0)});
        WallBoard board;
        (void)board.update(model, WallHealth{});
        const WallTile &z = board.tiles().constFirst();
        QCOMPARE(z.queueId, QStringLiteral("z"));
        QCOMPARE(z.level, WallLevel::Ok); // the word says what the window shows
        QCOMPARE(z.attention, WallLevel::Critical);
        QVERIFY(isWallProblem(board.levels().constFirst())); // pinned like a problem
    }

    void rotationShowsEveryQueueWithinOneCycle_data()
    {
        QTest::addColumn<int>("critical");
        QTest::addColumn<int>("warning");
        QTest::addColumn<int>("others");
        QTest::addColumn<int>("capacity");
        QTest::newRow("all fit") << 1 << 1 << 10 << 30;
        QTest::newRow("500 all OK") << 0 << 0 << 500 << 30;
        QTest::newRow("500, two pinned") << 1 << 1 << 498 << 30;
        QTest::newRow("500, half a page of problems") << 10 << 5 << 485 << 30;
        QTest::newRow("storm") << 200 << 100 << 200 << 30;
        QTest::newRow("one slot") << 1 << 0 << 20 << 1;
    }

    void rotationShowsEveryQueueWithinOneCycle()
    {
        QFETCH(int, critical);
        QFETCH(int, warning);
        QFETCH(int, others);
        QFETCH(int, capacity);
        QList<WallLevel> levels;
        levels.append(QList<WallLevel>(critical, WallLevel::Critical));
        levels.append(QList<WallLevel>(warning, WallLevel::Warning));
        levels.append(QList<WallLevel>(others, WallLevel::Ok));
        const WallPages pages = planWallPages(levels, capacity);
        QSet<int> seen;
        for (const QList<int> &page : pages.pages) {
            QVERIFY(page.size() <= capacity);
            QVERIFY(!page.isEmpty());
            for (const int i : page)
                seen.insert(i);
        }
        QCOMPARE(seen.size(), levels.size());
        const int problems = critical + warning;
        if (levels.size() > capacity && problems > 0 && problems <= capacity / 2) {
            // Problems are pinned: every page starts with all of them.
            QCOMPARE(pages.pinned, problems);
            for (const QList<int> &page : pages.pages) {
                for (int i = 0; i < problems; ++i)
                    QCOMPARE(page[i], i);
            }
        }
        if (problems > capacity / 2 && int(levels.size()) > capacity) {
            // A storm: the first page is all problems, worst first; nothing is repeated.
            QCOMPARE(pages.pinned, 0);
            QCOMPARE(pages.pages.size(), (levels.size() + capacity - 1) / capacity);
        }
    }

    void staleBannerWithinTwoWindowsOfTheLastData()
    {
        const qint64 last = kT0 + 10 * kWindow; // the end of the newest stored window
        WallHealthInput in = freshInput(last);
        QVERIFY(!assessWallHealth(in).stale);
        // One window late (its poll is due or under way): not stale yet.
        in.nowSecs = last + kWindow + 60 + 5;
        QVERIFY(!assessWallHealth(in).stale);
        in.nowSecs = last + 2 * kWindow + 60 - 1;
        QVERIFY(!assessWallHealth(in).stale);
        // Two windows missing: stale, with the time of the last good data (TZ=UTC).
        in.nowSecs = last + 2 * kWindow + 60;
        const WallHealth stale = assessWallHealth(in);
        QVERIFY(stale.stale);
        QVERIFY2(stale.staleText.contains(QStringLiteral("10:50")), qPrintable(stale.staleText));

        // Polling that fails is stale at once, whatever the age.
        WallHealthInput failing = freshInput(last);
        failing.poller.state = PollerStatus::State::AuthFailed;
        QVERIFY(assessWallHealth(failing).stale);
        QVERIFY2(assessWallHealth(failing).staleText.contains(QStringLiteral("Sign-in failed")),
                 qPrintable(assessWallHealth(failing).staleText));
        WallHealthInput offline = freshInput(last);
        offline.poller.state = PollerStatus::State::Offline;
        QVERIFY(assessWallHealth(offline).stale);
        WallHealthInput disk = freshInput(last);
        disk.storageProblem = QStringLiteral("disk full");
        QVERIFY(assessWallHealth(disk).stale);
        // A rate limit alone is not failing: the age rule decides.
        WallHealthInput limited = freshInput(last);
        limited.poller.state = PollerStatus::State::RateLimited;
        QVERIFY(!assessWallHealth(limited).stale);
        // No data at all is never shown as fresh.
        WallHealthInput none = freshInput(0);
        none.nowSecs = last;
        QVERIFY(assessWallHealth(none).stale);
    }

    void staleWallNeverShowsOk()
    {
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("b"), QStringLiteral("B")}});
        model.setLatestSamples({sampleAt(QStringLiteral("a"), 5, healthy()),
                                sampleAt(QStringLiteral("b"), 5, mos(2.0))});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        WallHealth stale;
        stale.stale = true;
        WallBoard board;
        (void)board.update(model, stale);
        for (const WallTile &t : board.tiles()) {
            QVERIFY(t.greyed);
            QVERIFY(t.level != WallLevel::Ok);
        }
        QCOMPARE(board.counts().ok, 0);
    }

    void staleBannerIsReadableAcrossARoom()
    {
        WallHealthInput in = freshInput(kT0);
        in.poller.state = PollerStatus::State::ApiError;
        in.poller.lastError =
            QStringLiteral("GET /api/v2/analytics/quality/summary: HTTP 503 (ININ-Correlation-Id "
                           "7f3e2a10-0c1d-4e5f-9a8b-112233445566); retrying at 10:05:30");
        const WallHealth h = assessWallHealth(in);
        QVERIFY(h.stale);
        QVERIFY2(h.staleText.contains(
                     QStringLiteral("(Genesys API error: HTTP 503; retrying at 10:05:30)")),
                 qPrintable(h.staleText));
        QVERIFY(!h.staleText.contains(QStringLiteral("Correlation")));
        QVERIFY(!h.staleText.contains(QStringLiteral("/api/v2")));
        QCOMPARE(wallTerseText(QStringLiteral("network unreachable")),
                 QStringLiteral("network unreachable"));
    }

    void pagingBrokenBanner_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("failed");
        QTest::addColumn<bool>("keyMissing");
        QTest::addColumn<bool>("broken");
        QTest::newRow("delivering")
            << int(DeliveryStatus::State::Delivering) << 0 << false << false;
        QTest::newRow("idle") << int(DeliveryStatus::State::Idle) << 0 << false << false;
        QTest::newRow("retrying") << int(DeliveryStatus::State::Retrying) << 0 << false << true;
        QTest::newRow("paused (bad key)")
            << int(DeliveryStatus::State::Paused) << 0 << false << true;
        QTest::newRow("refused events") << int(DeliveryStatus::State::Idle) << 2 << false << true;
        QTest::newRow("no key") << int(DeliveryStatus::State::Idle) << 0 << true << true;
    }

    void pagingBrokenBanner()
    {
        QFETCH(int, state);
        QFETCH(int, failed);
        QFETCH(bool, keyMissing);
        QFETCH(bool, broken);
        WallHealthInput in = freshInput(kT0);
        in.delivery.state = DeliveryStatus::State(state);
        in.delivery.failed = failed;
        in.delivery.backlog = 3;
        in.routingKeyMissing = keyMissing;
        const WallHealth h = assessWallHealth(in);
        QCOMPARE(h.pagingBroken, broken);
        QCOMPARE(h.pagingText.contains(QStringLiteral("PAGING IS BROKEN")), broken);
        QVERIFY2(!h.pagingText.contains(QStringLiteral("PagerDuty: PagerDuty")),
                 qPrintable(h.pagingText));
        QVERIFY(!h.stale);
    }

    void textSizesFollowTheScreen_data()
    {
        QTest::addColumn<int>("height");
        QTest::newRow("720p") << 720;
        QTest::newRow("1080p") << 1080;
        QTest::newRow("4K") << 2160;
    }

    void textSizesFollowTheScreen()
    {
        QFETCH(int, height);
        const WallTextSizes s = wallTextSizes(height);
        QVERIFY(s.namePx >= 0.025 * height);
        QVERIFY(s.mosPx >= 2 * s.namePx);
        QVERIFY(s.detailPx < s.namePx);
        const WallTextSizes big = wallTextSizes(height, 2.0);
        QVERIFY(big.namePx >= 2 * s.namePx - 1);
    }

    void gridUsesLargeTilesWhenFewAndTheMinimumWhenMany()
    {
        // A tile that needs 10 x 7 name heights, as the view measures it.
        const auto need = [](const WallTextSizes &s) {
            return QSize(10 * s.namePx, 7 * s.namePx);
        };
        const QSize area(3840, 2000);
        const WallGrid many = planWallGrid(area, 2160, 500, need);
        QCOMPARE(many.sizes.scale, 1.0);
        QVERIFY(many.capacity() < 500);
        QVERIFY(many.tile.width() >= 10 * many.sizes.namePx);
        QVERIFY(many.columns * many.tile.width() + (many.columns - 1) * many.gap <= area.width());
        QVERIFY(many.rows * many.tile.height() + (many.rows - 1) * many.gap <= area.height());
        const WallGrid few = planWallGrid(area, 2160, 12, need);
        QVERIFY(few.sizes.scale > 1.0);
        QVERIFY(few.capacity() >= 12);
        QVERIFY(few.rows * few.tile.height() + (few.rows - 1) * few.gap <= area.height());
    }

    void filterAndGroupsByPattern()
    {
        QVERIFY(wallPatternMatches(QStringLiteral("PAR-*"), QStringLiteral("par-sales")));
        QVERIFY(wallPatternMatches(QStringLiteral("Support?"), QStringLiteral("Support2")));
        QVERIFY(!wallPatternMatches(QStringLiteral("Support?"), QStringLiteral("Support")));
        QVERIFY(wallPatternMatches(QStringLiteral("*/night"), QStringLiteral("Paris/night")));
        QVERIFY(!wallPatternMatches(QStringLiteral("PAR-*"), QStringLiteral("LYO-sales")));

        QueueTableModel model;
        model.setQueues({{QStringLiteral("1"), QStringLiteral("PAR-sales")},
                         {QStringLiteral("2"), QStringLiteral("LYO-sales")},
                         {QStringLiteral("3"), QStringLiteral("BER-sales")},
                         {QStringLiteral("4"), QStringLiteral("PAR-support")}});
        model.setLatestSamples({sampleAt(QStringLiteral("1"), 5, mos(2.0)),
                                sampleAt(QStringLiteral("2"), 5, healthy()),
                                sampleAt(QStringLiteral("3"), 5, healthy()),
                                sampleAt(QStringLiteral("4"), 5, healthy())});
        model.setCurrentWindowEnd(kT0 + 6 * kWindow);
        WallConfig config;
        config.queuePatterns = {QStringLiteral("PAR-*"), QStringLiteral("LYO-*")};
        config.groups = {WallGroup{QStringLiteral("Paris"), {QStringLiteral("PAR-*")}},
                         WallGroup{QStringLiteral("Lyon"), {QStringLiteral("LYO-*")}}};
        WallBoard board;
        board.setConfig(config);
        (void)board.update(model, WallHealth{});
        QCOMPARE(idsOf(board.tiles()),
                 (QList<QString>{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(board.tiles().at(0).group, QStringLiteral("Paris"));
        QCOMPARE(board.tiles().at(1).group, QStringLiteral("Lyon"));
        QCOMPARE(board.groupSummaries(),
                 (QStringList{QStringLiteral("Paris: 1 critical"), QStringLiteral("Lyon: 1 OK")}));
    }

    void sparklineKeepsTheLastHour()
    {
        WallBoard board;
        board.setHistory(QStringLiteral("a"),
                         history(QStringLiteral("a"), QList<Win>(6, healthy())));
        QList<QualitySample> later;
        for (int i = 6; i < 30; ++i)
            later.append(sampleAt(QStringLiteral("a"), i, i == 20 ? quiet() : healthy()));
        board.addWindows(later);
        board.addWindows({later.constLast()}); // the newest window read again: kept once
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")}});
        (void)board.update(model, WallHealth{});
        const QList<WallSparkPoint> &points = board.tiles().constFirst().sparkline;
        QCOMPARE(points.size(), 12); // an hour of 5-minute windows
        QCOMPARE(points.constLast().windowEnd, kT0 + 30 * kWindow);
        QVERIFY(points.constFirst().windowEnd > kT0 + 30 * kWindow - WallBoard::kSparklineSecs);
    }

    // Days of windows, each shown (the tiles share the kept lists): the memory each
    // queue's last hour takes stays that of an hour.
    void sparklineMemoryStaysAnHour()
    {
        WallBoard board;
        QueueTableModel model;
        model.setQueues({{QStringLiteral("a"), QStringLiteral("A")}});
        for (int i = 0; i < 2000; ++i) {
            board.addWindows({sampleAt(QStringLiteral("a"), i, healthy())});
            (void)board.update(model, WallHealth{});
        }
        const QList<WallSparkPoint> &points = board.tiles().constFirst().sparkline;
        QCOMPARE(points.size(), 12);
        QVERIFY2(points.capacity() <= 2 * points.size(),
                 qPrintable(QString::number(points.capacity())));
    }
};

QTEST_GUILESS_MAIN(TestWallBoard)
#include "TestWallBoard.moc"
