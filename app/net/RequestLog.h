// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace csc {

/// One request as the activity log shows it. Every field is already redacted.
struct RequestLogEntry
{
    QDateTime time; ///< UTC, when the attempt started
    QString method;
    QString url;    ///< redacted
    int status = 0; ///< 0 = no HTTP response (network/TLS error, timeout, cancelled)
    qint64 durationMs = 0;
    QString requestId;       ///< server request id (x-ms-request-id ...)
    QString clientRequestId; ///< x-ms-client-request-id we sent
    int attempt = 1;
    QString error; ///< short redacted error text, empty on success
};

/**
 * @brief A bounded, in-memory list of recent requests (the activity dock's source). Redaction happens before
 * append(); append() redacts url and error again defensively.
 */
class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(int capacity = 2000, QObject *parent = nullptr);
    void append(RequestLogEntry entry);
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    void clear();
signals:
    void entryAppended(const csc::RequestLogEntry &entry);
    void entriesDropped(int count); ///< the oldest `count` entries were removed (capacity)
    void cleared();

private:
    QList<RequestLogEntry> m_entries;
    int m_capacity;
};

} // namespace csc
