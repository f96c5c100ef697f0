// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// CosmosConnectionString::parse on arbitrary bytes: no crash, and a parsed key never shows in a secret field.
#include "FuzzInput.h"
#include "inspect/ConnectionString.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csc;
    const Result<CosmosConnectionString> parsed = CosmosConnectionString::parse(fuzz::view(data, size));
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            fuzz::broken();
        return 0;
    }
    const CosmosConnectionString &cs = parsed.value();
    (void)CosmosConnectionString::flavorName(cs.flavor);
    const QByteArray &key = cs.key.bytes();
    for (const CosmosConnectionString::Field &f : cs.fields) {
        // A secret field is masked: a key of some length never shows verbatim in it.
        if (f.secret && key.size() >= 8 && f.value.toUtf8().contains(key))
            fuzz::broken();
    }
    return 0;
}
