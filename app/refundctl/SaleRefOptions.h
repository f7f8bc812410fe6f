#pragma once

#include "domain/Sale.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace RefundDesk {

// --gateway G (--transaction ID | --reference REF): how lookup and refund name a sale.
class SaleRefOptions
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::SaleRefOptions)

public:
    SaleRefOptions();
    void addTo(QCommandLineParser &parser) const;
    // The sale named, or nullopt with error saying what is missing or wrong.
    std::optional<SaleRef> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_gateway;
    QCommandLineOption m_transaction;
    QCommandLineOption m_reference;
};

} // namespace RefundDesk
