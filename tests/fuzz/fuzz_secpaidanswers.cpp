// Fuzzes what SecPaidProtocol reads from SecPaid: refundPayment answers (first request and
// the lost-answer re-send) and getPayInTransactions answers (lookup, status poll and the
// lost-answer poll). The input is the answer body, read as HTTP 200 and as HTTP 400.
// Besides not crashing, the parsers must keep the promises the engine relies on, checked
// here so the fuzzer stops on a broken one:
// - a 2xx refund answer is never "not executed": SecPaid may have recorded it;
// - the lost-answer steps only answer Ok, NotExecuted or OutcomeUnknown, and only a clean
//   "nothing listed" leads to the re-send;
// - a refund that is Ok has a status the engine can apply; every other result says why;
// - a sale read from an answer is a positive EUR amount, its refunds in EUR.

#include "gateways/secpaid/SecPaidProtocol.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace RefundDesk;

namespace {

const Currency eur = *Currency::fromCode(u"EUR");

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

bool lostAnswerOutcome(GatewayOutcome outcome)
{
    return outcome == GatewayOutcome::Ok || outcome == GatewayOutcome::NotExecuted
        || outcome == GatewayOutcome::OutcomeUnknown;
}

void run(const HttpResult &http)
{
    const QString payId = QStringLiteral("12345");
    Refund refund;
    refund.refundId = QUuid::fromString(u"{dd66946f-5834-49a1-9d51-89ccfbd77909}");
    refund.amount = Money(2000, eur);
    refund.transactionId = payId;

    const RefundResult first = SecPaidProtocol::parseRefundAnswer(http, SecPaidProtocol::Attempt::First);
    check(first.outcome != GatewayOutcome::Refused && first.outcome != GatewayOutcome::Cancelled);
    check(first.outcome != GatewayOutcome::NotExecuted || !http.isSuccess());
    check(!first.message.isEmpty());
    if (first.outcome == GatewayOutcome::Ok)
        check(first.status == RefundStatus::Pending);

    const RefundResult repeat = SecPaidProtocol::parseRefundAnswer(http, SecPaidProtocol::Attempt::Repeat);
    check(lostAnswerOutcome(repeat.outcome));
    check(!repeat.message.isEmpty());
    if (repeat.outcome == GatewayOutcome::Ok)
        check(repeat.status == RefundStatus::Pending);

    const RefundResult polled = SecPaidProtocol::parseStatusAnswer(http, refund, payId);
    check(polled.outcome != GatewayOutcome::Refused && polled.outcome != GatewayOutcome::Cancelled
          && polled.outcome != GatewayOutcome::Declined);
    check(!polled.message.isEmpty());
    if (polled.outcome == GatewayOutcome::Ok)
        check(applicable(polled.status));

    const std::optional<RefundResult> lost = SecPaidProtocol::lostAnswerFromPoll(polled);
    check(lost.has_value() || polled.outcome == GatewayOutcome::NotFound);
    if (lost) {
        check(lost->outcome == GatewayOutcome::Ok || lost->outcome == GatewayOutcome::OutcomeUnknown);
        check(!lost->message.isEmpty());
    }

    const LookupResult lookup = SecPaidProtocol::parseLookupAnswer(http, payId);
    if (lookup.outcome != GatewayOutcome::Ok) {
        check(!lookup.message.isEmpty());
        return;
    }
    check(lookup.message.isEmpty());
    check(lookup.sale.amount.currency() == eur && lookup.sale.amount.isPositive());
    check(lookup.sale.transactionId == payId);
    for (const GatewayRefundInfo &info : lookup.refunds)
        check(!info.amount || (info.amount->currency() == eur && !info.amount->isNegative()));
    check(!lookup.refundedAtGateway || lookup.refundedAtGateway->currency() == eur);
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
