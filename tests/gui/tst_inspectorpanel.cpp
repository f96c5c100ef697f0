// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// The Token inspector against the local cloud (in-process emulator, real HTTPS): the session's own token is
// recognised and explained, moves to Expired with a ManualClock, verifies against the emulator's JWKS and
// fails with a bad-signature reason once tampered; a master-key signature is matched with a pasted key and
// with the account's keys; a resource token minted by the emulator is read and traced back to its permission;
// a connection string gets the read-write-key warning and its key identified. With CSC_SCREENSHOT_DIR set the
// panel is saved as inspector-valid.png, inspector-expired.png and inspector-resource.png.
#include "LocalCloudFixture.h"

#include "core/Clock.h"
#include "core/CosmosPermission.h"
#include "core/MasterKeySigner.h"
#include "models/AccountSelection.h"
#include "models/InspectionModels.h"
#include "net/CosmosItemsClient.h"
#include "net/CosmosPermissionsService.h"
#include "net/KeysService.h"
#include "net/MasterKeyAuthorizer.h"
#include "net/RequestLog.h"
#include "net/SqlRbacService.h"
#include "secrets/SecretStore.h"
#include "ui/SecretClipboard.h"
#include "ui/Theme.h"
#include "ui/panels/TokenInspectorPanel.h"
#include "ui/widgets/TokenTimeline.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace csc;

namespace {
const QString kAccount = QStringLiteral("contoso-legacy");
const QString kDatabase = QStringLiteral("inspectdb");
const QString kContainer = QStringLiteral("orders");

/// Saves a picture of `w` when CSC_SCREENSHOT_DIR is set.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    w->grab().save(dir + QStringLiteral("/inspector-") + name + QStringLiteral(".png"));
}

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestInspectorPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyAndUnknownInput();
    void fileLimits();
    void signInTokenIsExplained();
    void tokenExpiresWhenTimeMoves();
    void signatureVerifiesAgainstLocalCloud();
    void tamperedTokenFailsVerification();
    void masterSignatureWithPastedKey();
    void masterSignatureWithAccountKeys();
    void resourceTokenIsTracedToItsPermission();
    void connectionStringKeyIsIdentified();
    void jwtCheckedAgainstAccount();

private:
    void openPanel(bool connected = true);
    QString signInToken();
    QString primaryKey();
    template <typename T> T *child(const char *name) const
    {
        T *w = m_panel->widget()->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QTabWidget *tabs() const { return child<QTabWidget>("inspectorTabs"); }

    test::LocalCloudFixture m_cloud;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AccountSelection> m_selection;
    std::unique_ptr<AzureSession> m_session;
    std::unique_ptr<TokenInspectorPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_fieldTester;
    std::unique_ptr<QAbstractItemModelTester> m_warningTester;
    CosmosAccount m_account;
};

void TestInspectorPanel::initTestCase()
{
    const auto started = m_cloud.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestInspectorPanel::init()
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_secrets = std::make_unique<MemoryStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_selection = std::make_unique<AccountSelection>();
}

void TestInspectorPanel::cleanup()
{
    Clock::setInstance(nullptr);
    m_fieldTester.reset();
    m_warningTester.reset();
    if (m_panel)
        delete m_panel->widget();
    m_panel.reset();
    m_session.reset();
    m_selection.reset();
    m_log.reset();
    m_nam.reset();
    m_secrets.reset();
    m_settings.reset();
}

void TestInspectorPanel::openPanel(bool connected)
{
    if (connected) {
        m_session = m_cloud.session(m_nam.get(), m_log.get(), test::DemoOwner);
        QVERIFY(m_session);
        const Result<CosmosAccount> fetched =
            test::LocalCloudFixture::fetchAccount(m_session.get(), kAccount);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
        m_account = fetched.value();
    }
    m_panel = std::make_unique<TokenInspectorPanel>(m_selection.get(), m_secrets.get(), m_settings.get(),
                                                    m_nam.get());
    QCOMPARE(m_panel->id(), QStringLiteral("inspector"));
    QCOMPARE(m_panel->title(), QStringLiteral("Token inspector"));
    QVERIFY(!m_panel->icon().isNull());
    QWidget *w = m_panel->widget();
    w->resize(1100, 860);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    m_fieldTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->fieldModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_warningTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->warningModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (connected) {
        m_panel->setSession(m_session.get());
        m_selection->setCurrent(m_account);
    }
}

QString TestInspectorPanel::signInToken()
{
    QSignalSpy loaded(m_panel.get(), &TokenInspectorPanel::signInTokenLoaded);
    auto *signIn = child<QWidget>("inspectorSignIn");
    if (!signIn || !signIn->isVisible())
        return {};
    m_panel->inspectSignInToken(false);
    if (!loaded.wait(20000) || !loaded.first().first().toBool())
        return {};
    return m_panel->input()->toPlainText();
}

QString TestInspectorPanel::primaryKey()
{
    KeysService keys(m_session.get(), m_account.id);
    std::optional<Result<AccountKeys>> fetched;
    keys.listKeys(nullptr, [&fetched](const Result<AccountKeys> &r) { fetched = r; });
    if (!QTest::qWaitFor([&fetched] { return fetched.has_value(); }, 20000) || !fetched->ok())
        return {};
    return fetched->value().primaryMasterKey.toString();
}

void TestInspectorPanel::emptyAndUnknownInput()
{
    openPanel(false);
    QCOMPARE(m_panel->report().kind, CredentialKind::Unknown);
    QVERIFY(m_panel->badgeText().isEmpty());
    QVERIFY(!child<QPushButton>("verifySignature")->isEnabled());
    // Without a session there is no sign-in token to inspect.
    QVERIFY(!child<QWidget>("inspectorSignIn")->isVisible());

    // Typing is analysed after the debounce, without pressing anything.
    QSignalSpy analyzed(m_panel.get(), &TokenInspectorPanel::analyzed);
    m_panel->input()->setFocus();
    QTest::keyClicks(m_panel->input(), QStringLiteral("hello world"));
    QVERIFY(analyzed.wait(5000));
    QCOMPARE(m_panel->report().kind, CredentialKind::Unknown);
    QCOMPARE(m_panel->badgeText(), QStringLiteral("Not recognised"));
    QVERIFY(!child<QLabel>("inspectorSummary")->text().isEmpty());

    QTest::mouseClick(child<QPushButton>("inspectorClear"), Qt::LeftButton);
    QVERIFY(m_panel->input()->toPlainText().isEmpty());
    QVERIFY(!m_panel->input()->document()->isUndoAvailable());
    QCOMPARE(m_panel->fieldModel()->rowCount(), 0);
    QCOMPARE(m_panel->warningModel()->rowCount(), 0);
}

void TestInspectorPanel::fileLimits()
{
    openPanel(false);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(int(TokenInspectorPanel::maxFileBytes()) + 10, 'a'));
    }
    QVERIFY(!m_panel->loadFile(big));
    QVERIFY(m_panel->input()->toPlainText().isEmpty());
    QVERIFY(!m_panel->loadFile(dir.filePath(QStringLiteral("missing.txt"))));

    const QString good = dir.filePath(QStringLiteral("cs.txt"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("AccountEndpoint=https://files.documents.azure.com:443/;AccountKey=" +
                QByteArray(64, 'k').toBase64() + ";\n");
    }
    QVERIFY(m_panel->loadFile(good));
    QCOMPARE(m_panel->report().kind, CredentialKind::ConnectionString);
}

void TestInspectorPanel::signInTokenIsExplained()
{
    openPanel();
    const QString token = signInToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_panel->report().kind, CredentialKind::Jwt);
    QVERIFY(m_panel->report().jwtSummary.has_value());
    QCOMPARE(m_panel->report().validity, TokenValidity::Valid);
    QCOMPARE(m_panel->badgeText(), tokenValidityName(TokenValidity::Valid));
    QCOMPARE(child<QLabel>("inspectorKind")->text(), credentialKindName(CredentialKind::Jwt));
    QVERIFY(!child<QLabel>("inspectorSummary")->text().isEmpty());

    // Header and claims with their explanations; the token text itself is in no field.
    InspectionFieldModel *fields = m_panel->fieldModel();
    QVERIFY(fields->sectionCount() >= 2);
    for (const char *claim : {"aud", "iss", "tid", "oid", "exp", "iat"}) {
        const QModelIndex idx = fields->indexOf(QLatin1String(claim));
        QVERIFY2(idx.isValid(), claim);
        QVERIFY2(!idx.siblingAtColumn(InspectionFieldModel::MeaningColumn).data().toString().isEmpty(),
                 claim);
        QVERIFY(!idx.siblingAtColumn(InspectionFieldModel::ValueColumn).data().toString().contains(token));
    }
    QVERIFY(fields->indexOf(QStringLiteral("alg")).isValid());
    // The current row's whole value and meaning are spelled out below the tree.
    auto *tree = child<QTreeView>("inspectorDetails");
    tree->setCurrentIndex(fields->indexOf(QStringLiteral("aud")));
    const QString detail = child<QLabel>("inspectorFieldDetail")->text();
    QVERIFY2(detail.contains(QStringLiteral("(aud)")), qPrintable(detail));
    QVERIFY(detail.contains(fields->find(QStringLiteral("aud"))->explanation));

    // The timeline is live and says so in words.
    TokenTimeline *timeline = m_panel->timeline();
    QCOMPARE(timeline->validity(), TokenValidity::Valid);
    QVERIFY(timeline->isTicking());
    QVERIFY(timeline->stateText().startsWith(tokenValidityName(TokenValidity::Valid)));
    QVERIFY(timeline->accessibleName().contains(tokenValidityName(TokenValidity::Valid)));
    screenshot(m_panel->widget(), QStringLiteral("valid"));
    tabs()->setCurrentIndex(1);
    screenshot(m_panel->widget(), QStringLiteral("valid-timeline"));
}

void TestInspectorPanel::tokenExpiresWhenTimeMoves()
{
    openPanel();
    const QString token = signInToken();
    QVERIFY(!token.isEmpty());
    const QDateTime exp = m_panel->report().times.expiresAt;
    QVERIFY(exp.isValid());
    QVERIFY(!m_panel->report().hasWarning(QStringLiteral("expired")));

    ManualClock clock(exp.addSecs(-120));
    Clock::setInstance(&clock);
    m_panel->timeline()->refresh();
    QCOMPARE(m_panel->timeline()->validity(), TokenValidity::ExpiresSoon);
    QCOMPARE(m_panel->report().validity, TokenValidity::ExpiresSoon);

    // Past expiry plus the clock-skew allowance: expired, with the warning, and the badge follows.
    clock.set(exp.addSecs(m_panel->clockSkewSeconds() + 90));
    m_panel->timeline()->refresh();
    QCOMPARE(m_panel->timeline()->validity(), TokenValidity::Expired);
    QCOMPARE(m_panel->report().validity, TokenValidity::Expired);
    QVERIFY(m_panel->report().hasWarning(QStringLiteral("expired")));
    QVERIFY(m_panel->warningModel()->rowOf(QStringLiteral("expired")) >= 0);
    QCOMPARE(m_panel->badgeText(), tokenValidityName(TokenValidity::Expired));
    QVERIFY(m_panel->timeline()->stateText().startsWith(tokenValidityName(TokenValidity::Expired)));

    // A larger clock-skew allowance (a setting, applied live) makes it "expires soon" again.
    auto *skew = child<QSpinBox>("inspectorSkew");
    skew->setValue(m_panel->clockSkewSeconds() + 600);
    QCOMPARE(m_settings->value(TokenInspectorPanel::clockSkewKey()).toInt(), skew->value());
    QVERIFY(m_panel->report().validity != TokenValidity::Expired);
    skew->setValue(300);
    QCOMPARE(m_panel->report().validity, TokenValidity::Expired);
    tabs()->setCurrentIndex(1);
    screenshot(m_panel->widget(), QStringLiteral("expired"));
    if (!qEnvironmentVariableIsEmpty("CSC_SCREENSHOT_DIR")) {
        Theme::apply(Theme::Mode::Dark);
        m_panel->timeline()->refresh();
        screenshot(m_panel->widget(), QStringLiteral("expired-dark"));
        Theme::apply(Theme::Mode::System);
    }
}

void TestInspectorPanel::signatureVerifiesAgainstLocalCloud()
{
    openPanel();
    QVERIFY(!signInToken().isEmpty());
    auto *verify = child<QPushButton>("verifySignature");
    QVERIFY(verify->isEnabled());
    QVERIFY(child<QLabel>("signatureIntro")
                ->text()
                .contains(QStringLiteral("nothing is sent"), Qt::CaseInsensitive));
    tabs()->setCurrentIndex(2);
    QSignalSpy verified(m_panel.get(), &TokenInspectorPanel::signatureVerified);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(verified.wait(20000));
    QVERIFY(m_panel->lastVerification().has_value());
    QVERIFY2(verified.first().first().toBool(), qPrintable(m_panel->lastVerification()->message));
    QCOMPARE(m_panel->lastVerification()->outcome, JwtVerification::Outcome::Verified);
    QVERIFY(!child<QLabel>("verifyResult")->text().isEmpty());
    screenshot(m_panel->widget(), QStringLiteral("verified"));

    // Again: the keys come from the cache.
    verified.clear();
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(verified.wait(20000));
    QVERIFY(verified.first().first().toBool());
    QVERIFY(m_panel->lastVerification()->keysFromCache);
}

void TestInspectorPanel::tamperedTokenFailsVerification()
{
    openPanel();
    const QString token = signInToken();
    QVERIFY(!token.isEmpty());
    // Change one claim and keep the signature: the header and kid still point at a real key.
    const QList<QByteArray> parts = token.toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    QJsonObject claims = QJsonDocument::fromJson(unb64url(parts.at(1))).object();
    QVERIFY(!claims.isEmpty());
    claims.insert(QStringLiteral("oid"), QStringLiteral("0b1ec700-0000-4000-8000-0000000000ff"));
    const QByteArray tampered =
        parts.at(0) + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);
    m_panel->setInput(QString::fromLatin1(tampered));
    QCOMPARE(m_panel->report().kind, CredentialKind::Jwt);
    QSignalSpy verified(m_panel.get(), &TokenInspectorPanel::signatureVerified);
    m_panel->verifySignature();
    QVERIFY(verified.wait(20000));
    QVERIFY(!verified.first().first().toBool());
    QCOMPARE(m_panel->lastVerification()->outcome, JwtVerification::Outcome::BadSignature);
    const QString shown = child<QLabel>("verifyResult")->text();
    QVERIFY2(shown.contains(m_panel->lastVerification()->message), qPrintable(shown));
    QVERIFY(!m_panel->lastVerification()->message.isEmpty());
}

void TestInspectorPanel::masterSignatureWithPastedKey()
{
    openPanel(false);
    const QByteArray keyBytes =
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
                            "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const SecureBytes key(keyBytes.toBase64());
    const QString date = QStringLiteral("Thu, 27 Apr 2017 00:51:12 GMT");
    const Result<QByteArray> sig = MasterKeySigner::signature(key, "GET", QStringLiteral("colls"),
                                                              QStringLiteral("dbs/shop/colls/orders"), date);
    QVERIFY(sig.ok());
    m_panel->setInput(QString::fromLatin1(MasterKeySigner::authorizationHeader(sig.value())));
    QCOMPARE(m_panel->report().kind, CredentialKind::CosmosMaster);
    // The signature is a secret: never a field value in clear.
    for (int s = 0; s < m_panel->fieldModel()->rowCount(); ++s) {
        const QModelIndex section = m_panel->fieldModel()->index(s, 0);
        for (int r = 0; r < m_panel->fieldModel()->rowCount(section); ++r)
            QVERIFY(!m_panel->fieldModel()
                         ->index(r, InspectionFieldModel::ValueColumn, section)
                         .data()
                         .toString()
                         .contains(QString::fromLatin1(sig.value())));
    }
    tabs()->setCurrentIndex(3);
    child<QComboBox>("masterVerb")->setCurrentText(QStringLiteral("GET"));
    child<QLineEdit>("masterRequestPath")->setFocus();
    QTest::keyClicks(child<QLineEdit>("masterRequestPath"), QStringLiteral("/dbs/shop/colls/orders"));
    QCOMPARE(child<QComboBox>("masterResourceType")->currentText(), QStringLiteral("colls"));
    QCOMPARE(child<QLineEdit>("masterResourceLink")->text(), QStringLiteral("dbs/shop/colls/orders"));
    child<QLineEdit>("masterDate")->setText(date);
    QCOMPARE(m_panel->stringToSign(),
             QStringLiteral("get\ncolls\ndbs/shop/colls/orders\n%1\n\n").arg(date.toLower()));
    QVERIFY(child<QPlainTextEdit>("masterStringToSign")
                ->toPlainText()
                .contains(QStringLiteral("dbs/shop/colls/orders")));
    auto *check = child<QPushButton>("checkMaster");
    QVERIFY(!check->isEnabled()); // no key yet
    child<QLineEdit>("masterPastedKey")->setText(key.toString());
    QVERIFY(check->isEnabled());
    QSignalSpy checked(m_panel.get(), &TokenInspectorPanel::masterSignatureChecked);
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(checked.count(), 1);
    QVERIFY(checked.takeFirst().first().toBool());
    QCOMPARE(m_panel->checkModel()->index(0).data(AccountCheckModel::StatusRole).toInt(),
             int(AccountCheck::Status::Pass));

    // Another verb: no match, with the reason.
    child<QComboBox>("masterVerb")->setCurrentText(QStringLiteral("POST"));
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(checked.count(), 1);
    QVERIFY(!checked.takeFirst().first().toBool());
    QVERIFY(m_panel->checkModel()
                ->index(0)
                .data(AccountCheckModel::DetailRole)
                .toString()
                .contains(QStringLiteral("verb")));

    // Clear wipes the pasted key with the input.
    m_panel->clearInput();
    QVERIFY(child<QLineEdit>("masterPastedKey")->text().isEmpty());
}

void TestInspectorPanel::masterSignatureWithAccountKeys()
{
    openPanel();
    const QString primary = primaryKey();
    QVERIFY(!primary.isEmpty());
    const QString date = MasterKeySigner::httpDate(Clock::now());
    const Result<QByteArray> sig = MasterKeySigner::signature(SecureBytes::fromUtf8(primary), "GET",
                                                              QStringLiteral("dbs"), QString(), date);
    QVERIFY(sig.ok());
    m_panel->setInput(QString::fromLatin1(MasterKeySigner::authorizationHeader(sig.value())));
    QCOMPARE(m_panel->report().kind, CredentialKind::CosmosMaster);
    QVERIFY(m_panel->report().hasWarning(QStringLiteral("master-key")));
    tabs()->setCurrentIndex(3);
    child<QComboBox>("masterVerb")->setCurrentText(QStringLiteral("GET"));
    child<QComboBox>("masterResourceType")->setEditText(QStringLiteral("dbs"));
    child<QLineEdit>("masterResourceLink")->clear();
    child<QLineEdit>("masterDate")->setText(date);
    auto *account = child<QRadioButton>("keySourceAccount");
    QVERIFY(account->isEnabled());
    account->setChecked(true);
    QSignalSpy checked(m_panel.get(), &TokenInspectorPanel::masterSignatureChecked);
    QTest::mouseClick(child<QPushButton>("checkMaster"), Qt::LeftButton);
    QVERIFY(checked.wait(20000));
    QVERIFY2(checked.first().first().toBool(), qPrintable(child<QLabel>("accountResult")->text()));
    QVERIFY(child<QLabel>("accountResult")->text().contains(QStringLiteral("primary key")));
}

void TestInspectorPanel::resourceTokenIsTracedToItsPermission()
{
    openPanel();
    const QString primary = primaryKey();
    QVERIFY(!primary.isEmpty());
    auto master = std::make_shared<MasterKeyAuthorizer>(SecureBytes::fromUtf8(primary));
    CosmosItemsClient items(m_session->client(), QUrl(m_account.documentEndpoint));
    std::optional<Result<CosmosDatabase>> db;
    items.createDatabase(kDatabase, master, nullptr, [&db](const Result<CosmosDatabase> &r) { db = r; });
    QTRY_VERIFY_WITH_TIMEOUT(db.has_value(), 20000);
    QVERIFY(db->ok() || db->error().httpStatus == 409);
    std::optional<Result<CosmosContainer>> coll;
    items.createContainer(kDatabase, kContainer, QStringLiteral("/tenantId"), master, nullptr,
                          [&coll](const Result<CosmosContainer> &r) { coll = r; });
    QTRY_VERIFY_WITH_TIMEOUT(coll.has_value(), 20000);
    QVERIFY(coll->ok() || coll->error().httpStatus == 409);
    CosmosPermissionsService permissions(m_session->client(), QUrl(m_account.documentEndpoint), master);
    std::optional<Result<CosmosUser>> user;
    permissions.createUser(kDatabase, QStringLiteral("bob"), nullptr,
                           [&user](const Result<CosmosUser> &r) { user = r; });
    QTRY_VERIFY_WITH_TIMEOUT(user.has_value(), 20000);
    QVERIFY(user->ok() || user->error().httpStatus == 409);
    CosmosPermission p;
    p.id = QStringLiteral("bob-reads-orders");
    p.mode = CosmosPermission::Mode::Read;
    p.database = kDatabase;
    p.user = QStringLiteral("bob");
    p.resource = CosmosPermission::containerLink(kDatabase, kContainer);
    std::optional<Result<CosmosPermission>> minted;
    permissions.createPermission(p, 1800, nullptr,
                                 [&minted](const Result<CosmosPermission> &r) { minted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(minted.has_value(), 20000);
    QVERIFY2(minted->ok(), qPrintable(minted->ok() ? QString() : minted->error().detailedText()));
    QVERIFY(!minted->value().token.isEmpty());

    m_panel->inspectToken(minted->value().token); // what the Permissions panel's Inspect button sends
    QCOMPARE(m_panel->report().kind, CredentialKind::ResourceToken);
    QVERIFY(m_panel->report().resourceToken.has_value());
    QVERIFY(m_panel->report().resourceToken->readable);
    QCOMPARE(m_panel->report().resourceToken->resource, p.resource);
    QCOMPARE(m_panel->report().validity, TokenValidity::Valid);
    QVERIFY(m_panel->fieldModel()->rowCount() > 0);
    screenshot(m_panel->widget(), QStringLiteral("resource-details"));

    tabs()->setCurrentIndex(3);
    auto *find = child<QPushButton>("findPermission");
    QVERIFY(find->isVisible());
    QVERIFY(find->isEnabled());
    QSignalSpy finished(m_panel.get(), &TokenInspectorPanel::accountCheckFinished);
    QTest::mouseClick(find, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(child<QLabel>("accountResult")->text()));
    QVERIFY2(child<QLabel>("accountResult")->text().contains(p.id),
             qPrintable(child<QLabel>("accountResult")->text()));
    QVERIFY(m_panel->checkModel()->rowCount() > 0);
    screenshot(m_panel->widget(), QStringLiteral("resource"));
}

void TestInspectorPanel::connectionStringKeyIsIdentified()
{
    openPanel();
    const QString primary = primaryKey();
    QVERIFY(!primary.isEmpty());
    m_panel->setInput(
        QStringLiteral("AccountEndpoint=%1;AccountKey=%2;").arg(m_account.documentEndpoint, primary));
    QCOMPARE(m_panel->report().kind, CredentialKind::ConnectionString);
    QVERIFY(m_panel->report().hasWarning(QStringLiteral("read-write-key")));
    QVERIFY(m_panel->warningModel()->rowOf(QStringLiteral("read-write-key")) >= 0);
    // The key appears nowhere in the fields.
    const InspectionField *keyField = m_panel->fieldModel()->find(QStringLiteral("AccountKey"));
    QVERIFY(keyField);
    QVERIFY(keyField->secret);
    QVERIFY(!keyField->value.contains(primary.left(16)));

    tabs()->setCurrentIndex(3);
    auto *identify = child<QPushButton>("identifyKey");
    QVERIFY(identify->isEnabled());
    QVERIFY(!child<QPushButton>("copyReadOnly")->isEnabled());
    QSignalSpy finished(m_panel.get(), &TokenInspectorPanel::accountCheckFinished);
    QTest::mouseClick(identify, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(child<QLabel>("accountResult")->text()));
    QVERIFY(child<QLabel>("accountResult")->text().contains(QStringLiteral("primary key")));
    auto *copy = child<QPushButton>("copyReadOnly");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(m_panel->clipboard()->holdsOurValue());
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("AccountKey=")));
    QVERIFY(!copied.contains(primary));
    m_panel->clipboard()->clearNow();

    // Another credential drops the results (and the read-only connection string) of the last one.
    m_panel->setInput(QStringLiteral("AccountEndpoint=https://other.documents.azure.com:443/;AccountKey=%1;")
                          .arg(QString::fromLatin1(QByteArray(64, 'x').toBase64())));
    QCOMPARE(m_panel->checkModel()->rowCount(), 0);
    QVERIFY(!child<QPushButton>("copyReadOnly")->isEnabled());
    QVERIFY(child<QLabel>("accountResult")->text().isEmpty());
}

void TestInspectorPanel::jwtCheckedAgainstAccount()
{
    openPanel();
    QVERIFY(!signInToken().isEmpty());
    const QString oid = m_panel->report().jwtSummary->objectId;
    QVERIFY(!oid.isEmpty());
    // A data-plane role assignment for the token's principal (the demo owner), made through ARM.
    SqlRbacService rbac(m_session.get(), m_account.id);
    rbac.setDefaultPollIntervalMs(100);
    SqlRoleAssignment assignment;
    assignment.name = QStringLiteral("6f1e0c2a-4b7d-4c7e-9a55-1b2c3d4e5f60");
    assignment.roleDefinitionId = rbac.roleDefinitionId(SqlRoleDefinition::dataReaderId());
    assignment.scope = m_account.id;
    assignment.principalId = oid;
    std::optional<Result<SqlRoleAssignment>> put;
    rbac.putRoleAssignment(assignment, nullptr, [&put](const Result<SqlRoleAssignment> &r) { put = r; });
    QTRY_VERIFY_WITH_TIMEOUT(put.has_value(), 20000);
    QVERIFY2(put->ok(), qPrintable(put->ok() ? QString() : put->error().detailedText()));

    tabs()->setCurrentIndex(3);
    auto *check = child<QPushButton>("checkJwt");
    QVERIFY(check->isVisible());
    QSignalSpy finished(m_panel.get(), &TokenInspectorPanel::accountCheckFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    AccountCheckModel *checks = m_panel->checkModel();
    const int audience = checks->rowOf(QStringLiteral("audience"));
    const int tenant = checks->rowOf(QStringLiteral("tenant"));
    QVERIFY(audience >= 0);
    QVERIFY(tenant >= 0);
    QCOMPARE(checks->index(audience).data(AccountCheckModel::StatusRole).toInt(),
             int(AccountCheck::Status::Pass));
    QCOMPARE(checks->index(tenant).data(AccountCheckModel::StatusRole).toInt(),
             int(AccountCheck::Status::Pass));
    // The assignment is listed with its role in words.
    MatchedAssignmentModel *matched = m_panel->assignmentModel();
    QCOMPARE(matched->rowCount(), 1);
    QCOMPARE(matched->index(0, 0).data(MatchedAssignmentModel::PrincipalRole).toString(), oid);
    QVERIFY(!matched->index(0, MatchedAssignmentModel::RoleColumn).data().toString().isEmpty());
    QVERIFY(child<QTreeView>("accountAssignments")->isVisible());
    screenshot(m_panel->widget(), QStringLiteral("valid-account"));

    std::optional<Result<void>> removed;
    rbac.deleteRoleAssignment(assignment.name, nullptr, [&removed](const Result<void> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
}

QTEST_MAIN(TestInspectorPanel)
#include "tst_inspectorpanel.moc"
