// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CosmosAccount.h"
#include "net/KeysService.h"

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace csc {

class CommandPreview;
class SecretClipboard;

/**
 * @brief One regeneration step of the rotation: a checkpoint the administrator must confirm, then
 * Regenerate with progress and Cancel; complete once the key was regenerated. A commit page: Back is not
 * offered afterwards (a regeneration cannot be undone).
 */
class RegenerateKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    RegenerateKeyPage(KeysService *service, KeyKind kind, const QString &accountId,
                      QWidget *parent = nullptr);
    bool isComplete() const override;
    bool isRegenerated() const { return m_regenerated; }
    bool isRunning() const { return !m_job.isNull(); }
    KeyKind kind() const { return m_kind; }
    QPushButton *regenerateButton() const { return m_regenerate; }

public slots:
    void regenerate();
    void cancel();

signals:
    void regenerated(csc::KeyKind kind, const csc::CosmosAccount &account);
    void progressed(const QString &status, int percent);
    /// The regeneration ended (ok false on failure or cancel).
    void finished(bool ok);

private:
    void updateState();

    QPointer<KeysService> m_service;
    KeyKind m_kind;
    QCheckBox *m_checkpoint;
    QPushButton *m_regenerate;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    CommandPreview *m_command;
    QPointer<LroJob> m_job;
    bool m_regenerated = false;
    bool m_cancelRequested = false;
};

/**
 * @brief Guided rotation of the read-write keys without downtime: regenerate the secondary key → switch
 * applications to the secondary key → confirm they work → regenerate the primary key → switch back
 * (optional). Every step has a checkpoint the administrator must tick, every regeneration shows progress and
 * can be cancelled, and every step shows its Azure CLI command. New values are fetched only when copied.
 *
 * The KeysService is not owned; if it goes away, running steps end as cancelled.
 */
class KeyRotationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        IntroPage,
        RegenerateSecondaryPage,
        SwitchToSecondaryPage,
        RegeneratePrimaryPage,
        SwitchBackPage
    };

    KeyRotationWizard(KeysService *service, const CosmosAccount &account, SecretClipboard *clipboard,
                      QWidget *parent = nullptr);
    ~KeyRotationWizard() override;

    RegenerateKeyPage *regeneratePage(KeyKind kind) const;

signals:
    /// A key was regenerated; `account` is the account read afterwards (new keysMetadata).
    void keyRegenerated(csc::KeyKind kind, const csc::CosmosAccount &account);

protected:
    void reject() override;

private:
    QWizardPage *createIntroPage();
    QWizardPage *createSwitchPage(KeyKind to, bool optional);
    void copyFresh(KeyKind kind, bool connectionString, QLabel *status);

    QPointer<KeysService> m_service;
    CosmosAccount m_account;
    QPointer<SecretClipboard> m_clipboard;
    RegenerateKeyPage *m_secondaryPage = nullptr;
    RegenerateKeyPage *m_primaryPage = nullptr;
};

} // namespace csc
