<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>ReceiptCode</name>
    <message>
        <location filename="../core/scan/ReceiptCode.cpp" line="+159"/>
        <source>%1 transaction %2</source>
        <translation>Transaksi %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reference %2</source>
        <translation>Rujukan %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference %1</source>
        <translation>Rujukan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refund %2</source>
        <translation>Bayaran balik %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was read.</source>
        <translation>Tiada apa-apa yang dibaca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a receipt RefundDesk knows.</source>
        <translation>Bukan resit yang dikenali oleh RefundDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a receipt RefundDesk knows: %1</source>
        <translation>Bukan resit yang dikenali oleh RefundDesk: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>it is too long.</source>
        <translation>ia terlalu panjang.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the RefundDesk code is damaged.</source>
        <translation>kod RefundDesk itu rosak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the RefundDesk code names no gateway RefundDesk knows.</source>
        <translation>kod RefundDesk itu tidak menyatakan gerbang pembayaran yang dikenali oleh RefundDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transaction id does not fit %1.</source>
        <translation>ID transaksi itu tidak sepadan dengan format %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the RefundDesk refund code names no refund.</source>
        <translation>kod bayaran balik RefundDesk itu tidak menyatakan sebarang bayaran balik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the RefundDesk code names no sale.</source>
        <translation>kod RefundDesk itu tidak menyatakan sebarang jualan.</translation>
    </message>
</context>
<context>
    <name>ReceiptFileReader</name>
    <message>
        <location filename="../core/scan/ReceiptFileReader.cpp" line="+47"/>
        <source>No such file.</source>
        <translation>Fail tidak wujud.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The picture is too large.</source>
        <translation>Gambar terlalu besar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a picture or PDF file RefundDesk can read (%1).</source>
        <translation>Bukan gambar atau fail PDF yang boleh dibaca oleh RefundDesk (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No barcode found in the picture.</source>
        <translation>Tiada kod bar ditemui dalam gambar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF file cannot be opened.</source>
        <translation>Fail PDF tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No barcode found on the PDF&apos;s pages.</source>
        <translation>Tiada kod bar ditemui pada halaman PDF.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF file has no pages.</source>
        <translation>Fail PDF tiada halaman.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditChain</name>
    <message>
        <location filename="../core/ledger/AuditChain.cpp" line="+34"/>
        <source>Audit row %1 follows row %2: the rows between them were removed.</source>
        <translation>Baris audit %1 mengikuti baris %2: baris di antaranya telah dibuang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not link to the row before it: rows were removed or replaced.</source>
        <translation>Baris audit %1 tidak terpaut kepada baris sebelumnya: baris telah dibuang atau diganti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not match its hash: it was changed after it was written, or the installation key is not the one it was written with.</source>
        <translation>Baris audit %1 tidak sepadan dengan hash-nya: ia telah diubah selepas ditulis, atau kunci pemasangan bukan kunci yang digunakan semasa ia ditulis.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditCommand</name>
    <message>
        <location filename="../app/refundctl/AuditCommand.cpp" line="+13"/>
        <source>Checks the audit chain.</source>
        <translation>Menyemak rantaian audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with the audit chain.</source>
        <translation>Tindakan yang hendak dilakukan pada rantaian audit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: refundctl audit verify [--json]</source>
        <translation>Penggunaan: refundctl audit verify [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit chain is intact: %1 rows.</source>
        <translation>Rantaian audit utuh: %1 baris.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit row %1 does not match: %2</source>
        <translation>Baris audit %1 tidak sepadan: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditKey</name>
    <message>
        <location filename="../core/engine/AuditKey.cpp" line="+24"/>
        <source>The audit key ([ledger] audit_key, %1) cannot be read: %2</source>
        <translation>Kunci audit ([ledger] audit_key, %1) tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>ia kosong</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set [ledger] audit_key: a database server has no folder to keep the audit key in.</source>
        <translation>Tetapkan [ledger] audit_key: pelayan pangkalan data tiada folder untuk menyimpan kunci audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit key file %1 cannot be read: %2</source>
        <translation>Fail kunci audit %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit key file %1 is empty.</source>
        <translation>Fail kunci audit %1 kosong.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit key file %1 cannot be created: %2</source>
        <translation>Fail kunci audit %1 tidak dapat dicipta: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit key file %1 cannot be written: %2</source>
        <translation>Fail kunci audit %1 tidak dapat ditulis: %2</translation>
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
        <translation>Bila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Berkenaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>Kaunter</translation>
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
        <translation>Sahkan &amp;rantaian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify the audit chain</source>
        <translation>Sahkan rantaian audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit chain check</source>
        <translation>Semakan rantaian audit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check stopped; the chain was not judged.</source>
        <translation>Semakan dihentikan; rantaian tidak dinilai.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in the audit trail</source>
        <translation>
            <numerusform>%n baris dalam jejak audit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking every row&apos;s hash…</source>
        <translation>Menyemak hash setiap baris…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain cannot be checked: %1</source>
        <translation>Rantaian tidak dapat disemak: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The chain is intact: all %n row(s) match their hashes.</source>
        <translation>
            <numerusform>Rantaian utuh: kesemua %n baris sepadan dengan hash masing-masing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chain is broken at row %1: %2 Rows before it match; keep a copy of the ledger and tell whoever looks after RefundDesk.</source>
        <translation>Rantaian terputus pada baris %1: %2 Baris sebelumnya sepadan; simpan salinan lejar dan maklumkan kepada orang yang menguruskan RefundDesk.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::BackOfficePage</name>
    <message>
        <location filename="../ui/BackOfficePage.cpp" line="+25"/>
        <source>Back office</source>
        <translation>Pejabat belakang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refunds</source>
        <translation>&amp;Bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Needs re&amp;view</source>
        <translation>Perlu &amp;semakan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Jejak audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reco&amp;nciliation</source>
        <translation>Pe&amp;nyesuaian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs re&amp;view (%1)</source>
        <translation>Perlu &amp;semakan (%1)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::BusyPanel</name>
    <message>
        <location filename="../ui/BusyPanel.cpp" line="+20"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>Sedang diproses</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ConfigFileEditor</name>
    <message>
        <location filename="../ui/ConfigFileEditor.cpp" line="+52"/>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CounterPage</name>
    <message>
        <location filename="../ui/CounterPage.cpp" line="+42"/>
        <source>%1 reference %2</source>
        <translation>rujukan %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 transaction %2</source>
        <translation>transaksi %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference %1</source>
        <translation>rujukan %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>Find the sale</source>
        <translation>Cari jualan</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Scan the receipt, or type its transaction number, reference, PayNet checkout id or SecPaid pay id, and press Enter.</source>
        <translation>Imbas resit, atau taip nombor transaksi, rujukan, ID checkout PayNet atau pay id SecPaid, kemudian tekan Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt number</source>
        <translation>Nombor resit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 297553638300708562, POS-PK-1001 or 12345</source>
        <translation>cth. 297553638300708562, POS-PK-1001 atau 12345</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scan receipt…</source>
        <translation>&amp;Imbas resit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the receipt with the camera or from a file</source>
        <translation>Imbas resit dengan kamera atau daripada fail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lookup result</source>
        <translation>Hasil carian</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>← Back (Esc)</source>
        <translation>← Kembali (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the search</source>
        <translation>Kembali ke carian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the &amp;gateway again</source>
        <translation>Tanya &amp;gerbang pembayaran semula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the gateway about this sale again</source>
        <translation>Tanya gerbang pembayaran tentang jualan ini semula</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refund problem</source>
        <translation>Masalah bayaran balik</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Type or scan the receipt&apos;s number first.</source>
        <translation>Taip atau imbas nombor resit dahulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Type the transaction number, reference, PayNet checkout id or SecPaid pay id printed on the receipt.</source>
        <translation>%1 Taip nombor transaksi, rujukan, ID checkout PayNet atau pay id SecPaid yang tercetak pada resit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up %1…</source>
        <translation>Mencari %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No sale %1 was found, in the ledger or at %2. Check the number on the receipt.</source>
        <translation>Tiada jualan %1 ditemui, sama ada dalam lejar atau di %2. Semak nombor pada resit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 Try again in %2 seconds.</source>
        <translation>%1 Cuba lagi dalam %2 saat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped looking. Nothing was changed.</source>
        <translation>Carian dihentikan. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking %1 about this sale…</source>
        <translation>Bertanya kepada %1 tentang jualan ini…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the refund to %1…</source>
        <translation>Menghantar bayaran balik kepada %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t wait</source>
        <translation>Jangan tunggu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The refund goes on without you: nothing is sent twice, and Back office shows how it ends.</source>
        <translation>Bayaran balik diteruskan tanpa anda: tiada apa-apa dihantar dua kali, dan Pejabat belakang akan menunjukkan kesudahannya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund of %1 for %2: %3</source>
        <translation>Bayaran balik %1 untuk %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refund was not made: %1</source>
        <translation>Bayaran balik tidak dibuat: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was sent: %1 Try again; if it keeps happening, tell the person who looks after RefundDesk.</source>
        <translation>Tiada apa-apa dihantar: %1 Cuba lagi; jika ia terus berlaku, maklumkan kepada orang yang menguruskan RefundDesk.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CredentialStore</name>
    <message>
        <location filename="../ui/CredentialStore.cpp" line="+23"/>
        <source>RefundDesk cannot reach a system keychain on this computer (%1). RefundDesk does not write credentials to disk: write env:NAME or file:PATH for them in the configuration file instead, or use a desktop session with a keychain.</source>
        <translation>RefundDesk tidak dapat mencapai rantai kunci sistem pada komputer ini (%1). RefundDesk tidak menulis bukti kelayakan ke cakera: sebaliknya, tulis env:NAME atau file:PATH untuknya dalam fail konfigurasi, atau gunakan sesi desktop yang mempunyai rantai kunci.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Rantai kunci menolak akses (%1). Buka kuncinya dan cuba lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds no such credential.</source>
        <translation>Rantai kunci tiada bukti kelayakan tersebut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1). Try again; if it keeps failing, write env:NAME or file:PATH in the configuration file instead.</source>
        <translation>Rantai kunci gagal (%1). Cuba lagi; jika ia terus gagal, tulis env:NAME atau file:PATH dalam fail konfigurasi sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pockyt&apos;s API token</source>
        <translation>Token API Pockyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3&apos;s API key</source>
        <translation>Kunci API PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid&apos;s token</source>
        <translation>Token SecPaid</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be read from the keychain: %2 Enter it again under Settings, Gateways.</source>
        <translation>%1 tidak dapat dibaca daripada rantai kunci: %2 Masukkannya semula di bawah Tetapan, Gerbang pembayaran.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CsvReader</name>
    <message>
        <location filename="../core/reconcile/CsvReader.cpp" line="+62"/>
        <source>text after a closing quote; a quote inside a field must be doubled</source>
        <translation>teks selepas tanda petik penutup; tanda petik di dalam medan mesti digandakan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote inside a field that does not start with one; quote the whole field</source>
        <translation>tanda petik di dalam medan yang tidak bermula dengan tanda petik; letakkan tanda petik pada keseluruhan medan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quoted field is never closed; the rest of the file is part of it</source>
        <translation>medan berpetik tidak pernah ditutup; baki fail menjadi sebahagian daripadanya</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the line is not UTF-8 text</source>
        <translation>baris itu bukan teks UTF-8</translation>
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
        <translation>RefundDesk pada baris arahan: cari jualan, buat bayaran balik dan pantau bayaran balik sehingga status akhirnya.

Arahan (setiap satu mempunyai --help; --json untuk output mesin; --config FILE atau REFUNDDESK_CONFIG):
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

Gerbang pembayaran: pockyt, pwv3, secpaid, paynet.
Bahasa: --language en|de|ms|zh_CN dengan sebarang arahan (lalai: LANGUAGE, LC_MESSAGES atau LANG).
Kod keluar: 0 selesai; 1 tidak dibenarkan, gagal, ditolak atau tidak ditemui; 2 argumen atau konfigurasi tidak sah; 3 keputusan belum diketahui (perlu semakan) atau gerbang pembayaran atau lejar tidak dapat dihubungi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What to do (see above).</source>
        <translation>Tindakan yang hendak dilakukan (lihat di atas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &apos;%1&apos;; see refundctl --help.</source>
        <translation>Arahan &apos;%1&apos; tidak diketahui; lihat refundctl --help.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CtlSession</name>
    <message>
        <location filename="../app/refundctl/CtlSession.cpp" line="+14"/>
        <source>The configuration file (default: $REFUNDDESK_CONFIG).</source>
        <translation>Fail konfigurasi (lalai: $REFUNDDESK_CONFIG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine output: JSON on stdout.</source>
        <translation>Output mesin: JSON pada stdout.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No configuration: pass --config FILE or set REFUNDDESK_CONFIG.</source>
        <translation>Tiada konfigurasi: berikan --config FILE atau tetapkan REFUNDDESK_CONFIG.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: %1</source>
        <translation>amaran: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DemoEnvironment</name>
    <message>
        <location filename="../ui/DemoEnvironment.cpp" line="+29"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Casey Clerk</source>
        <translation>Casey Kerani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morgan Manager</source>
        <translation>Morgan Pengurus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo Backoffice</source>
        <translation>Bo Pejabat Belakang</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot create the demo folder: %1</source>
        <translation>Tidak dapat mencipta folder demo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating the demo PayNet merchant key…</source>
        <translation>Menjana kunci peniaga PayNet demo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot generate the demo PayNet key.</source>
        <translation>Tidak dapat menjana kunci PayNet demo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the gateway sandbox…</source>
        <translation>Memulakan sandbox gerbang pembayaran…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s sample data is damaged: %1</source>
        <translation>Data sampel sandbox rosak: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No free loopback port for the demo&apos;s webhook receiver.</source>
        <translation>Tiada port loopback yang kosong untuk penerima webhook demo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway sandbox cannot start: %1</source>
        <translation>Sandbox gerbang pembayaran tidak dapat dimulakan: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>RefundDesk Demo Store</source>
        <translation>Kedai Demo RefundDesk</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Filling the demo ledger with the sandbox&apos;s sales…</source>
        <translation>Mengisi lejar demo dengan jualan daripada sandbox…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Adding the demo employees…</source>
        <translation>Menambah pekerja demo…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DeskLauncher</name>
    <message>
        <location filename="../ui/DeskLauncher.cpp" line="+55"/>
        <source>The demo cannot start: %1</source>
        <translation>Demo tidak dapat dimulakan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the demo…</source>
        <translation>Menyediakan demo…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no configuration at %1 yet. Write one as docs/configuration.md describes (or name it with --config FILE or REFUNDDESK_CONFIG), then start RefundDesk again. To try RefundDesk without one, start it with --demo.</source>
        <translation>Belum ada konfigurasi di %1. Tulis satu seperti yang diterangkan dalam docs/configuration.md (atau nyatakannya dengan --config FILE atau REFUNDDESK_CONFIG), kemudian mulakan RefundDesk semula. Untuk mencuba RefundDesk tanpa konfigurasi, mulakannya dengan --demo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The configuration %1 has problems; fix them and start RefundDesk again:
%2</source>
        <translation>Konfigurasi %1 mempunyai masalah; betulkannya dan mulakan RefundDesk semula:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the gateway credentials from the keychain…</source>
        <translation>Membaca bukti kelayakan gerbang pembayaran daripada rantai kunci…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the ledger and starting the engine…</source>
        <translation>Membuka lejar dan memulakan enjin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk cannot start: %1</source>
        <translation>RefundDesk tidak dapat dimulakan: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DeskOptions</name>
    <message>
        <location filename="../app/refunddesk/main.cpp" line="+28"/>
        <source>Start with the gateway sandbox, sample sales and demo employees (clerk 1111, manager 2222, backoffice 3333).</source>
        <translation>Mulakan dengan sandbox gerbang pembayaran, jualan sampel dan pekerja demo (clerk 1111, manager 2222, backoffice 3333).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration file (default: REFUNDDESK_CONFIG, else the per-user refunddesk.ini).</source>
        <translation>Fail konfigurasi (lalai: REFUNDDESK_CONFIG, jika tiada, refunddesk.ini bagi pengguna semasa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: walk through every screen, save a PNG of each into DIR and quit.</source>
        <translation>Dengan --demo: lalui setiap skrin, simpan PNG bagi setiap satu ke dalam DIR dan keluar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system, light or dark (default: the one chosen in Settings).</source>
        <translation>system, light atau dark (lalai: yang dipilih dalam Tetapan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the texts: en, de, ms or zh_CN (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Bahasa teks: en, de, ms atau zh_CN (lalai: yang dipilih dalam Tetapan, jika tiada, bahasa sistem).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RefundDesk: refunds at the counter and in the back office.</source>
        <translation>RefundDesk: bayaran balik di kaunter dan di pejabat belakang.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--screenshot-tour needs --demo: it refunds sample sales.</source>
        <translation>--screenshot-tour memerlukan --demo: ia membuat bayaran balik bagi jualan sampel.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EmailAddress</name>
    <message>
        <location filename="../core/receipts/EmailAddress.cpp" line="+24"/>
        <source>Enter an email address.</source>
        <translation>Masukkan alamat e-mel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an email address: it needs one @ between a name and a domain.</source>
        <translation>&apos;%1&apos; bukan alamat e-mel: ia memerlukan satu @ di antara nama dan domain.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The part before the @ in &apos;%1&apos; has characters or dots an address cannot have.</source>
        <translation>Bahagian sebelum @ dalam &apos;%1&apos; mengandungi aksara atau titik yang tidak dibenarkan dalam alamat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid mail domain.</source>
        <translation>&apos;%1&apos; bukan domain mel yang sah.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EmployeesPanel</name>
    <message>
        <location filename="../ui/EmployeesPanel.cpp" line="+41"/>
        <source>There is no employee list.</source>
        <translation>Tiada senarai pekerja.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>4 to 12 digits</source>
        <translation>4 hingga 12 digit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Role of the new employee</source>
        <translation>Peranan pekerja baharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of the new employee</source>
        <translation>PIN pekerja baharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of the new employee, again</source>
        <translation>PIN pekerja baharu, sekali lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add employee</source>
        <translation>&amp;Tambah pekerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN for the selected employee</source>
        <translation>PIN baharu untuk pekerja yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;PIN</source>
        <translation>Tetapkan &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role for the selected employee</source>
        <translation>Peranan baharu untuk pekerja yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;role</source>
        <translation>Tetapkan pe&amp;ranan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nyahaktifkan</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked until</source>
        <translation>Disekat sehingga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected:</source>
        <translation>Dipilih:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the selected employee&apos;s PIN</source>
        <translation>Tetapkan PIN pekerja yang dipilih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected employee&apos;s role</source>
        <translation>Tetapkan peranan pekerja yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate or reactivate the selected employee</source>
        <translation>Nyahaktifkan atau aktifkan semula pekerja yang dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New employee</source>
        <translation>Pekerja baharu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name of the new employee</source>
        <translation>Nama pengguna pekerja baharu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name of the new employee</source>
        <translation>Nama penuh pekerja baharu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the new employee</source>
        <translation>Tambah pekerja baharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Nama penuh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Peranan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>PIN sekali lagi:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan semula</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The employee list cannot be read: %1</source>
        <translation>Senarai pekerja tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a user name without spaces.</source>
        <translation>Pilih nama pengguna tanpa ruang kosong.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ; enter the same PIN twice.</source>
        <translation>Kedua-dua PIN berbeza; masukkan PIN yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding %1…</source>
        <translation>Menambah %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was added.</source>
        <translation>%1 telah ditambah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>Pick the employee first.</source>
        <translation>Pilih pekerja dahulu.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Setting %1&apos;s PIN…</source>
        <translation>Menetapkan PIN %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s PIN was changed.</source>
        <translation>PIN %1 telah ditukar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1&apos;s role…</source>
        <translation>Menukar peranan %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now %2.</source>
        <translation>%1 kini %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>Anda tidak boleh menyahaktifkan diri sendiri semasa log masuk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deactivating %1…</source>
        <translation>Menyahaktifkan %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivating %1…</source>
        <translation>Mengaktifkan semula %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 tidak lagi boleh log masuk.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 boleh log masuk semula.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EscPosSender</name>
    <message>
        <location filename="../core/receipts/EscPosSender.cpp" line="+43"/>
        <source>Cannot open the serial port %1: %2</source>
        <translation>Tidak dapat membuka port bersiri %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot set up the serial port %1: %2</source>
        <translation>Tidak dapat menyediakan port bersiri %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer on %1 did not take the receipt: %2</source>
        <translation>Pencetak pada %1 tidak menerima resit: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the printer device %1: %2</source>
        <translation>Tidak dapat membuka peranti pencetak %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to the printer device %1: %2</source>
        <translation>Tidak dapat menulis ke peranti pencetak %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The printer is still busy with the previous receipt.</source>
        <translation>Pencetak masih sibuk dengan resit sebelumnya.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot send the receipt to the printer at %1: %2</source>
        <translation>Tidak dapat menghantar resit ke pencetak di %1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The printer at %1 did not answer within %2 seconds.</source>
        <translation>Pencetak di %1 tidak menjawab dalam masa %2 saat.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EscPosTarget</name>
    <message>
        <location filename="../core/receipts/EscPosTarget.cpp" line="+37"/>
        <source>No ESC/POS printer is configured ([printer] escpos).</source>
        <translation>Tiada pencetak ESC/POS dikonfigurasikan ([printer] escpos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is neither HOST:PORT nor a device path.</source>
        <translation>&apos;%1&apos; bukan HOST:PORT dan bukan laluan peranti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, like [::1]:9100.</source>
        <translation>&apos;%1&apos;: tulis alamat IPv6 dalam kurungan, seperti [::1]:9100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has no valid port number after the colon.</source>
        <translation>&apos;%1&apos; tiada nombor port yang sah selepas titik bertindih.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>&apos;%1&apos; bukan nama hos atau alamat.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ExactJsonParser</name>
    <message>
        <location filename="../core/gateways/ExactJson.cpp" line="+135"/>
        <source>not JSON: the text is %1 bytes long, more than the limit of 1 MiB</source>
        <translation>bukan JSON: teks sepanjang %1 bait, melebihi had 1 MiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not JSON: the text is empty</source>
        <translation>bukan JSON: teks kosong</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not JSON: unexpected end at byte %1</source>
        <translation>bukan JSON: pengakhiran tidak dijangka pada bait %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON: unexpected &apos;%1&apos; at byte %2</source>
        <translation>bukan JSON: &apos;%1&apos; tidak dijangka pada bait %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not JSON: unexpected byte 0x%1 at byte %2</source>
        <translation>bukan JSON: bait 0x%1 tidak dijangka pada bait %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not JSON: a lone low surrogate \u%1 at byte %2</source>
        <translation>bukan JSON: surrogate rendah tunggal \u%1 pada bait %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON: a high surrogate \u%1 without its low half at byte %2</source>
        <translation>bukan JSON: surrogate tinggi \u%1 tanpa separuh rendahnya pada bait %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON: \u%1 at byte %2 is not the low half of a surrogate pair</source>
        <translation>bukan JSON: \u%1 pada bait %2 bukan separuh rendah pasangan surrogate</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>not JSON: invalid UTF-8 at byte %1</source>
        <translation>bukan JSON: UTF-8 tidak sah pada bait %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not JSON: unterminated string at byte %1</source>
        <translation>bukan JSON: rentetan tidak ditamatkan pada bait %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON: control character 0x%1 inside a string at byte %2</source>
        <translation>bukan JSON: aksara kawalan 0x%1 di dalam rentetan pada bait %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not JSON: nested more than %1 levels deep at byte %2</source>
        <translation>bukan JSON: bersarang lebih daripada %1 aras pada bait %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not JSON: duplicate key &quot;%1&quot; at byte %2</source>
        <translation>bukan JSON: kunci pendua &quot;%1&quot; pada bait %2</translation>
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
        <translation>%1 tidak ditetapkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>%1 (%2) tidak dapat dibaca: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty.</source>
        <translation>ia kosong.</translation>
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
        <translation>1 saat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation>%1 saat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refund may or may not have gone through; RefundDesk will check with the gateway before doing anything else.</source>
        <translation>Bayaran balik mungkin sudah atau belum diproses; RefundDesk akan menyemak dengan gerbang pembayaran sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed by this request; try again in a moment.</source>
        <translation>Permintaan ini tidak mengubah apa-apa; cuba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The gateway sent RefundDesk to another address (HTTP %1%2). RefundDesk does not follow that for payment requests; check the gateway address in the settings.</source>
        <translation>Gerbang pembayaran mengarahkan RefundDesk ke alamat lain (HTTP %1%2). RefundDesk tidak mengikut arahan itu bagi permintaan pembayaran; semak alamat gerbang pembayaran dalam tetapan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway refused RefundDesk&apos;s credentials (HTTP %1). Check the API key or certificate in the settings.</source>
        <translation>Gerbang pembayaran menolak bukti kelayakan RefundDesk (HTTP %1). Semak kunci API atau sijil dalam tetapan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway does not know the address %1 (HTTP %2). Check the gateway address in the settings.</source>
        <translation>Gerbang pembayaran tidak mengenali alamat %1 (HTTP %2). Semak alamat gerbang pembayaran dalam tetapan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway is receiving too many requests (HTTP %1). Try again in a minute.</source>
        <translation>Gerbang pembayaran menerima terlalu banyak permintaan (HTTP %1). Cuba lagi dalam seminit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway reported an error of its own (HTTP %1). %2</source>
        <translation>Gerbang pembayaran melaporkan ralat di pihaknya sendiri (HTTP %1). %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>Gerbang pembayaran menolak permintaan (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway address %1 does not start with https://. RefundDesk only talks to payment gateways over an encrypted connection. Nothing was sent.</source>
        <translation>Alamat gerbang pembayaran %1 tidak bermula dengan https://. RefundDesk hanya berhubung dengan gerbang pembayaran melalui sambungan yang disulitkan. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk could not reach the gateway&apos;s server %1 within %2. Nothing was sent.</source>
        <translation>RefundDesk tidak dapat menghubungi pelayan gerbang pembayaran %1 dalam masa %2. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RefundDesk could not find the gateway&apos;s server %1. Check the internet connection and the gateway address. Nothing was sent.</source>
        <translation>RefundDesk tidak dapat menemui pelayan gerbang pembayaran %1. Semak sambungan internet dan alamat gerbang pembayaran. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s server %1 refused the connection. Nothing was sent; try again later.</source>
        <translation>Pelayan gerbang pembayaran %1 menolak sambungan. Tiada apa-apa dihantar; cuba lagi kemudian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s server %1 could not prove its identity (its TLS certificate was not accepted). Nothing was sent.</source>
        <translation>Pelayan gerbang pembayaran %1 tidak dapat membuktikan identitinya (sijil TLS-nya tidak diterima). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RefundDesk could not reach the gateway through the network proxy. Nothing was sent.</source>
        <translation>RefundDesk tidak dapat menghubungi gerbang pembayaran melalui proksi rangkaian. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk could not reach the gateway&apos;s server %1 (%2). Nothing was sent.</source>
        <translation>RefundDesk tidak dapat menghubungi pelayan gerbang pembayaran %1 (%2). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway did not answer within %1.</source>
        <translation>Gerbang pembayaran tidak menjawab dalam masa %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled after it had been sent.</source>
        <translation>Permintaan dibatalkan selepas ia dihantar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s answer was too large to be read.</source>
        <translation>Jawapan gerbang pembayaran terlalu besar untuk dibaca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway&apos;s answer was cut off (HTTP %1).</source>
        <translation>Jawapan gerbang pembayaran terputus (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the gateway broke before it answered.</source>
        <translation>Sambungan ke gerbang pembayaran terputus sebelum ia menjawab.</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>The request was cancelled before it was sent.</source>
        <translation>Permintaan dibatalkan sebelum ia dihantar.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayReport</name>
    <message>
        <location filename="../core/reconcile/GatewayReport.cpp" line="+53"/>
        <source>%1 is empty: a %2 report starts with a header line naming its columns.</source>
        <translation>%1 kosong: laporan %2 bermula dengan baris pengepala yang menamakan lajurnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header of %1 (line %2) cannot be read: %3. Nothing was imported.</source>
        <translation>Pengepala %1 (baris %2) tidak dapat dibaca: %3. Tiada apa-apa diimport.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has two columns named %2; RefundDesk cannot tell which to read. Nothing was imported.</source>
        <translation>%1 mempunyai dua lajur bernama %2; RefundDesk tidak dapat menentukan lajur yang hendak dibaca. Tiada apa-apa diimport.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a %2 report as RefundDesk reads it: the column(s) %3 are missing (its header has %4). Nothing was imported.</source>
        <translation>%1 bukan laporan %2 seperti yang dibaca oleh RefundDesk: lajur %3 tiada (pengepalanya mengandungi %4). Tiada apa-apa diimport.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has %1 field(s), the header has %2</source>
        <translation>ia mempunyai %1 medan, pengepala mempunyai %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no refund id (%1 empty)</source>
        <translation>tiada ID bayaran balik (%1 kosong)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is not a currency RefundDesk knows</source>
        <translation>%1 %2 bukan mata wang yang dikenali oleh RefundDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a refund amount is never negative</source>
        <translation>amaun bayaran balik tidak boleh negatif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an amount in %1 is a whole number of minor units (cents), e.g. 1234</source>
        <translation>amaun dalam %1 ialah nombor bulat dalam unit kecil (sen), cth. 1234</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: a refund amount is more than zero</source>
        <translation>%1 %2: amaun bayaran balik mesti lebih daripada sifar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is not a %3 refund status</source>
        <translation>%1 %2 bukan status bayaran balik %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is not a time in the %3 report&apos;s format</source>
        <translation>%1 %2 bukan masa dalam format laporan %3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::IniFile</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+63"/>
        <source>the file is not UTF-8 text</source>
        <translation>fail itu bukan teks UTF-8</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: a section header looks like [name]</source>
        <translation>baris %1: pengepala bahagian berbentuk [nama]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: expected key=value</source>
        <translation>baris %1: dijangkakan kunci=nilai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: key=value before any [section]</source>
        <translation>baris %1: kunci=nilai sebelum sebarang [bahagian]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the quoted value is not closed properly</source>
        <translation>baris %1: nilai berpetik tidak ditutup dengan betul</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: [%2] %3 is set twice</source>
        <translation>baris %1: [%2] %3 ditetapkan dua kali</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Jwt</name>
    <message>
        <location filename="../core/gateways/paynet/Jwt.cpp" line="+116"/>
        <source>the key is not an RSA key (it is %1); PayNet needs RS256</source>
        <translation>kunci itu bukan kunci RSA (ia ialah %1); PayNet memerlukan RS256</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the RSA key has only %1 bits; at least %2 are needed</source>
        <translation>kunci RSA itu hanya mempunyai %1 bit; sekurang-kurangnya %2 diperlukan</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>no key to check the JWT with</source>
        <translation>tiada kunci untuk menyemak JWT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JWT: too long</source>
        <translation>bukan JWT: terlalu panjang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JWT: it needs three non-empty parts separated by dots</source>
        <translation>bukan JWT: ia memerlukan tiga bahagian tidak kosong yang dipisahkan oleh titik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a JWT: a part is not base64url</source>
        <translation>bukan JWT: satu bahagian bukan base64url</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JWT: the header is not a JSON object</source>
        <translation>bukan JWT: pengepala bukan objek JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JWT is signed with algorithm &quot;%1&quot;; only RS256 is accepted</source>
        <translation>JWT ditandatangani dengan algoritma &quot;%1&quot;; hanya RS256 diterima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT header demands extensions RefundDesk does not know (&quot;crit&quot;)</source>
        <translation>pengepala JWT menuntut sambungan yang tidak dikenali oleh RefundDesk (&quot;crit&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bad signature</source>
        <translation>tandatangan tidak sah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT&apos;s claims are not a JSON object</source>
        <translation>tuntutan (claims) JWT bukan objek JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT&apos;s expiry (exp) is not a number</source>
        <translation>tempoh tamat JWT (exp) bukan nombor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <translation>telah tamat tempoh</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LedgerFactory</name>
    <message>
        <location filename="../core/ledger/LedgerFactory.cpp" line="+22"/>
        <source>No ledger was given: [ledger] url is empty.</source>
        <translation>Tiada lejar diberikan: [ledger] url kosong.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger URL must start with sqlite: (a file, as in sqlite:/var/lib/refunddesk/ledger.db) or postgresql:// (a server).</source>
        <translation>URL lejar mesti bermula dengan sqlite: (fail, seperti sqlite:/var/lib/refunddesk/ledger.db) atau postgresql:// (pelayan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger URL starts with &quot;%1:&quot;; RefundDesk opens sqlite: (a file) and postgresql:// (a server).</source>
        <translation>URL lejar bermula dengan &quot;%1:&quot;; RefundDesk membuka sqlite: (fail) dan postgresql:// (pelayan).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ListCommand</name>
    <message>
        <location filename="../app/refundctl/ListCommand.cpp" line="+15"/>
        <source>Lists the refunds in the ledger, newest first.</source>
        <translation>Menyenaraikan bayaran balik dalam lejar, yang terbaharu dahulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only refunds in these statuses (comma-separated): draft, submitting, pending, needs_review, succeeded, rejected, failed.</source>
        <translation>Hanya bayaran balik dengan status ini (dipisahkan dengan koma): draft, submitting, pending, needs_review, succeeded, rejected, failed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only refunds created since DATE (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>Hanya bayaran balik yang dicipta sejak DATE (YYYY-MM-DD) atau masa ISO 8601.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text (default), json or csv.</source>
        <translation>text (lalai), json atau csv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a refund status.</source>
        <translation>&apos;%1&apos; bukan status bayaran balik.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--since &apos;%1&apos; is neither YYYY-MM-DD nor an ISO 8601 time.</source>
        <translation>--since &apos;%1&apos; bukan YYYY-MM-DD dan bukan masa ISO 8601.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be text, json or csv.</source>
        <translation>--format mesti text, json atau csv.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LookupCommand</name>
    <message>
        <location filename="../app/refundctl/LookupCommand.cpp" line="+14"/>
        <source>Shows a sale, what is left to refund and whether it can be refunded.</source>
        <translation>Memaparkan jualan, baki yang boleh dibayar balik dan sama ada ia boleh dibayar balik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the gateway even when the ledger knows the sale.</source>
        <translation>Tanya gerbang pembayaran walaupun lejar mengenali jualan itu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+30"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Tetapan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Log keluar</translation>
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
        <translation>DEMO — bayaran balik dihantar ke sandbox gerbang pembayaran terbina dalam; tiada wang sebenar berpindah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Mod demo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · register %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · kaunter %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as</source>
        <translation>Log masuk sebagai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screens</source>
        <translation>Skrin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counter</source>
        <translation>&amp;Kaunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back office</source>
        <translation>&amp;Pejabat belakang</translation>
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
        <translation>Tunggu sehingga bayaran balik mendapat jawapan, atau tekan Jangan tunggu, kemudian log keluar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A refund is on its way; RefundDesk follows it up at the next start.</source>
        <translation>Satu bayaran balik sedang diproses; RefundDesk akan membuat susulan pada permulaan seterusnya.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Migrations</name>
    <message>
        <location filename="../core/ledger/Migrations.cpp" line="+154"/>
        <source>%1 is not a RefundDesk ledger: it cannot be read as a database (%2). It was left unchanged.</source>
        <translation>%1 bukan lejar RefundDesk: ia tidak dapat dibaca sebagai pangkalan data (%2). Ia dibiarkan tanpa perubahan.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is a database of another program, not a RefundDesk ledger. It was left unchanged; choose another ledger.</source>
        <translation>%1 ialah pangkalan data program lain, bukan lejar RefundDesk. Ia dibiarkan tanpa perubahan; pilih lejar lain.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by a newer RefundDesk (schema %2, this program knows up to %3); upgrade RefundDesk. The ledger was left unchanged.</source>
        <translation>%1 ditulis oleh RefundDesk versi lebih baharu (skema %2, program ini mengenali sehingga %3); naik taraf RefundDesk. Lejar dibiarkan tanpa perubahan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the ledger %1 to schema %2 failed: %3</source>
        <translation>Naik taraf lejar %1 ke skema %2 gagal: %3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Money</name>
    <message>
        <location filename="../core/money/Money.cpp" line="+159"/>
        <source>A space is not allowed inside an amount.</source>
        <translation>Ruang kosong tidak dibenarkan dalam amaun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not allowed in an amount; the decimal point is &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; tidak dibenarkan dalam amaun; titik perpuluhan ialah &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not allowed in an amount; type the number without a currency symbol.</source>
        <translation>&apos;%1&apos; tidak dibenarkan dalam amaun; taip nombor tanpa simbol mata wang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not allowed in an amount.</source>
        <translation>&apos;%1&apos; tidak dibenarkan dalam amaun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The thousands separator (a space) is in the wrong place; the decimal point is &apos;%1&apos;.</source>
        <translation>Pemisah ribuan (ruang kosong) berada di tempat yang salah; titik perpuluhan ialah &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The thousands separator &apos;%1&apos; is in the wrong place; the decimal point is &apos;%2&apos;.</source>
        <translation>Pemisah ribuan &apos;%1&apos; berada di tempat yang salah; titik perpuluhan ialah &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no decimal places.</source>
        <translation>%1 tiada tempat perpuluhan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 decimal places; this amount has %3.</source>
        <translation>%1 mempunyai %2 tempat perpuluhan; amaun ini mempunyai %3.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>Amaun dalam %1 dan %2 tidak boleh dijumlahkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum is too large.</source>
        <translation>Jumlahnya terlalu besar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An amount in %2 cannot be subtracted from %1.</source>
        <translation>Amaun dalam %2 tidak boleh ditolak daripada %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The difference is too large.</source>
        <translation>Bezanya terlalu besar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount is too large to negate.</source>
        <translation>Amaun terlalu besar untuk dinegatifkan.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter an amount.</source>
        <translation>Masukkan amaun.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The decimal point &apos;%1&apos; appears more than once.</source>
        <translation>Titik perpuluhan &apos;%1&apos; muncul lebih daripada sekali.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scientific notation such as 1e3 is not accepted; type the amount in full.</source>
        <translation>Tatatanda saintifik seperti 1e3 tidak diterima; taip amaun sepenuhnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the amount without a sign: refunds are always positive.</source>
        <translation>Masukkan amaun tanpa tanda: bayaran balik sentiasa positif.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter at least one digit.</source>
        <translation>Masukkan sekurang-kurangnya satu digit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This amount is too large.</source>
        <translation>Amaun ini terlalu besar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount text is empty.</source>
        <translation>Teks amaun kosong.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The amount &quot;%1&quot; uses scientific notation.</source>
        <translation>Amaun &quot;%1&quot; menggunakan tatatanda saintifik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount &quot;%1&quot; has a sign other than one leading &apos;-&apos;.</source>
        <translation>Amaun &quot;%1&quot; mempunyai tanda selain satu &apos;-&apos; di hadapan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount &quot;%1&quot; has more than one &apos;.&apos;.</source>
        <translation>Amaun &quot;%1&quot; mempunyai lebih daripada satu &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not allowed in the decimal amount &quot;%2&quot;.</source>
        <translation>&apos;%1&apos; tidak dibenarkan dalam amaun perpuluhan &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount &quot;%1&quot; has no digits.</source>
        <translation>Amaun &quot;%1&quot; tiada digit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no decimal places; &quot;%2&quot; has a fraction.</source>
        <translation>%1 tiada tempat perpuluhan; &quot;%2&quot; mempunyai pecahan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 decimal places; &quot;%3&quot; has more.</source>
        <translation>%1 mempunyai %2 tempat perpuluhan; &quot;%3&quot; mempunyai lebih.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>Amaun &quot;%1&quot; terlalu besar.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::NeedsReviewPanel</name>
    <message>
        <location filename="../ui/NeedsReviewPanel.cpp" line="+27"/>
        <source>&amp;Close the review</source>
        <translation>T&amp;utup semakan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These refunds have no certain outcome. Look each one up in the gateway&apos;s report, then close it with what really happened and how you know.</source>
        <translation>Bayaran balik ini tiada keputusan yang pasti. Semak setiap satu dalam laporan gerbang pembayaran, kemudian tutupnya dengan apa yang sebenarnya berlaku dan bagaimana anda tahu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds that need review</source>
        <translation>Bayaran balik yang perlu semakan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What really happened</source>
        <translation>Apa yang sebenarnya berlaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded: the gateway&apos;s report shows the money went back</source>
        <translation>Berjaya: laporan gerbang pembayaran menunjukkan wang telah dikembalikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the gateway refused it; no money went back</source>
        <translation>Ditolak: gerbang pembayaran menolaknya; tiada wang dikembalikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: the refund never happened; the amount is free again</source>
        <translation>Gagal: bayaran balik tidak pernah berlaku; amaun itu tersedia semula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: how you know</source>
        <translation>Nota: bagaimana anda tahu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. PayNet settlement report of 12 March, line 4: accepted</source>
        <translation>cth. laporan penyelesaian PayNet 12 Mac, baris 4: diterima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the selected review</source>
        <translation>Tutup semakan yang dipilih</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review result</source>
        <translation>Keputusan semakan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only back-office staff close reviews; %1 is signed in as %2.</source>
        <translation>Hanya kakitangan pejabat belakang boleh menutup semakan; %1 log masuk sebagai %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing needs review.</source>
        <translation>Tiada apa-apa yang perlu semakan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the refund you checked.</source>
        <translation>Pilih bayaran balik yang anda semak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note saying how you know what happened.</source>
        <translation>Tulis nota yang menyatakan bagaimana anda tahu apa yang berlaku.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing the review…</source>
        <translation>Menutup semakan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t wait</source>
        <translation>Jangan tunggu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund of %1 (%2) closed as %3.</source>
        <translation>Bayaran balik %1 (%2) ditutup sebagai %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not closed: %1</source>
        <translation>Tidak ditutup: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PayNetGateway</name>
    <message>
        <location filename="../core/gateways/paynet/PayNetGateway.cpp" line="+42"/>
        <source>The PayNet private key could not be loaded: %1</source>
        <translation>Kunci peribadi PayNet tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PayNet private key file holds only a public key; RefundDesk needs the private key to sign.</source>
        <translation>Fail kunci peribadi PayNet hanya mengandungi kunci awam; RefundDesk memerlukan kunci peribadi untuk menandatangani.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayNet&apos;s public key (for webhooks) could not be loaded: %1</source>
        <translation>Kunci awam PayNet (untuk webhook) tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PayNet payments are looked up by their checkout id, not by a reference.</source>
        <translation>Pembayaran PayNet dicari melalui ID checkout, bukan melalui rujukan.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>PayNet allows one enquiry per payment every %1 seconds; try again in %n second(s).</source>
        <translation>
            <numerusform>PayNet membenarkan satu pertanyaan bagi setiap pembayaran setiap %1 saat; cuba lagi dalam %n saat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::PayNetProtocol</name>
    <message>
        <location filename="../core/gateways/paynet/PayNetProtocol.cpp" line="+102"/>
        <source>RefundDesk still cannot tell whether PayNet carried out the refund: %1 The refund stays open; RefundDesk will check again later.</source>
        <translation>RefundDesk masih tidak dapat memastikan sama ada PayNet telah melaksanakan bayaran balik: %1 Bayaran balik kekal terbuka; RefundDesk akan menyemak semula kemudian.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet refused RefundDesk&apos;s signed request (HTTP %1%2). Check the PayNet client id, merchant id, key name and private key in the settings.</source>
        <translation>PayNet menolak permintaan bertandatangan RefundDesk (HTTP %1%2). Semak ID klien, ID peniaga, nama kunci dan kunci peribadi PayNet dalam tetapan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet is processing the refund%1. RefundDesk records the final result when PayNet reports it.</source>
        <translation>PayNet sedang memproses bayaran balik%1. RefundDesk akan merekodkan keputusan akhir apabila PayNet melaporkannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PayNet accepted the refund and sent it to the customer&apos;s bank%1.</source>
        <translation>PayNet menerima bayaran balik dan menghantarnya ke bank pelanggan%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet rejected the refund%1. Nothing was refunded.</source>
        <translation>PayNet menolak bayaran balik%1. Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet reports a timeout for this refund%1. Check it in the next day&apos;s PayNet report; until a person has done so it waits for review.</source>
        <translation>PayNet melaporkan tamat masa bagi bayaran balik ini%1. Semaknya dalam laporan PayNet hari berikutnya; sehingga seseorang berbuat demikian, ia menunggu semakan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The amount is missing.</source>
        <translation>Amaun tiada.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No PayNet private key is configured, so RefundDesk cannot sign the refund. Nothing was sent.</source>
        <translation>Tiada kunci peribadi PayNet dikonfigurasikan, jadi RefundDesk tidak dapat menandatangani bayaran balik. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund has no valid refund id (a UUID v4). Nothing was sent; this is a fault in RefundDesk, please report it.</source>
        <translation>Bayaran balik tiada ID bayaran balik yang sah (UUID v4). Tiada apa-apa dihantar; ini ialah ralat dalam RefundDesk, sila laporkannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a PayNet checkout id. Nothing was sent.</source>
        <translation>&quot;%1&quot; bukan ID checkout PayNet. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale&apos;s PayNet payment method (&quot;%1&quot;) is not known; look the sale up again. Nothing was sent.</source>
        <translation>Kaedah pembayaran PayNet bagi jualan ini (&quot;%1&quot;) tidak diketahui; cari jualan itu semula. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PayNet refunds only in MYR, not %1. Nothing was sent.</source>
        <translation>PayNet membuat bayaran balik dalam MYR sahaja, bukan %1. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund amount must be more than zero. Nothing was sent.</source>
        <translation>Amaun bayaran balik mesti lebih daripada sifar. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No PayNet private key is configured, so RefundDesk cannot sign the request.</source>
        <translation>Tiada kunci peribadi PayNet dikonfigurasikan, jadi RefundDesk tidak dapat menandatangani permintaan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The refund has no refund id to ask PayNet about.</source>
        <translation>Bayaran balik tiada ID bayaran balik untuk ditanyakan kepada PayNet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a PayNet checkout id.</source>
        <translation>&quot;%1&quot; bukan ID checkout PayNet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PayNet reported a conflict with this refund id (HTTP 409%1). The refund may already exist; RefundDesk will check with PayNet before doing anything else.</source>
        <translation>PayNet melaporkan konflik dengan ID bayaran balik ini (HTTP 409%1). Bayaran balik mungkin sudah wujud; RefundDesk akan menyemak dengan PayNet sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PayNet&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Jawapan PayNet tidak dapat difahami (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The refund may or may not have gone through; RefundDesk will check with PayNet before doing anything else.</source>
        <translation>%1 Bayaran balik mungkin sudah atau belum diproses; RefundDesk akan menyemak dengan PayNet sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayNet does not know this payment (&quot;%1&quot;). Nothing was refunded; check the checkout id on the receipt.</source>
        <translation>PayNet tidak mengenali pembayaran ini (&quot;%1&quot;). Tiada apa-apa dibayar balik; semak ID checkout pada resit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PayNet refused the refund: &quot;%1&quot;. Nothing was refunded.</source>
        <translation>PayNet menolak bayaran balik: &quot;%1&quot;. Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 PayNet has no refund with this refund id, so nothing was refunded.</source>
        <translation>%1 PayNet tiada bayaran balik dengan ID bayaran balik ini, jadi tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PayNet refused the repeated refund (%1), and the refund enquiry did not answer clearly: %2</source>
        <translation>PayNet menolak bayaran balik berulang (%1), dan pertanyaan bayaran balik tidak memberikan jawapan yang jelas: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PayNet asks RefundDesk to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>PayNet meminta RefundDesk menunggu %n saat sebelum bertanya lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet refused the enquiry (HTTP %1): &quot;%2&quot;.</source>
        <translation>PayNet menolak pertanyaan (HTTP %1): &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PayNet&apos;s answer could not be read (HTTP %1). Nothing was changed; try again later.</source>
        <translation>Jawapan PayNet tidak dapat dibaca (HTTP %1). Tiada apa-apa diubah; cuba lagi kemudian.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet has no refund with this refund id (&quot;%1&quot;).</source>
        <translation>PayNet tiada bayaran balik dengan ID bayaran balik ini (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PayNet reports the refund as &quot;%1&quot;, which RefundDesk does not know. A person must check it in the PayNet report.</source>
        <translation>PayNet melaporkan bayaran balik sebagai &quot;%1&quot;, yang tidak dikenali oleh RefundDesk. Seseorang perlu menyemaknya dalam laporan PayNet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet reports the refund as %1 with the amount &quot;%2&quot;, but RefundDesk asked for %3 %4: the amounts disagree. A person must check it in the PayNet report.</source>
        <translation>PayNet melaporkan bayaran balik sebagai %1 dengan amaun &quot;%2&quot;, tetapi RefundDesk meminta %3 %4: amaun tidak sepadan. Seseorang perlu menyemaknya dalam laporan PayNet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PayNet does not know this payment (&quot;%1&quot;). Check the checkout id on the receipt.</source>
        <translation>PayNet tidak mengenali pembayaran ini (&quot;%1&quot;). Semak ID checkout pada resit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayNet answered about another payment (%1 instead of %2). Nothing was changed; try again later.</source>
        <translation>PayNet menjawab tentang pembayaran lain (%1 dan bukan %2). Tiada apa-apa diubah; cuba lagi kemudian.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet lists this payment in %1; RefundDesk refunds PayNet payments in MYR only.</source>
        <translation>PayNet menyenaraikan pembayaran ini dalam %1; RefundDesk membuat bayaran balik pembayaran PayNet dalam MYR sahaja.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PayNet&apos;s answer has no payment status. Nothing was changed; try again later.</source>
        <translation>Jawapan PayNet tiada status pembayaran. Tiada apa-apa diubah; cuba lagi kemudian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet lists the payment with an amount RefundDesk cannot read exactly (&quot;%1&quot;). %2</source>
        <translation>PayNet menyenaraikan pembayaran dengan amaun yang tidak dapat dibaca dengan tepat oleh RefundDesk (&quot;%1&quot;). %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No PayNet public key is configured, so PayNet&apos;s webhooks cannot be verified.</source>
        <translation>Tiada kunci awam PayNet dikonfigurasikan, jadi webhook PayNet tidak dapat disahkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PayNet webhook has no single &quot;Authorization: Bearer&quot; token.</source>
        <translation>Webhook PayNet tidak mempunyai tepat satu token &quot;Authorization: Bearer&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayNet webhook&apos;s token was refused: %1.</source>
        <translation>Token webhook PayNet ditolak: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PayNet webhook&apos;s token has no expiry time.</source>
        <translation>Token webhook PayNet tiada masa tamat tempoh.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PayNet webhook&apos;s token does not match its body (data is not the body&apos;s SHA-256).</source>
        <translation>Token webhook PayNet tidak sepadan dengan badan mesejnya (data bukan SHA-256 badan mesej itu).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PayNet webhook is not a JSON object.</source>
        <translation>Webhook PayNet bukan objek JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PayNet webhook has no refund id (a UUID v4).</source>
        <translation>Webhook PayNet tiada ID bayaran balik (UUID v4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PayNet webhook has no paymentStatus.</source>
        <translation>Webhook PayNet tiada paymentStatus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PayNet webhook&apos;s substate &quot;%1&quot; is not one RefundDesk knows.</source>
        <translation>Subkeadaan &quot;%1&quot; dalam webhook PayNet tidak dikenali oleh RefundDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayNet webhook&apos;s amount cannot be read exactly: %1</source>
        <translation>Amaun dalam webhook PayNet tidak dapat dibaca dengan tepat: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PayNet&apos;s webhook contradicts itself (code %1 with %2). A person must check the refund in the PayNet report.</source>
        <translation>Webhook PayNet bercanggah dengan dirinya sendiri (kod %1 dengan %2). Seseorang perlu menyemak bayaran balik itu dalam laporan PayNet.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PinHasher</name>
    <message>
        <location filename="../core/engine/PinHasher.cpp" line="+64"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN mempunyai 4 hingga 12 digit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has digits only.</source>
        <translation>PIN hanya mengandungi digit.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PockytGateway</name>
    <message>
        <location filename="../core/gateways/pockyt/PockytGateway.cpp" line="+13"/>
        <source>The Pockyt API token</source>
        <translation>Token API Pockyt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt settings need a gateway address, a merchant number, a store number and a settlement currency (ISO 4217 code).</source>
        <translation>Tetapan Pockyt memerlukan alamat gerbang pembayaran, nombor peniaga, nombor kedai dan mata wang penyelesaian (kod ISO 4217).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PockytProtocol</name>
    <message>
        <location filename="../core/gateways/pockyt/PockytProtocol.cpp" line="+480"/>
        <source>Enter or scan the Pockyt transaction number or reference first.</source>
        <translation>Masukkan atau imbas nombor transaksi atau rujukan Pockyt dahulu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>RefundDesk knows neither the Pockyt transaction number nor the reference of this payment, so it cannot ask Pockyt about the refund.</source>
        <translation>RefundDesk tidak mengetahui nombor transaksi mahupun rujukan Pockyt bagi pembayaran ini, jadi ia tidak dapat bertanya kepada Pockyt tentang bayaran balik.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The refund amount must be more than zero.</source>
        <translation>Amaun bayaran balik mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is in %1 but the payment was in %2; a refund must be in the payment&apos;s currency.</source>
        <translation>Bayaran balik dalam %1 tetapi pembayaran dalam %2; bayaran balik mesti dalam mata wang pembayaran.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pockyt takes amounts with at most 2 decimals, and %1 has %n, so RefundDesk cannot refund this payment through Pockyt.</source>
        <translation>
            <numerusform>Pockyt menerima amaun dengan paling banyak 2 tempat perpuluhan, dan %1 mempunyai %n, jadi RefundDesk tidak dapat membuat bayaran balik pembayaran ini melalui Pockyt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refund has no id yet, so it cannot be sent.</source>
        <translation>Bayaran balik belum mempunyai ID, jadi ia tidak boleh dihantar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pockyt settlement currency is not configured (settle_currency).</source>
        <translation>Mata wang penyelesaian Pockyt tidak dikonfigurasikan (settle_currency).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RefundDesk knows neither the Pockyt transaction number nor the reference of this payment; look the sale up first.</source>
        <translation>RefundDesk tidak mengetahui nombor transaksi mahupun rujukan Pockyt bagi pembayaran ini; cari jualan itu dahulu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <source>%1 RefundDesk will check with Pockyt whether the refund was made.</source>
        <translation>%1 RefundDesk akan menyemak dengan Pockyt sama ada bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>RefundDesk could not yet check with Pockyt whether the refund was made: %1</source>
        <translation>RefundDesk belum dapat menyemak dengan Pockyt sama ada bayaran balik telah dibuat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk could not ask Pockyt about the refund: %1</source>
        <translation>RefundDesk tidak dapat bertanya kepada Pockyt tentang bayaran balik: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pockyt lists no refund with RefundDesk&apos;s reference %1 on the payment: the refund was not made.</source>
        <translation>Pockyt tidak menyenaraikan sebarang bayaran balik dengan rujukan RefundDesk %1 pada pembayaran: bayaran balik tidak dibuat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt does not list the refund on the payment yet.</source>
        <translation>Pockyt belum menyenaraikan bayaran balik pada pembayaran.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Pockyt lists %n refunds with RefundDesk&apos;s reference %1 on the payment: it was carried out more than once. Check the payment in Pockyt&apos;s dashboard.</source>
        <translation>
            <numerusform>Pockyt menyenaraikan %n bayaran balik dengan rujukan RefundDesk %1 pada pembayaran: ia dilaksanakan lebih daripada sekali. Semak pembayaran itu dalam papan pemuka Pockyt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+224"/>
        <source>Pockyt refunded %1, RefundDesk asked for %2. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt membayar balik %1, sedangkan RefundDesk meminta %2. Semak bayaran balik itu dalam papan pemuka Pockyt.</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>the answer is not a JSON object</source>
        <translation>jawapan itu bukan objek JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no ret_code</source>
        <translation>jawapan itu tiada ret_code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ret_code %1 is not a Pockyt code</source>
        <translation>ret_code %1 bukan kod Pockyt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pockyt&apos;s answer has no %1.</source>
        <translation>Jawapan Pockyt tiada %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt&apos;s %1 cannot be used: %2</source>
        <translation>%1 Pockyt tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt&apos;s %1 &quot;%2&quot; is negative.</source>
        <translation>%1 Pockyt &quot;%2&quot; bernilai negatif.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer has no result.</source>
        <translation>Jawapan tiada objek result.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer has no transactionNo.</source>
        <translation>Jawapan tiada transactionNo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>Mata wang &quot;%1&quot; tidak diketahui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer has no status.</source>
        <translation>Jawapan tiada status.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refundInfo is not a list.</source>
        <translation>refundInfo bukan senarai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refundInfo entry is not an object.</source>
        <translation>Satu entri refundInfo bukan objek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund is listed in %1, the payment is in %2.</source>
        <translation>Satu bayaran balik disenaraikan dalam %1, manakala pembayaran dalam %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pockyt has no payment with that number for this store (%1). Check the number on the receipt.</source>
        <translation>Pockyt tiada pembayaran dengan nombor itu bagi kedai ini (%1). Semak nombor pada resit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused RefundDesk&apos;s signature (%1). Check the merchant number, store number and API token in the settings.</source>
        <translation>Pockyt menolak tandatangan RefundDesk (%1). Semak nombor peniaga, nombor kedai dan token API dalam tetapan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt reported an error of its own (%1). Try again in a moment.</source>
        <translation>Pockyt melaporkan ralat di pihaknya sendiri (%1). Cuba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pockyt says the payment does not belong to this merchant and store (%1). Check the number on the receipt and the store number in the settings.</source>
        <translation>Pockyt menyatakan pembayaran itu bukan milik peniaga dan kedai ini (%1). Semak nombor pada resit dan nombor kedai dalam tetapan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused the payment query (%1).</source>
        <translation>Pockyt menolak pertanyaan pembayaran (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment query was cancelled.</source>
        <translation>Pertanyaan pembayaran telah dibatalkan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pockyt&apos;s answer to the payment query could not be read (%1). Try again; if this persists, check the gateway address in the settings.</source>
        <translation>Jawapan Pockyt kepada pertanyaan pembayaran tidak dapat dibaca (%1). Cuba lagi; jika masalah berterusan, semak alamat gerbang pembayaran dalam tetapan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Pockyt&apos;s answer said success at the same time; try again.</source>
        <translation>%1 Jawapan Pockyt pada masa yang sama menyatakan berjaya; cuba lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt&apos;s answer to the payment query could not be used. %1</source>
        <translation>Jawapan Pockyt kepada pertanyaan pembayaran tidak dapat digunakan. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pockyt reported an error of its own while handling the refund (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Pockyt melaporkan ralat di pihaknya sendiri semasa mengendalikan bayaran balik (%1). Bayaran balik mungkin sudah atau belum diproses; RefundDesk akan menyemak dengan Pockyt sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt refused the refund because a required value was missing (%1). Nothing was refunded; check the Pockyt settings.</source>
        <translation>Pockyt menolak bayaran balik kerana nilai yang diperlukan tiada (%1). Tiada apa-apa dibayar balik; semak tetapan Pockyt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt does not know this payment (%1). Nothing was refunded; look the sale up again.</source>
        <translation>Pockyt tidak mengenali pembayaran ini (%1). Tiada apa-apa dibayar balik; cari jualan itu semula.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused the refund because it does not match the payment, for example its store, currency or settlement currency (%1). Nothing was refunded; check the Pockyt settings.</source>
        <translation>Pockyt menolak bayaran balik kerana ia tidak sepadan dengan pembayaran, contohnya kedai, mata wang atau mata wang penyelesaiannya (%1). Tiada apa-apa dibayar balik; semak tetapan Pockyt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt refused a value in the refund request (%1). Nothing was refunded.</source>
        <translation>Pockyt menolak satu nilai dalam permintaan bayaran balik (%1). Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pockyt refused RefundDesk&apos;s signature (%1). Nothing was refunded; check the merchant number, store number and API token in the settings.</source>
        <translation>Pockyt menolak tandatangan RefundDesk (%1). Tiada apa-apa dibayar balik; semak nombor peniaga, nombor kedai dan token API dalam tetapan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt refused the refund: the payment cannot be refunded in its current state, or the amount is more than what is left to refund (%1). Nothing was refunded.</source>
        <translation>Pockyt menolak bayaran balik: pembayaran tidak boleh dibayar balik dalam keadaan semasanya, atau amaun melebihi baki yang boleh dibayar balik (%1). Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt answered the refund with a code RefundDesk does not know (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Pockyt menjawab bayaran balik dengan kod yang tidak dikenali oleh RefundDesk (%1). Bayaran balik mungkin sudah atau belum diproses; RefundDesk akan menyemak dengan Pockyt sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pockyt&apos;s answer to the refund could not be read (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Jawapan Pockyt kepada bayaran balik tidak dapat dibaca (%1). Bayaran balik mungkin sudah atau belum diproses; RefundDesk akan menyemak dengan Pockyt sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it has no result</source>
        <translation>ia tiada objek result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no status</source>
        <translation>ia tiada status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is about refund %1, not %2</source>
        <translation>ia mengenai bayaran balik %1, bukan %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt accepted the refund but reports the status &quot;%1&quot;, which RefundDesk does not know. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt menerima bayaran balik tetapi melaporkan status &quot;%1&quot; yang tidak dikenali oleh RefundDesk. Semak bayaran balik itu dalam papan pemuka Pockyt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt made the refund in %1, RefundDesk asked for %2. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt membuat bayaran balik dalam %1, sedangkan RefundDesk meminta %2. Semak bayaran balik itu dalam papan pemuka Pockyt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt accepted the refund, but %1 Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt menerima bayaran balik, tetapi %1 Semak bayaran balik itu dalam papan pemuka Pockyt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pockyt made the refund.</source>
        <translation>Pockyt telah membuat bayaran balik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pockyt accepted the refund and is still processing it.</source>
        <translation>Pockyt menerima bayaran balik dan masih memprosesnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pockyt reports the refund as %1.</source>
        <translation>Pockyt melaporkan bayaran balik sebagai %1.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Pockyt lists the refund with the status &quot;%1&quot;, which RefundDesk does not know. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt menyenaraikan bayaran balik dengan status &quot;%1&quot;, yang tidak dikenali oleh RefundDesk. Semak bayaran balik itu dalam papan pemuka Pockyt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt lists the refund on the payment.</source>
        <translation>Pockyt menyenaraikan bayaran balik pada pembayaran.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Pockyt notification must be a form (application/x-www-form-urlencoded), not %1.</source>
        <translation>Pemberitahuan Pockyt mestilah borang (application/x-www-form-urlencoded), bukan %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Pockyt notification is not a readable form.</source>
        <translation>Pemberitahuan Pockyt bukan borang yang boleh dibaca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification carries the field %1 twice.</source>
        <translation>Pemberitahuan Pockyt mengandungi medan %1 dua kali.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification&apos;s verifySign does not match: it was not sent by Pockyt for this store, or the API token in the settings is wrong.</source>
        <translation>verifySign dalam pemberitahuan Pockyt tidak sepadan: ia tidak dihantar oleh Pockyt untuk kedai ini, atau token API dalam tetapan salah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pockyt notification has no transactionNo or status.</source>
        <translation>Pemberitahuan Pockyt tiada transactionNo atau status.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A Pockyt notification about a payment, not a refund.</source>
        <translation>Pemberitahuan Pockyt tentang pembayaran, bukan bayaran balik.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Pockyt notification&apos;s currency &quot;%1&quot; is unknown.</source>
        <translation>Mata wang &quot;%1&quot; dalam pemberitahuan Pockyt tidak diketahui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification&apos;s amount cannot be used: %1</source>
        <translation>Amaun dalam pemberitahuan Pockyt tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pockyt notification names neither the refund nor its amount.</source>
        <translation>Pemberitahuan Pockyt tidak menyatakan bayaran balik mahupun amaunnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pockyt reports the refund with the status &quot;%1&quot;, which RefundDesk does not know.</source>
        <translation>Pockyt melaporkan bayaran balik dengan status &quot;%1&quot;, yang tidak dikenali oleh RefundDesk.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresLedger</name>
    <message>
        <location filename="../core/ledger/PostgresLedger.cpp" line="+72"/>
        <source>The ledger %1 cannot be opened: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql.</source>
        <translation>Lejar %1 tidak dapat dibuka: pemacu PostgreSQL Qt (QPSQL) tidak dipasang; pada Debian ia ialah pakej libqt6sql6-psql.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Lejar %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The ledger %1 cannot be set up: %2</source>
        <translation>Lejar %1 tidak dapat disediakan: %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The ledger %1 is busy: another RefundDesk program kept what this one needed locked for more than %2 seconds while %3. Try again.</source>
        <translation>Lejar %1 sibuk: program RefundDesk lain mengunci apa yang diperlukan oleh program ini selama lebih daripada %2 saat semasa %3. Cuba lagi.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresNotificationListener</name>
    <message>
        <location filename="../core/ledger/PostgresNotificationListener.cpp" line="+59"/>
        <source>%1 holds no RefundDesk ledger yet: open it as a ledger before watching it.</source>
        <translation>%1 belum mengandungi lejar RefundDesk: bukanya sebagai lejar sebelum memantaunya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger %1 cannot be watched: %2</source>
        <translation>Lejar %1 tidak dapat dipantau: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresUrl</name>
    <message>
        <location filename="../core/ledger/PostgresUrl.cpp" line="+41"/>
        <source>A PostgreSQL ledger URL starts with postgresql://</source>
        <translation>URL lejar PostgreSQL bermula dengan postgresql://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL ledger URL is not a valid URL (check the port, and that characters such as @ / : # ? in the user name or password are percent-encoded).</source>
        <translation>URL lejar PostgreSQL bukan URL yang sah (semak port, dan pastikan aksara seperti @ / : # ? dalam nama pengguna atau kata laluan dikodkan dengan peratus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PostgreSQL ledger URL has no #fragment.</source>
        <translation>URL lejar PostgreSQL tidak boleh mempunyai #fragment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port of the PostgreSQL ledger URL must be a number from 1 to 65535.</source>
        <translation>Port URL lejar PostgreSQL mesti nombor dari 1 hingga 65535.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL ledger URL names no database: add it after the host, as in postgresql://host/refunddesk.</source>
        <translation>URL lejar PostgreSQL tidak menyatakan pangkalan data: tambahkannya selepas hos, seperti postgresql://host/refunddesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL ledger URL names the database &quot;%1&quot;; a database name has no /.</source>
        <translation>URL lejar PostgreSQL menyatakan pangkalan data &quot;%1&quot;; nama pangkalan data tidak boleh mengandungi /.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL ledger URL has the option &quot;%1&quot;; RefundDesk knows %2.</source>
        <translation>URL lejar PostgreSQL mempunyai pilihan &quot;%1&quot;; RefundDesk mengenali %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option %1 of the PostgreSQL ledger URL needs a value without ;.</source>
        <translation>Pilihan %1 dalam URL lejar PostgreSQL memerlukan nilai tanpa ;.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PwV3Gateway</name>
    <message>
        <location filename="../core/gateways/pwv3/PwV3Gateway.cpp" line="+13"/>
        <source>The PW v3 API key</source>
        <translation>Kunci API PW v3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PW v3 settings need the gateway address (base_url).</source>
        <translation>Tetapan PW v3 memerlukan alamat gerbang pembayaran (base_url).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PwV3Protocol</name>
    <message>
        <location filename="../core/gateways/pwv3/PwV3Protocol.cpp" line="+286"/>
        <source>PW v3 can only find a payment by its reference number (referenceNo), not by its transaction id. Scan the receipt&apos;s reference or type the reference number.</source>
        <translation>PW v3 hanya boleh mencari pembayaran melalui nombor rujukannya (referenceNo), bukan melalui ID transaksi. Imbas rujukan pada resit atau taip nombor rujukan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or scan the PW v3 reference number first.</source>
        <translation>Masukkan atau imbas nombor rujukan PW v3 dahulu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RefundDesk does not know the PW v3 reference number of this payment, so it cannot ask PW v3 about the refund.</source>
        <translation>RefundDesk tidak mengetahui nombor rujukan PW v3 bagi pembayaran ini, jadi ia tidak dapat bertanya kepada PW v3 tentang bayaran balik.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refund amount must be more than zero.</source>
        <translation>Amaun bayaran balik mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is in %1 but the payment was in %2; a refund must be in the payment&apos;s currency.</source>
        <translation>Bayaran balik dalam %1 tetapi pembayaran dalam %2; bayaran balik mesti dalam mata wang pembayaran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk does not know PW v3&apos;s transaction id of this payment; look the sale up first.</source>
        <translation>RefundDesk tidak mengetahui ID transaksi PW v3 bagi pembayaran ini; cari jualan itu dahulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RefundDesk does not know how this payment was paid, and PW v3 refunds only some payment methods; look the sale up again.</source>
        <translation>RefundDesk tidak mengetahui cara pembayaran ini dibuat, dan PW v3 hanya membuat bayaran balik bagi sesetengah kaedah pembayaran; cari jualan itu semula.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW v3 cannot refund payments made with %1; only %2 can be refunded. Refund the customer another way.</source>
        <translation>PW v3 tidak dapat membuat bayaran balik bagi pembayaran yang dibuat dengan %1; hanya %2 boleh dibayar balik. Bayar balik kepada pelanggan dengan cara lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PW v3 account cannot make partial refunds (PW enables them per account; see partial_refunds in the settings). Refund the full amount, or refund the customer another way.</source>
        <translation>Akaun PW v3 ini tidak dapat membuat bayaran balik separa (PW mendayakannya mengikut akaun; lihat partial_refunds dalam tetapan). Bayar balik amaun penuh, atau bayar balik kepada pelanggan dengan cara lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund has no id yet, so it cannot be sent.</source>
        <translation>Bayaran balik belum mempunyai ID, jadi ia tidak boleh dihantar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The payment query was cancelled.</source>
        <translation>Pertanyaan pembayaran telah dibatalkan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PW v3 refused RefundDesk&apos;s API key (%1). Check the API key in the settings.</source>
        <translation>PW v3 menolak kunci API RefundDesk (%1). Semak kunci API dalam tetapan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3&apos;s answer to the payment query could not be read (%1). Try again; if this persists, check the gateway address in the settings.</source>
        <translation>Jawapan PW v3 kepada pertanyaan pembayaran tidak dapat dibaca (%1). Cuba lagi; jika masalah berterusan, semak alamat gerbang pembayaran dalam tetapan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3 has no payment with that reference number (%1). Check the number on the receipt.</source>
        <translation>PW v3 tiada pembayaran dengan nombor rujukan itu (%1). Semak nombor pada resit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3 refused the payment query (%1).</source>
        <translation>PW v3 menolak pertanyaan pembayaran (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 PW v3&apos;s answer said success at the same time; try again.</source>
        <translation>%1 Jawapan PW v3 pada masa yang sama menyatakan berjaya; cuba lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3&apos;s answer to the payment query could not be used. %1</source>
        <translation>Jawapan PW v3 kepada pertanyaan pembayaran tidak dapat digunakan. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PW v3 accepted the refund and has not finished it yet.</source>
        <translation>PW v3 menerima bayaran balik dan belum menyelesaikannya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status %1 with %2</source>
        <translation>status %1 dengan %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no code</source>
        <translation>tiada kod</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+375"/>
        <source>code %1</source>
        <translation>kod %1</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>the answer is not a JSON object</source>
        <translation>jawapan itu bukan objek JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no status</source>
        <translation>jawapan itu tiada status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PW v3&apos;s answer has no %1.</source>
        <translation>Jawapan PW v3 tiada %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3&apos;s %1 &quot;%2&quot; is not a whole number of minor units (cents).</source>
        <translation>%1 PW v3 &quot;%2&quot; bukan nombor bulat dalam unit kecil (sen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s %1 &quot;%2&quot; is too large.</source>
        <translation>%1 PW v3 &quot;%2&quot; terlalu besar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer has no transactionId.</source>
        <translation>Jawapan tiada transactionId.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>Mata wang &quot;%1&quot; tidak diketahui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The date &quot;%1&quot; is not a time in Unix seconds.</source>
        <translation>Tarikh &quot;%1&quot; bukan masa dalam saat Unix.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PW v3&apos;s answer to the refund could not be read (%1). The refund may or may not have gone through; RefundDesk will check with PW v3 before doing anything else.</source>
        <translation>Jawapan PW v3 kepada bayaran balik tidak dapat dibaca (%1). Bayaran balik mungkin sudah atau belum diproses; RefundDesk akan menyemak dengan PW v3 sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 RefundDesk will check with PW v3 whether the refund was made.</source>
        <translation>%1 RefundDesk akan menyemak dengan PW v3 sama ada bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is about referenceNo %1, not %2</source>
        <translation>ia mengenai referenceNo %1, bukan %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is about transaction %1, not %2</source>
        <translation>ia mengenai transaksi %1, bukan %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3 approved a refund in %1, RefundDesk asked for %2. Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 meluluskan bayaran balik dalam %1, sedangkan RefundDesk meminta %2. Semak bayaran balik itu dalam pejabat belakang PW.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3 approved the refund, but %1 Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 meluluskan bayaran balik, tetapi %1 Semak bayaran balik itu dalam pejabat belakang PW.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3 refunded %1, RefundDesk asked for %2. Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 membayar balik %1, sedangkan RefundDesk meminta %2. Semak bayaran balik itu dalam pejabat belakang PW.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3 approved the refund.</source>
        <translation>PW v3 meluluskan bayaran balik.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PW v3 refused RefundDesk&apos;s API key (%1). Nothing was refunded; check the API key in the settings.</source>
        <translation>PW v3 menolak kunci API RefundDesk (%1). Tiada apa-apa dibayar balik; semak kunci API dalam tetapan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3 says this payment is already refunded (%1). Nothing more was refunded.</source>
        <translation>PW v3 menyatakan pembayaran ini sudah dibayar balik (%1). Tiada apa-apa lagi dibayar balik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 does not know this payment (%1). Nothing was refunded; look the sale up again.</source>
        <translation>PW v3 tidak mengenali pembayaran ini (%1). Tiada apa-apa dibayar balik; cari jualan itu semula.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 declined the refund (%1). Nothing was refunded.</source>
        <translation>PW v3 menolak bayaran balik (%1). Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>RefundDesk could not yet check with PW v3 whether the refund was made: %1</source>
        <translation>RefundDesk belum dapat menyemak dengan PW v3 sama ada bayaran balik telah dibuat: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk could not ask PW v3 about the refund: %1</source>
        <translation>RefundDesk tidak dapat bertanya kepada PW v3 tentang bayaran balik: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 answered about payment %1, not %2, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 menjawab tentang pembayaran %1, bukan %2, jadi RefundDesk tidak dapat memastikan sama ada bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3&apos;s status answer does not say how much of the payment was refunded, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>Jawapan status PW v3 tidak menyatakan berapa banyak pembayaran telah dibayar balik, jadi RefundDesk tidak dapat memastikan sama ada bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3 reports the payment&apos;s refunds in %1, the refund is in %2, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 melaporkan bayaran balik bagi pembayaran itu dalam %1, manakala bayaran balik ini dalam %2, jadi RefundDesk tidak dapat memastikan sama ada bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PW v3 shows nothing refunded on the payment: the refund was not made.</source>
        <translation>PW v3 menunjukkan tiada apa-apa dibayar balik pada pembayaran: bayaran balik tidak dibuat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>PW v3 does not show the refund on the payment yet.</source>
        <translation>PW v3 belum menunjukkan bayaran balik pada pembayaran.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PW v3 shows %1 refunded on the payment, and RefundDesk did not record how much that was before this refund, so it cannot tell whether this refund of %2 was made. Check the payment in PW&apos;s back office.</source>
        <translation>PW v3 menunjukkan %1 telah dibayar balik pada pembayaran, dan RefundDesk tidak merekodkan jumlahnya sebelum bayaran balik ini, jadi ia tidak dapat memastikan sama ada bayaran balik %2 ini telah dibuat. Semak pembayaran itu dalam pejabat belakang PW.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RefundDesk recorded the earlier refunds in %1, PW v3 reports them in %2, so it cannot tell whether the refund was made.</source>
        <translation>RefundDesk merekodkan bayaran balik terdahulu dalam %1, PW v3 melaporkannya dalam %2, jadi ia tidak dapat memastikan sama ada bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s refunded total for the payment rose by exactly this refund (from %1 to %2): the refund was made.</source>
        <translation>Jumlah dibayar balik PW v3 bagi pembayaran itu meningkat tepat sebanyak bayaran balik ini (daripada %1 kepada %2): bayaran balik telah dibuat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s refunded total for the payment is unchanged (%1): the refund was not made.</source>
        <translation>Jumlah dibayar balik PW v3 bagi pembayaran itu tidak berubah (%1): bayaran balik tidak dibuat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3&apos;s refunded total for the payment went from %1 to %2, which does not match this refund of %3. Check the payment in PW&apos;s back office.</source>
        <translation>Jumlah dibayar balik PW v3 bagi pembayaran itu berubah daripada %1 kepada %2, yang tidak sepadan dengan bayaran balik %3 ini. Semak pembayaran itu dalam pejabat belakang PW.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptActions</name>
    <message>
        <location filename="../ui/ReceiptActions.cpp" line="+38"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the refund receipt</source>
        <translation>Cetak resit bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai PD&amp;F…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Save the refund receipt as PDF</source>
        <translation>Simpan resit bayaran balik sebagai PDF</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>To receipt pr&amp;inter</source>
        <translation>Ke pencetak res&amp;it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the refund receipt on the receipt printer</source>
        <translation>Cetak resit bayaran balik pada pencetak resit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;mail receipt</source>
        <translation>E-&amp;mel resit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email the refund receipt</source>
        <translation>Hantar resit bayaran balik melalui e-mel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer&apos;s email address</source>
        <translation>Alamat e-mel pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer@example.com</source>
        <translation>pelanggan@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt status</source>
        <translation>Status resit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No receipt printer is set up: add one under Settings, Printers.</source>
        <translation>Tiada pencetak resit disediakan: tambahkannya di bawah Tetapan, Pencetak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints on %1.</source>
        <translation>Mencetak pada %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail server is set up: add one under Settings, Email.</source>
        <translation>Tiada pelayan mel disediakan: tambahkannya di bawah Tetapan, E-mel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The receipt was printed on %1.</source>
        <translation>Resit telah dicetak pada %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+95"/>
        <source>The receipt was sent to %1.</source>
        <translation>Resit telah dihantar kepada %1.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt was saved as %1.</source>
        <translation>Resit telah disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printing on %1…</source>
        <translation>Mencetak pada %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending the receipt to %1…</source>
        <translation>Menghantar resit kepada %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Attempt %1 of %2 failed (%3). Trying again in %4 s…</source>
        <translation>Percubaan %1 daripada %2 gagal (%3). Mencuba lagi dalam %4 s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the receipt (attempt %1 of %2)…</source>
        <translation>Menghantar resit (percubaan %1 daripada %2)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: cancelled. You can send it again.</source>
        <translation>Tidak dihantar: dibatalkan. Anda boleh menghantarnya semula.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Tidak dihantar: %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptCommand</name>
    <message>
        <location filename="../app/refundctl/ReceiptCommand.cpp" line="+33"/>
        <source>warning: the delivery was not recorded in the ledger: %1</source>
        <translation>amaran: penghantaran tidak direkodkan dalam lejar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Prints, saves or emails the receipt of a refund from the ledger. Without --pdf, --escpos, --printer or --email it writes the receipt as text.</source>
        <translation>Mencetak, menyimpan atau menghantar melalui e-mel resit bayaran balik daripada lejar. Tanpa --pdf, --escpos, --printer atau --email, ia menulis resit sebagai teks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>ID bayaran balik (UUID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration file (default: $REFUNDDESK_CONFIG).</source>
        <translation>Fail konfigurasi (lalai: $REFUNDDESK_CONFIG).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the receipt as PDF to FILE.</source>
        <translation>Tulis resit sebagai PDF ke FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF paper: a4 (default), letter or roll80.</source>
        <translation>Kertas PDF: a4 (lalai), letter atau roll80.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on an ESC/POS printer at HOST:PORT or a device path.</source>
        <translation>Cetak pada pencetak ESC/POS di HOST:PORT atau laluan peranti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on the ESC/POS printer configured in [printer] escpos.</source>
        <translation>Cetak pada pencetak ESC/POS yang dikonfigurasikan dalam [printer] escpos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email the receipt to ADDRESS.</source>
        <translation>Hantar resit melalui e-mel ke ADDRESS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who asks for the receipt, for the audit trail (default: refundctl).</source>
        <translation>Siapa yang meminta resit, untuk jejak audit (lalai: refundctl).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]</source>
        <translation>Penggunaan: refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>&apos;%1&apos; bukan ID bayaran balik (UUID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--paper must be a4, letter or roll80.</source>
        <translation>--paper mesti a4, letter atau roll80.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No configuration: pass --config FILE or set REFUNDDESK_CONFIG.</source>
        <translation>Tiada konfigurasi: berikan --config FILE atau tetapkan REFUNDDESK_CONFIG.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Email is not set up: the configuration has no [smtp] section.</source>
        <translation>E-mel belum disediakan: konfigurasi tiada bahagian [smtp].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ESC/POS printer is configured ([printer] escpos).</source>
        <translation>Tiada pencetak ESC/POS dikonfigurasikan ([printer] escpos).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PDF written to %1</source>
        <translation>PDF ditulis ke %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printed on %1</source>
        <translation>Dicetak pada %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attempt %1 of %2 failed: %3 Trying again in %4 s.</source>
        <translation>Percubaan %1 daripada %2 gagal: %3 Mencuba lagi dalam %4 s.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Emailed to %1</source>
        <translation>Dihantar melalui e-mel ke %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptMailer</name>
    <message>
        <location filename="../core/receipts/ReceiptMailer.cpp" line="+43"/>
        <source>Your refund of %1 from %2</source>
        <translation>Bayaran balik %1 anda daripada %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A receipt is still being sent; try again when it is done.</source>
        <translation>Resit masih sedang dihantar; cuba lagi apabila ia selesai.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Email is not set up: [smtp] needs a host and a valid from address.</source>
        <translation>E-mel belum disediakan: [smtp] memerlukan hos dan alamat pengirim (from) yang sah.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail password ([smtp] password) cannot be read: %1</source>
        <translation>Kata laluan mel ([smtp] password) tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail password is configured for %1: set [smtp] password or store it in the keychain.</source>
        <translation>Tiada kata laluan mel dikonfigurasikan bagi %1: tetapkan [smtp] password atau simpannya dalam rantai kunci.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+29"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Sending the receipt was cancelled.</source>
        <translation>Penghantaran resit telah dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>The receipt could not be sent to %1 after %n attempt(s): %2</source>
        <translation>
            <numerusform>Resit tidak dapat dihantar kepada %1 selepas %n percubaan: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptModel</name>
    <message>
        <location filename="../core/receipts/ReceiptModel.cpp" line="+41"/>
        <source>The refunds of this sale do not add up: %1</source>
        <translation>Bayaran balik bagi jualan ini tidak dapat dijumlahkan: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund receipt</source>
        <translation>Resit bayaran balik</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan this code at the store to find the refund.</source>
        <translation>Imbas kod ini di kedai untuk mencari bayaran balik.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>tidak dinyatakan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original payment</source>
        <translation>Pembayaran asal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid through</source>
        <translation>Dibayar melalui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>Kaedah pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Amaun dibayar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full refund</source>
        <translation>Bayaran balik penuh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partial refund</source>
        <translation>Bayaran balik separa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund amount</source>
        <translation>Amaun bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still refundable</source>
        <translation>Baki boleh dibayar balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund id</source>
        <translation>ID bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway refund id</source>
        <translation>ID bayaran balik gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>belum diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Kelulusan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not needed</source>
        <translation>tidak diperlukan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This refund has not been sent yet.</source>
        <translation>Bayaran balik ini belum dihantar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is being sent to %1. The store follows it until it is done.</source>
        <translation>Bayaran balik sedang dihantar kepada %1. Kedai akan memantaunya sehingga selesai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of this refund is being checked by the store&apos;s back office. The store will contact you; keep this receipt.</source>
        <translation>Keputusan bayaran balik ini sedang disemak oleh pejabat belakang kedai. Kedai akan menghubungi anda; simpan resit ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund was accepted and sent to your bank, which credits your account.</source>
        <translation>Bayaran balik telah diterima dan dihantar ke bank anda, yang akan mengkreditkannya ke akaun anda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund is complete. The money goes back to the payment method you used.</source>
        <translation>Bayaran balik telah selesai. Wang akan dikembalikan ke kaedah pembayaran yang anda gunakan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected this refund; no money was returned. Please speak to the store.</source>
        <translation>%1 menolak bayaran balik ini; tiada wang dikembalikan. Sila hubungi kedai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This refund could not be made; no money was returned. Please speak to the store.</source>
        <translation>Bayaran balik ini tidak dapat dibuat; tiada wang dikembalikan. Sila hubungi kedai.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt is passing the refund to your wallet or card network, which credits your account. The store follows the refund until it is confirmed.</source>
        <translation>Pockyt sedang menyalurkan bayaran balik kepada e-dompet atau rangkaian kad anda, yang akan mengkreditkannya ke akaun anda. Kedai akan memantau bayaran balik sehingga ia disahkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment provider has not confirmed the refund yet. The money goes back to the payment method you used once it does.</source>
        <translation>Penyedia pembayaran belum mengesahkan bayaran balik. Wang akan dikembalikan ke kaedah pembayaran yang anda gunakan sebaik sahaja ia disahkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid reviews every refund request before it is paid out; expect an update within 5-10 days. Once approved, the money goes back to the payment method you used.</source>
        <translation>SecPaid menyemak setiap permintaan bayaran balik sebelum ia dibayar; jangkakan maklumat terkini dalam masa 5-10 hari. Setelah diluluskan, wang akan dikembalikan ke kaedah pembayaran yang anda gunakan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your bank is processing the refund through DuitNow. The store is told when the bank accepts or rejects it; if it takes longer, the store checks the next day&apos;s report.</source>
        <translation>Bank anda sedang memproses bayaran balik melalui DuitNow. Kedai akan dimaklumkan apabila bank menerima atau menolaknya; jika ia mengambil masa lebih lama, kedai akan menyemak laporan hari berikutnya.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptPdf</name>
    <message>
        <location filename="../core/receipts/ReceiptPdf.cpp" line="+63"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptPreviewDialog</name>
    <message>
        <location filename="../ui/ReceiptPreviewDialog.cpp" line="+13"/>
        <location line="+1"/>
        <source>Refund receipt %1</source>
        <translation>Resit bayaran balik %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot start printing on %1.</source>
        <translation>Tidak dapat mula mencetak pada %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing on %1 failed.</source>
        <translation>Pencetakan pada %1 gagal.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileCommand</name>
    <message>
        <location filename="../app/refundctl/ReconcileCommand.cpp" line="+87"/>
        <source>%1 report %2, %3 to %4: %5; %6 review(s) the report settles</source>
        <translation>Laporan %1 %2, %3 hingga %4: %5; %6 semakan dapat diselesaikan oleh laporan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LINE</source>
        <translation>BARIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATEGORY</source>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUND ID</source>
        <translation>ID BAYARAN BALIK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GATEWAY REFUND ID</source>
        <translation>ID BAYARAN BALIK GERBANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>REPORT</source>
        <translation>LAPORAN</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>LEDGER</source>
        <translation>LEJAR</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs review; the report settles it as %1</source>
        <translation>perlu semakan; laporan menyelesaikannya sebagai %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DAY</source>
        <translation>HARI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CURRENCY</source>
        <translation>MATAWANG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>differs</source>
        <translation>berbeza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed %1 as %2 (%3).</source>
        <translation>%1 ditutup sebagai %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not closed %1: %2</source>
        <translation>%1 tidak ditutup: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matches a gateway&apos;s refund report (CSV) against the ledger.</source>
        <translation>Memadankan laporan bayaran balik gerbang pembayaran (CSV) dengan lejar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway&apos;s report (docs/reconciliation.md).</source>
        <translation>Laporan gerbang pembayaran (docs/reconciliation.md).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pockyt, pwv3, secpaid or paynet.</source>
        <translation>pockyt, pwv3, secpaid atau paynet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the result as CSV to this file.</source>
        <translation>Tulis juga hasil sebagai CSV ke fail ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the reviews the report settles (needs --actor).</source>
        <translation>Tutup semakan yang diselesaikan oleh laporan (memerlukan --actor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who closes the reviews (back-office staff).</source>
        <translation>Siapa yang menutup semakan (kakitangan pejabat belakang).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--gateway must be pockyt, pwv3, secpaid or paynet.</source>
        <translation>--gateway mesti pockyt, pwv3, secpaid atau paynet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--resolve needs --actor: a person closes a review.</source>
        <translation>--resolve memerlukan --actor: semakan ditutup oleh seseorang.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileResult</name>
    <message>
        <location filename="../core/reconcile/ReconcileResult.cpp" line="+30"/>
        <source>Matched</source>
        <translation>Sepadan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in the ledger</source>
        <translation>Tiada dalam lejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing at the gateway</source>
        <translation>Tiada di gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount mismatch</source>
        <translation>Amaun tidak sepadan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate row</source>
        <translation>Baris pendua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed line</source>
        <translation>Baris salah format</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileTableModel</name>
    <message>
        <location filename="../ui/ReconcileTableModel.cpp" line="+50"/>
        <source>Review closed as %1.</source>
        <translation>Semakan ditutup sebagai %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs review; the report says %1: it can be closed as %2.</source>
        <translation>Perlu semakan; laporan menyatakan %1: ia boleh ditutup sebagai %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id</source>
        <translation>ID bayaran balik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway refund id</source>
        <translation>ID bayaran balik gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report amount</source>
        <translation>Amaun laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger amount</source>
        <translation>Amaun lejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report status</source>
        <translation>Status laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger status</source>
        <translation>Status lejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Reconciler</name>
    <message>
        <location filename="../core/reconcile/Reconciler.cpp" line="+76"/>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ledger cannot be read: %1</source>
        <translation>Lejar tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconciliation cancelled.</source>
        <translation>Penyesuaian dibatalkan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 already lists this refund.</source>
        <translation>Baris %1 sudah menyenaraikan bayaran balik ini.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 lists this refund; the ledger has none by that id.</source>
        <translation>%1 menyenaraikan bayaran balik ini; lejar tiada bayaran balik dengan ID itu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 already lists this refund under another id.</source>
        <translation>Baris %1 sudah menyenaraikan bayaran balik ini di bawah ID lain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report says %1, the ledger %2.</source>
        <translation>Laporan menyatakan %1, lejar pula %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1 cannot be read: %2</source>
        <translation>Baris %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The ledger has this refund (%1) on %2; the report does not list it.</source>
        <translation>Lejar mempunyai bayaran balik ini (%1) pada %2; laporan tidak menyenaraikannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 report %2, line %3: %4</source>
        <translation>Laporan %1 %2, baris %3: %4</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconciliationPanel</name>
    <message>
        <location filename="../ui/ReconciliationPanel.cpp" line="+45"/>
        <source>Gateway of the report</source>
        <translation>Gerbang pembayaran laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>Fail laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the report file</source>
        <translation>Pilih fail laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;concile</source>
        <translation>S&amp;esuaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile the report with the ledger</source>
        <translation>Sesuaikan laporan dengan lejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation progress</source>
        <translation>Kemajuan penyesuaian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation summary</source>
        <translation>Ringkasan penyesuaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Paparkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation results</source>
        <translation>Hasil penyesuaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>Ringkasan harian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>Eksp&amp;ort CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+295"/>
        <source>Export the reconciliation as CSV</source>
        <translation>Eksport penyesuaian sebagai CSV</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Close the revie&amp;w…</source>
        <translation>T&amp;utup semakan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected review as the report says</source>
        <translation>Tutup semakan yang dipilih seperti yang dinyatakan dalam laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will happen</source>
        <translation>Apa yang akan berlaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm</source>
        <translation>Sa&amp;hkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm closing the review</source>
        <translation>Sahkan penutupan semakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Do not close the review</source>
        <translation>Jangan tutup semakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation message</source>
        <translation>Mesej penyesuaian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a gateway&apos;s settlement or refund report (CSV) to check it against the ledger. The columns each gateway&apos;s report needs are in the manual (reconciliation).</source>
        <translation>Import laporan penyelesaian atau laporan bayaran balik gerbang pembayaran (CSV) untuk menyemaknya dengan lejar. Lajur yang diperlukan dalam laporan setiap gerbang pembayaran diterangkan dalam manual (reconciliation).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gerbang pembayaran:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report:</source>
        <translation>Lapo&amp;ran:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. paynet-2025-03-01.csv</source>
        <translation>cth. paynet-2025-03-01.csv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>P&amp;aparkan:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger refunds</source>
        <translation>Bayaran balik lejar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger total</source>
        <translation>Jumlah lejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report refunds</source>
        <translation>Bayaran balik laporan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report total</source>
        <translation>Jumlah laporan</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open the gateway&apos;s report</source>
        <translation>Buka laporan gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fail CSV (*.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciling %1 with the ledger…</source>
        <translation>Menyesuaikan %1 dengan lejar…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Everything (%1)</source>
        <translation>Semua (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report reconciled yet.</source>
        <translation>Belum ada laporan yang disesuaikan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report %2 (%3 to %4): %5 matched, %6 to look at; %7 review(s) the report settles.</source>
        <translation>Laporan %1 %2 (%3 hingga %4): %5 sepadan, %6 perlu diteliti; %7 semakan dapat diselesaikan oleh laporan.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only back-office staff close reviews; %1 is signed in as %2.</source>
        <translation>Hanya kakitangan pejabat belakang boleh menutup semakan; %1 log masuk sebagai %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a row whose refund needs review and that the report settles.</source>
        <translation>Pilih baris yang bayaran baliknya perlu semakan dan dapat diselesaikan oleh laporan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the review of the refund of %1 (%2) as %3? The audit trail records it under your name with: %4</source>
        <translation>Tutup semakan bayaran balik %1 (%2) sebagai %3? Jejak audit merekodkannya atas nama anda dengan: %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Review closed as %1: %2.</source>
        <translation>Semakan ditutup sebagai %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed: %1</source>
        <translation>Tidak ditutup: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Tidak dapat menulis %1: %2. Pilih folder lain.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundCommand</name>
    <message>
        <location filename="../app/refundctl/RefundCommand.cpp" line="+35"/>
        <source>Refunds a sale, all that is left of it or --amount.</source>
        <translation>Membuat bayaran balik bagi jualan, sama ada semua bakinya atau --amount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much, in the store&apos;s number format (e.g. 12.50); default: all that is left.</source>
        <translation>Berapa banyak, dalam format nombor kedai (cth. 12.50); lalai: semua baki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the customer gets money back.</source>
        <translation>Sebab pelanggan menerima wang semula.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who refunds (default: refundctl).</source>
        <translation>Siapa yang membuat bayaran balik (lalai: refundctl).</translation>
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
        <translation>Bayaran balik %1 berstatus %2: %3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundDeskConfig</name>
    <message>
        <location filename="../core/config/RefundDeskConfig.cpp" line="+112"/>
        <source>The configuration file %1 does not exist.</source>
        <translation>Fail konfigurasi %1 tidak wujud.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; bukan kod mata wang ISO 4217</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a locale name like de_DE</source>
        <translation>&apos;%1&apos; bukan nama tetapan setempat seperti ms_MY</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must start with sqlite: or postgresql://</source>
        <translation>mesti bermula dengan sqlite: atau postgresql://</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; bukan HOST:PORT</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not starttls, tls or none</source>
        <translation>&apos;%1&apos; bukan starttls, tls atau none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is set, but user is not</source>
        <translation>ditetapkan, tetapi user tidak ditetapkan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>fail &apos;%1&apos; tidak wujud</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundEngine</name>
    <message>
        <location filename="../core/engine/RefundEngine.cpp" line="+169"/>
        <source>%1 is not configured here, and the ledger does not know this sale.</source>
        <translation>%1 tidak dikonfigurasikan di sini, dan lejar tidak mengenali jualan ini.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not know this sale.</source>
        <translation>%1 tidak mengenali jualan ini.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not configured here: its sales can be looked up in the ledger but not refunded.</source>
        <translation>%1 tidak dikonfigurasikan di sini: jualannya boleh dicari dalam lejar tetapi tidak boleh dibayar balik.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No sale was given.</source>
        <translation>Tiada jualan diberikan.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>There is no employee list here to check the manager&apos;s PIN against.</source>
        <translation>Tiada senarai pekerja di sini untuk menyemak PIN pengurus.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A new refund id is already in use; nothing was sent. Try again.</source>
        <translation>ID bayaran balik baharu sudah digunakan; tiada apa-apa dihantar. Cuba lagi.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing was refunded; check this gateway&apos;s credentials, then try again.</source>
        <translation>Tiada apa-apa dibayar balik; semak bukti kelayakan gerbang pembayaran ini, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.</source>
        <translation>Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was refunded; you can try again.</source>
        <translation>Tiada apa-apa dibayar balik; anda boleh cuba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before anything was sent. Nothing was refunded.</source>
        <translation>Dibatalkan sebelum apa-apa dihantar. Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The gateway shows this refund was not made: nothing was refunded. You can try again.</source>
        <translation>Gerbang pembayaran menunjukkan bayaran balik ini tidak dibuat: tiada apa-apa dibayar balik. Anda boleh cuba lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway&apos;s answer was lost and asking it again did not settle what happened. Check the gateway&apos;s report, then close the review.</source>
        <translation>Jawapan gerbang pembayaran hilang dan pertanyaan semula tidak dapat memastikan apa yang berlaku. Semak laporan gerbang pembayaran, kemudian tutup semakan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer was lost; asking the gateway what happened.</source>
        <translation>Jawapan hilang; sedang bertanya kepada gerbang pembayaran apa yang berlaku.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The gateway now names this refund %1, but it was recorded under another id. Check the gateway&apos;s report.</source>
        <translation>Gerbang pembayaran kini menamakan bayaran balik ini %1, tetapi ia direkodkan di bawah ID lain. Semak laporan gerbang pembayaran.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under review. Later the gateway said: %1 (%2)</source>
        <translation>Dalam semakan. Kemudian gerbang pembayaran menyatakan: %1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only back-office staff close a review; %1 is signed in as %2.</source>
        <translation>Hanya kakitangan pejabat belakang boleh menutup semakan; %1 log masuk sebagai %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review ends with succeeded, rejected or failed.</source>
        <translation>Semakan berakhir dengan berjaya, ditolak atau gagal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note saying how you know what happened to this refund.</source>
        <translation>Tulis nota yang menyatakan bagaimana anda tahu apa yang berlaku kepada bayaran balik ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 is %2; only a refund that needs review can be closed by hand.</source>
        <translation>Bayaran balik %1 berstatus %2; hanya bayaran balik yang perlu semakan boleh ditutup secara manual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed after review by %1: %2</source>
        <translation>Ditutup selepas semakan oleh %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review could not be recorded.</source>
        <translation>Semakan tidak dapat direkodkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>There is no employee list here.</source>
        <translation>Tiada senarai pekerja di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager or back-office staff add employees.</source>
        <translation>Hanya pengurus atau kakitangan pejabat belakang boleh menambah pekerja.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No refund %1 of %2 in this ledger.</source>
        <translation>Tiada bayaran balik %1 bagi %2 dalam lejar ini.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 reports %2 for this refund, but RefundDesk sent %3. Check the gateway&apos;s report.</source>
        <translation>%1 melaporkan %2 bagi bayaran balik ini, tetapi RefundDesk menghantar %3. Semak laporan gerbang pembayaran.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>It is being submitted right now.</source>
        <translation>Ia sedang dihantar sekarang.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not configured here.</source>
        <translation>%1 tidak dikonfigurasikan di sini.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PayNet&apos;s refund enquiry is due at %1.</source>
        <translation>Pertanyaan bayaran balik PayNet dijadualkan pada %1.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundPanel</name>
    <message>
        <location filename="../ui/RefundPanel.cpp" line="+33"/>
        <source>&amp;Full (everything left)</source>
        <translation>Pen&amp;uh (semua baki)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partial</source>
        <translation>&amp;Separa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manager&apos;s approval</source>
        <translation>Kelulusan pengurus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+341"/>
        <location line="+3"/>
        <source>&amp;Refund</source>
        <translation>&amp;Bayar balik</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Full refund of everything left</source>
        <translation>Bayaran balik penuh bagi semua baki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Bayaran balik separa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount to refund</source>
        <translation>Amaun untuk dibayar balik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Amaun:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the refund</source>
        <translation>Sebab bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods</source>
        <translation>Barang dipulangkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged or faulty</source>
        <translation>Rosak atau cacat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item or size</source>
        <translation>Barang atau saiz salah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price adjustment</source>
        <translation>Pelarasan harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged twice</source>
        <translation>Dicaj dua kali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer changed their mind</source>
        <translation>Pelanggan berubah fikiran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>S&amp;ebab:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approving manager</source>
        <translation>Pengurus yang meluluskan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager&apos;s PIN</source>
        <translation>PIN pengurus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 12 digits</source>
        <translation>4 hingga 12 digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager:</source>
        <translation>Pe&amp;ngurus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund</source>
        <translation>Bayaran balik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the refund cannot go ahead</source>
        <translation>Sebab bayaran balik tidak boleh diteruskan</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+146"/>
        <source>Look up a sale first.</source>
        <translation>Cari jualan dahulu.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>A clerk&apos;s refund above %1 needs a manager: the manager picks their name and enters their PIN here.</source>
        <translation>Bayaran balik oleh kerani melebihi %1 memerlukan pengurus: pengurus memilih nama mereka dan memasukkan PIN mereka di sini.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This %1 account refunds only whole sales.</source>
        <translation>Akaun %1 ini hanya membuat bayaran balik bagi keseluruhan jualan.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the amount to refund.</source>
        <translation>Masukkan amaun untuk dibayar balik.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sign in to refund.</source>
        <translation>Log masuk untuk membuat bayaran balik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sale cannot be refunded: %1</source>
        <translation>Jualan ini tidak boleh dibayar balik: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 No other manager is set up to approve it.</source>
        <translation>%1 Tiada pengurus lain yang ditetapkan untuk meluluskannya.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A manager&apos;s approval is needed: the manager enters their PIN.</source>
        <translation>Kelulusan pengurus diperlukan: pengurus memasukkan PIN mereka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the store&apos;s refund rules…</source>
        <translation>Menyemak peraturan bayaran balik kedai…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refund %1</source>
        <translation>&amp;Bayar balik %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundPolicy</name>
    <message>
        <location filename="../core/engine/RefundPolicy.cpp" line="+90"/>
        <source>The payment&apos;s status at %1 is &quot;%2&quot;; only completed payments can be refunded.</source>
        <translation>Status pembayaran di %1 ialah &quot;%2&quot;; hanya pembayaran yang selesai boleh dibayar balik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments made with %1 cannot be refunded through %2. Refundable methods: %3.</source>
        <translation>Pembayaran yang dibuat dengan %1 tidak boleh dibayar balik melalui %2. Kaedah yang boleh dibayar balik: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown method</source>
        <translation>kaedah yang tidak diketahui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sale was paid in %1; the refund must be in %1 too, not %2.</source>
        <translation>Jualan dibayar dalam %1; bayaran balik juga mesti dalam %1, bukan %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount greater than zero.</source>
        <translation>Masukkan amaun lebih daripada sifar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is left to refund on this sale.</source>
        <translation>Tiada baki untuk dibayar balik bagi jualan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 can still be refunded on this sale.</source>
        <translation>Paling banyak %1 masih boleh dibayar balik bagi jualan ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This %1 account refunds only whole sales; refund the full %2 or ask the gateway to enable partial refunds.</source>
        <translation>Akaun %1 ini hanya membuat bayaran balik bagi keseluruhan jualan; bayar balik %2 sepenuhnya atau minta gerbang pembayaran mendayakan bayaran balik separa.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 allows only one refund per payment, and this payment already has one.</source>
        <translation>%1 hanya membenarkan satu bayaran balik bagi setiap pembayaran, dan pembayaran ini sudah mempunyainya.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This payment is from %1; refunds are possible for %2 days after a payment.</source>
        <translation>Pembayaran ini dibuat pada %1; bayaran balik boleh dibuat dalam tempoh %2 hari selepas pembayaran.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back-office accounts settle and audit refunds but do not issue them; sign in as a clerk or manager.</source>
        <translation>Akaun pejabat belakang menyelesaikan dan mengaudit bayaran balik tetapi tidak mengeluarkannya; log masuk sebagai kerani atau pengurus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 may refund up to %2 a day and has refunded %3 today.</source>
        <translation>%1 boleh membuat bayaran balik sehingga %2 sehari dan telah membayar balik %3 hari ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refunds above %1 need a manager&apos;s approval: ask a manager to enter their PIN.</source>
        <translation>Bayaran balik melebihi %1 memerlukan kelulusan pengurus: minta pengurus memasukkan PIN mereka.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundStatus</name>
    <message>
        <location filename="../core/domain/RefundStatus.cpp" line="+19"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Sedang dihantar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Perlu semakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Berjaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsPanel</name>
    <message>
        <location filename="../ui/RefundsPanel.cpp" line="+50"/>
        <source>Date range</source>
        <translation>Julat tarikh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Tarikh mula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>Gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>Eksp&amp;ort CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the refunds shown as CSV</source>
        <translation>Eksport bayaran balik yang dipaparkan sebagai CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of refunds</source>
        <translation>Bilangan bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Bayaran balik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export result</source>
        <translation>Hasil eksport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt of the selected refund</source>
        <translation>Resit bayaran balik yang dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All time</source>
        <translation>Sepanjang masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 hari lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 hari lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Dari … hingga …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (submitting, pending, needs review)</source>
        <translation>Terbuka (sedang dihantar, belum selesai, perlu semakan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any gateway</source>
        <translation>Semua gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any store</source>
        <translation>semua kedai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any register</source>
        <translation>semua kaunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone</source>
        <translation>sesiapa sahaja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gerbang pembayaran:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Employee:</source>
        <translation>Pek&amp;erja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ore:</source>
        <translation>Ked&amp;ai:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister:</source>
        <translation>Kaunte&amp;r:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receipt of the selected refund:</source>
        <translation>Resit bayaran balik yang dipilih:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+234"/>
        <source>The refunds cannot be read: %1</source>
        <translation>Bayaran balik tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No refunds match.</source>
        <translation>Tiada bayaran balik yang sepadan.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refund(s) match; %1 shown.</source>
        <translation>
            <numerusform>%n bayaran balik sepadan; %1 dipaparkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a refund to print its receipt again or email it.</source>
        <translation>Pilih bayaran balik untuk mencetak semula resitnya atau menghantarnya melalui e-mel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the receipt…</source>
        <translation>Membaca resit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The receipt cannot be read from the ledger: %1</source>
        <translation>Resit tidak dapat dibaca daripada lejar: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Cetak resit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Simpan resit sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on the receipt pr&amp;inter</source>
        <translation>Cetak pada pencetak res&amp;it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer is set up.</source>
        <translation>Tiada pencetak resit disediakan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail receipt…</source>
        <translation>E-&amp;mel resit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up.</source>
        <translation>Tiada pelayan mel disediakan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export refunds as CSV</source>
        <translation>Eksport bayaran balik sebagai CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Tidak dapat menulis %1: %2. Pilih folder lain.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport dibatalkan; tiada fail ditulis.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n refund(s) written to %1.</source>
        <translation>
            <numerusform>%n bayaran balik ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsTableModel</name>
    <message>
        <location filename="../ui/RefundsTableModel.cpp" line="+285"/>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Diluluskan oleh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway&apos;s message</source>
        <translation>Mesej gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id</source>
        <translation>ID bayaran balik</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ResultPage</name>
    <message>
        <location filename="../ui/ResultPage.cpp" line="+34"/>
        <source>Refund result</source>
        <translation>Keputusan bayaran balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded amount</source>
        <translation>Amaun dibayar balik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the gateway said</source>
        <translation>Jawapan gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next</source>
        <translation>Langkah seterusnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund id</source>
        <translation>ID bayaran balik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New refund</source>
        <translation>Bayaran balik &amp;baharu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start the next refund</source>
        <translation>Mulakan bayaran balik seterusnya</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Refund succeeded</source>
        <translation>Bayaran balik berjaya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund pending</source>
        <translation>Bayaran balik belum selesai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund sent, waiting for the answer</source>
        <translation>Bayaran balik dihantar, menunggu jawapan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund needs review</source>
        <translation>Bayaran balik perlu semakan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund rejected</source>
        <translation>Bayaran balik ditolak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund failed</source>
        <translation>Bayaran balik gagal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 bagi %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 said: %2</source>
        <translation>%1 menyatakan: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id %1</source>
        <translation>ID bayaran balik %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done. Give the customer the receipt; the money goes back to how they paid.</source>
        <translation>Selesai. Berikan resit kepada pelanggan; wang akan dikembalikan mengikut cara mereka membayar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk keeps asking %1 until it knows the outcome; nothing is sent twice. The refund&apos;s status updates here and in Back office by itself.</source>
        <translation>RefundDesk akan terus bertanya kepada %1 sehingga ia mengetahui keputusannya; tiada apa-apa dihantar dua kali. Status bayaran balik dikemas kini secara automatik di sini dan dalam Pejabat belakang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s answer did not settle it. Back office checks the gateway&apos;s report and closes the refund; the amount stays reserved until then. Give the customer the receipt and tell them the store will be in touch.</source>
        <translation>Jawapan gerbang pembayaran tidak memastikan keputusannya. Pejabat belakang akan menyemak laporan gerbang pembayaran dan menutup bayaran balik; amaun itu kekal ditahan sehingga itu. Berikan resit kepada pelanggan dan maklumkan bahawa kedai akan menghubungi mereka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money was returned. Check the sale with the gateway, or refund another way the store allows.</source>
        <translation>Tiada wang dikembalikan. Semak jualan itu dengan gerbang pembayaran, atau bayar balik dengan cara lain yang dibenarkan oleh kedai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No money was returned and nothing is pending; you may try the refund again.</source>
        <translation>Tiada wang dikembalikan dan tiada apa-apa yang belum selesai; anda boleh mencuba bayaran balik semula.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt confirms the refund by notification; RefundDesk updates it by itself. Give the customer the receipt.</source>
        <translation>Pockyt mengesahkan bayaran balik melalui pemberitahuan; RefundDesk mengemas kininya secara automatik. Berikan resit kepada pelanggan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW confirms the refund on the next status check; RefundDesk updates it by itself. Give the customer the receipt.</source>
        <translation>PW mengesahkan bayaran balik pada semakan status seterusnya; RefundDesk mengemas kininya secara automatik. Berikan resit kepada pelanggan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid&apos;s team approves each refund request, usually within 5 to 10 days. RefundDesk checks every few minutes and updates it by itself. Give the customer the receipt.</source>
        <translation>Pasukan SecPaid meluluskan setiap permintaan bayaran balik, biasanya dalam masa 5 hingga 10 hari. RefundDesk menyemak setiap beberapa minit dan mengemas kininya secara automatik. Berikan resit kepada pelanggan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s bank confirms the refund, usually within minutes; PayNet tells RefundDesk, which updates it by itself. Give the customer the receipt.</source>
        <translation>Bank pelanggan mengesahkan bayaran balik, biasanya dalam masa beberapa minit; PayNet memaklumkan RefundDesk, yang mengemas kininya secara automatik. Berikan resit kepada pelanggan.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReviewCommand</name>
    <message>
        <location filename="../app/refundctl/ReviewCommand.cpp" line="+13"/>
        <source>Closes a refund that needs review.</source>
        <translation>Menutup bayaran balik yang perlu semakan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>ID bayaran balik (UUID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What really happened: succeeded or failed.</source>
        <translation>Apa yang sebenarnya berlaku: succeeded atau failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know (e.g. the report you checked).</source>
        <translation>Bagaimana anda tahu (cth. laporan yang anda semak).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who reviews (default: refundctl).</source>
        <translation>Siapa yang menyemak (lalai: refundctl).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>&apos;%1&apos; bukan ID bayaran balik (UUID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--resolve must be succeeded or failed.</source>
        <translation>--resolve mesti succeeded atau failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--note is required: say how you know what happened.</source>
        <translation>--note diperlukan: nyatakan bagaimana anda tahu apa yang berlaku.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Role</name>
    <message>
        <location filename="../core/domain/Actor.cpp" line="+33"/>
        <source>Clerk</source>
        <translation>Kerani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office</source>
        <translation>Pejabat belakang</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RsaKey</name>
    <message>
        <location filename="../core/gateways/paynet/Jwt.cpp" line="-205"/>
        <source>the key file is empty</source>
        <translation>fail kunci kosong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key file is too large to be a PEM key</source>
        <translation>fail kunci terlalu besar untuk menjadi kunci PEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected with a passphrase; RefundDesk needs it without one</source>
        <translation>kunci peribadi dilindungi dengan frasa laluan; RefundDesk memerlukannya tanpa frasa laluan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this is not a PEM private key, public key or certificate</source>
        <translation>ini bukan kunci peribadi, kunci awam atau sijil PEM</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the key file %1: %2</source>
        <translation>tidak dapat membaca fail kunci %1: %2</translation>
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
        <translation>Bayaran balik setakat ini</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Gateway</source>
        <translation>Gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Paid with</source>
        <translation>Dibayar dengan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the gateway</source>
        <translation>Status di gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can still be refunded</source>
        <translation>Masih boleh dibayar balik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looked up</source>
        <translation>Dicari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this sale cannot be refunded</source>
        <translation>Sebab jualan ini tidak boleh dibayar balik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not reported by the gateway</source>
        <translation>tidak dilaporkan oleh gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the ledger; the gateway was last asked %1</source>
        <translation>daripada lejar; gerbang pembayaran terakhir ditanya pada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the ledger</source>
        <translation>daripada lejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 just now</source>
        <translation>daripada %1 sebentar tadi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be refunded: %1</source>
        <translation>Tidak boleh dibayar balik: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No refunds so far</source>
        <translation>Tiada bayaran balik setakat ini</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SaleRefOptions</name>
    <message>
        <location filename="../app/refundctl/SaleRefOptions.cpp" line="+8"/>
        <source>The gateway: pockyt, pwv3, secpaid or paynet.</source>
        <translation>Gerbang pembayaran: pockyt, pwv3, secpaid atau paynet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway&apos;s id of the payment (Pockyt transactionNo, SecPaid pay_id, PayNet checkoutId).</source>
        <translation>ID pembayaran di gerbang pembayaran (transactionNo Pockyt, pay_id SecPaid, checkoutId PayNet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The merchant&apos;s reference (Pockyt reference, PW v3 referenceNo).</source>
        <translation>Rujukan peniaga (reference Pockyt, referenceNo PW v3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a gateway; use pockyt, pwv3, secpaid or paynet.</source>
        <translation>&apos;%1&apos; bukan gerbang pembayaran; gunakan pockyt, pwv3, secpaid atau paynet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--gateway is required (pockyt, pwv3, secpaid or paynet).</source>
        <translation>--gateway diperlukan (pockyt, pwv3, secpaid atau paynet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give exactly one of --transaction ID and --reference REF.</source>
        <translation>Berikan tepat satu daripada --transaction ID dan --reference REF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sale&apos;s id is empty.</source>
        <translation>ID jualan kosong.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ScanCommand</name>
    <message>
        <location filename="../app/refundctl/ScanCommand.cpp" line="+91"/>
        <source>refundctl scan: name at least one file.</source>
        <translation>refundctl scan: nyatakan sekurang-kurangnya satu fail.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ScanDialog</name>
    <message>
        <location filename="../ui/ScanDialog.cpp" line="+31"/>
        <source>Open image...</source>
        <translation>Buka imej...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open video...</source>
        <translation>Buka video...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan receipt</source>
        <translation>Imbas resit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The video cannot be played: %1</source>
        <translation>Video tidak dapat dimainkan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No receipt code was found in the video.</source>
        <translation>Tiada kod resit ditemui dalam video.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No camera found. Open a picture, a PDF or a video of the receipt instead.</source>
        <translation>Tiada kamera ditemui. Sebaliknya, buka gambar, PDF atau video resit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera cannot be used: %1
If RefundDesk may not use the camera, allow it in the system&apos;s privacy settings, or open a picture of the receipt instead.</source>
        <translation>Kamera tidak dapat digunakan: %1
Jika RefundDesk tidak dibenarkan menggunakan kamera, benarkannya dalam tetapan privasi sistem, atau buka gambar resit sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold the receipt&apos;s barcode in front of the camera.</source>
        <translation>Halakan kod bar resit ke hadapan kamera.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Receipts (%1)</source>
        <translation>Resit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open receipt picture or PDF</source>
        <translation>Buka gambar atau PDF resit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open receipt video</source>
        <translation>Buka video resit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.webm *.mkv *.mp4 *.avi *.mov)</source>
        <translation>Video (*.webm *.mkv *.mp4 *.avi *.mov)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1...</source>
        <translation>Membaca %1...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Playing %1...</source>
        <translation>Memainkan %1...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 code)</source>
        <translation>%1 (kod %2)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecPaidGateway</name>
    <message>
        <location filename="../core/gateways/secpaid/SecPaidGateway.cpp" line="+33"/>
        <source>The SecPaid token</source>
        <translation>Token SecPaid</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SecPaid payments are looked up by their payment number (pay_id), not by a reference.</source>
        <translation>Pembayaran SecPaid dicari melalui nombor pembayarannya (pay_id), bukan melalui rujukan.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecPaidProtocol</name>
    <message>
        <location filename="../core/gateways/secpaid/SecPaidProtocol.cpp" line="+448"/>
        <source>&quot;%1&quot; is not a SecPaid payment number (pay_id is a whole number). Nothing was sent.</source>
        <translation>&quot;%1&quot; bukan nombor pembayaran SecPaid (pay_id ialah nombor bulat). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid refunds only in EUR, not %1. Nothing was sent.</source>
        <translation>SecPaid membuat bayaran balik dalam EUR sahaja, bukan %1. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund amount must be more than zero. Nothing was sent.</source>
        <translation>Amaun bayaran balik mesti lebih daripada sifar. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full refund must be the whole payment of %1 EUR, not %2 EUR. Nothing was sent.</source>
        <translation>Bayaran balik penuh mestilah keseluruhan pembayaran sebanyak %1 EUR, bukan %2 EUR. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a SecPaid payment number (pay_id is a whole number).</source>
        <translation>&quot;%1&quot; bukan nombor pembayaran SecPaid (pay_id ialah nombor bulat).</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+183"/>
        <source>SecPaid refused RefundDesk&apos;s API key (HTTP %1). Check the SecPaid token in the settings.</source>
        <translation>SecPaid menolak kunci API RefundDesk (HTTP %1). Semak token SecPaid dalam tetapan.</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>SecPaid says the request had no payment number (&quot;%1&quot;). Nothing was refunded. This is a fault in RefundDesk; please report it.</source>
        <translation>SecPaid menyatakan permintaan itu tiada nombor pembayaran (&quot;%1&quot;). Tiada apa-apa dibayar balik. Ini ialah ralat dalam RefundDesk; sila laporkannya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid says the request had no refund amount (&quot;%1&quot;). Nothing was refunded. This is a fault in RefundDesk; please report it.</source>
        <translation>SecPaid menyatakan permintaan itu tiada amaun bayaran balik (&quot;%1&quot;). Tiada apa-apa dibayar balik. Ini ialah ralat dalam RefundDesk; sila laporkannya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid does not know this payment on this account (&quot;%1&quot;). Nothing was refunded; check the payment number on the receipt and the SecPaid account in the settings.</source>
        <translation>SecPaid tidak mengenali pembayaran ini pada akaun ini (&quot;%1&quot;). Tiada apa-apa dibayar balik; semak nombor pembayaran pada resit dan akaun SecPaid dalam tetapan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This SecPaid payment link was cancelled and never paid (&quot;%1&quot;), so there is nothing to refund.</source>
        <translation>Pautan pembayaran SecPaid ini telah dibatalkan dan tidak pernah dibayar (&quot;%1&quot;), jadi tiada apa-apa untuk dibayar balik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid already has a refund request for this payment and accepts only one per payment (&quot;%1&quot;). Nothing new was requested; look the refund up in the SecPaid dashboard.</source>
        <translation>SecPaid sudah mempunyai permintaan bayaran balik bagi pembayaran ini dan hanya menerima satu bagi setiap pembayaran (&quot;%1&quot;). Tiada permintaan baharu dibuat; cari bayaran balik itu dalam papan pemuka SecPaid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer has an open dispute on this payment, so SecPaid blocks refunds (&quot;%1&quot;). Nothing was refunded; settle the dispute in the SecPaid dashboard first.</source>
        <translation>Pelanggan mempunyai pertikaian terbuka bagi pembayaran ini, jadi SecPaid menyekat bayaran balik (&quot;%1&quot;). Tiada apa-apa dibayar balik; selesaikan pertikaian itu dalam papan pemuka SecPaid dahulu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid refused the amount (&quot;%1&quot;): it must be more than zero and no more than the original payment. Nothing was refunded.</source>
        <translation>SecPaid menolak amaun itu (&quot;%1&quot;): ia mesti lebih daripada sifar dan tidak melebihi pembayaran asal. Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SecPaid answered with an error RefundDesk does not know (&quot;%1&quot;). The refund may or may not have been recorded; RefundDesk will check with SecPaid before doing anything else.</source>
        <translation>SecPaid menjawab dengan ralat yang tidak dikenali oleh RefundDesk (&quot;%1&quot;). Bayaran balik mungkin sudah atau belum direkodkan; RefundDesk akan menyemak dengan SecPaid sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RefundDesk still cannot tell whether SecPaid recorded the refund request: %1 The refund stays open; RefundDesk will check again later.</source>
        <translation>RefundDesk masih tidak dapat memastikan sama ada SecPaid telah merekodkan permintaan bayaran balik: %1 Bayaran balik kekal terbuka; RefundDesk akan menyemak semula kemudian.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The entry has no amount.</source>
        <translation>Entri itu tiada amaun.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SecPaid&apos;s list of transactions could not be read (%1). Nothing was changed; try again in a moment.</source>
        <translation>Senarai transaksi SecPaid tidak dapat dibaca (%1). Tiada apa-apa diubah; cuba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid does not know payment %1 on this account (&quot;%2&quot;). Check the payment number on the receipt and the SecPaid account in the settings.</source>
        <translation>SecPaid tidak mengenali pembayaran %1 pada akaun ini (&quot;%2&quot;). Semak nombor pembayaran pada resit dan akaun SecPaid dalam tetapan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid refused to list the transactions of payment %1 (&quot;%2&quot;).</source>
        <translation>SecPaid enggan menyenaraikan transaksi bagi pembayaran %1 (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no list of transactions in the answer</source>
        <translation>tiada senarai transaksi dalam jawapan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry is not an object</source>
        <translation>satu entri bukan objek</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>SecPaid&apos;s answer could not be understood (HTTP %1).</source>
        <translation>Jawapan SecPaid tidak dapat difahami (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The refund may or may not have been recorded; RefundDesk will check with SecPaid before doing anything else.</source>
        <translation>%1 Bayaran balik mungkin sudah atau belum direkodkan; RefundDesk akan menyemak dengan SecPaid sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid has the refund request. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid sudah mempunyai permintaan bayaran balik. Pentadbir SecPaid akan meluluskan atau menolaknya dalam masa 5-10 hari; RefundDesk akan memantaunya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid received the refund request. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid telah menerima permintaan bayaran balik. Pentadbir SecPaid akan meluluskan atau menolaknya dalam masa 5-10 hari; RefundDesk akan memantaunya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid already had this refund request, so the first request arrived. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid sudah mempunyai permintaan bayaran balik ini, jadi permintaan pertama telah sampai. Pentadbir SecPaid akan meluluskan atau menolaknya dalam masa 5-10 hari; RefundDesk akan memantaunya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecPaid answered with an error RefundDesk does not know (&quot;%1&quot;).</source>
        <translation>SecPaid menjawab dengan ralat yang tidak dikenali oleh RefundDesk (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SecPaid lists no payment %1 in the last three years. A cancelled payment link is not listed; check the payment number on the receipt.</source>
        <translation>SecPaid tidak menyenaraikan pembayaran %1 dalam tempoh tiga tahun lalu. Pautan pembayaran yang dibatalkan tidak disenaraikan; semak nombor pembayaran pada resit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid lists payment %1 in %2; RefundDesk refunds SecPaid payments in EUR only.</source>
        <translation>SecPaid menyenaraikan pembayaran %1 dalam %2; RefundDesk membuat bayaran balik pembayaran SecPaid dalam EUR sahaja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid lists payment %1 with an amount RefundDesk cannot read exactly (&quot;%2&quot;). %3</source>
        <translation>SecPaid menyenaraikan pembayaran %1 dengan amaun yang tidak dapat dibaca dengan tepat oleh RefundDesk (&quot;%2&quot;). %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SecPaid listed too many transactions for payment %1 to be sure there is no refund among them.</source>
        <translation>SecPaid menyenaraikan terlalu banyak transaksi bagi pembayaran %1 untuk memastikan tiada bayaran balik di antaranya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid lists no refund for payment %1.</source>
        <translation>SecPaid tidak menyenaraikan sebarang bayaran balik bagi pembayaran %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>SecPaid lists %n refund(s) for payment %1 but allows only one per payment. A person must check them in the SecPaid dashboard.</source>
        <translation>
            <numerusform>SecPaid menyenaraikan %n bayaran balik bagi pembayaran %1 tetapi hanya membenarkan satu bagi setiap pembayaran. Seseorang perlu menyemaknya dalam papan pemuka SecPaid.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid lists the refund of payment %1 with an amount RefundDesk cannot read exactly (&quot;%2&quot; %3). A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid menyenaraikan bayaran balik bagi pembayaran %1 dengan amaun yang tidak dapat dibaca dengan tepat oleh RefundDesk (&quot;%2&quot; %3). Seseorang perlu menyemaknya dalam papan pemuka SecPaid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid lists the refund of payment %1 as %2 EUR, but RefundDesk asked for %3 %4: the amounts disagree. A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid menyenaraikan bayaran balik bagi pembayaran %1 sebanyak %2 EUR, tetapi RefundDesk meminta %3 %4: amaun tidak sepadan. Seseorang perlu menyemaknya dalam papan pemuka SecPaid.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SecPaid lists the refund of payment %1 as &quot;%2&quot;, which RefundDesk does not know. A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid menyenaraikan bayaran balik bagi pembayaran %1 sebagai &quot;%2&quot;, yang tidak dikenali oleh RefundDesk. Seseorang perlu menyemaknya dalam papan pemuka SecPaid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecPaid lists the refund request as pending; a SecPaid administrator approves or rejects it within 5-10 days.</source>
        <translation>SecPaid menyenaraikan permintaan bayaran balik sebagai belum selesai; pentadbir SecPaid akan meluluskan atau menolaknya dalam masa 5-10 hari.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid approved and carried out the refund.</source>
        <translation>SecPaid telah meluluskan dan melaksanakan bayaran balik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid rejected the refund request. Nothing was refunded; SecPaid accepts only one request per payment, so ask SecPaid how to go on.</source>
        <translation>SecPaid menolak permintaan bayaran balik. Tiada apa-apa dibayar balik; SecPaid hanya menerima satu permintaan bagi setiap pembayaran, jadi tanya SecPaid cara untuk meneruskannya.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RefundDesk could not check SecPaid&apos;s list of transactions. %1</source>
        <translation>RefundDesk tidak dapat menyemak senarai transaksi SecPaid. %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="+15"/>
        <location line="+47"/>
        <source>Replace…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Keep the saved one</source>
        <translation>Kekalkan yang disimpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New %1</source>
        <translation>Isi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %1</source>
        <translation>Ganti %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the saved %1</source>
        <translation>Kekalkan %1 yang disimpan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not set</source>
        <translation>Belum ditetapkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in the keychain</source>
        <translation>Disimpan dalam rantai kunci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the environment variable %1</source>
        <translation>Daripada pemboleh ubah persekitaran %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the file %1</source>
        <translation>Daripada fail %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>•••• (written in the configuration file; Replace moves it to the keychain)</source>
        <translation>•••• (ditulis dalam fail konfigurasi; Ganti akan memindahkannya ke rantai kunci)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter…</source>
        <translation>Masukkan…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecretValue</name>
    <message>
        <location filename="../core/config/SecretValue.cpp" line="+38"/>
        <source>The credential is kept in the system keychain (%1), which only the RefundDesk desktop application reads; here, write env:NAME or file:PATH instead.</source>
        <translation>Bukti kelayakan disimpan dalam rantai kunci sistem (%1), yang hanya dibaca oleh aplikasi desktop RefundDesk; di sini, tulis env:NAME atau file:PATH sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Pemboleh ubah persekitaran %1 tidak ditetapkan atau kosong.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>Tidak dapat membaca fail rahsia %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file %1 is larger than 64 KiB; is it the right file?</source>
        <translation>Fail rahsia %1 lebih besar daripada 64 KiB; adakah ia fail yang betul?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret file %1 is empty.</source>
        <translation>Fail rahsia %1 kosong.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credential is configured.</source>
        <translation>Tiada bukti kelayakan dikonfigurasikan.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SectionReader</name>
    <message>
        <location filename="../core/config/RefundDeskConfig.cpp" line="-202"/>
        <source>is required</source>
        <translation>diperlukan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; bukan URL http(s)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is neither true nor false</source>
        <translation>&apos;%1&apos; bukan true mahupun false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; bukan nombor bulat dari %2 hingga %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>fail &apos;%1&apos; tidak wujud</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ServeCommand</name>
    <message>
        <location filename="../app/refundctl/ServeCommand.cpp" line="+15"/>
        <source>Receives webhooks and follows up refunds until SIGTERM: the headless store server.</source>
        <translation>Menerima webhook dan membuat susulan bayaran balik sehingga SIGTERM: pelayan kedai tanpa antara muka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot install the SIGTERM handler.</source>
        <translation>Tidak dapat memasang pengendali SIGTERM.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>refundctl serve: listening on %1:%2</source>
        <translation>refundctl serve: mendengar pada %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refundctl serve: stopped</source>
        <translation>refundctl serve: dihentikan</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+98"/>
        <source>RefundDesk settings</source>
        <translation>Tetapan RefundDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>Rantai kunci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval &amp;&amp; limits</source>
        <translation>Kelulusan &amp;&amp; had</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Penampilan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings problem</source>
        <translation>Masalah tetapan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the settings</source>
        <translation>Simpan tetapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credentials cannot be saved on this computer: %1</source>
        <translation>Bukti kelayakan tidak dapat disimpan pada komputer ini: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store id</source>
        <translation>ID kedai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. S1</source>
        <translation>cth. S1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name</source>
        <translation>Nama kedai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on receipts</source>
        <translation>dipaparkan pada resit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register id</source>
        <translation>ID kaunter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. R2</source>
        <translation>cth. R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store currency</source>
        <translation>Mata wang kedai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, cth. MYR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store locale</source>
        <translation>Tetapan setempat kedai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. de_DE; empty: this computer&apos;s</source>
        <translation>cth. ms_MY; kosong: tetapan komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often open refunds are followed up</source>
        <translation>Kekerapan susulan bayaran balik terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store id:</source>
        <translation>ID kedai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name:</source>
        <translation>Nama kedai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register:</source>
        <translation>Kaunter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Mata wang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale (how amounts are typed):</source>
        <translation>Tetapan setempat (cara amaun ditaip):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up open refunds every:</source>
        <translation>Buat susulan bayaran balik terbuka setiap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration file: %1</source>
        <translation>Fail konfigurasi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval threshold</source>
        <translation>Ambang kelulusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk&apos;s daily limit</source>
        <translation>Had harian kerani</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>0: no limit</source>
        <translation>0: tiada had</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager&apos;s daily limit</source>
        <translation>Had harian pengurus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store&apos;s refund window</source>
        <translation>Tempoh bayaran balik kedai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the gateways&apos; windows</source>
        <translation>hanya tempoh gerbang pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout after five wrong PINs</source>
        <translation>Sekatan selepas lima PIN salah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in the store&apos;s currency (%1).</source>
        <translation>Amaun dalam mata wang kedai (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk&apos;s refund above this needs a manager&apos;s PIN:</source>
        <translation>Bayaran balik oleh kerani melebihi amaun ini memerlukan PIN pengurus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk may refund per day:</source>
        <translation>Kerani boleh membuat bayaran balik sehari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager may refund per day:</source>
        <translation>Pengurus boleh membuat bayaran balik sehari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds allowed for:</source>
        <translation>Bayaran balik dibenarkan selama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After five wrong PINs, lock the employee out for:</source>
        <translation>Selepas lima PIN salah, sekat pekerja selama:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untick a gateway this store does not use: its sales can still be looked up in the ledger but not refunded. Credentials are kept in the system keychain and never shown again.</source>
        <translation>Nyahtanda gerbang pembayaran yang tidak digunakan oleh kedai ini: jualannya masih boleh dicari dalam lejar tetapi tidak boleh dibayar balik. Bukti kelayakan disimpan dalam rantai kunci sistem dan tidak akan dipaparkan lagi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pockyt SecurePay</source>
        <translation>Pockyt SecurePay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt address</source>
        <translation>Alamat Pockyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt merchant number</source>
        <translation>Nombor peniaga Pockyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pockyt store number</source>
        <translation>Nombor kedai Pockyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt settlement currency</source>
        <translation>Mata wang penyelesaian Pockyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pockyt API token</source>
        <translation>Token API Pockyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+28"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Merchant no.:</source>
        <translation>No. peniaga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store no.:</source>
        <translation>No. kedai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement currency:</source>
        <translation>Mata wang penyelesaian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token:</source>
        <translation>Token API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW v3</source>
        <translation>PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3 address</source>
        <translation>Alamat PW v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3 API key</source>
        <translation>Kunci API PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway has enabled partial refunds for this account</source>
        <translation>Gerbang pembayaran telah mendayakan bayaran balik separa untuk akaun ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3 partial refunds</source>
        <translation>Bayaran balik separa PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key:</source>
        <translation>Kunci API:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid</source>
        <translation>SecPaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid address</source>
        <translation>Alamat SecPaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid token</source>
        <translation>Token SecPaid</translation>
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
        <translation>Alamat PayNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet client id</source>
        <translation>ID klien PayNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet merchant id</source>
        <translation>ID peniaga PayNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet key name</source>
        <translation>Nama kunci PayNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant private key file</source>
        <translation>Fail kunci peribadi peniaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file, readable by RefundDesk only</source>
        <translation>Fail PEM, hanya boleh dibaca oleh RefundDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet public key file</source>
        <translation>Fail kunci awam PayNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file that verifies PayNet&apos;s webhooks</source>
        <translation>Fail PEM yang mengesahkan webhook PayNet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Semak imbas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the %1</source>
        <translation>Pilih %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Fail PEM (*.pem);;Semua fail (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client id:</source>
        <translation>ID klien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant id:</source>
        <translation>ID peniaga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name:</source>
        <translation>Nama kunci:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant private key:</source>
        <translation>Kunci peribadi peniaga:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant private key</source>
        <translation>Kunci peribadi peniaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet public key:</source>
        <translation>Kunci awam PayNet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PayNet public key</source>
        <translation>Kunci awam PayNet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook listener address</source>
        <translation>Alamat pendengar webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public webhook address</source>
        <translation>Alamat webhook awam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt and PayNet tell RefundDesk how a refund ended by calling it. When a public address is set, this desk listens on the listener address and the gateways are given {public address}/webhooks/pockyt and /webhooks/paynet. Leave the public address empty when another computer (refundctl serve) receives them.</source>
        <translation>Pockyt dan PayNet memaklumkan RefundDesk tentang kesudahan bayaran balik dengan memanggilnya. Apabila alamat awam ditetapkan, komputer ini mendengar pada alamat pendengar dan gerbang pembayaran diberikan {alamat awam}/webhooks/pockyt dan /webhooks/paynet. Biarkan alamat awam kosong jika komputer lain (refundctl serve) yang menerimanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listen on (host:port):</source>
        <translation>Dengar pada (hos:port):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address:</source>
        <translation>Alamat awam:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt printer</source>
        <translation>Pencetak resit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:9100, /dev/usb/lp0 or COM3; empty: none</source>
        <translation>HOST:9100, /dev/usb/lp0 atau COM3; kosong: tiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed</source>
        <translation>Kelajuan bersiri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> baud</source>
        <translation> baud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt uses the computer&apos;s printers and shows a preview first. A thermal receipt printer (ESC/POS) can be named here.</source>
        <translation>Cetak resit menggunakan pencetak komputer dan memaparkan pratonton dahulu. Pencetak resit terma (ESC/POS) boleh dinyatakan di sini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt printer:</source>
        <translation>Pencetak resit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed (serial ports only):</source>
        <translation>Kelajuan bersiri (port bersiri sahaja):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email receipts through this mail server</source>
        <translation>Hantar resit melalui e-mel menggunakan pelayan mel ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail server</source>
        <translation>Pelayan mel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server port</source>
        <translation>Port pelayan mel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection security</source>
        <translation>Keselamatan sambungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dari awal (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a relay on this computer only)</source>
        <translation>Tiada (geganti pada komputer ini sahaja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail user</source>
        <translation>Pengguna mel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no sign-in</source>
        <translation>kosong: tanpa log masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail password</source>
        <translation>Kata laluan mel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender address</source>
        <translation>Alamat pengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>Nama pengirim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the store&apos;s name</source>
        <translation>nama kedai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private CA file</source>
        <translation>Fail CA persendirian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: the system&apos;s</source>
        <translation>kosong: CA sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Pelayan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Keselamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Kata laluan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Daripada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name:</source>
        <translation>Nama pengirim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file:</source>
        <translation>Fail CA:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours for this computer&apos;s user; applied at once.</source>
        <translation>Warna untuk pengguna komputer ini; digunakan serta-merta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the &amp;system</source>
        <translation>Ikut &amp;sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Cerah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of RefundDesk&apos;s texts for this computer&apos;s user. It changes the next time RefundDesk starts; amounts and dates keep following the store&apos;s locale.</source>
        <translation>Bahasa teks RefundDesk untuk pengguna komputer ini. Ia berubah pada kali seterusnya RefundDesk dimulakan; amaun dan tarikh tetap mengikut tetapan setempat kedai.</translation>
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
        <translation>%1 diperlukan.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is not an ISO 4217 currency code like EUR.</source>
        <translation>%1 bukan kod mata wang ISO 4217 seperti MYR.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A mail password needs the mail user it belongs to.</source>
        <translation>Kata laluan mel memerlukan pengguna mel yang berkaitan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the settings…</source>
        <translation>Menyimpan tetapan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pockyt&apos;s API token</source>
        <translation>Token API Pockyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3&apos;s API key</source>
        <translation>Kunci API PW v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecPaid&apos;s token</source>
        <translation>Token SecPaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail password</source>
        <translation>Kata laluan mel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was not saved, and neither was anything else: %2</source>
        <translation>%1 tidak disimpan, begitu juga tetapan lain: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. RefundDesk starts its engine again with these settings.</source>
        <translation>Disimpan. RefundDesk memulakan semula enjinnya dengan tetapan ini.</translation>
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
        <translation>PIN baharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>PIN baharu sekali lagi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to RefundDesk</source>
        <translation>Log masuk ke RefundDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · register %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · kaunter %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employee</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employee:</source>
        <translation>Pe&amp;kerja:</translation>
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
        <translation>Pekerja demo dan PIN mereka: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This ledger has no employees yet. Create the first manager; they add everyone else under Settings.</source>
        <translation>Lejar ini belum mempunyai pekerja. Cipta pengurus pertama; beliau akan menambah pekerja lain di bawah Tetapan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nama penuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Nama penuh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits):</source>
        <translation>PIN (4 hingga 12 digit):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>PIN sekali lagi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in problem</source>
        <translation>Masalah log masuk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit RefundDesk</source>
        <translation>Keluar dari RefundDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped. Enter the PIN again.</source>
        <translation>Dihentikan. Masukkan PIN sekali lagi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the employee list…</source>
        <translation>Membaca senarai pekerja…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The employee list cannot be read: %1</source>
        <translation>Senarai pekerja tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pick your name first.</source>
        <translation>Pilih nama anda dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your PIN (4 to 12 digits).</source>
        <translation>Masukkan PIN anda (4 hingga 12 digit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the PIN…</source>
        <translation>Menyemak PIN…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Try again after %2.</source>
        <translation>%1 Cuba lagi selepas %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a user name without spaces.</source>
        <translation>Pilih nama pengguna tanpa ruang kosong.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ; enter the same PIN twice.</source>
        <translation>Kedua-dua PIN berbeza; masukkan PIN yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the first manager…</source>
        <translation>Mencipta pengurus pertama…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SmtpClient</name>
    <message>
        <location filename="../core/receipts/SmtpClient.cpp" line="+91"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Pelayan menyatakan: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail server name %1 cannot be found; check [smtp] host.</source>
        <translation>Nama pelayan mel %1 tidak ditemui; semak [smtp] host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the mail server %1 (%2). Is it running, and are [smtp] host and port right?</source>
        <translation>Tidak dapat menyambung ke pelayan mel %1 (%2). Adakah ia sedang berjalan, dan adakah [smtp] host dan port betul?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 did not answer within %2 seconds.</source>
        <translation>Pelayan mel %1 tidak menjawab dalam masa %2 saat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 refused the login of %2; check [smtp] user and password.</source>
        <translation>Pelayan mel %1 menolak log masuk %2; semak [smtp] user dan password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 does not offer STARTTLS. If it expects TLS from the start (port 465), set [smtp] security to tls.</source>
        <translation>Pelayan mel %1 tidak menawarkan STARTTLS. Jika ia menjangkakan TLS dari awal (port 465), tetapkan [smtp] security kepada tls.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to the mail server %1 failed: %2. If the server uses a private certificate authority, name it in [smtp] ca_file.</source>
        <translation>Sambungan selamat ke pelayan mel %1 gagal: %2. Jika pelayan menggunakan pihak berkuasa sijil persendirian, nyatakannya dalam [smtp] ca_file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the receipt was cancelled.</source>
        <translation>Penghantaran resit telah dibatalkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server %1 broke off: %2</source>
        <translation>Sambungan ke pelayan mel %1 terputus: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 refused the message to %2.</source>
        <translation>Pelayan mel %1 menolak mesej kepada %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 refused the message to %2 (%3).</source>
        <translation>Pelayan mel %1 menolak mesej kepada %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending through the mail server %1 failed: %2</source>
        <translation>Penghantaran melalui pelayan mel %1 gagal: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The mail library could not start.</source>
        <translation>Pustaka mel tidak dapat dimulakan.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SmtpPasswordStore</name>
    <message>
        <location filename="../core/receipts/SmtpPasswordStore.cpp" line="+16"/>
        <source>The keychain holds no password for %1. Enter it in the mail settings, or set [smtp] password to env:NAME or file:PATH.</source>
        <translation>Rantai kunci tiada kata laluan bagi %1. Masukkannya dalam tetapan mel, atau tetapkan [smtp] password kepada env:NAME atau file:PATH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available (%1). Set [smtp] password to env:NAME or file:PATH instead.</source>
        <translation>Tiada rantai kunci sistem tersedia (%1). Sebaliknya, tetapkan [smtp] password kepada env:NAME atau file:PATH.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the mail password: %1</source>
        <translation>Rantai kunci menolak akses kepada kata laluan mel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1). Set [smtp] password to env:NAME or file:PATH instead.</source>
        <translation>Rantai kunci gagal (%1). Sebaliknya, tetapkan [smtp] password kepada env:NAME atau file:PATH.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqlLedger</name>
    <message>
        <location filename="../core/ledger/SqlLedger.cpp" line="+88"/>
        <source>The ledger %1 holds %2 that this program cannot read; it may have been edited by hand.</source>
        <translation>Lejar %1 mengandungi %2 yang tidak dapat dibaca oleh program ini; ia mungkin telah disunting secara manual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail cannot be written or checked: this installation&apos;s audit key is not available.</source>
        <translation>Jejak audit tidak dapat ditulis atau disemak: kunci audit pemasangan ini tidak tersedia.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The ledger %1 failed while %2: %3</source>
        <translation>Lejar %1 gagal semasa %2: %3</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>storing several changes together</source>
        <translation>menyimpan beberapa perubahan sekali gus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading sales</source>
        <translation>membaca jualan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sale %1</source>
        <translation>jualan %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A sale cannot be stored without the gateway&apos;s transaction id.</source>
        <translation>Jualan tidak boleh disimpan tanpa ID transaksi gerbang pembayaran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing sale %1</source>
        <translation>menyimpan jualan %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>sale %1, refused and then not found</source>
        <translation>jualan %1, ditolak kemudian tidak ditemui</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gateway reports %1 for sale %2, but the ledger holds %3 for it; nothing was changed.</source>
        <translation>Gerbang pembayaran melaporkan %1 bagi jualan %2, tetapi lejar menyimpan %3 baginya; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The ledger has no %1 sale with reference %2.</source>
        <translation>Lejar tiada jualan %1 dengan rujukan %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger has no %1 sale with transaction id %2.</source>
        <translation>Lejar tiada jualan %1 dengan ID transaksi %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The ledger has no sale number %1.</source>
        <translation>Lejar tiada jualan bernombor %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading refunds</source>
        <translation>membaca bayaran balik</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>refund %1</source>
        <translation>bayaran balik %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The ledger has no refund %1.</source>
        <translation>Lejar tiada bayaran balik %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>adding up the refunds of sale %1</source>
        <translation>menjumlahkan bayaran balik bagi jualan %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>refunds of sale %1 (%2)</source>
        <translation>bayaran balik bagi jualan %1 (%2)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>recording an event of refund %1</source>
        <translation>merekodkan peristiwa bayaran balik %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund must be more than zero.</source>
        <translation>Bayaran balik mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journaling a refund of sale %1</source>
        <translation>menjurnalkan bayaran balik bagi jualan %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refund is in %1, but the sale was paid in %2.</source>
        <translation>Bayaran balik dalam %1, tetapi jualan dibayar dalam %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is more than the %2 left to refund on this sale (paid %3; refunded or in progress %4).</source>
        <translation>%1 melebihi baki %2 yang boleh dibayar balik bagi jualan ini (dibayar %3; dibayar balik atau dalam proses %4).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This sale already has %n refund(s), as many as its gateway allows per payment.</source>
        <translation>
            <numerusform>Jualan ini sudah mempunyai %n bayaran balik, sebanyak yang dibenarkan oleh gerbang pembayarannya bagi setiap bayaran.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A refund with id %1 is already in the ledger.</source>
        <translation>Bayaran balik dengan ID %1 sudah ada dalam lejar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>updating refund %1</source>
        <translation>mengemas kini bayaran balik %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund %1 is under review: only a person can close it.</source>
        <translation>Bayaran balik %1 dalam semakan: hanya seseorang boleh menutupnya secara manual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund %1 is %2 and cannot move to %3.</source>
        <translation>Bayaran balik %1 berstatus %2 dan tidak boleh beralih kepada %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing a refund under review needs a note saying why.</source>
        <translation>Menutup bayaran balik dalam semakan memerlukan nota yang menyatakan sebabnya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund %1 already has the gateway refund id %2; the gateway now names it %3. Nothing was changed.</source>
        <translation>Bayaran balik %1 sudah mempunyai ID bayaran balik gerbang pembayaran %2; gerbang pembayaran kini menamakannya %3. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ledger has no %1 refund with the gateway refund id %2.</source>
        <translation>Lejar tiada bayaran balik %1 dengan ID bayaran balik gerbang pembayaran %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <source>counting refunds</source>
        <translation>mengira bayaran balik</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adding up what %1 refunded today</source>
        <translation>menjumlahkan bayaran balik oleh %1 hari ini</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>refunds of %1 in status &quot;%2&quot;</source>
        <translation>bayaran balik oleh %1 dalam status &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refunds of %1 (a sum of %2 minor units)</source>
        <translation>bayaran balik oleh %1 (jumlah %2 unit kecil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunds of %1 (%2)</source>
        <translation>bayaran balik oleh %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the events of refund %1</source>
        <translation>membaca peristiwa bayaran balik %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>event %1 of refund %2</source>
        <translation>peristiwa %1 bagi bayaran balik %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+37"/>
        <source>appending to the audit trail</source>
        <translation>menambah pada jejak audit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking the audit trail</source>
        <translation>menyemak jejak audit</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>reading the audit trail</source>
        <translation>membaca jejak audit</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqliteLedger</name>
    <message>
        <location filename="../core/ledger/SqliteLedger.cpp" line="+37"/>
        <source>The ledger %1 cannot be read: %2</source>
        <translation>Lejar %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RefundDesk ledger: it is not a SQLite database. It was left unchanged; choose another file.</source>
        <translation>%1 bukan lejar RefundDesk: ia bukan pangkalan data SQLite. Ia dibiarkan tanpa perubahan; pilih fail lain.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+108"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Lejar %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The ledger %1 cannot be set up (%2): %3</source>
        <translation>Lejar %1 tidak dapat disediakan (%2): %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ledger %1 cannot be opened: this SQLite does not enforce foreign keys.</source>
        <translation>Lejar %1 tidak dapat dibuka: SQLite ini tidak menguatkuasakan kunci asing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;); SQLite cannot share a file safely on some network drives.</source>
        <translation>Lejar %1 tidak dapat menggunakan pengelogan tulis-dahulu (mod jurnal kekal &quot;%2&quot;); SQLite tidak dapat berkongsi fail dengan selamat pada sesetengah pemacu rangkaian.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No ledger file was given.</source>
        <translation>Tiada fail lejar diberikan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder, not a ledger file.</source>
        <translation>%1 ialah folder, bukan fail lejar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger %1 cannot be created: its folder does not exist.</source>
        <translation>Lejar %1 tidak dapat dicipta: foldernya tidak wujud.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The ledger %1 is busy: another RefundDesk program kept it locked for more than %2 seconds while %3. Try again.</source>
        <translation>Lejar %1 sibuk: program RefundDesk lain menguncinya selama lebih daripada %2 saat semasa %3. Cuba lagi.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqliteLedgerWatcher</name>
    <message>
        <location filename="../core/ledger/SqliteLedgerWatcher.cpp" line="+38"/>
        <source>The ledger %1 cannot be watched: there is no such file.</source>
        <translation>Lejar %1 tidak dapat dipantau: fail itu tidak wujud.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>The ledger %1 cannot be watched: %2</source>
        <translation>Lejar %1 tidak dapat dipantau: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not a RefundDesk ledger yet: open it as a ledger before watching it.</source>
        <translation>%1 belum menjadi lejar RefundDesk: bukanya sebagai lejar sebelum memantaunya.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StartupScreen</name>
    <message>
        <location filename="../ui/StartupScreen.cpp" line="+17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
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
        <translation>Sebab RefundDesk tidak dapat dimulakan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit RefundDesk</source>
        <translation>Keluar dari RefundDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StatusCommand</name>
    <message>
        <location filename="../app/refundctl/StatusCommand.cpp" line="+13"/>
        <source>Shows a refund as the ledger has it.</source>
        <translation>Memaparkan bayaran balik seperti yang direkodkan dalam lejar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>ID bayaran balik (UUID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: refundctl status REFUND_ID [--json]</source>
        <translation>Penggunaan: refundctl status REFUND_ID [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>&apos;%1&apos; bukan ID bayaran balik (UUID).</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SyncCommand</name>
    <message>
        <location filename="../app/refundctl/SyncCommand.cpp" line="+14"/>
        <source>Follows up every refund that is still submitting or pending, once.</source>
        <translation>Membuat susulan sekali bagi setiap bayaran balik yang masih sedang dihantar atau belum selesai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 checked, %2 changed, %3 skipped</source>
        <translation>%1 disemak, %2 berubah, %3 dilangkau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refund(s) could not be followed up; the first: %2</source>
        <translation>%1 bayaran balik tidak dapat disusuli; yang pertama: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransportOutcome</name>
    <message>
        <location filename="../core/gateways/TransportOutcome.cpp" line="+23"/>
        <source>The refund was cancelled before it was sent. Nothing was refunded.</source>
        <translation>Bayaran balik dibatalkan sebelum ia dihantar. Tiada apa-apa dibayar balik.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 RefundDesk will check with %2 whether the refund was made.</source>
        <translation>%1 RefundDesk akan menyemak dengan %2 sama ada bayaran balik telah dibuat.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UiLanguage</name>
    <message>
        <location filename="../core/i18n/UiLanguage.cpp" line="+75"/>
        <source>RefundDesk has no texts in the language &quot;%1&quot;; choose one of %2.</source>
        <translation>RefundDesk tiada teks dalam bahasa &quot;%1&quot;; pilih salah satu daripada %2.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserCommand</name>
    <message>
        <location filename="../app/refundctl/UserCommand.cpp" line="+27"/>
        <source>Adds and lists employees. A new PIN is read from standard input.</source>
        <translation>Menambah dan menyenaraikan pekerja. PIN baharu dibaca daripada input standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>Arahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do.</source>
        <translation>Tindakan yang hendak dilakukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employee&apos;s user name (add).</source>
        <translation>Nama pengguna pekerja (add).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk, manager or back_office.</source>
        <translation>clerk, manager atau back_office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name people see.</source>
        <translation>Nama yang dilihat orang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who adds the employee (default: refundctl).</source>
        <translation>Siapa yang menambah pekerja (lalai: refundctl).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role must be clerk, manager or back_office.</source>
        <translation>--role mesti clerk, manager atau back_office.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) ditambah.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserDirectory</name>
    <message>
        <location filename="../core/engine/UserDirectory.cpp" line="+23"/>
        <source>%1 is locked out after %2 wrong PINs until %3.</source>
        <translation>%1 disekat selepas %2 PIN salah sehingga %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An employee needs a name without spaces around it.</source>
        <translation>Nama pekerja tidak boleh bermula atau berakhir dengan ruang kosong.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1&apos;s account is disabled.</source>
        <translation>Akaun %1 telah dinyahaktifkan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wrong PIN. One more wrong PIN locks %1 out.</source>
        <translation>PIN salah. Satu lagi PIN salah akan menyekat %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. %1 more tries before %2 is locked out.</source>
        <translation>PIN salah. %1 percubaan lagi sebelum %2 disekat.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserStore</name>
    <message>
        <location filename="../core/engine/UserStore.cpp" line="+65"/>
        <location line="+25"/>
        <source>The employee list in %1 cannot be opened: %2</source>
        <translation>Senarai pekerja dalam %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The employee list in %1 failed while %2: %3</source>
        <translation>Senarai pekerja dalam %1 gagal semasa %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The employee %1 in %2 has the unknown role &quot;%3&quot;.</source>
        <translation>Pekerja %1 dalam %2 mempunyai peranan yang tidak diketahui &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up employee %1</source>
        <translation>mencari pekerja %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>There is no employee named &quot;%1&quot;.</source>
        <translation>Tiada pekerja bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>listing employees</source>
        <translation>menyenaraikan pekerja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adding employee %1</source>
        <translation>menambah pekerja %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already an employee named &quot;%1&quot;.</source>
        <translation>Sudah ada pekerja bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>changing employee %1</source>
        <translation>mengubah pekerja %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>counting a wrong PIN of %1</source>
        <translation>mengira PIN salah %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>resetting the wrong PINs of %1</source>
        <translation>menetapkan semula kiraan PIN salah %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::WebhookReceiver</name>
    <message>
        <location filename="../core/webhooks/WebhookReceiver.cpp" line="+51"/>
        <source>The webhook address %1 is not an IP address.</source>
        <translation>Alamat webhook %1 bukan alamat IP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen for webhooks on %1:%2 (in use, or not allowed).</source>
        <translation>Tidak dapat mendengar webhook pada %1:%2 (sedang digunakan, atau tidak dibenarkan).</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+92"/>
        <source>no webhook here</source>
        <translation>tiada webhook di sini</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>not a POST</source>
        <translation>bukan POST</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>body over 64 KiB</source>
        <translation>badan mesej melebihi 64 KiB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not about a refund</source>
        <translation>bukan mengenai bayaran balik</translation>
    </message>
</context>
</TS>
