// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/Store.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <atomic>

namespace csc::emu {

namespace {

constexpr int kSchemaVersion = 5;
constexpr int kPbkdf2Iterations = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("csc::emu::Store", text);
}

ApiError sqlError(const QString &what, const QSqlError &e)
{
    return ApiError::make(ApiError::Kind::Process, tr("Local cloud state: %1: %2").arg(what, e.text()));
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

QByteArray pbkdf2(const QByteArray &secret, const QByteArray &salt)
{
    QByteArray out(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(secret.constData(), static_cast<int>(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      static_cast<int>(salt.size()), kPbkdf2Iterations, EVP_sha256(),
                      static_cast<int>(out.size()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("csc-emu-store-%1").arg(counter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    std::unique_ptr<Store> store(new Store(path, connection));
    if (!db.open())
        return sqlError(tr("cannot open %1").arg(path), db.lastError());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(QString::fromLatin1(pragma), q.lastError());
    }
    if (auto m = store->migrate(); !m)
        return m.error();
    return store;
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> Store::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(tr("cannot read the schema version"), q.lastError());
    const int version = q.value(0).toInt();
    if (version == kSchemaVersion)
        return {};
    if (version > kSchemaVersion)
        return ApiError::make(
            ApiError::Kind::Process,
            tr("The state in %1 was written by a newer emulator (schema %2); start with --reset or "
               "another --data-dir.")
                .arg(m_path)
                .arg(version));
    return transaction([&]() -> Result<void> {
        QStringList ddl;
        if (version < 1)
            ddl << QStringList{
                QStringLiteral(
                    "CREATE TABLE tenants (id TEXT PRIMARY KEY COLLATE NOCASE, display_name TEXT NOT NULL,"
                    " default_domain TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
                QStringLiteral(
                    "CREATE TABLE principals (object_id TEXT PRIMARY KEY COLLATE NOCASE,"
                    " tenant_id TEXT NOT NULL REFERENCES tenants(id), app_id TEXT NOT NULL COLLATE NOCASE,"
                    " display_name TEXT NOT NULL, type TEXT NOT NULL, secret_salt BLOB, secret_hash BLOB,"
                    " UNIQUE (tenant_id, app_id))"),
                QStringLiteral("CREATE TABLE subscriptions (id TEXT PRIMARY KEY COLLATE NOCASE,"
                               " tenant_id TEXT NOT NULL REFERENCES tenants(id), display_name TEXT NOT NULL,"
                               " state TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE resource_groups (subscription_id TEXT NOT NULL COLLATE NOCASE"
                               " REFERENCES subscriptions(id), name TEXT NOT NULL COLLATE NOCASE, location "
                               "TEXT NOT NULL,"
                               " tags TEXT NOT NULL, PRIMARY KEY (subscription_id, name))"),
                QStringLiteral(
                    "CREATE TABLE accounts (name TEXT PRIMARY KEY COLLATE NOCASE,"
                    " subscription_id TEXT NOT NULL COLLATE NOCASE, resource_group TEXT NOT NULL COLLATE "
                    "NOCASE,"
                    " resource TEXT NOT NULL, primary_key TEXT NOT NULL, secondary_key TEXT NOT NULL,"
                    " primary_readonly_key TEXT NOT NULL, secondary_readonly_key TEXT NOT NULL,"
                    " FOREIGN KEY (subscription_id, resource_group) REFERENCES "
                    "resource_groups(subscription_id, "
                    "name))"),
                QStringLiteral(
                    "CREATE INDEX accounts_by_scope ON accounts(subscription_id, resource_group, name)"),
                QStringLiteral(
                    "CREATE TABLE role_assignments (id TEXT PRIMARY KEY COLLATE NOCASE,"
                    " scope TEXT NOT NULL COLLATE NOCASE, role_definition_id TEXT NOT NULL COLLATE NOCASE,"
                    " principal_id TEXT NOT NULL COLLATE NOCASE, principal_type TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX role_assignments_by_principal ON role_assignments(principal_id)"),
            };
        // Version 2: long-running ARM operations and the data plane (databases, containers, documents).
        if (version < 2)
            ddl << QStringLiteral(
                       "CREATE TABLE operations (id TEXT PRIMARY KEY COLLATE NOCASE,"
                       " subscription_id TEXT NOT NULL COLLATE NOCASE, resource_group TEXT NOT NULL COLLATE "
                       "NOCASE,"
                       " account TEXT NOT NULL COLLATE NOCASE, kind TEXT NOT NULL, payload TEXT NOT NULL,"
                       " location TEXT NOT NULL, caller TEXT NOT NULL, start_ms INTEGER NOT NULL,"
                       " due_ms INTEGER NOT NULL, status TEXT NOT NULL, end_ms INTEGER NOT NULL, error TEXT "
                       "NOT "
                       "NULL)")
                << QStringLiteral(
                       "CREATE TABLE dp_resources (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " account TEXT NOT NULL COLLATE NOCASE, parent TEXT NOT NULL, type TEXT NOT NULL,"
                       " id TEXT NOT NULL, pk TEXT NOT NULL, rid TEXT NOT NULL, body TEXT NOT NULL,"
                       " UNIQUE (account, parent, type, pk, id))")
                << QStringLiteral(
                       "CREATE INDEX dp_resources_by_parent ON dp_resources(account, parent, type, seq)");
        // Version 3: Key Vault (vaults, key versions with their private keys) and role assignment details.
        if (version < 3)
            ddl << QStringLiteral(
                       "CREATE TABLE vaults (name TEXT PRIMARY KEY COLLATE NOCASE,"
                       " subscription_id TEXT NOT NULL COLLATE NOCASE, resource_group TEXT NOT NULL COLLATE"
                       " NOCASE, resource TEXT NOT NULL)")
                << QStringLiteral(
                       "CREATE TABLE vault_keys (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " vault TEXT NOT NULL COLLATE NOCASE, name TEXT NOT NULL COLLATE NOCASE,"
                       " version TEXT NOT NULL COLLATE NOCASE, bundle TEXT NOT NULL, private_key BLOB NOT "
                       "NULL,"
                       " deleted_ms INTEGER NOT NULL DEFAULT 0, purge_ms INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (vault, name, version))")
                << QStringLiteral("CREATE INDEX vault_keys_by_name ON vault_keys(vault, name, seq)")
                << QStringLiteral(
                       "ALTER TABLE role_assignments ADD COLUMN description TEXT NOT NULL DEFAULT ''")
                << QStringLiteral(
                       "ALTER TABLE role_assignments ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0")
                << QStringLiteral(
                       "ALTER TABLE role_assignments ADD COLUMN created_by TEXT NOT NULL DEFAULT ''");
        // Version 4: user-assigned managed identities.
        if (version < 4)
            ddl << QStringLiteral(
                "CREATE TABLE managed_identities (subscription_id TEXT NOT NULL COLLATE NOCASE,"
                " resource_group TEXT NOT NULL COLLATE NOCASE, name TEXT NOT NULL COLLATE NOCASE,"
                " resource TEXT NOT NULL, PRIMARY KEY (subscription_id, resource_group, name))");
        // Version 5: data encryption keys of accounts encrypted with a customer-managed key (wrapped only).
        if (version < 5)
            ddl << QStringLiteral(
                "CREATE TABLE account_deks (account TEXT PRIMARY KEY COLLATE NOCASE, vault TEXT NOT NULL"
                " COLLATE NOCASE, key_name TEXT NOT NULL COLLATE NOCASE, version TEXT NOT NULL COLLATE "
                "NOCASE,"
                " wrapped BLOB NOT NULL, updated_ms INTEGER NOT NULL)");
        ddl << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);
        QSqlQuery c(QSqlDatabase::database(m_connection));
        for (const QString &s : ddl) {
            if (!c.exec(s))
                return sqlError(tr("cannot create the schema"), c.lastError());
        }
        return {};
    });
}

Result<void> Store::transaction(const std::function<Result<void>()> &work)
{
    if (m_depth > 0) // already inside a transaction: the outermost one commits
        return work();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return sqlError(tr("cannot begin a transaction"), db.lastError());
    ++m_depth;
    Result<void> r = work();
    --m_depth;
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return sqlError(tr("cannot commit"), e);
    }
    return {};
}

bool Store::isEmpty() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM tenants")) && q.next() && q.value(0).toInt() == 0;
}

Result<void> Store::addTenant(const Tenant &t)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO tenants (id, display_name, default_domain) VALUES (?, ?, ?)"));
        q.addBindValue(t.id);
        q.addBindValue(t.displayName);
        q.addBindValue(t.defaultDomain);
        if (!q.exec())
            return sqlError(tr("cannot add tenant %1").arg(t.id), q.lastError());
        return {};
    });
}

std::optional<Tenant> Store::tenant(const QString &idOrDomain) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, display_name, default_domain FROM tenants WHERE id = ? OR default_domain = ?"));
    q.addBindValue(idOrDomain);
    q.addBindValue(idOrDomain);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Tenant{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QList<Tenant> Store::tenants() const
{
    QList<Tenant> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT id, display_name, default_domain FROM tenants ORDER BY rowid"))) {
        while (q.next())
            out.append(Tenant{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

Result<void> Store::addPrincipal(const Principal &p, const SecureBytes &clientSecret)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO principals (object_id, tenant_id, app_id, display_name, type,"
                                 " secret_salt, secret_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(p.objectId);
        q.addBindValue(p.tenantId);
        q.addBindValue(p.appId);
        q.addBindValue(p.displayName);
        q.addBindValue(p.type);
        if (clientSecret.isEmpty()) {
            q.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
            q.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
        } else {
            const QByteArray salt = randomBytes(16);
            q.addBindValue(salt);
            q.addBindValue(pbkdf2(clientSecret.bytes(), salt));
        }
        if (!q.exec())
            return sqlError(tr("cannot add principal %1").arg(p.appId), q.lastError());
        return {};
    });
}

namespace {
Principal principalFrom(const QSqlQuery &q)
{
    Principal p;
    p.objectId = q.value(0).toString();
    p.tenantId = q.value(1).toString();
    p.appId = q.value(2).toString();
    p.displayName = q.value(3).toString();
    p.type = q.value(4).toString();
    return p;
}
} // namespace

std::optional<Principal> Store::principalByAppId(const QString &tenantId, const QString &appId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT object_id, tenant_id, app_id, display_name, type FROM principals"
                             " WHERE tenant_id = ? AND app_id = ?"));
    q.addBindValue(tenantId);
    q.addBindValue(appId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return principalFrom(q);
}

std::optional<Principal> Store::principalByObjectId(const QString &objectId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT object_id, tenant_id, app_id, display_name, type FROM principals"
                             " WHERE object_id = ?"));
    q.addBindValue(objectId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return principalFrom(q);
}

Result<void> Store::deletePrincipal(const QString &objectId)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("DELETE FROM principals WHERE object_id = ?"));
        q.addBindValue(objectId);
        if (!q.exec())
            return sqlError(tr("cannot delete principal %1").arg(objectId), q.lastError());
        return {};
    });
}

bool Store::checkSecret(const QString &objectId, const SecureBytes &secret) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT secret_salt, secret_hash FROM principals WHERE object_id = ?"));
    q.addBindValue(objectId);
    if (!q.exec() || !q.next() || q.value(1).isNull())
        return false;
    const QByteArray expected = q.value(1).toByteArray();
    const QByteArray actual = pbkdf2(secret.bytes(), q.value(0).toByteArray());
    return expected.size() == actual.size() &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), static_cast<size_t>(actual.size())) == 0;
}

Result<void> Store::addSubscription(const Subscription &s)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral(
            "INSERT INTO subscriptions (id, tenant_id, display_name, state) VALUES (?, ?, ?, ?)"));
        q.addBindValue(s.id);
        q.addBindValue(s.tenantId);
        q.addBindValue(s.displayName);
        q.addBindValue(s.state);
        if (!q.exec())
            return sqlError(tr("cannot add subscription %1").arg(s.id), q.lastError());
        return {};
    });
}

namespace {
Subscription subscriptionFrom(const QSqlQuery &q)
{
    Subscription s;
    s.id = q.value(0).toString();
    s.tenantId = q.value(1).toString();
    s.displayName = q.value(2).toString();
    s.state = q.value(3).toString();
    return s;
}
} // namespace

std::optional<Subscription> Store::subscription(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, tenant_id, display_name, state FROM subscriptions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return subscriptionFrom(q);
}

QList<Subscription> Store::subscriptions(const QString &tenantId) const
{
    QList<Subscription> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT id, tenant_id, display_name, state FROM subscriptions WHERE tenant_id = ?"
                       " ORDER BY display_name"));
    q.addBindValue(tenantId);
    if (q.exec()) {
        while (q.next())
            out.append(subscriptionFrom(q));
    }
    return out;
}

Result<void> Store::addResourceGroup(const ResourceGroup &g)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral(
            "INSERT INTO resource_groups (subscription_id, name, location, tags) VALUES (?, ?, ?, ?)"));
        q.addBindValue(g.subscriptionId);
        q.addBindValue(g.name);
        q.addBindValue(g.location);
        q.addBindValue(toJson(g.tags));
        if (!q.exec())
            return sqlError(tr("cannot add resource group %1").arg(g.name), q.lastError());
        return {};
    });
}

namespace {
ResourceGroup groupFrom(const QSqlQuery &q)
{
    return ResourceGroup{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         fromJson(q.value(3))};
}
} // namespace

std::optional<ResourceGroup> Store::resourceGroup(const QString &subscriptionId, const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, name, location, tags FROM resource_groups"
                             " WHERE subscription_id = ? AND name = ?"));
    q.addBindValue(subscriptionId);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return groupFrom(q);
}

QList<ResourceGroup> Store::resourceGroups(const QString &subscriptionId) const
{
    QList<ResourceGroup> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, name, location, tags FROM resource_groups"
                             " WHERE subscription_id = ? ORDER BY name"));
    q.addBindValue(subscriptionId);
    if (q.exec()) {
        while (q.next())
            out.append(groupFrom(q));
    }
    return out;
}

Result<void> Store::putAccount(const CosmosAccount &a)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE accounts SET resource = ? WHERE name = ? AND subscription_id = ? AND"
                                 " resource_group = ?"));
        q.addBindValue(toJson(a.resource));
        q.addBindValue(a.name);
        q.addBindValue(a.subscriptionId);
        q.addBindValue(a.resourceGroup);
        if (!q.exec())
            return sqlError(tr("cannot update account %1").arg(a.name), q.lastError());
        if (q.numRowsAffected() > 0)
            return {};
        q.prepare(QStringLiteral(
            "INSERT INTO accounts (name, subscription_id, resource_group, resource, primary_key,"
            " secondary_key, primary_readonly_key, secondary_readonly_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(a.name);
        q.addBindValue(a.subscriptionId);
        q.addBindValue(a.resourceGroup);
        q.addBindValue(toJson(a.resource));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(QString::fromLatin1(randomBytes(64).toBase64()));
        if (!q.exec())
            return sqlError(tr("cannot add account %1").arg(a.name), q.lastError());
        return {};
    });
}

std::optional<CosmosAccount> Store::account(const QString &subscriptionId, const QString &resourceGroup,
                                            const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM accounts"
                             " WHERE subscription_id = ? AND resource_group = ? AND name = ?"));
    q.addBindValue(subscriptionId);
    q.addBindValue(resourceGroup);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CosmosAccount{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         fromJson(q.value(3))};
}

QList<CosmosAccount> Store::accounts(const QString &subscriptionId, const QString &resourceGroup,
                                     const QString &afterName, int limit) const
{
    QList<CosmosAccount> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM accounts"
                             " WHERE subscription_id = ? AND (? = '' OR resource_group = ?) AND name > ?"
                             " ORDER BY name COLLATE NOCASE LIMIT ?"));
    // A null QString binds as SQL NULL, which compares as unknown: bind empty strings instead.
    const QString group = resourceGroup.isNull() ? QStringLiteral("") : resourceGroup;
    q.addBindValue(subscriptionId);
    q.addBindValue(group);
    q.addBindValue(group);
    q.addBindValue(afterName.isNull() ? QStringLiteral("") : afterName);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(CosmosAccount{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     fromJson(q.value(3))});
    }
    return out;
}

std::optional<AccountKeys> Store::accountKeys(const QString &accountName) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT primary_key, secondary_key, primary_readonly_key, secondary_readonly_key"
                             " FROM accounts WHERE name = ?"));
    q.addBindValue(accountName);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AccountKeys{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()};
}

QStringList Store::accountNames() const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT name FROM accounts ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

std::optional<CosmosAccount> Store::accountByName(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT subscription_id, resource_group, name, resource FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CosmosAccount{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         fromJson(q.value(3))};
}

Result<void> Store::replaceAccountKey(const QString &accountName, const QString &field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("primaryMasterKey"), QStringLiteral("primary_key")},
        {QStringLiteral("secondaryMasterKey"), QStringLiteral("secondary_key")},
        {QStringLiteral("primaryReadonlyMasterKey"), QStringLiteral("primary_readonly_key")},
        {QStringLiteral("secondaryReadonlyMasterKey"), QStringLiteral("secondary_readonly_key")}};
    const QString column = columns.value(field);
    if (column.isEmpty())
        return ApiError::validation(tr("Unknown key %1.").arg(field));
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE accounts SET %1 = ? WHERE name = ?").arg(column));
        q.addBindValue(QString::fromLatin1(randomBytes(64).toBase64()));
        q.addBindValue(accountName);
        if (!q.exec() || q.numRowsAffected() != 1)
            return sqlError(tr("cannot replace a key of account %1").arg(accountName), q.lastError());
        return {};
    });
}

namespace {
ArmOperation operationFrom(const QSqlQuery &q)
{
    ArmOperation o;
    o.id = q.value(0).toString();
    o.subscriptionId = q.value(1).toString();
    o.resourceGroup = q.value(2).toString();
    o.account = q.value(3).toString();
    o.kind = q.value(4).toString();
    o.payload = fromJson(q.value(5));
    o.location = q.value(6).toString();
    o.callerObjectId = q.value(7).toString();
    o.startMs = q.value(8).toLongLong();
    o.dueMs = q.value(9).toLongLong();
    o.status = q.value(10).toString();
    o.endMs = q.value(11).toLongLong();
    o.error = fromJson(q.value(12));
    return o;
}
const QString kOperationColumns = QStringLiteral(
    "id, subscription_id, resource_group, account, kind, payload, location, caller, start_ms, due_ms, status,"
    " end_ms, error");
} // namespace

Result<void> Store::addOperation(const ArmOperation &o)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO operations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kOperationColumns));
        q.addBindValue(o.id);
        q.addBindValue(o.subscriptionId);
        q.addBindValue(o.resourceGroup);
        q.addBindValue(o.account);
        q.addBindValue(o.kind);
        q.addBindValue(toJson(o.payload));
        q.addBindValue(o.location);
        q.addBindValue(o.callerObjectId);
        q.addBindValue(o.startMs);
        q.addBindValue(o.dueMs);
        q.addBindValue(o.status);
        q.addBindValue(o.endMs);
        q.addBindValue(toJson(o.error));
        if (!q.exec())
            return sqlError(tr("cannot add operation %1").arg(o.id), q.lastError());
        return {};
    });
}

std::optional<ArmOperation> Store::operation(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM operations WHERE id = ?").arg(kOperationColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return operationFrom(q);
}

QList<ArmOperation> Store::pendingOperations() const
{
    QList<ArmOperation> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT %1 FROM operations WHERE status = 'Enqueued' ORDER BY start_ms, rowid")
                   .arg(kOperationColumns))) {
        while (q.next())
            out.append(operationFrom(q));
    }
    return out;
}

Result<void> Store::updateOperation(const ArmOperation &o)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE operations SET status = ?, end_ms = ?, error = ? WHERE id = ?"));
        q.addBindValue(o.status);
        q.addBindValue(o.endMs);
        q.addBindValue(toJson(o.error));
        q.addBindValue(o.id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return sqlError(tr("cannot update operation %1").arg(o.id), q.lastError());
        return {};
    });
}

namespace {
DataResource dataResourceFrom(const QSqlQuery &q, BodyCipher *cipher)
{
    DataResource r;
    r.seq = q.value(0).toLongLong();
    r.account = q.value(1).toString();
    r.parent = q.value(2).toString();
    r.type = q.value(3).toString();
    r.id = q.value(4).toString();
    r.pk = q.value(5).toString();
    r.rid = q.value(6).toString();
    const QString stored = q.value(7).toString();
    if (!BodyCipher::isSealed(stored)) {
        r.body = fromJson(stored);
        return r;
    }
    // Callers reach sealed bodies only after the data plane admitted the request (the key is usable).
    auto opened = cipher ? cipher->open(r.account, r.rid, stored)
                         : Result<QByteArray>(ApiError::make(ApiError::Kind::Process,
                                                             tr("no cipher for encrypted documents")));
    if (opened) {
        r.body = QJsonDocument::fromJson(opened.value()).object();
        SecureBytes::wipe(opened.value());
    } else {
        qCWarning(lcEmu) << "a stored document of the encrypted account" << r.account
                         << "cannot be decrypted:" << opened.error().message;
    }
    return r;
}
const QString kDataColumns = QStringLiteral("seq, account, parent, type, id, pk, rid, body");
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

Result<QString> Store::storedBody(const DataResource &r) const
{
    if (r.type != QLatin1String("docs") || !m_cipher)
        return toJson(r.body);
    QByteArray json = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
    auto sealed = m_cipher->seal(r.account, r.rid, json);
    SecureBytes::wipe(json);
    return sealed;
}

Result<void> Store::addDataResource(DataResource &r)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(
            QStringLiteral("SELECT 1 FROM dp_resources WHERE account = ? AND parent = ? AND type = ? AND"
                           " pk = ? AND id = ?"));
        for (const QString &v : {r.account, r.parent, r.type, r.pk, r.id})
            q.addBindValue(nonNull(v));
        if (q.exec() && q.next()) {
            ApiError e =
                ApiError::make(ApiError::Kind::Http, tr("The resource %1 exists already.").arg(r.id));
            e.httpStatus = 409;
            e.code = QStringLiteral("Conflict");
            return e;
        }
        q.prepare(QStringLiteral("INSERT INTO dp_resources (account, parent, type, id, pk, rid, body) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?)"));
        for (const QString &v : {r.account, r.parent, r.type, r.id, r.pk, r.rid})
            q.addBindValue(nonNull(v));
        auto stored = storedBody(r);
        if (!stored)
            return stored.error();
        q.addBindValue(stored.value());
        if (!q.exec())
            return sqlError(tr("cannot add %1").arg(r.id), q.lastError());
        r.seq = q.lastInsertId().toLongLong();
        return {};
    });
}

std::optional<DataResource> Store::dataResource(const QString &account, const QString &parent,
                                                const QString &type, const QString &id,
                                                const QString &pk) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM dp_resources WHERE account = ? AND parent = ? AND type = ? AND"
                             " pk = ? AND id = ?")
                  .arg(kDataColumns));
    for (const QString &v : {account, parent, type, pk, id})
        q.addBindValue(nonNull(v));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return dataResourceFrom(q, m_cipher);
}

QList<DataResource> Store::dataResources(const QString &account, const QString &parent, const QString &type,
                                         qint64 afterSeq, int limit) const
{
    QList<DataResource> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM dp_resources WHERE account = ? AND parent = ? AND type = ? AND"
                             " seq > ? ORDER BY seq LIMIT ?")
                  .arg(kDataColumns));
    q.addBindValue(account);
    q.addBindValue(nonNull(parent));
    q.addBindValue(type);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(dataResourceFrom(q, m_cipher));
    }
    return out;
}

int Store::countDataResources(const QString &account, const QString &parent, const QString &type) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM dp_resources WHERE account = ? AND parent = ? AND type = ?"));
    q.addBindValue(account);
    q.addBindValue(nonNull(parent));
    q.addBindValue(type);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<void> Store::replaceDataResource(const DataResource &r)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE dp_resources SET body = ? WHERE seq = ?"));
        auto stored = storedBody(r);
        if (!stored)
            return stored.error();
        q.addBindValue(stored.value());
        q.addBindValue(r.seq);
        if (!q.exec() || q.numRowsAffected() != 1)
            return sqlError(tr("cannot replace %1").arg(r.id), q.lastError());
        return {};
    });
}

Result<void> Store::deleteDataResource(const DataResource &r)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("DELETE FROM dp_resources WHERE seq = ?"));
        q.addBindValue(r.seq);
        if (!q.exec())
            return sqlError(tr("cannot delete %1").arg(r.id), q.lastError());
        if (r.type == QLatin1String("docs"))
            return {};
        // Children: everything whose parent is this link or below it.
        const QString link = (r.parent.isEmpty() ? QString() : r.parent + u'/') + r.type + u'/' + r.id;
        q.prepare(QStringLiteral("DELETE FROM dp_resources WHERE account = ? AND (parent = ? OR"
                                 " substr(parent, 1, ?) = ?)"));
        q.addBindValue(r.account);
        q.addBindValue(link);
        q.addBindValue(int(link.size() + 1));
        q.addBindValue(link + u'/');
        if (!q.exec())
            return sqlError(tr("cannot delete the contents of %1").arg(r.id), q.lastError());
        return {};
    });
}

Result<void> Store::addRoleAssignment(const RoleAssignment &r)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO role_assignments (id, scope, role_definition_id, principal_id,"
                                 " principal_type, description, created_ms, created_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(r.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : r.id);
        q.addBindValue(r.scope);
        q.addBindValue(r.roleDefinitionId);
        q.addBindValue(r.principalId);
        q.addBindValue(r.principalType);
        q.addBindValue(nonNull(r.description));
        q.addBindValue(r.createdMs);
        q.addBindValue(nonNull(r.createdBy));
        if (!q.exec())
            return sqlError(tr("cannot add a role assignment"), q.lastError());
        return {};
    });
}

namespace {
const QString kAssignmentColumns = QStringLiteral(
    "id, scope, role_definition_id, principal_id, principal_type, description, created_ms, created_by");
RoleAssignment roleAssignmentFrom(const QSqlQuery &q)
{
    RoleAssignment r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()};
    r.description = q.value(5).toString();
    r.createdMs = q.value(6).toLongLong();
    r.createdBy = q.value(7).toString();
    return r;
}
} // namespace

QList<RoleAssignment> Store::roleAssignmentsOf(const QString &principalId) const
{
    QList<RoleAssignment> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM role_assignments WHERE principal_id = ?").arg(kAssignmentColumns));
    q.addBindValue(principalId);
    if (q.exec()) {
        while (q.next())
            out.append(roleAssignmentFrom(q));
    }
    return out;
}

QList<RoleAssignment> Store::roleAssignments() const
{
    QList<RoleAssignment> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT %1 FROM role_assignments ORDER BY rowid").arg(kAssignmentColumns))) {
        while (q.next())
            out.append(roleAssignmentFrom(q));
    }
    return out;
}

std::optional<RoleAssignment> Store::roleAssignment(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM role_assignments WHERE id = ?").arg(kAssignmentColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return roleAssignmentFrom(q);
}

Result<void> Store::deleteRoleAssignment(const QString &id)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("DELETE FROM role_assignments WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(tr("cannot delete role assignment %1").arg(id), q.lastError());
        return {};
    });
}

Result<void> Store::putVault(const KeyVault &v)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(
            QStringLiteral("INSERT INTO vaults (name, subscription_id, resource_group, resource)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET resource = excluded.resource"
                           " WHERE subscription_id = excluded.subscription_id AND"
                           " resource_group = excluded.resource_group"));
        q.addBindValue(v.name);
        q.addBindValue(v.subscriptionId);
        q.addBindValue(v.resourceGroup);
        q.addBindValue(toJson(v.resource));
        if (!q.exec())
            return sqlError(tr("cannot store vault %1").arg(v.name), q.lastError());
        if (q.numRowsAffected() != 1) {
            ApiError e =
                ApiError::make(ApiError::Kind::Http, tr("The vault name %1 is already in use.").arg(v.name));
            e.httpStatus = 409;
            e.code = QStringLiteral("VaultAlreadyExists");
            return e;
        }
        return {};
    });
}

namespace {
KeyVault vaultFrom(const QSqlQuery &q)
{
    return KeyVault{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    fromJson(q.value(3))};
}
} // namespace

std::optional<KeyVault> Store::vault(const QString &subscriptionId, const QString &resourceGroup,
                                     const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM vaults"
                             " WHERE subscription_id = ? AND resource_group = ? AND name = ?"));
    q.addBindValue(subscriptionId);
    q.addBindValue(resourceGroup);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return vaultFrom(q);
}

std::optional<KeyVault> Store::vaultByName(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM vaults WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return vaultFrom(q);
}

QList<KeyVault> Store::vaults(const QString &subscriptionId, const QString &resourceGroup) const
{
    QList<KeyVault> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM vaults"
                             " WHERE subscription_id = ? AND (? = '' OR resource_group = ?)"
                             " ORDER BY name COLLATE NOCASE"));
    q.addBindValue(subscriptionId);
    q.addBindValue(nonNull(resourceGroup));
    q.addBindValue(nonNull(resourceGroup));
    if (q.exec()) {
        while (q.next())
            out.append(vaultFrom(q));
    }
    return out;
}

QStringList Store::vaultNames() const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT name FROM vaults ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

Result<void> Store::deleteVault(const QString &name)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        for (const QString &sql : {QStringLiteral("DELETE FROM vault_keys WHERE vault = ?"),
                                   QStringLiteral("DELETE FROM vaults WHERE name = ?")}) {
            q.prepare(sql);
            q.addBindValue(name);
            if (!q.exec())
                return sqlError(tr("cannot delete vault %1").arg(name), q.lastError());
        }
        return {};
    });
}

namespace {
const QString kVaultKeyColumns =
    QStringLiteral("seq, vault, name, version, bundle, private_key, deleted_ms, purge_ms");
VaultKey vaultKeyFrom(const QSqlQuery &q)
{
    VaultKey k;
    k.seq = q.value(0).toLongLong();
    k.vault = q.value(1).toString();
    k.name = q.value(2).toString();
    k.version = q.value(3).toString();
    k.bundle = fromJson(q.value(4));
    QByteArray der = q.value(5).toByteArray();
    k.privateKey = SecureBytes(der);
    SecureBytes::wipe(der);
    k.deletedMs = q.value(6).toLongLong();
    k.purgeMs = q.value(7).toLongLong();
    return k;
}
} // namespace

Result<void> Store::addVaultKey(VaultKey &k)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(
            QStringLiteral("INSERT INTO vault_keys (vault, name, version, bundle, private_key, deleted_ms,"
                           " purge_ms) VALUES (?, ?, ?, ?, ?, 0, 0)"));
        q.addBindValue(k.vault);
        q.addBindValue(k.name);
        q.addBindValue(k.version);
        q.addBindValue(toJson(k.bundle));
        q.addBindValue(k.privateKey.bytes());
        if (!q.exec())
            return sqlError(tr("cannot add key %1").arg(k.name), q.lastError());
        k.seq = q.lastInsertId().toLongLong();
        return {};
    });
}

std::optional<VaultKey> Store::vaultKey(const QString &vault, const QString &name,
                                        const QString &version) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM vault_keys WHERE vault = ? AND name = ? AND (? = '' OR version = ?)"
                       " ORDER BY seq DESC LIMIT 1")
            .arg(kVaultKeyColumns));
    q.addBindValue(vault);
    q.addBindValue(name);
    q.addBindValue(nonNull(version));
    q.addBindValue(nonNull(version));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return vaultKeyFrom(q);
}

QList<VaultKey> Store::vaultKeyVersions(const QString &vault, const QString &name) const
{
    QList<VaultKey> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM vault_keys WHERE vault = ? AND name = ? ORDER BY seq")
                  .arg(kVaultKeyColumns));
    q.addBindValue(vault);
    q.addBindValue(name);
    if (q.exec()) {
        while (q.next())
            out.append(vaultKeyFrom(q));
    }
    return out;
}

QList<VaultKey> Store::latestVaultKeys(const QString &vault) const
{
    QList<VaultKey> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM vault_keys k WHERE vault = ? AND seq = (SELECT MAX(seq) FROM"
                       " vault_keys l WHERE l.vault = k.vault AND l.name = k.name) ORDER BY name COLLATE"
                       " NOCASE")
            .arg(kVaultKeyColumns));
    q.addBindValue(vault);
    if (q.exec()) {
        while (q.next())
            out.append(vaultKeyFrom(q));
    }
    return out;
}

Result<void> Store::updateVaultKey(const VaultKey &k)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE vault_keys SET bundle = ? WHERE seq = ?"));
        q.addBindValue(toJson(k.bundle));
        q.addBindValue(k.seq);
        if (!q.exec() || q.numRowsAffected() != 1)
            return sqlError(tr("cannot update key %1").arg(k.name), q.lastError());
        return {};
    });
}

Result<void> Store::setVaultKeyDeleted(const QString &vault, const QString &name, qint64 deletedMs,
                                       qint64 purgeMs)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral(
            "UPDATE vault_keys SET deleted_ms = ?, purge_ms = ? WHERE vault = ? AND name = ?"));
        q.addBindValue(deletedMs);
        q.addBindValue(purgeMs);
        q.addBindValue(vault);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(tr("cannot delete key %1").arg(name), q.lastError());
        return {};
    });
}

Result<void> Store::purgeVaultKey(const QString &vault, const QString &name)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("DELETE FROM vault_keys WHERE vault = ? AND name = ?"));
        q.addBindValue(vault);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(tr("cannot purge key %1").arg(name), q.lastError());
        return {};
    });
}

Result<void> Store::putManagedIdentity(const ManagedIdentity &identity)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(
            QStringLiteral("INSERT INTO managed_identities (subscription_id, resource_group, name, resource)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT(subscription_id, resource_group, name)"
                           " DO UPDATE SET resource = excluded.resource"));
        q.addBindValue(identity.subscriptionId);
        q.addBindValue(identity.resourceGroup);
        q.addBindValue(identity.name);
        q.addBindValue(toJson(identity.resource));
        if (!q.exec())
            return sqlError(tr("cannot store managed identity %1").arg(identity.name), q.lastError());
        return {};
    });
}

namespace {
ManagedIdentity managedIdentityFrom(const QSqlQuery &q)
{
    return ManagedIdentity{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           fromJson(q.value(3))};
}
} // namespace

std::optional<ManagedIdentity> Store::managedIdentity(const QString &subscriptionId,
                                                      const QString &resourceGroup, const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM managed_identities"
                             " WHERE subscription_id = ? AND resource_group = ? AND name = ?"));
    q.addBindValue(subscriptionId);
    q.addBindValue(resourceGroup);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return managedIdentityFrom(q);
}

QList<ManagedIdentity> Store::managedIdentities(const QString &subscriptionId,
                                                const QString &resourceGroup) const
{
    QList<ManagedIdentity> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subscription_id, resource_group, name, resource FROM managed_identities"
                             " WHERE subscription_id = ? AND (? = '' OR resource_group = ?)"
                             " ORDER BY name COLLATE NOCASE"));
    q.addBindValue(subscriptionId);
    q.addBindValue(nonNull(resourceGroup));
    q.addBindValue(nonNull(resourceGroup));
    if (q.exec()) {
        while (q.next())
            out.append(managedIdentityFrom(q));
    }
    return out;
}

Result<void> Store::deleteManagedIdentity(const QString &subscriptionId, const QString &resourceGroup,
                                          const QString &name)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("DELETE FROM managed_identities WHERE subscription_id = ? AND"
                                 " resource_group = ? AND name = ?"));
        q.addBindValue(subscriptionId);
        q.addBindValue(resourceGroup);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(tr("cannot delete managed identity %1").arg(name), q.lastError());
        return {};
    });
}

Result<void> Store::deleteAccount(const QString &accountName)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        for (const QString &sql : {QStringLiteral("DELETE FROM dp_resources WHERE account = ?"),
                                   QStringLiteral("DELETE FROM account_deks WHERE account = ?"),
                                   QStringLiteral("DELETE FROM accounts WHERE name = ?")}) {
            q.prepare(sql);
            q.addBindValue(accountName);
            if (!q.exec())
                return sqlError(tr("cannot delete account %1").arg(accountName), q.lastError());
        }
        return {};
    });
}

Result<void> Store::putAccountDek(const AccountDek &dek)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO account_deks (account, vault, key_name, version, wrapped,"
                           " updated_ms) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(dek.account);
        q.addBindValue(dek.vault);
        q.addBindValue(dek.keyName);
        q.addBindValue(dek.version);
        q.addBindValue(dek.wrapped);
        q.addBindValue(dek.updatedMs);
        if (!q.exec())
            return sqlError(tr("cannot store the data encryption key of %1").arg(dek.account), q.lastError());
        return {};
    });
}

std::optional<AccountDek> Store::accountDek(const QString &account) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT account, vault, key_name, version, wrapped, updated_ms FROM account_deks WHERE account = ?"));
    q.addBindValue(account);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AccountDek d;
    d.account = q.value(0).toString();
    d.vault = q.value(1).toString();
    d.keyName = q.value(2).toString();
    d.version = q.value(3).toString();
    d.wrapped = q.value(4).toByteArray();
    d.updatedMs = q.value(5).toLongLong();
    return d;
}

Result<int> Store::sealDocuments(const QString &account)
{
    if (!m_cipher)
        return ApiError::make(ApiError::Kind::Process, tr("no cipher for encrypted documents"));
    int count = 0;
    auto done = transaction([&]() -> Result<void> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT seq, rid, body FROM dp_resources WHERE account = ? AND type = 'docs'"
                                 " ORDER BY seq"));
        q.addBindValue(account);
        if (!q.exec())
            return sqlError(tr("cannot read the documents of %1").arg(account), q.lastError());
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE dp_resources SET body = ? WHERE seq = ?"));
        while (q.next()) {
            const QString stored = q.value(2).toString();
            if (BodyCipher::isSealed(stored))
                continue;
            QByteArray json = stored.toUtf8();
            auto sealed = m_cipher->seal(account, q.value(1).toString(), json);
            SecureBytes::wipe(json);
            if (!sealed)
                return sealed.error();
            u.addBindValue(sealed.value());
            u.addBindValue(q.value(0).toLongLong());
            if (!u.exec())
                return sqlError(tr("cannot encrypt the documents of %1").arg(account), u.lastError());
            ++count;
        }
        return {};
    });
    if (!done)
        return done.error();
    return count;
}

std::pair<int, int> Store::documentSealing(const QString &account) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT SUM(substr(body, 1, 7) = 'enc:v1:'), SUM(substr(body, 1, 7) <> 'enc:v1:')"
                       " FROM dp_resources WHERE account = ? AND type = 'docs'"));
    q.addBindValue(account);
    if (!q.exec() || !q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

} // namespace csc::emu
