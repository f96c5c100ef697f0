// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace csc {

class MainWindow;
class SessionController;

/// Registers the console's panels, in sidebar order, and wires them to the window (used by main() and by
/// the GUI tests, so both run the same thing).
void addStandardPanels(MainWindow *window, SessionController *controller);

} // namespace csc
