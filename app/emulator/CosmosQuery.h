// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csc::emu {

/**
 * @brief The subset of the Cosmos DB (API for NoSQL) query language the local cloud evaluates: `SELECT [TOP
 * n]
 * * | VALUE COUNT(1) | VALUE <alias>[.path] | <alias>.a, <alias>.b FROM <alias> [WHERE <cond> [AND
 * <cond>]...] [ORDER BY <alias>.path [ASC|DESC]]` with conditions `<alias>.path <op> <literal|@parameter>`
 * (op one of `=`,
 * `!=`, `<>`, `<`, `<=`, `>`, `>=`; literals: strings in single or double quotes, numbers, true, false,
 * null). Keywords are case-insensitive. Anything else is refused with a message naming what is not supported.
 */
class CosmosQuery
{
public:
    /// `parameters`: the request's `[{"name":"@p","value":...}]`.
    static Result<CosmosQuery> parse(const QString &text, const QJsonArray &parameters = {});

    /// Evaluates the query over the documents of a container (in their stored order).
    QJsonArray evaluate(const QList<QJsonObject> &documents) const;

    bool isCount() const { return m_count; }
    std::optional<int> top() const { return m_top; }
    bool hasOrderBy() const { return !m_orderBy.isEmpty(); }
    bool hasSelectValue() const { return m_count || m_value; }

private:
    struct Condition
    {
        QStringList path;
        QString op;
        QJsonValue value;
    };
    bool matches(const QJsonObject &doc) const;
    QJsonValue project(const QJsonObject &doc) const;
    static QJsonValue valueAt(const QJsonObject &doc, const QStringList &path);

    QString m_alias;
    std::optional<int> m_top;
    bool m_count = false;
    bool m_value = false;            ///< SELECT VALUE <alias>[.path]
    QStringList m_valuePath;         ///< for SELECT VALUE
    QList<QStringList> m_properties; ///< SELECT c.a, c.b (empty = *)
    QList<Condition> m_where;
    QStringList m_orderBy;
    bool m_descending = false;
};

} // namespace csc::emu
