#pragma once

#include "ReceiptModel.h"

#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;

namespace RefundDesk {

// Lays a receipt out with QPainter, in points (1/72 inch), so the same drawing serves PDF
// files, system printers and previews. Two styles: a page (A4, Letter) and a narrow roll.
class ReceiptRenderer
{
public:
    enum class Style { Page, Roll };

    ReceiptRenderer(const ReceiptModel &model, Style style);

    Style style() const { return m_style; }
    // The height in points the receipt needs at this width (points).
    qreal contentHeight(qreal width) const;
    // Draws into area, given in points in the painter's current coordinates.
    void paint(QPainter &painter, const QRectF &area) const;
    // Draws from the painter's origin into a printable area of paintSizePixels device pixels
    // at dpi (what QPrinter and QPdfWriter report; their painters start at the printable
    // area's top-left), scaling points to pixels.
    void paintOnDevice(QPainter &painter, const QSizeF &paintSizePixels, int dpi) const;
    // The style that fits a paint area that many points wide: a roll below 100 mm.
    static Style styleForWidth(qreal widthPoints);

private:
    // Lays out within area; draws only when painter is set. Returns the height used.
    qreal layout(QPainter *painter, const QRectF &area) const;

    ReceiptModel m_model;
    Style m_style;
    QFont m_titleFont;
    QFont m_headingFont;
    QFont m_bodyFont;
    QFont m_smallFont;
    QImage m_qr;
};

} // namespace RefundDesk
