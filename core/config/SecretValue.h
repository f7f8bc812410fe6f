#pragma once

#include <QString>

namespace RefundDesk {

// A credential as written in the configuration: the literal, "env:NAME" (read from the
// environment) or "file:PATH" (read from a file, trailing newline removed). Resolution
// happens when the value is needed, so the configuration file itself can stay free of
// secrets on a store server.
class SecretValue
{
public:
    SecretValue() = default;
    explicit SecretValue(QString written)
        : m_written(std::move(written))
    { }

    bool isEmpty() const { return m_written.isEmpty(); }
    // How the configuration names it, safe to show: "env:POCKYT_TOKEN", "file:/etc/x", or "****".
    QString describe() const;

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
