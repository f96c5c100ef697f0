// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/ClaimCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <cmath>

namespace csc {

namespace {

struct ClaimTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::ClaimCatalog)
};

constexpr qsizetype kMaxDisplay = 300;
constexpr qsizetype kMaxArrayItems = 50;

struct Entry
{
    const char *name;
    const char *label;
    const char *explanation;
};

// clang-format off
const Entry kHeaderEntries[] = {
    {"alg", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Signing algorithm"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "How the token is signed. Entra ID signs access and ID tokens with RS256 (RSA with SHA-256) using a key it publishes; \"none\" means unsigned (anyone could have written it) and HS256 means a shared secret that every verifier could also sign with.")},
    {"typ", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Token type"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The media type of the token, normally JWT.")},
    {"kid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Key id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Which of the issuer's published signing keys (its JWKS) signed the token. Verification looks this key up; Entra ID rolls its keys over regularly.")},
    {"x5t", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Certificate thumbprint"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "SHA-1 thumbprint of the signing certificate; Entra ID v1 tokens carry it alongside the key id and it usually has the same value.")},
    {"x5t#S256", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Certificate thumbprint (SHA-256)"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "SHA-256 thumbprint of the signing certificate.")},
    {"nonce", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Header nonce"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A value Microsoft adds to tokens meant only for its own APIs (such as Microsoft Graph). Such tokens cannot be verified by anyone else and must be treated as opaque.")},
    {"cty", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Content type"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The type of the payload; \"JWT\" would mean a token nested inside another, which Entra ID does not use.")},
    {"jku", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Key set URL"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A URL from which to fetch the signing keys. A verifier must never trust a key location named by the token itself; Entra ID tokens do not use it.")},
    {"x5u", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Certificate URL"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A URL from which to fetch the signing certificate. A verifier must not trust it; Entra ID tokens do not use it.")},
    {"x5c", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Certificate chain"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Certificates embedded in the token. A verifier must not trust a key the token brings along; Entra ID tokens do not use it.")},
    {"jwk", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Embedded key"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A public key embedded in the token. A verifier must not trust a key the token brings along; Entra ID tokens do not use it.")},
    {"crit", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Critical extensions"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Header parameters a verifier must understand or else reject the token.")},
    {"zip", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Compression"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Compression of an encrypted token's content; not used in signed tokens.")},
    {"enc", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Content encryption"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The encryption of an encrypted token (JWE).")},
};

const Entry kPayloadEntries[] = {
    {"aud", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Audience"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Who the token is for. The Cosmos DB data plane accepts https://cosmos.azure.com or the account endpoint (https://<account>.documents.azure.com); ARM tokens (https://management.azure.com) do not work on the data plane.")},
    {"iss", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Issuer"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Who issued the token: https://sts.windows.net/<tenant>/ for v1.0 tokens, https://login.microsoftonline.com/<tenant>/v2.0 for v2.0 tokens. The tenant in it must be the tenant of the Cosmos DB account.")},
    {"tid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Tenant"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The Entra ID tenant (directory) the user or application signed in to. Cosmos DB only accepts tokens from the account's own tenant.")},
    {"oid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Object id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's or service principal's object id in the tenant. Data-plane role assignments are made to this id; the Cosmos DB data plane refuses tokens without it.")},
    {"sub", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Subject"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An identifier of the principal that is unique per application (pairwise); use the object id to grant access, not this.")},
    {"appid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Client application"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The application (client) id that requested the token (v1.0 tokens). For a managed identity this is the identity's client id.")},
    {"azp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Client application"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The application (client) id that requested the token (v2.0 tokens).")},
    {"appidacr", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Client authentication"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "How the client application proved its identity: 0 public client (no secret), 1 client secret, 2 certificate or federated credential. Certificates and managed identities are safer than secrets.")},
    {"azpacr", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Client authentication"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "How the client application proved its identity: 0 public client (no secret), 1 client secret, 2 certificate or federated credential. Certificates and managed identities are safer than secrets.")},
    {"scp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Delegated permissions"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "What the application may do on behalf of the signed-in user (space-separated scopes). user_impersonation means everything the user can do in that API.")},
    {"roles", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Application roles"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "App roles granted to the caller; for an application acting as itself these are its application permissions, which apply tenant-wide without any user.")},
    {"groups", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Groups"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Object ids of security groups the user is a member of (only when the app is configured to receive them).")},
    {"hasgroups", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Too many groups"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user is in too many groups to list them in the token; an application must ask Microsoft Graph for them.")},
    {"_claim_names", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Claims elsewhere"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Claims (usually groups) that were too large for the token and must be fetched from Microsoft Graph.")},
    {"_claim_sources", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Claim sources"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Where to fetch the claims listed in _claim_names.")},
    {"wids", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Directory roles"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Entra ID directory roles the user holds in the tenant (role template ids), such as Global Administrator. A token of a privileged user is as powerful as those roles in the APIs that honour them.")},
    {"amr", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Authentication methods"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "How the user signed in: password, multi-factor authentication, a key, a federated provider... Without mfa the sign-in relied on one factor only.")},
    {"idtyp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Identity type"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Whether the token represents an application acting as itself (app) or a signed-in user (user).")},
    {"ver", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Token version"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The access token format, 1.0 or 2.0. It is chosen by the API the token is for, not by the endpoint that issued it; both work with Cosmos DB.")},
    {"iat", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Issued at"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "When the token was issued.")},
    {"nbf", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Not before"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The token is not valid before this time (services allow a few minutes of clock skew).")},
    {"exp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Expires"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The token is refused from this time on. Entra ID access tokens usually live 60 to 90 minutes; managed identity tokens up to 24 hours. A stolen token works until it expires.")},
    {"uti", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Token id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A unique identifier of this token, useful to find it in sign-in logs.")},
    {"jti", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Token id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A unique identifier of this token.")},
    {"rh", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Refresh data"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An internal value Entra ID uses to revalidate tokens; it carries no information for you.")},
    {"aio", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Internal data"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An internal value Entra ID uses; it carries no information for you.")},
    {"xms_mirid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Managed identity resource"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The Azure resource id of the managed identity that requested the token: the token was issued to an Azure resource (VM, App Service, ...) rather than to a person.")},
    {"xms_tcdt", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Tenant created"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "When the tenant was created.")},
    {"xms_az_rid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure resource"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The Azure resource id of the workload that requested the token.")},
    {"xms_cc", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Client capabilities"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Capabilities the client declared, e.g. cp1: it can handle Continuous Access Evaluation claims challenges (such tokens may live up to 28 hours).")},
    {"xms_ssm", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Session data"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An internal value of Entra ID.")},
    {"xms_pdl", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Preferred data location"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's preferred data location in multi-geo tenants.")},
    {"xms_pl", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "User language"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's preferred language.")},
    {"xms_tpl", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Tenant language"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The tenant's preferred language.")},
    {"xms_idrel", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Identity relation"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An internal value describing the user's relation to the tenant (member or guest).")},
    {"name", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Name"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's display name, for display only: it is not unique and the user may be able to change it.")},
    {"given_name", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Given name"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's first name, for display only.")},
    {"family_name", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Family name"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's last name, for display only.")},
    {"upn", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "User principal name"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's sign-in name. It can change (renames), so access is granted by object id, not by this.")},
    {"unique_name", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "User name"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A readable name of the user (v1.0 tokens), for display only.")},
    {"preferred_username", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Preferred user name"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's sign-in name (v2.0 tokens), for display only: it can change.")},
    {"email", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "E-mail"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's e-mail address, when known; not verified for every account type, so never use it to grant access.")},
    {"verified_primary_email", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Verified e-mail"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's primary e-mail address as verified by the directory.")},
    {"ipaddr", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Sign-in IP address"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The IP address the user signed in from.")},
    {"acr", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Authentication level"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "0 means the authentication did not meet ISO/IEC 29115 level 1 (for example a public client without the user); 1 is a normal sign-in.")},
    {"acrs", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Authentication contexts"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Conditional Access authentication contexts the sign-in satisfied (step-up requirements such as c1).")},
    {"auth_time", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Signed in at"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "When the user last entered credentials.")},
    {"nonce", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Nonce"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A value the application sent with the sign-in request and gets back in the ID token to prevent replay. Its presence suggests an ID token.")},
    {"sid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Session id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The sign-in session, used for sign-out.")},
    {"at_hash", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Access token hash"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Binds an ID token to the access token issued with it; only ID tokens carry it.")},
    {"c_hash", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Code hash"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Binds an ID token to the authorization code issued with it; only ID tokens carry it.")},
    {"idp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Identity provider"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Who authenticated the user when it was not the token's own tenant: a guest's home tenant or an external provider (live.com, google.com, ...).")},
    {"onprem_sid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "On-premises SID"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's security identifier in the synchronised on-premises Active Directory.")},
    {"puid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Passport id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An internal identifier of the user.")},
    {"altsecid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Alternative id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An identifier of a guest or personal account at its home provider.")},
    {"deviceid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Device"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The registered device the user signed in from.")},
    {"ctry", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Country"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The user's country.")},
    {"tenant_ctry", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Tenant country"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The tenant's country.")},
    {"tenant_region_scope", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Tenant region"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The region of the tenant.")},
    {"in_corp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Inside corporate network"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The sign-in came from the corporate network as configured in the tenant.")},
    {"pwd_exp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Password expires in"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Seconds until the user's password expires.")},
    {"pwd_url", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Password change URL"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Where the user can change the password.")},
    {"signin_state", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Sign-in state"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Facts about the sign-in, such as a compliant device (kmsi: keep me signed in, dvc_mngd: managed device).")},
    {"login_hint", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Login hint"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "An opaque value an application can pass to sign the same user in again.")},
    {"home_oid", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Home object id"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "A guest's object id in the home tenant.")},
    {"cnf", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Proof-of-possession key"),
     QT_TRANSLATE_NOOP("csc::ClaimCatalog", "The key the client must prove it holds when using the token (a bound token).")},
};

/// Entra ID directory role template ids (the values of `wids`).
struct Role
{
    const char *id;
    const char *name;
    bool privileged;
};
const Role kRoles[] = {
    {"62e90394-69f5-4237-9190-012177145e10", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Global Administrator"), true},
    {"e8611ab8-c189-46e8-94e1-60213ab1f814", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Privileged Role Administrator"), true},
    {"7be44c8a-adaf-4e2a-84d6-ab2649e08a13", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Privileged Authentication Administrator"), true},
    {"194ae4cb-b126-40b2-bd5b-6091b380977d", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Security Administrator"), true},
    {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Application Administrator"), true},
    {"158c047a-c907-4556-b7ef-446551a6b5f7", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Cloud Application Administrator"), true},
    {"8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Hybrid Identity Administrator"), true},
    {"b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Conditional Access Administrator"), true},
    {"fe930be7-5e62-47db-91af-98c3a49a38b1", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "User Administrator"), true},
    {"c4e39bd9-1100-46d3-8c65-fb160da0071f", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Authentication Administrator"), true},
    {"729827e3-9c14-49f7-bb1b-9608f156bbb8", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Helpdesk Administrator"), true},
    {"966707d0-3269-4727-9be2-8c3a10f19b9d", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Password Administrator"), true},
    {"3a2c62db-5318-420d-8d74-23affee5d9d5", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Intune Administrator"), true},
    {"29232cdf-9323-42fd-ade2-1d097af3e4de", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Exchange Administrator"), false},
    {"f28a1f50-f6e7-4571-818b-6a12f2af6b6c", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "SharePoint Administrator"), false},
    {"17315797-102d-40b4-93e0-432062caca18", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Compliance Administrator"), false},
    {"b0f54661-2d74-4c50-afa3-1ec803f12efe", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Billing Administrator"), false},
    {"f2ef992c-3afb-46b9-b7cf-a126ee74c451", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Global Reader"), false},
    {"5d6b6bb7-de71-4623-b4af-96380a352509", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Security Reader"), false},
    {"88d8e3e3-8f55-4a1e-953a-9b9898b8876b", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Directory Readers"), false},
    {"d29b2b05-8046-44ba-8758-1e26182fcf32", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Directory Synchronization Accounts"), true},
    {"b79fbf4d-3ef9-4689-8143-76b194e85509", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "User (default member role)"), false},
};

/// Well-known resources (audiences) and Microsoft first-party applications.
struct Known
{
    const char *id;
    const char *name;
};
const Known kResources[] = {
    {"https://management.azure.com", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Resource Manager")},
    {"https://management.core.windows.net", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Resource Manager (classic audience)")},
    {"797f4846-ba00-4fd7-ba43-dac1f8f63013", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Resource Manager")},
    {"https://management.chinacloudapi.cn", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Resource Manager (Azure China)")},
    {"https://management.usgovcloudapi.net", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Resource Manager (Azure Government)")},
    {"https://cosmos.azure.com", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Cosmos DB data plane")},
    {"https://cosmos.azure.cn", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Cosmos DB data plane (Azure China)")},
    {"https://cosmos.azure.us", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Cosmos DB data plane (Azure Government)")},
    {"a232010e-820c-4083-83bb-3ace5fc29d0b", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Cosmos DB (first-party application)")},
    {"https://vault.azure.net", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Key Vault")},
    {"cfa8b339-82a2-471a-a3c9-0fc0be7a4093", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Key Vault")},
    {"https://graph.microsoft.com", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Microsoft Graph")},
    {"00000003-0000-0000-c000-000000000000", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Microsoft Graph")},
    {"00000002-0000-0000-c000-000000000000", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure AD Graph (retired)")},
    {"https://storage.azure.com", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure Storage")},
    {"https://api.loganalytics.io", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Log Analytics")},
    {"https://database.windows.net", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure SQL Database")},
    {"04b07795-8ddb-461a-bbee-02f9e1bf7b46", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure CLI")},
    {"1950a258-227b-4e31-a9cf-717495945fc2", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Azure PowerShell")},
};

const Known kAmr[] = {
    {"pwd", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "password")},
    {"mfa", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "multi-factor authentication")},
    {"rsa", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "RSA key, e.g. Microsoft Authenticator or Windows Hello")},
    {"otp", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "one-time passcode")},
    {"sms", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "text message")},
    {"tel", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "telephone call")},
    {"fed", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "federated identity provider")},
    {"wia", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Windows integrated authentication")},
    {"ngcmfa", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "passwordless multi-factor (Windows Hello, FIDO2)")},
    {"wiaormfa", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "Windows or multi-factor credentials")},
    {"face", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "facial recognition")},
    {"fpt", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "fingerprint")},
    {"hwk", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "hardware-protected key")},
    {"swk", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "software-protected key")},
    {"pin", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "PIN")},
    {"kba", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "knowledge-based (security questions)")},
    {"mca", QT_TRANSLATE_NOOP("csc::ClaimCatalog", "multi-factor authentication at a partner tenant")},
};
// clang-format on

template <typename T, size_t N> const T *findById(const T (&table)[N], const QString &id)
{
    for (const T &e : table) {
        if (id.compare(QLatin1String(e.id), Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

const Entry *findEntry(ClaimCatalog::Part part, const QString &name)
{
    if (part == ClaimCatalog::Part::Header) {
        for (const Entry &e : kHeaderEntries) {
            if (name == QLatin1String(e.name))
                return &e;
        }
        return nullptr;
    }
    for (const Entry &e : kPayloadEntries) {
        if (name == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

/// Control characters would break the one-line rendering (and could fake extra lines): replace them.
QString sanitized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(0xfffd);
    }
    return out;
}

QString elided(const QString &text)
{
    if (text.size() <= kMaxDisplay)
        return text;
    const qsizetype keep = kMaxDisplay / 2 - 1;
    return text.left(keep) + QChar(0x2026) + text.right(keep);
}

QString formatTime(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
        return {};
    const QDateTime t = QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString plainValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

/// "value (name)" for a value found in a table.
template <typename T, size_t N> QString withName(const T (&table)[N], const QString &value)
{
    QString key = value;
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    if (const T *e = findById(table, key))
        return ClaimTr::tr("%1 (%2)").arg(value, ClaimTr::tr(e->name));
    return value;
}

QString audienceValue(const QString &value)
{
    QString named = withName(kResources, value);
    if (named != value)
        return named;
    QString host = value;
    if (host.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        host = host.mid(8);
        host = host.left(host.indexOf(QLatin1Char('/')) < 0 ? host.size() : host.indexOf(QLatin1Char('/')));
        host = host.left(host.indexOf(QLatin1Char(':')) < 0 ? host.size() : host.indexOf(QLatin1Char(':')));
        if (host.endsWith(QLatin1String(".documents.azure.com"), Qt::CaseInsensitive) ||
            host.endsWith(QLatin1String(".documents.azure.cn"), Qt::CaseInsensitive) ||
            host.endsWith(QLatin1String(".documents.azure.us"), Qt::CaseInsensitive))
            return ClaimTr::tr("%1 (%2)").arg(value, ClaimTr::tr("a Cosmos DB account endpoint"));
        if (host.endsWith(QLatin1String(".vault.azure.net"), Qt::CaseInsensitive))
            return ClaimTr::tr("%1 (%2)").arg(value, ClaimTr::tr("Azure Key Vault"));
    }
    return value;
}

QString singleValue(const QString &name, const QJsonValue &value)
{
    const QString text = plainValue(value);
    if (name == QLatin1String("aud"))
        return audienceValue(text);
    if (name == QLatin1String("appid") || name == QLatin1String("azp"))
        return withName(kResources, text);
    if (name == QLatin1String("wids")) {
        if (const Role *r = findById(kRoles, text))
            return ClaimTr::tr("%1 (%2)").arg(text, ClaimTr::tr(r->name));
        return text;
    }
    if (name == QLatin1String("amr")) {
        if (const Known *k = findById(kAmr, text))
            return ClaimTr::tr("%1 (%2)").arg(text, ClaimTr::tr(k->name));
        return text;
    }
    if (name == QLatin1String("idtyp")) {
        if (text == QLatin1String("app"))
            return ClaimTr::tr("app (an application acting as itself)");
        if (text == QLatin1String("user"))
            return ClaimTr::tr("user (a signed-in user)");
        if (text == QLatin1String("device"))
            return ClaimTr::tr("device (a device)");
        return text;
    }
    if (name == QLatin1String("ver")) {
        if (text == QLatin1String("1.0"))
            return ClaimTr::tr("1.0 (Entra ID v1.0 token format)");
        if (text == QLatin1String("2.0"))
            return ClaimTr::tr("2.0 (Entra ID v2.0 token format)");
        return text;
    }
    if (name == QLatin1String("appidacr") || name == QLatin1String("azpacr")) {
        if (text == QLatin1String("0"))
            return ClaimTr::tr("0 (public client: no secret or certificate)");
        if (text == QLatin1String("1"))
            return ClaimTr::tr("1 (client secret)");
        if (text == QLatin1String("2"))
            return ClaimTr::tr("2 (certificate or federated credential)");
        return text;
    }
    if (name == QLatin1String("acr")) {
        if (text == QLatin1String("0"))
            return ClaimTr::tr("0 (below level 1)");
        if (text == QLatin1String("1"))
            return ClaimTr::tr("1 (normal sign-in)");
        return text;
    }
    if (name == QLatin1String("pwd_exp") && value.isDouble())
        return ClaimTr::tr("%1 s").arg(text);
    return text;
}

} // namespace

QString ClaimCatalog::label(Part part, const QString &name)
{
    if (const Entry *e = findEntry(part, name))
        return ClaimTr::tr(e->label);
    if (part == Part::Payload && name.startsWith(QLatin1String("xms_")))
        return ClaimTr::tr("Microsoft extension");
    return {};
}

QString ClaimCatalog::explanation(Part part, const QString &name)
{
    if (const Entry *e = findEntry(part, name))
        return ClaimTr::tr(e->explanation);
    if (part == Part::Payload && name.startsWith(QLatin1String("xms_")))
        return ClaimTr::tr("An extension claim Microsoft adds for its own services.");
    return {};
}

bool ClaimCatalog::isTimeClaim(const QString &name)
{
    return name == QLatin1String("iat") || name == QLatin1String("nbf") || name == QLatin1String("exp") ||
           name == QLatin1String("auth_time") || name == QLatin1String("xms_tcdt") ||
           name == QLatin1String("updated_at");
}

QString ClaimCatalog::displayValue(Part part, const QString &name, const QJsonValue &value)
{
    QString text;
    if (part == Part::Payload && isTimeClaim(name) && value.isDouble()) {
        text = formatTime(value.toDouble());
        if (text.isEmpty())
            text = ClaimTr::tr("%1 (not a valid time)").arg(plainValue(value));
    } else if (part == Part::Payload && name == QLatin1String("scp") && value.isString()) {
        text = value.toString().simplified().replace(QLatin1Char(' '), QStringLiteral(", "));
    } else if (part == Part::Payload && value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList items;
        for (qsizetype i = 0; i < array.size() && i < kMaxArrayItems; ++i)
            items.append(singleValue(name, array.at(i)));
        text = items.join(QStringLiteral(", "));
        if (array.size() > kMaxArrayItems) {
            const qsizetype more = array.size() - kMaxArrayItems;
            const QString suffix = ClaimTr::tr("… and %1 more").arg(more);
            text += QStringLiteral(" ") + suffix;
        }
    } else if (part == Part::Payload) {
        text = singleValue(name, value);
    } else {
        text = plainValue(value);
    }
    return elided(sanitized(text));
}

} // namespace csc
