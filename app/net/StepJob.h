// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/RestJob.h"

#include <QPointer>

#include <functional>

namespace csc {

/**
 * @brief A job made of several requests one after the other (list the keys, then the users, then ...), shown
 * and cancelled as one. The owner starts each step itself and hands it to follow(); abort() aborts the step
 * in flight and calls the cancel handler once. finish() ends the job (exactly once; later calls are
 * ignored). Inner jobs bound to this job as their context are aborted when it goes away.
 */
class StepJob : public AbstractJob
{
    Q_OBJECT
public:
    explicit StepJob(QString description, QObject *parent = nullptr);
    QString description() const override { return m_description; }

    /// The step now in flight (may be nullptr when a step answered synchronously).
    void follow(AbstractJob *step);
    /// Called once when abort() ends the job.
    void onCancel(std::function<void()> handler) { m_onCancel = std::move(handler); }
    void finish();

public slots:
    void abort() override;

private:
    QString m_description;
    QPointer<AbstractJob> m_step;
    std::function<void()> m_onCancel;
};

} // namespace csc
