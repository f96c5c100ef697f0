// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#include "cli/InspectCommand.h"

#include "core/Clock.h"
#include "inspect/TokenInspection.h"
#include "inspect/TrustedAuthorities.h"
#include "net/ApiClient.h"
#include "net/JwtSignatureService.h"
#include "net/RestJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace csc::cli {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(csc::cli::InspectCommand)
};

struct Input
{
    QByteArray bytes;
    QString error; ///< translated; empty when read
};

Input readAll(QIODevice *device, const QString &name)
{
    Input in;
    if (!device || !device->isReadable()) {
        in.error = CliTr::tr("Cannot read %1.").arg(name);
        return in;
    }
    // One byte more than allowed tells "too large" without reading everything.
    const qint64 limit = TokenInspector::kMaxInput + 1;
    // Files and pipes block in read() until data or the end; an empty chunk is the end.
    while (in.bytes.size() < limit) {
        const QByteArray chunk = device->read(limit - in.bytes.size());
        if (chunk.isEmpty())
            break;
        in.bytes += chunk;
    }
    if (in.bytes.size() > TokenInspector::kMaxInput) {
        in.bytes.fill('\0');
        in.bytes.clear();
        const QString limitText = QString::number(TokenInspector::kMaxInput / 1024);
        in.error = CliTr::tr("%1 is larger than %2 KiB: no credential is that large.").arg(name, limitText);
    }
    return in;
}

std::optional<qint64> seconds(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

/// Verifies the JWT's signature with a private event loop; the outcome.
JwtVerification verifySignature(const Jwt &jwt, const TrustedAuthorities &trusted, const QString &caFile,
                                QString *setupError)
{
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    if (!caFile.isEmpty()) {
        const Result<void> ca = client.setExtraTrustedCaFile(caFile);
        if (!ca) {
            *setupError = ca.error().summary();
            return {};
        }
    }
    JwtSignatureService service(&client, trusted);
    QEventLoop loop;
    std::optional<JwtVerification> result;
    service.verify(jwt, &loop, [&](const JwtVerification &v) {
        result = v;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result.value_or(JwtVerification{});
}

} // namespace

QString inspectUsage()
{
    return CliTr::tr(
        "Usage: cosmos-security-console inspect [options] [FILE|-]\n"
        "\n"
        "Tells what a credential is and whether it is valid: Entra ID tokens (JWT), Authorization: Bearer "
        "lines,\n"
        "Cosmos DB authorization values (type=master / resource / aad, raw or percent-encoded), resource "
        "tokens,\n"
        "permission documents with _token, and connection strings. Reads FILE, or standard input for - or "
        "no\n"
        "FILE. Nothing is sent anywhere unless --verify is given; no secret part is ever printed.\n"
        "\n"
        "Options:\n"
        "  --json                    print the analysis as JSON\n"
        "  --skew SECONDS            clock skew allowed on not-before and expiry (default 300)\n"
        "  --max-lifetime SECONDS    warn about tokens that live longer (default 86400)\n"
        "  --verify                  verify a JWT's signature with its issuer's published keys (fetched "
        "only\n"
        "                            from known authority hosts)\n"
        "  --authority-host URL      also trust this https authority host (a private cloud, the local "
        "cloud)\n"
        "  --ca-file FILE            trust this extra CA certificate (PEM) for --verify (the local cloud's)\n"
        "  -h, --help                show this help\n"
        "\n"
        "Exit status: 0 valid, 1 invalid (expired, not yet valid, malformed, refused signature or a "
        "critical\n"
        "finding), 2 unreadable (no input or nothing recognisable), 3 wrong options.\n");
}

int runInspect(const QStringList &arguments, QIODevice *stdinDevice, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption json(QStringLiteral("json"), {});
    const QCommandLineOption skew(QStringLiteral("skew"), {}, QStringLiteral("seconds"),
                                  QStringLiteral("300"));
    const QCommandLineOption maxLifetime(QStringLiteral("max-lifetime"), {}, QStringLiteral("seconds"),
                                         QStringLiteral("86400"));
    const QCommandLineOption verify(QStringLiteral("verify"), {});
    const QCommandLineOption authority(QStringLiteral("authority-host"), {}, QStringLiteral("url"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("file"));
    const QCommandLineOption now(QStringLiteral("now"), {}, QStringLiteral("iso-8601"));
    parser.addOptions({help, json, skew, maxLifetime, verify, authority, caFile, now});
    if (!parser.parse(QStringList{QStringLiteral("inspect")} + arguments)) {
        err << parser.errorText() << Qt::endl << Qt::endl << inspectUsage();
        return InspectUsage;
    }
    if (parser.isSet(help)) {
        out << inspectUsage();
        return InspectValid;
    }
    if (parser.positionalArguments().size() > 1) {
        err << CliTr::tr("Give one file (or - for standard input).") << Qt::endl;
        return InspectUsage;
    }

    InspectOptions options;
    options.now = Clock::now();
    if (parser.isSet(now)) {
        options.now = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.now.isValid()) {
            err << CliTr::tr("--now needs an ISO 8601 date and time, e.g. 2026-11-29T10:00:00Z.") << Qt::endl;
            return InspectUsage;
        }
        options.now = options.now.toUTC();
    }
    const auto skewValue = seconds(parser.value(skew), 0, 24 * 3600);
    const auto lifetimeValue = seconds(parser.value(maxLifetime), 60, 366LL * 24 * 3600);
    if (!skewValue || !lifetimeValue) {
        err << CliTr::tr("--skew takes 0 to 86400 seconds, --max-lifetime 60 seconds to a year.") << Qt::endl;
        return InspectUsage;
    }
    options.clockSkewSeconds = *skewValue;
    options.maxTokenLifetimeSeconds = *lifetimeValue;

    TrustedAuthorities trusted;
    for (const QString &host : parser.values(authority)) {
        const QUrl url(host, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            err << CliTr::tr("--authority-host needs an https URL, e.g. https://login.example.com.")
                << Qt::endl;
            return InspectUsage;
        }
        trusted.addAuthorityHost(url);
    }

    const QString file = parser.positionalArguments().value(0, QStringLiteral("-"));
    Input input;
    if (file == QLatin1String("-")) {
        input = readAll(stdinDevice, CliTr::tr("standard input"));
    } else {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            input.error = CliTr::tr("Cannot open %1: %2").arg(file, f.errorString());
        else
            input = readAll(&f, file);
    }
    if (!input.error.isEmpty()) {
        if (parser.isSet(json)) {
            const QJsonObject o{{QStringLiteral("verdict"),
                                 InspectionReport::verdictId(InspectionReport::Verdict::Unreadable)},
                                {QStringLiteral("error"), input.error}};
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            err << input.error << Qt::endl;
        }
        return InspectUnreadable;
    }

    const InspectionReport report = TokenInspector::inspect(input.bytes, options);
    input.bytes.fill('\0');

    std::optional<JwtVerification> verification;
    QString verifyError;
    if (parser.isSet(verify) && report.jwt)
        verification = verifySignature(*report.jwt, trusted, parser.value(caFile), &verifyError);
    if (!verifyError.isEmpty()) {
        err << verifyError << Qt::endl;
        return InspectUsage;
    }

    InspectionReport::Verdict verdict = report.verdict();
    if (verification && !verification->ok() && verdict == InspectionReport::Verdict::Valid)
        verdict = InspectionReport::Verdict::Invalid;

    if (parser.isSet(json)) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("verdict"), InspectionReport::verdictId(verdict));
        if (verification)
            o.insert(
                QStringLiteral("signature"),
                QJsonObject{{QStringLiteral("outcome"), JwtVerification::outcomeName(verification->outcome)},
                            {QStringLiteral("verified"), verification->ok()},
                            {QStringLiteral("message"), verification->message},
                            {QStringLiteral("kid"), verification->kid},
                            {QStringLiteral("jwksUri"), verification->jwksUri.toString()}});
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << report.toText();
        if (verification)
            out << Qt::endl
                << (verification->ok() ? CliTr::tr("Signature: verified. %1")
                                       : CliTr::tr("Signature: NOT verified. %1"))
                       .arg(verification->message)
                << Qt::endl;
        else if (parser.isSet(verify))
            out << Qt::endl
                << CliTr::tr("Signature: nothing to verify (only JWTs carry a published signature).")
                << Qt::endl;
        // toText() starts with the report's verdict; a refused signature changes it, so say so at the end.
        if (verdict != report.verdict())
            out << Qt::endl << CliTr::tr("Verdict after the signature check: invalid") << Qt::endl;
    }
    switch (verdict) {
    case InspectionReport::Verdict::Valid:
        return InspectValid;
    case InspectionReport::Verdict::Invalid:
        return InspectInvalid;
    case InspectionReport::Verdict::Unreadable:
        break;
    }
    return InspectUnreadable;
}

} // namespace csc::cli
