// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace csc {

/**
 * @brief Application appearance: the platform's own (System), or the Fusion style with a light or a hand-made
 * dark palette. Stored in QSettings under "ui/theme" as "system", "light" or "dark".
 */
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(csc::Theme)
public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    /// Applies `mode` to the running QApplication (style and palette).
    static void apply(Mode mode);
    static Mode current() { return s_current; }
    /// true when the application palette's window colour is dark (whatever the mode).
    static bool isDark();

    static QPalette lightPalette();
    static QPalette darkPalette();

    static QString toString(Mode mode);
    static Mode fromString(const QString &s); ///< unknown = System
    static QString displayName(Mode mode);    ///< translated

private:
    static Mode s_current;
    static QString s_systemStyle;
};

} // namespace csc
