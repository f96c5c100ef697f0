# SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
# SPDX-License-Identifier: Apache-2.0
# The Token inspector panel against the in-process local cloud: its own sign-in token (claims, timeline,
# expiry with a ManualClock, signature verification and tampering), master-key signatures, a minted resource
# token and a connection string checked against the account. With CSC_SCREENSHOT_DIR set it also saves
# inspector-*.png pictures of the panel.
csc_add_test(inspectorpanel GUI LIBS csc_ui LABELS gui inspect)
