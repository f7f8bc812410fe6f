#include "SecretField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace RefundDesk {

SecretField::SecretField(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_name(accessibleName)
    , m_state(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_replace(new QPushButton(tr("Replace…"), this))
    , m_keep(new QPushButton(tr("Keep the saved one"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setAccessibleName(accessibleName);
    m_edit->setAccessibleName(tr("New %1").arg(accessibleName));
    m_edit->setEchoMode(QLineEdit::Password);
    m_replace->setAccessibleName(tr("Replace %1").arg(accessibleName));
    m_keep->setAccessibleName(tr("Keep the saved %1").arg(accessibleName));
    layout->addWidget(m_state, 1);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_keep);
    setFocusProxy(m_replace);
    connect(m_replace, &QPushButton::clicked, this, &SecretField::startReplacing);
    connect(m_keep, &QPushButton::clicked, this, &SecretField::keep);
    keep();
}

void SecretField::setCurrent(const SecretValue &value)
{
    m_current = value;
    keep();
}

QString SecretField::stateText() const
{
    if (m_current.isEmpty())
        return tr("Not set");
    if (!m_current.keychainKey().isEmpty())
        return tr("Saved in the keychain");
    const QString described = m_current.describe();
    if (described.startsWith(u"env:"))
        return tr("From the environment variable %1").arg(described.mid(4));
    if (described.startsWith(u"file:"))
        return tr("From the file %1").arg(described.mid(5));
    return tr("•••• (written in the configuration file; Replace moves it to the keychain)");
}

void SecretField::keep()
{
    m_edit->clear();
    m_edit->hide();
    m_keep->hide();
    m_state->setText(stateText());
    m_state->show();
    m_replace->setText(m_current.isEmpty() ? tr("Enter…") : tr("Replace…"));
    m_replace->show();
    setFocusProxy(m_replace);
}

void SecretField::startReplacing()
{
    m_state->hide();
    m_replace->hide();
    m_edit->show();
    m_keep->setVisible(!m_current.isEmpty());
    setFocusProxy(m_edit);
    m_edit->setFocus();
}

bool SecretField::isReplaced() const
{
    return !m_edit->isHidden() && !m_edit->text().isEmpty();
}

QString SecretField::newValue() const
{
    return isReplaced() ? m_edit->text() : QString();
}

} // namespace RefundDesk
