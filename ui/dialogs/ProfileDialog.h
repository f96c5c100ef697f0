// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "net/AzureSession.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace csc {

class MessageWidget;
class SessionController;

/**
 * @brief Connections: create, edit, delete and test connection profiles. Validation
 * (ConnectionProfile::validate) shows inline under the form; the client secret goes to the SecretStore, never
 * to QSettings.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(SessionController *controller, QWidget *parent = nullptr);

    /// Shows `id` (or a new, empty profile when `id` is empty or unknown).
    void selectProfile(const QString &id);
    QString editedProfileId() const { return m_base.id; }
    bool isNewProfile() const { return m_isNew; }
    bool hasUnsavedChanges() const { return m_dirty; }

public slots:
    void newProfile();
    /// Starts a new connection to the local cloud (demo data, runs inside the console).
    void newLocalCloudProfile();
    /// Validates and saves; false when the form is invalid (the reason is shown inline).
    bool save();
    void deleteProfile();
    void testConnection();
    void reject() override;

signals:
    /// The user chose "Connect" for this saved profile (it is the current profile now).
    void connectRequested(const QString &profileId);

private:
    void buildUi();
    void loadProfile(const ConnectionProfile &profile, bool isNew);
    ConnectionProfile profileFromForm() const;
    /// Shows the first problem of the form inline (when the user has touched it, or `force`); true when
    /// valid.
    bool validateForm(bool force);
    void showValidation(const QString &text, QWidget *field);
    void onEdited();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool resolveUnsavedChanges();
    void updateCloudRows();
    void updateButtons();
    void browseCaFile();
    void onTestFinished(const QString &profileId, const Result<ConnectionTestReport> &result);
    void setTesting(bool testing);
    void connectAndClose();

    SessionController *m_controller;
    ConnectionProfile m_base; ///< the profile as loaded (keeps fields the form does not show)
    bool m_isNew = true;
    bool m_dirty = false;
    bool m_touched = false;
    bool m_loading = false;
    bool m_testing = false;
    QString m_testingId;

    QListView *m_list;
    QPushButton *m_newButton;
    QPushButton *m_newLocalButton;
    QComboBox *m_principalCombo;
    QLabel *m_localInfo;
    QLayout *m_secretRow = nullptr;
    QLayout *m_caRow = nullptr;
    QPushButton *m_deleteButton;
    MessageWidget *m_banner;
    QFormLayout *m_form;
    QLineEdit *m_nameEdit;
    QComboBox *m_cloudCombo;
    QLineEdit *m_authorityEdit;
    QLineEdit *m_armEdit;
    QLineEdit *m_tenantEdit;
    QLineEdit *m_clientIdEdit;
    QLineEdit *m_secretEdit;
    QToolButton *m_showSecretButton;
    QLineEdit *m_caFileEdit;
    QPushButton *m_caBrowseButton;
    QLabel *m_validationLabel;
    QPushButton *m_testButton;
    QProgressBar *m_testProgress;
    QLabel *m_testStep;
    QPushButton *m_saveButton;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connectButton;
};

} // namespace csc
