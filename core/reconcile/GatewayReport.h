#pragma once

#include "ReportMapping.h"
#include "money/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace RefundDesk {

// One refund as a gateway's report lists it.
struct ReportRow
{
    int line = 0; // where it starts in the file (the header is line 1)
    QString gatewayRefundId; // empty when the gateway has none (PW v3)
    QString refundIdText; // our refund id as the report writes it ("" for SecPaid)
    QUuid refundId; // the same read as a UUID; null when it is not one (a refund made elsewhere)
    QString saleId;
    Money amount = Money::zero(*Currency::fromCode(u"EUR")); // always positive
    RefundStatus status = RefundStatus::Pending;
    QString statusText; // the gateway's word
    QDateTime time; // UTC
};

// A line of the report that could not be read, and why.
struct MalformedLine
{
    int line = 0;
    QString reason;
};

// A gateway's settlement or refund report read through its ReportMapping. A report whose
// header lacks a required column is refused as a whole (error(), no rows); otherwise every
// readable row is kept and every other line is listed with its line number and reason.
class GatewayReport
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::GatewayReport)

public:
    // fileName: how messages and review notes name the report (no folder).
    static GatewayReport parse(GatewayId gateway, const QByteArray &bytes, const QString &fileName);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    GatewayId gateway() const { return m_gateway; }
    const QString &fileName() const { return m_fileName; }
    const QList<ReportRow> &rows() const { return m_rows; }
    const QList<MalformedLine> &malformed() const { return m_malformed; }
    // The UTC days the readable rows cover, first and last; invalid when there is none.
    QDate firstDay() const;
    QDate lastDay() const;

private:
    static std::optional<ReportRow> readRow(const ReportMapping &mapping, const QList<qsizetype> &indexes,
                                            const QStringList &fields, int line, QString *reason);

    GatewayId m_gateway = GatewayId::Pockyt;
    QString m_fileName;
    QString m_error;
    QList<ReportRow> m_rows;
    QList<MalformedLine> m_malformed;
};

} // namespace RefundDesk
