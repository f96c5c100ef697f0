// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/TrustedAuthorities.h"

#include <QCoreApplication>

namespace csc {

namespace {

struct TrustedTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::TrustedAuthorities)
};

/// Entra authority hosts of the public, US Government and China clouds (they serve OpenID configurations
/// and key sets).
constexpr const char *kAuthorityHosts[] = {
    "login.microsoftonline.com",        "login.microsoftonline.us", "login.chinacloudapi.cn",
    "login.partner.microsoftonline.cn", "login.windows.net",
};

/// v1 issuer hosts (`iss` of v1 tokens) and the authority host that publishes their configuration.
struct V1Issuer
{
    const char *issuerHost;
    const char *authorityHost;
};
constexpr V1Issuer kV1Issuers[] = {
    {"sts.windows.net", "login.microsoftonline.com"},
    {"sts.chinacloudapi.cn", "login.chinacloudapi.cn"},
};

constexpr qsizetype kMaxIssuerLength = 2048;
constexpr qsizetype kMaxTenantLength = 256;

bool isBuiltInAuthority(const QString &host)
{
    for (const char *h : kAuthorityHosts) {
        if (host == QLatin1String(h))
            return true;
    }
    return false;
}

/// Tenant ids are GUIDs or verified domains: letters, digits, '-', '.', '_'.
bool isTenantSegment(const QString &s)
{
    if (s.isEmpty() || s.size() > kMaxTenantLength)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'.' || u == u'_';
        if (!ok)
            return false;
    }
    return s != QLatin1String(".") && s != QLatin1String("..");
}

QString shown(const QString &text)
{
    constexpr qsizetype kMax = 120;
    return text.size() <= kMax ? text : text.left(kMax) + QChar(0x2026);
}

/// scheme://host[:port] with a lower-case host and no default port.
QUrl originOf(const QUrl &url)
{
    QUrl o;
    o.setScheme(url.scheme().toLower());
    o.setHost(url.host().toLower());
    if (url.port(443) != 443)
        o.setPort(url.port());
    return o;
}

} // namespace

TrustedAuthorities::TrustedAuthorities() = default;

void TrustedAuthorities::addAuthorityHost(const QUrl &authorityHost)
{
    if (!authorityHost.isValid() ||
        authorityHost.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 ||
        authorityHost.host().isEmpty() || !authorityHost.userInfo().isEmpty())
        return;
    const QUrl origin = originOf(authorityHost);
    if (!m_extra.contains(origin))
        m_extra.append(origin);
}

QList<QUrl> TrustedAuthorities::authorityHosts() const
{
    QList<QUrl> hosts;
    for (const char *h : kAuthorityHosts) {
        QUrl u;
        u.setScheme(QStringLiteral("https"));
        u.setHost(QLatin1String(h));
        hosts.append(u);
    }
    hosts.append(m_extra);
    return hosts;
}

bool TrustedAuthorities::isTrusted(const QUrl &url) const
{
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty() ||
        url.host().isEmpty())
        return false;
    const QString host = url.host().toLower();
    if (isBuiltInAuthority(host) && url.port(443) == 443)
        return true;
    const QUrl origin = originOf(url);
    return m_extra.contains(origin);
}

Result<QUrl> TrustedAuthorities::openIdConfigurationFor(const QString &issuer) const
{
    const auto refuse = [&issuer](const QString &why) {
        return ApiError::validation(why.arg(shown(issuer)));
    };
    if (issuer.isEmpty())
        return ApiError::validation(TrustedTr::tr("The token names no issuer (“iss”)."));
    if (issuer.size() > kMaxIssuerLength)
        return refuse(TrustedTr::tr("The issuer “%1” is too long to be a Microsoft Entra issuer."));
    const QUrl url(issuer, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return refuse(TrustedTr::tr("The issuer “%1” is not an https URL."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refuse(
            TrustedTr::tr("The issuer “%1” is not a plain authority URL (it has user info, a query or "
                          "a fragment)."));

    // Which host serves the configuration: the issuer's own (authority hosts, extra hosts) or, for a v1
    // issuer host, the authority behind it.
    const QString host = url.host().toLower();
    QUrl authority;
    bool v1Host = false;
    for (const V1Issuer &v1 : kV1Issuers) {
        if (host == QLatin1String(v1.issuerHost) && url.port(443) == 443) {
            authority.setScheme(QStringLiteral("https"));
            authority.setHost(QLatin1String(v1.authorityHost));
            v1Host = true;
        }
    }
    if (!v1Host) {
        if (!isTrusted(url))
            return refuse(
                TrustedTr::tr("The issuer “%1” is not on a trusted Microsoft Entra host; no keys are "
                              "fetched for it."));
        authority = originOf(url);
    }

    // Path: /{tenant}/ (v1) or /{tenant}/v2.0 (v2), trailing slash optional.
    QString path = url.path(QUrl::FullyDecoded);
    if (!path.startsWith(u'/'))
        return refuse(TrustedTr::tr("The issuer “%1” names no tenant."));
    path.remove(0, 1);
    if (path.endsWith(u'/'))
        path.chop(1);
    const QStringList segments = path.split(u'/');
    const QString tenant = segments.value(0);
    if (!isTenantSegment(tenant))
        return refuse(TrustedTr::tr("The issuer “%1” names no tenant."));
    bool v2 = false;
    if (segments.size() == 2 && segments.at(1) == QLatin1String("v2.0"))
        v2 = true;
    else if (segments.size() != 1)
        return refuse(TrustedTr::tr("The issuer “%1” is not of the form https://host/{tenant}/ or "
                                    "https://host/{tenant}/v2.0."));
    if (v2 && v1Host)
        return refuse(TrustedTr::tr("The issuer “%1” mixes a v1 host with a v2.0 path."));

    QUrl config = authority;
    config.setPath(u'/' + tenant +
                   (v2 ? QStringLiteral("/v2.0/.well-known/openid-configuration")
                       : QStringLiteral("/.well-known/openid-configuration")));
    return config;
}

} // namespace csc
