#pragma once

#include <QMainWindow>

class QLabel;
class QPushButton;
class QTabWidget;

namespace RefundDesk {

class BackOfficePage;
class CounterPage;
class DeskSession;
class ScannerWedgeDetector;

// The application shell: the counter and the back office as tabs, who is signed in, Settings
// and Sign out, and in the demo a banner nobody can miss. Role-aware: clerks see the counter,
// managers also the back office and Settings, back-office staff everything (the engine
// enforces roles; the shell only reflects them). A USB scanner's burst reaches the counter's
// lookup from any tab (ScannerWedgeDetector on the application).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Counter, BackOffice };

    explicit MainWindow(DeskSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    CounterPage *counter() const { return m_counter; }
    BackOfficePage *backOffice() const { return m_backOffice; }
    void showTab(Tab tab);
    bool isTabAvailable(Tab tab) const;

    // Asks who is working (SignInDialog); quitting it closes the window.
    void requestSignIn();
    void openSettings();

Q_SIGNALS:
    // The settings were saved to the configuration file: the engine must start again with them.
    void configurationSaved();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onUserChanged();
    void signOut();

    DeskSession &m_session;
    QTabWidget *m_tabs;
    CounterPage *m_counter;
    BackOfficePage *m_backOffice;
    QLabel *m_who;
    QPushButton *m_settings;
    QPushButton *m_signOut;
    ScannerWedgeDetector *m_scanner;
};

} // namespace RefundDesk
