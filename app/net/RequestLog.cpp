// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/RequestLog.h"

#include "core/Redactor.h"

#include <QUrl>

namespace csc {

RequestLog::RequestLog(int capacity, QObject *parent) : QObject(parent), m_capacity(qMax(1, capacity)) {}

void RequestLog::append(RequestLogEntry entry)
{
    // Defensive second pass: entries are redacted by their producers already.
    const QUrl url(entry.url);
    entry.url =
        Redactor::text(url.isValid() && !url.scheme().isEmpty() ? Redactor::urlString(url) : entry.url);
    entry.error = Redactor::text(entry.error);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();

    const qsizetype overflow = m_entries.size() + 1 - m_capacity;
    if (overflow > 0) {
        m_entries.remove(0, overflow);
        emit entriesDropped(int(overflow));
    }
    m_entries.append(entry);
    emit entryAppended(m_entries.constLast());
}

void RequestLog::clear()
{
    m_entries.clear();
    emit cleared();
}

} // namespace csc
