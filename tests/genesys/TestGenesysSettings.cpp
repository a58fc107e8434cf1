#include "core/genesys/GenesysSettings.h"

#include <QObject>
#include <QTest>

#include <functional>

using namespace earshot;

namespace {

GenesysSettings realRegion()
{
    GenesysSettings s;
    s.endpoints = resolveEndpoints(QStringLiteral("eu-central-1")).value();
    s.clientId = QStringLiteral("0b5c1d2e-client");
    s.clientSecret = QStringLiteral("s3cr3t-value");
    return s;
}

GenesysSettings loopback()
{
    GenesysSettings s = realRegion();
    s.endpoints = GenesysEndpoints{QUrl(QStringLiteral("http://127.0.0.1:4000")),
                                   QUrl(QStringLiteral("http://127.0.0.1:4000"))};
    return s;
}

} // namespace

class TestGenesysSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreUsable()
    {
        const GenesysSettings s = realRegion();
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join(u'\n')));
        QCOMPARE(s.windowSecs, 300);
        QCOMPARE(s.ingestLagSecs, 60);
        QCOMPARE(s.requestTimeoutMs, 30'000);
        QCOMPARE(s.maxBodyBytes, 64LL * 1024 * 1024);
        QCOMPARE(s.backfillCap, 12);
        QCOMPARE(s.backoff.maxMs, 60'000);
    }

    void everyProblemIsReported_data()
    {
        QTest::addColumn<std::function<void(GenesysSettings &)>>("spoil");
        QTest::addColumn<QString>("mentions");
        using Spoil = std::function<void(GenesysSettings &)>;
        QTest::newRow("plain http to a remote host") << Spoil([](GenesysSettings &s) {
            s.endpoints.apiBase = QUrl(QStringLiteral("http://api.mypurecloud.de"));
        }) << QStringLiteral("https://");
        QTest::newRow("no login URL")
            << Spoil([](GenesysSettings &s) { s.endpoints.loginBase = QUrl(); })
            << QStringLiteral("login URL");
        QTest::newRow("no client id")
            << Spoil([](GenesysSettings &s) { s.clientId.clear(); }) << QStringLiteral("client id");
        QTest::newRow("no secret") << Spoil([](GenesysSettings &s) { s.clientSecret.clear(); })
                                   << QStringLiteral("client secret");
        QTest::newRow("window does not divide a day")
            << Spoil([](GenesysSettings &s) { s.windowSecs = 420; }) << QStringLiteral("420");
        QTest::newRow("zero window") << Spoil([](GenesysSettings &s) { s.windowSecs = 0; })
                                     << QStringLiteral("divide a day");
        QTest::newRow("short window on a real region")
            << Spoil([](GenesysSettings &s) { s.windowSecs = 60; })
            << QStringLiteral("only accepted when every endpoint is loopback");
        QTest::newRow("summary with 15 min windows") << Spoil([](GenesysSettings &s) {
            s.source = QualitySourceKind::Summary;
            s.windowSecs = 900;
        }) << QStringLiteral("FIVE_MINUTES");
        QTest::newRow("negative lag") << Spoil([](GenesysSettings &s) { s.ingestLagSecs = -1; })
                                      << QStringLiteral("ingest lag");
        QTest::newRow("tiny timeout") << Spoil([](GenesysSettings &s) { s.requestTimeoutMs = 5; })
                                      << QStringLiteral("timeout");
        QTest::newRow("tiny body cap")
            << Spoil([](GenesysSettings &s) { s.maxBodyBytes = 10; }) << QStringLiteral("size cap");
        QTest::newRow("no back-fill")
            << Spoil([](GenesysSettings &s) { s.backfillCap = 0; }) << QStringLiteral("back-fill");
        QTest::newRow("MOS line off the scale")
            << Spoil([](GenesysSettings &s) { s.mosWarning = 6.0; }) << QStringLiteral("MOS");
        QTest::newRow("negative retries")
            << Spoil([](GenesysSettings &s) { s.maxRetriesPerWindow = -2; })
            << QStringLiteral("retries");
        QTest::newRow("duplicate queue") << Spoil([](GenesysSettings &s) {
            s.monitoredQueues = {QStringLiteral("q1"), QStringLiteral("q1")};
        }) << QStringLiteral("twice");
        QTest::newRow("blank queue")
            << Spoil([](GenesysSettings &s) { s.monitoredQueues = {QStringLiteral(" ")}; })
            << QStringLiteral("empty");
    }

    void everyProblemIsReported()
    {
        QFETCH(std::function<void(GenesysSettings &)>, spoil);
        QFETCH(QString, mentions);
        GenesysSettings s = realRegion();
        spoil(s);
        const QStringList problems = s.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(mentions), qPrintable(problems[0]));
        QVERIFY(!problems[0].contains(QStringLiteral("s3cr3t-value")));
    }

    void problemsAccumulate()
    {
        GenesysSettings s = realRegion();
        s.clientSecret.clear();
        s.windowSecs = 7;
        s.backfillCap = -1;
        QCOMPARE(s.validate().size(), 3);
    }

    void shortWindowsOnlyOnLoopback()
    {
        GenesysSettings s = loopback();
        s.windowSecs = 10; // demo and tests
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join(u'\n')));
        s.source = QualitySourceKind::Summary;
        QVERIFY(s.validate().isEmpty());
        s.endpoints.loginBase = QUrl(QStringLiteral("https://login.mypurecloud.de"));
        QVERIFY(!s.validate().isEmpty()); // one real endpoint is enough to refuse it
    }
};

QTEST_GUILESS_MAIN(TestGenesysSettings)
#include "TestGenesysSettings.moc"
