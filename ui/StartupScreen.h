#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace RefundDesk {

class BusyPanel;

// What RefundDesk shows before the main window can: what it is doing (preparing the demo,
// reading the keychain, opening the ledger) with a way out, or why it cannot start and what
// to do about it.
class StartupScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StartupScreen(QWidget *parent = nullptr);

    void showProgress(const QString &text);
    void showProblem(const QString &problem);
    QString text() const;

Q_SIGNALS:
    void quitRequested();

private:
    BusyPanel *m_busy;
    QLabel *m_problem;
    QPushButton *m_quit;
};

} // namespace RefundDesk
