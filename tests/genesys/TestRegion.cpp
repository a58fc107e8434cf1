#include "core/genesys/Region.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace earshot;

class TestRegion : public QObject
{
    Q_OBJECT

private slots:
    void everyReferenceRegionResolves()
    {
        QCOMPARE(genesysRegions().size(), 18);
        for (const GenesysRegion &r : genesysRegions()) {
            const auto byDomain = resolveEndpoints(r.domain);
            QVERIFY(byDomain.ok());
            QCOMPARE(byDomain.value().apiBase, QUrl(QStringLiteral("https://api.") + r.domain));
            QCOMPARE(byDomain.value().loginBase, QUrl(QStringLiteral("https://login.") + r.domain));
            QVERIFY(resolveEndpoints(r.name).ok());
        }
    }

    void byAwsCodeAndCustomDomain()
    {
        QCOMPARE(resolveEndpoints(QStringLiteral("eu-central-1")).value().apiBase,
                 QUrl(QStringLiteral("https://api.mypurecloud.de")));
        QCOMPARE(resolveEndpoints(QStringLiteral("ap-southeast-2")).value().loginBase,
                 QUrl(QStringLiteral("https://login.mypurecloud.com.au")));
        QCOMPARE(resolveEndpoints(QStringLiteral("new1.example-cloud.net")).value().apiBase,
                 QUrl(QStringLiteral("https://api.new1.example-cloud.net")));
        QVERIFY(!resolveEndpoints(QStringLiteral("not a region")).ok());
    }

    void findsRegionsCaseInsensitively()
    {
        QCOMPARE(findRegion(QStringLiteral("US-EAST-1"))->domain,
                 QStringLiteral("mypurecloud.com"));
        QCOMPARE(findRegion(QStringLiteral(" frankfurt "))->awsCode,
                 QStringLiteral("eu-central-1"));
        QCOMPARE(findRegion(QStringLiteral("usw2.pure.cloud"))->name, QStringLiteral("US West"));
        QCOMPARE(findRegion(QStringLiteral("EU sovereign cloud"))->domain,
                 QStringLiteral("edee1.eusc-pure.cloud"));
        QVERIFY(!findRegion(QStringLiteral("us-east-9")).has_value());
        QVERIFY(!findRegion(QString()).has_value());
        // Every code and domain of the table is distinct.
        QSet<QString> codes;
        QSet<QString> domains;
        for (const GenesysRegion &r : genesysRegions()) {
            if (!r.awsCode.isEmpty())
                codes.insert(r.awsCode);
            domains.insert(r.domain);
        }
        QCOMPARE(codes.size(), 17);
        QCOMPARE(domains.size(), 18);
    }

    void rejectsWhatIsNotADomain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("my cloud");
        QTest::newRow("url") << QStringLiteral("https://api.mypurecloud.com");
        QTest::newRow("single label") << QStringLiteral("localhost");
        QTest::newRow("path") << QStringLiteral("mypurecloud.com/api");
        QTest::newRow("leading dot") << QStringLiteral(".pure.cloud");
    }

    void rejectsWhatIsNotADomain()
    {
        QFETCH(QString, text);
        const auto r = resolveEndpoints(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::GenesysRegion);
    }

    void explicitUrlsFollowTheLoopbackRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https remote") << QStringLiteral("https://gateway.example.com") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127.9.8.7") << QStringLiteral("http://127.9.8.7:1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http remote") << QStringLiteral("http://gateway.example.com") << false;
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1") << false;
        QTest::newRow("http localhost.evil.com")
            << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
    }

    void explicitUrlsFollowTheLoopbackRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QUrl u(url);
        const auto r = resolveEndpoints(QStringLiteral("us-east-1"), u, u);
        QCOMPARE(r.ok(), accepted);
        if (accepted)
            QCOMPARE(r.value().apiBase, u); // explicit URLs win over the region
    }

    void explicitUrlsGoTogether()
    {
        QVERIFY(resolveEndpoints({}, QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                 QUrl(QStringLiteral("http://localhost:8080")))
                    .ok());
        const auto remote = resolveEndpoints({}, QUrl(QStringLiteral("http://login.example.com")),
                                             QUrl(QStringLiteral("https://api.example.com")));
        QVERIFY(!remote.ok());
        QVERIFY(remote.error().message.contains(QStringLiteral("https://")));
        QVERIFY(!resolveEndpoints({}, QUrl(QStringLiteral("https://login.example.com")), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestRegion)
#include "TestRegion.moc"
