#include "app/CommandLine.h"

#include <QObject>
#include <QTest>

using namespace earshot;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static ParsedCommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("earshot"));
        return parseCommandLine(args);
    }

private slots:
    void defaultsToTheWindow()
    {
        const auto p = parse({});
        QVERIFY(!p.exitNow);
        QCOMPARE(p.options.mode, CommandLineOptions::Mode::Gui);
    }

    void headlessOnceWithConfig()
    {
        const auto p = parse({QStringLiteral("--headless"), QStringLiteral("--once"),
                              QStringLiteral("--config"), QStringLiteral("/etc/earshot.ini")});
        QVERIFY(!p.exitNow);
        QCOMPARE(p.options.mode, CommandLineOptions::Mode::Headless);
        QVERIFY(p.options.once);
        QCOMPARE(p.options.configFile, QStringLiteral("/etc/earshot.ini"));
        QVERIFY(!p.options.resetDatabase);
        const auto reset =
            parse({QStringLiteral("--headless"), QStringLiteral("--reset-database")});
        QVERIFY(!reset.exitNow);
        QVERIFY(reset.options.resetDatabase);
    }

    void versionAndHelp()
    {
        auto v = parse({QStringLiteral("--version")});
        QVERIFY(v.exitNow);
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.output.startsWith(QStringLiteral("Earshot ")));
        auto h = parse({QStringLiteral("--help")});
        QVERIFY(h.exitNow);
        QVERIFY(h.output.contains(QStringLiteral("--check-genesys")));
    }

    void rejectsContradictions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("two modes")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--headless")};
        QTest::newRow("once alone") << QStringList{QStringLiteral("--once")};
        QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
        QTest::newRow("reset without headless") << QStringList{QStringLiteral("--reset-database")};
    }

    void rejectsContradictions()
    {
        QFETCH(QStringList, args);
        const auto p = parse(args);
        QVERIFY(p.exitNow);
        QCOMPARE(p.exitCode, 2);
        QVERIFY(!p.output.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
