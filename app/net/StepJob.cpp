// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "net/StepJob.h"

namespace csc {

StepJob::StepJob(QString description, QObject *parent)
    : AbstractJob(parent), m_description(std::move(description))
{}

void StepJob::follow(AbstractJob *step)
{
    m_step = step;
    if (isEnded() && step)
        step->abort();
}

void StepJob::finish()
{
    if (isEnded())
        return;
    m_step.clear();
    markEnded();
}

void StepJob::abort()
{
    if (isEnded())
        return;
    const QPointer<AbstractJob> step = m_step;
    m_step.clear();
    auto handler = std::move(m_onCancel);
    m_onCancel = nullptr;
    markEnded();
    if (step && !step->isEnded())
        step->abort();
    if (handler)
        handler();
}

} // namespace csc
