// Issue 10: `earshot --wall` runs unattended on a NOC screen, so nothing may cover the wall
// while it starts: no message box, no welcome page. A configuration that cannot be used
// shows on the wall itself (its banners say nothing is polled or paged, and why); F11 opens
// the desk window to fix it. Through the real GuiSession and widgets (offscreen).
#include "app/GuiSession.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace earshot;

namespace {

// Watches for any dialog shown while it lives; closes it (so a failing test never hangs
// in a modal loop) and remembers its title.
class DialogWatch
{
public:
    DialogWatch()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible()) {
                    m_seen << dialog->windowTitle();
                    dialog->reject();
                }
            }
        });
        m_timer.start();
    }
    [[nodiscard]] const QStringList &seen() const
    {
        return m_seen;
    }

private:
    QTimer m_timer;
    QStringList m_seen;
};

QString bannerTexts(const WallView &view)
{
    QStringList texts;
    for (const WallText &t : view.frame().texts)
        texts << t.text;
    return texts.join(u'\n');
}

} // namespace

class TestWallStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void brokenConfigShowsOnTheWallNotInADialog()
    {
        const QString config = m_home.filePath(QStringLiteral("broken.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[thresholds]\nmos_warning = abc\n");
        file.close();
        DialogWatch watch;
        GuiSession session(config, false, WallStart{true, {}},
                           QStringLiteral("EarshotTestWallStartup"));
        session.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return session.wallWindow() && session.wallWindow()->isVisible(); }, 10'000));
        QTest::qWait(200); // a dialog opened late would show now
        QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen().join(u',')));
        // The welcome page waits behind the wall; the message was logged, not shown.
        QVERIFY(session.window());
        QVERIFY(!session.window()->isVisible());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("mos_warning")));
        const WallView &view = *session.wallWindow()->view();
        QVERIFY(!view.frame().brokenBanner.isEmpty()); // nothing is paged
        QVERIFY(!view.frame().staleBanner.isEmpty());  // nothing is polled
        QVERIFY(view.tiles().isEmpty());
        QVERIFY2(bannerTexts(view).contains(QStringLiteral("Not monitoring")),
                 qPrintable(bannerTexts(view)));
        QVERIFY2(bannerTexts(view).contains(QStringLiteral("mos_warning")),
                 qPrintable(bannerTexts(view)));

        // F11: the operator walks up to fix it; the desk window comes forward.
        QTest::keyClick(session.wallWindow(), Qt::Key_F11);
        QVERIFY(QTest::qWaitFor([&] { return session.window()->isVisible(); }, 5000));
        QVERIFY(!session.wallWindow()->isVisible());
    }

    void demoWallStartsWithoutADialog()
    {
        DialogWatch watch;
        GuiSession session(m_home.filePath(QStringLiteral("none.ini")), true, WallStart{true, {}},
                           QStringLiteral("EarshotTestWallStartup"));
        session.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return session.wallWindow() && session.wallWindow()->isVisible(); }, 10'000));
        QVERIFY(session.window());
        QVERIFY(!session.window()->isVisible());
        // The demo's queues reach the wall; still no dialog, no welcome page.
        QVERIFY(QTest::qWaitFor([&] { return session.wallWindow()->view()->tiles().size() == 12; },
                                30'000));
        QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen().join(u',')));
        // A message while the wall is up is logged, never shown over it.
        const int before = MessageBox::suppressedCount();
        QCOMPARE(MessageBox::warning(session.window(), QStringLiteral("Earshot"),
                                     QStringLiteral("disk full")),
                 QMessageBox::NoButton);
        QCOMPARE(MessageBox::suppressedCount(), before + 1);
        QVERIFY(watch.seen().isEmpty());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestWallStartup)
#include "TestWallStartup.moc"
