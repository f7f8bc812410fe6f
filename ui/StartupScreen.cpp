#include "StartupScreen.h"

#include "BusyPanel.h"
#include "DisplayFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace RefundDesk {

StartupScreen::StartupScreen(QWidget *parent)
    : QWidget(parent)
    , m_busy(new BusyPanel(this))
    , m_problem(new QLabel(this))
    , m_quit(new QPushButton(tr("&Quit"), this))
{
    setObjectName(QStringLiteral("startupScreen"));
    setWindowTitle(tr("RefundDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("RefundDesk"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    layout->addWidget(m_busy);
    m_problem->setObjectName(QStringLiteral("startupProblem"));
    m_problem->setAccessibleName(tr("Why RefundDesk cannot start"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_quit->setAccessibleName(tr("Quit RefundDesk"));
    buttons->addWidget(m_quit);
    layout->addLayout(buttons);
    connect(m_quit, &QPushButton::clicked, this, &StartupScreen::quitRequested);
    connect(m_busy, &BusyPanel::wayOutClicked, this, &StartupScreen::quitRequested);
    resize(520, 220);
}

void StartupScreen::showProgress(const QString &text)
{
    m_problem->hide();
    m_busy->start(text, tr("Cancel"));
}

void StartupScreen::showProblem(const QString &problem)
{
    m_busy->stop();
    m_problem->setText(problem);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
    m_problem->setPalette(palette);
    m_problem->show();
    m_quit->setFocus();
}

QString StartupScreen::text() const
{
    return m_problem->isHidden() ? m_busy->text() : m_problem->text();
}

} // namespace RefundDesk
