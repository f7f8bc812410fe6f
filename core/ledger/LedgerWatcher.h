#pragma once

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

namespace RefundDesk {

// Tells an open screen when refunds change in the ledger, whoever changed them: another
// register, refundctl serve on the store server, or this program itself. Lives on the
// thread that opened it, which must run an event loop. LedgerFactory::openWatcher() picks
// the kind that fits the ledger's URL.
class LedgerWatcher : public QObject
{
    Q_OBJECT

public:
    ~LedgerWatcher() override;

Q_SIGNALS:
    // The refunds created or changed since the last signal, each once, oldest change first.
    // Changes that come together (one burst of a few milliseconds) arrive as one signal.
    // Empty when refunds may have changed but the watcher cannot say which (it lost and
    // regained its connection): reload everything shown.
    void refundsChanged(const QList<QUuid> &refundIds);

protected:
    explicit LedgerWatcher(QObject *parent);

    void noteRefundChanged(const QUuid &refundId);
    void noteUnknownChange();

private:
    void flush();

    QTimer m_batch;
    QList<QUuid> m_pending;
    bool m_unknown = false;
};

} // namespace RefundDesk
