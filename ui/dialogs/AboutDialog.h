// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace csc {

/// Help → About: version, the Qt and OpenSSL versions in use, and the license.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// "Cosmos Security Console 0.1.0", Qt and OpenSSL versions: also used by the diagnostics text.
    static QString versionText();
};

} // namespace csc
