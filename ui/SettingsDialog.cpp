#include "SettingsDialog.h"

#include "Appearance.h"
#include "BusyPanel.h"
#include "ConfigFileEditor.h"
#include "CredentialStore.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "EmployeesPanel.h"
#include "MoneyValidator.h"
#include "SecretField.h"
#include "i18n/UiLanguage.h"
#include "receipts/SmtpPasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {

const QString kPockyt = QStringLiteral("gateway.pockyt");
const QString kPw = QStringLiteral("gateway.pwv3");
const QString kSecPaid = QStringLiteral("gateway.secpaid");
const QString kPayNet = QStringLiteral("gateway.paynet");

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                    const QString &placeholder = QString())
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QSpinBox *spinBox(QWidget *parent, const QString &objectName, const QString &accessibleName, int minimum, int maximum,
                  const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

QWidget *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

} // namespace

SettingsDialog::SettingsDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_credentials(new CredentialStore(this))
    , m_smtpPasswords(new SmtpPasswordStore(this))
    , m_tabs(new QTabWidget(this))
    , m_keychainNotice(new QLabel(this))
    , m_busy(new BusyPanel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_moneyValidator(new MoneyValidator(session.store().currency, session.store().locale, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("RefundDesk settings"));
    auto *layout = new QVBoxLayout(this);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setAccessibleName(tr("Keychain"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->hide();
    layout->addWidget(m_keychainNotice);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(scrolling(buildStoreTab()), tr("Store"));
    m_tabs->addTab(scrolling(buildLimitsTab()), tr("Approval && limits"));
    m_tabs->addTab(scrolling(buildGatewaysTab()), tr("Gateways"));
    m_employees = new EmployeesPanel(session, m_tabs);
    m_tabs->addTab(m_employees, tr("Employees"));
    m_tabs->addTab(scrolling(buildWebhooksTab()), tr("Webhooks"));
    m_tabs->addTab(scrolling(buildPrintersTab()), tr("Printers"));
    m_tabs->addTab(scrolling(buildEmailTab()), tr("Email"));
    m_tabs->addTab(scrolling(buildAppearanceTab()), tr("Appearance"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_busy);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setAccessibleName(tr("Settings problem"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(session.config());
    resize(760, 620);

    connect(m_credentials, &CredentialStore::probed, this, [this](const CredentialStore::Result &result) {
        m_keychainAvailable = result.ok;
        if (!result.ok) {
            m_keychainNotice->setText(tr("Credentials cannot be saved on this computer: %1").arg(result.message));
            QPalette palette = m_keychainNotice->palette();
            palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
            m_keychainNotice->setPalette(palette);
            m_keychainNotice->show();
        }
        Q_EMIT keychainProbed(result.ok);
    });
    m_credentials->probe();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildStoreTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_storeId = lineEdit(page, QStringLiteral("storeId"), tr("Store id"), tr("e.g. S1"));
    m_storeName = lineEdit(page, QStringLiteral("storeName"), tr("Store name"), tr("shown on receipts"));
    m_register = lineEdit(page, QStringLiteral("storeRegister"), tr("Register id"), tr("e.g. R2"));
    m_currency = lineEdit(page, QStringLiteral("storeCurrency"), tr("Store currency"), tr("ISO 4217, e.g. EUR"));
    m_currency->setMaxLength(3);
    m_locale =
        lineEdit(page, QStringLiteral("storeLocale"), tr("Store locale"), tr("e.g. de_DE; empty: this computer's"));
    m_syncInterval = spinBox(page, QStringLiteral("syncInterval"), tr("How often open refunds are followed up"), 1,
                             24 * 3600, tr(" s"));
    form->addRow(tr("Store id:"), m_storeId);
    form->addRow(tr("Store name:"), m_storeName);
    form->addRow(tr("Register:"), m_register);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Locale (how amounts are typed):"), m_locale);
    form->addRow(tr("Follow up open refunds every:"), m_syncInterval);
    form->addRow(note(tr("Configuration file: %1").arg(m_session.configPath()), page));
    return page;
}

QWidget *SettingsDialog::buildLimitsTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_threshold = lineEdit(page, QStringLiteral("approvalThreshold"), tr("Approval threshold"));
    m_clerkLimit = lineEdit(page, QStringLiteral("clerkDailyLimit"), tr("Clerk's daily limit"), tr("0: no limit"));
    m_managerLimit =
        lineEdit(page, QStringLiteral("managerDailyLimit"), tr("Manager's daily limit"), tr("0: no limit"));
    for (QLineEdit *edit : {m_threshold, m_clerkLimit, m_managerLimit}) {
        edit->setValidator(m_moneyValidator);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_refundWindow = spinBox(page, QStringLiteral("refundWindow"), tr("Store's refund window"), 0, 3650, tr(" days"));
    m_refundWindow->setSpecialValueText(tr("only the gateways' windows"));
    m_lockoutMinutes =
        spinBox(page, QStringLiteral("pinLockout"), tr("Lockout after five wrong PINs"), 1, 7 * 24 * 60, tr(" min"));
    form->addRow(note(tr("Amounts in the store's currency (%1).").arg(m_session.store().currency.code()), page));
    form->addRow(tr("A clerk's refund above this needs a manager's PIN:"), m_threshold);
    form->addRow(tr("A clerk may refund per day:"), m_clerkLimit);
    form->addRow(tr("A manager may refund per day:"), m_managerLimit);
    form->addRow(tr("Refunds allowed for:"), m_refundWindow);
    form->addRow(tr("After five wrong PINs, lock the employee out for:"), m_lockoutMinutes);
    return page;
}

QWidget *SettingsDialog::buildGatewaysTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Untick a gateway this store does not use: its sales can still be looked up in the "
                              "ledger but not refunded. Credentials are kept in the system keychain and never "
                              "shown again."),
                           page));
    const auto group = [page](const QString &title, const QString &objectName) {
        auto *box = new QGroupBox(title, page);
        box->setObjectName(objectName);
        box->setCheckable(true);
        box->setAccessibleName(title);
        return box;
    };

    m_pockyt = group(tr("Pockyt SecurePay"), QStringLiteral("pockytGroup"));
    auto *pockyt = new QFormLayout(m_pockyt);
    m_pockytUrl = lineEdit(m_pockyt, QStringLiteral("pockytUrl"), tr("Pockyt address"),
                           QStringLiteral("https://mapi.yuansfer.com"));
    m_pockytMerchant = lineEdit(m_pockyt, QStringLiteral("pockytMerchant"), tr("Pockyt merchant number"));
    m_pockytStore = lineEdit(m_pockyt, QStringLiteral("pockytStore"), tr("Pockyt store number"));
    m_pockytSettle =
        lineEdit(m_pockyt, QStringLiteral("pockytSettle"), tr("Pockyt settlement currency"), QStringLiteral("USD"));
    m_pockytToken = new SecretField(tr("Pockyt API token"), m_pockyt);
    m_pockytToken->setObjectName(QStringLiteral("pockytToken"));
    pockyt->addRow(tr("Address:"), m_pockytUrl);
    pockyt->addRow(tr("Merchant no.:"), m_pockytMerchant);
    pockyt->addRow(tr("Store no.:"), m_pockytStore);
    pockyt->addRow(tr("Settlement currency:"), m_pockytSettle);
    pockyt->addRow(tr("API token:"), m_pockytToken);
    layout->addWidget(m_pockyt);

    m_pw = group(tr("PW v3"), QStringLiteral("pwGroup"));
    auto *pw = new QFormLayout(m_pw);
    m_pwUrl = lineEdit(m_pw, QStringLiteral("pwUrl"), tr("PW v3 address"), QStringLiteral("https://api.example.com"));
    m_pwKey = new SecretField(tr("PW v3 API key"), m_pw);
    m_pwKey->setObjectName(QStringLiteral("pwKey"));
    m_pwPartial = new QCheckBox(tr("The gateway has enabled partial refunds for this account"), m_pw);
    m_pwPartial->setObjectName(QStringLiteral("pwPartial"));
    m_pwPartial->setAccessibleName(tr("PW v3 partial refunds"));
    pw->addRow(tr("Address:"), m_pwUrl);
    pw->addRow(tr("API key:"), m_pwKey);
    pw->addRow(QString(), m_pwPartial);
    layout->addWidget(m_pw);

    m_secPaid = group(tr("SecPaid"), QStringLiteral("secPaidGroup"));
    auto *secPaid = new QFormLayout(m_secPaid);
    m_secPaidUrl = lineEdit(m_secPaid, QStringLiteral("secPaidUrl"), tr("SecPaid address"),
                            QStringLiteral("https://app.secpaid.com"));
    m_secPaidToken = new SecretField(tr("SecPaid token"), m_secPaid);
    m_secPaidToken->setObjectName(QStringLiteral("secPaidToken"));
    secPaid->addRow(tr("Address:"), m_secPaidUrl);
    secPaid->addRow(tr("Token:"), m_secPaidToken);
    layout->addWidget(m_secPaid);

    m_payNet = group(tr("PayNet DuitNow"), QStringLiteral("payNetGroup"));
    auto *payNet = new QFormLayout(m_payNet);
    m_payNetUrl = lineEdit(m_payNet, QStringLiteral("payNetUrl"), tr("PayNet address"));
    m_payNetClient = lineEdit(m_payNet, QStringLiteral("payNetClient"), tr("PayNet client id"));
    m_payNetMerchant = lineEdit(m_payNet, QStringLiteral("payNetMerchant"), tr("PayNet merchant id"));
    m_payNetKeyName = lineEdit(m_payNet, QStringLiteral("payNetKeyName"), tr("PayNet key name"));
    m_payNetPrivateKey = lineEdit(m_payNet, QStringLiteral("payNetPrivateKey"), tr("Merchant private key file"),
                                  tr("PEM file, readable by RefundDesk only"));
    m_payNetPublicKey = lineEdit(m_payNet, QStringLiteral("payNetPublicKey"), tr("PayNet public key file"),
                                 tr("PEM file that verifies PayNet's webhooks"));
    const auto withBrowse = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *browse = new QPushButton(tr("Browse…"), edit->parentWidget());
        browse->setAccessibleName(tr("Choose the %1").arg(edit->accessibleName()));
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString path =
                QFileDialog::getOpenFileName(this, title, edit->text(), tr("PEM files (*.pem);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
        return row;
    };
    payNet->addRow(tr("Address:"), m_payNetUrl);
    payNet->addRow(tr("Client id:"), m_payNetClient);
    payNet->addRow(tr("Merchant id:"), m_payNetMerchant);
    payNet->addRow(tr("Key name:"), m_payNetKeyName);
    payNet->addRow(tr("Merchant private key:"), withBrowse(m_payNetPrivateKey, tr("Merchant private key")));
    payNet->addRow(tr("PayNet public key:"), withBrowse(m_payNetPublicKey, tr("PayNet public key")));
    layout->addWidget(m_payNet);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildWebhooksTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_listen = lineEdit(page, QStringLiteral("webhookListen"), tr("Webhook listener address"),
                        QStringLiteral("127.0.0.1:8089"));
    m_publicUrl = lineEdit(page, QStringLiteral("webhookPublicUrl"), tr("Public webhook address"),
                           QStringLiteral("https://store.example/refunddesk"));
    form->addRow(note(tr("Pockyt and PayNet tell RefundDesk how a refund ended by calling it. When a public address "
                         "is set, this desk listens on the listener address and the gateways are given "
                         "{public address}/webhooks/pockyt and /webhooks/paynet. Leave the public address empty "
                         "when another computer (refundctl serve) receives them."),
                      page));
    form->addRow(tr("Listen on (host:port):"), m_listen);
    form->addRow(tr("Public address:"), m_publicUrl);
    return page;
}

QWidget *SettingsDialog::buildPrintersTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_escPos = lineEdit(page, QStringLiteral("escPosTarget"), tr("Receipt printer"),
                        tr("HOST:9100, /dev/usb/lp0 or COM3; empty: none"));
    m_baud = spinBox(page, QStringLiteral("escPosBaud"), tr("Serial speed"), 50, 4000000, tr(" baud"));
    form->addRow(note(tr("Print receipt uses the computer's printers and shows a preview first. A thermal receipt "
                         "printer (ESC/POS) can be named here."),
                      page));
    form->addRow(tr("Receipt printer:"), m_escPos);
    form->addRow(tr("Serial speed (serial ports only):"), m_baud);
    return page;
}

QWidget *SettingsDialog::buildEmailTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_smtp = new QGroupBox(tr("Email receipts through this mail server"), page);
    m_smtp->setObjectName(QStringLiteral("smtpGroup"));
    m_smtp->setCheckable(true);
    auto *form = new QFormLayout(m_smtp);
    m_smtpHost = lineEdit(m_smtp, QStringLiteral("smtpHost"), tr("Mail server"), QStringLiteral("smtp.example.com"));
    m_smtpPort = spinBox(m_smtp, QStringLiteral("smtpPort"), tr("Mail server port"), 1, 65535, QString());
    m_smtpSecurity = new QComboBox(m_smtp);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurity"));
    m_smtpSecurity->setAccessibleName(tr("Connection security"));
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), smtpSecurityKey(SmtpSecurity::StartTls));
    m_smtpSecurity->addItem(tr("TLS from the start (port 465)"), smtpSecurityKey(SmtpSecurity::Tls));
    m_smtpSecurity->addItem(tr("None (a relay on this computer only)"), smtpSecurityKey(SmtpSecurity::None));
    m_smtpUser = lineEdit(m_smtp, QStringLiteral("smtpUser"), tr("Mail user"), tr("empty: no sign-in"));
    m_smtpPassword = new SecretField(tr("Mail password"), m_smtp);
    m_smtpPassword->setObjectName(QStringLiteral("smtpPassword"));
    m_smtpFrom =
        lineEdit(m_smtp, QStringLiteral("smtpFrom"), tr("Sender address"), QStringLiteral("receipts@store.example"));
    m_smtpFromName = lineEdit(m_smtp, QStringLiteral("smtpFromName"), tr("Sender name"), tr("the store's name"));
    m_smtpCaFile = lineEdit(m_smtp, QStringLiteral("smtpCaFile"), tr("Private CA file"), tr("empty: the system's"));
    form->addRow(tr("Server:"), m_smtpHost);
    form->addRow(tr("Port:"), m_smtpPort);
    form->addRow(tr("Security:"), m_smtpSecurity);
    form->addRow(tr("User:"), m_smtpUser);
    form->addRow(tr("Password:"), m_smtpPassword);
    form->addRow(tr("From:"), m_smtpFrom);
    form->addRow(tr("From name:"), m_smtpFromName);
    form->addRow(tr("CA file:"), m_smtpCaFile);
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto security = smtpSecurityFromKey(m_smtpSecurity->currentData().toString()))
            m_smtpPort->setValue(defaultSmtpPort(*security));
    });
    layout->addWidget(m_smtp);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildAppearanceTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Colours for this computer's user; applied at once."), page));
    m_system = new QRadioButton(tr("Like the &system"), page);
    m_light = new QRadioButton(tr("&Light"), page);
    m_dark = new QRadioButton(tr("&Dark"), page);
    m_system->setObjectName(QStringLiteral("appearanceSystem"));
    m_light->setObjectName(QStringLiteral("appearanceLight"));
    m_dark->setObjectName(QStringLiteral("appearanceDark"));
    const Appearance::Mode mode = Appearance::saved();
    m_system->setChecked(mode == Appearance::Mode::System);
    m_light->setChecked(mode == Appearance::Mode::Light);
    m_dark->setChecked(mode == Appearance::Mode::Dark);
    for (const auto &[button, choice] :
         {std::pair {m_system, Appearance::Mode::System}, std::pair {m_light, Appearance::Mode::Light},
          std::pair {m_dark, Appearance::Mode::Dark}}) {
        button->setAccessibleName(button->text().remove(u'&'));
        layout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [choice = choice](bool on) {
            if (!on)
                return;
            Appearance::save(choice);
            Appearance::apply(choice);
        });
    }

    // Saved at once like the colours, but the texts change only at the next start: every
    // screen would have to be built again.
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_language->addItem(choice.nativeName, choice.code);
    const QString savedLanguage = UiLanguage::codeFor(UiLanguage::saved());
    if (!savedLanguage.isEmpty())
        m_language->setCurrentIndex(m_language->findData(savedLanguage));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { UiLanguage::save(m_language->currentData().toString()); });
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language:"), m_language);
    layout->addSpacing(12);
    layout->addLayout(languageForm);
    layout->addWidget(note(tr("The language of RefundDesk's texts for this computer's user. It changes the next time "
                              "RefundDesk starts; amounts and dates keep following the store's locale."),
                           page));
    layout->addStretch(1);
    return page;
}

QString SettingsDialog::moneyText(qint64 minor) const
{
    return Money(minor, m_session.store().currency).toLocalizedNumber(m_session.store().locale);
}

std::optional<qint64> SettingsDialog::moneyMinor(QLineEdit *edit, QString *problem) const
{
    const MoneyResult parsed =
        m_moneyValidator->parse(edit->text().trimmed().isEmpty() ? QStringLiteral("0") : edit->text());
    if (!parsed.ok()) {
        *problem = tr("%1: %2").arg(edit->accessibleName(), parsed.message());
        return std::nullopt;
    }
    return parsed.value().minorUnits();
}

void SettingsDialog::load(const RefundDeskConfig &config)
{
    const StoreConfig &store = config.store;
    m_storeId->setText(store.id);
    m_storeName->setText(store.name);
    m_register->setText(store.registerId);
    m_currency->setText(store.currency.code());
    m_locale->setText(store.locale.name());
    m_syncInterval->setValue(config.sync.intervalSeconds);
    m_threshold->setText(moneyText(store.approvalThresholdMinor));
    m_clerkLimit->setText(moneyText(store.clerkDailyLimitMinor));
    m_managerLimit->setText(moneyText(store.managerDailyLimitMinor));
    m_refundWindow->setValue(store.refundWindowDays);
    m_lockoutMinutes->setValue(std::max(1, store.pinLockoutSeconds / 60));

    m_pockyt->setChecked(config.pockyt.has_value());
    if (config.pockyt) {
        m_pockytUrl->setText(urlText(config.pockyt->baseUrl));
        m_pockytMerchant->setText(config.pockyt->merchantNo);
        m_pockytStore->setText(config.pockyt->storeNo);
        m_pockytSettle->setText(config.pockyt->settleCurrency);
    }
    m_pw->setChecked(config.pwv3.has_value());
    if (config.pwv3) {
        m_pwUrl->setText(urlText(config.pwv3->baseUrl));
        m_pwPartial->setChecked(config.pwv3->partialRefunds);
    }
    m_secPaid->setChecked(config.secpaid.has_value());
    if (config.secpaid)
        m_secPaidUrl->setText(urlText(config.secpaid->baseUrl));
    m_payNet->setChecked(config.paynet.has_value());
    if (config.paynet) {
        m_payNetUrl->setText(urlText(config.paynet->baseUrl));
        m_payNetClient->setText(config.paynet->clientId);
        m_payNetMerchant->setText(config.paynet->merchantId);
        m_payNetKeyName->setText(config.paynet->keyName);
        m_payNetPrivateKey->setText(config.paynet->privateKeyPath);
        m_payNetPublicKey->setText(config.paynet->gatewayPublicKeyPath);
    }
    // The credentials as the file names them (the session's copy holds keychain values in memory).
    const RefundDeskConfig::Loaded written = RefundDeskConfig::load(m_session.configPath());
    const RefundDeskConfig &file = written.ok ? written.config : config;
    m_pockytToken->setCurrent(file.pockyt ? file.pockyt->apiToken : SecretValue());
    m_pwKey->setCurrent(file.pwv3 ? file.pwv3->apiKey : SecretValue());
    m_secPaidToken->setCurrent(file.secpaid ? file.secpaid->token : SecretValue());

    m_listen->setText(QStringLiteral("%1:%2").arg(config.webhooks.listenHost).arg(config.webhooks.listenPort));
    m_publicUrl->setText(urlText(config.webhooks.publicUrl));
    m_escPos->setText(config.printer.escpos);
    m_baud->setValue(config.printer.baudRate);

    m_smtp->setChecked(config.smtp.has_value());
    const SmtpConfig smtp = config.smtp.value_or(SmtpConfig());
    m_smtpHost->setText(smtp.host);
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(smtpSecurityKey(smtp.security)));
    m_smtpPort->setValue(smtp.port);
    m_smtpUser->setText(smtp.user);
    m_smtpPassword->setCurrent(!smtp.password.isEmpty() || smtp.user.isEmpty()
                                   ? smtp.password
                                   : SecretValue::inKeychain(SmtpPasswordStore::keyFor(smtp.user, smtp.host)));
    m_smtpFrom->setText(smtp.from);
    m_smtpFromName->setText(smtp.fromName);
    m_smtpCaFile->setText(smtp.caFile);
}

void SettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

bool SettingsDialog::isSaving() const
{
    return m_busy->isBusy();
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

QString SettingsDialog::keychainNotice() const
{
    return m_keychainNotice->isHidden() ? QString() : m_keychainNotice->text();
}

void SettingsDialog::setMessage(const QString &text, bool problem)
{
    DisplayFormat::showMessage(m_message, text, problem);
}

void SettingsDialog::fail(const QString &message)
{
    m_busy->stop();
    m_buttons->setEnabled(true);
    m_tabs->setEnabled(true);
    setMessage(message, true);
    Q_EMIT saveFinished(false, message);
}

QString SettingsDialog::check()
{
    const auto need = [this](QLineEdit *edit, Tab tab) -> QString {
        if (!edit->text().trimmed().isEmpty())
            return {};
        showTab(tab);
        edit->setFocus();
        return tr("%1 is needed.").arg(edit->accessibleName());
    };
    for (QLineEdit *edit : {m_storeId, m_currency}) {
        if (const QString problem = need(edit, Tab::Store); !problem.isEmpty())
            return problem;
    }
    if (!Currency::fromCode(m_currency->text().trimmed().toUpper())) {
        showTab(Tab::Store);
        m_currency->setFocus();
        return tr("%1 is not an ISO 4217 currency code like EUR.").arg(m_currency->text());
    }
    for (QLineEdit *edit : {m_threshold, m_clerkLimit, m_managerLimit}) {
        QString problem;
        if (!moneyMinor(edit, &problem)) {
            showTab(Tab::Limits);
            edit->setFocus();
            return problem;
        }
    }
    const auto needSecret = [this](QGroupBox *group, SecretField *field) -> QString {
        if (!group->isChecked() || field->isSet() || field->isReplaced())
            return {};
        showTab(Tab::Gateways);
        field->startReplacing();
        return tr("%1 is needed.").arg(field->name());
    };
    if (m_pockyt->isChecked()) {
        for (QLineEdit *edit : {m_pockytUrl, m_pockytMerchant, m_pockytStore}) {
            if (const QString problem = need(edit, Tab::Gateways); !problem.isEmpty())
                return problem;
        }
    }
    if (m_pw->isChecked()) {
        if (const QString problem = need(m_pwUrl, Tab::Gateways); !problem.isEmpty())
            return problem;
    }
    if (m_secPaid->isChecked()) {
        if (const QString problem = need(m_secPaidUrl, Tab::Gateways); !problem.isEmpty())
            return problem;
    }
    if (m_payNet->isChecked()) {
        for (QLineEdit *edit :
             {m_payNetUrl, m_payNetClient, m_payNetMerchant, m_payNetKeyName, m_payNetPrivateKey, m_payNetPublicKey}) {
            if (const QString problem = need(edit, Tab::Gateways); !problem.isEmpty())
                return problem;
        }
    }
    for (const auto &[group, field] :
         {std::pair {m_pockyt, m_pockytToken}, std::pair {m_pw, m_pwKey}, std::pair {m_secPaid, m_secPaidToken}}) {
        if (const QString problem = needSecret(group, field); !problem.isEmpty())
            return problem;
    }
    if (m_smtp->isChecked()) {
        for (QLineEdit *edit : {m_smtpHost, m_smtpFrom}) {
            if (const QString problem = need(edit, Tab::Email); !problem.isEmpty())
                return problem;
        }
        if (m_smtpPassword->isReplaced() && m_smtpUser->text().trimmed().isEmpty()) {
            showTab(Tab::Email);
            m_smtpUser->setFocus();
            return tr("A mail password needs the mail user it belongs to.");
        }
    }
    return {};
}

void SettingsDialog::save()
{
    if (isSaving())
        return;
    setMessage(QString(), false);
    if (const QString problem = check(); !problem.isEmpty()) {
        setMessage(problem, true);
        Q_EMIT saveFinished(false, problem);
        return;
    }
    m_buttons->setEnabled(false);
    m_tabs->setEnabled(false);
    m_busy->start(tr("Saving the settings…"), QString());

    QList<Secret> secrets;
    const auto gatewaySecret = [this, &secrets](const QString &what, QGroupBox *group, SecretField *field,
                                                const QString &section, const QString &key) {
        if (!group->isChecked() || !field->isReplaced())
            return;
        secrets.append(Secret {what, field, [this, value = field->newValue(), section, key](const auto &done) {
                                   auto connection = std::make_shared<QMetaObject::Connection>();
                                   *connection = connect(m_credentials, &CredentialStore::written, this,
                                                         [done, connection](const CredentialStore::Result &result) {
                                                             QObject::disconnect(*connection);
                                                             done(result.ok, result.message);
                                                         });
                                   m_credentials->write(CredentialStore::keyFor(section, key), value);
                               }});
    };
    gatewaySecret(tr("Pockyt's API token"), m_pockyt, m_pockytToken, kPockyt, QStringLiteral("api_token"));
    gatewaySecret(tr("PW v3's API key"), m_pw, m_pwKey, kPw, QStringLiteral("api_key"));
    gatewaySecret(tr("SecPaid's token"), m_secPaid, m_secPaidToken, kSecPaid, QStringLiteral("token"));
    if (m_smtp->isChecked() && m_smtpPassword->isReplaced()) {
        secrets.append(Secret {tr("The mail password"), m_smtpPassword,
                               [this, user = m_smtpUser->text().trimmed(), host = m_smtpHost->text().trimmed(),
                                value = m_smtpPassword->newValue()](const auto &done) {
                                   auto connection = std::make_shared<QMetaObject::Connection>();
                                   *connection = connect(m_smtpPasswords, &SmtpPasswordStore::writeFinished, this,
                                                         [done, connection](const SmtpPasswordStore::Result &result) {
                                                             QObject::disconnect(*connection);
                                                             done(result.ok, result.message);
                                                         });
                                   m_smtpPasswords->write(user, host, value);
                               }});
    }
    writeSecrets(secrets);
}

void SettingsDialog::writeSecrets(QList<Secret> secrets)
{
    if (secrets.isEmpty()) {
        writeFile();
        return;
    }
    const Secret secret = secrets.takeFirst();
    secret.write([this, secrets, what = secret.what](bool ok, const QString &message) {
        if (!ok) {
            fail(tr("%1 was not saved, and neither was anything else: %2").arg(what, message));
            return;
        }
        writeSecrets(secrets);
    });
}

void SettingsDialog::writeFile()
{
    const QString path = m_session.configPath();
    ConfigFileEditor::Loaded loaded = ConfigFileEditor::load(path);
    if (!loaded.ok) {
        fail(loaded.message);
        return;
    }
    ConfigFileEditor &file = loaded.editor;
    const QString store = QStringLiteral("store");
    file.setValue(store, QStringLiteral("id"), m_storeId->text().trimmed());
    file.setValue(store, QStringLiteral("name"), m_storeName->text().trimmed());
    file.setValue(store, QStringLiteral("register"), m_register->text().trimmed());
    file.setValue(store, QStringLiteral("currency"), m_currency->text().trimmed().toUpper());
    if (m_locale->text().trimmed().isEmpty())
        file.removeKey(store, QStringLiteral("locale"));
    else
        file.setValue(store, QStringLiteral("locale"), m_locale->text().trimmed());
    QString ignored;
    file.setValue(store, QStringLiteral("approval_threshold_minor"),
                  QString::number(moneyMinor(m_threshold, &ignored).value_or(0)));
    file.setValue(store, QStringLiteral("clerk_daily_limit_minor"),
                  QString::number(moneyMinor(m_clerkLimit, &ignored).value_or(0)));
    file.setValue(store, QStringLiteral("manager_daily_limit_minor"),
                  QString::number(moneyMinor(m_managerLimit, &ignored).value_or(0)));
    file.setValue(store, QStringLiteral("refund_window_days"), QString::number(m_refundWindow->value()));
    file.setValue(store, QStringLiteral("pin_lockout_seconds"), QString::number(m_lockoutMinutes->value() * 60));
    file.setValue(QStringLiteral("sync"), QStringLiteral("interval_seconds"), QString::number(m_syncInterval->value()));

    const auto credential = [&file](const QString &section, const QString &key, SecretField *field) {
        if (field->isReplaced())
            file.setValue(section, key, SecretValue::inKeychain(CredentialStore::keyFor(section, key)).describe());
    };
    if (m_pockyt->isChecked()) {
        file.setValue(kPockyt, QStringLiteral("base_url"), m_pockytUrl->text().trimmed());
        file.setValue(kPockyt, QStringLiteral("merchant_no"), m_pockytMerchant->text().trimmed());
        file.setValue(kPockyt, QStringLiteral("store_no"), m_pockytStore->text().trimmed());
        file.setValue(kPockyt, QStringLiteral("settle_currency"),
                      m_pockytSettle->text().trimmed().isEmpty() ? QStringLiteral("USD")
                                                                 : m_pockytSettle->text().trimmed().toUpper());
        credential(kPockyt, QStringLiteral("api_token"), m_pockytToken);
    } else {
        file.removeSection(kPockyt);
    }
    if (m_pw->isChecked()) {
        file.setValue(kPw, QStringLiteral("base_url"), m_pwUrl->text().trimmed());
        file.setValue(kPw, QStringLiteral("partial_refunds"),
                      m_pwPartial->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
        credential(kPw, QStringLiteral("api_key"), m_pwKey);
    } else {
        file.removeSection(kPw);
    }
    if (m_secPaid->isChecked()) {
        file.setValue(kSecPaid, QStringLiteral("base_url"), m_secPaidUrl->text().trimmed());
        credential(kSecPaid, QStringLiteral("token"), m_secPaidToken);
    } else {
        file.removeSection(kSecPaid);
    }
    if (m_payNet->isChecked()) {
        file.setValue(kPayNet, QStringLiteral("base_url"), m_payNetUrl->text().trimmed());
        file.setValue(kPayNet, QStringLiteral("client_id"), m_payNetClient->text().trimmed());
        file.setValue(kPayNet, QStringLiteral("merchant_id"), m_payNetMerchant->text().trimmed());
        file.setValue(kPayNet, QStringLiteral("key_name"), m_payNetKeyName->text().trimmed());
        file.setValue(kPayNet, QStringLiteral("private_key"), m_payNetPrivateKey->text().trimmed());
        file.setValue(kPayNet, QStringLiteral("gateway_public_key"), m_payNetPublicKey->text().trimmed());
    } else {
        file.removeSection(kPayNet);
    }

    const QString webhooks = QStringLiteral("webhooks");
    file.setValue(webhooks, QStringLiteral("listen"), m_listen->text().trimmed());
    if (m_publicUrl->text().trimmed().isEmpty())
        file.removeKey(webhooks, QStringLiteral("public_url"));
    else
        file.setValue(webhooks, QStringLiteral("public_url"), m_publicUrl->text().trimmed());

    const QString printer = QStringLiteral("printer");
    if (m_escPos->text().trimmed().isEmpty())
        file.removeKey(printer, QStringLiteral("escpos"));
    else
        file.setValue(printer, QStringLiteral("escpos"), m_escPos->text().trimmed());
    file.setValue(printer, QStringLiteral("baud_rate"), QString::number(m_baud->value()));

    const QString smtp = QStringLiteral("smtp");
    if (m_smtp->isChecked()) {
        file.setValue(smtp, QStringLiteral("host"), m_smtpHost->text().trimmed());
        file.setValue(smtp, QStringLiteral("port"), QString::number(m_smtpPort->value()));
        file.setValue(smtp, QStringLiteral("security"), m_smtpSecurity->currentData().toString());
        file.setValue(smtp, QStringLiteral("user"), m_smtpUser->text().trimmed());
        if (m_smtpPassword->isReplaced())
            file.removeKey(smtp, QStringLiteral("password")); // empty: read from the keychain
        file.setValue(smtp, QStringLiteral("from"), m_smtpFrom->text().trimmed());
        file.setValue(smtp, QStringLiteral("from_name"), m_smtpFromName->text().trimmed());
        if (m_smtpCaFile->text().trimmed().isEmpty())
            file.removeKey(smtp, QStringLiteral("ca_file"));
        else
            file.setValue(smtp, QStringLiteral("ca_file"), m_smtpCaFile->text().trimmed());
    } else {
        file.removeSection(smtp);
    }

    // Read back exactly as every program will, before the old file is replaced.
    const QString trial = path + QStringLiteral(".check");
    if (const QString written = file.save(trial); !written.isEmpty()) {
        fail(written);
        return;
    }
    const RefundDeskConfig::Loaded checked = RefundDeskConfig::load(trial);
    QFile::remove(trial);
    if (!checked.ok) {
        fail(tr("Not saved: %1").arg(checked.errors.join(QStringLiteral("\n"))));
        return;
    }
    if (const QString written = file.save(path); !written.isEmpty()) {
        fail(written);
        return;
    }
    m_busy->stop();
    m_buttons->setEnabled(true);
    m_tabs->setEnabled(true);
    setMessage(tr("Saved. RefundDesk starts its engine again with these settings."), false);
    Q_EMIT saveFinished(true, m_message->text());
    Q_EMIT configurationSaved();
    accept();
}

} // namespace RefundDesk
