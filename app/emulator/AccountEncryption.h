// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "emulator/Store.h"

#include <QHash>
#include <QString>

namespace csc::emu {

struct EmuContext;

/// Whether an account encrypted with a customer-managed key can use its key right now; when not, why (a
/// Cosmos DB Key Vault substatus, keyvault-cmk.md §3).
struct KeyAccess
{
    bool ok = true;
    int subStatus =
        0; ///< 4002 KeyVaultAuthenticationFailure, 4003 KeyVaultKeyNotFound, 4017 KeyVaultNotFound...
    QString reason;         ///< one sentence, for error messages and the status
    bool encrypted = false; ///< the account has a customer-managed key

    /// The name of the substatus ("KeyVaultAuthenticationFailure" ...).
    QString subStatusName() const;
    /// properties.customerManagedKeyStatus of the account.
    QString status() const;
};

/**
 * @brief Envelope encryption at rest of the documents of accounts with a customer-managed key, as Cosmos DB
 * does it: a random 256-bit data encryption key (DEK) per account, stored only wrapped (RSA-OAEP-256) by the
 * account's Key Vault key through the vault's data plane in-process as the account's default identity (a
 * trusted Azure service). Document bodies are stored as `enc:v1:` + base64(nonce | AES-256-GCM ciphertext |
 * tag) with the account and the document's _rid as additional authenticated data.
 *
 * admit() runs before every data-plane request of an account: it reads the key as the default identity,
 * unwraps the DEK again (so revoking access, disabling or deleting the key takes effect on the next request),
 * re-wraps the DEK when a versionless keyVaultKeyUri now resolves to a new key version, and keeps the
 * unwrapped DEK in memory for that request (wiped with OPENSSL_cleanse when replaced or dropped).
 */
class AccountEncryption : public BodyCipher
{
public:
    explicit AccountEncryption(const EmuContext *ctx);
    ~AccountEncryption() override;
    AccountEncryption(const AccountEncryption &) = delete;
    AccountEncryption &operator=(const AccountEncryption &) = delete;

    /// In the transaction that stores `after` (whose keyVaultKeyUri or default identity just changed):
    /// creates the account's DEK (or unwraps the existing one as `before`'s default identity), wraps it with
    /// the key version `after` names as `after`'s default identity, stores it and encrypts existing
    /// documents.
    Result<void> keyChanged(const CosmosAccount &before, const CosmosAccount &after);
    /// Checks the key of an account (see the class description); `ok` for accounts without a key.
    KeyAccess admit(const QString &accountName);
    /// Drops (and wipes) the cached DEK of an account, e.g. when it is deleted.
    void forget(const QString &accountName) { m_deks.remove(accountName.toLower()); }

    Result<QString> seal(const QString &account, const QString &rid, const QByteArray &json) override;
    Result<QByteArray> open(const QString &account, const QString &rid, const QString &stored) override;

private:
    Result<void> wrapAndStore(const CosmosAccount &account, const QString &principal, const QString &vault,
                              const QString &keyName, const QString &version, const SecureBytes &dek);
    /// The cached DEK of an account, admitting it first when none is cached; nullptr when it has no key.
    Result<const SecureBytes *> dekOf(const QString &account);

    const EmuContext *m_ctx;
    QHash<QString, SecureBytes> m_deks; ///< lower-cased account name → unwrapped DEK
};

} // namespace csc::emu
