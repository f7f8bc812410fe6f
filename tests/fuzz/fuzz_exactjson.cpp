// Fuzzes ExactJson::parse, which reads every gateway answer. Besides not crashing, the
// parser must keep its promises, checked here so the fuzzer stops on a broken one:
// - a failure always has a "not JSON: " message and a null value;
// - a success writes back to JSON that parses to the same value, and writing that
//   again gives the same bytes.

#include "gateways/ExactJson.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using RefundDesk::ExactJson;
using RefundDesk::ExactJsonResult;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ExactJsonResult result = ExactJson::parse(input);
    if (!result.ok()) {
        if (!result.message().startsWith(QStringLiteral("not JSON: ")) || !result.value().isNull()) {
            std::abort();
        }
        return 0;
    }
    const QByteArray written = result.value().toJson();
    const ExactJsonResult again = ExactJson::parse(written);
    if (!again.ok() || !(again.value() == result.value()) || again.value().toJson() != written) {
        std::abort();
    }
    return 0;
}
