// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/SecureBytes.h"
#include "emulator/Emulator.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace csc::emu {

/**
 * @brief The embedded local cloud of the console: an Emulator running on its own thread, so serving HTTPS and
 * SQLite never blocks the user interface.
 *
 * start() answers with started() or failed() (once per start, on the host's thread). The emulator and
 * everything it creates live on the worker thread; stop() (and the destructor) shut it down and wait.
 */
class LocalCloudHost : public QObject
{
    Q_OBJECT
public:
    explicit LocalCloudHost(QObject *parent = nullptr);
    ~LocalCloudHost() override;

    /// Starts the emulator with `options` unless it is running or starting (then nothing happens; running
    /// emits started() again, later).
    void start(const EmulatorOptions &options);
    void stop();
    bool isRunning() const { return !m_readyInfo.isEmpty(); }
    bool isStarting() const { return m_starting; }
    /// The emulator's ready object (see README) while running; empty otherwise.
    QJsonObject readyInfo() const { return m_readyInfo; }

    /// The default data folder of the console's local cloud: <AppLocalDataLocation>/local-cloud.
    static QString defaultDataDir();

    /// A Custom-cloud, client-secret profile that signs in to the running emulator described by `readyInfo`
    /// as the demo principal with `clientId` (default: the demo Owner), trusting the emulator's CA. Keeps
    /// `base`'s id and name. A Validation error when `readyInfo` lacks the endpoints or the tenant.
    static Result<ConnectionProfile> profileFor(const QJsonObject &readyInfo, ConnectionProfile base = {});
    /// The documented demo secret of the demo principal `clientId` (empty when it is not a demo principal).
    static SecureBytes demoSecret(const QString &clientId);

signals:
    void started(const QJsonObject &readyInfo);
    void failed(const csc::ApiError &error);
    void stopped();

private:
    QThread m_thread;
    Emulator *m_emulator = nullptr; ///< lives on m_thread
    QJsonObject m_readyInfo;
    bool m_starting = false;
    quint64 m_generation = 0; ///< answers of a stopped start are dropped
};

} // namespace csc::emu
