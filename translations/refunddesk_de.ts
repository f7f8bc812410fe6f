<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ReceiptCode</name>
    <message>
        <location filename="../core/scan/ReceiptCode.cpp" line="+159"/>
        <source>%1 transaction %2</source>
        <translation>%1, Transaktion %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reference %2</source>
        <translation>%1, Referenz %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refund %2</source>
        <translation>%1, Erstattung %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was read.</source>
        <translation>Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a receipt RefundDesk knows.</source>
        <translation>Kein Beleg, den RefundDesk kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a receipt RefundDesk knows: %1</source>
        <translation>Kein Beleg, den RefundDesk kennt: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>it is too long.</source>
        <translation>Der Code ist zu lang.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the RefundDesk code is damaged.</source>
        <translation>Der RefundDesk-Code ist beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the RefundDesk code names no gateway RefundDesk knows.</source>
        <translation>Der RefundDesk-Code nennt kein Gateway, das RefundDesk kennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transaction id does not fit %1.</source>
        <translation>Die Transaktions-ID passt nicht zu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the RefundDesk refund code names no refund.</source>
        <translation>Der RefundDesk-Erstattungscode nennt keine Erstattung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the RefundDesk code names no sale.</source>
        <translation>Der RefundDesk-Code nennt keinen Verkauf.</translation>
    </message>
</context>
<context>
    <name>ReceiptFileReader</name>
    <message>
        <location filename="../core/scan/ReceiptFileReader.cpp" line="+47"/>
        <source>No such file.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The picture is too large.</source>
        <translation>Das Bild ist zu groß.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a picture or PDF file RefundDesk can read (%1).</source>
        <translation>Kein Bild und keine PDF-Datei, die RefundDesk lesen kann (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No barcode found in the picture.</source>
        <translation>Im Bild wurde kein Barcode gefunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF file cannot be opened.</source>
        <translation>Die PDF-Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No barcode found on the PDF&apos;s pages.</source>
        <translation>Auf den Seiten der PDF-Datei wurde kein Barcode gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF file has no pages.</source>
        <translation>Die PDF-Datei hat keine Seiten.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditChain</name>
    <message>
        <location filename="../core/ledger/AuditChain.cpp" line="+34"/>
        <source>Audit row %1 follows row %2: the rows between them were removed.</source>
        <translation>Audit-Zeile %1 folgt auf Zeile %2: Die Zeilen dazwischen wurden entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not link to the row before it: rows were removed or replaced.</source>
        <translation>Audit-Zeile %1 ist nicht mit der Zeile davor verknüpft: Zeilen wurden entfernt oder ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not match its hash: it was changed after it was written, or the installation key is not the one it was written with.</source>
        <translation>Audit-Zeile %1 passt nicht zu ihrem Hash: Sie wurde nach dem Schreiben geändert, oder der Installationsschlüssel ist nicht derjenige, mit dem sie geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditCommand</name>
    <message>
        <location filename="../app/refundctl/AuditCommand.cpp" line="+13"/>
        <source>Checks the audit chain.</source>
        <translation>Prüft die Audit-Kette.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with the audit chain.</source>
        <translation>Was mit der Audit-Kette geschehen soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: refundctl audit verify [--json]</source>
        <translation>Aufruf: refundctl audit verify [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit chain is intact: %1 rows.</source>
        <translation>Die Audit-Kette ist intakt: %1 Zeilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit row %1 does not match: %2</source>
        <translation>Audit-Zeile %1 stimmt nicht: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditKey</name>
    <message>
        <location filename="../core/engine/AuditKey.cpp" line="+24"/>
        <source>The audit key ([ledger] audit_key, %1) cannot be read: %2</source>
        <translation>Der Audit-Schlüssel ([ledger] audit_key, %1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set [ledger] audit_key: a database server has no folder to keep the audit key in.</source>
        <translation>Setzen Sie [ledger] audit_key: Ein Datenbankserver hat keinen Ordner, in dem der Audit-Schlüssel liegen könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit key file %1 cannot be read: %2</source>
        <translation>Die Audit-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit key file %1 is empty.</source>
        <translation>Die Audit-Schlüsseldatei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit key file %1 cannot be created: %2</source>
        <translation>Die Audit-Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit key file %1 cannot be written: %2</source>
        <translation>Die Audit-Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditTableModel</name>
    <message>
        <location filename="../ui/AuditTableModel.cpp" line="+159"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditTrailPanel</name>
    <message>
        <location filename="../ui/AuditTrailPanel.cpp" line="+23"/>
        <source>&amp;Verify chain</source>
        <translation>Kette prü&amp;fen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify the audit chain</source>
        <translation>Audit-Kette prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit chain check</source>
        <translation>Prüfung der Audit-Kette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check stopped; the chain was not judged.</source>
        <translation>Prüfung angehalten; die Kette wurde nicht bewertet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in the audit trail</source>
        <translation>
            <numerusform>%n Zeile im Audit-Protokoll</numerusform>
            <numerusform>%n Zeilen im Audit-Protokoll</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking every row&apos;s hash…</source>
        <translation>Hash jeder Zeile wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain cannot be checked: %1</source>
        <translation>Die Kette kann nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The chain is intact: all %n row(s) match their hashes.</source>
        <translation>
            <numerusform>Die Kette ist intakt: Die %n Zeile passt zu ihrem Hash.</numerusform>
            <numerusform>Die Kette ist intakt: Alle %n Zeilen passen zu ihren Hashes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chain is broken at row %1: %2 Rows before it match; keep a copy of the ledger and tell whoever looks after RefundDesk.</source>
        <translation>Die Kette ist bei Zeile %1 unterbrochen: %2 Die Zeilen davor stimmen; bewahren Sie eine Kopie des Journals auf, und informieren Sie die für RefundDesk zuständige Person.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::BackOfficePage</name>
    <message>
        <location filename="../ui/BackOfficePage.cpp" line="+25"/>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refunds</source>
        <translation>&amp;Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Needs re&amp;view</source>
        <translation>&amp;Prüfung erforderlich</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Audit trail</source>
        <translation>A&amp;udit-Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reco&amp;nciliation</source>
        <translation>Abgleic&amp;h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs re&amp;view (%1)</source>
        <translation>&amp;Prüfung erforderlich (%1)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::BusyPanel</name>
    <message>
        <location filename="../ui/BusyPanel.cpp" line="+20"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ConfigFileEditor</name>
    <message>
        <location filename="../ui/ConfigFileEditor.cpp" line="+52"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CounterPage</name>
    <message>
        <location filename="../ui/CounterPage.cpp" line="+42"/>
        <source>%1 reference %2</source>
        <translation>%1, Referenz %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 transaction %2</source>
        <translation>%1, Transaktion %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>Find the sale</source>
        <translation>Verkauf suchen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Scan the receipt, or type its transaction number, reference, PayNet checkout id or SecPaid pay id, and press Enter.</source>
        <translation>Scannen Sie den Beleg, oder geben Sie Transaktionsnummer, Referenz, PayNet-Checkout-ID oder SecPaid-Pay-ID ein, und drücken Sie Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 297553638300708562, POS-PK-1001 or 12345</source>
        <translation>z. B. 297553638300708562, POS-PK-1001 oder 12345</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scan receipt…</source>
        <translation>Beleg s&amp;cannen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the receipt with the camera or from a file</source>
        <translation>Beleg mit der Kamera oder aus einer Datei scannen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lookup result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>← Back (Esc)</source>
        <translation>← Zurück (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the search</source>
        <translation>Zurück zur Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the &amp;gateway again</source>
        <translation>&amp;Gateway erneut fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the gateway about this sale again</source>
        <translation>Das Gateway erneut zu diesem Verkauf fragen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refund problem</source>
        <translation>Problem bei der Erstattung</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Type or scan the receipt&apos;s number first.</source>
        <translation>Geben Sie zuerst die Belegnummer ein, oder scannen Sie sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Type the transaction number, reference, PayNet checkout id or SecPaid pay id printed on the receipt.</source>
        <translation>%1 Geben Sie die Transaktionsnummer, Referenz, PayNet-Checkout-ID oder SecPaid-Pay-ID ein, die auf dem Beleg steht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No sale %1 was found, in the ledger or at %2. Check the number on the receipt.</source>
        <translation>Kein Verkauf %1 gefunden, weder im Journal noch bei %2. Prüfen Sie die Nummer auf dem Beleg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 Try again in %2 seconds.</source>
        <translation>%1 Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped looking. Nothing was changed.</source>
        <translation>Suche angehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking %1 about this sale…</source>
        <translation>%1 wird zu diesem Verkauf gefragt…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the refund to %1…</source>
        <translation>Erstattung wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t wait</source>
        <translation>Nicht warten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The refund goes on without you: nothing is sent twice, and Back office shows how it ends.</source>
        <translation>Die Erstattung läuft ohne Sie weiter: Nichts wird doppelt gesendet, und das Backoffice zeigt, wie sie ausgeht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund of %1 for %2: %3</source>
        <translation>Erstattung über %1 für %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refund was not made: %1</source>
        <translation>Eine Erstattung wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was sent: %1 Try again; if it keeps happening, tell the person who looks after RefundDesk.</source>
        <translation>Es wurde nichts gesendet: %1 Versuchen Sie es erneut; passiert das wiederholt, informieren Sie die für RefundDesk zuständige Person.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CredentialStore</name>
    <message>
        <location filename="../ui/CredentialStore.cpp" line="+23"/>
        <source>RefundDesk cannot reach a system keychain on this computer (%1). RefundDesk does not write credentials to disk: write env:NAME or file:PATH for them in the configuration file instead, or use a desktop session with a keychain.</source>
        <translation>RefundDesk erreicht auf diesem Computer keinen System-Schlüsselbund (%1). RefundDesk schreibt keine Zugangsdaten auf die Festplatte: Tragen Sie stattdessen env:NAME oder file:PATH in der Konfigurationsdatei ein, oder verwenden Sie eine Desktop-Sitzung mit Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds no such credential.</source>
        <translation>Der Schlüsselbund enthält diese Zugangsdaten nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1). Try again; if it keeps failing, write env:NAME or file:PATH in the configuration file instead.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1). Versuchen Sie es erneut; schlägt er weiterhin fehl, tragen Sie stattdessen env:NAME oder file:PATH in der Konfigurationsdatei ein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pockyt&apos;s API token</source>
        <translation>Das API-Token von Pockyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3&apos;s API key</source>
        <translation>Der API-Schlüssel von PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid&apos;s token</source>
        <translation>Das Token von SecPaid</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be read from the keychain: %2 Enter it again under Settings, Gateways.</source>
        <translation>%1 kann nicht aus dem Schlüsselbund gelesen werden: %2 Geben Sie den Wert unter Einstellungen › Gateways erneut ein.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CsvReader</name>
    <message>
        <location filename="../core/reconcile/CsvReader.cpp" line="+62"/>
        <source>text after a closing quote; a quote inside a field must be doubled</source>
        <translation>Text nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Feldes muss verdoppelt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote inside a field that does not start with one; quote the whole field</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quoted field is never closed; the rest of the file is part of it</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen; der Rest der Datei gehört dazu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the line is not UTF-8 text</source>
        <translation>die Zeile ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CtlMain</name>
    <message>
        <location filename="../app/refundctl/main.cpp" line="+70"/>
        <source>RefundDesk on the command line: look up sales, refund them and follow refunds to their final state.

Commands (each has --help; --json for machine output; --config FILE or REFUNDDESK_CONFIG):
  lookup --gateway G (--transaction ID | --reference REF) [--refresh]
  refund --gateway G (--transaction ID | --reference REF) [--amount DECIMAL] [--reason TEXT] [--actor NAME]
  status REFUND_ID
  list [--status S] [--since DATE] [--format text|json|csv]
  sync
  review REFUND_ID --resolve succeeded|failed --note TEXT [--actor NAME]
  serve
  audit verify
  reconcile --gateway G FILE.csv [--export OUT.csv] [--resolve --actor NAME]
  user add NAME --role ROLE [--display-name TEXT] &lt; PIN | user list
  receipt REFUND_ID [...]
  scan FILE...

Gateways: pockyt, pwv3, secpaid, paynet.
Language: --language en|de|ms|zh_CN with any command (default: LANGUAGE, LC_MESSAGES or LANG).
Exit codes: 0 done; 1 refused, failed, rejected or not found; 2 bad arguments or configuration; 3 outcome not known yet (needs review) or a gateway or the ledger could not be asked.</source>
        <translation>RefundDesk auf der Kommandozeile: Verkäufe suchen, erstatten und Erstattungen bis zu ihrem Endzustand verfolgen.

Befehle (jeder hat --help; --json für maschinenlesbare Ausgabe; --config FILE oder REFUNDDESK_CONFIG):
  lookup --gateway G (--transaction ID | --reference REF) [--refresh]
  refund --gateway G (--transaction ID | --reference REF) [--amount DECIMAL] [--reason TEXT] [--actor NAME]
  status REFUND_ID
  list [--status S] [--since DATE] [--format text|json|csv]
  sync
  review REFUND_ID --resolve succeeded|failed --note TEXT [--actor NAME]
  serve
  audit verify
  reconcile --gateway G FILE.csv [--export OUT.csv] [--resolve --actor NAME]
  user add NAME --role ROLE [--display-name TEXT] &lt; PIN | user list
  receipt REFUND_ID [...]
  scan FILE...

Gateways: pockyt, pwv3, secpaid, paynet.
Sprache: --language en|de|ms|zh_CN mit jedem Befehl (Standard: LANGUAGE, LC_MESSAGES oder LANG).
Exit-Codes: 0 erledigt; 1 verweigert, fehlgeschlagen, abgelehnt oder nicht gefunden; 2 ungültige Argumente oder Konfiguration; 3 Ergebnis noch nicht bekannt (Prüfung erforderlich) oder ein Gateway bzw. das Journal konnte nicht befragt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &apos;%1&apos;; see refundctl --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe refundctl --help.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CtlSession</name>
    <message>
        <location filename="../app/refundctl/CtlSession.cpp" line="+14"/>
        <source>The configuration file (default: $REFUNDDESK_CONFIG).</source>
        <translation>Die Konfigurationsdatei (Standard: $REFUNDDESK_CONFIG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine output: JSON on stdout.</source>
        <translation>Maschinenlesbare Ausgabe: JSON auf stdout.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No configuration: pass --config FILE or set REFUNDDESK_CONFIG.</source>
        <translation>Keine Konfiguration: Übergeben Sie --config FILE, oder setzen Sie REFUNDDESK_CONFIG.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DemoEnvironment</name>
    <message>
        <location filename="../ui/DemoEnvironment.cpp" line="+29"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Casey Clerk</source>
        <translation>Kim Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morgan Manager</source>
        <translation>Max Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo Backoffice</source>
        <translation>Bo Backoffice</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot create the demo folder: %1</source>
        <translation>Der Demo-Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating the demo PayNet merchant key…</source>
        <translation>Demo-Händlerschlüssel für PayNet wird erzeugt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot generate the demo PayNet key.</source>
        <translation>Der Demo-Schlüssel für PayNet kann nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the gateway sandbox…</source>
        <translation>Gateway-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s sample data is damaged: %1</source>
        <translation>Die Beispieldaten der Sandbox sind beschädigt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No free loopback port for the demo&apos;s webhook receiver.</source>
        <translation>Kein freier Loopback-Port für den Webhook-Empfänger der Demo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway sandbox cannot start: %1</source>
        <translation>Die Gateway-Sandbox kann nicht starten: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>RefundDesk Demo Store</source>
        <translation>RefundDesk Demo-Filiale</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Filling the demo ledger with the sandbox&apos;s sales…</source>
        <translation>Demo-Journal wird mit den Verkäufen der Sandbox gefüllt…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Adding the demo employees…</source>
        <translation>Demo-Mitarbeiter werden angelegt…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DeskLauncher</name>
    <message>
        <location filename="../ui/DeskLauncher.cpp" line="+55"/>
        <source>The demo cannot start: %1</source>
        <translation>Die Demo kann nicht starten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the demo…</source>
        <translation>Demo wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no configuration at %1 yet. Write one as docs/configuration.md describes (or name it with --config FILE or REFUNDDESK_CONFIG), then start RefundDesk again. To try RefundDesk without one, start it with --demo.</source>
        <translation>Unter %1 gibt es noch keine Konfiguration. Schreiben Sie eine, wie in docs/configuration.md beschrieben (oder geben Sie sie mit --config FILE oder REFUNDDESK_CONFIG an), und starten Sie RefundDesk dann erneut. Um RefundDesk ohne Konfiguration auszuprobieren, starten Sie es mit --demo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The configuration %1 has problems; fix them and start RefundDesk again:
%2</source>
        <translation>Die Konfiguration %1 enthält Fehler; beheben Sie sie, und starten Sie RefundDesk erneut:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the gateway credentials from the keychain…</source>
        <translation>Zugangsdaten der Gateways werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the ledger and starting the engine…</source>
        <translation>Journal wird geöffnet und Engine gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk cannot start: %1</source>
        <translation>RefundDesk kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DeskOptions</name>
    <message>
        <location filename="../app/refunddesk/main.cpp" line="+28"/>
        <source>Start with the gateway sandbox, sample sales and demo employees (clerk 1111, manager 2222, backoffice 3333).</source>
        <translation>Mit der Gateway-Sandbox, Beispielverkäufen und Demo-Mitarbeitern starten (clerk 1111, manager 2222, backoffice 3333).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration file (default: REFUNDDESK_CONFIG, else the per-user refunddesk.ini).</source>
        <translation>Die Konfigurationsdatei (Standard: REFUNDDESK_CONFIG, sonst die benutzereigene refunddesk.ini).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: walk through every screen, save a PNG of each into DIR and quit.</source>
        <translation>Mit --demo: alle Ansichten durchgehen, von jeder ein PNG in DIR speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system, light or dark (default: the one chosen in Settings).</source>
        <translation>system, light oder dark (Standard: die in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the texts: en, de, ms or zh_CN (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Die Sprache der Texte: en, de, ms oder zh_CN (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RefundDesk: refunds at the counter and in the back office.</source>
        <translation>RefundDesk: Erstattungen an der Kasse und im Backoffice.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--screenshot-tour needs --demo: it refunds sample sales.</source>
        <translation>--screenshot-tour erfordert --demo: Die Tour erstattet Beispielverkäufe.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EmailAddress</name>
    <message>
        <location filename="../core/receipts/EmailAddress.cpp" line="+24"/>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an email address: it needs one @ between a name and a domain.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht genau ein @ zwischen Name und Domain.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The part before the @ in &apos;%1&apos; has characters or dots an address cannot have.</source>
        <translation>Der Teil vor dem @ in „%1“ enthält Zeichen oder Punkte, die in einer Adresse nicht vorkommen dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid mail domain.</source>
        <translation>„%1“ ist keine gültige Mail-Domain.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EmployeesPanel</name>
    <message>
        <location filename="../ui/EmployeesPanel.cpp" line="+41"/>
        <source>There is no employee list.</source>
        <translation>Es gibt keine Mitarbeiterliste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Role of the new employee</source>
        <translation>Rolle des neuen Mitarbeiters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of the new employee</source>
        <translation>PIN des neuen Mitarbeiters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of the new employee, again</source>
        <translation>PIN des neuen Mitarbeiters, Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add employee</source>
        <translation>Mitarbeiter &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN for the selected employee</source>
        <translation>Neue PIN für den ausgewählten Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;PIN</source>
        <translation>&amp;PIN festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role for the selected employee</source>
        <translation>Neue Rolle für den ausgewählten Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;role</source>
        <translation>&amp;Rolle festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the selected employee&apos;s PIN</source>
        <translation>PIN des ausgewählten Mitarbeiters festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected employee&apos;s role</source>
        <translation>Rolle des ausgewählten Mitarbeiters festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate or reactivate the selected employee</source>
        <translation>Ausgewählten Mitarbeiter deaktivieren oder reaktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New employee</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name of the new employee</source>
        <translation>Benutzername des neuen Mitarbeiters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name of the new employee</source>
        <translation>Vollständiger Name des neuen Mitarbeiters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the new employee</source>
        <translation>Neuen Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>PIN wiederholen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The employee list cannot be read: %1</source>
        <translation>Die Mitarbeiterliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a user name without spaces.</source>
        <translation>Wählen Sie einen Benutzernamen ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ; enter the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>Pick the employee first.</source>
        <translation>Wählen Sie zuerst den Mitarbeiter aus.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Setting %1&apos;s PIN…</source>
        <translation>PIN von %1 wird festgelegt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s PIN was changed.</source>
        <translation>Die PIN von %1 wurde geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1&apos;s role…</source>
        <translation>Rolle von %1 wird geändert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>Sie können sich nicht selbst deaktivieren, während Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deactivating %1…</source>
        <translation>%1 wird deaktiviert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivating %1…</source>
        <translation>%1 wird reaktiviert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EscPosSender</name>
    <message>
        <location filename="../core/receipts/EscPosSender.cpp" line="+43"/>
        <source>Cannot open the serial port %1: %2</source>
        <translation>Die serielle Schnittstelle %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot set up the serial port %1: %2</source>
        <translation>Die serielle Schnittstelle %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer on %1 did not take the receipt: %2</source>
        <translation>Der Drucker an %1 hat den Beleg nicht angenommen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the printer device %1: %2</source>
        <translation>Das Druckergerät %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to the printer device %1: %2</source>
        <translation>Auf das Druckergerät %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The printer is still busy with the previous receipt.</source>
        <translation>Der Drucker ist noch mit dem vorherigen Beleg beschäftigt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot send the receipt to the printer at %1: %2</source>
        <translation>Der Beleg kann nicht an den Drucker unter %1 gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The printer at %1 did not answer within %2 seconds.</source>
        <translation>Der Drucker unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EscPosTarget</name>
    <message>
        <location filename="../core/receipts/EscPosTarget.cpp" line="+37"/>
        <source>No ESC/POS printer is configured ([printer] escpos).</source>
        <translation>Es ist kein ESC/POS-Drucker eingerichtet ([printer] escpos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is neither HOST:PORT nor a device path.</source>
        <translation>„%1“ ist weder HOST:PORT noch ein Gerätepfad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, like [::1]:9100.</source>
        <translation>„%1“: Schreiben Sie eine IPv6-Adresse in eckigen Klammern, etwa [::1]:9100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has no valid port number after the colon.</source>
        <translation>„%1“ hat nach dem Doppelpunkt keine gültige Portnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ExactJsonParser</name>
    <message>
        <location filename="../core/gateways/ExactJson.cpp" line="+135"/>
        <source>not JSON: the text is %1 bytes long, more than the limit of 1 MiB</source>
        <translation>kein JSON: Der Text ist %1 Byte lang und überschreitet die Grenze von 1 MiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not JSON: the text is empty</source>
        <translation>kein JSON: Der Text ist leer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not JSON: unexpected end at byte %1</source>
        <translation>kein JSON: unerwartetes Ende bei Byte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON: unexpected &apos;%1&apos; at byte %2</source>
        <translation>kein JSON: unerwartetes „%1“ bei Byte %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not JSON: unexpected byte 0x%1 at byte %2</source>
        <translation>kein JSON: unerwartetes Byte 0x%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not JSON: a lone low surrogate \u%1 at byte %2</source>
        <translation>kein JSON: einzelnes Low-Surrogate \u%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON: a high surrogate \u%1 without its low half at byte %2</source>
        <translation>kein JSON: High-Surrogate \u%1 ohne zugehörige untere Hälfte bei Byte %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON: \u%1 at byte %2 is not the low half of a surrogate pair</source>
        <translation>kein JSON: \u%1 bei Byte %2 ist nicht die untere Hälfte eines Surrogatpaars</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>not JSON: invalid UTF-8 at byte %1</source>
        <translation>kein JSON: ungültiges UTF-8 bei Byte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not JSON: unterminated string at byte %1</source>
        <translation>kein JSON: nicht abgeschlossene Zeichenkette bei Byte %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON: control character 0x%1 inside a string at byte %2</source>
        <translation>kein JSON: Steuerzeichen 0x%1 in einer Zeichenkette bei Byte %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not JSON: nested more than %1 levels deep at byte %2</source>
        <translation>kein JSON: mehr als %1 Ebenen tief verschachtelt bei Byte %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not JSON: duplicate key &quot;%1&quot; at byte %2</source>
        <translation>kein JSON: doppelter Schlüssel „%1“ bei Byte %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Gateway</name>
    <message>
        <location filename="../core/domain/GatewayId.cpp" line="+19"/>
        <source>Pockyt</source>
        <translation>Pockyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3</source>
        <translation>PW v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecPaid</source>
        <translation>SecPaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet DuitNow</source>
        <translation>PayNet DuitNow</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayCredential</name>
    <message>
        <location filename="../core/gateways/GatewayCredential.cpp" line="+9"/>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>%1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty.</source>
        <translation>der Wert ist leer.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayFactory</name>
    <message>
        <location filename="../core/engine/GatewayFactory.cpp" line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayHttpJob</name>
    <message>
        <location filename="../core/gateways/GatewayHttpJob.cpp" line="+75"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refund may or may not have gone through; RefundDesk will check with the gateway before doing anything else.</source>
        <translation>Ob die Erstattung ausgeführt wurde, ist unklar; RefundDesk fragt beim Gateway nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed by this request; try again in a moment.</source>
        <translation>Diese Anfrage hat nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The gateway sent RefundDesk to another address (HTTP %1%2). RefundDesk does not follow that for payment requests; check the gateway address in the settings.</source>
        <translation>Das Gateway hat RefundDesk an eine andere Adresse verwiesen (HTTP %1%2). Bei Zahlungsanfragen folgt RefundDesk solchen Weiterleitungen nicht; prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway refused RefundDesk&apos;s credentials (HTTP %1). Check the API key or certificate in the settings.</source>
        <translation>Das Gateway hat die Zugangsdaten von RefundDesk abgelehnt (HTTP %1). Prüfen Sie den API-Schlüssel oder das Zertifikat in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway does not know the address %1 (HTTP %2). Check the gateway address in the settings.</source>
        <translation>Das Gateway kennt die Adresse %1 nicht (HTTP %2). Prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway is receiving too many requests (HTTP %1). Try again in a minute.</source>
        <translation>Das Gateway erhält zu viele Anfragen (HTTP %1). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway reported an error of its own (HTTP %1). %2</source>
        <translation>Das Gateway hat einen eigenen Fehler gemeldet (HTTP %1). %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>Das Gateway hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway address %1 does not start with https://. RefundDesk only talks to payment gateways over an encrypted connection. Nothing was sent.</source>
        <translation>Die Gateway-Adresse %1 beginnt nicht mit https://. RefundDesk kommuniziert mit Zahlungs-Gateways nur über eine verschlüsselte Verbindung. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk could not reach the gateway&apos;s server %1 within %2. Nothing was sent.</source>
        <translation>RefundDesk konnte den Server %1 des Gateways nicht innerhalb von %2 erreichen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RefundDesk could not find the gateway&apos;s server %1. Check the internet connection and the gateway address. Nothing was sent.</source>
        <translation>RefundDesk konnte den Server %1 des Gateways nicht finden. Prüfen Sie die Internetverbindung und die Gateway-Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s server %1 refused the connection. Nothing was sent; try again later.</source>
        <translation>Der Server %1 des Gateways hat die Verbindung abgelehnt. Es wurde nichts gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s server %1 could not prove its identity (its TLS certificate was not accepted). Nothing was sent.</source>
        <translation>Der Server %1 des Gateways konnte seine Identität nicht nachweisen (sein TLS-Zertifikat wurde nicht akzeptiert). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RefundDesk could not reach the gateway through the network proxy. Nothing was sent.</source>
        <translation>RefundDesk konnte das Gateway nicht über den Netzwerk-Proxy erreichen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk could not reach the gateway&apos;s server %1 (%2). Nothing was sent.</source>
        <translation>RefundDesk konnte den Server %1 des Gateways nicht erreichen (%2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway did not answer within %1.</source>
        <translation>Das Gateway hat nicht innerhalb von %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled after it had been sent.</source>
        <translation>Die Anfrage wurde abgebrochen, nachdem sie gesendet worden war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s answer was too large to be read.</source>
        <translation>Die Antwort des Gateways war zu groß zum Lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway&apos;s answer was cut off (HTTP %1).</source>
        <translation>Die Antwort des Gateways wurde abgeschnitten (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the gateway broke before it answered.</source>
        <translation>Die Verbindung zum Gateway brach ab, bevor es antwortete.</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>The request was cancelled before it was sent.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayReport</name>
    <message>
        <location filename="../core/reconcile/GatewayReport.cpp" line="+53"/>
        <source>%1 is empty: a %2 report starts with a header line naming its columns.</source>
        <translation>%1 ist leer: Ein Bericht von %2 beginnt mit einer Kopfzeile, die seine Spalten benennt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header of %1 (line %2) cannot be read: %3. Nothing was imported.</source>
        <translation>Die Kopfzeile von %1 (Zeile %2) kann nicht gelesen werden: %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has two columns named %2; RefundDesk cannot tell which to read. Nothing was imported.</source>
        <translation>%1 hat zwei Spalten namens %2; RefundDesk kann nicht entscheiden, welche gelesen werden soll. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a %2 report as RefundDesk reads it: the column(s) %3 are missing (its header has %4). Nothing was imported.</source>
        <translation>%1 ist kein Bericht von %2, wie RefundDesk ihn liest: Es fehlen die Spalte(n) %3 (die Kopfzeile enthält %4). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has %1 field(s), the header has %2</source>
        <translation>sie hat %1 Feld(er), die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no refund id (%1 empty)</source>
        <translation>keine Erstattungs-ID (%1 leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is not a currency RefundDesk knows</source>
        <translation>%1 %2 ist keine Währung, die RefundDesk kennt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a refund amount is never negative</source>
        <translation>ein Erstattungsbetrag ist nie negativ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an amount in %1 is a whole number of minor units (cents), e.g. 1234</source>
        <translation>ein Betrag bei %1 ist eine ganze Zahl in der kleinsten Währungseinheit (Cent), z. B. 1234</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: a refund amount is more than zero</source>
        <translation>%1 %2: Ein Erstattungsbetrag ist größer als null</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is not a %3 refund status</source>
        <translation>%1 %2 ist kein Erstattungsstatus von %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is not a time in the %3 report&apos;s format</source>
        <translation>%1 %2 ist keine Zeitangabe im Format des Berichts von %3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::IniFile</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+63"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: a section header looks like [name]</source>
        <translation>Zeile %1: Ein Abschnittskopf sieht so aus: [name]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: expected key=value</source>
        <translation>Zeile %1: key=value erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: key=value before any [section]</source>
        <translation>Zeile %1: key=value vor dem ersten [Abschnitt]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the quoted value is not closed properly</source>
        <translation>Zeile %1: Der Wert in Anführungszeichen ist nicht korrekt abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: [%2] %3 is set twice</source>
        <translation>Zeile %1: [%2] %3 ist doppelt gesetzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Jwt</name>
    <message>
        <location filename="../core/gateways/paynet/Jwt.cpp" line="+116"/>
        <source>the key is not an RSA key (it is %1); PayNet needs RS256</source>
        <translation>der Schlüssel ist kein RSA-Schlüssel (sondern %1); PayNet verlangt RS256</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the RSA key has only %1 bits; at least %2 are needed</source>
        <translation>der RSA-Schlüssel hat nur %1 Bit; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>no key to check the JWT with</source>
        <translation>kein Schlüssel zum Prüfen des JWT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JWT: too long</source>
        <translation>kein JWT: zu lang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JWT: it needs three non-empty parts separated by dots</source>
        <translation>kein JWT: Es braucht drei nicht leere, durch Punkte getrennte Teile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a JWT: a part is not base64url</source>
        <translation>kein JWT: Ein Teil ist kein base64url</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JWT: the header is not a JSON object</source>
        <translation>kein JWT: Der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JWT is signed with algorithm &quot;%1&quot;; only RS256 is accepted</source>
        <translation>das JWT ist mit dem Algorithmus „%1“ signiert; nur RS256 wird akzeptiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT header demands extensions RefundDesk does not know (&quot;crit&quot;)</source>
        <translation>der JWT-Header verlangt Erweiterungen, die RefundDesk nicht kennt („crit“)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT&apos;s claims are not a JSON object</source>
        <translation>die Claims des JWT sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT&apos;s expiry (exp) is not a number</source>
        <translation>das Ablaufdatum (exp) des JWT ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LedgerFactory</name>
    <message>
        <location filename="../core/ledger/LedgerFactory.cpp" line="+22"/>
        <source>No ledger was given: [ledger] url is empty.</source>
        <translation>Es wurde kein Journal angegeben: [ledger] url ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger URL must start with sqlite: (a file, as in sqlite:/var/lib/refunddesk/ledger.db) or postgresql:// (a server).</source>
        <translation>Die Journal-URL muss mit sqlite: (eine Datei, etwa sqlite:/var/lib/refunddesk/ledger.db) oder postgresql:// (ein Server) beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger URL starts with &quot;%1:&quot;; RefundDesk opens sqlite: (a file) and postgresql:// (a server).</source>
        <translation>Die Journal-URL beginnt mit „%1:“; RefundDesk öffnet sqlite: (eine Datei) und postgresql:// (einen Server).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ListCommand</name>
    <message>
        <location filename="../app/refundctl/ListCommand.cpp" line="+15"/>
        <source>Lists the refunds in the ledger, newest first.</source>
        <translation>Listet die Erstattungen im Journal auf, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only refunds in these statuses (comma-separated): draft, submitting, pending, needs_review, succeeded, rejected, failed.</source>
        <translation>Nur Erstattungen mit diesen Status (durch Kommas getrennt): draft, submitting, pending, needs_review, succeeded, rejected, failed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only refunds created since DATE (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>Nur Erstattungen, die seit DATE (YYYY-MM-DD) oder einem ISO-8601-Zeitpunkt angelegt wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text (default), json or csv.</source>
        <translation>text (Standard), json oder csv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a refund status.</source>
        <translation>„%1“ ist kein Erstattungsstatus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--since &apos;%1&apos; is neither YYYY-MM-DD nor an ISO 8601 time.</source>
        <translation>--since „%1“ ist weder YYYY-MM-DD noch ein ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be text, json or csv.</source>
        <translation>--format muss text, json oder csv sein.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LookupCommand</name>
    <message>
        <location filename="../app/refundctl/LookupCommand.cpp" line="+14"/>
        <source>Shows a sale, what is left to refund and whether it can be refunded.</source>
        <translation>Zeigt einen Verkauf, was davon noch zu erstatten ist und ob er erstattet werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the gateway even when the ledger knows the sale.</source>
        <translation>Das Gateway auch dann fragen, wenn das Journal den Verkauf kennt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+30"/>
        <source>Se&amp;ttings…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk — DEMO</source>
        <translation>RefundDesk — DEMO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RefundDesk</source>
        <translation>RefundDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO — refunds go to the built-in gateway sandbox; no real money moves</source>
        <translation>DEMO — Erstattungen gehen an die integrierte Gateway-Sandbox; es fließt kein echtes Geld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · register %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Kasse %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counter</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back office</source>
        <translation>&amp;Backoffice</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wait until the refund has an answer, or press Don&apos;t wait, then sign out.</source>
        <translation>Warten Sie, bis die Erstattung eine Antwort hat, oder drücken Sie „Nicht warten“, und melden Sie sich dann ab.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A refund is on its way; RefundDesk follows it up at the next start.</source>
        <translation>Eine Erstattung ist unterwegs; RefundDesk verfolgt sie beim nächsten Start weiter.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Migrations</name>
    <message>
        <location filename="../core/ledger/Migrations.cpp" line="+154"/>
        <source>%1 is not a RefundDesk ledger: it cannot be read as a database (%2). It was left unchanged.</source>
        <translation>%1 ist kein RefundDesk-Journal: Es kann nicht als Datenbank gelesen werden (%2). Es wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is a database of another program, not a RefundDesk ledger. It was left unchanged; choose another ledger.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein RefundDesk-Journal. Sie wurde nicht verändert; wählen Sie ein anderes Journal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by a newer RefundDesk (schema %2, this program knows up to %3); upgrade RefundDesk. The ledger was left unchanged.</source>
        <translation>%1 wurde von einer neueren RefundDesk-Version geschrieben (Schema %2, dieses Programm kennt bis %3); aktualisieren Sie RefundDesk. Das Journal wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the ledger %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung des Journals %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Money</name>
    <message>
        <location filename="../core/money/Money.cpp" line="+159"/>
        <source>A space is not allowed inside an amount.</source>
        <translation>Ein Leerzeichen ist in einem Betrag nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not allowed in an amount; the decimal point is &apos;%2&apos;.</source>
        <translation>„%1“ ist in einem Betrag nicht erlaubt; das Dezimaltrennzeichen ist „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not allowed in an amount; type the number without a currency symbol.</source>
        <translation>„%1“ ist in einem Betrag nicht erlaubt; geben Sie die Zahl ohne Währungssymbol ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not allowed in an amount.</source>
        <translation>„%1“ ist in einem Betrag nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The thousands separator (a space) is in the wrong place; the decimal point is &apos;%1&apos;.</source>
        <translation>Das Tausendertrennzeichen (ein Leerzeichen) steht an der falschen Stelle; das Dezimaltrennzeichen ist „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The thousands separator &apos;%1&apos; is in the wrong place; the decimal point is &apos;%2&apos;.</source>
        <translation>Das Tausendertrennzeichen „%1“ steht an der falschen Stelle; das Dezimaltrennzeichen ist „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no decimal places.</source>
        <translation>%1 hat keine Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 decimal places; this amount has %3.</source>
        <translation>%1 hat %2 Nachkommastellen; dieser Betrag hat %3.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>Beträge in %1 und %2 können nicht addiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum is too large.</source>
        <translation>Die Summe ist zu groß.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An amount in %2 cannot be subtracted from %1.</source>
        <translation>Ein Betrag in %2 kann nicht von %1 abgezogen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The difference is too large.</source>
        <translation>Die Differenz ist zu groß.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount is too large to negate.</source>
        <translation>Der Betrag ist zu groß, um ihn zu negieren.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The decimal point &apos;%1&apos; appears more than once.</source>
        <translation>Das Dezimaltrennzeichen „%1“ kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scientific notation such as 1e3 is not accepted; type the amount in full.</source>
        <translation>Wissenschaftliche Schreibweise wie 1e3 wird nicht akzeptiert; geben Sie den Betrag vollständig ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the amount without a sign: refunds are always positive.</source>
        <translation>Geben Sie den Betrag ohne Vorzeichen ein: Erstattungen sind immer positiv.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter at least one digit.</source>
        <translation>Geben Sie mindestens eine Ziffer ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This amount is too large.</source>
        <translation>Dieser Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount text is empty.</source>
        <translation>Der Betragstext ist leer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The amount &quot;%1&quot; uses scientific notation.</source>
        <translation>Der Betrag „%1“ verwendet wissenschaftliche Schreibweise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount &quot;%1&quot; has a sign other than one leading &apos;-&apos;.</source>
        <translation>Der Betrag „%1“ hat ein anderes Vorzeichen als ein einzelnes führendes „-“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount &quot;%1&quot; has more than one &apos;.&apos;.</source>
        <translation>Der Betrag „%1“ enthält mehr als einen „.“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not allowed in the decimal amount &quot;%2&quot;.</source>
        <translation>„%1“ ist im Dezimalbetrag „%2“ nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount &quot;%1&quot; has no digits.</source>
        <translation>Der Betrag „%1“ enthält keine Ziffern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no decimal places; &quot;%2&quot; has a fraction.</source>
        <translation>%1 hat keine Nachkommastellen; „%2“ hat einen Nachkommaanteil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 decimal places; &quot;%3&quot; has more.</source>
        <translation>%1 hat %2 Nachkommastellen; „%3“ hat mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>Der Betrag „%1“ ist zu groß.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::NeedsReviewPanel</name>
    <message>
        <location filename="../ui/NeedsReviewPanel.cpp" line="+27"/>
        <source>&amp;Close the review</source>
        <translation>Prüfung ab&amp;schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These refunds have no certain outcome. Look each one up in the gateway&apos;s report, then close it with what really happened and how you know.</source>
        <translation>Diese Erstattungen haben kein sicheres Ergebnis. Prüfen Sie jede im Bericht des Gateways, und schließen Sie sie dann mit dem tatsächlichen Ergebnis und der Angabe ab, woher Sie es wissen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds that need review</source>
        <translation>Zu prüfende Erstattungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What really happened</source>
        <translation>Was tatsächlich passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded: the gateway&apos;s report shows the money went back</source>
        <translation>Erfolgreich: Laut Bericht des Gateways ging das Geld zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the gateway refused it; no money went back</source>
        <translation>Abgelehnt: Das Gateway hat sie abgelehnt; es ging kein Geld zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: the refund never happened; the amount is free again</source>
        <translation>Fehlgeschlagen: Die Erstattung fand nie statt; der Betrag ist wieder frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: how you know</source>
        <translation>Notiz: woher Sie es wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. PayNet settlement report of 12 March, line 4: accepted</source>
        <translation>z. B. PayNet-Abrechnungsbericht vom 12. März, Zeile 4: angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the selected review</source>
        <translation>Ausgewählte Prüfung abschließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review result</source>
        <translation>Prüfungsergebnis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only back-office staff close reviews; %1 is signed in as %2.</source>
        <translation>Nur das Backoffice schließt Prüfungen ab; %1 ist als %2 angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing needs review.</source>
        <translation>Keine Erstattungen zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the refund you checked.</source>
        <translation>Wählen Sie die Erstattung aus, die Sie geprüft haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note saying how you know what happened.</source>
        <translation>Schreiben Sie eine Notiz, woher Sie wissen, was passiert ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing the review…</source>
        <translation>Prüfung wird abgeschlossen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t wait</source>
        <translation>Nicht warten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund of %1 (%2) closed as %3.</source>
        <translation>Erstattung über %1 (%2) als „%3“ abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not closed: %1</source>
        <translation>Nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PayNetGateway</name>
    <message>
        <location filename="../core/gateways/paynet/PayNetGateway.cpp" line="+42"/>
        <source>The PayNet private key could not be loaded: %1</source>
        <translation>Der private PayNet-Schlüssel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PayNet private key file holds only a public key; RefundDesk needs the private key to sign.</source>
        <translation>Die Datei des privaten PayNet-Schlüssels enthält nur einen öffentlichen Schlüssel; RefundDesk braucht zum Signieren den privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayNet&apos;s public key (for webhooks) could not be loaded: %1</source>
        <translation>Der öffentliche Schlüssel von PayNet (für Webhooks) konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PayNet payments are looked up by their checkout id, not by a reference.</source>
        <translation>PayNet-Zahlungen werden über ihre Checkout-ID gesucht, nicht über eine Referenz.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>PayNet allows one enquiry per payment every %1 seconds; try again in %n second(s).</source>
        <translation>
            <numerusform>PayNet erlaubt eine Abfrage pro Zahlung alle %1 Sekunden; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>PayNet erlaubt eine Abfrage pro Zahlung alle %1 Sekunden; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::PayNetProtocol</name>
    <message>
        <location filename="../core/gateways/paynet/PayNetProtocol.cpp" line="+102"/>
        <source>RefundDesk still cannot tell whether PayNet carried out the refund: %1 The refund stays open; RefundDesk will check again later.</source>
        <translation>RefundDesk kann noch nicht feststellen, ob PayNet die Erstattung ausgeführt hat: %1 Die Erstattung bleibt offen; RefundDesk prüft später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet refused RefundDesk&apos;s signed request (HTTP %1%2). Check the PayNet client id, merchant id, key name and private key in the settings.</source>
        <translation>PayNet hat die signierte Anfrage von RefundDesk abgelehnt (HTTP %1%2). Prüfen Sie Client-ID, Händler-ID, Schlüsselname und privaten Schlüssel für PayNet in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet is processing the refund%1. RefundDesk records the final result when PayNet reports it.</source>
        <translation>PayNet bearbeitet die Erstattung%1. RefundDesk erfasst das Endergebnis, sobald PayNet es meldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PayNet accepted the refund and sent it to the customer&apos;s bank%1.</source>
        <translation>PayNet hat die Erstattung%1 angenommen und an die Bank des Kunden gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet rejected the refund%1. Nothing was refunded.</source>
        <translation>PayNet hat die Erstattung%1 abgelehnt. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet reports a timeout for this refund%1. Check it in the next day&apos;s PayNet report; until a person has done so it waits for review.</source>
        <translation>PayNet meldet eine Zeitüberschreitung für diese Erstattung%1. Prüfen Sie sie im PayNet-Bericht des nächsten Tages; bis das jemand getan hat, wartet sie auf Prüfung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The amount is missing.</source>
        <translation>Der Betrag fehlt.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No PayNet private key is configured, so RefundDesk cannot sign the refund. Nothing was sent.</source>
        <translation>Es ist kein privater PayNet-Schlüssel eingerichtet, daher kann RefundDesk die Erstattung nicht signieren. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund has no valid refund id (a UUID v4). Nothing was sent; this is a fault in RefundDesk, please report it.</source>
        <translation>Die Erstattung hat keine gültige Erstattungs-ID (eine UUID v4). Es wurde nichts gesendet; dies ist ein Fehler in RefundDesk, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a PayNet checkout id. Nothing was sent.</source>
        <translation>„%1“ ist keine PayNet-Checkout-ID. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale&apos;s PayNet payment method (&quot;%1&quot;) is not known; look the sale up again. Nothing was sent.</source>
        <translation>Die PayNet-Zahlungsart des Verkaufs („%1“) ist unbekannt; suchen Sie den Verkauf erneut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PayNet refunds only in MYR, not %1. Nothing was sent.</source>
        <translation>PayNet erstattet nur in MYR, nicht in %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund amount must be more than zero. Nothing was sent.</source>
        <translation>Der Erstattungsbetrag muss größer als null sein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No PayNet private key is configured, so RefundDesk cannot sign the request.</source>
        <translation>Es ist kein privater PayNet-Schlüssel eingerichtet, daher kann RefundDesk die Anfrage nicht signieren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The refund has no refund id to ask PayNet about.</source>
        <translation>Die Erstattung hat keine Erstattungs-ID, nach der PayNet gefragt werden könnte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a PayNet checkout id.</source>
        <translation>„%1“ ist keine PayNet-Checkout-ID.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PayNet reported a conflict with this refund id (HTTP 409%1). The refund may already exist; RefundDesk will check with PayNet before doing anything else.</source>
        <translation>PayNet hat einen Konflikt mit dieser Erstattungs-ID gemeldet (HTTP 409%1). Die Erstattung existiert möglicherweise bereits; RefundDesk fragt bei PayNet nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PayNet&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Die Antwort von PayNet war nicht verständlich (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The refund may or may not have gone through; RefundDesk will check with PayNet before doing anything else.</source>
        <translation>%1 Ob die Erstattung ausgeführt wurde, ist unklar; RefundDesk fragt bei PayNet nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayNet does not know this payment (&quot;%1&quot;). Nothing was refunded; check the checkout id on the receipt.</source>
        <translation>PayNet kennt diese Zahlung nicht („%1“). Es wurde nichts erstattet; prüfen Sie die Checkout-ID auf dem Beleg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PayNet refused the refund: &quot;%1&quot;. Nothing was refunded.</source>
        <translation>PayNet hat die Erstattung abgelehnt: „%1“. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 PayNet has no refund with this refund id, so nothing was refunded.</source>
        <translation>%1 PayNet hat keine Erstattung mit dieser Erstattungs-ID, es wurde also nichts erstattet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PayNet refused the repeated refund (%1), and the refund enquiry did not answer clearly: %2</source>
        <translation>PayNet hat die wiederholte Erstattung abgelehnt (%1), und die Erstattungsabfrage brachte keine klare Antwort: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PayNet asks RefundDesk to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>PayNet bittet RefundDesk, vor der nächsten Anfrage %n Sekunde zu warten.</numerusform>
            <numerusform>PayNet bittet RefundDesk, vor der nächsten Anfrage %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet refused the enquiry (HTTP %1): &quot;%2&quot;.</source>
        <translation>PayNet hat die Abfrage abgelehnt (HTTP %1): „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PayNet&apos;s answer could not be read (HTTP %1). Nothing was changed; try again later.</source>
        <translation>Die Antwort von PayNet konnte nicht gelesen werden (HTTP %1). Es wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet has no refund with this refund id (&quot;%1&quot;).</source>
        <translation>PayNet hat keine Erstattung mit dieser Erstattungs-ID („%1“).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PayNet reports the refund as &quot;%1&quot;, which RefundDesk does not know. A person must check it in the PayNet report.</source>
        <translation>PayNet meldet die Erstattung als „%1“, was RefundDesk nicht kennt. Sie muss manuell im PayNet-Bericht geprüft werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet reports the refund as %1 with the amount &quot;%2&quot;, but RefundDesk asked for %3 %4: the amounts disagree. A person must check it in the PayNet report.</source>
        <translation>PayNet meldet die Erstattung als %1 mit dem Betrag „%2“, RefundDesk hatte aber %3 %4 angefordert: Die Beträge weichen ab. Sie muss manuell im PayNet-Bericht geprüft werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PayNet does not know this payment (&quot;%1&quot;). Check the checkout id on the receipt.</source>
        <translation>PayNet kennt diese Zahlung nicht („%1“). Prüfen Sie die Checkout-ID auf dem Beleg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayNet answered about another payment (%1 instead of %2). Nothing was changed; try again later.</source>
        <translation>PayNet hat zu einer anderen Zahlung geantwortet (%1 statt %2). Es wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet lists this payment in %1; RefundDesk refunds PayNet payments in MYR only.</source>
        <translation>PayNet führt diese Zahlung in %1; RefundDesk erstattet PayNet-Zahlungen nur in MYR.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PayNet&apos;s answer has no payment status. Nothing was changed; try again later.</source>
        <translation>Die Antwort von PayNet enthält keinen Zahlungsstatus. Es wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet lists the payment with an amount RefundDesk cannot read exactly (&quot;%1&quot;). %2</source>
        <translation>PayNet führt die Zahlung mit einem Betrag, den RefundDesk nicht exakt lesen kann („%1“). %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No PayNet public key is configured, so PayNet&apos;s webhooks cannot be verified.</source>
        <translation>Es ist kein öffentlicher PayNet-Schlüssel eingerichtet, daher können die Webhooks von PayNet nicht verifiziert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PayNet webhook has no single &quot;Authorization: Bearer&quot; token.</source>
        <translation>Der PayNet-Webhook hat nicht genau ein „Authorization: Bearer“-Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayNet webhook&apos;s token was refused: %1.</source>
        <translation>Das Token des PayNet-Webhooks wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PayNet webhook&apos;s token has no expiry time.</source>
        <translation>Das Token des PayNet-Webhooks hat keine Ablaufzeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PayNet webhook&apos;s token does not match its body (data is not the body&apos;s SHA-256).</source>
        <translation>Das Token des PayNet-Webhooks passt nicht zu seinem Inhalt (data ist nicht der SHA-256 des Inhalts).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PayNet webhook is not a JSON object.</source>
        <translation>Der PayNet-Webhook ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PayNet webhook has no refund id (a UUID v4).</source>
        <translation>Der PayNet-Webhook hat keine Erstattungs-ID (eine UUID v4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PayNet webhook has no paymentStatus.</source>
        <translation>Der PayNet-Webhook enthält kein Feld paymentStatus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PayNet webhook&apos;s substate &quot;%1&quot; is not one RefundDesk knows.</source>
        <translation>Den Unterstatus „%1“ des PayNet-Webhooks kennt RefundDesk nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayNet webhook&apos;s amount cannot be read exactly: %1</source>
        <translation>Der Betrag des PayNet-Webhooks kann nicht exakt gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PayNet&apos;s webhook contradicts itself (code %1 with %2). A person must check the refund in the PayNet report.</source>
        <translation>Der PayNet-Webhook widerspricht sich selbst (Code %1 mit %2). Die Erstattung muss manuell im PayNet-Bericht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PinHasher</name>
    <message>
        <location filename="../core/engine/PinHasher.cpp" line="+64"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has digits only.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PockytGateway</name>
    <message>
        <location filename="../core/gateways/pockyt/PockytGateway.cpp" line="+13"/>
        <source>The Pockyt API token</source>
        <translation>Das Pockyt-API-Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt settings need a gateway address, a merchant number, a store number and a settlement currency (ISO 4217 code).</source>
        <translation>Die Pockyt-Einstellungen brauchen eine Gateway-Adresse, eine Händlernummer, eine Filialnummer und eine Abrechnungswährung (ISO-4217-Code).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PockytProtocol</name>
    <message>
        <location filename="../core/gateways/pockyt/PockytProtocol.cpp" line="+480"/>
        <source>Enter or scan the Pockyt transaction number or reference first.</source>
        <translation>Geben Sie zuerst die Transaktionsnummer oder Referenz von Pockyt ein, oder scannen Sie sie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>RefundDesk knows neither the Pockyt transaction number nor the reference of this payment, so it cannot ask Pockyt about the refund.</source>
        <translation>RefundDesk kennt weder die Pockyt-Transaktionsnummer noch die Referenz dieser Zahlung und kann Pockyt daher nicht nach der Erstattung fragen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The refund amount must be more than zero.</source>
        <translation>Der Erstattungsbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is in %1 but the payment was in %2; a refund must be in the payment&apos;s currency.</source>
        <translation>Die Erstattung ist in %1, die Zahlung war aber in %2; eine Erstattung muss in der Währung der Zahlung erfolgen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pockyt takes amounts with at most 2 decimals, and %1 has %n, so RefundDesk cannot refund this payment through Pockyt.</source>
        <translation>
            <numerusform>Pockyt akzeptiert Beträge mit höchstens 2 Nachkommastellen, %1 hat %n, daher kann RefundDesk diese Zahlung nicht über Pockyt erstatten.</numerusform>
            <numerusform>Pockyt akzeptiert Beträge mit höchstens 2 Nachkommastellen, %1 hat %n, daher kann RefundDesk diese Zahlung nicht über Pockyt erstatten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refund has no id yet, so it cannot be sent.</source>
        <translation>Die Erstattung hat noch keine ID und kann daher nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pockyt settlement currency is not configured (settle_currency).</source>
        <translation>Die Pockyt-Abrechnungswährung ist nicht eingerichtet (settle_currency).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RefundDesk knows neither the Pockyt transaction number nor the reference of this payment; look the sale up first.</source>
        <translation>RefundDesk kennt weder die Pockyt-Transaktionsnummer noch die Referenz dieser Zahlung; suchen Sie zuerst den Verkauf.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <source>%1 RefundDesk will check with Pockyt whether the refund was made.</source>
        <translation>%1 RefundDesk fragt bei Pockyt nach, ob die Erstattung ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>RefundDesk could not yet check with Pockyt whether the refund was made: %1</source>
        <translation>RefundDesk konnte noch nicht bei Pockyt prüfen, ob die Erstattung ausgeführt wurde: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk could not ask Pockyt about the refund: %1</source>
        <translation>RefundDesk konnte Pockyt nicht nach der Erstattung fragen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pockyt lists no refund with RefundDesk&apos;s reference %1 on the payment: the refund was not made.</source>
        <translation>Pockyt führt bei der Zahlung keine Erstattung mit der RefundDesk-Referenz %1: Die Erstattung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt does not list the refund on the payment yet.</source>
        <translation>Pockyt führt die Erstattung bei der Zahlung noch nicht auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Pockyt lists %n refunds with RefundDesk&apos;s reference %1 on the payment: it was carried out more than once. Check the payment in Pockyt&apos;s dashboard.</source>
        <translation>
            <numerusform>Pockyt führt bei der Zahlung %n Erstattung mit der RefundDesk-Referenz %1. Prüfen Sie die Zahlung im Pockyt-Dashboard.</numerusform>
            <numerusform>Pockyt führt bei der Zahlung %n Erstattungen mit der RefundDesk-Referenz %1: Sie wurde mehrfach ausgeführt. Prüfen Sie die Zahlung im Pockyt-Dashboard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+224"/>
        <source>Pockyt refunded %1, RefundDesk asked for %2. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt hat %1 erstattet, RefundDesk hatte %2 angefordert. Prüfen Sie die Erstattung im Pockyt-Dashboard.</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no ret_code</source>
        <translation>die Antwort enthält kein Feld ret_code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ret_code %1 is not a Pockyt code</source>
        <translation>ret_code %1 ist kein Pockyt-Code</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pockyt&apos;s answer has no %1.</source>
        <translation>Die Antwort von Pockyt enthält kein Feld %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt&apos;s %1 cannot be used: %2</source>
        <translation>Das Feld %1 von Pockyt ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt&apos;s %1 &quot;%2&quot; is negative.</source>
        <translation>Das Feld %1 von Pockyt („%2“) ist negativ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer has no result.</source>
        <translation>Die Antwort enthält kein Feld result.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer has no transactionNo.</source>
        <translation>Die Antwort enthält kein Feld transactionNo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>Die Währung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer has no status.</source>
        <translation>Die Antwort enthält kein Feld status.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refundInfo is not a list.</source>
        <translation>refundInfo ist keine Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refundInfo entry is not an object.</source>
        <translation>Ein Eintrag in refundInfo ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund is listed in %1, the payment is in %2.</source>
        <translation>Eine Erstattung ist in %1 aufgeführt, die Zahlung in %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pockyt has no payment with that number for this store (%1). Check the number on the receipt.</source>
        <translation>Pockyt hat für diese Filiale keine Zahlung mit dieser Nummer (%1). Prüfen Sie die Nummer auf dem Beleg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused RefundDesk&apos;s signature (%1). Check the merchant number, store number and API token in the settings.</source>
        <translation>Pockyt hat die Signatur von RefundDesk abgelehnt (%1). Prüfen Sie Händlernummer, Filialnummer und API-Token in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt reported an error of its own (%1). Try again in a moment.</source>
        <translation>Pockyt hat einen eigenen Fehler gemeldet (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pockyt says the payment does not belong to this merchant and store (%1). Check the number on the receipt and the store number in the settings.</source>
        <translation>Laut Pockyt gehört die Zahlung nicht zu diesem Händler und dieser Filiale (%1). Prüfen Sie die Nummer auf dem Beleg und die Filialnummer in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused the payment query (%1).</source>
        <translation>Pockyt hat die Zahlungsabfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment query was cancelled.</source>
        <translation>Die Zahlungsabfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pockyt&apos;s answer to the payment query could not be read (%1). Try again; if this persists, check the gateway address in the settings.</source>
        <translation>Die Antwort von Pockyt auf die Zahlungsabfrage konnte nicht gelesen werden (%1). Versuchen Sie es erneut; falls das Problem bleibt, prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Pockyt&apos;s answer said success at the same time; try again.</source>
        <translation>%1 Gleichzeitig meldete die Antwort von Pockyt Erfolg; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt&apos;s answer to the payment query could not be used. %1</source>
        <translation>Die Antwort von Pockyt auf die Zahlungsabfrage ist nicht verwendbar. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pockyt reported an error of its own while handling the refund (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Pockyt hat bei der Bearbeitung der Erstattung einen eigenen Fehler gemeldet (%1). Ob die Erstattung ausgeführt wurde, ist unklar; RefundDesk fragt bei Pockyt nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt refused the refund because a required value was missing (%1). Nothing was refunded; check the Pockyt settings.</source>
        <translation>Pockyt hat die Erstattung abgelehnt, weil ein erforderlicher Wert fehlte (%1). Es wurde nichts erstattet; prüfen Sie die Pockyt-Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt does not know this payment (%1). Nothing was refunded; look the sale up again.</source>
        <translation>Pockyt kennt diese Zahlung nicht (%1). Es wurde nichts erstattet; suchen Sie den Verkauf erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused the refund because it does not match the payment, for example its store, currency or settlement currency (%1). Nothing was refunded; check the Pockyt settings.</source>
        <translation>Pockyt hat die Erstattung abgelehnt, weil sie nicht zur Zahlung passt, etwa bei Filiale, Währung oder Abrechnungswährung (%1). Es wurde nichts erstattet; prüfen Sie die Pockyt-Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt refused a value in the refund request (%1). Nothing was refunded.</source>
        <translation>Pockyt hat einen Wert in der Erstattungsanfrage abgelehnt (%1). Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pockyt refused RefundDesk&apos;s signature (%1). Nothing was refunded; check the merchant number, store number and API token in the settings.</source>
        <translation>Pockyt hat die Signatur von RefundDesk abgelehnt (%1). Es wurde nichts erstattet; prüfen Sie Händlernummer, Filialnummer und API-Token in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt refused the refund: the payment cannot be refunded in its current state, or the amount is more than what is left to refund (%1). Nothing was refunded.</source>
        <translation>Pockyt hat die Erstattung abgelehnt: Die Zahlung kann in ihrem aktuellen Zustand nicht erstattet werden, oder der Betrag übersteigt den noch erstattbaren Rest (%1). Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt answered the refund with a code RefundDesk does not know (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Pockyt hat auf die Erstattung mit einem Code geantwortet, den RefundDesk nicht kennt (%1). Ob die Erstattung ausgeführt wurde, ist unklar; RefundDesk fragt bei Pockyt nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pockyt&apos;s answer to the refund could not be read (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Die Antwort von Pockyt auf die Erstattung konnte nicht gelesen werden (%1). Ob die Erstattung ausgeführt wurde, ist unklar; RefundDesk fragt bei Pockyt nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it has no result</source>
        <translation>sie enthält kein Feld result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no status</source>
        <translation>sie enthält kein Feld status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is about refund %1, not %2</source>
        <translation>sie betrifft Erstattung %1, nicht %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt accepted the refund but reports the status &quot;%1&quot;, which RefundDesk does not know. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt hat die Erstattung angenommen, meldet aber den Status „%1“, den RefundDesk nicht kennt. Prüfen Sie die Erstattung im Pockyt-Dashboard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt made the refund in %1, RefundDesk asked for %2. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt hat die Erstattung in %1 ausgeführt, RefundDesk hatte %2 angefordert. Prüfen Sie die Erstattung im Pockyt-Dashboard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt accepted the refund, but %1 Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt hat die Erstattung angenommen, aber: %1 Prüfen Sie die Erstattung im Pockyt-Dashboard.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pockyt made the refund.</source>
        <translation>Pockyt hat die Erstattung ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pockyt accepted the refund and is still processing it.</source>
        <translation>Pockyt hat die Erstattung angenommen und bearbeitet sie noch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pockyt reports the refund as %1.</source>
        <translation>Pockyt meldet die Erstattung als %1.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Pockyt lists the refund with the status &quot;%1&quot;, which RefundDesk does not know. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt führt die Erstattung mit dem Status „%1“, den RefundDesk nicht kennt. Prüfen Sie die Erstattung im Pockyt-Dashboard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt lists the refund on the payment.</source>
        <translation>Pockyt führt die Erstattung bei der Zahlung auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Pockyt notification must be a form (application/x-www-form-urlencoded), not %1.</source>
        <translation>Eine Pockyt-Benachrichtigung muss ein Formular sein (application/x-www-form-urlencoded), nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Pockyt notification is not a readable form.</source>
        <translation>Die Pockyt-Benachrichtigung ist kein lesbares Formular.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification carries the field %1 twice.</source>
        <translation>Die Pockyt-Benachrichtigung enthält das Feld %1 doppelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification&apos;s verifySign does not match: it was not sent by Pockyt for this store, or the API token in the settings is wrong.</source>
        <translation>Das verifySign der Pockyt-Benachrichtigung stimmt nicht: Sie wurde nicht von Pockyt für diese Filiale gesendet, oder das API-Token in den Einstellungen ist falsch.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pockyt notification has no transactionNo or status.</source>
        <translation>Die Pockyt-Benachrichtigung enthält kein Feld transactionNo oder status.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A Pockyt notification about a payment, not a refund.</source>
        <translation>Eine Pockyt-Benachrichtigung zu einer Zahlung, nicht zu einer Erstattung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Pockyt notification&apos;s currency &quot;%1&quot; is unknown.</source>
        <translation>Die Währung „%1“ der Pockyt-Benachrichtigung ist unbekannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification&apos;s amount cannot be used: %1</source>
        <translation>Der Betrag der Pockyt-Benachrichtigung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pockyt notification names neither the refund nor its amount.</source>
        <translation>Die Pockyt-Benachrichtigung nennt weder die Erstattung noch ihren Betrag.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pockyt reports the refund with the status &quot;%1&quot;, which RefundDesk does not know.</source>
        <translation>Pockyt meldet die Erstattung mit dem Status „%1“, den RefundDesk nicht kennt.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresLedger</name>
    <message>
        <location filename="../core/ledger/PostgresLedger.cpp" line="+72"/>
        <source>The ledger %1 cannot be opened: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; unter Debian ist das das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The ledger %1 cannot be set up: %2</source>
        <translation>Das Journal %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The ledger %1 is busy: another RefundDesk program kept what this one needed locked for more than %2 seconds while %3. Try again.</source>
        <translation>Das Journal %1 ist belegt: Ein anderes RefundDesk-Programm hielt die benötigten Daten länger als %2 Sekunden gesperrt (%3). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresNotificationListener</name>
    <message>
        <location filename="../core/ledger/PostgresNotificationListener.cpp" line="+59"/>
        <source>%1 holds no RefundDesk ledger yet: open it as a ledger before watching it.</source>
        <translation>%1 enthält noch kein RefundDesk-Journal: Öffnen Sie es als Journal, bevor Sie es überwachen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger %1 cannot be watched: %2</source>
        <translation>Das Journal %1 kann nicht überwacht werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresUrl</name>
    <message>
        <location filename="../core/ledger/PostgresUrl.cpp" line="+41"/>
        <source>A PostgreSQL ledger URL starts with postgresql://</source>
        <translation>Eine PostgreSQL-Journal-URL beginnt mit postgresql://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL ledger URL is not a valid URL (check the port, and that characters such as @ / : # ? in the user name or password are percent-encoded).</source>
        <translation>Die PostgreSQL-Journal-URL ist keine gültige URL (prüfen Sie den Port und ob Zeichen wie @ / : # ? in Benutzername oder Passwort prozentkodiert sind).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PostgreSQL ledger URL has no #fragment.</source>
        <translation>Eine PostgreSQL-Journal-URL hat kein #Fragment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port of the PostgreSQL ledger URL must be a number from 1 to 65535.</source>
        <translation>Der Port der PostgreSQL-Journal-URL muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL ledger URL names no database: add it after the host, as in postgresql://host/refunddesk.</source>
        <translation>Die PostgreSQL-Journal-URL nennt keine Datenbank: Fügen Sie sie nach dem Host an, etwa postgresql://host/refunddesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL ledger URL names the database &quot;%1&quot;; a database name has no /.</source>
        <translation>Die PostgreSQL-Journal-URL nennt die Datenbank „%1“; ein Datenbankname enthält kein /.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL ledger URL has the option &quot;%1&quot;; RefundDesk knows %2.</source>
        <translation>Die PostgreSQL-Journal-URL enthält die Option „%1“; RefundDesk kennt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option %1 of the PostgreSQL ledger URL needs a value without ;.</source>
        <translation>Die Option %1 der PostgreSQL-Journal-URL braucht einen Wert ohne ;.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PwV3Gateway</name>
    <message>
        <location filename="../core/gateways/pwv3/PwV3Gateway.cpp" line="+13"/>
        <source>The PW v3 API key</source>
        <translation>Der API-Schlüssel für PW v3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PW v3 settings need the gateway address (base_url).</source>
        <translation>Die Einstellungen für PW v3 brauchen die Gateway-Adresse (base_url).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PwV3Protocol</name>
    <message>
        <location filename="../core/gateways/pwv3/PwV3Protocol.cpp" line="+286"/>
        <source>PW v3 can only find a payment by its reference number (referenceNo), not by its transaction id. Scan the receipt&apos;s reference or type the reference number.</source>
        <translation>PW v3 findet eine Zahlung nur über ihre Referenznummer (referenceNo), nicht über ihre Transaktions-ID. Scannen Sie die Referenz auf dem Beleg, oder geben Sie die Referenznummer ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or scan the PW v3 reference number first.</source>
        <translation>Geben Sie zuerst die Referenznummer von PW v3 ein, oder scannen Sie sie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RefundDesk does not know the PW v3 reference number of this payment, so it cannot ask PW v3 about the refund.</source>
        <translation>RefundDesk kennt die Referenznummer dieser Zahlung bei PW v3 nicht und kann PW v3 daher nicht nach der Erstattung fragen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refund amount must be more than zero.</source>
        <translation>Der Erstattungsbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is in %1 but the payment was in %2; a refund must be in the payment&apos;s currency.</source>
        <translation>Die Erstattung ist in %1, die Zahlung war aber in %2; eine Erstattung muss in der Währung der Zahlung erfolgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk does not know PW v3&apos;s transaction id of this payment; look the sale up first.</source>
        <translation>RefundDesk kennt die Transaktions-ID dieser Zahlung bei PW v3 nicht; suchen Sie zuerst den Verkauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RefundDesk does not know how this payment was paid, and PW v3 refunds only some payment methods; look the sale up again.</source>
        <translation>RefundDesk weiß nicht, wie diese Zahlung bezahlt wurde, und PW v3 erstattet nur bestimmte Zahlungsarten; suchen Sie den Verkauf erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW v3 cannot refund payments made with %1; only %2 can be refunded. Refund the customer another way.</source>
        <translation>PW v3 kann mit %1 bezahlte Zahlungen nicht erstatten; erstattbar ist nur %2. Erstatten Sie dem Kunden den Betrag auf anderem Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PW v3 account cannot make partial refunds (PW enables them per account; see partial_refunds in the settings). Refund the full amount, or refund the customer another way.</source>
        <translation>Dieses Konto bei PW v3 kann keine Teilerstattungen ausführen (PW schaltet sie pro Konto frei; siehe partial_refunds in den Einstellungen). Erstatten Sie den vollen Betrag, oder erstatten Sie dem Kunden den Betrag auf anderem Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund has no id yet, so it cannot be sent.</source>
        <translation>Die Erstattung hat noch keine ID und kann daher nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The payment query was cancelled.</source>
        <translation>Die Zahlungsabfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PW v3 refused RefundDesk&apos;s API key (%1). Check the API key in the settings.</source>
        <translation>PW v3 hat den API-Schlüssel von RefundDesk abgelehnt (%1). Prüfen Sie den API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3&apos;s answer to the payment query could not be read (%1). Try again; if this persists, check the gateway address in the settings.</source>
        <translation>Die Antwort von PW v3 auf die Zahlungsabfrage konnte nicht gelesen werden (%1). Versuchen Sie es erneut; falls das Problem bleibt, prüfen Sie die Gateway-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3 has no payment with that reference number (%1). Check the number on the receipt.</source>
        <translation>PW v3 hat keine Zahlung mit dieser Referenznummer (%1). Prüfen Sie die Nummer auf dem Beleg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3 refused the payment query (%1).</source>
        <translation>PW v3 hat die Zahlungsabfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 PW v3&apos;s answer said success at the same time; try again.</source>
        <translation>%1 Gleichzeitig meldete die Antwort von PW v3 Erfolg; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3&apos;s answer to the payment query could not be used. %1</source>
        <translation>Die Antwort von PW v3 auf die Zahlungsabfrage ist nicht verwendbar. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PW v3 accepted the refund and has not finished it yet.</source>
        <translation>PW v3 hat die Erstattung angenommen, aber noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status %1 with %2</source>
        <translation>Status %1 mit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+375"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no status</source>
        <translation>die Antwort enthält kein Feld status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PW v3&apos;s answer has no %1.</source>
        <translation>Die Antwort von PW v3 enthält kein Feld %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3&apos;s %1 &quot;%2&quot; is not a whole number of minor units (cents).</source>
        <translation>Das Feld %1 von PW v3 („%2“) ist keine ganze Zahl kleinster Einheiten (Cent).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s %1 &quot;%2&quot; is too large.</source>
        <translation>Das Feld %1 von PW v3 („%2“) ist zu groß.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer has no transactionId.</source>
        <translation>Die Antwort enthält kein Feld transactionId.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>Die Währung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The date &quot;%1&quot; is not a time in Unix seconds.</source>
        <translation>Das Datum „%1“ ist keine Zeitangabe in Unix-Sekunden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PW v3&apos;s answer to the refund could not be read (%1). The refund may or may not have gone through; RefundDesk will check with PW v3 before doing anything else.</source>
        <translation>Die Antwort von PW v3 auf die Erstattung konnte nicht gelesen werden (%1). Ob die Erstattung ausgeführt wurde, ist unklar; RefundDesk fragt bei PW v3 nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 RefundDesk will check with PW v3 whether the refund was made.</source>
        <translation>%1 RefundDesk fragt bei PW v3 nach, ob die Erstattung ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is about referenceNo %1, not %2</source>
        <translation>sie betrifft referenceNo %1, nicht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is about transaction %1, not %2</source>
        <translation>sie betrifft Transaktion %1, nicht %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3 approved a refund in %1, RefundDesk asked for %2. Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 hat eine Erstattung in %1 genehmigt, RefundDesk hatte %2 angefordert. Prüfen Sie die Erstattung im PW-Backoffice.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3 approved the refund, but %1 Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 hat die Erstattung genehmigt, aber: %1 Prüfen Sie die Erstattung im PW-Backoffice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3 refunded %1, RefundDesk asked for %2. Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 hat %1 erstattet, RefundDesk hatte %2 angefordert. Prüfen Sie die Erstattung im PW-Backoffice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3 approved the refund.</source>
        <translation>PW v3 hat die Erstattung genehmigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PW v3 refused RefundDesk&apos;s API key (%1). Nothing was refunded; check the API key in the settings.</source>
        <translation>PW v3 hat den API-Schlüssel von RefundDesk abgelehnt (%1). Es wurde nichts erstattet; prüfen Sie den API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3 says this payment is already refunded (%1). Nothing more was refunded.</source>
        <translation>Laut PW v3 ist diese Zahlung bereits erstattet (%1). Es wurde nichts weiter erstattet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 does not know this payment (%1). Nothing was refunded; look the sale up again.</source>
        <translation>PW v3 kennt diese Zahlung nicht (%1). Es wurde nichts erstattet; suchen Sie den Verkauf erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 declined the refund (%1). Nothing was refunded.</source>
        <translation>PW v3 hat die Erstattung abgelehnt (%1). Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>RefundDesk could not yet check with PW v3 whether the refund was made: %1</source>
        <translation>RefundDesk konnte noch nicht bei PW v3 prüfen, ob die Erstattung ausgeführt wurde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk could not ask PW v3 about the refund: %1</source>
        <translation>RefundDesk konnte PW v3 nicht nach der Erstattung fragen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 answered about payment %1, not %2, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 hat zur Zahlung %1 statt %2 geantwortet, daher kann RefundDesk nicht feststellen, ob die Erstattung ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3&apos;s status answer does not say how much of the payment was refunded, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>Die Statusantwort von PW v3 sagt nicht, wie viel der Zahlung erstattet wurde, daher kann RefundDesk nicht feststellen, ob die Erstattung ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3 reports the payment&apos;s refunds in %1, the refund is in %2, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 meldet die Erstattungen der Zahlung in %1, die Erstattung ist in %2, daher kann RefundDesk nicht feststellen, ob die Erstattung ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PW v3 shows nothing refunded on the payment: the refund was not made.</source>
        <translation>PW v3 zeigt für die Zahlung nichts Erstattetes an: Die Erstattung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>PW v3 does not show the refund on the payment yet.</source>
        <translation>PW v3 zeigt die Erstattung bei der Zahlung noch nicht an.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PW v3 shows %1 refunded on the payment, and RefundDesk did not record how much that was before this refund, so it cannot tell whether this refund of %2 was made. Check the payment in PW&apos;s back office.</source>
        <translation>PW v3 zeigt für die Zahlung %1 als erstattet an, und RefundDesk hat nicht erfasst, wie viel es vor dieser Erstattung war; daher lässt sich nicht feststellen, ob diese Erstattung über %2 ausgeführt wurde. Prüfen Sie die Zahlung im PW-Backoffice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RefundDesk recorded the earlier refunds in %1, PW v3 reports them in %2, so it cannot tell whether the refund was made.</source>
        <translation>RefundDesk hat die früheren Erstattungen in %1 erfasst, PW v3 meldet sie in %2; daher lässt sich nicht feststellen, ob die Erstattung ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s refunded total for the payment rose by exactly this refund (from %1 to %2): the refund was made.</source>
        <translation>Die bei PW v3 erstattete Gesamtsumme der Zahlung ist genau um diese Erstattung gestiegen (von %1 auf %2): Die Erstattung wurde ausgeführt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s refunded total for the payment is unchanged (%1): the refund was not made.</source>
        <translation>Die bei PW v3 erstattete Gesamtsumme der Zahlung ist unverändert (%1): Die Erstattung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3&apos;s refunded total for the payment went from %1 to %2, which does not match this refund of %3. Check the payment in PW&apos;s back office.</source>
        <translation>Die bei PW v3 erstattete Gesamtsumme der Zahlung hat sich von %1 auf %2 geändert, was nicht zu dieser Erstattung über %3 passt. Prüfen Sie die Zahlung im PW-Backoffice.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptActions</name>
    <message>
        <location filename="../ui/ReceiptActions.cpp" line="+38"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the refund receipt</source>
        <translation>Erstattungsbeleg drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Save the refund receipt as PDF</source>
        <translation>Erstattungsbeleg als PDF speichern</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>To receipt pr&amp;inter</source>
        <translation>An Belegdru&amp;cker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the refund receipt on the receipt printer</source>
        <translation>Erstattungsbeleg auf dem Belegdrucker drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;mail receipt</source>
        <translation>Beleg per &amp;E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email the refund receipt</source>
        <translation>Erstattungsbeleg per E-Mail senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer&apos;s email address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer@example.com</source>
        <translation>kunde@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt status</source>
        <translation>Belegstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No receipt printer is set up: add one under Settings, Printers.</source>
        <translation>Es ist kein Belegdrucker eingerichtet: Fügen Sie einen unter Einstellungen › Drucker hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints on %1.</source>
        <translation>Druckt auf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail server is set up: add one under Settings, Email.</source>
        <translation>Es ist kein Mailserver eingerichtet: Fügen Sie einen unter Einstellungen › E-Mail hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The receipt was printed on %1.</source>
        <translation>Der Beleg wurde auf %1 gedruckt.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+95"/>
        <source>The receipt was sent to %1.</source>
        <translation>Der Beleg wurde an %1 gesendet.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt was saved as %1.</source>
        <translation>Der Beleg wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printing on %1…</source>
        <translation>Wird auf %1 gedruckt…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending the receipt to %1…</source>
        <translation>Beleg wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Attempt %1 of %2 failed (%3). Trying again in %4 s…</source>
        <translation>Versuch %1 von %2 fehlgeschlagen (%3). Neuer Versuch in %4 s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the receipt (attempt %1 of %2)…</source>
        <translation>Beleg wird gesendet (Versuch %1 von %2)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: cancelled. You can send it again.</source>
        <translation>Nicht gesendet: abgebrochen. Sie können ihn erneut senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptCommand</name>
    <message>
        <location filename="../app/refundctl/ReceiptCommand.cpp" line="+33"/>
        <source>warning: the delivery was not recorded in the ledger: %1</source>
        <translation>Warnung: Die Zustellung wurde nicht im Journal erfasst: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Prints, saves or emails the receipt of a refund from the ledger. Without --pdf, --escpos, --printer or --email it writes the receipt as text.</source>
        <translation>Druckt, speichert oder versendet den Beleg einer Erstattung aus dem Journal per E-Mail. Ohne --pdf, --escpos, --printer oder --email gibt der Befehl den Beleg als Text aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>Die ID der Erstattung (eine UUID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration file (default: $REFUNDDESK_CONFIG).</source>
        <translation>Die Konfigurationsdatei (Standard: $REFUNDDESK_CONFIG).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the receipt as PDF to FILE.</source>
        <translation>Den Beleg als PDF in FILE schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF paper: a4 (default), letter or roll80.</source>
        <translation>PDF-Papier: a4 (Standard), letter oder roll80.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on an ESC/POS printer at HOST:PORT or a device path.</source>
        <translation>Auf einem ESC/POS-Drucker unter HOST:PORT oder einem Gerätepfad drucken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on the ESC/POS printer configured in [printer] escpos.</source>
        <translation>Auf dem in [printer] escpos eingerichteten ESC/POS-Drucker drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email the receipt to ADDRESS.</source>
        <translation>Den Beleg per E-Mail an ADDRESS senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who asks for the receipt, for the audit trail (default: refundctl).</source>
        <translation>Wer den Beleg anfordert, für das Audit-Protokoll (Standard: refundctl).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]</source>
        <translation>Aufruf: refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>„%1“ ist keine Erstattungs-ID (eine UUID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--paper must be a4, letter or roll80.</source>
        <translation>--paper muss a4, letter oder roll80 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No configuration: pass --config FILE or set REFUNDDESK_CONFIG.</source>
        <translation>Keine Konfiguration: Übergeben Sie --config FILE, oder setzen Sie REFUNDDESK_CONFIG.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Email is not set up: the configuration has no [smtp] section.</source>
        <translation>E-Mail ist nicht eingerichtet: Die Konfiguration hat keinen Abschnitt [smtp].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ESC/POS printer is configured ([printer] escpos).</source>
        <translation>Es ist kein ESC/POS-Drucker eingerichtet ([printer] escpos).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PDF written to %1</source>
        <translation>PDF geschrieben nach %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printed on %1</source>
        <translation>Gedruckt auf %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attempt %1 of %2 failed: %3 Trying again in %4 s.</source>
        <translation>Versuch %1 von %2 fehlgeschlagen: %3 Neuer Versuch in %4 s.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Emailed to %1</source>
        <translation>Per E-Mail gesendet an %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptMailer</name>
    <message>
        <location filename="../core/receipts/ReceiptMailer.cpp" line="+43"/>
        <source>Your refund of %1 from %2</source>
        <translation>Ihre Erstattung über %1 von %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A receipt is still being sent; try again when it is done.</source>
        <translation>Ein Beleg wird gerade noch gesendet; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Email is not set up: [smtp] needs a host and a valid from address.</source>
        <translation>E-Mail ist nicht eingerichtet: [smtp] braucht einen Host und eine gültige Absenderadresse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail password ([smtp] password) cannot be read: %1</source>
        <translation>Das Mail-Passwort ([smtp] password) kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail password is configured for %1: set [smtp] password or store it in the keychain.</source>
        <translation>Für %1 ist kein Mail-Passwort eingerichtet: Setzen Sie [smtp] password, oder speichern Sie es im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+29"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Sending the receipt was cancelled.</source>
        <translation>Das Senden des Belegs wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>The receipt could not be sent to %1 after %n attempt(s): %2</source>
        <translation>
            <numerusform>Der Beleg konnte nach %n Versuch nicht an %1 gesendet werden: %2</numerusform>
            <numerusform>Der Beleg konnte nach %n Versuchen nicht an %1 gesendet werden: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptModel</name>
    <message>
        <location filename="../core/receipts/ReceiptModel.cpp" line="+41"/>
        <source>The refunds of this sale do not add up: %1</source>
        <translation>Die Erstattungen dieses Verkaufs ergeben keine stimmige Summe: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund receipt</source>
        <translation>Erstattungsbeleg</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan this code at the store to find the refund.</source>
        <translation>Diesen Code in der Filiale scannen, um die Erstattung zu finden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original payment</source>
        <translation>Ursprüngliche Zahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid through</source>
        <translation>Bezahlt über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Gezahlter Betrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full refund</source>
        <translation>Vollerstattung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partial refund</source>
        <translation>Teilerstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund amount</source>
        <translation>Erstattungsbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still refundable</source>
        <translation>Noch erstattbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund id</source>
        <translation>Erstattungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway refund id</source>
        <translation>Gateway-Erstattungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>noch nicht vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This refund has not been sent yet.</source>
        <translation>Diese Erstattung wurde noch nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is being sent to %1. The store follows it until it is done.</source>
        <translation>Die Erstattung wird an %1 gesendet. Die Filiale verfolgt sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of this refund is being checked by the store&apos;s back office. The store will contact you; keep this receipt.</source>
        <translation>Das Ergebnis dieser Erstattung wird vom Backoffice der Filiale geprüft. Die Filiale meldet sich bei Ihnen; bewahren Sie diesen Beleg auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund was accepted and sent to your bank, which credits your account.</source>
        <translation>Die Erstattung wurde angenommen und an Ihre Bank gesendet, die sie Ihrem Konto gutschreibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund is complete. The money goes back to the payment method you used.</source>
        <translation>Die Erstattung ist abgeschlossen. Das Geld geht an die von Ihnen verwendete Zahlungsart zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected this refund; no money was returned. Please speak to the store.</source>
        <translation>%1 hat diese Erstattung abgelehnt; es wurde kein Geld zurückgezahlt. Bitte wenden Sie sich an die Filiale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This refund could not be made; no money was returned. Please speak to the store.</source>
        <translation>Diese Erstattung konnte nicht ausgeführt werden; es wurde kein Geld zurückgezahlt. Bitte wenden Sie sich an die Filiale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt is passing the refund to your wallet or card network, which credits your account. The store follows the refund until it is confirmed.</source>
        <translation>Pockyt leitet die Erstattung an Ihre Wallet oder Ihr Kartennetzwerk weiter, das sie Ihrem Konto gutschreibt. Die Filiale verfolgt die Erstattung, bis sie bestätigt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment provider has not confirmed the refund yet. The money goes back to the payment method you used once it does.</source>
        <translation>Der Zahlungsanbieter hat die Erstattung noch nicht bestätigt. Sobald er das tut, geht das Geld an die von Ihnen verwendete Zahlungsart zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid reviews every refund request before it is paid out; expect an update within 5-10 days. Once approved, the money goes back to the payment method you used.</source>
        <translation>SecPaid prüft jede Erstattungsanforderung vor der Auszahlung; rechnen Sie innerhalb von 5-10 Tagen mit einer Rückmeldung. Nach der Genehmigung geht das Geld an die von Ihnen verwendete Zahlungsart zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your bank is processing the refund through DuitNow. The store is told when the bank accepts or rejects it; if it takes longer, the store checks the next day&apos;s report.</source>
        <translation>Ihre Bank bearbeitet die Erstattung über DuitNow. Die Filiale wird informiert, wenn die Bank sie annimmt oder ablehnt; dauert es länger, prüft die Filiale den Bericht des nächsten Tages.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptPdf</name>
    <message>
        <location filename="../core/receipts/ReceiptPdf.cpp" line="+63"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptPreviewDialog</name>
    <message>
        <location filename="../ui/ReceiptPreviewDialog.cpp" line="+13"/>
        <location line="+1"/>
        <source>Refund receipt %1</source>
        <translation>Erstattungsbeleg %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot start printing on %1.</source>
        <translation>Drucken auf %1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing on %1 failed.</source>
        <translation>Drucken auf %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileCommand</name>
    <message>
        <location filename="../app/refundctl/ReconcileCommand.cpp" line="+87"/>
        <source>%1 report %2, %3 to %4: %5; %6 review(s) the report settles</source>
        <translation>%2 (Bericht von %1, %3 bis %4): %5; der Bericht klärt %6 Prüfung(en)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUND ID</source>
        <translation>ERSTATTUNGS-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GATEWAY REFUND ID</source>
        <translation>GATEWAY-ERSTATTUNGS-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>REPORT</source>
        <translation>BERICHT</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>LEDGER</source>
        <translation>JOURNAL</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs review; the report settles it as %1</source>
        <translation>Prüfung erforderlich; der Bericht klärt sie als %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed %1 as %2 (%3).</source>
        <translation>%1 als %2 abgeschlossen (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not closed %1: %2</source>
        <translation>%1 nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matches a gateway&apos;s refund report (CSV) against the ledger.</source>
        <translation>Gleicht den Erstattungsbericht eines Gateways (CSV) mit dem Journal ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway&apos;s report (docs/reconciliation.md).</source>
        <translation>Der Bericht des Gateways (docs/reconciliation.md).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pockyt, pwv3, secpaid or paynet.</source>
        <translation>pockyt, pwv3, secpaid oder paynet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the result as CSV to this file.</source>
        <translation>Das Ergebnis zusätzlich als CSV in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the reviews the report settles (needs --actor).</source>
        <translation>Die Prüfungen abschließen, die der Bericht klärt (erfordert --actor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who closes the reviews (back-office staff).</source>
        <translation>Wer die Prüfungen abschließt (Backoffice).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--gateway must be pockyt, pwv3, secpaid or paynet.</source>
        <translation>--gateway muss pockyt, pwv3, secpaid oder paynet sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--resolve needs --actor: a person closes a review.</source>
        <translation>--resolve erfordert --actor: Eine Person schließt eine Prüfung ab.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileResult</name>
    <message>
        <location filename="../core/reconcile/ReconcileResult.cpp" line="+30"/>
        <source>Matched</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in the ledger</source>
        <translation>Fehlt im Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing at the gateway</source>
        <translation>Fehlt beim Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount mismatch</source>
        <translation>Betrag weicht ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate row</source>
        <translation>Doppelte Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed line</source>
        <translation>Fehlerhafte Zeile</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileTableModel</name>
    <message>
        <location filename="../ui/ReconcileTableModel.cpp" line="+50"/>
        <source>Review closed as %1.</source>
        <translation>Prüfung als „%1“ abgeschlossen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs review; the report says %1: it can be closed as %2.</source>
        <translation>Prüfung erforderlich; der Bericht meldet „%1“: Sie kann als „%2“ abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id</source>
        <translation>Erstattungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway refund id</source>
        <translation>Gateway-Erstattungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report amount</source>
        <translation>Betrag laut Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger amount</source>
        <translation>Betrag laut Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report status</source>
        <translation>Status laut Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger status</source>
        <translation>Status laut Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Reconciler</name>
    <message>
        <location filename="../core/reconcile/Reconciler.cpp" line="+76"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ledger cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconciliation cancelled.</source>
        <translation>Abgleich abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 already lists this refund.</source>
        <translation>Zeile %1 führt diese Erstattung bereits auf.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 lists this refund; the ledger has none by that id.</source>
        <translation>%1 führt diese Erstattung auf; das Journal hat keine mit dieser ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 already lists this refund under another id.</source>
        <translation>Zeile %1 führt diese Erstattung bereits unter einer anderen ID auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report says %1, the ledger %2.</source>
        <translation>Der Bericht nennt %1, das Journal %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1 cannot be read: %2</source>
        <translation>Zeile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The ledger has this refund (%1) on %2; the report does not list it.</source>
        <translation>Das Journal führt diese Erstattung (%1) am %2; der Bericht führt sie nicht auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 report %2, line %3: %4</source>
        <translation>%2 (Bericht von %1), Zeile %3: %4</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconciliationPanel</name>
    <message>
        <location filename="../ui/ReconciliationPanel.cpp" line="+45"/>
        <source>Gateway of the report</source>
        <translation>Gateway des Berichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the report file</source>
        <translation>Berichtsdatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;concile</source>
        <translation>Abglei&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile the report with the ledger</source>
        <translation>Bericht mit dem Journal abgleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation summary</source>
        <translation>Zusammenfassung des Abgleichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation results</source>
        <translation>Ergebnisse des Abgleichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>Tageszusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+295"/>
        <source>Export the reconciliation as CSV</source>
        <translation>Abgleich als CSV exportieren</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Close the revie&amp;w…</source>
        <translation>Prüfung ab&amp;schließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected review as the report says</source>
        <translation>Ausgewählte Prüfung so abschließen, wie der Bericht es meldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm closing the review</source>
        <translation>Abschließen der Prüfung bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Do not close the review</source>
        <translation>Prüfung nicht abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation message</source>
        <translation>Meldung zum Abgleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a gateway&apos;s settlement or refund report (CSV) to check it against the ledger. The columns each gateway&apos;s report needs are in the manual (reconciliation).</source>
        <translation>Importieren Sie den Abrechnungs- oder Erstattungsbericht eines Gateways (CSV), um ihn mit dem Journal abzugleichen. Welche Spalten der Bericht jedes Gateways braucht, steht im Handbuch (Kapitel „Reconciliation“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report:</source>
        <translation>Be&amp;richt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. paynet-2025-03-01.csv</source>
        <translation>z. B. paynet-2025-03-01.csv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger refunds</source>
        <translation>Erstattungen laut Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger total</source>
        <translation>Summe laut Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report refunds</source>
        <translation>Erstattungen laut Bericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report total</source>
        <translation>Summe laut Bericht</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open the gateway&apos;s report</source>
        <translation>Bericht des Gateways öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciling %1 with the ledger…</source>
        <translation>%1 wird mit dem Journal abgeglichen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Everything (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report reconciled yet.</source>
        <translation>Noch kein Bericht abgeglichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report %2 (%3 to %4): %5 matched, %6 to look at; %7 review(s) the report settles.</source>
        <translation>%2 (Bericht von %1, %3 bis %4): %5 übereinstimmend, %6 zu kontrollieren; der Bericht klärt %7 Prüfung(en).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only back-office staff close reviews; %1 is signed in as %2.</source>
        <translation>Nur das Backoffice schließt Prüfungen ab; %1 ist als %2 angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a row whose refund needs review and that the report settles.</source>
        <translation>Wählen Sie eine Zeile, deren Erstattung geprüft werden muss und die der Bericht klärt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the review of the refund of %1 (%2) as %3? The audit trail records it under your name with: %4</source>
        <translation>Prüfung der Erstattung über %1 (%2) als „%3“ abschließen? Das Audit-Protokoll erfasst dies unter Ihrem Namen mit: %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Review closed as %1: %2.</source>
        <translation>Prüfung als „%1“ abgeschlossen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed: %1</source>
        <translation>Nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundCommand</name>
    <message>
        <location filename="../app/refundctl/RefundCommand.cpp" line="+35"/>
        <source>Refunds a sale, all that is left of it or --amount.</source>
        <translation>Erstattet einen Verkauf, den gesamten Rest oder --amount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much, in the store&apos;s number format (e.g. 12.50); default: all that is left.</source>
        <translation>Wie viel, im Zahlenformat der Filiale (z. B. 12,50); Standard: der gesamte Rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the customer gets money back.</source>
        <translation>Warum der Kunde Geld zurückbekommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who refunds (default: refundctl).</source>
        <translation>Wer erstattet (Standard: refundctl).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refund %1 is %2: %3</source>
        <translation>Erstattung %1 hat den Status %2: %3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundDeskConfig</name>
    <message>
        <location filename="../core/config/RefundDeskConfig.cpp" line="+112"/>
        <source>The configuration file %1 does not exist.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a locale name like de_DE</source>
        <translation>„%1“ ist kein Gebietsschema-Name wie de_DE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must start with sqlite: or postgresql://</source>
        <translation>muss mit sqlite: oder postgresql:// beginnen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>„%1“ ist nicht HOST:PORT</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not starttls, tls or none</source>
        <translation>„%1“ ist nicht starttls, tls oder none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is set, but user is not</source>
        <translation>ist gesetzt, user aber nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>die Datei „%1“ existiert nicht</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundEngine</name>
    <message>
        <location filename="../core/engine/RefundEngine.cpp" line="+169"/>
        <source>%1 is not configured here, and the ledger does not know this sale.</source>
        <translation>%1 ist hier nicht eingerichtet, und das Journal kennt diesen Verkauf nicht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not know this sale.</source>
        <translation>%1 kennt diesen Verkauf nicht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not configured here: its sales can be looked up in the ledger but not refunded.</source>
        <translation>%1 ist hier nicht eingerichtet: Seine Verkäufe können im Journal gesucht, aber nicht erstattet werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No sale was given.</source>
        <translation>Es wurde kein Verkauf angegeben.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>There is no employee list here to check the manager&apos;s PIN against.</source>
        <translation>Hier gibt es keine Mitarbeiterliste, mit der die Manager-PIN geprüft werden könnte.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A new refund id is already in use; nothing was sent. Try again.</source>
        <translation>Eine neue Erstattungs-ID ist bereits vergeben; es wurde nichts gesendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing was refunded; check this gateway&apos;s credentials, then try again.</source>
        <translation>Es wurde nichts erstattet; prüfen Sie die Zugangsdaten dieses Gateways, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was refunded; you can try again.</source>
        <translation>Es wurde nichts erstattet; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before anything was sent. Nothing was refunded.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The gateway shows this refund was not made: nothing was refunded. You can try again.</source>
        <translation>Laut Gateway wurde diese Erstattung nicht ausgeführt: Es wurde nichts erstattet. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway&apos;s answer was lost and asking it again did not settle what happened. Check the gateway&apos;s report, then close the review.</source>
        <translation>Die Antwort des Gateways ging verloren, und eine erneute Nachfrage hat nicht geklärt, was passiert ist. Prüfen Sie den Bericht des Gateways, und schließen Sie dann die Prüfung ab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer was lost; asking the gateway what happened.</source>
        <translation>Die Antwort ging verloren; das Gateway wird gefragt, was passiert ist.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The gateway now names this refund %1, but it was recorded under another id. Check the gateway&apos;s report.</source>
        <translation>Das Gateway nennt diese Erstattung jetzt %1, sie wurde aber unter einer anderen ID erfasst. Prüfen Sie den Bericht des Gateways.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under review. Later the gateway said: %1 (%2)</source>
        <translation>In Prüfung. Später meldete das Gateway: %1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only back-office staff close a review; %1 is signed in as %2.</source>
        <translation>Nur das Backoffice schließt eine Prüfung ab; %1 ist als %2 angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review ends with succeeded, rejected or failed.</source>
        <translation>Eine Prüfung endet mit „Erfolgreich“, „Abgelehnt“ oder „Fehlgeschlagen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note saying how you know what happened to this refund.</source>
        <translation>Schreiben Sie eine Notiz, woher Sie wissen, was mit dieser Erstattung passiert ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 is %2; only a refund that needs review can be closed by hand.</source>
        <translation>Erstattung %1 hat den Status „%2“; nur eine Erstattung mit „Prüfung erforderlich“ kann von Hand abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed after review by %1: %2</source>
        <translation>Nach Prüfung abgeschlossen von %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review could not be recorded.</source>
        <translation>Die Prüfung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>There is no employee list here.</source>
        <translation>Hier gibt es keine Mitarbeiterliste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager or back-office staff add employees.</source>
        <translation>Nur Manager oder das Backoffice legen Mitarbeiter an.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No refund %1 of %2 in this ledger.</source>
        <translation>Keine Erstattung %1 von %2 in diesem Journal.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 reports %2 for this refund, but RefundDesk sent %3. Check the gateway&apos;s report.</source>
        <translation>%1 meldet %2 für diese Erstattung, RefundDesk hat aber %3 gesendet. Prüfen Sie den Bericht des Gateways.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>It is being submitted right now.</source>
        <translation>Sie wird gerade übermittelt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not configured here.</source>
        <translation>%1 ist hier nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PayNet&apos;s refund enquiry is due at %1.</source>
        <translation>Die Erstattungsabfrage bei PayNet ist für %1 vorgesehen.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundPanel</name>
    <message>
        <location filename="../ui/RefundPanel.cpp" line="+33"/>
        <source>&amp;Full (everything left)</source>
        <translation>&amp;Vollständig (gesamter Rest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partial</source>
        <translation>&amp;Teilweise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manager&apos;s approval</source>
        <translation>Freigabe durch Manager</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+341"/>
        <location line="+3"/>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Full refund of everything left</source>
        <translation>Vollerstattung des gesamten Rests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Teilerstattung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Amount:</source>
        <translation>Betr&amp;ag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the refund</source>
        <translation>Grund der Erstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods</source>
        <translation>Ware zurückgegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged or faulty</source>
        <translation>Beschädigt oder defekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item or size</source>
        <translation>Falscher Artikel oder falsche Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price adjustment</source>
        <translation>Preisanpassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged twice</source>
        <translation>Doppelt belastet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer changed their mind</source>
        <translation>Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approving manager</source>
        <translation>Freigebender Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager&apos;s PIN</source>
        <translation>PIN des Managers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager:</source>
        <translation>Ma&amp;nager:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the refund cannot go ahead</source>
        <translation>Warum die Erstattung nicht möglich ist</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+146"/>
        <source>Look up a sale first.</source>
        <translation>Suchen Sie zuerst einen Verkauf.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>A clerk&apos;s refund above %1 needs a manager: the manager picks their name and enters their PIN here.</source>
        <translation>Erstattet ein Kassierer mehr als %1, ist ein Manager nötig: Der Manager wählt hier seinen Namen und gibt seine PIN ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This %1 account refunds only whole sales.</source>
        <translation>Dieses Konto bei %1 erstattet nur ganze Verkäufe.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the amount to refund.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sign in to refund.</source>
        <translation>Melden Sie sich an, um zu erstatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sale cannot be refunded: %1</source>
        <translation>Dieser Verkauf kann nicht erstattet werden: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 No other manager is set up to approve it.</source>
        <translation>%1 Es ist kein anderer Manager eingerichtet, der sie freigeben könnte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A manager&apos;s approval is needed: the manager enters their PIN.</source>
        <translation>Die Freigabe eines Managers ist nötig: Der Manager gibt seine PIN ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the store&apos;s refund rules…</source>
        <translation>Erstattungsregeln der Filiale werden geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refund %1</source>
        <translation>%1 &amp;erstatten</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundPolicy</name>
    <message>
        <location filename="../core/engine/RefundPolicy.cpp" line="+90"/>
        <source>The payment&apos;s status at %1 is &quot;%2&quot;; only completed payments can be refunded.</source>
        <translation>Der Status der Zahlung bei %1 ist „%2“; nur abgeschlossene Zahlungen können erstattet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments made with %1 cannot be refunded through %2. Refundable methods: %3.</source>
        <translation>Mit %1 bezahlte Zahlungen können nicht über %2 erstattet werden. Erstattbare Zahlungsarten: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown method</source>
        <translation>eine unbekannte Zahlungsart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sale was paid in %1; the refund must be in %1 too, not %2.</source>
        <translation>Der Verkauf wurde in %1 bezahlt; die Erstattung muss ebenfalls in %1 erfolgen, nicht in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is left to refund on this sale.</source>
        <translation>Für diesen Verkauf ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 can still be refunded on this sale.</source>
        <translation>Für diesen Verkauf können höchstens noch %1 erstattet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This %1 account refunds only whole sales; refund the full %2 or ask the gateway to enable partial refunds.</source>
        <translation>Dieses Konto bei %1 erstattet nur ganze Verkäufe; erstatten Sie die vollen %2, oder bitten Sie das Gateway, Teilerstattungen freizuschalten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 allows only one refund per payment, and this payment already has one.</source>
        <translation>%1 erlaubt nur eine Erstattung pro Zahlung, und diese Zahlung hat bereits eine.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This payment is from %1; refunds are possible for %2 days after a payment.</source>
        <translation>Diese Zahlung ist vom %1; Erstattungen sind bis %2 Tage nach einer Zahlung möglich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back-office accounts settle and audit refunds but do not issue them; sign in as a clerk or manager.</source>
        <translation>Backoffice-Konten bearbeiten und prüfen Erstattungen, lösen aber keine aus; melden Sie sich als Kassierer oder Manager an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 may refund up to %2 a day and has refunded %3 today.</source>
        <translation>%1 darf bis zu %2 pro Tag erstatten und hat heute %3 erstattet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refunds above %1 need a manager&apos;s approval: ask a manager to enter their PIN.</source>
        <translation>Erstattungen über %1 brauchen die Freigabe eines Managers: Bitten Sie einen Manager, seine PIN einzugeben.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundStatus</name>
    <message>
        <location filename="../core/domain/RefundStatus.cpp" line="+19"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Prüfung erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsPanel</name>
    <message>
        <location filename="../ui/RefundsPanel.cpp" line="+50"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the refunds shown as CSV</source>
        <translation>Angezeigte Erstattungen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of refunds</source>
        <translation>Anzahl der Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt of the selected refund</source>
        <translation>Beleg der ausgewählten Erstattung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (submitting, pending, needs review)</source>
        <translation>Offen (wird übermittelt, ausstehend, Prüfung erforderlich)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any gateway</source>
        <translation>Alle Gateways</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any store</source>
        <translation>alle Filialen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any register</source>
        <translation>alle Kassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone</source>
        <translation>alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Employee:</source>
        <translation>Mitarbeite&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ore:</source>
        <translation>&amp;Filiale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister:</source>
        <translation>K&amp;asse:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receipt of the selected refund:</source>
        <translation>Beleg der ausgewählten Erstattung:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+234"/>
        <source>The refunds cannot be read: %1</source>
        <translation>Die Erstattungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No refunds match.</source>
        <translation>Keine passenden Erstattungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refund(s) match; %1 shown.</source>
        <translation>
            <numerusform>%n Erstattung passt; %1 angezeigt.</numerusform>
            <numerusform>%n Erstattungen passen; %1 angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a refund to print its receipt again or email it.</source>
        <translation>Wählen Sie eine Erstattung aus, um ihren Beleg erneut zu drucken oder per E-Mail zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the receipt…</source>
        <translation>Beleg wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The receipt cannot be read from the ledger: %1</source>
        <translation>Der Beleg kann nicht aus dem Journal gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Print receipt…</source>
        <translation>Beleg &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Beleg als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on the receipt pr&amp;inter</source>
        <translation>Auf dem &amp;Belegdrucker drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer is set up.</source>
        <translation>Es ist kein Belegdrucker eingerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail receipt…</source>
        <translation>Beleg per &amp;E-Mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up.</source>
        <translation>Es ist kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export refunds as CSV</source>
        <translation>Erstattungen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n refund(s) written to %1.</source>
        <translation>
            <numerusform>%n Erstattung nach %1 geschrieben.</numerusform>
            <numerusform>%n Erstattungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsTableModel</name>
    <message>
        <location filename="../ui/RefundsTableModel.cpp" line="+285"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway&apos;s message</source>
        <translation>Meldung des Gateways</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id</source>
        <translation>Erstattungs-ID</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ResultPage</name>
    <message>
        <location filename="../ui/ResultPage.cpp" line="+34"/>
        <source>Refund result</source>
        <translation>Erstattungsergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded amount</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the gateway said</source>
        <translation>Meldung des Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund id</source>
        <translation>Erstattungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New refund</source>
        <translation>&amp;Neue Erstattung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start the next refund</source>
        <translation>Nächste Erstattung beginnen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Refund succeeded</source>
        <translation>Erstattung erfolgreich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund pending</source>
        <translation>Erstattung ausstehend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund sent, waiting for the answer</source>
        <translation>Erstattung gesendet, Antwort wird erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund needs review</source>
        <translation>Erstattung: Prüfung erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund rejected</source>
        <translation>Erstattung abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 said: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id %1</source>
        <translation>Erstattungs-ID %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done. Give the customer the receipt; the money goes back to how they paid.</source>
        <translation>Fertig. Geben Sie dem Kunden den Beleg; das Geld geht an die ursprüngliche Zahlungsart zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk keeps asking %1 until it knows the outcome; nothing is sent twice. The refund&apos;s status updates here and in Back office by itself.</source>
        <translation>RefundDesk fragt bei %1 nach, bis das Ergebnis feststeht; nichts wird doppelt gesendet. Der Status der Erstattung aktualisiert sich hier und im Backoffice von selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s answer did not settle it. Back office checks the gateway&apos;s report and closes the refund; the amount stays reserved until then. Give the customer the receipt and tell them the store will be in touch.</source>
        <translation>Die Antwort des Gateways hat es nicht geklärt. Das Backoffice prüft den Bericht des Gateways und schließt die Erstattung ab; bis dahin bleibt der Betrag reserviert. Geben Sie dem Kunden den Beleg, und sagen Sie ihm, dass sich die Filiale meldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money was returned. Check the sale with the gateway, or refund another way the store allows.</source>
        <translation>Es wurde kein Geld zurückgezahlt. Prüfen Sie den Verkauf beim Gateway, oder erstatten Sie auf einem anderen Weg, den die Filiale erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No money was returned and nothing is pending; you may try the refund again.</source>
        <translation>Es wurde kein Geld zurückgezahlt, und nichts ist ausstehend; Sie können die Erstattung erneut versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt confirms the refund by notification; RefundDesk updates it by itself. Give the customer the receipt.</source>
        <translation>Pockyt bestätigt die Erstattung per Benachrichtigung; RefundDesk aktualisiert sie von selbst. Geben Sie dem Kunden den Beleg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW confirms the refund on the next status check; RefundDesk updates it by itself. Give the customer the receipt.</source>
        <translation>PW bestätigt die Erstattung bei der nächsten Statusabfrage; RefundDesk aktualisiert sie von selbst. Geben Sie dem Kunden den Beleg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid&apos;s team approves each refund request, usually within 5 to 10 days. RefundDesk checks every few minutes and updates it by itself. Give the customer the receipt.</source>
        <translation>Das Team von SecPaid genehmigt jede Erstattungsanforderung, meist innerhalb von 5 bis 10 Tagen. RefundDesk prüft alle paar Minuten und aktualisiert sie von selbst. Geben Sie dem Kunden den Beleg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s bank confirms the refund, usually within minutes; PayNet tells RefundDesk, which updates it by itself. Give the customer the receipt.</source>
        <translation>Die Bank des Kunden bestätigt die Erstattung, meist innerhalb von Minuten; PayNet informiert RefundDesk, das sie von selbst aktualisiert. Geben Sie dem Kunden den Beleg.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReviewCommand</name>
    <message>
        <location filename="../app/refundctl/ReviewCommand.cpp" line="+13"/>
        <source>Closes a refund that needs review.</source>
        <translation>Schließt eine Erstattung ab, die geprüft werden muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>Die ID der Erstattung (eine UUID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What really happened: succeeded or failed.</source>
        <translation>Was tatsächlich passiert ist: succeeded oder failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know (e.g. the report you checked).</source>
        <translation>Woher Sie es wissen (z. B. der geprüfte Bericht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who reviews (default: refundctl).</source>
        <translation>Wer prüft (Standard: refundctl).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>„%1“ ist keine Erstattungs-ID (eine UUID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--resolve must be succeeded or failed.</source>
        <translation>--resolve muss succeeded oder failed sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--note is required: say how you know what happened.</source>
        <translation>--note ist erforderlich: Geben Sie an, woher Sie wissen, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Role</name>
    <message>
        <location filename="../core/domain/Actor.cpp" line="+33"/>
        <source>Clerk</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RsaKey</name>
    <message>
        <location filename="../core/gateways/paynet/Jwt.cpp" line="-205"/>
        <source>the key file is empty</source>
        <translation>die Schlüsseldatei ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key file is too large to be a PEM key</source>
        <translation>die Schlüsseldatei ist zu groß für einen PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected with a passphrase; RefundDesk needs it without one</source>
        <translation>der private Schlüssel ist mit einer Passphrase geschützt; RefundDesk braucht ihn ohne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this is not a PEM private key, public key or certificate</source>
        <translation>dies ist weder ein privater PEM-Schlüssel noch ein öffentlicher Schlüssel oder ein Zertifikat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SalePanel</name>
    <message>
        <location filename="../ui/SalePanel.cpp" line="+17"/>
        <location line="+38"/>
        <location line="+65"/>
        <source>Refunds so far</source>
        <translation>Bisherige Erstattungen</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the gateway</source>
        <translation>Status beim Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can still be refunded</source>
        <translation>Noch erstattbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looked up</source>
        <translation>Abgefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this sale cannot be refunded</source>
        <translation>Warum dieser Verkauf nicht erstattet werden kann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not reported by the gateway</source>
        <translation>vom Gateway nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the ledger; the gateway was last asked %1</source>
        <translation>aus dem Journal; Gateway zuletzt gefragt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the ledger</source>
        <translation>aus dem Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 just now</source>
        <translation>soeben von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be refunded: %1</source>
        <translation>Nicht erstattbar: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No refunds so far</source>
        <translation>Bisher keine Erstattungen</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SaleRefOptions</name>
    <message>
        <location filename="../app/refundctl/SaleRefOptions.cpp" line="+8"/>
        <source>The gateway: pockyt, pwv3, secpaid or paynet.</source>
        <translation>Das Gateway: pockyt, pwv3, secpaid oder paynet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway&apos;s id of the payment (Pockyt transactionNo, SecPaid pay_id, PayNet checkoutId).</source>
        <translation>Die ID der Zahlung beim Gateway (Pockyt transactionNo, SecPaid pay_id, PayNet checkoutId).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The merchant&apos;s reference (Pockyt reference, PW v3 referenceNo).</source>
        <translation>Die Referenz des Händlers (Pockyt reference, PW v3 referenceNo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a gateway; use pockyt, pwv3, secpaid or paynet.</source>
        <translation>„%1“ ist kein Gateway; verwenden Sie pockyt, pwv3, secpaid oder paynet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--gateway is required (pockyt, pwv3, secpaid or paynet).</source>
        <translation>--gateway ist erforderlich (pockyt, pwv3, secpaid oder paynet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give exactly one of --transaction ID and --reference REF.</source>
        <translation>Geben Sie genau eines von --transaction ID und --reference REF an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sale&apos;s id is empty.</source>
        <translation>Die ID des Verkaufs ist leer.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ScanCommand</name>
    <message>
        <location filename="../app/refundctl/ScanCommand.cpp" line="+91"/>
        <source>refundctl scan: name at least one file.</source>
        <translation>refundctl scan: Geben Sie mindestens eine Datei an.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ScanDialog</name>
    <message>
        <location filename="../ui/ScanDialog.cpp" line="+31"/>
        <source>Open image...</source>
        <translation>Bild öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open video...</source>
        <translation>Video öffnen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan receipt</source>
        <translation>Beleg scannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No receipt code was found in the video.</source>
        <translation>Im Video wurde kein Belegcode gefunden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No camera found. Open a picture, a PDF or a video of the receipt instead.</source>
        <translation>Keine Kamera gefunden. Öffnen Sie stattdessen ein Bild, eine PDF-Datei oder ein Video des Belegs.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera cannot be used: %1
If RefundDesk may not use the camera, allow it in the system&apos;s privacy settings, or open a picture of the receipt instead.</source>
        <translation>Die Kamera kann nicht verwendet werden: %1
Falls RefundDesk die Kamera nicht verwenden darf, erlauben Sie es in den Datenschutzeinstellungen des Systems, oder öffnen Sie stattdessen ein Bild des Belegs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold the receipt&apos;s barcode in front of the camera.</source>
        <translation>Halten Sie den Barcode des Belegs vor die Kamera.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Receipts (%1)</source>
        <translation>Belege (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open receipt picture or PDF</source>
        <translation>Belegbild oder PDF öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open receipt video</source>
        <translation>Belegvideo öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.webm *.mkv *.mp4 *.avi *.mov)</source>
        <translation>Videos (*.webm *.mkv *.mp4 *.avi *.mov)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Playing %1...</source>
        <translation>%1 wird abgespielt...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 code)</source>
        <translation>%1 (Code: %2)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecPaidGateway</name>
    <message>
        <location filename="../core/gateways/secpaid/SecPaidGateway.cpp" line="+33"/>
        <source>The SecPaid token</source>
        <translation>Das SecPaid-Token</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SecPaid payments are looked up by their payment number (pay_id), not by a reference.</source>
        <translation>SecPaid-Zahlungen werden über ihre Zahlungsnummer (pay_id) gesucht, nicht über eine Referenz.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecPaidProtocol</name>
    <message>
        <location filename="../core/gateways/secpaid/SecPaidProtocol.cpp" line="+448"/>
        <source>&quot;%1&quot; is not a SecPaid payment number (pay_id is a whole number). Nothing was sent.</source>
        <translation>„%1“ ist keine SecPaid-Zahlungsnummer (pay_id ist eine ganze Zahl). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid refunds only in EUR, not %1. Nothing was sent.</source>
        <translation>SecPaid erstattet nur in EUR, nicht in %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund amount must be more than zero. Nothing was sent.</source>
        <translation>Der Erstattungsbetrag muss größer als null sein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full refund must be the whole payment of %1 EUR, not %2 EUR. Nothing was sent.</source>
        <translation>Eine Vollerstattung muss die gesamte Zahlung von %1 EUR umfassen, nicht %2 EUR. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a SecPaid payment number (pay_id is a whole number).</source>
        <translation>„%1“ ist keine SecPaid-Zahlungsnummer (pay_id ist eine ganze Zahl).</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+183"/>
        <source>SecPaid refused RefundDesk&apos;s API key (HTTP %1). Check the SecPaid token in the settings.</source>
        <translation>SecPaid hat den API-Schlüssel von RefundDesk abgelehnt (HTTP %1). Prüfen Sie das SecPaid-Token in den Einstellungen.</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>SecPaid says the request had no payment number (&quot;%1&quot;). Nothing was refunded. This is a fault in RefundDesk; please report it.</source>
        <translation>Laut SecPaid enthielt die Anfrage keine Zahlungsnummer („%1“). Es wurde nichts erstattet. Dies ist ein Fehler in RefundDesk; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid says the request had no refund amount (&quot;%1&quot;). Nothing was refunded. This is a fault in RefundDesk; please report it.</source>
        <translation>Laut SecPaid enthielt die Anfrage keinen Erstattungsbetrag („%1“). Es wurde nichts erstattet. Dies ist ein Fehler in RefundDesk; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid does not know this payment on this account (&quot;%1&quot;). Nothing was refunded; check the payment number on the receipt and the SecPaid account in the settings.</source>
        <translation>SecPaid kennt diese Zahlung in diesem Konto nicht („%1“). Es wurde nichts erstattet; prüfen Sie die Zahlungsnummer auf dem Beleg und das SecPaid-Konto in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This SecPaid payment link was cancelled and never paid (&quot;%1&quot;), so there is nothing to refund.</source>
        <translation>Dieser SecPaid-Zahlungslink wurde storniert und nie bezahlt („%1“), daher gibt es nichts zu erstatten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid already has a refund request for this payment and accepts only one per payment (&quot;%1&quot;). Nothing new was requested; look the refund up in the SecPaid dashboard.</source>
        <translation>SecPaid liegt für diese Zahlung bereits eine Erstattungsanforderung vor, und es nimmt nur eine pro Zahlung an („%1“). Es wurde nichts Neues angefordert; suchen Sie die Erstattung im SecPaid-Dashboard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer has an open dispute on this payment, so SecPaid blocks refunds (&quot;%1&quot;). Nothing was refunded; settle the dispute in the SecPaid dashboard first.</source>
        <translation>Der Kunde hat zu dieser Zahlung einen offenen Streitfall, daher sperrt SecPaid Erstattungen („%1“). Es wurde nichts erstattet; klären Sie zuerst den Streitfall im SecPaid-Dashboard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid refused the amount (&quot;%1&quot;): it must be more than zero and no more than the original payment. Nothing was refunded.</source>
        <translation>SecPaid hat den Betrag abgelehnt („%1“): Er muss größer als null sein und darf die ursprüngliche Zahlung nicht übersteigen. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SecPaid answered with an error RefundDesk does not know (&quot;%1&quot;). The refund may or may not have been recorded; RefundDesk will check with SecPaid before doing anything else.</source>
        <translation>SecPaid hat mit einem Fehler geantwortet, den RefundDesk nicht kennt („%1“). Ob die Erstattung erfasst wurde, ist unklar; RefundDesk fragt bei SecPaid nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RefundDesk still cannot tell whether SecPaid recorded the refund request: %1 The refund stays open; RefundDesk will check again later.</source>
        <translation>RefundDesk kann noch nicht feststellen, ob SecPaid die Erstattungsanforderung erfasst hat: %1 Die Erstattung bleibt offen; RefundDesk prüft später erneut.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The entry has no amount.</source>
        <translation>Der Eintrag enthält keinen Betrag.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SecPaid&apos;s list of transactions could not be read (%1). Nothing was changed; try again in a moment.</source>
        <translation>Die Transaktionsliste von SecPaid konnte nicht gelesen werden (%1). Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid does not know payment %1 on this account (&quot;%2&quot;). Check the payment number on the receipt and the SecPaid account in the settings.</source>
        <translation>SecPaid kennt die Zahlung %1 in diesem Konto nicht („%2“). Prüfen Sie die Zahlungsnummer auf dem Beleg und das SecPaid-Konto in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid refused to list the transactions of payment %1 (&quot;%2&quot;).</source>
        <translation>SecPaid hat es abgelehnt, die Transaktionen der Zahlung %1 aufzulisten („%2“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no list of transactions in the answer</source>
        <translation>keine Transaktionsliste in der Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry is not an object</source>
        <translation>ein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>SecPaid&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Die Antwort von SecPaid war nicht verständlich (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The refund may or may not have been recorded; RefundDesk will check with SecPaid before doing anything else.</source>
        <translation>%1 Ob die Erstattung erfasst wurde, ist unklar; RefundDesk fragt bei SecPaid nach, bevor etwas anderes geschieht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid has the refund request. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid liegt die Erstattungsanforderung vor. Ein SecPaid-Administrator genehmigt sie oder lehnt sie innerhalb von 5-10 Tagen ab; RefundDesk verfolgt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid received the refund request. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid hat die Erstattungsanforderung erhalten. Ein SecPaid-Administrator genehmigt sie oder lehnt sie innerhalb von 5-10 Tagen ab; RefundDesk verfolgt sie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid already had this refund request, so the first request arrived. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid lag diese Erstattungsanforderung bereits vor, die erste Anforderung ist also angekommen. Ein SecPaid-Administrator genehmigt sie oder lehnt sie innerhalb von 5-10 Tagen ab; RefundDesk verfolgt sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecPaid answered with an error RefundDesk does not know (&quot;%1&quot;).</source>
        <translation>SecPaid hat mit einem Fehler geantwortet, den RefundDesk nicht kennt („%1“).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SecPaid lists no payment %1 in the last three years. A cancelled payment link is not listed; check the payment number on the receipt.</source>
        <translation>SecPaid führt in den letzten drei Jahren keine Zahlung %1. Ein stornierter Zahlungslink wird nicht aufgeführt; prüfen Sie die Zahlungsnummer auf dem Beleg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid lists payment %1 in %2; RefundDesk refunds SecPaid payments in EUR only.</source>
        <translation>SecPaid führt die Zahlung %1 in %2; RefundDesk erstattet SecPaid-Zahlungen nur in EUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid lists payment %1 with an amount RefundDesk cannot read exactly (&quot;%2&quot;). %3</source>
        <translation>SecPaid führt die Zahlung %1 mit einem Betrag, den RefundDesk nicht exakt lesen kann („%2“). %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SecPaid listed too many transactions for payment %1 to be sure there is no refund among them.</source>
        <translation>SecPaid hat für die Zahlung %1 zu viele Transaktionen aufgelistet, um sicher zu sein, dass keine Erstattung darunter ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid lists no refund for payment %1.</source>
        <translation>SecPaid führt keine Erstattung für die Zahlung %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>SecPaid lists %n refund(s) for payment %1 but allows only one per payment. A person must check them in the SecPaid dashboard.</source>
        <translation>
            <numerusform>SecPaid führt %n Erstattung für die Zahlung %1, erlaubt aber nur eine pro Zahlung. Sie muss manuell im SecPaid-Dashboard geprüft werden.</numerusform>
            <numerusform>SecPaid führt %n Erstattungen für die Zahlung %1, erlaubt aber nur eine pro Zahlung. Sie müssen manuell im SecPaid-Dashboard geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid lists the refund of payment %1 with an amount RefundDesk cannot read exactly (&quot;%2&quot; %3). A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid führt die Erstattung der Zahlung %1 mit einem Betrag, den RefundDesk nicht exakt lesen kann („%2“ %3). Sie muss manuell im SecPaid-Dashboard geprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid lists the refund of payment %1 as %2 EUR, but RefundDesk asked for %3 %4: the amounts disagree. A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid führt die Erstattung der Zahlung %1 mit %2 EUR, RefundDesk hatte aber %3 %4 angefordert: Die Beträge weichen ab. Sie muss manuell im SecPaid-Dashboard geprüft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SecPaid lists the refund of payment %1 as &quot;%2&quot;, which RefundDesk does not know. A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid führt die Erstattung der Zahlung %1 als „%2“, was RefundDesk nicht kennt. Sie muss manuell im SecPaid-Dashboard geprüft werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecPaid lists the refund request as pending; a SecPaid administrator approves or rejects it within 5-10 days.</source>
        <translation>SecPaid führt die Erstattungsanforderung als ausstehend; ein SecPaid-Administrator genehmigt sie oder lehnt sie innerhalb von 5-10 Tagen ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid approved and carried out the refund.</source>
        <translation>SecPaid hat die Erstattung genehmigt und ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid rejected the refund request. Nothing was refunded; SecPaid accepts only one request per payment, so ask SecPaid how to go on.</source>
        <translation>SecPaid hat die Erstattungsanforderung abgelehnt. Es wurde nichts erstattet; SecPaid nimmt nur eine Anforderung pro Zahlung an, fragen Sie daher bei SecPaid nach dem weiteren Vorgehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RefundDesk could not check SecPaid&apos;s list of transactions. %1</source>
        <translation>RefundDesk konnte die Transaktionsliste von SecPaid nicht prüfen. %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="+15"/>
        <location line="+47"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Keep the saved one</source>
        <translation>Gespeicherten Wert behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New %1</source>
        <translation>Neu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the saved %1</source>
        <translation>Gespeicherten Wert für %1 behalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the environment variable %1</source>
        <translation>Aus der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the file %1</source>
        <translation>Aus der Datei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>•••• (written in the configuration file; Replace moves it to the keychain)</source>
        <translation>•••• (steht in der Konfigurationsdatei; „Ersetzen“ verschiebt es in den Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter…</source>
        <translation>Eingeben…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecretValue</name>
    <message>
        <location filename="../core/config/SecretValue.cpp" line="+38"/>
        <source>The credential is kept in the system keychain (%1), which only the RefundDesk desktop application reads; here, write env:NAME or file:PATH instead.</source>
        <translation>Die Zugangsdaten liegen im System-Schlüsselbund (%1), den nur die RefundDesk-Desktopanwendung liest; schreiben Sie hier stattdessen env:NAME oder file:PATH.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file %1 is larger than 64 KiB; is it the right file?</source>
        <translation>Die Geheimnisdatei %1 ist größer als 64 KiB; ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret file %1 is empty.</source>
        <translation>Die Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credential is configured.</source>
        <translation>Es sind keine Zugangsdaten eingerichtet.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SectionReader</name>
    <message>
        <location filename="../core/config/RefundDeskConfig.cpp" line="-202"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is neither true nor false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>die Datei „%1“ existiert nicht</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ServeCommand</name>
    <message>
        <location filename="../app/refundctl/ServeCommand.cpp" line="+15"/>
        <source>Receives webhooks and follows up refunds until SIGTERM: the headless store server.</source>
        <translation>Empfängt Webhooks und verfolgt Erstattungen bis SIGTERM nach: der Filialserver ohne Oberfläche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot install the SIGTERM handler.</source>
        <translation>Der SIGTERM-Handler kann nicht installiert werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>refundctl serve: listening on %1:%2</source>
        <translation>refundctl serve: wartet auf %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refundctl serve: stopped</source>
        <translation>refundctl serve: beendet</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+98"/>
        <source>RefundDesk settings</source>
        <translation>RefundDesk-Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval &amp;&amp; limits</source>
        <translation>Freigabe &amp;&amp; Limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credentials cannot be saved on this computer: %1</source>
        <translation>Zugangsdaten können auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store id</source>
        <translation>Filial-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. S1</source>
        <translation>z. B. S1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name</source>
        <translation>Name der Filiale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on receipts</source>
        <translation>wird auf Belegen angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register id</source>
        <translation>Kassen-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. R2</source>
        <translation>z. B. R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store currency</source>
        <translation>Währung der Filiale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, z. B. EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store locale</source>
        <translation>Gebietsschema der Filiale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. de_DE; empty: this computer&apos;s</source>
        <translation>z. B. de_DE; leer: das dieses Computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often open refunds are followed up</source>
        <translation>Wie oft offene Erstattungen nachverfolgt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store id:</source>
        <translation>Filial-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name:</source>
        <translation>Filialname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register:</source>
        <translation>Kasse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale (how amounts are typed):</source>
        <translation>Gebietsschema (Eingabe von Beträgen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up open refunds every:</source>
        <translation>Offene Erstattungen nachverfolgen alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval threshold</source>
        <translation>Freigabeschwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk&apos;s daily limit</source>
        <translation>Tageslimit Kassierer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>0: no limit</source>
        <translation>0: kein Limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager&apos;s daily limit</source>
        <translation>Tageslimit Manager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store&apos;s refund window</source>
        <translation>Erstattungsfrist der Filiale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the gateways&apos; windows</source>
        <translation>nur die Fristen der Gateways</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout after five wrong PINs</source>
        <translation>Sperre nach fünf falschen PINs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in the store&apos;s currency (%1).</source>
        <translation>Beträge in der Währung der Filiale (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk&apos;s refund above this needs a manager&apos;s PIN:</source>
        <translation>Erstattet ein Kassierer mehr als diesen Betrag, ist die PIN eines Managers nötig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk may refund per day:</source>
        <translation>Ein Kassierer darf pro Tag erstatten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager may refund per day:</source>
        <translation>Ein Manager darf pro Tag erstatten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds allowed for:</source>
        <translation>Erstattungen erlaubt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After five wrong PINs, lock the employee out for:</source>
        <translation>Nach fünf falschen PINs den Mitarbeiter sperren für:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untick a gateway this store does not use: its sales can still be looked up in the ledger but not refunded. Credentials are kept in the system keychain and never shown again.</source>
        <translation>Entfernen Sie das Häkchen bei einem Gateway, das diese Filiale nicht nutzt: Seine Verkäufe können weiterhin im Journal gesucht, aber nicht erstattet werden. Zugangsdaten werden im System-Schlüsselbund gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pockyt SecurePay</source>
        <translation>Pockyt SecurePay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt address</source>
        <translation>Pockyt-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt merchant number</source>
        <translation>Pockyt-Händlernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pockyt store number</source>
        <translation>Pockyt-Filialnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt settlement currency</source>
        <translation>Pockyt-Abrechnungswährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pockyt API token</source>
        <translation>Pockyt-API-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+28"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Merchant no.:</source>
        <translation>Händlernr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store no.:</source>
        <translation>Filialnr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement currency:</source>
        <translation>Abrechnungswährung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW v3</source>
        <translation>PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3 address</source>
        <translation>Adresse von PW v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3 API key</source>
        <translation>API-Schlüssel von PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway has enabled partial refunds for this account</source>
        <translation>Das Gateway hat Teilerstattungen für dieses Konto freigeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3 partial refunds</source>
        <translation>Teilerstattungen bei PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid</source>
        <translation>SecPaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid address</source>
        <translation>SecPaid-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid token</source>
        <translation>SecPaid-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PayNet DuitNow</source>
        <translation>PayNet DuitNow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet address</source>
        <translation>PayNet-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet client id</source>
        <translation>PayNet-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet merchant id</source>
        <translation>PayNet-Händler-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet key name</source>
        <translation>PayNet-Schlüsselname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant private key file</source>
        <translation>Datei des privaten Händlerschlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file, readable by RefundDesk only</source>
        <translation>PEM-Datei, nur für RefundDesk lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet public key file</source>
        <translation>Datei des öffentlichen PayNet-Schlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file that verifies PayNet&apos;s webhooks</source>
        <translation>PEM-Datei, mit der die Webhooks von PayNet verifiziert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant id:</source>
        <translation>Händler-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name:</source>
        <translation>Schlüsselname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant private key:</source>
        <translation>Privater Händlerschlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant private key</source>
        <translation>Privater Händlerschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet public key:</source>
        <translation>Öffentlicher PayNet-Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PayNet public key</source>
        <translation>Öffentlicher PayNet-Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook listener address</source>
        <translation>Adresse des Webhook-Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public webhook address</source>
        <translation>Öffentliche Webhook-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt and PayNet tell RefundDesk how a refund ended by calling it. When a public address is set, this desk listens on the listener address and the gateways are given {public address}/webhooks/pockyt and /webhooks/paynet. Leave the public address empty when another computer (refundctl serve) receives them.</source>
        <translation>Pockyt und PayNet teilen RefundDesk per Aufruf mit, wie eine Erstattung ausgegangen ist. Ist eine öffentliche Adresse gesetzt, empfängt dieser Arbeitsplatz auf der Empfängeradresse, und die Gateways erhalten {öffentliche Adresse}/webhooks/pockyt und /webhooks/paynet. Lassen Sie die öffentliche Adresse leer, wenn ein anderer Computer (refundctl serve) sie empfängt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listen on (host:port):</source>
        <translation>Empfangen auf (host:port):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address:</source>
        <translation>Öffentliche Adresse:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:9100, /dev/usb/lp0 or COM3; empty: none</source>
        <translation>HOST:9100, /dev/usb/lp0 oder COM3; leer: keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> baud</source>
        <translation> Baud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt uses the computer&apos;s printers and shows a preview first. A thermal receipt printer (ESC/POS) can be named here.</source>
        <translation>„Beleg drucken“ verwendet die Drucker des Computers und zeigt zuerst eine Vorschau. Hier kann ein Thermo-Belegdrucker (ESC/POS) angegeben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt printer:</source>
        <translation>Belegdrucker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed (serial ports only):</source>
        <translation>Baudrate (nur serielle Schnittstellen):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email receipts through this mail server</source>
        <translation>Belege per E-Mail über diesen Mailserver senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a relay on this computer only)</source>
        <translation>Keine (nur ein Relay auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail user</source>
        <translation>Mail-Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no sign-in</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the store&apos;s name</source>
        <translation>der Name der Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private CA file</source>
        <translation>Private CA-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: the system&apos;s</source>
        <translation>leer: die des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours for this computer&apos;s user; applied at once.</source>
        <translation>Farben für den Benutzer dieses Computers; werden sofort angewendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of RefundDesk&apos;s texts for this computer&apos;s user. It changes the next time RefundDesk starts; amounts and dates keep following the store&apos;s locale.</source>
        <translation>Die Sprache der Texte von RefundDesk für den Benutzer dieses Computers. Sie ändert sich beim nächsten Start von RefundDesk; Beträge und Datumsangaben richten sich weiterhin nach dem Gebietsschema der Filiale.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+24"/>
        <source>%1 is needed.</source>
        <translation>%1 wird benötigt.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is not an ISO 4217 currency code like EUR.</source>
        <translation>%1 ist kein ISO-4217-Währungscode wie EUR.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A mail password needs the mail user it belongs to.</source>
        <translation>Ein Mail-Passwort braucht den zugehörigen Mail-Benutzer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pockyt&apos;s API token</source>
        <translation>Das API-Token von Pockyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3&apos;s API key</source>
        <translation>Der API-Schlüssel von PW v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecPaid&apos;s token</source>
        <translation>Das Token von SecPaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail password</source>
        <translation>Das Mail-Passwort</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was not saved, and neither was anything else: %2</source>
        <translation>%1 wurde nicht gespeichert, und auch sonst nichts: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. RefundDesk starts its engine again with these settings.</source>
        <translation>Gespeichert. RefundDesk startet seine Engine mit diesen Einstellungen neu.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+43"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to RefundDesk</source>
        <translation>Bei RefundDesk anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · register %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Kasse %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo employees and their PINs: %1.</source>
        <translation>Demo-Mitarbeiter und ihre PINs: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This ledger has no employees yet. Create the first manager; they add everyone else under Settings.</source>
        <translation>Dieses Journal hat noch keine Mitarbeiter. Legen Sie den ersten Manager an; er fügt unter Einstellungen alle anderen hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits):</source>
        <translation>PIN (4 bis 12 Ziffern):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>PIN wiederholen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit RefundDesk</source>
        <translation>RefundDesk beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped. Enter the PIN again.</source>
        <translation>Angehalten. Geben Sie die PIN erneut ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the employee list…</source>
        <translation>Mitarbeiterliste wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The employee list cannot be read: %1</source>
        <translation>Die Mitarbeiterliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pick your name first.</source>
        <translation>Wählen Sie zuerst Ihren Namen aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your PIN (4 to 12 digits).</source>
        <translation>Geben Sie Ihre PIN ein (4 bis 12 Ziffern).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Try again after %2.</source>
        <translation>%1 Versuchen Sie es ab %2 erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a user name without spaces.</source>
        <translation>Wählen Sie einen Benutzernamen ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ; enter the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the first manager…</source>
        <translation>Erster Manager wird angelegt…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SmtpClient</name>
    <message>
        <location filename="../core/receipts/SmtpClient.cpp" line="+91"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Antwort des Servers: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail server name %1 cannot be found; check [smtp] host.</source>
        <translation>Der Mailserver-Name %1 wurde nicht gefunden; prüfen Sie [smtp] host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the mail server %1 (%2). Is it running, and are [smtp] host and port right?</source>
        <translation>Keine Verbindung zum Mailserver %1 (%2). Läuft er, und sind [smtp] host und port richtig?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 did not answer within %2 seconds.</source>
        <translation>Der Mailserver %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 refused the login of %2; check [smtp] user and password.</source>
        <translation>Der Mailserver %1 hat die Anmeldung von %2 abgelehnt; prüfen Sie [smtp] user und password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 does not offer STARTTLS. If it expects TLS from the start (port 465), set [smtp] security to tls.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an. Erwartet er TLS von Anfang an (Port 465), setzen Sie [smtp] security auf tls.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to the mail server %1 failed: %2. If the server uses a private certificate authority, name it in [smtp] ca_file.</source>
        <translation>Die sichere Verbindung zum Mailserver %1 ist fehlgeschlagen: %2. Verwendet der Server eine private Zertifizierungsstelle, geben Sie sie in [smtp] ca_file an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the receipt was cancelled.</source>
        <translation>Das Senden des Belegs wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server %1 broke off: %2</source>
        <translation>Die Verbindung zum Mailserver %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 refused the message to %2.</source>
        <translation>Der Mailserver %1 hat die Nachricht an %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 refused the message to %2 (%3).</source>
        <translation>Der Mailserver %1 hat die Nachricht an %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending through the mail server %1 failed: %2</source>
        <translation>Das Senden über den Mailserver %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The mail library could not start.</source>
        <translation>Die Mail-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SmtpPasswordStore</name>
    <message>
        <location filename="../core/receipts/SmtpPasswordStore.cpp" line="+16"/>
        <source>The keychain holds no password for %1. Enter it in the mail settings, or set [smtp] password to env:NAME or file:PATH.</source>
        <translation>Im Schlüsselbund ist kein Passwort für %1 gespeichert. Geben Sie es in den E-Mail-Einstellungen ein, oder setzen Sie [smtp] password auf env:NAME oder file:PATH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available (%1). Set [smtp] password to env:NAME or file:PATH instead.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (%1). Setzen Sie stattdessen [smtp] password auf env:NAME oder file:PATH.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the mail password: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Mail-Passwort verweigert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1). Set [smtp] password to env:NAME or file:PATH instead.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1). Setzen Sie stattdessen [smtp] password auf env:NAME oder file:PATH.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqlLedger</name>
    <message>
        <location filename="../core/ledger/SqlLedger.cpp" line="+88"/>
        <source>The ledger %1 holds %2 that this program cannot read; it may have been edited by hand.</source>
        <translation>Das Journal %1 enthält Daten, die dieses Programm nicht lesen kann (%2); möglicherweise wurde es von Hand bearbeitet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail cannot be written or checked: this installation&apos;s audit key is not available.</source>
        <translation>Das Audit-Protokoll kann weder geschrieben noch geprüft werden: Der Audit-Schlüssel dieser Installation ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The ledger %1 failed while %2: %3</source>
        <translation>Fehler im Journal %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>storing several changes together</source>
        <translation>Speichern mehrerer Änderungen in einem Schritt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading sales</source>
        <translation>Lesen der Verkäufe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sale %1</source>
        <translation>Verkauf %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A sale cannot be stored without the gateway&apos;s transaction id.</source>
        <translation>Ein Verkauf kann nicht ohne die Transaktions-ID des Gateways gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing sale %1</source>
        <translation>Speichern von Verkauf %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>sale %1, refused and then not found</source>
        <translation>Verkauf %1, abgelehnt und dann nicht gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gateway reports %1 for sale %2, but the ledger holds %3 for it; nothing was changed.</source>
        <translation>Das Gateway meldet %1 für Verkauf %2, das Journal enthält dafür aber %3; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The ledger has no %1 sale with reference %2.</source>
        <translation>Das Journal enthält keinen Verkauf von %1 mit der Referenz %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger has no %1 sale with transaction id %2.</source>
        <translation>Das Journal enthält keinen Verkauf von %1 mit der Transaktions-ID %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The ledger has no sale number %1.</source>
        <translation>Das Journal enthält keinen Verkauf mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading refunds</source>
        <translation>Lesen der Erstattungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>refund %1</source>
        <translation>Erstattung %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The ledger has no refund %1.</source>
        <translation>Das Journal enthält keine Erstattung %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>adding up the refunds of sale %1</source>
        <translation>Summieren der Erstattungen von Verkauf %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>refunds of sale %1 (%2)</source>
        <translation>Erstattungen von Verkauf %1 (%2)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>recording an event of refund %1</source>
        <translation>Erfassen eines Ereignisses der Erstattung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund must be more than zero.</source>
        <translation>Eine Erstattung muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journaling a refund of sale %1</source>
        <translation>Verbuchen einer Erstattung zu Verkauf %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refund is in %1, but the sale was paid in %2.</source>
        <translation>Die Erstattung ist in %1, der Verkauf wurde aber in %2 bezahlt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is more than the %2 left to refund on this sale (paid %3; refunded or in progress %4).</source>
        <translation>%1 ist mehr als die %2, die für diesen Verkauf noch erstattet werden können (bezahlt %3; erstattet oder in Bearbeitung %4).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This sale already has %n refund(s), as many as its gateway allows per payment.</source>
        <translation>
            <numerusform>Dieser Verkauf hat bereits %n Erstattung, so viele, wie sein Gateway pro Zahlung erlaubt.</numerusform>
            <numerusform>Dieser Verkauf hat bereits %n Erstattungen, so viele, wie sein Gateway pro Zahlung erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A refund with id %1 is already in the ledger.</source>
        <translation>Eine Erstattung mit der ID %1 ist bereits im Journal.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>updating refund %1</source>
        <translation>Aktualisieren der Erstattung %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund %1 is under review: only a person can close it.</source>
        <translation>Erstattung %1 ist in Prüfung: Nur eine Person kann sie abschließen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund %1 is %2 and cannot move to %3.</source>
        <translation>Erstattung %1 hat den Status „%2“ und kann nicht zu „%3“ wechseln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing a refund under review needs a note saying why.</source>
        <translation>Zum Abschließen einer Erstattung in Prüfung ist eine Notiz mit der Begründung nötig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund %1 already has the gateway refund id %2; the gateway now names it %3. Nothing was changed.</source>
        <translation>Erstattung %1 hat bereits die Gateway-Erstattungs-ID %2; das Gateway nennt sie jetzt %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ledger has no %1 refund with the gateway refund id %2.</source>
        <translation>Das Journal enthält keine Erstattung von %1 mit der Gateway-Erstattungs-ID %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <source>counting refunds</source>
        <translation>Zählen der Erstattungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adding up what %1 refunded today</source>
        <translation>Summieren der heutigen Erstattungen von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>refunds of %1 in status &quot;%2&quot;</source>
        <translation>Erstattungen von %1 im Status „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refunds of %1 (a sum of %2 minor units)</source>
        <translation>Erstattungen von %1 (eine Summe von %2 kleinsten Währungseinheiten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunds of %1 (%2)</source>
        <translation>Erstattungen von %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the events of refund %1</source>
        <translation>Lesen der Ereignisse der Erstattung %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>event %1 of refund %2</source>
        <translation>Ereignis %1 der Erstattung %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+37"/>
        <source>appending to the audit trail</source>
        <translation>Anhängen an das Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking the audit trail</source>
        <translation>Prüfen des Audit-Protokolls</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>reading the audit trail</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqliteLedger</name>
    <message>
        <location filename="../core/ledger/SqliteLedger.cpp" line="+37"/>
        <source>The ledger %1 cannot be read: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RefundDesk ledger: it is not a SQLite database. It was left unchanged; choose another file.</source>
        <translation>%1 ist kein RefundDesk-Journal: Es ist keine SQLite-Datenbank. Die Datei wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+108"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The ledger %1 cannot be set up (%2): %3</source>
        <translation>Das Journal %1 kann nicht eingerichtet werden (%2): %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ledger %1 cannot be opened: this SQLite does not enforce foreign keys.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: Diese SQLite-Version erzwingt keine Fremdschlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;); SQLite cannot share a file safely on some network drives.</source>
        <translation>Das Journal %1 kann kein Write-Ahead-Logging verwenden (der Journal-Modus bleibt „%2“); auf manchen Netzlaufwerken kann SQLite eine Datei nicht sicher gemeinsam nutzen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No ledger file was given.</source>
        <translation>Es wurde keine Journal-Datei angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder, not a ledger file.</source>
        <translation>%1 ist ein Ordner, keine Journal-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger %1 cannot be created: its folder does not exist.</source>
        <translation>Das Journal %1 kann nicht angelegt werden: Sein Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The ledger %1 is busy: another RefundDesk program kept it locked for more than %2 seconds while %3. Try again.</source>
        <translation>Das Journal %1 ist belegt: Ein anderes RefundDesk-Programm hielt es länger als %2 Sekunden gesperrt (%3). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqliteLedgerWatcher</name>
    <message>
        <location filename="../core/ledger/SqliteLedgerWatcher.cpp" line="+38"/>
        <source>The ledger %1 cannot be watched: there is no such file.</source>
        <translation>Das Journal %1 kann nicht überwacht werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>The ledger %1 cannot be watched: %2</source>
        <translation>Das Journal %1 kann nicht überwacht werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not a RefundDesk ledger yet: open it as a ledger before watching it.</source>
        <translation>%1 ist noch kein RefundDesk-Journal: Öffnen Sie es als Journal, bevor Sie es überwachen.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StartupScreen</name>
    <message>
        <location filename="../ui/StartupScreen.cpp" line="+17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>RefundDesk</source>
        <translation>RefundDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why RefundDesk cannot start</source>
        <translation>Warum RefundDesk nicht starten kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit RefundDesk</source>
        <translation>RefundDesk beenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StatusCommand</name>
    <message>
        <location filename="../app/refundctl/StatusCommand.cpp" line="+13"/>
        <source>Shows a refund as the ledger has it.</source>
        <translation>Zeigt eine Erstattung so, wie sie im Journal steht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>Die ID der Erstattung (eine UUID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: refundctl status REFUND_ID [--json]</source>
        <translation>Aufruf: refundctl status REFUND_ID [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>„%1“ ist keine Erstattungs-ID (eine UUID).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SyncCommand</name>
    <message>
        <location filename="../app/refundctl/SyncCommand.cpp" line="+14"/>
        <source>Follows up every refund that is still submitting or pending, once.</source>
        <translation>Verfolgt jede Erstattung, die noch übermittelt wird oder aussteht, einmal nach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 checked, %2 changed, %3 skipped</source>
        <translation>%1 geprüft, %2 geändert, %3 übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refund(s) could not be followed up; the first: %2</source>
        <translation>%1 Erstattung(en) konnten nicht nachverfolgt werden; die erste: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransportOutcome</name>
    <message>
        <location filename="../core/gateways/TransportOutcome.cpp" line="+23"/>
        <source>The refund was cancelled before it was sent. Nothing was refunded.</source>
        <translation>Die Erstattung wurde abgebrochen, bevor sie gesendet wurde. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 RefundDesk will check with %2 whether the refund was made.</source>
        <translation>%1 RefundDesk fragt bei %2 nach, ob die Erstattung ausgeführt wurde.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UiLanguage</name>
    <message>
        <location filename="../core/i18n/UiLanguage.cpp" line="+75"/>
        <source>RefundDesk has no texts in the language &quot;%1&quot;; choose one of %2.</source>
        <translation>RefundDesk hat keine Texte in der Sprache „%1“; wählen Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserCommand</name>
    <message>
        <location filename="../app/refundctl/UserCommand.cpp" line="+27"/>
        <source>Adds and lists employees. A new PIN is read from standard input.</source>
        <translation>Legt Mitarbeiter an und listet sie auf. Eine neue PIN wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employee&apos;s user name (add).</source>
        <translation>Der Benutzername des Mitarbeiters (add).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk, manager or back_office.</source>
        <translation>clerk, manager oder back_office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name people see.</source>
        <translation>Der Name, den andere sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who adds the employee (default: refundctl).</source>
        <translation>Wer den Mitarbeiter anlegt (Standard: refundctl).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role must be clerk, manager or back_office.</source>
        <translation>--role muss clerk, manager oder back_office sein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Added %1 (%2).</source>
        <translation>%1 hinzugefügt (%2).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserDirectory</name>
    <message>
        <location filename="../core/engine/UserDirectory.cpp" line="+23"/>
        <source>%1 is locked out after %2 wrong PINs until %3.</source>
        <translation>%1 ist nach %2 falschen PINs bis %3 gesperrt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An employee needs a name without spaces around it.</source>
        <translation>Ein Mitarbeiter braucht einen Namen ohne Leerzeichen davor oder danach.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1&apos;s account is disabled.</source>
        <translation>Das Konto von %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wrong PIN. One more wrong PIN locks %1 out.</source>
        <translation>Falsche PIN. Eine weitere falsche PIN sperrt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. %1 more tries before %2 is locked out.</source>
        <translation>Falsche PIN. Noch %1 Versuche, bevor %2 gesperrt wird.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserStore</name>
    <message>
        <location filename="../core/engine/UserStore.cpp" line="+65"/>
        <location line="+25"/>
        <source>The employee list in %1 cannot be opened: %2</source>
        <translation>Die Mitarbeiterliste in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The employee list in %1 failed while %2: %3</source>
        <translation>Fehler in der Mitarbeiterliste %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The employee %1 in %2 has the unknown role &quot;%3&quot;.</source>
        <translation>Der Mitarbeiter %1 in %2 hat die unbekannte Rolle „%3“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up employee %1</source>
        <translation>Suchen von Mitarbeiter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>There is no employee named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>listing employees</source>
        <translation>Auflisten der Mitarbeiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adding employee %1</source>
        <translation>Hinzufügen von Mitarbeiter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already an employee named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>changing employee %1</source>
        <translation>Ändern von Mitarbeiter %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>counting a wrong PIN of %1</source>
        <translation>Zählen einer falschen PIN von %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>resetting the wrong PINs of %1</source>
        <translation>Zurücksetzen der falschen PINs von %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::WebhookReceiver</name>
    <message>
        <location filename="../core/webhooks/WebhookReceiver.cpp" line="+51"/>
        <source>The webhook address %1 is not an IP address.</source>
        <translation>Die Webhook-Adresse %1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen for webhooks on %1:%2 (in use, or not allowed).</source>
        <translation>Auf %1:%2 kann nicht auf Webhooks gewartet werden (belegt oder nicht erlaubt).</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+92"/>
        <source>no webhook here</source>
        <translation>hier gibt es keinen Webhook</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>not a POST</source>
        <translation>kein POST</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>body over 64 KiB</source>
        <translation>Inhalt über 64 KiB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not about a refund</source>
        <translation>betrifft keine Erstattung</translation>
    </message>
</context>
</TS>
