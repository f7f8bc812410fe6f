#pragma once

#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

// A credential as written in the configuration: the literal, "env:NAME" (read from the
// environment), "file:PATH" (read from a file, trailing newline removed) or "keychain:KEY"
// (kept in the system keychain by the desktop application's settings). Resolution happens
// when the value is needed, so the configuration file itself can stay free of secrets on a
// store server. The keychain answers asynchronously, so resolve() cannot read it: the desktop
// application reads keychain entries before it starts the engine and hands the engine the
// values (SecretValue(value)); anything else meeting "keychain:" is told to use env: or file:.
class SecretValue
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SecretValue)

public:
    SecretValue() = default;
    explicit SecretValue(QString written)
        : m_written(std::move(written))
    { }

    bool isEmpty() const { return m_written.isEmpty(); }
    // How the configuration names it, safe to show: "env:POCKYT_TOKEN", "file:/etc/x",
    // "keychain:gateway.pockyt/api_token", or "****".
    QString describe() const;
    // "keychain:KEY": the KEY, else empty.
    QString keychainKey() const;
    static SecretValue inKeychain(const QString &key);

    struct Resolved
    {
        bool ok = false;
        QString value;
        QString message; // why not, in plain words, never containing the secret
    };
    Resolved resolve() const;

private:
    QString m_written;
};

} // namespace RefundDesk
