// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ApiError.h"

#include <QCoreApplication>

namespace csc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("csc::ApiError", text);
}

QString serviceName(const QUrl &url)
{
    const QString path = url.path();
    if (path.contains(QLatin1String("/oauth2/")) || path.contains(QLatin1String("/.well-known/")))
        return tr("Microsoft Entra ID");
    if (path.startsWith(QLatin1String("/subscriptions")) || path.startsWith(QLatin1String("/providers")))
        return tr("Azure Resource Manager");
    if (path.startsWith(QLatin1String("/keys")) || path.startsWith(QLatin1String("/secrets")))
        return tr("Key Vault");
    if (path.startsWith(QLatin1String("/dbs")) || path == QLatin1String("/"))
        return tr("The Cosmos DB account");
    return tr("The service");
}
} // namespace

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::cancelled()
{
    return make(Kind::Cancelled, tr("The operation was cancelled."));
}

ApiError ApiError::validation(const QString &message)
{
    return make(Kind::Validation, message);
}

QString ApiError::summary() const
{
    const QString host = url.host();
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach %1: %2").arg(host.isEmpty() ? tr("the service") : host, message);
    case Kind::Tls:
        return tr("The secure connection to %1 was refused: %2")
            .arg(host.isEmpty() ? tr("the service") : host, message);
    case Kind::Timeout:
        return tr("%1 did not answer in time.").arg(host.isEmpty() ? tr("The service") : host);
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::Http: {
        QString what =
            code.isEmpty() ? QString::number(httpStatus) : QStringLiteral("%1 %2").arg(httpStatus).arg(code);
        if (subStatus != 0)
            what += QStringLiteral(", substatus %1").arg(subStatus);
        const QString text = message.isEmpty() ? tr("no details were given") : message;
        return tr("%1 refused the request (%2): %3").arg(serviceName(url), what, text);
    }
    case Kind::Parse:
        return tr("The answer from %1 could not be read: %2")
            .arg(host.isEmpty() ? tr("the service") : host, message);
    case Kind::Validation:
    case Kind::Auth:
    case Kind::SecretStore:
    case Kind::Process:
        return message;
    }
    return message;
}

QString ApiError::remedy() const
{
    switch (kind) {
    case Kind::Network:
        return tr("Check the network connection, proxy settings and the endpoint in the connection profile.");
    case Kind::Tls:
        return tr("Check that the endpoint is the real service. For the local cloud, trust its certificate "
                  "authority in the connection profile. TLS 1.2 or later is required.");
    case Kind::Timeout:
        return tr("Try again later; if it keeps happening, raise the timeout or check the network.");
    case Kind::Cancelled:
    case Kind::Parse:
    case Kind::Validation:
        return {};
    case Kind::Auth:
        return tr("Check the tenant, client id and secret of the connection profile.");
    case Kind::SecretStore:
        return tr("Unlock or install the system keychain (for example GNOME Keyring or KWallet).");
    case Kind::Process:
        return tr("See the activity log for the local cloud's output.");
    case Kind::Http:
        break;
    }
    if (code == QLatin1String("AuthorizationFailed") || code == QLatin1String("LinkedAuthorizationFailed"))
        return tr(
            "Ask an Owner or User Access Administrator to grant a role that includes the missing action "
            "on this scope.");
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return tr("The client id or secret is wrong or expired; create a new client secret and update the "
                  "connection profile.");
    if (code == QLatin1String("invalid_scope"))
        return tr("The requested resource is not known to the tenant; check the cloud and endpoints of the "
                  "connection profile.");
    if (subStatus == 5202 || (httpStatus == 401 && message.contains(QLatin1String("Local Authorization"))))
        return tr("Key-based authentication is disabled on this account; use Microsoft Entra ID or enable "
                  "local authentication.");
    if (httpStatus == 401)
        return tr("The credentials were refused; sign in again or check the key or token in use.");
    if (httpStatus == 403)
        return tr("The identity in use lacks permission, or a firewall rule blocks this address.");
    if (httpStatus == 404)
        return tr("The resource does not exist (any more); refresh the view.");
    if (httpStatus == 409 || httpStatus == 412)
        return tr("Another change is in progress on this resource; wait for it to finish and try again.");
    if (httpStatus == 429)
        return tr("The service is throttling requests; wait a moment and try again.");
    if (httpStatus >= 500)
        return tr("The service had a problem; try again later.");
    return {};
}

QString ApiError::detailedText() const
{
    QStringList lines{summary()};
    const QString r = remedy();
    if (!r.isEmpty())
        lines << r;
    if (!target.isEmpty())
        lines << tr("Target: %1").arg(target);
    for (const QString &d : details)
        lines << tr("Detail: %1").arg(d);
    if (!method.isEmpty() || !url.isEmpty())
        lines << tr("Request: %1 %2").arg(method, url.toString());
    if (!requestId.isEmpty())
        lines << tr("Request id: %1").arg(requestId);
    if (!correlationId.isEmpty() && correlationId != requestId)
        lines << tr("Correlation id: %1").arg(correlationId);
    return lines.join(QLatin1Char('\n'));
}

} // namespace csc
