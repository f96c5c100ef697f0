// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// Jwt::parse and Base64Url on arbitrary bytes: no crash, no hang, and base64url round-trips.
#include "FuzzInput.h"
#include "inspect/Base64Url.h"
#include "inspect/Jwt.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csc;
    const QByteArrayView input = fuzz::view(data, size);

    const Result<Jwt> jwt = Jwt::parse(input);
    if (jwt) {
        const Jwt &t = jwt.value();
        (void)t.alg();
        (void)t.kid();
        (void)t.typ();
        if (t.signingInput() != t.encodedHeader + '.' + t.encodedPayload)
            fuzz::broken();
    } else if (jwt.error().message.isEmpty()) {
        fuzz::broken(); // every refusal says why
    }

    // Whatever decodes must encode back to something that decodes to the same bytes.
    if (const std::optional<QByteArray> decoded = Base64Url::decode(input)) {
        const std::optional<QByteArray> again = Base64Url::decode(Base64Url::encode(*decoded));
        if (!again || *again != *decoded)
            fuzz::broken();
    }
    // Any bytes encode to text that decodes to them.
    const QByteArray encoded = Base64Url::encode(input);
    const std::optional<QByteArray> decoded = Base64Url::decode(encoded);
    if (!decoded || *decoded != input)
        fuzz::broken();
    return 0;
}
