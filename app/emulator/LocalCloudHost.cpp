// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "emulator/LocalCloudHost.h"

#include "emulator/DemoSeed.h"

#include <QPointer>
#include <QStandardPaths>
#include <QUrl>

namespace csc::emu {

LocalCloudHost::LocalCloudHost(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("local-cloud"));
}

LocalCloudHost::~LocalCloudHost()
{
    stop();
}

QString LocalCloudHost::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/local-cloud");
}

void LocalCloudHost::start(const EmulatorOptions &options)
{
    if (m_starting)
        return;
    if (isRunning()) {
        const QJsonObject info = m_readyInfo;
        QMetaObject::invokeMethod(
            this, [this, info] { emit started(info); }, Qt::QueuedConnection);
        return;
    }
    m_starting = true;
    const quint64 generation = ++m_generation;
    if (!m_thread.isRunning())
        m_thread.start();
    m_emulator = new Emulator;
    m_emulator->moveToThread(&m_thread);
    QPointer<LocalCloudHost> self(this);
    Emulator *emulator = m_emulator;
    QMetaObject::invokeMethod(
        emulator,
        [self, emulator, options, generation] {
            const Result<void> result = emulator->start(options);
            const QJsonObject info = result ? emulator->readyInfo() : QJsonObject();
            const ApiError error = result ? ApiError() : result.error();
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, info, error, generation, ok = result.ok()] {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_starting = false;
                    if (ok) {
                        self->m_readyInfo = info;
                        emit self->started(info);
                    } else {
                        self->stop();
                        emit self->failed(error);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LocalCloudHost::stop()
{
    ++m_generation;
    m_starting = false;
    const bool wasRunning = isRunning();
    m_readyInfo = {};
    if (m_emulator) {
        Emulator *emulator = m_emulator;
        m_emulator = nullptr;
        if (m_thread.isRunning())
            QMetaObject::invokeMethod(
                emulator, [emulator] { delete emulator; }, Qt::BlockingQueuedConnection);
        else
            delete emulator;
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    if (wasRunning)
        emit stopped();
}

Result<ConnectionProfile> LocalCloudHost::profileFor(const QJsonObject &readyInfo, ConnectionProfile base)
{
    const QJsonObject endpoints = readyInfo.value(QStringLiteral("endpoints")).toObject();
    const QUrl authority(endpoints.value(QStringLiteral("authorityHost")).toString());
    const QUrl arm(endpoints.value(QStringLiteral("resourceManager")).toString());
    const QString tenant = readyInfo.value(QStringLiteral("tenantId")).toString();
    const QString ca = readyInfo.value(QStringLiteral("caCertificate")).toString();
    if (!authority.isValid() || authority.scheme() != QLatin1String("https") || !arm.isValid() ||
        tenant.isEmpty() || ca.isEmpty())
        return ApiError::validation(
            tr("The local cloud did not report its endpoints, tenant and certificate authority."));
    ConnectionProfile p = std::move(base);
    p.cloud = CloudEnvironment::Id::Custom;
    p.customAuthorityHost = authority;
    p.customResourceManager = arm;
    p.tenantId = tenant;
    if (demoSecret(p.clientId).isEmpty())
        p.clientId = QLatin1String(DemoSeed::kDefaultPrincipal.clientId);
    p.authMethod = ConnectionProfile::AuthMethod::ClientSecret;
    p.trustedCaFile = ca;
    p.localCloud = true;
    return p;
}

SecureBytes LocalCloudHost::demoSecret(const QString &clientId)
{
    for (const DemoSeed::DemoPrincipal &principal : DemoSeed::kPrincipals) {
        if (clientId.compare(QLatin1String(principal.clientId), Qt::CaseInsensitive) == 0)
            return SecureBytes(QByteArray(principal.secret));
    }
    return {};
}

} // namespace csc::emu
