#include "ScannerWedgeDetector.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace RefundDesk {

namespace {

bool isTerminator(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab;
}

bool isPrintable(const QKeyEvent *key)
{
    constexpr Qt::KeyboardModifiers commandModifiers = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    const QString text = key->text();
    return !isTerminator(key) && !key->isAutoRepeat() && !(key->modifiers() & commandModifiers) && text.size() == 1
        && text.at(0).isPrint();
}

} // namespace

ScannerWedgeDetector::ScannerWedgeDetector(QObject *parent)
    : ScannerWedgeDetector(Settings(), parent)
{ }

ScannerWedgeDetector::ScannerWedgeDetector(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // Twice the longest gap a burst may have: only a person's trailing keystrokes wait this long.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(2 * m_settings.maxGapMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ScannerWedgeDetector::replayHeld);
}

ScannerWedgeDetector::~ScannerWedgeDetector() = default;

bool ScannerWedgeDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying)
        return false;
    if (event->type() == QEvent::KeyPress)
        return handleKeyPress(watched, static_cast<QKeyEvent *>(event));
    if (event->type() == QEvent::KeyRelease)
        return handleKeyRelease(watched, static_cast<QKeyEvent *>(event));
    return false;
}

bool ScannerWedgeDetector::handleKeyPress(QObject *watched, QKeyEvent *key)
{
    const quint64 now = key->timestamp();
    if (!m_held.empty() && (now < m_lastPress || now - m_lastPress > quint64(m_settings.maxGapMs)))
        replayHeld();

    if (isTerminator(key) && !m_held.empty()) {
        if (burstQualifies()) {
            const QString text = m_text.mid(m_settings.prefix.size());
            clearHeld();
            m_swallowRelease = key->key();
            Q_EMIT scanned(text);
            return true;
        }
        replayHeld();
        return false;
    }
    if (!isPrintable(key)) {
        replayHeld();
        return false;
    }

    const QString &prefix = m_settings.prefix;
    if (m_text.size() < prefix.size() && !prefix.startsWith(m_text + key->text())) {
        // Not the scanner's prefix: a person. Nothing of this needs holding back.
        replayHeld();
        return false;
    }
    if (m_text.isEmpty())
        m_firstPress = now;
    hold(watched, key);
    m_text += key->text();
    m_lastPress = now;
    m_flushTimer.start();
    return true;
}

bool ScannerWedgeDetector::handleKeyRelease(QObject *watched, QKeyEvent *key)
{
    if (m_swallowRelease != 0 && key->key() == m_swallowRelease) {
        m_swallowRelease = 0;
        return true;
    }
    if (m_held.empty())
        return false;
    // Keep releases in order with the presses they follow, so a replay is exact.
    hold(watched, key);
    return true;
}

void ScannerWedgeDetector::hold(QObject *watched, QKeyEvent *key)
{
    m_held.push_back({QPointer<QObject>(watched), std::unique_ptr<QKeyEvent>(static_cast<QKeyEvent *>(key->clone()))});
}

bool ScannerWedgeDetector::burstQualifies() const
{
    const qsizetype length = m_text.size() - m_settings.prefix.size();
    if (!m_text.startsWith(m_settings.prefix) || length < m_settings.minLength)
        return false;
    const quint64 gaps = quint64(m_text.size() - 1);
    return gaps > 0 && (m_lastPress - m_firstPress) < quint64(m_settings.maxAverageGapMs) * gaps;
}

void ScannerWedgeDetector::replayHeld()
{
    m_flushTimer.stop();
    std::vector<HeldKey> held = std::move(m_held);
    clearHeld();
    m_replaying = true;
    for (HeldKey &key : held) {
        if (key.target)
            QCoreApplication::sendEvent(key.target, key.event.get());
    }
    m_replaying = false;
}

void ScannerWedgeDetector::clearHeld()
{
    m_flushTimer.stop();
    m_held.clear();
    m_text.clear();
    m_firstPress = 0;
    m_lastPress = 0;
}

} // namespace RefundDesk
