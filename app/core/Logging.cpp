// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "csc.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "csc.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "csc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "csc.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmu, "csc.emu", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "csc.ui", QtInfoMsg)
