// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "models/InspectionModels.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace csc;

namespace {

InspectionField field(const QString &section, const QString &name, const QString &label, const QString &value,
                      const QString &explanation, bool secret = false)
{
    InspectionField f;
    f.section = section;
    f.name = name;
    f.label = label;
    f.value = value;
    f.explanation = explanation;
    f.secret = secret;
    return f;
}

InspectionWarning warning(const QString &code, InspectionWarning::Severity severity, const QString &text,
                          const QString &advice)
{
    InspectionWarning w;
    w.code = code;
    w.severity = severity;
    w.text = text;
    w.advice = advice;
    return w;
}

const QString kMasked = QStringLiteral("•••• (88 characters)");
const QString kSecretText = QStringLiteral(
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==");

} // namespace

class TestInspectModels : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();

    void fieldTreeGroupsBySection();
    void fieldDataAndTooltips_data();
    void fieldDataAndTooltips();
    void fieldResetReplacesEverything();
    void noFieldRoleCarriesSecrets();
    void warningsSortedBySeverity();
    void warningRoles();
    void accountChecks();
    void matchedAssignments();

private:
    void attach(QAbstractItemModel *model);

    std::unique_ptr<QAbstractItemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // lives exactly as long as the model
};

void TestInspectModels::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestInspectModels::attach(QAbstractItemModel *model)
{
    m_tester.reset();
    m_model.reset(model);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInspectModels::fieldTreeGroupsBySection()
{
    auto *model = new InspectionFieldModel;
    attach(model);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), 3);
    model->setFields(
        {field(QStringLiteral("Header"), QStringLiteral("alg"), QStringLiteral("Algorithm"),
               QStringLiteral("RS256"), QStringLiteral("How the token is signed.")),
         field(QStringLiteral("Claims"), QStringLiteral("aud"), QStringLiteral("Audience"),
               QStringLiteral("https://cosmos.azure.com"), QStringLiteral("Who the token is for.")),
         field(QStringLiteral("Header"), QStringLiteral("kid"), QStringLiteral("Key id"),
               QStringLiteral("abc"), QStringLiteral("Which signing key.")),
         field(QStringLiteral("Claims"), QStringLiteral("xyz_custom"), QString(), QStringLiteral("42"),
               QString())});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->sectionCount(), 2);
    const QModelIndex header = model->index(0, 0);
    const QModelIndex claims = model->index(1, 0);
    QCOMPARE(header.data().toString(), QStringLiteral("Header"));
    QCOMPARE(claims.data().toString(), QStringLiteral("Claims"));
    QVERIFY(header.data(InspectionFieldModel::IsSectionRole).toBool());
    QCOMPARE(model->rowCount(header), 2);
    QCOMPARE(model->rowCount(claims), 2);
    QCOMPARE(model->index(1, 0, header).data(InspectionFieldModel::RawNameRole).toString(),
             QStringLiteral("kid"));
    QCOMPARE(model->index(0, 0, claims).parent(), claims);
    QCOMPARE(model->rowCount(model->index(0, 0, claims)), 0);
    // Section rows show their title only in the first column.
    QVERIFY(model->index(0, InspectionFieldModel::ValueColumn).data().isNull());

    QVERIFY(model->find(QStringLiteral("aud")));
    QCOMPARE(model->find(QStringLiteral("aud"))->value, QStringLiteral("https://cosmos.azure.com"));
    QVERIFY(!model->find(QStringLiteral("aud"), QStringLiteral("Header")));
    const QModelIndex kid = model->indexOf(QStringLiteral("kid"));
    QVERIFY(kid.isValid());
    QCOMPARE(kid.parent(), header);
    QVERIFY(!model->indexOf(QStringLiteral("nope")).isValid());
    QCOMPARE(model->headerData(InspectionFieldModel::MeaningColumn, Qt::Horizontal).toString(),
             QStringLiteral("Meaning"));
}

void TestInspectModels::fieldDataAndTooltips_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("tipContains");

    QTest::newRow("known claim") << QStringLiteral("aud") << QStringLiteral("Audience (aud)")
                                 << QStringLiteral("https://cosmos.azure.com")
                                 << QStringLiteral("Who the token is for.")
                                 << QStringLiteral("Who the token is for.");
    QTest::newRow("unknown claim") << QStringLiteral("xyz_custom") << QStringLiteral("xyz_custom")
                                   << QStringLiteral("<b>42</b>")
                                   << QStringLiteral("Not a standard field; shown as written.")
                                   << QStringLiteral("xyz_custom");
}

void TestInspectModels::fieldDataAndTooltips()
{
    QFETCH(QString, raw);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, meaning);
    QFETCH(QString, tipContains);

    auto *model = new InspectionFieldModel;
    attach(model);
    model->setFields(
        {field(QStringLiteral("Claims"), QStringLiteral("aud"), QStringLiteral("Audience"),
               QStringLiteral("https://cosmos.azure.com"), QStringLiteral("Who the token is for.")),
         field(QStringLiteral("Claims"), QStringLiteral("xyz_custom"), QString(), QStringLiteral("<b>42</b>"),
               QString())});
    const QModelIndex idx = model->indexOf(raw);
    QVERIFY(idx.isValid());
    QCOMPARE(idx.data().toString(), name);
    QCOMPARE(idx.siblingAtColumn(InspectionFieldModel::ValueColumn).data().toString(), value);
    QCOMPARE(idx.siblingAtColumn(InspectionFieldModel::MeaningColumn).data().toString(), meaning);
    const QString tip =
        idx.siblingAtColumn(InspectionFieldModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(tipContains), qPrintable(tip));
    // Values never reach a tooltip as markup.
    QVERIFY(!tip.contains(QStringLiteral("<b>42")));
}

void TestInspectModels::fieldResetReplacesEverything()
{
    auto *model = new InspectionFieldModel;
    attach(model);
    model->setFields({field(QStringLiteral("A"), QStringLiteral("x"), {}, QStringLiteral("1"), {})});
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    model->setFields({field(QStringLiteral("B"), QStringLiteral("y"), {}, QStringLiteral("2"), {}),
                      field(QStringLiteral("C"), QStringLiteral("z"), {}, QStringLiteral("3"), {})});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->find(QStringLiteral("x")));
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(reset.count(), 2);
}

void TestInspectModels::noFieldRoleCarriesSecrets()
{
    auto *model = new InspectionFieldModel;
    attach(model);
    // The inspector masks secrets before they reach a field; the model must not add anything else.
    model->setFields(
        {field(QStringLiteral("Connection string"), QStringLiteral("AccountKey"),
               QStringLiteral("Account key"), kMasked, QStringLiteral("The account key."), true)});
    const QModelIndex idx = model->indexOf(QStringLiteral("AccountKey"));
    QVERIFY(idx.data(InspectionFieldModel::SecretRole).toBool());
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role = 0; role <= InspectionFieldModel::IsSectionRole; ++role) {
            const QString text = idx.siblingAtColumn(column).data(role).toString();
            QVERIFY2(!text.contains(kSecretText.left(12)), qPrintable(QString::number(role)));
        }
    }
    QVERIFY(idx.siblingAtColumn(InspectionFieldModel::ValueColumn)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("masked")));
}

void TestInspectModels::warningsSortedBySeverity()
{
    auto *model = new InspectionWarningModel;
    attach(model);
    model->setWarnings({warning(QStringLiteral("long-lifetime"), InspectionWarning::Severity::Info,
                                QStringLiteral("Lives long"), QStringLiteral("Shorten it")),
                        warning(QStringLiteral("expired"), InspectionWarning::Severity::Warning,
                                QStringLiteral("Expired"), QStringLiteral("Get a new one")),
                        warning(QStringLiteral("alg-none"), InspectionWarning::Severity::Critical,
                                QStringLiteral("Unsigned"), QStringLiteral("Never accept it"))});
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0).data(InspectionWarningModel::CodeRole).toString(), QStringLiteral("alg-none"));
    QCOMPARE(model->index(1).data(InspectionWarningModel::CodeRole).toString(), QStringLiteral("expired"));
    QCOMPARE(model->index(2).data(InspectionWarningModel::CodeRole).toString(),
             QStringLiteral("long-lifetime"));
    QCOMPARE(model->rowOf(QStringLiteral("expired")), 1);
    QCOMPARE(model->rowOf(QStringLiteral("nope")), -1);
    model->clear();
    QCOMPARE(model->rowCount(), 0);
}

void TestInspectModels::warningRoles()
{
    auto *model = new InspectionWarningModel;
    attach(model);
    model->setWarnings({warning(QStringLiteral("expired"), InspectionWarning::Severity::Warning,
                                QStringLiteral("The token expired"), QStringLiteral("Sign in again"))});
    const QModelIndex idx = model->index(0);
    QCOMPARE(idx.data().toString(), QStringLiteral("The token expired"));
    QCOMPARE(idx.data(InspectionWarningModel::SeverityRole).toInt(),
             int(InspectionWarning::Severity::Warning));
    QCOMPARE(idx.data(InspectionWarningModel::AdviceRole).toString(), QStringLiteral("Sign in again"));
    QCOMPARE(idx.data(InspectionWarningModel::SeverityTextRole).toString(), QStringLiteral("Warning"));
    QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sign in again")));
    // Severity is in words for screen readers, not only an icon.
    QCOMPARE(idx.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Warning: The token expired"));
    // The icons live in the UI's resources; here only their kind and source are checked.
    QCOMPARE(idx.data(Qt::DecorationRole).metaType(), QMetaType::fromType<QIcon>());
    QCOMPARE(InspectionWarningModel::severityIconPath(InspectionWarning::Severity::Warning),
             QStringLiteral(":/icons/warning.svg"));
}

void TestInspectModels::accountChecks()
{
    auto *model = new AccountCheckModel;
    attach(model);
    AccountCheck pass;
    pass.id = QStringLiteral("audience");
    pass.status = AccountCheck::Status::Pass;
    pass.title = QStringLiteral("Audience fits this account");
    pass.detail = QStringLiteral("The data plane accepts it.");
    AccountCheck fail;
    fail.id = QStringLiteral("tenant");
    fail.status = AccountCheck::Status::Fail;
    fail.title = QStringLiteral("Other tenant");
    fail.detail = QStringLiteral("Sign in to the account's tenant.");
    model->setChecks({pass, fail});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(QStringLiteral("tenant")), 1);
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Passed — Audience fits this account"));
    QCOMPARE(model->index(1).data(AccountCheckModel::StatusRole).toInt(), int(AccountCheck::Status::Fail));
    QCOMPARE(model->index(1).data(AccountCheckModel::StatusTextRole).toString(), QStringLiteral("Failed"));
    QVERIFY(model->index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("account's tenant")));
    QCOMPARE(model->index(1).data(Qt::DecorationRole).metaType(), QMetaType::fromType<QIcon>());
    QCOMPARE(AccountCheckModel::statusIconPath(AccountCheck::Status::Fail),
             QStringLiteral(":/icons/error.svg"));
}

void TestInspectModels::matchedAssignments()
{
    auto *model = new MatchedAssignmentModel;
    attach(model);
    MatchedAssignment m;
    m.assignment.id = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DocumentDB/"
                                     "databaseAccounts/a/sqlRoleAssignments/1");
    m.assignment.roleDefinitionId =
        QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                       "Microsoft.DocumentDB/databaseAccounts/a/sqlRoleDefinitions/"
                       "00000000-0000-0000-0000-000000000001");
    m.assignment.principalId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    m.scopeText = QStringLiteral("the whole account");
    m.dataActions = {QStringLiteral("Microsoft.DocumentDB/databaseAccounts/readMetadata")};
    MatchedAssignment g = m;
    g.roleName = QStringLiteral("Cosmos DB Built-in Data Contributor");
    g.viaGroup = true;
    model->setAssignments({m, g});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 4);
    // Without a role name the definition's GUID stands in.
    QCOMPARE(model->index(0, MatchedAssignmentModel::RoleColumn).data().toString(),
             QStringLiteral("00000000-0000-0000-0000-000000000001"));
    QCOMPARE(model->index(1, MatchedAssignmentModel::RoleColumn).data().toString(),
             QStringLiteral("Cosmos DB Built-in Data Contributor"));
    QVERIFY(model->index(1, MatchedAssignmentModel::MatchColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Group")));
    QVERIFY(model->index(0, MatchedAssignmentModel::MatchColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Object id")));
    QCOMPARE(model->index(0, MatchedAssignmentModel::ScopeColumn).data().toString(),
             QStringLiteral("the whole account"));
    QVERIFY(!model->index(0, MatchedAssignmentModel::ActionsColumn).data().toString().isEmpty());
    QVERIFY(model->index(1, 0).data(MatchedAssignmentModel::ViaGroupRole).toBool());
}

QTEST_GUILESS_MAIN(TestInspectModels)
#include "tst_inspectmodels.moc"
