// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "core/SecureBytes.h"
#include "inspect/Jwks.h"
#include "inspect/TokenInspection.h"
#include "ui/panels/Panel.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;
class QTabWidget;
class QTimer;
class QTreeView;

namespace csc {

class AbstractJob;
class AccountCheckModel;
class AccountSelection;
class ApiClient;
class InspectionFieldModel;
class InspectionWarningModel;
class JwtSignatureService;
class MatchedAssignmentModel;
class MessageWidget;
class SecretClipboard;
class SecretStore;
class TokenAccountChecker;
class TokenTimeline;

/**
 * @brief The Token inspector: paste, drop or open an Entra ID token, a Cosmos DB authorization value, a
 * resource token, a permission document or a connection string and see what it is, what every field means,
 * where it stands in time (live), and what is wrong with it — all locally. Only on request does it verify a
 * JWT's signature (JwtSignatureService: keys only from known sign-in hosts), check the credential against the
 * selected account (TokenAccountChecker), or fetch the user's own sign-in token (the session's credential).
 *
 * The input is analysed as it is typed (debounced); Clear wipes it, the parsed credential and any pasted key.
 * Settings (QSettings): `inspector/clockSkewSeconds` (300) and `inspector/maxTokenLifetimeHours` (24),
 * applied live. Never logs the input.
 */
class TokenInspectorPanel : public QObject, public Panel
{
    Q_OBJECT
public:
    static constexpr int kDefaultClockSkewSeconds = 300;
    static constexpr int kDefaultMaxLifetimeHours = 24;
    static constexpr int kDebounceMs = 300;
    static QString clockSkewKey() { return QStringLiteral("inspector/clockSkewSeconds"); }
    static QString maxLifetimeKey() { return QStringLiteral("inspector/maxTokenLifetimeHours"); }

    /// `secrets` (remembered account keys) and `settings` may be null; `nam` is used for signature
    /// verification while there is no session (public clouds' keys), may be null too.
    TokenInspectorPanel(AccountSelection *selection, SecretStore *secrets, QSettings *settings,
                        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~TokenInspectorPanel() override;

    QString id() const override { return QStringLiteral("inspector"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void setSession(AzureSession *session) override;

    const InspectionReport &report() const { return m_report; }
    /// The page of the Account tab: 0 info, 1 JWT, 2 master-key form, 3 resource token, 4 connection string.
    int accountPage() const { return m_accountPage; }
    InspectionFieldModel *fieldModel() const { return m_fields; }
    InspectionWarningModel *warningModel() const { return m_warnings; }
    AccountCheckModel *checkModel() const { return m_checks; }
    MatchedAssignmentModel *assignmentModel() const { return m_assignments; }
    TokenTimeline *timeline() const { return m_timeline; }
    QPlainTextEdit *input() const { return m_input; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    JwtSignatureService *signatureService();
    const std::optional<JwtVerification> &lastVerification() const { return m_verification; }
    bool isVerifying() const { return !m_verifyJob.isNull() || m_verifyPending; }
    bool isChecking() const { return m_checkRunning; }
    /// The text of the badge beside the kind ("Valid", "Expired", "Not recognised", ...).
    QString badgeText() const;
    /// What the master-key form would sign now (no secret).
    QString stringToSign() const;
    qint64 clockSkewSeconds() const { return m_skew; }
    qint64 maxLifetimeSeconds() const { return qint64(m_maxLifetimeHours) * 3600; }
    /// Bytes accepted from a file (the inspector's own input limit).
    static qint64 maxFileBytes() { return TokenInspector::kMaxInput; }

public slots:
    /// Replaces the input and analyses it at once.
    void setInput(const QString &text);
    /// Inspects a token handed over by another view (e.g. a minted resource token); not kept elsewhere.
    void inspectToken(const csc::SecureBytes &token);
    /// Analyses the input now (the debounce timer calls it while typing).
    void analyze();
    /// Wipes the input, the analysis, any pasted key and every result.
    void clearInput();
    void pasteFromClipboard();
    /// Asks for a file and loads it.
    void openFile();
    /// Loads a text file into the input (refuses files over maxFileBytes()); false with a banner otherwise.
    bool loadFile(const QString &path);
    /// Verifies the JWT's signature (fetches the issuer's keys from a known host).
    void verifySignature();
    void cancelVerification();
    /// Runs the Cosmos-aware checks that fit the kind (JWT, resource token, connection string) against the
    /// selected account.
    void checkAgainstAccount();
    /// Checks a master-key signature with the form's request and key source.
    void checkMasterSignature();
    void cancelCheck();
    /// Asks the session's credential for a token (data plane, or ARM when `arm`) and inspects it.
    void inspectSignInToken(bool arm = false);
    /// Copies the read-only connection string found by the key identification (self-clearing clipboard).
    void copyReadOnlyConnectionString();
    void setClockSkewSeconds(int seconds);
    void setMaxLifetimeHours(int hours);

signals:
    /// An analysis finished (also for empty input: Unknown).
    void analyzed(csc::CredentialKind kind);
    /// A signature verification ended (lastVerification() has the details).
    void signatureVerified(bool ok);
    /// A check against the account ended; ok is false when it could not be run.
    void accountCheckFinished(bool ok);
    /// A master-key signature check ended: `matched` is true when a key produced the signature.
    void masterSignatureChecked(bool matched);
    /// "Inspect my sign-in token" ended.
    void signInTokenLoaded(bool ok);
    void openPanelRequested(const QString &panelId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildDetailsTab();
    QWidget *buildTimelineTab();
    QWidget *buildSignatureTab();
    QWidget *buildAccountTab();
    void loadSettings();
    void showReport();
    void updateBadge();
    void updateSignatureTab();
    void updateAccountTab();
    void updateStringToSign();
    void updateFieldDetail();
    void showAccountPage(int page);
    void updateActions();
    void resetResults();
    void startCheck(AbstractJob *job, const QString &text);
    void endCheck();
    TokenAccountChecker *checker();
    CosmosAccount currentAccount() const;
    void showLocalMasterResult(bool matched, const QString &keyName);
    void runMasterCheckWithKey(const SecureBytes &key, const QString &keyName);

    QPointer<AccountSelection> m_selection;
    QPointer<SecretStore> m_secrets;
    QSettings *m_settings;
    QNetworkAccessManager *m_nam;
    QPointer<AzureSession> m_session;
    std::unique_ptr<ApiClient> m_ownClient;
    std::unique_ptr<JwtSignatureService> m_signatures;
    std::unique_ptr<TokenAccountChecker> m_checker;
    QString m_checkerAccountId;
    SecretClipboard *m_clipboard;

    InspectionReport m_report;
    QByteArray m_inputDigest; ///< SHA-256 of the analysed input (never the input itself)
    std::optional<JwtVerification> m_verification;
    SecureBytes m_readOnlyConnectionString;
    qint64 m_skew = kDefaultClockSkewSeconds;
    int m_maxLifetimeHours = kDefaultMaxLifetimeHours;
    quint64 m_generation = 0; ///< bumped by every analysis/reset: older answers are dropped
    QPointer<AbstractJob> m_verifyJob;
    bool m_verifyPending = false;
    QPointer<AbstractJob> m_checkJob;
    bool m_checkRunning = false;
    bool m_analyzing = false;

    InspectionFieldModel *m_fields;
    InspectionWarningModel *m_warnings;
    AccountCheckModel *m_checks;
    MatchedAssignmentModel *m_assignments;
    QTimer *m_debounce;

    // Widgets (owned by m_widget).
    QPointer<QWidget> m_widget;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_signIn = nullptr;
    MessageWidget *m_banner = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_fieldDetail = nullptr;
    TokenTimeline *m_timeline = nullptr;
    QSpinBox *m_skewSpin = nullptr;
    QSpinBox *m_lifetimeSpin = nullptr;
    // Signature tab
    QLabel *m_signatureIntro = nullptr;
    QPushButton *m_verify = nullptr;
    QWidget *m_verifyBar = nullptr;
    QProgressBar *m_verifyProgress = nullptr;
    QPushButton *m_verifyCancel = nullptr;
    QLabel *m_verifyIcon = nullptr;
    QLabel *m_verifyResult = nullptr;
    QLabel *m_verifyDetails = nullptr;
    // Account tab
    QLabel *m_accountTitle = nullptr;
    QWidget *m_accountPages = nullptr; ///< one child per AccountPage; only the current one is visible
    QList<QWidget *> m_accountPageList;
    int m_accountPage = 0;
    QLabel *m_accountInfo = nullptr;
    QPushButton *m_checkJwt = nullptr;
    QPushButton *m_findPermission = nullptr;
    QPushButton *m_identifyKey = nullptr;
    QPushButton *m_copyReadOnly = nullptr;
    QComboBox *m_verb = nullptr;
    QComboBox *m_resourceType = nullptr;
    QLineEdit *m_resourceLink = nullptr;
    QLineEdit *m_requestPath = nullptr;
    QLineEdit *m_date = nullptr;
    QPushButton *m_dateNow = nullptr;
    QPlainTextEdit *m_stringToSign = nullptr;
    QRadioButton *m_keyPasted = nullptr;
    QRadioButton *m_keyRemembered = nullptr;
    QRadioButton *m_keyAccount = nullptr;
    QButtonGroup *m_keySource = nullptr;
    QLineEdit *m_pastedKey = nullptr;
    QComboBox *m_rememberedKind = nullptr;
    QPushButton *m_checkMaster = nullptr;
    QLabel *m_accountResult = nullptr;
    QListView *m_checkList = nullptr;
    QLabel *m_assignmentsLabel = nullptr;
    QTreeView *m_assignmentTable = nullptr;
    QWidget *m_checkBar = nullptr;
    QLabel *m_checkLabel = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QPushButton *m_checkCancel = nullptr;
    // Warnings
    QGroupBox *m_warningBox = nullptr;
    QListView *m_warningList = nullptr;
    QLabel *m_noWarnings = nullptr;
};

} // namespace csc
