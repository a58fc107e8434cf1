#pragma once

#include <QWidget>

class QScreen;
class QTimer;

namespace earshot {

class WallView;

// The wall display's window: frameless, fullscreen on one screen, the mouse cursor hidden
// after 3 s without movement. F11 leaves; Esc leaves too unless the wall is the whole
// application (earshot --wall), where a stray key must not drop the NOC screen.
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WallWindow(bool escapeLeaves, QWidget *parent = nullptr);

    [[nodiscard]] WallView *view() const;
    // Fullscreen on that screen (null: the primary one).
    void showOnScreen(QScreen *screen);
    [[nodiscard]] bool isCursorHidden() const;

signals:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCursor();

    WallView *m_view = nullptr;
    QTimer *m_cursorTimer = nullptr;
    bool m_escapeLeaves;
    bool m_cursorHidden = false;
};

// Which screen the wall goes on: `request` is a number from 1 (in Qt's order of screens)
// or a screen's name; empty: the remembered name, else the primary screen (-1). `problem`
// says why a request could not be followed.
[[nodiscard]] int chooseWallScreen(const QStringList &screenNames, const QString &request,
                                   const QString &remembered, QString *problem);

} // namespace earshot
