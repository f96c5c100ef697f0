// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// The Cosmos DB authorization forms: header values (master, resource, aad), resource tokens, permission
// documents, and the data plane's own parser MasterKeySigner::parseAuthorization.
#include "FuzzInput.h"
#include "core/MasterKeySigner.h"
#include "inspect/CosmosCredential.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csc;
    const QByteArrayView input = fuzz::view(data, size);

    const Result<CosmosAuthValue> auth = CosmosAuthValue::parse(input);
    if (auth) {
        const CosmosAuthValue &a = auth.value();
        if (a.encodingLayers < 0 || (a.wasPercentEncoded && a.encodingLayers == 0))
            fuzz::broken();
    } else if (auth.error().message.isEmpty()) {
        fuzz::broken();
    }

    const Result<ResourceTokenInfo> token = ResourceTokenInfo::parse(input);
    if (token && (token.value().signatureBytes < 0 || token.value().blobBytes < 0))
        fuzz::broken();

    const Result<PermissionDocument> permission = PermissionDocument::parse(input);
    if (!permission && permission.error().message.isEmpty())
        fuzz::broken();

    const Result<CosmosAuthorization> parts = MasterKeySigner::parseAuthorization(input.toByteArray());
    (void)parts.ok();
    return 0;
}
