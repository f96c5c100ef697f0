// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>
#include <QVBoxLayout>

namespace csc {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Cosmos Security Console"));

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/cosmos-security-console.svg"))
                        .pixmap(QSize(96, 96), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignTop);
    logo->setAccessibleName(tr("Cosmos Security Console logo"));

    auto *title = new QLabel(tr("Cosmos Security Console %1").arg(QStringLiteral(CSC_VERSION)));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    title->setObjectName(QStringLiteral("aboutTitle"));

    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(QStringLiteral("<p>%1</p><p>%2<br>%3<br>%4</p><p>%5</p><p>%6</p>")
                      .arg(tr("Secure Azure Cosmos DB accounts by clicking, not scripting.").toHtmlEscaped(),
                           tr("Qt %1 (built with %2)")
                               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
                               .toHtmlEscaped(),
                           tr("TLS library: %1").arg(QSslSocket::sslLibraryVersionString()).toHtmlEscaped(),
                           tr("System: %1").arg(QSysInfo::prettyProductName()).toHtmlEscaped(),
                           tr("Copyright © 2026 Cosmos Security Console authors.").toHtmlEscaped(),
                           tr("Licensed under the <a "
                              "href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache License, "
                              "Version 2.0</a>. This program comes with no warranty.")));
    text->setAccessibleName(tr("Version and license"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addStretch();
    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(logo);
    row->addLayout(column, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionButton"));
    copy->setAccessibleName(tr("Copy version information"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionText()); });
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionText()
{
    return QStringLiteral("cosmos-security-console %1\nQt %2 (built with %3)\n%4\n%5")
        .arg(QStringLiteral(CSC_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSslSocket::sslLibraryVersionString(), QSysInfo::prettyProductName());
}

} // namespace csc
