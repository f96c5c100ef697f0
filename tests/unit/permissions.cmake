# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Cosmos DB users, permissions and resource tokens: the value types and the rules checked before sending.
csc_add_test(cosmospermission LIBS csc_core LABELS unit permissions)
# Data-plane RBAC value types, scopes and the az commands.
csc_add_test(sqlrbac LIBS csc_net LABELS unit permissions)
# The data-plane RBAC table models (QAbstractItemModelTester).
csc_add_test(sqlrbacmodels LIBS csc_models LABELS unit models permissions)
