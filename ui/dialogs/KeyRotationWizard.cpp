// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/KeyRotationWizard.h"

#include "core/Clock.h"
#include "ui/SecretClipboard.h"
#include "ui/panels/KeysPanel.h"
#include "ui/widgets/CommandPreview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace csc {

namespace {

QLabel *textLabel(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString ageText(const QDateTime &generated)
{
    if (!generated.isValid())
        return KeyRotationWizard::tr("age unknown");
    const qint64 days = qMax<qint64>(0, generated.daysTo(Clock::now()));
    return days == 0   ? KeyRotationWizard::tr("regenerated today")
           : days == 1 ? KeyRotationWizard::tr("regenerated yesterday")
                       : KeyRotationWizard::tr("regenerated %n days ago", nullptr, int(days));
}

/// A page that is complete once its checkpoint is ticked (or always, when the checkpoint is optional).
class CheckpointPage : public QWizardPage
{
public:
    void setCheckpoint(QCheckBox *checkpoint, bool required)
    {
        m_checkpoint = checkpoint;
        m_required = required;
        QObject::connect(checkpoint, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return !m_required || !m_checkpoint || m_checkpoint->isChecked(); }

private:
    QCheckBox *m_checkpoint = nullptr;
    bool m_required = true;
};

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// RegenerateKeyPage

RegenerateKeyPage::RegenerateKeyPage(KeysService *service, KeyKind kind, const QString &accountId,
                                     QWidget *parent)
    : QWizardPage(parent), m_service(service), m_kind(kind)
{
    const QString name = KeysService::keyKindName(kind);
    const QString label = KeysPanel::keyLabel(kind);
    setObjectName(QStringLiteral("regeneratePage_") + name);
    setTitle(tr("Regenerate the %1").arg(KeysPanel::keyNoun(kind)));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));

    auto *layout = new QVBoxLayout(this);
    if (kind == KeyKind::Secondary) {
        layout->addWidget(textLabel(tr(
            "Applications should be using the primary key now. Regenerating the secondary key makes its old "
            "value — and every \"Secondary …\" connection string built from it — fail at once with 401.")));
        m_checkpoint = new QCheckBox(
            tr("No application depends on the secondary key right now (they use the primary key)."));
    } else {
        layout->addWidget(textLabel(
            tr("Regenerating the primary key makes its old value — and every \"Primary …\" connection string "
               "built from it — fail at once with 401. Only continue when every application runs on the new "
               "secondary key.")));
        m_checkpoint = new QCheckBox(
            tr("Every application now works with the new secondary key (no 401 errors in their logs)."));
    }
    m_checkpoint->setObjectName(QStringLiteral("checkpoint_") + name);
    m_checkpoint->setAccessibleName(m_checkpoint->text());
    layout->addWidget(m_checkpoint);

    m_regenerate = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                   tr("&Regenerate the %1").arg(KeysPanel::keyNoun(kind)));
    m_regenerate->setObjectName(QStringLiteral("regenerateButton_") + name);
    m_regenerate->setAccessibleName(tr("Regenerate the %1").arg(KeysPanel::keyNoun(kind)));
    m_regenerate->setAutoDefault(false);
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("S&top waiting"));
    m_cancel->setObjectName(QStringLiteral("cancelButton_") + name);
    m_cancel->setAccessibleName(tr("Stop waiting for the regeneration"));
    m_cancel->setAutoDefault(false);
    m_cancel->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress_") + name);
    m_progress->setAccessibleName(tr("Progress of the regeneration"));
    m_progress->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_regenerate);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);

    m_status = textLabel(QString(), QStringLiteral("status_") + name);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);

    m_command = new CommandPreview;
    m_command->setCaption(tr("Azure CLI"));
    m_command->setCommand(KeysService::azRegenerateCommand(accountId, kind));
    layout->addWidget(m_command);
    layout->addStretch(1);

    connect(m_checkpoint, &QCheckBox::toggled, this, &RegenerateKeyPage::updateState);
    connect(m_regenerate, &QPushButton::clicked, this, &RegenerateKeyPage::regenerate);
    connect(m_cancel, &QPushButton::clicked, this, &RegenerateKeyPage::cancel);
    updateState();
}

bool RegenerateKeyPage::isComplete() const
{
    return m_regenerated && !m_job;
}

void RegenerateKeyPage::updateState()
{
    const bool running = !m_job.isNull();
    m_checkpoint->setEnabled(!running && !m_regenerated);
    m_regenerate->setEnabled(m_service && m_checkpoint->isChecked() && !running && !m_regenerated);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_cancelRequested);
    m_progress->setVisible(running);
    emit completeChanged(); // QWizard updates its buttons here
    // No way back while Azure works on it (the page would lose sight of the running operation).
    if (running && wizard())
        wizard()->button(QWizard::BackButton)->setEnabled(false);
}

void RegenerateKeyPage::regenerate()
{
    if (!m_service || m_job || m_regenerated || !m_checkpoint->isChecked())
        return;
    const QString label = KeysPanel::keyNoun(m_kind);
    m_cancelRequested = false;
    m_status->setText(tr("Regenerating the %1…").arg(label));
    m_progress->setRange(0, 0);
    const QPointer<RegenerateKeyPage> self(this);
    m_job = m_service->regenerateKey(m_kind, this, [this, label](const Result<CosmosAccount> &r) {
        const bool cancelled = m_cancelRequested || (!r.ok() && r.error().isCancelled());
        m_job = nullptr;
        if (r.ok()) {
            m_regenerated = true;
            const QDateTime generated = m_kind == KeyKind::Primary
                                            ? r.value().keysMetadata.primaryMasterKey
                                            : r.value().keysMetadata.secondaryMasterKey;
            m_status->setText(
                generated.isValid()
                    ? tr("The %1 was regenerated at %2.")
                          .arg(label, QLocale().toString(generated.toLocalTime(), QLocale::ShortFormat))
                    : tr("The %1 was regenerated.").arg(label));
            emit regenerated(m_kind, r.value());
        } else if (cancelled) {
            m_status->setText(
                tr("Stopped waiting. The regeneration may still complete in Azure: check the key "
                   "age in the Keys panel before you try again."));
        } else {
            m_status->setText(tr("Regenerating the %1 failed: %2 %3")
                                  .arg(label, r.error().summary(), r.error().remedy())
                                  .trimmed());
        }
        updateState();
        emit finished(r.ok());
    });
    if (!m_job)
        return; // answered at once (no session)
    connect(m_job, &LroJob::progressed, this, [this](const QString &status, int percent) {
        if (percent >= 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(percent);
        }
        if (!status.isEmpty())
            m_status->setText(tr("Regenerating… (Azure reports: %1)").arg(status));
        emit progressed(status, percent);
    });
    updateState();
}

void RegenerateKeyPage::cancel()
{
    if (!m_job)
        return;
    m_cancelRequested = true;
    m_status->setText(tr("Stopping…"));
    updateState();
    m_job->abort();
}

// ---------------------------------------------------------------------------------------------------------------
// KeyRotationWizard

KeyRotationWizard::KeyRotationWizard(KeysService *service, const CosmosAccount &account,
                                     SecretClipboard *clipboard, QWidget *parent)
    : QWizard(parent), m_service(service), m_account(account), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("keyRotationWizard"));
    setWindowTitle(tr("Rotate the keys of %1").arg(account.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setModal(true);

    m_secondaryPage = new RegenerateKeyPage(service, KeyKind::Secondary, account.id);
    m_primaryPage = new RegenerateKeyPage(service, KeyKind::Primary, account.id);
    setPage(IntroPage, createIntroPage());
    setPage(RegenerateSecondaryPage, m_secondaryPage);
    setPage(SwitchToSecondaryPage, createSwitchPage(KeyKind::Secondary, false));
    setPage(RegeneratePrimaryPage, m_primaryPage);
    setPage(SwitchBackPage, createSwitchPage(KeyKind::Primary, true));
    for (RegenerateKeyPage *page : {m_secondaryPage, m_primaryPage})
        connect(page, &RegenerateKeyPage::regenerated, this, &KeyRotationWizard::keyRegenerated);
    resize(820, 540);
}

KeyRotationWizard::~KeyRotationWizard() = default;

RegenerateKeyPage *KeyRotationWizard::regeneratePage(KeyKind kind) const
{
    return kind == KeyKind::Primary ? m_primaryPage : kind == KeyKind::Secondary ? m_secondaryPage : nullptr;
}

void KeyRotationWizard::reject()
{
    // First Cancel while a regeneration runs stops waiting for it; the page says what that means.
    for (RegenerateKeyPage *page : {m_secondaryPage, m_primaryPage}) {
        if (page->isRunning()) {
            page->cancel();
            return;
        }
    }
    QWizard::reject();
}

QWizardPage *KeyRotationWizard::createIntroPage()
{
    auto *page = new CheckpointPage;
    page->setObjectName(QStringLiteral("introPage"));
    page->setTitle(tr("Rotate the read-write keys without downtime"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(textLabel(tr(
        "An account has two read-write keys so that applications can move from one to the other while a key "
        "is replaced:\n"
        "1. Regenerate the secondary key (applications use the primary key).\n"
        "2. Switch every application to the new secondary key.\n"
        "3. Confirm they work, then regenerate the primary key.\n"
        "4. Optionally switch applications back to the new primary key.\n\n"
        "Each regeneration makes the old value fail at once; it cannot be undone.")));
    layout->addWidget(textLabel(tr("Primary key: %1. Secondary key: %2.")
                                    .arg(ageText(m_account.keysMetadata.primaryMasterKey),
                                         ageText(m_account.keysMetadata.secondaryMasterKey)),
                                QStringLiteral("introAges")));
    if (m_account.disableLocalAuth)
        layout->addWidget(
            textLabel(tr("Key-based authentication is disabled on this account, so no application "
                         "can use the keys now. Rotating still invalidates copies that may have "
                         "leaked.")));
    layout->addWidget(
        textLabel(tr("The read-only keys are not changed; regenerate them from the Keys panel.")));
    auto *confirm = new QCheckBox(tr("I know which applications use this account's keys and can change their "
                                     "configuration."));
    confirm->setObjectName(QStringLiteral("checkpoint_intro"));
    confirm->setAccessibleName(confirm->text());
    layout->addWidget(confirm);
    layout->addStretch(1);
    page->setCheckpoint(confirm, true);
    return page;
}

QWizardPage *KeyRotationWizard::createSwitchPage(KeyKind to, bool optional)
{
    const QString name = KeysService::keyKindName(to);
    const QString label = KeysPanel::keyNoun(to);
    auto *page = new CheckpointPage;
    page->setObjectName(QStringLiteral("switchPage_") + name);
    auto *layout = new QVBoxLayout(page);
    QCheckBox *confirm = nullptr;
    if (!optional) {
        page->setTitle(tr("Switch applications to the secondary key"));
        layout->addWidget(textLabel(tr(
            "Give every application the new secondary key (or a \"Secondary …\" connection string) — in its "
            "configuration, Key Vault secret or app settings — and restart it where needed. Watch for 401 "
            "errors: while a rotation propagates, the service may briefly refuse old and new values.")));
        confirm = new QCheckBox(tr("Every application now uses the new secondary key."));
    } else {
        page->setTitle(tr("Switch back to the primary key (optional)"));
        layout->addWidget(textLabel(tr(
            "Both keys are new now. You may move applications back to the new primary key, so that the next "
            "rotation again starts with the secondary key — or keep them on the secondary key and start the "
            "next rotation with the primary key.")));
        confirm = new QCheckBox(tr("Applications were moved back to the primary key."));
    }
    confirm->setObjectName(QStringLiteral("checkpoint_switch_") + name);
    confirm->setAccessibleName(confirm->text());

    auto *copyKey =
        new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy the new %1").arg(label));
    copyKey->setObjectName(QStringLiteral("copyKey_") + name);
    copyKey->setAccessibleName(tr("Fetch and copy the new %1").arg(label));
    copyKey->setAutoDefault(false);
    auto *copyString =
        new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")),
                        tr("Copy a %1 connection string").arg(KeysService::keyKindDisplayName(to)));
    copyString->setObjectName(QStringLiteral("copyConnectionString_") + name);
    copyString->setAccessibleName(tr("Fetch and copy a connection string with the new %1").arg(label));
    copyString->setAutoDefault(false);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(copyKey);
    copyRow->addWidget(copyString);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    QLabel *status = textLabel(QString(), QStringLiteral("copyStatus_") + name);
    layout->addWidget(status);
    layout->addWidget(confirm);

    auto *command = new CommandPreview;
    command->setCaption(tr("Azure CLI (prints the keys: run it only where that is safe)"));
    command->setCommand(KeysService::azListCommand(m_account.id, KeysService::ListType::ConnectionStrings));
    layout->addWidget(command);
    layout->addStretch(1);

    connect(copyKey, &QPushButton::clicked, this, [this, to, status] { copyFresh(to, false, status); });
    connect(copyString, &QPushButton::clicked, this, [this, to, status] { copyFresh(to, true, status); });
    page->setCheckpoint(confirm, !optional);
    return page;
}

void KeyRotationWizard::copyFresh(KeyKind kind, bool connectionString, QLabel *status)
{
    if (!m_service || !m_clipboard)
        return;
    const QString label = KeysPanel::keyLabel(kind);
    status->setText(tr("Fetching…"));
    const QPointer<QLabel> statusGuard(status);
    if (!connectionString) {
        m_service->listKeys(this, [this, kind, label, statusGuard](const Result<AccountKeys> &r) {
            if (!statusGuard)
                return;
            if (!r.ok()) {
                statusGuard->setText(tr("Fetching the key failed: %1").arg(r.error().summary()));
                return;
            }
            m_clipboard->copy(r.value().key(kind), label);
            statusGuard->setText(m_clipboard->statusText());
        });
        return;
    }
    m_service->listConnectionStrings(this, [this, kind, statusGuard](const Result<ConnectionStrings> &r) {
        if (!statusGuard)
            return;
        if (!r.ok()) {
            statusGuard->setText(tr("Fetching the connection strings failed: %1").arg(r.error().summary()));
            return;
        }
        const QString wanted = KeysService::keyKindDisplayName(kind);
        const ConnectionStringInfo *pick = nullptr;
        for (const ConnectionStringInfo &info : r.value()) {
            if (info.keyKind.compare(wanted, Qt::CaseInsensitive) != 0 &&
                !info.description.startsWith(wanted + QLatin1Char(' '), Qt::CaseInsensitive))
                continue;
            if (!pick || info.type.compare(QLatin1String("Sql"), Qt::CaseInsensitive) == 0)
                pick = &info;
            if (info.type.compare(QLatin1String("Sql"), Qt::CaseInsensitive) == 0)
                break;
        }
        if (!pick) {
            statusGuard->setText(tr("The account reports no %1 connection string.").arg(wanted));
            return;
        }
        m_clipboard->copy(pick->connectionString, pick->description);
        statusGuard->setText(m_clipboard->statusText());
    });
}

} // namespace csc
