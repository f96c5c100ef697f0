# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The users & permissions tree model (databases → users → permissions), checked with QAbstractItemModelTester.
csc_add_test(permissiontreemodel LIBS csc_models LABELS unit models permissions)
