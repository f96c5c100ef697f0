// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>

namespace csc {

/**
 * @brief Plain-language knowledge about JWT header parameters and Entra ID claims: a short label
 * ("Audience"), an explanation of what the claim means for the administrator, and a readable rendering of the
 * value (epoch seconds as UTC date and time, `amr` methods spelled out, `idtyp`, `ver` 1.0/2.0, well-known
 * audiences such as `https://cosmos.azure.com` named). Every standard and Entra claim the inspector names
 * (aud, iss, tid, oid, sub, appid, azp, appidacr, azpacr, scp, roles, groups, wids, amr, idtyp, ver, iat,
 * nbf, exp, uti, rh, xms_*, name, upn, unique_name, preferred_username, email, ipaddr, acr, acrs, auth_time,
 * nonce, aio, sid, ...) and the header parameters (alg, typ, kid, x5t, nonce) have entries; unknown ones
 * return an empty label and explanation (the inspector shows them raw). Translated texts.
 */
class ClaimCatalog
{
public:
    enum class Part
    {
        Header,
        Payload
    };
    static QString label(Part part, const QString &name);
    static QString explanation(Part part, const QString &name);
    /// The value for display (no secrets are in claims): strings as is, arrays joined with ", ", times as
    /// "2026-11-29 10:15:00 UTC", known codes explained in parentheses. Bounded length (long values are
    /// elided in the middle with "…").
    static QString displayValue(Part part, const QString &name, const QJsonValue &value);
    /// True for the claims that are times in epoch seconds (iat, nbf, exp, auth_time, xms_tcdt, ...).
    static bool isTimeClaim(const QString &name);
};

} // namespace csc
