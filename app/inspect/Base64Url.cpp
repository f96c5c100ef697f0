// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "inspect/Base64Url.h"

namespace csc {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// 0..63 for a base64url character, -1 otherwise.
int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

} // namespace

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    qsizetype len = text.size();
    // Padding is optional, but when present it must complete the last quantum exactly.
    if (len > 0 && text.at(len - 1) == '=') {
        if (len % 4 != 0)
            return std::nullopt;
        --len;
        if (text.at(len - 1) == '=')
            --len;
        if (len % 4 == 0 || (len > 0 && text.at(len - 1) == '='))
            return std::nullopt;
    }
    if (len % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(len / 4 * 3 + 2);
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < len; ++i) {
        const int v = sextet(text.at(i));
        if (v < 0)
            return std::nullopt;
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    // Canonical form only: the bits left over after the last full byte must be zero.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QByteArray Base64Url::encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    qsizetype i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const quint32 n = (quint32(quint8(bytes.at(i))) << 16) | (quint32(quint8(bytes.at(i + 1))) << 8) |
                          quint32(quint8(bytes.at(i + 2)));
        out.append(kAlphabet[(n >> 18) & 63]);
        out.append(kAlphabet[(n >> 12) & 63]);
        out.append(kAlphabet[(n >> 6) & 63]);
        out.append(kAlphabet[n & 63]);
    }
    const qsizetype rest = bytes.size() - i;
    if (rest == 1) {
        const quint32 n = quint32(quint8(bytes.at(i))) << 16;
        out.append(kAlphabet[(n >> 18) & 63]);
        out.append(kAlphabet[(n >> 12) & 63]);
    } else if (rest == 2) {
        const quint32 n = (quint32(quint8(bytes.at(i))) << 16) | (quint32(quint8(bytes.at(i + 1))) << 8);
        out.append(kAlphabet[(n >> 18) & 63]);
        out.append(kAlphabet[(n >> 12) & 63]);
        out.append(kAlphabet[(n >> 6) & 63]);
    }
    return out;
}

} // namespace csc
