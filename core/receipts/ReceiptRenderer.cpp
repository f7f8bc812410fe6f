#include "ReceiptRenderer.h"

#include "scan/BarcodeWriter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace RefundDesk {

namespace {

constexpr qreal kPointsPerInch = 72.0;
constexpr qreal kMillimetre = kPointsPerInch / 25.4;

QFont makeFont(qreal sizePoints, bool bold)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    // Pixel sizes in a painter scaled to points keep text the same size on every device.
    font.setPixelSize(qRound(sizePoints));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Draws (when painter is set) and measures a paragraph wrapped to rect's width, at word
// boundaries where it can and anywhere in ids too long for a line; returns its height.
qreal textBlock(QPainter *painter, const QFont &font, const QRectF &rect, Qt::Alignment alignment, const QString &text)
{
    QTextLayout layout(text, font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, rect.topLeft());
    return height;
}

} // namespace

ReceiptRenderer::ReceiptRenderer(const ReceiptModel &model, Style style)
    : m_model(model)
    , m_style(style)
{
    const bool roll = style == Style::Roll;
    m_titleFont = makeFont(roll ? 12 : 18, true);
    m_headingFont = makeFont(roll ? 9 : 12, true);
    m_bodyFont = makeFont(roll ? 8 : 10, false);
    m_smallFont = makeFont(roll ? 7 : 8, false);
    // 1-bit: PDF keeps it as a lossless bitmap, so every module stays sharp when scaled.
    m_qr = BarcodeWriter::renderQr(m_model.qrText(), 8).convertToFormat(QImage::Format_Mono);
}

ReceiptRenderer::Style ReceiptRenderer::styleForWidth(qreal widthPoints)
{
    return widthPoints < 100 * kMillimetre ? Style::Roll : Style::Page;
}

qreal ReceiptRenderer::contentHeight(qreal width) const
{
    return layout(nullptr, QRectF(0, 0, width, 0));
}

void ReceiptRenderer::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setPen(Qt::black);
    layout(&painter, area);
    painter.restore();
}

void ReceiptRenderer::paintOnDevice(QPainter &painter, const QSizeF &paintSizePixels, int dpi) const
{
    const qreal scale = dpi / kPointsPerInch;
    painter.save();
    painter.scale(scale, scale);
    paint(painter, QRectF(0, 0, paintSizePixels.width() / scale, paintSizePixels.height() / scale));
    painter.restore();
}

qreal ReceiptRenderer::layout(QPainter *painter, const QRectF &area) const
{
    const bool roll = m_style == Style::Roll;
    const qreal width = area.width();
    const qreal left = area.left();
    qreal y = area.top();
    const qreal lineGap = roll ? 1.5 : 3;
    const qreal sectionGap = roll ? 6 : 14;
    const Qt::Alignment headingAlign = roll ? Qt::AlignHCenter : Qt::AlignLeft;

    y += textBlock(painter, m_titleFont, QRectF(left, y, width, 0), headingAlign, m_model.storeName());
    y += lineGap;
    y += textBlock(painter, m_headingFont, QRectF(left, y, width, 0), headingAlign, m_model.title());

    const QList<ReceiptSection> sections = m_model.sections();
    const QFontMetricsF bodyMetrics(m_bodyFont);
    qreal labelWidth = 0;
    for (const ReceiptSection &section : sections) {
        for (const ReceiptField &field : section.fields)
            labelWidth = std::max(labelWidth, bodyMetrics.horizontalAdvance(field.label));
    }
    labelWidth = std::min(labelWidth, width * (roll ? 0.42 : 0.35));
    const qreal columnGap = roll ? 6 : 16;
    const qreal valueLeft = left + labelWidth + columnGap;
    const qreal valueWidth = width - labelWidth - columnGap;

    for (const ReceiptSection &section : sections) {
        y += sectionGap;
        if (painter) {
            painter->setPen(QPen(Qt::black, roll ? 0.5 : 0.75));
            painter->drawLine(QPointF(left, y - sectionGap / 2), QPointF(left + width, y - sectionGap / 2));
        }
        if (!section.title.isEmpty()) {
            y += textBlock(painter, m_headingFont, QRectF(left, y, width, 0), Qt::AlignLeft, section.title);
            y += lineGap;
        }
        for (const ReceiptField &field : section.fields) {
            const qreal labelHeight =
                textBlock(painter, m_bodyFont, QRectF(left, y, labelWidth, 0), Qt::AlignLeft, field.label);
            const qreal valueHeight =
                textBlock(painter, m_bodyFont, QRectF(valueLeft, y, valueWidth, 0), Qt::AlignLeft, field.value);
            y += std::max(labelHeight, valueHeight) + lineGap;
        }
        if (!section.note.isEmpty()) {
            y += lineGap;
            y += textBlock(painter, m_bodyFont, QRectF(left, y, width, 0), Qt::AlignLeft, section.note);
        }
    }

    y += sectionGap;
    const qreal qrSide = roll ? 40 * kMillimetre : 45 * kMillimetre;
    const QRectF qrRect(left + (width - qrSide) / 2, y, qrSide, qrSide);
    if (painter) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter->drawImage(qrRect, m_qr);
    }
    y += qrSide + lineGap;
    y += textBlock(painter, m_smallFont, QRectF(left, y, width, 0), Qt::AlignHCenter, m_model.qrCaption());
    y += lineGap;
    y += textBlock(painter, m_smallFont, QRectF(left, y, width, 0), Qt::AlignHCenter, m_model.refundIdText());
    return y - area.top();
}

} // namespace RefundDesk
