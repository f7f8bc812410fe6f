#include "CatalogCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace RefundDesk {

QString CatalogMessage::key() const
{
    const QChar separator(0x1f);
    return context + separator + source + separator + comment + separator + (numerus ? u'n' : u's');
}

QString CatalogMessage::name() const
{
    // Long help texts are named by their first line or so.
    constexpr qsizetype shown = 100;
    QString start = source;
    start.replace(u'\n', QStringLiteral("\\n"));
    if (start.size() > shown)
        start = start.left(shown) + u'…';
    QString text = context + QStringLiteral(": \"") + start + u'"';
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + u')';
    return text;
}

namespace {

// Reads the <translation> element the reader stands on into message.
void readTranslation(QXmlStreamReader &xml, CatalogMessage &message)
{
    const QStringView type = xml.attributes().value(QLatin1String("type"));
    message.finished = type.isEmpty();
    if (!message.numerus) {
        message.translations = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.translations.append(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

CatalogMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    CatalogMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

Catalog CatalogCheck::parse(const QByteArray &tsXml)
{
    Catalog catalog;
    QXmlStreamReader xml(tsXml);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        catalog.error = QStringLiteral("not a Qt Linguist catalog");
        return catalog;
    }
    catalog.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                catalog.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        catalog.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return catalog;
}

Catalog CatalogCheck::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Catalog catalog;
        catalog.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return catalog;
    }
    Catalog catalog = parse(file.readAll());
    if (!catalog.error.isEmpty())
        catalog.error = path + QStringLiteral(": ") + catalog.error;
    return catalog;
}

int CatalogCheck::numerusFormCount(const QString &language)
{
    // From Qt Linguist's rules: German has singular and plural; Malay and Chinese do not
    // inflect for number.
    if (language == u"de")
        return 2;
    if (language == u"ms" || language == u"zh_CN")
        return 1;
    return 0;
}

QStringList CatalogCheck::placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

int CatalogCheck::acceleratorCount(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && !text.at(i + 1).isSpace() && !entity.match(QStringView(text).mid(i)).hasMatch())
            ++count;
    }
    return count;
}

QStringList CatalogCheck::problems(const CatalogMessage &message, const QString &language)
{
    QStringList found;
    if (!message.finished)
        found.append(QStringLiteral("not translated (unfinished)"));
    if (placeholders(message.source).contains(QStringLiteral("%n")) && !message.numerus)
        found.append(QStringLiteral("has %n but lupdate did not see a count (use tr(text, nullptr, n))"));
    if (message.numerus) {
        const int forms = numerusFormCount(language);
        if (forms == 0)
            found.append(QStringLiteral("no numerus rule known for language \"%1\"").arg(language));
        else if (message.translations.size() != forms)
            found.append(
                QStringLiteral("%1 numerus form(s), the language has %2").arg(message.translations.size()).arg(forms));
    }
    const QStringList expected = placeholders(message.source);
    const int accelerators = acceleratorCount(message.source);
    for (qsizetype i = 0; i < message.translations.size(); ++i) {
        const QString &translation = message.translations.at(i);
        const QString which = message.numerus ? QStringLiteral("numerus form %1: ").arg(i + 1) : QString();
        if (translation.trimmed().isEmpty()) {
            found.append(which + QStringLiteral("empty translation"));
            continue;
        }
        const QStringList actual = placeholders(translation);
        if (actual != expected) {
            found.append(which
                         + QStringLiteral("placeholders %1 in the source but %2 in \"%3\"")
                               .arg(expected.join(u' '), actual.isEmpty() ? QStringLiteral("none") : actual.join(u' '),
                                    translation));
        }
        const int translated = acceleratorCount(translation);
        if (accelerators > 0 && translated == 0)
            found.append(which + QStringLiteral("the & accelerator is lost in \"%1\"").arg(translation));
        else if (translated > accelerators)
            found.append(which
                         + QStringLiteral("\"%1\" has an & accelerator the source does not have (write && for "
                                          "an ampersand)")
                               .arg(translation));
    }
    return found;
}

QStringList CatalogCheck::problems(const Catalog &catalog)
{
    if (!catalog.error.isEmpty())
        return {catalog.error};
    QStringList found;
    for (const CatalogMessage &message : catalog.messages) {
        for (const QString &problem : problems(message, catalog.language))
            found.append(message.name() + QStringLiteral(": ") + problem);
    }
    return found;
}

QStringList CatalogCheck::differences(const Catalog &committed, const Catalog &extracted)
{
    QSet<QString> committedKeys;
    for (const CatalogMessage &message : committed.messages)
        committedKeys.insert(message.key());
    QSet<QString> extractedKeys;
    QStringList found;
    for (const CatalogMessage &message : extracted.messages) {
        extractedKeys.insert(message.key());
        if (!committedKeys.contains(message.key()))
            found.append(QStringLiteral("missing from the catalog: ") + message.name());
    }
    for (const CatalogMessage &message : committed.messages) {
        if (!extractedKeys.contains(message.key()))
            found.append(QStringLiteral("no longer in the sources: ") + message.name());
    }
    return found;
}

} // namespace RefundDesk
