#include "NeedsReviewPanel.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "RefundsTableModel.h"
#include "engine/RefundEngine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {

NeedsReviewPanel::NeedsReviewPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RefundsTableModel(session, this))
    , m_table(new QTableView(this))
    , m_resolution(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_resolve(new QPushButton(tr("&Close the review"), this))
    , m_why(new QLabel(this))
    , m_busy(new BusyPanel(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("These refunds have no certain outcome. Look each one up in the gateway's report, "
                                  "then close it with what really happened and how you know."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Refunds that need review"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RefundsTableModel::Message, QHeaderView::Stretch);
    for (const int column : {RefundsTableModel::Created, RefundsTableModel::Gateway, RefundsTableModel::Amount,
                             RefundsTableModel::Status, RefundsTableModel::Employee})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(RefundsTableModel::RefundId, true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_resolution->setObjectName(QStringLiteral("reviewResolution"));
    m_resolution->setAccessibleName(tr("What really happened"));
    m_resolution->addItem(tr("Succeeded: the gateway's report shows the money went back"),
                          refundStatusKey(RefundStatus::Succeeded));
    m_resolution->addItem(tr("Rejected: the gateway refused it; no money went back"),
                          refundStatusKey(RefundStatus::Rejected));
    m_resolution->addItem(tr("Failed: the refund never happened; the amount is free again"),
                          refundStatusKey(RefundStatus::Failed));
    auto *resolutionLabel = new QLabel(tr("&Outcome:"), this);
    resolutionLabel->setBuddy(m_resolution);
    form->addRow(resolutionLabel, m_resolution);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setAccessibleName(tr("Note: how you know"));
    m_note->setPlaceholderText(tr("e.g. PayNet settlement report of 12 March, line 4: accepted"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    m_resolve->setObjectName(QStringLiteral("reviewResolve"));
    m_resolve->setAccessibleName(tr("Close the selected review"));
    m_why->setObjectName(QStringLiteral("reviewWhy"));
    m_why->setWordWrap(true);
    row->addWidget(m_resolve);
    row->addWidget(m_why, 1);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setAccessibleName(tr("Review result"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    RefundFilter filter;
    filter.statuses = {RefundStatus::NeedsReview};
    filter.newestFirst = false;
    m_model->setFilter(filter);
    connect(m_model, &RefundsTableModel::loaded, this, [this] {
        updateButton();
        Q_EMIT countChanged(m_model->totalCount());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NeedsReviewPanel::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NeedsReviewPanel::updateButton);
    connect(m_note, &QPlainTextEdit::textChanged, this, &NeedsReviewPanel::updateButton);
    connect(&m_session, &DeskSession::userChanged, this, &NeedsReviewPanel::updateButton);
    connect(m_resolve, &QPushButton::clicked, this, &NeedsReviewPanel::resolve);
    connect(m_busy, &BusyPanel::wayOutClicked, this, [this] {
        m_busy->stop();
        updateButton();
    });
    updateButton();
}

void NeedsReviewPanel::updateButton()
{
    QString why;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (m_session.user().role != Role::BackOffice)
        why = tr("Only back-office staff close reviews; %1 is signed in as %2.")
                  .arg(m_session.user().name, roleDisplayName(m_session.user().role));
    else if (m_model->rowCount() == 0)
        why = tr("Nothing needs review.");
    else if (selected.isEmpty())
        why = tr("Pick the refund you checked.");
    else if (m_note->toPlainText().trimmed().isEmpty())
        why = tr("Write a note saying how you know what happened.");
    m_resolve->setEnabled(why.isEmpty() && !m_busy->isBusy());
    m_resolve->setToolTip(why);
    m_why->setText(why);
}

void NeedsReviewPanel::resolve()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const Refund refund = m_model->refundAt(selected.constFirst().row());
    RefundReview review;
    review.refundId = refund.refundId;
    review.resolution = *refundStatusFromKey(m_resolution->currentData().toString());
    review.note = m_note->toPlainText().trimmed();
    review.reviewer = m_session.user().actor();
    m_busy->start(tr("Closing the review…"), tr("Don't wait"));
    m_resolve->setEnabled(false);
    m_session.engine().review(review, this, [this, refund](const RefundOutcome &outcome) {
        m_busy->stop();
        if (outcome.status == RefundOutcome::Status::Recorded) {
            m_note->clear();
            setMessage(tr("Refund of %1 (%2) closed as %3.")
                           .arg(DisplayFormat::money(refund.amount, m_session.store().locale), refund.transactionId,
                                refundStatusDisplayName(outcome.refund.status)),
                       false);
        } else {
            setMessage(tr("Not closed: %1").arg(outcome.message), true);
        }
        updateButton();
    });
}

void NeedsReviewPanel::setMessage(const QString &text, bool problem)
{
    DisplayFormat::showMessage(m_message, text, problem);
}

QString NeedsReviewPanel::message() const
{
    return m_message->text();
}

} // namespace RefundDesk
