// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace csc {

/**
 * @brief Shows the equivalent command line of a change (e.g. `az cosmosdb keys regenerate ...`): read-only
 * monospace text that can be selected, plus a Copy button. Commands never contain secrets, so they are
 * copied as plain text.
 */
class CommandPreview : public QWidget
{
    Q_OBJECT
public:
    explicit CommandPreview(QWidget *parent = nullptr);

    /// `caption` (translated) is shown above the command, e.g. "Azure CLI"; empty hides it.
    void setCaption(const QString &caption);
    QString caption() const;
    void setCommand(const QString &command);
    QString command() const { return m_command; }

public slots:
    void copyToClipboard();

signals:
    void copied(const QString &command);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeight();

    QLabel *m_caption;
    QPlainTextEdit *m_text;
    QToolButton *m_copy;
    QString m_command;
};

} // namespace csc
