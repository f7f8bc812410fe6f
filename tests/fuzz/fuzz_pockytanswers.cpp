// Fuzzes what PockytProtocol reads from Pockyt: tran-query and refund answers, and the
// lost-answer check over a tran-query. The input is the answer body, read as HTTP 200 and
// as HTTP 400. Besides not crashing, the parsers must keep the promises the engine relies
// on, checked here so the fuzzer stops on a broken one:
// - an answered refund is never "not executed" (only the lost-answer rule may say that);
// - the lost-answer rule only answers Ok, NotExecuted or OutcomeUnknown;
// - every result that is not Ok says why in words;
// - a sale read from an answer has a non-negative amount and its refunds in its currency.

#include "gateways/pockyt/PockytProtocol.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace RefundDesk;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

Refund ourRefund()
{
    Refund refund;
    refund.refundId = QUuid::fromString(u"{3f2504e0-4f89-41d3-9a0c-0305e82c3301}");
    refund.amount = Money(1250, *Currency::fromCode(u"USD"));
    refund.transactionId = QStringLiteral("297553638300708562");
    return refund;
}

void run(const HttpResult &http)
{
    const Refund refund = ourRefund();

    const LookupResult lookup = PockytProtocol::parseQueryAnswer(http);
    check(lookup.outcome == GatewayOutcome::Ok || !lookup.message.isEmpty());
    if (lookup.outcome == GatewayOutcome::Ok) {
        check(!lookup.sale.amount.isNegative());
        check(lookup.refundedAtGateway && lookup.refundedAtGateway->currency() == lookup.sale.amount.currency());
        for (const GatewayRefundInfo &info : lookup.refunds)
            check(info.amount && info.amount->currency() == lookup.sale.amount.currency());
    }

    const RefundResult answer = PockytProtocol::parseRefundAnswer(http, refund);
    check(answer.outcome != GatewayOutcome::NotExecuted && answer.outcome != GatewayOutcome::Refused
          && answer.outcome != GatewayOutcome::Cancelled);
    check(!answer.message.isEmpty());
    if (answer.outcome == GatewayOutcome::Ok)
        check(answer.status != RefundStatus::Draft && answer.status != RefundStatus::Submitting);

    const RefundResult lost = PockytProtocol::parseRefundCheck(http, refund, PockytProtocol::Check::LostAnswer);
    check(lost.outcome == GatewayOutcome::Ok || lost.outcome == GatewayOutcome::NotExecuted
          || lost.outcome == GatewayOutcome::OutcomeUnknown);
    check(!lost.message.isEmpty());
    // "Not executed" needs a clean query answer, which never comes with an HTTP error.
    check(lost.outcome != GatewayOutcome::NotExecuted || http.isSuccess());

    const RefundResult status = PockytProtocol::parseRefundCheck(http, refund, PockytProtocol::Check::Status);
    check(!status.message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpResult http;
    http.outcome = HttpResult::Outcome::Answered;
    http.body = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    http.httpStatus = 200;
    run(http);
    http.httpStatus = 400;
    http.userMessage = QStringLiteral("The gateway refused the request (HTTP 400).");
    run(http);
    return 0;
}
