// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
//
// cosmos-security-console: wires the libraries together. --version and --help are answered before a
// QApplication exists, so they work without a display.
#include "cli/InspectCommand.h"
#include "core/LogFile.h"
#include "net/RequestLog.h"
#include "secrets/SecretStore.h"
#include "ui/LocalCloudOpener.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/Theme.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/panels/AccountsPanel.h"
#include "ui/panels/PanelRegistry.h"
#include "ui/panels/StandardPanels.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QString screenshot;
    int screenshotDelayMs = 1500;
    QString screenshotWindow; ///< "" = main window, "connections", "about"
    bool localCloud = false;  ///< connect to the local cloud (creating its profile if needed)
    QString localCloudDir;    ///< data folder of the local cloud ("" = the default)
    QString selectAccount;    ///< ARM id or name of an account to select once loaded
    QString panel;            ///< panel to show
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
        "main", "Cosmos Security Console: secure Azure Cosmos DB accounts by clicking, not scripting.\n\n"
                "cosmos-security-console inspect [FILE|-] [--json]: analyse a token or credential on the "
                "command line (see inspect --help)."));
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
    QCommandLineOption localCloud(
        QStringLiteral("local-cloud"),
        QCoreApplication::translate("main", "Connect to the local cloud (demo data, no Azure subscription "
                                            "needed), creating its connection if there is none."));
    QCommandLineOption localCloudDir(
        QStringLiteral("local-cloud-dir"),
        QCoreApplication::translate("main", "Keep the local cloud's state in this folder."),
        QStringLiteral("folder"));
    QCommandLineOption panel(QStringLiteral("panel"),
                             QCoreApplication::translate("main", "Show this panel after connecting."),
                             QStringLiteral("accounts|keys"));
    QCommandLineOption account(QStringLiteral("account"),
                               QCoreApplication::translate("main", "Select this account once it is loaded."),
                               QStringLiteral("name"));
    parser.addOption(localCloud);
    parser.addOption(localCloudDir);
    parser.addOption(panel);
    parser.addOption(account);
    parser.addOption(screenshot);
    parser.addOption(delay);
    parser.addOption(window);
    parser.process(app); // exits for --help, --version and unknown options

    Options o;
    o.screenshot = parser.value(screenshot);
    o.screenshotDelayMs = qMax(0, parser.value(delay).toInt());
    o.screenshotWindow = parser.value(window);
    o.localCloud = parser.isSet(localCloud);
    o.localCloudDir = parser.value(localCloudDir);
    o.panel = parser.value(panel);
    o.selectAccount = parser.value(account);
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

/// First start: the local cloud is the embedded default, so a console without any connection gets one.
/// Returns true when the current connection should be opened right away (the local cloud: it needs no
/// secret and no network).
bool prepareStartupConnection(csc::SessionController &controller, const Options &options)
{
    const QList<csc::ConnectionProfile> profiles = controller.profiles();
    auto local = std::find_if(profiles.begin(), profiles.end(),
                              [](const csc::ConnectionProfile &p) { return p.localCloud; });
    if (profiles.isEmpty() || (options.localCloud && local == profiles.end())) {
        const csc::ConnectionProfile created = csc::LocalCloudOpener::newProfile();
        controller.saveProfile(created);
        controller.setCurrentProfileId(created.id);
        return true;
    }
    if (options.localCloud) {
        controller.setCurrentProfileId(local->id);
        return true;
    }
    const std::optional<csc::ConnectionProfile> current = controller.currentProfile();
    return current && current->localCloud;
}

} // namespace

/// `cosmos-security-console inspect ...`: the token inspector on the command line, without a display.
int runInspectCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QStringList words = QCoreApplication::arguments();
    words.remove(0, qMin<qsizetype>(2, words.size())); // program name and "inspect"
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return csc::cli::InspectUnreadable;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = csc::cli::runInspect(words, &in, out, err);
    out.flush();
    err.flush();
    return rc;
}

int main(int argc, char *argv[])
{
    setApplicationNames();
    if (argc > 1 && qstrcmp(argv[1], "inspect") == 0)
        return runInspectCommand(argc, argv);
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

    csc::emu::EmulatorOptions localCloudOptions;
    localCloudOptions.dataDir = options.localCloudDir;
    controller.addOpener(std::make_unique<csc::LocalCloudOpener>(&nam, &requestLog, localCloudOptions));
    csc::MainWindow window(&controller);
    csc::addStandardPanels(&window, &controller);
    const bool autoConnect = prepareStartupConnection(controller, options);
    QObject::connect(secrets, &csc::SessionSecretStore::availabilityDetermined, &window,
                     &csc::MainWindow::setSecretStorageStatus);
    secrets->start();
    window.show();

    if (!options.screenshot.isEmpty())
        scheduleScreenshot(options, &window, &controller);
    if (autoConnect)
        QTimer::singleShot(0, &controller, &csc::SessionController::connectCurrent);
    else if (options.screenshot.isEmpty())
        QTimer::singleShot(0, &window, &csc::MainWindow::showConnectionsIfNone);
    if (!options.panel.isEmpty() || !options.selectAccount.isEmpty())
        QObject::connect(&controller, &csc::SessionController::sessionChanged, &window,
                         [&window, options](csc::AzureSession *session) {
                             if (!session)
                                 return;
                             if (!options.panel.isEmpty())
                                 window.showPanel(options.panel);
                             if (!options.selectAccount.isEmpty())
                                 if (auto *accounts = dynamic_cast<csc::AccountsPanel *>(
                                         window.panels()->find(QStringLiteral("accounts"))))
                                     accounts->select(options.selectAccount);
                         });

    const int rc = QApplication::exec();
    controller.disconnectSession();
    return rc;
}
