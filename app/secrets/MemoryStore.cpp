// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

namespace csc {

MemoryStore::~MemoryStore()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        it.value().clear();
    m_values.clear();
}

void MemoryStore::write(const QString &key, const SecureBytes &value, QObject *context, WriteDone done)
{
    // Stored now (a later read sees it at once); only the callback waits for the event loop.
    auto it = m_values.find(key);
    if (it != m_values.end())
        it.value() = value; // the assignment wipes the previous bytes
    else
        m_values.insert(key, value);
    deliverLater(context, this, [done = std::move(done)]() {
        if (done)
            done(Result<void>());
    });
}

void MemoryStore::read(const QString &key, QObject *context, ReadDone done)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        ApiError error = ApiError::make(ApiError::Kind::SecretStore,
                                        tr("No secret is stored under “%1” for this session.").arg(key));
        error.code = notFoundCode();
        error.target = key;
        deliverLater(context, this, [error, done = std::move(done)]() {
            if (done)
                done(Result<SecureBytes>(error));
        });
        return;
    }
    deliverLater(context, this, [value = it.value(), done = std::move(done)]() {
        if (done)
            done(Result<SecureBytes>(value));
    });
}

void MemoryStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto it = m_values.find(key);
    if (it != m_values.end()) {
        it.value().clear();
        m_values.erase(it);
    }
    deliverLater(context, this, [done = std::move(done)]() {
        if (done)
            done(Result<void>());
    });
}

QString MemoryStore::backendName() const
{
    return tr("memory (this session only)");
}

} // namespace csc
