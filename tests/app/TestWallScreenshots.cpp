// Issue 10: the real program on a real X server. For each demo state it starts Xvfb at a
// NOC screen's size, runs `earshot --wall --demo --demo-state STATE --demo-queues N` on it,
// waits until the wall's log says it painted that state (never a fixed sleep), grabs the
// screen with WallGrab and checks the picture: its size, that it is not blank, the
// banners' colours across the width for stale data and broken paging, the critical colour
// where a queue is critical and nowhere else. The PNGs stay in EARSHOT_WALL_SHOTS_DIR.
// ctest runs one combination per state; EARSHOT_WALL_SHOTS=all runs all 30 (three
// resolutions, 12 and 500 queues): the wall_screenshots target does that.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kStateMs = 60'000; // generous: 500 queues back-filled on a loaded machine

// The dark theme's colours (ui/wall/WallPalette.cpp).
const QRgb kCritical = qRgb(0xFF, 0x6A, 0x1A);
const QRgb kOk = qRgb(0x2E, 0xC4, 0x95);
const QRgb kStaleBanner = qRgb(0xF0, 0xE4, 0x42);
const QRgb kBrokenBanner = qRgb(0xB0, 0x10, 0x10);

// An Xvfb of one size; it picks a free display number itself (-displayfd).
class XServer
{
public:
    explicit XServer(QSize size)
    {
        m_process.start(QStringLiteral("Xvfb"),
                        {QStringLiteral("-displayfd"), QStringLiteral("1"),
                         QStringLiteral("-screen"), QStringLiteral("0"),
                         QStringLiteral("%1x%2x24").arg(size.width()).arg(size.height()),
                         QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        if (!m_process.waitForStarted(10'000))
            return;
        (void)QTest::qWaitFor([&] { return m_process.canReadLine(); }, 20'000);
        const QByteArray number = m_process.readLine().trimmed();
        if (!number.isEmpty())
            m_display = u':' + QString::fromLatin1(number);
    }
    ~XServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(10'000);
    }
    [[nodiscard]] QString display() const
    {
        return m_display;
    }

private:
    QProcess m_process;
    QString m_display;
};

using Fields = QHash<QString, QString>;

// "wall painted: size=1280x720 queues=12 critical=1 ... stale-banner="..."" as key -> value.
Fields fieldsOf(const QString &line)
{
    Fields fields;
    static const QRegularExpression field(QStringLiteral("([a-z-]+)=(\"([^\"]*)\"|\\S+)"));
    for (const auto &m : field.globalMatch(line))
        fields.insert(m.captured(1), m.captured(3).isEmpty() ? m.captured(2) : m.captured(3));
    return fields;
}

// Whether the wall shows `state` for `queues` queues at `size`.
bool shows(const Fields &f, const QString &state, int queues, QSize size)
{
    const auto n = [&f](const char *key) {
        return f.value(QLatin1StringView(key)).toInt();
    };
    if (f.value(QStringLiteral("size")) !=
            QStringLiteral("%1x%2").arg(size.width()).arg(size.height()) ||
        n("queues") != queues)
        return false;
    const bool staleBanner = f.value(QStringLiteral("stale-banner")) != QStringLiteral("no");
    const bool pagingBanner = f.value(QStringLiteral("paging-banner")) != QStringLiteral("no");
    if (state == QStringLiteral("ok"))
        return !staleBanner && !pagingBanner && n("critical") == 0 && n("warning") == 0;
    if (state == QStringLiteral("critical"))
        return !staleBanner && !pagingBanner && n("critical") == 1;
    if (state == QStringLiteral("storm"))
        return !staleBanner && !pagingBanner && n("critical") >= queues / 3 && n("warning") > 0;
    if (state == QStringLiteral("stale")) // polling fails: 503 from Genesys Cloud
        return staleBanner && f.value(QStringLiteral("stale-banner")).contains(u"503") &&
               n("ok") == 0;
    if (state == QStringLiteral("paging-broken"))
        return !staleBanner && pagingBanner && n("critical") == 1;
    return false;
}

// A row (in the top third) that is this colour across nearly the whole width: a banner.
bool hasBanner(const QImage &image, QRgb color)
{
    for (int y = 0; y < image.height() / 3; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int same = 0;
        for (int x = 0; x < image.width(); ++x)
            same += (line[x] & 0xFFFFFF) == (color & 0xFFFFFF);
        if (same >= image.width() * 9 / 10)
            return true;
    }
    return false;
}

int pixelsOf(const QImage &image, QRgb color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xFFFFFF) == (color & 0xFFFFFF);
    }
    return count;
}

// A column of this colour at least a twentieth of the screen high: a problem tile's edge
// (the sparklines' dashed level lines are horizontal and short).
bool hasTileEdge(const QImage &image, QRgb color)
{
    const int wanted = image.height() / 20;
    for (int x = 0; x < image.width(); ++x) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb pixel = reinterpret_cast<const QRgb *>(image.constScanLine(y))[x];
            run = (pixel & 0xFFFFFF) == (color & 0xFFFFFF) ? run + 1 : 0;
            if (run >= wanted)
                return true;
        }
    }
    return false;
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 3) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            colors.insert(line[x] & 0xFFFFFF);
    }
    return int(colors.size());
}

} // namespace

class TestWallScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty())
            QSKIP("Xvfb is not installed (packaging/linux/install-deps.sh installs it)");
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("EARSHOT_BINARY")));
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("WALL_GRAB")));
        m_shots = qEnvironmentVariable("EARSHOT_WALL_SHOTS_DIR");
        QVERIFY(!m_shots.isEmpty());
        QVERIFY(QDir().mkpath(m_shots));
    }

    void wallShowsTheState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("queues");
        QTest::addColumn<QSize>("size");
        const QList<QSize> sizes{{1280, 720}, {1920, 1080}, {3840, 2160}};
        const QStringList states{QStringLiteral("ok"), QStringLiteral("critical"),
                                 QStringLiteral("storm"), QStringLiteral("stale"),
                                 QStringLiteral("paging-broken")};
        const bool all = qEnvironmentVariable("EARSHOT_WALL_SHOTS") == QStringLiteral("all");
        // ctest: each state once, every size and both queue counts among them.
        const QStringList picked{
            QStringLiteral("ok-1280x720-12"), QStringLiteral("critical-1920x1080-500"),
            QStringLiteral("storm-3840x2160-500"), QStringLiteral("stale-3840x2160-12"),
            QStringLiteral("paging-broken-1280x720-500")};
        for (const QSize &size : sizes) {
            for (const int queues : {12, 500}) {
                for (const QString &state : states) {
                    const QString name = QStringLiteral("%1-%2x%3-%4")
                                             .arg(state)
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(queues);
                    if (all || picked.contains(name))
                        QTest::newRow(qPrintable(name)) << state << queues << size;
                }
            }
        }
    }

    void wallShowsTheState()
    {
        QFETCH(QString, state);
        QFETCH(int, queues);
        QFETCH(QSize, size);
        XServer x(size);
        QVERIFY2(!x.display().isEmpty(), "Xvfb did not start");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), x.display());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        QProcess earshot;
        earshot.setProcessEnvironment(env);
        earshot.setProcessChannelMode(QProcess::MergedChannels);
        earshot.start(qEnvironmentVariable("EARSHOT_BINARY"),
                      {QStringLiteral("--wall"), QStringLiteral("--demo"),
                       QStringLiteral("--demo-state"), state, QStringLiteral("--demo-queues"),
                       QString::number(queues)});
        QVERIFY(earshot.waitForStarted(10'000));
        QString log;
        QString painted;
        const bool reached = QTest::qWaitFor(
            [&] {
                log += QString::fromLocal8Bit(earshot.readAll());
                const qsizetype at = log.lastIndexOf(QStringLiteral("wall painted:"));
                if (at < 0)
                    return false;
                painted = log.mid(at).section(u'\n', 0, 0);
                return shows(fieldsOf(painted), state, queues, size) ||
                       earshot.state() == QProcess::NotRunning;
            },
            kStateMs);
        const QString png = QStringLiteral("%1/wall-%2-%3x%4-%5.png")
                                .arg(m_shots, state)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(queues);
        QProcess grab;
        grab.setProcessEnvironment(env);
        grab.start(qEnvironmentVariable("WALL_GRAB"), {png});
        QVERIFY(grab.waitForFinished(30'000));
        earshot.terminate();
        if (!earshot.waitForFinished(15'000))
            earshot.kill();
        log += QString::fromLocal8Bit(earshot.readAll());
        QVERIFY2(reached && shows(fieldsOf(painted), state, queues, size),
                 qPrintable(QStringLiteral("the wall did not show %1; last: %2\n%3")
                                .arg(state, painted, log.right(3000))));
        QCOMPARE(grab.exitCode(), 0);

        QImage image(png);
        QVERIFY(!image.isNull());
        image = image.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), size);
        QVERIFY2(distinctColors(image) > 16, "the picture is blank");
        const bool staleBanner = hasBanner(image, kStaleBanner);
        const bool brokenBanner = hasBanner(image, kBrokenBanner);
        QCOMPARE(staleBanner, state == QStringLiteral("stale"));
        QCOMPARE(brokenBanner, state == QStringLiteral("paging-broken"));
        const bool critical = state == QStringLiteral("critical") ||
                              state == QStringLiteral("storm") ||
                              state == QStringLiteral("paging-broken");
        QCOMPARE(hasTileEdge(image, kCritical), critical);
        // Old data is never shown as OK: a stale wall has no OK colour at all.
        if (state == QStringLiteral("stale"))
            QCOMPARE(pixelsOf(image, kOk), 0);
        if (state == QStringLiteral("ok"))
            QVERIFY(hasTileEdge(image, kOk));
    }

private:
    QString m_shots;
};

QTEST_GUILESS_MAIN(TestWallScreenshots)
#include "TestWallScreenshots.moc"
