#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace RefundDesk {

// What a screen shows while something slow runs: what is happening, a moving bar, and a way
// out (the button's text says what it does: "Cancel", "Don't wait"). Hidden when idle.
class BusyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BusyPanel(QWidget *parent = nullptr);

    void start(const QString &text, const QString &wayOut);
    void stop();
    bool isBusy() const { return m_busy; }
    QString text() const;

Q_SIGNALS:
    void wayOutClicked();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_button;
    bool m_busy = false;
};

} // namespace RefundDesk
