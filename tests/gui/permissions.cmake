# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The Permissions panel (data-plane RBAC) against the in-process local cloud.
csc_add_test(permissionspanel GUI LIBS csc_ui LABELS gui permissions)
