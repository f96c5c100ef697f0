// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ApiError.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QToolButton;

namespace csc {

/**
 * @brief An inline banner for recoverable errors and notices (KeePassXC MessageWidget style): icon, text, an
 * optional "Details" toggle with the full text (request id), and a close button.
 */
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Type
    {
        Information,
        Positive,
        Warning,
        Error
    };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    /// Shows `text` (plain) with optional `details` behind a Details button.
    void showMessage(const QString &text, Type type, const QString &details = {});
    /// Shows "<what>: <summary>" plus the remedy, with detailedText() (request id) under Details. Cancelled
    /// errors are not shown.
    void showError(const QString &what, const ApiError &error);
    void setCloseButtonVisible(bool visible);
    Type type() const { return m_type; }
    QString text() const;
    QString details() const;
    bool detailsVisible() const;

public slots:
    void hideMessage();

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColors();

    Type m_type = Type::Information;
    QColor m_accent;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_detailsButton;
    QToolButton *m_closeButton;
};

} // namespace csc
