#pragma once

#include "SandboxSeed.h"
#include "SandboxSettings.h"
#include "money/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <deque>
#include <functional>

namespace RefundDesk {

// Everything the sandbox has done since it started (or since POST /_admin/reset): every
// refund it really executed, the requests it received per route, and each webhook it
// delivered. GET /_admin/state shows it, so tests can tell "executed once" from "answered".
class SandboxState
{
public:
    struct Refund
    {
        int number = 0; // 1, 2, ... in execution order
        QString gateway; // "pockyt", "pwv3", "secpaid", "paynet"
        QString saleId; // transactionNo, transactionId, pay_id, checkoutId
        QString refundId; // ours: refundReference, referenceNo, (none for SecPaid), refundId
        QString gatewayRefundId; // refundTransactionNo, (PW has none), transaction_id, endToEndId
        Money amount = Money::zero(*Currency::fromCode(u"EUR"));
        QString status; // in the gateway's words: success, APPROVED, Pending, ACCEPTED, ...
        bool released = false; // rejected: no longer counts against the sale's remainder
        QDateTime executedAt;
        QDateTime updatedAt;
    };

    struct Delivery
    {
        int number = 0;
        QString gateway;
        QString refundId;
        QString url;
        int attempts = 0;
        bool delivered = false;
        bool gaveUp = false;
        int lastHttpStatus = 0; // 0: no HTTP answer
        QString lastAnswer; // the start of the last answer body, or the network error
    };

    SandboxState(SandboxSeed seed, SandboxSettings settings);

    const SandboxSeed &seed() const { return m_seed; }
    SandboxSettings &settings() { return m_settings; }
    const SandboxSettings &settings() const { return m_settings; }

    // UTC; from the injected clock when there is one (tests), else the system clock.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock);
    // When a seed sale "paid_days_ago" days was paid, counted from start (or the last reset).
    QDateTime paidAt(int daysAgo) const;

    // Forgets every refund, request count and delivery; bumps generation() so timers
    // armed before the reset (settlement, webhook resends) know to stand down.
    void reset();
    quint64 generation() const { return m_generation; }

    Refund &addRefund(Refund refund);
    // Every executed refund, in execution order.
    const std::deque<Refund> &refunds() const { return m_refunds; }
    Refund *findRefund(QStringView gateway, QStringView refundId);
    QList<const Refund *> refundsOf(QStringView gateway, QStringView saleId) const;
    // The sale's first refund, for gateways that allow only one (SecPaid); nullptr when none.
    Refund *firstRefundOf(QStringView gateway, QStringView saleId);
    // Sum of the sale's refunds that still count (not rejected), in its currency.
    Money refundedTotal(QStringView gateway, QStringView saleId, Currency currency) const;
    // Distinct increasing numbers for generated gateway ids.
    qint64 nextSequence() { return ++m_sequence; }

    void countRequest(const QString &route);
    int requestCount(const QString &route) const { return m_requestCounts.value(route); }

    Delivery &addDelivery(Delivery delivery);
    Delivery *findDelivery(int number);

    // refunds, sales (with refunded totals), requests per route, webhook deliveries.
    QJsonObject toJson() const;

private:
    SandboxSeed m_seed;
    SandboxSettings m_settings;
    std::function<QDateTime()> m_clock;
    QDateTime m_anchor;
    quint64 m_generation = 0;
    qint64 m_sequence = 0;
    std::deque<Refund> m_refunds; // a deque keeps references stable while refunds are added
    std::deque<Delivery> m_deliveries;
    QMap<QString, int> m_requestCounts;
};

} // namespace RefundDesk
