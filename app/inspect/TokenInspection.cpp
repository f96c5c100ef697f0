// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/TokenInspection.h"

#include "inspect/ClaimCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>

namespace csc {

namespace {

struct InspectTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::TokenInspector)
};

/// Percent-encoding layers peeled around a whole input before giving up.
constexpr int kMaxLayers = 3;
/// Detection rounds (header name, Bearer, one decoding each ...): bounds the loop whatever the input.
constexpr int kMaxRounds = 8;
constexpr int kMaxFieldsPerPart = 150;
constexpr int kMaxLines = 2000;
/// The published key of Microsoft's local emulator (not a secret; see cosmos-data-plane.md §9).
constexpr char kEmulatorKey[] =
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

bool startsWithCi(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (QChar::toLower(char16_t(uchar(text.at(i)))) != QChar::toLower(char16_t(uchar(prefix.at(i)))))
            return false;
    }
    return true;
}

bool containsCi(QByteArrayView text, QByteArrayView needle)
{
    return QLatin1String(text.data(), text.size())
        .contains(QLatin1String(needle.data(), needle.size()), Qt::CaseInsensitive);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

/// "2 d 3 h", "1 h 30 min", "5 min", "45 s".
QString durationText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0)
        return hours > 0 ? InspectTr::tr("%1 d %2 h").arg(days).arg(hours) : InspectTr::tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? InspectTr::tr("%1 h %2 min").arg(hours).arg(minutes)
                           : InspectTr::tr("%1 h").arg(hours);
    if (minutes > 0)
        return InspectTr::tr("%1 min").arg(minutes);
    return InspectTr::tr("%1 s").arg(s);
}

QString lengthText(qsizetype characters)
{
    return characters == 1 ? InspectTr::tr("1 character, hidden")
                           : InspectTr::tr("%1 characters, hidden").arg(characters);
}

QString bytesText(int bytes)
{
    return bytes == 1 ? InspectTr::tr("1 byte") : InspectTr::tr("%1 bytes").arg(bytes);
}

QString sectionHeader()
{
    return InspectTr::tr("Header");
}
QString sectionClaims()
{
    return InspectTr::tr("Claims");
}
QString sectionAuthorization()
{
    return InspectTr::tr("Authorization");
}
QString sectionResourceToken()
{
    return InspectTr::tr("Resource token");
}
QString sectionPermission()
{
    return InspectTr::tr("Permission");
}
QString sectionConnectionString()
{
    return InspectTr::tr("Connection string");
}

/// Single-line, bounded text from the input for display.
QString shown(const QString &text, qsizetype max = 200)
{
    QString out = text.left(max);
    for (QChar &c : out) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(0xfffd);
    }
    if (text.size() > max)
        out += QChar(0x2026);
    return out;
}

QDateTime epochClaim(const QJsonValue &value, bool *malformed)
{
    *malformed = false;
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isDouble()) {
        *malformed = true;
        return {};
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 253402300799.0) {
        *malformed = true;
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(d), QTimeZone::utc());
}

bool isGuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return text.size() == 36 && re.match(text).hasMatch();
}

QString hostOf(const QString &url)
{
    QString host = url;
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char(':'), QLatin1Char('?')}) {
        const qsizetype at = host.indexOf(stop);
        if (at >= 0)
            host = host.left(at);
    }
    return host.toLower();
}

bool isArmAudience(const QString &aud)
{
    const QString host = hostOf(aud);
    return host == QLatin1String("management.azure.com") ||
           host == QLatin1String("management.core.windows.net") ||
           host == QLatin1String("management.chinacloudapi.cn") ||
           host == QLatin1String("management.usgovcloudapi.net") ||
           host == QLatin1String("management.core.chinacloudapi.cn") ||
           host == QLatin1String("management.core.usgovcloudapi.net") ||
           aud.compare(QLatin1String("797f4846-ba00-4fd7-ba43-dac1f8f63013"), Qt::CaseInsensitive) == 0;
}

bool isCosmosAudience(const QString &aud)
{
    const QString host = hostOf(aud);
    return host == QLatin1String("cosmos.azure.com") || host == QLatin1String("cosmos.azure.cn") ||
           host == QLatin1String("cosmos.azure.us") || host.endsWith(QLatin1String(".documents.azure.com")) ||
           host.endsWith(QLatin1String(".documents.azure.cn")) ||
           host.endsWith(QLatin1String(".documents.azure.us")) || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1");
}

/// Directory role template ids that make a token worth as much as the tenant.
const char *privilegedRoleName(const QString &id)
{
    struct Role
    {
        const char *id;
        const char *name;
    };
    static const Role kPrivileged[] = {
        {"62e90394-69f5-4237-9190-012177145e10",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Global Administrator")},
        {"e8611ab8-c189-46e8-94e1-60213ab1f814",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Privileged Role Administrator")},
        {"7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Privileged Authentication Administrator")},
        {"194ae4cb-b126-40b2-bd5b-6091b380977d",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Security Administrator")},
        {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Application Administrator")},
        {"158c047a-c907-4556-b7ef-446551a6b5f7",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Cloud Application Administrator")},
        {"8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Hybrid Identity Administrator")},
        {"b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Conditional Access Administrator")},
        {"fe930be7-5e62-47db-91af-98c3a49a38b1",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "User Administrator")},
        {"c4e39bd9-1100-46d3-8c65-fb160da0071f",
         QT_TRANSLATE_NOOP("csc::TokenInspector", "Authentication Administrator")},
    };
    for (const Role &r : kPrivileged) {
        if (id.compare(QLatin1String(r.id), Qt::CaseInsensitive) == 0)
            return r.name;
    }
    return nullptr;
}

/// Graph-style permissions that reach the whole directory or every resource of a kind.
bool isBroadPermission(const QString &p)
{
    return p.startsWith(QLatin1String("Directory."), Qt::CaseInsensitive) ||
           p.endsWith(QLatin1String(".ReadWrite.All"), Qt::CaseInsensitive) ||
           p.compare(QLatin1String("RoleManagement.ReadWrite.Directory"), Qt::CaseInsensitive) == 0 ||
           p.endsWith(QLatin1String(".FullControl.All"), Qt::CaseInsensitive) ||
           p.compare(QLatin1String("full_access_as_app"), Qt::CaseInsensitive) == 0 ||
           p.endsWith(QLatin1String("/.default"), Qt::CaseInsensitive) ||
           p.compare(QLatin1String(".default"), Qt::CaseInsensitive) == 0;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size() && i < 1000; ++i) {
            if (a.at(i).isString())
                out.append(a.at(i).toString());
        }
    }
    return out;
}

/// Accumulates fields and warnings of one report.
class Builder
{
public:
    Builder(InspectionReport &report, const InspectOptions &options) : r(report), o(options) {}

    void field(const QString &section, const QString &name, const QString &label, const QString &value,
               const QString &explanation, bool secret = false)
    {
        r.fields.append(InspectionField{section, name, label, value, explanation, secret});
    }

    void warn(const QString &code, InspectionWarning::Severity severity, const QString &text,
              const QString &advice)
    {
        if (r.hasWarning(code))
            return;
        r.warnings.append(InspectionWarning{code, severity, text, advice});
    }

    void fail(CredentialKind kind, const QString &error)
    {
        r.kind = kind;
        r.error = error;
    }

    /// Validity and the time-based warnings, once r.times is set. `jwt` selects the lifetime policy.
    void applyTimes(bool jwt)
    {
        r.validity = r.times.validityAt(o.now, o.clockSkewSeconds, o.expiresSoonSeconds);
        const QDateTime now = o.now.toUTC();
        switch (r.validity) {
        case TokenValidity::Expired: {
            const QString ago = durationText(r.times.expiresAt.secsTo(now));
            warn(
                QStringLiteral("expired"), InspectionWarning::Severity::Critical,
                InspectTr::tr("The token expired at %1 (%2 ago); every service refuses it.")
                    .arg(timeText(r.times.expiresAt), ago),
                jwt ? InspectTr::tr("Request a new token. Applications should let their Azure SDK credential "
                                    "refresh tokens instead of storing them.")
                    : InspectTr::tr("Read the permission again to get a new resource token (the mid-tier "
                                    "that hands out tokens should do this before they expire)."));
            break;
        }
        case TokenValidity::NotYetValid: {
            const QDateTime start = r.times.notBefore.isValid() ? r.times.notBefore : r.times.issuedAt;
            warn(QStringLiteral("not-yet-valid"), InspectionWarning::Severity::Critical,
                 InspectTr::tr("The token is not valid before %1 (in %2).")
                     .arg(timeText(start), durationText(now.secsTo(start))),
                 InspectTr::tr("Check the clocks: this computer's or the issuer's time is probably wrong."));
            break;
        }
        case TokenValidity::ExpiresSoon:
            warn(QStringLiteral("expires-soon"), InspectionWarning::Severity::Info,
                 InspectTr::tr("The token expires at %1 (in %2).")
                     .arg(timeText(r.times.expiresAt), durationText(now.secsTo(r.times.expiresAt))),
                 InspectTr::tr("Nothing to do if the application renews its tokens in time."));
            break;
        case TokenValidity::Valid:
        case TokenValidity::Unknown:
            break;
        }
        const qint64 lifetime = r.times.lifetimeSeconds();
        const qint64 policy = jwt ? o.maxTokenLifetimeSeconds : o.maxResourceTokenLifetimeSeconds;
        if (lifetime > policy && policy > 0)
            warn(
                QStringLiteral("long-lifetime"), InspectionWarning::Severity::Warning,
                InspectTr::tr("The token is valid for %1, longer than the policy of %2: a stolen copy works "
                              "that long.")
                    .arg(durationText(lifetime), durationText(policy)),
                jwt ? InspectTr::tr("Keep token lifetimes short (Entra ID's default is 60 to 90 minutes) and "
                                    "review token lifetime policies in the tenant.")
                    : InspectTr::tr("Issue resource tokens for as short a time as the client needs (header "
                                    "x-ms-documentdb-expiry-seconds; the service default is one hour)."));
    }

    InspectionReport &r;
    const InspectOptions &o;
};

enum class JwtContext
{
    Plain,
    Bearer,
    CosmosAad
};

JwtSummary summarize(const Jwt &jwt)
{
    const QJsonObject &p = jwt.payload;
    JwtSummary s;
    s.v2 = p.value(QStringLiteral("ver")).toString() == QLatin1String("2.0");
    s.issuer = p.value(QStringLiteral("iss")).toString();
    s.audience = stringList(p.value(QStringLiteral("aud"))).join(QStringLiteral(", "));
    s.tenantId = p.value(QStringLiteral("tid")).toString();
    s.objectId = p.value(QStringLiteral("oid")).toString();
    s.appId = p.value(QStringLiteral("appid")).toString();
    if (s.appId.isEmpty())
        s.appId = p.value(QStringLiteral("azp")).toString();
    for (const char *name : {"upn", "preferred_username", "unique_name", "email", "name"}) {
        s.subject = p.value(QLatin1String(name)).toString();
        if (!s.subject.isEmpty())
            break;
    }
    s.scopes = p.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.roles = stringList(p.value(QStringLiteral("roles")));
    s.groups = stringList(p.value(QStringLiteral("groups")));
    const bool hasScp = p.contains(QStringLiteral("scp"));
    const bool hasRoles = p.contains(QStringLiteral("roles"));
    const bool hasClient = p.contains(QStringLiteral("appid")) || p.contains(QStringLiteral("azp"));
    // ID tokens are addressed to the client's own id and carry no permissions and no client claim.
    s.idToken = !hasScp && !hasRoles && !hasClient && isGuid(s.audience) &&
                (p.contains(QStringLiteral("nonce")) || p.contains(QStringLiteral("at_hash")) ||
                 p.contains(QStringLiteral("c_hash")) || p.contains(QStringLiteral("sub")));
    const QString idtyp = p.value(QStringLiteral("idtyp")).toString();
    s.appOnly = idtyp == QLatin1String("app") || (idtyp != QLatin1String("user") && !s.idToken && !hasScp);
    return s;
}

void addJwtFields(Builder &b, const Jwt &jwt)
{
    static const char *const kHeaderOrder[] = {"alg", "typ", "kid", "x5t"};
    static const char *const kClaimOrder[] = {"aud",
                                              "iss",
                                              "iat",
                                              "nbf",
                                              "exp",
                                              "ver",
                                              "tid",
                                              "oid",
                                              "idtyp",
                                              "appid",
                                              "azp",
                                              "appidacr",
                                              "azpacr",
                                              "scp",
                                              "roles",
                                              "wids",
                                              "groups",
                                              "upn",
                                              "preferred_username",
                                              "unique_name",
                                              "name",
                                              "email",
                                              "amr",
                                              "acr",
                                              "sub"};
    const auto addPart = [&b](ClaimCatalog::Part part, const QJsonObject &object, const char *const *order,
                              size_t orderSize, const QString &section) {
        QStringList names;
        for (size_t i = 0; i < orderSize; ++i) {
            if (object.contains(QLatin1String(order[i])))
                names.append(QLatin1String(order[i]));
        }
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            if (!names.contains(key))
                names.append(key);
        }
        int count = 0;
        for (const QString &name : names) {
            if (++count > kMaxFieldsPerPart) {
                const qsizetype more = names.size() - kMaxFieldsPerPart;
                b.field(section, QStringLiteral("…"), {}, InspectTr::tr("%1 more not shown").arg(more), {});
                break;
            }
            b.field(section, shown(name, 80), ClaimCatalog::label(part, name),
                    ClaimCatalog::displayValue(part, name, object.value(name)),
                    ClaimCatalog::explanation(part, name));
        }
    };
    addPart(ClaimCatalog::Part::Header, jwt.header, kHeaderOrder, std::size(kHeaderOrder), sectionHeader());
    const bool unsigned_ = jwt.signature.isEmpty();
    b.field(
        sectionHeader(), QStringLiteral("signature"), InspectTr::tr("Signature"),
        unsigned_ ? InspectTr::tr("none (the token is unsigned)")
                  : InspectTr::tr("%1 (not verified here; use Verify signature)")
                        .arg(bytesText(int(jwt.signature.size()))),
        InspectTr::tr("The issuer's signature over header and payload. Only verification with the issuer's "
                      "published key proves the claims are genuine; anyone can write a token that merely "
                      "looks right."),
        !unsigned_);
    addPart(ClaimCatalog::Part::Payload, jwt.payload, kClaimOrder, std::size(kClaimOrder), sectionClaims());
}

void analyzeJwt(Builder &b, const Jwt &jwt, JwtContext context)
{
    InspectionReport &r = b.r;
    r.jwt = jwt;
    const JwtSummary s = summarize(jwt);
    r.jwtSummary = s;
    addJwtFields(b, jwt);

    // Times.
    bool badIat = false;
    bool badNbf = false;
    bool badExp = false;
    r.times.issuedAt = epochClaim(jwt.payload.value(QStringLiteral("iat")), &badIat);
    r.times.notBefore = epochClaim(jwt.payload.value(QStringLiteral("nbf")), &badNbf);
    r.times.expiresAt = epochClaim(jwt.payload.value(QStringLiteral("exp")), &badExp);
    if (badIat || badNbf || badExp)
        b.warn(QStringLiteral("malformed-time"), InspectionWarning::Severity::Critical,
               InspectTr::tr("A time claim (iat, nbf or exp) is not a number of seconds since 1970; services "
                             "refuse such a token."),
               InspectTr::tr("Find out which software made this token: Entra ID never issues it."));
    if (!r.times.expiresAt.isValid() && !badExp)
        b.warn(
            QStringLiteral("missing-exp"), InspectionWarning::Severity::Critical,
            InspectTr::tr("The token has no expiry (exp): it would be valid forever."),
            InspectTr::tr("Entra ID always sets exp; a token without it was made by something else and must "
                          "not be accepted."));
    const QDateTime start = r.times.notBefore.isValid() ? r.times.notBefore : r.times.issuedAt;
    if (start.isValid() && r.times.expiresAt.isValid() && r.times.expiresAt < start)
        b.warn(QStringLiteral("inconsistent-times"), InspectionWarning::Severity::Critical,
               InspectTr::tr("The token expires (%1) before it becomes valid (%2); no service accepts it.")
                   .arg(timeText(r.times.expiresAt), timeText(start)),
               InspectTr::tr("Find out which software made this token: Entra ID never issues it."));
    b.applyTimes(true);

    // Algorithm.
    const QString alg = jwt.alg();
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        b.warn(QStringLiteral("alg-none"), InspectionWarning::Severity::Critical,
               InspectTr::tr("The token is unsigned (alg \"none\"): anyone could have written its claims."),
               InspectTr::tr("Never accept it. A service that does is vulnerable to forged tokens; Entra ID "
                             "signs every token with RS256."));
    } else if (alg.startsWith(QLatin1String("HS"), Qt::CaseInsensitive)) {
        b.warn(
            QStringLiteral("alg-not-rs256"), InspectionWarning::Severity::Critical,
            InspectTr::tr(
                "The token is signed with %1, a shared secret: whoever can verify it can also forge "
                "it. Entra ID signs with RS256.")
                .arg(shown(alg, 20)),
            InspectTr::tr("Do not accept it as an Entra ID token; it was made by other software, or it is an "
                          "attempt to confuse a verifier into using the public key as an HMAC secret."));
    } else if (alg != QLatin1String("RS256")) {
        b.warn(QStringLiteral("alg-not-rs256"), InspectionWarning::Severity::Warning,
               InspectTr::tr("The token is signed with %1; Entra ID signs its tokens with RS256.")
                   .arg(shown(alg, 20)),
               InspectTr::tr("Check which software issued it: the Cosmos DB data plane only accepts Entra ID "
                             "tokens."));
    }

    if (jwt.header.contains(QStringLiteral("nonce")))
        b.warn(
            QStringLiteral("unverifiable-signature"), InspectionWarning::Severity::Info,
            InspectTr::tr(
                "The header carries a nonce: Microsoft issues such tokens for its own APIs (such as "
                "Microsoft Graph), and only those APIs can verify their signature."),
            InspectTr::tr("A failed signature check is expected for this token; do not use it with your own "
                          "APIs."));

    // What the token can do.
    const QJsonObject &p = jwt.payload;
    if (s.scopes.contains(QLatin1String("user_impersonation")) && isArmAudience(s.audience))
        b.warn(
            QStringLiteral("broad-scope"), InspectionWarning::Severity::Warning,
            InspectTr::tr("This Azure Resource Manager token has the scope user_impersonation: it can do "
                          "everything the signed-in user can do in every subscription they can reach, "
                          "including reading the account keys of Cosmos DB accounts."),
            InspectTr::tr("Treat it like the user's password until it expires. For data access, request a "
                          "Cosmos DB token (https://cosmos.azure.com/.default) and grant data-plane roles."));
    QStringList broad;
    for (const QString &perm : s.scopes + s.roles) {
        if (isBroadPermission(perm) && !broad.contains(perm) && broad.size() < 20)
            broad.append(perm);
    }
    if (!broad.isEmpty())
        b.warn(
            QStringLiteral("broad-scope"), InspectionWarning::Severity::Warning,
            InspectTr::tr("The token carries permissions that reach the whole directory or every resource of "
                          "a kind: %1.")
                .arg(shown(broad.join(QStringLiteral(", ")))),
            InspectTr::tr("Grant the narrowest permission the application needs; review admin consent for "
                          "these permissions in Entra ID."));
    QStringList privileged;
    for (const QString &id : stringList(p.value(QStringLiteral("wids")))) {
        if (const char *name = privilegedRoleName(id))
            privileged.append(InspectTr::tr(name));
    }
    if (!privileged.isEmpty())
        b.warn(
            QStringLiteral("privileged-role"), InspectionWarning::Severity::Warning,
            InspectTr::tr("The user holds the privileged directory role(s) %1; this token is as valuable to "
                          "an attacker as the roles themselves.")
                .arg(privileged.join(QStringLiteral(", "))),
            InspectTr::tr("Use a separate, unprivileged account for everyday work and activate admin roles "
                          "just in time (Privileged Identity Management)."));
    if (s.idToken)
        b.warn(QStringLiteral("id-token-used-as-access-token"),
               context == JwtContext::Plain ? InspectionWarning::Severity::Warning
                                            : InspectionWarning::Severity::Critical,
               InspectTr::tr(
                   "This is an ID token: it tells the application %1 who signed in. An ID token is not "
                   "for APIs, and APIs must refuse it as an access token.")
                   .arg(shown(s.audience, 80)),
               InspectTr::tr("Request an access token for the API instead (for Cosmos DB the scope "
                             "https://cosmos.azure.com/.default)."));

    if (context == JwtContext::CosmosAad) {
        if (!s.audience.isEmpty() && !isCosmosAudience(s.audience))
            b.warn(
                QStringLiteral("wrong-audience"), InspectionWarning::Severity::Critical,
                isArmAudience(s.audience)
                    ? InspectTr::tr("The token is for Azure Resource Manager (%1); the Cosmos DB data plane "
                                    "refuses ARM tokens.")
                          .arg(shown(s.audience, 80))
                    : InspectTr::tr("The token is for %1, not for Cosmos DB; the data plane refuses it.")
                          .arg(shown(s.audience, 80)),
                InspectTr::tr("Request the token with the scope https://cosmos.azure.com/.default (or "
                              "https://<account>.documents.azure.com/.default)."));
        if (s.objectId.isEmpty())
            b.warn(QStringLiteral("missing-oid"), InspectionWarning::Severity::Critical,
                   InspectTr::tr("The token has no object id (oid); the Cosmos DB data plane refuses it "
                                 "(substatus 5011)."),
                   InspectTr::tr("Request the token for a user, service principal or managed identity of the "
                                 "account's tenant."));
    }

    // Summary.
    const QString vendor = p.contains(QStringLiteral("tid"))
                               ? (s.v2 ? InspectTr::tr("Entra ID v2.0") : InspectTr::tr("Entra ID v1.0"))
                               : InspectTr::tr("JWT");
    QString summary;
    if (s.idToken)
        summary = InspectTr::tr("%1 ID token for the application %2").arg(vendor, shown(s.audience, 80));
    else if (s.appOnly)
        summary = InspectTr::tr("%1 access token for %2, app-only").arg(vendor, shown(s.audience, 120));
    else if (!s.subject.isEmpty())
        summary = InspectTr::tr("%1 access token for %2, user %3")
                      .arg(vendor, shown(s.audience, 120), shown(s.subject, 80));
    else
        summary = InspectTr::tr("%1 access token for %2, user").arg(vendor, shown(s.audience, 120));
    r.summary = summary;
}

void addResourceTokenFields(Builder &b, const ResourceTokenInfo &info)
{
    const QString section = sectionResourceToken();
    b.field(section, QStringLiteral("ver"), InspectTr::tr("Version"), shown(info.version, 10),
            InspectTr::tr("The resource token format; the service issues version 1."));
    b.field(section, QStringLiteral("sig"), InspectTr::tr("Signature"),
            InspectTr::tr("%1, hidden").arg(bytesText(info.signatureBytes)),
            InspectTr::tr("The service's signature: only the account can check it, and the token works for "
                          "whoever holds it."),
            true);
    if (!info.readable) {
        b.field(
            section, QStringLiteral("data"), InspectTr::tr("Data"),
            InspectTr::tr("%1, sealed by the service").arg(bytesText(info.blobBytes)),
            InspectTr::tr("Azure seals what the token grants (resource, mode, expiry): only the service can "
                          "read it. Read the permission to see what it grants; tokens last one hour unless "
                          "the issuer asked otherwise (at most five hours)."));
        return;
    }
    b.field(section, QStringLiteral("a"), InspectTr::tr("Account"), shown(info.account),
            InspectTr::tr("The account the token was issued by; other accounts refuse it."));
    b.field(section, QStringLiteral("d"), InspectTr::tr("Database"), shown(info.database),
            InspectTr::tr("The database of the user the permission belongs to."));
    b.field(section, QStringLiteral("u"), InspectTr::tr("User"), shown(info.userRid),
            InspectTr::tr("The resource id (_rid) of the Cosmos DB user holding the permission."));
    b.field(section, QStringLiteral("p"), InspectTr::tr("Permission"), shown(info.permissionRid),
            InspectTr::tr("The resource id (_rid) of the permission; deleting or replacing it revokes the "
                          "token."));
    b.field(section, QStringLiteral("r"), InspectTr::tr("Resource"), shown(info.resource),
            InspectTr::tr("What the token grants access to, and everything below it."));
    b.field(section, QStringLiteral("m"), InspectTr::tr("Mode"), shown(info.mode, 20),
            InspectTr::tr("All allows reading, writing and deleting; Read allows reading and queries only."));
    b.field(section, QStringLiteral("k"), InspectTr::tr("Partition key"),
            info.partitionKey.isEmpty() ? InspectTr::tr("(any)") : shown(info.partitionKey),
            InspectTr::tr("When set, the token only reaches items of this logical partition."));
    b.field(section, QStringLiteral("iat"), InspectTr::tr("Issued at"),
            info.issuedAt.isValid() ? timeText(info.issuedAt) : InspectTr::tr("unknown"),
            InspectTr::tr("When the token was minted (each read of the permission mints a new one)."));
    b.field(section, QStringLiteral("exp"), InspectTr::tr("Expires"),
            info.expiresAt.isValid() ? timeText(info.expiresAt) : InspectTr::tr("unknown"),
            InspectTr::tr("The token is refused from this time on."));
}

void analyzeResourceToken(Builder &b, const ResourceTokenInfo &info)
{
    InspectionReport &r = b.r;
    r.resourceToken = info;
    addResourceTokenFields(b, info);
    if (info.readable) {
        r.times.issuedAt = info.issuedAt;
        r.times.expiresAt = info.expiresAt;
        b.applyTimes(false);
        if (info.mode == QLatin1String("All"))
            b.warn(QStringLiteral("write-access"), InspectionWarning::Severity::Info,
                   InspectTr::tr("The token allows writing and deleting (permission mode All) on %1.")
                       .arg(shown(info.resource)),
                   InspectTr::tr("Give clients that only read a permission with mode Read."));
        r.summary = InspectTr::tr("Cosmos DB resource token for %1 (%2), account %3")
                        .arg(shown(info.resource, 120), shown(info.mode, 20), shown(info.account, 60));
    } else {
        r.summary =
            InspectTr::tr("Cosmos DB resource token (sealed by the service; only its form can be read)");
    }
}

void analyzeCosmosAuth(Builder &b, QByteArrayView text, bool headerName)
{
    InspectionReport &r = b.r;
    // Which kind: peel a copy until the type shows (bounded), to report the right kind even when malformed.
    QByteArray probe = text.toByteArray();
    int layers = 0;
    while (!startsWithCi(probe, "type=") && probe.contains('%') && layers < 5) {
        probe = QByteArray::fromPercentEncoding(probe);
        ++layers;
    }
    CredentialKind kind = CredentialKind::Unknown;
    if (startsWithCi(probe, "type=master"))
        kind = CredentialKind::CosmosMaster;
    else if (startsWithCi(probe, "type=aad"))
        kind = CredentialKind::CosmosAad;
    else if (startsWithCi(probe, "type=resource"))
        kind = (layers > 0 || headerName) ? CredentialKind::CosmosResource : CredentialKind::ResourceToken;
    SecureBytes::wipe(probe);

    if (kind == CredentialKind::ResourceToken) {
        const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(text);
        if (!info) {
            b.fail(kind, info.error().message);
            return;
        }
        r.kind = kind;
        analyzeResourceToken(b, info.value());
        return;
    }

    const Result<CosmosAuthValue> parsed = CosmosAuthValue::parse(text);
    if (!parsed) {
        b.fail(kind, parsed.error().message);
        return;
    }
    const CosmosAuthValue &v = parsed.value();
    // The parsed type decides (the byte probe above misses forms the parser normalises, e.g. a UTF-8 BOM).
    if (v.parts.type.compare(QLatin1String("master"), Qt::CaseInsensitive) == 0)
        kind = CredentialKind::CosmosMaster;
    else if (v.parts.type.compare(QLatin1String("aad"), Qt::CaseInsensitive) == 0)
        kind = CredentialKind::CosmosAad;
    else if (v.parts.type.compare(QLatin1String("resource"), Qt::CaseInsensitive) == 0 &&
             kind == CredentialKind::Unknown)
        kind = CredentialKind::CosmosResource;
    if (kind == CredentialKind::Unknown) {
        b.fail(kind, InspectTr::tr("Unknown Cosmos DB authorization type."));
        return;
    }
    r.kind = kind;
    r.cosmosAuth = v;
    const QString section = sectionAuthorization();
    b.field(
        section, QStringLiteral("type"), InspectTr::tr("Type"), shown(v.parts.type, 20),
        InspectTr::tr("master: signed with an account key; resource: a resource token of a permission; aad: "
                      "an Entra ID access token."));
    b.field(section, QStringLiteral("ver"), InspectTr::tr("Version"), shown(v.parts.version, 10),
            InspectTr::tr("The version of the authorization format (1.0)."));
    QString encoding;
    if (v.encodingLayers == 0)
        encoding = InspectTr::tr("not percent-encoded");
    else if (v.encodingLayers == 1)
        encoding = InspectTr::tr("percent-encoded once (as the SDKs send it)");
    else
        encoding = InspectTr::tr("percent-encoded %1 times").arg(v.encodingLayers);
    b.field(
        section, QStringLiteral("encoding"), InspectTr::tr("Encoding"), encoding,
        InspectTr::tr("The authorization header carries the value percent-encoded exactly once; the service "
                      "decodes it once."));
    if (v.encodingLayers >= 2)
        b.warn(
            QStringLiteral("double-encoded"), InspectionWarning::Severity::Critical,
            InspectTr::tr("The value is percent-encoded %1 times; the service decodes it once and refuses it "
                          "(401).")
                .arg(v.encodingLayers),
            InspectTr::tr(
                "Encode the token exactly once: the SDKs already encode it, so custom code must not "
                "encode it again."));

    if (kind == CredentialKind::CosmosMaster) {
        b.field(
            section, QStringLiteral("sig"), InspectTr::tr("Signature"),
            InspectTr::tr("%1 (%2: HMAC-SHA256)")
                .arg(lengthText(v.parts.signature.size()), bytesText(v.signatureBytes)),
            InspectTr::tr("An HMAC-SHA256 of the request's verb, resource and x-ms-date made with an account "
                          "key. It is valid for that one request for about 15 minutes; the key behind it is "
                          "what matters."),
            true);
        b.warn(
            QStringLiteral("master-key"), InspectionWarning::Severity::Warning,
            InspectTr::tr(
                "This is a master-key signature: whoever holds the key that made it has full control "
                "of the account's data."),
            InspectTr::tr("Use Entra ID (data-plane RBAC) for people and services, or resource tokens for "
                          "apps, and disable key-based access (disableLocalAuth) when nothing needs keys."));
        r.summary = v.encodingLayers == 1
                        ? InspectTr::tr("Cosmos DB master-key signature, percent-encoded once")
                    : v.encodingLayers == 0
                        ? InspectTr::tr("Cosmos DB master-key signature, not percent-encoded")
                        : InspectTr::tr("Cosmos DB master-key signature, percent-encoded %1 times")
                              .arg(v.encodingLayers);
    } else if (kind == CredentialKind::CosmosResource) {
        b.field(
            section, QStringLiteral("sig"), InspectTr::tr("Token"), lengthText(v.parts.signature.size()),
            InspectTr::tr("A resource token: whoever holds it has the permission's access until it expires."),
            true);
        const Result<ResourceTokenInfo> info = ResourceTokenInfo::parse(v.parts.token);
        if (info)
            analyzeResourceToken(b, info.value());
    } else if (kind == CredentialKind::CosmosAad) {
        b.field(section, QStringLiteral("sig"), InspectTr::tr("Token"), lengthText(v.parts.signature.size()),
                InspectTr::tr("An Entra ID access token; its claims follow."), true);
        const Result<Jwt> jwt = Jwt::parse(v.parts.signature);
        if (jwt) {
            analyzeJwt(b, jwt.value(), JwtContext::CosmosAad);
            r.summary = InspectTr::tr("%1 (in a Cosmos DB type=aad value)").arg(r.summary);
        }
    }
}

void inspectText(Builder &b, QByteArray text, int depth);

/// A token endpoint answer (`{"token_type":"Bearer","access_token":"eyJ..."}`) pasted whole: inspects its
/// access token. False when `text` is not such an answer.
bool analyzeTokenResponse(Builder &b, QByteArrayView text, int depth)
{
    if (depth > 0)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray());
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.contains(QStringLiteral("_token")))
        return false;
    QString token = o.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        token = o.value(QStringLiteral("id_token")).toString();
    if (token.isEmpty() || token.startsWith(QLatin1Char('{')))
        return false;
    QByteArray bytes = token.toUtf8();
    SecureBytes::wipe(token);
    inspectText(b, std::move(bytes), depth + 1);
    b.r.fields.prepend(InspectionField{sectionAuthorization(), QStringLiteral("access_token"),
                                       InspectTr::tr("Source"), InspectTr::tr("token endpoint response"),
                                       InspectTr::tr("The token was taken from the JSON answer of a token "
                                                     "endpoint."),
                                       false});
    return true;
}

void analyzePermission(Builder &b, QByteArrayView text)
{
    InspectionReport &r = b.r;
    const Result<PermissionDocument> parsed = PermissionDocument::parse(text);
    if (!parsed) {
        b.fail(CredentialKind::PermissionJson, parsed.error().message);
        return;
    }
    const PermissionDocument &p = parsed.value();
    r.kind = CredentialKind::PermissionJson;
    r.permission = p;
    const QString section = sectionPermission();
    b.field(section, QStringLiteral("id"), InspectTr::tr("Id"), shown(p.id),
            InspectTr::tr("The permission's name."));
    b.field(section, QStringLiteral("permissionMode"), InspectTr::tr("Mode"), shown(p.permissionMode, 20),
            InspectTr::tr("All allows reading, writing and deleting; Read allows reading and queries only."));
    b.field(section, QStringLiteral("resource"), InspectTr::tr("Resource"), shown(p.resource),
            InspectTr::tr("What the permission grants access to, and everything below it."));
    if (!p.resourcePartitionKey.isUndefined() && !p.resourcePartitionKey.isNull())
        b.field(
            section, QStringLiteral("resourcePartitionKey"), InspectTr::tr("Partition key"),
            shown(ClaimCatalog::displayValue(ClaimCatalog::Part::Header, QString(), p.resourcePartitionKey)),
            InspectTr::tr("The permission only reaches items of this logical partition."));
    if (!p.rid.isEmpty())
        b.field(section, QStringLiteral("_rid"), InspectTr::tr("Resource id"), shown(p.rid),
                InspectTr::tr("The service's internal id of the permission."));
    if (!p.etag.isEmpty())
        b.field(
            section, QStringLiteral("_etag"), InspectTr::tr("ETag"), shown(p.etag),
            InspectTr::tr("Changes whenever the permission is replaced; replacing it revokes older tokens."));
    if (p.timestamp.isValid())
        b.field(section, QStringLiteral("_ts"), InspectTr::tr("Last modified"), timeText(p.timestamp),
                InspectTr::tr("When the permission was last changed."));
    b.field(section, QStringLiteral("_token"), InspectTr::tr("Resource token"), lengthText(p.token.size()),
            InspectTr::tr("The resource token minted when the permission was read; whoever holds it has the "
                          "permission's access until it expires."),
            true);
    analyzeResourceToken(b, p.tokenInfo);
    if (p.tokenInfo.readable && (p.tokenInfo.resource != p.resource || p.tokenInfo.mode != p.permissionMode))
        b.warn(QStringLiteral("token-mismatch"), InspectionWarning::Severity::Warning,
               InspectTr::tr("The resource token grants %1 on %2, but the document says %3 on %4: the token "
                             "does not belong to this version of the permission.")
                   .arg(shown(p.tokenInfo.mode, 20), shown(p.tokenInfo.resource), shown(p.permissionMode, 20),
                        shown(p.resource)),
               InspectTr::tr("Read the permission again to get a matching token."));
    r.summary = InspectTr::tr("Cosmos DB permission %1 (%2 on %3) with its resource token")
                    .arg(shown(p.id, 80), shown(p.permissionMode, 20), shown(p.resource, 120));
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

void analyzeConnectionString(Builder &b, QByteArrayView text)
{
    InspectionReport &r = b.r;
    const Result<CosmosConnectionString> parsed = CosmosConnectionString::parse(text);
    if (!parsed) {
        b.fail(CredentialKind::ConnectionString, parsed.error().message);
        return;
    }
    const CosmosConnectionString &cs = parsed.value();
    r.kind = CredentialKind::ConnectionString;
    r.connectionString = cs;
    const QString section = sectionConnectionString();
    b.field(section, QStringLiteral("flavor"), InspectTr::tr("API"),
            CosmosConnectionString::flavorName(cs.flavor),
            InspectTr::tr("Which Cosmos DB API the connection string is for."));
    b.field(section, QStringLiteral("account"), InspectTr::tr("Account"), shown(cs.accountName),
            InspectTr::tr("The account name, taken from the endpoint or the user name."));
    for (const CosmosConnectionString::Field &f : cs.fields) {
        QString label;
        QString explanation;
        const QString lower = f.name.toLower();
        if (lower == QLatin1String("accountendpoint")) {
            label = InspectTr::tr("Endpoint");
            explanation = InspectTr::tr("The account's document endpoint the SDK connects to.");
        } else if (lower == QLatin1String("accountkey") || lower == QLatin1String("password")) {
            label = InspectTr::tr("Account key");
            explanation =
                InspectTr::tr("An account key: full read-write (or read-only) access to all data of "
                              "the account without any sign-in.");
        } else if (lower == QLatin1String("disableservercertificatevalidation")) {
            label = InspectTr::tr("Skip certificate check");
            explanation =
                InspectTr::tr("Turns off TLS certificate checks; meant for the local emulator only.");
        } else if (lower == QLatin1String("tableendpoint")) {
            label = InspectTr::tr("Table endpoint");
            explanation = InspectTr::tr("The account's Table API endpoint.");
        } else if (lower == QLatin1String("defaultendpointsprotocol")) {
            label = InspectTr::tr("Protocol");
            explanation = InspectTr::tr("The protocol used when no endpoint is given (https or http).");
        } else if (lower == QLatin1String("accountname") || lower == QLatin1String("user")) {
            label = InspectTr::tr("Account name");
            explanation = InspectTr::tr("The account name.");
        } else if (lower == QLatin1String("host")) {
            label = InspectTr::tr("Host");
            explanation = InspectTr::tr("The MongoDB host(s) the driver connects to.");
        } else if (lower == QLatin1String("ssl") || lower == QLatin1String("tls")) {
            label = InspectTr::tr("TLS");
            explanation =
                InspectTr::tr("Whether the connection is encrypted; Azure Cosmos DB requires true.");
        } else if (!f.known) {
            explanation = InspectTr::tr("A setting this inspector does not know; the SDKs may ignore it.");
        }
        b.field(section, f.name, label, f.value, explanation, f.secret);
    }

    b.warn(
        QStringLiteral("read-write-key"), InspectionWarning::Severity::Warning,
        InspectTr::tr("The connection string carries an account key, which may be a read-write key: full "
                      "control of all data in the account, without sign-in, for as long as the key is not "
                      "rotated. The account checks can tell whether it is a read-write or a read-only key."),
        InspectTr::tr(
            "Use Entra ID (data-plane RBAC) or resource tokens for apps instead of keys; keep keys "
            "in Key Vault, rotate them, and disable key-based access (disableLocalAuth) when nothing "
            "needs it."));
    if (cs.disablesCertificateValidation)
        b.warn(
            QStringLiteral("certificate-validation-off"), InspectionWarning::Severity::Critical,
            InspectTr::tr("Server certificate validation is turned off: anyone on the network path can "
                          "impersonate the account and read or change the traffic."),
            InspectTr::tr("Only the local emulator needs this. Remove the setting and trust the emulator's "
                          "certificate instead."));
    const bool loopback = isLoopbackHost(cs.endpoint.host().toLower());
    if (cs.plainHttp)
        b.warn(
            QStringLiteral("plain-http"),
            loopback ? InspectionWarning::Severity::Warning : InspectionWarning::Severity::Critical,
            cs.flavor == CosmosConnectionString::Flavor::MongoDb
                ? InspectTr::tr("The connection does not use TLS: the key and all data travel unencrypted.")
                : InspectTr::tr("The endpoint uses plain http: all data travels unencrypted."),
            InspectTr::tr("Use https (for MongoDB: ssl=true); Azure Cosmos DB only accepts TLS."));
    if (cs.key.bytes() == QByteArrayView(kEmulatorKey))
        b.warn(QStringLiteral("emulator-key"), InspectionWarning::Severity::Info,
               InspectTr::tr("This is the published key of Microsoft's local Cosmos DB emulator; it is not a "
                             "secret."),
               loopback ? QString()
                        : InspectTr::tr("A real account never has this key: check the endpoint."));
    r.summary = InspectTr::tr("Cosmos DB %1 connection string for the account %2, with an account key")
                    .arg(CosmosConnectionString::flavorName(cs.flavor), shown(cs.accountName, 80));
}

bool looksLikeConnectionString(QByteArrayView text)
{
    return startsWithCi(text, "mongodb://") || startsWithCi(text, "mongodb+srv://") ||
           containsCi(text, "accountendpoint=") || containsCi(text, "accountkey=") ||
           containsCi(text, "tableendpoint=") || containsCi(text, "defaultendpointsprotocol=");
}

bool looksLikeCosmosAuth(QByteArrayView text)
{
    QByteArray probe = text.first(qMin<qsizetype>(text.size(), 64)).toByteArray();
    for (int i = 0; i < 5 && !startsWithCi(probe, "type=") && probe.contains('%'); ++i)
        probe = QByteArray::fromPercentEncoding(probe);
    return startsWithCi(probe, "type=");
}

bool looksLikeJwt(QByteArrayView text)
{
    if (text.startsWith("eyJ"))
        return true;
    int dots = 0;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_' || c == '=' || c == '+' || c == '/';
        if (c == '.')
            ++dots;
        else if (!ok)
            return false;
    }
    return dots == 2 || dots == 4;
}

/// The `authorization:` line of a pasted block of header lines, if there is one.
QByteArray authorizationLine(const QByteArray &text)
{
    qsizetype pos = 0;
    for (int line = 0; line < kMaxLines && pos < text.size(); ++line) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArray l = trimmed(QByteArrayView(text).sliced(pos, end - pos));
        if (startsWithCi(l, "authorization:"))
            return l;
        pos = end + 1;
    }
    return {};
}

void inspectText(Builder &b, QByteArray text, int depth)
{
    InspectionReport &r = b.r;
    bool headerName = false;
    bool bearer = false;
    int layers = 0;
    if (text.contains('\n') && !text.startsWith('{')) {
        const QByteArray line = authorizationLine(text);
        if (!line.isEmpty())
            text = line;
    }
    for (int round = 0; round < kMaxRounds; ++round) {
        if (!bearer && looksLikeConnectionString(text)) {
            analyzeConnectionString(b, text);
            return;
        }
        if (!bearer && text.startsWith('{')) {
            if (!analyzeTokenResponse(b, text, depth))
                analyzePermission(b, text);
            return;
        }
        if (startsWithCi(text, "authorization:")) {
            if (headerName || bearer) {
                b.fail(
                    bearer ? CredentialKind::BearerHeader : CredentialKind::Unknown,
                    InspectTr::tr("The header name \"Authorization:\" appears twice; the value was wrapped "
                                  "twice by the code that built it."));
                return;
            }
            headerName = true;
            text = trimmed(QByteArrayView(text).sliced(14));
            continue;
        }
        if (startsWithCi(text, "bearer ") || text.compare("bearer", Qt::CaseInsensitive) == 0) {
            if (bearer) {
                b.fail(CredentialKind::BearerHeader,
                       InspectTr::tr(
                           "The value says \"Bearer\" twice (Bearer inside Bearer): two layers of code "
                           "each added the prefix, and the API will refuse it."));
                return;
            }
            bearer = true;
            text = trimmed(QByteArrayView(text).sliced(6));
            if (text.isEmpty()) {
                b.fail(CredentialKind::BearerHeader, InspectTr::tr("The Bearer header carries no token."));
                return;
            }
            continue;
        }
        if (looksLikeCosmosAuth(text)) {
            if (bearer) {
                b.fail(CredentialKind::BearerHeader,
                       InspectTr::tr("A Cosmos DB authorization value (type=...) is sent without \"Bearer\"; "
                                     "the data plane refuses this header."));
                return;
            }
            analyzeCosmosAuth(b, text, headerName);
            if (layers > 0 && r.cosmosAuth) {
                r.cosmosAuth->encodingLayers += layers;
                r.cosmosAuth->wasPercentEncoded = true;
            }
            return;
        }
        if (looksLikeJwt(text)) {
            const CredentialKind kind = bearer ? CredentialKind::BearerHeader : CredentialKind::Jwt;
            const Result<Jwt> jwt = Jwt::parse(text);
            if (!jwt) {
                b.fail(kind, jwt.error().message);
                return;
            }
            r.kind = kind;
            if (bearer)
                b.field(sectionAuthorization(), QStringLiteral("scheme"), InspectTr::tr("Scheme"),
                        QStringLiteral("Bearer"),
                        InspectTr::tr("An OAuth 2.0 bearer token: whoever holds it can use it, no proof of "
                                      "possession is needed."));
            analyzeJwt(b, jwt.value(), bearer ? JwtContext::Bearer : JwtContext::Plain);
            if (layers >= 2)
                b.warn(QStringLiteral("double-encoded"), InspectionWarning::Severity::Critical,
                       InspectTr::tr("The value was percent-encoded %1 times; APIs expect the token as is.")
                           .arg(layers),
                       InspectTr::tr("Send the token without any percent-encoding."));
            else if (layers == 1)
                b.warn(QStringLiteral("percent-encoded"), InspectionWarning::Severity::Warning,
                       InspectTr::tr("The value was percent-encoded; a Bearer token is sent as is."),
                       InspectTr::tr("Send the token without percent-encoding."));
            return;
        }
        if (text.contains('%')) {
            QByteArray next = QByteArray::fromPercentEncoding(text);
            if (next == text)
                break;
            if (++layers > kMaxLayers) {
                b.fail(CredentialKind::Unknown,
                       InspectTr::tr("The input is percent-encoded more than %1 times; no client sends a "
                                     "credential like that.")
                           .arg(kMaxLayers));
                return;
            }
            SecureBytes::wipe(text);
            text = std::move(next);
            text = trimmed(text);
            continue;
        }
        break;
    }
    if (bearer) {
        b.fail(CredentialKind::BearerHeader,
               InspectTr::tr("The Bearer header does not carry a JWT (header.payload.signature)."));
        return;
    }
    b.fail(
        CredentialKind::Unknown,
        InspectTr::tr("This is not a credential the inspector recognises. It reads JWTs (Entra ID tokens), "
                      "Authorization/Bearer headers, Cosmos DB authorization values (type=master, resource, "
                      "aad), resource tokens, permission documents and connection strings."));
}

QJsonValue timeJson(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("iso"), t.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("epoch"), double(t.toSecsSinceEpoch())}};
}

QString verdictName(InspectionReport::Verdict v)
{
    switch (v) {
    case InspectionReport::Verdict::Valid:
        return InspectTr::tr("valid");
    case InspectionReport::Verdict::Invalid:
        return InspectTr::tr("invalid");
    case InspectionReport::Verdict::Unreadable:
        return InspectTr::tr("unreadable");
    }
    return {};
}

QString severityName(InspectionWarning::Severity s)
{
    switch (s) {
    case InspectionWarning::Severity::Info:
        return InspectTr::tr("info");
    case InspectionWarning::Severity::Warning:
        return InspectTr::tr("warning");
    case InspectionWarning::Severity::Critical:
        return InspectTr::tr("critical");
    }
    return {};
}

} // namespace

QString credentialKindId(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Unknown:
        return QStringLiteral("unknown");
    case CredentialKind::Jwt:
        return QStringLiteral("jwt");
    case CredentialKind::BearerHeader:
        return QStringLiteral("bearer-header");
    case CredentialKind::CosmosMaster:
        return QStringLiteral("cosmos-master");
    case CredentialKind::CosmosResource:
        return QStringLiteral("cosmos-resource");
    case CredentialKind::CosmosAad:
        return QStringLiteral("cosmos-aad");
    case CredentialKind::ResourceToken:
        return QStringLiteral("resource-token");
    case CredentialKind::PermissionJson:
        return QStringLiteral("permission-json");
    case CredentialKind::ConnectionString:
        return QStringLiteral("connection-string");
    }
    return QStringLiteral("unknown");
}

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Unknown:
        return InspectTr::tr("Not recognised");
    case CredentialKind::Jwt:
        return InspectTr::tr("Entra ID token (JWT)");
    case CredentialKind::BearerHeader:
        return InspectTr::tr("Bearer authorization header");
    case CredentialKind::CosmosMaster:
        return InspectTr::tr("Cosmos DB master-key signature");
    case CredentialKind::CosmosResource:
        return InspectTr::tr("Cosmos DB resource token authorization");
    case CredentialKind::CosmosAad:
        return InspectTr::tr("Cosmos DB Entra ID authorization");
    case CredentialKind::ResourceToken:
        return InspectTr::tr("Cosmos DB resource token");
    case CredentialKind::PermissionJson:
        return InspectTr::tr("Cosmos DB permission document");
    case CredentialKind::ConnectionString:
        return InspectTr::tr("Cosmos DB connection string");
    }
    return {};
}

QString tokenValidityId(TokenValidity validity)
{
    switch (validity) {
    case TokenValidity::Unknown:
        return QStringLiteral("unknown");
    case TokenValidity::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case TokenValidity::Valid:
        return QStringLiteral("valid");
    case TokenValidity::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case TokenValidity::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("unknown");
}

QString tokenValidityName(TokenValidity validity)
{
    switch (validity) {
    case TokenValidity::Unknown:
        return InspectTr::tr("No validity period");
    case TokenValidity::NotYetValid:
        return InspectTr::tr("Not yet valid");
    case TokenValidity::Valid:
        return InspectTr::tr("Valid");
    case TokenValidity::ExpiresSoon:
        return InspectTr::tr("Expires soon");
    case TokenValidity::Expired:
        return InspectTr::tr("Expired");
    }
    return {};
}

qint64 TokenTimes::lifetimeSeconds() const
{
    const QDateTime start = notBefore.isValid() ? notBefore : issuedAt;
    if (!expiresAt.isValid() || !start.isValid())
        return -1;
    return start.secsTo(expiresAt);
}

TokenValidity TokenTimes::validityAt(const QDateTime &now, qint64 skewSeconds,
                                     qint64 expiresSoonSeconds) const
{
    if (isEmpty() || !now.isValid())
        return TokenValidity::Unknown;
    const qint64 t = now.toSecsSinceEpoch();
    const QDateTime start = notBefore.isValid() ? notBefore : issuedAt;
    if (start.isValid() && t + skewSeconds < start.toSecsSinceEpoch())
        return TokenValidity::NotYetValid;
    if (expiresAt.isValid()) {
        const qint64 exp = expiresAt.toSecsSinceEpoch();
        if (t - skewSeconds >= exp)
            return TokenValidity::Expired;
        if (exp - t <= expiresSoonSeconds)
            return TokenValidity::ExpiresSoon;
    }
    return TokenValidity::Valid;
}

QString InspectionWarning::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

InspectionReport::Verdict InspectionReport::verdict() const
{
    if (kind == CredentialKind::Unknown)
        return Verdict::Unreadable;
    if (!error.isEmpty() || validity == TokenValidity::Expired || validity == TokenValidity::NotYetValid)
        return Verdict::Invalid;
    for (const InspectionWarning &w : warnings) {
        if (w.severity == InspectionWarning::Severity::Critical)
            return Verdict::Invalid;
    }
    return Verdict::Valid;
}

QString InspectionReport::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

bool InspectionReport::hasWarning(const QString &code) const
{
    for (const InspectionWarning &w : warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

QJsonObject InspectionReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), credentialKindId(kind));
    o.insert(QStringLiteral("kindName"), credentialKindName(kind));
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("verdict"), verdictId(verdict()));
    o.insert(QStringLiteral("validity"), tokenValidityId(validity));
    o.insert(QStringLiteral("validityName"), tokenValidityName(validity));
    o.insert(QStringLiteral("times"), QJsonObject{{QStringLiteral("issuedAt"), timeJson(times.issuedAt)},
                                                  {QStringLiteral("notBefore"), timeJson(times.notBefore)},
                                                  {QStringLiteral("expiresAt"), timeJson(times.expiresAt)}});
    const qint64 lifetime = times.lifetimeSeconds();
    o.insert(QStringLiteral("lifetimeSeconds"),
             lifetime < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(lifetime)));
    QJsonArray f;
    for (const InspectionField &field : fields)
        f.append(QJsonObject{{QStringLiteral("section"), field.section},
                             {QStringLiteral("name"), field.name},
                             {QStringLiteral("label"), field.label},
                             {QStringLiteral("value"), field.value},
                             {QStringLiteral("explanation"), field.explanation},
                             {QStringLiteral("secret"), field.secret}});
    o.insert(QStringLiteral("fields"), f);
    QJsonArray w;
    for (const InspectionWarning &warning : warnings)
        w.append(QJsonObject{{QStringLiteral("code"), warning.code},
                             {QStringLiteral("severity"), InspectionWarning::severityId(warning.severity)},
                             {QStringLiteral("text"), warning.text},
                             {QStringLiteral("advice"), warning.advice}});
    o.insert(QStringLiteral("warnings"), w);
    if (jwtSummary) {
        const JwtSummary &s = *jwtSummary;
        o.insert(
            QStringLiteral("jwt"),
            QJsonObject{{QStringLiteral("version"), s.v2 ? QStringLiteral("2.0") : QStringLiteral("1.0")},
                        {QStringLiteral("appOnly"), s.appOnly},
                        {QStringLiteral("idToken"), s.idToken},
                        {QStringLiteral("issuer"), s.issuer},
                        {QStringLiteral("audience"), s.audience},
                        {QStringLiteral("tenantId"), s.tenantId},
                        {QStringLiteral("objectId"), s.objectId},
                        {QStringLiteral("appId"), s.appId},
                        {QStringLiteral("subject"), s.subject},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(s.scopes)},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(s.roles)},
                        {QStringLiteral("groupCount"), int(s.groups.size())}});
    }
    o.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    return o;
}

QString InspectionReport::toText() const
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += label.leftJustified(12) + QLatin1Char(' ') + value + QLatin1Char('\n');
    };
    line(InspectTr::tr("Kind:"), credentialKindName(kind));
    if (!summary.isEmpty())
        line(InspectTr::tr("Summary:"), summary);
    line(InspectTr::tr("Verdict:"), verdictName(verdict()));
    if (!error.isEmpty())
        line(InspectTr::tr("Error:"), error);
    if (kind != CredentialKind::Unknown && error.isEmpty())
        line(InspectTr::tr("Validity:"), tokenValidityName(validity));
    if (times.issuedAt.isValid())
        line(InspectTr::tr("Issued:"), timeText(times.issuedAt));
    if (times.notBefore.isValid())
        line(InspectTr::tr("Not before:"), timeText(times.notBefore));
    if (times.expiresAt.isValid())
        line(InspectTr::tr("Expires:"), timeText(times.expiresAt));
    if (times.lifetimeSeconds() >= 0)
        line(InspectTr::tr("Lifetime:"), durationText(times.lifetimeSeconds()));

    QString section;
    qsizetype nameWidth = 0;
    qsizetype labelWidth = 0;
    for (const InspectionField &f : fields) {
        nameWidth = qMax(nameWidth, qMin<qsizetype>(f.name.size(), 24));
        labelWidth = qMax(labelWidth, qMin<qsizetype>(f.label.size(), 32));
    }
    for (const InspectionField &f : fields) {
        if (f.section != section) {
            section = f.section;
            out += QLatin1Char('\n') + section + QLatin1Char('\n');
        }
        out += QStringLiteral("  ") + f.name.leftJustified(nameWidth) + QStringLiteral("  ") +
               f.label.leftJustified(labelWidth) + QStringLiteral("  ") + f.value + QLatin1Char('\n');
    }
    if (!warnings.isEmpty()) {
        out += QLatin1Char('\n') + InspectTr::tr("Warnings") + QLatin1Char('\n');
        for (const InspectionWarning &w : warnings) {
            out += QStringLiteral("  [") + severityName(w.severity) + QStringLiteral("] ") + w.text +
                   QStringLiteral(" (") + w.code + QStringLiteral(")\n");
            if (!w.advice.isEmpty())
                out += QStringLiteral("      ") + w.advice + QLatin1Char('\n');
        }
    }
    return out;
}

InspectionReport TokenInspector::inspect(QByteArrayView input, const InspectOptions &options)
{
    InspectionReport report;
    Builder b(report, options);
    if (input.size() > kMaxInput) {
        const QString message =
            InspectTr::tr("The input is too large (%1 bytes); at most %2 bytes are inspected.")
                .arg(input.size())
                .arg(kMaxInput);
        b.fail(CredentialKind::Unknown, message);
        return report;
    }
    for (qsizetype i = 0; i < input.size(); ++i) {
        const uchar c = uchar(input.at(i));
        if (c == 0 || (c < 0x20 && !isSpace(char(c))) || c == 0x7f) {
            b.fail(CredentialKind::Unknown,
                   InspectTr::tr("The input contains binary data (a NUL or control byte at position %1), not "
                                 "text; paste the token or header as text.")
                       .arg(i + 1));
            return report;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(input);
    Q_UNUSED(decoded)
    if (decoder.hasError()) {
        b.fail(CredentialKind::Unknown, InspectTr::tr("The input is not UTF-8 text."));
        return report;
    }
    QByteArray text = trimmed(input);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = trimmed(QByteArrayView(text).sliced(3));
    if (text.isEmpty()) {
        b.fail(CredentialKind::Unknown, InspectTr::tr("The input is empty."));
        return report;
    }
    inspectText(b, std::move(text), 0);
    if (report.summary.isEmpty() && report.error.isEmpty())
        report.summary = credentialKindName(report.kind);
    return report;
}

} // namespace csc
