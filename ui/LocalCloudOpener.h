// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/Emulator.h"
#include "ui/SessionOpener.h"

#include <QObject>

#include <memory>

namespace csc {

namespace emu {
class LocalCloudHost;
}

/**
 * @brief Opens "Local cloud" profiles: starts the embedded emulator (on its own thread, with the demo data
 * the first time), fills the profile in with its endpoints, tenant and CA, and signs in as the profile's
 * demo principal (the Owner by default) with its documented demo secret.
 *
 * Owns the LocalCloudHost; the emulator keeps running until the opener is destroyed, so reconnecting is
 * instant and the state persists in the data folder.
 */
class LocalCloudOpener : public QObject, public SessionOpener
{
    Q_OBJECT
public:
    /// `options.dataDir` empty = LocalCloudHost::defaultDataDir(); `seed` empty = "demo".
    LocalCloudOpener(QNetworkAccessManager *nam, RequestLog *log, emu::EmulatorOptions options = {},
                     QObject *parent = nullptr);
    ~LocalCloudOpener() override;

    bool handles(const ConnectionProfile &profile) const override;
    void resolve(const ConnectionProfile &profile, QObject *context, Resolved done) override;
    void open(const ConnectionProfile &profile, QObject *context, Done done) override;

    emu::LocalCloudHost *host() const { return m_host.get(); }
    emu::EmulatorOptions options() const { return m_options; }

    /// A new local-cloud profile (not saved) signing in as the demo Owner.
    static ConnectionProfile newProfile();

private:
    QNetworkAccessManager *m_nam;
    RequestLog *m_log;
    emu::EmulatorOptions m_options;
    std::unique_ptr<emu::LocalCloudHost> m_host;
};

} // namespace csc
