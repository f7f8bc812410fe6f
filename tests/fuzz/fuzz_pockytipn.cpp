// Fuzzes PockytProtocol::parseIpn, which reads what anyone on the network may POST to the
// webhook receiver. The input is the form body. It is checked as it came (a random body
// must never pass the signature check), and once more signed with the right token, so
// the fuzzer also reaches what lies behind the signature. Promises checked:
// - without the right signature nothing is ever Accepted or Ignored;
// - "success" is answered exactly for Accepted and Ignored;
// - an Accepted event names its refund (refundReference or an amount) and its payment.

#include "gateways/FormUrlEncoded.h"
#include "gateways/pockyt/PockytProtocol.h"
#include "gateways/pockyt/PockytSignature.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace RefundDesk;

namespace {

const QString token = QStringLiteral("testtoken");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

WebhookEvent parse(const QByteArray &body)
{
    WebhookRequest request;
    request.body = body;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    const WebhookEvent event = PockytProtocol::parseIpn(request, token);
    const bool answered =
        event.verdict == WebhookEvent::Verdict::Accepted || event.verdict == WebhookEvent::Verdict::Ignored;
    check(answered == (event.answerBody == "success"));
    check(answered || !event.message.isEmpty());
    if (event.verdict == WebhookEvent::Verdict::Accepted) {
        check(!event.transactionId.isEmpty());
        check(!event.ourReference.isEmpty() || event.amount);
        check(!event.amount || !event.amount->isNegative());
    }
    return event;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<FormUrlEncoded::Fields> fields = FormUrlEncoded::decode(body);
    const WebhookEvent asSent = parse(body);
    if (!fields || !pockytSignatureMatches(*fields, token)) {
        check(asSent.verdict == WebhookEvent::Verdict::BadSignature
              || asSent.verdict == WebhookEvent::Verdict::Malformed);
    }
    if (!fields)
        return 0;

    FormUrlEncoded::Fields resigned;
    QSet<QString> names;
    bool repeated = false;
    for (const auto &field : *fields) {
        if (field.first == u"verifySign")
            continue;
        repeated = repeated || names.contains(field.first);
        names.insert(field.first);
        resigned.append(field);
    }
    resigned.append({QStringLiteral("verifySign"), pockytVerifySign(resigned, token)});
    const WebhookEvent signedEvent = parse(FormUrlEncoded::encode(resigned));
    check(signedEvent.verdict != WebhookEvent::Verdict::BadSignature || repeated);
    return 0;
}
