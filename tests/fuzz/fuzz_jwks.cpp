// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// Jwks::parse on arbitrary bytes, then JwtSignatureVerifier::verify of a fixed RS256 token against whatever
// parsed (and against each of the first keys under their own kid). The token was signed once with a
// throw-away RSA 2048 key whose public half is in corpus/jwks/entra-shaped; the private key was discarded.
#include "FuzzInput.h"
#include "inspect/Jwks.h"
#include "inspect/Jwt.h"

namespace {

const char kToken[] =
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6ImZ1enota2V5LTEiLCJ4NXQiOiJmdXp6LWtleS0xIn0.eyJhdWQiOiJo"
    "dHRwczovL2Nvc21vcy5henVyZS5jb20iLCJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vMTExMTExMTEt"
    "MjIyMi00MzMzLTg0NDQtNTU1NTU1NTU1NTU1L3YyLjAiLCJpYXQiOjE3NjcyMjU2MDAsIm5iZiI6MTc2NzIyNTYwMCwiZXhwIjox"
    "NzY3MjI5MjAwLCJhenAiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMGEwMDEiLCJhenBhY3IiOiIxIiwiaWR0eXAi"
    "OiJhcHAiLCJvaWQiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMGIwMDEiLCJzdWIiOiIwMDAwMDAwMC0wMDAwLTQw"
    "MDAtODAwMC0wMDAwMDAwMGIwMDEiLCJ0aWQiOiIxMTExMTExMS0yMjIyLTQzMzMtODQ0NC01NTU1NTU1NTU1NTUiLCJyb2xlcyI6"
    "WyJEYXRhLlJlYWQiXSwidmVyIjoiMi4wIn0.L3u4y0qFnOEG2imUHVSjm_mcmvoFzDlQMUraFylW9QxoukUmZV2L65hCwIA3dkh1"
    "4d7KVfAwXGHoUWjnF87BufEC50Tp48oGcl4VwrsEOnG1kvEq5IMlxHwbwH9_9eBgPLfgj4W4DBpiGqBw0E0VH1SOnxB-LaDdZf5I"
    "cQbPmQmfuOrrYcPVeK4z1-u6r8wwDQr43J1Jn2D4FPlW5_Cotsm3gOJ8ODQTsPc7owO83l8QtBeltFmFCd9WVHgH4LafYxFv2exy"
    "ocMvbIfvb4GqjG06biD1IdnPtvjzLdynF0wOvDx9k-DjsHA6G2ORnwjaVqfgCPt3KrFzHP1uQvSWCQ";

const csc::Jwt &fixedToken()
{
    static const csc::Jwt jwt = [] {
        const csc::Result<csc::Jwt> r = csc::Jwt::parse(QByteArrayView(kToken));
        if (!r)
            csc::fuzz::broken();
        return r.value();
    }();
    return jwt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csc;
    const Result<Jwks> keys = Jwks::parse(fuzz::view(data, size));
    if (!keys) {
        if (keys.error().message.isEmpty())
            fuzz::broken();
        return 0;
    }
    if (keys.value().keys.size() > Jwks::kMaxKeys)
        fuzz::broken();

    const Jwt &token = fixedToken();
    const JwtVerification v = JwtSignatureVerifier::verify(token, keys.value());
    if (v.message.isEmpty() || JwtVerification::outcomeName(v.outcome).isEmpty())
        fuzz::broken();
    // Verified only with the one key that signed it.
    if (v.ok()) {
        const Jwk *k = keys.value().find(token.kid());
        if (!k || k->kty != QLatin1String("RSA"))
            fuzz::broken();
    }

    // Each of the first keys, as if the token named it: reaches the key checks and OpenSSL for every key.
    int tried = 0;
    for (const Jwk &key : keys.value().keys) {
        if (++tried > 4)
            break;
        Jwt other = token;
        other.header.insert(QStringLiteral("kid"), key.kid);
        const JwtVerification w = JwtSignatureVerifier::verify(other, keys.value());
        if (w.message.isEmpty())
            fuzz::broken();
    }
    return 0;
}
