#include "core/genesys/Region.h"

#include <QObject>
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

    void explicitUrlsFollowTheLoopbackRule()
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
