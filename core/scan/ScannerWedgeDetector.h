#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QKeyEvent;

namespace RefundDesk {

// Tells a keyboard-wedge barcode scanner from a person typing. Install it on the application
// (qApp->installEventFilter) and it hands every scan to scanned(), from any screen.
//
// A scanner types a burst: many characters a few ms apart, ended by Enter or Tab. People
// rarely type faster than 30-40 ms a key. So printable keystrokes are held back while they
// might still be a burst; when the burst ends with Enter/Tab and qualifies (enough characters,
// a short average gap), they are swallowed and scanned() is emitted. As soon as it is clear
// that a person is typing (a gap longer than maxGapMs, a non-printable key, a burst too short
// or too slow), the held keystrokes are replayed, in order, to the object they were meant for.
// Gaps are measured with the events' own timestamps, so a busy UI thread cannot fake a burst.
class ScannerWedgeDetector : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int minLength = 6; // characters, not counting the prefix
        int maxAverageGapMs = 30; // average gap between a burst's keystrokes
        int maxGapMs = 50; // any longer gap means a person
        // When set, only bursts starting with it are scans, and other keystrokes pass at once.
        QString prefix;
    };

    explicit ScannerWedgeDetector(QObject *parent = nullptr);
    explicit ScannerWedgeDetector(const Settings &settings, QObject *parent = nullptr);
    ~ScannerWedgeDetector() override;

    Settings settings() const { return m_settings; }
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The scanned text without prefix and terminator.
    void scanned(const QString &text);

private:
    struct HeldKey
    {
        QPointer<QObject> target;
        std::unique_ptr<QKeyEvent> event;
    };

    bool handleKeyPress(QObject *watched, QKeyEvent *key);
    bool handleKeyRelease(QObject *watched, QKeyEvent *key);
    void hold(QObject *watched, QKeyEvent *key);
    bool burstQualifies() const;
    void replayHeld();
    void clearHeld();

    Settings m_settings;
    std::vector<HeldKey> m_held;
    QString m_text; // the held presses' text, prefix included
    quint64 m_firstPress = 0;
    quint64 m_lastPress = 0;
    int m_swallowRelease = 0; // the key whose release belongs to a swallowed terminator
    bool m_replaying = false;
    QTimer m_flushTimer; // replays a person's last keystrokes when nothing follows them
};

} // namespace RefundDesk
