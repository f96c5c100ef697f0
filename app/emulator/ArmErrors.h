// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/HttpsServer.h"

namespace csc::emu {

/// `{"error":{"code":...,"message":...}}` with ARM's headers (x-ms-request-id, x-ms-correlation-request-id).
HttpResponse armError(int status, const QString &code, const QString &message, Headers extra = {});
/// A fresh GUID string without braces (request ids, object ids).
QString newGuid();

} // namespace csc::emu
