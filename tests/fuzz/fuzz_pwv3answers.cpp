// Fuzzes what PwV3Protocol reads from PW v3: refund answers, status answers and the
// lost-answer check over a status answer. The input is the answer body, read as HTTP 200
// and as HTTP 400. Promises checked, besides not crashing:
// - an answered refund is never "not executed";
// - the lost-answer rule only answers Ok, NotExecuted or OutcomeUnknown, and says
//   "not executed" or "succeeded" only from a clean status answer;
// - every result that is not Ok says why in words;
// - a sale read from a status answer has a non-negative amount.

#include "gateways/pwv3/PwV3Protocol.h"

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

RefundRequest ourRequest()
{
    const Currency eur = *Currency::fromCode(u"EUR");
    RefundRequest request;
    request.sale.gateway = GatewayId::PwV3;
    request.sale.transactionId = QStringLiteral("529-1438673740-1");
    request.sale.reference = QStringLiteral("1-1438673740-0001-01");
    request.sale.amount = Money(4999, eur);
    request.sale.method = QStringLiteral("VISA");
    request.refund.refundId = QUuid::fromString(u"{3f2504e0-4f89-41d3-9a0c-0305e82c3301}");
    request.refund.amount = Money(1234, eur);
    request.refund.gatewayRefundedBefore = Money(500, eur);
    return request;
}

void run(const HttpResult &http)
{
    const RefundRequest request = ourRequest();

    const LookupResult lookup = PwV3Protocol::parseStatusAnswer(http);
    check(lookup.outcome == GatewayOutcome::Ok || !lookup.message.isEmpty());
    if (lookup.outcome == GatewayOutcome::Ok) {
        check(!lookup.sale.amount.isNegative());
        check(!lookup.refundedAtGateway || lookup.refundedAtGateway->currency() == lookup.sale.amount.currency());
    }

    const RefundResult answer = PwV3Protocol::parseRefundAnswer(http, request);
    check(answer.outcome != GatewayOutcome::NotExecuted && answer.outcome != GatewayOutcome::Refused
          && answer.outcome != GatewayOutcome::Cancelled);
    check(!answer.message.isEmpty());
    if (answer.outcome == GatewayOutcome::Ok)
        check(answer.status != RefundStatus::Draft && answer.status != RefundStatus::Submitting);

    const RefundResult lost =
        PwV3Protocol::parseRefundCheck(http, request.refund, request.sale, PwV3Protocol::Check::LostAnswer);
    check(lost.outcome == GatewayOutcome::Ok || lost.outcome == GatewayOutcome::NotExecuted
          || lost.outcome == GatewayOutcome::OutcomeUnknown);
    check(!lost.message.isEmpty());
    if (lost.outcome != GatewayOutcome::OutcomeUnknown) {
        check(lookup.outcome == GatewayOutcome::Ok && lookup.refundedAtGateway);
        check(lookup.sale.transactionId == request.sale.transactionId);
    }

    const RefundResult status =
        PwV3Protocol::parseRefundCheck(http, request.refund, request.sale, PwV3Protocol::Check::Status);
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
    http.httpStatus = 401;
    http.userMessage = QStringLiteral("The gateway refused RefundDesk's credentials (HTTP 401).");
    run(http);
    return 0;
}
