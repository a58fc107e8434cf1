#include "ui/wall/WallWindow.h"

#include "ui/wall/WallView.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace earshot {

namespace {
constexpr int kCursorHideMs = 3000;
} // namespace

WallWindow::WallWindow(bool escapeLeaves, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_view(new WallView(this))
    , m_cursorTimer(new QTimer(this))
    , m_escapeLeaves(escapeLeaves)
{
    setWindowTitle(tr("Earshot — wall display"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMouseTracking(true);
    m_view->setMouseTracking(true);
    m_view->installEventFilter(this);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(kCursorHideMs);
    connect(m_cursorTimer, &QTimer::timeout, this, [this] {
        m_cursorHidden = true;
        setCursor(Qt::BlankCursor);
        m_view->setCursor(Qt::BlankCursor);
    });
}

WallView *WallWindow::view() const
{
    return m_view;
}

void WallWindow::showOnScreen(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    m_cursorTimer->start();
}

bool WallWindow::isCursorHidden() const
{
    return m_cursorHidden;
}

void WallWindow::showCursor()
{
    if (m_cursorHidden) {
        m_cursorHidden = false;
        unsetCursor();
        m_view->unsetCursor();
    }
    m_cursorTimer->start();
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::MouseMove)
        showCursor();
    return QWidget::eventFilter(watched, event);
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11 || (event->key() == Qt::Key_Escape && m_escapeLeaves)) {
        emit leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallWindow::closeEvent(QCloseEvent *event)
{
    // Whoever shows the wall decides what closing it means (back to the desk window).
    event->ignore();
    emit leaveRequested();
}

int chooseWallScreen(const QStringList &screenNames, const QString &request,
                     const QString &remembered, QString *problem)
{
    const QString wanted = request.trimmed();
    if (!wanted.isEmpty()) {
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= screenNames.size())
            return number - 1;
        const qsizetype byName = screenNames.indexOf(wanted);
        if (!isNumber && byName >= 0)
            return int(byName);
        if (problem)
            *problem = WallWindow::tr("There is no screen \"%1\" (screens: %2); the wall uses "
                                      "the primary screen.")
                           .arg(wanted, screenNames.join(QStringLiteral(", ")));
        return -1;
    }
    return int(screenNames.indexOf(remembered)); // -1 when unknown or gone
}

} // namespace earshot
