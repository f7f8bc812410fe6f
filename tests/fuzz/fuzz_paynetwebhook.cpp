// Fuzzes the PayNet "Update Refund Status" webhook: PayNetProtocol::verifyWebhook on the
// Authorization header and body, and parseWebhookBody on the body. The input's first line
// is the Authorization header's value, the rest the body. Besides not crashing:
// - nothing the fuzzer writes is ever accepted as signed: the key that could sign it is
//   made fresh in this process, so every input must be BadSignature;
// - a body read after verification is Accepted or Malformed, never anything else; an
//   accepted one names our refund id, a MYR amount and a status the engine can apply.

#include "gateways/paynet/PayNetProtocol.h"

#include <QByteArray>
#include <QDateTime>

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

const RsaKey &payNetPublicKey()
{
    static const RsaKey key = [] {
        QString error;
        return RsaKey::fromPem(RsaKey::generate().publicKeyPem(), &error);
    }();
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    WebhookRequest request;
    request.contentType = QByteArrayLiteral("application/json");
    request.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    request.headers.append({QByteArrayLiteral("authorization"), newline < 0 ? input : input.left(newline)});

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1727443501, Qt::UTC);
    const WebhookEvent verified = PayNetProtocol::verifyWebhook(request, payNetPublicKey(), now);
    check(verified.verdict == WebhookEvent::Verdict::BadSignature);
    check(!verified.message.isEmpty());

    const WebhookEvent event = PayNetProtocol::parseWebhookBody(request.body);
    check(event.verdict == WebhookEvent::Verdict::Accepted || event.verdict == WebhookEvent::Verdict::Malformed);
    check(!event.message.isEmpty());
    if (event.verdict == WebhookEvent::Verdict::Accepted) {
        check(!event.refundId.isNull());
        check(event.amount && event.amount->currency() == *Currency::fromCode(u"MYR"));
        check(event.status == RefundStatus::Pending || event.status == RefundStatus::Succeeded
              || event.status == RefundStatus::Rejected || event.status == RefundStatus::NeedsReview);
    } else {
        check(event.refundId.isNull() && !event.amount);
    }
    return 0;
}
