#pragma once

#include "config/RefundDeskConfig.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace RefundDesk {

class BusyPanel;
class ConfigFileEditor;
class CredentialStore;
class DeskSession;
class EmployeesPanel;
class MoneyValidator;
class SecretField;
class SmtpPasswordStore;

// Settings: the store, approval threshold and limits, the gateway accounts, employees (roles
// and PINs), the webhook listener, printers, email (SMTP) and the light or dark palette.
// Credentials go to the system keychain (CredentialStore, SmtpPasswordStore) and are never
// shown back; without a keychain the dialog says so and refuses to save them anywhere else.
// Everything else is written to the configuration file (ConfigFileEditor keeps its comments),
// checked by reading it back with RefundDeskConfig::load before it replaces the old file;
// then configurationSaved() restarts the engine with it. Employees and the palette change at
// once, without Save.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tab { Store, Limits, Gateways, Employees, Webhooks, Printers, Email, Appearance };

    explicit SettingsDialog(DeskSession &session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showTab(Tab tab);
    void save();
    bool isSaving() const;
    QString message() const;
    // After the keychain was probed: why credentials cannot be saved here ("" when they can).
    QString keychainNotice() const;
    EmployeesPanel *employees() const { return m_employees; }

Q_SIGNALS:
    void keychainProbed(bool available);
    void saveFinished(bool ok, const QString &message);
    void configurationSaved();

private:
    struct Secret
    {
        QString what; // for people: "Pockyt's API token"
        SecretField *field;
        std::function<void(const std::function<void(bool, const QString &)> &)> write;
    };

    QWidget *buildStoreTab();
    QWidget *buildLimitsTab();
    QWidget *buildGatewaysTab();
    QWidget *buildWebhooksTab();
    QWidget *buildPrintersTab();
    QWidget *buildEmailTab();
    QWidget *buildAppearanceTab();
    void load(const RefundDeskConfig &config);
    // Empty when the form can be saved; otherwise why not (and the field gets the focus).
    QString check();
    void writeSecrets(QList<Secret> secrets);
    void writeFile();
    void fail(const QString &message);
    void setMessage(const QString &text, bool problem);
    QString moneyText(qint64 minor) const;
    std::optional<qint64> moneyMinor(QLineEdit *edit, QString *problem) const;

    DeskSession &m_session;
    CredentialStore *m_credentials;
    SmtpPasswordStore *m_smtpPasswords;
    QTabWidget *m_tabs;
    QLabel *m_keychainNotice;
    BusyPanel *m_busy;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_keychainAvailable = false;

    // Store
    QLineEdit *m_storeId;
    QLineEdit *m_storeName;
    QLineEdit *m_register;
    QLineEdit *m_currency;
    QLineEdit *m_locale;
    QSpinBox *m_syncInterval;
    // Limits
    MoneyValidator *m_moneyValidator;
    QLineEdit *m_threshold;
    QLineEdit *m_clerkLimit;
    QLineEdit *m_managerLimit;
    QSpinBox *m_refundWindow;
    QSpinBox *m_lockoutMinutes;
    // Gateways
    QGroupBox *m_pockyt;
    QLineEdit *m_pockytUrl;
    QLineEdit *m_pockytMerchant;
    QLineEdit *m_pockytStore;
    QLineEdit *m_pockytSettle;
    SecretField *m_pockytToken;
    QGroupBox *m_pw;
    QLineEdit *m_pwUrl;
    SecretField *m_pwKey;
    QCheckBox *m_pwPartial;
    QGroupBox *m_secPaid;
    QLineEdit *m_secPaidUrl;
    SecretField *m_secPaidToken;
    QGroupBox *m_payNet;
    QLineEdit *m_payNetUrl;
    QLineEdit *m_payNetClient;
    QLineEdit *m_payNetMerchant;
    QLineEdit *m_payNetKeyName;
    QLineEdit *m_payNetPrivateKey;
    QLineEdit *m_payNetPublicKey;
    // Employees
    EmployeesPanel *m_employees;
    // Webhooks
    QLineEdit *m_listen;
    QLineEdit *m_publicUrl;
    // Printers
    QLineEdit *m_escPos;
    QSpinBox *m_baud;
    // Email
    QGroupBox *m_smtp;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity;
    QLineEdit *m_smtpUser;
    SecretField *m_smtpPassword;
    QLineEdit *m_smtpFrom;
    QLineEdit *m_smtpFromName;
    QLineEdit *m_smtpCaFile;
    // Appearance
    QRadioButton *m_system;
    QRadioButton *m_light;
    QRadioButton *m_dark;
    QComboBox *m_language;
};

} // namespace RefundDesk
