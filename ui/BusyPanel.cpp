#include "BusyPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace RefundDesk {

BusyPanel::BusyPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("busyPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0); // how long a gateway takes is unknown: a moving bar, not a fake percentage
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Working"));
    m_button->setObjectName(QStringLiteral("busyWayOut"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &BusyPanel::wayOutClicked);
    hide();
}

void BusyPanel::start(const QString &text, const QString &wayOut)
{
    m_label->setText(text);
    m_button->setText(wayOut);
    m_button->setAccessibleName(wayOut);
    m_button->setVisible(!wayOut.isEmpty());
    m_busy = true;
    show();
}

void BusyPanel::stop()
{
    m_busy = false;
    hide();
}

QString BusyPanel::text() const
{
    return m_label->text();
}

} // namespace RefundDesk
