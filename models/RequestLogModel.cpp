// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "RequestLogModel.h"

#include <QColor>
#include <QLocale>

namespace csc {

RequestLogModel::RequestLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequestLogModel::setRequestLog(RequestLog *log)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_log = log;
    m_entries = log ? log->entries() : QList<RequestLogEntry>{};
    if (log) {
        m_connections << connect(log, &RequestLog::entryAppended, this, &RequestLogModel::onAppended)
                      << connect(log, &RequestLog::entriesDropped, this, &RequestLogModel::onDropped)
                      << connect(log, &RequestLog::cleared, this, &RequestLogModel::onCleared)
                      << connect(log, &QObject::destroyed, this, [this] { setRequestLog(nullptr); });
    }
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor RequestLogModel::statusColor(int status, bool hasError)
{
    if (status >= 200 && status < 400 && !hasError)
        return QColor(0x2e, 0x9d, 0x4f); // green
    if (status >= 400 && status < 500 && status != 408 && status != 429)
        return QColor(0xd9, 0x7a, 0x00); // amber: the request was refused
    return QColor(0xe0, 0x44, 0x44);     // red: server error, throttling, no response
}

QString RequestLogModel::statusText(const RequestLogEntry &e) const
{
    if (e.status > 0)
        return QString::number(e.status);
    return e.error.isEmpty() ? tr("no response") : tr("failed");
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        case MethodColumn:
            return e.method;
        case UrlColumn:
            return e.url;
        case StatusColumn:
            return statusText(e);
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(e.durationMs));
        case RequestIdColumn:
            return e.requestId;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 %2").arg(e.method, e.url);
        lines << tr("Started: %1").arg(QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat));
        if (e.status > 0)
            lines << tr("Status: %1").arg(e.status);
        if (!e.error.isEmpty())
            lines << tr("Error: %1").arg(e.error);
        if (e.attempt > 1)
            lines << tr("Attempt: %1").arg(e.attempt);
        if (!e.requestId.isEmpty())
            lines << tr("Request id: %1").arg(e.requestId);
        if (!e.clientRequestId.isEmpty())
            lines << tr("Client request id: %1").arg(e.clientRequestId);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return statusColor(e.status, !e.error.isEmpty());
        return {};
    case Qt::TextAlignmentRole:
        if (column == StatusColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusCodeRole:
        return e.status;
    case ErrorRole:
        return e.error;
    case ClientRequestIdRole:
        return e.clientRequestId;
    case AttemptRole:
        return e.attempt;
    case TimestampRole:
        return e.time;
    case SortRole:
        switch (column) {
        case TimeColumn:
            return e.time;
        case StatusColumn:
            return e.status;
        case DurationColumn:
            return e.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

RequestLogEntry RequestLogModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return {};
    return m_entries.at(index.row());
}

QString RequestLogModel::rowText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << data(index(row, c), Qt::DisplayRole).toString();
    const RequestLogEntry &e = m_entries.at(row);
    if (!e.error.isEmpty())
        cells << e.error;
    return cells.join(QLatin1Char('\t'));
}

void RequestLogModel::onAppended(const RequestLogEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void RequestLogModel::onDropped(int count)
{
    count = qMin(count, int(m_entries.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_entries.remove(0, count);
    endRemoveRows();
}

void RequestLogModel::onCleared()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace csc
