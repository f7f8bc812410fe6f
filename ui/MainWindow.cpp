#include "MainWindow.h"

#include "Version.h"

#include <QLabel>
#include <QVBoxLayout>

namespace RefundDesk {

MainWindow::MainWindow(bool demoMode, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(demoMode ? tr("RefundDesk — DEMO") : tr("RefundDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (demoMode) {
        auto *banner =
            new QLabel(tr("DEMO — refunds go to the built-in gateway sandbox, no real money moves"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("background:#b45309;color:white;font-weight:bold;padding:6px;"));
        layout->addWidget(banner);
    }
    auto *version = new QLabel(versionString(), central);
    version->setAlignment(Qt::AlignCenter);
    layout->addWidget(version, 1);
    setCentralWidget(central);
    resize(900, 600);
}

} // namespace RefundDesk
