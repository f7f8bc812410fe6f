#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace RefundDesk {

// How one HTTP exchange with a gateway ended (GatewayHttpJob). Adapters map it onto
// their gateway's meaning; only Answered carries an HTTP status and a body.
struct HttpResult
{
    enum class Outcome {
        // An HTTP status and a complete body arrived: 2xx, but also 3xx, 4xx and 5xx.
        Answered,
        // Certainly never reached the gateway (DNS failure, connection refused, TLS
        // failure, refused locally, timed out before a single byte was sent). Safe to retry.
        NotSent,
        // May have reached the gateway, and no complete answer came back (timeout or a
        // broken connection after sending, a re-send Qt was not allowed to make, an
        // answer cut short). Only the gateway's lost-answer rule may resolve this.
        OutcomeUnknown,
        // Cancelled by the caller before anything was sent.
        Cancelled,
    };

    // When RefundDesk ended the exchange itself, why.
    enum class LocalReason {
        None,
        Timeout, // no progress within the job's timeout
        Cancelled, // GatewayHttpJob::cancel()
        AnswerTooLarge, // the answer passed the job's size limit
        InsecureUrl, // not https:// (plain http:// only for loopback)
    };

    Outcome outcome = Outcome::NotSent;
    LocalReason localReason = LocalReason::None;
    int httpStatus = 0; // 0 unless a status line arrived
    QByteArray reasonPhrase; // "Internal Server Error"
    QByteArray body;
    QList<HttpHeader> headers; // as received
    // For people; empty only for an Answered 2xx. Translated.
    QString userMessage;
    // Qt's error for the reply, NoError on a 2xx; for the audit trail and diagnostics.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorDetail; // Qt's technical text (and TLS errors); never shown alone to people
    // Whether any byte of the request may have left this machine.
    bool bytesWereSent = false;

    bool timedOut() const { return localReason == LocalReason::Timeout; }
    bool isAnswered() const { return outcome == Outcome::Answered; }
    bool isSuccess() const { return isAnswered() && httpStatus >= 200 && httpStatus < 300; }
    // A POST is never redirected automatically: a 3xx reaches the adapter as an answer.
    bool isRedirect() const { return isAnswered() && httpStatus >= 300 && httpStatus < 400; }
    bool isClientError() const { return isAnswered() && httpStatus >= 400 && httpStatus < 500; }
    // "500 after sending": the gateway received the request and failed somewhere, before
    // or after carrying it out. For a refund this is as uncertain as a lost answer unless
    // the gateway's documentation says otherwise.
    bool isServerError() const { return isAnswered() && httpStatus >= 500; }
    // True when the gateway may have carried out the request but did not clearly say so:
    // OutcomeUnknown, or an answered 5xx.
    bool mayHaveTakenEffectUnconfirmed() const { return outcome == Outcome::OutcomeUnknown || isServerError(); }

    // The first header with that name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::HttpResult)
