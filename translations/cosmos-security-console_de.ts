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
    <name>csc::BearerAuthorizer</name>
    <message>
        <source>The sign-in for this connection has ended; connect again.</source>
        <translation>Die Anmeldung dieser Verbindung ist beendet; verbinden Sie sich erneut.</translation>
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
    <message>
        <source>Secrets are kept in memory for this session only: %1</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten: %1</translation>
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
    <name>csc::emu::LocalCloudHost</name>
    <message>
        <source>The local cloud did not report its endpoints, tenant and certificate authority.</source>
        <translation>Die lokale Cloud hat ihre Endpunkte, ihren Mandanten und ihre Zertifizierungsstelle nicht gemeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cosmos Security Console: secure Azure Cosmos DB accounts by clicking, not scripting.</source>
        <translation>Cosmos Security Console: Azure-Cosmos-DB-Konten per Klick absichern statt per Skript.</translation>
    </message>
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
</context>
</TS>
