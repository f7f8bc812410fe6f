#include "ReceiptText.h"

namespace RefundDesk {

QStringList ReceiptText::wrap(const QString &text, int columns)
{
    Q_ASSERT(columns > 0);
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        while (word.size() > columns) {
            if (!line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            lines.append(word.left(columns));
            word = word.mid(columns);
        }
        if (line.isEmpty())
            line = word;
        else if (line.size() + 1 + word.size() <= columns)
            line += u' ' + word;
        else {
            lines.append(line);
            line = word;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString ReceiptText::centred(const QString &text, int columns)
{
    const qsizetype padding = (columns - text.size()) / 2;
    return padding > 0 ? QString(padding, u' ') + text : text;
}

QStringList ReceiptText::fieldLines(const ReceiptField &field, int columns)
{
    const qsizetype gap = columns - field.label.size() - field.value.size();
    if (gap >= 1)
        return {field.label + QString(gap, u' ') + field.value};
    QStringList lines = wrap(field.label, columns);
    const QStringList valueLines = wrap(field.value, columns - 2);
    for (const QString &valueLine : valueLines)
        lines.append(QStringLiteral("  ") + valueLine);
    return lines;
}

QStringList ReceiptText::plainLines(const ReceiptModel &model, int columns)
{
    QStringList lines;
    for (const QString &line : wrap(model.storeName(), columns))
        lines.append(centred(line, columns));
    lines.append(centred(model.title(), columns));
    const QString rule(columns, u'-');
    for (const ReceiptSection &section : model.sections()) {
        lines.append(rule);
        if (!section.title.isEmpty())
            lines.append(wrap(section.title, columns));
        for (const ReceiptField &field : section.fields)
            lines.append(fieldLines(field, columns));
        if (!section.note.isEmpty()) {
            lines.append(QString());
            lines.append(wrap(section.note, columns));
        }
    }
    lines.append(rule);
    return lines;
}

QString ReceiptText::plainText(const ReceiptModel &model, int columns)
{
    return plainLines(model, columns).join(u'\n') + u'\n';
}

QString ReceiptText::html(const ReceiptModel &model)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>\n"
                           "<body style=\"font-family: sans-serif; color: #111;\">\n")
                .arg(model.store().locale.bcp47Name(), model.title().toHtmlEscaped());
    html += QStringLiteral("<h1 style=\"font-size: 1.3em;\">%1</h1>\n<h2 style=\"font-size: 1.1em;\">%2</h2>\n")
                .arg(model.storeName().toHtmlEscaped(), model.title().toHtmlEscaped());
    for (const ReceiptSection &section : model.sections()) {
        if (!section.title.isEmpty())
            html += QStringLiteral("<h3 style=\"font-size: 1em; margin-bottom: 0.2em;\">%1</h3>\n")
                        .arg(section.title.toHtmlEscaped());
        html += QStringLiteral("<table style=\"border-collapse: collapse;\">\n");
        for (const ReceiptField &field : section.fields) {
            html += QStringLiteral("<tr><td style=\"padding: 2px 16px 2px 0; color: #555;\">%1</td>"
                                   "<td style=\"padding: 2px 0;\">%2</td></tr>\n")
                        .arg(field.label.toHtmlEscaped(), field.value.toHtmlEscaped());
        }
        html += QStringLiteral("</table>\n");
        if (!section.note.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(section.note.toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace RefundDesk
