// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"
#include "net/RestJob.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace csc::jobs {

/**
 * Calls `handler` with the job's finished() value unless `context` (when given) is gone by then; destroying
 * `context` aborts the job. The connection lives on the job.
 */
template <typename Job, typename R, typename F> void bind(Job *job, QObject *context, F handler)
{
    const QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    // A QWidget emits destroyed() at the start of its destructor, while QPointers to it are still set: the
    // flag keeps the handler from running on a half-destroyed context when the abort answers at once.
    auto alive = std::make_shared<bool>(true);
    QObject::connect(job, &Job::finished, job, [ctx, guarded, alive, handler](const R &r) {
        if (!guarded || (ctx && *alive))
            handler(r);
    });
    if (context)
        QObject::connect(context, &QObject::destroyed, job, [job, alive] {
            *alive = false;
            job->abort();
        });
}

/// Answers `done(error)` from the event loop (never re-entrantly), unless `context` is gone by then.
/// `fallback` receives the call when there is no context.
template <typename Done>
void failLater(QObject *context, QObject *fallback, const Done &done, const ApiError &error)
{
    const QPointer<QObject> ctx(context);
    const bool guarded = context != nullptr;
    QMetaObject::invokeMethod(
        context ? context : fallback,
        [ctx, guarded, done, error] {
            if (!guarded || ctx)
                done(error);
        },
        Qt::QueuedConnection);
}

} // namespace csc::jobs
