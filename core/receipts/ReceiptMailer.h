#pragma once

#include "EmailMessage.h"
#include "ReceiptDelivery.h"
#include "ReceiptModel.h"
#include "SmtpClient.h"
#include "SmtpPasswordStore.h"
#include "config/SmtpConfig.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <optional>

class QThread;

namespace RefundDesk {

class ReceiptDeliveryLog;

struct ReceiptEmailProgress
{
    enum class Stage { Sending, WaitingToRetry };

    Stage stage = Stage::Sending;
    int attempt = 1;
    int maxAttempts = 1;
    qint64 bytesSent = 0;
    qint64 bytesTotal = 0; // 0 while unknown
    int retryInMs = 0; // WaitingToRetry
    QString message; // WaitingToRetry: why the last attempt failed
};

struct ReceiptEmailResult
{
    enum class Status {
        Sent,
        InvalidAddress, // nothing was tried: the recipient is not an address
        NotConfigured, // nothing was sent: [smtp] or its password is missing or wrong
        Failed, // every attempt failed; recorded, so the receipt can be sent again
        Cancelled,
    };

    Status status = Status::Failed;
    QString message; // for people; empty when sent
    QString recipient;
    int attempts = 0;

    bool ok() const { return status == Status::Sent; }
};

// After a failed attempt, the next one waits firstDelayMs, then twice as long each time,
// at most maxDelayMs.
struct EmailRetryPolicy
{
    int maxAttempts = 4;
    int firstDelayMs = 5000;
    int maxDelayMs = 60000;

    int delayBeforeAttempt(int attempt) const; // attempt 2, 3, ...
};

// Emails a refund receipt: a plain-text and an HTML body and the PDF attached, through the
// [smtp] server, on a worker thread so the caller's thread never waits on the network.
// Failed attempts are retried with back-off; every attempt's outcome goes to the delivery
// log, so a receipt that could not be sent stays visible and can be sent again.
// progress() reports values while it works; finished() comes exactly once per send().
class ReceiptMailer : public QObject
{
    Q_OBJECT

public:
    explicit ReceiptMailer(const SmtpConfig &config, QObject *parent = nullptr);
    ~ReceiptMailer() override;

    void setRetryPolicy(const EmailRetryPolicy &policy) { m_policy = policy; }
    // Not owned; may be null (nothing recorded).
    void setDeliveryLog(ReceiptDeliveryLog *log) { m_log = log; }
    // The keychain to read the password from when [smtp] password is empty; not owned.
    void setPasswordStore(SmtpPasswordStore *store) { m_passwordStore = store; }
    bool isBusy() const { return m_busy; }

    void send(const ReceiptModel &model, const QString &recipient);
    // Stops the running attempt or the wait for the next one; finished() reports Cancelled.
    void cancel();

    // The message send() delivers.
    static EmailMessage compose(const ReceiptModel &model, const QByteArray &pdf, const SmtpConfig &config,
                                const QString &recipient);
    static QString subject(const ReceiptModel &model);

Q_SIGNALS:
    void progress(const RefundDesk::ReceiptEmailProgress &progress);
    void finished(const RefundDesk::ReceiptEmailResult &result);

private:
    void start(const QString &password);
    void attempt();
    void attemptDone(const SmtpResult &result);
    void record(ReceiptDelivery::Outcome outcome, const QString &message);
    void finish(ReceiptEmailResult::Status status, const QString &message);

    SmtpConfig m_config;
    EmailRetryPolicy m_policy;
    ReceiptDeliveryLog *m_log = nullptr;
    QPointer<SmtpPasswordStore> m_passwordStore;

    bool m_busy = false;
    QUuid m_refundId;
    EmailMessage m_message;
    QString m_password;
    int m_attempt = 0;
    QTimer m_retryTimer;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    QMetaObject::Connection m_passwordConnection;
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::ReceiptEmailProgress)
Q_DECLARE_METATYPE(RefundDesk::ReceiptEmailResult)
