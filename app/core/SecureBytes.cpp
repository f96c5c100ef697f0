// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/SecureBytes.h"

#include <openssl/crypto.h>

namespace csc {

SecureBytes::SecureBytes(const QByteArray &bytes) : m_bytes(bytes.constData(), bytes.size()) {}

SecureBytes SecureBytes::fromUtf8Wiping(QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes s(utf8);
    wipe(utf8);
    wipe(text);
    return s;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes s(utf8);
    wipe(utf8);
    return s;
}

SecureBytes::SecureBytes(const SecureBytes &other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    wipe(m_bytes);
    m_bytes = QByteArray();
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size() &&
           CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

void SecureBytes::wipe(QByteArray &bytes)
{
    // Only wipe buffers we exclusively own: data() on a shared buffer would detach and copy the secret.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecureBytes::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace csc
