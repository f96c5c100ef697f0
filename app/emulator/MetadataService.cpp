// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/MetadataService.h"

#include "emulator/ArmErrors.h"

#include <QJsonArray>

namespace csc::emu {

QJsonObject MetadataService::document(const QUrl &base)
{
    const QString root = base.toString(QUrl::StripTrailingSlash);
    return QJsonObject{
        {QStringLiteral("galleryEndpoint"), root + u'/'},
        {QStringLiteral("graphEndpoint"), root + u'/'},
        {QStringLiteral("portalEndpoint"), root + u'/'},
        {QStringLiteral("authentication"),
         QJsonObject{{QStringLiteral("loginEndpoint"), root + u'/'},
                     {QStringLiteral("audiences"), QJsonArray{root + u'/', root}},
                     {QStringLiteral("tenant"), QStringLiteral("common")},
                     {QStringLiteral("identityProvider"), QStringLiteral("AAD")}}},
    };
}

bool MetadataService::handle(const HttpRequest &request, const Responder &responder)
{
    const QStringList seg = request.pathSegments();
    if (seg.size() != 2 || seg[0] != QLatin1String("metadata") || seg[1] != QLatin1String("endpoints"))
        return false;
    if (request.method != "GET" && request.method != "HEAD") {
        responder.send(armError(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The requested resource does not support http method '%1'.")
                                    .arg(QString::fromLatin1(request.method))));
        return true;
    }
    if (request.query(QStringLiteral("api-version")).isEmpty()) {
        responder.send(
            armError(400, QStringLiteral("MissingApiVersionParameter"),
                     QStringLiteral("The api-version query parameter (?api-version=) is required for "
                                    "all requests.")));
        return true;
    }
    responder.send(HttpResponse::json(200, document(m_base)));
    return true;
}

} // namespace csc::emu
