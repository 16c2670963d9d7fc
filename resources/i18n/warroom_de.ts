<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdHocForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="+73"/>
        <source>Ad-hoc inject</source>
        <translation>Ad-hoc-Inject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-hoc inject to</source>
        <translation>Ad-hoc-Inject an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the role is told, then Enter</source>
        <translation>Was der Rolle mitgeteilt wird, dann Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inject text</source>
        <translation>Inject-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material with the inject</source>
        <translation>Material zum Inject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional material: log lines, an e-mail…</source>
        <translation>Optionales Material: Logzeilen, eine E-Mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expect a response and score it</source>
        <translation>Reaktion erwarten und bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role expected to respond</source>
        <translation>Rolle, die reagieren soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected action</source>
        <translation>Erwartete Aktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response window in minutes</source>
        <translation>Reaktionsfenster in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send inject</source>
        <translation>Inject senden</translation>
    </message>
</context>
<context>
    <name>BlastRadiusBox</name>
    <message>
        <location filename="../../warroom/ui/blast_radius.py" line="+154"/>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services that depend on the affected ones</source>
        <translation>Services, die von den betroffenen abhängen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No affected services named yet.</source>
        <translation>Noch keine betroffenen Services genannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service catalogue does not hold these services, so what depends on them is unknown (File › Service catalogue…).</source>
        <translation>Der Servicekatalog kennt diese Services nicht; was von ihnen abhängt, ist daher unbekannt (Datei › Servicekatalog…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Depend on them directly: {0}</source>
        <translation>Direkt abhängig: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depend on them through others: {0}</source>
        <translation>Über andere abhängig: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the catalogue: {0}</source>
        <translation>Nicht im Katalog: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Show the graph: %n dependent service(s)…</source>
        <translation>
            <numerusform>Graph zeigen: %n abhängiger Service…</numerusform>
            <numerusform>Graph zeigen: %n abhängige Services…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlastRadiusView</name>
    <message>
        <location line="-144"/>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
</context>
<context>
    <name>BlastRadiusWindow</name>
    <message>
        <location line="+63"/>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Affected: {0}</source>
        <translation>Betroffen: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depend on them directly: {0}</source>
        <translation>Direkt davon abhängig: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depend on them through others: {0}</source>
        <translation>Über andere davon abhängig: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the catalogue (their dependents are unknown): {0}</source>
        <translation>Nicht im Katalog (ihre Abhängigen sind unbekannt): {0}</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../warroom/ui/catalogue.py" line="+45"/>
        <source>Service catalogue</source>
        <translation>Servicekatalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+30"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>On call</source>
        <translation>Rufbereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. payments-api</source>
        <translation>z. B. payments-api</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service name</source>
        <translation>Name des Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team or person</source>
        <translation>Team oder Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone, pager or rota</source>
        <translation>Telefon, Pager oder Dienstplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On-call contact</source>
        <translation>Kontakt der Rufbereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services, separated by commas</source>
        <translation>Services, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it is built from, separated by commas</source>
        <translation>woraus er besteht, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;call</source>
        <translation>&amp;Rufbereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depends on</source>
        <translation>&amp;Hängt ab von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mponents</source>
        <translation>Ko&amp;mponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save service</source>
        <translation>Service &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import TOML…</source>
        <translation>TOML &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport TOML…</source>
        <translation>TOML e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other systems</source>
        <translation>Andere Systeme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other systems needing the same fix</source>
        <translation>Andere Systeme, die dieselbe Korrektur brauchen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Other systems that need the same fix, not done yet (all incidents)</source>
        <translation>Andere Systeme, die dieselbe Korrektur brauchen, noch nicht erledigt (alle Störungen)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a service first.</source>
        <translation>Wählen Sie zuerst einen Service.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed {0}.</source>
        <translation>{0} entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a catalogue</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOML files (*.toml)</source>
        <translation>TOML-Dateien (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n service(s) imported.</source>
        <translation>
            <numerusform>%n Service importiert.</numerusform>
            <numerusform>%n Services importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the catalogue</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to {0}.</source>
        <translation>Geschrieben nach {0}.</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsDialog</name>
    <message>
        <location filename="../../warroom/ui/channels.py" line="+130"/>
        <source>Channels for status updates</source>
        <translation>Kanäle für Statusmeldungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (plain text)</source>
        <translation>keine (Klartext)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comma-separated addresses</source>
        <translation>durch Kommas getrennte Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the recipient list (Bcc)</source>
        <translation>Empfängerliste verbergen (Bcc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation>im Schlüsselbund des Systems gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set ({0}), kept in the keyring; type a new address to replace it</source>
        <translation>gesetzt ({0}), im Schlüsselbund gespeichert; geben Sie eine neue Adresse ein, um sie zu ersetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional bearer token, kept in the keyring</source>
        <translation>optionales Bearer-Token, im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook token</source>
        <translation>Webhook-Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail (SMTP)</source>
        <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook (chat)</source>
        <translation>Webhook (Chat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location line="-110"/>
        <source>e-mail is not set up</source>
        <translation>E-Mail ist nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the mail server under Channels… first</source>
        <translation>richten Sie zuerst den Mailserver unter Kanäle… ein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the webhook is not set up</source>
        <translation>der Webhook ist nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set its address under Channels… first</source>
        <translation>richten Sie zuerst seine Adresse unter Kanäle… ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown channel {0}</source>
        <translation>unbekannter Kanal {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/checklist.py" line="+35"/>
        <location line="+106"/>
        <source>What we need: {0}</source>
        <translation>Was wir brauchen: {0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Why: {0}</source>
        <translation>Warum: {0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>What we will do with it: {0}</source>
        <translation>Was wir damit tun: {0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>What comes next: {0}</source>
        <translation>Wie es weitergeht: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostic checklist</source>
        <translation>Diagnose-Checkliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the selected item, then Enter to tick</source>
        <translation>Ergebnis des gewählten Punkts, dann Enter zum Abhaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist result</source>
        <translation>Ergebnis des Checklistenpunkts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New checklist item, then Enter</source>
        <translation>Neuer Checklistenpunkt, dann Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New checklist item</source>
        <translation>Neuer Checklistenpunkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the selected checklist item</source>
        <translation>Zum gewählten Checklistenpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as protocol…</source>
        <translation>Als Protokoll speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this checklist as a protocol template for future incidents</source>
        <translation>Diese Checkliste als Protokollvorlage für künftige Störungen behalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagnostic protocol</source>
        <translation>Diagnoseprotokoll</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an item (arrows, or Ctrl+L from anywhere) to see what it asks for; type its result below and press Enter to tick it.</source>
        <translation>Wählen Sie einen Punkt (Pfeiltasten oder Strg+L), um seine Frage zu sehen; tragen Sie unten das Ergebnis ein und haken Sie ihn mit Enter ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No checklist yet: add items below, or declare with a protocol to start from a tried list of questions.</source>
        <translation>Noch keine Checkliste: Fügen Sie unten Punkte hinzu oder rufen Sie die Störung mit einem Protokoll aus, um mit bewährten Fragen zu beginnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Then: {0}</source>
        <translation>Dann: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the checklist item first.</source>
        <translation>Wählen Sie zuerst den Checklistenpunkt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ticked: {0}</source>
        <translation>Abgehakt: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as protocol</source>
        <translation>Als Protokoll speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new protocol:</source>
        <translation>Name des neuen Protokolls:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved from incident #{0}</source>
        <translation>Gespeichert aus Störung #{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as protocol “{0}”.</source>
        <translation>Als Protokoll „{0}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>CommunicatorPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/communicator.py" line="+78"/>
        <source>sending failed unexpectedly</source>
        <translation>das Senden ist unerwartet fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the details are in {0}</source>
        <translation>die Einzelheiten stehen in {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the update is kept; try again</source>
        <translation>die Statusmeldung bleibt erhalten; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executives</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update text</source>
        <translation>Text der Statusmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next update at</source>
        <translation>Nächste Meldung um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final update: service restored, cause report promised</source>
        <translation>Abschlussmeldung: Dienst läuft wieder, Bericht zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final update</source>
        <translation>Abschlussmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the update</source>
        <translation>Sprache der Statusmeldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send by</source>
        <translation>Senden über</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels…</source>
        <translation>Kanäle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected update again</source>
        <translation>Gewählte Statusmeldung erneut senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft from current state</source>
        <translation>Entwurf aus Ist-Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post update  [Ctrl+Enter]</source>
        <translation>Senden  [Strg+Enter]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still working on it  [Ctrl+Shift+S]</source>
        <translation>Zwischenmeldung  [Strg+Umschalt+S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a short holding update in one step</source>
        <translation>Eine kurze Zwischenmeldung in einem Schritt senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the recipients will read</source>
        <translation>Was die Empfänger lesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised next</source>
        <translation>Nächste zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>letzte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Updates sent</source>
        <translation>Gesendete Statusmeldungen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next update at</source>
        <translation>&amp;Nächste Meldung um</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send &amp;by</source>
        <translation>Senden &amp;über</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compose an update</source>
        <translation>Statusmeldung verfassen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>What they will read ({0})</source>
        <translation>Was sie lesen werden ({0})</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Recorded; sending by {0}…</source>
        <translation>Aufgezeichnet; wird über {0} gesendet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded, but NOT sent: {0}</source>
        <translation>Aufgezeichnet, aber NICHT gesendet: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Select it below to send it again.</source>
        <translation> Wählen Sie sie unten aus, um sie erneut zu senden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posted and sent by {0}. {1}</source>
        <translation>Aufgezeichnet und über {0} gesendet. {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted; {0}</source>
        <translation>Aufgezeichnet; {0}</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../warroom/ui/conflict.py" line="+62"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} changed {1} after you looked at it.</source>
        <translation>{0} hat {1} geändert, nachdem Sie es angesehen hatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theirs, at {0}
from seat {1}:
“{2}”</source>
        <translation>Deren Änderung, um {0}
vom Platz {1}:
„{2}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yours, not saved yet:
“{0}”</source>
        <translation>Ihre, noch nicht gespeichert:
„{0}“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed by another seat</source>
        <translation>Von einem anderen Platz geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply mine on top</source>
        <translation>Meine Änderung anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep theirs</source>
        <translation>Die andere behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply my change on top of theirs</source>
        <translation>Meine Änderung auf die des anderen Platzes anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the other seat&apos;s change</source>
        <translation>Die Änderung des anderen Platzes behalten</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <location filename="../../warroom/ui/incident_bar.py" line="+32"/>
        <source>Countdown to the next promised update</source>
        <translation>Countdown bis zur nächsten zugesagten Statusmeldung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No update owed</source>
        <translation>Keine Statusmeldung fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update OVERDUE by {0}</source>
        <translation>Statusmeldung ÜBERFÄLLIG seit {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next update in {0} (at {1})</source>
        <translation>Nächste Statusmeldung in {0} (um {1})</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../../warroom/ui/damage.py" line="+29"/>
        <source>The record is damaged</source>
        <translation>Der Datensatz ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is intact…</source>
        <translation>Exportieren, was intakt ist…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export of what is intact</source>
        <translation>Export dessen, was intakt ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This record is damaged: {0}. It is read-only here: nothing more is written to it. Everything that can still be read is shown below and can be exported.</source>
        <translation>Dieser Datensatz ist beschädigt: {0}. Er ist hier schreibgeschützt: Es wird nichts mehr hineingeschrieben. Alles, was sich noch lesen lässt, steht unten und kann exportiert werden.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../warroom/ui/dashboard.py" line="+96"/>
        <source>Trends across incidents</source>
        <translation>Trends über alle Störungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include exercises</source>
        <translation>Übungen einbeziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the incidents…</source>
        <translation>Störungen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No incidents in this period{0}. The trends fill in as incidents are declared and resolved; try “All time” or include the exercises.</source>
        <translation>Keine Störungen in diesem Zeitraum{0}. Die Trends füllen sich, sobald Störungen ausgerufen und behoben werden; versuchen Sie „Gesamter Zeitraum“ oder beziehen Sie die Übungen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (exercises left out)</source>
        <translation> (ohne Übungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}, {1} resolved · mean time to restore {2} · {3} escalated · update promises kept {4}</source>
        <translation>{0}, {1} behoben · mittlere Wiederherstellungszeit {2} · {3} eskaliert · Zusagen für Statusmeldungen eingehalten {4}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to restore by month</source>
        <translation>Wiederherstellungszeit nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring causes</source>
        <translation>Wiederkehrende Ursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update promises kept</source>
        <translation>Eingehaltene Zusagen für Statusmeldungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: nothing to draw yet for these incidents.</source>
        <translation>{0}: für diese Störungen gibt es noch nichts zu zeichnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No affected services recorded.</source>
        <translation>Keine betroffenen Services erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most affected services: {0}</source>
        <translation>Am stärksten betroffene Services: {0}</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../../warroom/ui/declare_dialog.py" line="+32"/>
        <source>Declare an incident</source>
        <translation>Störung ausrufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is broken, in the customer&apos;s words</source>
        <translation>Was ist kaputt, in den Worten des Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident title</source>
        <translation>Titel der Störung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What can the customer not do? e.g. the plant cannot release production orders</source>
        <translation>Was kann der Kunde nicht tun? z. B. das Werk kann keine Fertigungsaufträge freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business impact</source>
        <translation>Auswirkung auf das Geschäft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is affected: teams, sites, customers</source>
        <translation>Wer ist betroffen: Teams, Standorte, Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is affected</source>
        <translation>Wer ist betroffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many are affected</source>
        <translation>Wie viele sind betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic protocol</source>
        <translation>Diagnoseprotokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No protocol (add items as you go)</source>
        <translation>Kein Protokoll (Punkte nach und nach hinzufügen)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>{0} (%n Punkt)</numerusform>
            <numerusform>{0} (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Affected services, separated by commas</source>
        <translation>Betroffene Services, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affected services</source>
        <translation>Betroffene Services</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Impact</source>
        <translation>&amp;Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many</source>
        <translation>Wie &amp;viele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rotocol</source>
        <translation>P&amp;rotokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare</source>
        <translation>Ausrufen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status update every {0}.</source>
        <translation>Statusmeldung alle {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalates to the senior engineers after {0}.</source>
        <translation>Eskaliert nach {0} an die erfahrenen Techniker.</translation>
    </message>
</context>
<context>
    <name>DiagnosticianPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/diagnostician.py" line="+71"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Explains spec</source>
        <translation>Erklärt Spez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+113"/>
        <source>Hypotheses</source>
        <translation>Hypothesen</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>New hypothesis: what could cause this?</source>
        <translation>Neue Hypothese: Was könnte das verursachen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New hypothesis</source>
        <translation>Neue Hypothese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hypothesis status</source>
        <translation>Status der Hypothese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What proved or disproved it</source>
        <translation>Was sie belegt oder widerlegt hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for the status</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explains every IS and IS NOT line</source>
        <translation>Erklärt jede IST- und IST-NICHT-Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the cause against the problem specification before calling it true</source>
        <translation>Prüfen Sie die Ursache an der Problemspezifikation, bevor Sie sie für wahr erklären</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence about the selected hypothesis</source>
        <translation>Belege zur gewählten Hypothese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ For</source>
        <translation>+ Dafür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− Against</source>
        <translation>− Dagegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work the selected hypothesis</source>
        <translation>Gewählte Hypothese bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tests</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NONE</source>
        <translation>KEINE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix attempt</source>
        <translation>Korrekturversuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Fix attempts</source>
        <translation>Korrekturversuche</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fix attempt: what will be changed</source>
        <translation>Korrekturversuch: was geändert wird</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix description</source>
        <translation>Beschreibung der Korrektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypothesis the fix tests</source>
        <translation>Hypothese, die die Korrektur prüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected result</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record fix attempt</source>
        <translation>Korrekturversuch aufzeichnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome of the selected fix</source>
        <translation>Ergebnis der gewählten Korrektur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome note</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation>Ergebnis aufzeichnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a fix attempt</source>
        <translation>Einen Korrekturversuch aufzeichnen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hypotheses and fixes</source>
        <translation>Hypothesen und Korrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem specification</source>
        <translation>Problemspezifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer requests</source>
        <translation>Anfragen an den Kunden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expected: {0}</source>
        <translation>Erwartet: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback: {0}</source>
        <translation>Rückfall: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by: {0}</source>
        <translation>Freigegeben von: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— tests no hypothesis —</source>
        <translation>— prüft keine Hypothese —</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a hypothesis first.</source>
        <translation>Wählen Sie zuerst eine Hypothese.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} is now {1}.</source>
        <translation>{0} ist jetzt {1}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Fix attempt recorded.</source>
        <translation>Korrekturversuch aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a fix attempt first.</source>
        <translation>Wählen Sie zuerst einen Korrekturversuch.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outcome of “{0}”: {1}.</source>
        <translation>Ergebnis von „{0}“: {1}.</translation>
    </message>
</context>
<context>
    <name>ExerciseSeatWindow</name>
    <message>
        <location filename="../../warroom/ui/exercise_window.py" line="+31"/>
        <source>EXERCISE — {0} — {1}</source>
        <translation>ÜBUNG — {0} — {1}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../warroom/ui/panels/common.py" line="+89"/>
        <source>Kept {0}&apos;s change.</source>
        <translation>Die Änderung von {0} wurde behalten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved: this record is damaged ({0}); it is read-only.</source>
        <translation>Nicht gespeichert: Dieser Datensatz ist beschädigt ({0}); er ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>HotWashForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="+60"/>
        <source>Hot wash (after the end)</source>
        <translation>Hot Wash (nach dem Ende)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: what went well, what to improve</source>
        <translation>{0}: was gut lief, was besser werden soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot-wash notes of the {0}</source>
        <translation>Hot-Wash-Notizen der Rolle {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the hot wash</source>
        <translation>Hot Wash aufzeichnen</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <location filename="../../warroom/ui/incident_bar.py" line="+21"/>
        <source>T+{0}</source>
        <translation>T+{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated at {0}</source>
        <translation>Eskaliert um {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ESCALATION DUE since {0}: brief the senior engineers</source>
        <translation>ESKALATION FÄLLIG seit {0}: Informieren Sie die erfahrenen Techniker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation at {0} (in {1})</source>
        <translation>Eskalation um {0} (in {1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EXERCISE — not a real incident</source>
        <translation>ÜBUNG — keine echte Störung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the incident started</source>
        <translation>Zeit seit Beginn der Störung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation deadline</source>
        <translation>Eskalationsfrist</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <location filename="../../warroom/ui/incident_list.py" line="+31"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · exercise</source>
        <translation> · Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update due</source>
        <translation>Nächste Statusmeldung fällig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declared</source>
        <translation>Ausgerufen am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OVERDUE by {0}</source>
        <translation>ÜBERFÄLLIG seit {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (in {1})</source>
        <translation>{0} (in {1})</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../warroom/ui/panel_names.py" line="+28"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../warroom/ui/incident_view.py" line="+152"/>
        <source>Role panels</source>
        <translation>Rollen-Ansichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist or timeline</source>
        <translation>Checkliste oder Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic protocol</source>
        <translation>Diagnoseprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Export what is intact</source>
        <translation>Exportieren, was intakt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete record (*.json);;Markdown report (*.md)</source>
        <translation>Vollständiger Datensatz (*.json);;Markdown-Bericht (*.md)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting what can be read to {0}…</source>
        <translation>Was sich lesen lässt, wird nach {0} exportiert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not export: {0}</source>
        <translation>Export nicht möglich: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What could be read is in {0}</source>
        <translation>Was sich lesen ließ, steht in {0}</translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <location filename="../../warroom/ui/injects.py" line="+46"/>
        <source>EXERCISE — your briefing and injects</source>
        <translation>ÜBUNG — Ihr Briefing und Ihre Injects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXERCISE — injects to everyone</source>
        <translation>ÜBUNG — Injects an alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role&apos;s briefing</source>
        <translation>Briefing Ihrer Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Briefing: {0}</source>
        <translation>Briefing: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injects for the {0} are read only at the {0}&apos;s seats.</source>
        <translation>Injects für die Rolle {0} werden nur an deren Plätzen gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Material that came with the inject</source>
        <translation>Material, das mit dem Inject kam</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../../warroom/ui/join_room.py" line="+53"/>
        <source>Join a room</source>
        <translation>Einem Raum beitreten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room address</source>
        <translation>Adresse des Raums</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room password</source>
        <translation>Passwort des Raums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the system keyring; leave empty if already stored</source>
        <translation>im Schlüsselbund des Systems gespeichert; leer lassen, wenn bereits gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That is not a room address. It looks like {0}</source>
        <translation>Das ist keine Raumadresse. Es sieht aus wie {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A shared room lives on PostgreSQL (postgresql+psycopg://…).</source>
        <translation>Ein gemeinsamer Raum liegt auf PostgreSQL (postgresql+psycopg://…).</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/lead.py" line="+54"/>
        <location line="+11"/>
        <source>Business impact</source>
        <translation>Auswirkung auf das Geschäft</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>What the customer cannot do</source>
        <translation>Was der Kunde nicht tun kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is affected</source>
        <translation>Wer ist betroffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+264"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>How many are affected</source>
        <translation>Wie viele sind betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save impact</source>
        <translation>Auswirkung speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit the impact…</source>
        <translation>Auswirkung bearbeiten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot do</source>
        <translation>Kann nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New priority</source>
        <translation>Neue Priorität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the priority changes</source>
        <translation>Warum sich die Priorität ändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for the priority change</source>
        <translation>Grund für die Prioritätsänderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (for resolved: the summary)</source>
        <translation>Notiz (bei Behoben: die Zusammenfassung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status note</source>
        <translation>Statusnotiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority and status</source>
        <translation>Priorität und Status</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Escalate to whom?</source>
        <translation>An wen eskalieren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate to</source>
        <translation>Eskalieren an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis warnings</source>
        <translation>Warnungen zur Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing for the senior engineers…</source>
        <translation>Briefing für die erfahrenen Techniker…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard problem information, ready to hand over</source>
        <translation>Die Standard-Probleminformation, bereit zur Übergabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On-call state</source>
        <translation>Stand der Rufbereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer to page</source>
        <translation>Zu alarmierender Techniker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary or backup</source>
        <translation>Hauptverantwortlich oder Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary</source>
        <translation>Hauptverantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Alarmieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On call</source>
        <translation>Rufbereitschaft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role roster</source>
        <translation>Rollenbesetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role to hand over</source>
        <translation>Zu übergebende Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed over by</source>
        <translation>Übergeben von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken over by (name)</source>
        <translation>Übernommen von (Name)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken over by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover note</source>
        <translation>Übergabenotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No decisions yet. They fill from the scribe&apos;s log: an entry that starts with “d:” (or Ctrl+D at the scribe&apos;s seat) is a decision.</source>
        <translation>Noch keine Entscheidungen. Sie füllen sich aus der Mitschrift: Ein Eintrag, der mit „d:“ beginnt (oder Strg+D am Platz des Protokollführers), ist eine Entscheidung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No next steps yet. They fill from the scribe&apos;s log: an entry that starts with “a:” (or Ctrl+Shift+A) is an action.</source>
        <translation>Noch keine nächsten Schritte. Sie füllen sich aus der Mitschrift: Ein Eintrag, der mit „a:“ beginnt (oder Strg+Umschalt+A), ist eine Maßnahme.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} Updates every {1}.</source>
        <translation>{0} Alle {1} eine Statusmeldung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalates after {0}.</source>
        <translation>Nach {0} wird eskaliert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The customer cannot: {0}</source>
        <translation>Der Kunde kann nicht: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected: {0} — {1} people</source>
        <translation>Betroffen: {0} — {1} Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since: {0}</source>
        <translation>Seit: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services: {0}</source>
        <translation>Services: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Escalated at {0}.</source>
        <translation>Eskaliert um {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No escalation deadline at this priority.</source>
        <translation>Keine Eskalationsfrist bei dieser Priorität.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation is DUE (since {0}): brief the senior engineers now.</source>
        <translation>Eskalation ist FÄLLIG (seit {0}): Informieren Sie jetzt die erfahrenen Techniker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation due at {0}.</source>
        <translation>Eskalation fällig um {0}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody paged yet.</source>
        <translation>Noch niemand alarmiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} acknowledged at {1}.</source>
        <translation>{0} hat um {1} bestätigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reaction from {0} for {1}: page the backup now.</source>
        <translation>Keine Reaktion von {0} seit {1}: Alarmieren Sie jetzt das Backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paged {0} at {1}; waiting {2}.</source>
        <translation>{0} um {1} alarmiert; Wartezeit {2}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paged {0}.</source>
        <translation>{0} alarmiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Briefing for the senior engineers</source>
        <translation>Briefing für die erfahrenen Techniker</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Business impact saved.</source>
        <translation>Auswirkung auf das Geschäft gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priority is now {0}.</source>
        <translation>Die Priorität ist jetzt {0}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status is now {0}.</source>
        <translation>Der Status ist jetzt {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody holds that role yet; assign it instead.</source>
        <translation>Diese Rolle ist noch nicht besetzt; weisen Sie sie stattdessen zu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} handed over to {1}.</source>
        <translation>{0} an {1} übergeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated to {0}.</source>
        <translation>An {0} eskaliert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../warroom/ui/main_window.py" line="+81"/>
        <location line="+496"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Opening the record…</source>
        <translation>Der Datensatz wird geöffnet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Who is in the room</source>
        <translation>Wer im Raum ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries waiting to be sent</source>
        <translation>Einträge, die auf das Senden warten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Record: {0}  ·  this seat: {1}</source>
        <translation>Datensatz: {0}  ·  dieser Platz: {1}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>&amp;Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare an incident…</source>
        <translation>Störung &amp;ausrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo incident</source>
        <translation>&amp;Demo-Störung laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exercises (trainer console)…</source>
        <translation>Ü&amp;bungen (Trainerkonsole)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search every incident…</source>
        <translation>Alle Störungen &amp;durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a room…</source>
        <translation>Einem Raum &amp;beitreten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;catalogue…</source>
        <translation>Service&amp;katalog…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wall display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trends across incidents</source>
        <translation>&amp;Trends über alle Störungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark palette</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sound when an update is overdue</source>
        <translation>&amp;Ton, wenn eine Statusmeldung überfällig ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Blast radius…</source>
        <translation>&amp;Auswirkungsradius…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to the &amp;checklist</source>
        <translation>Zur &amp;Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tick the selected checklist item</source>
        <translation>Gewählten Checklistenpunkt ab&amp;haken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;hypothesis</source>
        <translation>&amp;Hypothese hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose an &amp;update</source>
        <translation>Statusmeldung &amp;verfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still &amp;working on it (holding update)</source>
        <translation>Wir &amp;arbeiten daran (Zwischenmeldung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the time&amp;line</source>
        <translation>Zeit&amp;leiste durchsuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warroom speaks {0} from the next start. Restart it to switch now.</source>
        <translation>warroom spricht ab dem nächsten Start {0}. Starten Sie es neu, um jetzt zu wechseln.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Incident #{0} cannot be opened: {1}</source>
        <translation>Störung #{0} kann nicht geöffnet werden: {1}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open an incident first: the blast radius is of its services.</source>
        <translation>Öffnen Sie zuerst eine Störung: Der Auswirkungsradius gilt ihren Services.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>Open an incident first.</source>
        <translation>Öffnen Sie zuerst eine Störung.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>UPDATE OVERDUE {0} · {1}</source>
        <translation>STATUSMELDUNG ÜBERFÄLLIG {0} · {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next update in {0} · {1}</source>
        <translation>Nächste Statusmeldung in {0} · {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the status update promised for {0} is overdue</source>
        <translation>die für {0} zugesagte Statusmeldung ist überfällig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the record: {0}. Retrying…</source>
        <translation>Der Datensatz ist nicht lesbar: {0}. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record is reachable again.</source>
        <translation>Der Datensatz ist wieder erreichbar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>In the room: {0}</source>
        <translation>Im Raum: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only you</source>
        <translation>nur Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  not heard from: {0}</source>
        <translation>  ·  keine Rückmeldung von: {0}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../warroom/ui/name_dialog.py" line="+20"/>
        <location line="+12"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your name as the record should show it</source>
        <translation>Ihr Name, wie der Datensatz ihn zeigen soll</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record names the person behind every entry. Your name is kept on this computer; change it under File ▸ Your name.</source>
        <translation>Der Datensatz nennt die Person hinter jedem Eintrag. Ihr Name wird auf diesem Computer gespeichert; ändern Sie ihn unter Datei ▸ Ihr Name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>OfflineEntries</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/offline.py" line="+125"/>
        <source>Offline since %1: %n entries waiting, sent when the record is back</source>
        <translation>
            <numerusform>Offline seit %1: %n Eintrag wartet und wird gesendet, sobald der Datensatz wieder da ist</numerusform>
            <numerusform>Offline seit %1: %n Einträge warten und werden gesendet, sobald der Datensatz wieder da ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="+12"/>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement for the plan</source>
        <translation>Verbesserung für den Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner of the improvement</source>
        <translation>Verantwortlich für die Verbesserung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date of the improvement</source>
        <translation>Fälligkeitsdatum der Verbesserung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objective the improvement serves</source>
        <translation>Ziel, dem die Verbesserung dient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
</context>
<context>
    <name>PostIncidentPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/postmortem.py" line="+53"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report, one file (*.html)</source>
        <translation>HTML-Bericht, eine Datei (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown report (*.md)</source>
        <translation>Markdown-Bericht (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete record, importable (*.json)</source>
        <translation>Vollständiger Datensatz, importierbar (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer roadmap (*.html)</source>
        <translation>Roadmap für den Kunden (*.html)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the report still lacks</source>
        <translation>Was dem Bericht noch fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>e.g. change, capacity</source>
        <translation>z. B. Change, Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root-cause category</source>
        <translation>Kategorie der Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was proven</source>
        <translation>Wie sie nachgewiesen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Other causes considered</source>
        <translation>Andere erwogene Ursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line:  cause — why it was rejected</source>
        <translation>Eine pro Zeile:  Ursache — warum sie verworfen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save root cause</source>
        <translation>Grundursache speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How proven</source>
        <translation>Wie nachgewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other systems</source>
        <translation>Andere Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of action</source>
        <translation>Art der Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other systems needing this fix? (or: none)</source>
        <translation>Andere Systeme, die diese Korrektur brauchen? (oder: keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other systems needing the same fix</source>
        <translation>Andere Systeme, die dieselbe Korrektur brauchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which other systems need the same fix? Comma-separated, or &apos;none&apos;.</source>
        <translation>Welche anderen Systeme brauchen dieselbe Korrektur? Durch Kommas getrennt, oder &apos;none&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the selected action</source>
        <translation>Status der gewählten Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export record (JSON)…</source>
        <translation>Datensatz exportieren (JSON)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer roadmap (HTML)…</source>
        <translation>Roadmap für den Kunden (HTML)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol, our requests and where we stand, written for the customer</source>
        <translation>Das Protokoll, unsere Anfragen und der aktuelle Stand, für den Kunden geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the report:</source>
        <translation>Sprache des Berichts:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before the report is final</source>
        <translation>Bevor der Bericht endgültig ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrective and preventive actions</source>
        <translation>Korrektur- und Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Still missing:</source>
        <translation>Es fehlt noch:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing missing: the report can be called final.</source>
        <translation>Nichts fehlt: Der Bericht kann als endgültig gelten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Root cause saved.</source>
        <translation>Grundursache gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Action added.</source>
        <translation>Maßnahme hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an action first.</source>
        <translation>Wählen Sie zuerst eine Maßnahme.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Exporting to {0}…</source>
        <translation>Export nach {0}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="-61"/>
        <source>Evaluator: the selected inject&apos;s response</source>
        <translation>Bewertung: die Reaktion auf den gewählten Inject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an inject with an expected response.</source>
        <translation>Wählen Sie einen Inject mit erwarteter Reaktion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no rating)</source>
        <translation>(keine Bewertung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override the outcome</source>
        <translation>Ergebnis überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the engine&apos;s outcome</source>
        <translation>Ergebnis der Auswertung behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you saw</source>
        <translation>Was Sie beobachtet haben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluator&apos;s notes</source>
        <translation>Notizen der Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record rating</source>
        <translation>Bewertung aufzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team&apos;s root cause is the true one</source>
        <translation>Die Grundursache des Teams ist die wahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…is not</source>
        <translation>…ist es nicht</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/requests.py" line="+33"/>
        <source>What we need: {0}
Why: {1}
What we will do with it: {2}
What comes next: {3}</source>
        <translation>Was wir brauchen: {0}
Warum: {1}
Was wir damit tun: {2}
Wie es weitergeht: {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: {0}</source>
        <translation>Antwort: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>What we need</source>
        <translation>Was wir brauchen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Requests to the customer</source>
        <translation>Anfragen an den Kunden</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Asked of</source>
        <translation>Angefragt bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why we need it</source>
        <translation>Warum wir es brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we will do with it</source>
        <translation>Was wir damit tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What comes next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer</source>
        <translation>Kunden fragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s answer to the selected request</source>
        <translation>Die Antwort des Kunden auf die gewählte Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to the selected request</source>
        <translation>Antwort auf die gewählte Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record answer</source>
        <translation>Antwort aufzeichnen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Request recorded.</source>
        <translation>Anfrage aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the request that was answered.</source>
        <translation>Wählen Sie die Anfrage, die beantwortet wurde.</translation>
    </message>
</context>
<context>
    <name>SameFixHint</name>
    <message>
        <location filename="../../warroom/ui/catalogue.py" line="+42"/>
        <source>Services that may need the same fix</source>
        <translation>Services, die womöglich dieselbe Korrektur brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to other systems</source>
        <translation>Zu anderen Systemen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add these services to the other systems of the action</source>
        <translation>Diese Services zu den anderen Systemen der Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The catalogue suggests: {0}</source>
        <translation>Der Katalog schlägt vor: {0}</translation>
    </message>
</context>
<context>
    <name>ScribePanel</name>
    <message>
        <location filename="../../warroom/ui/panels/scribe.py" line="+37"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New log entry</source>
        <translation>Neuer Eintrag in der Mitschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type and press Enter</source>
        <translation>Tippen und Enter drücken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with d: for a decision, a: for an action (next step), q: for a question. Decisions and next steps also show on the lead&apos;s panel.</source>
        <translation>Beginnen Sie mit d: für eine Entscheidung, a: für eine Maßnahme (nächster Schritt), q: für eine Frage. Entscheidungen und nächste Schritte erscheinen auch in der Ansicht der Leitung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: detected, now</source>
        <translation>Den Moment markieren: erkannt, jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: declared, now</source>
        <translation>Den Moment markieren: ausgerufen, jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: mitigated, now</source>
        <translation>Den Moment markieren: entschärft, jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: resolved, now</source>
        <translation>Den Moment markieren: behoben, jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}  [{1}]</source>
        <translation>{0}  [{1}]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log</source>
        <translation>Mitschrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key moments (one key each):</source>
        <translation>Schlüsselmomente (je eine Taste):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kept on this seat: the record is out of reach. It is sent when it is back.</source>
        <translation>Auf diesem Platz behalten: Der Datensatz ist nicht erreichbar. Der Eintrag wird gesendet, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marked: {0}</source>
        <translation>Markiert: {0}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../warroom/ui/search.py" line="+216"/>
        <source>Search every incident…  [Ctrl+Shift+F]</source>
        <translation>Alle Störungen durchsuchen…  [Strg+Umschalt+F]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every incident</source>
        <translation>Alle Störungen durchsuchen</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-158"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> [exercise]</source>
        <translation> [Übung]</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location line="+52"/>
        <source>Search every incident</source>
        <translation>Alle Störungen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words, an error message, a service: every character is searched as text</source>
        <translation>Wörter, eine Fehlermeldung, ein Service: Jedes Zeichen wird als Text gesucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;exercises</source>
        <translation>Übungen &amp;einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open at this event  [Enter]</source>
        <translation>Bei diesem Ereignis &amp;öffnen  [Enter]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type what to look for, then Enter.</source>
        <translation>Geben Sie ein, wonach Sie suchen, dann Enter.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n found, best first.</source>
        <translation>
            <numerusform>%n Treffer, die besten zuerst.</numerusform>
            <numerusform>%n Treffer, die besten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <location filename="../../warroom/ui/panels/common.py" line="-211"/>
        <source>The record is out of reach, so this was not saved; what you typed is still here. Try again when the record is back.</source>
        <translation>Der Datensatz ist nicht erreichbar, daher wurde dies nicht gespeichert; Ihre Eingabe ist noch da. Versuchen Sie es erneut, wenn der Datensatz wieder da ist.</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../warroom/ui/seat_dialog.py" line="+31"/>
        <source>Take a seat</source>
        <translation>Platz nehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joining: {0}</source>
        <translation>Beitritt zu: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs the room: impact, priority, roles, escalation</source>
        <translation>leitet den Raum: Auswirkung, Priorität, Rollen, Eskalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finds the cause: protocol, hypotheses, fix attempts</source>
        <translation>findet die Ursache: Protokoll, Hypothesen, Korrekturversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps customers and management informed on time</source>
        <translation>hält Kunden und Management rechtzeitig auf dem Laufenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps the record: every fact, decision and action</source>
        <translation>führt den Datensatz: jede Tatsache, Entscheidung und Maßnahme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;{0} {1} — {2}</source>
        <translation>&amp;{0} {1} — {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (now: {0})</source>
        <translation>  (jetzt: {0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the seat</source>
        <translation>Platz nehmen</translation>
    </message>
</context>
<context>
    <name>SeenBefore</name>
    <message>
        <location filename="../../warroom/ui/seen_before.py" line="+55"/>
        <source>Root cause: {0}</source>
        <translation>Grundursache: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proven by: {0}</source>
        <translation>Nachgewiesen durch: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What fixed it: {0}</source>
        <translation>Was geholfen hat: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matched: {0}</source>
        <translation>Treffer: {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Past incident</source>
        <translation>Frühere Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same services</source>
        <translation>Gleiche Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proven root cause</source>
        <translation>Nachgewiesene Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fixed it</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Seen this before?</source>
        <translation>Schon gesehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include exercises</source>
        <translation>Übungen einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as this → evidence for the selected hypothesis</source>
        <translation>Wie diese → Beleg für die gewählte Hypothese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Seen this before? %n past incident(s) look like this one</source>
        <translation>
            <numerusform>Schon gesehen? %n ähnliche frühere Störung</numerusform>
            <numerusform>Schon gesehen? %n ähnliche frühere Störungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seen this before? Nothing like this in past incidents yet</source>
        <translation>Schon gesehen? Noch nichts Ähnliches in früheren Störungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select the hypothesis this past incident supports first.</source>
        <translation>Wählen Sie zuerst die Hypothese, die diese frühere Störung stützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded: same as #{0}.</source>
        <translation>Aufgezeichnet: wie #{0}.</translation>
    </message>
</context>
<context>
    <name>SpecificationEditor</name>
    <message>
        <location filename="../../warroom/ui/panels/specification.py" line="+25"/>
        <source>What object, what defect?</source>
        <translation>Welches Objekt, welcher Fehler?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: sites, systems, networks?</source>
        <translation>Wo: Standorte, Systeme, Netze?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When first, when since, how often?</source>
        <translation>Wann zuerst, seit wann, wie oft?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many, how big, getting worse?</source>
        <translation>Anzahl, Umfang, Tendenz?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTENT</source>
        <translation>AUSMASS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IS</source>
        <translation>IST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IS NOT</source>
        <translation>IST NICHT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distinction</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the {0} line</source>
        <translation>Zeile {0} speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write what IS affected next to what could be but IS NOT. A true cause explains every line; the distinctions and changes point to it.</source>
        <translation>Schreiben Sie, was betroffen IST, neben das, was es sein könnte, aber NICHT IST. Eine wahre Ursache erklärt jede Zeile; die Unterschiede und Veränderungen weisen auf sie hin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem specification</source>
        <translation>Problemspezifikation</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{0} saved.</source>
        <translation>{0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../warroom/ui/start_screen.py" line="+29"/>
        <location line="+5"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Active incidents first, most severe on top; then recent ones.</source>
        <translation>Aktive Störungen zuerst, die schwersten oben; dann die letzten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No incidents yet. Declare one when something breaks, or load the demo incident to look around.</source>
        <translation>Noch keine Störungen. Rufen Sie eine aus, wenn etwas ausfällt, oder laden Sie die Demo-Störung, um sich umzusehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare an incident…  [Ctrl+N]</source>
        <translation>Störung ausrufen…  [Strg+N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open  [Enter]</source>
        <translation>Öffnen  [Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo incident</source>
        <translation>Demo-Störung laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A realistic sample, live and mid-diagnosis: an ERP outage that stops a production line (marked as an exercise)</source>
        <translation>Ein realistisches Beispiel, live und mitten in der Diagnose: ein ERP-Ausfall, der eine Fertigungslinie stoppt (als Übung markiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises…</source>
        <translation>Übungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearse a major incident: the trainer console with training scenarios</source>
        <translation>Eine schwere Störung proben: die Trainerkonsole mit Trainingsszenarien</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../warroom/ui/text_dialog.py" line="+33"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../warroom/ui/timeline_model.py" line="+96"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../warroom/ui/timeline_view.py" line="+67"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scribe entries</source>
        <translation>Mitschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status updates</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key moments</source>
        <translation>Schlüsselmomente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show events of kind</source>
        <translation>Ereignisse dieser Art zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show events of role</source>
        <translation>Ereignisse dieser Rolle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest event in view</source>
        <translation>Das neueste Ereignis im Blick behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="-101"/>
        <source>posts an update</source>
        <translation>sendet eine Statusmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records it in the log</source>
        <translation>hält es in der Mitschrift fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records a hypothesis</source>
        <translation>hält eine Hypothese fest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records a fix attempt</source>
        <translation>hält einen Korrekturversuch fest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sends an information request</source>
        <translation>sendet eine Informationsanfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticks the checklist</source>
        <translation>hakt die Checkliste ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalates</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages the on-call engineer</source>
        <translation>alarmiert den Techniker in Rufbereitschaft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes the status</source>
        <translation>ändert den Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes the priority</source>
        <translation>ändert die Priorität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hands the role over</source>
        <translation>übergibt die Rolle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../../warroom/ui/trainer.py" line="+71"/>
        <source>warroom — trainer console</source>
        <translation>warroom — Trainerkonsole</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EXERCISE — trainer console (the players never see this)</source>
        <translation>ÜBUNG — Trainerkonsole (die Teilnehmenden sehen sie nie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a scenario file…</source>
        <translation>Szenariodatei öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running exercises</source>
        <translation>Laufende Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reattach</source>
        <translation>Wieder verbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed of simulated time</source>
        <translation>Geschwindigkeit der simulierten Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the exercise</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <location line="+88"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+729"/>
        <source>End the exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <location line="-727"/>
        <source>Role of the player&apos;s seat</source>
        <translation>Rolle am Platz des Teilnehmers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player&apos;s name</source>
        <translation>Name des Teilnehmers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a player&apos;s seat</source>
        <translation>Platz für einen Teilnehmer öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team&apos;s response</source>
        <translation>Die Reaktion des Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario injects</source>
        <translation>Injects des Szenarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold / release</source>
        <translation>Zurückhalten / freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to it</source>
        <translation>Dorthin springen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time of the inject, minutes from start</source>
        <translation>Neue Zeit des Injects, Minuten ab Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retime</source>
        <translation>Neu terminieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>After-action PDF…</source>
        <translation>Nachbesprechung als PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement plan CSV…</source>
        <translation>Verbesserungsplan als CSV…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Injects and the team&apos;s responses</source>
        <translation>Injects und die Reaktionen des Teams</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trainer&apos;s forms</source>
        <translation>Formulare des Trainers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad-hoc inject</source>
        <translation>Ad-hoc-Inject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot wash</source>
        <translation>Hot Wash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenarios (*.toml)</source>
        <translation>Szenarien (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n response window(s) too short to answer at {0:g}× — run at {1}× or slower, or widen expect.within</source>
        <translation>
            <numerusform>%n Reaktionsfenster ist bei {0:g}× zu kurz, um zu reagieren — mit {1}× oder langsamer spielen oder expect.within verlängern</numerusform>
            <numerusform>%n Reaktionsfenster sind bei {0:g}× zu kurz, um zu reagieren — mit {1}× oder langsamer spielen oder expect.within verlängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other warning(s): warroom exercise check shows them</source>
        <translation>
            <numerusform>%n weitere Warnung: warroom exercise check zeigt sie</numerusform>
            <numerusform>%n weitere Warnungen: warroom exercise check zeigt sie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+45"/>
        <location line="+40"/>
        <location line="+74"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Exercise #{0} started. Players open it from the incident list.</source>
        <translation>Übung #{0} gestartet. Die Teilnehmenden öffnen sie in der Störungsliste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reattached to exercise #{0}.</source>
        <translation>Wieder mit Übung #{0} verbunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exercise has ended. Time for the hot wash.</source>
        <translation>Die Übung ist beendet. Zeit für den Hot Wash.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the player&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Teilnehmers an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ENDED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running at {0:g}×</source>
        <translation>läuft mit {0:g}×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — scenario time is over</source>
        <translation> — die Szenariozeit ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T+{0} of {1} · {2} · story time {3:%H:%M:%S} {4}{5}</source>
        <translation>T+{0} von {1} · {2} · Szenariozeit {3:%H:%M:%S} {4}{5}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected responses: {0} on time, {1} late, {2} missed, {3} open{4} · overall {5}</source>
        <translation>Erwartete Reaktionen: {0} rechtzeitig, {1} verspätet, {2} verpasst, {3} offen{4} · insgesamt {5}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status {0}</source>
        <translation>Status {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}, within {2} min</source>
        <translation>{0} {1}, innerhalb von {2} min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ({1} ahead)</source>
        <translation>{0} ({1} voraus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>noted</source>
        <translation>notiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Inject {0} expects no response.</source>
        <translation>Inject {0} erwartet keine Reaktion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inject {0} — expected: {1}</source>
        <translation>Inject {0} — erwartet: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an inject in the list first.</source>
        <translation>Wählen Sie zuerst einen Inject in der Liste.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Inject {0} skipped.</source>
        <translation>Inject {0} übersprungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Released.</source>
        <translation>Freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held until you release it.</source>
        <translation>Zurückgehalten, bis Sie ihn freigeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The story jumped to +{0}.</source>
        <translation>Die Handlung sprang auf +{0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inject {0} now comes at +{1}.</source>
        <translation>Inject {0} kommt jetzt bei +{1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the exercise first.</source>
        <translation>Starten Sie zuerst die Übung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inject sent.</source>
        <translation>Inject gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an inject with an expected response first.</source>
        <translation>Wählen Sie zuerst einen Inject mit erwarteter Reaktion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating recorded.</source>
        <translation>Bewertung aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your judgement of the root cause is recorded.</source>
        <translation>Ihr Urteil über die Grundursache ist aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write what at least one role said.</source>
        <translation>Schreiben Sie, was mindestens eine Rolle gesagt hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hot wash recorded.</source>
        <translation>Hot Wash aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no objective)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to the improvement plan.</source>
        <translation>Zum Verbesserungsplan hinzugefügt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>After-action report</source>
        <translation>Nachbesprechungsbericht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The exercise is still running</source>
        <translation>Die Übung läuft noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise #{0} is running. What should happen to it?</source>
        <translation>Übung #{0} läuft. Was soll mit ihr geschehen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running: this console hides and goes on delivering injects. Pause: simulated time stops until a console reattaches and resumes. End: the exercise is over.</source>
        <translation>Weiterlaufen: Diese Konsole wird ausgeblendet und liefert weiter Injects. Pausieren: Die simulierte Zeit steht, bis eine Konsole sich wieder verbindet und fortsetzt. Beenden: Die Übung ist vorbei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and close</source>
        <translation>Pausieren und schließen</translation>
    </message>
</context>
<context>
    <name>WaitingForRecord</name>
    <message>
        <location filename="../../warroom/ui/writing.py" line="+48"/>
        <source>Saving</source>
        <extracomment>How long the UI thread waits before it says so (a usual write takes a few ms; a slow disk may take a few hundred, and a message flashing up for that would only startle).</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving… waiting for the record.
Another seat may be writing, or the network is slow. Nothing you typed is lost; this ends by itself.</source>
        <translation>Speichern… warte auf die Mitschrift.
Ein anderer Platz schreibt gerade, oder das Netz ist langsam. Nichts von Ihrer Eingabe geht verloren; dies endet von selbst.</translation>
    </message>
</context>
<context>
    <name>WallDisplay</name>
    <message>
        <location filename="../../warroom/ui/wall.py" line="+45"/>
        <source>Wall display</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time since the incident started</source>
        <translation>Zeit seit Beginn der Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation deadline</source>
        <translation>Eskalationsfrist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The customer cannot</source>
        <translation>Der Kunde kann nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leading hypothesis</source>
        <translation>Führende Hypothese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../warroom/ui/words.py" line="+36"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Ursache identifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigating</source>
        <translation>Sofortmaßnahme läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Unter Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+62"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>performed</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some challenges</source>
        <translation>einige Schwierigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major challenges</source>
        <translation>große Schwierigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unable to perform</source>
        <translation>nicht erfüllbar</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>testing</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>worked</source>
        <translation>hat geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrective</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preventive</source>
        <translation>Vorbeugemaßnahme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared</source>
        <translation>ausgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first update</source>
        <translation>erste Statusmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mitigated</source>
        <translation>entschärft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executives</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <location filename="../../warroom/ui/work.py" line="+54"/>
        <source>the work stopped unexpectedly</source>
        <translation>die Arbeit wurde unerwartet abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the details are in {0}</source>
        <translation>die Einzelheiten stehen in {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>try again</source>
        <translation>versuchen Sie es erneut</translation>
    </message>
</context>
</TS>
