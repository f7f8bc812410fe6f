#pragma once

#include "config/SecretValue.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace RefundDesk {

// A credential in the settings: never shown back in clear. It says where the saved one is
// ("Saved in the keychain", "From the environment variable POCKYT_TOKEN", "••••" for a value
// written in the file) and offers Replace, which opens an empty password field for a new one.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    SecretField(const QString &accessibleName, QWidget *parent = nullptr);

    void setCurrent(const SecretValue &value);
    bool isSet() const { return !m_current.isEmpty(); }
    // Replace was pressed and something typed.
    bool isReplaced() const;
    QString newValue() const;
    QString stateText() const;
    QLineEdit *editor() const { return m_edit; }
    // What the credential is called ("Pockyt's API token"), for messages about it.
    const QString &name() const { return m_name; }
    void startReplacing();

private:
    void keep();

    QString m_name;
    SecretValue m_current;
    QLabel *m_state;
    QLineEdit *m_edit;
    QPushButton *m_replace;
    QPushButton *m_keep;
};

} // namespace RefundDesk
