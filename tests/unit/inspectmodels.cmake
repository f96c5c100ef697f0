# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The token inspector's item models (fields tree, warnings, account checks, matched role assignments), each
# checked by a QAbstractItemModelTester that lives as long as the model.
csc_add_test(inspectmodels LIBS csc_models LABELS models inspect)
