#include "CounterPage.h"

#include "BusyPanel.h"
#include "DeskSession.h"
#include "DisplayFormat.h"
#include "RefundPanel.h"
#include "ResultPage.h"
#include "SalePanel.h"
#include "ScanDialog.h"
#include "engine/RefundEngine.h"
#include "scan/ReceiptCode.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>

namespace RefundDesk {

namespace {

constexpr int kNarrowWidth = 760; // below this the sale and the refund panel stack

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString describeRefs(const QList<SaleRef> &refs)
{
    if (refs.size() == 1) {
        const SaleRef &ref = refs.constFirst();
        return ref.kind == SaleIdKind::Reference
            ? CounterPage::tr("%1 reference %2").arg(gatewayDisplayName(ref.gateway), ref.id)
            : CounterPage::tr("%1 transaction %2").arg(gatewayDisplayName(ref.gateway), ref.id);
    }
    return CounterPage::tr("reference %1").arg(refs.constFirst().id);
}

} // namespace

CounterPage::CounterPage(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("counterPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // ---- Search
    auto *search = new QWidget;
    auto *searchLayout = new QVBoxLayout(search);
    auto *title = new QLabel(tr("Find the sale"), search);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    searchLayout->addWidget(title);
    auto *hint = new QLabel(tr("Scan the receipt, or type its transaction number, reference, PayNet checkout id or "
                               "SecPaid pay id, and press Enter."),
                            search);
    hint->setWordWrap(true);
    searchLayout->addWidget(hint);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(search);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Receipt number"));
    m_search->setPlaceholderText(tr("e.g. 297553638300708562, POS-PK-1001 or 12345"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_search->setFont(big);
    hint->setBuddy(m_search);
    searchRow->addWidget(m_search, 1);
    m_find = new QPushButton(tr("&Find"), search);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_find->setAccessibleName(tr("Find the sale"));
    searchRow->addWidget(m_find);
    m_scan = new QPushButton(tr("&Scan receipt…"), search);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setAccessibleName(tr("Scan the receipt with the camera or from a file"));
    searchRow->addWidget(m_scan);
    searchLayout->addLayout(searchRow);
    m_lookupBusy = new BusyPanel(search);
    searchLayout->addWidget(m_lookupBusy);
    m_searchMessage = new QLabel(search);
    m_searchMessage->setObjectName(QStringLiteral("searchMessage"));
    m_searchMessage->setAccessibleName(tr("Lookup result"));
    m_searchMessage->setWordWrap(true);
    m_searchMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    searchLayout->addWidget(m_searchMessage);
    searchLayout->addStretch(1);
    m_stack->addWidget(scrolling(search, m_stack));

    // ---- Sale and refund
    auto *sale = new QWidget;
    auto *saleLayout = new QVBoxLayout(sale);
    auto *saleTop = new QHBoxLayout;
    m_back = new QPushButton(tr("← Back (Esc)"), sale);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to the search"));
    m_refresh = new QPushButton(tr("Ask the &gateway again"), sale);
    m_refresh->setObjectName(QStringLiteral("refreshSale"));
    m_refresh->setAccessibleName(tr("Ask the gateway about this sale again"));
    m_refresh->setFocusPolicy(Qt::NoFocus);
    saleTop->addWidget(m_back);
    saleTop->addStretch(1);
    saleTop->addWidget(m_refresh);
    saleLayout->addLayout(saleTop);
    m_saleRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_sale = new SalePanel(sale);
    m_sale->setLocale(m_session.store().locale);
    m_refund = new RefundPanel(m_session, sale);
    m_saleRow->addWidget(m_sale, 3);
    m_saleRow->addSpacing(16);
    m_saleRow->addWidget(m_refund, 2);
    saleLayout->addLayout(m_saleRow, 1);
    m_refundBusy = new BusyPanel(sale);
    saleLayout->addWidget(m_refundBusy);
    m_refundMessage = new QLabel(sale);
    m_refundMessage->setObjectName(QStringLiteral("refundMessage"));
    m_refundMessage->setWordWrap(true);
    m_refundMessage->setAccessibleName(tr("Refund problem"));
    saleLayout->addWidget(m_refundMessage);
    m_stack->addWidget(scrolling(sale, m_stack));

    // ---- Result
    m_result = new ResultPage(m_session);
    m_stack->addWidget(scrolling(m_result, m_stack));

    connect(m_search, &QLineEdit::returnPressed, this, [this] { lookUp(m_search->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { lookUp(m_search->text()); });
    connect(m_scan, &QPushButton::clicked, this, &CounterPage::openScanner);
    connect(m_lookupBusy, &BusyPanel::wayOutClicked, this, &CounterPage::cancelLookup);
    connect(m_back, &QPushButton::clicked, this, &CounterPage::backToSearch);
    connect(m_refresh, &QPushButton::clicked, this, &CounterPage::refreshSale);
    connect(m_refund, &RefundPanel::refundRequested, this, &CounterPage::refund);
    connect(m_refundBusy, &BusyPanel::wayOutClicked, this, &CounterPage::stopWaitingForRefund);
    connect(m_result, &ResultPage::done, this, &CounterPage::backToSearch);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), sale, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_refunding)
            backToSearch();
    });
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), search, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(clear, &QShortcut::activated, this, [this] {
        if (m_lookupBusy->isBusy())
            cancelLookup();
        else
            m_search->clear();
    });
    setFocusProxy(m_search);
}

CounterPage::Screen CounterPage::screen() const
{
    return static_cast<Screen>(m_stack->currentIndex());
}

bool CounterPage::isBusy() const
{
    return m_lookupBusy->isBusy() || m_refunding;
}

QString CounterPage::searchMessage() const
{
    return m_searchMessage->text();
}

void CounterPage::setSearchMessage(const QString &text, bool problem)
{
    DisplayFormat::showMessage(m_searchMessage, text, problem);
}

void CounterPage::backToSearch()
{
    m_stack->setCurrentIndex(static_cast<int>(Screen::Search));
    setFocusProxy(m_search);
    m_search->setFocus();
    m_search->selectAll();
}

void CounterPage::lookUp(const QString &text)
{
    m_search->setText(text.trimmed());
    ReceiptCode code = ReceiptCode::parse(text);
    // A merchant reference typed without "REF:" ("POS-PK-1001") is still a reference.
    if (code.status() == ReceiptCode::Status::NotReceipt) {
        const ReceiptCode asReference = ReceiptCode::parse(QStringLiteral("REF:") + text.trimmed());
        if (asReference.isOk())
            code = asReference;
    }
    lookUpCode(code);
}

void CounterPage::lookUpCode(const ReceiptCode &code)
{
    if (m_refunding)
        return;
    backToSearch();
    if (!code.isOk()) {
        setSearchMessage(code.status() == ReceiptCode::Status::Empty
                             ? tr("Type or scan the receipt's number first.")
                             : tr("%1 Type the transaction number, reference, PayNet checkout id or SecPaid pay id "
                                  "printed on the receipt.")
                                   .arg(code.message()),
                         true);
        return;
    }
    QList<SaleRef> refs;
    if (const std::optional<SaleRef> ref = code.saleRef()) {
        refs.append(*ref);
    } else {
        // A bare merchant reference: the gateways whose sales carry one, ledger first.
        refs.append(SaleRef {GatewayId::Pockyt, SaleIdKind::Reference, code.id()});
        refs.append(SaleRef {GatewayId::PwV3, SaleIdKind::Reference, code.id()});
    }
    setSearchMessage(QString(), false);
    m_lookupBusy->start(tr("Looking up %1…").arg(describeRefs(refs)), tr("Cancel"));
    m_find->setEnabled(false);
    findNext(refs, QStringList(), QString(), ++m_lookupGeneration);
}

void CounterPage::findNext(QList<SaleRef> refs, QStringList notFoundAt, QString problem, int generation)
{
    if (refs.isEmpty()) {
        m_lookupBusy->stop();
        m_find->setEnabled(true);
        // A gateway that could not be asked says more than the ones that do not know the sale.
        if (problem.isEmpty())
            problem = tr("No sale %1 was found, in the ledger or at %2. Check the number on the receipt.")
                          .arg(m_search->text(), notFoundAt.join(tr(" or ")));
        setSearchMessage(problem, true);
        m_search->setFocus();
        m_search->selectAll();
        return;
    }
    const SaleRef ref = refs.takeFirst();
    m_session.engine().findSale(
        ref, RefundEngine::LookupMode::LedgerFirst, this,
        [this, refs, notFoundAt, problem, generation, ref](const SaleView &view) {
            if (generation != m_lookupGeneration)
                return;
            if (view.found()) {
                m_lookupBusy->stop();
                m_find->setEnabled(true);
                showSale(view);
                return;
            }
            QStringList notFound = notFoundAt;
            QString why = problem;
            if (view.status == SaleView::Status::NotFound)
                notFound << gatewayDisplayName(ref.gateway);
            else if (why.isEmpty() && view.retryAfterSeconds > 0)
                why = tr("%1 Try again in %2 seconds.").arg(view.message).arg(view.retryAfterSeconds);
            else if (why.isEmpty())
                why = view.message;
            findNext(refs, notFound, why, generation);
        });
}

void CounterPage::cancelLookup()
{
    ++m_lookupGeneration;
    m_lookupBusy->stop();
    m_find->setEnabled(true);
    setSearchMessage(tr("Stopped looking. Nothing was changed."), false);
    m_search->setFocus();
}

void CounterPage::showSale(const SaleView &view)
{
    m_sale->showSale(view);
    m_refund->setSale(view);
    m_refundMessage->clear();
    m_stack->setCurrentIndex(static_cast<int>(Screen::Sale));
    if (view.refundable) {
        setFocusProxy(m_refund);
        m_refund->focusAmount();
    } else {
        // Nothing to type: Enter (or Esc) goes back for the next receipt.
        setFocusProxy(m_back);
        m_back->setFocus();
    }
}

void CounterPage::refreshSale()
{
    const Sale sale = m_sale->view().sale;
    const SaleRef ref {sale.gateway, SaleIdKind::TransactionId, sale.transactionId};
    const int generation = ++m_lookupGeneration;
    m_refundBusy->start(tr("Asking %1 about this sale…").arg(gatewayDisplayName(sale.gateway)), tr("Cancel"));
    m_refresh->setEnabled(false);
    m_session.engine().findSale(ref, RefundEngine::LookupMode::Refresh, this, [this, generation](const SaleView &view) {
        if (generation != m_lookupGeneration)
            return;
        m_refundBusy->stop();
        m_refresh->setEnabled(true);
        if (view.found())
            showSale(view);
        m_refundMessage->setText(view.message);
    });
}

void CounterPage::refund(const RefundSubmission &submission)
{
    if (m_refunding)
        return;
    m_refunding = true;
    const int generation = ++m_refundGeneration;
    m_refund->setBusy(true);
    m_back->setEnabled(false);
    m_refresh->setEnabled(false);
    m_refundMessage->clear();
    const Sale sale = m_sale->view().sale;
    m_refundBusy->start(tr("Sending the refund to %1…").arg(gatewayDisplayName(sale.gateway)), tr("Don't wait"));
    m_session.engine().refund(submission, this, [this, generation](const RefundOutcome &outcome) {
        onRefundAnswer(outcome, generation == m_refundGeneration);
    });
}

void CounterPage::stopWaitingForRefund()
{
    ++m_refundGeneration;
    m_refunding = false;
    m_refundBusy->stop();
    m_refund->setBusy(false);
    m_back->setEnabled(true);
    m_refresh->setEnabled(true);
    backToSearch();
    setSearchMessage(tr("The refund goes on without you: nothing is sent twice, and Back office shows how it ends."),
                     false);
}

void CounterPage::onRefundAnswer(const RefundOutcome &outcome, bool waited)
{
    if (!waited) {
        if (outcome.hasRefund())
            Q_EMIT notice(tr("Refund of %1 for %2: %3")
                              .arg(DisplayFormat::money(outcome.refund.amount, m_session.store().locale),
                                   outcome.refund.transactionId, refundStatusDisplayName(outcome.refund.status)));
        else
            Q_EMIT notice(tr("A refund was not made: %1").arg(outcome.message));
        return;
    }
    m_refunding = false;
    m_refundBusy->stop();
    m_refund->setBusy(false);
    m_back->setEnabled(true);
    m_refresh->setEnabled(true);
    if (outcome.status == RefundOutcome::Status::Recorded) {
        m_result->showOutcome(m_sale->view().sale, outcome);
        m_stack->setCurrentIndex(static_cast<int>(Screen::Result));
        setFocusProxy(m_result);
        return;
    }
    if (outcome.status == RefundOutcome::Status::Refused) {
        m_refund->showRefusal(outcome);
        return;
    }
    m_refundMessage->setText(tr("Nothing was sent: %1 Try again; if it keeps happening, tell the person who looks "
                                "after RefundDesk.")
                                 .arg(outcome.message));
    QPalette palette = m_refundMessage->palette();
    palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
    m_refundMessage->setPalette(palette);
}

void CounterPage::openScanner()
{
    auto *dialog = new ScanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScanDialog::codeScanned, this, &CounterPage::lookUpCode);
    dialog->open();
}

void CounterPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_saleRow->setDirection(event->size().width() < kNarrowWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

} // namespace RefundDesk
