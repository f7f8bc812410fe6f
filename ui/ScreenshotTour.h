#pragma once

#include <QDir>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <vector>

class QWidget;

namespace RefundDesk {

class DeskLauncher;

// `refunddesk --demo --screenshot-tour DIR`: walks the running demo through its screens the
// way a person would (sign in, look up, refund, approve, review, audit, settings, dark and
// small windows), saves a PNG of each into DIR and quits (exit code 0, or 1 when a screen
// did not come up). scripts/screenshots.sh runs it under Xvfb for the README.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(DeskLauncher &launcher, const QString &directory, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Step
    {
        QString description;
        std::function<void()> action; // may be empty
        std::function<bool()> ready; // polled until true (or the step times out)
        QString shot; // file name; empty: no picture
    };

    void buildSteps();
    void next();
    void poll();
    void save(const QString &name);
    void fail(const QString &why);

    DeskLauncher &m_launcher;
    QDir m_directory;
    std::vector<Step> m_steps;
    std::size_t m_current = 0;
    QTimer m_poll;
    int m_waitedMs = 0;
};

} // namespace RefundDesk
