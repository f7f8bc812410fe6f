// Fuzzes what PayNetProtocol reads from PayNet's answers: the refund answer (first request
// and the lost-answer repeat), the refund enquiry (status and the lost-answer check after a
// declined repeat) and the payment enquiry. The input is the answer body, read as HTTP 200,
// 400 and 404. Besides not crashing, the parsers must keep the promises the engine relies
// on, checked here so the fuzzer stops on a broken one:
// - a 2xx refund answer is never "not executed"; an Ok refund names PayNet's endToEndId;
// - the lost-answer steps only answer Ok, NotExecuted or OutcomeUnknown (a declined repeat
//   goes on to the enquiry), and NotExecuted needs PayNet's own "not found";
// - every result that is not Ok says why; a sale read from an answer is a positive MYR amount.

#include "gateways/paynet/PayNetProtocol.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace RefundDesk;

namespace {

const Currency myr = *Currency::fromCode(u"MYR");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool applicable(RefundStatus status)
{
    return status == RefundStatus::Pending || status == RefundStatus::Succeeded || status == RefundStatus::Rejected
        || status == RefundStatus::NeedsReview;
}

void run(const HttpResult &http)
{
    Refund refund;
    refund.refundId = QUuid::fromString(u"{dd66946f-5834-49a1-9d51-89ccfbd77909}");
    refund.amount = Money(1000, myr);
    const QString checkoutId = QStringLiteral("b4e6c575-5393-4a1e-a231-269e9a3f8af3");

    const RefundResult first = PayNetProtocol::parseRefundAnswer(http, PayNetProtocol::Attempt::First);
    check(first.outcome != GatewayOutcome::Refused && first.outcome != GatewayOutcome::Cancelled);
    check(first.outcome != GatewayOutcome::NotExecuted || !http.isSuccess());
    check(!first.message.isEmpty());
    if (first.outcome == GatewayOutcome::Ok)
        check(applicable(first.status) && !first.gatewayRefundId.isEmpty());

    const RefundResult repeat = PayNetProtocol::parseRefundAnswer(http, PayNetProtocol::Attempt::Repeat);
    const std::optional<RefundResult> settled = PayNetProtocol::lostAnswerFromRepeat(repeat);
    check(settled.has_value() == (repeat.outcome != GatewayOutcome::Declined));
    if (settled) {
        check(settled->outcome == GatewayOutcome::Ok || settled->outcome == GatewayOutcome::NotExecuted
              || settled->outcome == GatewayOutcome::OutcomeUnknown);
        check(settled->outcome != GatewayOutcome::NotExecuted || http.httpStatus == 404);
        check(!settled->message.isEmpty());
    }

    RefundResult declined;
    declined.outcome = GatewayOutcome::Declined;
    declined.message = QStringLiteral("PayNet refused the refund.");
    const RefundResult checked = PayNetProtocol::lostAnswerFromEnquiry(http, refund, declined);
    check(checked.outcome == GatewayOutcome::Ok || checked.outcome == GatewayOutcome::NotExecuted
          || checked.outcome == GatewayOutcome::OutcomeUnknown);
    check(checked.outcome != GatewayOutcome::NotExecuted || http.httpStatus == 404);
    check(!checked.message.isEmpty());

    const RefundResult enquiry = PayNetProtocol::parseRefundEnquiryAnswer(http, refund);
    check(!enquiry.message.isEmpty());
    if (enquiry.outcome == GatewayOutcome::Ok)
        check(applicable(enquiry.status));

    const LookupResult lookup = PayNetProtocol::parsePaymentEnquiryAnswer(http, checkoutId);
    if (lookup.outcome != GatewayOutcome::Ok) {
        check(!lookup.message.isEmpty());
        return;
    }
    check(lookup.message.isEmpty());
    check(lookup.sale.amount.currency() == myr && lookup.sale.amount.isPositive());
    check(lookup.sale.transactionId == checkoutId);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpResult http;
    http.outcome = HttpResult::Outcome::Answered;
    http.body = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const int status : {200, 400, 404}) {
        http.httpStatus = status;
        http.userMessage =
            status == 200 ? QString() : QStringLiteral("The gateway refused the request (HTTP %1).").arg(status);
        run(http);
    }
    return 0;
}
