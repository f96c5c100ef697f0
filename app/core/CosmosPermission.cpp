// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/CosmosPermission.h"

#include "core/ApiError.h"

#include <QCoreApplication>

namespace csc {

namespace {

/// Translation context of this file's messages.
struct CosmosRulesTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::CosmosRules)
};

ApiError parseError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

QDateTime fromTs(const QJsonValue &ts)
{
    if (!ts.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(ts.toDouble()), Qt::UTC);
}

} // namespace

Result<void> CosmosRules::validateId(const QString &id, const QString &what)
{
    if (id.isEmpty())
        return ApiError::validation(CosmosRulesTr::tr("Enter a %1.").arg(what));
    if (id.size() > 255)
        return ApiError::validation(CosmosRulesTr::tr("The %1 is longer than 255 characters.").arg(what));
    for (const QChar c : id) {
        if (c == u'/' || c == u'\\' || c == u'?' || c == u'#')
            return ApiError::validation(
                CosmosRulesTr::tr("The %1 must not contain the characters / \\ ? or #.").arg(what));
        if (c.category() == QChar::Other_Control)
            return ApiError::validation(
                CosmosRulesTr::tr("The %1 must not contain control characters.").arg(what));
    }
    if (id.endsWith(u' '))
        return ApiError::validation(CosmosRulesTr::tr("The %1 must not end with a space.").arg(what));
    return {};
}

Result<void> CosmosRules::validateTokenLifetime(int seconds)
{
    if (seconds < kMinimumTokenLifetimeSeconds || seconds > kMaximumTokenLifetimeSeconds)
        return ApiError::validation(
            CosmosRulesTr::tr("A resource token lives between %1 seconds and %2 hours; %3 seconds is "
                              "outside that range.")
                .arg(kMinimumTokenLifetimeSeconds)
                .arg(kMaximumTokenLifetimeSeconds / 3600)
                .arg(seconds));
    return {};
}

Result<CosmosDatabase> CosmosDatabase::fromJson(const QJsonObject &json)
{
    const QString id = json.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return parseError(CosmosRulesTr::tr("A database in the list has no id."));
    return CosmosDatabase{id, json.value(QLatin1String("_rid")).toString()};
}

QString CosmosContainer::link() const
{
    return CosmosPermission::containerLink(database, id);
}

Result<CosmosContainer> CosmosContainer::fromJson(const QJsonObject &json, const QString &database)
{
    CosmosContainer c;
    c.id = json.value(QLatin1String("id")).toString();
    if (c.id.isEmpty())
        return parseError(CosmosRulesTr::tr("A container in the list has no id."));
    c.rid = json.value(QLatin1String("_rid")).toString();
    c.database = database;
    const QJsonObject pk = json.value(QLatin1String("partitionKey")).toObject();
    for (const QJsonValue &p : pk.value(QLatin1String("paths")).toArray())
        c.partitionKeyPaths << p.toString();
    c.partitionKeyKind = pk.value(QLatin1String("kind")).toString();
    return c;
}

Result<CosmosUser> CosmosUser::fromJson(const QJsonObject &json, const QString &database)
{
    CosmosUser u;
    u.id = json.value(QLatin1String("id")).toString();
    if (u.id.isEmpty())
        return parseError(CosmosRulesTr::tr("A user in the answer has no id."));
    u.rid = json.value(QLatin1String("_rid")).toString();
    u.etag = json.value(QLatin1String("_etag")).toString();
    u.modified = fromTs(json.value(QLatin1String("_ts")));
    u.database = database;
    return u;
}

QString CosmosPermission::modeName(Mode mode)
{
    return mode == Mode::All ? QStringLiteral("All") : QStringLiteral("Read");
}

std::optional<CosmosPermission::Mode> CosmosPermission::modeFromName(const QString &name)
{
    if (name.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0)
        return Mode::All;
    if (name.compare(QLatin1String("Read"), Qt::CaseInsensitive) == 0)
        return Mode::Read;
    return std::nullopt;
}

QString CosmosPermission::modeDescription(Mode mode)
{
    return mode == Mode::All ? CosmosRulesTr::tr("Read, create, replace and delete")
                             : CosmosRulesTr::tr("Read and query only; writes are refused");
}

QString CosmosPermission::databaseLink(const QString &database)
{
    return QStringLiteral("dbs/") + database;
}

QString CosmosPermission::containerLink(const QString &database, const QString &container)
{
    return databaseLink(database) + QStringLiteral("/colls/") + container;
}

QString CosmosPermission::itemLink(const QString &database, const QString &container, const QString &item)
{
    return containerLink(database, container) + QStringLiteral("/docs/") + item;
}

QStringList CosmosPermission::linkSegments(const QString &link)
{
    QString l = link;
    while (l.startsWith(u'/'))
        l.remove(0, 1);
    while (l.endsWith(u'/'))
        l.chop(1);
    const QStringList parts = l.split(u'/');
    if (parts.size() < 2 || parts.size() > 8 || parts.size() % 2 != 0)
        return {};
    for (int i = 1; i < parts.size(); i += 2) {
        if (parts.at(i).isEmpty())
            return {};
    }
    static const QStringList underContainer{QStringLiteral("docs"), QStringLiteral("sprocs"),
                                            QStringLiteral("udfs"), QStringLiteral("triggers"),
                                            QStringLiteral("conflicts")};
    if (parts.at(0) != QLatin1String("dbs") || (parts.size() >= 4 && parts.at(2) != QLatin1String("colls")) ||
        (parts.size() >= 6 && !underContainer.contains(parts.at(4))) ||
        (parts.size() == 8 && parts.at(6) != QLatin1String("attachments")))
        return {};
    return parts;
}

QJsonObject CosmosPermission::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("permissionMode"), modeName(mode)},
                  {QStringLiteral("resource"), resource}};
    if (!resourcePartitionKey.isEmpty())
        o.insert(QStringLiteral("resourcePartitionKey"), resourcePartitionKey);
    return o;
}

Result<void> CosmosPermission::validate() const
{
    if (auto ok = CosmosRules::validateId(id, CosmosRulesTr::tr("permission id")); !ok)
        return ok;
    const QStringList segments = linkSegments(resource);
    if (segments.isEmpty())
        return ApiError::validation(
            CosmosRulesTr::tr("Choose the database, container or item the permission is for."));
    if (!database.isEmpty() && segments.at(1) != database)
        return ApiError::validation(
            CosmosRulesTr::tr(
                "A permission of a user in database “%1” can only grant access inside that database.")
                .arg(database));
    if (!resourcePartitionKey.isEmpty()) {
        if (segments.size() != 4)
            return ApiError::validation(
                CosmosRulesTr::tr("A partition key can only restrict a permission on a container."));
        for (const QJsonValue &v : resourcePartitionKey) {
            if (!(v.isString() || v.isDouble() || v.isBool() || v.isNull()))
                return ApiError::validation(CosmosRulesTr::tr(
                    "A partition key value must be a string, a number, true, false or null."));
        }
    }
    return {};
}

Result<CosmosPermission> CosmosPermission::fromJson(QJsonObject &json, const QString &database,
                                                    const QString &user)
{
    CosmosPermission p;
    p.database = database;
    p.user = user;
    p.id = json.value(QLatin1String("id")).toString();
    if (p.id.isEmpty())
        return parseError(CosmosRulesTr::tr("A permission in the answer has no id."));
    const auto mode = modeFromName(json.value(QLatin1String("permissionMode")).toString());
    if (!mode)
        return parseError(CosmosRulesTr::tr("The permission “%1” has an unknown permissionMode.").arg(p.id));
    p.mode = *mode;
    p.resource = json.value(QLatin1String("resource")).toString();
    p.resourcePartitionKey = json.value(QLatin1String("resourcePartitionKey")).toArray();
    p.rid = json.value(QLatin1String("_rid")).toString();
    p.etag = json.value(QLatin1String("_etag")).toString();
    p.modified = fromTs(json.value(QLatin1String("_ts")));
    QString token = json.value(QLatin1String("_token")).toString();
    if (!token.isEmpty()) {
        p.token = SecureBytes::fromUtf8Wiping(token);
        json.remove(QLatin1String("_token"));
    }
    return p;
}

} // namespace csc
