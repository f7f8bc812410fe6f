#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace RefundDesk {

// One <message> of a Qt Linguist catalog (.ts).
struct CatalogMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, if any
    bool numerus = false;
    bool finished = false; // the translation has no type="unfinished", "vanished" or "obsolete"
    QStringList translations; // the one translation, or every numerus form

    // What identifies a message to lupdate and QTranslator.
    QString key() const;
    // "RefundDesk::MainWindow: \"&Counter\"" for test failures.
    QString name() const;
};

struct Catalog
{
    QString language; // the <TS language=...> attribute: "de", "ms", "zh_CN"
    QList<CatalogMessage> messages;
    QString error; // set when the file could not be read
};

// What tests/i18n holds a catalog to: every message translated, finished and not empty; the
// same placeholders (%1..%99, %L1, %n, each as often as in the source); as many numerus forms
// as the language has; the & accelerator kept; and the catalog up to date with the sources.
class CatalogCheck
{
public:
    static Catalog parse(const QByteArray &tsXml);
    static Catalog read(const QString &path);

    // Numerus forms Qt Linguist uses for the language (de 2, ms 1, zh_CN 1); 0 when this
    // check does not know the language.
    static int numerusFormCount(const QString &language);
    // The placeholders of text, sorted, each as often as it occurs: "%1 of %2, %1" gives
    // {"%1", "%1", "%2"}.
    static QStringList placeholders(const QString &text);
    // The number of & accelerators ("&&" is a literal ampersand, "&amp;" an entity).
    static int acceleratorCount(const QString &text);

    // Every problem with one message in a catalog of that language; empty when there is none.
    static QStringList problems(const CatalogMessage &message, const QString &language);
    // Every problem in the catalog, each naming the message.
    static QStringList problems(const Catalog &catalog);
    // The messages lupdate found in the sources (extracted) that the committed catalog lacks,
    // and those it has that the sources no longer contain.
    static QStringList differences(const Catalog &committed, const Catalog &extracted);
};

} // namespace RefundDesk
