// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace csc::emu {

/// The local cloud's TLS identity: its own CA and a server certificate issued by it.
struct TlsMaterial
{
    QSslCertificate caCertificate;
    QSslCertificate serverCertificate;
    QSslKey serverKey;
    QString caCertificatePath; ///< PEM file clients trust (empty for ephemeral material)
};

/**
 * @brief Makes and keeps the local certificate authority with OpenSSL (RSA 2048, SHA-256): a CA (CA:TRUE,
 * keyCertSign, 10 years) and a server certificate (serverAuth, SAN DNS:localhost, IP:127.0.0.1, IP:127.0.0.2
 * plus extra names, 1 year, re-issued when it expires within 30 days or lacks a requested name).
 *
 * Files in `dir`: ca.crt, ca.key, server.crt, server.key; keys are written 0600.
 */
class LocalCa
{
public:
    static Result<TlsMaterial> loadOrCreate(const QString &dir, const QStringList &extraDnsNames = {});
    /// Fresh material in memory only (tests).
    static Result<TlsMaterial> createEphemeral(const QStringList &extraDnsNames = {});
};

} // namespace csc::emu
