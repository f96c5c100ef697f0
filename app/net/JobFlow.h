// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Redactor.h"
#include "core/Result.h"
#include "net/RestTypes.h"
#include "net/StepJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

#include <functional>
#include <memory>

namespace csc::jobs {

/**
 * @brief The single answer of a call made of several requests (PUT then GET, PUT then list ...), run under
 * one StepJob that the caller can show and abort.
 *
 * `done` is called exactly once: with the result given to answer(), or with Cancelled when the job is
 * aborted, never when `context` (if given) is gone; destroying `context` aborts the job. Steps use job() as
 * their context, so they are aborted with it. Shared by the lambdas of the steps.
 */
template <typename T> class Flow : public std::enable_shared_from_this<Flow<T>>
{
public:
    using Done = std::function<void(const Result<T> &)>;

    static std::shared_ptr<Flow> start(const QString &description, QObject *owner, QObject *context,
                                       Done done)
    {
        auto flow = std::shared_ptr<Flow>(new Flow);
        flow->m_job = new StepJob(description, owner);
        flow->m_context = context;
        flow->m_guarded = context != nullptr;
        flow->m_done = std::move(done);
        const std::weak_ptr<Flow> weak = flow;
        flow->m_job->onCancel([weak] {
            if (auto f = weak.lock())
                f->deliver(ApiError::cancelled());
        });
        if (context) {
            // A QWidget emits destroyed() while QPointers to it are still set: mark it gone first.
            StepJob *job = flow->m_job;
            QObject::connect(context, &QObject::destroyed, job, [weak, job] {
                if (auto f = weak.lock())
                    f->m_contextGone = true;
                job->abort();
            });
        }
        return flow;
    }

    StepJob *job() const { return m_job; }
    bool live() const { return m_job && !m_job->isEnded(); }
    void follow(AbstractJob *step)
    {
        if (m_job)
            m_job->follow(step);
    }
    /// Ends the job and answers (ignored once the job has ended).
    void answer(const Result<T> &result)
    {
        if (!live())
            return;
        m_job->finish();
        deliver(result);
    }
    /// answer() from the event loop (never re-entrantly from the call that started the flow).
    void answerLater(const Result<T> &result)
    {
        if (!m_job)
            return;
        QMetaObject::invokeMethod(
            m_job, [self = this->shared_from_this(), result] { self->answer(result); }, Qt::QueuedConnection);
    }

private:
    Flow() = default;
    void deliver(const Result<T> &result)
    {
        if (!m_done)
            return;
        Done d = std::move(m_done);
        m_done = nullptr;
        if (!m_guarded || (m_context && !m_contextGone))
            d(result);
    }

    QPointer<StepJob> m_job;
    QPointer<QObject> m_context;
    bool m_contextGone = false;
    bool m_guarded = false;
    Done m_done;
};

/// Parses the JSON object of a successful response with `parse` (a function from QJsonObject to Result<T>); a
/// Parse error carrying the request (method, redacted URL, status, request id) when the body is no object or
/// `parse` refuses it.
template <typename T, typename Parse>
Result<T> parseBody(const RestResponse &response, const QByteArray &method, const QUrl &url, Parse parse)
{
    const QJsonDocument doc = response.jsonDocument();
    Result<T> out = doc.isObject()
                        ? parse(doc.object())
                        : Result<T>(ApiError::make(
                              ApiError::Kind::Parse,
                              QCoreApplication::translate("csc::jobs", "The answer is not a JSON object.")));
    if (out.ok())
        return out;
    ApiError e = out.error();
    e.kind = ApiError::Kind::Parse;
    e.httpStatus = response.status;
    e.method = QString::fromLatin1(method);
    e.url = Redactor::url(url);
    e.requestId = response.requestId();
    return e;
}

} // namespace csc::jobs
