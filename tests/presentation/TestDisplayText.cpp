#include "core/presentation/DisplayText.h"
#include "core/presentation/SilenceChoices.h"
#include "core/presentation/StatusTexts.h"
#include "core/presentation/WindowAssessment.h"

#include <QDateTime>
#include <QObject>
#include <QTest>

using namespace earshot;

namespace {
constexpr qint64 kT0 = 1'763'892'000; // 2025-11-23T10:00:00Z (a Sunday)
}

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void durations_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("minutes") << qint64(12 * 60 + 59) << QStringLiteral("12 min");
        QTest::newRow("hours") << qint64(3900) << QStringLiteral("1 h 05 min");
        QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600 + 59) << QStringLiteral("2 d 3 h");
    }
    void durations()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(durationText(secs), text);
    }

    void pagerDutyFollowTexts()
    {
        IncidentRow row;
        row.queueName = QStringLiteral("Sales");
        QVERIFY(pagerDutyFollowText(row).isEmpty()); // not followed
        row.pagerDutyStatus = QStringLiteral("triggered");
        QVERIFY(pagerDutyFollowText(row).isEmpty());
        QVERIFY(pagerDutyChangeNotice(row).isEmpty());

        row.pagerDutyStatus = QStringLiteral("acknowledged");
        row.pagerDutyBy = QStringLiteral("Jane Doe");
        row.pagerDutyAtMs = (kT0 + 120) * 1000;
        const QString at = localTimeText(kT0 + 120, timeFormat());
        QCOMPARE(pagerDutyFollowText(row),
                 QStringLiteral("Acknowledged in PagerDuty by Jane Doe at ") + at);
        QCOMPARE(pagerDutyChangeNotice(row),
                 QStringLiteral("Sales: acknowledged in PagerDuty by Jane Doe"));

        row.pagerDutyStatus = QStringLiteral("resolved");
        row.state = IncidentRow::State::Open; // the queue still breaches
        QVERIFY(row.resolvedInPagerDutyStillDegraded());
        QCOMPARE(pagerDutyFollowText(row), QStringLiteral("Resolved in PagerDuty by Jane Doe at ") +
                                               at + QStringLiteral(", still degraded"));
        QVERIFY(pagerDutyChangeNotice(row).contains(QStringLiteral("still degraded")));

        row.state = IncidentRow::State::Resolved;
        QVERIFY(!row.resolvedInPagerDutyStillDegraded());
        QCOMPARE(pagerDutyFollowText(row),
                 QStringLiteral("Resolved in PagerDuty by Jane Doe at ") + at);

        row.pagerDutyBy.clear(); // PagerDuty named no one
        row.pagerDutyAtMs = 0;
        QCOMPARE(pagerDutyFollowText(row), QStringLiteral("Resolved in PagerDuty by someone at —"));
    }

    void silenceDurations()
    {
        QCOMPARE(silenceChoices().size(), 4);
        QCOMPARE(silenceUntilSecs(SilenceChoice::ThirtyMinutes, kT0), kT0 + 1800);
        QCOMPARE(silenceUntilSecs(SilenceChoice::OneHour, kT0), kT0 + 3600);
        QCOMPARE(silenceUntilSecs(SilenceChoice::FourHours, kT0), kT0 + 4 * 3600);
        // TZ=UTC: tomorrow 08:00 is 2025-11-24T08:00Z, also from just before midnight.
        const qint64 tomorrow8 = 1'763'971'200;
        QCOMPARE(silenceUntilSecs(SilenceChoice::UntilTomorrowMorning, kT0), tomorrow8);
        QCOMPARE(silenceUntilSecs(SilenceChoice::UntilTomorrowMorning, kT0 + 13 * 3600 + 3599),
                 tomorrow8);
        QCOMPARE(silenceUntilSecs(SilenceChoice::UntilTomorrowMorning, kT0 + 14 * 3600),
                 tomorrow8 + 86400);
        QCOMPARE(silenceChoiceText(SilenceChoice::UntilTomorrowMorning),
                 QStringLiteral("Until tomorrow 08:00"));
    }

    void statusWordsAndIcons()
    {
        QCOMPARE(queueStatusWord(QueueStatus::NoData), QStringLiteral("No data"));
        QCOMPARE(queueStatusWord(QueueStatus::NoCalls), QStringLiteral("No calls"));
        QCOMPARE(queueStatusWord(QueueStatus::Stale), QStringLiteral("Stale"));
        QVERIFY(queueStatusRank(QueueStatus::Critical) > queueStatusRank(QueueStatus::Warning));
        QVERIFY(queueStatusRank(QueueStatus::Warning) > queueStatusRank(QueueStatus::Ok));
        QCOMPARE(pollerStateWord(PollerStatus::State::RateLimited), QStringLiteral("Rate limited"));
        QCOMPARE(deliveryStateWord(DeliveryStatus::State::Paused),
                 QStringLiteral("PagerDuty: paused"));
        for (auto s : {QueueStatus::Ok, QueueStatus::Warning, QueueStatus::Critical,
                       QueueStatus::NoData, QueueStatus::NoCalls, QueueStatus::Stale})
            QVERIFY(queueStatusIconPath(s).startsWith(QStringLiteral(":/earshot/icons/")));
    }

    void breachesInWords()
    {
        QCOMPARE(breachText(Breach{Metric::Mos, Severity::Critical, 2.84, 3.0}),
                 QStringLiteral("MOS 2.84 below critical 3.00"));
        QCOMPARE(breachText(Breach{Metric::Jitter, Severity::Warning, 61.2, 50}),
                 QStringLiteral("Jitter 61 ms above warning 50 ms"));
    }

    void windowAssessmentUsesTheEnginesComparisons()
    {
        QualitySample s;
        s.queueId = QStringLiteral("q");
        s.windowStart = kT0;
        s.windowEnd = kT0 + 300;
        s.calls = 10;
        s.mosMean = 3.5; // exactly at the line: not a breach
        s.packetLossPercent = 3.01;
        WindowAssessment a = assessWindow(s, AlertPolicy{});
        QVERIFY(a.hasData);
        QCOMPARE(a.severity, Severity::Critical);
        QCOMPARE(a.breaches.size(), 1);
        QCOMPARE(a.breaches.first().metric, Metric::PacketLoss);
        s.calls = 0;
        a = assessWindow(s, AlertPolicy{});
        QVERIFY(!a.hasData);
        QCOMPARE(a.severity, Severity::None);
        s.calls = 10;
        s.queueId.clear(); // still judged
        QCOMPARE(assessWindow(s, AlertPolicy{}).severity, Severity::Critical);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "TestDisplayText.moc"
