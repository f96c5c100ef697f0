// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/ResourceTokenAuthorizer.h"

#include "core/Clock.h"
#include "core/MasterKeySigner.h"

#include <QCoreApplication>

#include <utility>

namespace csc {

ResourceTokenAuthorizer::ResourceTokenAuthorizer(const SecureBytes &token, QByteArray apiVersion)
    : m_token(token), m_version(std::move(apiVersion))
{}

HeaderList ResourceTokenAuthorizer::headersFor(const QString &date) const
{
    return {{QByteArrayLiteral("authorization"), MasterKeySigner::encodeToken(m_token.bytes())},
            {QByteArrayLiteral("x-ms-date"), date.toLatin1()},
            {QByteArrayLiteral("x-ms-version"), m_version}};
}

void ResourceTokenAuthorizer::authorize(const RestRequest &request, QObject *context, Done done)
{
    Q_UNUSED(request)
    Q_UNUSED(context) // answers synchronously
    if (m_token.isEmpty()) {
        done(ApiError::validation(
            QCoreApplication::translate("csc::ResourceTokenAuthorizer", "No resource token was given.")));
        return;
    }
    done(headersFor(MasterKeySigner::httpDate(Clock::now())));
}

} // namespace csc
