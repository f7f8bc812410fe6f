#pragma once

#include "gateways/Gateway.h"
#include "gateways/HttpRequest.h"
#include "gateways/HttpResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace RefundDesk {

// SecPaid's wire format (GATEWAYS.md §3) as plain functions: building the refundPayment
// and getPayInTransactions requests and reading their answers. No network and no state,
// so the unit tests and the fuzz targets call them directly; SecPaidGateway runs them.
class SecPaidProtocol
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SecPaidProtocol)

public:
    // Which submission an answer belongs to: the first one, or the single re-send of the
    // lost-answer rule, where "Refund already requested" means the first one was recorded.
    enum class Attempt { First, Repeat };

    // A request ready to send, or why RefundDesk will not send it (then nothing is sent).
    struct Built
    {
        HttpRequest request;
        QString refusal; // for people; empty when the request can be sent
        bool ok() const { return refusal.isEmpty(); }
    };

    // getPayInTransactions asks for at most this many entries; filtered by pay_id, a
    // payment has one entry and at most one refund.
    static constexpr int transactionLimit = 100;
    // How far back a lookup asks for the payment (SecPaid has no refund window).
    static constexpr int lookupLookbackDays = 3 * 366;

    SecPaidProtocol(QUrl baseUrl, QString token);

    // POST /api/v2/refundPayment {"pay_id": 12345, "refund_amount": 49.99, "isFullRefund": true}.
    // refund_amount is always sent, as the exact JSON number of the EUR amount; isFullRefund
    // only for a full refund. Refused locally: not EUR, amount not positive, a full refund
    // that is not the sale's whole amount, a pay_id that is not a positive integer.
    Built buildRefundRequest(const RefundRequest &request) const;
    // POST /api/v2/getPayInTransactions {"since": "YYYY-MM-DD", "limit": 100, "pay_id": 12345}.
    Built buildTransactionsRequest(const QString &payId, QDate since) const;

    // The refundPayment answer. First: Ok(Pending) on success, the documented errors as
    // Declined/NotFound, anything unreadable or unknown as OutcomeUnknown. Repeat (the
    // lost-answer re-send): success and "Refund already requested" are Ok(Pending), the
    // other documented errors NotExecuted, everything else OutcomeUnknown.
    static RefundResult parseRefundAnswer(const HttpResult &http, Attempt attempt);
    // The payment entry of payId in a getPayInTransactions answer, and its refunds.
    static LookupResult parseLookupAnswer(const HttpResult &http, const QString &payId);
    // Where the refund of payId stands in a getPayInTransactions answer: Ok with its status
    // (needs_review when the amount disagrees with refund.amount), NotFound when no refund
    // entry is listed, errors otherwise.
    static RefundResult parseStatusAnswer(const HttpResult &http, const Refund &refund, const QString &payId);
    // The lost-answer rule's first step reads the poll (parseStatusAnswer): a listed refund
    // is the answer; nullopt when none is listed, and only then is the same request sent
    // once more (parseRefundAnswer with Attempt::Repeat); a failed poll stays OutcomeUnknown.
    static std::optional<RefundResult> lostAnswerFromPoll(const RefundResult &polled);

    // A positive integer without leading zeros that fits 64 bits: what pay_id must be.
    static bool isValidPayId(QStringView payId);

private:
    QUrl endpoint(QStringView path) const;
    HttpRequest jsonPost(QStringView path, const QByteArray &body, HttpRequest::Purpose purpose) const;

    QUrl m_baseUrl;
    QString m_token;
};

} // namespace RefundDesk
