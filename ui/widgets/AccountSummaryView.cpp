// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/AccountSummaryView.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace csc {

namespace {

QString apiName(const QString &kind)
{
    if (kind.compare(QLatin1String("MongoDB"), Qt::CaseInsensitive) == 0)
        return AccountSummaryView::tr("Azure Cosmos DB for MongoDB");
    if (kind.compare(QLatin1String("Parse"), Qt::CaseInsensitive) == 0)
        return AccountSummaryView::tr("Parse");
    return AccountSummaryView::tr("Azure Cosmos DB for NoSQL");
}

QString countsText(const int counts[3])
{
    QStringList parts;
    if (counts[2] > 0)
        parts << AccountSummaryView::tr("%n at risk", nullptr, counts[2]);
    if (counts[1] > 0)
        parts << AccountSummaryView::tr("%n need attention", nullptr, counts[1]);
    if (counts[0] > 0)
        parts << AccountSummaryView::tr("%n good", nullptr, counts[0]);
    return parts.join(QStringLiteral(", "));
}

} // namespace

AccountSummaryView::AccountSummaryView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("accountSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("summarySubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);

    // Page 0: an account.
    auto *accountPage = new QWidget;
    auto *accountLayout = new QVBoxLayout(accountPage);
    accountLayout->setContentsMargins(0, 0, 0, 0);
    m_endpoint = new QLabel;
    m_endpoint->setObjectName(QStringLiteral("summaryEndpoint"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_endpoint->setWordWrap(true);
    m_overall = new QLabel;
    m_overall->setObjectName(QStringLiteral("summaryOverall"));
    m_overall->setWordWrap(true);
    m_findings = new QWidget;
    m_findings->setObjectName(QStringLiteral("summaryFindings"));
    m_findings->setAccessibleName(tr("Security summary"));
    m_grid = new QGridLayout(m_findings);
    m_grid->setContentsMargins(0, 6, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    accountLayout->addWidget(m_endpoint);
    accountLayout->addWidget(m_overall);
    accountLayout->addWidget(m_findings);
    accountLayout->addStretch(1);
    m_stack->addWidget(accountPage);

    // Page 1: placeholder / container totals.
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("summaryPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_placeholder);

    // Page 2: an error.
    auto *errorPage = new QWidget;
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorText = new QLabel;
    m_errorText->setObjectName(QStringLiteral("summaryError"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorText->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Retry"));
    m_retry->setObjectName(QStringLiteral("summaryRetry"));
    m_retry->setAccessibleName(tr("Retry loading"));
    connect(m_retry, &QPushButton::clicked, this, &AccountSummaryView::retryRequested);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_retry, 0, Qt::AlignLeft);
    errorLayout->addStretch(1);
    m_stack->addWidget(errorPage);

    showPlaceholder({});
}

QIcon AccountSummaryView::levelIcon(SecurityPosture::Level level)
{
    switch (level) {
    case SecurityPosture::Level::Good:
        return QIcon(QStringLiteral(":/icons/posture-good.svg"));
    case SecurityPosture::Level::Attention:
        return QIcon(QStringLiteral(":/icons/posture-attention.svg"));
    case SecurityPosture::Level::Risk:
        return QIcon(QStringLiteral(":/icons/posture-risk.svg"));
    }
    return {};
}

QWidget *AccountSummaryView::findingWidget(SecurityPosture::Area area) const
{
    return m_findings->findChild<QLabel *>(QStringLiteral("finding-%1").arg(int(area)));
}

void AccountSummaryView::setHeader(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void AccountSummaryView::showAccount(const CosmosAccount &account, const QString &context)
{
    m_account = account;
    QStringList sub{apiName(account.kind)};
    if (!account.location.isEmpty())
        sub << account.location;
    QString subtitle = sub.join(QStringLiteral(" · "));
    if (!context.isEmpty())
        subtitle += u'\n' + context;
    setHeader(account.name, subtitle);
    m_endpoint->setText(
        account.documentEndpoint.isEmpty() ? QString() : tr("Endpoint: %1").arg(account.documentEndpoint));
    m_endpoint->setVisible(!account.documentEndpoint.isEmpty());

    const SecurityPosture posture = SecurityPosture::evaluate(account);
    const int risks = posture.count(SecurityPosture::Level::Risk);
    const int attention = posture.count(SecurityPosture::Level::Attention);
    QString overall;
    if (risks == 0 && attention == 0)
        overall = tr("Every area is good.");
    else {
        const int counts[3] = {0, attention, risks};
        overall =
            tr("Overall: %1 (%2).").arg(SecurityPosture::levelText(posture.overall()), countsText(counts));
    }
    if (!account.provisioningState.isEmpty() &&
        account.provisioningState.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0)
        overall += u' ' + tr("Provisioning state: %1.").arg(account.provisioningState);
    m_overall->setText(overall);

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown = posture.findings();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    int row = 0;
    for (const SecurityPosture::Finding &f : m_shown) {
        auto *icon = new QLabel;
        icon->setPixmap(levelIcon(f.level).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        icon->setAccessibleName(SecurityPosture::levelText(f.level));
        auto *text = new QLabel;
        text->setObjectName(QStringLiteral("finding-%1").arg(int(f.area)));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(QStringLiteral("<b>%1</b> · %2<br>%3")
                          .arg(f.title.toHtmlEscaped(), SecurityPosture::levelText(f.level).toHtmlEscaped(),
                               f.reason.toHtmlEscaped()));
        text->setAccessibleName(tr("%1: %2").arg(f.title, SecurityPosture::levelText(f.level)));
        text->setAccessibleDescription(f.reason);
        text->setProperty("level", int(f.level));
        m_grid->addWidget(icon, row, 0);
        m_grid->addWidget(text, row, 1);
        ++row;
    }
    m_stack->setCurrentIndex(0);
}

void AccountSummaryView::showContainer(const QString &title, const QString &subtitle, int accounts,
                                       const int counts[3])
{
    m_account = {};
    m_shown.clear();
    setHeader(title, subtitle);
    QString text;
    if (accounts == 0)
        text = tr("No Azure Cosmos DB accounts here.");
    else
        text = tr("%n Azure Cosmos DB account(s): ", nullptr, accounts) + countsText(counts) + u'.';
    m_placeholder->setText(text + QStringLiteral("\n\n") +
                           tr("Select an account to see its security summary."));
    m_stack->setCurrentIndex(1);
}

void AccountSummaryView::showError(const ApiError &error, const QString &missingAction)
{
    m_account = {};
    m_shown.clear();
    setHeader(tr("Could not load"), error.summary());
    QStringList lines;
    const QString remedy = error.remedy();
    if (!remedy.isEmpty())
        lines << remedy;
    if (!missingAction.isEmpty())
        lines << tr("Missing permission: %1").arg(missingAction);
    if (!error.message.isEmpty() && error.message != error.summary())
        lines << tr("Service message: %1").arg(error.message);
    if (!error.requestId.isEmpty())
        lines << tr("Request id: %1").arg(error.requestId);
    m_errorText->setText(lines.join(QStringLiteral("\n\n")));
    m_stack->setCurrentIndex(2);
}

void AccountSummaryView::showPlaceholder(const QString &text)
{
    m_account = {};
    m_shown.clear();
    setHeader({}, {});
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(1);
}

} // namespace csc
