// The bare program bench_startup compares refunddesk's start-up with: a QApplication showing
// one plain QWidget, ready at the same moment refunddesk --exit-when-ready is (the window
// exposed, the event loop about to wait), when it prints "ready" and quits.
#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QWidget>
#include <QWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1024, 700);
    window.show();
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &window, [&window] {
        if (!window.windowHandle() || !window.windowHandle()->isExposed())
            return;
        std::printf("ready\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
