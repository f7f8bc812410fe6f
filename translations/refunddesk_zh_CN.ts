<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReceiptCode</name>
    <message>
        <location filename="../core/scan/ReceiptCode.cpp" line="+159"/>
        <source>%1 transaction %2</source>
        <translation>%1 交易 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reference %2</source>
        <translation>%1 参考号 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference %1</source>
        <translation>参考号 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refund %2</source>
        <translation>%1 退款 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was read.</source>
        <translation>未读取到任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a receipt RefundDesk knows.</source>
        <translation>不是 RefundDesk 认识的小票。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a receipt RefundDesk knows: %1</source>
        <translation>不是 RefundDesk 认识的小票：%1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>it is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the RefundDesk code is damaged.</source>
        <translation>RefundDesk 码已损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the RefundDesk code names no gateway RefundDesk knows.</source>
        <translation>RefundDesk 码指向的支付网关 RefundDesk 不认识。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transaction id does not fit %1.</source>
        <translation>交易 id 与 %1 不符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the RefundDesk refund code names no refund.</source>
        <translation>RefundDesk 退款码未指向任何退款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the RefundDesk code names no sale.</source>
        <translation>RefundDesk 码未指向任何销售。</translation>
    </message>
</context>
<context>
    <name>ReceiptFileReader</name>
    <message>
        <location filename="../core/scan/ReceiptFileReader.cpp" line="+47"/>
        <source>No such file.</source>
        <translation>没有此文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The picture is too large.</source>
        <translation>图片过大。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a picture or PDF file RefundDesk can read (%1).</source>
        <translation>不是 RefundDesk 能读取的图片或 PDF 文件（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No barcode found in the picture.</source>
        <translation>图片中未找到条码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF file cannot be opened.</source>
        <translation>无法打开 PDF 文件。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No barcode found on the PDF&apos;s pages.</source>
        <translation>PDF 的页面上未找到条码。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF file has no pages.</source>
        <translation>PDF 文件没有页面。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditChain</name>
    <message>
        <location filename="../core/ledger/AuditChain.cpp" line="+34"/>
        <source>Audit row %1 follows row %2: the rows between them were removed.</source>
        <translation>审计第 %1 行紧接在第 %2 行之后：两者之间的行已被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not link to the row before it: rows were removed or replaced.</source>
        <translation>审计第 %1 行未链接到其前一行：有行被删除或替换。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not match its hash: it was changed after it was written, or the installation key is not the one it was written with.</source>
        <translation>审计第 %1 行与其哈希不符：它在写入后被修改过，或当前安装密钥不是写入时所用的密钥。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditCommand</name>
    <message>
        <location filename="../app/refundctl/AuditCommand.cpp" line="+13"/>
        <source>Checks the audit chain.</source>
        <translation>检查审计链。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with the audit chain.</source>
        <translation>对审计链执行的操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: refundctl audit verify [--json]</source>
        <translation>用法：refundctl audit verify [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit chain is intact: %1 rows.</source>
        <translation>审计链完整：共 %1 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit row %1 does not match: %2</source>
        <translation>审计第 %1 行不匹配：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditKey</name>
    <message>
        <location filename="../core/engine/AuditKey.cpp" line="+24"/>
        <source>The audit key ([ledger] audit_key, %1) cannot be read: %2</source>
        <translation>无法读取审计密钥（[ledger] audit_key，%1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>它为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set [ledger] audit_key: a database server has no folder to keep the audit key in.</source>
        <translation>请设置 [ledger] audit_key：数据库服务器没有可存放审计密钥的文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit key file %1 cannot be read: %2</source>
        <translation>无法读取审计密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit key file %1 is empty.</source>
        <translation>审计密钥文件 %1 为空。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit key file %1 cannot be created: %2</source>
        <translation>无法创建审计密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit key file %1 cannot be written: %2</source>
        <translation>无法写入审计密钥文件 %1：%2</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditTrailPanel</name>
    <message>
        <location filename="../ui/AuditTrailPanel.cpp" line="+23"/>
        <source>&amp;Verify chain</source>
        <translation>验证链(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify the audit chain</source>
        <translation>验证审计链</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit chain check</source>
        <translation>审计链检查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check stopped; the chain was not judged.</source>
        <translation>检查已停止；未对审计链作出判断。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in the audit trail</source>
        <translation>
            <numerusform>审计记录中有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking every row&apos;s hash…</source>
        <translation>正在检查每一行的哈希…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain cannot be checked: %1</source>
        <translation>无法检查审计链：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The chain is intact: all %n row(s) match their hashes.</source>
        <translation>
            <numerusform>审计链完整：全部 %n 行与其哈希一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chain is broken at row %1: %2 Rows before it match; keep a copy of the ledger and tell whoever looks after RefundDesk.</source>
        <translation>审计链在第 %1 行断开：%2 此前的各行均一致；请保留一份账本副本，并告知负责维护 RefundDesk 的人员。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::BackOfficePage</name>
    <message>
        <location filename="../ui/BackOfficePage.cpp" line="+25"/>
        <source>Back office</source>
        <translation>后台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refunds</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Needs re&amp;view</source>
        <translation>待复核(&amp;V)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Audit trail</source>
        <translation>审计记录(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reco&amp;nciliation</source>
        <translation>对账(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs re&amp;view (%1)</source>
        <translation>待复核 (%1)(&amp;V)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::BusyPanel</name>
    <message>
        <location filename="../ui/BusyPanel.cpp" line="+20"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ConfigFileEditor</name>
    <message>
        <location filename="../ui/ConfigFileEditor.cpp" line="+52"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CounterPage</name>
    <message>
        <location filename="../ui/CounterPage.cpp" line="+42"/>
        <source>%1 reference %2</source>
        <translation>%1 参考号 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 transaction %2</source>
        <translation>%1 交易 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference %1</source>
        <translation>参考号 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>Find the sale</source>
        <translation>查找销售记录</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Scan the receipt, or type its transaction number, reference, PayNet checkout id or SecPaid pay id, and press Enter.</source>
        <translation>扫描小票，或输入其交易号、参考号、PayNet checkout id 或 SecPaid pay id，然后按 Enter。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt number</source>
        <translation>小票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 297553638300708562, POS-PK-1001 or 12345</source>
        <translation>例如 297553638300708562、POS-PK-1001 或 12345</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scan receipt…</source>
        <translation>扫描小票(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the receipt with the camera or from a file</source>
        <translation>用摄像头或从文件扫描小票</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lookup result</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>← Back (Esc)</source>
        <translation>← 返回 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the search</source>
        <translation>返回搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the &amp;gateway again</source>
        <translation>再次询问支付网关(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the gateway about this sale again</source>
        <translation>再次向支付网关查询此销售</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refund problem</source>
        <translation>退款问题</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Type or scan the receipt&apos;s number first.</source>
        <translation>请先输入或扫描小票号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Type the transaction number, reference, PayNet checkout id or SecPaid pay id printed on the receipt.</source>
        <translation>%1 请输入小票上印的交易号、参考号、PayNet checkout id 或 SecPaid pay id。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No sale %1 was found, in the ledger or at %2. Check the number on the receipt.</source>
        <translation>在账本和 %2 中均未找到销售 %1。请核对小票上的号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 Try again in %2 seconds.</source>
        <translation>%1 请在 %2 秒后重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopped looking. Nothing was changed.</source>
        <translation>已停止查询。未做任何更改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking %1 about this sale…</source>
        <translation>正在向 %1 查询此销售…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the refund to %1…</source>
        <translation>正在将退款发送至 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t wait</source>
        <translation>不再等待</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The refund goes on without you: nothing is sent twice, and Back office shows how it ends.</source>
        <translation>退款将在后台继续：不会重复发送，可在“后台”中查看最终结果。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund of %1 for %2: %3</source>
        <translation>%2 的退款 %1：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refund was not made: %1</source>
        <translation>未进行退款：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was sent: %1 Try again; if it keeps happening, tell the person who looks after RefundDesk.</source>
        <translation>未发送任何内容：%1 请重试；如果问题持续，请告知负责维护 RefundDesk 的人员。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CredentialStore</name>
    <message>
        <location filename="../ui/CredentialStore.cpp" line="+23"/>
        <source>RefundDesk cannot reach a system keychain on this computer (%1). RefundDesk does not write credentials to disk: write env:NAME or file:PATH for them in the configuration file instead, or use a desktop session with a keychain.</source>
        <translation>RefundDesk 无法访问此电脑上的系统钥匙串（%1）。RefundDesk 不会将凭据写入磁盘：请在配置文件中为其填写 env:NAME 或 file:PATH，或使用带有钥匙串的桌面会话。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>钥匙串拒绝访问（%1）。请解锁后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds no such credential.</source>
        <translation>钥匙串中没有此凭据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1). Try again; if it keeps failing, write env:NAME or file:PATH in the configuration file instead.</source>
        <translation>钥匙串出错（%1）。请重试；如果持续失败，请改在配置文件中填写 env:NAME 或 file:PATH。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pockyt&apos;s API token</source>
        <translation>Pockyt 的 API 令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3&apos;s API key</source>
        <translation>PW v3 的 API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid&apos;s token</source>
        <translation>SecPaid 的令牌</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be read from the keychain: %2 Enter it again under Settings, Gateways.</source>
        <translation>无法从钥匙串读取 %1：%2 请在“设置”的“支付网关”中重新输入。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CsvReader</name>
    <message>
        <location filename="../core/reconcile/CsvReader.cpp" line="+62"/>
        <source>text after a closing quote; a quote inside a field must be doubled</source>
        <translation>右引号后还有文本；字段中的引号必须成对书写</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote inside a field that does not start with one; quote the whole field</source>
        <translation>字段不以引号开头却含有引号；请将整个字段加上引号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quoted field is never closed; the rest of the file is part of it</source>
        <translation>带引号的字段从未闭合；文件其余部分都被视为该字段的内容</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the line is not UTF-8 text</source>
        <translation>该行不是 UTF-8 文本</translation>
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
        <translation>命令行版 RefundDesk：查询销售、为其退款，并跟进退款直至最终状态。

命令（每个命令都有 --help；--json 用于机器可读输出；--config FILE 或 REFUNDDESK_CONFIG）：
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

支付网关：pockyt、pwv3、secpaid、paynet。
语言：任何命令均可加 --language en|de|ms|zh_CN（默认：LANGUAGE、LC_MESSAGES 或 LANG）。
退出码：0 完成；1 被拒绝、失败、被拒或未找到；2 参数或配置错误；3 结果尚不明确（待复核），或无法询问支付网关或账本。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What to do (see above).</source>
        <translation>要执行的操作（见上文）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &apos;%1&apos;; see refundctl --help.</source>
        <translation>未知命令“%1”；请参阅 refundctl --help。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::CtlSession</name>
    <message>
        <location filename="../app/refundctl/CtlSession.cpp" line="+14"/>
        <source>The configuration file (default: $REFUNDDESK_CONFIG).</source>
        <translation>配置文件（默认：$REFUNDDESK_CONFIG）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine output: JSON on stdout.</source>
        <translation>机器可读输出：在 stdout 输出 JSON。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No configuration: pass --config FILE or set REFUNDDESK_CONFIG.</source>
        <translation>没有配置：请传入 --config FILE 或设置 REFUNDDESK_CONFIG。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DemoEnvironment</name>
    <message>
        <location filename="../ui/DemoEnvironment.cpp" line="+29"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Casey Clerk</source>
        <translation>Casey Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morgan Manager</source>
        <translation>Morgan Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo Backoffice</source>
        <translation>Bo Backoffice</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot create the demo folder: %1</source>
        <translation>无法创建演示文件夹：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating the demo PayNet merchant key…</source>
        <translation>正在生成演示用的 PayNet 商户密钥…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot generate the demo PayNet key.</source>
        <translation>无法生成演示用的 PayNet 密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the gateway sandbox…</source>
        <translation>正在启动支付网关沙箱…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s sample data is damaged: %1</source>
        <translation>沙箱的示例数据已损坏：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No free loopback port for the demo&apos;s webhook receiver.</source>
        <translation>没有可供演示 webhook 接收器使用的空闲回环端口。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway sandbox cannot start: %1</source>
        <translation>支付网关沙箱无法启动：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>RefundDesk Demo Store</source>
        <translation>RefundDesk 演示门店</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Filling the demo ledger with the sandbox&apos;s sales…</source>
        <translation>正在用沙箱的销售记录填充演示账本…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Adding the demo employees…</source>
        <translation>正在添加演示员工…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DeskLauncher</name>
    <message>
        <location filename="../ui/DeskLauncher.cpp" line="+55"/>
        <source>The demo cannot start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the demo…</source>
        <translation>正在准备演示…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no configuration at %1 yet. Write one as docs/configuration.md describes (or name it with --config FILE or REFUNDDESK_CONFIG), then start RefundDesk again. To try RefundDesk without one, start it with --demo.</source>
        <translation>%1 处尚无配置。请按 docs/configuration.md 的说明编写一个（或用 --config FILE 或 REFUNDDESK_CONFIG 指定），然后重新启动 RefundDesk。若要在没有配置的情况下试用 RefundDesk，请用 --demo 启动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The configuration %1 has problems; fix them and start RefundDesk again:
%2</source>
        <translation>配置 %1 存在问题；请修正后重新启动 RefundDesk：
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the gateway credentials from the keychain…</source>
        <translation>正在从钥匙串读取支付网关凭据…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the ledger and starting the engine…</source>
        <translation>正在打开账本并启动引擎…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk cannot start: %1</source>
        <translation>RefundDesk 无法启动：%1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::DeskOptions</name>
    <message>
        <location filename="../app/refunddesk/main.cpp" line="+28"/>
        <source>Start with the gateway sandbox, sample sales and demo employees (clerk 1111, manager 2222, backoffice 3333).</source>
        <translation>以支付网关沙箱、示例销售和演示员工启动（店员 1111、经理 2222、后台 3333）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration file (default: REFUNDDESK_CONFIG, else the per-user refunddesk.ini).</source>
        <translation>配置文件（默认：REFUNDDESK_CONFIG，否则为每个用户的 refunddesk.ini）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: walk through every screen, save a PNG of each into DIR and quit.</source>
        <translation>与 --demo 一起使用：逐一浏览每个界面，将每个界面的 PNG 保存到 DIR 中，然后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system, light or dark (default: the one chosen in Settings).</source>
        <translation>system、light 或 dark（默认：设置中选择的配色）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the texts: en, de, ms or zh_CN (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>界面文字的语言：en、de、ms 或 zh_CN（默认：设置中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RefundDesk: refunds at the counter and in the back office.</source>
        <translation>RefundDesk：柜台与后台的退款工具。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--screenshot-tour needs --demo: it refunds sample sales.</source>
        <translation>--screenshot-tour 需要 --demo：它会为示例销售退款。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EmailAddress</name>
    <message>
        <location filename="../core/receipts/EmailAddress.cpp" line="+24"/>
        <source>Enter an email address.</source>
        <translation>请输入电子邮件地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an email address: it needs one @ between a name and a domain.</source>
        <translation>“%1”不是电子邮件地址：名称和域名之间需要一个 @。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The part before the @ in &apos;%1&apos; has characters or dots an address cannot have.</source>
        <translation>“%1”中 @ 之前的部分含有地址中不允许的字符或点。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid mail domain.</source>
        <translation>“%1”不是有效的邮件域名。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EmployeesPanel</name>
    <message>
        <location filename="../ui/EmployeesPanel.cpp" line="+41"/>
        <source>There is no employee list.</source>
        <translation>没有员工名单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Role of the new employee</source>
        <translation>新员工的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of the new employee</source>
        <translation>新员工的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of the new employee, again</source>
        <translation>再次输入新员工的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add employee</source>
        <translation>添加员工(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN for the selected employee</source>
        <translation>所选员工的新 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;PIN</source>
        <translation>设置 PIN(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role for the selected employee</source>
        <translation>所选员工的新角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;role</source>
        <translation>设置角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected:</source>
        <translation>已选：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the selected employee&apos;s PIN</source>
        <translation>设置所选员工的 PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected employee&apos;s role</source>
        <translation>设置所选员工的角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate or reactivate the selected employee</source>
        <translation>停用或重新启用所选员工</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New employee</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name of the new employee</source>
        <translation>新员工的用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name of the new employee</source>
        <translation>新员工的全名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the new employee</source>
        <translation>添加新员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>全名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:</source>
        <translation>PIN：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>再次输入 PIN：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The employee list cannot be read: %1</source>
        <translation>无法读取员工名单：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a user name without spaces.</source>
        <translation>请选择不含空格的用户名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ; enter the same PIN twice.</source>
        <translation>两次输入的 PIN 不同；请输入相同的 PIN 两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>Pick the employee first.</source>
        <translation>请先选择员工。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Setting %1&apos;s PIN…</source>
        <translation>正在设置 %1 的 PIN…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s PIN was changed.</source>
        <translation>%1 的 PIN 已更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1&apos;s role…</source>
        <translation>正在更改 %1 的角色…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>登录期间不能停用自己。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deactivating %1…</source>
        <translation>正在停用 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivating %1…</source>
        <translation>正在重新启用 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已无法登录。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EscPosSender</name>
    <message>
        <location filename="../core/receipts/EscPosSender.cpp" line="+43"/>
        <source>Cannot open the serial port %1: %2</source>
        <translation>无法打开串口 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot set up the serial port %1: %2</source>
        <translation>无法设置串口 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer on %1 did not take the receipt: %2</source>
        <translation>%1 上的打印机未接收小票：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the printer device %1: %2</source>
        <translation>无法打开打印机设备 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to the printer device %1: %2</source>
        <translation>无法写入打印机设备 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The printer is still busy with the previous receipt.</source>
        <translation>打印机仍在处理上一张小票。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot send the receipt to the printer at %1: %2</source>
        <translation>无法将小票发送到 %1 上的打印机：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The printer at %1 did not answer within %2 seconds.</source>
        <translation>%1 上的打印机在 %2 秒内没有应答。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::EscPosTarget</name>
    <message>
        <location filename="../core/receipts/EscPosTarget.cpp" line="+37"/>
        <source>No ESC/POS printer is configured ([printer] escpos).</source>
        <translation>未配置 ESC/POS 打印机（[printer] escpos）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is neither HOST:PORT nor a device path.</source>
        <translation>“%1”既不是 HOST:PORT，也不是设备路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, like [::1]:9100.</source>
        <translation>“%1”：请将 IPv6 地址写在方括号中，例如 [::1]:9100。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has no valid port number after the colon.</source>
        <translation>“%1”的冒号后没有有效的端口号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ExactJsonParser</name>
    <message>
        <location filename="../core/gateways/ExactJson.cpp" line="+135"/>
        <source>not JSON: the text is %1 bytes long, more than the limit of 1 MiB</source>
        <translation>不是 JSON：文本长 %1 字节，超过 1 MiB 的上限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not JSON: the text is empty</source>
        <translation>不是 JSON：文本为空</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not JSON: unexpected end at byte %1</source>
        <translation>不是 JSON：在第 %1 字节处意外结束</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON: unexpected &apos;%1&apos; at byte %2</source>
        <translation>不是 JSON：第 %2 字节处出现意外的“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not JSON: unexpected byte 0x%1 at byte %2</source>
        <translation>不是 JSON：第 %2 字节处出现意外的字节 0x%1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not JSON: a lone low surrogate \u%1 at byte %2</source>
        <translation>不是 JSON：第 %2 字节处有单独的低代理项 \u%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not JSON: a high surrogate \u%1 without its low half at byte %2</source>
        <translation>不是 JSON：第 %2 字节处的高代理项 \u%1 缺少低半部分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON: \u%1 at byte %2 is not the low half of a surrogate pair</source>
        <translation>不是 JSON：第 %2 字节处的 \u%1 不是代理对的低半部分</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>not JSON: invalid UTF-8 at byte %1</source>
        <translation>不是 JSON：第 %1 字节处的 UTF-8 无效</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not JSON: unterminated string at byte %1</source>
        <translation>不是 JSON：第 %1 字节处的字符串未结束</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not JSON: control character 0x%1 inside a string at byte %2</source>
        <translation>不是 JSON：第 %2 字节处的字符串中有控制字符 0x%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not JSON: nested more than %1 levels deep at byte %2</source>
        <translation>不是 JSON：第 %2 字节处嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not JSON: duplicate key &quot;%1&quot; at byte %2</source>
        <translation>不是 JSON：第 %2 字节处有重复的键“%1”</translation>
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
        <translation>未设置%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) cannot be read: %3</source>
        <translation>无法读取%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty.</source>
        <translation>它为空。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayFactory</name>
    <message>
        <location filename="../core/engine/GatewayFactory.cpp" line="+50"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayHttpJob</name>
    <message>
        <location filename="../core/gateways/GatewayHttpJob.cpp" line="+75"/>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refund may or may not have gone through; RefundDesk will check with the gateway before doing anything else.</source>
        <translation>退款可能已完成，也可能未完成；RefundDesk 会先向支付网关核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed by this request; try again in a moment.</source>
        <translation>此请求未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The gateway sent RefundDesk to another address (HTTP %1%2). RefundDesk does not follow that for payment requests; check the gateway address in the settings.</source>
        <translation>支付网关将 RefundDesk 重定向到另一个地址（HTTP %1%2）。RefundDesk 不会对支付请求执行重定向；请检查设置中的支付网关地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway refused RefundDesk&apos;s credentials (HTTP %1). Check the API key or certificate in the settings.</source>
        <translation>支付网关拒绝了 RefundDesk 的凭据（HTTP %1）。请检查设置中的 API 密钥或证书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway does not know the address %1 (HTTP %2). Check the gateway address in the settings.</source>
        <translation>支付网关不认识地址 %1（HTTP %2）。请检查设置中的支付网关地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway is receiving too many requests (HTTP %1). Try again in a minute.</source>
        <translation>支付网关收到的请求过多（HTTP %1）。请一分钟后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway reported an error of its own (HTTP %1). %2</source>
        <translation>支付网关报告了其自身的错误（HTTP %1）。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>支付网关拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway address %1 does not start with https://. RefundDesk only talks to payment gateways over an encrypted connection. Nothing was sent.</source>
        <translation>支付网关地址 %1 不是以 https:// 开头。RefundDesk 只通过加密连接与支付网关通信。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk could not reach the gateway&apos;s server %1 within %2. Nothing was sent.</source>
        <translation>RefundDesk 在 %2 内无法连接到支付网关的服务器 %1。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RefundDesk could not find the gateway&apos;s server %1. Check the internet connection and the gateway address. Nothing was sent.</source>
        <translation>RefundDesk 找不到支付网关的服务器 %1。请检查互联网连接和支付网关地址。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s server %1 refused the connection. Nothing was sent; try again later.</source>
        <translation>支付网关的服务器 %1 拒绝了连接。未发送任何内容；请稍后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s server %1 could not prove its identity (its TLS certificate was not accepted). Nothing was sent.</source>
        <translation>支付网关的服务器 %1 无法证明其身份（其 TLS 证书未被接受）。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RefundDesk could not reach the gateway through the network proxy. Nothing was sent.</source>
        <translation>RefundDesk 无法通过网络代理连接到支付网关。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk could not reach the gateway&apos;s server %1 (%2). Nothing was sent.</source>
        <translation>RefundDesk 无法连接到支付网关的服务器 %1（%2）。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway did not answer within %1.</source>
        <translation>支付网关在 %1 内没有答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled after it had been sent.</source>
        <translation>请求在发送后被取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway&apos;s answer was too large to be read.</source>
        <translation>支付网关的答复过大，无法读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway&apos;s answer was cut off (HTTP %1).</source>
        <translation>支付网关的答复被截断（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the gateway broke before it answered.</source>
        <translation>与支付网关的连接在其答复前中断。</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>The request was cancelled before it was sent.</source>
        <translation>请求在发送前被取消。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::GatewayReport</name>
    <message>
        <location filename="../core/reconcile/GatewayReport.cpp" line="+53"/>
        <source>%1 is empty: a %2 report starts with a header line naming its columns.</source>
        <translation>%1 为空：%2 报表以列出各列名称的标题行开头。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header of %1 (line %2) cannot be read: %3. Nothing was imported.</source>
        <translation>无法读取 %1 的标题（第 %2 行）：%3。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has two columns named %2; RefundDesk cannot tell which to read. Nothing was imported.</source>
        <translation>%1 有两列都名为 %2；RefundDesk 无法判断应读取哪一列。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a %2 report as RefundDesk reads it: the column(s) %3 are missing (its header has %4). Nothing was imported.</source>
        <translation>%1 不是 RefundDesk 可读取的 %2 报表：缺少列 %3（其标题为 %4）。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has %1 field(s), the header has %2</source>
        <translation>它有 %1 个字段，而标题有 %2 个</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no refund id (%1 empty)</source>
        <translation>没有退款 id（%1 为空）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is not a currency RefundDesk knows</source>
        <translation>%1 %2 不是 RefundDesk 认识的币种</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a refund amount is never negative</source>
        <translation>退款金额不能为负数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an amount in %1 is a whole number of minor units (cents), e.g. 1234</source>
        <translation>以 %1 计的金额是以最小货币单位（分）计的整数，例如 1234</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: a refund amount is more than zero</source>
        <translation>%1 %2：退款金额必须大于零</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is not a %3 refund status</source>
        <translation>%1 %2 不是 %3 的退款状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is not a time in the %3 report&apos;s format</source>
        <translation>%1 %2 不是 %3 报表格式的时间</translation>
    </message>
</context>
<context>
    <name>RefundDesk::IniFile</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+63"/>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: a section header looks like [name]</source>
        <translation>第 %1 行：节标题的格式应为 [name]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: expected key=value</source>
        <translation>第 %1 行：应为 key=value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: key=value before any [section]</source>
        <translation>第 %1 行：key=value 出现在任何 [section] 之前</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the quoted value is not closed properly</source>
        <translation>第 %1 行：带引号的值没有正确闭合</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: [%2] %3 is set twice</source>
        <translation>第 %1 行：[%2] %3 被设置了两次</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Jwt</name>
    <message>
        <location filename="../core/gateways/paynet/Jwt.cpp" line="+116"/>
        <source>the key is not an RSA key (it is %1); PayNet needs RS256</source>
        <translation>该密钥不是 RSA 密钥（而是 %1）；PayNet 需要 RS256</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the RSA key has only %1 bits; at least %2 are needed</source>
        <translation>该 RSA 密钥只有 %1 位；至少需要 %2 位</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>no key to check the JWT with</source>
        <translation>没有用于验证 JWT 的密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JWT: too long</source>
        <translation>不是 JWT：过长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JWT: it needs three non-empty parts separated by dots</source>
        <translation>不是 JWT：需要由点分隔的三个非空部分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a JWT: a part is not base64url</source>
        <translation>不是 JWT：某个部分不是 base64url</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JWT: the header is not a JSON object</source>
        <translation>不是 JWT：头部不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JWT is signed with algorithm &quot;%1&quot;; only RS256 is accepted</source>
        <translation>JWT 使用算法“%1”签名；只接受 RS256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT header demands extensions RefundDesk does not know (&quot;crit&quot;)</source>
        <translation>JWT 头部要求 RefundDesk 不认识的扩展（“crit”）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bad signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT&apos;s claims are not a JSON object</source>
        <translation>JWT 的声明不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JWT&apos;s expiry (exp) is not a number</source>
        <translation>JWT 的过期时间（exp）不是数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LedgerFactory</name>
    <message>
        <location filename="../core/ledger/LedgerFactory.cpp" line="+22"/>
        <source>No ledger was given: [ledger] url is empty.</source>
        <translation>未指定账本：[ledger] url 为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger URL must start with sqlite: (a file, as in sqlite:/var/lib/refunddesk/ledger.db) or postgresql:// (a server).</source>
        <translation>账本 URL 必须以 sqlite:（文件，如 sqlite:/var/lib/refunddesk/ledger.db）或 postgresql://（服务器）开头。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger URL starts with &quot;%1:&quot;; RefundDesk opens sqlite: (a file) and postgresql:// (a server).</source>
        <translation>账本 URL 以“%1:”开头；RefundDesk 只能打开 sqlite:（文件）和 postgresql://（服务器）。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ListCommand</name>
    <message>
        <location filename="../app/refundctl/ListCommand.cpp" line="+15"/>
        <source>Lists the refunds in the ledger, newest first.</source>
        <translation>列出账本中的退款，最新的在前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only refunds in these statuses (comma-separated): draft, submitting, pending, needs_review, succeeded, rejected, failed.</source>
        <translation>仅显示处于这些状态的退款（以逗号分隔）：draft、submitting、pending、needs_review、succeeded、rejected、failed。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only refunds created since DATE (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>仅显示自 DATE（YYYY-MM-DD）或某个 ISO 8601 时间以来创建的退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text (default), json or csv.</source>
        <translation>text（默认）、json 或 csv。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a refund status.</source>
        <translation>“%1”不是退款状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--since &apos;%1&apos; is neither YYYY-MM-DD nor an ISO 8601 time.</source>
        <translation>--since“%1”既不是 YYYY-MM-DD 也不是 ISO 8601 时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be text, json or csv.</source>
        <translation>--format 必须是 text、json 或 csv。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LookupCommand</name>
    <message>
        <location filename="../app/refundctl/LookupCommand.cpp" line="+14"/>
        <source>Shows a sale, what is left to refund and whether it can be refunded.</source>
        <translation>显示一笔销售、剩余可退金额以及能否退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the gateway even when the ledger knows the sale.</source>
        <translation>即使账本已知该销售，也向支付网关查询。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+30"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk — DEMO</source>
        <translation>RefundDesk — 演示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RefundDesk</source>
        <translation>RefundDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO — refunds go to the built-in gateway sandbox; no real money moves</source>
        <translation>演示 — 退款发往内置的支付网关沙箱；不会动用真实资金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · register %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 收银台 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as</source>
        <translation>当前登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screens</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counter</source>
        <translation>柜台(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back office</source>
        <translation>后台(&amp;B)</translation>
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
        <translation>请等到退款有了答复，或点击“不再等待”，然后再退出登录。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A refund is on its way; RefundDesk follows it up at the next start.</source>
        <translation>有一笔退款正在进行；RefundDesk 会在下次启动时继续跟进。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Migrations</name>
    <message>
        <location filename="../core/ledger/Migrations.cpp" line="+154"/>
        <source>%1 is not a RefundDesk ledger: it cannot be read as a database (%2). It was left unchanged.</source>
        <translation>%1 不是 RefundDesk 账本：无法作为数据库读取（%2）。它保持不变。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is a database of another program, not a RefundDesk ledger. It was left unchanged; choose another ledger.</source>
        <translation>%1 是其他程序的数据库，不是 RefundDesk 账本。它保持不变；请选择其他账本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by a newer RefundDesk (schema %2, this program knows up to %3); upgrade RefundDesk. The ledger was left unchanged.</source>
        <translation>%1 由更新版本的 RefundDesk 写入（架构 %2，本程序最多支持到 %3）；请升级 RefundDesk。账本保持不变。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the ledger %1 to schema %2 failed: %3</source>
        <translation>将账本 %1 升级到架构 %2 失败：%3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Money</name>
    <message>
        <location filename="../core/money/Money.cpp" line="+159"/>
        <source>A space is not allowed inside an amount.</source>
        <translation>金额中不允许有空格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not allowed in an amount; the decimal point is &apos;%2&apos;.</source>
        <translation>金额中不允许有“%1”；小数点是“%2”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not allowed in an amount; type the number without a currency symbol.</source>
        <translation>金额中不允许有“%1”；请输入不带货币符号的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not allowed in an amount.</source>
        <translation>金额中不允许有“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The thousands separator (a space) is in the wrong place; the decimal point is &apos;%1&apos;.</source>
        <translation>千位分隔符（空格）的位置不对；小数点是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The thousands separator &apos;%1&apos; is in the wrong place; the decimal point is &apos;%2&apos;.</source>
        <translation>千位分隔符“%1”的位置不对；小数点是“%2”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no decimal places.</source>
        <translation>%1 没有小数位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 decimal places; this amount has %3.</source>
        <translation>%1 有 %2 位小数；此金额有 %3 位。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>%1 与 %2 的金额不能相加。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum is too large.</source>
        <translation>总和过大。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An amount in %2 cannot be subtracted from %1.</source>
        <translation>不能从 %1 中减去以 %2 计的金额。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The difference is too large.</source>
        <translation>差额过大。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount is too large to negate.</source>
        <translation>金额过大，无法取负。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The decimal point &apos;%1&apos; appears more than once.</source>
        <translation>小数点“%1”出现了不止一次。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scientific notation such as 1e3 is not accepted; type the amount in full.</source>
        <translation>不接受 1e3 这样的科学计数法；请完整输入金额。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the amount without a sign: refunds are always positive.</source>
        <translation>请输入不带正负号的金额：退款金额始终为正。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter at least one digit.</source>
        <translation>请至少输入一位数字。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This amount is too large.</source>
        <translation>此金额过大。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount text is empty.</source>
        <translation>金额文本为空。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The amount &quot;%1&quot; uses scientific notation.</source>
        <translation>金额“%1”使用了科学计数法。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount &quot;%1&quot; has a sign other than one leading &apos;-&apos;.</source>
        <translation>金额“%1”含有除开头一个“-”以外的符号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount &quot;%1&quot; has more than one &apos;.&apos;.</source>
        <translation>金额“%1”含有不止一个“.”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not allowed in the decimal amount &quot;%2&quot;.</source>
        <translation>十进制金额“%2”中不允许有“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount &quot;%1&quot; has no digits.</source>
        <translation>金额“%1”没有数字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no decimal places; &quot;%2&quot; has a fraction.</source>
        <translation>%1 没有小数位；“%2”带有小数部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 decimal places; &quot;%3&quot; has more.</source>
        <translation>%1 有 %2 位小数；“%3”的小数位更多。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>金额“%1”过大。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::NeedsReviewPanel</name>
    <message>
        <location filename="../ui/NeedsReviewPanel.cpp" line="+27"/>
        <source>&amp;Close the review</source>
        <translation>结束复核(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These refunds have no certain outcome. Look each one up in the gateway&apos;s report, then close it with what really happened and how you know.</source>
        <translation>这些退款的结果尚不确定。请在支付网关的报表中逐一查找，然后填写实际发生的情况及依据，结束复核。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds that need review</source>
        <translation>待复核的退款</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What really happened</source>
        <translation>实际发生的情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded: the gateway&apos;s report shows the money went back</source>
        <translation>成功：支付网关报表显示款项已退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: the gateway refused it; no money went back</source>
        <translation>被拒：支付网关拒绝了退款；款项未退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: the refund never happened; the amount is free again</source>
        <translation>失败：退款从未发生；该金额重新可退</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: how you know</source>
        <translation>备注：依据是什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. PayNet settlement report of 12 March, line 4: accepted</source>
        <translation>例如：PayNet 3 月 12 日结算报表第 4 行：已接受</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the selected review</source>
        <translation>结束所选退款的复核</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review result</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only back-office staff close reviews; %1 is signed in as %2.</source>
        <translation>只有后台人员可以结束复核；%1 以 %2 身份登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing needs review.</source>
        <translation>没有待复核的退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the refund you checked.</source>
        <translation>请选择您已核对的退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note saying how you know what happened.</source>
        <translation>请写一条备注，说明您如何得知实际情况。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing the review…</source>
        <translation>正在结束复核…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t wait</source>
        <translation>不再等待</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund of %1 (%2) closed as %3.</source>
        <translation>%1（%2）的退款已结束复核，结果为%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not closed: %1</source>
        <translation>未结束：%1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PayNetGateway</name>
    <message>
        <location filename="../core/gateways/paynet/PayNetGateway.cpp" line="+42"/>
        <source>The PayNet private key could not be loaded: %1</source>
        <translation>无法加载 PayNet 私钥：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PayNet private key file holds only a public key; RefundDesk needs the private key to sign.</source>
        <translation>PayNet 私钥文件中只有公钥；RefundDesk 需要私钥来签名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayNet&apos;s public key (for webhooks) could not be loaded: %1</source>
        <translation>无法加载 PayNet 的公钥（用于 webhook）：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PayNet payments are looked up by their checkout id, not by a reference.</source>
        <translation>PayNet 的支付按 checkout id 查询，而不是按参考号。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>PayNet allows one enquiry per payment every %1 seconds; try again in %n second(s).</source>
        <translation>
            <numerusform>PayNet 对每笔支付每 %1 秒只允许查询一次；请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::PayNetProtocol</name>
    <message>
        <location filename="../core/gateways/paynet/PayNetProtocol.cpp" line="+102"/>
        <source>RefundDesk still cannot tell whether PayNet carried out the refund: %1 The refund stays open; RefundDesk will check again later.</source>
        <translation>RefundDesk 仍无法确定 PayNet 是否已执行退款：%1 退款保持未结；RefundDesk 稍后会再次查询。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet refused RefundDesk&apos;s signed request (HTTP %1%2). Check the PayNet client id, merchant id, key name and private key in the settings.</source>
        <translation>PayNet 拒绝了 RefundDesk 的签名请求（HTTP %1%2）。请在设置中检查 PayNet 客户端 id、商户 id、密钥名称和私钥。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet is processing the refund%1. RefundDesk records the final result when PayNet reports it.</source>
        <translation>PayNet 正在处理退款%1。PayNet 报告最终结果后，RefundDesk 会记录下来。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PayNet accepted the refund and sent it to the customer&apos;s bank%1.</source>
        <translation>PayNet 已接受退款并将其发送至顾客的银行%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet rejected the refund%1. Nothing was refunded.</source>
        <translation>PayNet 拒绝了退款%1。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet reports a timeout for this refund%1. Check it in the next day&apos;s PayNet report; until a person has done so it waits for review.</source>
        <translation>PayNet 报告此退款超时%1。请在 PayNet 次日报表中核对；在有人核对之前，它将等待复核。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The amount is missing.</source>
        <translation>缺少金额。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No PayNet private key is configured, so RefundDesk cannot sign the refund. Nothing was sent.</source>
        <translation>未配置 PayNet 私钥，因此 RefundDesk 无法为退款签名。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund has no valid refund id (a UUID v4). Nothing was sent; this is a fault in RefundDesk, please report it.</source>
        <translation>退款没有有效的退款 id（UUID v4）。未发送任何内容；这是 RefundDesk 的故障，请报告此问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a PayNet checkout id. Nothing was sent.</source>
        <translation>“%1”不是 PayNet checkout id。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale&apos;s PayNet payment method (&quot;%1&quot;) is not known; look the sale up again. Nothing was sent.</source>
        <translation>该销售的 PayNet 支付方式（“%1”）未知；请重新查询这笔销售。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PayNet refunds only in MYR, not %1. Nothing was sent.</source>
        <translation>PayNet 只能以 MYR 退款，不能以 %1 退款。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund amount must be more than zero. Nothing was sent.</source>
        <translation>退款金额必须大于零。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No PayNet private key is configured, so RefundDesk cannot sign the request.</source>
        <translation>未配置 PayNet 私钥，因此 RefundDesk 无法为请求签名。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The refund has no refund id to ask PayNet about.</source>
        <translation>退款没有可向 PayNet 查询的退款 id。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a PayNet checkout id.</source>
        <translation>“%1”不是 PayNet checkout id。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PayNet reported a conflict with this refund id (HTTP 409%1). The refund may already exist; RefundDesk will check with PayNet before doing anything else.</source>
        <translation>PayNet 报告此退款 id 存在冲突（HTTP 409%1）。该退款可能已存在；RefundDesk 会先向 PayNet 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PayNet&apos;s answer could not be understood (HTTP %1).</source>
        <translation>无法理解 PayNet 的答复（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The refund may or may not have gone through; RefundDesk will check with PayNet before doing anything else.</source>
        <translation>%1 退款可能已完成，也可能未完成；RefundDesk 会先向 PayNet 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayNet does not know this payment (&quot;%1&quot;). Nothing was refunded; check the checkout id on the receipt.</source>
        <translation>PayNet 不认识这笔支付（“%1”）。未退回任何款项；请核对小票上的 checkout id。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PayNet refused the refund: &quot;%1&quot;. Nothing was refunded.</source>
        <translation>PayNet 拒绝了退款：“%1”。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 PayNet has no refund with this refund id, so nothing was refunded.</source>
        <translation>%1 PayNet 没有此退款 id 的退款，因此未退回任何款项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PayNet refused the repeated refund (%1), and the refund enquiry did not answer clearly: %2</source>
        <translation>PayNet 拒绝了重复的退款（%1），且退款查询没有给出明确答复：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PayNet asks RefundDesk to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>PayNet 要求 RefundDesk 等待 %n 秒后再查询。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet refused the enquiry (HTTP %1): &quot;%2&quot;.</source>
        <translation>PayNet 拒绝了查询（HTTP %1）：“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PayNet&apos;s answer could not be read (HTTP %1). Nothing was changed; try again later.</source>
        <translation>无法读取 PayNet 的答复（HTTP %1）。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PayNet has no refund with this refund id (&quot;%1&quot;).</source>
        <translation>PayNet 没有此退款 id 的退款（“%1”）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PayNet reports the refund as &quot;%1&quot;, which RefundDesk does not know. A person must check it in the PayNet report.</source>
        <translation>PayNet 报告退款状态为“%1”，RefundDesk 不认识。需要有人在 PayNet 报表中核对。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet reports the refund as %1 with the amount &quot;%2&quot;, but RefundDesk asked for %3 %4: the amounts disagree. A person must check it in the PayNet report.</source>
        <translation>PayNet 报告退款状态为 %1，金额为“%2”，但 RefundDesk 请求的是 %3 %4：金额不一致。需要有人在 PayNet 报表中核对。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PayNet does not know this payment (&quot;%1&quot;). Check the checkout id on the receipt.</source>
        <translation>PayNet 不认识这笔支付（“%1”）。请核对小票上的 checkout id。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayNet answered about another payment (%1 instead of %2). Nothing was changed; try again later.</source>
        <translation>PayNet 答复的是另一笔支付（%1 而不是 %2）。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayNet lists this payment in %1; RefundDesk refunds PayNet payments in MYR only.</source>
        <translation>PayNet 以 %1 列出这笔支付；RefundDesk 只以 MYR 为 PayNet 支付退款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PayNet&apos;s answer has no payment status. Nothing was changed; try again later.</source>
        <translation>PayNet 的答复中没有支付状态。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet lists the payment with an amount RefundDesk cannot read exactly (&quot;%1&quot;). %2</source>
        <translation>PayNet 列出的支付金额 RefundDesk 无法精确读取（“%1”）。%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No PayNet public key is configured, so PayNet&apos;s webhooks cannot be verified.</source>
        <translation>未配置 PayNet 公钥，因此无法验证 PayNet 的 webhook。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PayNet webhook has no single &quot;Authorization: Bearer&quot; token.</source>
        <translation>PayNet webhook 没有唯一的“Authorization: Bearer”令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayNet webhook&apos;s token was refused: %1.</source>
        <translation>PayNet webhook 的令牌被拒绝：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PayNet webhook&apos;s token has no expiry time.</source>
        <translation>PayNet webhook 的令牌没有过期时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PayNet webhook&apos;s token does not match its body (data is not the body&apos;s SHA-256).</source>
        <translation>PayNet webhook 的令牌与其正文不符（data 不是正文的 SHA-256）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PayNet webhook is not a JSON object.</source>
        <translation>PayNet webhook 不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PayNet webhook has no refund id (a UUID v4).</source>
        <translation>PayNet webhook 没有退款 id（UUID v4）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PayNet webhook has no paymentStatus.</source>
        <translation>PayNet webhook 没有 paymentStatus。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PayNet webhook&apos;s substate &quot;%1&quot; is not one RefundDesk knows.</source>
        <translation>PayNet webhook 的子状态“%1”不是 RefundDesk 认识的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PayNet webhook&apos;s amount cannot be read exactly: %1</source>
        <translation>无法精确读取 PayNet webhook 的金额：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PayNet&apos;s webhook contradicts itself (code %1 with %2). A person must check the refund in the PayNet report.</source>
        <translation>PayNet 的 webhook 自相矛盾（代码 %1 与 %2）。需要有人在 PayNet 报表中核对这笔退款。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PinHasher</name>
    <message>
        <location filename="../core/engine/PinHasher.cpp" line="+64"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN 为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has digits only.</source>
        <translation>PIN 只能包含数字。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PockytGateway</name>
    <message>
        <location filename="../core/gateways/pockyt/PockytGateway.cpp" line="+13"/>
        <source>The Pockyt API token</source>
        <translation>Pockyt API 令牌</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt settings need a gateway address, a merchant number, a store number and a settlement currency (ISO 4217 code).</source>
        <translation>Pockyt 设置需要支付网关地址、商户号、门店号和结算币种（ISO 4217 代码）。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PockytProtocol</name>
    <message>
        <location filename="../core/gateways/pockyt/PockytProtocol.cpp" line="+480"/>
        <source>Enter or scan the Pockyt transaction number or reference first.</source>
        <translation>请先输入或扫描 Pockyt 交易号或参考号。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>RefundDesk knows neither the Pockyt transaction number nor the reference of this payment, so it cannot ask Pockyt about the refund.</source>
        <translation>RefundDesk 既不知道这笔支付的 Pockyt 交易号，也不知道其参考号，因此无法向 Pockyt 查询该退款。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The refund amount must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is in %1 but the payment was in %2; a refund must be in the payment&apos;s currency.</source>
        <translation>退款以 %1 计，而支付以 %2 进行；退款必须使用原支付的币种。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pockyt takes amounts with at most 2 decimals, and %1 has %n, so RefundDesk cannot refund this payment through Pockyt.</source>
        <translation>
            <numerusform>Pockyt 接受的金额最多 2 位小数，而 %1 有 %n 位，因此 RefundDesk 无法通过 Pockyt 为这笔支付退款。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refund has no id yet, so it cannot be sent.</source>
        <translation>退款尚无 id，因此无法发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pockyt settlement currency is not configured (settle_currency).</source>
        <translation>未配置 Pockyt 结算币种（settle_currency）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RefundDesk knows neither the Pockyt transaction number nor the reference of this payment; look the sale up first.</source>
        <translation>RefundDesk 既不知道这笔支付的 Pockyt 交易号，也不知道其参考号；请先查询这笔销售。</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <source>%1 RefundDesk will check with Pockyt whether the refund was made.</source>
        <translation>%1 RefundDesk 会向 Pockyt 核实退款是否已完成。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>RefundDesk could not yet check with Pockyt whether the refund was made: %1</source>
        <translation>RefundDesk 暂时无法向 Pockyt 核实退款是否已完成：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk could not ask Pockyt about the refund: %1</source>
        <translation>RefundDesk 无法向 Pockyt 查询该退款：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pockyt lists no refund with RefundDesk&apos;s reference %1 on the payment: the refund was not made.</source>
        <translation>Pockyt 在这笔支付上没有列出带有 RefundDesk 参考号 %1 的退款：退款未完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt does not list the refund on the payment yet.</source>
        <translation>Pockyt 尚未在这笔支付上列出该退款。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Pockyt lists %n refunds with RefundDesk&apos;s reference %1 on the payment: it was carried out more than once. Check the payment in Pockyt&apos;s dashboard.</source>
        <translation>
            <numerusform>Pockyt 在这笔支付上列出了 %n 笔带有 RefundDesk 参考号 %1 的退款：该退款被执行了不止一次。请在 Pockyt 的管理后台核对这笔支付。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+224"/>
        <source>Pockyt refunded %1, RefundDesk asked for %2. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt 退款 %1，而 RefundDesk 请求的是 %2。请在 Pockyt 的管理后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>the answer is not a JSON object</source>
        <translation>答复不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no ret_code</source>
        <translation>答复中没有 ret_code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ret_code %1 is not a Pockyt code</source>
        <translation>ret_code %1 不是 Pockyt 的代码</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pockyt&apos;s answer has no %1.</source>
        <translation>Pockyt 的答复中没有 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt&apos;s %1 cannot be used: %2</source>
        <translation>Pockyt 的 %1 无法使用：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt&apos;s %1 &quot;%2&quot; is negative.</source>
        <translation>Pockyt 的 %1“%2”为负数。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer has no result.</source>
        <translation>答复中没有 result。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer has no transactionNo.</source>
        <translation>答复中没有 transactionNo。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>币种“%1”未知。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer has no status.</source>
        <translation>答复中没有 status。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refundInfo is not a list.</source>
        <translation>refundInfo 不是列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refundInfo entry is not an object.</source>
        <translation>某个 refundInfo 条目不是对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund is listed in %1, the payment is in %2.</source>
        <translation>一笔退款以 %1 列出，而支付以 %2 进行。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pockyt has no payment with that number for this store (%1). Check the number on the receipt.</source>
        <translation>Pockyt 在本门店没有该号码的支付（%1）。请核对小票上的号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused RefundDesk&apos;s signature (%1). Check the merchant number, store number and API token in the settings.</source>
        <translation>Pockyt 拒绝了 RefundDesk 的签名（%1）。请在设置中检查商户号、门店号和 API 令牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt reported an error of its own (%1). Try again in a moment.</source>
        <translation>Pockyt 报告了其自身的错误（%1）。请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pockyt says the payment does not belong to this merchant and store (%1). Check the number on the receipt and the store number in the settings.</source>
        <translation>Pockyt 表示该支付不属于此商户和门店（%1）。请核对小票上的号码以及设置中的门店号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused the payment query (%1).</source>
        <translation>Pockyt 拒绝了支付查询（%1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment query was cancelled.</source>
        <translation>支付查询已取消。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pockyt&apos;s answer to the payment query could not be read (%1). Try again; if this persists, check the gateway address in the settings.</source>
        <translation>无法读取 Pockyt 对支付查询的答复（%1）。请重试；如果问题持续，请检查设置中的支付网关地址。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Pockyt&apos;s answer said success at the same time; try again.</source>
        <translation>%1 同时 Pockyt 的答复又表示成功；请重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt&apos;s answer to the payment query could not be used. %1</source>
        <translation>无法使用 Pockyt 对支付查询的答复。%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pockyt reported an error of its own while handling the refund (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Pockyt 在处理退款时报告了其自身的错误（%1）。退款可能已完成，也可能未完成；RefundDesk 会先向 Pockyt 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt refused the refund because a required value was missing (%1). Nothing was refunded; check the Pockyt settings.</source>
        <translation>Pockyt 拒绝了退款，因为缺少必填值（%1）。未退回任何款项；请检查 Pockyt 设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt does not know this payment (%1). Nothing was refunded; look the sale up again.</source>
        <translation>Pockyt 不认识这笔支付（%1）。未退回任何款项；请重新查询这笔销售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt refused the refund because it does not match the payment, for example its store, currency or settlement currency (%1). Nothing was refunded; check the Pockyt settings.</source>
        <translation>Pockyt 拒绝了退款，因为它与原支付不符，例如门店、币种或结算币种（%1）。未退回任何款项；请检查 Pockyt 设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pockyt refused a value in the refund request (%1). Nothing was refunded.</source>
        <translation>Pockyt 拒绝了退款请求中的某个值（%1）。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pockyt refused RefundDesk&apos;s signature (%1). Nothing was refunded; check the merchant number, store number and API token in the settings.</source>
        <translation>Pockyt 拒绝了 RefundDesk 的签名（%1）。未退回任何款项；请在设置中检查商户号、门店号和 API 令牌。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt refused the refund: the payment cannot be refunded in its current state, or the amount is more than what is left to refund (%1). Nothing was refunded.</source>
        <translation>Pockyt 拒绝了退款：该支付在当前状态下不能退款，或金额超过剩余可退金额（%1）。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pockyt answered the refund with a code RefundDesk does not know (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>Pockyt 以 RefundDesk 不认识的代码答复了退款（%1）。退款可能已完成，也可能未完成；RefundDesk 会先向 Pockyt 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pockyt&apos;s answer to the refund could not be read (%1). The refund may or may not have gone through; RefundDesk will check with Pockyt before doing anything else.</source>
        <translation>无法读取 Pockyt 对退款的答复（%1）。退款可能已完成，也可能未完成；RefundDesk 会先向 Pockyt 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it has no result</source>
        <translation>没有 result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no status</source>
        <translation>没有 status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is about refund %1, not %2</source>
        <translation>它涉及的是退款 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt accepted the refund but reports the status &quot;%1&quot;, which RefundDesk does not know. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt 接受了退款，但报告的状态“%1”RefundDesk 不认识。请在 Pockyt 的管理后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt made the refund in %1, RefundDesk asked for %2. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt 以 %1 进行了退款，而 RefundDesk 请求的是 %2。请在 Pockyt 的管理后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pockyt accepted the refund, but %1 Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt 接受了退款，但%1 请在 Pockyt 的管理后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pockyt made the refund.</source>
        <translation>Pockyt 已完成退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pockyt accepted the refund and is still processing it.</source>
        <translation>Pockyt 已接受退款，仍在处理中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pockyt reports the refund as %1.</source>
        <translation>Pockyt 报告退款状态为 %1。</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Pockyt lists the refund with the status &quot;%1&quot;, which RefundDesk does not know. Check the refund in Pockyt&apos;s dashboard.</source>
        <translation>Pockyt 列出的退款状态为“%1”，RefundDesk 不认识。请在 Pockyt 的管理后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt lists the refund on the payment.</source>
        <translation>Pockyt 已在这笔支付上列出该退款。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Pockyt notification must be a form (application/x-www-form-urlencoded), not %1.</source>
        <translation>Pockyt 通知必须是表单（application/x-www-form-urlencoded），而不是 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Pockyt notification is not a readable form.</source>
        <translation>Pockyt 通知不是可读取的表单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification carries the field %1 twice.</source>
        <translation>Pockyt 通知中字段 %1 出现了两次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification&apos;s verifySign does not match: it was not sent by Pockyt for this store, or the API token in the settings is wrong.</source>
        <translation>Pockyt 通知的 verifySign 不匹配：它不是 Pockyt 为本门店发送的，或设置中的 API 令牌有误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pockyt notification has no transactionNo or status.</source>
        <translation>Pockyt 通知中没有 transactionNo 或 status。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A Pockyt notification about a payment, not a refund.</source>
        <translation>这是一条关于支付而不是退款的 Pockyt 通知。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Pockyt notification&apos;s currency &quot;%1&quot; is unknown.</source>
        <translation>Pockyt 通知的币种“%1”未知。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Pockyt notification&apos;s amount cannot be used: %1</source>
        <translation>无法使用 Pockyt 通知中的金额：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pockyt notification names neither the refund nor its amount.</source>
        <translation>Pockyt 通知既未指明退款，也未指明其金额。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pockyt reports the refund with the status &quot;%1&quot;, which RefundDesk does not know.</source>
        <translation>Pockyt 报告的退款状态为“%1”，RefundDesk 不认识。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresLedger</name>
    <message>
        <location filename="../core/ledger/PostgresLedger.cpp" line="+72"/>
        <source>The ledger %1 cannot be opened: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql.</source>
        <translation>无法打开账本 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 上它是 libqt6sql6-psql 软件包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>无法打开账本 %1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The ledger %1 cannot be set up: %2</source>
        <translation>无法设置账本 %1：%2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The ledger %1 is busy: another RefundDesk program kept what this one needed locked for more than %2 seconds while %3. Try again.</source>
        <translation>账本 %1 正忙：另一个 RefundDesk 程序在%3时将本程序所需的数据锁定超过 %2 秒。请重试。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresNotificationListener</name>
    <message>
        <location filename="../core/ledger/PostgresNotificationListener.cpp" line="+59"/>
        <source>%1 holds no RefundDesk ledger yet: open it as a ledger before watching it.</source>
        <translation>%1 中尚无 RefundDesk 账本：请先将其作为账本打开，再进行监视。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger %1 cannot be watched: %2</source>
        <translation>无法监视账本 %1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PostgresUrl</name>
    <message>
        <location filename="../core/ledger/PostgresUrl.cpp" line="+41"/>
        <source>A PostgreSQL ledger URL starts with postgresql://</source>
        <translation>PostgreSQL 账本 URL 以 postgresql:// 开头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL ledger URL is not a valid URL (check the port, and that characters such as @ / : # ? in the user name or password are percent-encoded).</source>
        <translation>PostgreSQL 账本 URL 不是有效的 URL（请检查端口，以及用户名或密码中的 @ / : # ? 等字符是否已进行百分号编码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PostgreSQL ledger URL has no #fragment.</source>
        <translation>PostgreSQL 账本 URL 不能含有 #片段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port of the PostgreSQL ledger URL must be a number from 1 to 65535.</source>
        <translation>PostgreSQL 账本 URL 的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL ledger URL names no database: add it after the host, as in postgresql://host/refunddesk.</source>
        <translation>PostgreSQL 账本 URL 未指定数据库：请在主机后添加，例如 postgresql://host/refunddesk。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL ledger URL names the database &quot;%1&quot;; a database name has no /.</source>
        <translation>PostgreSQL 账本 URL 指定的数据库为“%1”；数据库名称中不能有 /。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL ledger URL has the option &quot;%1&quot;; RefundDesk knows %2.</source>
        <translation>PostgreSQL 账本 URL 含有选项“%1”；RefundDesk 认识的选项为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option %1 of the PostgreSQL ledger URL needs a value without ;.</source>
        <translation>PostgreSQL 账本 URL 的选项 %1 需要一个不含 ; 的值。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PwV3Gateway</name>
    <message>
        <location filename="../core/gateways/pwv3/PwV3Gateway.cpp" line="+13"/>
        <source>The PW v3 API key</source>
        <translation>PW v3 API 密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PW v3 settings need the gateway address (base_url).</source>
        <translation>PW v3 设置需要支付网关地址（base_url）。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PwV3Protocol</name>
    <message>
        <location filename="../core/gateways/pwv3/PwV3Protocol.cpp" line="+286"/>
        <source>PW v3 can only find a payment by its reference number (referenceNo), not by its transaction id. Scan the receipt&apos;s reference or type the reference number.</source>
        <translation>PW v3 只能按参考号（referenceNo）查找支付，不能按交易 id 查找。请扫描小票上的参考号或输入参考号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or scan the PW v3 reference number first.</source>
        <translation>请先输入或扫描 PW v3 参考号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RefundDesk does not know the PW v3 reference number of this payment, so it cannot ask PW v3 about the refund.</source>
        <translation>RefundDesk 不知道这笔支付的 PW v3 参考号，因此无法向 PW v3 查询该退款。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refund amount must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is in %1 but the payment was in %2; a refund must be in the payment&apos;s currency.</source>
        <translation>退款以 %1 计，而支付以 %2 进行；退款必须使用原支付的币种。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RefundDesk does not know PW v3&apos;s transaction id of this payment; look the sale up first.</source>
        <translation>RefundDesk 不知道这笔支付的 PW v3 交易 id；请先查询这笔销售。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RefundDesk does not know how this payment was paid, and PW v3 refunds only some payment methods; look the sale up again.</source>
        <translation>RefundDesk 不知道这笔支付的支付方式，而 PW v3 只支持部分支付方式的退款；请重新查询这笔销售。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW v3 cannot refund payments made with %1; only %2 can be refunded. Refund the customer another way.</source>
        <translation>PW v3 无法为使用 %1 支付的款项退款；只有 %2 可以退款。请通过其他方式为顾客退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PW v3 account cannot make partial refunds (PW enables them per account; see partial_refunds in the settings). Refund the full amount, or refund the customer another way.</source>
        <translation>此 PW v3 账户不能进行部分退款（PW 按账户开通该功能；见设置中的 partial_refunds）。请全额退款，或通过其他方式为顾客退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund has no id yet, so it cannot be sent.</source>
        <translation>退款尚无 id，因此无法发送。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The payment query was cancelled.</source>
        <translation>支付查询已取消。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PW v3 refused RefundDesk&apos;s API key (%1). Check the API key in the settings.</source>
        <translation>PW v3 拒绝了 RefundDesk 的 API 密钥（%1）。请在设置中检查 API 密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3&apos;s answer to the payment query could not be read (%1). Try again; if this persists, check the gateway address in the settings.</source>
        <translation>无法读取 PW v3 对支付查询的答复（%1）。请重试；如果问题持续，请检查设置中的支付网关地址。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3 has no payment with that reference number (%1). Check the number on the receipt.</source>
        <translation>PW v3 没有该参考号的支付（%1）。请核对小票上的号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3 refused the payment query (%1).</source>
        <translation>PW v3 拒绝了支付查询（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 PW v3&apos;s answer said success at the same time; try again.</source>
        <translation>%1 同时 PW v3 的答复又表示成功；请重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3&apos;s answer to the payment query could not be used. %1</source>
        <translation>无法使用 PW v3 对支付查询的答复。%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PW v3 accepted the refund and has not finished it yet.</source>
        <translation>PW v3 已接受退款，但尚未完成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status %1 with %2</source>
        <translation>状态 %1，附带 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no code</source>
        <translation>无代码</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+375"/>
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>the answer is not a JSON object</source>
        <translation>答复不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no status</source>
        <translation>答复中没有 status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PW v3&apos;s answer has no %1.</source>
        <translation>PW v3 的答复中没有 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3&apos;s %1 &quot;%2&quot; is not a whole number of minor units (cents).</source>
        <translation>PW v3 的 %1“%2”不是以最小货币单位（分）计的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s %1 &quot;%2&quot; is too large.</source>
        <translation>PW v3 的 %1“%2”过大。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer has no transactionId.</source>
        <translation>答复中没有 transactionId。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>币种“%1”未知。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The date &quot;%1&quot; is not a time in Unix seconds.</source>
        <translation>日期“%1”不是以 Unix 秒表示的时间。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PW v3&apos;s answer to the refund could not be read (%1). The refund may or may not have gone through; RefundDesk will check with PW v3 before doing anything else.</source>
        <translation>无法读取 PW v3 对退款的答复（%1）。退款可能已完成，也可能未完成；RefundDesk 会先向 PW v3 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 RefundDesk will check with PW v3 whether the refund was made.</source>
        <translation>%1 RefundDesk 会向 PW v3 核实退款是否已完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is about referenceNo %1, not %2</source>
        <translation>它涉及的是 referenceNo %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is about transaction %1, not %2</source>
        <translation>它涉及的是交易 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3 approved a refund in %1, RefundDesk asked for %2. Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 以 %1 批准了退款，而 RefundDesk 请求的是 %2。请在 PW 的后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3 approved the refund, but %1 Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 批准了退款，但%1 请在 PW 的后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3 refunded %1, RefundDesk asked for %2. Check the refund in PW&apos;s back office.</source>
        <translation>PW v3 退款 %1，而 RefundDesk 请求的是 %2。请在 PW 的后台核对这笔退款。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PW v3 approved the refund.</source>
        <translation>PW v3 已批准退款。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PW v3 refused RefundDesk&apos;s API key (%1). Nothing was refunded; check the API key in the settings.</source>
        <translation>PW v3 拒绝了 RefundDesk 的 API 密钥（%1）。未退回任何款项；请在设置中检查 API 密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PW v3 says this payment is already refunded (%1). Nothing more was refunded.</source>
        <translation>PW v3 表示这笔支付已退款（%1）。未再退回任何款项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 does not know this payment (%1). Nothing was refunded; look the sale up again.</source>
        <translation>PW v3 不认识这笔支付（%1）。未退回任何款项；请重新查询这笔销售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 declined the refund (%1). Nothing was refunded.</source>
        <translation>PW v3 拒绝了退款（%1）。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>RefundDesk could not yet check with PW v3 whether the refund was made: %1</source>
        <translation>RefundDesk 暂时无法向 PW v3 核实退款是否已完成：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk could not ask PW v3 about the refund: %1</source>
        <translation>RefundDesk 无法向 PW v3 查询该退款：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PW v3 answered about payment %1, not %2, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 答复的是支付 %1 而不是 %2，因此 RefundDesk 无法判断退款是否已完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3&apos;s status answer does not say how much of the payment was refunded, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 的状态答复没有说明这笔支付已退款多少，因此 RefundDesk 无法判断退款是否已完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PW v3 reports the payment&apos;s refunds in %1, the refund is in %2, so RefundDesk cannot tell whether the refund was made.</source>
        <translation>PW v3 以 %1 报告这笔支付的退款，而该退款以 %2 计，因此 RefundDesk 无法判断退款是否已完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PW v3 shows nothing refunded on the payment: the refund was not made.</source>
        <translation>PW v3 显示这笔支付没有任何退款：退款未完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>PW v3 does not show the refund on the payment yet.</source>
        <translation>PW v3 尚未在这笔支付上显示该退款。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PW v3 shows %1 refunded on the payment, and RefundDesk did not record how much that was before this refund, so it cannot tell whether this refund of %2 was made. Check the payment in PW&apos;s back office.</source>
        <translation>PW v3 显示这笔支付已退款 %1，而 RefundDesk 未记录此次退款之前的退款金额，因此无法判断这笔 %2 的退款是否已完成。请在 PW 的后台核对这笔支付。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RefundDesk recorded the earlier refunds in %1, PW v3 reports them in %2, so it cannot tell whether the refund was made.</source>
        <translation>RefundDesk 以 %1 记录了之前的退款，而 PW v3 以 %2 报告，因此无法判断退款是否已完成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s refunded total for the payment rose by exactly this refund (from %1 to %2): the refund was made.</source>
        <translation>PW v3 中这笔支付的退款总额正好增加了此次退款的金额（从 %1 到 %2）：退款已完成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PW v3&apos;s refunded total for the payment is unchanged (%1): the refund was not made.</source>
        <translation>PW v3 中这笔支付的退款总额没有变化（%1）：退款未完成。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PW v3&apos;s refunded total for the payment went from %1 to %2, which does not match this refund of %3. Check the payment in PW&apos;s back office.</source>
        <translation>PW v3 中这笔支付的退款总额从 %1 变为 %2，与此次 %3 的退款不符。请在 PW 的后台核对这笔支付。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptActions</name>
    <message>
        <location filename="../ui/ReceiptActions.cpp" line="+38"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the refund receipt</source>
        <translation>打印退款小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Save the refund receipt as PDF</source>
        <translation>将退款小票另存为 PDF</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>To receipt pr&amp;inter</source>
        <translation>发送到小票打印机(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the refund receipt on the receipt printer</source>
        <translation>在小票打印机上打印退款小票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;mail receipt</source>
        <translation>通过电子邮件发送小票(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email the refund receipt</source>
        <translation>通过电子邮件发送退款小票</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer&apos;s email address</source>
        <translation>顾客的电子邮件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer@example.com</source>
        <translation>customer@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt status</source>
        <translation>小票状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No receipt printer is set up: add one under Settings, Printers.</source>
        <translation>尚未设置小票打印机：请在“设置”的“打印机”中添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints on %1.</source>
        <translation>在 %1 上打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail server is set up: add one under Settings, Email.</source>
        <translation>尚未设置邮件服务器：请在“设置”的“电子邮件”中添加。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The receipt was printed on %1.</source>
        <translation>小票已在 %1 上打印。</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+95"/>
        <source>The receipt was sent to %1.</source>
        <translation>小票已发送至 %1。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt was saved as %1.</source>
        <translation>小票已保存为 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printing on %1…</source>
        <translation>正在 %1 上打印…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending the receipt to %1…</source>
        <translation>正在将小票发送至 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Attempt %1 of %2 failed (%3). Trying again in %4 s…</source>
        <translation>第 %1 次尝试（共 %2 次）失败（%3）。%4 秒后重试…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the receipt (attempt %1 of %2)…</source>
        <translation>正在发送小票（第 %1 次尝试，共 %2 次）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: cancelled. You can send it again.</source>
        <translation>未发送：已取消。您可以再次发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptCommand</name>
    <message>
        <location filename="../app/refundctl/ReceiptCommand.cpp" line="+33"/>
        <source>warning: the delivery was not recorded in the ledger: %1</source>
        <translation>警告：此次投递未记入账本：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Prints, saves or emails the receipt of a refund from the ledger. Without --pdf, --escpos, --printer or --email it writes the receipt as text.</source>
        <translation>从账本中打印、保存或通过电子邮件发送一笔退款的小票。不带 --pdf、--escpos、--printer 或 --email 时，以文本形式输出小票。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>退款的 id（UUID）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration file (default: $REFUNDDESK_CONFIG).</source>
        <translation>配置文件（默认：$REFUNDDESK_CONFIG）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the receipt as PDF to FILE.</source>
        <translation>将小票以 PDF 写入 FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF paper: a4 (default), letter or roll80.</source>
        <translation>PDF 纸张：a4（默认）、letter 或 roll80。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on an ESC/POS printer at HOST:PORT or a device path.</source>
        <translation>在 HOST:PORT 或设备路径上的 ESC/POS 打印机上打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on the ESC/POS printer configured in [printer] escpos.</source>
        <translation>在 [printer] escpos 中配置的 ESC/POS 打印机上打印。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email the receipt to ADDRESS.</source>
        <translation>通过电子邮件将小票发送到 ADDRESS。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who asks for the receipt, for the audit trail (default: refundctl).</source>
        <translation>索取小票的人，用于审计记录（默认：refundctl）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]</source>
        <translation>用法：refundctl receipt REFUND_ID [--pdf FILE] [--escpos HOST:PORT|DEVICE] [--email ADDRESS]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>“%1”不是退款 id（UUID）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--paper must be a4, letter or roll80.</source>
        <translation>--paper 必须是 a4、letter 或 roll80。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No configuration: pass --config FILE or set REFUNDDESK_CONFIG.</source>
        <translation>没有配置：请传入 --config FILE 或设置 REFUNDDESK_CONFIG。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Email is not set up: the configuration has no [smtp] section.</source>
        <translation>尚未设置电子邮件：配置中没有 [smtp] 部分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ESC/POS printer is configured ([printer] escpos).</source>
        <translation>未配置 ESC/POS 打印机（[printer] escpos）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printed on %1</source>
        <translation>已在 %1 上打印</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attempt %1 of %2 failed: %3 Trying again in %4 s.</source>
        <translation>第 %1 次尝试（共 %2 次）失败：%3 %4 秒后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Emailed to %1</source>
        <translation>已通过电子邮件发送至 %1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptMailer</name>
    <message>
        <location filename="../core/receipts/ReceiptMailer.cpp" line="+43"/>
        <source>Your refund of %1 from %2</source>
        <translation>您在 %2 的 %1 退款</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A receipt is still being sent; try again when it is done.</source>
        <translation>仍有一张小票正在发送；请在其完成后重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Email is not set up: [smtp] needs a host and a valid from address.</source>
        <translation>尚未设置电子邮件：[smtp] 需要主机和有效的发件人地址。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail password ([smtp] password) cannot be read: %1</source>
        <translation>无法读取邮件密码（[smtp] password）：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail password is configured for %1: set [smtp] password or store it in the keychain.</source>
        <translation>没有为 %1 配置邮件密码：请设置 [smtp] password 或将其存入钥匙串。</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+29"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Sending the receipt was cancelled.</source>
        <translation>发送小票已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>The receipt could not be sent to %1 after %n attempt(s): %2</source>
        <translation>
            <numerusform>尝试 %n 次后，仍无法将小票发送至 %1：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptModel</name>
    <message>
        <location filename="../core/receipts/ReceiptModel.cpp" line="+41"/>
        <source>The refunds of this sale do not add up: %1</source>
        <translation>这笔销售的退款金额对不上：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund receipt</source>
        <translation>退款小票</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan this code at the store to find the refund.</source>
        <translation>在门店扫描此码即可找到这笔退款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original payment</source>
        <translation>原支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid through</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still refundable</source>
        <translation>仍可退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund id</source>
        <translation>退款 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway refund id</source>
        <translation>支付网关退款 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not needed</source>
        <translation>无需批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This refund has not been sent yet.</source>
        <translation>此退款尚未发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is being sent to %1. The store follows it until it is done.</source>
        <translation>退款正在发送至 %1。门店会跟进直至完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of this refund is being checked by the store&apos;s back office. The store will contact you; keep this receipt.</source>
        <translation>此退款的结果正在由门店后台核实。门店会与您联系；请保留此小票。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund was accepted and sent to your bank, which credits your account.</source>
        <translation>退款已被接受并发送至您的银行，银行会将款项存入您的账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund is complete. The money goes back to the payment method you used.</source>
        <translation>退款已完成。款项将退回您使用的支付方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected this refund; no money was returned. Please speak to the store.</source>
        <translation>%1 拒绝了此退款；未退回任何款项。请与门店联系。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This refund could not be made; no money was returned. Please speak to the store.</source>
        <translation>此退款未能完成；未退回任何款项。请与门店联系。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt is passing the refund to your wallet or card network, which credits your account. The store follows the refund until it is confirmed.</source>
        <translation>Pockyt 正在将退款转交给您的钱包或卡组织，由其存入您的账户。门店会跟进退款直至确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment provider has not confirmed the refund yet. The money goes back to the payment method you used once it does.</source>
        <translation>支付服务商尚未确认退款。确认后，款项将退回您使用的支付方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid reviews every refund request before it is paid out; expect an update within 5-10 days. Once approved, the money goes back to the payment method you used.</source>
        <translation>SecPaid 会在付款前审核每一笔退款申请；预计 5-10 天内会有更新。一旦批准，款项将退回您使用的支付方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your bank is processing the refund through DuitNow. The store is told when the bank accepts or rejects it; if it takes longer, the store checks the next day&apos;s report.</source>
        <translation>您的银行正在通过 DuitNow 处理退款。银行接受或拒绝时门店会收到通知；如果耗时较长，门店会核对次日报表。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptPdf</name>
    <message>
        <location filename="../core/receipts/ReceiptPdf.cpp" line="+63"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReceiptPreviewDialog</name>
    <message>
        <location filename="../ui/ReceiptPreviewDialog.cpp" line="+13"/>
        <location line="+1"/>
        <source>Refund receipt %1</source>
        <translation>退款小票 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot start printing on %1.</source>
        <translation>无法在 %1 上开始打印。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing on %1 failed.</source>
        <translation>在 %1 上打印失败。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileCommand</name>
    <message>
        <location filename="../app/refundctl/ReconcileCommand.cpp" line="+87"/>
        <source>%1 report %2, %3 to %4: %5; %6 review(s) the report settles</source>
        <translation>%1 报表 %2，%3 至 %4：%5；报表可结束 %6 笔复核</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LINE</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUND ID</source>
        <translation>退款 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GATEWAY REFUND ID</source>
        <translation>支付网关退款 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>REPORT</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>LEDGER</source>
        <translation>账本</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs review; the report settles it as %1</source>
        <translation>待复核；报表将其确定为%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DAY</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CURRENCY</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed %1 as %2 (%3).</source>
        <translation>已将 %1 结束为%2（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not closed %1: %2</source>
        <translation>未结束 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matches a gateway&apos;s refund report (CSV) against the ledger.</source>
        <translation>将支付网关的退款报表（CSV）与账本对账。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway&apos;s report (docs/reconciliation.md).</source>
        <translation>支付网关的报表（docs/reconciliation.md）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pockyt, pwv3, secpaid or paynet.</source>
        <translation>pockyt、pwv3、secpaid 或 paynet。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the result as CSV to this file.</source>
        <translation>同时将结果以 CSV 写入此文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the reviews the report settles (needs --actor).</source>
        <translation>结束报表可确定的复核（需要 --actor）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who closes the reviews (back-office staff).</source>
        <translation>结束复核的人（后台人员）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--gateway must be pockyt, pwv3, secpaid or paynet.</source>
        <translation>--gateway 必须是 pockyt、pwv3、secpaid 或 paynet。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--resolve needs --actor: a person closes a review.</source>
        <translation>--resolve 需要 --actor：复核必须由人员结束。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileResult</name>
    <message>
        <location filename="../core/reconcile/ReconcileResult.cpp" line="+30"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in the ledger</source>
        <translation>账本中缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing at the gateway</source>
        <translation>支付网关处缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount mismatch</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate row</source>
        <translation>重复行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed line</source>
        <translation>格式错误的行</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconcileTableModel</name>
    <message>
        <location filename="../ui/ReconcileTableModel.cpp" line="+50"/>
        <source>Review closed as %1.</source>
        <translation>复核已结束，结果为%1。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs review; the report says %1: it can be closed as %2.</source>
        <translation>待复核；报表显示为%1：可结束为%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id</source>
        <translation>退款 id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway refund id</source>
        <translation>支付网关退款 id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report amount</source>
        <translation>报表金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger amount</source>
        <translation>账本金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report status</source>
        <translation>报表状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger status</source>
        <translation>账本状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Reconciler</name>
    <message>
        <location filename="../core/reconcile/Reconciler.cpp" line="+76"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The ledger cannot be read: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconciliation cancelled.</source>
        <translation>对账已取消。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 already lists this refund.</source>
        <translation>第 %1 行已列出这笔退款。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 lists this refund; the ledger has none by that id.</source>
        <translation>%1 列出了这笔退款；账本中没有该 id 的退款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 already lists this refund under another id.</source>
        <translation>第 %1 行已以另一个 id 列出这笔退款。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report says %1, the ledger %2.</source>
        <translation>报表显示为 %1，账本为 %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1 cannot be read: %2</source>
        <translation>无法读取第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The ledger has this refund (%1) on %2; the report does not list it.</source>
        <translation>账本在 %2 有这笔退款（%1）；报表中没有列出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 report %2, line %3: %4</source>
        <translation>%1 报表 %2，第 %3 行：%4</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReconciliationPanel</name>
    <message>
        <location filename="../ui/ReconciliationPanel.cpp" line="+45"/>
        <source>Gateway of the report</source>
        <translation>报表的支付网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>报表文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the report file</source>
        <translation>选择报表文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;concile</source>
        <translation>对账(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile the report with the ledger</source>
        <translation>将报表与账本对账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation progress</source>
        <translation>对账进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation summary</source>
        <translation>对账摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation results</source>
        <translation>对账结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>每日汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+295"/>
        <source>Export the reconciliation as CSV</source>
        <translation>将对账结果导出为 CSV</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Close the revie&amp;w…</source>
        <translation>结束复核(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected review as the report says</source>
        <translation>按报表结果结束所选复核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will happen</source>
        <translation>将会发生什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm closing the review</source>
        <translation>确认结束复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Do not close the review</source>
        <translation>不结束复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation message</source>
        <translation>对账消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a gateway&apos;s settlement or refund report (CSV) to check it against the ledger. The columns each gateway&apos;s report needs are in the manual (reconciliation).</source>
        <translation>导入支付网关的结算或退款报表（CSV），与账本进行核对。各支付网关报表所需的列见手册（对账）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Gateway:</source>
        <translation>支付网关(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. paynet-2025-03-01.csv</source>
        <translation>例如 paynet-2025-03-01.csv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger refunds</source>
        <translation>账本退款笔数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger total</source>
        <translation>账本合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report refunds</source>
        <translation>报表退款笔数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report total</source>
        <translation>报表合计</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open the gateway&apos;s report</source>
        <translation>打开支付网关的报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciling %1 with the ledger…</source>
        <translation>正在将 %1 与账本对账…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Everything (%1)</source>
        <translation>全部 (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report reconciled yet.</source>
        <translation>尚未对任何报表对账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report %2 (%3 to %4): %5 matched, %6 to look at; %7 review(s) the report settles.</source>
        <translation>%1 报表 %2（%3 至 %4）：%5 笔匹配，%6 笔需查看；报表可结束 %7 笔复核。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only back-office staff close reviews; %1 is signed in as %2.</source>
        <translation>只有后台人员可以结束复核；%1 以 %2 身份登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a row whose refund needs review and that the report settles.</source>
        <translation>请选择一行：其退款待复核，且报表可确定其结果。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the review of the refund of %1 (%2) as %3? The audit trail records it under your name with: %4</source>
        <translation>将 %1（%2）退款的复核结束为%3？审计记录将以您的名义记录：%4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Review closed as %1: %2.</source>
        <translation>复核已结束，结果为%1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed: %1</source>
        <translation>未结束：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundCommand</name>
    <message>
        <location filename="../app/refundctl/RefundCommand.cpp" line="+35"/>
        <source>Refunds a sale, all that is left of it or --amount.</source>
        <translation>为一笔销售退款：退还剩余全部金额或 --amount 指定的金额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much, in the store&apos;s number format (e.g. 12.50); default: all that is left.</source>
        <translation>金额，使用门店的数字格式（例如 12.50）；默认：剩余全部金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the customer gets money back.</source>
        <translation>顾客获得退款的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who refunds (default: refundctl).</source>
        <translation>执行退款的人（默认：refundctl）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>--amount: %1</source>
        <translation>--amount：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refund %1 is %2: %3</source>
        <translation>退款 %1 为%2：%3</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundDeskConfig</name>
    <message>
        <location filename="../core/config/RefundDeskConfig.cpp" line="+112"/>
        <source>The configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>“%1”不是 ISO 4217 币种代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a locale name like de_DE</source>
        <translation>“%1”不是像 de_DE 这样的区域设置名称</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must start with sqlite: or postgresql://</source>
        <translation>必须以 sqlite: 或 postgresql:// 开头</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>“%1”不是 HOST:PORT</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not starttls, tls or none</source>
        <translation>“%1”不是 starttls、tls 或 none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is set, but user is not</source>
        <translation>已设置，但未设置 user</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>文件“%1”不存在</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundEngine</name>
    <message>
        <location filename="../core/engine/RefundEngine.cpp" line="+169"/>
        <source>%1 is not configured here, and the ledger does not know this sale.</source>
        <translation>此处未配置 %1，且账本中没有这笔销售。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not know this sale.</source>
        <translation>%1 不知道这笔销售。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not configured here: its sales can be looked up in the ledger but not refunded.</source>
        <translation>此处未配置 %1：其销售可以在账本中查询，但不能退款。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No sale was given.</source>
        <translation>未指定销售。</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>There is no employee list here to check the manager&apos;s PIN against.</source>
        <translation>此处没有员工名单，无法核对经理的 PIN。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A new refund id is already in use; nothing was sent. Try again.</source>
        <translation>新的退款 id 已被使用；未发送任何内容。请重试。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing was refunded; check this gateway&apos;s credentials, then try again.</source>
        <translation>未退回任何款项；请检查此支付网关的凭据，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was refunded; you can try again.</source>
        <translation>未退回任何款项；您可以重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before anything was sent. Nothing was refunded.</source>
        <translation>在发送任何内容之前已取消。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The gateway shows this refund was not made: nothing was refunded. You can try again.</source>
        <translation>支付网关显示此退款未完成：未退回任何款项。您可以重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway&apos;s answer was lost and asking it again did not settle what happened. Check the gateway&apos;s report, then close the review.</source>
        <translation>支付网关的答复丢失，再次查询也未能确定发生了什么。请核对支付网关的报表，然后结束复核。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer was lost; asking the gateway what happened.</source>
        <translation>答复丢失；正在向支付网关查询实际情况。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The gateway now names this refund %1, but it was recorded under another id. Check the gateway&apos;s report.</source>
        <translation>支付网关现在将此退款称为 %1，但它记录在另一个 id 下。请核对支付网关的报表。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under review. Later the gateway said: %1 (%2)</source>
        <translation>复核中。之后支付网关表示：%1（%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only back-office staff close a review; %1 is signed in as %2.</source>
        <translation>只有后台人员可以结束复核；%1 以 %2 身份登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review ends with succeeded, rejected or failed.</source>
        <translation>复核的结果必须是成功、被拒或失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note saying how you know what happened to this refund.</source>
        <translation>请写一条备注，说明您如何得知这笔退款的实际情况。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 is %2; only a refund that needs review can be closed by hand.</source>
        <translation>退款 %1 的状态为%2；只有待复核的退款才能手动结束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed after review by %1: %2</source>
        <translation>由 %1 复核后结束：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review could not be recorded.</source>
        <translation>无法记录复核结果。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>There is no employee list here.</source>
        <translation>此处没有员工名单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager or back-office staff add employees.</source>
        <translation>只有经理或后台人员可以添加员工。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No refund %1 of %2 in this ledger.</source>
        <translation>此账本中没有 %2 的退款 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 reports %2 for this refund, but RefundDesk sent %3. Check the gateway&apos;s report.</source>
        <translation>%1 报告此退款为 %2，而 RefundDesk 发送的是 %3。请核对支付网关的报表。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>It is being submitted right now.</source>
        <translation>它此刻正在提交中。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not configured here.</source>
        <translation>此处未配置 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PayNet&apos;s refund enquiry is due at %1.</source>
        <translation>PayNet 退款查询将于 %1 进行。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundPanel</name>
    <message>
        <location filename="../ui/RefundPanel.cpp" line="+33"/>
        <source>&amp;Full (everything left)</source>
        <translation>全额(&amp;F)（剩余全部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partial</source>
        <translation>部分(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manager&apos;s approval</source>
        <translation>经理批准</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+341"/>
        <location line="+3"/>
        <source>&amp;Refund</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Full refund of everything left</source>
        <translation>全额退还剩余金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount to refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the refund</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged or faulty</source>
        <translation>损坏或有缺陷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item or size</source>
        <translation>商品或尺码不对</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price adjustment</source>
        <translation>价格调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged twice</source>
        <translation>重复扣款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer changed their mind</source>
        <translation>顾客改变主意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approving manager</source>
        <translation>批准的经理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager&apos;s PIN</source>
        <translation>经理的 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;IN:</source>
        <translation>PIN(&amp;I)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the refund cannot go ahead</source>
        <translation>退款无法进行的原因</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+146"/>
        <source>Look up a sale first.</source>
        <translation>请先查询一笔销售。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>A clerk&apos;s refund above %1 needs a manager: the manager picks their name and enters their PIN here.</source>
        <translation>店员超过 %1 的退款需要经理批准：经理在此选择自己的姓名并输入 PIN。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This %1 account refunds only whole sales.</source>
        <translation>此 %1 账户只能对整笔销售退款。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the amount to refund.</source>
        <translation>请输入退款金额。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sign in to refund.</source>
        <translation>请登录后再退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sale cannot be refunded: %1</source>
        <translation>这笔销售不能退款：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 No other manager is set up to approve it.</source>
        <translation>%1 没有其他经理可以批准。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A manager&apos;s approval is needed: the manager enters their PIN.</source>
        <translation>需要经理批准：请经理输入 PIN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the store&apos;s refund rules…</source>
        <translation>正在检查门店的退款规则…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refund %1</source>
        <translation>退款 %1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundPolicy</name>
    <message>
        <location filename="../core/engine/RefundPolicy.cpp" line="+90"/>
        <source>The payment&apos;s status at %1 is &quot;%2&quot;; only completed payments can be refunded.</source>
        <translation>该支付在 %1 的状态为“%2”；只有已完成的支付才能退款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments made with %1 cannot be refunded through %2. Refundable methods: %3.</source>
        <translation>使用 %1 的支付不能通过 %2 退款。可退款的方式：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown method</source>
        <translation>未知方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sale was paid in %1; the refund must be in %1 too, not %2.</source>
        <translation>该销售以 %1 支付；退款也必须以 %1 进行，而不是 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is left to refund on this sale.</source>
        <translation>这笔销售已没有可退的金额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 can still be refunded on this sale.</source>
        <translation>这笔销售最多还能退 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This %1 account refunds only whole sales; refund the full %2 or ask the gateway to enable partial refunds.</source>
        <translation>此 %1 账户只能对整笔销售退款；请全额退还 %2，或请支付网关开通部分退款。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 allows only one refund per payment, and this payment already has one.</source>
        <translation>%1 每笔支付只允许一次退款，而这笔支付已有一笔退款。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This payment is from %1; refunds are possible for %2 days after a payment.</source>
        <translation>这笔支付来自 %1；支付后 %2 天内可以退款。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back-office accounts settle and audit refunds but do not issue them; sign in as a clerk or manager.</source>
        <translation>后台账户负责结算和审计退款，但不能发起退款；请以店员或经理身份登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 may refund up to %2 a day and has refunded %3 today.</source>
        <translation>%1 每天最多可退 %2，今天已退 %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refunds above %1 need a manager&apos;s approval: ask a manager to enter their PIN.</source>
        <translation>超过 %1 的退款需要经理批准：请经理输入其 PIN。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundStatus</name>
    <message>
        <location filename="../core/domain/RefundStatus.cpp" line="+19"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsPanel</name>
    <message>
        <location filename="../ui/RefundsPanel.cpp" line="+50"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the refunds shown as CSV</source>
        <translation>将显示的退款导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of refunds</source>
        <translation>退款数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt of the selected refund</source>
        <translation>所选退款的小票</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>从 … 到 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (submitting, pending, needs review)</source>
        <translation>未结（提交中、处理中、待复核）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any gateway</source>
        <translation>任意支付网关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any store</source>
        <translation>任意门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any register</source>
        <translation>任意收银台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gateway:</source>
        <translation>支付网关(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Employee:</source>
        <translation>员工(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;ore:</source>
        <translation>门店(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gister:</source>
        <translation>收银台(&amp;G)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receipt of the selected refund:</source>
        <translation>所选退款的小票：</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+234"/>
        <source>The refunds cannot be read: %1</source>
        <translation>无法读取退款：%1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No refunds match.</source>
        <translation>没有匹配的退款。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refund(s) match; %1 shown.</source>
        <translation>
            <numerusform>%n 笔退款匹配；显示 %1 笔。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a refund to print its receipt again or email it.</source>
        <translation>选择一笔退款，以重新打印其小票或通过电子邮件发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the receipt…</source>
        <translation>正在读取小票…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The receipt cannot be read from the ledger: %1</source>
        <translation>无法从账本读取小票：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Print receipt…</source>
        <translation>打印小票(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save receipt as P&amp;DF…</source>
        <translation>将小票另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on the receipt pr&amp;inter</source>
        <translation>在小票打印机上打印(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer is set up.</source>
        <translation>尚未设置小票打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail receipt…</source>
        <translation>通过电子邮件发送小票(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up.</source>
        <translation>尚未设置邮件服务器。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export refunds as CSV</source>
        <translation>将退款导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n refund(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 笔退款写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsTableModel</name>
    <message>
        <location filename="../ui/RefundsTableModel.cpp" line="+285"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway&apos;s message</source>
        <translation>支付网关的消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id</source>
        <translation>退款 id</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ResultPage</name>
    <message>
        <location filename="../ui/ResultPage.cpp" line="+34"/>
        <source>Refund result</source>
        <translation>退款结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the gateway said</source>
        <translation>支付网关的答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next</source>
        <translation>接下来会怎样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund id</source>
        <translation>退款 id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New refund</source>
        <translation>新退款(&amp;N)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start the next refund</source>
        <translation>开始下一笔退款</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Refund succeeded</source>
        <translation>退款成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund pending</source>
        <translation>退款处理中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund sent, waiting for the answer</source>
        <translation>退款已发送，正在等待答复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund needs review</source>
        <translation>退款待复核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund rejected</source>
        <translation>退款被拒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund failed</source>
        <translation>退款失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 said: %2</source>
        <translation>%1 答复：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund id %1</source>
        <translation>退款 id %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done. Give the customer the receipt; the money goes back to how they paid.</source>
        <translation>完成。请将小票交给顾客；款项将按原支付方式退回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RefundDesk keeps asking %1 until it knows the outcome; nothing is sent twice. The refund&apos;s status updates here and in Back office by itself.</source>
        <translation>RefundDesk 会持续向 %1 查询，直到得知结果；不会重复发送。退款状态会在此处和“后台”中自动更新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s answer did not settle it. Back office checks the gateway&apos;s report and closes the refund; the amount stays reserved until then. Give the customer the receipt and tell them the store will be in touch.</source>
        <translation>支付网关的答复未能确定结果。后台人员会核对支付网关的报表并结束这笔退款；在此之前该金额保持预留。请将小票交给顾客，并告知门店会与其联系。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money was returned. Check the sale with the gateway, or refund another way the store allows.</source>
        <translation>未退回任何款项。请向支付网关核实这笔销售，或使用门店允许的其他方式退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No money was returned and nothing is pending; you may try the refund again.</source>
        <translation>未退回任何款项，也没有待处理的操作；您可以再次尝试退款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pockyt confirms the refund by notification; RefundDesk updates it by itself. Give the customer the receipt.</source>
        <translation>Pockyt 会通过通知确认退款；RefundDesk 会自动更新。请将小票交给顾客。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW confirms the refund on the next status check; RefundDesk updates it by itself. Give the customer the receipt.</source>
        <translation>PW 会在下一次状态查询时确认退款；RefundDesk 会自动更新。请将小票交给顾客。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid&apos;s team approves each refund request, usually within 5 to 10 days. RefundDesk checks every few minutes and updates it by itself. Give the customer the receipt.</source>
        <translation>SecPaid 的团队会审批每一笔退款申请，通常需要 5 到 10 天。RefundDesk 每隔几分钟查询一次并自动更新。请将小票交给顾客。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s bank confirms the refund, usually within minutes; PayNet tells RefundDesk, which updates it by itself. Give the customer the receipt.</source>
        <translation>顾客的银行会确认退款，通常在几分钟内完成；PayNet 会通知 RefundDesk，由其自动更新。请将小票交给顾客。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReviewCommand</name>
    <message>
        <location filename="../app/refundctl/ReviewCommand.cpp" line="+13"/>
        <source>Closes a refund that needs review.</source>
        <translation>结束一笔待复核的退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>退款的 id（UUID）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What really happened: succeeded or failed.</source>
        <translation>实际发生的情况：succeeded 或 failed。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know (e.g. the report you checked).</source>
        <translation>您的依据（例如您核对过的报表）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who reviews (default: refundctl).</source>
        <translation>复核人（默认：refundctl）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>“%1”不是退款 id（UUID）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--resolve must be succeeded or failed.</source>
        <translation>--resolve 必须是 succeeded 或 failed。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--note is required: say how you know what happened.</source>
        <translation>必须提供 --note：说明您如何得知实际情况。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Role</name>
    <message>
        <location filename="../core/domain/Actor.cpp" line="+33"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office</source>
        <translation>后台</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RsaKey</name>
    <message>
        <location filename="../core/gateways/paynet/Jwt.cpp" line="-205"/>
        <source>the key file is empty</source>
        <translation>密钥文件为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key file is too large to be a PEM key</source>
        <translation>密钥文件过大，不可能是 PEM 密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key is protected with a passphrase; RefundDesk needs it without one</source>
        <translation>私钥受密码保护；RefundDesk 需要不带密码的私钥</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this is not a PEM private key, public key or certificate</source>
        <translation>这不是 PEM 私钥、公钥或证书</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SalePanel</name>
    <message>
        <location filename="../ui/SalePanel.cpp" line="+17"/>
        <location line="+38"/>
        <location line="+65"/>
        <source>Refunds so far</source>
        <translation>已有退款</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Gateway</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the gateway</source>
        <translation>支付网关处的状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can still be refunded</source>
        <translation>仍可退款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looked up</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this sale cannot be refunded</source>
        <translation>这笔销售不能退款的原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not reported by the gateway</source>
        <translation>支付网关未报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the ledger; the gateway was last asked %1</source>
        <translation>来自账本；上次向支付网关查询是在 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the ledger</source>
        <translation>来自账本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 just now</source>
        <translation>刚刚来自 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be refunded: %1</source>
        <translation>不能退款：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No refunds so far</source>
        <translation>尚无退款</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SaleRefOptions</name>
    <message>
        <location filename="../app/refundctl/SaleRefOptions.cpp" line="+8"/>
        <source>The gateway: pockyt, pwv3, secpaid or paynet.</source>
        <translation>支付网关：pockyt、pwv3、secpaid 或 paynet。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway&apos;s id of the payment (Pockyt transactionNo, SecPaid pay_id, PayNet checkoutId).</source>
        <translation>支付网关的支付 id（Pockyt transactionNo、SecPaid pay_id、PayNet checkoutId）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The merchant&apos;s reference (Pockyt reference, PW v3 referenceNo).</source>
        <translation>商户参考号（Pockyt reference、PW v3 referenceNo）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a gateway; use pockyt, pwv3, secpaid or paynet.</source>
        <translation>“%1”不是支付网关；请使用 pockyt、pwv3、secpaid 或 paynet。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--gateway is required (pockyt, pwv3, secpaid or paynet).</source>
        <translation>必须提供 --gateway（pockyt、pwv3、secpaid 或 paynet）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give exactly one of --transaction ID and --reference REF.</source>
        <translation>--transaction ID 和 --reference REF 必须且只能提供其中一个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sale&apos;s id is empty.</source>
        <translation>销售的 id 为空。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ScanCommand</name>
    <message>
        <location filename="../app/refundctl/ScanCommand.cpp" line="+91"/>
        <source>refundctl scan: name at least one file.</source>
        <translation>refundctl scan：请至少指定一个文件。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ScanDialog</name>
    <message>
        <location filename="../ui/ScanDialog.cpp" line="+31"/>
        <source>Open image...</source>
        <translation>打开图片...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open video...</source>
        <translation>打开视频...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan receipt</source>
        <translation>扫描小票</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The video cannot be played: %1</source>
        <translation>无法播放视频：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No receipt code was found in the video.</source>
        <translation>视频中未找到小票条码。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No camera found. Open a picture, a PDF or a video of the receipt instead.</source>
        <translation>未找到摄像头。请改为打开小票的图片、PDF 或视频。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera cannot be used: %1
If RefundDesk may not use the camera, allow it in the system&apos;s privacy settings, or open a picture of the receipt instead.</source>
        <translation>无法使用摄像头：%1
如果 RefundDesk 没有使用摄像头的权限，请在系统的隐私设置中允许，或改为打开小票的图片。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold the receipt&apos;s barcode in front of the camera.</source>
        <translation>请将小票的条码对准摄像头。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Receipts (%1)</source>
        <translation>小票 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open receipt picture or PDF</source>
        <translation>打开小票图片或 PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open receipt video</source>
        <translation>打开小票视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.webm *.mkv *.mp4 *.avi *.mov)</source>
        <translation>视频 (*.webm *.mkv *.mp4 *.avi *.mov)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Playing %1...</source>
        <translation>正在播放 %1...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 code)</source>
        <translation>%1（%2 码）</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecPaidGateway</name>
    <message>
        <location filename="../core/gateways/secpaid/SecPaidGateway.cpp" line="+33"/>
        <source>The SecPaid token</source>
        <translation>SecPaid 令牌</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SecPaid payments are looked up by their payment number (pay_id), not by a reference.</source>
        <translation>SecPaid 的支付按支付号码（pay_id）查询，而不是按参考号。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecPaidProtocol</name>
    <message>
        <location filename="../core/gateways/secpaid/SecPaidProtocol.cpp" line="+448"/>
        <source>&quot;%1&quot; is not a SecPaid payment number (pay_id is a whole number). Nothing was sent.</source>
        <translation>“%1”不是 SecPaid 支付号码（pay_id 是整数）。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid refunds only in EUR, not %1. Nothing was sent.</source>
        <translation>SecPaid 只能以 EUR 退款，不能以 %1 退款。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund amount must be more than zero. Nothing was sent.</source>
        <translation>退款金额必须大于零。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full refund must be the whole payment of %1 EUR, not %2 EUR. Nothing was sent.</source>
        <translation>全额退款必须是整笔 %1 EUR 的支付，而不是 %2 EUR。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a SecPaid payment number (pay_id is a whole number).</source>
        <translation>“%1”不是 SecPaid 支付号码（pay_id 是整数）。</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+183"/>
        <source>SecPaid refused RefundDesk&apos;s API key (HTTP %1). Check the SecPaid token in the settings.</source>
        <translation>SecPaid 拒绝了 RefundDesk 的 API 密钥（HTTP %1）。请在设置中检查 SecPaid 令牌。</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>SecPaid says the request had no payment number (&quot;%1&quot;). Nothing was refunded. This is a fault in RefundDesk; please report it.</source>
        <translation>SecPaid 表示请求中没有支付号码（“%1”）。未退回任何款项。这是 RefundDesk 的故障；请报告此问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid says the request had no refund amount (&quot;%1&quot;). Nothing was refunded. This is a fault in RefundDesk; please report it.</source>
        <translation>SecPaid 表示请求中没有退款金额（“%1”）。未退回任何款项。这是 RefundDesk 的故障；请报告此问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid does not know this payment on this account (&quot;%1&quot;). Nothing was refunded; check the payment number on the receipt and the SecPaid account in the settings.</source>
        <translation>SecPaid 在此账户上不认识这笔支付（“%1”）。未退回任何款项；请核对小票上的支付号码以及设置中的 SecPaid 账户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This SecPaid payment link was cancelled and never paid (&quot;%1&quot;), so there is nothing to refund.</source>
        <translation>这个 SecPaid 支付链接已取消且从未付款（“%1”），因此没有可退的款项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid already has a refund request for this payment and accepts only one per payment (&quot;%1&quot;). Nothing new was requested; look the refund up in the SecPaid dashboard.</source>
        <translation>SecPaid 已有这笔支付的退款申请，且每笔支付只接受一次（“%1”）。未提交新的申请；请在 SecPaid 管理后台查看这笔退款。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer has an open dispute on this payment, so SecPaid blocks refunds (&quot;%1&quot;). Nothing was refunded; settle the dispute in the SecPaid dashboard first.</source>
        <translation>顾客对这笔支付有未解决的争议，因此 SecPaid 禁止退款（“%1”）。未退回任何款项；请先在 SecPaid 管理后台解决争议。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid refused the amount (&quot;%1&quot;): it must be more than zero and no more than the original payment. Nothing was refunded.</source>
        <translation>SecPaid 拒绝了该金额（“%1”）：金额必须大于零且不超过原支付金额。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SecPaid answered with an error RefundDesk does not know (&quot;%1&quot;). The refund may or may not have been recorded; RefundDesk will check with SecPaid before doing anything else.</source>
        <translation>SecPaid 返回了 RefundDesk 不认识的错误（“%1”）。退款申请可能已记录，也可能未记录；RefundDesk 会先向 SecPaid 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RefundDesk still cannot tell whether SecPaid recorded the refund request: %1 The refund stays open; RefundDesk will check again later.</source>
        <translation>RefundDesk 仍无法确定 SecPaid 是否已记录退款申请：%1 退款保持未结；RefundDesk 稍后会再次查询。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The entry has no amount.</source>
        <translation>该条目没有金额。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SecPaid&apos;s list of transactions could not be read (%1). Nothing was changed; try again in a moment.</source>
        <translation>无法读取 SecPaid 的交易列表（%1）。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid does not know payment %1 on this account (&quot;%2&quot;). Check the payment number on the receipt and the SecPaid account in the settings.</source>
        <translation>SecPaid 在此账户上不认识支付 %1（“%2”）。请核对小票上的支付号码以及设置中的 SecPaid 账户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid refused to list the transactions of payment %1 (&quot;%2&quot;).</source>
        <translation>SecPaid 拒绝列出支付 %1 的交易（“%2”）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no list of transactions in the answer</source>
        <translation>答复中没有交易列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry is not an object</source>
        <translation>某个条目不是对象</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>SecPaid&apos;s answer could not be understood (HTTP %1).</source>
        <translation>无法理解 SecPaid 的答复（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The refund may or may not have been recorded; RefundDesk will check with SecPaid before doing anything else.</source>
        <translation>%1 退款可能已记录，也可能未记录；RefundDesk 会先向 SecPaid 核实，再做其他操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid has the refund request. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid 已收到退款申请。SecPaid 管理员会在 5-10 天内批准或拒绝；RefundDesk 会持续跟进。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid received the refund request. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid 收到了退款申请。SecPaid 管理员会在 5-10 天内批准或拒绝；RefundDesk 会持续跟进。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid already had this refund request, so the first request arrived. A SecPaid administrator approves or rejects it within 5-10 days; RefundDesk follows it.</source>
        <translation>SecPaid 已有此退款申请，说明第一次申请已送达。SecPaid 管理员会在 5-10 天内批准或拒绝；RefundDesk 会持续跟进。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecPaid answered with an error RefundDesk does not know (&quot;%1&quot;).</source>
        <translation>SecPaid 返回了 RefundDesk 不认识的错误（“%1”）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SecPaid lists no payment %1 in the last three years. A cancelled payment link is not listed; check the payment number on the receipt.</source>
        <translation>SecPaid 在过去三年中没有列出支付 %1。已取消的支付链接不会列出；请核对小票上的支付号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecPaid lists payment %1 in %2; RefundDesk refunds SecPaid payments in EUR only.</source>
        <translation>SecPaid 以 %2 列出支付 %1；RefundDesk 只以 EUR 为 SecPaid 支付退款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid lists payment %1 with an amount RefundDesk cannot read exactly (&quot;%2&quot;). %3</source>
        <translation>SecPaid 列出的支付 %1 的金额 RefundDesk 无法精确读取（“%2”）。%3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SecPaid listed too many transactions for payment %1 to be sure there is no refund among them.</source>
        <translation>SecPaid 为支付 %1 列出的交易过多，无法确定其中没有退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid lists no refund for payment %1.</source>
        <translation>SecPaid 没有列出支付 %1 的退款。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>SecPaid lists %n refund(s) for payment %1 but allows only one per payment. A person must check them in the SecPaid dashboard.</source>
        <translation>
            <numerusform>SecPaid 为支付 %1 列出了 %n 笔退款，但每笔支付只允许一笔。需要有人在 SecPaid 管理后台核对。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SecPaid lists the refund of payment %1 with an amount RefundDesk cannot read exactly (&quot;%2&quot; %3). A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid 列出的支付 %1 的退款金额 RefundDesk 无法精确读取（“%2” %3）。需要有人在 SecPaid 管理后台核对。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecPaid lists the refund of payment %1 as %2 EUR, but RefundDesk asked for %3 %4: the amounts disagree. A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid 列出支付 %1 的退款为 %2 EUR，但 RefundDesk 请求的是 %3 %4：金额不一致。需要有人在 SecPaid 管理后台核对。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SecPaid lists the refund of payment %1 as &quot;%2&quot;, which RefundDesk does not know. A person must check it in the SecPaid dashboard.</source>
        <translation>SecPaid 列出支付 %1 的退款状态为“%2”，RefundDesk 不认识。需要有人在 SecPaid 管理后台核对。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecPaid lists the refund request as pending; a SecPaid administrator approves or rejects it within 5-10 days.</source>
        <translation>SecPaid 列出该退款申请为待处理；SecPaid 管理员会在 5-10 天内批准或拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid approved and carried out the refund.</source>
        <translation>SecPaid 已批准并执行了退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecPaid rejected the refund request. Nothing was refunded; SecPaid accepts only one request per payment, so ask SecPaid how to go on.</source>
        <translation>SecPaid 拒绝了退款申请。未退回任何款项；SecPaid 每笔支付只接受一次申请，请向 SecPaid 询问后续处理方式。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RefundDesk could not check SecPaid&apos;s list of transactions. %1</source>
        <translation>RefundDesk 无法核对 SecPaid 的交易列表。%1</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="+15"/>
        <location line="+47"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Keep the saved one</source>
        <translation>保留已保存的</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New %1</source>
        <translation>新的%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %1</source>
        <translation>替换%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the saved %1</source>
        <translation>保留已保存的%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in the keychain</source>
        <translation>已保存在钥匙串中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the environment variable %1</source>
        <translation>来自环境变量 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the file %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>•••• (written in the configuration file; Replace moves it to the keychain)</source>
        <translation>••••（写在配置文件中；“替换”会将其移到钥匙串）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter…</source>
        <translation>输入…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SecretValue</name>
    <message>
        <location filename="../core/config/SecretValue.cpp" line="+38"/>
        <source>The credential is kept in the system keychain (%1), which only the RefundDesk desktop application reads; here, write env:NAME or file:PATH instead.</source>
        <translation>该凭据保存在系统钥匙串（%1）中，只有 RefundDesk 桌面应用程序会读取；在此处请改写为 env:NAME 或 file:PATH。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>环境变量 %1 未设置或为空。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>无法读取密钥文件 %1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file %1 is larger than 64 KiB; is it the right file?</source>
        <translation>密钥文件 %1 超过 64 KiB；文件是否正确？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret file %1 is empty.</source>
        <translation>密钥文件 %1 为空。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credential is configured.</source>
        <translation>未配置凭据。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SectionReader</name>
    <message>
        <location filename="../core/config/RefundDeskConfig.cpp" line="-202"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is neither true nor false</source>
        <translation>“%1”既不是 true 也不是 false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>文件“%1”不存在</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ServeCommand</name>
    <message>
        <location filename="../app/refundctl/ServeCommand.cpp" line="+15"/>
        <source>Receives webhooks and follows up refunds until SIGTERM: the headless store server.</source>
        <translation>接收 webhook 并跟进退款，直到收到 SIGTERM：无界面的门店服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot install the SIGTERM handler.</source>
        <translation>无法安装 SIGTERM 处理程序。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>refundctl serve: listening on %1:%2</source>
        <translation>refundctl serve：正在监听 %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refundctl serve: stopped</source>
        <translation>refundctl serve：已停止</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+98"/>
        <source>RefundDesk settings</source>
        <translation>RefundDesk 设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval &amp;&amp; limits</source>
        <translation>审批与限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>支付网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings problem</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credentials cannot be saved on this computer: %1</source>
        <translation>此电脑上无法保存凭据：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store id</source>
        <translation>门店 id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. S1</source>
        <translation>例如 S1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on receipts</source>
        <translation>显示在小票上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register id</source>
        <translation>收银台 id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. R2</source>
        <translation>例如 R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store currency</source>
        <translation>门店币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217，例如 EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store locale</source>
        <translation>门店区域设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. de_DE; empty: this computer&apos;s</source>
        <translation>例如 de_DE；留空：使用此电脑的设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often open refunds are followed up</source>
        <translation>跟进未结退款的频率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store id:</source>
        <translation>门店 id：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name:</source>
        <translation>门店名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register:</source>
        <translation>收银台：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale (how amounts are typed):</source>
        <translation>区域设置（金额的输入格式）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up open refunds every:</source>
        <translation>每隔多久跟进未结退款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration file: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval threshold</source>
        <translation>审批阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk&apos;s daily limit</source>
        <translation>店员每日限额</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>0: no limit</source>
        <translation>0：不限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager&apos;s daily limit</source>
        <translation>经理每日限额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store&apos;s refund window</source>
        <translation>门店退款期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the gateways&apos; windows</source>
        <translation>仅按支付网关的期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout after five wrong PINs</source>
        <translation>五次 PIN 错误后锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in the store&apos;s currency (%1).</source>
        <translation>金额以门店币种（%1）计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk&apos;s refund above this needs a manager&apos;s PIN:</source>
        <translation>店员退款超过此金额需要经理 PIN：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clerk may refund per day:</source>
        <translation>店员每天可退款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager may refund per day:</source>
        <translation>经理每天可退款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds allowed for:</source>
        <translation>允许退款的期限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After five wrong PINs, lock the employee out for:</source>
        <translation>五次 PIN 错误后，将该员工锁定：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untick a gateway this store does not use: its sales can still be looked up in the ledger but not refunded. Credentials are kept in the system keychain and never shown again.</source>
        <translation>取消勾选本门店不使用的支付网关：其销售仍可在账本中查询，但不能退款。凭据保存在系统钥匙串中，不会再次显示。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pockyt SecurePay</source>
        <translation>Pockyt SecurePay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt address</source>
        <translation>Pockyt 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt merchant number</source>
        <translation>Pockyt 商户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pockyt store number</source>
        <translation>Pockyt 门店号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt settlement currency</source>
        <translation>Pockyt 结算币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pockyt API token</source>
        <translation>Pockyt API 令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+28"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Merchant no.:</source>
        <translation>商户号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store no.:</source>
        <translation>门店号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement currency:</source>
        <translation>结算币种：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token:</source>
        <translation>API 令牌：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PW v3</source>
        <translation>PW v3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3 address</source>
        <translation>PW v3 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3 API key</source>
        <translation>PW v3 API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway has enabled partial refunds for this account</source>
        <translation>支付网关已为此账户开通部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PW v3 partial refunds</source>
        <translation>PW v3 部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecPaid</source>
        <translation>SecPaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid address</source>
        <translation>SecPaid 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SecPaid token</source>
        <translation>SecPaid 令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PayNet DuitNow</source>
        <translation>PayNet DuitNow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayNet address</source>
        <translation>PayNet 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet client id</source>
        <translation>PayNet 客户端 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet merchant id</source>
        <translation>PayNet 商户 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet key name</source>
        <translation>PayNet 密钥名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant private key file</source>
        <translation>商户私钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file, readable by RefundDesk only</source>
        <translation>PEM 文件，仅限 RefundDesk 读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet public key file</source>
        <translation>PayNet 公钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file that verifies PayNet&apos;s webhooks</source>
        <translation>用于验证 PayNet webhook 的 PEM 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM 文件 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client id:</source>
        <translation>客户端 id：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant id:</source>
        <translation>商户 id：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name:</source>
        <translation>密钥名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant private key:</source>
        <translation>商户私钥：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant private key</source>
        <translation>商户私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNet public key:</source>
        <translation>PayNet 公钥：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PayNet public key</source>
        <translation>PayNet 公钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook listener address</source>
        <translation>Webhook 监听地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public webhook address</source>
        <translation>公开的 webhook 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pockyt and PayNet tell RefundDesk how a refund ended by calling it. When a public address is set, this desk listens on the listener address and the gateways are given {public address}/webhooks/pockyt and /webhooks/paynet. Leave the public address empty when another computer (refundctl serve) receives them.</source>
        <translation>Pockyt 和 PayNet 通过回调告知 RefundDesk 退款的最终结果。设置了公开地址后，本机在监听地址上接收回调，并向支付网关提供 {public address}/webhooks/pockyt 和 /webhooks/paynet。若由另一台电脑（refundctl serve）接收回调，请将公开地址留空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listen on (host:port):</source>
        <translation>监听（主机:端口）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address:</source>
        <translation>公开地址：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:9100, /dev/usb/lp0 or COM3; empty: none</source>
        <translation>HOST:9100、/dev/usb/lp0 或 COM3；留空：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed</source>
        <translation>串口速率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> baud</source>
        <translation> 波特</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt uses the computer&apos;s printers and shows a preview first. A thermal receipt printer (ESC/POS) can be named here.</source>
        <translation>“打印小票”使用电脑的打印机，并先显示预览。也可在此指定一台热敏小票打印机（ESC/POS）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt printer:</source>
        <translation>小票打印机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed (serial ports only):</source>
        <translation>串口速率（仅限串口）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email receipts through this mail server</source>
        <translation>通过此邮件服务器发送电子邮件小票</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server port</source>
        <translation>邮件服务器端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection security</source>
        <translation>连接安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>从一开始就使用 TLS（端口 465）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a relay on this computer only)</source>
        <translation>无（仅限本机上的中继）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail user</source>
        <translation>邮件用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no sign-in</source>
        <translation>留空：不登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail password</source>
        <translation>邮件密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the store&apos;s name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private CA file</source>
        <translation>私有 CA 文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: the system&apos;s</source>
        <translation>留空：使用系统的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours for this computer&apos;s user; applied at once.</source>
        <translation>此电脑用户的配色；立即生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of RefundDesk&apos;s texts for this computer&apos;s user. It changes the next time RefundDesk starts; amounts and dates keep following the store&apos;s locale.</source>
        <translation>此电脑用户的 RefundDesk 界面语言。将在 RefundDesk 下次启动时生效；金额和日期仍按门店的区域设置显示。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+24"/>
        <source>%1 is needed.</source>
        <translation>需要填写%1。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is not an ISO 4217 currency code like EUR.</source>
        <translation>%1 不是像 EUR 这样的 ISO 4217 币种代码。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A mail password needs the mail user it belongs to.</source>
        <translation>邮件密码需要对应的邮件用户。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the settings…</source>
        <translation>正在保存设置…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pockyt&apos;s API token</source>
        <translation>Pockyt 的 API 令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PW v3&apos;s API key</source>
        <translation>PW v3 的 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecPaid&apos;s token</source>
        <translation>SecPaid 的令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail password</source>
        <translation>邮件密码</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was not saved, and neither was anything else: %2</source>
        <translation>%1 未保存，其他设置也均未保存：%2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. RefundDesk starts its engine again with these settings.</source>
        <translation>已保存。RefundDesk 将以这些设置重新启动引擎。</translation>
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
        <translation>新 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to RefundDesk</source>
        <translation>登录 RefundDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · register %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 收银台 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employee:</source>
        <translation>员工(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo employees and their PINs: %1.</source>
        <translation>演示员工及其 PIN：%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This ledger has no employees yet. Create the first manager; they add everyone else under Settings.</source>
        <translation>此账本尚无员工。请创建第一位经理；其他人员由其在“设置”中添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>全名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits):</source>
        <translation>PIN（4 到 12 位数字）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>再次输入 PIN：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in problem</source>
        <translation>登录问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit RefundDesk</source>
        <translation>退出 RefundDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped. Enter the PIN again.</source>
        <translation>已停止。请重新输入 PIN。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the employee list…</source>
        <translation>正在读取员工名单…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The employee list cannot be read: %1</source>
        <translation>无法读取员工名单：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pick your name first.</source>
        <translation>请先选择您的姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your PIN (4 to 12 digits).</source>
        <translation>请输入您的 PIN（4 到 12 位数字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the PIN…</source>
        <translation>正在检查 PIN…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Try again after %2.</source>
        <translation>%1 请在 %2 之后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a user name without spaces.</source>
        <translation>请选择不含空格的用户名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ; enter the same PIN twice.</source>
        <translation>两次输入的 PIN 不同；请输入相同的 PIN 两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the first manager…</source>
        <translation>正在创建第一位经理…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SmtpClient</name>
    <message>
        <location filename="../core/receipts/SmtpClient.cpp" line="+91"/>
        <source>%1 The server said: %2</source>
        <translation>%1 服务器答复：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail server name %1 cannot be found; check [smtp] host.</source>
        <translation>找不到邮件服务器名称 %1；请检查 [smtp] host。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the mail server %1 (%2). Is it running, and are [smtp] host and port right?</source>
        <translation>无法连接邮件服务器 %1（%2）。服务器是否在运行？[smtp] host 和 port 是否正确？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 did not answer within %2 seconds.</source>
        <translation>邮件服务器 %1 在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 refused the login of %2; check [smtp] user and password.</source>
        <translation>邮件服务器 %1 拒绝了 %2 的登录；请检查 [smtp] user 和 password。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 does not offer STARTTLS. If it expects TLS from the start (port 465), set [smtp] security to tls.</source>
        <translation>邮件服务器 %1 不支持 STARTTLS。如果它要求一开始就使用 TLS（端口 465），请将 [smtp] security 设为 tls。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to the mail server %1 failed: %2. If the server uses a private certificate authority, name it in [smtp] ca_file.</source>
        <translation>与邮件服务器 %1 的安全连接失败：%2。如果服务器使用私有证书颁发机构，请在 [smtp] ca_file 中指定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the receipt was cancelled.</source>
        <translation>发送小票已取消。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server %1 broke off: %2</source>
        <translation>与邮件服务器 %1 的连接中断：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 refused the message to %2.</source>
        <translation>邮件服务器 %1 拒绝了发往 %2 的邮件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mail server %1 refused the message to %2 (%3).</source>
        <translation>邮件服务器 %1 拒绝了发往 %2 的邮件（%3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending through the mail server %1 failed: %2</source>
        <translation>通过邮件服务器 %1 发送失败：%2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The mail library could not start.</source>
        <translation>邮件库无法启动。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SmtpPasswordStore</name>
    <message>
        <location filename="../core/receipts/SmtpPasswordStore.cpp" line="+16"/>
        <source>The keychain holds no password for %1. Enter it in the mail settings, or set [smtp] password to env:NAME or file:PATH.</source>
        <translation>钥匙串中没有 %1 的密码。请在邮件设置中输入，或将 [smtp] password 设为 env:NAME 或 file:PATH。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keychain is available (%1). Set [smtp] password to env:NAME or file:PATH instead.</source>
        <translation>没有可用的系统钥匙串（%1）。请改为将 [smtp] password 设为 env:NAME 或 file:PATH。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the mail password: %1</source>
        <translation>钥匙串拒绝访问邮件密码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1). Set [smtp] password to env:NAME or file:PATH instead.</source>
        <translation>钥匙串出错（%1）。请改为将 [smtp] password 设为 env:NAME 或 file:PATH。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqlLedger</name>
    <message>
        <location filename="../core/ledger/SqlLedger.cpp" line="+88"/>
        <source>The ledger %1 holds %2 that this program cannot read; it may have been edited by hand.</source>
        <translation>账本 %1 中含有本程序无法读取的%2；它可能被手动编辑过。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail cannot be written or checked: this installation&apos;s audit key is not available.</source>
        <translation>无法写入或检查审计记录：此安装的审计密钥不可用。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The ledger %1 failed while %2: %3</source>
        <translation>账本 %1 在%2时失败：%3</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>storing several changes together</source>
        <translation>一并保存多项更改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading sales</source>
        <translation>读取销售记录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sale %1</source>
        <translation>销售 %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A sale cannot be stored without the gateway&apos;s transaction id.</source>
        <translation>没有支付网关的交易 id，无法保存销售。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storing sale %1</source>
        <translation>保存销售 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>sale %1, refused and then not found</source>
        <translation>销售 %1：被拒后又未找到</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gateway reports %1 for sale %2, but the ledger holds %3 for it; nothing was changed.</source>
        <translation>支付网关报告销售 %2 为 %1，但账本中记录为 %3；未做任何更改。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The ledger has no %1 sale with reference %2.</source>
        <translation>账本中没有参考号为 %2 的 %1 销售。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger has no %1 sale with transaction id %2.</source>
        <translation>账本中没有交易 id 为 %2 的 %1 销售。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The ledger has no sale number %1.</source>
        <translation>账本中没有编号为 %1 的销售。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading refunds</source>
        <translation>读取退款</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The ledger has no refund %1.</source>
        <translation>账本中没有退款 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>adding up the refunds of sale %1</source>
        <translation>汇总销售 %1 的退款</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>refunds of sale %1 (%2)</source>
        <translation>销售 %1 的退款（%2）</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>recording an event of refund %1</source>
        <translation>记录退款 %1 的事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journaling a refund of sale %1</source>
        <translation>为销售 %1 记录退款意图</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refund is in %1, but the sale was paid in %2.</source>
        <translation>退款以 %1 计，而销售以 %2 支付。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is more than the %2 left to refund on this sale (paid %3; refunded or in progress %4).</source>
        <translation>%1 超过这笔销售剩余可退的 %2（已支付 %3；已退或处理中 %4）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This sale already has %n refund(s), as many as its gateway allows per payment.</source>
        <translation>
            <numerusform>这笔销售已有 %n 笔退款，已达到其支付网关对每笔支付允许的上限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A refund with id %1 is already in the ledger.</source>
        <translation>账本中已有 id 为 %1 的退款。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>updating refund %1</source>
        <translation>更新退款 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund %1 is under review: only a person can close it.</source>
        <translation>退款 %1 正在复核：只有人员可以结束它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund %1 is %2 and cannot move to %3.</source>
        <translation>退款 %1 的状态为%2，不能变为%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing a refund under review needs a note saying why.</source>
        <translation>结束复核中的退款需要一条说明原因的备注。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund %1 already has the gateway refund id %2; the gateway now names it %3. Nothing was changed.</source>
        <translation>退款 %1 已有支付网关退款 id %2；支付网关现在称其为 %3。未做任何更改。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ledger has no %1 refund with the gateway refund id %2.</source>
        <translation>账本中没有支付网关退款 id 为 %2 的 %1 退款。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <source>counting refunds</source>
        <translation>统计退款</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adding up what %1 refunded today</source>
        <translation>汇总 %1 今天的退款</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>refunds of %1 in status &quot;%2&quot;</source>
        <translation>%1 状态为“%2”的退款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refunds of %1 (a sum of %2 minor units)</source>
        <translation>%1 的退款（合计 %2 个最小货币单位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunds of %1 (%2)</source>
        <translation>%1 的退款（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the events of refund %1</source>
        <translation>读取退款 %1 的事件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>event %1 of refund %2</source>
        <translation>退款 %2 的事件 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+37"/>
        <source>appending to the audit trail</source>
        <translation>追加审计记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>checking the audit trail</source>
        <translation>检查审计记录</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>reading the audit trail</source>
        <translation>读取审计记录</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqliteLedger</name>
    <message>
        <location filename="../core/ledger/SqliteLedger.cpp" line="+37"/>
        <source>The ledger %1 cannot be read: %2</source>
        <translation>无法读取账本 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RefundDesk ledger: it is not a SQLite database. It was left unchanged; choose another file.</source>
        <translation>%1 不是 RefundDesk 账本：它不是 SQLite 数据库。它保持不变；请选择其他文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+108"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>无法打开账本 %1：%2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The ledger %1 cannot be set up (%2): %3</source>
        <translation>无法设置账本 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ledger %1 cannot be opened: this SQLite does not enforce foreign keys.</source>
        <translation>无法打开账本 %1：此 SQLite 不强制外键约束。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ledger %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;); SQLite cannot share a file safely on some network drives.</source>
        <translation>账本 %1 无法使用预写日志（日志模式仍为“%2”）；在某些网络驱动器上 SQLite 无法安全地共享文件。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No ledger file was given.</source>
        <translation>未指定账本文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder, not a ledger file.</source>
        <translation>%1 是文件夹，不是账本文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger %1 cannot be created: its folder does not exist.</source>
        <translation>无法创建账本 %1：其所在文件夹不存在。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The ledger %1 is busy: another RefundDesk program kept it locked for more than %2 seconds while %3. Try again.</source>
        <translation>账本 %1 正忙：另一个 RefundDesk 程序在%3时将其锁定超过 %2 秒。请重试。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SqliteLedgerWatcher</name>
    <message>
        <location filename="../core/ledger/SqliteLedgerWatcher.cpp" line="+38"/>
        <source>The ledger %1 cannot be watched: there is no such file.</source>
        <translation>无法监视账本 %1：没有此文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>The ledger %1 cannot be watched: %2</source>
        <translation>无法监视账本 %1：%2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not a RefundDesk ledger yet: open it as a ledger before watching it.</source>
        <translation>%1 还不是 RefundDesk 账本：请先将其作为账本打开，再进行监视。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StartupScreen</name>
    <message>
        <location filename="../ui/StartupScreen.cpp" line="+17"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <translation>RefundDesk 无法启动的原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit RefundDesk</source>
        <translation>退出 RefundDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StatusCommand</name>
    <message>
        <location filename="../app/refundctl/StatusCommand.cpp" line="+13"/>
        <source>Shows a refund as the ledger has it.</source>
        <translation>显示账本中记录的一笔退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund&apos;s id (a UUID).</source>
        <translation>退款的 id（UUID）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: refundctl status REFUND_ID [--json]</source>
        <translation>用法：refundctl status REFUND_ID [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a refund id (a UUID).</source>
        <translation>“%1”不是退款 id（UUID）。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SyncCommand</name>
    <message>
        <location filename="../app/refundctl/SyncCommand.cpp" line="+14"/>
        <source>Follows up every refund that is still submitting or pending, once.</source>
        <translation>对每一笔仍在提交中或处理中的退款跟进一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 checked, %2 changed, %3 skipped</source>
        <translation>已检查 %1，已变更 %2，已跳过 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refund(s) could not be followed up; the first: %2</source>
        <translation>%1 笔退款无法跟进；第一笔：%2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransportOutcome</name>
    <message>
        <location filename="../core/gateways/TransportOutcome.cpp" line="+23"/>
        <source>The refund was cancelled before it was sent. Nothing was refunded.</source>
        <translation>退款在发送前已取消。未退回任何款项。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 RefundDesk will check with %2 whether the refund was made.</source>
        <translation>%1 RefundDesk 会向 %2 核实退款是否已完成。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UiLanguage</name>
    <message>
        <location filename="../core/i18n/UiLanguage.cpp" line="+75"/>
        <source>RefundDesk has no texts in the language &quot;%1&quot;; choose one of %2.</source>
        <translation>RefundDesk 没有“%1”语言的文本；请从 %2 中选择。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserCommand</name>
    <message>
        <location filename="../app/refundctl/UserCommand.cpp" line="+27"/>
        <source>Adds and lists employees. A new PIN is read from standard input.</source>
        <translation>添加和列出员工。新 PIN 从标准输入读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employee&apos;s user name (add).</source>
        <translation>员工的用户名（add）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk, manager or back_office.</source>
        <translation>clerk、manager 或 back_office。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name people see.</source>
        <translation>显示给他人看的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who adds the employee (default: refundctl).</source>
        <translation>添加员工的人（默认：refundctl）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role must be clerk, manager or back_office.</source>
        <translation>--role 必须是 clerk、manager 或 back_office。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserDirectory</name>
    <message>
        <location filename="../core/engine/UserDirectory.cpp" line="+23"/>
        <source>%1 is locked out after %2 wrong PINs until %3.</source>
        <translation>%1 因 %2 次 PIN 错误被锁定，直到 %3。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An employee needs a name without spaces around it.</source>
        <translation>员工姓名前后不能有空格。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1&apos;s account is disabled.</source>
        <translation>%1 的账户已停用。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wrong PIN. One more wrong PIN locks %1 out.</source>
        <translation>PIN 错误。再错一次 %1 将被锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. %1 more tries before %2 is locked out.</source>
        <translation>PIN 错误。再错 %1 次 %2 将被锁定。</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserStore</name>
    <message>
        <location filename="../core/engine/UserStore.cpp" line="+65"/>
        <location line="+25"/>
        <source>The employee list in %1 cannot be opened: %2</source>
        <translation>无法打开 %1 中的员工名单：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The employee list in %1 failed while %2: %3</source>
        <translation>%1 中的员工名单在%2时失败：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The employee %1 in %2 has the unknown role &quot;%3&quot;.</source>
        <translation>%2 中的员工 %1 具有未知角色“%3”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up employee %1</source>
        <translation>查找员工 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>There is no employee named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的员工。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>listing employees</source>
        <translation>列出员工</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adding employee %1</source>
        <translation>添加员工 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already an employee named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的员工。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>changing employee %1</source>
        <translation>更改员工 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>counting a wrong PIN of %1</source>
        <translation>记录 %1 的一次 PIN 错误</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>resetting the wrong PINs of %1</source>
        <translation>重置 %1 的 PIN 错误次数</translation>
    </message>
</context>
<context>
    <name>RefundDesk::WebhookReceiver</name>
    <message>
        <location filename="../core/webhooks/WebhookReceiver.cpp" line="+51"/>
        <source>The webhook address %1 is not an IP address.</source>
        <translation>Webhook 地址 %1 不是 IP 地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen for webhooks on %1:%2 (in use, or not allowed).</source>
        <translation>无法在 %1:%2 上监听 webhook（已被占用或不允许）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+92"/>
        <source>no webhook here</source>
        <translation>此处没有 webhook</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>not a POST</source>
        <translation>不是 POST</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>body over 64 KiB</source>
        <translation>正文超过 64 KiB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not about a refund</source>
        <translation>与退款无关</translation>
    </message>
</context>
</TS>
