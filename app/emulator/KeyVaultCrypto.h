// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace csc::emu {

/**
 * @brief The local Key Vault's RSA engine (OpenSSL EVP): key generation, the public modulus/exponent of a
 * stored key, and the RSA key-wrap / encryption algorithms of the Key Vault data plane (RSA-OAEP = OAEP with
 * SHA-1, RSA-OAEP-256 = OAEP with SHA-256 and MGF1-SHA-256, RSA1_5 = PKCS #1 v1.5). Private keys are PKCS #8
 * DER in SecureBytes and never leave the emulator. Stateless; thread-safe.
 */
namespace KeyVaultCrypto {

/// The RSA sizes Key Vault creates.
bool isSupportedRsaSize(int bits);
/// The algorithms wrapKey/unwrapKey/encrypt/decrypt accept for RSA keys.
const QStringList &rsaAlgorithms();

/// A fresh RSA key of `bits` bits (public exponent 65537) as PKCS #8 DER.
Result<SecureBytes> generateRsa(int bits);

struct RsaPublic
{
    QByteArray n; ///< modulus, big-endian without leading zero bytes
    QByteArray e; ///< public exponent, big-endian
    int bits = 0;
};
/// The public half of a PKCS #8 RSA private key.
Result<RsaPublic> publicOf(const SecureBytes &privateKeyDer);

/// Encrypts `plaintext` with the public key (`alg` one of rsaAlgorithms()). A validation error when the
/// algorithm is unknown or the plaintext too long for the key and padding.
Result<QByteArray> encrypt(const SecureBytes &privateKeyDer, const QString &alg, const QByteArray &plaintext);
/// Decrypts `ciphertext` with the private key; a validation error when it does not decrypt.
Result<SecureBytes> decrypt(const SecureBytes &privateKeyDer, const QString &alg,
                            const QByteArray &ciphertext);

} // namespace KeyVaultCrypto

} // namespace csc::emu
