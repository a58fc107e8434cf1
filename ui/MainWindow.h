#pragma once

#include <QMainWindow>

namespace earshot {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace earshot
