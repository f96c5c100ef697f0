// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/HttpsServer.h"
#include "emulator/Store.h"
#include "emulator/TokenSigner.h"

#include <QHostAddress>
#include <QList>
#include <QUrl>

#include <functional>

namespace csc::emu {

class AccountEncryption;
struct KeyVaultRequest;
struct KeyVaultReply;

/**
 * @brief What every emulated service shares: the state, the token signer, where the emulator listens and its
 * tunables. Owned by Emulator; services keep a pointer.
 */
struct EmuContext
{
    Store *store = nullptr;
    TokenSigner signer;
    quint16 port = 0;
    QList<QHostAddress> addresses;
    QUrl baseUrl;             ///< https://<primary address>:<port>
    int pageSize = 100;       ///< ARM list page size ($skiptoken paging)
    int lroDelayMs = 2000;    ///< how long long-running ARM operations (regenerateKey, PATCH) take
    QObject *owner = nullptr; ///< context object of the timers that complete operations (the Emulator)
    /// The live data-plane endpoint (`https://127.0.0.1:<port>/`) of an account; empty when it has none.
    std::function<QString(const QString &accountName)> documentEndpointOf;
    /// The live Key Vault data-plane URI (`https://127.0.0.1:<port>/`) of a vault; empty when it has none.
    std::function<QString(const QString &vaultName)> vaultUriOf;
    /// Runs a Key Vault data-plane operation in-process (KeyVaultDataPlane::execute), for services of this
    /// cloud that use a vault (Cosmos DB customer-managed keys); unset when no Key Vault runs.
    std::function<KeyVaultReply(const KeyVaultRequest &request)> keyVaultExecute;
    /// Encryption at rest of accounts with a customer-managed key; unset when no Key Vault runs.
    AccountEncryption *encryption = nullptr;

    /// https://host:port the client used (from the Host header) when it names this emulator, else baseUrl.
    QString originOf(const HttpRequest &request) const;
    /// Whether `origin` (scheme://host[:port], no path) is one of this emulator's origins.
    bool isOwnOrigin(const QString &origin) const;
    /// Every origin clients may use: the listening addresses and localhost.
    QStringList origins() const;
};

} // namespace csc::emu
