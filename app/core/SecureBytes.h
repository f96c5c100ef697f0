// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace csc {

/**
 * @brief Owns secret bytes (keys, client secrets, tokens) and wipes them with OPENSSL_cleanse when destroyed
 * or replaced.
 *
 * Copies are deep (each copy wipes its own buffer). Conversions to QString/QByteArray create ordinary copies
 * that the caller must keep short-lived; prefer passing SecureBytes by const reference.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(const QByteArray &bytes);
    /// Takes the bytes and wipes the source string's buffer.
    static SecureBytes fromUtf8Wiping(QString &text);
    static SecureBytes fromUtf8(const QString &text);
    SecureBytes(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const QByteArray &bytes() const { return m_bytes; }
    QString toString() const { return QString::fromUtf8(m_bytes); }
    void clear();
    bool operator==(const SecureBytes &other) const;

    /// Wipes any QByteArray / QString buffer in place (for temporaries that held secret material).
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);

private:
    QByteArray m_bytes;
};

} // namespace csc
