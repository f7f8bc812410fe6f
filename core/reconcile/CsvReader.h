#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace RefundDesk {

// Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF or LF (both,
// even mixed: files pass through spreadsheets and mail), a field in double quotes may hold
// commas, quotes (doubled) and line breaks. The text is UTF-8 with an optional BOM. A record
// that breaks the rules (a quote inside an unquoted field, text after a closing quote, a quote
// never closed, bytes that are not UTF-8) comes back with an error instead of fields, and
// reading goes on with the next line, so one bad line never hides the rest of a file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::CsvReader)

public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
        QString error; // empty when the record is well formed
    };

    // Every record in order; lines that are completely empty are skipped.
    static QList<Record> read(const QByteArray &bytes);
};

} // namespace RefundDesk
