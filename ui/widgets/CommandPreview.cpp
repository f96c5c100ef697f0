// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/CommandPreview.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace csc {

CommandPreview::CommandPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commandPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("commandCaption"));
    m_caption->hide();

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("commandText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Equivalent command"));

    m_copy = new QToolButton;
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the command"));
    m_copy->setAccessibleName(tr("Copy the command"));
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this, &CommandPreview::copyToClipboard);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_text, 1);
    row->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_caption);
    layout->addLayout(row);
    setFocusProxy(m_text);
    updateHeight();
}

void CommandPreview::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    m_text->setAccessibleName(caption.isEmpty() ? tr("Equivalent command") : caption);
}

QString CommandPreview::caption() const
{
    return m_caption->text();
}

void CommandPreview::setCommand(const QString &command)
{
    m_command = command;
    m_text->setPlainText(command);
    m_copy->setEnabled(!command.isEmpty());
    updateHeight();
}

void CommandPreview::copyToClipboard()
{
    if (m_command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_command);
    emit copied(m_command);
}

void CommandPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

void CommandPreview::updateHeight()
{
    // Two lines of the fixed font plus the frame: long commands wrap, longer ones scroll.
    const QFontMetrics fm(m_text->font());
    const int frame = 2 * m_text->frameWidth() + int(2 * m_text->document()->documentMargin());
    m_text->setFixedHeight(2 * fm.lineSpacing() + frame + 2);
}

} // namespace csc
