// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels/TokenInspectorPanel.h"

#include "core/Clock.h"
#include "core/MasterKeySigner.h"
#include "models/AccountSelection.h"
#include "models/InspectionModels.h"
#include "net/ApiClient.h"
#include "net/AzureSession.h"
#include "net/JwtSignatureService.h"
#include "net/KeysService.h"
#include "net/TokenAccountChecker.h"
#include "net/TokenCredential.h"
#include "secrets/SecretStore.h"
#include "ui/SecretClipboard.h"
#include "ui/dialogs/KeyRotationWizard.h" // KeysPanel.h needs it complete
#include "ui/panels/KeysPanel.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/TokenTimeline.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace csc {

namespace {

enum AccountPage
{
    InfoPage,
    JwtPage,
    MasterPage,
    ResourcePage,
    ConnectionPage
};

bool isJwtKind(CredentialKind kind)
{
    return kind == CredentialKind::Jwt || kind == CredentialKind::BearerHeader ||
           kind == CredentialKind::CosmosAad;
}

bool isResourceKind(CredentialKind kind)
{
    return kind == CredentialKind::ResourceToken || kind == CredentialKind::PermissionJson ||
           kind == CredentialKind::CosmosResource;
}

/// Explanations read best cut at the end (values, mostly ids and URLs, are cut in the middle).
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

QLabel *wrapLabel(const QString &objectName, const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString badgeStyle(const QColor &bg, const QColor &fg)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; }")
        .arg(bg.name(), fg.name());
}

} // namespace

TokenInspectorPanel::TokenInspectorPanel(AccountSelection *selection, SecretStore *secrets,
                                         QSettings *settings, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_selection(selection), m_secrets(secrets), m_settings(settings), m_nam(nam),
      m_clipboard(new SecretClipboard(settings, this)), m_fields(new InspectionFieldModel(this)),
      m_warnings(new InspectionWarningModel(this)), m_checks(new AccountCheckModel(this)),
      m_assignments(new MatchedAssignmentModel(this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TokenInspectorPanel::analyze);
    if (m_selection)
        connect(m_selection, &AccountSelection::currentChanged, this, [this] {
            m_checker.reset();
            m_checkerAccountId.clear();
            resetResults();
            updateAccountTab();
        });
    loadSettings();
}

TokenInspectorPanel::~TokenInspectorPanel()
{
    ++m_generation;
    if (m_verifyJob)
        m_verifyJob->abort();
    if (m_checkJob)
        m_checkJob->abort();
    m_report = InspectionReport();
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString TokenInspectorPanel::title() const
{
    return tr("Token inspector");
}

QIcon TokenInspectorPanel::icon() const
{
    return QIcon(QStringLiteral(":/icons/inspector.svg"));
}

QWidget *TokenInspectorPanel::widget()
{
    if (!m_widget) {
        buildUi();
        showReport();
    }
    return m_widget;
}

void TokenInspectorPanel::loadSettings()
{
    if (!m_settings)
        return;
    bool ok = false;
    const int skew = m_settings->value(clockSkewKey(), kDefaultClockSkewSeconds).toInt(&ok);
    m_skew = ok && skew >= 0 && skew <= 3600 ? skew : kDefaultClockSkewSeconds;
    const int hours = m_settings->value(maxLifetimeKey(), kDefaultMaxLifetimeHours).toInt(&ok);
    m_maxLifetimeHours = ok && hours >= 1 && hours <= 24 * 365 ? hours : kDefaultMaxLifetimeHours;
}

// ---------------------------------------------------------------------------------------------------------------
// UI

void TokenInspectorPanel::buildUi()
{
    auto *root = new QWidget;
    m_widget = root;
    root->setObjectName(QStringLiteral("inspectorPanel"));
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *title = new QLabel(tr("Token inspector"));
    title->setObjectName(QStringLiteral("inspectorTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    // Input.
    auto *inputArea = new QWidget;
    auto *inputRow = new QHBoxLayout(inputArea);
    inputRow->setContentsMargins(0, 0, 0, 0);
    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("inspectorInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr(
        "Paste, drop or open what you want to inspect: an Entra ID access or ID token (eyJ…), an "
        "\"Authorization: Bearer …\" line, a Cosmos DB authorization value (type=master, type=resource or "
        "type=aad, raw or percent-encoded), a resource token, a permission document with _token, or a Cosmos "
        "DB connection string. It is analysed here; nothing is sent anywhere."));
    m_input->setAccessibleName(tr("Credential to inspect"));
    m_input->setTabChangesFocus(true);
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere);
    m_input->setMinimumHeight(QFontMetrics(m_input->font()).lineSpacing() * 4 + 12);
    m_input->viewport()->installEventFilter(this);
    m_input->setAcceptDrops(true);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_analyzing)
            m_debounce->start();
    });
    inputRow->addWidget(m_input, 1);

    auto *buttons = new QVBoxLayout;
    m_paste = new QPushButton(tr("&Paste"));
    m_paste->setObjectName(QStringLiteral("inspectorPaste"));
    m_paste->setToolTip(tr("Replace the input with the clipboard's text"));
    connect(m_paste, &QPushButton::clicked, this, &TokenInspectorPanel::pasteFromClipboard);
    m_open = new QPushButton(tr("&Open file…"));
    m_open->setObjectName(QStringLiteral("inspectorOpen"));
    m_open->setToolTip(tr("Load a text file of up to %n KiB", nullptr, int(maxFileBytes() / 1024)));
    connect(m_open, &QPushButton::clicked, this, &TokenInspectorPanel::openFile);
    m_clear = new QPushButton(tr("C&lear"));
    m_clear->setObjectName(QStringLiteral("inspectorClear"));
    m_clear->setToolTip(tr("Wipe the input, the analysis and any pasted key"));
    connect(m_clear, &QPushButton::clicked, this, &TokenInspectorPanel::clearInput);
    m_signIn = new QPushButton(tr("My sign-in &token"));
    m_signIn->setObjectName(QStringLiteral("inspectorSignIn"));
    m_signIn->setToolTip(tr("Inspect the token this connection signs in with"));
    m_signIn->setAccessibleName(tr("Inspect my sign-in token"));
    auto *signInMenu = new QMenu(m_signIn);
    QAction *dataToken = signInMenu->addAction(tr("Token for the Cosmos DB data plane"));
    dataToken->setObjectName(QStringLiteral("signInDataPlane"));
    connect(dataToken, &QAction::triggered, this, [this] { inspectSignInToken(false); });
    QAction *armToken = signInMenu->addAction(tr("Token for Azure Resource Manager"));
    armToken->setObjectName(QStringLiteral("signInArm"));
    connect(armToken, &QAction::triggered, this, [this] { inspectSignInToken(true); });
    m_signIn->setMenu(signInMenu);
    for (QWidget *b : {static_cast<QWidget *>(m_paste), static_cast<QWidget *>(m_open),
                       static_cast<QWidget *>(m_clear), static_cast<QWidget *>(m_signIn)})
        buttons->addWidget(b);
    buttons->addStretch(1);
    inputRow->addLayout(buttons);

    m_banner = new MessageWidget;
    m_banner->setObjectName(QStringLiteral("inspectorBanner"));
    m_banner->hideMessage();

    // Header: kind, badge, summary.
    auto *header = new QWidget;
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    m_kind = new QLabel;
    m_kind->setObjectName(QStringLiteral("inspectorKind"));
    m_kind->setTextFormat(Qt::PlainText);
    QFont kf = m_kind->font();
    kf.setBold(true);
    kf.setPointSizeF(kf.pointSizeF() * 1.15);
    m_kind->setFont(kf);
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("inspectorBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_badge);
    kindRow->addStretch(1);
    m_summary = wrapLabel(QStringLiteral("inspectorSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addLayout(kindRow);
    headerLayout->addWidget(m_summary);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(buildDetailsTab(), tr("&Details"));
    m_tabs->addTab(buildTimelineTab(), tr("Ti&meline"));
    m_tabs->addTab(buildSignatureTab(), tr("&Signature"));
    m_tabs->addTab(buildAccountTab(), tr("&Account"));

    m_warningBox = new QGroupBox(tr("Warnings"));
    m_warningBox->setObjectName(QStringLiteral("inspectorWarningsBox"));
    auto *warningLayout = new QVBoxLayout(m_warningBox);
    m_warningList = new QListView;
    m_warningList->setObjectName(QStringLiteral("inspectorWarnings"));
    m_warningList->setModel(m_warnings);
    m_warningList->setWordWrap(true);
    m_warningList->setUniformItemSizes(false);
    m_warningList->setAccessibleName(tr("Warnings"));
    m_warningList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warningList->setMinimumHeight(60);
    m_noWarnings = wrapLabel(QStringLiteral("inspectorNoWarnings"));
    warningLayout->addWidget(m_noWarnings);
    warningLayout->addWidget(m_warningList, 1);

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_banner);
    resultsLayout->addWidget(header);
    resultsLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(inputArea);
    splitter->addWidget(results);
    splitter->addWidget(m_warningBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    QWidget::setTabOrder(m_input, m_paste);
    QWidget::setTabOrder(m_paste, m_open);
    QWidget::setTabOrder(m_open, m_clear);
    QWidget::setTabOrder(m_clear, m_signIn);
    QWidget::setTabOrder(m_signIn, m_tabs);
}

QWidget *TokenInspectorPanel::buildDetailsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("inspectorDetails"));
    m_tree->setModel(m_fields);
    m_tree->setAccessibleName(tr("Details"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setWordWrap(false);
    m_tree->setItemDelegateForColumn(InspectionFieldModel::MeaningColumn, new ElideRightDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(InspectionFieldModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(InspectionFieldModel::ValueColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(InspectionFieldModel::NameColumn, 220);
    m_tree->header()->resizeSection(InspectionFieldModel::ValueColumn, 300);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateFieldDetail(); });
    connect(m_fields, &QAbstractItemModel::modelReset, this, [this] { updateFieldDetail(); });
    // The whole value and explanation of the current row (the columns elide long texts).
    m_fieldDetail = wrapLabel(QStringLiteral("inspectorFieldDetail"));
    m_fieldDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fieldDetail->setFrameShape(QFrame::StyledPanel);
    m_fieldDetail->setMargin(6);
    m_fieldDetail->setMinimumHeight(QFontMetrics(m_fieldDetail->font()).lineSpacing() * 3 + 14);
    m_fieldDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_fieldDetail);
    return page;
}

void TokenInspectorPanel::updateFieldDetail()
{
    if (!m_fieldDetail)
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(InspectionFieldModel::IsSectionRole).toBool()) {
        m_fieldDetail->setText(m_fields->rowCount() > 0
                                   ? tr("Select a row to read its whole value and what it means.")
                                   : QString());
        return;
    }
    const QString name = current.siblingAtColumn(InspectionFieldModel::NameColumn).data().toString();
    const QString value = current.siblingAtColumn(InspectionFieldModel::ValueColumn).data().toString();
    const QString meaning = current.siblingAtColumn(InspectionFieldModel::MeaningColumn).data().toString();
    m_fieldDetail->setText(tr("%1: %2").arg(name, value) + QLatin1Char('\n') + meaning);
}

QWidget *TokenInspectorPanel::buildTimelineTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_timeline = new TokenTimeline;
    m_timeline->setClockSkewSeconds(m_skew);
    connect(m_timeline, &TokenTimeline::validityChanged, this, [this] {
        // The time moved the token into another state: warnings and badge follow.
        if (!m_analyzing && m_input && !m_input->toPlainText().isEmpty())
            analyze();
    });
    layout->addWidget(m_timeline);

    auto *settings = new QGroupBox(tr("Policy"));
    auto *form = new QFormLayout(settings);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_skewSpin = new QSpinBox;
    m_skewSpin->setObjectName(QStringLiteral("inspectorSkew"));
    m_skewSpin->setRange(0, 3600);
    m_skewSpin->setSingleStep(30);
    m_skewSpin->setSuffix(tr(" s"));
    m_skewSpin->setValue(int(m_skew));
    m_skewSpin->setAccessibleName(tr("Clock skew allowance in seconds"));
    m_skewSpin->setToolTip(tr("How far clocks may differ. Entra ID and Cosmos DB allow 5 minutes (300 s)."));
    connect(m_skewSpin, &QSpinBox::valueChanged, this, &TokenInspectorPanel::setClockSkewSeconds);
    m_lifetimeSpin = new QSpinBox;
    m_lifetimeSpin->setObjectName(QStringLiteral("inspectorMaxLifetime"));
    m_lifetimeSpin->setRange(1, 24 * 365);
    m_lifetimeSpin->setSuffix(tr(" h"));
    m_lifetimeSpin->setValue(m_maxLifetimeHours);
    m_lifetimeSpin->setAccessibleName(tr("Longest acceptable token lifetime in hours"));
    m_lifetimeSpin->setToolTip(tr("Tokens that live longer get a warning. Entra ID access tokens live 60-90 "
                                  "minutes by default."));
    connect(m_lifetimeSpin, &QSpinBox::valueChanged, this, &TokenInspectorPanel::setMaxLifetimeHours);
    form->addRow(tr("Clock s&kew allowance:"), m_skewSpin);
    form->addRow(tr("Longest acceptable &lifetime:"), m_lifetimeSpin);
    layout->addWidget(settings);
    layout->addStretch(1);
    return page;
}

QWidget *TokenInspectorPanel::buildSignatureTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_signatureIntro = wrapLabel(QStringLiteral("signatureIntro"));
    layout->addWidget(m_signatureIntro);
    auto *row = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verify signature"));
    m_verify->setObjectName(QStringLiteral("verifySignature"));
    connect(m_verify, &QPushButton::clicked, this, &TokenInspectorPanel::verifySignature);
    row->addWidget(m_verify);
    m_verifyBar = new QWidget;
    auto *barLayout = new QHBoxLayout(m_verifyBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    m_verifyProgress = new QProgressBar;
    m_verifyProgress->setRange(0, 0);
    m_verifyProgress->setMaximumWidth(160);
    m_verifyProgress->setAccessibleName(tr("Verifying the signature"));
    m_verifyCancel = new QPushButton(tr("Cancel"));
    m_verifyCancel->setObjectName(QStringLiteral("verifyCancel"));
    connect(m_verifyCancel, &QPushButton::clicked, this, &TokenInspectorPanel::cancelVerification);
    barLayout->addWidget(new QLabel(tr("Fetching the issuer's signing keys…")));
    barLayout->addWidget(m_verifyProgress);
    barLayout->addWidget(m_verifyCancel);
    m_verifyBar->hide();
    row->addWidget(m_verifyBar);
    row->addStretch(1);
    layout->addLayout(row);
    auto *resultRow = new QHBoxLayout;
    m_verifyIcon = new QLabel;
    m_verifyIcon->setObjectName(QStringLiteral("verifyIcon"));
    m_verifyIcon->setFixedSize(20, 20);
    m_verifyResult = wrapLabel(QStringLiteral("verifyResult"));
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verifyResult->font();
    bold.setBold(true);
    m_verifyResult->setFont(bold);
    resultRow->addWidget(m_verifyIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_verifyResult, 1);
    layout->addLayout(resultRow);
    m_verifyDetails = wrapLabel(QStringLiteral("verifyDetails"));
    m_verifyDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verifyDetails);
    layout->addStretch(1);
    return page;
}

QWidget *TokenInspectorPanel::buildAccountTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_accountTitle = wrapLabel(QStringLiteral("accountTitle"));
    QFont bold = m_accountTitle->font();
    bold.setBold(true);
    m_accountTitle->setFont(bold);
    layout->addWidget(m_accountTitle);

    // Pages in a plain box, only the current one visible: a QStackedWidget would be as tall as the tallest
    // page (word-wrapped labels report their height for width whether shown or not).
    m_accountPages = new QWidget;
    m_accountPages->setObjectName(QStringLiteral("accountPages"));
    auto *pagesLayout = new QVBoxLayout(m_accountPages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    auto addPage = [this, pagesLayout](QWidget *page) {
        pagesLayout->addWidget(page);
        m_accountPageList.append(page);
    };
    // Info page (nothing to check / no account).
    m_accountInfo = wrapLabel(QStringLiteral("accountInfo"));
    addPage(m_accountInfo);

    // JWT.
    auto *jwtPage = new QWidget;
    auto *jwtLayout = new QVBoxLayout(jwtPage);
    jwtLayout->setContentsMargins(0, 0, 0, 0);
    jwtLayout->addWidget(wrapLabel(
        {}, tr("Checks whether the token's audience and tenant fit this account and which data-plane role "
               "assignments apply to its principal. Reads the account's role assignments through Azure "
               "Resource Manager.")));
    m_checkJwt = new QPushButton(tr("&Check against the account"));
    m_checkJwt->setObjectName(QStringLiteral("checkJwt"));
    connect(m_checkJwt, &QPushButton::clicked, this, &TokenInspectorPanel::checkAgainstAccount);
    jwtLayout->addWidget(m_checkJwt, 0, Qt::AlignLeft);
    addPage(jwtPage);

    // Master-key signature.
    auto *masterPage = new QWidget;
    auto *masterLayout = new QVBoxLayout(masterPage);
    masterLayout->setContentsMargins(0, 0, 0, 0);
    masterLayout->addWidget(wrapLabel(
        {}, tr("A master-key signature is an HMAC-SHA256, with an account key, over the verb, resource type, "
               "resource link and date of one request. State that request and a key to check it.")));
    auto *form = new QFormLayout;
    m_verb = new QComboBox;
    m_verb->setObjectName(QStringLiteral("masterVerb"));
    m_verb->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                      QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")});
    m_verb->setAccessibleName(tr("Verb"));
    m_requestPath = new QLineEdit;
    m_requestPath->setObjectName(QStringLiteral("masterRequestPath"));
    m_requestPath->setPlaceholderText(tr("optional: a request path such as /dbs/shop/colls/orders/docs"));
    m_requestPath->setAccessibleName(tr("Request path"));
    m_resourceType = new QComboBox;
    m_resourceType->setObjectName(QStringLiteral("masterResourceType"));
    m_resourceType->setEditable(true);
    m_resourceType->addItems({QString(), QStringLiteral("dbs"), QStringLiteral("colls"),
                              QStringLiteral("docs"), QStringLiteral("users"), QStringLiteral("permissions"),
                              QStringLiteral("sprocs"), QStringLiteral("udfs"), QStringLiteral("triggers"),
                              QStringLiteral("offers"), QStringLiteral("pkranges"),
                              QStringLiteral("conflicts")});
    m_resourceType->lineEdit()->setPlaceholderText(tr("empty for the account itself"));
    m_resourceType->setAccessibleName(tr("Resource type"));
    m_resourceLink = new QLineEdit;
    m_resourceLink->setObjectName(QStringLiteral("masterResourceLink"));
    m_resourceLink->setPlaceholderText(tr("e.g. dbs/shop/colls/orders (empty for the account or a list of "
                                          "databases)"));
    m_resourceLink->setAccessibleName(tr("Resource link"));
    auto *dateRow = new QHBoxLayout;
    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("masterDate"));
    m_date->setAccessibleName(tr("x-ms-date"));
    m_date->setPlaceholderText(QStringLiteral("Thu, 27 Apr 2017 00:51:12 GMT"));
    m_dateNow = new QPushButton(tr("&Now"));
    m_dateNow->setObjectName(QStringLiteral("masterDateNow"));
    m_dateNow->setToolTip(tr("Fill in the current time"));
    connect(m_dateNow, &QPushButton::clicked, this,
            [this] { m_date->setText(MasterKeySigner::httpDate(Clock::now())); });
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_dateNow);
    m_stringToSign = new QPlainTextEdit;
    m_stringToSign->setObjectName(QStringLiteral("masterStringToSign"));
    m_stringToSign->setReadOnly(true);
    m_stringToSign->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stringToSign->setAccessibleName(tr("String to sign"));
    m_stringToSign->setTabChangesFocus(true);
    m_stringToSign->setFixedHeight(QFontMetrics(m_stringToSign->font()).lineSpacing() * 6 + 10);
    form->addRow(tr("&Verb:"), m_verb);
    form->addRow(tr("Request &path:"), m_requestPath);
    form->addRow(tr("Resource &type:"), m_resourceType);
    form->addRow(tr("Resource l&ink:"), m_resourceLink);
    form->addRow(tr("x-ms-&date:"), dateRow);
    form->addRow(tr("String to sign:"), m_stringToSign);
    masterLayout->addLayout(form);
    connect(m_requestPath, &QLineEdit::textEdited, this, [this](const QString &path) {
        if (path.trimmed().isEmpty())
            return;
        const CosmosResource r = MasterKeySigner::resourceFromPath(path.trimmed());
        m_resourceType->setEditText(r.resourceType);
        m_resourceLink->setText(r.resourceLink);
    });
    connect(m_verb, &QComboBox::currentTextChanged, this, [this] { updateStringToSign(); });
    connect(m_resourceType, &QComboBox::editTextChanged, this, [this] { updateStringToSign(); });
    connect(m_resourceLink, &QLineEdit::textChanged, this, [this] { updateStringToSign(); });
    connect(m_date, &QLineEdit::textChanged, this, [this] { updateStringToSign(); });

    auto *keyBox = new QGroupBox(tr("Key"));
    auto *keyLayout = new QGridLayout(keyBox);
    m_keySource = new QButtonGroup(keyBox);
    m_keyPasted = new QRadioButton(tr("Pa&ste a key:"));
    m_keyPasted->setObjectName(QStringLiteral("keySourcePasted"));
    m_keyPasted->setChecked(true);
    m_pastedKey = new QLineEdit;
    m_pastedKey->setObjectName(QStringLiteral("masterPastedKey"));
    m_pastedKey->setEchoMode(QLineEdit::Password);
    m_pastedKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pastedKey->setAccessibleName(tr("Account key (hidden)"));
    m_pastedKey->setPlaceholderText(tr("base64 account key; checked here, never sent"));
    m_pastedKey->setContextMenuPolicy(Qt::NoContextMenu);
    m_keyRemembered = new QRadioButton(tr("A key remembered in the &keychain:"));
    m_keyRemembered->setObjectName(QStringLiteral("keySourceRemembered"));
    m_rememberedKind = new QComboBox;
    m_rememberedKind->setObjectName(QStringLiteral("masterRememberedKind"));
    m_rememberedKind->setAccessibleName(tr("Remembered key"));
    for (KeyKind k :
         {KeyKind::Primary, KeyKind::Secondary, KeyKind::PrimaryReadonly, KeyKind::SecondaryReadonly})
        m_rememberedKind->addItem(KeysPanel::keyLabel(k), int(k));
    m_keyAccount =
        new QRadioButton(tr("Use the account's &keys (fetched with listKeys, compared, then wiped)"));
    m_keyAccount->setObjectName(QStringLiteral("keySourceAccount"));
    m_keySource->addButton(m_keyPasted);
    m_keySource->addButton(m_keyRemembered);
    m_keySource->addButton(m_keyAccount);
    keyLayout->addWidget(m_keyPasted, 0, 0);
    keyLayout->addWidget(m_pastedKey, 0, 1);
    keyLayout->addWidget(m_keyRemembered, 1, 0);
    keyLayout->addWidget(m_rememberedKind, 1, 1);
    keyLayout->addWidget(m_keyAccount, 2, 0, 1, 2);
    keyLayout->setColumnStretch(1, 1);
    connect(m_keySource, &QButtonGroup::buttonToggled, this, [this] { updateActions(); });
    connect(m_pastedKey, &QLineEdit::textChanged, this, [this] { updateActions(); });
    masterLayout->addWidget(keyBox);
    m_checkMaster = new QPushButton(tr("Check the si&gnature"));
    m_checkMaster->setObjectName(QStringLiteral("checkMaster"));
    connect(m_checkMaster, &QPushButton::clicked, this, &TokenInspectorPanel::checkMasterSignature);
    masterLayout->addWidget(m_checkMaster, 0, Qt::AlignLeft);
    addPage(masterPage);

    // Resource token.
    auto *resourcePage = new QWidget;
    auto *resourceLayout = new QVBoxLayout(resourcePage);
    resourceLayout->setContentsMargins(0, 0, 0, 0);
    resourceLayout->addWidget(wrapLabel(
        {}, tr("Looks for the permission this resource token was minted from, whether it still exists "
               "unchanged, and how long the token has left. Reads the account's users and permissions with "
               "its primary key (fetched with listKeys).")));
    m_findPermission = new QPushButton(tr("&Find the permission"));
    m_findPermission->setObjectName(QStringLiteral("findPermission"));
    connect(m_findPermission, &QPushButton::clicked, this, &TokenInspectorPanel::checkAgainstAccount);
    resourceLayout->addWidget(m_findPermission, 0, Qt::AlignLeft);
    addPage(resourcePage);

    // Connection string.
    auto *connectionPage = new QWidget;
    auto *connectionLayout = new QVBoxLayout(connectionPage);
    connectionLayout->setContentsMargins(0, 0, 0, 0);
    connectionLayout->addWidget(wrapLabel(
        {}, tr("Finds out which of the account's keys the connection string embeds (compared with the keys "
               "from listKeys, which are wiped afterwards) and offers the read-only connection string.")));
    auto *connectionRow = new QHBoxLayout;
    m_identifyKey = new QPushButton(tr("&Identify the key"));
    m_identifyKey->setObjectName(QStringLiteral("identifyKey"));
    connect(m_identifyKey, &QPushButton::clicked, this, &TokenInspectorPanel::checkAgainstAccount);
    m_copyReadOnly = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")),
                                     tr("Copy the &read-only connection string"));
    m_copyReadOnly->setObjectName(QStringLiteral("copyReadOnly"));
    connect(m_copyReadOnly, &QPushButton::clicked, this, &TokenInspectorPanel::copyReadOnlyConnectionString);
    connectionRow->addWidget(m_identifyKey);
    connectionRow->addWidget(m_copyReadOnly);
    connectionRow->addStretch(1);
    connectionLayout->addLayout(connectionRow);
    addPage(connectionPage);
    layout->addWidget(m_accountPages);

    m_checkBar = new QWidget;
    auto *barLayout = new QHBoxLayout(m_checkBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    m_checkLabel = wrapLabel(QStringLiteral("checkLabel"));
    m_checkProgress = new QProgressBar;
    m_checkProgress->setRange(0, 0);
    m_checkProgress->setMaximumWidth(160);
    m_checkProgress->setAccessibleName(tr("Checking against the account"));
    m_checkCancel = new QPushButton(tr("Cancel"));
    m_checkCancel->setObjectName(QStringLiteral("checkCancel"));
    connect(m_checkCancel, &QPushButton::clicked, this, &TokenInspectorPanel::cancelCheck);
    barLayout->addWidget(m_checkLabel, 1);
    barLayout->addWidget(m_checkProgress);
    barLayout->addWidget(m_checkCancel);
    m_checkBar->hide();
    layout->addWidget(m_checkBar);

    m_accountResult = wrapLabel(QStringLiteral("accountResult"));
    m_accountResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont rf = m_accountResult->font();
    rf.setBold(true);
    m_accountResult->setFont(rf);
    layout->addWidget(m_accountResult);
    m_checkList = new QListView;
    m_checkList->setObjectName(QStringLiteral("accountChecks"));
    m_checkList->setModel(m_checks);
    m_checkList->setWordWrap(true);
    m_checkList->setAccessibleName(tr("Checks against the account"));
    m_checkList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkList->setMinimumHeight(80);
    layout->addWidget(m_checkList, 1);
    m_assignmentsLabel =
        wrapLabel({}, tr("Data-plane role assignments that apply to this token's principal:"));
    layout->addWidget(m_assignmentsLabel);
    m_assignmentTable = new QTreeView;
    m_assignmentTable->setObjectName(QStringLiteral("accountAssignments"));
    m_assignmentTable->setModel(m_assignments);
    m_assignmentTable->setRootIsDecorated(false);
    m_assignmentTable->setAlternatingRowColors(true);
    m_assignmentTable->setAccessibleName(tr("Matching role assignments"));
    m_assignmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignmentTable->setMinimumHeight(80);
    layout->addWidget(m_assignmentTable, 1);
    scroll->setWidget(page);
    return scroll;
}

// ---------------------------------------------------------------------------------------------------------------
// Input

void TokenInspectorPanel::setInput(const QString &text)
{
    widget();
    m_analyzing = true;
    m_input->setPlainText(text);
    m_analyzing = false;
    m_debounce->stop();
    analyze();
}

void TokenInspectorPanel::inspectToken(const SecureBytes &token)
{
    QString text = token.toString();
    setInput(text);
    SecureBytes::wipe(text);
}

void TokenInspectorPanel::clearInput()
{
    widget();
    m_debounce->stop();
    m_analyzing = true;
    m_input->clear();
    // Drop the undo history too, so the text cannot come back.
    m_input->document()->clearUndoRedoStacks();
    m_analyzing = false;
    if (m_pastedKey)
        m_pastedKey->clear();
    m_banner->hideMessage();
    analyze();
}

void TokenInspectorPanel::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        widget();
        m_banner->showMessage(tr("The clipboard holds no text."), MessageWidget::Type::Information);
        return;
    }
    setInput(text);
}

void TokenInspectorPanel::openFile()
{
    widget();
    const QString path =
        QFileDialog::getOpenFileName(m_widget, tr("Open a token or connection string"), QString(),
                                     tr("Text files (*.txt *.jwt *.json *.token *.env);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool TokenInspectorPanel::loadFile(const QString &path)
{
    widget();
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("%1 could not be opened: %2").arg(name, file.errorString()),
                              MessageWidget::Type::Error);
        return false;
    }
    if (file.size() > maxFileBytes()) {
        m_banner->showMessage(tr("%1 is too large to be a credential (%2 KiB; the limit is %3 KiB).")
                                  .arg(name)
                                  .arg(file.size() / 1024)
                                  .arg(maxFileBytes() / 1024),
                              MessageWidget::Type::Error);
        return false;
    }
    QByteArray bytes = file.read(maxFileBytes() + 1);
    if (bytes.contains('\0')) {
        SecureBytes::wipe(bytes);
        m_banner->showMessage(tr("%1 is not a text file.").arg(name), MessageWidget::Type::Error);
        return false;
    }
    QString text = QString::fromUtf8(bytes);
    SecureBytes::wipe(bytes);
    setInput(text);
    SecureBytes::wipe(text);
    m_banner->showMessage(tr("Loaded %1.").arg(name), MessageWidget::Type::Information);
    return true;
}

bool TokenInspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_input && watched == m_input->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasUrls() && !e->mimeData()->urls().isEmpty() &&
                e->mimeData()->urls().first().isLocalFile()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            const QMimeData *mime = e->mimeData();
            if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
                e->acceptProposedAction();
                loadFile(mime->urls().first().toLocalFile());
                return true;
            }
            if (mime->hasText()) {
                // A dropped text replaces the input (one credential at a time).
                e->acceptProposedAction();
                setInput(mime->text());
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void TokenInspectorPanel::setClockSkewSeconds(int seconds)
{
    m_skew = qBound(0, seconds, 3600);
    if (m_settings)
        m_settings->setValue(clockSkewKey(), int(m_skew));
    if (m_skewSpin && m_skewSpin->value() != m_skew) {
        const QSignalBlocker block(m_skewSpin);
        m_skewSpin->setValue(int(m_skew));
    }
    if (m_timeline)
        m_timeline->setClockSkewSeconds(m_skew);
    if (m_widget)
        analyze();
}

void TokenInspectorPanel::setMaxLifetimeHours(int hours)
{
    m_maxLifetimeHours = qBound(1, hours, 24 * 365);
    if (m_settings)
        m_settings->setValue(maxLifetimeKey(), m_maxLifetimeHours);
    if (m_lifetimeSpin && m_lifetimeSpin->value() != m_maxLifetimeHours) {
        const QSignalBlocker block(m_lifetimeSpin);
        m_lifetimeSpin->setValue(m_maxLifetimeHours);
    }
    if (m_widget)
        analyze();
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis

void TokenInspectorPanel::analyze()
{
    widget();
    if (m_analyzing)
        return;
    m_analyzing = true;
    m_debounce->stop();
    QString text = m_input->toPlainText();
    QByteArray utf8 = text.toUtf8();
    SecureBytes::wipe(text);
    InspectOptions options;
    options.now = Clock::now();
    options.clockSkewSeconds = m_skew;
    options.maxTokenLifetimeSeconds = maxLifetimeSeconds();
    // A different input invalidates the results of the follow-up checks; the same one (re-analysed because
    // time or settings moved) keeps them. Only a digest of the input is kept for that.
    const QByteArray digest = QCryptographicHash::hash(utf8.trimmed(), QCryptographicHash::Sha256);
    const bool sameInput = digest == m_inputDigest;
    m_inputDigest = digest;
    m_report = utf8.trimmed().isEmpty() ? InspectionReport() : TokenInspector::inspect(utf8, options);
    SecureBytes::wipe(utf8);
    if (!sameInput || m_report.kind == CredentialKind::Unknown)
        resetResults();
    m_analyzing = false;
    showReport();
    emit analyzed(m_report.kind);
}

void TokenInspectorPanel::resetResults()
{
    ++m_generation;
    if (m_verifyJob)
        m_verifyJob->abort();
    m_verifyJob = nullptr;
    m_verifyPending = false;
    if (m_checkJob)
        m_checkJob->abort();
    m_checkJob = nullptr;
    m_checkRunning = false;
    m_verification.reset();
    m_readOnlyConnectionString = SecureBytes();
    m_checks->clear();
    m_assignments->clear();
    if (!m_widget)
        return;
    m_verifyBar->hide();
    m_verifyIcon->clear();
    m_verifyResult->clear();
    m_verifyDetails->clear();
    m_checkBar->hide();
    m_accountResult->clear();
}

void TokenInspectorPanel::showReport()
{
    if (!m_widget)
        return;
    m_analyzing = true;
    const bool empty = m_input->toPlainText().trimmed().isEmpty();
    if (empty) {
        m_kind->setText(tr("Nothing to inspect yet"));
        m_summary->setText(tr("Paste a credential above, drop a file on it, or open one."));
    } else {
        m_kind->setText(credentialKindName(m_report.kind));
        m_summary->setText(m_report.kind == CredentialKind::Unknown ? m_report.error : m_report.summary);
    }
    if (!empty && !m_report.error.isEmpty() && m_report.kind != CredentialKind::Unknown)
        m_banner->showMessage(m_report.error, MessageWidget::Type::Error);
    else if (m_banner->type() == MessageWidget::Type::Error)
        m_banner->hideMessage();

    m_fields->setFields(m_report.fields);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(InspectionFieldModel::NameColumn);
    if (m_tree->columnWidth(InspectionFieldModel::NameColumn) > 280)
        m_tree->setColumnWidth(InspectionFieldModel::NameColumn, 280);
    m_warnings->setWarnings(m_report.warnings);
    m_warningBox->setTitle(m_report.warnings.isEmpty() ? tr("Warnings")
                                                       : tr("Warnings (%1)").arg(m_report.warnings.size()));
    m_noWarnings->setText(empty ? tr("Warnings about the credential appear here.")
                                : tr("No warnings for this credential."));
    m_noWarnings->setVisible(m_report.warnings.isEmpty());
    m_warningList->setVisible(!m_report.warnings.isEmpty());
    m_timeline->setClockSkewSeconds(m_skew);
    m_timeline->setTimes(m_report.times);
    m_analyzing = false;
    updateBadge();
    updateSignatureTab();
    updateAccountTab();
    updateActions();
}

QString TokenInspectorPanel::badgeText() const
{
    if (!m_input || m_input->toPlainText().trimmed().isEmpty())
        return {};
    const InspectionReport::Verdict verdict = m_report.verdict();
    if (verdict == InspectionReport::Verdict::Unreadable)
        return tr("Not recognised");
    if (m_report.validity != TokenValidity::Unknown &&
        (verdict == InspectionReport::Verdict::Valid || m_report.validity == TokenValidity::Expired ||
         m_report.validity == TokenValidity::NotYetValid))
        return tokenValidityName(m_report.validity);
    return verdict == InspectionReport::Verdict::Valid ? tr("Well-formed") : tr("Invalid");
}

void TokenInspectorPanel::updateBadge()
{
    const QString text = badgeText();
    m_badge->setText(text);
    m_badge->setVisible(!text.isEmpty());
    QColor bg;
    const InspectionReport::Verdict verdict = m_report.verdict();
    if (verdict == InspectionReport::Verdict::Unreadable)
        bg = QColor(0x60, 0x6b, 0x78);
    else if (verdict == InspectionReport::Verdict::Invalid || m_report.validity == TokenValidity::Expired)
        bg = QColor(0xb7, 0x1c, 0x1c);
    else if (m_report.validity == TokenValidity::ExpiresSoon ||
             m_report.validity == TokenValidity::NotYetValid)
        bg = QColor(0x8a, 0x4b, 0x00);
    else
        bg = QColor(0x1b, 0x5e, 0x20);
    m_badge->setStyleSheet(badgeStyle(bg, Qt::white));
    m_badge->setAccessibleName(tr("State: %1").arg(text));
}

void TokenInspectorPanel::updateSignatureTab()
{
    const bool jwt = m_report.jwt.has_value();
    QStringList hosts;
    TrustedAuthorities trusted;
    if (m_session)
        trusted.addAuthorityHost(m_session->environment().authorityHost);
    for (const QUrl &h : trusted.authorityHosts())
        hosts << h.host() + (h.port() > 0 ? QStringLiteral(":%1").arg(h.port()) : QString());
    if (jwt)
        m_signatureIntro->setText(
            tr("Nothing is sent anywhere until you press Verify signature. Then the console fetches the "
               "issuer's OpenID configuration and signing keys (JWKS), only from known sign-in hosts (%1), "
               "and checks the RS256 signature here. Keys are cached for a day.")
                .arg(hosts.join(QStringLiteral(", "))));
    else if (m_report.kind == CredentialKind::CosmosMaster)
        m_signatureIntro->setText(tr("A master-key signature is checked with the key that made it: use the "
                                     "Account tab."));
    else if (isResourceKind(m_report.kind))
        m_signatureIntro->setText(tr("Resource tokens are sealed by the service; only the account can check "
                                     "them. Use the Account tab to find the permission behind this one."));
    else
        m_signatureIntro->setText(tr("Signature verification applies to Microsoft Entra ID tokens (JWTs)."));
    updateActions();
}

CosmosAccount TokenInspectorPanel::currentAccount() const
{
    return m_selection ? m_selection->current() : CosmosAccount();
}

void TokenInspectorPanel::updateAccountTab()
{
    if (!m_widget)
        return;
    const CosmosAccount account = currentAccount();
    const CredentialKind kind = m_report.kind;
    if (account.isValid() && m_session)
        m_accountTitle->setText(tr("Checks against %1").arg(account.name));
    else
        m_accountTitle->setText(tr("Checks against an account"));

    int page = InfoPage;
    if (kind == CredentialKind::Unknown)
        m_accountInfo->setText(tr("Inspect a credential first."));
    else if (!m_session)
        m_accountInfo->setText(tr("Connect, and select an account in Accounts, to check this credential "
                                  "against it. Nothing is sent until you ask."));
    else if (!account.isValid())
        m_accountInfo->setText(tr("Select an account in Accounts to check this credential against it."));
    else if (isJwtKind(kind) && m_report.jwtSummary)
        page = JwtPage;
    else if (kind == CredentialKind::CosmosMaster && m_report.cosmosAuth)
        page = MasterPage;
    else if (isResourceKind(kind) && m_report.resourceToken)
        page = ResourcePage;
    else if (kind == CredentialKind::ConnectionString && m_report.connectionString)
        page = ConnectionPage;
    else
        m_accountInfo->setText(tr("There is nothing to check against the account for this credential."));
    // The master form works without an account too (pasted key).
    if (page == InfoPage && kind == CredentialKind::CosmosMaster && m_report.cosmosAuth) {
        page = MasterPage;
    }
    showAccountPage(page);
    const bool jwtPage = page == JwtPage;
    m_assignmentsLabel->setVisible(jwtPage && m_assignments->rowCount() > 0);
    m_assignmentTable->setVisible(jwtPage && m_assignments->rowCount() > 0);
    m_checkList->setVisible(m_checks->rowCount() > 0);
    if (page == MasterPage && m_date->text().isEmpty())
        m_date->setText(MasterKeySigner::httpDate(Clock::now()));
    updateStringToSign();
    updateActions();
}

void TokenInspectorPanel::showAccountPage(int page)
{
    m_accountPage = page;
    for (int i = 0; i < m_accountPageList.size(); ++i)
        m_accountPageList.at(i)->setVisible(i == page);
}

QString TokenInspectorPanel::stringToSign() const
{
    if (!m_verb)
        return {};
    return QString::fromUtf8(MasterKeySigner::stringToSign(
        m_verb->currentText().toLatin1(), m_resourceType->currentText().trimmed(),
        m_resourceLink->text().trimmed(), m_date->text().trimmed()));
}

void TokenInspectorPanel::updateStringToSign()
{
    if (!m_stringToSign)
        return;
    // Show the line ends: the signed text is five lines, the last one empty.
    QStringList lines = stringToSign().split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        lines.removeLast();
    QString shown;
    for (const QString &l : std::as_const(lines))
        shown += l + QStringLiteral("⏎\n");
    m_stringToSign->setPlainText(shown);
}

void TokenInspectorPanel::updateActions()
{
    if (!m_widget)
        return;
    const bool hasText = !m_input->toPlainText().isEmpty();
    m_clear->setEnabled(hasText || (m_pastedKey && !m_pastedKey->text().isEmpty()));
    m_signIn->setVisible(!m_session.isNull());
    m_signIn->setEnabled(!m_session.isNull());
    const bool verifying = isVerifying();
    m_verify->setEnabled(m_report.jwt.has_value() && !verifying);
    const bool connected = m_session && currentAccount().isValid();
    const bool busy = m_checkRunning;
    m_checkJwt->setEnabled(connected && !busy);
    m_findPermission->setEnabled(connected && !busy);
    m_identifyKey->setEnabled(connected && !busy);
    m_copyReadOnly->setEnabled(!m_readOnlyConnectionString.isEmpty());
    m_copyReadOnly->setVisible(!m_readOnlyConnectionString.isEmpty());
    m_keyAccount->setEnabled(connected);
    m_keyRemembered->setEnabled(connected && m_secrets);
    m_rememberedKind->setEnabled(m_keyRemembered->isChecked() && m_keyRemembered->isEnabled());
    m_pastedKey->setEnabled(m_keyPasted->isChecked());
    if (!m_keyAccount->isEnabled() && (m_keyAccount->isChecked() || m_keyRemembered->isChecked()))
        m_keyPasted->setChecked(true);
    const bool keyReady = m_keyPasted->isChecked() ? !m_pastedKey->text().trimmed().isEmpty() : connected;
    m_checkMaster->setEnabled(m_report.cosmosAuth.has_value() && keyReady && !busy);
}

// ---------------------------------------------------------------------------------------------------------------
// Signature verification

JwtSignatureService *TokenInspectorPanel::signatureService()
{
    if (!m_signatures) {
        TrustedAuthorities trusted;
        ApiClient *client = nullptr;
        if (m_session) {
            trusted.addAuthorityHost(m_session->environment().authorityHost);
            client = m_session->client();
        } else if (m_nam) {
            if (!m_ownClient)
                m_ownClient = std::make_unique<ApiClient>(m_nam);
            client = m_ownClient.get();
        }
        if (!client)
            return nullptr;
        m_signatures = std::make_unique<JwtSignatureService>(client, std::move(trusted));
    }
    return m_signatures.get();
}

void TokenInspectorPanel::verifySignature()
{
    widget();
    if (!m_report.jwt || isVerifying())
        return;
    JwtSignatureService *service = signatureService();
    if (!service) {
        m_verifyResult->setText(tr("Signature verification needs a network connection, which this window was "
                                   "not given."));
        return;
    }
    m_verification.reset();
    m_verifyIcon->clear();
    m_verifyResult->clear();
    m_verifyDetails->clear();
    m_verifyBar->show();
    m_verifyCancel->setEnabled(true);
    m_verifyPending = true;
    const quint64 generation = m_generation;
    AbstractJob *job = service->verify(*m_report.jwt, this, [this, generation](const JwtVerification &v) {
        if (generation != m_generation)
            return;
        m_verifyJob = nullptr;
        m_verifyPending = false;
        m_verifyBar->hide();
        m_verification = v;
        const QString icon = v.ok() ? QStringLiteral(":/icons/success.svg")
                                    : (v.outcome == JwtVerification::Outcome::DiscoveryFailed
                                           ? QStringLiteral(":/icons/warning.svg")
                                           : QStringLiteral(":/icons/error.svg"));
        m_verifyIcon->setPixmap(QIcon(icon).pixmap(QSize(20, 20), m_verifyIcon->devicePixelRatioF()));
        m_verifyIcon->setAccessibleName(v.ok() ? tr("Verified") : tr("Not verified"));
        m_verifyResult->setText(v.ok() ? tr("Verified: %1").arg(v.message)
                                       : tr("Not verified: %1").arg(v.message));
        QStringList details;
        if (!v.kid.isEmpty())
            details << tr("Key id: %1").arg(v.kid);
        if (!v.jwksUri.isEmpty())
            details << tr("Keys from: %1%2")
                           .arg(v.jwksUri.toString(), v.keysFromCache ? tr(" (cached)") : QString());
        m_verifyDetails->setText(details.join(QLatin1Char('\n')));
        updateActions();
        emit signatureVerified(v.ok());
    });
    m_verifyJob = job;
    updateActions();
}

void TokenInspectorPanel::cancelVerification()
{
    if (m_verifyJob) {
        m_verifyCancel->setEnabled(false);
        m_verifyJob->abort();
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Account checks

TokenAccountChecker *TokenInspectorPanel::checker()
{
    const CosmosAccount account = currentAccount();
    if (!m_session || !account.isValid())
        return nullptr;
    if (!m_checker || !ArmResourceId::sameId(m_checkerAccountId, account.id)) {
        m_checker = std::make_unique<TokenAccountChecker>(m_session, account);
        m_checkerAccountId = account.id;
    }
    return m_checker.get();
}

void TokenInspectorPanel::startCheck(AbstractJob *job, const QString &text)
{
    m_checkJob = job;
    m_checkRunning = true;
    m_checkLabel->setText(text);
    m_checkCancel->setEnabled(job != nullptr);
    m_checkBar->show();
    m_checks->clear();
    m_assignments->clear();
    m_accountResult->clear();
    updateAccountTab();
}

void TokenInspectorPanel::endCheck()
{
    m_checkJob = nullptr;
    m_checkRunning = false;
    m_checkBar->hide();
    updateAccountTab();
}

void TokenInspectorPanel::cancelCheck()
{
    if (!m_checkRunning)
        return;
    m_checkCancel->setEnabled(false);
    m_checkLabel->setText(tr("Stopping…"));
    if (m_checkJob)
        m_checkJob->abort();
}

void TokenInspectorPanel::checkAgainstAccount()
{
    widget();
    TokenAccountChecker *c = checker();
    if (!c || m_checkRunning)
        return;
    m_readOnlyConnectionString = SecureBytes();
    const QString accountName = currentAccount().name;
    const quint64 generation = m_generation;
    auto failed = [this, generation](const QString &what, const ApiError &error) {
        if (generation != m_generation)
            return;
        endCheck();
        if (error.isCancelled())
            m_accountResult->setText(tr("Stopped."));
        else
            m_banner->showError(what, error);
        emit accountCheckFinished(false);
    };
    if (isJwtKind(m_report.kind) && m_report.jwtSummary) {
        AbstractJob *job = c->checkJwt(
            *m_report.jwtSummary, this,
            [this, generation, failed, accountName](const Result<JwtAccountReport> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok()) {
                    failed(tr("Checking the token against %1 failed").arg(accountName), r.error());
                    return;
                }
                m_checks->setChecks(r.value().checks);
                m_assignments->setAssignments(r.value().assignments);
                m_accountResult->setText(
                    r.value().assignments.isEmpty()
                        ? tr("No data-plane role assignment of %1 applies to this token's principal.")
                              .arg(accountName)
                        : tr("Data-plane role assignments of %1 that apply to this token's principal: %2.")
                              .arg(accountName)
                              .arg(r.value().assignments.size()));
                endCheck();
                for (int c : {MatchedAssignmentModel::RoleColumn, MatchedAssignmentModel::ScopeColumn,
                              MatchedAssignmentModel::MatchColumn})
                    m_assignmentTable->resizeColumnToContents(c);
                emit accountCheckFinished(true);
            });
        startCheck(job, tr("Reading the role assignments of %1…").arg(accountName));
    } else if (isResourceKind(m_report.kind) && m_report.resourceToken) {
        AbstractJob *job = c->findPermission(
            *m_report.resourceToken, this,
            [this, generation, failed, accountName](const Result<PermissionMatch> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok()) {
                    failed(tr("Looking for the permission in %1 failed").arg(accountName), r.error());
                    return;
                }
                const PermissionMatch &m = r.value();
                m_checks->setChecks(m.checks);
                if (m.found)
                    m_accountResult->setText(
                        tr("From permission \"%1\" of user \"%2\" in database \"%3\": %4 on %5%6")
                            .arg(m.permissionId, m.userId, m.database, m.mode, m.resource,
                                 m.partitionKey.isEmpty() ? QString()
                                                          : tr(" (partition key %1)").arg(m.partitionKey)));
                else
                    m_accountResult->setText(tr("No permission of %1 matches this token.").arg(accountName));
                endCheck();
                emit accountCheckFinished(true);
            });
        startCheck(job, tr("Looking for the permission in %1…").arg(accountName));
    } else if (m_report.kind == CredentialKind::ConnectionString && m_report.connectionString) {
        AbstractJob *job = c->identifyKey(
            m_report.connectionString->key, m_report.connectionString->flavor, this,
            [this, generation, failed, accountName](const Result<KeyIdentification> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok()) {
                    failed(tr("Comparing the key with the keys of %1 failed").arg(accountName), r.error());
                    return;
                }
                const KeyIdentification &k = r.value();
                m_checks->setChecks(k.checks);
                m_readOnlyConnectionString = k.readOnlyConnectionString;
                if (k.key)
                    m_accountResult->setText(tr("This connection string embeds the %1 of %2.")
                                                 .arg(KeysPanel::keyNoun(*k.key), accountName));
                else
                    m_accountResult->setText(
                        tr("The embedded key is not one of the keys of %1.").arg(accountName));
                endCheck();
                emit accountCheckFinished(true);
            });
        startCheck(job, tr("Comparing the key with the keys of %1…").arg(accountName));
    }
}

void TokenInspectorPanel::copyReadOnlyConnectionString()
{
    if (m_readOnlyConnectionString.isEmpty())
        return;
    m_clipboard->copy(m_readOnlyConnectionString, tr("Read-only connection string"));
    m_banner->showMessage(m_clipboard->statusText().isEmpty() ? tr("Read-only connection string copied.")
                                                              : m_clipboard->statusText(),
                          MessageWidget::Type::Positive);
}

void TokenInspectorPanel::showLocalMasterResult(bool matched, const QString &keyName)
{
    AccountCheck check;
    check.id = QStringLiteral("master-signature");
    check.status = matched ? AccountCheck::Status::Pass : AccountCheck::Status::Fail;
    check.title = matched ? tr("The %1 made this signature").arg(keyName)
                          : tr("The %1 did not make this signature").arg(keyName);
    check.detail =
        matched
            ? tr("Signed: %1 on \"%2\" \"%3\" at %4.")
                  .arg(m_verb->currentText(), m_resourceType->currentText(), m_resourceLink->text(),
                       m_date->text())
            : tr("Either another key signed it, or the verb, resource type, link or date differ from the "
                 "signed "
                 "request. All four must be exactly those of the request (the date as sent in x-ms-date).");
    m_checks->setChecks({check});
    m_accountResult->setText(check.title);
    updateAccountTab();
    emit masterSignatureChecked(matched);
}

void TokenInspectorPanel::runMasterCheckWithKey(const SecureBytes &key, const QString &keyName)
{
    if (!m_report.cosmosAuth)
        return;
    const Result<SecureBytes> decoded = MasterKeySigner::decodeKey(key);
    if (!decoded.ok()) {
        m_checks->clear();
        m_accountResult->setText(
            tr("The %1 is not a base64 account key: %2").arg(keyName, decoded.error().message));
        updateAccountTab();
        emit masterSignatureChecked(false);
        return;
    }
    const bool matched = MasterKeySigner::verifyWithDecodedKey(
        decoded.value(), m_verb->currentText().toLatin1(),
        CosmosResource{m_resourceType->currentText().trimmed(), m_resourceLink->text().trimmed()},
        m_date->text().trimmed(), m_report.cosmosAuth->parts.signature);
    showLocalMasterResult(matched, keyName);
}

void TokenInspectorPanel::checkMasterSignature()
{
    widget();
    if (!m_report.cosmosAuth || m_checkRunning)
        return;
    const QByteArray verb = m_verb->currentText().toLatin1();
    const CosmosResource resource{m_resourceType->currentText().trimmed(), m_resourceLink->text().trimmed()};
    const QString date = m_date->text().trimmed();
    if (m_keyPasted->isChecked()) {
        QString text = m_pastedKey->text().trimmed();
        const SecureBytes key = SecureBytes::fromUtf8Wiping(text);
        runMasterCheckWithKey(key, tr("pasted key"));
        return;
    }
    const quint64 generation = m_generation;
    const QString accountName = currentAccount().name;
    if (m_keyRemembered->isChecked()) {
        if (!m_secrets)
            return;
        const auto kind = KeyKind(m_rememberedKind->currentData().toInt());
        startCheck(nullptr, tr("Reading the remembered %1…").arg(KeysPanel::keyNoun(kind)));
        m_secrets->read(KeysPanel::secretKeyName(currentAccount().id, kind), this,
                        [this, generation, kind](Result<SecureBytes> r) {
                            if (generation != m_generation)
                                return;
                            endCheck();
                            if (!r.ok()) {
                                m_banner->showError(
                                    tr("Reading the remembered %1 failed").arg(KeysPanel::keyNoun(kind)),
                                    r.error());
                                emit masterSignatureChecked(false);
                                return;
                            }
                            if (r.value().isEmpty()) {
                                m_accountResult->setText(
                                    tr("No %1 is remembered for this account (Keys panel, Remember).")
                                        .arg(KeysPanel::keyNoun(kind)));
                                emit masterSignatureChecked(false);
                                return;
                            }
                            runMasterCheckWithKey(r.value(), KeysPanel::keyNoun(kind));
                        });
        return;
    }
    TokenAccountChecker *c = checker();
    if (!c)
        return;
    AbstractJob *job = c->matchMasterSignature(
        m_report.cosmosAuth->parts.signature, verb, resource, date, this,
        [this, generation, accountName](const Result<MasterSignatureMatch> &r) {
            if (generation != m_generation)
                return;
            endCheck();
            if (!r.ok()) {
                if (!r.error().isCancelled())
                    m_banner->showError(tr("Comparing with the keys of %1 failed").arg(accountName),
                                        r.error());
                else
                    m_accountResult->setText(tr("Stopped."));
                emit masterSignatureChecked(false);
                return;
            }
            const MasterSignatureMatch &m = r.value();
            m_checks->setChecks(m.checks);
            m_accountResult->setText(
                m.key ? tr("The %1 of %2 made this signature.").arg(KeysPanel::keyNoun(*m.key), accountName)
                      : tr("None of the keys of %1 made this signature for the stated "
                           "request.")
                            .arg(accountName));
            updateAccountTab();
            emit masterSignatureChecked(m.key.has_value());
        });
    startCheck(job, tr("Comparing with the keys of %1…").arg(accountName));
}

// ---------------------------------------------------------------------------------------------------------------
// Session

void TokenInspectorPanel::inspectSignInToken(bool arm)
{
    widget();
    if (!m_session || !m_session->credential())
        return;
    const CloudEnvironment env = m_session->environment();
    const QString scope = arm ? env.resourceManagerScope : env.cosmosScope;
    m_signIn->setEnabled(false);
    const quint64 generation = m_generation;
    m_session->credential()->getToken(scope, this, [this, generation, scope](Result<AccessToken> r) {
        Q_UNUSED(generation)
        updateActions();
        if (!r.ok()) {
            m_banner->showError(tr("Getting a token for %1 failed").arg(scope), r.error());
            emit signInTokenLoaded(false);
            return;
        }
        QString token = r.value().token.toString();
        setInput(token);
        SecureBytes::wipe(token);
        m_banner->showMessage(
            tr("Your sign-in token for %1 is shown below. Treat it like a password: anyone who "
               "holds it can act as you until it expires.")
                .arg(scope),
            MessageWidget::Type::Information);
        emit signInTokenLoaded(true);
    });
}

void TokenInspectorPanel::setSession(AzureSession *session)
{
    ++m_generation;
    resetResults();
    m_checker.reset();
    m_checkerAccountId.clear();
    m_signatures.reset();
    m_session = session;
    if (m_widget) {
        updateSignatureTab();
        updateAccountTab();
    }
}

} // namespace csc
