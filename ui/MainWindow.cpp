#include "MainWindow.h"

#include "BackOfficePage.h"
#include "CounterPage.h"
#include "DeskSession.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "scan/ScannerWedgeDetector.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace RefundDesk {

MainWindow::MainWindow(DeskSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_counter(new CounterPage(session, m_tabs))
    , m_backOffice(new BackOfficePage(session, m_tabs))
    , m_who(new QLabel(this))
    , m_settings(new QPushButton(tr("Se&ttings…"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
    , m_scanner(new ScannerWedgeDetector(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(session.isDemo() ? tr("RefundDesk — DEMO") : tr("RefundDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (session.isDemo()) {
        auto *banner =
            new QLabel(tr("DEMO — refunds go to the built-in gateway sandbox; no real money moves"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAccessibleName(tr("Demo mode"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setWordWrap(true);
        // Fixed colours on purpose: the banner must look the same, and loud, in every palette.
        banner->setStyleSheet(QStringLiteral("background:#b45309;color:white;font-weight:bold;padding:6px;"));
        layout->addWidget(banner);
    }
    auto *header = new QHBoxLayout;
    header->setContentsMargins(9, 6, 9, 6);
    auto *store = new QLabel(tr("<b>%1</b> · register %2")
                                 .arg(session.store().name.toHtmlEscaped(), session.store().registerId.toHtmlEscaped()),
                             central);
    store->setObjectName(QStringLiteral("storeName"));
    store->setWordWrap(true); // a narrow window wraps the header instead of overlapping it
    header->addWidget(store, 1);
    m_who->setObjectName(QStringLiteral("signedInAs"));
    m_who->setAccessibleName(tr("Signed in as"));
    m_who->setWordWrap(true);
    m_who->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_who, 1);
    header->addSpacing(8);
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_settings->setAccessibleName(tr("Settings"));
    m_settings->setFocusPolicy(Qt::NoFocus);
    header->addWidget(m_settings);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOut->setFocusPolicy(Qt::NoFocus);
    header->addWidget(m_signOut);
    layout->addLayout(header);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Screens"));
    m_tabs->addTab(m_counter, tr("&Counter"));
    m_tabs->addTab(m_backOffice, tr("&Back office"));
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus); // Tab moves between fields, not screens
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connect(m_settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_signOut, &QPushButton::clicked, this, &MainWindow::signOut);
    connect(&m_session, &DeskSession::userChanged, this, &MainWindow::onUserChanged);
    connect(m_counter, &CounterPage::notice, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == static_cast<int>(Tab::Counter))
            m_counter->setFocus();
    });
    qApp->installEventFilter(m_scanner);
    connect(m_scanner, &ScannerWedgeDetector::scanned, this, [this](const QString &text) {
        if (!m_session.signedIn() || QApplication::activeModalWidget())
            return;
        showTab(Tab::Counter);
        m_counter->lookUp(text);
    });
    auto *counterKey = new QShortcut(QKeySequence(tr("Ctrl+1")), this);
    connect(counterKey, &QShortcut::activated, this, [this] { showTab(Tab::Counter); });
    auto *backOfficeKey = new QShortcut(QKeySequence(tr("Ctrl+2")), this);
    connect(backOfficeKey, &QShortcut::activated, this, [this] { showTab(Tab::BackOffice); });

    setMinimumSize(480, 360);
    resize(1100, 720);
    onUserChanged();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_scanner);
}

void MainWindow::showTab(Tab tab)
{
    if (isTabAvailable(tab))
        m_tabs->setCurrentIndex(static_cast<int>(tab));
}

bool MainWindow::isTabAvailable(Tab tab) const
{
    return m_tabs->isTabEnabled(static_cast<int>(tab)) && m_tabs->isTabVisible(static_cast<int>(tab));
}

void MainWindow::onUserChanged()
{
    const bool signedIn = m_session.signedIn();
    const Role role = m_session.user().role;
    const bool backOffice = signedIn && role != Role::Clerk;
    m_tabs->setTabVisible(static_cast<int>(Tab::BackOffice), backOffice);
    m_tabs->setTabEnabled(static_cast<int>(Tab::BackOffice), backOffice);
    m_settings->setVisible(backOffice);
    m_signOut->setVisible(signedIn);
    m_tabs->setEnabled(signedIn);
    m_who->setText(signedIn ? tr("%1 · %2").arg(m_session.user().displayName, roleDisplayName(role)) : QString());
    if (!backOffice)
        showTab(Tab::Counter);
    if (signedIn && role == Role::BackOffice)
        showTab(Tab::BackOffice);
}

void MainWindow::requestSignIn()
{
    auto *dialog = new SignInDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::rejected, this, &QWidget::close);
    connect(dialog, &QDialog::accepted, this, [this] {
        activateWindow();
        if (m_session.user().role != Role::BackOffice)
            showTab(Tab::Counter);
        m_counter->backToSearch();
    });
    dialog->open();
}

void MainWindow::signOut()
{
    if (m_counter->isBusy()) {
        statusBar()->showMessage(tr("Wait until the refund has an answer, or press Don't wait, then sign out."));
        return;
    }
    m_session.signOut();
    m_counter->backToSearch();
    requestSignIn();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::configurationSaved, this, &MainWindow::configurationSaved);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_counter->isBusy()) {
        // Closing is safe (the refund was journaled and the next start follows it up), but say so.
        statusBar()->showMessage(tr("A refund is on its way; RefundDesk follows it up at the next start."));
    }
    event->accept();
}

} // namespace RefundDesk
