// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// cosmos-security-console: wires the libraries together. --version and --help are answered before a
// QApplication exists, so they work without a display.
#include "core/LogFile.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/Theme.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ProfileDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QString screenshot;
    int screenshotDelayMs = 1500;
    QString screenshotWindow; ///< "" = main window, "connections", "about"
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CosmosSecurityConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cosmossecurityconsole.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("cosmos-security-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSC_VERSION));
}

/// The application's and Qt's own translations for the UI language: from :/i18n first, then Qt's directory.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("cosmos-security-console"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

/// Parses the command line; handles --help/--version (prints and exits). Runs with a QCoreApplication or a
/// QApplication.
Options parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Cosmos Security Console: secure Azure Cosmos DB accounts by clicking, not scripting."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window and quit."),
        QStringLiteral("file.png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                             QCoreApplication::translate("main", "Wait this long before the picture."),
                             QStringLiteral("ms"), QStringLiteral("1500"));
    delay.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption window(QStringLiteral("screenshot-window"),
                              QCoreApplication::translate("main", "Which window to picture."),
                              QStringLiteral("main|connections|about"));
    window.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(delay);
    parser.addOption(window);
    parser.process(app); // exits for --help, --version and unknown options

    Options o;
    o.screenshot = parser.value(screenshot);
    o.screenshotDelayMs = qMax(0, parser.value(delay).toInt());
    o.screenshotWindow = parser.value(window);
    return o;
}

/// --screenshot: grab the window after the delay, save it and quit (docs, reviews).
void scheduleScreenshot(const Options &o, csc::MainWindow *window, csc::SessionController *controller)
{
    QTimer::singleShot(o.screenshotDelayMs, window, [o, window, controller] {
        std::unique_ptr<QDialog> dialog;
        if (o.screenshotWindow == QLatin1String("connections"))
            dialog = std::make_unique<csc::ProfileDialog>(controller, window);
        else if (o.screenshotWindow == QLatin1String("about"))
            dialog = std::make_unique<csc::AboutDialog>(window);
        QWidget *target = window;
        if (dialog) {
            dialog->show();
            QCoreApplication::processEvents();
            target = dialog.get();
        }
        const bool saved = target->grab().save(o.screenshot);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                     qPrintable(QDir::toNativeSeparators(o.screenshot)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationNames();
    {
        // --help / --version must work without a display: answer them before QApplication needs one.
        QCoreApplication pre(argc, argv);
        installTranslations(pre);
        parseCommandLine(pre);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Cosmos Security Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.cosmossecurityconsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cosmos-security-console.svg")));
    installTranslations(app);
    const Options options = parseCommandLine(app);

    csc::LogFile::install();
    QSettings settings;
    csc::Theme::apply(csc::Theme::fromString(settings.value(QStringLiteral("ui/theme")).toString()));

    auto *secrets = new csc::SessionSecretStore(new csc::KeychainStore, &app);
    csc::RequestLog requestLog;
    QNetworkAccessManager nam;
    csc::SessionController controller(&settings, secrets, &nam, &requestLog);

    csc::MainWindow window(&controller);
    QObject::connect(secrets, &csc::SessionSecretStore::availabilityDetermined, &window,
                     &csc::MainWindow::setSecretStorageStatus);
    secrets->start();
    window.show();

    if (!options.screenshot.isEmpty())
        scheduleScreenshot(options, &window, &controller);
    else
        QTimer::singleShot(0, &window, &csc::MainWindow::showConnectionsIfNone);

    const int rc = QApplication::exec();
    controller.disconnectSession();
    return rc;
}
