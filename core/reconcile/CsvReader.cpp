#include "CsvReader.h"

#include <QStringDecoder>

namespace RefundDesk {

namespace {

// lupdate takes an inline member function returning "CsvReader::Record" for a definition in
// the wrong scope and files its texts under the context "CsvReader"; the alias avoids that.
using Record = CsvReader::Record;

// Reads one record starting at pos; leaves pos after its line break.
class RecordScanner
{
public:
    RecordScanner(const QByteArray &bytes, qsizetype pos, int line)
        : m_bytes(bytes)
        , m_pos(pos)
        , m_line(line)
    { }

    Record scan()
    {
        Record record;
        record.line = m_line;
        QList<QByteArray> fields;
        QByteArray field;
        bool quoted = false; // the current field started with a quote
        bool closed = false; // ... and its closing quote has been read
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos);
            if (quoted && !closed) {
                ++m_pos;
                if (c == '"') {
                    if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == '"') {
                        field += '"';
                        ++m_pos;
                    } else {
                        closed = true;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == ',') {
                ++m_pos;
                fields << field;
                field.clear();
                quoted = closed = false;
                continue;
            }
            if (c == '\r' || c == '\n') {
                endLine();
                fields << field;
                return finish(record, fields);
            }
            if (closed) {
                record.error = CsvReader::tr("text after a closing quote; a quote inside a field must be doubled");
                skipLine();
                return record;
            }
            if (c == '"') {
                if (!field.isEmpty()) {
                    record.error =
                        CsvReader::tr("a quote inside a field that does not start with one; quote the whole field");
                    skipLine();
                    return record;
                }
                quoted = true;
                ++m_pos;
                continue;
            }
            field += c;
            ++m_pos;
        }
        if (quoted && !closed) {
            record.error = CsvReader::tr("a quoted field is never closed; the rest of the file is part of it");
            return record;
        }
        fields << field;
        return finish(record, fields);
    }

    qsizetype pos() const { return m_pos; }
    int nextLine() const { return m_line; }

private:
    Record finish(Record &record, const QList<QByteArray> &fields)
    {
        for (const QByteArray &bytes : fields) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString text = decoder.decode(bytes);
            if (decoder.hasError()) {
                record.fields.clear();
                record.error = CsvReader::tr("the line is not UTF-8 text");
                return record;
            }
            record.fields << text;
        }
        return record;
    }

    // Steps over one line break (CRLF, LF or a lone CR).
    void endLine()
    {
        if (m_bytes.at(m_pos) == '\r' && m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void skipLine()
    {
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != '\r' && m_bytes.at(m_pos) != '\n')
            ++m_pos;
        if (m_pos < m_bytes.size())
            endLine();
    }

    const QByteArray &m_bytes;
    qsizetype m_pos;
    int m_line;
};

} // namespace

QList<CsvReader::Record> CsvReader::read(const QByteArray &bytes)
{
    QList<Record> records;
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int line = 1;
    while (pos < bytes.size()) {
        const char c = bytes.at(pos);
        if (c == '\r' || c == '\n') {
            // An empty line: no record (a trailing line break, or a blank line a person left).
            pos += (c == '\r' && pos + 1 < bytes.size() && bytes.at(pos + 1) == '\n') ? 2 : 1;
            ++line;
            continue;
        }
        RecordScanner scanner(bytes, pos, line);
        records << scanner.scan();
        pos = scanner.pos();
        line = scanner.nextLine();
    }
    return records;
}

} // namespace RefundDesk
