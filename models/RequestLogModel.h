// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/RequestLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace csc {

/**
 * @brief The activity log as a table: one row per request attempt, oldest first. Mirrors a RequestLog (not
 * owned): appends insert rows at the end, capacity drops remove rows at the top, clear() resets.
 *
 * Entries are redacted by RequestLog; no role exposes headers or bodies.
 */
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        RequestIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        StatusCodeRole = Qt::UserRole + 1, ///< int HTTP status, 0 = no response
        ErrorRole,                         ///< QString redacted error text, empty on success
        ClientRequestIdRole,               ///< QString x-ms-client-request-id we sent
        AttemptRole,                       ///< int attempt number from 1
        TimestampRole,                     ///< QDateTime (UTC)
        SortRole,                          ///< a value that sorts naturally per column
    };
    Q_ENUM(Role)

    explicit RequestLogModel(QObject *parent = nullptr);

    /// Mirrors `log` (not owned; may be null). Resets the model.
    void setRequestLog(RequestLog *log);
    RequestLog *requestLog() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RequestLogEntry itemAt(const QModelIndex &index) const; ///< a default entry for an invalid index
    /// The row as tab-separated display texts (for "Copy row").
    QString rowText(int row) const;

    /// The text colour for a status: success, client error, server/network error (readable on light and
    /// dark).
    static QColor statusColor(int status, bool hasError);

private:
    void onAppended(const RequestLogEntry &entry);
    void onDropped(int count);
    void onCleared();
    QString statusText(const RequestLogEntry &e) const;

    QPointer<RequestLog> m_log;
    QList<RequestLogEntry> m_entries;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace csc
