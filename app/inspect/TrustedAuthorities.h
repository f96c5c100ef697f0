// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace csc {

/**
 * @brief The hosts signing keys may be fetched from, and how a token's `iss` maps to its OpenID
 * configuration.
 *
 * Built in: the Entra authority hosts of the public, US Government and China clouds
 * (login.microsoftonline.com, login.microsoftonline.us, login.chinacloudapi.cn,
 * login.partner.microsoftonline.cn, login.windows.net) and the v1 issuer hosts that map onto them
 * (sts.windows.net → login.microsoftonline.com, sts.chinacloudapi.cn → login.chinacloudapi.cn). Extra hosts
 * (the local cloud's authority, a private cloud's) are added with their scheme, host and port and must be
 * https. Anything else is not trusted: the inspector fetches nothing for it.
 */
class TrustedAuthorities
{
public:
    TrustedAuthorities(); ///< the built-in hosts only
    void addAuthorityHost(const QUrl &authorityHost);
    QList<QUrl> authorityHosts() const;

    /// https, no user info, host (and port for extra hosts) on the list.
    bool isTrusted(const QUrl &url) const;

    /// For `https://login.microsoftonline.com/{tid}/v2.0` → `…/{tid}/v2.0/.well-known/openid-configuration`;
    /// for v1 `https://sts.windows.net/{tid}/` → `https://login.microsoftonline.com/{tid}/.well-known/
    /// openid-configuration`; likewise for extra hosts. A Validation error naming the issuer when it is not
    /// an https URL on a trusted host or has no tenant segment.
    Result<QUrl> openIdConfigurationFor(const QString &issuer) const;

private:
    QList<QUrl> m_extra;
};

} // namespace csc
