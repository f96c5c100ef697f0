// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/LocalCloudOpener.h"

#include "core/Logging.h"
#include "emulator/DemoSeed.h"
#include "emulator/LocalCloudHost.h"
#include "net/AzureSession.h"

#include <QPointer>
#include <QUuid>

namespace csc {

LocalCloudOpener::LocalCloudOpener(QNetworkAccessManager *nam, RequestLog *log, emu::EmulatorOptions options,
                                   QObject *parent)
    : QObject(parent), m_nam(nam), m_log(log), m_options(std::move(options)),
      m_host(std::make_unique<emu::LocalCloudHost>())
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = emu::LocalCloudHost::defaultDataDir();
    if (m_options.seed.isEmpty())
        m_options.seed = QStringLiteral("demo");
}

LocalCloudOpener::~LocalCloudOpener() = default;

bool LocalCloudOpener::handles(const ConnectionProfile &profile) const
{
    return profile.localCloud;
}

ConnectionProfile LocalCloudOpener::newProfile()
{
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = tr("Local cloud (demo)");
    p.localCloud = true;
    p.cloud = CloudEnvironment::Id::Custom;
    p.clientId = QLatin1String(emu::DemoSeed::kDefaultPrincipal.clientId);
    return p;
}

void LocalCloudOpener::resolve(const ConnectionProfile &profile, QObject *context, Resolved done)
{
    QPointer<QObject> guard(context);
    auto finish = [profile, guard, done](const QJsonObject &info) {
        if (!guard)
            return;
        Result<ConnectionProfile> complete = emu::LocalCloudHost::profileFor(info, profile);
        if (!complete.ok()) {
            done(complete.error());
            return;
        }
        SecureBytes secret = emu::LocalCloudHost::demoSecret(complete.value().clientId);
        done(SignIn{complete.value(), secret});
    };
    if (m_host->isRunning()) {
        const QJsonObject info = m_host->readyInfo();
        QMetaObject::invokeMethod(
            context, [finish, info] { finish(info); }, Qt::QueuedConnection);
        return;
    }
    // One answer per call: the connections are dropped after the first of started()/failed().
    auto connections = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    auto disconnectBoth = [connections] {
        QObject::disconnect(connections->first);
        QObject::disconnect(connections->second);
    };
    connections->first = connect(m_host.get(), &emu::LocalCloudHost::started, context,
                                 [finish, disconnectBoth](const QJsonObject &info) {
                                     disconnectBoth();
                                     finish(info);
                                 });
    connections->second = connect(m_host.get(), &emu::LocalCloudHost::failed, context,
                                  [guard, done, disconnectBoth](const ApiError &error) {
                                      disconnectBoth();
                                      if (!guard)
                                          return;
                                      ApiError e = error;
                                      e.message =
                                          tr("The local cloud could not start: %1").arg(error.message);
                                      done(e);
                                  });
    qCInfo(lcUi) << "starting the local cloud in" << m_options.dataDir;
    m_host->start(m_options);
}

void LocalCloudOpener::open(const ConnectionProfile &profile, QObject *context, Done done)
{
    QNetworkAccessManager *nam = m_nam;
    RequestLog *log = m_log;
    resolve(profile, context, [nam, log, done](Result<SignIn> signIn) {
        if (!signIn.ok()) {
            done(signIn.error());
            return;
        }
        done(AzureSession::create(signIn.value().profile, signIn.value().secret, nam, log));
    });
}

} // namespace csc
