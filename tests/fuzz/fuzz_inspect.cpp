// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
// TokenInspector::inspect on arbitrary bytes with a fixed clock, then both renderings: no crash, no hang,
// and a recognised input always has a summary or an error.
#include "FuzzInput.h"
#include "inspect/TokenInspection.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csc;
    static const InspectOptions options = [] {
        InspectOptions o;
        o.now = QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::UTC);
        return o;
    }();

    const InspectionReport report = TokenInspector::inspect(fuzz::view(data, size), options);
    if (report.kind == CredentialKind::Unknown && report.error.isEmpty())
        fuzz::broken(); // "unreadable" always says why
    (void)credentialKindId(report.kind);
    (void)credentialKindName(report.kind);
    (void)tokenValidityId(report.validity);
    (void)InspectionReport::verdictId(report.verdict());
    (void)report.hasWarning(QStringLiteral("expired"));
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    const QString text = report.toText();
    if (json.isEmpty() || text.isEmpty())
        fuzz::broken();
    for (const InspectionWarning &w : report.warnings)
        (void)InspectionWarning::severityId(w.severity);
    return 0;
}
