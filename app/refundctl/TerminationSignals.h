#pragma once

#include <QObject>

class QSocketNotifier;

namespace RefundDesk {

// Turns SIGTERM and SIGINT into a Qt signal, so `refundctl serve` stops between events
// instead of in the middle of a ledger write. The handler only writes a byte to a socket
// pair (async-signal-safe); the event loop reads it.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    // False when the signal handlers could not be installed.
    bool install();

Q_SIGNALS:
    void terminated(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace RefundDesk
