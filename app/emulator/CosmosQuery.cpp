// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/CosmosQuery.h"

#include <QCoreApplication>

#include <algorithm>

namespace csc::emu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::CosmosQuery", text);
}

struct Token
{
    enum Kind
    {
        Word,
        Number,
        String,
        Param,
        Symbol,
        End
    } kind = End;
    QString text;
    int pos = 0;
};

Result<QList<Token>> tokenize(const QString &s)
{
    QList<Token> out;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        if (c.isLetter() || c == u'_') {
            int j = i;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
                ++j;
            t.kind = Token::Word;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c == u'@') {
            int j = i + 1;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
                ++j;
            t.kind = Token::Param;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && s.at(i + 1).isDigit())) {
            int j = i + 1;
            while (j < n && (s.at(j).isDigit() || s.at(j) == u'.' || s.at(j) == u'e' || s.at(j) == u'E'))
                ++j;
            t.kind = Token::Number;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c == u'\'' || c == u'"') {
            int j = i + 1;
            QString value;
            while (j < n && s.at(j) != c) {
                if (s.at(j) == u'\\' && j + 1 < n)
                    ++j;
                value += s.at(j);
                ++j;
            }
            if (j >= n)
                return ApiError::validation(tr("Syntax error, unterminated string starting at %1.").arg(i));
            t.kind = Token::String;
            t.text = value;
            i = j + 1;
        } else {
            static const QStringList two{QStringLiteral("!="), QStringLiteral("<>"), QStringLiteral("<="),
                                         QStringLiteral(">=")};
            t.kind = Token::Symbol;
            if (two.contains(s.mid(i, 2))) {
                t.text = s.mid(i, 2);
                i += 2;
            } else if (QStringLiteral("*.,=<>()[]").contains(c)) {
                t.text = c;
                ++i;
            } else {
                return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(c));
            }
        }
        out.append(t);
    }
    Token end;
    end.pos = n;
    out.append(end);
    return out;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_t(std::move(tokens)) {}
    const Token &peek() const { return m_t.at(m_i); }
    Token next() { return m_t.at(m_i < m_t.size() - 1 ? m_i++ : m_i); }
    bool keyword(const char *word)
    {
        if (peek().kind == Token::Word &&
            peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool symbol(const char *sym)
    {
        if (peek().kind == Token::Symbol && peek().text == QLatin1String(sym)) {
            ++m_i;
            return true;
        }
        return false;
    }
    ApiError unexpected() const
    {
        const Token &t = peek();
        if (t.kind == Token::End)
            return ApiError::validation(tr("Syntax error, unexpected end of the query."));
        return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(t.text));
    }

private:
    QList<Token> m_t;
    qsizetype m_i = 0;
};

bool isReserved(const QString &word)
{
    static const QStringList words{
        QStringLiteral("SELECT"), QStringLiteral("FROM"),  QStringLiteral("WHERE"),
        QStringLiteral("AND"),    QStringLiteral("OR"),    QStringLiteral("NOT"),
        QStringLiteral("ORDER"),  QStringLiteral("BY"),    QStringLiteral("TOP"),
        QStringLiteral("VALUE"),  QStringLiteral("ASC"),   QStringLiteral("DESC"),
        QStringLiteral("JOIN"),   QStringLiteral("GROUP"), QStringLiteral("OFFSET"),
        QStringLiteral("LIMIT"),  QStringLiteral("IN"),    QStringLiteral("DISTINCT")};
    return words.contains(word.toUpper());
}

/// `alias(.prop | ["prop"])*` after the alias word was read.
Result<QStringList> pathAfterAlias(Parser &p)
{
    QStringList path;
    for (;;) {
        if (p.symbol(".")) {
            const Token t = p.next();
            if (t.kind != Token::Word)
                return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(t.text));
            path << t.text;
        } else if (p.symbol("[")) {
            const Token t = p.next();
            if (t.kind != Token::String || !p.symbol("]"))
                return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(t.text));
            path << t.text;
        } else {
            return path;
        }
    }
}

/// -1, 0, 1, or nullopt when the values are of different types (Cosmos: undefined, the condition fails).
std::optional<int> compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString()) < 0 ? -1 : (a.toString() == b.toString() ? 0 : 1);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isNull() && b.isNull())
        return 0;
    if ((a.isObject() || a.isArray()) && a.type() == b.type())
        return a == b ? 0 : std::optional<int>();
    return std::nullopt;
}

int typeRank(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return 0;
    case QJsonValue::Null:
        return 1;
    case QJsonValue::Bool:
        return 2;
    case QJsonValue::Double:
        return 3;
    case QJsonValue::String:
        return 4;
    case QJsonValue::Array:
        return 5;
    case QJsonValue::Object:
        return 6;
    }
    return 0;
}

} // namespace

Result<CosmosQuery> CosmosQuery::parse(const QString &text, const QJsonArray &parameters)
{
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Parser p(tokens.value());
    CosmosQuery q;
    if (!p.keyword("SELECT"))
        return p.unexpected();
    if (p.keyword("TOP")) {
        const Token t = p.next();
        bool ok = false;
        int n = t.text.toInt(&ok);
        if (t.kind == Token::Param) {
            for (const QJsonValue &v : parameters) {
                if (v.toObject().value(QStringLiteral("name")).toString() == t.text) {
                    ok = v.toObject().value(QStringLiteral("value")).isDouble();
                    n = v.toObject().value(QStringLiteral("value")).toInt();
                }
            }
        }
        if (!ok || n < 0)
            return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(t.text));
        q.m_top = n;
    }
    // Projection: remember the tokens' alias names and check them against FROM afterwards.
    QString projectionAlias;
    if (p.symbol("*")) {
    } else if (p.keyword("VALUE")) {
        if (p.keyword("COUNT")) {
            if (!p.symbol("("))
                return p.unexpected();
            const Token arg = p.next();
            if (!(arg.kind == Token::Number && arg.text == QLatin1String("1")) &&
                !(arg.kind == Token::Word && !isReserved(arg.text)))
                return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(arg.text));
            if (arg.kind == Token::Word)
                projectionAlias = arg.text;
            if (!p.symbol(")"))
                return p.unexpected();
            q.m_count = true;
        } else {
            const Token alias = p.next();
            if (alias.kind != Token::Word || isReserved(alias.text))
                return ApiError::validation(tr(
                    "This query is not supported by the local cloud: only SELECT *, SELECT VALUE COUNT(1), "
                    "SELECT VALUE <alias>[.path] and lists of <alias>.path are."));
            projectionAlias = alias.text;
            auto path = pathAfterAlias(p);
            if (!path)
                return path.error();
            q.m_value = true;
            q.m_valuePath = path.value();
        }
    } else {
        do {
            const Token alias = p.next();
            if (alias.kind != Token::Word || isReserved(alias.text))
                return ApiError::validation(tr(
                    "This query is not supported by the local cloud: only SELECT *, SELECT VALUE COUNT(1), "
                    "SELECT VALUE <alias>[.path] and lists of <alias>.path are."));
            if (!projectionAlias.isEmpty() && alias.text != projectionAlias)
                return ApiError::validation(tr("Identifier '%1' could not be resolved.").arg(alias.text));
            projectionAlias = alias.text;
            auto path = pathAfterAlias(p);
            if (!path)
                return path.error();
            if (path.value().isEmpty())
                return ApiError::validation(
                    tr("This query is not supported by the local cloud: list properties as <alias>.name."));
            q.m_properties << path.value();
        } while (p.symbol(","));
    }
    if (!p.keyword("FROM"))
        return p.unexpected();
    const Token from = p.next();
    if (from.kind != Token::Word || isReserved(from.text))
        return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(from.text));
    q.m_alias = from.text;
    if (!projectionAlias.isEmpty() && projectionAlias != q.m_alias)
        return ApiError::validation(tr("Identifier '%1' could not be resolved.").arg(projectionAlias));
    if (p.keyword("WHERE")) {
        do {
            const Token alias = p.next();
            if (alias.kind != Token::Word || alias.text != q.m_alias)
                return ApiError::validation(tr("This query is not supported by the local cloud: conditions "
                                               "must compare %1.<property> "
                                               "with a value, joined by AND.")
                                                .arg(q.m_alias));
            auto path = pathAfterAlias(p);
            if (!path)
                return path.error();
            const Token op = p.next();
            static const QStringList ops{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<>"),
                                         QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                         QStringLiteral(">=")};
            if (op.kind != Token::Symbol || !ops.contains(op.text))
                return ApiError::validation(tr("This query is not supported by the local cloud: conditions "
                                               "must compare %1.<property> "
                                               "with a value, joined by AND.")
                                                .arg(q.m_alias));
            const Token v = p.next();
            Condition c{path.value(), op.text == QLatin1String("<>") ? QStringLiteral("!=") : op.text, {}};
            switch (v.kind) {
            case Token::String:
                c.value = v.text;
                break;
            case Token::Number: {
                bool ok = false;
                const double d = v.text.toDouble(&ok);
                if (!ok)
                    return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(v.text));
                c.value = d;
                break;
            }
            case Token::Word:
                if (v.text == QLatin1String("true"))
                    c.value = true;
                else if (v.text == QLatin1String("false"))
                    c.value = false;
                else if (v.text == QLatin1String("null"))
                    c.value = QJsonValue::Null;
                else
                    return ApiError::validation(tr("Identifier '%1' could not be resolved.").arg(v.text));
                break;
            case Token::Param: {
                bool found = false;
                for (const QJsonValue &pv : parameters) {
                    if (pv.toObject().value(QStringLiteral("name")).toString() == v.text) {
                        c.value = pv.toObject().value(QStringLiteral("value"));
                        found = true;
                    }
                }
                if (!found)
                    return ApiError::validation(tr("Parameter '%1' is not defined.").arg(v.text));
                break;
            }
            default:
                return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(v.text));
            }
            q.m_where << c;
        } while (p.keyword("AND"));
    }
    if (p.keyword("ORDER")) {
        if (!p.keyword("BY"))
            return p.unexpected();
        const Token alias = p.next();
        if (alias.kind != Token::Word || alias.text != q.m_alias)
            return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(alias.text));
        auto path = pathAfterAlias(p);
        if (!path)
            return path.error();
        if (path.value().isEmpty())
            return ApiError::validation(tr("Syntax error, incorrect syntax near '%1'.").arg(alias.text));
        q.m_orderBy = path.value();
        if (p.keyword("DESC"))
            q.m_descending = true;
        else
            p.keyword("ASC");
    }
    if (p.peek().kind != Token::End) {
        if (p.peek().kind == Token::Word && isReserved(p.peek().text))
            return ApiError::validation(tr("This query is not supported by the local cloud: the function "
                                           "'%1' is outside the supported subset (see README).")
                                            .arg(p.peek().text));
        return p.unexpected();
    }
    return q;
}

QJsonValue CosmosQuery::valueAt(const QJsonObject &doc, const QStringList &path)
{
    QJsonValue v = doc;
    for (const QString &p : path) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(p);
    }
    return v;
}

bool CosmosQuery::matches(const QJsonObject &doc) const
{
    for (const Condition &c : m_where) {
        const QJsonValue v = valueAt(doc, c.path);
        if (v.isUndefined())
            return false;
        const auto cmp = compare(v, c.value);
        if (!cmp)
            return false;
        const int r = *cmp;
        const bool ok = (c.op == QLatin1String("=") && r == 0) || (c.op == QLatin1String("!=") && r != 0) ||
                        (c.op == QLatin1String("<") && r < 0) || (c.op == QLatin1String("<=") && r <= 0) ||
                        (c.op == QLatin1String(">") && r > 0) || (c.op == QLatin1String(">=") && r >= 0);
        if (!ok)
            return false;
    }
    return true;
}

QJsonValue CosmosQuery::project(const QJsonObject &doc) const
{
    if (m_value)
        return valueAt(doc, m_valuePath);
    if (m_properties.isEmpty())
        return doc;
    QJsonObject out;
    for (const QStringList &path : m_properties) {
        const QJsonValue v = valueAt(doc, path);
        if (!v.isUndefined())
            out.insert(path.last(), v);
    }
    return out;
}

QJsonArray CosmosQuery::evaluate(const QList<QJsonObject> &documents) const
{
    QList<QJsonObject> selected;
    for (const QJsonObject &d : documents) {
        if (matches(d))
            selected << d;
    }
    if (!m_orderBy.isEmpty()) {
        std::stable_sort(selected.begin(), selected.end(),
                         [this](const QJsonObject &a, const QJsonObject &b) {
                             const QJsonValue va = valueAt(a, m_orderBy);
                             const QJsonValue vb = valueAt(b, m_orderBy);
                             const int ra = typeRank(va);
                             const int rb = typeRank(vb);
                             int r = ra - rb;
                             if (r == 0)
                                 r = compare(va, vb).value_or(0);
                             return m_descending ? r > 0 : r < 0;
                         });
    }
    if (m_count) {
        const qsizetype n = selected.size();
        return QJsonArray{double(m_top && *m_top == 0 ? 0 : n)};
    }
    QJsonArray out;
    for (const QJsonObject &d : selected) {
        if (m_top && out.size() >= *m_top)
            break;
        const QJsonValue v = project(d);
        if (!v.isUndefined())
            out.append(v);
    }
    return out;
}

} // namespace csc::emu
