# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# app/core: ApiError, CloudEnvironment, ConnectionProfile/ProfileStore, SecureBytes, Clock.
csc_add_test(core_types LIBS csc_core LABELS unit)
