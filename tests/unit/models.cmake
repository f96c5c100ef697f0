# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# Item models, each checked by a QAbstractItemModelTester that lives as long as the model.
csc_add_test(profilelistmodel LIBS csc_models LABELS models)
csc_add_test(requestlogmodel LIBS csc_models LABELS models)
