<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>csc</name>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>The Cosmos DB account</source>
        <translation>Das Cosmos-DB-Konto</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
</context>
<context>
    <name>csc::AboutDialog</name>
    <message>
        <source>About Cosmos Security Console</source>
        <translation>Über Cosmos Security Console</translation>
    </message>
    <message>
        <source>Cosmos Security Console logo</source>
        <translation>Logo von Cosmos Security Console</translation>
    </message>
    <message>
        <source>Cosmos Security Console %1</source>
        <translation>Cosmos Security Console %1</translation>
    </message>
    <message>
        <source>Secure Azure Cosmos DB accounts by clicking, not scripting.</source>
        <translation>Azure-Cosmos-DB-Konten per Klick absichern statt per Skript.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS-Bibliothek: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 Cosmos Security Console authors.</source>
        <translation>Copyright © 2026 die Autoren von Cosmos Security Console.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. This program comes with no warranty.</source>
        <translation>Lizenziert unter der &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License, Version 2.0&lt;/a&gt;. Dieses Programm wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsangaben kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>csc::AccountCheckModel</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>csc::AccountSummaryView</name>
    <message>
        <source>Azure Cosmos DB for MongoDB</source>
        <translation>Azure Cosmos DB for MongoDB</translation>
    </message>
    <message>
        <source>Parse</source>
        <translation>Parse</translation>
    </message>
    <message>
        <source>Azure Cosmos DB for NoSQL</source>
        <translation>Azure Cosmos DB for NoSQL</translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n gefährdet</numerusform>
            <numerusform>%n gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good</source>
        <translation>
            <numerusform>%n in Ordnung</numerusform>
            <numerusform>%n in Ordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>Security summary</source>
        <translation>Sicherheitsübersicht</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Laden wiederholen</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>Every area is good.</source>
        <translation>Alle Bereiche sind in Ordnung.</translation>
    </message>
    <message>
        <source>Overall: %1 (%2).</source>
        <translation>Gesamt: %1 (%2).</translation>
    </message>
    <message>
        <source>Provisioning state: %1.</source>
        <translation>Bereitstellungsstatus: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No Azure Cosmos DB accounts here.</source>
        <translation>Hier gibt es keine Azure-Cosmos-DB-Konten.</translation>
    </message>
    <message numerus="yes">
        <source>%n Azure Cosmos DB account(s): </source>
        <translation>
            <numerusform>%n Azure-Cosmos-DB-Konto: </numerusform>
            <numerusform>%n Azure-Cosmos-DB-Konten: </numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see its security summary.</source>
        <translation>Wählen Sie ein Konto aus, um seine Sicherheitsübersicht anzuzeigen.</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Laden nicht möglich</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>Fehlende Berechtigung: %1</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>Meldung des Dienstes: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>csc::AccountTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Sicherheitslage</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>Fehlende Berechtigung: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Subscription %1 (%2)</source>
        <translation>Abonnement %1 (%2)</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Every area is good.</source>
        <translation>Alle Bereiche sind in Ordnung.</translation>
    </message>
    <message>
        <source>Provisioning state: %1</source>
        <translation>Bereitstellungsstatus: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>csc::AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Filter by account, location, resource group or subscription</source>
        <translation>Nach Konto, Region, Ressourcengruppe oder Abonnement filtern</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Show accounts by posture</source>
        <translation>Konten nach Sicherheitslage anzeigen</translation>
    </message>
    <message>
        <source>All postures</source>
        <translation>Alle Sicherheitslagen</translation>
    </message>
    <message>
        <source>Attention or risk</source>
        <translation>Achtung oder Risiko</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>Nur Risiko</translation>
    </message>
    <message>
        <source>Show &amp;empty resource groups</source>
        <translation>&amp;Leere Ressourcengruppen anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load subscriptions and accounts again (%1)</source>
        <translation>Abonnements und Konten neu laden (%1)</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>Konten aktualisieren</translation>
    </message>
    <message>
        <source>Subscriptions, resource groups and accounts</source>
        <translation>Abonnements, Ressourcengruppen und Konten</translation>
    </message>
    <message>
        <source>Connect to see your Azure Cosmos DB accounts.</source>
        <translation>Verbinden Sie sich, um Ihre Azure-Cosmos-DB-Konten zu sehen.</translation>
    </message>
    <message>
        <source>Select an account to see its security summary.</source>
        <translation>Wählen Sie ein Konto aus, um seine Sicherheitsübersicht anzuzeigen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>Resource group in %1</source>
        <translation>Ressourcengruppe in %1</translation>
    </message>
    <message>
        <source>Expand the subscription to load its accounts.</source>
        <translation>Erweitern Sie das Abonnement, um seine Konten zu laden.</translation>
    </message>
    <message>
        <source>Loading subscriptions and accounts…</source>
        <translation>Abonnements und Konten werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n gefährdet</numerusform>
            <numerusform>%n gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Open &amp;Keys</source>
        <translation>&amp;Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Re&amp;load this account</source>
        <translation>Dieses Konto neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Copy resource &amp;id</source>
        <translation>Ressourcen-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
</context>
<context>
    <name>csc::ActivityView</name>
    <message>
        <source>Filter by method, URL, status or request ID</source>
        <translation>Nach Methode, URL, Status oder Anfrage-ID filtern</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Request &amp;ID</source>
        <translation>Anfrage-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Anfrageprotokoll leeren</translation>
    </message>
</context>
<context>
    <name>csc::ApiClient</name>
    <message>
        <source>The file %1 does not contain a PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>csc::ApiError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>es wurden keine Details genannt</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <translation>%1 hat die Anfrage abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the network connection, proxy settings and the endpoint in the connection profile.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, die Proxy-Einstellungen und den Endpunkt im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Check that the endpoint is the real service. For the local cloud, trust its certificate authority in the connection profile. TLS 1.2 or later is required.</source>
        <translation>Prüfen Sie, ob der Endpunkt der echte Dienst ist. Für die lokale Cloud deren Zertifizierungsstelle im Verbindungsprofil als vertrauenswürdig eintragen. TLS 1.2 oder neuer ist erforderlich.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, raise the timeout or check the network.</source>
        <translation>Versuchen Sie es später erneut; falls es weiter passiert, das Zeitlimit erhöhen oder das Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>Check the tenant, client id and secret of the connection profile.</source>
        <translation>Prüfen Sie Mandant, Client-ID und geheimen Schlüssel des Verbindungsprofils.</translation>
    </message>
    <message>
        <source>Unlock or install the system keychain (for example GNOME Keyring or KWallet).</source>
        <translation>Entsperren oder installieren Sie den Schlüsselbund des Systems (zum Beispiel GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>See the activity log for the local cloud&apos;s output.</source>
        <translation>Die Ausgabe der lokalen Cloud steht im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Ask an Owner or User Access Administrator to grant a role that includes the missing action on this scope.</source>
        <translation>Bitten Sie einen Besitzer oder Benutzerzugriffsadministrator, auf diesem Bereich eine Rolle mit der fehlenden Aktion zuzuweisen.</translation>
    </message>
    <message>
        <source>The client id or secret is wrong or expired; create a new client secret and update the connection profile.</source>
        <translation>Client-ID oder geheimer Schlüssel ist falsch oder abgelaufen; erstellen Sie einen neuen geheimen Clientschlüssel und aktualisieren Sie das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The requested resource is not known to the tenant; check the cloud and endpoints of the connection profile.</source>
        <translation>Die angeforderte Ressource ist dem Mandanten unbekannt; prüfen Sie Cloud und Endpunkte des Verbindungsprofils.</translation>
    </message>
    <message>
        <source>Key-based authentication is disabled on this account; use Microsoft Entra ID or enable local authentication.</source>
        <translation>Die schlüsselbasierte Authentifizierung ist für dieses Konto deaktiviert; verwenden Sie Microsoft Entra ID oder aktivieren Sie die lokale Authentifizierung.</translation>
    </message>
    <message>
        <source>The credentials were refused; sign in again or check the key or token in use.</source>
        <translation>Die Anmeldedaten wurden abgelehnt; melden Sie sich erneut an oder prüfen Sie den verwendeten Schlüssel oder das Token.</translation>
    </message>
    <message>
        <source>The identity in use lacks permission, or a firewall rule blocks this address.</source>
        <translation>Der verwendeten Identität fehlt eine Berechtigung, oder eine Firewallregel blockiert diese Adresse.</translation>
    </message>
    <message>
        <source>The resource does not exist (any more); refresh the view.</source>
        <translation>Die Ressource existiert nicht (mehr); aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <source>Another change is in progress on this resource; wait for it to finish and try again.</source>
        <translation>An dieser Ressource läuft bereits eine andere Änderung; warten Sie, bis sie fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service is throttling requests; wait a moment and try again.</source>
        <translation>Der Dienst drosselt Anfragen; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service had a problem; try again later.</source>
        <translation>Beim Dienst ist ein Problem aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
</context>
<context>
    <name>csc::ArmService</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Nicht bei Azure angemeldet.</translation>
    </message>
    <message>
        <source>The subscription or resource group is missing.</source>
        <translation>Das Abonnement oder die Ressourcengruppe fehlt.</translation>
    </message>
    <message>
        <source>List subscriptions</source>
        <translation>Abonnements auflisten</translation>
    </message>
    <message>
        <source>List resource groups of subscription %1</source>
        <translation>Ressourcengruppen des Abonnements %1 auflisten</translation>
    </message>
    <message>
        <source>List Cosmos DB accounts of subscription %1</source>
        <translation>Cosmos-DB-Konten des Abonnements %1 auflisten</translation>
    </message>
    <message>
        <source>List Cosmos DB accounts of resource group %1</source>
        <translation>Cosmos-DB-Konten der Ressourcengruppe %1 auflisten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a Cosmos DB account.</source>
        <translation>„%1“ ist nicht die ID eines Cosmos-DB-Kontos.</translation>
    </message>
    <message>
        <source>Read Cosmos DB account %1</source>
        <translation>Cosmos-DB-Konto %1 lesen</translation>
    </message>
    <message>
        <source>The account is not a JSON object.</source>
        <translation>Das Konto ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>csc::AzureRoles</name>
    <message>
        <source>Key Vault Crypto Service Encryption User</source>
        <translation>Key Vault Crypto Service Encryption User</translation>
    </message>
    <message>
        <source>Key Vault Administrator</source>
        <translation>Key Vault Administrator</translation>
    </message>
    <message>
        <source>Key Vault Crypto User</source>
        <translation>Key Vault Crypto User</translation>
    </message>
    <message>
        <source>Key Vault Reader</source>
        <translation>Key Vault Reader</translation>
    </message>
    <message>
        <source>Key Vault Secrets User</source>
        <translation>Key Vault Secrets User</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>User Access Administrator</source>
        <translation>User Access Administrator</translation>
    </message>
</context>
<context>
    <name>csc::BearerAuthorizer</name>
    <message>
        <source>The sign-in for this connection has ended; connect again.</source>
        <translation>Die Anmeldung dieser Verbindung ist beendet; verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>csc::ClaimCatalog</name>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>How the token is signed. Entra ID signs access and ID tokens with RS256 (RSA with SHA-256) using a key it publishes; &quot;none&quot; means unsigned (anyone could have written it) and HS256 means a shared secret that every verifier could also sign with.</source>
        <translation>Wie das Token signiert ist. Entra ID signiert Zugriffs- und ID-Token mit RS256 (RSA mit SHA-256) mit einem von Entra ID veröffentlichten Schlüssel; „none“ bedeutet unsigniert (jeder hätte es schreiben können), und HS256 bedeutet ein gemeinsames Geheimnis, mit dem jeder Prüfer ebenfalls signieren könnte.</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tokentyp</translation>
    </message>
    <message>
        <source>The media type of the token, normally JWT.</source>
        <translation>Der Medientyp des Tokens, normalerweise JWT.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Which of the issuer&apos;s published signing keys (its JWKS) signed the token. Verification looks this key up; Entra ID rolls its keys over regularly.</source>
        <translation>Welcher der veröffentlichten Signaturschlüssel des Ausstellers (sein JWKS) das Token signiert hat. Die Überprüfung sucht diesen Schlüssel; Entra ID wechselt seine Schlüssel regelmäßig.</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Zertifikatfingerabdruck</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signing certificate; Entra ID v1 tokens carry it alongside the key id and it usually has the same value.</source>
        <translation>SHA-1-Fingerabdruck des Signaturzertifikats; Entra-ID-Token der Version 1 enthalten ihn neben der Schlüssel-ID, meist mit demselben Wert.</translation>
    </message>
    <message>
        <source>Certificate thumbprint (SHA-256)</source>
        <translation>Zertifikatfingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate.</source>
        <translation>SHA-256-Fingerabdruck des Signaturzertifikats.</translation>
    </message>
    <message>
        <source>Header nonce</source>
        <translation>Header-Nonce</translation>
    </message>
    <message>
        <source>A value Microsoft adds to tokens meant only for its own APIs (such as Microsoft Graph). Such tokens cannot be verified by anyone else and must be treated as opaque.</source>
        <translation>Ein Wert, den Microsoft Token hinzufügt, die nur für die eigenen APIs bestimmt sind (etwa Microsoft Graph). Solche Token kann niemand sonst überprüfen; sie müssen als nicht auswertbar behandelt werden.</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>The type of the payload; &quot;JWT&quot; would mean a token nested inside another, which Entra ID does not use.</source>
        <translation>Der Typ der Nutzdaten; „JWT“ würde ein in ein anderes Token geschachteltes Token bedeuten, was Entra ID nicht verwendet.</translation>
    </message>
    <message>
        <source>Key set URL</source>
        <translation>URL des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>A URL from which to fetch the signing keys. A verifier must never trust a key location named by the token itself; Entra ID tokens do not use it.</source>
        <translation>Eine URL, von der die Signaturschlüssel abgerufen werden. Ein Prüfer darf niemals einem Schlüsselort vertrauen, den das Token selbst nennt; Entra-ID-Token verwenden dies nicht.</translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translation>Zertifikat-URL</translation>
    </message>
    <message>
        <source>A URL from which to fetch the signing certificate. A verifier must not trust it; Entra ID tokens do not use it.</source>
        <translation>Eine URL, von der das Signaturzertifikat abgerufen wird. Ein Prüfer darf ihr nicht vertrauen; Entra-ID-Token verwenden dies nicht.</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatkette</translation>
    </message>
    <message>
        <source>Certificates embedded in the token. A verifier must not trust a key the token brings along; Entra ID tokens do not use it.</source>
        <translation>Im Token eingebettete Zertifikate. Ein Prüfer darf keinem Schlüssel vertrauen, den das Token mitbringt; Entra-ID-Token verwenden dies nicht.</translation>
    </message>
    <message>
        <source>Embedded key</source>
        <translation>Eingebetteter Schlüssel</translation>
    </message>
    <message>
        <source>A public key embedded in the token. A verifier must not trust a key the token brings along; Entra ID tokens do not use it.</source>
        <translation>Ein im Token eingebetteter öffentlicher Schlüssel. Ein Prüfer darf keinem Schlüssel vertrauen, den das Token mitbringt; Entra-ID-Token verwenden dies nicht.</translation>
    </message>
    <message>
        <source>Critical extensions</source>
        <translation>Kritische Erweiterungen</translation>
    </message>
    <message>
        <source>Header parameters a verifier must understand or else reject the token.</source>
        <translation>Headerparameter, die ein Prüfer verstehen muss, andernfalls muss er das Token ablehnen.</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Compression of an encrypted token&apos;s content; not used in signed tokens.</source>
        <translation>Komprimierung des Inhalts eines verschlüsselten Tokens; wird in signierten Token nicht verwendet.</translation>
    </message>
    <message>
        <source>Content encryption</source>
        <translation>Inhaltsverschlüsselung</translation>
    </message>
    <message>
        <source>The encryption of an encrypted token (JWE).</source>
        <translation>Die Verschlüsselung eines verschlüsselten Tokens (JWE).</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Who the token is for. The Cosmos DB data plane accepts https://cosmos.azure.com or the account endpoint (https://&lt;account&gt;.documents.azure.com); ARM tokens (https://management.azure.com) do not work on the data plane.</source>
        <translation>Für wen das Token bestimmt ist. Die Cosmos-DB-Datenebene akzeptiert https://cosmos.azure.com oder den Kontoendpunkt (https://&lt;account&gt;.documents.azure.com); ARM-Token (https://management.azure.com) funktionieren auf der Datenebene nicht.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Who issued the token: https://sts.windows.net/&lt;tenant&gt;/ for v1.0 tokens, https://login.microsoftonline.com/&lt;tenant&gt;/v2.0 for v2.0 tokens. The tenant in it must be the tenant of the Cosmos DB account.</source>
        <translation>Wer das Token ausgestellt hat: https://sts.windows.net/&lt;tenant&gt;/ für Token der Version 1.0, https://login.microsoftonline.com/&lt;tenant&gt;/v2.0 für Token der Version 2.0. Der darin enthaltene Mandant muss der Mandant des Cosmos-DB-Kontos sein.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The Entra ID tenant (directory) the user or application signed in to. Cosmos DB only accepts tokens from the account&apos;s own tenant.</source>
        <translation>Der Entra-ID-Mandant (Verzeichnis), bei dem sich der Benutzer oder die Anwendung angemeldet hat. Cosmos DB akzeptiert nur Token aus dem eigenen Mandanten des Kontos.</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>The user&apos;s or service principal&apos;s object id in the tenant. Data-plane role assignments are made to this id; the Cosmos DB data plane refuses tokens without it.</source>
        <translation>Die Objekt-ID des Benutzers oder Dienstprinzipals im Mandanten. Rollenzuweisungen der Datenebene erfolgen an diese ID; die Cosmos-DB-Datenebene lehnt Token ohne sie ab.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>An identifier of the principal that is unique per application (pairwise); use the object id to grant access, not this.</source>
        <translation>Ein Bezeichner des Prinzipals, der pro Anwendung eindeutig ist (paarweise); verwenden Sie die Objekt-ID, um Zugriff zu gewähren, nicht diesen.</translation>
    </message>
    <message>
        <source>Client application</source>
        <translation>Clientanwendung</translation>
    </message>
    <message>
        <source>The application (client) id that requested the token (v1.0 tokens). For a managed identity this is the identity&apos;s client id.</source>
        <translation>Die Anwendungs-ID (Client-ID), die das Token angefordert hat (Token der Version 1.0). Bei einer verwalteten Identität ist dies die Client-ID der Identität.</translation>
    </message>
    <message>
        <source>The application (client) id that requested the token (v2.0 tokens).</source>
        <translation>Die Anwendungs-ID (Client-ID), die das Token angefordert hat (Token der Version 2.0).</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Clientauthentifizierung</translation>
    </message>
    <message>
        <source>How the client application proved its identity: 0 public client (no secret), 1 client secret, 2 certificate or federated credential. Certificates and managed identities are safer than secrets.</source>
        <translation>Wie die Clientanwendung ihre Identität nachgewiesen hat: 0 öffentlicher Client (kein Geheimnis), 1 geheimer Clientschlüssel, 2 Zertifikat oder Verbundanmeldeinformationen. Zertifikate und verwaltete Identitäten sind sicherer als geheime Schlüssel.</translation>
    </message>
    <message>
        <source>Delegated permissions</source>
        <translation>Delegierte Berechtigungen</translation>
    </message>
    <message>
        <source>What the application may do on behalf of the signed-in user (space-separated scopes). user_impersonation means everything the user can do in that API.</source>
        <translation>Was die Anwendung im Namen des angemeldeten Benutzers tun darf (durch Leerzeichen getrennte Bereiche). user_impersonation bedeutet alles, was der Benutzer in dieser API tun kann.</translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation>Anwendungsrollen</translation>
    </message>
    <message>
        <source>App roles granted to the caller; for an application acting as itself these are its application permissions, which apply tenant-wide without any user.</source>
        <translation>Dem Aufrufer gewährte App-Rollen; für eine Anwendung, die in eigenem Namen handelt, sind dies ihre Anwendungsberechtigungen, die mandantenweit ohne Benutzer gelten.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Object ids of security groups the user is a member of (only when the app is configured to receive them).</source>
        <translation>Objekt-IDs der Sicherheitsgruppen, in denen der Benutzer Mitglied ist (nur wenn die App so konfiguriert ist, dass sie sie erhält).</translation>
    </message>
    <message>
        <source>Too many groups</source>
        <translation>Zu viele Gruppen</translation>
    </message>
    <message>
        <source>The user is in too many groups to list them in the token; an application must ask Microsoft Graph for them.</source>
        <translation>Der Benutzer ist Mitglied in zu vielen Gruppen, um sie im Token aufzulisten; eine Anwendung muss sie bei Microsoft Graph abfragen.</translation>
    </message>
    <message>
        <source>Claims elsewhere</source>
        <translation>Ausgelagerte Ansprüche</translation>
    </message>
    <message>
        <source>Claims (usually groups) that were too large for the token and must be fetched from Microsoft Graph.</source>
        <translation>Ansprüche (meist Gruppen), die für das Token zu groß waren und von Microsoft Graph abgerufen werden müssen.</translation>
    </message>
    <message>
        <source>Claim sources</source>
        <translation>Anspruchsquellen</translation>
    </message>
    <message>
        <source>Where to fetch the claims listed in _claim_names.</source>
        <translation>Wo die in _claim_names aufgeführten Ansprüche abgerufen werden.</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Verzeichnisrollen</translation>
    </message>
    <message>
        <source>Entra ID directory roles the user holds in the tenant (role template ids), such as Global Administrator. A token of a privileged user is as powerful as those roles in the APIs that honour them.</source>
        <translation>Entra-ID-Verzeichnisrollen, die der Benutzer im Mandanten innehat (Rollenvorlagen-IDs), etwa „Globaler Administrator“. Ein Token eines privilegierten Benutzers ist in den APIs, die diese Rollen berücksichtigen, so mächtig wie diese Rollen.</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>How the user signed in: password, multi-factor authentication, a key, a federated provider... Without mfa the sign-in relied on one factor only.</source>
        <translation>Wie sich der Benutzer angemeldet hat: Kennwort, mehrstufige Authentifizierung, ein Schlüssel, ein Verbundanbieter ... Ohne mfa beruhte die Anmeldung nur auf einem Faktor.</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>Identitätstyp</translation>
    </message>
    <message>
        <source>Whether the token represents an application acting as itself (app) or a signed-in user (user).</source>
        <translation>Ob das Token eine Anwendung darstellt, die in eigenem Namen handelt (app), oder einen angemeldeten Benutzer (user).</translation>
    </message>
    <message>
        <source>Token version</source>
        <translation>Tokenversion</translation>
    </message>
    <message>
        <source>The access token format, 1.0 or 2.0. It is chosen by the API the token is for, not by the endpoint that issued it; both work with Cosmos DB.</source>
        <translation>Das Format des Zugriffstokens, 1.0 oder 2.0. Es wird von der API bestimmt, für die das Token ist, nicht vom Endpunkt, der es ausgestellt hat; beide funktionieren mit Cosmos DB.</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>When the token was issued.</source>
        <translation>Wann das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>The token is not valid before this time (services allow a few minutes of clock skew).</source>
        <translation>Das Token ist vor diesem Zeitpunkt nicht gültig (Dienste tolerieren einige Minuten Uhrabweichung).</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>The token is refused from this time on. Entra ID access tokens usually live 60 to 90 minutes; managed identity tokens up to 24 hours. A stolen token works until it expires.</source>
        <translation>Ab diesem Zeitpunkt wird das Token abgelehnt. Zugriffstoken von Entra ID sind meist 60 bis 90 Minuten gültig, Token verwalteter Identitäten bis zu 24 Stunden. Ein gestohlenes Token funktioniert, bis es abläuft.</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>A unique identifier of this token, useful to find it in sign-in logs.</source>
        <translation>Ein eindeutiger Bezeichner dieses Tokens, nützlich, um es in den Anmeldeprotokollen zu finden.</translation>
    </message>
    <message>
        <source>A unique identifier of this token.</source>
        <translation>Ein eindeutiger Bezeichner dieses Tokens.</translation>
    </message>
    <message>
        <source>Refresh data</source>
        <translation>Aktualisierungsdaten</translation>
    </message>
    <message>
        <source>An internal value Entra ID uses to revalidate tokens; it carries no information for you.</source>
        <translation>Ein interner Wert, mit dem Entra ID Token erneut validiert; er enthält keine Informationen für Sie.</translation>
    </message>
    <message>
        <source>Internal data</source>
        <translation>Interne Daten</translation>
    </message>
    <message>
        <source>An internal value Entra ID uses; it carries no information for you.</source>
        <translation>Ein interner Wert von Entra ID; er enthält keine Informationen für Sie.</translation>
    </message>
    <message>
        <source>Managed identity resource</source>
        <translation>Ressource der verwalteten Identität</translation>
    </message>
    <message>
        <source>The Azure resource id of the managed identity that requested the token: the token was issued to an Azure resource (VM, App Service, ...) rather than to a person.</source>
        <translation>Die Azure-Ressourcen-ID der verwalteten Identität, die das Token angefordert hat: Das Token wurde einer Azure-Ressource (VM, App Service, ...) ausgestellt, nicht einer Person.</translation>
    </message>
    <message>
        <source>Tenant created</source>
        <translation>Mandant erstellt</translation>
    </message>
    <message>
        <source>When the tenant was created.</source>
        <translation>Wann der Mandant erstellt wurde.</translation>
    </message>
    <message>
        <source>Azure resource</source>
        <translation>Azure-Ressource</translation>
    </message>
    <message>
        <source>The Azure resource id of the workload that requested the token.</source>
        <translation>Die Azure-Ressourcen-ID der Workload, die das Token angefordert hat.</translation>
    </message>
    <message>
        <source>Client capabilities</source>
        <translation>Clientfunktionen</translation>
    </message>
    <message>
        <source>Capabilities the client declared, e.g. cp1: it can handle Continuous Access Evaluation claims challenges (such tokens may live up to 28 hours).</source>
        <translation>Vom Client angegebene Funktionen, z. B. cp1: Er kann Anspruchsaufforderungen der fortlaufenden Zugriffsevaluierung verarbeiten (solche Token können bis zu 28 Stunden gültig sein).</translation>
    </message>
    <message>
        <source>Session data</source>
        <translation>Sitzungsdaten</translation>
    </message>
    <message>
        <source>An internal value of Entra ID.</source>
        <translation>Ein interner Wert von Entra ID.</translation>
    </message>
    <message>
        <source>Preferred data location</source>
        <translation>Bevorzugter Datenspeicherort</translation>
    </message>
    <message>
        <source>The user&apos;s preferred data location in multi-geo tenants.</source>
        <translation>Der bevorzugte Datenspeicherort des Benutzers in Multi-Geo-Mandanten.</translation>
    </message>
    <message>
        <source>User language</source>
        <translation>Benutzersprache</translation>
    </message>
    <message>
        <source>The user&apos;s preferred language.</source>
        <translation>Die bevorzugte Sprache des Benutzers.</translation>
    </message>
    <message>
        <source>Tenant language</source>
        <translation>Mandantensprache</translation>
    </message>
    <message>
        <source>The tenant&apos;s preferred language.</source>
        <translation>Die bevorzugte Sprache des Mandanten.</translation>
    </message>
    <message>
        <source>Identity relation</source>
        <translation>Identitätsbeziehung</translation>
    </message>
    <message>
        <source>An internal value describing the user&apos;s relation to the tenant (member or guest).</source>
        <translation>Ein interner Wert, der die Beziehung des Benutzers zum Mandanten beschreibt (Mitglied oder Gast).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The user&apos;s display name, for display only: it is not unique and the user may be able to change it.</source>
        <translation>Der Anzeigename des Benutzers, nur zur Anzeige: Er ist nicht eindeutig, und der Benutzer kann ihn möglicherweise ändern.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The user&apos;s first name, for display only.</source>
        <translation>Der Vorname des Benutzers, nur zur Anzeige.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>The user&apos;s last name, for display only.</source>
        <translation>Der Nachname des Benutzers, nur zur Anzeige.</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name. It can change (renames), so access is granted by object id, not by this.</source>
        <translation>Der Anmeldename des Benutzers. Er kann sich ändern (Umbenennungen), daher wird Zugriff über die Objekt-ID gewährt, nicht über diesen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>A readable name of the user (v1.0 tokens), for display only.</source>
        <translation>Ein lesbarer Name des Benutzers (Token der Version 1.0), nur zur Anzeige.</translation>
    </message>
    <message>
        <source>Preferred user name</source>
        <translation>Bevorzugter Benutzername</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (v2.0 tokens), for display only: it can change.</source>
        <translation>Der Anmeldename des Benutzers (Token der Version 2.0), nur zur Anzeige: Er kann sich ändern.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail address, when known; not verified for every account type, so never use it to grant access.</source>
        <translation>Die E-Mail-Adresse des Benutzers, sofern bekannt; nicht für jeden Kontotyp überprüft, verwenden Sie sie daher nie, um Zugriff zu gewähren.</translation>
    </message>
    <message>
        <source>Verified e-mail</source>
        <translation>Bestätigte E-Mail</translation>
    </message>
    <message>
        <source>The user&apos;s primary e-mail address as verified by the directory.</source>
        <translation>Die primäre E-Mail-Adresse des Benutzers, wie vom Verzeichnis bestätigt.</translation>
    </message>
    <message>
        <source>Sign-in IP address</source>
        <translation>IP-Adresse der Anmeldung</translation>
    </message>
    <message>
        <source>The IP address the user signed in from.</source>
        <translation>Die IP-Adresse, von der aus sich der Benutzer angemeldet hat.</translation>
    </message>
    <message>
        <source>Authentication level</source>
        <translation>Authentifizierungsstufe</translation>
    </message>
    <message>
        <source>0 means the authentication did not meet ISO/IEC 29115 level 1 (for example a public client without the user); 1 is a normal sign-in.</source>
        <translation>0 bedeutet, dass die Authentifizierung ISO/IEC 29115 Stufe 1 nicht erfüllt hat (zum Beispiel ein öffentlicher Client ohne den Benutzer); 1 ist eine normale Anmeldung.</translation>
    </message>
    <message>
        <source>Authentication contexts</source>
        <translation>Authentifizierungskontexte</translation>
    </message>
    <message>
        <source>Conditional Access authentication contexts the sign-in satisfied (step-up requirements such as c1).</source>
        <translation>Authentifizierungskontexte des bedingten Zugriffs, die die Anmeldung erfüllt hat (Step-up-Anforderungen wie c1).</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>When the user last entered credentials.</source>
        <translation>Wann der Benutzer zuletzt Anmeldeinformationen eingegeben hat.</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>A value the application sent with the sign-in request and gets back in the ID token to prevent replay. Its presence suggests an ID token.</source>
        <translation>Ein Wert, den die Anwendung mit der Anmeldeanforderung gesendet hat und im ID-Token zurückerhält, um Wiederholungsangriffe zu verhindern. Sein Vorhandensein deutet auf ein ID-Token hin.</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>The sign-in session, used for sign-out.</source>
        <translation>Die Anmeldesitzung, verwendet für die Abmeldung.</translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation>Zugriffstoken-Hash</translation>
    </message>
    <message>
        <source>Binds an ID token to the access token issued with it; only ID tokens carry it.</source>
        <translation>Bindet ein ID-Token an das mit ihm ausgestellte Zugriffstoken; nur ID-Token enthalten ihn.</translation>
    </message>
    <message>
        <source>Code hash</source>
        <translation>Code-Hash</translation>
    </message>
    <message>
        <source>Binds an ID token to the authorization code issued with it; only ID tokens carry it.</source>
        <translation>Bindet ein ID-Token an den mit ihm ausgestellten Autorisierungscode; nur ID-Token enthalten ihn.</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Who authenticated the user when it was not the token&apos;s own tenant: a guest&apos;s home tenant or an external provider (live.com, google.com, ...).</source>
        <translation>Wer den Benutzer authentifiziert hat, wenn es nicht der eigene Mandant des Tokens war: der Basismandant eines Gasts oder ein externer Anbieter (live.com, google.com, ...).</translation>
    </message>
    <message>
        <source>On-premises SID</source>
        <translation>Lokale SID</translation>
    </message>
    <message>
        <source>The user&apos;s security identifier in the synchronised on-premises Active Directory.</source>
        <translation>Die Sicherheits-ID des Benutzers im synchronisierten lokalen Active Directory.</translation>
    </message>
    <message>
        <source>Passport id</source>
        <translation>Passport-ID</translation>
    </message>
    <message>
        <source>An internal identifier of the user.</source>
        <translation>Ein interner Bezeichner des Benutzers.</translation>
    </message>
    <message>
        <source>Alternative id</source>
        <translation>Alternative ID</translation>
    </message>
    <message>
        <source>An identifier of a guest or personal account at its home provider.</source>
        <translation>Ein Bezeichner eines Gast- oder persönlichen Kontos bei seinem Basisanbieter.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>The registered device the user signed in from.</source>
        <translation>Das registrierte Gerät, von dem aus sich der Benutzer angemeldet hat.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>The user&apos;s country.</source>
        <translation>Das Land des Benutzers.</translation>
    </message>
    <message>
        <source>Tenant country</source>
        <translation>Land des Mandanten</translation>
    </message>
    <message>
        <source>The tenant&apos;s country.</source>
        <translation>Das Land des Mandanten.</translation>
    </message>
    <message>
        <source>Tenant region</source>
        <translation>Region des Mandanten</translation>
    </message>
    <message>
        <source>The region of the tenant.</source>
        <translation>Die Region des Mandanten.</translation>
    </message>
    <message>
        <source>Inside corporate network</source>
        <translation>Im Unternehmensnetzwerk</translation>
    </message>
    <message>
        <source>The sign-in came from the corporate network as configured in the tenant.</source>
        <translation>Die Anmeldung kam aus dem Unternehmensnetzwerk, wie im Mandanten konfiguriert.</translation>
    </message>
    <message>
        <source>Password expires in</source>
        <translation>Kennwort läuft ab in</translation>
    </message>
    <message>
        <source>Seconds until the user&apos;s password expires.</source>
        <translation>Sekunden, bis das Kennwort des Benutzers abläuft.</translation>
    </message>
    <message>
        <source>Password change URL</source>
        <translation>URL zur Kennwortänderung</translation>
    </message>
    <message>
        <source>Where the user can change the password.</source>
        <translation>Wo der Benutzer das Kennwort ändern kann.</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Facts about the sign-in, such as a compliant device (kmsi: keep me signed in, dvc_mngd: managed device).</source>
        <translation>Fakten zur Anmeldung, etwa ein konformes Gerät (kmsi: angemeldet bleiben, dvc_mngd: verwaltetes Gerät).</translation>
    </message>
    <message>
        <source>Login hint</source>
        <translation>Anmeldehinweis</translation>
    </message>
    <message>
        <source>An opaque value an application can pass to sign the same user in again.</source>
        <translation>Ein nicht auswertbarer Wert, den eine Anwendung übergeben kann, um denselben Benutzer erneut anzumelden.</translation>
    </message>
    <message>
        <source>Home object id</source>
        <translation>Objekt-ID im Basismandanten</translation>
    </message>
    <message>
        <source>A guest&apos;s object id in the home tenant.</source>
        <translation>Die Objekt-ID eines Gasts in seinem Basismandanten.</translation>
    </message>
    <message>
        <source>Proof-of-possession key</source>
        <translation>Proof-of-Possession-Schlüssel</translation>
    </message>
    <message>
        <source>The key the client must prove it holds when using the token (a bound token).</source>
        <translation>Der Schlüssel, dessen Besitz der Client bei der Verwendung des Tokens nachweisen muss (ein gebundenes Token).</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrator für privilegierte Rollen</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Administrator für privilegierte Authentifizierung</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Anwendungsadministrator</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Cloudanwendungsadministrator</translation>
    </message>
    <message>
        <source>Hybrid Identity Administrator</source>
        <translation>Administrator für Hybrididentität</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Administrator für bedingten Zugriff</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Benutzeradministrator</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Authentifizierungsadministrator</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Helpdeskadministrator</translation>
    </message>
    <message>
        <source>Password Administrator</source>
        <translation>Kennwortadministrator</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Intune-Administrator</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-Administrator</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>SharePoint-Administrator</translation>
    </message>
    <message>
        <source>Compliance Administrator</source>
        <translation>Complianceadministrator</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Abrechnungsadministrator</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globaler Leser</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Sicherheitsleseberechtigter</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Verzeichnisleseberechtigte</translation>
    </message>
    <message>
        <source>Directory Synchronization Accounts</source>
        <translation>Konten für die Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>User (default member role)</source>
        <translation>Benutzer (Standardmitgliedsrolle)</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Azure Resource Manager (classic audience)</source>
        <translation>Azure Resource Manager (klassische Zielgruppe)</translation>
    </message>
    <message>
        <source>Azure Resource Manager (Azure China)</source>
        <translation>Azure Resource Manager (Azure China)</translation>
    </message>
    <message>
        <source>Azure Resource Manager (Azure Government)</source>
        <translation>Azure Resource Manager (Azure Government)</translation>
    </message>
    <message>
        <source>Azure Cosmos DB data plane</source>
        <translation>Azure-Cosmos-DB-Datenebene</translation>
    </message>
    <message>
        <source>Azure Cosmos DB data plane (Azure China)</source>
        <translation>Azure-Cosmos-DB-Datenebene (Azure China)</translation>
    </message>
    <message>
        <source>Azure Cosmos DB data plane (Azure Government)</source>
        <translation>Azure-Cosmos-DB-Datenebene (Azure Government)</translation>
    </message>
    <message>
        <source>Azure Cosmos DB (first-party application)</source>
        <translation>Azure Cosmos DB (Erstanbieteranwendung)</translation>
    </message>
    <message>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Azure AD Graph (retired)</source>
        <translation>Azure AD Graph (eingestellt)</translation>
    </message>
    <message>
        <source>Azure Storage</source>
        <translation>Azure Storage</translation>
    </message>
    <message>
        <source>Log Analytics</source>
        <translation>Log Analytics</translation>
    </message>
    <message>
        <source>Azure SQL Database</source>
        <translation>Azure SQL-Datenbank</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>Azure PowerShell</source>
        <translation>Azure PowerShell</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>multi-factor authentication</source>
        <translation>mehrstufige Authentifizierung</translation>
    </message>
    <message>
        <source>RSA key, e.g. Microsoft Authenticator or Windows Hello</source>
        <translation>RSA-Schlüssel, z. B. Microsoft Authenticator oder Windows Hello</translation>
    </message>
    <message>
        <source>one-time passcode</source>
        <translation>Einmalkennung</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>telephone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>federated identity provider</source>
        <translation>Verbundidentitätsanbieter</translation>
    </message>
    <message>
        <source>Windows integrated authentication</source>
        <translation>integrierte Windows-Authentifizierung</translation>
    </message>
    <message>
        <source>passwordless multi-factor (Windows Hello, FIDO2)</source>
        <translation>kennwortlose mehrstufige Authentifizierung (Windows Hello, FIDO2)</translation>
    </message>
    <message>
        <source>Windows or multi-factor credentials</source>
        <translation>Windows- oder mehrstufige Anmeldeinformationen</translation>
    </message>
    <message>
        <source>facial recognition</source>
        <translation>Gesichtserkennung</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>hardware-protected key</source>
        <translation>hardwaregeschützter Schlüssel</translation>
    </message>
    <message>
        <source>software-protected key</source>
        <translation>softwaregeschützter Schlüssel</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>knowledge-based (security questions)</source>
        <translation>wissensbasiert (Sicherheitsfragen)</translation>
    </message>
    <message>
        <source>multi-factor authentication at a partner tenant</source>
        <translation>mehrstufige Authentifizierung bei einem Partnermandanten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a Cosmos DB account endpoint</source>
        <translation>ein Cosmos-DB-Kontoendpunkt</translation>
    </message>
    <message>
        <source>app (an application acting as itself)</source>
        <translation>app (eine Anwendung, die in eigenem Namen handelt)</translation>
    </message>
    <message>
        <source>user (a signed-in user)</source>
        <translation>user (ein angemeldeter Benutzer)</translation>
    </message>
    <message>
        <source>device (a device)</source>
        <translation>device (ein Gerät)</translation>
    </message>
    <message>
        <source>1.0 (Entra ID v1.0 token format)</source>
        <translation>1.0 (Tokenformat von Entra ID v1.0)</translation>
    </message>
    <message>
        <source>2.0 (Entra ID v2.0 token format)</source>
        <translation>2.0 (Tokenformat von Entra ID v2.0)</translation>
    </message>
    <message>
        <source>0 (public client: no secret or certificate)</source>
        <translation>0 (öffentlicher Client: kein Geheimnis oder Zertifikat)</translation>
    </message>
    <message>
        <source>1 (client secret)</source>
        <translation>1 (geheimer Clientschlüssel)</translation>
    </message>
    <message>
        <source>2 (certificate or federated credential)</source>
        <translation>2 (Zertifikat oder Verbundanmeldeinformationen)</translation>
    </message>
    <message>
        <source>0 (below level 1)</source>
        <translation>0 (unter Stufe 1)</translation>
    </message>
    <message>
        <source>1 (normal sign-in)</source>
        <translation>1 (normale Anmeldung)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Microsoft extension</source>
        <translation>Microsoft-Erweiterung</translation>
    </message>
    <message>
        <source>An extension claim Microsoft adds for its own services.</source>
        <translation>Ein Erweiterungsanspruch, den Microsoft für eigene Dienste hinzufügt.</translation>
    </message>
    <message>
        <source>%1 (not a valid time)</source>
        <translation>%1 (keine gültige Zeit)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>csc::ClientSecretCredential</name>
    <message>
        <source>No client secret is stored for this connection. Enter the client secret of the app registration.</source>
        <translation>Für diese Verbindung ist kein geheimer Clientschlüssel gespeichert. Geben Sie den geheimen Clientschlüssel der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Service principal %1 (client secret) in tenant %2</source>
        <translation>Dienstprinzipal %1 (geheimer Clientschlüssel) im Mandanten %2</translation>
    </message>
</context>
<context>
    <name>csc::ClientSecretOpener</name>
    <message>
        <source>No client secret is stored for the connection “%1”. Open Connections, enter the client secret and save.</source>
        <translation>Für die Verbindung „%1“ ist kein geheimer Clientschlüssel gespeichert. Öffnen Sie „Verbindungen“, geben Sie den geheimen Clientschlüssel ein und speichern Sie.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Speicher für Geheimnisse verfügbar.</translation>
    </message>
</context>
<context>
    <name>csc::CloudEnvironment</name>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (global)</translation>
    </message>
    <message>
        <source>Azure operated by 21Vianet (China)</source>
        <translation>Azure, betrieben von 21Vianet (China)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Eigene Endpunkte</translation>
    </message>
</context>
<context>
    <name>csc::CmkAccessPage</name>
    <message>
        <source>Access to the key</source>
        <translation>Zugriff auf den Schlüssel</translation>
    </message>
    <message>
        <source>The identity needs to read the key and to wrap and unwrap with it.</source>
        <translation>Die Identität muss den Schlüssel lesen und damit packen und entpacken können.</translation>
    </message>
    <message>
        <source>Access state</source>
        <translation>Zugriffsstatus</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>Vault “%1” uses Azure role-based access control: the identity gets the role “Key Vault Crypto Service Encryption User” (read keys, wrap and unwrap) on the vault.</source>
        <translation>Der Schlüsseltresor „%1“ verwendet die rollenbasierte Zugriffssteuerung in Azure: Die Identität erhält die Rolle „Key Vault Crypto Service Encryption User“ (Schlüssel lesen, packen und entpacken) für den Schlüsseltresor.</translation>
    </message>
    <message>
        <source>Creating a role assignment needs Owner, User Access Administrator or Role Based Access Control Administrator on the vault (Contributor is not enough).</source>
        <translation>Zum Erstellen einer Rollenzuweisung benötigen Sie für den Schlüsseltresor die Rolle „Owner“, „User Access Administrator“ oder „Role Based Access Control Administrator“ („Contributor“ reicht nicht aus).</translation>
    </message>
    <message>
        <source>Vault “%1” uses access policies: the identity gets an access policy with the key permissions get, wrapKey and unwrapKey.</source>
        <translation>Der Schlüsseltresor „%1“ verwendet Zugriffsrichtlinien: Die Identität erhält eine Zugriffsrichtlinie mit den Schlüsselberechtigungen get, wrapKey und unwrapKey.</translation>
    </message>
    <message>
        <source>Changing access policies needs Key Vault Contributor or Contributor on the vault.</source>
        <translation>Zum Ändern von Zugriffsrichtlinien benötigen Sie für den Schlüsseltresor die Rolle „Key Vault Contributor“ oder „Contributor“.</translation>
    </message>
    <message>
        <source>The identity is created or enabled during the setup; access is granted right after that step.</source>
        <translation>Die Identität wird während der Einrichtung erstellt oder aktiviert; der Zugriff wird direkt nach diesem Schritt gewährt.</translation>
    </message>
    <message>
        <source>The new vault is created during the setup; access is granted right after.</source>
        <translation>Der neue Schlüsseltresor wird während der Einrichtung erstellt; der Zugriff wird direkt danach gewährt.</translation>
    </message>
    <message>
        <source>Already granted: the vault has an access policy for object id %1 with get, wrapKey and unwrapKey. Nothing to change.</source>
        <translation>Bereits gewährt: Der Schlüsseltresor hat eine Zugriffsrichtlinie für die Objekt-ID %1 mit get, wrapKey und unwrapKey. Es ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Object id %1 has an access policy without all of get, wrapKey and unwrapKey: the setup adds the missing permissions.</source>
        <translation>Die Objekt-ID %1 hat eine Zugriffsrichtlinie, der get, wrapKey oder unwrapKey fehlt: Die Einrichtung fügt die fehlenden Berechtigungen hinzu.</translation>
    </message>
    <message>
        <source>Will be granted: object id %1 has no access policy yet.</source>
        <translation>Wird gewährt: Die Objekt-ID %1 hat noch keine Zugriffsrichtlinie.</translation>
    </message>
    <message>
        <source>Checking the role assignments of the identity…</source>
        <translation>Die Rollenzuweisungen der Identität werden geprüft …</translation>
    </message>
    <message>
        <source>Reading the role assignments of the vault</source>
        <translation>Rollenzuweisungen des Schlüsseltresors lesen</translation>
    </message>
    <message>
        <source>Will be granted if it is missing.</source>
        <translation>Wird gewährt, falls er fehlt.</translation>
    </message>
    <message>
        <source>Already granted: object id %1 holds the role on the vault or above. Nothing to change.</source>
        <translation>Bereits gewährt: Die Objekt-ID %1 hat die Rolle für den Schlüsseltresor oder einen übergeordneten Bereich. Es ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Will be granted: object id %1 has no such role on the vault yet.</source>
        <translation>Wird gewährt: Die Objekt-ID %1 hat diese Rolle für den Schlüsseltresor noch nicht.</translation>
    </message>
</context>
<context>
    <name>csc::CmkApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Each step checks first whether it is already done, so the setup can be run again after an interruption.</source>
        <translation>Jeder Schritt prüft zuerst, ob er bereits erledigt ist; daher kann die Einrichtung nach einer Unterbrechung erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress of the setup</source>
        <translation>Fortschritt der Einrichtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the setup</source>
        <translation>Einrichtung anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume the setup</source>
        <translation>Einrichtung f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Resume the setup</source>
        <translation>Einrichtung fortsetzen</translation>
    </message>
    <message>
        <source>Where the setup stands</source>
        <translation>Stand der Einrichtung</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>The setup cannot be planned: %1</source>
        <translation>Die Einrichtung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>The setup is complete.</source>
        <translation>Die Einrichtung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The setup was stopped. Resume it here or later from the Encryption panel.</source>
        <translation>Die Einrichtung wurde angehalten. Setzen Sie sie hier oder später im Bereich „Verschlüsselung“ fort.</translation>
    </message>
    <message>
        <source>The setup</source>
        <translation>Die Einrichtung</translation>
    </message>
</context>
<context>
    <name>csc::CmkIdentityPage</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Choose the identity Azure Cosmos DB uses to reach the key in Azure Key Vault.</source>
        <translation>Wählen Sie die Identität, mit der Azure Cosmos DB auf den Schlüssel in Azure Key Vault zugreift.</translation>
    </message>
    <message>
        <source>The account&apos;s &amp;system-assigned managed identity (recommended)</source>
        <translation>Die &amp;systemseitig zugewiesene verwaltete Identität des Kontos (empfohlen)</translation>
    </message>
    <message>
        <source>A &amp;user-assigned managed identity</source>
        <translation>Eine &amp;benutzerseitig zugewiesene verwaltete Identität</translation>
    </message>
    <message>
        <source>User-assigned identity</source>
        <translation>Benutzerseitig zugewiesene Identität</translation>
    </message>
    <message>
        <source>Name of the new identity</source>
        <translation>Name der neuen Identität</translation>
    </message>
    <message>
        <source>Resource group of the new identity</source>
        <translation>Ressourcengruppe der neuen Identität</translation>
    </message>
    <message>
        <source>Attached to the account by the setup. Needed for accounts with continuous backup, and reusable by several accounts.</source>
        <translation>Wird von der Einrichtung an das Konto angefügt. Erforderlich für Konten mit fortlaufender Sicherung und von mehreren Konten wiederverwendbar.</translation>
    </message>
    <message>
        <source>The Azure Cosmos DB &amp;first-party identity</source>
        <translation>Die &amp;Erstanbieteridentität von Azure Cosmos DB</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <source>New identity name:</source>
        <translation>Name der neuen Identität:</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>Ressourcengruppe:</translation>
    </message>
    <message>
        <source>Enabled (object id %1).</source>
        <translation>Aktiviert (Objekt-ID %1).</translation>
    </message>
    <message>
        <source>Not enabled yet: the setup enables it first, then grants it access to the key. Its object id is known only after that step.</source>
        <translation>Noch nicht aktiviert: Die Einrichtung aktiviert sie zuerst und gewährt ihr dann Zugriff auf den Schlüssel. Ihre Objekt-ID ist erst nach diesem Schritt bekannt.</translation>
    </message>
    <message>
        <source>Not available: the account uses continuous backup, which needs a managed identity.</source>
        <translation>Nicht verfügbar: Das Konto verwendet die fortlaufende Sicherung, die eine verwaltete Identität erfordert.</translation>
    </message>
    <message>
        <source>Shared by every Cosmos DB account in the tenant, so access granted to it is not limited to this account. Prefer a managed identity.</source>
        <translation>Wird von allen Cosmos-DB-Konten im Mandanten gemeinsam genutzt; ein ihr gewährter Zugriff ist daher nicht auf dieses Konto beschränkt. Verwenden Sie besser eine verwaltete Identität.</translation>
    </message>
    <message>
        <source>Loading the user-assigned identities of the subscription…</source>
        <translation>Die benutzerseitig zugewiesenen Identitäten des Abonnements werden geladen …</translation>
    </message>
    <message>
        <source>Listing the user-assigned identities</source>
        <translation>Benutzerseitig zugewiesene Identitäten auflisten</translation>
    </message>
    <message>
        <source>%1 (%2, attached to this account)</source>
        <translation>%1 (%2, an dieses Konto angefügt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create a new identity…</source>
        <translation>Neue Identität erstellen …</translation>
    </message>
    <message>
        <source>Looking up the Azure Cosmos DB application in Microsoft Entra ID…</source>
        <translation>Die Azure Cosmos DB-Anwendung wird in Microsoft Entra ID gesucht …</translation>
    </message>
    <message>
        <source>The Azure Cosmos DB application (%1) has no service principal in this tenant, so it cannot be granted access. Choose a managed identity.</source>
        <translation>Die Azure Cosmos DB-Anwendung (%1) hat in diesem Mandanten keinen Dienstprinzipal; ihr kann daher kein Zugriff gewährt werden. Wählen Sie eine verwaltete Identität.</translation>
    </message>
    <message>
        <source>Looking up the Azure Cosmos DB application</source>
        <translation>Azure Cosmos DB-Anwendung suchen</translation>
    </message>
    <message>
        <source>Service principal “%1”, object id %2.</source>
        <translation>Dienstprinzipal „%1“, Objekt-ID %2.</translation>
    </message>
    <message>
        <source>An identity named “%1” already exists in resource group “%2”: choose it in the list instead.</source>
        <translation>In der Ressourcengruppe „%2“ gibt es bereits eine Identität namens „%1“: Wählen Sie sie stattdessen in der Liste aus.</translation>
    </message>
</context>
<context>
    <name>csc::CmkKeyPage</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Choose or create the RSA key that wraps the account&apos;s data-encryption key.</source>
        <translation>Wählen oder erstellen Sie den RSA-Schlüssel, der den Datenverschlüsselungsschlüssel des Kontos packt.</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüsselgröße</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 Bit</translation>
    </message>
    <message>
        <source>RSA 3072 bits (recommended)</source>
        <translation>RSA 3072 Bit (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>New key name:</source>
        <translation>Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>Key size:</source>
        <translation>Schlüsselgröße:</translation>
    </message>
    <message>
        <source>Key checks</source>
        <translation>Schlüsselprüfungen</translation>
    </message>
    <message>
        <source>Use the &amp;versionless key URI (recommended): Azure Cosmos DB then picks up new key versions by itself</source>
        <translation>&amp;Versionslosen Schlüssel-URI verwenden (empfohlen): Azure Cosmos DB übernimmt neue Schlüsselversionen dann selbstständig</translation>
    </message>
    <message>
        <source>Use the versionless key URI</source>
        <translation>Versionslosen Schlüssel-URI verwenden</translation>
    </message>
    <message>
        <source>Key URI</source>
        <translation>Schlüssel-URI</translation>
    </message>
    <message>
        <source>Create a new key…</source>
        <translation>Neuen Schlüssel erstellen …</translation>
    </message>
    <message>
        <source>Loading the keys of “%1”…</source>
        <translation>Die Schlüssel von „%1“ werden geladen …</translation>
    </message>
    <message>
        <source>Listing the keys of “%1”</source>
        <translation>Schlüssel von „%1“ auflisten</translation>
    </message>
    <message>
        <source>Listing keys needs a Key Vault data-plane permission: the role “Key Vault Crypto Officer” or “Key Vault Reader” (Azure RBAC), or the key permissions list and get (access policy). You can still create a new key if you may.</source>
        <translation>Zum Auflisten von Schlüsseln ist eine Berechtigung der Key Vault-Datenebene erforderlich: die Rolle „Key Vault Crypto Officer“ oder „Key Vault Reader“ (Azure RBAC) oder die Schlüsselberechtigungen list und get (Zugriffsrichtlinie). Einen neuen Schlüssel können Sie trotzdem erstellen, sofern Sie dies dürfen.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Reading key “%1”…</source>
        <translation>Schlüssel „%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>Reading key “%1”</source>
        <translation>Schlüssel „%1“ lesen</translation>
    </message>
    <message>
        <source>The key suits Azure Cosmos DB.</source>
        <translation>Der Schlüssel ist für Azure Cosmos DB geeignet.</translation>
    </message>
    <message>
        <source>%1 %2 bits, latest version %3, %4.</source>
        <translation>%1 %2 Bit, neueste Version %3, %4.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <source>A key named “%1” already exists in this vault: choose it in the list instead.</source>
        <translation>In diesem Schlüsseltresor gibt es bereits einen Schlüssel namens „%1“: Wählen Sie ihn stattdessen in der Liste aus.</translation>
    </message>
    <message>
        <source>Key URI: https://%1%2/keys/%3 (the vault&apos;s address is known once it is created)</source>
        <translation>Schlüssel-URI: https://%1%2/keys/%3 (die Adresse des Schlüsseltresors ist bekannt, sobald er erstellt ist)</translation>
    </message>
    <message>
        <source>Key URI: %1 (versionless: follows key rotation)</source>
        <translation>Schlüssel-URI: %1 (versionslos: folgt der Schlüsselrotation)</translation>
    </message>
    <message>
        <source>Key URI: %1 (pinned: after a rotation you must update the account yourself)</source>
        <translation>Schlüssel-URI: %1 (fest an die Version gebunden: Nach einer Rotation müssen Sie das Konto selbst aktualisieren)</translation>
    </message>
</context>
<context>
    <name>csc::CmkPlan</name>
    <message>
        <source>the system-assigned identity of “%1”</source>
        <translation>die systemseitig zugewiesene Identität von „%1“</translation>
    </message>
    <message>
        <source>the user-assigned identity “%1”</source>
        <translation>die benutzerseitig zugewiesene Identität „%1“</translation>
    </message>
    <message>
        <source>the Azure Cosmos DB first-party application</source>
        <translation>die Erstanbieteranwendung von Azure Cosmos DB</translation>
    </message>
    <message>
        <source>Turn on soft delete for vault “%1”</source>
        <translation>Vorläufiges Löschen für den Schlüsseltresor „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Turn on purge protection for vault “%1”</source>
        <translation>Bereinigungsschutz für den Schlüsseltresor „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Let trusted Microsoft services through the firewall of vault “%1”</source>
        <translation>Vertrauenswürdige Microsoft-Dienste durch die Firewall des Schlüsseltresors „%1“ zulassen</translation>
    </message>
    <message>
        <source>Enable public network access for vault “%1”</source>
        <translation>Öffentlichen Netzwerkzugriff für den Schlüsseltresor „%1“ aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Sets enableSoftDelete on vault “%1”: deleted keys stay recoverable for %n day(s). Azure Cosmos DB requires soft delete on the vault that holds its key.</source>
        <translation>
            <numerusform>Setzt enableSoftDelete für den Schlüsseltresor „%1“: Gelöschte Schlüssel bleiben %n Tag lang wiederherstellbar. Azure Cosmos DB erfordert vorläufiges Löschen für den Schlüsseltresor, der seinen Schlüssel enthält.</numerusform>
            <numerusform>Setzt enableSoftDelete für den Schlüsseltresor „%1“: Gelöschte Schlüssel bleiben %n Tage lang wiederherstellbar. Azure Cosmos DB erfordert vorläufiges Löschen für den Schlüsseltresor, der seinen Schlüssel enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets enablePurgeProtection on vault “%1”: deleted keys and the vault cannot be purged before their retention period ends. Azure Cosmos DB requires it, so that the key of an account cannot be destroyed by mistake.</source>
        <translation>Setzt enablePurgeProtection für den Schlüsseltresor „%1“: Gelöschte Schlüssel und der Schlüsseltresor können vor Ablauf ihres Aufbewahrungszeitraums nicht endgültig gelöscht werden. Azure Cosmos DB erfordert dies, damit der Schlüssel eines Kontos nicht versehentlich vernichtet werden kann.</translation>
    </message>
    <message>
        <source>Sets networkAcls.bypass to AzureServices on vault “%1” and keeps its IP and virtual network rules, so that Azure Cosmos DB (a trusted Microsoft service) can reach the key through the firewall.</source>
        <translation>Setzt networkAcls.bypass für den Schlüsseltresor „%1“ auf AzureServices und behält seine IP- und VNET-Regeln bei, damit Azure Cosmos DB (ein vertrauenswürdiger Microsoft-Dienst) den Schlüssel durch die Firewall erreichen kann.</translation>
    </message>
    <message>
        <source>Sets publicNetworkAccess to Enabled on vault “%1”. Azure Cosmos DB cannot use a vault reachable only through private endpoints; the vault&apos;s firewall rules still apply.</source>
        <translation>Setzt publicNetworkAccess für den Schlüsseltresor „%1“ auf Enabled. Azure Cosmos DB kann keinen Schlüsseltresor verwenden, der nur über private Endpunkte erreichbar ist; die Firewallregeln des Schlüsseltresors gelten weiterhin.</translation>
    </message>
    <message numerus="yes">
        <source>Purge protection can never be turned off again: vault “%1” and its deleted keys cannot be purged before the retention period of %n day(s) ends, and the vault name stays taken until then.</source>
        <translation>
            <numerusform>Der Bereinigungsschutz kann nie wieder deaktiviert werden: Der Schlüsseltresor „%1“ und seine gelöschten Schlüssel können vor Ablauf des Aufbewahrungszeitraums von %n Tag nicht endgültig gelöscht werden, und der Name des Schlüsseltresors bleibt bis dahin belegt.</numerusform>
            <numerusform>Der Bereinigungsschutz kann nie wieder deaktiviert werden: Der Schlüsseltresor „%1“ und seine gelöschten Schlüssel können vor Ablauf des Aufbewahrungszeitraums von %n Tagen nicht endgültig gelöscht werden, und der Name des Schlüsseltresors bleibt bis dahin belegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft delete can never be turned off again on vault “%1”.</source>
        <translation>Vorläufiges Löschen kann für den Schlüsseltresor „%1“ nie wieder deaktiviert werden.</translation>
    </message>
    <message>
        <source>“%1” can never go back to service-managed keys: its customer-managed key can be changed later, never removed.</source>
        <translation>„%1“ kann nie wieder zu dienstseitig verwalteten Schlüsseln zurückkehren: Sein kundenseitig verwalteter Schlüssel kann später geändert, aber nie entfernt werden.</translation>
    </message>
    <message>
        <source>The saved customer-managed key setup has an unknown format.</source>
        <translation>Die gespeicherte Einrichtung des kundenseitig verwalteten Schlüssels hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>The saved customer-managed key setup names an unknown identity kind “%1”.</source>
        <translation>Die gespeicherte Einrichtung des kundenseitig verwalteten Schlüssels nennt eine unbekannte Identitätsart „%1“.</translation>
    </message>
    <message>
        <source>The saved customer-managed key setup names an unknown vault change “%1”.</source>
        <translation>Die gespeicherte Einrichtung des kundenseitig verwalteten Schlüssels nennt eine unbekannte Änderung am Schlüsseltresor „%1“.</translation>
    </message>
    <message>
        <source>Choose the Azure Cosmos DB account to protect with a customer-managed key.</source>
        <translation>Wählen Sie das Azure Cosmos DB-Konto, das mit einem kundenseitig verwalteten Schlüssel geschützt werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not the resource id of an Azure Cosmos DB account.</source>
        <translation>„%1“ ist nicht die Ressourcen-ID eines Azure Cosmos DB-Kontos.</translation>
    </message>
    <message>
        <source>A user-assigned identity can only be created when Azure Cosmos DB is to use a user-assigned identity.</source>
        <translation>Eine benutzerseitig zugewiesene Identität kann nur erstellt werden, wenn Azure Cosmos DB eine benutzerseitig zugewiesene Identität verwenden soll.</translation>
    </message>
    <message>
        <source>Choose the user-assigned identity Azure Cosmos DB is to use for “%1”.</source>
        <translation>Wählen Sie die benutzerseitig zugewiesene Identität, die Azure Cosmos DB für „%1“ verwenden soll.</translation>
    </message>
    <message>
        <source>“%1” is not the resource id of a user-assigned managed identity (/subscriptions/…/resourceGroups/…/providers/Microsoft.ManagedIdentity/userAssignedIdentities/…).</source>
        <translation>„%1“ ist nicht die Ressourcen-ID einer benutzerseitig zugewiesenen verwalteten Identität (/subscriptions/…/resourceGroups/…/providers/Microsoft.ManagedIdentity/userAssignedIdentities/…).</translation>
    </message>
    <message>
        <source>Choose the region in which to create the identity “%1”.</source>
        <translation>Wählen Sie die Region, in der die Identität „%1“ erstellt werden soll.</translation>
    </message>
    <message>
        <source>Choose the subscription and resource group of the new vault “%1”.</source>
        <translation>Wählen Sie das Abonnement und die Ressourcengruppe des neuen Schlüsseltresors „%1“.</translation>
    </message>
    <message>
        <source>Choose the region of the new vault “%1”.</source>
        <translation>Wählen Sie die Region des neuen Schlüsseltresors „%1“.</translation>
    </message>
    <message>
        <source>The tenant of the new vault “%1” is not known.</source>
        <translation>Der Mandant des neuen Schlüsseltresors „%1“ ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The new vault “%1” needs purge protection: Azure Cosmos DB does not accept a key from a vault without it.</source>
        <translation>Der neue Schlüsseltresor „%1“ benötigt Bereinigungsschutz: Azure Cosmos DB akzeptiert keinen Schlüssel aus einem Schlüsseltresor ohne diesen Schutz.</translation>
    </message>
    <message>
        <source>The soft-delete retention of the new vault “%1” must be 7 to 90 days.</source>
        <translation>Die Aufbewahrungsdauer für vorläufiges Löschen des neuen Schlüsseltresors „%1“ muss 7 bis 90 Tage betragen.</translation>
    </message>
    <message>
        <source>Vault changes apply to an existing vault; the new vault “%1” is created with the settings Azure Cosmos DB needs.</source>
        <translation>Änderungen am Schlüsseltresor gelten für einen vorhandenen Schlüsseltresor; der neue Schlüsseltresor „%1“ wird mit den Einstellungen erstellt, die Azure Cosmos DB benötigt.</translation>
    </message>
    <message>
        <source>Choose the key vault that holds (or is to hold) the key.</source>
        <translation>Wählen Sie den Schlüsseltresor, der den Schlüssel enthält (oder enthalten soll).</translation>
    </message>
    <message>
        <source>Vault “%1” has no https vault URI; read the vault again.</source>
        <translation>Der Schlüsseltresor „%1“ hat keinen https-Tresor-URI; lesen Sie den Schlüsseltresor erneut.</translation>
    </message>
    <message>
        <source>Choose the key in vault “%1” or a name for a new key.</source>
        <translation>Wählen Sie den Schlüssel im Schlüsseltresor „%1“ oder einen Namen für einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>A key of %1 bits cannot be created: choose RSA 2048, 3072 or 4096 (3072 or more is recommended).</source>
        <translation>Ein Schlüssel mit %1 Bit kann nicht erstellt werden: Wählen Sie RSA 2048, 3072 oder 4096 (3072 oder mehr wird empfohlen).</translation>
    </message>
    <message>
        <source>“%1” is not a key version (32 hexadecimal characters).</source>
        <translation>„%1“ ist keine Schlüsselversion (32 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>A versionless key URI cannot name the version %1: either pin the version or clear it.</source>
        <translation>Ein versionsloser Schlüssel-URI kann nicht die Version %1 nennen: Binden Sie entweder die Version fest, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The version of the new key “%1” is only known once it is created.</source>
        <translation>Die Version des neuen Schlüssels „%1“ ist erst bekannt, wenn er erstellt ist.</translation>
    </message>
    <message>
        <source>The tenant of vault “%1” is not known; it is needed for the access policy.</source>
        <translation>Der Mandant des Schlüsseltresors „%1“ ist nicht bekannt; er wird für die Zugriffsrichtlinie benötigt.</translation>
    </message>
    <message>
        <source>Create the user-assigned identity “%1” in resource group “%2” (%3)</source>
        <translation>Benutzerseitig zugewiesene Identität „%1“ in der Ressourcengruppe „%2“ (%3) erstellen</translation>
    </message>
    <message>
        <source>Creates a managed identity that Azure Cosmos DB uses to reach the key in vault “%1”. It is a separate resource: it outlives the account and can be reused.</source>
        <translation>Erstellt eine verwaltete Identität, mit der Azure Cosmos DB auf den Schlüssel im Schlüsseltresor „%1“ zugreift. Sie ist eine eigene Ressource: Sie besteht über das Konto hinaus und kann wiederverwendet werden.</translation>
    </message>
    <message>
        <source>Enable the system-assigned identity of “%1”</source>
        <translation>Systemseitig zugewiesene Identität von „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Gives “%1” its own managed identity in Microsoft Entra ID, which Azure Cosmos DB uses to wrap and unwrap its data encryption key with the key in vault “%2”. The account&apos;s other identities are kept.</source>
        <translation>Gibt „%1“ eine eigene verwaltete Identität in Microsoft Entra ID, mit der Azure Cosmos DB seinen Datenverschlüsselungsschlüssel mit dem Schlüssel im Schlüsseltresor „%2“ packt und entpackt. Die anderen Identitäten des Kontos bleiben erhalten.</translation>
    </message>
    <message>
        <source>Attach the user-assigned identity “%1” to “%2”</source>
        <translation>Benutzerseitig zugewiesene Identität „%1“ an „%2“ anfügen</translation>
    </message>
    <message>
        <source>Lets Azure Cosmos DB act as the identity “%1” for “%2” when it uses the key in vault “%3”. The account&apos;s other identities are kept.</source>
        <translation>Ermöglicht Azure Cosmos DB, für „%2“ als Identität „%1“ zu handeln, wenn es den Schlüssel im Schlüsseltresor „%3“ verwendet. Die anderen Identitäten des Kontos bleiben erhalten.</translation>
    </message>
    <message>
        <source>Create vault “%1” in resource group “%2” (%3) with soft delete and purge protection</source>
        <translation>Schlüsseltresor „%1“ in der Ressourcengruppe „%2“ (%3) mit vorläufigem Löschen und Bereinigungsschutz erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Creates a standard key vault whose keys are authorized by Azure RBAC, with soft delete (%n day(s) of retention) and purge protection, as Azure Cosmos DB requires.</source>
        <translation>
            <numerusform>Erstellt einen Standard-Schlüsseltresor, dessen Schlüssel über Azure RBAC autorisiert werden, mit vorläufigem Löschen (%n Tag Aufbewahrung) und Bereinigungsschutz, wie es Azure Cosmos DB erfordert.</numerusform>
            <numerusform>Erstellt einen Standard-Schlüsseltresor, dessen Schlüssel über Azure RBAC autorisiert werden, mit vorläufigem Löschen (%n Tage Aufbewahrung) und Bereinigungsschutz, wie es Azure Cosmos DB erfordert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creates a standard key vault whose keys are authorized by access policies, with soft delete (%n day(s) of retention) and purge protection, as Azure Cosmos DB requires.</source>
        <translation>
            <numerusform>Erstellt einen Standard-Schlüsseltresor, dessen Schlüssel über Zugriffsrichtlinien autorisiert werden, mit vorläufigem Löschen (%n Tag Aufbewahrung) und Bereinigungsschutz, wie es Azure Cosmos DB erfordert.</numerusform>
            <numerusform>Erstellt einen Standard-Schlüsseltresor, dessen Schlüssel über Zugriffsrichtlinien autorisiert werden, mit vorläufigem Löschen (%n Tage Aufbewahrung) und Bereinigungsschutz, wie es Azure Cosmos DB erfordert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the RSA %1 key “%2” in vault “%3”</source>
        <translation>RSA-%1-Schlüssel „%2“ im Schlüsseltresor „%3“ erstellen</translation>
    </message>
    <message>
        <source>Creates an RSA key of %1 bits that may only wrap and unwrap keys. Key Vault generates it; its private part never leaves the vault.</source>
        <translation>Erstellt einen RSA-Schlüssel mit %1 Bit, der nur Schlüssel packen und entpacken darf. Key Vault generiert ihn; sein privater Teil verlässt den Schlüsseltresor nie.</translation>
    </message>
    <message>
        <source>Grant “%1” on vault “%2” to %3</source>
        <translation>„%1“ für den Schlüsseltresor „%2“ an %3 zuweisen</translation>
    </message>
    <message>
        <source>Assigns the role at the scope of vault “%1” so that %2 may read the key and wrap and unwrap with it, and nothing else. New role assignments can take a few minutes to apply.</source>
        <translation>Weist die Rolle im Bereich des Schlüsseltresors „%1“ zu, damit %2 den Schlüssel lesen und damit packen und entpacken darf, und sonst nichts. Neue Rollenzuweisungen können einige Minuten brauchen, bis sie wirksam werden.</translation>
    </message>
    <message>
        <source>Add an access policy to vault “%1” that lets %2 get, wrap and unwrap keys</source>
        <translation>Dem Schlüsseltresor „%1“ eine Zugriffsrichtlinie hinzufügen, mit der %2 Schlüssel abrufen, packen und entpacken darf</translation>
    </message>
    <message>
        <source>Vault “%1” authorizes by access policies: the policy gives %2 the key permissions get, wrapKey and unwrapKey, and nothing else. The vault&apos;s other policies are kept.</source>
        <translation>Der Schlüsseltresor „%1“ autorisiert über Zugriffsrichtlinien: Die Richtlinie gibt %2 die Schlüsselberechtigungen get, wrapKey und unwrapKey, und sonst nichts. Die anderen Richtlinien des Schlüsseltresors bleiben erhalten.</translation>
    </message>
    <message>
        <source>Set the customer-managed key of “%1” to %2 (versionless: follows rotation)</source>
        <translation>Kundenseitig verwalteten Schlüssel von „%1“ auf %2 festlegen (versionslos: folgt der Rotation)</translation>
    </message>
    <message>
        <source>Set the customer-managed key of “%1” to %2, pinned to its current version (does not follow rotation)</source>
        <translation>Kundenseitig verwalteten Schlüssel von „%1“ auf %2 festlegen, fest an seine aktuelle Version gebunden (folgt der Rotation nicht)</translation>
    </message>
    <message>
        <source>Set the customer-managed key of “%1” to %2 (pinned to this version: does not follow rotation)</source>
        <translation>Kundenseitig verwalteten Schlüssel von „%1“ auf %2 festlegen (fest an diese Version gebunden: folgt der Rotation nicht)</translation>
    </message>
    <message>
        <source>Azure Cosmos DB checks that %1 can wrap and unwrap with key “%2” of vault “%3”, then encrypts the account&apos;s data with it and makes this identity the account&apos;s default identity (%4). This is a long-running operation.</source>
        <translation>Azure Cosmos DB prüft, ob %1 mit dem Schlüssel „%2“ des Schlüsseltresors „%3“ packen und entpacken kann, verschlüsselt dann die Daten des Kontos damit und macht diese Identität zur Standardidentität des Kontos (%4). Dies ist ein Vorgang mit langer Laufzeit.</translation>
    </message>
    <message>
        <source>Verify that “%1” uses the key “%2”</source>
        <translation>Überprüfen, ob „%1“ den Schlüssel „%2“ verwendet</translation>
    </message>
    <message>
        <source>Reads the account again and checks its keyVaultKeyUri, the key version in use and the status Azure Cosmos DB reports for the key.</source>
        <translation>Liest das Konto erneut und prüft seinen keyVaultKeyUri, die verwendete Schlüsselversion und den Status, den Azure Cosmos DB für den Schlüssel meldet.</translation>
    </message>
    <message>
        <source>The identity “%1” is a separate resource: deleting “%2” does not delete it.</source>
        <translation>Die Identität „%1“ ist eine eigene Ressource: Das Löschen von „%2“ löscht sie nicht.</translation>
    </message>
</context>
<context>
    <name>csc::CmkPreflight</name>
    <message>
        <source>Soft delete is off for vault “%1”; Azure Cosmos DB only accepts keys from vaults with soft delete.</source>
        <translation>Vorläufiges Löschen ist für den Schlüsseltresor „%1“ deaktiviert; Azure Cosmos DB akzeptiert nur Schlüssel aus Schlüsseltresoren mit vorläufigem Löschen.</translation>
    </message>
    <message>
        <source>Turn on soft delete for vault “%1” (the console can do it; it cannot be turned off again).</source>
        <translation>Aktivieren Sie vorläufiges Löschen für den Schlüsseltresor „%1“ (die Konsole kann dies übernehmen; es kann nicht wieder deaktiviert werden).</translation>
    </message>
    <message>
        <source>Purge protection is off for vault “%1”; Azure Cosmos DB only accepts keys from vaults with purge protection, so that its key cannot be destroyed by mistake.</source>
        <translation>Der Bereinigungsschutz ist für den Schlüsseltresor „%1“ deaktiviert; Azure Cosmos DB akzeptiert nur Schlüssel aus Schlüsseltresoren mit Bereinigungsschutz, damit sein Schlüssel nicht versehentlich vernichtet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Turn on purge protection for vault “%1” (the console can do it). This cannot be undone: the vault and its deleted keys can then not be purged before the retention period of %n day(s) ends.</source>
        <translation>
            <numerusform>Aktivieren Sie den Bereinigungsschutz für den Schlüsseltresor „%1“ (die Konsole kann dies übernehmen). Dies kann nicht rückgängig gemacht werden: Der Schlüsseltresor und seine gelöschten Schlüssel können dann vor Ablauf des Aufbewahrungszeitraums von %n Tag nicht endgültig gelöscht werden.</numerusform>
            <numerusform>Aktivieren Sie den Bereinigungsschutz für den Schlüsseltresor „%1“ (die Konsole kann dies übernehmen). Dies kann nicht rückgängig gemacht werden: Der Schlüsseltresor und seine gelöschten Schlüssel können dann vor Ablauf des Aufbewahrungszeitraums von %n Tagen nicht endgültig gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public network access is disabled for vault “%1”. Azure Cosmos DB cannot use a vault reachable only through private endpoints.</source>
        <translation>Der öffentliche Netzwerkzugriff ist für den Schlüsseltresor „%1“ deaktiviert. Azure Cosmos DB kann keinen Schlüsseltresor verwenden, der nur über private Endpunkte erreichbar ist.</translation>
    </message>
    <message>
        <source>Enable public network access for vault “%1” (the console can do it) and restrict it with the vault&apos;s firewall, letting trusted Microsoft services through.</source>
        <translation>Aktivieren Sie den öffentlichen Netzwerkzugriff für den Schlüsseltresor „%1“ (die Konsole kann dies übernehmen), und schränken Sie ihn mit der Firewall des Schlüsseltresors ein, wobei vertrauenswürdige Microsoft-Dienste zugelassen werden.</translation>
    </message>
    <message>
        <source>The firewall of vault “%1” denies access by default and does not let trusted Microsoft services through, so Azure Cosmos DB cannot reach the key.</source>
        <translation>Die Firewall des Schlüsseltresors „%1“ verweigert den Zugriff standardmäßig und lässt keine vertrauenswürdigen Microsoft-Dienste zu; Azure Cosmos DB kann den Schlüssel daher nicht erreichen.</translation>
    </message>
    <message>
        <source>Allow trusted Microsoft services through the firewall of vault “%1” (the console can do it; the IP and virtual network rules are kept).</source>
        <translation>Lassen Sie vertrauenswürdige Microsoft-Dienste durch die Firewall des Schlüsseltresors „%1“ zu (die Konsole kann dies übernehmen; die IP- und VNET-Regeln bleiben erhalten).</translation>
    </message>
    <message>
        <source>Vault “%1” is still being provisioned (state %2).</source>
        <translation>Der Schlüsseltresor „%1“ wird noch bereitgestellt (Zustand %2).</translation>
    </message>
    <message>
        <source>Wait until the provisioning of vault “%1” has succeeded, then read it again.</source>
        <translation>Warten Sie, bis die Bereitstellung des Schlüsseltresors „%1“ erfolgreich abgeschlossen ist, und lesen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>Key “%1” in vault “%2” is of type %3; Azure Cosmos DB can only wrap its data encryption key with an RSA key.</source>
        <translation>Der Schlüssel „%1“ im Schlüsseltresor „%2“ hat den Typ %3; Azure Cosmos DB kann seinen Datenverschlüsselungsschlüssel nur mit einem RSA-Schlüssel packen.</translation>
    </message>
    <message>
        <source>Choose an RSA key, or let the console create one (RSA 3072 or more is recommended).</source>
        <translation>Wählen Sie einen RSA-Schlüssel, oder lassen Sie die Konsole einen erstellen (RSA 3072 oder mehr wird empfohlen).</translation>
    </message>
    <message>
        <source>Key “%1” in vault “%2” does not allow the operations wrapKey and unwrapKey (it allows: %3).</source>
        <translation>Der Schlüssel „%1“ im Schlüsseltresor „%2“ erlaubt die Vorgänge wrapKey und unwrapKey nicht (erlaubt sind: %3).</translation>
    </message>
    <message>
        <source>Allow wrapKey and unwrapKey on key “%1” (az keyvault key set-attributes --ops), or choose another key.</source>
        <translation>Erlauben Sie wrapKey und unwrapKey für den Schlüssel „%1“ (az keyvault key set-attributes --ops), oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Key “%1” in vault “%2” is disabled.</source>
        <translation>Der Schlüssel „%1“ im Schlüsseltresor „%2“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>Enable key “%1” in vault “%2”, or choose another key.</source>
        <translation>Aktivieren Sie den Schlüssel „%1“ im Schlüsseltresor „%2“, oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Key “%1” in vault “%2” expired on %3.</source>
        <translation>Der Schlüssel „%1“ im Schlüsseltresor „%2“ ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>Create a new version of key “%1” without an expiry date, or choose another key.</source>
        <translation>Erstellen Sie eine neue Version des Schlüssels „%1“ ohne Ablaufdatum, oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Key “%1” in vault “%2” expires on %3. The account becomes unusable when it passes unless the key is rotated before.</source>
        <translation>Der Schlüssel „%1“ im Schlüsseltresor „%2“ läuft am %3 ab. Danach ist das Konto nicht mehr verwendbar, sofern der Schlüssel nicht vorher rotiert wird.</translation>
    </message>
    <message>
        <source>Remove the expiry date, or set up a rotation policy for key “%1” that creates a new version in time.</source>
        <translation>Entfernen Sie das Ablaufdatum, oder richten Sie für den Schlüssel „%1“ eine Rotationsrichtlinie ein, die rechtzeitig eine neue Version erstellt.</translation>
    </message>
    <message>
        <source>Key “%1” in vault “%2” has %3 bits; 3072 bits or more are recommended.</source>
        <translation>Der Schlüssel „%1“ im Schlüsseltresor „%2“ hat %3 Bit; 3072 Bit oder mehr werden empfohlen.</translation>
    </message>
    <message>
        <source>Create a new RSA key of 3072 or 4096 bits for the account.</source>
        <translation>Erstellen Sie einen neuen RSA-Schlüssel mit 3072 oder 4096 Bit für das Konto.</translation>
    </message>
</context>
<context>
    <name>csc::CmkReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>What the setup will change, step by step. Nothing has been changed yet.</source>
        <translation>Was die Einrichtung Schritt für Schritt ändern wird. Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Umkehrbar</translation>
    </message>
    <message>
        <source>What the selected step does</source>
        <translation>Was der ausgewählte Schritt bewirkt</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Azure CLI commands</source>
        <translation>Azure CLI-Befehle</translation>
    </message>
    <message>
        <source>Azure &amp;CLI</source>
        <translation>Azure &amp;CLI</translation>
    </message>
    <message>
        <source>ARM JSON</source>
        <translation>ARM-JSON</translation>
    </message>
    <message>
        <source>ARM &amp;JSON</source>
        <translation>ARM-&amp;JSON</translation>
    </message>
    <message>
        <source>I understand that these changes &amp;cannot be undone.</source>
        <translation>Ich verstehe, dass diese Änderungen &amp;nicht rückgängig gemacht werden können.</translation>
    </message>
    <message>
        <source>I understand that these changes cannot be undone</source>
        <translation>Ich verstehe, dass diese Änderungen nicht rückgängig gemacht werden können</translation>
    </message>
    <message>
        <source>The setup cannot be planned: %1</source>
        <translation>Die Einrichtung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>the account&apos;s system-assigned identity</source>
        <translation>die systemseitig zugewiesene Identität des Kontos</translation>
    </message>
    <message>
        <source>user-assigned identity “%1”</source>
        <translation>die benutzerseitig zugewiesene Identität „%1“</translation>
    </message>
    <message>
        <source>the Azure Cosmos DB first-party identity</source>
        <translation>die Erstanbieteridentität von Azure Cosmos DB</translation>
    </message>
    <message>
        <source>Account “%1” will encrypt its data with key “%2” in vault “%3”, reached by %4.</source>
        <translation>Das Konto „%1“ wird seine Daten mit dem Schlüssel „%2“ im Schlüsseltresor „%3“ verschlüsseln, auf den es über %4 zugreift.</translation>
    </message>
    <message>
        <source>The account after the setup (template form)</source>
        <translation>Das Konto nach der Einrichtung (Vorlagenform)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Cannot be undone:</source>
        <translation>Nicht umkehrbar:</translation>
    </message>
</context>
<context>
    <name>csc::CmkSetupJob</name>
    <message>
        <source>Set up the customer-managed key of “%1”</source>
        <translation>Kundenseitig verwalteten Schlüssel von „%1“ einrichten</translation>
    </message>
    <message>
        <source>The connection was closed; sign in again.</source>
        <translation>Die Verbindung wurde geschlossen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The customer-managed key setup has no steps.</source>
        <translation>Die Einrichtung des kundenseitig verwalteten Schlüssels hat keine Schritte.</translation>
    </message>
    <message>
        <source>Interrupted; the change may or may not have been applied.</source>
        <translation>Unterbrochen; die Änderung wurde möglicherweise angewendet, möglicherweise aber auch nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The customer-managed key of “%1” is set up.</source>
        <translation>Der kundenseitig verwaltete Schlüssel von „%1“ ist eingerichtet.</translation>
    </message>
    <message>
        <source>The identity “%1” already exists (principal %2).</source>
        <translation>Die Identität „%1“ ist bereits vorhanden (Prinzipal %2).</translation>
    </message>
    <message>
        <source>Created the identity “%1” (principal %2).</source>
        <translation>Die Identität „%1“ wurde erstellt (Prinzipal %2).</translation>
    </message>
    <message>
        <source>“%1” already has a system-assigned identity (principal %2).</source>
        <translation>„%1“ hat bereits eine systemseitig zugewiesene Identität (Prinzipal %2).</translation>
    </message>
    <message>
        <source>The identity “%1” is already attached to “%2”.</source>
        <translation>Die Identität „%1“ ist bereits an „%2“ angefügt.</translation>
    </message>
    <message>
        <source>Azure enabled the system-assigned identity of “%1” but did not report its principal id; read the account again and retry.</source>
        <translation>Azure hat die systemseitig zugewiesene Identität von „%1“ aktiviert, aber ihre Prinzipal-ID nicht gemeldet; lesen Sie das Konto erneut, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Enabled the system-assigned identity of “%1” (principal %2).</source>
        <translation>Die systemseitig zugewiesene Identität von „%1“ wurde aktiviert (Prinzipal %2).</translation>
    </message>
    <message>
        <source>Attached the identity “%1” to “%2”.</source>
        <translation>Die Identität „%1“ wurde an „%2“ angefügt.</translation>
    </message>
    <message>
        <source>Vault “%1” already exists.</source>
        <translation>Der Schlüsseltresor „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Created vault “%1” (%2).</source>
        <translation>Der Schlüsseltresor „%1“ wurde erstellt (%2).</translation>
    </message>
    <message>
        <source>Vault “%1” already has this setting.</source>
        <translation>Der Schlüsseltresor „%1“ hat diese Einstellung bereits.</translation>
    </message>
    <message>
        <source>Vault “%1” accepted the change but still reports the old setting.</source>
        <translation>Der Schlüsseltresor „%1“ hat die Änderung angenommen, meldet aber noch die alte Einstellung.</translation>
    </message>
    <message>
        <source>Changed vault “%1”.</source>
        <translation>Der Schlüsseltresor „%1“ wurde geändert.</translation>
    </message>
    <message>
        <source>Key “%1” already exists in vault “%2” (version %3); it is used as it is.</source>
        <translation>Der Schlüssel „%1“ ist im Schlüsseltresor „%2“ bereits vorhanden (Version %3); er wird unverändert verwendet.</translation>
    </message>
    <message>
        <source>Created key “%1” in vault “%2” (version %3).</source>
        <translation>Der Schlüssel „%1“ wurde im Schlüsseltresor „%2“ erstellt (Version %3).</translation>
    </message>
    <message>
        <source>“%1” has no system-assigned identity yet, so there is nobody to grant access to the key.</source>
        <translation>„%1“ hat noch keine systemseitig zugewiesene Identität; es gibt also niemanden, dem Zugriff auf den Schlüssel gewährt werden kann.</translation>
    </message>
    <message>
        <source>The user-assigned identity “%1” was not found.</source>
        <translation>Die benutzerseitig zugewiesene Identität „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The principal %1 already has “%2” on vault “%3”.</source>
        <translation>Der Prinzipal %1 hat „%2“ für den Schlüsseltresor „%3“ bereits.</translation>
    </message>
    <message>
        <source>Granted “%1” on vault “%2” to the principal %3.</source>
        <translation>„%1“ wurde für den Schlüsseltresor „%2“ an den Prinzipal %3 zugewiesen.</translation>
    </message>
    <message>
        <source>Vault “%1” already lets the principal %2 get, wrap and unwrap keys.</source>
        <translation>Der Schlüsseltresor „%1“ erlaubt dem Prinzipal %2 bereits, Schlüssel abzurufen, zu packen und zu entpacken.</translation>
    </message>
    <message>
        <source>Added an access policy for the principal %1 to vault “%2”.</source>
        <translation>Für den Prinzipal %1 wurde dem Schlüsseltresor „%2“ eine Zugriffsrichtlinie hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” already uses the key %2.</source>
        <translation>„%1“ verwendet bereits den Schlüssel %2.</translation>
    </message>
    <message>
        <source>“%1” now uses the key %2.</source>
        <translation>„%1“ verwendet jetzt den Schlüssel %2.</translation>
    </message>
    <message numerus="yes">
        <source>Azure Cosmos DB cannot reach key “%1” yet; new permissions can take a few minutes to apply. Trying again in %n second(s) (retry %2 of %3)…</source>
        <translation>
            <numerusform>Azure Cosmos DB kann den Schlüssel „%1“ noch nicht erreichen; neue Berechtigungen können einige Minuten brauchen, bis sie wirksam werden. Neuer Versuch in %n Sekunde (Wiederholung %2 von %3) …</numerusform>
            <numerusform>Azure Cosmos DB kann den Schlüssel „%1“ noch nicht erreichen; neue Berechtigungen können einige Minuten brauchen, bis sie wirksam werden. Neuer Versuch in %n Sekunden (Wiederholung %2 von %3) …</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” reports no customer-managed key, although %2 was set.</source>
        <translation>„%1“ meldet keinen kundenseitig verwalteten Schlüssel, obwohl %2 festgelegt wurde.</translation>
    </message>
    <message>
        <source>“%1” reports the key %2 instead of %3.</source>
        <translation>„%1“ meldet den Schlüssel %2 statt %3.</translation>
    </message>
    <message>
        <source>“%1” uses the key %2, but Azure Cosmos DB reports: %3</source>
        <translation>„%1“ verwendet den Schlüssel %2, aber Azure Cosmos DB meldet: %3</translation>
    </message>
    <message>
        <source>“%1” uses the key %2.</source>
        <translation>„%1“ verwendet den Schlüssel %2.</translation>
    </message>
    <message>
        <source>“%1” uses the key %2 (version %3).</source>
        <translation>„%1“ verwendet den Schlüssel %2 (Version %3).</translation>
    </message>
    <message>
        <source>The customer-managed key of “%1” is set up and verified.</source>
        <translation>Der kundenseitig verwaltete Schlüssel von „%1“ ist eingerichtet und überprüft.</translation>
    </message>
    <message>
        <source>The setup of the customer-managed key of “%1” was cancelled.</source>
        <translation>Die Einrichtung des kundenseitig verwalteten Schlüssels von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The setup of the customer-managed key of “%1” failed.</source>
        <translation>Die Einrichtung des kundenseitig verwalteten Schlüssels von „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The setup of the customer-managed key of “%1” is in progress.</source>
        <translation>Die Einrichtung des kundenseitig verwalteten Schlüssels von „%1“ wird ausgeführt.</translation>
    </message>
    <message>
        <source>The setup of the customer-managed key of “%1” has not started.</source>
        <translation>Die Einrichtung des kundenseitig verwalteten Schlüssels von „%1“ wurde noch nicht gestartet.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Already in place: %1</source>
        <translation>Bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>Wird ausgeführt: %1</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>Interrupted: %1 — it may or may not have been applied.</source>
        <translation>Unterbrochen: %1 — wurde möglicherweise angewendet, möglicherweise aber auch nicht.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>“%1” already uses the key %2; only the verification is missing.</source>
        <translation>„%1“ verwendet bereits den Schlüssel %2; nur die Überprüfung fehlt noch.</translation>
    </message>
    <message>
        <source>Azure may still complete the change of the key of “%1”; read the account again to see which key it uses.</source>
        <translation>Azure schließt den Schlüsselwechsel von „%1“ möglicherweise noch ab; lesen Sie das Konto erneut, um zu sehen, welchen Schlüssel es verwendet.</translation>
    </message>
    <message>
        <source>“%1” still uses its previous key %2.</source>
        <translation>„%1“ verwendet noch seinen bisherigen Schlüssel %2.</translation>
    </message>
    <message>
        <source>“%1” still uses service-managed keys: its data is not encrypted with your key yet.</source>
        <translation>„%1“ verwendet noch dienstseitig verwaltete Schlüssel: Seine Daten sind noch nicht mit Ihrem Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>The steps already done stay in place; on their own they do not change how the account&apos;s data is encrypted.</source>
        <translation>Die bereits erledigten Schritte bleiben bestehen; für sich allein ändern sie nicht, wie die Daten des Kontos verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Run the setup again with the same choices to resume: steps already in place are recognized and skipped.</source>
        <translation>Führen Sie die Einrichtung mit denselben Auswahlen erneut aus, um sie fortzusetzen: Bereits vorhandene Schritte werden erkannt und übersprungen.</translation>
    </message>
</context>
<context>
    <name>csc::CmkVaultPage</name>
    <message>
        <source>Key vault</source>
        <translation>Schlüsseltresor</translation>
    </message>
    <message>
        <source>Choose the Azure Key Vault that holds the key. Azure Cosmos DB needs soft delete and purge protection, and must be able to reach the vault as a trusted Azure service.</source>
        <translation>Wählen Sie den Azure Key Vault-Schlüsseltresor, der den Schlüssel enthält. Azure Cosmos DB benötigt vorläufiges Löschen und Bereinigungsschutz und muss den Schlüsseltresor als vertrauenswürdiger Azure-Dienst erreichen können.</translation>
    </message>
    <message>
        <source>Name of the new key vault</source>
        <translation>Name des neuen Schlüsseltresors</translation>
    </message>
    <message>
        <source>3–24 letters, digits and hyphens</source>
        <translation>3–24 Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>Resource group of the new key vault</source>
        <translation>Ressourcengruppe des neuen Schlüsseltresors</translation>
    </message>
    <message>
        <source>Use Azure &amp;role-based access control for its data (recommended)</source>
        <translation>&amp;Rollenbasierte Zugriffssteuerung in Azure für seine Daten verwenden (empfohlen)</translation>
    </message>
    <message>
        <source>Use Azure role-based access control</source>
        <translation>Rollenbasierte Zugriffssteuerung in Azure verwenden</translation>
    </message>
    <message>
        <source>Created in the account&apos;s region with soft delete (90 days) and purge protection on.</source>
        <translation>Wird in der Region des Kontos mit aktiviertem vorläufigem Löschen (90 Tage) und Bereinigungsschutz erstellt.</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>Schlüssel&amp;tresor:</translation>
    </message>
    <message>
        <source>New vault name:</source>
        <translation>Name des neuen Schlüsseltresors:</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>Ressourcengruppe:</translation>
    </message>
    <message>
        <source>Checks (tick a fix to let the setup apply it):</source>
        <translation>Prüfungen (aktivieren Sie eine Korrektur, damit die Einrichtung sie anwendet):</translation>
    </message>
    <message>
        <source>Vault checks</source>
        <translation>Prüfungen des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Loading the key vaults of the subscription…</source>
        <translation>Die Schlüsseltresore des Abonnements werden geladen …</translation>
    </message>
    <message>
        <source>Listing the key vaults</source>
        <translation>Schlüsseltresore auflisten</translation>
    </message>
    <message>
        <source>%1 (%2, Azure RBAC)</source>
        <translation>%1 (%2, Azure RBAC)</translation>
    </message>
    <message>
        <source>%1 (%2, access policies)</source>
        <translation>%1 (%2, Zugriffsrichtlinien)</translation>
    </message>
    <message>
        <source>Create a new key vault…</source>
        <translation>Neuen Schlüsseltresor erstellen …</translation>
    </message>
    <message>
        <source>Checking the key vault…</source>
        <translation>Der Schlüsseltresor wird geprüft …</translation>
    </message>
    <message>
        <source>Reading the key vault</source>
        <translation>Schlüsseltresor lesen</translation>
    </message>
    <message>
        <source>Soft delete, purge protection and network access are set as Azure Cosmos DB needs them.</source>
        <translation>Vorläufiges Löschen, Bereinigungsschutz und Netzwerkzugriff sind so eingestellt, wie Azure Cosmos DB es benötigt.</translation>
    </message>
    <message>
        <source>Permission model: Azure role-based access control. The identity will get the role “Key Vault Crypto Service Encryption User”.</source>
        <translation>Berechtigungsmodell: Rollenbasierte Zugriffssteuerung in Azure. Die Identität erhält die Rolle „Key Vault Crypto Service Encryption User“.</translation>
    </message>
    <message>
        <source>Permission model: access policies. The identity will get an access policy with the key permissions get, wrapKey and unwrapKey.</source>
        <translation>Berechtigungsmodell: Zugriffsrichtlinien. Die Identität erhält eine Zugriffsrichtlinie mit den Schlüsselberechtigungen get, wrapKey und unwrapKey.</translation>
    </message>
    <message>
        <source>Permission model: access policies (get, wrapKey, unwrapKey).</source>
        <translation>Berechtigungsmodell: Zugriffsrichtlinien (get, wrapKey, unwrapKey).</translation>
    </message>
    <message>
        <source>A key vault named “%1” already exists: choose it in the list instead.</source>
        <translation>Es gibt bereits einen Schlüsseltresor namens „%1“: Wählen Sie ihn stattdessen in der Liste aus.</translation>
    </message>
</context>
<context>
    <name>csc::CmkVerifyPage</name>
    <message>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>The account reports the customer-managed key in use.</source>
        <translation>Das Konto meldet, dass der kundenseitig verwaltete Schlüssel verwendet wird.</translation>
    </message>
    <message>
        <source>Key URI:</source>
        <translation>Schlüssel-URI:</translation>
    </message>
    <message>
        <source>Key version in use:</source>
        <translation>Verwendete Schlüsselversion:</translation>
    </message>
    <message>
        <source>Default identity:</source>
        <translation>Standardidentität:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Keep the key&apos;s previous versions enabled for 24 hours after a rotation, and never disable or delete the key or remove the identity&apos;s access while the account exists: Azure Cosmos DB would lose access to the data. The Encryption panel shows the key&apos;s health.</source>
        <translation>Lassen Sie die vorherigen Versionen des Schlüssels nach einer Rotation 24 Stunden lang aktiviert, und deaktivieren oder löschen Sie den Schlüssel nie und entziehen Sie der Identität nie den Zugriff, solange das Konto existiert: Azure Cosmos DB würde sonst den Zugriff auf die Daten verlieren. Der Bereich „Verschlüsselung“ zeigt die Integrität des Schlüssels an.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>System-assigned identity (object id %1)</source>
        <translation>Systemseitig zugewiesene Identität (Objekt-ID %1)</translation>
    </message>
    <message>
        <source>User-assigned identity “%1” (object id %2)</source>
        <translation>Benutzerseitig zugewiesene Identität „%1“ (Objekt-ID %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The Azure Cosmos DB first-party identity</source>
        <translation>Die Erstanbieteridentität von Azure Cosmos DB</translation>
    </message>
</context>
<context>
    <name>csc::CmkWizard</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tick to let the setup fix this. The fix cannot be undone.</source>
        <translation>Aktivieren Sie diese Option, damit die Einrichtung dies behebt. Die Korrektur kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Tick to let the setup fix this.</source>
        <translation>Aktivieren Sie diese Option, damit die Einrichtung dies behebt.</translation>
    </message>
    <message>
        <source>Customer-managed key for “%1”</source>
        <translation>Kundenseitig verwalteter Schlüssel für „%1“</translation>
    </message>
    <message>
        <source>Stop the setup?</source>
        <translation>Einrichtung anhalten?</translation>
    </message>
    <message>
        <source>The setup is still running. Stop it now?</source>
        <translation>Die Einrichtung wird noch ausgeführt. Jetzt anhalten?</translation>
    </message>
    <message>
        <source>The step in progress may or may not complete in Azure. Everything done so far stays in place, and you can resume the setup later from the Encryption panel.</source>
        <translation>Der laufende Schritt wird in Azure möglicherweise noch abgeschlossen. Alles bisher Erledigte bleibt bestehen, und Sie können die Einrichtung später im Bereich „Verschlüsselung“ fortsetzen.</translation>
    </message>
</context>
<context>
    <name>csc::CommandPreview</name>
    <message>
        <source>Equivalent command</source>
        <translation>Entsprechender Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
</context>
<context>
    <name>csc::ConnectionProfile</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>The connection name is longer than 100 characters.</source>
        <translation>Der Name der Verbindung ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The tenant must be a directory (tenant) id such as 00000000-0000-0000-0000-000000000000 or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Der Mandant muss eine Verzeichnis-ID (Mandanten-ID) wie 00000000-0000-0000-0000-000000000000 oder eine Domäne wie contoso.onmicrosoft.com sein.</translation>
    </message>
    <message>
        <source>The client id must be the application (client) id of an app registration, a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>Die Client-ID muss die Anwendungs-ID (Client-ID) einer App-Registrierung sein, eine GUID wie 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>The sign-in authority must be an https:// address without query, for example https://login.microsoftonline.com.</source>
        <translation>Die Anmeldeautorität muss eine https://-Adresse ohne Abfrageteil sein, zum Beispiel https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>The Resource Manager endpoint must be an https:// address without query, for example https://management.azure.com.</source>
        <translation>Der Resource-Manager-Endpunkt muss eine https://-Adresse ohne Abfrageteil sein, zum Beispiel https://management.azure.com.</translation>
    </message>
    <message>
        <source>The trusted certificate authority file %1 cannot be read.</source>
        <translation>Die Datei der vertrauenswürdigen Zertifizierungsstelle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This version signs in with a client secret only.</source>
        <translation>Diese Version meldet sich nur mit einem geheimen Clientschlüssel an.</translation>
    </message>
</context>
<context>
    <name>csc::ConnectionTester</name>
    <message>
        <source>Signing in to Microsoft Entra ID…</source>
        <translation>Anmeldung bei Microsoft Entra ID …</translation>
    </message>
    <message>
        <source>Listing subscriptions…</source>
        <translation>Abonnements werden aufgelistet …</translation>
    </message>
    <message>
        <source>List subscriptions</source>
        <translation>Abonnements auflisten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>csc::CosmosAccount</name>
    <message>
        <source>The %1 object has no &quot;%2&quot;.</source>
        <translation>Das Objekt %1 hat kein „%2“.</translation>
    </message>
</context>
<context>
    <name>csc::CosmosConnectionString</name>
    <message>
        <source>•••• (1 character)</source>
        <translation>•••• (1 Zeichen)</translation>
    </message>
    <message>
        <source>•••• (%1 characters)</source>
        <translation>•••• (%1 Zeichen)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not base64 text, so it cannot be a Cosmos DB account key (a key is 88 characters of base64 ending in ==).</source>
        <translation>%1 ist kein Base64-Text und kann daher kein Kontoschlüssel von Cosmos DB sein (ein Schlüssel besteht aus 88 Base64-Zeichen und endet auf ==).</translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URL such as https://myaccount.documents.azure.com:443/; it is &quot;%2&quot;.</source>
        <translation>%1 muss eine absolute https://-URL sein, etwa https://myaccount.documents.azure.com:443/; sie lautet „%2“.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>The MongoDB connection string has no user name and password (mongodb://&lt;account&gt;:&lt;key&gt;@&lt;host&gt;:10255/...), so it carries no key to inspect.</source>
        <translation>Die MongoDB-Verbindungszeichenfolge hat keinen Benutzernamen und kein Kennwort (mongodb://&lt;account&gt;:&lt;key&gt;@&lt;host&gt;:10255/...) und enthält daher keinen Schlüssel zum Untersuchen.</translation>
    </message>
    <message>
        <source>The MongoDB connection string has a user name but no password.</source>
        <translation>Die MongoDB-Verbindungszeichenfolge hat einen Benutzernamen, aber kein Kennwort.</translation>
    </message>
    <message>
        <source>The password (the account key)</source>
        <translation>Das Kennwort (der Kontoschlüssel)</translation>
    </message>
    <message>
        <source>The MongoDB connection string names no host.</source>
        <translation>Die MongoDB-Verbindungszeichenfolge nennt keinen Host.</translation>
    </message>
    <message>
        <source>The MongoDB host &quot;%1&quot; is not a valid host name.</source>
        <translation>Der MongoDB-Host „%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The connection string has too many options.</source>
        <translation>Die Verbindungszeichenfolge hat zu viele Optionen.</translation>
    </message>
    <message>
        <source>The option %1 appears twice.</source>
        <translation>Die Option %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>API for NoSQL</source>
        <translation>API für NoSQL</translation>
    </message>
    <message>
        <source>API for Table</source>
        <translation>API für Table</translation>
    </message>
    <message>
        <source>API for MongoDB</source>
        <translation>API für MongoDB</translation>
    </message>
    <message>
        <source>The connection string is too large (%1 bytes; at most %2 are accepted).</source>
        <translation>Die Verbindungszeichenfolge ist zu groß (%1 Bytes; höchstens %2 werden akzeptiert).</translation>
    </message>
    <message>
        <source>The connection string contains binary data (a NUL or control byte); it must be text.</source>
        <translation>Die Verbindungszeichenfolge enthält Binärdaten (ein NUL- oder Steuerbyte); sie muss Text sein.</translation>
    </message>
    <message>
        <source>The connection string is not UTF-8 text.</source>
        <translation>Die Verbindungszeichenfolge ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The connection string is empty.</source>
        <translation>Die Verbindungszeichenfolge ist leer.</translation>
    </message>
    <message>
        <source>The connection string has too many settings.</source>
        <translation>Die Verbindungszeichenfolge hat zu viele Einstellungen.</translation>
    </message>
    <message>
        <source>Setting %1 of the connection string is not of the form Name=Value.</source>
        <translation>Einstellung %1 der Verbindungszeichenfolge hat nicht die Form Name=Wert.</translation>
    </message>
    <message>
        <source>Setting %1 of the connection string has an empty name.</source>
        <translation>Einstellung %1 der Verbindungszeichenfolge hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>The setting %1 appears twice; the SDKs would silently use one of them.</source>
        <translation>Die Einstellung %1 kommt zweimal vor; die SDKs würden stillschweigend eine davon verwenden.</translation>
    </message>
    <message>
        <source>The connection string has no TableEndpoint. A Cosmos DB API for Table connection string names it (https://&lt;account&gt;.table.cosmos.azure.com:443/); without it this is an Azure Storage connection string.</source>
        <translation>Die Verbindungszeichenfolge hat keinen TableEndpoint. Eine Verbindungszeichenfolge der Cosmos-DB-API für Table nennt ihn (https://&lt;account&gt;.table.cosmos.azure.com:443/); ohne ihn ist dies eine Azure-Storage-Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>This is not a Cosmos DB connection string: it has no AccountEndpoint (API for NoSQL) and no TableEndpoint (API for Table).</source>
        <translation>Dies ist keine Cosmos-DB-Verbindungszeichenfolge: Sie hat weder AccountEndpoint (API für NoSQL) noch TableEndpoint (API für Table).</translation>
    </message>
    <message>
        <source>The connection string has no AccountKey, so it cannot authorize anything.</source>
        <translation>Die Verbindungszeichenfolge hat keinen AccountKey und kann daher nichts autorisieren.</translation>
    </message>
</context>
<context>
    <name>csc::CosmosCredential</name>
    <message>
        <source>The %1 is too large (%2 bytes; at most %3 are accepted).</source>
        <translation>Die Eingabe (%1) ist zu groß (%2 Bytes; höchstens %3 werden akzeptiert).</translation>
    </message>
    <message>
        <source>The %1 contains binary data (a NUL or control byte); it must be text.</source>
        <translation>Die Eingabe (%1) enthält Binärdaten (ein NUL- oder Steuerbyte); sie muss Text sein.</translation>
    </message>
    <message>
        <source>The %1 is not UTF-8 text.</source>
        <translation>Die Eingabe (%1) ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 Zeichen)</translation>
    </message>
    <message>
        <source>authorization value</source>
        <translation>Autorisierungswert</translation>
    </message>
    <message>
        <source>The authorization value is empty.</source>
        <translation>Der Autorisierungswert ist leer.</translation>
    </message>
    <message>
        <source>This is a Bearer header, not a Cosmos DB authorization value: Cosmos DB expects type=aad&amp;ver=1.0&amp;sig=&lt;token&gt;, percent-encoded, without &quot;Bearer&quot;.</source>
        <translation>Dies ist ein Bearer-Header, kein Autorisierungswert von Cosmos DB: Cosmos DB erwartet type=aad&amp;ver=1.0&amp;sig=&lt;token&gt;, prozentcodiert, ohne „Bearer“.</translation>
    </message>
    <message>
        <source>This is not a Cosmos DB authorization value: it does not start with type=master, type=resource or type=aad, also after percent-decoding up to %1 times.</source>
        <translation>Dies ist kein Autorisierungswert von Cosmos DB: Er beginnt nicht mit type=master, type=resource oder type=aad, auch nicht nach bis zu %1-maliger Prozentdecodierung.</translation>
    </message>
    <message>
        <source>The authorization value is not of the form type=...&amp;ver=...&amp;sig=... (one of the three is missing or empty).</source>
        <translation>Der Autorisierungswert hat nicht die Form type=...&amp;ver=...&amp;sig=... (einer der drei Teile fehlt oder ist leer).</translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; master-key signatures use ver=1.0.</source>
        <translation>Die Version ist „%1“; Hauptschlüsselsignaturen verwenden ver=1.0.</translation>
    </message>
    <message>
        <source>The master-key signature contains spaces: a &apos;+&apos; was turned into a space, usually by decoding the value as a form or a query string.</source>
        <translation>Die Hauptschlüsselsignatur enthält Leerzeichen: Ein „+“ wurde in ein Leerzeichen umgewandelt, meist weil der Wert als Formular oder Abfragezeichenfolge decodiert wurde.</translation>
    </message>
    <message>
        <source>The master-key signature is not base64.</source>
        <translation>Die Hauptschlüsselsignatur ist kein Base64.</translation>
    </message>
    <message>
        <source>The master-key signature decodes to %1 bytes; an HMAC-SHA256 signature has 32.</source>
        <translation>Die Hauptschlüsselsignatur ergibt decodiert %1 Bytes; eine HMAC-SHA256-Signatur hat 32.</translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; resource tokens use ver=1.</source>
        <translation>Die Version ist „%1“; Ressourcentoken verwenden ver=1.</translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; Entra ID (aad) values use ver=1.0.</source>
        <translation>Die Version ist „%1“; Entra-ID-Werte (aad) verwenden ver=1.0.</translation>
    </message>
    <message>
        <source>The type=aad value does not carry a readable JWT: %1</source>
        <translation>Der type=aad-Wert enthält kein lesbares JWT: %1</translation>
    </message>
    <message>
        <source>Unknown authorization type &quot;%1&quot;: Cosmos DB knows master, resource and aad.</source>
        <translation>Unbekannter Autorisierungstyp „%1“: Cosmos DB kennt master, resource und aad.</translation>
    </message>
    <message>
        <source>resource token</source>
        <translation>Ressourcentoken</translation>
    </message>
    <message>
        <source>The resource token is empty.</source>
        <translation>Das Ressourcentoken ist leer.</translation>
    </message>
    <message>
        <source>This is not a resource token: it does not start with type=resource&amp;ver=1&amp;sig=.</source>
        <translation>Dies ist kein Ressourcentoken: Es beginnt nicht mit type=resource&amp;ver=1&amp;sig=.</translation>
    </message>
    <message>
        <source>The resource token has no sig= part.</source>
        <translation>Das Ressourcentoken hat keinen sig=-Teil.</translation>
    </message>
    <message>
        <source>The resource token&apos;s version is &quot;%1&quot;; the service issues ver=1.</source>
        <translation>Die Version des Ressourcentokens ist „%1“; der Dienst stellt ver=1 aus.</translation>
    </message>
    <message>
        <source>The resource token is not of the form type=resource&amp;ver=1&amp;sig=&lt;signature&gt;;&lt;data&gt;; (it was cut off, or parts were added).</source>
        <translation>Das Ressourcentoken hat nicht die Form type=resource&amp;ver=1&amp;sig=&lt;signature&gt;;&lt;data&gt;; (es wurde abgeschnitten, oder es wurden Teile hinzugefügt).</translation>
    </message>
    <message>
        <source>The resource token&apos;s signature is not base64.</source>
        <translation>Die Signatur des Ressourcentokens ist kein Base64.</translation>
    </message>
    <message>
        <source>The resource token&apos;s data part is not base64.</source>
        <translation>Der Datenteil des Ressourcentokens ist kein Base64.</translation>
    </message>
    <message>
        <source>permission document</source>
        <translation>Berechtigungsdokument</translation>
    </message>
    <message>
        <source>The permission document is JSON nested too deeply.</source>
        <translation>Das Berechtigungsdokument ist zu tief verschachteltes JSON.</translation>
    </message>
    <message>
        <source>The permission document is not valid JSON: %1 at offset %2.</source>
        <translation>Das Berechtigungsdokument ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The permission document is not a JSON object.</source>
        <translation>Das Berechtigungsdokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JSON has no _token: a permission document carries its resource token there (the service adds it whenever the permission is created, read or replaced).</source>
        <translation>Das JSON hat kein _token: Dort trägt ein Berechtigungsdokument sein Ressourcentoken (der Dienst fügt es hinzu, wann immer die Berechtigung erstellt, gelesen oder ersetzt wird).</translation>
    </message>
    <message>
        <source>The permission document has a member of the wrong type (id, permissionMode, resource, _rid and _etag are strings).</source>
        <translation>Das Berechtigungsdokument hat ein Element mit falschem Typ (id, permissionMode, resource, _rid und _etag sind Zeichenketten).</translation>
    </message>
    <message>
        <source>The permission&apos;s _token is not a resource token: %1</source>
        <translation>Das _token der Berechtigung ist kein Ressourcentoken: %1</translation>
    </message>
</context>
<context>
    <name>csc::CosmosDataClient</name>
    <message>
        <source>The connection was closed; sign in again.</source>
        <translation>Die Verbindung wurde geschlossen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account document has no id.</source>
        <translation>Das Kontodokument hat keine ID.</translation>
    </message>
    <message>
        <source>Read the Cosmos DB account document</source>
        <translation>Das Kontodokument von Cosmos DB lesen</translation>
    </message>
    <message>
        <source>List Cosmos DB databases</source>
        <translation>Cosmos-DB-Datenbanken auflisten</translation>
    </message>
    <message>
        <source>The list of databases has no Databases array.</source>
        <translation>Die Datenbankliste hat kein Databases-Array.</translation>
    </message>
    <message>
        <source>The key is not a valid Cosmos DB account key (base64 expected).</source>
        <translation>Der Schlüssel ist kein gültiger Kontoschlüssel von Cosmos DB (Base64 erwartet).</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The account endpoint could not be reached, so the key was not tested: %1 %2</source>
        <translation>Der Kontoendpunkt war nicht erreichbar, daher wurde der Schlüssel nicht getestet: %1 %2</translation>
    </message>
    <message>
        <source>Key-based authentication is disabled on this account (disableLocalAuth is true): every account key and resource token is refused with 401, substatus 5202. Applications must sign in with Microsoft Entra ID, or an administrator must enable key-based authentication again.</source>
        <translation>Die schlüsselbasierte Authentifizierung ist für dieses Konto deaktiviert (disableLocalAuth ist true): Jeder Kontoschlüssel und jedes Ressourcentoken wird mit 401, Unterstatus 5202, abgelehnt. Anwendungen müssen sich mit Microsoft Entra ID anmelden, oder ein Administrator muss die schlüsselbasierte Authentifizierung wieder aktivieren.</translation>
    </message>
    <message>
        <source>The service refused the request&apos;s time stamp (x-ms-date): this computer&apos;s clock differs too much from the service&apos;s. Correct the system clock (use network time) and test again; the key itself may be fine.</source>
        <translation>Der Dienst hat den Zeitstempel der Anfrage (x-ms-date) abgelehnt: Die Uhr dieses Computers weicht zu stark von der des Dienstes ab. Stellen Sie die Systemuhr richtig (Netzwerkzeit verwenden) und testen Sie erneut; der Schlüssel selbst kann in Ordnung sein.</translation>
    </message>
    <message>
        <source>The authorization header was missing or malformed (401, substatus %1).</source>
        <translation>Der Authorization-Header fehlte oder war fehlerhaft (401, Unterstatus %1).</translation>
    </message>
    <message>
        <source>The key was refused (401): the signature does not match any current key of the account. The key is wrong or incomplete, or it was regenerated since it was copied (the old value stops working at once; during a rotation both values may fail briefly). A skewed system clock also causes this. Read the keys again and retry.</source>
        <translation>Der Schlüssel wurde abgelehnt (401): Die Signatur passt zu keinem aktuellen Schlüssel des Kontos. Der Schlüssel ist falsch oder unvollständig, oder er wurde seit dem Kopieren neu generiert (der alte Wert funktioniert sofort nicht mehr; während einer Rotation können beide Werte kurz fehlschlagen). Auch eine falsch gehende Systemuhr verursacht das. Lesen Sie die Schlüssel erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The key was not checked: the account&apos;s firewall blocked this computer. The request came from IP %1 through the public internet, and that address is not allowed by the account&apos;s IP rules (or public network access is disabled). Add the address to the firewall, or connect through an allowed network or private endpoint; firewall changes can take up to 15 minutes.</source>
        <translation>Der Schlüssel wurde nicht geprüft: Die Firewall des Kontos hat diesen Computer blockiert. Die Anfrage kam von der IP %1 über das öffentliche Internet, und diese Adresse ist in den IP-Regeln des Kontos nicht erlaubt (oder der öffentliche Netzwerkzugriff ist deaktiviert). Fügen Sie die Adresse der Firewall hinzu oder verbinden Sie sich über ein erlaubtes Netzwerk oder einen privaten Endpunkt; Firewalländerungen können bis zu 15 Minuten dauern.</translation>
    </message>
    <message>
        <source>The key was not checked: the account&apos;s network rules blocked this request (%1).</source>
        <translation>Der Schlüssel wurde nicht geprüft: Die Netzwerkregeln des Kontos haben diese Anfrage blockiert (%1).</translation>
    </message>
    <message>
        <source>The identity was recognised but is not allowed to do this (403, substatus %1): it has no Cosmos DB data-plane role assignment granting the required data action on this scope. Assign a data-plane role such as Cosmos DB Built-in Data Reader or Contributor.</source>
        <translation>Die Identität wurde erkannt, darf dies aber nicht (403, Unterstatus %1): Sie hat keine Rollenzuweisung der Cosmos-DB-Datenebene, die die nötige Datenaktion auf diesem Bereich gewährt. Weisen Sie eine Datenebenenrolle wie „Cosmos DB Built-in Data Reader“ oder „Contributor“ zu.</translation>
    </message>
    <message>
        <source>The operation is not allowed through the data plane with this credential (403, substatus 5300): metadata writes (databases, containers, throughput) must go through Azure Resource Manager on this account.</source>
        <translation>Der Vorgang ist mit diesen Anmeldedaten über die Datenebene nicht erlaubt (403, Unterstatus 5300): Metadatenänderungen (Datenbanken, Container, Durchsatz) müssen bei diesem Konto über Azure Resource Manager erfolgen.</translation>
    </message>
    <message>
        <source>The request was authenticated but refused (403): %1</source>
        <translation>Die Anfrage wurde authentifiziert, aber abgelehnt (403): %1</translation>
    </message>
</context>
<context>
    <name>csc::CosmosItemsClient</name>
    <message>
        <source>The connection was closed; sign in again.</source>
        <translation>Die Verbindung wurde geschlossen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>database id</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <source>container id</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>Read items of %1</source>
        <translation>Elemente von %1 lesen</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>Element-ID</translation>
    </message>
    <message>
        <source>Read item %1</source>
        <translation>Element %1 lesen</translation>
    </message>
    <message>
        <source>Create item %1</source>
        <translation>Element %1 erstellen</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Element %1 löschen</translation>
    </message>
    <message>
        <source>Create database %1</source>
        <translation>Datenbank %1 erstellen</translation>
    </message>
    <message>
        <source>Create container %1</source>
        <translation>Container %1 erstellen</translation>
    </message>
</context>
<context>
    <name>csc::CosmosPermissionDialog</name>
    <message>
        <source>New Permission</source>
        <translation>Neue Berechtigung</translation>
    </message>
    <message>
        <source>A permission of user “%1” grants one resource in database “%2”. Every token minted from it carries exactly this grant.</source>
        <translation>Eine Berechtigung des Benutzers „%1“ gewährt Zugriff auf genau eine Ressource in der Datenbank „%2“. Jedes daraus ausgestellte Token enthält genau diese Freigabe.</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>e.g. read-orders</source>
        <translation>z. B. read-orders</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>All (read and write)</source>
        <translation>Alle (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>The whole &amp;database “%1”</source>
        <translation>Die gesamte &amp;Datenbank „%1“</translation>
    </message>
    <message>
        <source>One &amp;container</source>
        <translation>Ein &amp;Container</translation>
    </message>
    <message>
        <source>One &amp;item in a container</source>
        <translation>Ein E&amp;lement in einem Container</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Element-ID</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>Element-ID</translation>
    </message>
    <message>
        <source>Partition key value type</source>
        <translation>Typ des Partitionsschlüsselwerts</translation>
    </message>
    <message>
        <source>Any partition</source>
        <translation>Beliebige Partition</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>true / false</source>
        <translation>true / false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Partition key value</source>
        <translation>Partitionsschlüsselwert</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>I&amp;tem id:</source>
        <translation>Elemen&amp;t-ID:</translation>
    </message>
    <message>
        <source>Partition key path:</source>
        <translation>Partitionsschlüsselpfad:</translation>
    </message>
    <message>
        <source>&amp;Partition key value:</source>
        <translation>&amp;Partitionsschlüsselwert:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Permission &amp;id:</source>
        <translation>Berechtigungs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Loading containers…</source>
        <translation>Container werden geladen …</translation>
    </message>
    <message>
        <source>Containers could not be listed</source>
        <translation>Container konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The containers of “%1” could not be listed: %2</source>
        <translation>Die Container von „%1“ konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>No containers</source>
        <translation>Keine Container</translation>
    </message>
    <message>
        <source>Edit Permission</source>
        <translation>Berechtigung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The partition key value is not a number.</source>
        <translation>Der Partitionsschlüsselwert ist keine Zahl.</translation>
    </message>
    <message>
        <source>Type true or false as the partition key value.</source>
        <translation>Geben Sie true oder false als Partitionsschlüsselwert ein.</translation>
    </message>
    <message>
        <source>(not used for a database)</source>
        <translation>(für eine Datenbank nicht verwendet)</translation>
    </message>
    <message>
        <source>(the container is not partitioned)</source>
        <translation>(der Container ist nicht partitioniert)</translation>
    </message>
    <message>
        <source>Choose a container.</source>
        <translation>Wählen Sie einen Container aus.</translation>
    </message>
    <message>
        <source>Type the item id.</source>
        <translation>Geben Sie die Element-ID ein.</translation>
    </message>
    <message>
        <source>The container is not partitioned: leave the partition key at Any partition.</source>
        <translation>Der Container ist nicht partitioniert: Lassen Sie den Partitionsschlüssel auf „Beliebige Partition“.</translation>
    </message>
    <message>
        <source>Tokens of “%1” will allow: %2</source>
        <translation>Token von „%1“ erlauben: %2</translation>
    </message>
</context>
<context>
    <name>csc::CosmosPermissionsService</name>
    <message>
        <source>The connection was closed; sign in again.</source>
        <translation>Die Verbindung wurde geschlossen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>List Cosmos DB databases</source>
        <translation>Cosmos-DB-Datenbanken auflisten</translation>
    </message>
    <message>
        <source>database id</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>Container auflisten</translation>
    </message>
    <message>
        <source>List users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Create user %1</source>
        <translation>Benutzer %1 erstellen</translation>
    </message>
    <message>
        <source>new user id</source>
        <translation>neue Benutzer-ID</translation>
    </message>
    <message>
        <source>Rename user %1</source>
        <translation>Benutzer %1 umbenennen</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <source>List permissions of %1</source>
        <translation>Berechtigungen von %1 auflisten</translation>
    </message>
    <message>
        <source>permission id</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>Mint a resource token for %1</source>
        <translation>Ressourcentoken für %1 ausstellen</translation>
    </message>
    <message>
        <source>Create permission %1</source>
        <translation>Berechtigung %1 erstellen</translation>
    </message>
    <message>
        <source>Replace permission %1</source>
        <translation>Berechtigung %1 ersetzen</translation>
    </message>
    <message>
        <source>Delete permission %1</source>
        <translation>Berechtigung %1 löschen</translation>
    </message>
</context>
<context>
    <name>csc::CosmosRules</name>
    <message>
        <source>Enter a %1.</source>
        <translation>Geben Sie eine %1 ein.</translation>
    </message>
    <message>
        <source>The %1 is longer than 255 characters.</source>
        <translation>Die %1 ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 must not contain the characters / \ ? or #.</source>
        <translation>Die %1 darf die Zeichen / \ ? und # nicht enthalten.</translation>
    </message>
    <message>
        <source>The %1 must not contain control characters.</source>
        <translation>Die %1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The %1 must not end with a space.</source>
        <translation>Die %1 darf nicht mit einem Leerzeichen enden.</translation>
    </message>
    <message>
        <source>A resource token lives between %1 seconds and %2 hours; %3 seconds is outside that range.</source>
        <translation>Ein Ressourcentoken ist zwischen %1 Sekunden und %2 Stunden gültig; %3 Sekunden liegen außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <source>A database in the list has no id.</source>
        <translation>Eine Datenbank in der Liste hat keine ID.</translation>
    </message>
    <message>
        <source>A container in the list has no id.</source>
        <translation>Ein Container in der Liste hat keine ID.</translation>
    </message>
    <message>
        <source>A user in the answer has no id.</source>
        <translation>Ein Benutzer in der Antwort hat keine ID.</translation>
    </message>
    <message>
        <source>Read, create, replace and delete</source>
        <translation>Lesen, erstellen, ersetzen und löschen</translation>
    </message>
    <message>
        <source>Read and query only; writes are refused</source>
        <translation>Nur lesen und abfragen; Schreibvorgänge werden abgelehnt</translation>
    </message>
    <message>
        <source>permission id</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>Choose the database, container or item the permission is for.</source>
        <translation>Wählen Sie die Datenbank, den Container oder das Element, für das die Berechtigung gilt.</translation>
    </message>
    <message>
        <source>A permission of a user in database “%1” can only grant access inside that database.</source>
        <translation>Eine Berechtigung eines Benutzers in der Datenbank „%1“ kann nur Zugriff innerhalb dieser Datenbank gewähren.</translation>
    </message>
    <message>
        <source>A partition key can only restrict a permission on a container.</source>
        <translation>Ein Partitionsschlüssel kann nur eine Berechtigung für einen Container einschränken.</translation>
    </message>
    <message>
        <source>A partition key value must be a string, a number, true, false or null.</source>
        <translation>Ein Partitionsschlüsselwert muss eine Zeichenfolge, eine Zahl, true, false oder null sein.</translation>
    </message>
    <message>
        <source>A permission in the answer has no id.</source>
        <translation>Eine Berechtigung in der Antwort hat keine ID.</translation>
    </message>
    <message>
        <source>The permission “%1” has an unknown permissionMode.</source>
        <translation>Die Berechtigung „%1“ hat einen unbekannten permissionMode.</translation>
    </message>
</context>
<context>
    <name>csc::CosmosUserDialog</name>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Rename User</source>
        <translation>Benutzer umbenennen</translation>
    </message>
    <message>
        <source>A user in database “%1” is a name that permissions hang under. Each permission mints resource tokens for one resource.</source>
        <translation>Ein Benutzer in der Datenbank „%1“ ist ein Name, unter dem Berechtigungen zusammengefasst werden. Jede Berechtigung stellt Ressourcentoken für genau eine Ressource aus.</translation>
    </message>
    <message>
        <source>Renaming user “%1” keeps its permissions; tokens already minted keep working.</source>
        <translation>Beim Umbenennen des Benutzers „%1“ bleiben seine Berechtigungen erhalten; bereits ausgestellte Token funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>e.g. tenant-42-reader</source>
        <translation>z. B. tenant-42-reader</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>User &amp;id:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Type the new id.</source>
        <translation>Geben Sie die neue ID ein.</translation>
    </message>
</context>
<context>
    <name>csc::EncryptionPanel</name>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Open &amp;Accounts</source>
        <translation>&amp;Konten öffnen</translation>
    </message>
    <message>
        <source>Open the Accounts panel</source>
        <translation>Bereich „Konten“ öffnen</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>&amp;Fortsetzen …</translation>
    </message>
    <message>
        <source>Resume the interrupted customer-managed key setup</source>
        <translation>Die unterbrochene Einrichtung des kundenseitig verwalteten Schlüssels fortsetzen</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>Fortschritt des Vorgangs</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the operation</source>
        <translation>Nicht mehr auf den Vorgang warten</translation>
    </message>
    <message>
        <source>Equivalent Azure CLI command</source>
        <translation>Entsprechender Azure CLI-Befehl</translation>
    </message>
    <message>
        <source>Service-managed keys</source>
        <translation>Dienstseitig verwaltete Schlüssel</translation>
    </message>
    <message>
        <source>The data of this account is encrypted at rest with keys that Microsoft creates, stores and rotates. Nothing needs to be done for that.</source>
        <translation>Die Daten dieses Kontos werden im Ruhezustand mit Schlüsseln verschlüsselt, die Microsoft erstellt, speichert und rotiert. Dafür ist nichts zu tun.</translation>
    </message>
    <message>
        <source>A customer-managed key adds a second layer that you control: the account&apos;s data encryption key is wrapped with an RSA key in your Azure Key Vault. You decide who may use the key, rotate it on your schedule, see every use in the vault&apos;s logs, and can revoke access — after which the account&apos;s data can no longer be read.</source>
        <translation>Ein kundenseitig verwalteter Schlüssel fügt eine zweite Ebene hinzu, die Sie steuern: Der Datenverschlüsselungsschlüssel des Kontos wird mit einem RSA-Schlüssel in Ihrem Azure Key Vault gepackt. Sie entscheiden, wer den Schlüssel verwenden darf, rotieren ihn nach Ihrem Zeitplan, sehen jede Verwendung in den Protokollen des Schlüsseltresors und können den Zugriff entziehen — danach können die Daten des Kontos nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>It costs request units (about +5 % for point reads, +6 % for writes, +15 % for queries), does not cover the names of databases and containers, indexing paths or partition key values, and cannot be undone: an account never goes back to service-managed keys.</source>
        <translation>Er kostet Anforderungseinheiten (etwa +5 % für Punktlesevorgänge, +6 % für Schreibvorgänge, +15 % für Abfragen), deckt die Namen von Datenbanken und Containern, Indizierungspfade und Partitionsschlüsselwerte nicht ab und kann nicht rückgängig gemacht werden: Ein Konto kehrt nie zu dienstseitig verwalteten Schlüsseln zurück.</translation>
    </message>
    <message>
        <source>&amp;Set up a customer-managed key…</source>
        <translation>Kundenseitig verwalteten Schlüssel &amp;einrichten …</translation>
    </message>
    <message>
        <source>Set up a customer-managed key</source>
        <translation>Kundenseitig verwalteten Schlüssel einrichten</translation>
    </message>
    <message>
        <source>Customer-managed key</source>
        <translation>Kundenseitig verwalteter Schlüssel</translation>
    </message>
    <message>
        <source>Health of the customer-managed key</source>
        <translation>Integrität des kundenseitig verwalteten Schlüssels</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Integrität:</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Schlüsseltresor</translation>
    </message>
    <message>
        <source>Key vault:</source>
        <translation>Schlüsseltresor:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Schlüsselname:</translation>
    </message>
    <message>
        <source>Key URI</source>
        <translation>Schlüssel-URI</translation>
    </message>
    <message>
        <source>Key URI kind</source>
        <translation>Art des Schlüssel-URI</translation>
    </message>
    <message>
        <source>Key URI:</source>
        <translation>Schlüssel-URI:</translation>
    </message>
    <message>
        <source>Key version in use</source>
        <translation>Verwendete Schlüsselversion</translation>
    </message>
    <message>
        <source>Version in use:</source>
        <translation>Verwendete Version:</translation>
    </message>
    <message>
        <source>Identity that uses the key</source>
        <translation>Identität, die den Schlüssel verwendet</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Key expiry</source>
        <translation>Ablauf des Schlüssels</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Latest key version</source>
        <translation>Neueste Schlüsselversion</translation>
    </message>
    <message>
        <source>Latest version:</source>
        <translation>Neueste Version:</translation>
    </message>
    <message>
        <source>Key Vault notice</source>
        <translation>Key Vault-Hinweis</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren …</translation>
    </message>
    <message>
        <source>Rotate the customer-managed key</source>
        <translation>Den kundenseitig verwalteten Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Create a new version of the key in Key Vault.</source>
        <translation>Eine neue Version des Schlüssels in Key Vault erstellen.</translation>
    </message>
    <message>
        <source>C&amp;hange key…</source>
        <translation>Schlüssel &amp;wechseln …</translation>
    </message>
    <message>
        <source>Use another key</source>
        <translation>Einen anderen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the account and the key again</source>
        <translation>Konto und Schlüssel erneut lesen</translation>
    </message>
    <message>
        <source>What happened and how to recover</source>
        <translation>Was passiert ist und wie Sie es beheben</translation>
    </message>
    <message>
        <source>Azure Cosmos DB cannot use the key that protects this account&apos;s data encryption key. Until access is restored, no data can be read or written — the only operation still possible on the account is deleting it. Once the cause is fixed, Cosmos DB picks the key up again; in Azure this can take up to an hour.</source>
        <translation>Azure Cosmos DB kann den Schlüssel nicht verwenden, der den Datenverschlüsselungsschlüssel dieses Kontos schützt. Bis der Zugriff wiederhergestellt ist, können keine Daten gelesen oder geschrieben werden — der einzige noch mögliche Vorgang für das Konto ist das Löschen. Sobald die Ursache behoben ist, übernimmt Cosmos DB den Schlüssel wieder; in Azure kann dies bis zu einer Stunde dauern.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Causes found</source>
        <translation>Gefundene Ursachen</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostizieren</translation>
    </message>
    <message>
        <source>Look for the cause in Key Vault</source>
        <translation>In Key Vault nach der Ursache suchen</translation>
    </message>
    <message>
        <source>Azure Cosmos DB first-party identity (application %1)</source>
        <translation>Erstanbieteridentität von Azure Cosmos DB (Anwendung %1)</translation>
    </message>
    <message>
        <source>System-assigned identity — but the account has none</source>
        <translation>Systemseitig zugewiesene Identität — aber das Konto hat keine</translation>
    </message>
    <message>
        <source>System-assigned identity (object id %1)</source>
        <translation>Systemseitig zugewiesene Identität (Objekt-ID %1)</translation>
    </message>
    <message>
        <source>User-assigned identity “%1” — not assigned to the account</source>
        <translation>Benutzerseitig zugewiesene Identität „%1“ — dem Konto nicht zugewiesen</translation>
    </message>
    <message>
        <source>User-assigned identity “%1” (object id %2)</source>
        <translation>Benutzerseitig zugewiesene Identität „%1“ (Objekt-ID %2)</translation>
    </message>
    <message>
        <source>Select an account in Accounts to see how its data is encrypted at rest and to manage its customer-managed key.</source>
        <translation>Wählen Sie unter „Konten“ ein Konto aus, um zu sehen, wie seine Daten im Ruhezustand verschlüsselt werden, und um seinen kundenseitig verwalteten Schlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>Connect to Azure to see how your accounts&apos; data is encrypted at rest.</source>
        <translation>Stellen Sie eine Verbindung mit Azure her, um zu sehen, wie die Daten Ihrer Konten im Ruhezustand verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Encryption at rest of “%1”</source>
        <translation>Verschlüsselung ruhender Daten von „%1“</translation>
    </message>
    <message>
        <source>Customer-managed key · resource group %1 · %2</source>
        <translation>Kundenseitig verwalteter Schlüssel · Ressourcengruppe %1 · %2</translation>
    </message>
    <message>
        <source>Service-managed keys · resource group %1 · %2</source>
        <translation>Dienstseitig verwaltete Schlüssel · Ressourcengruppe %1 · %2</translation>
    </message>
    <message>
        <source>Access to the customer-managed key is lost: %1</source>
        <translation>Der Zugriff auf den kundenseitig verwalteten Schlüssel ist verloren: %1</translation>
    </message>
    <message>
        <source>Access confirmed — Azure Cosmos DB can use the key (%1)</source>
        <translation>Zugriff bestätigt — Azure Cosmos DB kann den Schlüssel verwenden (%1)</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Unknown — Azure reports no status for the key yet</source>
        <translation>Unbekannt — Azure meldet noch keinen Status für den Schlüssel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Access lost</source>
        <translation>Zugriff verloren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (reading the vault…)</source>
        <translation>%1 — %2 (Schlüsseltresor wird gelesen …)</translation>
    </message>
    <message>
        <source>Not a valid key URI</source>
        <translation>Kein gültiger Schlüssel-URI</translation>
    </message>
    <message>
        <source>Azure Key Vault key URIs look like https://{vault}.vault.azure.net/keys/{key}.</source>
        <translation>Schlüssel-URIs von Azure Key Vault haben die Form https://{vault}.vault.azure.net/keys/{key}.</translation>
    </message>
    <message>
        <source>Versionless — follows rotation: Cosmos DB picks up new key versions by itself.</source>
        <translation>Versionslos — folgt der Rotation: Cosmos DB übernimmt neue Schlüsselversionen selbstständig.</translation>
    </message>
    <message>
        <source>Pinned to version %1 — a new key version is used only once the account is set to it.</source>
        <translation>Fest an Version %1 gebunden — eine neue Schlüsselversion wird erst verwendet, wenn das Konto darauf umgestellt wird.</translation>
    </message>
    <message>
        <source>Not reported by Azure</source>
        <translation>Von Azure nicht gemeldet</translation>
    </message>
    <message>
        <source>You may not read the key “%1” in the vault “%2” (403 %3). Key details, rotation and the diagnosis need a Key Vault data-plane role such as Key Vault Crypto Officer or Key Vault Administrator (or get/list key permissions in an access policy). The account itself is not affected by this.</source>
        <translation>Sie dürfen den Schlüssel „%1“ im Schlüsseltresor „%2“ nicht lesen (403 %3). Schlüsseldetails, Rotation und Diagnose benötigen eine Rolle der Key Vault-Datenebene wie „Key Vault Crypto Officer“ oder „Key Vault Administrator“ (oder die Schlüsselberechtigungen get/list in einer Zugriffsrichtlinie). Das Konto selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The key “%1” was not found in the vault “%2”: it may have been deleted.</source>
        <translation>Der Schlüssel „%1“ wurde im Schlüsseltresor „%2“ nicht gefunden: Er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Reading the key “%1” failed: %2</source>
        <translation>Das Lesen des Schlüssels „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expired on %1 — Cosmos DB can no longer use this version</source>
        <translation>Am %1 abgelaufen — Cosmos DB kann diese Version nicht mehr verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 — in %n day(s): rotate the key or extend its expiry</source>
        <translation>
            <numerusform>%1 — in %n Tag: Rotieren Sie den Schlüssel, oder verlängern Sie seinen Ablauf</numerusform>
            <numerusform>%1 — in %n Tagen: Rotieren Sie den Schlüssel, oder verlängern Sie seinen Ablauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the key from Key Vault…</source>
        <translation>Der Schlüssel wird aus Key Vault gelesen …</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>%1 (the version in use)</source>
        <translation>%1 (die verwendete Version)</translation>
    </message>
    <message>
        <source>%1 — Cosmos DB picks up the new version automatically</source>
        <translation>%1 — Cosmos DB übernimmt die neue Version automatisch</translation>
    </message>
    <message>
        <source>%1 — not in use: the key URI is pinned to another version</source>
        <translation>%1 — nicht verwendet: Der Schlüssel-URI ist fest an eine andere Version gebunden</translation>
    </message>
    <message>
        <source>A customer-managed key setup of this account was interrupted.</source>
        <translation>Eine Einrichtung eines kundenseitig verwalteten Schlüssels für dieses Konto wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Reading the account %1 failed</source>
        <translation>Das Lesen des Kontos %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Diagnosing: reading the vault, the key, the access and the network…</source>
        <translation>Diagnose: Schlüsseltresor, Schlüssel, Zugriff und Netzwerk werden gelesen …</translation>
    </message>
    <message>
        <source>The key URI “%1” is not a valid Key Vault key identifier.</source>
        <translation>Der Schlüssel-URI „%1“ ist keine gültige Key Vault-Schlüssel-ID.</translation>
    </message>
    <message>
        <source>The key vault “%1” is not in the subscription of the account (%2), or it was deleted. The key is read from its URI.</source>
        <translation>Der Schlüsseltresor „%1“ befindet sich nicht im Abonnement des Kontos (%2), oder er wurde gelöscht. Der Schlüssel wird über seinen URI gelesen.</translation>
    </message>
    <message>
        <source>You may not list the key vaults of subscription %1 (403), so the vault&apos;s settings cannot be checked. The key is read from its URI.</source>
        <translation>Sie dürfen die Schlüsseltresore des Abonnements %1 nicht auflisten (403); daher können die Einstellungen des Schlüsseltresors nicht geprüft werden. Der Schlüssel wird über seinen URI gelesen.</translation>
    </message>
    <message>
        <source>Reading the key vaults of subscription %1 failed: %2</source>
        <translation>Das Lesen der Schlüsseltresore des Abonnements %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The vault “%1” cannot be read with your permissions, so its settings, access and network could not be checked. Ask for the Reader role on the vault.</source>
        <translation>Der Schlüsseltresor „%1“ kann mit Ihren Berechtigungen nicht gelesen werden; daher konnten seine Einstellungen, der Zugriff und das Netzwerk nicht geprüft werden. Bitten Sie um die Rolle „Reader“ für den Schlüsseltresor.</translation>
    </message>
    <message>
        <source>The key vault “%1” was not found. If it was deleted, recover it (soft delete keeps it for the retention period), then wait for Cosmos DB to reach the key again.</source>
        <translation>Der Schlüsseltresor „%1“ wurde nicht gefunden. Wenn er gelöscht wurde, stellen Sie ihn wieder her (vorläufiges Löschen bewahrt ihn für den Aufbewahrungszeitraum auf), und warten Sie dann, bis Cosmos DB den Schlüssel wieder erreicht.</translation>
    </message>
    <message>
        <source>The key “%1” does not exist in the vault “%2”: it was deleted. Recover the deleted key in Key Vault (purge protection keeps it recoverable); the console cannot do this for you.</source>
        <translation>Der Schlüssel „%1“ ist im Schlüsseltresor „%2“ nicht vorhanden: Er wurde gelöscht. Stellen Sie den gelöschten Schlüssel in Key Vault wieder her (der Bereinigungsschutz hält ihn wiederherstellbar); die Konsole kann dies nicht für Sie tun.</translation>
    </message>
    <message>
        <source>You may not read the key “%1” (403 %2), so its state could not be checked. A Key Vault administrator can check whether the version in use is enabled and not expired.</source>
        <translation>Sie dürfen den Schlüssel „%1“ nicht lesen (403 %2); daher konnte sein Zustand nicht geprüft werden. Ein Key Vault-Administrator kann prüfen, ob die verwendete Version aktiviert und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>The key version in use (%1 of “%2”) is disabled, so Cosmos DB cannot unwrap the account&apos;s data encryption key.</source>
        <translation>Die verwendete Schlüsselversion (%1 von „%2“) ist deaktiviert; daher kann Cosmos DB den Datenverschlüsselungsschlüssel des Kontos nicht entpacken.</translation>
    </message>
    <message>
        <source>the latest version</source>
        <translation>die neueste Version</translation>
    </message>
    <message>
        <source>The key version in use expired on %1. Extend its expiry date in Key Vault (or change the account to another key).</source>
        <translation>Die verwendete Schlüsselversion ist am %1 abgelaufen. Verlängern Sie ihr Ablaufdatum in Key Vault (oder stellen Sie das Konto auf einen anderen Schlüssel um).</translation>
    </message>
    <message>
        <source>The key version in use is not valid before %1. Change its activation date in Key Vault.</source>
        <translation>Die verwendete Schlüsselversion ist erst ab %1 gültig. Ändern Sie ihr Aktivierungsdatum in Key Vault.</translation>
    </message>
    <message>
        <source>The account&apos;s default identity (%1) does not exist on the account, so nothing can use the key. Add that identity to the account again, or change the default identity with Change key….</source>
        <translation>Die Standardidentität des Kontos (%1) ist am Konto nicht vorhanden; daher kann niemand den Schlüssel verwenden. Fügen Sie diese Identität dem Konto wieder hinzu, oder ändern Sie die Standardidentität mit „Schlüssel wechseln …“.</translation>
    </message>
    <message>
        <source>The Azure Cosmos DB first-party application could not be looked up in your tenant (%1), so its access to the vault was not checked.</source>
        <translation>Die Erstanbieteranwendung von Azure Cosmos DB konnte in Ihrem Mandanten nicht gefunden werden (%1); daher wurde ihr Zugriff auf den Schlüsseltresor nicht geprüft.</translation>
    </message>
    <message>
        <source>The vault “%1” refuses public network access. Cosmos DB cannot reach a vault that is only reachable through private endpoints.</source>
        <translation>Der Schlüsseltresor „%1“ lehnt öffentlichen Netzwerkzugriff ab. Cosmos DB kann keinen Schlüsseltresor erreichen, der nur über private Endpunkte erreichbar ist.</translation>
    </message>
    <message>
        <source>The firewall of the vault “%1” blocks Azure services: Cosmos DB can only reach the key with the exception “Allow trusted Microsoft services”.</source>
        <translation>Die Firewall des Schlüsseltresors „%1“ blockiert Azure-Dienste: Cosmos DB kann den Schlüssel nur mit der Ausnahme „Vertrauenswürdigen Microsoft-Diensten die Umgehung dieser Firewall erlauben“ erreichen.</translation>
    </message>
    <message>
        <source>The access policies of the vault “%1” do not let the identity (object id %2) get, wrap and unwrap keys.</source>
        <translation>Die Zugriffsrichtlinien des Schlüsseltresors „%1“ erlauben der Identität (Objekt-ID %2) nicht, Schlüssel abzurufen, zu packen und zu entpacken.</translation>
    </message>
    <message>
        <source>The identity (object id %1) has no role on the vault “%2” that lets it wrap and unwrap keys: its role assignment was removed.</source>
        <translation>Die Identität (Objekt-ID %1) hat für den Schlüsseltresor „%2“ keine Rolle, mit der sie Schlüssel packen und entpacken kann: Ihre Rollenzuweisung wurde entfernt.</translation>
    </message>
    <message>
        <source>The role assignments on the vault “%1” could not be read (%2), so the identity&apos;s access was not checked.</source>
        <translation>Die Rollenzuweisungen für den Schlüsseltresor „%1“ konnten nicht gelesen werden (%2); daher wurde der Zugriff der Identität nicht geprüft.</translation>
    </message>
    <message>
        <source>No cause was found in Key Vault: the vault, the key and the identity&apos;s access look right. If access was restored recently, select Refresh to see the status Azure reports now; in Azure it can take up to an hour until Cosmos DB uses the key again.</source>
        <translation>In Key Vault wurde keine Ursache gefunden: Schlüsseltresor, Schlüssel und der Zugriff der Identität sehen korrekt aus. Wenn der Zugriff vor Kurzem wiederhergestellt wurde, wählen Sie „Aktualisieren“, um den aktuell von Azure gemeldeten Status zu sehen; in Azure kann es bis zu einer Stunde dauern, bis Cosmos DB den Schlüssel wieder verwendet.</translation>
    </message>
    <message>
        <source>Diagnosis finished.</source>
        <translation>Diagnose abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Diagnosis finished: %n cause(s) found. Fix them in this order, then select Refresh.</source>
        <translation>
            <numerusform>Diagnose abgeschlossen: %n Ursache gefunden. Beheben Sie sie in dieser Reihenfolge, und wählen Sie dann „Aktualisieren“.</numerusform>
            <numerusform>Diagnose abgeschlossen: %n Ursachen gefunden. Beheben Sie sie in dieser Reihenfolge, und wählen Sie dann „Aktualisieren“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console can fix %n of them for you.</source>
        <translation>
            <numerusform>Die Konsole kann %n davon für Sie beheben.</numerusform>
            <numerusform>Die Konsole kann %n davon für Sie beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Azure CLI: %1</source>
        <translation>Azure CLI: %1</translation>
    </message>
    <message>
        <source>Fix it with: %1</source>
        <translation>Beheben mit: %1</translation>
    </message>
    <message>
        <source>Grant access again…</source>
        <translation>Zugriff erneut gewähren …</translation>
    </message>
    <message>
        <source>Allow trusted Azure services…</source>
        <translation>Vertrauenswürdige Azure-Dienste zulassen …</translation>
    </message>
    <message>
        <source>Enable public access…</source>
        <translation>Öffentlichen Zugriff aktivieren …</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben …</translation>
    </message>
    <message>
        <source>Enable key version</source>
        <translation>Schlüsselversion aktivieren</translation>
    </message>
    <message>
        <source>Enable the key version %1 of “%2” in the vault “%3”?</source>
        <translation>Die Schlüsselversion %1 von „%2“ im Schlüsseltresor „%3“ aktivieren?</translation>
    </message>
    <message>
        <source>Everyone allowed to use the key can use this version again, including Cosmos DB. If it was disabled on purpose (to revoke access), do not enable it.</source>
        <translation>Alle, die den Schlüssel verwenden dürfen, können diese Version wieder verwenden, auch Cosmos DB. Wenn sie absichtlich deaktiviert wurde (um den Zugriff zu entziehen), aktivieren Sie sie nicht.</translation>
    </message>
    <message>
        <source>Enabling the key version…</source>
        <translation>Die Schlüsselversion wird aktiviert …</translation>
    </message>
    <message>
        <source>Grant access again</source>
        <translation>Zugriff erneut gewähren</translation>
    </message>
    <message>
        <source>Give the account&apos;s identity the role Key Vault Crypto Service Encryption User on the vault “%1”?</source>
        <translation>Der Identität des Kontos die Rolle „Key Vault Crypto Service Encryption User“ für den Schlüsseltresor „%1“ zuweisen?</translation>
    </message>
    <message>
        <source>The identity may then read the vault&apos;s keys and wrap and unwrap with them — what Cosmos DB needs to use its customer-managed key.</source>
        <translation>Die Identität darf dann die Schlüssel des Schlüsseltresors lesen und damit packen und entpacken — das, was Cosmos DB benötigt, um seinen kundenseitig verwalteten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>Assigning the role…</source>
        <translation>Die Rolle wird zugewiesen …</translation>
    </message>
    <message>
        <source>Add an access policy for the account&apos;s identity to the vault “%1”?</source>
        <translation>Dem Schlüsseltresor „%1“ eine Zugriffsrichtlinie für die Identität des Kontos hinzufügen?</translation>
    </message>
    <message>
        <source>The identity may then get keys and wrap and unwrap with them (key permissions get, wrapKey, unwrapKey) — what Cosmos DB needs to use its customer-managed key.</source>
        <translation>Die Identität darf dann Schlüssel abrufen und damit packen und entpacken (Schlüsselberechtigungen get, wrapKey, unwrapKey) — das, was Cosmos DB benötigt, um seinen kundenseitig verwalteten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>Adding the access policy…</source>
        <translation>Die Zugriffsrichtlinie wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Allow trusted Azure services</source>
        <translation>Vertrauenswürdige Azure-Dienste zulassen</translation>
    </message>
    <message>
        <source>Let trusted Microsoft services through the firewall of the vault “%1”?</source>
        <translation>Vertrauenswürdige Microsoft-Dienste durch die Firewall des Schlüsseltresors „%1“ zulassen?</translation>
    </message>
    <message>
        <source>Azure services such as Cosmos DB can then reach the vault; the other network rules stay as they are. Every caller still needs a permission on the keys.</source>
        <translation>Azure-Dienste wie Cosmos DB können den Schlüsseltresor dann erreichen; die anderen Netzwerkregeln bleiben unverändert. Jeder Aufrufer benötigt weiterhin eine Berechtigung für die Schlüssel.</translation>
    </message>
    <message>
        <source>Changing the vault&apos;s firewall…</source>
        <translation>Die Firewall des Schlüsseltresors wird geändert …</translation>
    </message>
    <message>
        <source>Enable public access</source>
        <translation>Öffentlichen Zugriff aktivieren</translation>
    </message>
    <message>
        <source>Enable public network access on the vault “%1”?</source>
        <translation>Öffentlichen Netzwerkzugriff für den Schlüsseltresor „%1“ aktivieren?</translation>
    </message>
    <message>
        <source>The vault becomes reachable from the internet (subject to its firewall rules and permissions). Consider denying by default and allowing trusted Microsoft services.</source>
        <translation>Der Schlüsseltresor wird aus dem Internet erreichbar (vorbehaltlich seiner Firewallregeln und Berechtigungen). Erwägen Sie, den Zugriff standardmäßig zu verweigern und vertrauenswürdige Microsoft-Dienste zuzulassen.</translation>
    </message>
    <message>
        <source>Enabling public network access…</source>
        <translation>Der öffentliche Netzwerkzugriff wird aktiviert …</translation>
    </message>
    <message>
        <source>Done. Select Refresh to see the status Azure reports for the key. In Azure, Cosmos DB can take up to an hour to notice that access is back.</source>
        <translation>Erledigt. Wählen Sie „Aktualisieren“, um den Status zu sehen, den Azure für den Schlüssel meldet. In Azure kann es bis zu einer Stunde dauern, bis Cosmos DB bemerkt, dass der Zugriff wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>Stopped waiting. The change may still complete in Azure.</source>
        <translation>Das Warten wurde beendet. Die Änderung wird in Azure möglicherweise noch abgeschlossen.</translation>
    </message>
    <message>
        <source>The fix failed</source>
        <translation>Die Korrektur ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Azure Cosmos DB customer-managed key of %1</source>
        <translation>Kundenseitig verwalteter Schlüssel von Azure Cosmos DB für %1</translation>
    </message>
    <message>
        <source>Key Vault creates a new version of the key “%1”; the current version stays as it is.</source>
        <translation>Key Vault erstellt eine neue Version des Schlüssels „%1“; die aktuelle Version bleibt unverändert.</translation>
    </message>
    <message>
        <source>The account uses a versionless key URI, so Cosmos DB re-wraps its data encryption key with the new version by itself.</source>
        <translation>Das Konto verwendet einen versionslosen Schlüssel-URI; daher packt Cosmos DB seinen Datenverschlüsselungsschlüssel selbstständig mit der neuen Version neu.</translation>
    </message>
    <message>
        <source>The account&apos;s key URI is pinned to version %1: after the rotation you can set the account to the new version.</source>
        <translation>Der Schlüssel-URI des Kontos ist fest an Version %1 gebunden: Nach der Rotation können Sie das Konto auf die neue Version umstellen.</translation>
    </message>
    <message>
        <source>Keep the old version enabled until Cosmos DB no longer uses it (Key Vault&apos;s audit logs show no more use of it — Azure&apos;s guidance is to wait 24 hours). Disabling it earlier makes the account&apos;s data unreadable.</source>
        <translation>Lassen Sie die alte Version aktiviert, bis Cosmos DB sie nicht mehr verwendet (die Überwachungsprotokolle von Key Vault zeigen keine Verwendung mehr — Azure empfiehlt, 24 Stunden zu warten). Wenn Sie sie früher deaktivieren, werden die Daten des Kontos unlesbar.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Create a new version of the key “%1”?</source>
        <translation>Eine neue Version des Schlüssels „%1“ erstellen?</translation>
    </message>
    <message>
        <source>Stopped waiting for the rotation. Key Vault may still create the new version: select Refresh in a moment.</source>
        <translation>Das Warten auf die Rotation wurde beendet. Key Vault erstellt die neue Version möglicherweise noch: Wählen Sie gleich „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Rotating the key “%1” failed</source>
        <translation>Das Rotieren des Schlüssels „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rotating the key “%1”…</source>
        <translation>Der Schlüssel „%1“ wird rotiert …</translation>
    </message>
    <message>
        <source>Key Vault created the new version %1. Cosmos DB picks it up automatically.</source>
        <translation>Key Vault hat die neue Version %1 erstellt. Cosmos DB übernimmt sie automatisch.</translation>
    </message>
    <message>
        <source>Use the new key version</source>
        <translation>Neue Schlüsselversion verwenden</translation>
    </message>
    <message>
        <source>Key Vault created version %1. Set the account to it now?</source>
        <translation>Key Vault hat die Version %1 erstellt. Das Konto jetzt darauf umstellen?</translation>
    </message>
    <message>
        <source>The account&apos;s key URI is pinned to version %1, so Cosmos DB keeps using that version until the account is changed. Keep the old version enabled until it is no longer used.

Azure CLI: %2</source>
        <translation>Der Schlüssel-URI des Kontos ist fest an Version %1 gebunden; daher verwendet Cosmos DB diese Version weiter, bis das Konto geändert wird. Lassen Sie die alte Version aktiviert, bis sie nicht mehr verwendet wird.

Azure CLI: %2</translation>
    </message>
    <message>
        <source>Key Vault created the new version %1. The account still uses version %2.</source>
        <translation>Key Vault hat die neue Version %1 erstellt. Das Konto verwendet noch Version %2.</translation>
    </message>
    <message>
        <source>The account now uses the new key version.</source>
        <translation>Das Konto verwendet jetzt die neue Schlüsselversion.</translation>
    </message>
    <message>
        <source>Stopped waiting. The account may still change to the new key version in Azure: select Refresh in a moment.</source>
        <translation>Das Warten wurde beendet. Das Konto wird in Azure möglicherweise noch auf die neue Schlüsselversion umgestellt: Wählen Sie gleich „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Setting the account to the new key version failed</source>
        <translation>Das Umstellen des Kontos auf die neue Schlüsselversion ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Setting the account to the new key version…</source>
        <translation>Das Konto wird auf die neue Schlüsselversion umgestellt …</translation>
    </message>
    <message>
        <source>%1 (Azure reports: %2)</source>
        <translation>%1 (Azure meldet: %2)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Access lost — data cannot be read or written (see above)</source>
        <translation>Zugriff verloren — Daten können weder gelesen noch geschrieben werden (siehe oben)</translation>
    </message>
    <message>
        <source>Enable this key version…</source>
        <translation>Diese Schlüsselversion aktivieren …</translation>
    </message>
</context>
<context>
    <name>csc::EncryptionService</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Nicht bei Azure angemeldet.</translation>
    </message>
    <message>
        <source>Read account</source>
        <translation>Konto lesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a Cosmos DB account.</source>
        <translation>„%1“ ist nicht die ID eines Cosmos-DB-Kontos.</translation>
    </message>
    <message>
        <source>Choose the identity to add.</source>
        <translation>Wählen Sie die hinzuzufügende Identität.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a user-assigned managed identity.</source>
        <translation>„%1“ ist nicht die ID einer benutzerseitig zugewiesenen verwalteten Identität.</translation>
    </message>
    <message>
        <source>Add the system-assigned and a user-assigned identity to %1</source>
        <translation>Die systemseitig zugewiesene und eine benutzerseitig zugewiesene Identität zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Turn on the system-assigned identity of %1</source>
        <translation>Die systemseitig zugewiesene Identität von %1 aktivieren</translation>
    </message>
    <message>
        <source>Add the identity %1 to %2</source>
        <translation>Die Identität %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>The default identity must be FirstPartyIdentity, SystemAssignedIdentity or UserAssignedIdentity=&lt;the id of a user-assigned identity&gt;.</source>
        <translation>Die Standardidentität muss FirstPartyIdentity, SystemAssignedIdentity oder UserAssignedIdentity=&lt;die ID einer benutzerseitig zugewiesenen Identität&gt; sein.</translation>
    </message>
    <message>
        <source>Set the default identity of %1</source>
        <translation>Die Standardidentität von %1 festlegen</translation>
    </message>
    <message>
        <source>Set the customer-managed key of %1</source>
        <translation>Den kundenseitig verwalteten Schlüssel von %1 festlegen</translation>
    </message>
    <message>
        <source>Read account %1</source>
        <translation>Konto %1 lesen</translation>
    </message>
</context>
<context>
    <name>csc::EntraTokenClient</name>
    <message>
        <source>The connection was closed before signing in.</source>
        <translation>Die Verbindung wurde vor der Anmeldung geschlossen.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Bei Microsoft Entra ID anmelden</translation>
    </message>
    <message>
        <source>The token endpoint did not answer with a JSON object.</source>
        <translation>Der Token-Endpunkt hat nicht mit einem JSON-Objekt geantwortet.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access_token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein access_token.</translation>
    </message>
    <message>
        <source>The token endpoint issued a token of type &quot;%1&quot; instead of Bearer.</source>
        <translation>Der Token-Endpunkt hat ein Token vom Typ „%1“ statt Bearer ausgestellt.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no valid expires_in.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein gültiges expires_in.</translation>
    </message>
</context>
<context>
    <name>csc::IdentityService</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Nicht bei Azure angemeldet.</translation>
    </message>
    <message>
        <source>The service principal has no object id (&quot;id&quot;).</source>
        <translation>Der Dienstprinzipal hat keine Objekt-ID („id“).</translation>
    </message>
    <message>
        <source>A managed identity name has 3 to 128 characters.</source>
        <translation>Der Name einer verwalteten Identität hat 3 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>A managed identity name may only contain letters, digits, dashes and underscores, and must start with a letter or a digit.</source>
        <translation>Der Name einer verwalteten Identität darf nur Buchstaben, Ziffern, Bindestriche und Unterstriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription id.</source>
        <translation>„%1“ ist keine Abonnement-ID.</translation>
    </message>
    <message>
        <source>List the managed identities of subscription %1</source>
        <translation>Die verwalteten Identitäten des Abonnements %1 auflisten</translation>
    </message>
    <message>
        <source>Choose the subscription and resource group of the identity.</source>
        <translation>Wählen Sie das Abonnement und die Ressourcengruppe der Identität.</translation>
    </message>
    <message>
        <source>Choose the location of the identity.</source>
        <translation>Wählen Sie den Standort der Identität.</translation>
    </message>
    <message>
        <source>Create the managed identity %1</source>
        <translation>Die verwaltete Identität %1 erstellen</translation>
    </message>
    <message>
        <source>The application id must be a GUID.</source>
        <translation>Die Anwendungs-ID muss eine GUID sein.</translation>
    </message>
    <message>
        <source>The cloud of this connection has no Microsoft Graph endpoint.</source>
        <translation>Die Cloud dieser Verbindung hat keinen Microsoft Graph-Endpunkt.</translation>
    </message>
    <message>
        <source>Look up the service principal of application %1</source>
        <translation>Den Dienstprinzipal der Anwendung %1 nachschlagen</translation>
    </message>
</context>
<context>
    <name>csc::InspectionFieldModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a standard field; shown as written.</source>
        <translation>Kein Standardfeld; wird wie geschrieben angezeigt.</translation>
    </message>
    <message>
        <source>%1 (secret, masked)</source>
        <translation>%1 (geheim, maskiert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>csc::InspectionWarningModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>csc::Jwks</name>
    <message>
        <source>The key set is larger than %1 KB.</source>
        <translation>Der Schlüsselsatz ist größer als %1 KB.</translation>
    </message>
    <message>
        <source>The key set is not valid JSON: %1 at offset %2.</source>
        <translation>Der Schlüsselsatz ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The key set is not a JSON object.</source>
        <translation>Der Schlüsselsatz ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The key set has no “keys” array.</source>
        <translation>Der Schlüsselsatz hat kein Array „keys“.</translation>
    </message>
    <message>
        <source>The key set holds %1 keys; at most %2 are accepted.</source>
        <translation>Der Schlüsselsatz enthält %1 Schlüssel; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>Key %1 of the key set is not a JSON object.</source>
        <translation>Schlüssel %1 des Schlüsselsatzes ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Key %1 of the key set: “%2” is not a string.</source>
        <translation>Schlüssel %1 des Schlüsselsatzes: „%2“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Key %1 of the key set: “x5c” is not an array.</source>
        <translation>Schlüssel %1 des Schlüsselsatzes: „x5c“ ist kein Array.</translation>
    </message>
    <message>
        <source>Key %1 of the key set: “x5c” holds something other than a string.</source>
        <translation>Schlüssel %1 des Schlüsselsatzes: „x5c“ enthält etwas anderes als Zeichenketten.</translation>
    </message>
</context>
<context>
    <name>csc::Jwt</name>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is too large (%1 bytes; a JWT is accepted up to %2 bytes).</source>
        <translation>Das Token ist zu groß (%1 Bytes; ein JWT wird bis %2 Bytes akzeptiert).</translation>
    </message>
    <message>
        <source>The token contains binary data (a NUL or control byte at position %1); a JWT is plain text.</source>
        <translation>Das Token enthält Binärdaten (ein NUL- oder Steuerbyte an Position %1); ein JWT ist reiner Text.</translation>
    </message>
    <message>
        <source>The token contains a space or line break at position %1; a JWT has none (was it wrapped or copied with a prefix such as &quot;Bearer&quot;?).</source>
        <translation>Das Token enthält ein Leerzeichen oder einen Zeilenumbruch an Position %1; ein JWT hat keine (wurde es umbrochen oder mit einem Präfix wie „Bearer“ kopiert?).</translation>
    </message>
    <message>
        <source>An encrypted token (JWE) cannot be read without the recipient&apos;s key: this input has the five parts of a JWE, not the three (header.payload.signature) of a signed token.</source>
        <translation>Ein verschlüsseltes Token (JWE) kann ohne den Schlüssel des Empfängers nicht gelesen werden: Diese Eingabe hat die fünf Teile eines JWE, nicht die drei (header.payload.signature) eines signierten Tokens.</translation>
    </message>
    <message>
        <source>A JWT has three parts separated by dots (header.payload.signature); this input has more than six.</source>
        <translation>Ein JWT hat drei durch Punkte getrennte Teile (header.payload.signature); diese Eingabe hat mehr als sechs.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots (header.payload.signature); this input has %n part(s).</source>
        <translation>
            <numerusform>Ein JWT hat drei durch Punkte getrennte Teile (header.payload.signature); diese Eingabe hat %n Teil.</numerusform>
            <numerusform>Ein JWT hat drei durch Punkte getrennte Teile (header.payload.signature); diese Eingabe hat %n Teile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) is empty.</source>
        <translation>Teil %2 des JWT (%1) ist leer.</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) uses the standard base64 alphabet (&apos;+&apos; or &apos;/&apos;); JWTs use base64url (&apos;-&apos; and &apos;_&apos;).</source>
        <translation>Teil %2 des JWT (%1) verwendet das Standard-Base64-Alphabet („+“ oder „/“); JWTs verwenden base64url („-“ und „_“).</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) is not valid base64url.</source>
        <translation>Teil %2 des JWT (%1) ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The payload (part 2 of the JWT) is not UTF-8 text: it is binary or encrypted data, which an Entra ID token never has.</source>
        <translation>Die Nutzdaten (Teil 2 des JWT) sind kein UTF-8-Text: Es handelt sich um binäre oder verschlüsselte Daten, die ein Entra-ID-Token nie enthält.</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) is not UTF-8 text.</source>
        <translation>Teil %2 des JWT (%1) ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) is JSON nested too deeply to be a token.</source>
        <translation>Teil %2 des JWT (%1) ist zu tief verschachteltes JSON, um ein Token zu sein.</translation>
    </message>
    <message>
        <source>The payload is itself a token (a nested JWT); Entra ID does not issue nested tokens. Inspect the inner token on its own.</source>
        <translation>Die Nutzdaten sind selbst ein Token (ein geschachteltes JWT); Entra ID stellt keine geschachtelten Token aus. Untersuchen Sie das innere Token für sich.</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) is not JSON: %3 at offset %4.</source>
        <translation>Teil %2 des JWT (%1) ist kein JSON: %3 an Position %4.</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) is JSON but not an object ({...}).</source>
        <translation>Teil %2 des JWT (%1) ist JSON, aber kein Objekt ({...}).</translation>
    </message>
    <message>
        <source>The %1 (part %2 of the JWT) names the same member twice; such a token is ambiguous and is refused.</source>
        <translation>Teil %2 des JWT (%1) nennt dasselbe Element zweimal; ein solches Token ist mehrdeutig und wird abgelehnt.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; (signing algorithm) parameter, which every JWT must have.</source>
        <translation>Der Header hat keinen Parameter „alg“ (Signaturalgorithmus), den jedes JWT haben muss.</translation>
    </message>
    <message>
        <source>The header names a content encryption (&quot;enc&quot;): this is an encrypted token (JWE) header, and an encrypted token (JWE) cannot be read without the recipient&apos;s key.</source>
        <translation>Der Header nennt eine Inhaltsverschlüsselung („enc“): Dies ist der Header eines verschlüsselten Tokens (JWE), und ein verschlüsseltes Token (JWE) kann ohne den Schlüssel des Empfängers nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signature (part 3 of the JWT) is empty although the header names the algorithm %1: the token was cut off or its signature removed.</source>
        <translation>Die Signatur (Teil 3 des JWT) ist leer, obwohl der Header den Algorithmus %1 nennt: Das Token wurde abgeschnitten oder seine Signatur entfernt.</translation>
    </message>
</context>
<context>
    <name>csc::JwtSignatureService</name>
    <message>
        <source>Signed by key “%1” of %2.</source>
        <translation>Signiert mit dem Schlüssel „%1“ von %2.</translation>
    </message>
    <message>
        <source>No key with the id “%1” is in the key set at %2, even after fetching it again.</source>
        <translation>Auch nach erneutem Abrufen enthält der Schlüsselsatz unter %2 keinen Schlüssel mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Check a token&apos;s signature</source>
        <translation>Signatur eines Tokens prüfen</translation>
    </message>
    <message>
        <source>Read the OpenID configuration of %1</source>
        <translation>OpenID-Konfiguration von %1 lesen</translation>
    </message>
    <message>
        <source>Read the signing keys of %1</source>
        <translation>Signaturschlüssel von %1 lesen</translation>
    </message>
    <message>
        <source>The signature check was cancelled.</source>
        <translation>Die Signaturprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>The OpenID configuration at %1 could not be fetched: %2</source>
        <translation>Die OpenID-Konfiguration unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The OpenID configuration at %1 is not a JSON object.</source>
        <translation>Die OpenID-Konfiguration unter %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The OpenID configuration at %1 is for the issuer “%2”, not for the token&apos;s issuer “%3”.</source>
        <translation>Die OpenID-Konfiguration unter %1 gilt für den Aussteller „%2“, nicht für den Aussteller des Tokens „%3“.</translation>
    </message>
    <message>
        <source>The OpenID configuration at %1 names no key set (“jwks_uri”).</source>
        <translation>Die OpenID-Konfiguration unter %1 nennt keinen Schlüsselsatz („jwks_uri“).</translation>
    </message>
    <message>
        <source>The OpenID configuration at %1 points to keys at %2, which is not a trusted Microsoft Entra host; they were not fetched.</source>
        <translation>Die OpenID-Konfiguration unter %1 verweist auf Schlüssel unter %2, keinem vertrauenswürdigen Microsoft Entra-Host; sie wurden nicht abgerufen.</translation>
    </message>
    <message>
        <source>The signing keys at %1 could not be fetched: %2</source>
        <translation>Die Signaturschlüssel unter %1 konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The signing keys at %1 could not be read: %2</source>
        <translation>Die Signaturschlüssel unter %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>csc::JwtSignatureVerifier</name>
    <message>
        <source>The token could not be read, so its signature cannot be checked.</source>
        <translation>Das Token konnte nicht gelesen werden, daher kann seine Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The token is not signed (alg “none”): anyone could have written it.</source>
        <translation>Das Token ist nicht signiert (alg „none“): Jeder könnte es geschrieben haben.</translation>
    </message>
    <message>
        <source>The token names no signature algorithm; only RS256 is accepted.</source>
        <translation>Das Token nennt keinen Signaturalgorithmus; nur RS256 wird akzeptiert.</translation>
    </message>
    <message>
        <source>The token is signed with %1; only RS256 is accepted for Microsoft Entra tokens.</source>
        <translation>Das Token ist mit %1 signiert; für Microsoft Entra-Token wird nur RS256 akzeptiert.</translation>
    </message>
    <message>
        <source>The token names no signing key (no “kid” in its header).</source>
        <translation>Das Token nennt keinen Signaturschlüssel (kein „kid“ im Header).</translation>
    </message>
    <message numerus="yes">
        <source>No key with the id “%1” is in the issuer&apos;s key set (%n key(s)).</source>
        <translation>
            <numerusform>Im Schlüsselsatz des Ausstellers (%n Schlüssel) ist kein Schlüssel mit der ID „%1“.</numerusform>
            <numerusform>Im Schlüsselsatz des Ausstellers (%n Schlüssel) ist kein Schlüssel mit der ID „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key “%1” is not a usable RSA signing key: %2</source>
        <translation>Der Schlüssel „%1“ ist kein brauchbarer RSA-Signaturschlüssel: %2</translation>
    </message>
    <message>
        <source>its type is “%1”, not RSA.</source>
        <translation>Sein Typ ist „%1“, nicht RSA.</translation>
    </message>
    <message>
        <source>it is meant for “%1”, not for signatures.</source>
        <translation>Er ist für „%1“ bestimmt, nicht für Signaturen.</translation>
    </message>
    <message>
        <source>it is meant for %1, not RS256.</source>
        <translation>Er ist für %1 bestimmt, nicht für RS256.</translation>
    </message>
    <message>
        <source>its modulus or exponent is missing.</source>
        <translation>Modulus oder Exponent fehlen.</translation>
    </message>
    <message>
        <source>its modulus or exponent is not valid base64url.</source>
        <translation>Modulus oder Exponent sind kein gültiges base64url.</translation>
    </message>
    <message>
        <source>its modulus has %1 bits; at least %2 are required.</source>
        <translation>Sein Modulus hat %1 Bit; mindestens %2 sind erforderlich.</translation>
    </message>
    <message>
        <source>its modulus has %1 bits; at most %2 are accepted.</source>
        <translation>Sein Modulus hat %1 Bit; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>its modulus is even.</source>
        <translation>Sein Modulus ist gerade.</translation>
    </message>
    <message>
        <source>its public exponent is zero or too large.</source>
        <translation>Sein öffentlicher Exponent ist null oder zu groß.</translation>
    </message>
    <message>
        <source>its public exponent is not an odd number of at least 3.</source>
        <translation>Sein öffentlicher Exponent ist keine ungerade Zahl von mindestens 3.</translation>
    </message>
    <message>
        <source>OpenSSL refused it.</source>
        <translation>OpenSSL hat ihn abgelehnt.</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long, but key “%2” makes %3-byte signatures: the token was altered or signed by someone else.</source>
        <translation>Die Signatur ist %1 Byte lang, der Schlüssel „%2“ erzeugt aber Signaturen mit %3 Byte: Das Token wurde verändert oder von jemand anderem signiert.</translation>
    </message>
    <message>
        <source>OpenSSL could not use it to check an RS256 signature.</source>
        <translation>OpenSSL konnte damit keine RS256-Signatur prüfen.</translation>
    </message>
    <message>
        <source>The signature does not match key “%1”: the token was altered or signed by someone else.</source>
        <translation>Die Signatur passt nicht zum Schlüssel „%1“: Das Token wurde verändert oder von jemand anderem signiert.</translation>
    </message>
    <message>
        <source>Signed by key “%1”.</source>
        <translation>Signiert mit dem Schlüssel „%1“.</translation>
    </message>
</context>
<context>
    <name>csc::KeyRotationWizard</name>
    <message>
        <source>age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>regenerated today</source>
        <translation>heute neu generiert</translation>
    </message>
    <message>
        <source>regenerated yesterday</source>
        <translation>gestern neu generiert</translation>
    </message>
    <message numerus="yes">
        <source>regenerated %n days ago</source>
        <translation>
            <numerusform>vor %n Tag neu generiert</numerusform>
            <numerusform>vor %n Tagen neu generiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate the keys of %1</source>
        <translation>Schlüssel von %1 rotieren</translation>
    </message>
    <message>
        <source>Rotate the read-write keys without downtime</source>
        <translation>Lese-/Schreibschlüssel ohne Ausfallzeit rotieren</translation>
    </message>
    <message>
        <source>An account has two read-write keys so that applications can move from one to the other while a key is replaced:
1. Regenerate the secondary key (applications use the primary key).
2. Switch every application to the new secondary key.
3. Confirm they work, then regenerate the primary key.
4. Optionally switch applications back to the new primary key.

Each regeneration makes the old value fail at once; it cannot be undone.</source>
        <translation>Ein Konto hat zwei Lese-/Schreibschlüssel, damit Anwendungen von einem zum anderen wechseln können, während ein Schlüssel ersetzt wird:
1. Den Sekundärschlüssel neu generieren (Anwendungen verwenden den Primärschlüssel).
2. Alle Anwendungen auf den neuen Sekundärschlüssel umstellen.
3. Prüfen, ob sie funktionieren, dann den Primärschlüssel neu generieren.
4. Optional die Anwendungen wieder auf den neuen Primärschlüssel umstellen.

Jede Neugenerierung lässt den alten Wert sofort ungültig werden; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Primary key: %1. Secondary key: %2.</source>
        <translation>Primärschlüssel: %1. Sekundärschlüssel: %2.</translation>
    </message>
    <message>
        <source>Key-based authentication is disabled on this account, so no application can use the keys now. Rotating still invalidates copies that may have leaked.</source>
        <translation>Die schlüsselbasierte Authentifizierung ist für dieses Konto deaktiviert, daher kann derzeit keine Anwendung die Schlüssel verwenden. Eine Rotation macht trotzdem Kopien ungültig, die möglicherweise offengelegt wurden.</translation>
    </message>
    <message>
        <source>The read-only keys are not changed; regenerate them from the Keys panel.</source>
        <translation>Die schreibgeschützten Schlüssel werden nicht geändert; generieren Sie sie im Bereich „Schlüssel“ neu.</translation>
    </message>
    <message>
        <source>I know which applications use this account&apos;s keys and can change their configuration.</source>
        <translation>Ich weiß, welche Anwendungen die Schlüssel dieses Kontos verwenden, und kann ihre Konfiguration ändern.</translation>
    </message>
    <message>
        <source>Switch applications to the secondary key</source>
        <translation>Anwendungen auf den Sekundärschlüssel umstellen</translation>
    </message>
    <message>
        <source>Give every application the new secondary key (or a &quot;Secondary …&quot; connection string) — in its configuration, Key Vault secret or app settings — and restart it where needed. Watch for 401 errors: while a rotation propagates, the service may briefly refuse old and new values.</source>
        <translation>Geben Sie jeder Anwendung den neuen Sekundärschlüssel (oder eine Verbindungszeichenfolge „Secondary …“) — in ihrer Konfiguration, im Key-Vault-Geheimnis oder in den App-Einstellungen — und starten Sie sie bei Bedarf neu. Achten Sie auf 401-Fehler: Während sich eine Rotation verteilt, kann der Dienst kurzzeitig alte und neue Werte ablehnen.</translation>
    </message>
    <message>
        <source>Every application now uses the new secondary key.</source>
        <translation>Alle Anwendungen verwenden jetzt den neuen Sekundärschlüssel.</translation>
    </message>
    <message>
        <source>Switch back to the primary key (optional)</source>
        <translation>Zurück zum Primärschlüssel wechseln (optional)</translation>
    </message>
    <message>
        <source>Both keys are new now. You may move applications back to the new primary key, so that the next rotation again starts with the secondary key — or keep them on the secondary key and start the next rotation with the primary key.</source>
        <translation>Beide Schlüssel sind jetzt neu. Sie können die Anwendungen wieder auf den neuen Primärschlüssel umstellen, sodass die nächste Rotation wieder mit dem Sekundärschlüssel beginnt — oder sie beim Sekundärschlüssel belassen und die nächste Rotation mit dem Primärschlüssel beginnen.</translation>
    </message>
    <message>
        <source>Applications were moved back to the primary key.</source>
        <translation>Die Anwendungen wurden wieder auf den Primärschlüssel umgestellt.</translation>
    </message>
    <message>
        <source>Copy the new %1</source>
        <translation>Den neuen %1 kopieren</translation>
    </message>
    <message>
        <source>Fetch and copy the new %1</source>
        <translation>Den neuen %1 abrufen und kopieren</translation>
    </message>
    <message>
        <source>Copy a %1 connection string</source>
        <translation>Eine %1-Verbindungszeichenfolge kopieren</translation>
    </message>
    <message>
        <source>Fetch and copy a connection string with the new %1</source>
        <translation>Eine Verbindungszeichenfolge mit dem neuen %1 abrufen und kopieren</translation>
    </message>
    <message>
        <source>Azure CLI (prints the keys: run it only where that is safe)</source>
        <translation>Azure CLI (gibt die Schlüssel aus: nur dort ausführen, wo das sicher ist)</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen …</translation>
    </message>
    <message>
        <source>Fetching the key failed: %1</source>
        <translation>Das Abrufen des Schlüssels ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fetching the connection strings failed: %1</source>
        <translation>Das Abrufen der Verbindungszeichenfolgen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The account reports no %1 connection string.</source>
        <translation>Das Konto meldet keine %1-Verbindungszeichenfolge.</translation>
    </message>
</context>
<context>
    <name>csc::KeyVault</name>
    <message>
        <source>An access policy has no objectId.</source>
        <translation>Eine Zugriffsrichtlinie hat keine objectId.</translation>
    </message>
    <message>
        <source>The access policy of %1 has no tenantId.</source>
        <translation>Die Zugriffsrichtlinie von %1 hat keine tenantId.</translation>
    </message>
    <message>
        <source>The permissions of the access policy of %1 are not an object.</source>
        <translation>Die Berechtigungen der Zugriffsrichtlinie von %1 sind kein Objekt.</translation>
    </message>
    <message>
        <source>The key vault object has no &quot;id&quot;.</source>
        <translation>Das Schlüsseltresorobjekt hat keine „id“.</translation>
    </message>
    <message>
        <source>The key vault object has no &quot;name&quot;.</source>
        <translation>Das Schlüsseltresorobjekt hat keinen „name“.</translation>
    </message>
    <message>
        <source>The key identifier is empty.</source>
        <translation>Die Schlüssel-ID ist leer.</translation>
    </message>
    <message>
        <source>The key identifier &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Schlüssel-ID „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The key identifier must start with https://.</source>
        <translation>Die Schlüssel-ID muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The key identifier names no vault host.</source>
        <translation>Die Schlüssel-ID nennt keinen Tresor-Host.</translation>
    </message>
    <message>
        <source>The key identifier must not contain a user name or password.</source>
        <translation>Die Schlüssel-ID darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>The key identifier must not have a query (?…) or a fragment (#…).</source>
        <translation>Die Schlüssel-ID darf keine Abfrage (?…) und kein Fragment (#…) haben.</translation>
    </message>
    <message>
        <source>The key identifier must have the path /keys/{name} or /keys/{name}/{version}.</source>
        <translation>Die Schlüssel-ID muss den Pfad /keys/{name} oder /keys/{name}/{version} haben.</translation>
    </message>
    <message>
        <source>The key identifier has too many path segments; expected /keys/{name} or /keys/{name}/{version}.</source>
        <translation>Die Schlüssel-ID hat zu viele Pfadsegmente; erwartet wird /keys/{name} oder /keys/{name}/{version}.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; is not valid: use 1 to 127 letters, digits and dashes.</source>
        <translation>Der Schlüsselname „%1“ ist ungültig: Verwenden Sie 1 bis 127 Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>The key version &quot;%1&quot; is not valid: it must be 32 hexadecimal characters.</source>
        <translation>Die Schlüsselversion „%1“ ist ungültig: Sie muss aus 32 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>The key has no &quot;kid&quot;.</source>
        <translation>Der Schlüssel hat keine „kid“.</translation>
    </message>
    <message>
        <source>A role assignment has no id.</source>
        <translation>Eine Rollenzuweisung hat keine ID.</translation>
    </message>
    <message>
        <source>The role assignment %1 names no role or no principal.</source>
        <translation>Die Rollenzuweisung %1 nennt keine Rolle oder keinen Prinzipal.</translation>
    </message>
    <message>
        <source>The managed identity object has no &quot;id&quot;.</source>
        <translation>Das Objekt der verwalteten Identität hat keine „id“.</translation>
    </message>
    <message>
        <source>The managed identity object has no &quot;name&quot;.</source>
        <translation>Das Objekt der verwalteten Identität hat keinen „name“.</translation>
    </message>
</context>
<context>
    <name>csc::KeyVaultService</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Nicht bei Azure angemeldet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a key vault.</source>
        <translation>„%1“ ist nicht die ID eines Schlüsseltresors.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the https address of a key vault.</source>
        <translation>„%1“ ist nicht die https-Adresse eines Schlüsseltresors.</translation>
    </message>
    <message>
        <source>%1 is not a Key Vault address of this cloud (*%2); the Key Vault sign-in is only sent to the cloud&apos;s vaults.</source>
        <translation>%1 ist keine Key Vault-Adresse dieser Cloud (*%2); die Key Vault-Anmeldung wird nur an die Tresore der Cloud gesendet.</translation>
    </message>
    <message>
        <source>A vault name has 3 to 24 characters.</source>
        <translation>Ein Tresorname hat 3 bis 24 Zeichen.</translation>
    </message>
    <message>
        <source>A vault name may only contain letters, digits and dashes.</source>
        <translation>Ein Tresorname darf nur Buchstaben, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>A vault name must start with a letter.</source>
        <translation>Ein Tresorname muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>A vault name must end with a letter or a digit.</source>
        <translation>Ein Tresorname muss mit einem Buchstaben oder einer Ziffer enden.</translation>
    </message>
    <message>
        <source>A vault name must not contain two dashes in a row.</source>
        <translation>Ein Tresorname darf keine zwei Bindestriche hintereinander enthalten.</translation>
    </message>
    <message>
        <source>A key name has 1 to 127 letters, digits and dashes.</source>
        <translation>Ein Schlüsselname hat 1 bis 127 Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription id.</source>
        <translation>„%1“ ist keine Abonnement-ID.</translation>
    </message>
    <message>
        <source>List key vaults of subscription %1</source>
        <translation>Die Schlüsseltresore des Abonnements %1 auflisten</translation>
    </message>
    <message>
        <source>Read key vault %1</source>
        <translation>Schlüsseltresor %1 lesen</translation>
    </message>
    <message>
        <source>Choose the subscription of the new vault.</source>
        <translation>Wählen Sie das Abonnement des neuen Tresors.</translation>
    </message>
    <message>
        <source>Choose the resource group and the location of the new vault.</source>
        <translation>Wählen Sie die Ressourcengruppe und den Standort des neuen Tresors.</translation>
    </message>
    <message>
        <source>The tenant of the new vault must be a tenant id (a GUID).</source>
        <translation>Der Mandant des neuen Tresors muss eine Mandanten-ID (eine GUID) sein.</translation>
    </message>
    <message>
        <source>Deleted keys are kept for 7 to 90 days.</source>
        <translation>Gelöschte Schlüssel werden 7 bis 90 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>Create key vault %1</source>
        <translation>Schlüsseltresor %1 erstellen</translation>
    </message>
    <message>
        <source>Turn on soft delete for key vault %1</source>
        <translation>Vorläufiges Löschen für den Schlüsseltresor %1 aktivieren</translation>
    </message>
    <message>
        <source>Turn on purge protection for key vault %1</source>
        <translation>Bereinigungsschutz für den Schlüsseltresor %1 aktivieren</translation>
    </message>
    <message>
        <source>Allow trusted Microsoft services through the firewall of key vault %1</source>
        <translation>Vertrauenswürdige Microsoft-Dienste durch die Firewall des Schlüsseltresors %1 zulassen</translation>
    </message>
    <message>
        <source>Turn on public network access for key vault %1</source>
        <translation>Öffentlichen Netzwerkzugriff für den Schlüsseltresor %1 aktivieren</translation>
    </message>
    <message>
        <source>An access policy names its principal by object id (a GUID).</source>
        <translation>Eine Zugriffsrichtlinie nennt ihren Prinzipal über die Objekt-ID (eine GUID).</translation>
    </message>
    <message>
        <source>An access policy needs the tenant id (a GUID) of its principal.</source>
        <translation>Eine Zugriffsrichtlinie braucht die Mandanten-ID (eine GUID) ihres Prinzipals.</translation>
    </message>
    <message>
        <source>The application id of an access policy must be a GUID.</source>
        <translation>Die Anwendungs-ID einer Zugriffsrichtlinie muss eine GUID sein.</translation>
    </message>
    <message>
        <source>Choose at least one permission of the access policy.</source>
        <translation>Wählen Sie mindestens eine Berechtigung der Zugriffsrichtlinie.</translation>
    </message>
    <message>
        <source>Add an access policy for %1 to key vault %2</source>
        <translation>Dem Schlüsseltresor %2 eine Zugriffsrichtlinie für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the access policy of %1 from key vault %2</source>
        <translation>Die Zugriffsrichtlinie von %1 aus dem Schlüsseltresor %2 entfernen</translation>
    </message>
    <message>
        <source>List the keys of %1</source>
        <translation>Die Schlüssel von %1 auflisten</translation>
    </message>
    <message>
        <source>List the versions of key %1</source>
        <translation>Die Versionen von Schlüssel %1 auflisten</translation>
    </message>
    <message>
        <source>Read key %1</source>
        <translation>Schlüssel %1 lesen</translation>
    </message>
    <message>
        <source>An RSA key has 2048, 3072 or 4096 bits.</source>
        <translation>Ein RSA-Schlüssel hat 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>Create key %1</source>
        <translation>Schlüssel %1 erstellen</translation>
    </message>
    <message>
        <source>Rotate key %1</source>
        <translation>Schlüssel %1 rotieren</translation>
    </message>
    <message>
        <source>Enable key %1</source>
        <translation>Schlüssel %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable key %1</source>
        <translation>Schlüssel %1 deaktivieren</translation>
    </message>
</context>
<context>
    <name>csc::KeychainStore</name>
    <message>
        <source>Access to the system keychain was refused. Allow the Cosmos Security Console to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Erlauben Sie Cosmos Security Console die Nutzung des Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it (for example by logging in to the desktop again) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder verweigert den Zugriff. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret.</source>
        <translation>Der Schlüsselbund des Systems konnte das Geheimnis nicht löschen.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) is available. GNOME Keyring, KWallet or another Secret Service provider must be running and unlocked in this desktop session.</source>
        <translation>Kein Schlüsselbund des Systems (Secret Service) verfügbar. GNOME Keyring, KWallet oder ein anderer Secret-Service-Anbieter muss in dieser Desktopsitzung laufen und entsperrt sein.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain under “%1”.</source>
        <translation>Im Schlüsselbund des Systems ist unter „%1“ kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>iOS Keychain</source>
        <translation>iOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Android Keystore</source>
        <translation>Android Keystore</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet …)</source>
        <translation>Secret Service (GNOME Keyring, KWallet …)</translation>
    </message>
</context>
<context>
    <name>csc::KeysPanel</name>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>Primary read-only key</source>
        <translation>Primärschlüssel (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Secondary read-only key</source>
        <translation>Sekundärschlüssel (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
        <source>The keys were removed from memory after %n s without use. Select Show keys to fetch them again.</source>
        <translation>
            <numerusform>Die Schlüssel wurden nach %n s ohne Verwendung aus dem Arbeitsspeicher entfernt. Wählen Sie „Schlüssel anzeigen“, um sie erneut abzurufen.</numerusform>
            <numerusform>Die Schlüssel wurden nach %n s ohne Verwendung aus dem Arbeitsspeicher entfernt. Wählen Sie „Schlüssel anzeigen“, um sie erneut abzurufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Open &amp;Accounts</source>
        <translation>&amp;Konten öffnen</translation>
    </message>
    <message>
        <source>Open the Accounts panel</source>
        <translation>Bereich „Konten“ öffnen</translation>
    </message>
    <message>
        <source>Key-based authentication is disabled on this account: the data plane refuses these keys (401, substatus 5202). They can still be read and regenerated.</source>
        <translation>Die schlüsselbasierte Authentifizierung ist für dieses Konto deaktiviert: Die Datenebene lehnt diese Schlüssel ab (401, Unterstatus 5202). Sie können trotzdem gelesen und neu generiert werden.</translation>
    </message>
    <message>
        <source>&amp;Show keys</source>
        <translation>&amp;Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Fetch the keys and connection strings</source>
        <translation>Schlüssel und Verbindungszeichenfolgen abrufen</translation>
    </message>
    <message>
        <source>Fetch the keys and connection strings from Azure. They stay masked until you reveal one.</source>
        <translation>Schlüssel und Verbindungszeichenfolgen aus Azure abrufen. Sie bleiben maskiert, bis Sie einen davon anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Forget loaded keys</source>
        <translation>Geladene Schlüssel ver&amp;gessen</translation>
    </message>
    <message>
        <source>Remove the loaded keys from memory</source>
        <translation>Geladene Schlüssel aus dem Arbeitsspeicher entfernen</translation>
    </message>
    <message>
        <source>&amp;Rotate keys…</source>
        <translation>Schlüssel &amp;rotieren …</translation>
    </message>
    <message>
        <source>Rotate both read-write keys step by step</source>
        <translation>Beide Lese-/Schreibschlüssel Schritt für Schritt rotieren</translation>
    </message>
    <message>
        <source>Regenerate the secondary key, move applications to it, then regenerate the primary key — with a checkpoint at every step.</source>
        <translation>Den Sekundärschlüssel neu generieren, die Anwendungen darauf umstellen und dann den Primärschlüssel neu generieren — mit einem Prüfpunkt bei jedem Schritt.</translation>
    </message>
    <message>
        <source>Revealed key</source>
        <translation>Angezeigter Schlüssel</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>Fortschritt des Vorgangs</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the operation</source>
        <translation>Nicht mehr auf den Vorgang warten</translation>
    </message>
    <message>
        <source>Missing permission</source>
        <translation>Fehlende Berechtigung</translation>
    </message>
    <message>
        <source>Account keys</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <source>Connection strings</source>
        <translation>Verbindungszeichenfolgen</translation>
    </message>
    <message>
        <source>Key-based access</source>
        <translation>Schlüsselbasierter Zugriff</translation>
    </message>
    <message>
        <source>Key-based authentication:</source>
        <translation>Schlüsselbasierte Authentifizierung:</translation>
    </message>
    <message>
        <source>Metadata writes with keys:</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln:</translation>
    </message>
    <message>
        <source>Equivalent Azure CLI command</source>
        <translation>Entsprechender Azure CLI-Befehl</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Den %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Den %1 kopieren</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test the %1 against the account endpoint</source>
        <translation>Den %1 am Kontoendpunkt testen</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu generieren …</translation>
    </message>
    <message>
        <source>Regenerate the %1</source>
        <translation>Den %1 neu generieren</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>Remember the %1 in the system keychain</source>
        <translation>Den %1 im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Keep this key in the system keychain so it can be tested without fetching it again. Off by default.</source>
        <translation>Diesen Schlüssel im Schlüsselbund des Systems speichern, damit er getestet werden kann, ohne ihn erneut abzurufen. Standardmäßig deaktiviert.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove the remembered %1 from the keychain</source>
        <translation>Den gespeicherten %1 aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Connection string %1</source>
        <translation>Verbindungszeichenfolge %1</translation>
    </message>
    <message>
        <source>Show the connection string &quot;%1&quot;</source>
        <translation>Verbindungszeichenfolge „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Copy the connection string &quot;%1&quot;</source>
        <translation>Verbindungszeichenfolge „%1“ kopieren</translation>
    </message>
    <message>
        <source>Connect to Azure to see the keys of your Cosmos DB accounts.</source>
        <translation>Verbinden Sie sich mit Azure, um die Schlüssel Ihrer Cosmos-DB-Konten zu sehen.</translation>
    </message>
    <message>
        <source>No account selected. Pick an account in Accounts to see, test and rotate its keys.</source>
        <translation>Kein Konto ausgewählt. Wählen Sie unter „Konten“ ein Konto aus, um seine Schlüssel anzuzeigen, zu testen und zu rotieren.</translation>
    </message>
    <message>
        <source>Keys of %1</source>
        <translation>Schlüssel von %1</translation>
    </message>
    <message>
        <source>%1 · resource group %2 · %3</source>
        <translation>%1 · Ressourcengruppe %2 · %3</translation>
    </message>
    <message>
        <source>no endpoint reported</source>
        <translation>kein Endpunkt gemeldet</translation>
    </message>
    <message>
        <source>Disabled — only Microsoft Entra ID sign-in works on the data plane</source>
        <translation>Deaktiviert — auf der Datenebene funktioniert nur die Anmeldung mit Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Enabled — anyone with a key or connection string has full access</source>
        <translation>Aktiviert — jeder mit einem Schlüssel oder einer Verbindungszeichenfolge hat Vollzugriff</translation>
    </message>
    <message>
        <source>&amp;Enable key-based authentication…</source>
        <translation>Schlüsselbasierte Authentifizierung aktivi&amp;eren …</translation>
    </message>
    <message>
        <source>&amp;Disable key-based authentication…</source>
        <translation>Schlüsselbasierte Authentifizierung &amp;deaktivieren …</translation>
    </message>
    <message>
        <source>Blocked — databases and containers change only through Azure Resource Manager</source>
        <translation>Blockiert — Datenbanken und Container lassen sich nur über Azure Resource Manager ändern</translation>
    </message>
    <message>
        <source>Allowed — a key can create and delete databases and containers</source>
        <translation>Zugelassen — ein Schlüssel kann Datenbanken und Container erstellen und löschen</translation>
    </message>
    <message>
        <source>A&amp;llow metadata writes with keys…</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln zu&amp;lassen …</translation>
    </message>
    <message>
        <source>B&amp;lock metadata writes with keys…</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln b&amp;lockieren …</translation>
    </message>
    <message>
        <source>Not available with your permissions</source>
        <translation>Mit Ihren Berechtigungen nicht verfügbar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Not loaded — select Show keys</source>
        <translation>Nicht geladen — wählen Sie „Schlüssel anzeigen“</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>The account does not report when this key was generated.</source>
        <translation>Das Konto meldet nicht, wann dieser Schlüssel generiert wurde.</translation>
    </message>
    <message>
        <source>Regenerated today</source>
        <translation>Heute neu generiert</translation>
    </message>
    <message>
        <source>Regenerated yesterday</source>
        <translation>Gestern neu generiert</translation>
    </message>
    <message numerus="yes">
        <source>Regenerated %n days ago</source>
        <translation>
            <numerusform>Vor %n Tag neu generiert</numerusform>
            <numerusform>Vor %n Tagen neu generiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generiert am %1</translation>
    </message>
    <message numerus="yes">
        <source>Older than the rotation limit of %n days (setting %1): rotate it.</source>
        <translation>
            <numerusform>Älter als die Rotationsgrenze von %n Tag (Einstellung %1): Rotieren Sie ihn.</numerusform>
            <numerusform>Älter als die Rotationsgrenze von %n Tagen (Einstellung %1): Rotieren Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Age of the %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message numerus="yes">
        <source>Older than the rotation limit of %n days: rotate it</source>
        <translation>
            <numerusform>Älter als die Rotationsgrenze von %n Tag: Rotieren Sie ihn</numerusform>
            <numerusform>Älter als die Rotationsgrenze von %n Tagen: Rotieren Sie ihn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key is older than %n days; rotate it.</source>
        <translation>
            <numerusform>Dieser Schlüssel ist älter als %n Tag; rotieren Sie ihn.</numerusform>
            <numerusform>Dieser Schlüssel ist älter als %n Tage; rotieren Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the read-only keys are available with your permissions.</source>
        <translation>Mit Ihren Berechtigungen sind nur die schreibgeschützten Schlüssel verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Keys are masked. Reveal one at a time; it is hidden again after %n s.</source>
        <translation>
            <numerusform>Die Schlüssel sind maskiert. Zeigen Sie jeweils nur einen an; er wird nach %n s wieder ausgeblendet.</numerusform>
            <numerusform>Die Schlüssel sind maskiert. Zeigen Sie jeweils nur einen an; er wird nach %n s wieder ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the keys…</source>
        <translation>Schlüssel werden abgerufen …</translation>
    </message>
    <message>
        <source>Keys are fetched only when you ask (Show keys) and are never stored unless you choose Remember.</source>
        <translation>Schlüssel werden nur auf Anforderung abgerufen („Schlüssel anzeigen“) und nie gespeichert, außer Sie wählen „Merken“.</translation>
    </message>
    <message>
        <source>Not available with your permissions (needs Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action).</source>
        <translation>Mit Ihren Berechtigungen nicht verfügbar (erfordert Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action).</translation>
    </message>
    <message>
        <source>Each connection string contains a key: treat it like the key itself.</source>
        <translation>Jede Verbindungszeichenfolge enthält einen Schlüssel: Behandeln Sie sie wie den Schlüssel selbst.</translation>
    </message>
    <message>
        <source>The account reports no connection strings.</source>
        <translation>Das Konto meldet keine Verbindungszeichenfolgen.</translation>
    </message>
    <message>
        <source>Fetched together with the keys.</source>
        <translation>Werden zusammen mit den Schlüsseln abgerufen.</translation>
    </message>
    <message>
        <source>&amp;Reload keys</source>
        <translation>Schlüssel &amp;neu laden</translation>
    </message>
    <message numerus="yes">
        <source>%1 visible — hidden again in %n s</source>
        <translation>
            <numerusform>%1 sichtbar — wird in %n s wieder ausgeblendet</numerusform>
            <numerusform>%1 sichtbar — wird in %n s wieder ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Reading the keys of %1 failed</source>
        <translation>Die Schlüssel von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the read-only keys of %1 failed</source>
        <translation>Die schreibgeschützten Schlüssel von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the connection strings of %1 failed</source>
        <translation>Die Verbindungszeichenfolgen von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>You need Microsoft.DocumentDB/databaseAccounts/listKeys/action to read the read-write keys (roles: Owner, Contributor, DocumentDB Account Contributor).</source>
        <translation>Zum Lesen der Lese-/Schreibschlüssel benötigen Sie Microsoft.DocumentDB/databaseAccounts/listKeys/action (Rollen: Owner, Contributor, DocumentDB Account Contributor).</translation>
    </message>
    <message>
        <source>The read-only keys need Microsoft.DocumentDB/databaseAccounts/readonlykeys/action (also in Cosmos DB Account Reader Role).</source>
        <translation>Die schreibgeschützten Schlüssel erfordern Microsoft.DocumentDB/databaseAccounts/readonlykeys/action (auch in Cosmos DB Account Reader Role enthalten).</translation>
    </message>
    <message>
        <source>Your role allows the read-only keys, which are shown below.</source>
        <translation>Ihre Rolle erlaubt die schreibgeschützten Schlüssel; sie werden unten angezeigt.</translation>
    </message>
    <message>
        <source>Connection strings need Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action.</source>
        <translation>Verbindungszeichenfolgen erfordern Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action.</translation>
    </message>
    <message>
        <source>Ask an owner of the account or subscription for one of these roles, or work with Microsoft Entra ID data-plane roles instead of keys.</source>
        <translation>Bitten Sie einen Besitzer des Kontos oder Abonnements um eine dieser Rollen, oder verwenden Sie statt Schlüsseln Datenebenenrollen von Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Remembering the %1 failed</source>
        <translation>Der %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The %1 is remembered in %2.</source>
        <translation>Der %1 ist in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Forgetting the %1 failed</source>
        <translation>Der %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The %1 was removed from %2.</source>
        <translation>Der %1 wurde aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Select Show keys first, or remember the %1 in the keychain.</source>
        <translation>Wählen Sie zuerst „Schlüssel anzeigen“, oder speichern Sie den %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Reading the remembered %1 failed</source>
        <translation>Der gespeicherte %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The account reports no endpoint, so the key cannot be tested.</source>
        <translation>Das Konto meldet keinen Endpunkt, daher kann der Schlüssel nicht getestet werden.</translation>
    </message>
    <message>
        <source>Testing the %1 against %2…</source>
        <translation>Der %1 wird an %2 getestet …</translation>
    </message>
    <message numerus="yes">
        <source>The %1 works: the data plane of %2 accepted requests signed with it (databases visible: %n).</source>
        <translation>
            <numerusform>Der %1 funktioniert: Die Datenebene von %2 hat damit signierte Anfragen akzeptiert (sichtbare Datenbanken: %n).</numerusform>
            <numerusform>Der %1 funktioniert: Die Datenebene von %2 hat damit signierte Anfragen akzeptiert (sichtbare Datenbanken: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 did not work. %2</source>
        <translation>Der %1 hat nicht funktioniert. %2</translation>
    </message>
    <message>
        <source>the &quot;Primary …&quot; connection strings</source>
        <translation>die Verbindungszeichenfolgen „Primary …“</translation>
    </message>
    <message>
        <source>the &quot;Secondary …&quot; connection strings</source>
        <translation>die Verbindungszeichenfolgen „Secondary …“</translation>
    </message>
    <message>
        <source>the &quot;Primary Read-Only …&quot; connection strings</source>
        <translation>die Verbindungszeichenfolgen „Primary Read-Only …“</translation>
    </message>
    <message>
        <source>the &quot;Secondary Read-Only …&quot; connection strings</source>
        <translation>die Verbindungszeichenfolgen „Secondary Read-Only …“</translation>
    </message>
    <message>
        <source>Every application that uses the %1, or a connection string built from it (%2), fails at once with 401 Unauthorized until it is given the new value. The old value cannot be restored.</source>
        <translation>Jede Anwendung, die den %1 oder eine daraus erstellte Verbindungszeichenfolge (%2) verwendet, schlägt sofort mit 401 Unauthorized fehl, bis sie den neuen Wert erhält. Der alte Wert kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>To rotate without downtime, move applications to the other key first (Rotate keys… guides you).</source>
        <translation>Für eine Rotation ohne Ausfallzeit stellen Sie die Anwendungen zuerst auf den anderen Schlüssel um („Schlüssel rotieren …“ führt Sie durch die Schritte).</translation>
    </message>
    <message>
        <source>Azure CLI: %1</source>
        <translation>Azure CLI: %1</translation>
    </message>
    <message>
        <source>Regenerate key</source>
        <translation>Schlüssel neu generieren</translation>
    </message>
    <message>
        <source>Regenerate the %1 of %2?</source>
        <translation>Den %1 von %2 neu generieren?</translation>
    </message>
    <message>
        <source>The %1 was regenerated%2. Applications still using the old value now fail. Select Show keys to read the new value.%3</source>
        <translation>Der %1 wurde%2 neu generiert. Anwendungen, die noch den alten Wert verwenden, schlagen jetzt fehl. Wählen Sie „Schlüssel anzeigen“, um den neuen Wert zu lesen.%3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source> The remembered old value was removed from the keychain.</source>
        <translation> Der gespeicherte alte Wert wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Stopped waiting for the regeneration of the %1. The operation may still complete in Azure: check the key age in a moment.</source>
        <translation>Das Warten auf die Neugenerierung wurde beendet (%1). Der Vorgang kann in Azure trotzdem noch abgeschlossen werden: Prüfen Sie gleich das Alter des Schlüssels.</translation>
    </message>
    <message>
        <source>Regenerating the %1 of %2 failed</source>
        <translation>Der %1 von %2 konnte nicht neu generiert werden</translation>
    </message>
    <message>
        <source>Regenerating the %1…</source>
        <translation>Der %1 wird neu generiert …</translation>
    </message>
    <message>
        <source>Disable key-based authentication</source>
        <translation>Schlüsselbasierte Authentifizierung deaktivieren</translation>
    </message>
    <message>
        <source>Disable key-based authentication on %1?</source>
        <translation>Schlüsselbasierte Authentifizierung für %1 deaktivieren?</translation>
    </message>
    <message>
        <source>Every application, SDK, tool and connection string that uses an account key or a resource token stops working at once (401, substatus 5202). Only Microsoft Entra ID sign-in works afterwards, so Entra ID data-plane role assignments (e.g. Cosmos DB Built-in Data Contributor) must be in place for every application first. Data Explorer in the Azure portal needs them too.</source>
        <translation>Jede Anwendung, jedes SDK, jedes Tool und jede Verbindungszeichenfolge, die einen Kontoschlüssel oder ein Ressourcentoken verwendet, funktioniert sofort nicht mehr (401, Unterstatus 5202). Danach funktioniert nur noch die Anmeldung mit Microsoft Entra ID; daher müssen zuerst für jede Anwendung Rollenzuweisungen der Datenebene in Entra ID (z. B. Cosmos DB Built-in Data Contributor) vorhanden sein. Der Daten-Explorer im Azure-Portal benötigt sie ebenfalls.</translation>
    </message>
    <message>
        <source>Disabling key-based authentication…</source>
        <translation>Schlüsselbasierte Authentifizierung wird deaktiviert …</translation>
    </message>
    <message>
        <source>Enable key-based authentication</source>
        <translation>Schlüsselbasierte Authentifizierung aktivieren</translation>
    </message>
    <message>
        <source>Enable key-based authentication on %1?</source>
        <translation>Schlüsselbasierte Authentifizierung für %1 aktivieren?</translation>
    </message>
    <message>
        <source>Anyone who holds an account key or a connection string — including old copies that were never rotated — can then read and change all data. Prefer Microsoft Entra ID; if keys may have leaked, rotate both keys after enabling.</source>
        <translation>Wer einen Kontoschlüssel oder eine Verbindungszeichenfolge besitzt — auch alte Kopien, die nie rotiert wurden —, kann dann alle Daten lesen und ändern. Verwenden Sie vorzugsweise Microsoft Entra ID; falls Schlüssel offengelegt worden sein könnten, rotieren Sie nach dem Aktivieren beide Schlüssel.</translation>
    </message>
    <message>
        <source>Enabling key-based authentication…</source>
        <translation>Schlüsselbasierte Authentifizierung wird aktiviert …</translation>
    </message>
    <message>
        <source>Block metadata writes with keys</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln blockieren</translation>
    </message>
    <message>
        <source>Block metadata writes with keys on %1?</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln für %1 blockieren?</translation>
    </message>
    <message>
        <source>Applications and tools that use keys can no longer create, change or delete databases and containers or change throughput (403). Such changes must then go through Azure Resource Manager (portal, Azure CLI, Bicep, Terraform). Reading and writing items with keys keeps working.</source>
        <translation>Anwendungen und Tools, die Schlüssel verwenden, können dann keine Datenbanken und Container mehr erstellen, ändern oder löschen und den Durchsatz nicht mehr ändern (403). Solche Änderungen müssen dann über Azure Resource Manager erfolgen (Portal, Azure CLI, Bicep, Terraform). Das Lesen und Schreiben von Elementen mit Schlüsseln funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Blocking metadata writes with keys…</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln werden blockiert …</translation>
    </message>
    <message>
        <source>Allow metadata writes with keys</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln zulassen</translation>
    </message>
    <message>
        <source>Allow metadata writes with keys on %1?</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln für %1 zulassen?</translation>
    </message>
    <message>
        <source>Anyone with an account key can then create and delete databases and containers and change throughput, bypassing Azure Resource Manager, its role checks and its activity log.</source>
        <translation>Jeder mit einem Kontoschlüssel kann dann Datenbanken und Container erstellen und löschen sowie den Durchsatz ändern — unter Umgehung von Azure Resource Manager, seinen Rollenprüfungen und seinem Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Allowing metadata writes with keys…</source>
        <translation>Metadatenschreibvorgänge mit Schlüsseln werden zugelassen …</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Stopped waiting (%1). The change may still complete in Azure; the account shows the new state once it has.</source>
        <translation>Warten beendet (%1). Die Änderung kann in Azure trotzdem noch abgeschlossen werden; das Konto zeigt den neuen Zustand an, sobald das geschehen ist.</translation>
    </message>
    <message>
        <source>%1 on %2 failed</source>
        <translation>„%1“ für %2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (Azure reports: %2)</source>
        <translation>%1 (Azure meldet: %2)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>The %1 could not be tested. %2</source>
        <translation>Der %1 konnte nicht getestet werden. %2</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>primary read-only key</source>
        <translation>Primärschlüssel (schreibgeschützt)</translation>
    </message>
    <message>
        <source>secondary read-only key</source>
        <translation>Sekundärschlüssel (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>csc::KeysService</name>
    <message>
        <source>The list of keys is not a JSON object.</source>
        <translation>Die Schlüsselliste ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer holds no account key.</source>
        <translation>Die Antwort enthält keinen Kontoschlüssel.</translation>
    </message>
    <message>
        <source>The list of connection strings has no connectionStrings array.</source>
        <translation>Die Liste der Verbindungszeichenfolgen hat kein connectionStrings-Array.</translation>
    </message>
    <message>
        <source>The connection was closed; sign in again.</source>
        <translation>Die Verbindung wurde geschlossen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>List account keys</source>
        <translation>Kontoschlüssel auflisten</translation>
    </message>
    <message>
        <source>List read-only keys</source>
        <translation>Schreibgeschützte Schlüssel auflisten</translation>
    </message>
    <message>
        <source>List connection strings</source>
        <translation>Verbindungszeichenfolgen auflisten</translation>
    </message>
    <message>
        <source>Read account</source>
        <translation>Konto lesen</translation>
    </message>
    <message>
        <source>Regenerate the %1 key</source>
        <translation>Den Schlüssel %1 neu generieren</translation>
    </message>
    <message>
        <source>Disable key-based authentication</source>
        <translation>Schlüsselbasierte Authentifizierung deaktivieren</translation>
    </message>
    <message>
        <source>Enable key-based authentication</source>
        <translation>Schlüsselbasierte Authentifizierung aktivieren</translation>
    </message>
    <message>
        <source>Disable key-based metadata writes</source>
        <translation>Schlüsselbasierte Metadatenänderungen deaktivieren</translation>
    </message>
    <message>
        <source>Enable key-based metadata writes</source>
        <translation>Schlüsselbasierte Metadatenänderungen aktivieren</translation>
    </message>
</context>
<context>
    <name>csc::LocalCloudOpener</name>
    <message>
        <source>Local cloud (demo)</source>
        <translation>Lokale Cloud (Demo)</translation>
    </message>
    <message>
        <source>The local cloud could not start: %1</source>
        <translation>Die lokale Cloud konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>csc::LroJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The service asked to follow the operation at another host: %1</source>
        <translation>Der Dienst verlangte, den Vorgang auf einem anderen Host zu verfolgen: %1</translation>
    </message>
    <message>
        <source>The operation ended with status %1.</source>
        <translation>Der Vorgang endete mit dem Status %1.</translation>
    </message>
    <message>
        <source>The operation status has no status field.</source>
        <translation>Der Vorgangsstatus hat kein status-Feld.</translation>
    </message>
</context>
<context>
    <name>csc::MainWindow</name>
    <message>
        <source>Cosmos Security Console</source>
        <translation>Cosmos Security Console</translation>
    </message>
    <message>
        <source>The connection test</source>
        <translation>Der Verbindungstest</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>Verbindungen &amp;verwalten …</translation>
    </message>
    <message>
        <source>Create, edit, delete and test connections</source>
        <translation>Verbindungen anlegen, bearbeiten, löschen und testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Sign in with the selected connection</source>
        <translation>Mit der ausgewählten Verbindung anmelden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sign in and list the subscriptions the application can see</source>
        <translation>Anmelden und die Abonnements auflisten, die die Anwendung sieht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;About Cosmos Security Console</source>
        <translation>&amp;Über Cosmos Security Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Activity Log</source>
        <translation>&amp;Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Ver&amp;bindung:</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <source>Choose the connection to work with</source>
        <translation>Die Verbindung wählen, mit der gearbeitet wird</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Connected to “%1” (%2)</source>
        <translation>Verbunden mit „%1“ (%2)</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Verbindung mit „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No connection. Use Connection → Manage Connections to create one.</source>
        <translation>Keine Verbindung. Legen Sie unter Verbindung → Verbindungen verwalten eine an.</translation>
    </message>
    <message>
        <source>%1 — Cosmos Security Console</source>
        <translation>%1 — Cosmos Security Console</translation>
    </message>
</context>
<context>
    <name>csc::MasterKeySigner</name>
    <message>
        <source>The account key is empty.</source>
        <translation>Der Kontoschlüssel ist leer.</translation>
    </message>
    <message>
        <source>The account key is not valid base64 (wrong length).</source>
        <translation>Der Kontoschlüssel ist kein gültiges Base64 (falsche Länge).</translation>
    </message>
    <message>
        <source>The account key is not valid base64.</source>
        <translation>Der Kontoschlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The authorization header is not of the form type=...&amp;ver=...&amp;sig=... .</source>
        <translation>Der Authorization-Header hat nicht die Form type=...&amp;ver=...&amp;sig=... .</translation>
    </message>
</context>
<context>
    <name>csc::MatchedAssignmentModel</name>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Object id %1</source>
        <translation>Objekt-ID %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Applies through</source>
        <translation>Gilt über</translation>
    </message>
    <message>
        <source>Allows</source>
        <translation>Erlaubt</translation>
    </message>
</context>
<context>
    <name>csc::MemoryStore</name>
    <message>
        <source>No secret is stored under “%1” for this session.</source>
        <translation>Für diese Sitzung ist unter „%1“ kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>csc::MessageWidget</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Details der Meldung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>csc::PagedJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The list response is not a JSON object.</source>
        <translation>Die Listenantwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The list response has no array named %1.</source>
        <translation>Die Listenantwort hat kein Array namens %1.</translation>
    </message>
    <message>
        <source>The service returned a next page link to another host: %1</source>
        <translation>Der Dienst lieferte einen Link zur nächsten Seite auf einem anderen Host: %1</translation>
    </message>
    <message>
        <source>The service returned the same next page twice; stopped reading.</source>
        <translation>Der Dienst lieferte dieselbe nächste Seite zweimal; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <source>The service returned more than %1 pages; stopped reading.</source>
        <translation>Der Dienst lieferte mehr als %1 Seiten; das Lesen wurde beendet.</translation>
    </message>
</context>
<context>
    <name>csc::PermissionTreeModel</name>
    <message>
        <source>database “%1”</source>
        <translation>Datenbank „%1“</translation>
    </message>
    <message>
        <source>container “%1” in database “%2”</source>
        <translation>Container „%1“ in Datenbank „%2“</translation>
    </message>
    <message>
        <source>item “%1” in container “%2” of database “%3”</source>
        <translation>Element „%1“ in Container „%2“ der Datenbank „%3“</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · partition key %2</source>
        <translation>%1 · Partitionsschlüssel %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Database “%1”</source>
        <translation>Datenbank „%1“</translation>
    </message>
    <message>
        <source>User “%1” in database “%2”</source>
        <translation>Benutzer „%1“ in Datenbank „%2“</translation>
    </message>
    <message>
        <source>Permission “%1”: %2</source>
        <translation>Berechtigung „%1“: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>csc::PermissionsPanel</name>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Role-based access (Entra ID)</source>
        <translation>&amp;Rollenbasierter Zugriff (Entra ID)</translation>
    </message>
    <message>
        <source>Select an account in Accounts to manage who may access its data.</source>
        <translation>Wählen Sie unter „Konten“ ein Konto aus, um zu verwalten, wer auf seine Daten zugreifen darf.</translation>
    </message>
    <message>
        <source>Connect to manage who may access your accounts&apos; data.</source>
        <translation>Verbinden Sie sich, um zu verwalten, wer auf die Daten Ihrer Konten zugreifen darf.</translation>
    </message>
    <message>
        <source>Data access to “%1”</source>
        <translation>Datenzugriff auf „%1“</translation>
    </message>
    <message>
        <source>&amp;Users &amp;&amp; resource tokens</source>
        <translation>&amp;Benutzer &amp;&amp; Ressourcentoken</translation>
    </message>
</context>
<context>
    <name>csc::ProfileDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Anmeldeautorität</translation>
    </message>
    <message>
        <source>Resource Manager endpoint</source>
        <translation>Resource-Manager-Endpunkt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Directory (tenant) ID or domain, e.g. contoso.onmicrosoft.com</source>
        <translation>Verzeichnis-ID (Mandanten-ID) oder Domäne, z. B. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Geheimen Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Geheimen Clientschlüssel verbergen</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>Datei der vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Optional PEM file with one extra trusted CA</source>
        <translation>Optionale PEM-Datei mit einer zusätzlichen vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Choose the trusted certificate authority file</source>
        <translation>Datei der vertrauenswürdigen Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Sign-in a&amp;uthority:</source>
        <translation>Anmelde&amp;autorität:</translation>
    </message>
    <message>
        <source>&amp;Resource Manager:</source>
        <translation>&amp;Resource Manager:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Man&amp;dant:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Trusted C&amp;A file:</source>
        <translation>Vertrauenswürdige &amp;ZS-Datei:</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Te&amp;st Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test in progress</source>
        <translation>Verbindungstest läuft</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The client secret&apos;s value (not its ID)</source>
        <translation>Der Wert des geheimen Clientschlüssels (nicht seine ID)</translation>
    </message>
    <message>
        <source>Stored in %1; type a new value to replace it</source>
        <translation>Gespeichert in %1; zum Ersetzen einen neuen Wert eingeben</translation>
    </message>
    <message>
        <source>the new connection</source>
        <translation>die neue Verbindung</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Cancel Te&amp;st</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Trusted Certificate Authority</source>
        <translation>Vertrauenswürdige Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Geben Sie den geheimen Clientschlüssel der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving the client secret of “%1”…</source>
        <translation>Geheimer Clientschlüssel von „%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>Storing the client secret of “%1”</source>
        <translation>Das Speichern des geheimen Clientschlüssels von „%1“</translation>
    </message>
    <message>
        <source>Saved “%1”. The client secret is stored in %2.</source>
        <translation>„%1“ gespeichert. Der geheime Clientschlüssel liegt in %2.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its stored client secret is removed from %1 too. This cannot be undone.</source>
        <translation>Ihr gespeicherter geheimer Clientschlüssel wird ebenfalls aus %1 entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting the connection “%1”</source>
        <translation>Das Löschen der Verbindung „%1“</translation>
    </message>
    <message>
        <source>Deleted “%1” and its stored client secret.</source>
        <translation>„%1“ und der gespeicherte geheime Clientschlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection test</source>
        <translation>Der Verbindungstest</translation>
    </message>
    <message>
        <source>The connection works. Signed in as application %1 in tenant %2.</source>
        <translation>Die Verbindung funktioniert. Angemeldet als Anwendung %1 im Mandanten %2.</translation>
    </message>
    <message>
        <source>The application sees no subscription. Grant it a role such as Reader on the subscriptions to manage.</source>
        <translation>Die Anwendung sieht kein Abonnement. Weisen Sie ihr auf den zu verwaltenden Abonnements eine Rolle wie „Leser“ zu.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s): %1</source>
        <translation>
            <numerusform>%n Abonnement: %1</numerusform>
            <numerusform>%n Abonnements: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Object ID of the service principal: %1</source>
        <translation>Objekt-ID des Dienstprinzipals: %1</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Zugriffstoken gültig bis: %1</translation>
    </message>
    <message>
        <source>&amp;Local Cloud</source>
        <translation>Lo&amp;kale Cloud</translation>
    </message>
    <message>
        <source>New local cloud connection</source>
        <translation>Neue Verbindung zur lokalen Cloud</translation>
    </message>
    <message>
        <source>A connection to the local cloud that runs on this computer, with demo data: no Azure subscription needed.</source>
        <translation>Eine Verbindung zur lokalen Cloud, die auf diesem Computer läuft, mit Demodaten: kein Azure-Abonnement erforderlich.</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The local cloud runs inside the console on this computer (HTTPS on 127.0.0.1 with its own certificate authority) and imitates Microsoft Entra ID, Azure Resource Manager and Azure Cosmos DB with demo data. Its demo service principals have fixed, documented secrets; choose one to see what each Azure role may do.</source>
        <translation>Die lokale Cloud läuft innerhalb der Konsole auf diesem Computer (HTTPS auf 127.0.0.1 mit eigener Zertifizierungsstelle) und bildet Microsoft Entra ID, Azure Resource Manager und Azure Cosmos DB mit Demodaten nach. Ihre Demo-Dienstprinzipale haben feste, dokumentierte geheime Schlüssel; wählen Sie einen aus, um zu sehen, was die einzelnen Azure-Rollen dürfen.</translation>
    </message>
    <message>
        <source>Sign in &amp;as:</source>
        <translation>Anm&amp;elden als:</translation>
    </message>
</context>
<context>
    <name>csc::ProfileListModel</name>
    <message>
        <source>%1 — tenant %2</source>
        <translation>%1 — Mandant %2</translation>
    </message>
</context>
<context>
    <name>csc::RegenerateKeyPage</name>
    <message>
        <source>Regenerate the %1</source>
        <translation>Den %1 neu generieren</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Applications should be using the primary key now. Regenerating the secondary key makes its old value — and every &quot;Secondary …&quot; connection string built from it — fail at once with 401.</source>
        <translation>Die Anwendungen sollten jetzt den Primärschlüssel verwenden. Durch das Neugenerieren des Sekundärschlüssels schlagen sein alter Wert — und jede daraus erstellte Verbindungszeichenfolge „Secondary …“ — sofort mit 401 fehl.</translation>
    </message>
    <message>
        <source>No application depends on the secondary key right now (they use the primary key).</source>
        <translation>Derzeit hängt keine Anwendung vom Sekundärschlüssel ab (sie verwenden den Primärschlüssel).</translation>
    </message>
    <message>
        <source>Regenerating the primary key makes its old value — and every &quot;Primary …&quot; connection string built from it — fail at once with 401. Only continue when every application runs on the new secondary key.</source>
        <translation>Durch das Neugenerieren des Primärschlüssels schlagen sein alter Wert — und jede daraus erstellte Verbindungszeichenfolge „Primary …“ — sofort mit 401 fehl. Fahren Sie erst fort, wenn alle Anwendungen mit dem neuen Sekundärschlüssel laufen.</translation>
    </message>
    <message>
        <source>Every application now works with the new secondary key (no 401 errors in their logs).</source>
        <translation>Alle Anwendungen funktionieren jetzt mit dem neuen Sekundärschlüssel (keine 401-Fehler in ihren Protokollen).</translation>
    </message>
    <message>
        <source>&amp;Regenerate the %1</source>
        <translation>Den %1 &amp;neu generieren</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>Warten a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the regeneration</source>
        <translation>Nicht mehr auf die Neugenerierung warten</translation>
    </message>
    <message>
        <source>Progress of the regeneration</source>
        <translation>Fortschritt der Neugenerierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>Regenerating the %1…</source>
        <translation>Der %1 wird neu generiert …</translation>
    </message>
    <message>
        <source>The %1 was regenerated at %2.</source>
        <translation>Der %1 wurde am %2 neu generiert.</translation>
    </message>
    <message>
        <source>The %1 was regenerated.</source>
        <translation>Der %1 wurde neu generiert.</translation>
    </message>
    <message>
        <source>Stopped waiting. The regeneration may still complete in Azure: check the key age in the Keys panel before you try again.</source>
        <translation>Warten beendet. Die Neugenerierung kann in Azure trotzdem noch abgeschlossen werden: Prüfen Sie das Alter des Schlüssels im Bereich „Schlüssel“, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Regenerating the %1 failed: %2 %3</source>
        <translation>Der %1 konnte nicht neu generiert werden: %2 %3</translation>
    </message>
    <message>
        <source>Regenerating… (Azure reports: %1)</source>
        <translation>Wird neu generiert … (Azure meldet: %1)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
</context>
<context>
    <name>csc::RequestLogModel</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>Versuch: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Client request id: %1</source>
        <translation>Client-Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>csc::RequestStatus</name>
    <message>
        <source>Requests in progress</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Requests</source>
        <translation>Laufende Anfragen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel running requests (Esc)</source>
        <translation>Laufende Anfragen abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel running requests</source>
        <translation>Laufende Anfragen abbrechen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) running</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::ResourceTokenAuthorizer</name>
    <message>
        <source>No resource token was given.</source>
        <translation>Es wurde kein Ressourcentoken angegeben.</translation>
    </message>
</context>
<context>
    <name>csc::ResourceTokensView</name>
    <message>
        <source>Cosmos DB users and permissions hand out resource tokens: short-lived credentials for one database, container or item, read-only or read-write, optionally limited to one partition key value. Managing them needs the account&apos;s primary key, fetched only when you ask.</source>
        <translation>Cosmos-DB-Benutzer und -Berechtigungen geben Ressourcentoken aus: kurzlebige Anmeldedaten für eine Datenbank, einen Container oder ein Element, schreibgeschützt oder mit Lese-/Schreibzugriff, optional auf einen Partitionsschlüsselwert beschränkt. Zur Verwaltung wird der Primärschlüssel des Kontos benötigt, der erst auf Ihre Anforderung abgerufen wird.</translation>
    </message>
    <message>
        <source>Missing permission</source>
        <translation>Fehlende Berechtigung</translation>
    </message>
    <message>
        <source>&amp;Load users and permissions</source>
        <translation>Benutzer und Berechtigungen &amp;laden</translation>
    </message>
    <message>
        <source>Fetches the account&apos;s primary key (listKeys) and keeps it in memory only while this account is shown</source>
        <translation>Ruft den Primärschlüssel des Kontos ab (listKeys) und hält ihn nur im Arbeitsspeicher, solange dieses Konto angezeigt wird</translation>
    </message>
    <message>
        <source>New &amp;User…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>New &amp;Permission…</source>
        <translation>Neue Berechti&amp;gung …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearb&amp;eiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected user or permission; tokens minted from it stop working</source>
        <translation>Den ausgewählten Benutzer oder die ausgewählte Berechtigung löschen; daraus ausgestellte Token funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Change in progress</source>
        <translation>Änderung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting; the change may still complete on the account</source>
        <translation>Nicht mehr warten; die Änderung kann im Konto trotzdem noch abgeschlossen werden</translation>
    </message>
    <message>
        <source>Databases, users and permissions</source>
        <translation>Datenbanken, Benutzer und Berechtigungen</translation>
    </message>
    <message>
        <source>Resource token</source>
        <translation>Ressourcentoken</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Lebensdauer des Tokens</translation>
    </message>
    <message>
        <source>How long the token works: 10 seconds to 5 hours (h:mm:ss)</source>
        <translation>Wie lange das Token gültig ist: 10 Sekunden bis 5 Stunden (h:mm:ss)</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>Lebens&amp;dauer:</translation>
    </message>
    <message>
        <source>&amp;Mint Token</source>
        <translation>&amp;Token ausstellen</translation>
    </message>
    <message>
        <source>Reads the selected permission; the service mints a new token valid for the lifetime</source>
        <translation>Liest die ausgewählte Berechtigung; der Dienst stellt ein neues Token aus, das für die angegebene Lebensdauer gültig ist</translation>
    </message>
    <message>
        <source>Resource token (masked)</source>
        <translation>Ressourcentoken (maskiert)</translation>
    </message>
    <message>
        <source>No token minted</source>
        <translation>Kein Token ausgestellt</translation>
    </message>
    <message>
        <source>Show the token for a few seconds</source>
        <translation>Das Token für einige Sekunden anzeigen</translation>
    </message>
    <message>
        <source>Reveal token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after a countdown</source>
        <translation>Das Token kopieren; die Zwischenablage wird nach Ablauf eines Countdowns geleert</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Wipe the token from memory now (it keeps working until it expires)</source>
        <translation>Das Token jetzt aus dem Arbeitsspeicher löschen (es bleibt gültig, bis es abläuft)</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Try This Token</source>
        <translation>Dieses Token aus&amp;probieren</translation>
    </message>
    <message>
        <source>Read the permitted resource and try to write a probe item with this token</source>
        <translation>Mit diesem Token die erlaubte Ressource lesen und versuchen, ein Testelement zu schreiben</translation>
    </message>
    <message>
        <source>Read result</source>
        <translation>Ergebnis des Lesens</translation>
    </message>
    <message>
        <source>Write result</source>
        <translation>Ergebnis des Schreibens</translation>
    </message>
    <message>
        <source>Select an account to manage its users and resource tokens.</source>
        <translation>Wählen Sie ein Konto aus, um seine Benutzer und Ressourcentoken zu verwalten.</translation>
    </message>
    <message>
        <source>Fetching the primary key…</source>
        <translation>Primärschlüssel wird abgerufen …</translation>
    </message>
    <message>
        <source>The primary key is held in memory while this account is shown.</source>
        <translation>Der Primärschlüssel wird im Arbeitsspeicher gehalten, solange dieses Konto angezeigt wird.</translation>
    </message>
    <message>
        <source>Nothing is loaded until you ask.</source>
        <translation>Es wird erst etwas geladen, wenn Sie es anfordern.</translation>
    </message>
    <message>
        <source>Key-based authentication is disabled on this account: the service refuses keys and resource tokens (401, substatus 5202).</source>
        <translation>Die schlüsselbasierte Authentifizierung ist für dieses Konto deaktiviert: Der Dienst lehnt Schlüssel und Ressourcentoken ab (401, Unterstatus 5202).</translation>
    </message>
    <message>
        <source>&amp;Delete User</source>
        <translation>Benutzer lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Delete Permission</source>
        <translation>Berechtigung lö&amp;schen</translation>
    </message>
    <message>
        <source>The account reports no data-plane endpoint.</source>
        <translation>Das Konto meldet keinen Endpunkt für die Datenebene.</translation>
    </message>
    <message>
        <source>Fetching the key of “%1” failed</source>
        <translation>Das Abrufen des Schlüssels von „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The account returned no read-write key.</source>
        <translation>Das Konto hat keinen Lese-/Schreibschlüssel zurückgegeben.</translation>
    </message>
    <message>
        <source>The account&apos;s primary key could not be used.</source>
        <translation>Der Primärschlüssel des Kontos konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Users and resource tokens are managed with the account&apos;s primary key, and your role may not read it: it lacks %1. Ask for a role that includes it (for example Cosmos DB Account Contributor). Data-plane role-based access in the other tab needs no keys.</source>
        <translation>Benutzer und Ressourcentoken werden mit dem Primärschlüssel des Kontos verwaltet, und Ihre Rolle darf ihn nicht lesen: Ihr fehlt %1. Bitten Sie um eine Rolle, die diese Berechtigung enthält (zum Beispiel Cosmos DB Account Contributor). Der rollenbasierte Zugriff auf die Datenebene auf der anderen Registerkarte benötigt keine Schlüssel.</translation>
    </message>
    <message>
        <source>Listing the databases of “%1” failed</source>
        <translation>Das Auflisten der Datenbanken von „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” has no databases yet: users live in a database.</source>
        <translation>„%1“ hat noch keine Datenbanken: Benutzer gehören immer zu einer Datenbank.</translation>
    </message>
    <message>
        <source>Listing the users of “%1” failed</source>
        <translation>Das Auflisten der Benutzer von „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Listing the permissions of “%1” failed</source>
        <translation>Das Auflisten der Berechtigungen von „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creating user “%1” failed</source>
        <translation>Das Erstellen des Benutzers „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>User “%1” created in “%2”.</source>
        <translation>Benutzer „%1“ wurde in „%2“ erstellt.</translation>
    </message>
    <message>
        <source>Creating user %1</source>
        <translation>Benutzer %1 wird erstellt</translation>
    </message>
    <message>
        <source>Renaming user “%1” failed</source>
        <translation>Das Umbenennen des Benutzers „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>User “%1” is now “%2”.</source>
        <translation>Benutzer „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Renaming user %1</source>
        <translation>Benutzer %1 wird umbenannt</translation>
    </message>
    <message>
        <source>Creating permission “%1” failed</source>
        <translation>Das Erstellen der Berechtigung „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Permission “%1” created. Select it and mint a token to hand out.</source>
        <translation>Berechtigung „%1“ wurde erstellt. Wählen Sie sie aus und stellen Sie ein Token zur Weitergabe aus.</translation>
    </message>
    <message>
        <source>Creating permission %1</source>
        <translation>Berechtigung %1 wird erstellt</translation>
    </message>
    <message>
        <source>Replace Permission</source>
        <translation>Berechtigung ersetzen</translation>
    </message>
    <message>
        <source>Replace permission “%1”?</source>
        <translation>Berechtigung „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Every resource token minted from “%1” stops working at once, including tokens already handed out. New tokens will allow: %2</source>
        <translation>Jedes aus „%1“ ausgestellte Ressourcentoken funktioniert sofort nicht mehr, auch bereits weitergegebene Token. Neue Token erlauben: %2</translation>
    </message>
    <message>
        <source>Replacing permission “%1” failed</source>
        <translation>Das Ersetzen der Berechtigung „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Permission “%1” replaced. Tokens minted before no longer work.</source>
        <translation>Berechtigung „%1“ wurde ersetzt. Zuvor ausgestellte Token funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Replacing permission %1</source>
        <translation>Berechtigung %1 wird ersetzt</translation>
    </message>
    <message>
        <source>Delete Permission</source>
        <translation>Berechtigung löschen</translation>
    </message>
    <message>
        <source>Delete permission “%1” of user “%2”?</source>
        <translation>Berechtigung „%1“ des Benutzers „%2“ löschen?</translation>
    </message>
    <message>
        <source>Every resource token minted from it stops working at once, including tokens already handed out to applications.</source>
        <translation>Jedes daraus ausgestellte Ressourcentoken funktioniert sofort nicht mehr, auch bereits an Anwendungen weitergegebene Token.</translation>
    </message>
    <message>
        <source>Deleting permission “%1” failed</source>
        <translation>Das Löschen der Berechtigung „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Permission “%1” deleted: tokens minted from it no longer work.</source>
        <translation>Berechtigung „%1“ wurde gelöscht: Daraus ausgestellte Token funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting permission %1</source>
        <translation>Berechtigung %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete user “%1” from database “%2”?</source>
        <translation>Benutzer „%1“ aus der Datenbank „%2“ löschen?</translation>
    </message>
    <message>
        <source>All of the user&apos;s permissions are deleted with it, and every resource token minted from them stops working at once.</source>
        <translation>Alle Berechtigungen des Benutzers werden mitgelöscht, und jedes daraus ausgestellte Ressourcentoken funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting user “%1” failed</source>
        <translation>Das Löschen des Benutzers „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>User “%1” deleted: tokens minted from its permissions no longer work.</source>
        <translation>Benutzer „%1“ wurde gelöscht: Aus seinen Berechtigungen ausgestellte Token funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting user %1</source>
        <translation>Benutzer %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Minting a token from “%1” failed</source>
        <translation>Das Ausstellen eines Tokens aus „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The service returned no token.</source>
        <translation>Der Dienst hat kein Token zurückgegeben.</translation>
    </message>
    <message>
        <source>Minting a token</source>
        <translation>Token wird ausgestellt</translation>
    </message>
    <message>
        <source>Resource token (shown)</source>
        <translation>Ressourcentoken (angezeigt)</translation>
    </message>
    <message>
        <source>Select a permission and mint a token to hand out or try.</source>
        <translation>Wählen Sie eine Berechtigung aus und stellen Sie ein Token aus, um es weiterzugeben oder auszuprobieren.</translation>
    </message>
    <message>
        <source>From “%1” of user “%2”: %3%4</source>
        <translation>Aus „%1“ des Benutzers „%2“: %3%4</translation>
    </message>
    <message>
        <source> — revoked: the permission was deleted or replaced</source>
        <translation> — widerrufen: Die Berechtigung wurde gelöscht oder ersetzt</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2)</source>
        <translation>Läuft ab in %1 (um %2)</translation>
    </message>
    <message numerus="yes">
        <source>· shown for %n more second(s)</source>
        <translation>
            <numerusform>· noch %n Sekunde angezeigt</numerusform>
            <numerusform>· noch %n Sekunden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: the token was wiped from memory. Mint a new one.</source>
        <translation>Abgelaufen: Das Token wurde aus dem Arbeitsspeicher gelöscht. Stellen Sie ein neues aus.</translation>
    </message>
    <message>
        <source>Forgotten: the token was wiped from memory.</source>
        <translation>Vergessen: Das Token wurde aus dem Arbeitsspeicher gelöscht.</translation>
    </message>
    <message>
        <source>%1 %2, substatus %3</source>
        <translation>%1 %2, Unterstatus %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: denied (%2).</source>
        <translation>%1: verweigert (%2).</translation>
    </message>
    <message>
        <source>%1: failed.</source>
        <translation>%1: fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation>%1: fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>Meldung des Dienstes: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Waiting for the read…</source>
        <translation>Warten auf das Lesen …</translation>
    </message>
    <message>
        <source>Write: not tried — the database has no container to write a probe item to.</source>
        <translation>Schreiben: nicht versucht — die Datenbank hat keinen Container, in den ein Testelement geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Write a probe item “%1” to “%2”</source>
        <translation>Testelement „%1“ in „%2“ schreiben</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>%1: allowed (201 Created); the probe item was deleted again.</source>
        <translation>%1: erlaubt (201 Created); das Testelement wurde wieder gelöscht.</translation>
    </message>
    <message>
        <source>%1: allowed (201 Created), but deleting it with the token failed; it is deleted with the account key instead.</source>
        <translation>%1: erlaubt (201 Created), aber das Löschen mit dem Token ist fehlgeschlagen; es wird stattdessen mit dem Kontoschlüssel gelöscht.</translation>
    </message>
    <message>
        <source>List the containers of “%1”</source>
        <translation>Die Container von „%1“ auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%1: allowed (200 OK, %n container(s)).</source>
        <translation>
            <numerusform>%1: erlaubt (200 OK, %n Container).</numerusform>
            <numerusform>%1: erlaubt (200 OK, %n Container).</numerusform>
        </translation>
    </message>
    <message>
        <source>The container “%1” was not found.</source>
        <translation>Der Container „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Write: not tried.</source>
        <translation>Schreiben: nicht versucht.</translation>
    </message>
    <message>
        <source>Read item “%1”</source>
        <translation>Element „%1“ lesen</translation>
    </message>
    <message>
        <source>%1: allowed (200 OK).</source>
        <translation>%1: erlaubt (200 OK).</translation>
    </message>
    <message>
        <source>Read the first page of items in “%1”</source>
        <translation>Die erste Seite der Elemente in „%1“ lesen</translation>
    </message>
    <message>
        <source>Read the first page of items in “%1”, partition %2</source>
        <translation>Die erste Seite der Elemente in „%1“ lesen, Partition %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: allowed (200 OK, %n item(s) on the page).</source>
        <translation>
            <numerusform>%1: erlaubt (200 OK, %n Element auf der Seite).</numerusform>
            <numerusform>%1: erlaubt (200 OK, %n Elemente auf der Seite).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was refused: it expired, or the permission (or its user) it was minted from was deleted or replaced since. Mint a new token from a current permission.</source>
        <translation>Das Token wurde abgelehnt: Es ist abgelaufen, oder die Berechtigung (oder ihr Benutzer), aus der es ausgestellt wurde, wurde inzwischen gelöscht oder ersetzt. Stellen Sie ein neues Token aus einer aktuellen Berechtigung aus.</translation>
    </message>
    <message>
        <source>The token does not cover this request: check the permission&apos;s mode (Read allows no writes), its resource and its partition key.</source>
        <translation>Das Token deckt diese Anfrage nicht ab: Prüfen Sie den Modus der Berechtigung („Lesen“ erlaubt keine Schreibvorgänge), ihre Ressource und ihren Partitionsschlüssel.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Open the token in the Token inspector (what it grants, until when)</source>
        <translation>Das Token im Tokeninspektor öffnen (was es gewährt, bis wann)</translation>
    </message>
</context>
<context>
    <name>csc::RestJob</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Only https:// addresses can be used: %1</source>
        <translation>Nur https://-Adressen sind möglich: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>The request was aborted.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>csc::RoleAssignmentsService</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Nicht bei Azure angemeldet.</translation>
    </message>
    <message>
        <source>List role assignments</source>
        <translation>Rollenzuweisungen auflisten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription, resource group or resource scope.</source>
        <translation>„%1“ ist kein Abonnement-, Ressourcengruppen- oder Ressourcenbereich.</translation>
    </message>
    <message>
        <source>The principal must be an object id (a GUID).</source>
        <translation>Der Prinzipal muss eine Objekt-ID (eine GUID) sein.</translation>
    </message>
    <message>
        <source>The role must be a role definition id (a GUID).</source>
        <translation>Die Rolle muss eine Rollendefinitions-ID (eine GUID) sein.</translation>
    </message>
    <message>
        <source>The principal must be the object id (a GUID) of a user, group, service principal or managed identity in Microsoft Entra ID.</source>
        <translation>Der Prinzipal muss die Objekt-ID (eine GUID) eines Benutzers, einer Gruppe, eines Dienstprinzipals oder einer verwalteten Identität in Microsoft Entra ID sein.</translation>
    </message>
    <message>
        <source>The principal type must be one of %1.</source>
        <translation>Der Prinzipaltyp muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>Assign the role %1 to %2</source>
        <translation>Die Rolle %1 an %2 zuweisen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a role assignment.</source>
        <translation>„%1“ ist nicht die ID einer Rollenzuweisung.</translation>
    </message>
    <message>
        <source>Remove a role assignment</source>
        <translation>Eine Rollenzuweisung entfernen</translation>
    </message>
</context>
<context>
    <name>csc::SecretClipboard</name>
    <message numerus="yes">
        <source>%1 copied; the clipboard is cleared in %n s</source>
        <translation>
            <numerusform>%1 kopiert; die Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>%1 kopiert; die Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied; the clipboard is cleared when you quit</source>
        <translation>%1 kopiert; die Zwischenablage wird beim Beenden geleert</translation>
    </message>
</context>
<context>
    <name>csc::SecurityPosture</name>
    <message>
        <source>Only Microsoft Entra ID identities can use the data</source>
        <translation>Nur Microsoft Entra ID-Identitäten können auf die Daten zugreifen</translation>
    </message>
    <message>
        <source>Databases and containers change only through Azure Resource Manager</source>
        <translation>Datenbanken und Container lassen sich nur über Azure Resource Manager ändern</translation>
    </message>
    <message>
        <source>Keys are disabled, so they cannot change databases or containers</source>
        <translation>Schlüssel sind deaktiviert und können daher keine Datenbanken oder Container ändern</translation>
    </message>
    <message>
        <source>Anyone with an account key can create and delete databases and containers</source>
        <translation>Jeder mit einem Kontoschlüssel kann Datenbanken und Container erstellen und löschen</translation>
    </message>
    <message>
        <source>Private endpoints only</source>
        <translation>Nur private Endpunkte</translation>
    </message>
    <message>
        <source>Secured by a network security perimeter</source>
        <translation>Durch einen Netzwerksicherheitsperimeter geschützt</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;</source>
        <translation>Unbekannte Einstellung „%1“</translation>
    </message>
    <message>
        <source>Open to the whole internet</source>
        <translation>Für das gesamte Internet offen</translation>
    </message>
    <message>
        <source>Accepts any Azure datacenter, any tenant</source>
        <translation>Akzeptiert jedes Azure-Rechenzentrum und jeden Mandanten</translation>
    </message>
    <message numerus="yes">
        <source>Reachable from the internet through %n firewall rule(s)</source>
        <translation>
            <numerusform>Über %n Firewallregel aus dem Internet erreichbar</numerusform>
            <numerusform>Über %n Firewallregeln aus dem Internet erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Public endpoint on, but the firewall admits no address</source>
        <translation>Öffentlicher Endpunkt aktiviert, aber die Firewall lässt keine Adresse zu</translation>
    </message>
    <message numerus="yes">
        <source>Reachable only from %n virtual network subnet(s)</source>
        <translation>
            <numerusform>Nur aus %n Subnetz eines virtuellen Netzwerks erreichbar</numerusform>
            <numerusform>Nur aus %n Subnetzen virtueller Netzwerke erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not needed: the public endpoint is closed</source>
        <translation>Nicht erforderlich: Der öffentliche Endpunkt ist geschlossen</translation>
    </message>
    <message>
        <source>No IP or virtual network rules; every address is allowed</source>
        <translation>Keine IP- oder VNet-Regeln; jede Adresse ist zugelassen</translation>
    </message>
    <message>
        <source>0.0.0.0/0 admits every address</source>
        <translation>0.0.0.0/0 lässt jede Adresse zu</translation>
    </message>
    <message>
        <source>0.0.0.0 admits every Azure datacenter, any tenant</source>
        <translation>0.0.0.0 lässt jedes Azure-Rechenzentrum und jeden Mandanten zu</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv4 address or range</source>
        <translation>%1 ist keine gültige IPv4-Adresse und kein gültiger IPv4-Bereich</translation>
    </message>
    <message>
        <source>%1 is a private range, which Cosmos DB cannot enforce</source>
        <translation>%1 ist ein privater Bereich, den Cosmos DB nicht durchsetzen kann</translation>
    </message>
    <message>
        <source>%1 spans more than 65,536 addresses</source>
        <translation>%1 umfasst mehr als 65.536 Adressen</translation>
    </message>
    <message>
        <source>Virtual network rules are ignored: the virtual network filter is off</source>
        <translation>Regeln für virtuelle Netzwerke werden ignoriert: Der Filter für virtuelle Netzwerke ist deaktiviert</translation>
    </message>
    <message>
        <source>Azure services bypass the firewall</source>
        <translation>Azure-Dienste umgehen die Firewall</translation>
    </message>
    <message numerus="yes">
        <source>%n Azure resource(s) bypass the firewall</source>
        <translation>
            <numerusform>%n Azure-Ressource umgeht die Firewall</numerusform>
            <numerusform>%n Azure-Ressourcen umgehen die Firewall</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n IP-Regel</numerusform>
            <numerusform>%n IP-Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subnet rule(s)</source>
        <translation>
            <numerusform>%n Subnetzregel</numerusform>
            <numerusform>%n Subnetzregeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiteres)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 approved, %n waiting for approval</source>
        <translation>
            <numerusform>%1 genehmigt, %n wartet auf Genehmigung</numerusform>
            <numerusform>%1 genehmigt, %n warten auf Genehmigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) waiting for approval</source>
        <translation>
            <numerusform>%n Verbindung wartet auf Genehmigung</numerusform>
            <numerusform>%n Verbindungen warten auf Genehmigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved private endpoint(s)</source>
        <translation>
            <numerusform>%n genehmigter privater Endpunkt</numerusform>
            <numerusform>%n genehmigte private Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved private endpoint, and the public endpoint is closed: nothing can reach the data</source>
        <translation>Kein genehmigter privater Endpunkt, und der öffentliche Endpunkt ist geschlossen: Niemand kann auf die Daten zugreifen</translation>
    </message>
    <message>
        <source>None; all traffic uses the public endpoint</source>
        <translation>Keine; der gesamte Datenverkehr verwendet den öffentlichen Endpunkt</translation>
    </message>
    <message>
        <source>Microsoft-managed keys</source>
        <translation>Von Microsoft verwaltete Schlüssel</translation>
    </message>
    <message>
        <source>Customer-managed key in %1: %2</source>
        <translation>Kundenseitig verwalteter Schlüssel in %1: %2</translation>
    </message>
    <message>
        <source>Customer-managed key in Key Vault %1</source>
        <translation>Kundenseitig verwalteter Schlüssel in Key Vault %1</translation>
    </message>
    <message>
        <source>TLS 1.2 or later only</source>
        <translation>Nur TLS 1.2 oder höher</translation>
    </message>
    <message>
        <source>Accepts %1, which is retired</source>
        <translation>Akzeptiert %1, das eingestellt wurde</translation>
    </message>
    <message>
        <source>Not reported by the service</source>
        <translation>Vom Dienst nicht gemeldet</translation>
    </message>
    <message>
        <source>The key vault is reached with an identity the account does not have</source>
        <translation>Der Key Vault wird mit einer Identität angesprochen, die das Konto nicht besitzt</translation>
    </message>
    <message>
        <source>The key vault is reached with the shared first-party identity of Cosmos DB</source>
        <translation>Der Key Vault wird mit der gemeinsam genutzten Erstanbieteridentität von Cosmos DB angesprochen</translation>
    </message>
    <message>
        <source>None; a managed identity is needed for customer-managed keys</source>
        <translation>Keine; für kundenseitig verwaltete Schlüssel ist eine verwaltete Identität erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>System-assigned identity; user-assigned identities: %n</source>
        <translation>
            <numerusform>Systemseitig zugewiesene Identität; benutzerseitig zugewiesene Identitäten: %n</numerusform>
            <numerusform>Systemseitig zugewiesene Identität; benutzerseitig zugewiesene Identitäten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>System-assigned identity</source>
        <translation>Systemseitig zugewiesene Identität</translation>
    </message>
    <message>
        <source>Key authentication</source>
        <translation>Schlüsselauthentifizierung</translation>
    </message>
    <message>
        <source>Key-based metadata writes</source>
        <translation>Schlüsselbasierte Metadatenschreibvorgänge</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>Öffentlicher Netzwerkzugriff</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Private Endpunkte</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Verschlüsselung ruhender Daten</translation>
    </message>
    <message>
        <source>Minimum TLS version</source>
        <translation>TLS-Mindestversion</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Verwaltete Identität</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Account keys and resource tokens work; anyone with a key has full access from anywhere</source>
        <translation>Kontoschlüssel und Ressourcentoken funktionieren; jeder mit einem Schlüssel hat von überall Vollzugriff</translation>
    </message>
    <message>
        <source>Account keys and resource tokens work; anyone with a key and network access has full access</source>
        <translation>Kontoschlüssel und Ressourcentoken funktionieren; jeder mit einem Schlüssel und Netzwerkzugang hat Vollzugriff</translation>
    </message>
</context>
<context>
    <name>csc::SessionController</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Speicher für Geheimnisse verfügbar.</translation>
    </message>
    <message>
        <source>Connecting to “%1”</source>
        <translation>Das Verbinden mit „%1“</translation>
    </message>
    <message>
        <source>This version cannot sign in with the method this connection uses. Edit the connection and choose a client secret.</source>
        <translation>Diese Version kann sich mit der Methode dieser Verbindung nicht anmelden. Bearbeiten Sie die Verbindung und verwenden Sie einen geheimen Clientschlüssel.</translation>
    </message>
</context>
<context>
    <name>csc::SessionSecretStore</name>
    <message>
        <source>No system keychain is configured.</source>
        <translation>Es ist kein Schlüsselbund des Systems eingerichtet.</translation>
    </message>
    <message>
        <source>%1 Secrets you enter are kept in memory for this session only and are never written to disk; the console will ask for them again next time.</source>
        <translation>%1 Eingegebene Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben; die Konsole fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>system keychain (checking…)</source>
        <translation>Schlüsselbund des Systems (wird geprüft …)</translation>
    </message>
</context>
<context>
    <name>csc::SqlRbac</name>
    <message>
        <source>Read account metadata (databases, containers, settings)</source>
        <translation>Kontometadaten lesen (Datenbanken, Container, Einstellungen)</translation>
    </message>
    <message>
        <source>Read throughput</source>
        <translation>Durchsatz lesen</translation>
    </message>
    <message>
        <source>Change throughput</source>
        <translation>Durchsatz ändern</translation>
    </message>
    <message>
        <source>Create items</source>
        <translation>Elemente erstellen</translation>
    </message>
    <message>
        <source>Read single items</source>
        <translation>Einzelne Elemente lesen</translation>
    </message>
    <message>
        <source>Replace items</source>
        <translation>Elemente ersetzen</translation>
    </message>
    <message>
        <source>Upsert items</source>
        <translation>Elemente einfügen oder ersetzen (Upsert)</translation>
    </message>
    <message>
        <source>Delete items</source>
        <translation>Elemente löschen</translation>
    </message>
    <message>
        <source>Run queries</source>
        <translation>Abfragen ausführen</translation>
    </message>
    <message>
        <source>Read the change feed</source>
        <translation>Änderungsfeed lesen</translation>
    </message>
    <message>
        <source>Run stored procedures</source>
        <translation>Gespeicherte Prozeduren ausführen</translation>
    </message>
    <message>
        <source>Manage conflicts</source>
        <translation>Konflikte verwalten</translation>
    </message>
    <message>
        <source>Everything on containers: items, queries, change feed, procedures</source>
        <translation>Alles für Container: Elemente, Abfragen, Änderungsfeed, Prozeduren</translation>
    </message>
    <message>
        <source>Everything on items: create, read, replace, upsert, delete</source>
        <translation>Alles für Elemente: erstellen, lesen, ersetzen, Upsert, löschen</translation>
    </message>
    <message>
        <source>Every data action</source>
        <translation>Alle Datenaktionen</translation>
    </message>
    <message>
        <source>A role definition has no id.</source>
        <translation>Eine Rollendefinition hat keine ID.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Geben Sie einen Namen für die Rolle ein.</translation>
    </message>
    <message>
        <source>The role name is longer than 255 characters.</source>
        <translation>Der Rollenname ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>The role definition id must be a GUID.</source>
        <translation>Die ID der Rollendefinition muss eine GUID sein.</translation>
    </message>
    <message>
        <source>Choose at least one data action.</source>
        <translation>Wählen Sie mindestens eine Datenaktion aus.</translation>
    </message>
    <message>
        <source>“%1” is not a Cosmos DB data action.</source>
        <translation>„%1“ ist keine Cosmos-DB-Datenaktion.</translation>
    </message>
    <message>
        <source>Choose where the role may be assigned.</source>
        <translation>Wählen Sie aus, wo die Rolle zugewiesen werden darf.</translation>
    </message>
    <message>
        <source>The scope “%1” is not inside this account.</source>
        <translation>Der Bereich „%1“ liegt nicht in diesem Konto.</translation>
    </message>
    <message>
        <source>A role assignment has no id.</source>
        <translation>Eine Rollenzuweisung hat keine ID.</translation>
    </message>
    <message>
        <source>The role assignment id must be a GUID.</source>
        <translation>Die ID der Rollenzuweisung muss eine GUID sein.</translation>
    </message>
    <message>
        <source>The principal must be the object id (a GUID) of a user, group, service principal or managed identity in Microsoft Entra ID.</source>
        <translation>Der Prinzipal muss die Objekt-ID (eine GUID) eines Benutzers, einer Gruppe, eines Dienstprinzipals oder einer verwalteten Identität in Microsoft Entra ID sein.</translation>
    </message>
    <message>
        <source>Choose a role definition of this account.</source>
        <translation>Wählen Sie eine Rollendefinition dieses Kontos.</translation>
    </message>
    <message>
        <source>Choose the account, a database or a container as the scope.</source>
        <translation>Wählen Sie das Konto, eine Datenbank oder einen Container als Bereich.</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>das gesamte Konto</translation>
    </message>
    <message>
        <source>database “%1”</source>
        <translation>Datenbank „%1“</translation>
    </message>
    <message>
        <source>container “%1” in database “%2”</source>
        <translation>Container „%1“ in Datenbank „%2“</translation>
    </message>
</context>
<context>
    <name>csc::SqlRbacService</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Nicht bei Azure angemeldet.</translation>
    </message>
    <message>
        <source>List data-plane role definitions</source>
        <translation>Rollendefinitionen der Datenebene auflisten</translation>
    </message>
    <message>
        <source>List data-plane role assignments</source>
        <translation>Rollenzuweisungen der Datenebene auflisten</translation>
    </message>
    <message>
        <source>Save the role “%1”</source>
        <translation>Die Rolle „%1“ speichern</translation>
    </message>
    <message>
        <source>Delete a role definition</source>
        <translation>Eine Rollendefinition löschen</translation>
    </message>
    <message>
        <source>Assign a data-plane role</source>
        <translation>Eine Datenebenenrolle zuweisen</translation>
    </message>
    <message>
        <source>Remove a data-plane role assignment</source>
        <translation>Eine Rollenzuweisung der Datenebene entfernen</translation>
    </message>
</context>
<context>
    <name>csc::SqlRbacView</name>
    <message>
        <source>Missing permission: %1</source>
        <translation>Fehlende Berechtigung: %1</translation>
    </message>
    <message>
        <source>Data-plane role-based access lets Microsoft Entra identities (users, groups, service principals, managed identities) read and write data without account keys. Assign a role to a principal for the whole account, one database or one container.</source>
        <translation>Mit rollenbasiertem Zugriff auf der Datenebene können Microsoft Entra-Identitäten (Benutzer, Gruppen, Dienstprinzipale, verwaltete Identitäten) Daten ohne Kontoschlüssel lesen und schreiben. Weisen Sie einem Prinzipal eine Rolle für das gesamte Konto, eine Datenbank oder einen Container zu.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Assign Role…</source>
        <translation>Rolle &amp;zuweisen …</translation>
    </message>
    <message>
        <source>&amp;New Custom Role…</source>
        <translation>&amp;Neue benutzerdefinierte Rolle …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected assignment, or delete the selected custom role</source>
        <translation>Ausgewählte Zuweisung entfernen oder ausgewählte benutzerdefinierte Rolle löschen</translation>
    </message>
    <message>
        <source>Change in progress</source>
        <translation>Änderung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting; the change may still complete in Azure</source>
        <translation>Nicht mehr warten; die Änderung kann in Azure trotzdem noch abgeschlossen werden</translation>
    </message>
    <message>
        <source>Role definitions</source>
        <translation>Rollendefinitionen</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rollen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuweisungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Azure CLI equivalent of the last change</source>
        <translation>Azure CLI-Entsprechung der letzten Änderung</translation>
    </message>
    <message>
        <source>Loading the data-plane roles</source>
        <translation>Datenebenenrollen werden geladen</translation>
    </message>
    <message>
        <source>Loading the data-plane role assignments</source>
        <translation>Rollenzuweisungen der Datenebene werden geladen</translation>
    </message>
    <message>
        <source>&amp;Remove Assignment</source>
        <translation>Zuweisung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>Rolle &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n time(s).</source>
        <translation>
            <numerusform>%n-mal zugewiesen.</numerusform>
            <numerusform>%n-mal zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting. The change may still complete in Azure; refresh to see.</source>
        <translation>Warten beendet. Die Änderung kann in Azure trotzdem noch abgeschlossen werden; aktualisieren Sie die Ansicht, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Assigning “%1”</source>
        <translation>Das Zuweisen von „%1“</translation>
    </message>
    <message>
        <source>Assigned “%1” to %2 for %3.</source>
        <translation>„%1“ wurde %2 für %3 zugewiesen.</translation>
    </message>
    <message>
        <source>Assigning “%1”…</source>
        <translation>„%1“ wird zugewiesen …</translation>
    </message>
    <message>
        <source>Creating the role “%1”</source>
        <translation>Das Erstellen der Rolle „%1“</translation>
    </message>
    <message>
        <source>Created the role “%1”.</source>
        <translation>Die Rolle „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt …</translation>
    </message>
    <message>
        <source>Remove Role Assignment</source>
        <translation>Rollenzuweisung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from %2 for %3?</source>
        <translation>„%1“ für %3 von %2 entfernen?</translation>
    </message>
    <message>
        <source>Applications signing in as this principal lose these rights at once (unless another assignment grants them): %1</source>
        <translation>Anwendungen, die sich als dieser Prinzipal anmelden, verlieren diese Rechte sofort (sofern keine andere Zuweisung sie gewährt): %1</translation>
    </message>
    <message>
        <source>Removing “%1”</source>
        <translation>Das Entfernen von „%1“</translation>
    </message>
    <message>
        <source>Removed “%1” for %2.</source>
        <translation>„%1“ für %2 entfernt.</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is assigned %n time(s). Remove its assignments first.</source>
        <translation>
            <numerusform>„%1“ ist %n-mal zugewiesen. Entfernen Sie zuerst die Zuweisung.</numerusform>
            <numerusform>„%1“ ist %n-mal zugewiesen. Entfernen Sie zuerst die Zuweisungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Custom Role</source>
        <translation>Benutzerdefinierte Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the custom role “%1”?</source>
        <translation>Die benutzerdefinierte Rolle „%1“ löschen?</translation>
    </message>
    <message>
        <source>It is not assigned to anyone, so nothing loses access.</source>
        <translation>Sie ist niemandem zugewiesen, daher verliert niemand den Zugriff.</translation>
    </message>
    <message>
        <source>Deleting “%1”</source>
        <translation>Das Löschen von „%1“</translation>
    </message>
    <message>
        <source>Deleted the role “%1”.</source>
        <translation>Die Rolle „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>csc::SqlRoleAssignmentDialog</name>
    <message>
        <source>Assign a Data-Plane Role</source>
        <translation>Datenebenenrolle zuweisen</translation>
    </message>
    <message>
        <source>Principal object id</source>
        <translation>Objekt-ID des Prinzipals</translation>
    </message>
    <message>
        <source>The object id of a user, group, service principal or managed identity in Microsoft Entra ID (not the application&apos;s client id).</source>
        <translation>Die Objekt-ID eines Benutzers, einer Gruppe, eines Dienstprinzipals oder einer verwalteten Identität in Microsoft Entra ID (nicht die Client-ID der Anwendung).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Prinzipal:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>“%1” can only be assigned at %2.</source>
        <translation>„%1“ kann nur für %2 zugewiesen werden.</translation>
    </message>
</context>
<context>
    <name>csc::SqlRoleAssignmentModel</name>
    <message>
        <source>Microsoft Entra object id %1</source>
        <translation>Microsoft Entra-Objekt-ID %1</translation>
    </message>
    <message>
        <source>Principal (object id)</source>
        <translation>Prinzipal (Objekt-ID)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
</context>
<context>
    <name>csc::SqlRoleDefinitionDialog</name>
    <message>
        <source>New Custom Data-Plane Role</source>
        <translation>Neue benutzerdefinierte Datenebenenrolle</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>e.g. Order writer</source>
        <translation>z. B. Bestellungsbearbeiter</translation>
    </message>
    <message>
        <source>Data actions</source>
        <translation>Datenaktionen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;llows:</source>
        <translation>Er&amp;laubt:</translation>
    </message>
    <message>
        <source>Assignable at:</source>
        <translation>Zuweisbar für:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>csc::SqlRoleDefinitionModel</name>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Allows</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Assignable at</source>
        <translation>Zuweisbar für</translation>
    </message>
</context>
<context>
    <name>csc::SqlScopePicker</name>
    <message>
        <source>The whole &amp;account</source>
        <translation>Das gesamte &amp;Konto</translation>
    </message>
    <message>
        <source>One &amp;database</source>
        <translation>Eine &amp;Datenbank</translation>
    </message>
    <message>
        <source>One c&amp;ontainer</source>
        <translation>Ein C&amp;ontainer</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <source>database id</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <source>Container id</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>container id</source>
        <translation>Container-ID</translation>
    </message>
</context>
<context>
    <name>csc::Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>csc::TokenAccountChecker</name>
    <message>
        <source>primary read-write key</source>
        <translation>Primärschlüssel (Lesen/Schreiben)</translation>
    </message>
    <message>
        <source>secondary read-write key</source>
        <translation>Sekundärschlüssel (Lesen/Schreiben)</translation>
    </message>
    <message>
        <source>primary read-only key</source>
        <translation>Primärschlüssel (schreibgeschützt)</translation>
    </message>
    <message>
        <source>secondary read-only key</source>
        <translation>Sekundärschlüssel (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The token names no audience</source>
        <translation>Das Token nennt keine Zielgruppe</translation>
    </message>
    <message>
        <source>Without an aud claim no Azure service accepts the token.</source>
        <translation>Ohne aud-Anspruch akzeptiert kein Azure-Dienst das Token.</translation>
    </message>
    <message>
        <source>Audience fits the Cosmos DB data plane</source>
        <translation>Zielgruppe passt zur Cosmos-DB-Datenebene</translation>
    </message>
    <message>
        <source>The token is for %1, which every account&apos;s data plane in this cloud accepts, %2 included.</source>
        <translation>Das Token ist für %1 bestimmt, was die Datenebene jedes Kontos in dieser Cloud akzeptiert, einschließlich %2.</translation>
    </message>
    <message>
        <source>Audience is this account&apos;s endpoint</source>
        <translation>Zielgruppe ist der Endpunkt dieses Kontos</translation>
    </message>
    <message>
        <source>The token is for %1, the data plane of %2.</source>
        <translation>Das Token ist für %1 bestimmt, die Datenebene von %2.</translation>
    </message>
    <message>
        <source>Audience is Azure Resource Manager</source>
        <translation>Zielgruppe ist Azure Resource Manager</translation>
    </message>
    <message>
        <source>This token works for the control plane of %1 (settings, keys, role assignments, as far as the principal&apos;s Azure roles allow) but the data plane refuses it (401): data needs a token for %2 or the account endpoint.</source>
        <translation>Dieses Token funktioniert für die Steuerungsebene von %1 (Einstellungen, Schlüssel, Rollenzuweisungen, soweit die Azure-Rollen des Prinzipals es erlauben), aber die Datenebene lehnt es ab (401): Für Daten ist ein Token für %2 oder den Kontoendpunkt nötig.</translation>
    </message>
    <message>
        <source>Audience is another Cosmos DB account</source>
        <translation>Zielgruppe ist ein anderes Cosmos-DB-Konto</translation>
    </message>
    <message>
        <source>The token is for %1, not for %2 (%3): this account refuses it with 401.</source>
        <translation>Das Token ist für %1 bestimmt, nicht für %2 (%3): Dieses Konto lehnt es mit 401 ab.</translation>
    </message>
    <message>
        <source>Audience does not fit this account</source>
        <translation>Zielgruppe passt nicht zu diesem Konto</translation>
    </message>
    <message>
        <source>The token is for %1. The data plane of %2 accepts only %3 or %4; Azure Resource Manager only %5.</source>
        <translation>Das Token ist für %1 bestimmt. Die Datenebene von %2 akzeptiert nur %3 oder %4, Azure Resource Manager nur %5.</translation>
    </message>
    <message>
        <source>The token names no tenant</source>
        <translation>Das Token nennt keinen Mandanten</translation>
    </message>
    <message>
        <source>Without a tid claim it cannot be told which directory issued it.</source>
        <translation>Ohne tid-Anspruch lässt sich nicht feststellen, welches Verzeichnis es ausgestellt hat.</translation>
    </message>
    <message>
        <source>The account&apos;s tenant is not known</source>
        <translation>Der Mandant des Kontos ist nicht bekannt</translation>
    </message>
    <message>
        <source>The subscription of this account was not in the list this connection can read, so its tenant cannot be compared with %1.</source>
        <translation>Das Abonnement dieses Kontos war nicht in der Liste, die diese Verbindung lesen kann, daher kann sein Mandant nicht mit %1 verglichen werden.</translation>
    </message>
    <message>
        <source>Tenant matches the account&apos;s</source>
        <translation>Mandant stimmt mit dem des Kontos überein</translation>
    </message>
    <message>
        <source>Issued by tenant %1, the tenant of the account&apos;s subscription.</source>
        <translation>Ausgestellt vom Mandanten %1, dem Mandanten des Abonnements des Kontos.</translation>
    </message>
    <message>
        <source>Token from another tenant</source>
        <translation>Token aus einem anderen Mandanten</translation>
    </message>
    <message>
        <source>Issued by tenant %1, but the account belongs to tenant %2: the account refuses it (401). Sign in to tenant %2, or for a guest, ask for a token of that tenant.</source>
        <translation>Ausgestellt vom Mandanten %1, aber das Konto gehört zum Mandanten %2: Das Konto lehnt es ab (401). Melden Sie sich beim Mandanten %2 an, oder fordern Sie als Gast ein Token dieses Mandanten an.</translation>
    </message>
    <message>
        <source>Check the token against %1</source>
        <translation>Token mit %1 abgleichen</translation>
    </message>
    <message>
        <source>The connection was closed; sign in again.</source>
        <translation>Die Verbindung wurde geschlossen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This is an ID token</source>
        <translation>Dies ist ein ID-Token</translation>
    </message>
    <message>
        <source>ID tokens tell an application who signed in; Azure services refuse them as access tokens. Request an access token for the Cosmos DB scope.</source>
        <translation>ID-Token teilen einer Anwendung mit, wer sich angemeldet hat; Azure-Dienste lehnen sie als Zugriffstoken ab. Fordern Sie ein Zugriffstoken für den Cosmos-DB-Bereich an.</translation>
    </message>
    <message>
        <source>Role assignments could not be read</source>
        <translation>Rollenzuweisungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>(no oid claim)</source>
        <translation>(kein oid-Anspruch)</translation>
    </message>
    <message>
        <source>No data-plane role assignment of this account names object id %1%2: reads and writes with this token are refused with 403 (substatus 5301). Assign a role in Permissions → Role-based access.</source>
        <translation>Keine Rollenzuweisung der Datenebene dieses Kontos nennt die Objekt-ID %1%2: Lese- und Schreibvorgänge mit diesem Token werden mit 403 abgelehnt (Unterstatus 5301). Weisen Sie unter „Berechtigungen → Rollenbasierter Zugriff“ eine Rolle zu.</translation>
    </message>
    <message>
        <source> or one of its groups</source>
        <translation> oder eine ihrer Gruppen</translation>
    </message>
    <message>
        <source>No data-plane role applies</source>
        <translation>Keine Datenebenenrolle trifft zu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Broad data-plane role</source>
        <translation>Weitreichende Datenebenenrolle</translation>
    </message>
    <message>
        <source>Data-plane roles apply</source>
        <translation>Datenebenenrollen treffen zu</translation>
    </message>
    <message>
        <source>Write access to every container of the account: consider a role scoped to the containers the principal needs. </source>
        <translation>Schreibzugriff auf jeden Container des Kontos: Erwägen Sie eine Rolle, die auf die Container beschränkt ist, die der Prinzipal benötigt. </translation>
    </message>
    <message>
        <source>Group assignments not evaluated</source>
        <translation>Gruppenzuweisungen nicht ausgewertet</translation>
    </message>
    <message>
        <source>The token carries no groups claim, so assignments to groups the principal belongs to are not shown here.</source>
        <translation>Das Token enthält keinen groups-Anspruch, daher werden Zuweisungen an Gruppen, denen der Prinzipal angehört, hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>Compare the signature with the keys of %1</source>
        <translation>Signatur mit den Schlüsseln von %1 vergleichen</translation>
    </message>
    <message>
        <source>The date is not an HTTP date</source>
        <translation>Das Datum ist kein HTTP-Datum</translation>
    </message>
    <message>
        <source>x-ms-date must look like “Thu, 27 Apr 2017 00:51:12 GMT”; the service refuses other forms.</source>
        <translation>x-ms-date muss wie „Thu, 27 Apr 2017 00:51:12 GMT“ aussehen; der Dienst lehnt andere Formen ab.</translation>
    </message>
    <message>
        <source>The date is outside the 15-minute window</source>
        <translation>Das Datum liegt außerhalb des 15-Minuten-Fensters</translation>
    </message>
    <message>
        <source>Signed for %1, %2 away from now: the service refuses x-ms-date values more than 15 minutes off (401). The signature can still be compared.</source>
        <translation>Signiert für %1, %2 von jetzt entfernt: Der Dienst lehnt x-ms-date-Werte ab, die mehr als 15 Minuten abweichen (401). Die Signatur kann trotzdem verglichen werden.</translation>
    </message>
    <message>
        <source>Key-based authentication is disabled on %1</source>
        <translation>Die schlüsselbasierte Authentifizierung ist für %1 deaktiviert</translation>
    </message>
    <message>
        <source>The account refuses every master-key signature (401, substatus 5202), whichever key made it.</source>
        <translation>Das Konto lehnt jede Hauptschlüsselsignatur ab (401, Unterstatus 5202), egal mit welchem Schlüssel sie erstellt wurde.</translation>
    </message>
    <message>
        <source>Signed with the %1</source>
        <translation>Signiert mit dem %1</translation>
    </message>
    <message>
        <source>A read-only key can read data but not change it.</source>
        <translation>Ein schreibgeschützter Schlüssel kann Daten lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Whoever holds this key can read, change and delete all data of %1. An application that only reads should use a read-only key, or better an Entra ID identity with a data-plane role.</source>
        <translation>Wer diesen Schlüssel besitzt, kann alle Daten von %1 lesen, ändern und löschen. Eine Anwendung, die nur liest, sollte einen schreibgeschützten Schlüssel verwenden oder besser eine Entra-ID-Identität mit einer Datenebenenrolle.</translation>
    </message>
    <message>
        <source>No read-only key of %1 made this signature</source>
        <translation>Kein schreibgeschützter Schlüssel von %1 hat diese Signatur erstellt</translation>
    </message>
    <message>
        <source>No key of %1 made this signature</source>
        <translation>Kein Schlüssel von %1 hat diese Signatur erstellt</translation>
    </message>
    <message>
        <source>This connection may not list the read-write keys, so they were not compared. </source>
        <translation>Diese Verbindung darf die Lese-/Schreibschlüssel nicht auflisten, daher wurden sie nicht verglichen. </translation>
    </message>
    <message>
        <source>Check the verb, resource type, link (case matters) and date; otherwise the key was regenerated since, or it belongs to another account.</source>
        <translation>Prüfen Sie Verb, Ressourcentyp, Link (Groß-/Kleinschreibung beachten) und Datum; andernfalls wurde der Schlüssel inzwischen neu generiert, oder er gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>Find the permission behind the token in %1</source>
        <translation>Die Berechtigung hinter dem Token in %1 suchen</translation>
    </message>
    <message>
        <source>Azure seals resource tokens</source>
        <translation>Azure versiegelt Ressourcentoken</translation>
    </message>
    <message>
        <source>Only the service can read which permission minted this token, its scope and expiry. Every read of a permission mints a new token, so it cannot be matched by comparison either; the Permissions panel lists the users and permissions of each database.</source>
        <translation>Nur der Dienst kann lesen, welche Berechtigung dieses Token erzeugt hat, ihren Bereich und ihren Ablauf. Jedes Lesen einer Berechtigung erzeugt ein neues Token, daher lässt es sich auch nicht durch Vergleich zuordnen; der Bereich „Berechtigungen“ listet die Benutzer und Berechtigungen jeder Datenbank auf.</translation>
    </message>
    <message>
        <source>Minted by another account</source>
        <translation>Von einem anderen Konto erzeugt</translation>
    </message>
    <message>
        <source>This token was minted by account %1; %2 refuses it (401).</source>
        <translation>Dieses Token wurde vom Konto %1 erzeugt; %2 lehnt es ab (401).</translation>
    </message>
    <message>
        <source>Valid for %1 more</source>
        <translation>Noch %1 gültig</translation>
    </message>
    <message>
        <source>Expires at %1.</source>
        <translation>Läuft um %1 ab.</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>Expired at %1: the data plane answers 403. Ask the mid-tier for a new token.</source>
        <translation>Abgelaufen um %1: Die Datenebene antwortet mit 403. Fordern Sie bei der mittleren Schicht ein neues Token an.</translation>
    </message>
    <message>
        <source>The account refuses resource tokens (401, substatus 5202), and the permissions cannot be read with a key either.</source>
        <translation>Das Konto lehnt Ressourcentoken ab (401, Unterstatus 5202), und die Berechtigungen können auch nicht mit einem Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>Permissions could not be read</source>
        <translation>Berechtigungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading users and permissions needs the account&apos;s primary key: %1</source>
        <translation>Zum Lesen von Benutzern und Berechtigungen ist der Primärschlüssel des Kontos nötig: %1</translation>
    </message>
    <message>
        <source>The database or its users are gone</source>
        <translation>Die Datenbank oder ihre Benutzer existieren nicht mehr</translation>
    </message>
    <message>
        <source>Database %1 could not be read (%2): the token is revoked.</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden (%2): Das Token ist widerrufen.</translation>
    </message>
    <message>
        <source>The user was deleted</source>
        <translation>Der Benutzer wurde gelöscht</translation>
    </message>
    <message>
        <source>The user this token was minted for no longer exists in database %1: the token is revoked (401).</source>
        <translation>Der Benutzer, für den dieses Token erzeugt wurde, existiert in der Datenbank %1 nicht mehr: Das Token ist widerrufen (401).</translation>
    </message>
    <message>
        <source>Permission “%1” was replaced since</source>
        <translation>Die Berechtigung „%1“ wurde inzwischen ersetzt</translation>
    </message>
    <message>
        <source>Replacing a permission revokes the tokens minted before: this one is refused (401). It now grants %1 on %2.</source>
        <translation>Das Ersetzen einer Berechtigung widerruft die zuvor erzeugten Token: Dieses wird abgelehnt (401). Sie gewährt jetzt %1 auf %2.</translation>
    </message>
    <message>
        <source>From permission “%1” of user “%2”</source>
        <translation>Aus der Berechtigung „%1“ des Benutzers „%2“</translation>
    </message>
    <message>
        <source>Grants %1 on %2%3 in database %4.</source>
        <translation>Gewährt %1 auf %2%3 in der Datenbank %4.</translation>
    </message>
    <message>
        <source> (partition key %1 only)</source>
        <translation> (nur Partitionsschlüssel %1)</translation>
    </message>
    <message>
        <source>The permission was deleted</source>
        <translation>Die Berechtigung wurde gelöscht</translation>
    </message>
    <message>
        <source>User “%1” no longer has the permission this token was minted for: the token is revoked (401).</source>
        <translation>Der Benutzer „%1“ hat die Berechtigung, für die dieses Token erzeugt wurde, nicht mehr: Das Token ist widerrufen (401).</translation>
    </message>
    <message>
        <source>Compare the key with the keys of %1</source>
        <translation>Schlüssel mit den Schlüsseln von %1 vergleichen</translation>
    </message>
    <message>
        <source>The account refuses every key (401, substatus 5202): this connection string does not work. Use Entra ID.</source>
        <translation>Das Konto lehnt jeden Schlüssel ab (401, Unterstatus 5202): Diese Verbindungszeichenfolge funktioniert nicht. Verwenden Sie Entra ID.</translation>
    </message>
    <message>
        <source>Not a read-only key of %1</source>
        <translation>Kein schreibgeschützter Schlüssel von %1</translation>
    </message>
    <message>
        <source>Not a current key of %1</source>
        <translation>Kein aktueller Schlüssel von %1</translation>
    </message>
    <message>
        <source>This connection may not list the read-write keys, so it cannot tell whether it is one of them.</source>
        <translation>Diese Verbindung darf die Lese-/Schreibschlüssel nicht auflisten und kann daher nicht feststellen, ob es einer davon ist.</translation>
    </message>
    <message>
        <source>The key was regenerated since, or it belongs to another account: the connection string does not work against %1.</source>
        <translation>Der Schlüssel wurde inzwischen neu generiert, oder er gehört zu einem anderen Konto: Die Verbindungszeichenfolge funktioniert mit %1 nicht.</translation>
    </message>
    <message>
        <source>Embeds the %1</source>
        <translation>Enthält den %1</translation>
    </message>
    <message>
        <source>Whoever has this connection string can read all data of %1, but not change it.</source>
        <translation>Wer diese Verbindungszeichenfolge hat, kann alle Daten von %1 lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Whoever has this connection string can read, change and delete all data of %1. Give applications that only read the read-only connection string, and prefer Entra ID.</source>
        <translation>Wer diese Verbindungszeichenfolge hat, kann alle Daten von %1 lesen, ändern und löschen. Geben Sie Anwendungen, die nur lesen, die schreibgeschützte Verbindungszeichenfolge, und bevorzugen Sie Entra ID.</translation>
    </message>
</context>
<context>
    <name>csc::TokenInspector</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 character, hidden</source>
        <translation>1 Zeichen, verborgen</translation>
    </message>
    <message>
        <source>%1 characters, hidden</source>
        <translation>%1 Zeichen, verborgen</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Ansprüche</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Resource token</source>
        <translation>Ressourcentoken</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrator für privilegierte Rollen</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Administrator für privilegierte Authentifizierung</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Anwendungsadministrator</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Cloudanwendungsadministrator</translation>
    </message>
    <message>
        <source>Hybrid Identity Administrator</source>
        <translation>Administrator für Hybrididentität</translation>
    </message>
    <message>
        <source>Conditional Access Administrator</source>
        <translation>Administrator für bedingten Zugriff</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Benutzeradministrator</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Authentifizierungsadministrator</translation>
    </message>
    <message>
        <source>The token expired at %1 (%2 ago); every service refuses it.</source>
        <translation>Das Token ist um %1 abgelaufen (vor %2); jeder Dienst lehnt es ab.</translation>
    </message>
    <message>
        <source>Request a new token. Applications should let their Azure SDK credential refresh tokens instead of storing them.</source>
        <translation>Fordern Sie ein neues Token an. Anwendungen sollten Token von den Anmeldeinformationen ihres Azure SDK erneuern lassen, statt sie zu speichern.</translation>
    </message>
    <message>
        <source>Read the permission again to get a new resource token (the mid-tier that hands out tokens should do this before they expire).</source>
        <translation>Lesen Sie die Berechtigung erneut, um ein neues Ressourcentoken zu erhalten (die mittlere Schicht, die Token ausgibt, sollte dies vor deren Ablauf tun).</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (in %2).</source>
        <translation>Das Token ist nicht vor %1 gültig (in %2).</translation>
    </message>
    <message>
        <source>Check the clocks: this computer&apos;s or the issuer&apos;s time is probably wrong.</source>
        <translation>Prüfen Sie die Uhren: Die Zeit dieses Computers oder des Ausstellers ist wahrscheinlich falsch.</translation>
    </message>
    <message>
        <source>The token expires at %1 (in %2).</source>
        <translation>Das Token läuft um %1 ab (in %2).</translation>
    </message>
    <message>
        <source>Nothing to do if the application renews its tokens in time.</source>
        <translation>Nichts zu tun, wenn die Anwendung ihre Token rechtzeitig erneuert.</translation>
    </message>
    <message>
        <source>The token is valid for %1, longer than the policy of %2: a stolen copy works that long.</source>
        <translation>Das Token ist %1 gültig, länger als die Richtlinie von %2: So lange funktioniert eine gestohlene Kopie.</translation>
    </message>
    <message>
        <source>Keep token lifetimes short (Entra ID&apos;s default is 60 to 90 minutes) and review token lifetime policies in the tenant.</source>
        <translation>Halten Sie Tokengültigkeitsdauern kurz (Standard von Entra ID: 60 bis 90 Minuten), und überprüfen Sie die Richtlinien für die Tokengültigkeitsdauer im Mandanten.</translation>
    </message>
    <message>
        <source>Issue resource tokens for as short a time as the client needs (header x-ms-documentdb-expiry-seconds; the service default is one hour).</source>
        <translation>Stellen Sie Ressourcentoken für eine so kurze Zeit aus, wie der Client sie braucht (Header x-ms-documentdb-expiry-seconds; Standard des Dienstes ist eine Stunde).</translation>
    </message>
    <message>
        <source>%1 more not shown</source>
        <translation>%1 weitere nicht angezeigt</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>none (the token is unsigned)</source>
        <translation>none (das Token ist unsigniert)</translation>
    </message>
    <message>
        <source>%1 (not verified here; use Verify signature)</source>
        <translation>%1 (hier nicht überprüft; verwenden Sie „Signatur überprüfen“)</translation>
    </message>
    <message>
        <source>The issuer&apos;s signature over header and payload. Only verification with the issuer&apos;s published key proves the claims are genuine; anyone can write a token that merely looks right.</source>
        <translation>Die Signatur des Ausstellers über Header und Nutzdaten. Nur die Überprüfung mit dem veröffentlichten Schlüssel des Ausstellers beweist, dass die Ansprüche echt sind; jeder kann ein Token schreiben, das nur richtig aussieht.</translation>
    </message>
    <message>
        <source>A time claim (iat, nbf or exp) is not a number of seconds since 1970; services refuse such a token.</source>
        <translation>Ein Zeitanspruch (iat, nbf oder exp) ist keine Anzahl von Sekunden seit 1970; Dienste lehnen ein solches Token ab.</translation>
    </message>
    <message>
        <source>Find out which software made this token: Entra ID never issues it.</source>
        <translation>Finden Sie heraus, welche Software dieses Token erstellt hat: Entra ID stellt es nie aus.</translation>
    </message>
    <message>
        <source>The token has no expiry (exp): it would be valid forever.</source>
        <translation>Das Token hat keinen Ablauf (exp): Es wäre für immer gültig.</translation>
    </message>
    <message>
        <source>Entra ID always sets exp; a token without it was made by something else and must not be accepted.</source>
        <translation>Entra ID setzt exp immer; ein Token ohne exp wurde von etwas anderem erstellt und darf nicht akzeptiert werden.</translation>
    </message>
    <message>
        <source>The token expires (%1) before it becomes valid (%2); no service accepts it.</source>
        <translation>Das Token läuft ab (%1), bevor es gültig wird (%2); kein Dienst akzeptiert es.</translation>
    </message>
    <message>
        <source>The token is unsigned (alg &quot;none&quot;): anyone could have written its claims.</source>
        <translation>Das Token ist unsigniert (alg „none“): Jeder hätte seine Ansprüche schreiben können.</translation>
    </message>
    <message>
        <source>Never accept it. A service that does is vulnerable to forged tokens; Entra ID signs every token with RS256.</source>
        <translation>Akzeptieren Sie es nie. Ein Dienst, der es akzeptiert, ist für gefälschte Token anfällig; Entra ID signiert jedes Token mit RS256.</translation>
    </message>
    <message>
        <source>The token is signed with %1, a shared secret: whoever can verify it can also forge it. Entra ID signs with RS256.</source>
        <translation>Das Token ist mit %1 signiert, einem gemeinsamen Geheimnis: Wer es überprüfen kann, kann es auch fälschen. Entra ID signiert mit RS256.</translation>
    </message>
    <message>
        <source>Do not accept it as an Entra ID token; it was made by other software, or it is an attempt to confuse a verifier into using the public key as an HMAC secret.</source>
        <translation>Akzeptieren Sie es nicht als Entra-ID-Token; es wurde von anderer Software erstellt, oder es ist ein Versuch, einen Prüfer dazu zu bringen, den öffentlichen Schlüssel als HMAC-Geheimnis zu verwenden.</translation>
    </message>
    <message>
        <source>The token is signed with %1; Entra ID signs its tokens with RS256.</source>
        <translation>Das Token ist mit %1 signiert; Entra ID signiert seine Token mit RS256.</translation>
    </message>
    <message>
        <source>Check which software issued it: the Cosmos DB data plane only accepts Entra ID tokens.</source>
        <translation>Prüfen Sie, welche Software es ausgestellt hat: Die Cosmos-DB-Datenebene akzeptiert nur Entra-ID-Token.</translation>
    </message>
    <message>
        <source>The header carries a nonce: Microsoft issues such tokens for its own APIs (such as Microsoft Graph), and only those APIs can verify their signature.</source>
        <translation>Der Header enthält eine Nonce: Microsoft stellt solche Token für eigene APIs aus (etwa Microsoft Graph), und nur diese APIs können ihre Signatur überprüfen.</translation>
    </message>
    <message>
        <source>A failed signature check is expected for this token; do not use it with your own APIs.</source>
        <translation>Eine fehlgeschlagene Signaturprüfung ist für dieses Token zu erwarten; verwenden Sie es nicht mit Ihren eigenen APIs.</translation>
    </message>
    <message>
        <source>This Azure Resource Manager token has the scope user_impersonation: it can do everything the signed-in user can do in every subscription they can reach, including reading the account keys of Cosmos DB accounts.</source>
        <translation>Dieses Token für Azure Resource Manager hat den Bereich user_impersonation: Es kann alles tun, was der angemeldete Benutzer in jedem für ihn erreichbaren Abonnement tun kann, einschließlich des Lesens der Kontoschlüssel von Cosmos-DB-Konten.</translation>
    </message>
    <message>
        <source>Treat it like the user&apos;s password until it expires. For data access, request a Cosmos DB token (https://cosmos.azure.com/.default) and grant data-plane roles.</source>
        <translation>Behandeln Sie es bis zum Ablauf wie das Kennwort des Benutzers. Fordern Sie für den Datenzugriff ein Cosmos-DB-Token an (https://cosmos.azure.com/.default), und gewähren Sie Datenebenenrollen.</translation>
    </message>
    <message>
        <source>The token carries permissions that reach the whole directory or every resource of a kind: %1.</source>
        <translation>Das Token enthält Berechtigungen, die das gesamte Verzeichnis oder jede Ressource einer Art erreichen: %1.</translation>
    </message>
    <message>
        <source>Grant the narrowest permission the application needs; review admin consent for these permissions in Entra ID.</source>
        <translation>Gewähren Sie die engste Berechtigung, die die Anwendung benötigt; überprüfen Sie die Administratoreinwilligung für diese Berechtigungen in Entra ID.</translation>
    </message>
    <message>
        <source>The user holds the privileged directory role(s) %1; this token is as valuable to an attacker as the roles themselves.</source>
        <translation>Der Benutzer hat die privilegierte(n) Verzeichnisrolle(n) %1; dieses Token ist für einen Angreifer so wertvoll wie die Rollen selbst.</translation>
    </message>
    <message>
        <source>Use a separate, unprivileged account for everyday work and activate admin roles just in time (Privileged Identity Management).</source>
        <translation>Verwenden Sie für die tägliche Arbeit ein separates, nicht privilegiertes Konto, und aktivieren Sie Administratorrollen nur bei Bedarf (Privileged Identity Management).</translation>
    </message>
    <message>
        <source>This is an ID token: it tells the application %1 who signed in. An ID token is not for APIs, and APIs must refuse it as an access token.</source>
        <translation>Dies ist ein ID-Token: Es teilt der Anwendung %1 mit, wer sich angemeldet hat. Ein ID-Token ist nicht für APIs bestimmt, und APIs müssen es als Zugriffstoken ablehnen.</translation>
    </message>
    <message>
        <source>Request an access token for the API instead (for Cosmos DB the scope https://cosmos.azure.com/.default).</source>
        <translation>Fordern Sie stattdessen ein Zugriffstoken für die API an (für Cosmos DB den Bereich https://cosmos.azure.com/.default).</translation>
    </message>
    <message>
        <source>The token is for Azure Resource Manager (%1); the Cosmos DB data plane refuses ARM tokens.</source>
        <translation>Das Token ist für Azure Resource Manager (%1) bestimmt; die Cosmos-DB-Datenebene lehnt ARM-Token ab.</translation>
    </message>
    <message>
        <source>The token is for %1, not for Cosmos DB; the data plane refuses it.</source>
        <translation>Das Token ist für %1 bestimmt, nicht für Cosmos DB; die Datenebene lehnt es ab.</translation>
    </message>
    <message>
        <source>Request the token with the scope https://cosmos.azure.com/.default (or https://&lt;account&gt;.documents.azure.com/.default).</source>
        <translation>Fordern Sie das Token mit dem Bereich https://cosmos.azure.com/.default an (oder https://&lt;account&gt;.documents.azure.com/.default).</translation>
    </message>
    <message>
        <source>The token has no object id (oid); the Cosmos DB data plane refuses it (substatus 5011).</source>
        <translation>Das Token hat keine Objekt-ID (oid); die Cosmos-DB-Datenebene lehnt es ab (Unterstatus 5011).</translation>
    </message>
    <message>
        <source>Request the token for a user, service principal or managed identity of the account&apos;s tenant.</source>
        <translation>Fordern Sie das Token für einen Benutzer, Dienstprinzipal oder eine verwaltete Identität des Mandanten des Kontos an.</translation>
    </message>
    <message>
        <source>Entra ID v2.0</source>
        <translation>Entra ID v2.0</translation>
    </message>
    <message>
        <source>Entra ID v1.0</source>
        <translation>Entra ID v1.0</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>%1 ID token for the application %2</source>
        <translation>ID-Token (%1) für die Anwendung %2</translation>
    </message>
    <message>
        <source>%1 access token for %2, app-only</source>
        <translation>Zugriffstoken (%1) für %2, nur App</translation>
    </message>
    <message>
        <source>%1 access token for %2, user %3</source>
        <translation>Zugriffstoken (%1) für %2, Benutzer %3</translation>
    </message>
    <message>
        <source>%1 access token for %2, user</source>
        <translation>Zugriffstoken (%1) für %2, Benutzer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The resource token format; the service issues version 1.</source>
        <translation>Das Format des Ressourcentokens; der Dienst stellt Version 1 aus.</translation>
    </message>
    <message>
        <source>%1, hidden</source>
        <translation>%1, verborgen</translation>
    </message>
    <message>
        <source>The service&apos;s signature: only the account can check it, and the token works for whoever holds it.</source>
        <translation>Die Signatur des Dienstes: Nur das Konto kann sie prüfen, und das Token funktioniert für jeden, der es besitzt.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1, sealed by the service</source>
        <translation>%1, vom Dienst versiegelt</translation>
    </message>
    <message>
        <source>Azure seals what the token grants (resource, mode, expiry): only the service can read it. Read the permission to see what it grants; tokens last one hour unless the issuer asked otherwise (at most five hours).</source>
        <translation>Azure versiegelt, was das Token gewährt (Ressource, Modus, Ablauf): Nur der Dienst kann es lesen. Lesen Sie die Berechtigung, um zu sehen, was sie gewährt; Token gelten eine Stunde, sofern der Aussteller nichts anderes angefordert hat (höchstens fünf Stunden).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The account the token was issued by; other accounts refuse it.</source>
        <translation>Das Konto, das das Token ausgestellt hat; andere Konten lehnen es ab.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The database of the user the permission belongs to.</source>
        <translation>Die Datenbank des Benutzers, zu dem die Berechtigung gehört.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The resource id (_rid) of the Cosmos DB user holding the permission.</source>
        <translation>Die Ressourcen-ID (_rid) des Cosmos-DB-Benutzers, der die Berechtigung besitzt.</translation>
    </message>
    <message>
        <source>The resource id (_rid) of the permission; deleting or replacing it revokes the token.</source>
        <translation>Die Ressourcen-ID (_rid) der Berechtigung; das Löschen oder Ersetzen der Berechtigung widerruft das Token.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>What the token grants access to, and everything below it.</source>
        <translation>Worauf das Token Zugriff gewährt, einschließlich allem darunter.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>All allows reading, writing and deleting; Read allows reading and queries only.</source>
        <translation>All erlaubt Lesen, Schreiben und Löschen; Read erlaubt nur Lesen und Abfragen.</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>When set, the token only reaches items of this logical partition.</source>
        <translation>Wenn festgelegt, erreicht das Token nur Elemente dieser logischen Partition.</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>When the token was minted (each read of the permission mints a new one).</source>
        <translation>Wann das Token erzeugt wurde (jedes Lesen der Berechtigung erzeugt ein neues).</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>The token is refused from this time on.</source>
        <translation>Ab diesem Zeitpunkt wird das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The token allows writing and deleting (permission mode All) on %1.</source>
        <translation>Das Token erlaubt Schreiben und Löschen (Berechtigungsmodus All) auf %1.</translation>
    </message>
    <message>
        <source>Give clients that only read a permission with mode Read.</source>
        <translation>Geben Sie Clients, die nur lesen, eine Berechtigung mit dem Modus Read.</translation>
    </message>
    <message>
        <source>Cosmos DB resource token for %1 (%2), account %3</source>
        <translation>Cosmos-DB-Ressourcentoken für %1 (%2), Konto %3</translation>
    </message>
    <message>
        <source>Cosmos DB resource token (sealed by the service; only its form can be read)</source>
        <translation>Cosmos-DB-Ressourcentoken (vom Dienst versiegelt; nur seine Form kann gelesen werden)</translation>
    </message>
    <message>
        <source>Unknown Cosmos DB authorization type.</source>
        <translation>Unbekannter Cosmos-DB-Autorisierungstyp.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>master: signed with an account key; resource: a resource token of a permission; aad: an Entra ID access token.</source>
        <translation>master: mit einem Kontoschlüssel signiert; resource: ein Ressourcentoken einer Berechtigung; aad: ein Entra-ID-Zugriffstoken.</translation>
    </message>
    <message>
        <source>The version of the authorization format (1.0).</source>
        <translation>Die Version des Autorisierungsformats (1.0).</translation>
    </message>
    <message>
        <source>not percent-encoded</source>
        <translation>nicht prozentcodiert</translation>
    </message>
    <message>
        <source>percent-encoded once (as the SDKs send it)</source>
        <translation>einmal prozentcodiert (wie die SDKs es senden)</translation>
    </message>
    <message>
        <source>percent-encoded %1 times</source>
        <translation>%1-mal prozentcodiert</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>The authorization header carries the value percent-encoded exactly once; the service decodes it once.</source>
        <translation>Der Autorisierungsheader enthält den Wert genau einmal prozentcodiert; der Dienst decodiert ihn einmal.</translation>
    </message>
    <message>
        <source>The value is percent-encoded %1 times; the service decodes it once and refuses it (401).</source>
        <translation>Der Wert ist %1-mal prozentcodiert; der Dienst decodiert ihn einmal und lehnt ihn ab (401).</translation>
    </message>
    <message>
        <source>Encode the token exactly once: the SDKs already encode it, so custom code must not encode it again.</source>
        <translation>Codieren Sie das Token genau einmal: Die SDKs codieren es bereits, daher darf eigener Code es nicht erneut codieren.</translation>
    </message>
    <message>
        <source>%1 (%2: HMAC-SHA256)</source>
        <translation>%1 (%2: HMAC-SHA256)</translation>
    </message>
    <message>
        <source>An HMAC-SHA256 of the request&apos;s verb, resource and x-ms-date made with an account key. It is valid for that one request for about 15 minutes; the key behind it is what matters.</source>
        <translation>Ein HMAC-SHA256 über Verb, Ressource und x-ms-date der Anforderung, erstellt mit einem Kontoschlüssel. Er ist für genau diese Anforderung etwa 15 Minuten gültig; entscheidend ist der Schlüssel dahinter.</translation>
    </message>
    <message>
        <source>This is a master-key signature: whoever holds the key that made it has full control of the account&apos;s data.</source>
        <translation>Dies ist eine Hauptschlüsselsignatur: Wer den Schlüssel besitzt, mit dem sie erstellt wurde, hat die volle Kontrolle über die Daten des Kontos.</translation>
    </message>
    <message>
        <source>Use Entra ID (data-plane RBAC) for people and services, or resource tokens for apps, and disable key-based access (disableLocalAuth) when nothing needs keys.</source>
        <translation>Verwenden Sie Entra ID (Datenebenen-RBAC) für Personen und Dienste oder Ressourcentoken für Apps, und deaktivieren Sie den schlüsselbasierten Zugriff (disableLocalAuth), wenn nichts Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>Cosmos DB master-key signature, percent-encoded once</source>
        <translation>Cosmos-DB-Hauptschlüsselsignatur, einmal prozentcodiert</translation>
    </message>
    <message>
        <source>Cosmos DB master-key signature, not percent-encoded</source>
        <translation>Cosmos-DB-Hauptschlüsselsignatur, nicht prozentcodiert</translation>
    </message>
    <message>
        <source>Cosmos DB master-key signature, percent-encoded %1 times</source>
        <translation>Cosmos-DB-Hauptschlüsselsignatur, %1-mal prozentcodiert</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>A resource token: whoever holds it has the permission&apos;s access until it expires.</source>
        <translation>Ein Ressourcentoken: Wer es besitzt, hat bis zu seinem Ablauf den Zugriff der Berechtigung.</translation>
    </message>
    <message>
        <source>An Entra ID access token; its claims follow.</source>
        <translation>Ein Entra-ID-Zugriffstoken; seine Ansprüche folgen.</translation>
    </message>
    <message>
        <source>%1 (in a Cosmos DB type=aad value)</source>
        <translation>%1 (in einem type=aad-Wert von Cosmos DB)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>token endpoint response</source>
        <translation>Antwort eines Tokenendpunkts</translation>
    </message>
    <message>
        <source>The token was taken from the JSON answer of a token endpoint.</source>
        <translation>Das Token wurde der JSON-Antwort eines Tokenendpunkts entnommen.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The permission&apos;s name.</source>
        <translation>Der Name der Berechtigung.</translation>
    </message>
    <message>
        <source>What the permission grants access to, and everything below it.</source>
        <translation>Worauf die Berechtigung Zugriff gewährt, einschließlich allem darunter.</translation>
    </message>
    <message>
        <source>The permission only reaches items of this logical partition.</source>
        <translation>Die Berechtigung erreicht nur Elemente dieser logischen Partition.</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>The service&apos;s internal id of the permission.</source>
        <translation>Die interne ID der Berechtigung beim Dienst.</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Changes whenever the permission is replaced; replacing it revokes older tokens.</source>
        <translation>Ändert sich bei jedem Ersetzen der Berechtigung; das Ersetzen widerruft ältere Token.</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>When the permission was last changed.</source>
        <translation>Wann die Berechtigung zuletzt geändert wurde.</translation>
    </message>
    <message>
        <source>The resource token minted when the permission was read; whoever holds it has the permission&apos;s access until it expires.</source>
        <translation>Das beim Lesen der Berechtigung erzeugte Ressourcentoken; wer es besitzt, hat bis zu seinem Ablauf den Zugriff der Berechtigung.</translation>
    </message>
    <message>
        <source>The resource token grants %1 on %2, but the document says %3 on %4: the token does not belong to this version of the permission.</source>
        <translation>Das Ressourcentoken gewährt %1 auf %2, das Dokument nennt jedoch %3 auf %4: Das Token gehört nicht zu dieser Version der Berechtigung.</translation>
    </message>
    <message>
        <source>Read the permission again to get a matching token.</source>
        <translation>Lesen Sie die Berechtigung erneut, um ein passendes Token zu erhalten.</translation>
    </message>
    <message>
        <source>Cosmos DB permission %1 (%2 on %3) with its resource token</source>
        <translation>Cosmos-DB-Berechtigung %1 (%2 auf %3) mit ihrem Ressourcentoken</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Which Cosmos DB API the connection string is for.</source>
        <translation>Für welche Cosmos-DB-API die Verbindungszeichenfolge bestimmt ist.</translation>
    </message>
    <message>
        <source>The account name, taken from the endpoint or the user name.</source>
        <translation>Der Kontoname, entnommen aus dem Endpunkt oder dem Benutzernamen.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>The account&apos;s document endpoint the SDK connects to.</source>
        <translation>Der Dokumentendpunkt des Kontos, mit dem sich das SDK verbindet.</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <source>An account key: full read-write (or read-only) access to all data of the account without any sign-in.</source>
        <translation>Ein Kontoschlüssel: vollständiger Lese-/Schreibzugriff (oder Lesezugriff) auf alle Daten des Kontos ohne jede Anmeldung.</translation>
    </message>
    <message>
        <source>Skip certificate check</source>
        <translation>Zertifikatprüfung überspringen</translation>
    </message>
    <message>
        <source>Turns off TLS certificate checks; meant for the local emulator only.</source>
        <translation>Schaltet die Prüfung von TLS-Zertifikaten aus; nur für den lokalen Emulator gedacht.</translation>
    </message>
    <message>
        <source>Table endpoint</source>
        <translation>Tabellenendpunkt</translation>
    </message>
    <message>
        <source>The account&apos;s Table API endpoint.</source>
        <translation>Der Endpunkt der Table-API des Kontos.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The protocol used when no endpoint is given (https or http).</source>
        <translation>Das Protokoll, das verwendet wird, wenn kein Endpunkt angegeben ist (https oder http).</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>The account name.</source>
        <translation>Der Kontoname.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The MongoDB host(s) the driver connects to.</source>
        <translation>Die MongoDB-Hosts, mit denen sich der Treiber verbindet.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted; Azure Cosmos DB requires true.</source>
        <translation>Ob die Verbindung verschlüsselt ist; Azure Cosmos DB erfordert true.</translation>
    </message>
    <message>
        <source>A setting this inspector does not know; the SDKs may ignore it.</source>
        <translation>Eine Einstellung, die dieser Inspektor nicht kennt; die SDKs ignorieren sie möglicherweise.</translation>
    </message>
    <message>
        <source>The connection string carries an account key, which may be a read-write key: full control of all data in the account, without sign-in, for as long as the key is not rotated. The account checks can tell whether it is a read-write or a read-only key.</source>
        <translation>Die Verbindungszeichenfolge enthält einen Kontoschlüssel, möglicherweise einen Lese-/Schreibschlüssel: volle Kontrolle über alle Daten des Kontos, ohne Anmeldung, solange der Schlüssel nicht rotiert wird. Die Kontoprüfungen können feststellen, ob es ein Lese-/Schreibschlüssel oder ein schreibgeschützter Schlüssel ist.</translation>
    </message>
    <message>
        <source>Use Entra ID (data-plane RBAC) or resource tokens for apps instead of keys; keep keys in Key Vault, rotate them, and disable key-based access (disableLocalAuth) when nothing needs it.</source>
        <translation>Verwenden Sie für Apps Entra ID (Datenebenen-RBAC) oder Ressourcentoken statt Schlüsseln; bewahren Sie Schlüssel in Key Vault auf, rotieren Sie sie, und deaktivieren Sie den schlüsselbasierten Zugriff (disableLocalAuth), wenn nichts ihn benötigt.</translation>
    </message>
    <message>
        <source>Server certificate validation is turned off: anyone on the network path can impersonate the account and read or change the traffic.</source>
        <translation>Die Überprüfung des Serverzertifikats ist ausgeschaltet: Jeder auf dem Netzwerkpfad kann sich als das Konto ausgeben und den Datenverkehr lesen oder ändern.</translation>
    </message>
    <message>
        <source>Only the local emulator needs this. Remove the setting and trust the emulator&apos;s certificate instead.</source>
        <translation>Nur der lokale Emulator benötigt dies. Entfernen Sie die Einstellung, und vertrauen Sie stattdessen dem Zertifikat des Emulators.</translation>
    </message>
    <message>
        <source>The connection does not use TLS: the key and all data travel unencrypted.</source>
        <translation>Die Verbindung verwendet kein TLS: Der Schlüssel und alle Daten werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The endpoint uses plain http: all data travels unencrypted.</source>
        <translation>Der Endpunkt verwendet einfaches http: Alle Daten werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Use https (for MongoDB: ssl=true); Azure Cosmos DB only accepts TLS.</source>
        <translation>Verwenden Sie https (für MongoDB: ssl=true); Azure Cosmos DB akzeptiert nur TLS.</translation>
    </message>
    <message>
        <source>This is the published key of Microsoft&apos;s local Cosmos DB emulator; it is not a secret.</source>
        <translation>Dies ist der veröffentlichte Schlüssel des lokalen Cosmos-DB-Emulators von Microsoft; er ist kein Geheimnis.</translation>
    </message>
    <message>
        <source>A real account never has this key: check the endpoint.</source>
        <translation>Ein echtes Konto hat nie diesen Schlüssel: Prüfen Sie den Endpunkt.</translation>
    </message>
    <message>
        <source>Cosmos DB %1 connection string for the account %2, with an account key</source>
        <translation>Cosmos-DB-Verbindungszeichenfolge (%1) für das Konto %2, mit einem Kontoschlüssel</translation>
    </message>
    <message>
        <source>The header name &quot;Authorization:&quot; appears twice; the value was wrapped twice by the code that built it.</source>
        <translation>Der Headername „Authorization:“ kommt zweimal vor; der Code, der den Wert erstellt hat, hat ihn zweimal umschlossen.</translation>
    </message>
    <message>
        <source>The value says &quot;Bearer&quot; twice (Bearer inside Bearer): two layers of code each added the prefix, and the API will refuse it.</source>
        <translation>Der Wert enthält „Bearer“ zweimal (Bearer in Bearer): Zwei Codeschichten haben jeweils das Präfix hinzugefügt, und die API wird ihn ablehnen.</translation>
    </message>
    <message>
        <source>The Bearer header carries no token.</source>
        <translation>Der Bearer-Header enthält kein Token.</translation>
    </message>
    <message>
        <source>A Cosmos DB authorization value (type=...) is sent without &quot;Bearer&quot;; the data plane refuses this header.</source>
        <translation>Ein Cosmos-DB-Autorisierungswert (type=...) wird ohne „Bearer“ gesendet; die Datenebene lehnt diesen Header ab.</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>An OAuth 2.0 bearer token: whoever holds it can use it, no proof of possession is needed.</source>
        <translation>Ein OAuth 2.0-Bearertoken: Wer es besitzt, kann es verwenden; kein Besitznachweis ist nötig.</translation>
    </message>
    <message>
        <source>The value was percent-encoded %1 times; APIs expect the token as is.</source>
        <translation>Der Wert wurde %1-mal prozentcodiert; APIs erwarten das Token unverändert.</translation>
    </message>
    <message>
        <source>Send the token without any percent-encoding.</source>
        <translation>Senden Sie das Token ohne jede Prozentcodierung.</translation>
    </message>
    <message>
        <source>The value was percent-encoded; a Bearer token is sent as is.</source>
        <translation>Der Wert wurde prozentcodiert; ein Bearertoken wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Send the token without percent-encoding.</source>
        <translation>Senden Sie das Token ohne Prozentcodierung.</translation>
    </message>
    <message>
        <source>The input is percent-encoded more than %1 times; no client sends a credential like that.</source>
        <translation>Die Eingabe ist mehr als %1-mal prozentcodiert; kein Client sendet Anmeldeinformationen so.</translation>
    </message>
    <message>
        <source>The Bearer header does not carry a JWT (header.payload.signature).</source>
        <translation>Der Bearer-Header enthält kein JWT (header.payload.signature).</translation>
    </message>
    <message>
        <source>This is not a credential the inspector recognises. It reads JWTs (Entra ID tokens), Authorization/Bearer headers, Cosmos DB authorization values (type=master, resource, aad), resource tokens, permission documents and connection strings.</source>
        <translation>Dies sind keine Anmeldeinformationen, die der Inspektor erkennt. Er liest JWTs (Entra-ID-Token), Authorization/Bearer-Header, Cosmos-DB-Autorisierungswerte (type=master, resource, aad), Ressourcentoken, Berechtigungsdokumente und Verbindungszeichenfolgen.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Entra ID token (JWT)</source>
        <translation>Entra-ID-Token (JWT)</translation>
    </message>
    <message>
        <source>Bearer authorization header</source>
        <translation>Bearer-Autorisierungsheader</translation>
    </message>
    <message>
        <source>Cosmos DB master-key signature</source>
        <translation>Cosmos-DB-Hauptschlüsselsignatur</translation>
    </message>
    <message>
        <source>Cosmos DB resource token authorization</source>
        <translation>Cosmos-DB-Autorisierung mit Ressourcentoken</translation>
    </message>
    <message>
        <source>Cosmos DB Entra ID authorization</source>
        <translation>Cosmos-DB-Autorisierung mit Entra ID</translation>
    </message>
    <message>
        <source>Cosmos DB resource token</source>
        <translation>Cosmos-DB-Ressourcentoken</translation>
    </message>
    <message>
        <source>Cosmos DB permission document</source>
        <translation>Cosmos-DB-Berechtigungsdokument</translation>
    </message>
    <message>
        <source>Cosmos DB connection string</source>
        <translation>Cosmos-DB-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>No validity period</source>
        <translation>Kein Gültigkeitszeitraum</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation>Nicht vor:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>The input is too large (%1 bytes); at most %2 bytes are inspected.</source>
        <translation>Die Eingabe ist zu groß (%1 Bytes); höchstens %2 Bytes werden untersucht.</translation>
    </message>
    <message>
        <source>The input contains binary data (a NUL or control byte at position %1), not text; paste the token or header as text.</source>
        <translation>Die Eingabe enthält Binärdaten (ein NUL- oder Steuerbyte an Position %1), keinen Text; fügen Sie das Token oder den Header als Text ein.</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text.</source>
        <translation>Die Eingabe ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
</context>
<context>
    <name>csc::TokenInspectorPanel</name>
    <message>
        <source>Token inspector</source>
        <translation>Tokeninspektor</translation>
    </message>
    <message>
        <source>Paste, drop or open what you want to inspect: an Entra ID access or ID token (eyJ…), an &quot;Authorization: Bearer …&quot; line, a Cosmos DB authorization value (type=master, type=resource or type=aad, raw or percent-encoded), a resource token, a permission document with _token, or a Cosmos DB connection string. It is analysed here; nothing is sent anywhere.</source>
        <translation>Fügen Sie ein, ziehen Sie hierher oder öffnen Sie, was Sie untersuchen möchten: ein Entra-ID-Zugriffs- oder -ID-Token (eyJ…), eine Zeile „Authorization: Bearer …“, einen Cosmos-DB-Autorisierungswert (type=master, type=resource oder type=aad, roh oder prozentcodiert), ein Ressourcentoken, ein Berechtigungsdokument mit _token oder eine Cosmos-DB-Verbindungszeichenfolge. Die Analyse erfolgt hier; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Credential to inspect</source>
        <translation>Zu untersuchende Anmeldeinformationen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Replace the input with the clipboard&apos;s text</source>
        <translation>Die Eingabe durch den Text aus der Zwischenablage ersetzen</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message numerus="yes">
        <source>Load a text file of up to %n KiB</source>
        <translation>
            <numerusform>Eine Textdatei mit bis zu %n KiB laden</numerusform>
            <numerusform>Eine Textdatei mit bis zu %n KiB laden</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Wipe the input, the analysis and any pasted key</source>
        <translation>Eingabe, Analyse und jeden eingefügten Schlüssel löschen</translation>
    </message>
    <message>
        <source>My sign-in &amp;token</source>
        <translation>Mein Anmelde&amp;token</translation>
    </message>
    <message>
        <source>Inspect the token this connection signs in with</source>
        <translation>Das Token untersuchen, mit dem sich diese Verbindung anmeldet</translation>
    </message>
    <message>
        <source>Inspect my sign-in token</source>
        <translation>Mein Anmeldetoken untersuchen</translation>
    </message>
    <message>
        <source>Token for the Cosmos DB data plane</source>
        <translation>Token für die Cosmos-DB-Datenebene</translation>
    </message>
    <message>
        <source>Token for Azure Resource Manager</source>
        <translation>Token für Azure Resource Manager</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to read its whole value and what it means.</source>
        <translation>Wählen Sie eine Zeile aus, um ihren vollständigen Wert und ihre Bedeutung zu lesen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock skew allowance in seconds</source>
        <translation>Zulässige Uhrabweichung in Sekunden</translation>
    </message>
    <message>
        <source>How far clocks may differ. Entra ID and Cosmos DB allow 5 minutes (300 s).</source>
        <translation>Wie weit Uhren voneinander abweichen dürfen. Entra ID und Cosmos DB lassen 5 Minuten (300 s) zu.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Longest acceptable token lifetime in hours</source>
        <translation>Längste zulässige Tokengültigkeitsdauer in Stunden</translation>
    </message>
    <message>
        <source>Tokens that live longer get a warning. Entra ID access tokens live 60-90 minutes by default.</source>
        <translation>Länger gültige Token erhalten eine Warnung. Entra-ID-Zugriffstoken sind standardmäßig 60 bis 90 Minuten gültig.</translation>
    </message>
    <message>
        <source>Clock s&amp;kew allowance:</source>
        <translation>Zulässige &amp;Uhrabweichung:</translation>
    </message>
    <message>
        <source>Longest acceptable &amp;lifetime:</source>
        <translation>Längste zulässige &amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation>Signatur &amp;überprüfen</translation>
    </message>
    <message>
        <source>Verifying the signature</source>
        <translation>Signatur wird überprüft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fetching the issuer&apos;s signing keys…</source>
        <translation>Signaturschlüssel des Ausstellers werden abgerufen …</translation>
    </message>
    <message>
        <source>Checks whether the token&apos;s audience and tenant fit this account and which data-plane role assignments apply to its principal. Reads the account&apos;s role assignments through Azure Resource Manager.</source>
        <translation>Prüft, ob Zielgruppe und Mandant des Tokens zu diesem Konto passen und welche Rollenzuweisungen der Datenebene für seinen Prinzipal gelten. Liest die Rollenzuweisungen des Kontos über Azure Resource Manager.</translation>
    </message>
    <message>
        <source>&amp;Check against the account</source>
        <translation>Mit dem Konto &amp;abgleichen</translation>
    </message>
    <message>
        <source>A master-key signature is an HMAC-SHA256, with an account key, over the verb, resource type, resource link and date of one request. State that request and a key to check it.</source>
        <translation>Eine Hauptschlüsselsignatur ist ein HMAC-SHA256 mit einem Kontoschlüssel über Verb, Ressourcentyp, Ressourcenlink und Datum einer Anforderung. Geben Sie diese Anforderung und einen Schlüssel an, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>optional: a request path such as /dbs/shop/colls/orders/docs</source>
        <translation>optional: ein Anforderungspfad wie /dbs/shop/colls/orders/docs</translation>
    </message>
    <message>
        <source>Request path</source>
        <translation>Anforderungspfad</translation>
    </message>
    <message>
        <source>empty for the account itself</source>
        <translation>leer für das Konto selbst</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>e.g. dbs/shop/colls/orders (empty for the account or a list of databases)</source>
        <translation>z. B. dbs/shop/colls/orders (leer für das Konto oder eine Liste von Datenbanken)</translation>
    </message>
    <message>
        <source>Resource link</source>
        <translation>Ressourcenlink</translation>
    </message>
    <message>
        <source>x-ms-date</source>
        <translation>x-ms-date</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Fill in the current time</source>
        <translation>Aktuelle Uhrzeit eintragen</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>Zu signierende Zeichenfolge</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Verb:</translation>
    </message>
    <message>
        <source>Request &amp;path:</source>
        <translation>Anforderungs&amp;pfad:</translation>
    </message>
    <message>
        <source>Resource &amp;type:</source>
        <translation>Ressource&amp;ntyp:</translation>
    </message>
    <message>
        <source>Resource l&amp;ink:</source>
        <translation>Ressourcenl&amp;ink:</translation>
    </message>
    <message>
        <source>x-ms-&amp;date:</source>
        <translation>x-&amp;ms-date:</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>Zu signierende Zeichenfolge:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Pa&amp;ste a key:</source>
        <translation>Sc&amp;hlüssel einfügen:</translation>
    </message>
    <message>
        <source>Account key (hidden)</source>
        <translation>Kontoschlüssel (verborgen)</translation>
    </message>
    <message>
        <source>base64 account key; checked here, never sent</source>
        <translation>Base64-Kontoschlüssel; wird hier geprüft, nie gesendet</translation>
    </message>
    <message>
        <source>A key remembered in the &amp;keychain:</source>
        <translation>Ein im Schlüssel&amp;bund gespeicherter Schlüssel:</translation>
    </message>
    <message>
        <source>Remembered key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <source>Use the account&apos;s &amp;keys (fetched with listKeys, compared, then wiped)</source>
        <translation>Die Schlüssel des K&amp;ontos verwenden (mit listKeys abgerufen, verglichen, dann gelöscht)</translation>
    </message>
    <message>
        <source>Check the si&amp;gnature</source>
        <translation>Si&amp;gnatur prüfen</translation>
    </message>
    <message>
        <source>Looks for the permission this resource token was minted from, whether it still exists unchanged, and how long the token has left. Reads the account&apos;s users and permissions with its primary key (fetched with listKeys).</source>
        <translation>Sucht die Berechtigung, aus der dieses Ressourcentoken erzeugt wurde, prüft, ob sie unverändert besteht, und wie lange das Token noch gültig ist. Liest die Benutzer und Berechtigungen des Kontos mit seinem Primärschlüssel (mit listKeys abgerufen).</translation>
    </message>
    <message>
        <source>&amp;Find the permission</source>
        <translation>Be&amp;rechtigung suchen</translation>
    </message>
    <message>
        <source>Finds out which of the account&apos;s keys the connection string embeds (compared with the keys from listKeys, which are wiped afterwards) and offers the read-only connection string.</source>
        <translation>Ermittelt, welchen Schlüssel des Kontos die Verbindungszeichenfolge enthält (verglichen mit den Schlüsseln aus listKeys, die danach gelöscht werden), und bietet die schreibgeschützte Verbindungszeichenfolge an.</translation>
    </message>
    <message>
        <source>&amp;Identify the key</source>
        <translation>Schlüssel &amp;identifizieren</translation>
    </message>
    <message>
        <source>Copy the &amp;read-only connection string</source>
        <translation>Schreibgeschützte Verbindungszeichenfolge k&amp;opieren</translation>
    </message>
    <message>
        <source>Checking against the account</source>
        <translation>Abgleich mit dem Konto</translation>
    </message>
    <message>
        <source>Checks against the account</source>
        <translation>Prüfungen gegen das Konto</translation>
    </message>
    <message>
        <source>Data-plane role assignments that apply to this token&apos;s principal:</source>
        <translation>Rollenzuweisungen der Datenebene, die für den Prinzipal dieses Tokens gelten:</translation>
    </message>
    <message>
        <source>Matching role assignments</source>
        <translation>Passende Rollenzuweisungen</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Open a token or connection string</source>
        <translation>Token oder Verbindungszeichenfolge öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.jwt *.json *.token *.env);;All files (*)</source>
        <translation>Textdateien (*.txt *.jwt *.json *.token *.env);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential (%2 KiB; the limit is %3 KiB).</source>
        <translation>%1 ist zu groß für Anmeldeinformationen (%2 KiB; die Grenze ist %3 KiB).</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation>Noch nichts zu untersuchen</translation>
    </message>
    <message>
        <source>Paste a credential above, drop a file on it, or open one.</source>
        <translation>Fügen Sie oben Anmeldeinformationen ein, ziehen Sie eine Datei darauf, oder öffnen Sie eine.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Warnings about the credential appear here.</source>
        <translation>Warnungen zu den Anmeldeinformationen werden hier angezeigt.</translation>
    </message>
    <message>
        <source>No warnings for this credential.</source>
        <translation>Keine Warnungen für diese Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation>Wohlgeformt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere until you press Verify signature. Then the console fetches the issuer&apos;s OpenID configuration and signing keys (JWKS), only from known sign-in hosts (%1), and checks the RS256 signature here. Keys are cached for a day.</source>
        <translation>Nichts wird irgendwohin gesendet, bis Sie „Signatur überprüfen“ wählen. Dann ruft die Konsole die OpenID-Konfiguration und die Signaturschlüssel (JWKS) des Ausstellers ab, nur von bekannten Anmeldehosts (%1), und prüft die RS256-Signatur hier. Schlüssel werden einen Tag lang zwischengespeichert.</translation>
    </message>
    <message>
        <source>A master-key signature is checked with the key that made it: use the Account tab.</source>
        <translation>Eine Hauptschlüsselsignatur wird mit dem Schlüssel geprüft, der sie erstellt hat: Verwenden Sie die Registerkarte „Konto“.</translation>
    </message>
    <message>
        <source>Resource tokens are sealed by the service; only the account can check them. Use the Account tab to find the permission behind this one.</source>
        <translation>Ressourcentoken werden vom Dienst versiegelt; nur das Konto kann sie prüfen. Verwenden Sie die Registerkarte „Konto“, um die Berechtigung hinter diesem Token zu finden.</translation>
    </message>
    <message>
        <source>Signature verification applies to Microsoft Entra ID tokens (JWTs).</source>
        <translation>Die Signaturüberprüfung gilt für Microsoft Entra ID-Token (JWTs).</translation>
    </message>
    <message>
        <source>Checks against %1</source>
        <translation>Prüfungen gegen %1</translation>
    </message>
    <message>
        <source>Checks against an account</source>
        <translation>Prüfungen gegen ein Konto</translation>
    </message>
    <message>
        <source>Inspect a credential first.</source>
        <translation>Untersuchen Sie zuerst Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Connect, and select an account in Accounts, to check this credential against it. Nothing is sent until you ask.</source>
        <translation>Stellen Sie eine Verbindung her, und wählen Sie unter „Konten“ ein Konto aus, um diese Anmeldeinformationen damit abzugleichen. Nichts wird gesendet, bevor Sie es anfordern.</translation>
    </message>
    <message>
        <source>Select an account in Accounts to check this credential against it.</source>
        <translation>Wählen Sie unter „Konten“ ein Konto aus, um diese Anmeldeinformationen damit abzugleichen.</translation>
    </message>
    <message>
        <source>There is nothing to check against the account for this credential.</source>
        <translation>Für diese Anmeldeinformationen gibt es nichts mit dem Konto abzugleichen.</translation>
    </message>
    <message>
        <source>Signature verification needs a network connection, which this window was not given.</source>
        <translation>Die Signaturüberprüfung benötigt eine Netzwerkverbindung, die diesem Fenster nicht zur Verfügung gestellt wurde.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Überprüft: %1</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht überprüft: %1</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>Keys from: %1%2</source>
        <translation>Schlüssel von: %1%2</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation> (zwischengespeichert)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Checking the token against %1 failed</source>
        <translation>Der Abgleich des Tokens mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No data-plane role assignment of %1 applies to this token&apos;s principal.</source>
        <translation>Keine Rollenzuweisung der Datenebene von %1 gilt für den Prinzipal dieses Tokens.</translation>
    </message>
    <message>
        <source>Data-plane role assignments of %1 that apply to this token&apos;s principal: %2.</source>
        <translation>Rollenzuweisungen der Datenebene von %1, die für den Prinzipal dieses Tokens gelten: %2.</translation>
    </message>
    <message>
        <source>Reading the role assignments of %1…</source>
        <translation>Die Rollenzuweisungen von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>Looking for the permission in %1 failed</source>
        <translation>Die Suche nach der Berechtigung in %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>From permission &quot;%1&quot; of user &quot;%2&quot; in database &quot;%3&quot;: %4 on %5%6</source>
        <translation>Aus der Berechtigung „%1“ des Benutzers „%2“ in der Datenbank „%3“: %4 auf %5%6</translation>
    </message>
    <message>
        <source> (partition key %1)</source>
        <translation> (Partitionsschlüssel %1)</translation>
    </message>
    <message>
        <source>No permission of %1 matches this token.</source>
        <translation>Keine Berechtigung von %1 passt zu diesem Token.</translation>
    </message>
    <message>
        <source>Looking for the permission in %1…</source>
        <translation>Die Berechtigung wird in %1 gesucht …</translation>
    </message>
    <message>
        <source>Comparing the key with the keys of %1 failed</source>
        <translation>Der Vergleich des Schlüssels mit den Schlüsseln von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This connection string embeds the %1 of %2.</source>
        <translation>Diese Verbindungszeichenfolge enthält den %1 von %2.</translation>
    </message>
    <message>
        <source>The embedded key is not one of the keys of %1.</source>
        <translation>Der enthaltene Schlüssel ist keiner der Schlüssel von %1.</translation>
    </message>
    <message>
        <source>Comparing the key with the keys of %1…</source>
        <translation>Der Schlüssel wird mit den Schlüsseln von %1 verglichen …</translation>
    </message>
    <message>
        <source>Read-only connection string</source>
        <translation>Schreibgeschützte Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Read-only connection string copied.</source>
        <translation>Schreibgeschützte Verbindungszeichenfolge kopiert.</translation>
    </message>
    <message>
        <source>The %1 made this signature</source>
        <translation>Der %1 hat diese Signatur erstellt</translation>
    </message>
    <message>
        <source>The %1 did not make this signature</source>
        <translation>Der %1 hat diese Signatur nicht erstellt</translation>
    </message>
    <message>
        <source>Signed: %1 on &quot;%2&quot; &quot;%3&quot; at %4.</source>
        <translation>Signiert: %1 auf „%2“ „%3“ um %4.</translation>
    </message>
    <message>
        <source>Either another key signed it, or the verb, resource type, link or date differ from the signed request. All four must be exactly those of the request (the date as sent in x-ms-date).</source>
        <translation>Entweder hat ein anderer Schlüssel signiert, oder Verb, Ressourcentyp, Link oder Datum weichen von der signierten Anforderung ab. Alle vier müssen genau denen der Anforderung entsprechen (das Datum so, wie es in x-ms-date gesendet wurde).</translation>
    </message>
    <message>
        <source>The %1 is not a base64 account key: %2</source>
        <translation>Der %1 ist kein Base64-Kontoschlüssel: %2</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>eingefügte Schlüssel</translation>
    </message>
    <message>
        <source>Reading the remembered %1…</source>
        <translation>Der gespeicherte %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the remembered %1 failed</source>
        <translation>Der gespeicherte %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No %1 is remembered for this account (Keys panel, Remember).</source>
        <translation>Für dieses Konto ist kein %1 gespeichert (Bereich „Schlüssel“, „Merken“).</translation>
    </message>
    <message>
        <source>Comparing with the keys of %1 failed</source>
        <translation>Der Vergleich mit den Schlüsseln von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The %1 of %2 made this signature.</source>
        <translation>Der %1 von %2 hat diese Signatur erstellt.</translation>
    </message>
    <message>
        <source>None of the keys of %1 made this signature for the stated request.</source>
        <translation>Keiner der Schlüssel von %1 hat diese Signatur für die angegebene Anforderung erstellt.</translation>
    </message>
    <message>
        <source>Comparing with the keys of %1…</source>
        <translation>Vergleich mit den Schlüsseln von %1 …</translation>
    </message>
    <message>
        <source>Getting a token for %1 failed</source>
        <translation>Das Abrufen eines Tokens für %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your sign-in token for %1 is shown below. Treat it like a password: anyone who holds it can act as you until it expires.</source>
        <translation>Ihr Anmeldetoken für %1 wird unten angezeigt. Behandeln Sie es wie ein Kennwort: Jeder, der es besitzt, kann bis zu seinem Ablauf in Ihrem Namen handeln.</translation>
    </message>
</context>
<context>
    <name>csc::TokenTimeline</name>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <source>◀ Now (%1 earlier)</source>
        <translation>◀ Jetzt (%1 früher)</translation>
    </message>
    <message>
        <source>Now (%1 later) ▶</source>
        <translation>Jetzt (%1 später) ▶</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>this credential carries no validity times</source>
        <translation>diese Anmeldeinformationen enthalten keine Gültigkeitszeiten</translation>
    </message>
    <message>
        <source>becomes valid in %1 (at %2, allowing %3 of clock skew)</source>
        <translation>wird in %1 gültig (um %2, bei %3 zulässiger Uhrabweichung)</translation>
    </message>
    <message>
        <source>expires in %1 (at %2)</source>
        <translation>läuft in %1 ab (um %2)</translation>
    </message>
    <message>
        <source>no expiry time</source>
        <translation>keine Ablaufzeit</translation>
    </message>
    <message>
        <source>expired %1 ago, still inside the %2 clock-skew allowance</source>
        <translation>vor %1 abgelaufen, noch innerhalb der zulässigen Uhrabweichung von %2</translation>
    </message>
    <message>
        <source>expired %1 ago (at %2)</source>
        <translation>vor %1 abgelaufen (um %2)</translation>
    </message>
    <message>
        <source>No validity times</source>
        <translation>Keine Gültigkeitszeiten</translation>
    </message>
    <message>
        <source>No validity times: %1</source>
        <translation>Keine Gültigkeitszeiten: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>Not before %1</source>
        <translation>Nicht vor %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Lifetime %1</source>
        <translation>Gültigkeitsdauer %1</translation>
    </message>
    <message>
        <source>Clock-skew allowance %1 (hatched)</source>
        <translation>Zulässige Uhrabweichung %1 (schraffiert)</translation>
    </message>
    <message>
        <source>Token timeline: %1</source>
        <translation>Token-Zeitachse: %1</translation>
    </message>
    <message>
        <source>Time bar</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>csc::TrustedAuthorities</name>
    <message>
        <source>The token names no issuer (“iss”).</source>
        <translation>Das Token nennt keinen Aussteller („iss“).</translation>
    </message>
    <message>
        <source>The issuer “%1” is too long to be a Microsoft Entra issuer.</source>
        <translation>Der Aussteller „%1“ ist zu lang für einen Microsoft Entra-Aussteller.</translation>
    </message>
    <message>
        <source>The issuer “%1” is not an https URL.</source>
        <translation>Der Aussteller „%1“ ist keine https-URL.</translation>
    </message>
    <message>
        <source>The issuer “%1” is not a plain authority URL (it has user info, a query or a fragment).</source>
        <translation>Der Aussteller „%1“ ist keine einfache Authority-URL (er enthält Benutzerangaben, eine Abfrage oder ein Fragment).</translation>
    </message>
    <message>
        <source>The issuer “%1” is not on a trusted Microsoft Entra host; no keys are fetched for it.</source>
        <translation>Der Aussteller „%1“ liegt auf keinem vertrauenswürdigen Microsoft Entra-Host; für ihn werden keine Schlüssel abgerufen.</translation>
    </message>
    <message>
        <source>The issuer “%1” names no tenant.</source>
        <translation>Der Aussteller „%1“ nennt keinen Mandanten.</translation>
    </message>
    <message>
        <source>The issuer “%1” is not of the form https://host/{tenant}/ or https://host/{tenant}/v2.0.</source>
        <translation>Der Aussteller „%1“ hat nicht die Form https://host/{tenant}/ oder https://host/{tenant}/v2.0.</translation>
    </message>
    <message>
        <source>The issuer “%1” mixes a v1 host with a v2.0 path.</source>
        <translation>Der Aussteller „%1“ kombiniert einen v1-Host mit einem v2.0-Pfad.</translation>
    </message>
</context>
<context>
    <name>csc::WelcomePage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cosmos Security Console logo</source>
        <translation>Logo von Cosmos Security Console</translation>
    </message>
    <message>
        <source>Cosmos Security Console</source>
        <translation>Cosmos Security Console</translation>
    </message>
    <message>
        <source>Secure Azure Cosmos DB accounts by clicking, not scripting.</source>
        <translation>Azure-Cosmos-DB-Konten per Klick absichern statt per Skript.</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Noch keine Verbindung</translation>
    </message>
    <message>
        <source>Create a connection with the directory (tenant) ID, the application (client) ID and a client secret of an app registration that may read your subscriptions. The client secret is kept in the system keychain, never in a file.</source>
        <translation>Legen Sie eine Verbindung mit der Verzeichnis-ID (Mandanten-ID), der Anwendungs-ID (Client-ID) und einem geheimen Clientschlüssel einer App-Registrierung an, die Ihre Abonnements lesen darf. Der geheime Clientschlüssel liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>C&amp;reate Connection…</source>
        <translation>Verbindung &amp;anlegen …</translation>
    </message>
    <message>
        <source>Create a connection</source>
        <translation>Verbindung anlegen</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Cloud:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>Anwendungs-ID (Client-ID):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Signed-in principal:</source>
        <translation>Angemeldeter Prinzipal:</translation>
    </message>
    <message>
        <source>Last connection test:</source>
        <translation>Letzter Verbindungstest:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Abonnements:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>Verbindungen &amp;verwalten …</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
    <message>
        <source>Secret storage</source>
        <translation>Speicher für Geheimnisse</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Speicher für Geheimnisse verfügbar.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>&amp;Stop Connecting</source>
        <translation>Verbinden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>Not tested yet. Use Test Connection to sign in and list the subscriptions.</source>
        <translation>Noch nicht getestet. „Verbindung testen“ meldet sich an und listet die Abonnements auf.</translation>
    </message>
    <message>
        <source>Succeeded on %1</source>
        <translation>Erfolgreich am %1</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <translation>Fehlgeschlagen am %1: %2</translation>
    </message>
    <message>
        <source>Application %1 (object ID %2) in tenant %3</source>
        <translation>Anwendung %1 (Objekt-ID %2) im Mandanten %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>None visible to this application. Grant it a role such as Reader on a subscription.</source>
        <translation>Für diese Anwendung ist keines sichtbar. Weisen Sie ihr auf einem Abonnement eine Rolle wie „Leser“ zu.</translation>
    </message>
    <message>
        <source>Not known until a connection test succeeds.</source>
        <translation>Unbekannt, bis ein Verbindungstest gelingt.</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>In Verwendung: %1.</translation>
    </message>
    <message>
        <source>In use: %1. Client secrets are kept in the system keychain and survive a restart.</source>
        <translation>In Verwendung: %1. Geheime Clientschlüssel liegen im Schlüsselbund des Systems und bleiben über einen Neustart erhalten.</translation>
    </message>
    <message>
        <source>In use: %1. Client secrets are kept in memory and are gone when the console closes.</source>
        <translation>In Verwendung: %1. Geheime Clientschlüssel werden im Arbeitsspeicher gehalten und sind nach dem Beenden verloren.</translation>
    </message>
</context>
<context>
    <name>csc::cli::InspectCommand</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: no credential is that large.</source>
        <translation>%1 ist größer als %2 KiB: So große Anmeldeinformationen gibt es nicht.</translation>
    </message>
    <message>
        <source>Usage: cosmos-security-console inspect [options] [FILE|-]

Tells what a credential is and whether it is valid: Entra ID tokens (JWT), Authorization: Bearer lines,
Cosmos DB authorization values (type=master / resource / aad, raw or percent-encoded), resource tokens,
permission documents with _token, and connection strings. Reads FILE, or standard input for - or no
FILE. Nothing is sent anywhere unless --verify is given; no secret part is ever printed.

Options:
  --json                    print the analysis as JSON
  --skew SECONDS            clock skew allowed on not-before and expiry (default 300)
  --max-lifetime SECONDS    warn about tokens that live longer (default 86400)
  --verify                  verify a JWT&apos;s signature with its issuer&apos;s published keys (fetched only
                            from known authority hosts)
  --authority-host URL      also trust this https authority host (a private cloud, the local cloud)
  --ca-file FILE            trust this extra CA certificate (PEM) for --verify (the local cloud&apos;s)
  -h, --help                show this help

Exit status: 0 valid, 1 invalid (expired, not yet valid, malformed, refused signature or a critical
finding), 2 unreadable (no input or nothing recognisable), 3 wrong options.
</source>
        <translation>Aufruf: cosmos-security-console inspect [Optionen] [DATEI|-]

Zeigt, was Anmeldeinformationen sind und ob sie gültig sind: Entra-ID-Token (JWT), Zeilen „Authorization: Bearer“,
Cosmos-DB-Autorisierungswerte (type=master / resource / aad, roh oder prozentcodiert), Ressourcentoken,
Berechtigungsdokumente mit _token und Verbindungszeichenfolgen. Liest DATEI oder die Standardeingabe bei - oder
ohne DATEI. Nichts wird irgendwohin gesendet, außer mit --verify; kein geheimer Teil wird je ausgegeben.

Optionen:
  --json                    die Analyse als JSON ausgeben
  --skew SEKUNDEN           zulässige Uhrabweichung für Nicht-vor und Ablauf (Standard 300)
  --max-lifetime SEKUNDEN   vor länger gültigen Token warnen (Standard 86400)
  --verify                  die Signatur eines JWT mit den veröffentlichten Schlüsseln seines Ausstellers
                            überprüfen (nur von bekannten Autoritätshosts abgerufen)
  --authority-host URL      auch diesem https-Autoritätshost vertrauen (eine private Cloud, die lokale Cloud)
  --ca-file DATEI           diesem zusätzlichen CA-Zertifikat (PEM) für --verify vertrauen (dem der lokalen Cloud)
  -h, --help                diese Hilfe anzeigen

Exit-Status: 0 gültig, 1 ungültig (abgelaufen, noch nicht gültig, fehlerhaft, abgelehnte Signatur oder ein
kritischer Befund), 2 nicht lesbar (keine Eingabe oder nichts Erkennbares), 3 falsche Optionen.
</translation>
    </message>
    <message>
        <source>Give one file (or - for standard input).</source>
        <translation>Geben Sie eine Datei an (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time, e.g. 2026-11-29T10:00:00Z.</source>
        <translation>--now erfordert ein Datum mit Uhrzeit nach ISO 8601, z. B. 2026-11-29T10:00:00Z.</translation>
    </message>
    <message>
        <source>--skew takes 0 to 86400 seconds, --max-lifetime 60 seconds to a year.</source>
        <translation>--skew akzeptiert 0 bis 86400 Sekunden, --max-lifetime 60 Sekunden bis ein Jahr.</translation>
    </message>
    <message>
        <source>--authority-host needs an https URL, e.g. https://login.example.com.</source>
        <translation>--authority-host erfordert eine https-URL, z. B. https://login.example.com.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Signature: verified. %1</source>
        <translation>Signatur: überprüft. %1</translation>
    </message>
    <message>
        <source>Signature: NOT verified. %1</source>
        <translation>Signatur: NICHT überprüft. %1</translation>
    </message>
    <message>
        <source>Signature: nothing to verify (only JWTs carry a published signature).</source>
        <translation>Signatur: nichts zu überprüfen (nur JWTs tragen eine veröffentlichte Signatur).</translation>
    </message>
    <message>
        <source>Verdict after the signature check: invalid</source>
        <translation>Bewertung nach der Signaturprüfung: ungültig</translation>
    </message>
</context>
<context>
    <name>csc::emu::LocalCloudHost</name>
    <message>
        <source>The local cloud did not report its endpoints, tenant and certificate authority.</source>
        <translation>Die lokale Cloud hat ihre Endpunkte, ihren Mandanten und ihre Zertifizierungsstelle nicht gemeldet.</translation>
    </message>
</context>
<context>
    <name>csc::jobs</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Wait this long before the picture.</source>
        <translation>So lange vor dem Bild warten.</translation>
    </message>
    <message>
        <source>Which window to picture.</source>
        <translation>Welches Fenster abgebildet wird.</translation>
    </message>
    <message>
        <source>Connect to the local cloud (demo data, no Azure subscription needed), creating its connection if there is none.</source>
        <translation>Mit der lokalen Cloud verbinden (Demodaten, kein Azure-Abonnement erforderlich) und ihre Verbindung anlegen, falls keine existiert.</translation>
    </message>
    <message>
        <source>Keep the local cloud&apos;s state in this folder.</source>
        <translation>Den Zustand der lokalen Cloud in diesem Ordner speichern.</translation>
    </message>
    <message>
        <source>Show this panel after connecting.</source>
        <translation>Diesen Bereich nach dem Verbinden anzeigen.</translation>
    </message>
    <message>
        <source>Select this account once it is loaded.</source>
        <translation>Dieses Konto auswählen, sobald es geladen ist.</translation>
    </message>
    <message>
        <source>Cosmos Security Console: secure Azure Cosmos DB accounts by clicking, not scripting.

cosmos-security-console inspect [FILE|-] [--json]: analyse a token or credential on the command line (see inspect --help).</source>
        <translation>Cosmos Security Console: Azure-Cosmos-DB-Konten per Klick absichern statt per Skript.

cosmos-security-console inspect [DATEI|-] [--json]: ein Token oder Anmeldeinformationen auf der Befehlszeile analysieren (siehe inspect --help).</translation>
    </message>
</context>
</TS>
