#pragma once

#include "EmailMessage.h"
#include "config/SmtpConfig.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace RefundDesk {

// What one delivery attempt came to.
struct SmtpResult
{
    enum class Status {
        Sent,
        ConnectionFailed, // refused, unreachable, name not found
        TlsFailed, // no STARTTLS offered, handshake or certificate failed
        LoginRefused, // AUTH rejected
        Refused, // the server would not take the sender, the recipient or the message
        Timeout,
        Cancelled,
        Failed, // anything else the server or the transfer did wrong
    };

    Status status = Status::Failed;
    QString message; // for people; names the server and what to check
    QString serverReply; // the server's last words where libcurl kept them, e.g. "535 5.7.8 ..."

    bool ok() const { return status == Status::Sent; }
};

// Sends one message over SMTP with libcurl (its SMTP and MIME support): STARTTLS, implicit
// TLS or plain, AUTH when a user is given, certificates checked against the system's CAs or
// the configured CA file. Blocking: call it on a worker thread only (ReceiptMailer does).
class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SmtpClient)

public:
    // bytes sent so far and in total; total may be 0 until libcurl knows it.
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    // password: already resolved (config, environment, file or keychain).
    static SmtpResult send(const SmtpConfig &config, const QString &password, const EmailMessage &message,
                           const Progress &progress, const std::atomic_bool &cancel);

    // RFC 2047 encoded-word for a header when it is not plain ASCII.
    static QByteArray encodeHeaderText(const QString &text);
};

} // namespace RefundDesk
