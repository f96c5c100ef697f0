// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "MessageWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace csc {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_details(new QLabel(this)),
      m_detailsButton(new QToolButton(this)), m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame); // paintEvent draws the tinted box
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_icon->setFixedWidth(24);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setAccessibleName(tr("Message details"));
    m_details->hide();

    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);

    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageWidget::hideMessage);

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(6);
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_details);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 6, 8);
    row->setSpacing(8);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(textColumn, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateColors();
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type, const QString &details)
{
    m_type = type;
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->setVisible(false);
    const char *icon = ":/icons/info.svg";
    switch (type) {
    case Type::Positive:
        icon = ":/icons/success.svg";
        break;
    case Type::Warning:
        icon = ":/icons/warning.svg";
        break;
    case Type::Error:
        icon = ":/icons/error.svg";
        break;
    case Type::Information:
        break;
    }
    m_icon->setPixmap(QIcon(QString::fromLatin1(icon)).pixmap(QSize(20, 20), devicePixelRatioF()));
    setAccessibleDescription(text);
    updateColors();
    show();
}

void MessageWidget::showError(const QString &what, const ApiError &error)
{
    if (error.isCancelled())
        return;
    QString text = what.isEmpty() ? error.summary() : tr("%1 failed: %2").arg(what, error.summary());
    const QString remedy = error.remedy();
    if (!remedy.isEmpty())
        text += QLatin1Char('\n') + remedy;
    showMessage(text, Type::Error, error.detailedText());
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

QString MessageWidget::text() const
{
    return m_text->text();
}

QString MessageWidget::details() const
{
    return m_details->text();
}

bool MessageWidget::detailsVisible() const
{
    return m_details->isVisible();
}

void MessageWidget::hideMessage()
{
    hide();
    emit closed();
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        update();
}

void MessageWidget::updateColors()
{
    switch (m_type) {
    case Type::Information:
        m_accent = QColor(0x2f, 0x80, 0xed);
        break;
    case Type::Positive:
        m_accent = QColor(0x2e, 0x9d, 0x4f);
        break;
    case Type::Warning:
        m_accent = QColor(0xd9, 0x7a, 0x00);
        break;
    case Type::Error:
        m_accent = QColor(0xe0, 0x44, 0x44);
        break;
    }
    update();
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    // Painted from the current palette, not a style sheet: a style sheet would pin this widget's palette, so
    // its text would keep the old colours after a theme switch. A tint of the accent over the window colour
    // is readable in light and dark palettes.
    const QColor window = palette().color(QPalette::Window);
    const qreal a = 0.16;
    const QColor background(int(window.red() * (1 - a) + m_accent.red() * a),
                            int(window.green() * (1 - a) + m_accent.green() * a),
                            int(window.blue() * (1 - a) + m_accent.blue() * a));
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_accent, 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFrame::paintEvent(event);
}

} // namespace csc
