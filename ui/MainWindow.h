#pragma once

#include <QMainWindow>

namespace RefundDesk {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(bool demoMode, QWidget *parent = nullptr);
};

} // namespace RefundDesk
