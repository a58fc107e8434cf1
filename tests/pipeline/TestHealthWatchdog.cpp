#include "core/pipeline/HealthWatchdog.h"

#include <QObject>
#include <QTest>

using namespace earshot;

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

constexpr qint64 kWindowMs = 300'000;
constexpr qint64 kGood = 1'763'892'000'000;

QString actionKey(HealthWatchdog::Action a)
{
    switch (a) {
    case HealthWatchdog::Action::None:
        return QStringLiteral("-");
    case HealthWatchdog::Action::Page:
        return QStringLiteral("page");
    case HealthWatchdog::Action::Resolve:
        return QStringLiteral("resolve");
    }
    return {};
}

} // namespace

class TestHealthWatchdog : public QObject
{
    Q_OBJECT

private slots:
    // Checks at these minutes after the last good window; "good" marks a stored window.
    void rule_data()
    {
        QTest::addColumn<int>("pageAfter");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("three windows without data page once")
            << 3 << sl({"4", "5", "10", "14", "15", "20", "60"})
            << sl({"-", "-", "-", "-", "page", "-", "-"});
        QTest::newRow("a good window resolves, once")
            << 3 << sl({"15", "good", "good"}) << sl({"page", "resolve", "-"});
        QTest::newRow("late but not yet: nothing to resolve")
            << 3 << sl({"10", "good"}) << sl({"-", "-"});
        QTest::newRow("off never pages") << 0 << sl({"15", "600"}) << sl({"-", "-"});
        QTest::newRow("one window is enough when asked")
            << 1 << sl({"4", "5"}) << sl({"-", "page"});
    }

    void rule()
    {
        QFETCH(int, pageAfter);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, expected);
        HealthWatchdog w(pageAfter);
        qint64 lastGood = kGood;
        QStringList got;
        for (const QString &step : steps) {
            if (step == QStringLiteral("good")) {
                got << actionKey(w.goodWindow());
                lastGood += kWindowMs; // the next one arrives later
                continue;
            }
            const qint64 now = kGood + step.toLongLong() * 60'000;
            got << actionKey(w.assess(lastGood, now, kWindowMs, QStringLiteral("HTTP 503")));
        }
        QCOMPARE(got, expected);
    }

    void pagedStateSurvivesARestart()
    {
        HealthWatchdog w(3);
        QCOMPARE(
            w.assess(kGood, kGood + 3 * kWindowMs, kWindowMs, QStringLiteral("sign-in failed")),
            HealthWatchdog::Action::Page);
        QCOMPARE(w.cause(), QStringLiteral("sign-in failed"));
        HealthWatchdog restarted(3);
        restarted.restoreState(w.saveState());
        QVERIFY(restarted.paged());
        QCOMPARE(restarted.cause(), QStringLiteral("sign-in failed"));
        QCOMPARE(restarted.assess(kGood, kGood + 9 * kWindowMs, kWindowMs, QStringLiteral("x")),
                 HealthWatchdog::Action::None);
        QCOMPARE(restarted.goodWindow(), HealthWatchdog::Action::Resolve);
        QVERIFY(restarted.saveState().isEmpty());
    }

    void keyFitsPagerDuty()
    {
        QCOMPARE(healthDedupKey(QStringLiteral("noc-1")),
                 QStringLiteral("earshot_monitor_health_noc-1"));
        QCOMPARE(healthDedupKey(QString(400, u'h')).toUtf8().size(), 255);
    }
};

QTEST_GUILESS_MAIN(TestHealthWatchdog)
#include "TestHealthWatchdog.moc"
