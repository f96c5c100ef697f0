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
        <source>Licensed under the &lt;a href="https://www.apache.org/licenses/LICENSE-2.0"&gt;Apache License, Version 2.0&lt;/a&gt;. This program comes with no warranty.</source>
        <translation>Lizenziert unter der &lt;a href="https://www.apache.org/licenses/LICENSE-2.0"&gt;Apache License, Version 2.0&lt;/a&gt;. Dieses Programm wird ohne jede Gewährleistung bereitgestellt.</translation>
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
        <source>See the activity log for the local cloud's output.</source>
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
        <source>"%1" is not the id of a Cosmos DB account.</source>
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
        <source>The %1 object has no "%2".</source>
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
        <source>The service refused the request's time stamp (x-ms-date): this computer's clock differs too much from the service's. Correct the system clock (use network time) and test again; the key itself may be fine.</source>
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
        <source>The key was not checked: the account's firewall blocked this computer. The request came from IP %1 through the public internet, and that address is not allowed by the account's IP rules (or public network access is disabled). Add the address to the firewall, or connect through an allowed network or private endpoint; firewall changes can take up to 15 minutes.</source>
        <translation>Der Schlüssel wurde nicht geprüft: Die Firewall des Kontos hat diesen Computer blockiert. Die Anfrage kam von der IP %1 über das öffentliche Internet, und diese Adresse ist in den IP-Regeln des Kontos nicht erlaubt (oder der öffentliche Netzwerkzugriff ist deaktiviert). Fügen Sie die Adresse der Firewall hinzu oder verbinden Sie sich über ein erlaubtes Netzwerk oder einen privaten Endpunkt; Firewalländerungen können bis zu 15 Minuten dauern.</translation>
    </message>
    <message>
        <source>The key was not checked: the account's network rules blocked this request (%1).</source>
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
        <source>The token endpoint's answer has no access_token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein access_token.</translation>
    </message>
    <message>
        <source>The token endpoint issued a token of type "%1" instead of Bearer.</source>
        <translation>Der Token-Endpunkt hat ein Token vom Typ „%1“ statt Bearer ausgestellt.</translation>
    </message>
    <message>
        <source>The token endpoint's answer has no valid expires_in.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein gültiges expires_in.</translation>
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
        <source>The client secret's value (not its ID)</source>
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
</context>
<context>
    <name>csc::ProfileListModel</name>
    <message>
        <source>%1 — tenant %2</source>
        <translation>%1 — Mandant %2</translation>
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
    <name>csc::SecurityPosture</name>
    <message>
        <source>Only Microsoft Entra ID identities can use the data</source>
        <translation>Nur Microsoft Entra ID-Identitäten können auf die Daten zugreifen</translation>
    </message>
    <message>
        <source>Account keys and resource tokens work; anyone with a key has full access</source>
        <translation>Kontoschlüssel und Ressourcentoken funktionieren; jeder mit einem Schlüssel hat Vollzugriff</translation>
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
        <source>Unknown setting "%1"</source>
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
</context>
</TS>