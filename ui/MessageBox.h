// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>

namespace csc {

/**
 * @brief The only way the UI asks the user a modal question (decisions only; errors go in a banner).
 *
 * Test seam: setNextAnswer() makes the next question() return that answer without showing anything
 * (one-shot), like KeePassXC's MessageBox::setNextAnswer.
 */
class MessageBox
{
public:
    /// Asks `text` (with optional `informativeText`); `destructive` marks the accepting button as dangerous.
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text, const QString &informativeText = {},
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No,
             QMessageBox::Icon icon = QMessageBox::Question);

    /// Answers the next question() with `answer` (NoButton = show the real dialog again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The text of the last question() asked (shown or answered by the seam), for tests.
    static QString lastQuestion();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastQuestion;
};

} // namespace csc
