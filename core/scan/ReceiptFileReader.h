#pragma once

#include "BarcodeDecoder.h"
#include "DecodeResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace RefundDesk {

// What reading a receipt file gave.
struct FileScanResult
{
    enum class Status { Found, NoCode, Unreadable };

    Status status = Status::Unreadable;
    QString message; // for people: why nothing was found, or which page held the code
    DecodeResult code; // found when status is Found
    int page = 0; // 1-based page of a PDF; 1 for a picture
};

// Finds the barcode on a receipt stored as a picture (PNG, JPEG and whatever else QImageReader
// reads) or as a PDF, page by page. Blocking: call it off the UI thread.
class ReceiptFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptFileReader)

public:
    // PDF pages are drawn at this resolution: enough for a receipt's smallest code.
    static constexpr int kPdfDotsPerInch = 200;
    // A receipt is a few pages at most; more means the wrong file.
    static constexpr int kMaxPdfPages = 20;

    explicit ReceiptFileReader(const BarcodeDecoder &decoder = BarcodeDecoder(BarcodeDecoder::Effort::Thorough));

    // For a file dialog: "*.png *.jpg ... *.pdf".
    static QStringList nameFilters();

    FileScanResult scan(const QString &path) const;

private:
    FileScanResult scanImageFile(const QString &path) const;
    FileScanResult scanPdfFile(const QString &path) const;

    BarcodeDecoder m_decoder;
};

} // namespace RefundDesk
