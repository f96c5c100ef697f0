// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/MasterKeySigner.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace csc {

namespace {

constexpr std::array<const char *, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Two decimal digits at text[pos]; -1 if not digits.
int twoDigits(const QString &text, qsizetype pos)
{
    if (pos + 2 > text.size() || !text.at(pos).isDigit() || !text.at(pos + 1).isDigit())
        return -1;
    return text.at(pos).digitValue() * 10 + text.at(pos + 1).digitValue();
}

} // namespace

Result<SecureBytes> MasterKeySigner::decodeKey(const SecureBytes &base64Key)
{
    const QByteArray &in = base64Key.bytes();
    qsizetype begin = 0;
    qsizetype end = in.size();
    while (begin < end && isSpace(in.at(begin)))
        ++begin;
    while (end > begin && isSpace(in.at(end - 1)))
        --end;
    const qsizetype len = end - begin;
    if (len == 0)
        return ApiError::validation(
            QCoreApplication::translate("csc::MasterKeySigner", "The account key is empty."));
    if (len % 4 != 0)
        return ApiError::validation(QCoreApplication::translate(
            "csc::MasterKeySigner", "The account key is not valid base64 (wrong length)."));
    int padding = 0;
    if (in.at(end - 1) == '=') {
        ++padding;
        if (in.at(end - 2) == '=')
            ++padding;
    }
    for (qsizetype i = begin; i < end - padding; ++i) {
        if (!isBase64Char(in.at(i)))
            return ApiError::validation(
                QCoreApplication::translate("csc::MasterKeySigner", "The account key is not valid base64."));
    }
    QByteArray out(len / 4 * 3, Qt::Uninitialized);
    const int written =
        EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                        reinterpret_cast<const unsigned char *>(in.constData() + begin), int(len));
    if (written < 0 || written < padding) {
        SecureBytes::wipe(out);
        return ApiError::validation(
            QCoreApplication::translate("csc::MasterKeySigner", "The account key is not valid base64."));
    }
    out.resize(written - padding);
    SecureBytes key(out);
    // The padding bytes beyond the new size are zeros; the decoded bytes are wiped here.
    SecureBytes::wipe(out);
    return key;
}

QByteArray MasterKeySigner::stringToSign(const QByteArray &verb, const QString &resourceType,
                                         const QString &resourceLink, const QString &date)
{
    QByteArray s;
    s.reserve(verb.size() + resourceType.size() + resourceLink.size() * 3 + date.size() + 5);
    s += verb.toLower();
    s += '\n';
    s += resourceType.toLower().toUtf8();
    s += '\n';
    s += resourceLink.toUtf8();
    s += '\n';
    s += date.toLower().toUtf8();
    s += '\n';
    s += '\n';
    return s;
}

QByteArray MasterKeySigner::signatureWithDecodedKey(const SecureBytes &decodedKey, const QByteArray &verb,
                                                    const QString &resourceType, const QString &resourceLink,
                                                    const QString &date)
{
    const QByteArray text = stringToSign(verb, resourceType, resourceLink, date);
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    const QByteArray &key = decodedKey.bytes();
    const unsigned char *ok = HMAC(EVP_sha256(), key.constData(), int(key.size()),
                                   reinterpret_cast<const unsigned char *>(text.constData()),
                                   size_t(text.size()), mac.data(), &macLength);
    if (!ok) {
        OPENSSL_cleanse(mac.data(), mac.size());
        return {};
    }
    // 32 bytes -> 44 base64 characters + NUL.
    std::array<unsigned char, 4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1> encoded{};
    const int n = EVP_EncodeBlock(encoded.data(), mac.data(), int(macLength));
    QByteArray signature(reinterpret_cast<const char *>(encoded.data()), n);
    OPENSSL_cleanse(mac.data(), mac.size());
    OPENSSL_cleanse(encoded.data(), encoded.size());
    return signature;
}

Result<QByteArray> MasterKeySigner::signature(const SecureBytes &base64Key, const QByteArray &verb,
                                              const QString &resourceType, const QString &resourceLink,
                                              const QString &date)
{
    const Result<SecureBytes> key = decodeKey(base64Key);
    if (!key)
        return key.error();
    return signatureWithDecodedKey(key.value(), verb, resourceType, resourceLink, date);
}

QByteArray MasterKeySigner::masterToken(const QByteArray &signature)
{
    return QByteArrayLiteral("type=master&ver=1.0&sig=") + signature;
}

QByteArray MasterKeySigner::encodeToken(const QByteArray &token)
{
    return token.toPercentEncoding("!'()*");
}

QByteArray MasterKeySigner::authorizationHeader(const QByteArray &signature)
{
    QByteArray token = masterToken(signature);
    const QByteArray header = encodeToken(token);
    SecureBytes::wipe(token);
    return header;
}

QByteArray MasterKeySigner::authorizationHeaderWithDecodedKey(const SecureBytes &decodedKey,
                                                              const QByteArray &verb,
                                                              const CosmosResource &resource,
                                                              const QString &date)
{
    QByteArray sig =
        signatureWithDecodedKey(decodedKey, verb, resource.resourceType, resource.resourceLink, date);
    const QByteArray header = authorizationHeader(sig);
    SecureBytes::wipe(sig);
    return header;
}

CosmosResource MasterKeySigner::resourceFromPath(const QString &decodedPath)
{
    const QStringList segments = decodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    CosmosResource r;
    if (segments.isEmpty())
        return r;
    const bool feed = segments.size() % 2 == 1;
    if (feed) {
        r.resourceType = segments.last();
        r.resourceLink = segments.mid(0, segments.size() - 1).join(QLatin1Char('/'));
    } else {
        r.resourceType = segments.at(segments.size() - 2);
        r.resourceLink = segments.join(QLatin1Char('/'));
    }
    if (r.resourceType.compare(QLatin1String("offers"), Qt::CaseInsensitive) == 0)
        r.resourceLink = feed ? QString() : segments.last().toLower();
    return r;
}

CosmosResource MasterKeySigner::resourceFromUrl(const QUrl &url)
{
    return resourceFromPath(url.path(QUrl::FullyDecoded));
}

QString MasterKeySigner::httpDate(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 GMT")
        .arg(QLatin1String(kDays.at(size_t(d.dayOfWeek() - 1))))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(kMonths.at(size_t(d.month() - 1))))
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'));
}

QDateTime MasterKeySigner::parseHttpDate(const QString &text)
{
    // "Thu, 27 Apr 2017 00:51:12 GMT": fixed width, 29 characters.
    const QString s = text.trimmed();
    if (s.size() != 29 || s.at(3) != QLatin1Char(',') || s.at(4) != QLatin1Char(' ') ||
        s.at(7) != QLatin1Char(' ') || s.at(11) != QLatin1Char(' ') || s.at(16) != QLatin1Char(' ') ||
        s.at(19) != QLatin1Char(':') || s.at(22) != QLatin1Char(':') || s.at(25) != QLatin1Char(' ') ||
        s.mid(26).compare(QLatin1String("GMT"), Qt::CaseInsensitive) != 0)
        return {};
    int weekday = 0;
    for (size_t i = 0; i < kDays.size(); ++i) {
        if (s.left(3).compare(QLatin1String(kDays.at(i)), Qt::CaseInsensitive) == 0)
            weekday = int(i) + 1;
    }
    int month = 0;
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (s.mid(8, 3).compare(QLatin1String(kMonths.at(i)), Qt::CaseInsensitive) == 0)
            month = int(i) + 1;
    }
    const int day = twoDigits(s, 5);
    const int century = twoDigits(s, 12);
    const int yy = twoDigits(s, 14);
    const int hour = twoDigits(s, 17);
    const int minute = twoDigits(s, 20);
    const int second = twoDigits(s, 23);
    if (weekday == 0 || month == 0 || day < 0 || century < 0 || yy < 0 || hour < 0 || minute < 0 ||
        second < 0)
        return {};
    const QDate date(century * 100 + yy, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || date.dayOfWeek() != weekday)
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

Result<CosmosAuthorization> MasterKeySigner::parseAuthorization(const QByteArray &headerValue)
{
    // Decode %XX exactly once; '+' is not special here (unlike in forms).
    QByteArray decoded = QByteArray::fromPercentEncoding(headerValue.trimmed());
    CosmosAuthorization a;
    qsizetype pos = 0;
    bool haveSig = false;
    while (pos < decoded.size()) {
        const qsizetype eq = decoded.indexOf('=', pos);
        if (eq < 0)
            break;
        const QByteArray name = decoded.mid(pos, eq - pos).trimmed().toLower();
        if (name == "sig") {
            // The signature runs to the end: resource tokens carry ';'-separated parts after it.
            a.signature = decoded.mid(eq + 1);
            haveSig = true;
            break;
        }
        qsizetype amp = decoded.indexOf('&', eq + 1);
        if (amp < 0)
            amp = decoded.size();
        const QString value = QString::fromUtf8(decoded.mid(eq + 1, amp - eq - 1));
        if (name == "type")
            a.type = value;
        else if (name == "ver")
            a.version = value;
        pos = amp + 1;
    }
    if (a.type.isEmpty() || a.version.isEmpty() || !haveSig || a.signature.isEmpty()) {
        SecureBytes::wipe(decoded);
        SecureBytes::wipe(a.signature);
        return ApiError::validation(QCoreApplication::translate(
            "csc::MasterKeySigner",
            "The authorization header is not of the form type=...&ver=...&sig=... ."));
    }
    if (a.type == QLatin1String("resource"))
        a.token = decoded;
    SecureBytes::wipe(decoded);
    return a;
}

bool MasterKeySigner::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool MasterKeySigner::verifyWithDecodedKey(const SecureBytes &decodedKey, const QByteArray &verb,
                                           const CosmosResource &resource, const QString &date,
                                           const QByteArray &providedSignature)
{
    if (decodedKey.isEmpty() || providedSignature.isEmpty())
        return false;
    QByteArray expected =
        signatureWithDecodedKey(decodedKey, verb, resource.resourceType, resource.resourceLink, date);
    const bool same = !expected.isEmpty() && constantTimeEquals(expected, providedSignature);
    SecureBytes::wipe(expected);
    return same;
}

bool MasterKeySigner::verify(const SecureBytes &base64Key, const QByteArray &verb,
                             const CosmosResource &resource, const QString &date,
                             const QByteArray &providedSignature)
{
    const Result<SecureBytes> key = decodeKey(base64Key);
    return key.ok() && verifyWithDecodedKey(key.value(), verb, resource, date, providedSignature);
}

} // namespace csc
