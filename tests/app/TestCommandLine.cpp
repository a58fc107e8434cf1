#include "app/CommandLine.h"
#include "app/demo/DemoStates.h"
#include "core/config/ConfigLocation.h"

#include <QDir>

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
        QVERIFY(h.helpRequested);
        QCOMPARE(h.exitCode, 0);
        const QString help = commandLineHelp();
        QVERIFY(help.contains(QStringLiteral("--check-genesys")));
        for (const char *name : {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET",
                                 "PAGERDUTY_INTEGRATION_KEY", "QT_LOGGING_RULES"})
            QVERIFY2(help.contains(QString::fromLatin1(name)), name);
        QVERIFY(help.contains(QStringLiteral("Exit status:")));
        QVERIFY(help.contains(QDir::toNativeSeparators(defaultConfigPath())));
        QVERIFY(!help.contains(QStringLiteral("-platform")));

        auto all = parse({QStringLiteral("--help-all")});
        QVERIFY(all.helpRequested && all.helpWithQtOptions);
        QVERIFY(commandLineHelp(true).contains(QStringLiteral("-platform NAME")));
    }

    void onlyAValidWindowCommandLineNeedsAWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("window");
        QTest::newRow("window") << QStringList{} << true;
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo")} << true;
        QTest::newRow("window with a config")
            << QStringList{QStringLiteral("-c"), QStringLiteral("a.ini")} << true;
        QTest::newRow("headless") << QStringList{QStringLiteral("--headless")} << false;
        QTest::newRow("check-config") << QStringList{QStringLiteral("--check-config")} << false;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << false;
        QTest::newRow("help-all") << QStringList{QStringLiteral("--help-all")} << false;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << false;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << false;
        QTest::newRow("demo and unknown option")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--bogus")} << false;
    }

    void onlyAValidWindowCommandLineNeedsAWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, window);
        QCOMPARE(needsWindow(parse(args)), window);
    }

    void qtWindowOptionsAreLeftToQApplication_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("kept");
        const QString demo = QStringLiteral("--demo");
        QTest::newRow("-platform NAME")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), demo}
            << QStringList{demo};
        QTest::newRow("--style=NAME")
            << QStringList{QStringLiteral("--style=fusion"), demo} << QStringList{demo};
        QTest::newRow("-session ID and -reverse")
            << QStringList{QStringLiteral("-session"), QStringLiteral("1234"),
                           QStringLiteral("-reverse")}
            << QStringList{};
        QTest::newRow("ours untouched")
            << QStringList{QStringLiteral("--config"), QStringLiteral("-platform.ini"), demo}
            << QStringList{QStringLiteral("--config"), QStringLiteral("-platform.ini"), demo};
        QTest::newRow("unknown untouched")
            << QStringList{QStringLiteral("--bogus")} << QStringList{QStringLiteral("--bogus")};
    }

    void qtWindowOptionsAreLeftToQApplication()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, kept);
        args.prepend(QStringLiteral("earshot"));
        kept.prepend(QStringLiteral("earshot"));
        QCOMPARE(withoutQtWindowOptions(args), kept);
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
        QTest::newRow("wall with headless")
            << QStringList{QStringLiteral("--wall"), QStringLiteral("--headless")};
        QTest::newRow("wall with check-config")
            << QStringList{QStringLiteral("--wall"), QStringLiteral("--check-config")};
        QTest::newRow("screen without wall")
            << QStringList{QStringLiteral("--screen"), QStringLiteral("2")};
        QTest::newRow("empty screen")
            << QStringList{QStringLiteral("--wall"), QStringLiteral("--screen= ")};
        QTest::newRow("screen without value")
            << QStringList{QStringLiteral("--wall"), QStringLiteral("--screen")};
        const QString demo = QStringLiteral("--demo");
        const QString state = QStringLiteral("--demo-state");
        const QString queues = QStringLiteral("--demo-queues");
        QTest::newRow("demo state without demo") << QStringList{state, QStringLiteral("ok")};
        QTest::newRow("unknown demo state") << QStringList{demo, state, QStringLiteral("calm")};
        QTest::newRow("demo queues without a state")
            << QStringList{demo, queues, QStringLiteral("500")};
        QTest::newRow("demo queues not a number")
            << QStringList{demo, state, QStringLiteral("storm"), queues, QStringLiteral("many")};
        QTest::newRow("demo queues zero")
            << QStringList{demo, state, QStringLiteral("storm"), queues, QStringLiteral("0")};
        QTest::newRow("demo queues too many")
            << QStringList{demo, state, QStringLiteral("storm"), queues, QStringLiteral("2001")};
        const QString role = QStringLiteral("--role");
        QTest::newRow("unknown role") << QStringList{role, QStringLiteral("boss")};
        QTest::newRow("role with the demo") << QStringList{demo, role, QStringLiteral("viewer")};
        QTest::newRow("role with check-config")
            << QStringList{QStringLiteral("--check-config"), role, QStringLiteral("leader")};
        QTest::newRow("headless viewer")
            << QStringList{QStringLiteral("--headless"), role, QStringLiteral("viewer")};
    }

    void demoStates()
    {
        auto p = parse({QStringLiteral("--wall"), QStringLiteral("--demo"),
                        QStringLiteral("--demo-state"), QStringLiteral("Paging-Broken"),
                        QStringLiteral("--demo-queues"), QStringLiteral("500")});
        QVERIFY2(!p.exitNow, qPrintable(p.output));
        QCOMPARE(p.options.demoState, QStringLiteral("paging-broken"));
        QCOMPARE(p.options.demoQueues, 500);
        QCOMPARE(demoStateFromName(p.options.demoState), DemoState::PagingBroken);
        p = parse({QStringLiteral("--demo"), QStringLiteral("--demo-state=stale")});
        QVERIFY(!p.exitNow);
        QCOMPARE(p.options.demoQueues, 0); // the default: the demo's 12 queues
        for (const QString &name : demoStateNames())
            QCOMPARE(demoStateName(*demoStateFromName(name)), name);
        // The error names what is allowed.
        p = parse(
            {QStringLiteral("--demo"), QStringLiteral("--demo-state"), QStringLiteral("calm")});
        QVERIFY(p.output.contains(QStringLiteral("ok, critical, storm, stale, paging-broken")));
        QVERIFY(commandLineHelp().contains(QStringLiteral("--demo-state")));
        QVERIFY(commandLineHelp().contains(QStringLiteral("--demo-queues")));
    }

    // Issue 13: --role on the window and headless; auto by default.
    void roles()
    {
        QCOMPARE(parse({}).options.role, ConsoleRole::Auto);
        auto p =
            parse({QStringLiteral("--role"), QStringLiteral("Viewer"), QStringLiteral("--wall")});
        QVERIFY2(!p.exitNow, qPrintable(p.output));
        QCOMPARE(p.options.role, ConsoleRole::Viewer);
        p = parse({QStringLiteral("--headless"), QStringLiteral("--role=leader")});
        QVERIFY2(!p.exitNow, qPrintable(p.output));
        QCOMPARE(p.options.role, ConsoleRole::Leader);
        p = parse({QStringLiteral("--headless"), QStringLiteral("--role"), QStringLiteral("auto")});
        QCOMPARE(p.options.role, ConsoleRole::Auto);
        p = parse({QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(p.exitCode, 2);
        QVERIFY(p.output.contains(QStringLiteral("auto, leader or viewer")));
        QVERIFY(commandLineHelp().contains(QStringLiteral("--role")));
    }

    void wallOnTheWindowAndTheDemo()
    {
        auto p = parse({QStringLiteral("--wall")});
        QVERIFY(!p.exitNow);
        QVERIFY(p.options.wall);
        QCOMPARE(p.options.mode, CommandLineOptions::Mode::Gui);
        QVERIFY(needsWindow(p));
        p = parse({QStringLiteral("--wall"), QStringLiteral("--demo"), QStringLiteral("--screen"),
                   QStringLiteral("HDMI-1")});
        QVERIFY(!p.exitNow);
        QVERIFY(p.options.wall);
        QCOMPARE(p.options.mode, CommandLineOptions::Mode::Demo);
        QCOMPARE(p.options.screen, QStringLiteral("HDMI-1"));
        QVERIFY(!parse({}).options.wall);
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
