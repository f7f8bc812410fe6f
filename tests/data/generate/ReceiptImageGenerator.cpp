#include "ReceiptImageGenerator.h"

#include "scan/BarcodeWriter.h"

#include <QPainter>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>

namespace RefundDesk::TestData {

namespace {

constexpr std::array<Distortion, 8> kDistortions {
    Distortion::Clean, Distortion::Rotation,    Distortion::Blur,  Distortion::Perspective,
    Distortion::Noise, Distortion::LowContrast, Distortion::Glare, Distortion::Small};

QString pockytTransactionNo(int index)
{
    return QStringLiteral("29755363830070%1").arg(8562 + index % 1000, 4, 10, QLatin1Char('0'));
}

QString pwTransactionId(int index)
{
    return QStringLiteral("529-14386%1-%2").arg(73740 + index % 10000, 5, 10, QLatin1Char('0')).arg(index % 9 + 1);
}

QString payNetCheckoutId(int index)
{
    return QStringLiteral("b4e6c575-5393-4a1e-a231-%1").arg(0x269e9a3f8af3LL + index, 12, 16, QLatin1Char('0'));
}

QString ean13(int index)
{
    QString digits = QStringLiteral("400638%1").arg(133393 + index % 100000, 6, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    digits.append(QChar(u'0' + (10 - sum % 10) % 10));
    return digits;
}

std::uint8_t clampByte(int value)
{
    return static_cast<std::uint8_t>(std::clamp(value, 0, 255));
}

void boxBlur(QImage &image, int radius)
{
    const int width = image.width();
    const int height = image.height();
    QImage source = image.copy();
    const int span = 2 * radius + 1;
    for (int y = 0; y < height; ++y) { // horizontal pass
        const uchar *in = source.constScanLine(y);
        uchar *out = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            int sum = 0;
            for (int k = -radius; k <= radius; ++k)
                sum += in[std::clamp(x + k, 0, width - 1)];
            out[x] = clampByte(sum / span);
        }
    }
    source = image.copy();
    for (int y = 0; y < height; ++y) { // vertical pass
        uchar *out = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            int sum = 0;
            for (int k = -radius; k <= radius; ++k)
                sum += source.constScanLine(std::clamp(y + k, 0, height - 1))[x];
            out[x] = clampByte(sum / span);
        }
    }
}

void addNoise(QImage &image, QRandomGenerator &random, int amplitude)
{
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            // The sum of three uniform draws is close enough to Gaussian for sensor noise.
            const int noise = random.bounded(-amplitude, amplitude + 1) + random.bounded(-amplitude, amplitude + 1)
                + random.bounded(-amplitude, amplitude + 1);
            line[x] = clampByte(line[x] + noise / 3);
        }
    }
}

void squeezeContrast(QImage &image, int low, int high)
{
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = clampByte(low + line[x] * (high - low) / 255);
    }
}

// A receipt: paper, a few printed lines above and below, the code in the middle.
QImage paperWithCode(const QImage &code, QRandomGenerator &random)
{
    const int margin = 30;
    const int linesHeight = 70;
    QImage paper(code.width() + 2 * margin, code.height() + 2 * linesHeight + 2 * margin, QImage::Format_RGB32);
    paper.fill(QColor::fromRgb(random.bounded(235, 256), random.bounded(235, 256), random.bounded(228, 250)));
    QPainter painter(&paper);
    const QColor ink = QColor::fromRgb(60, 60, 60);
    for (int block = 0; block < 2; ++block) {
        const int top = block == 0 ? margin / 2 : paper.height() - linesHeight - margin / 2;
        for (int line = 0; line < 4; ++line) {
            const int lineWidth = random.bounded(paper.width() / 3, paper.width() - 2 * margin + 1);
            painter.fillRect(margin, top + line * 17, lineWidth, 8, ink);
        }
    }
    painter.drawImage(margin, linesHeight + margin, code);
    return paper;
}

QPolygonF jittered(const QRectF &rect, QRandomGenerator &random, qreal fraction)
{
    const qreal dx = rect.width() * fraction;
    const qreal dy = rect.height() * fraction;
    auto jitter = [&random](qreal range) {
        return (random.generateDouble() * 2 - 1) * range;
    };
    return QPolygonF(
        {rect.topLeft() + QPointF(jitter(dx), jitter(dy)), rect.topRight() + QPointF(jitter(dx), jitter(dy)),
         rect.bottomRight() + QPointF(jitter(dx), jitter(dy)), rect.bottomLeft() + QPointF(jitter(dx), jitter(dy))});
}

int moduleSizeFor(BarcodeSymbology symbology, Distortion distortion, QRandomGenerator &random)
{
    const bool linear = isLinearSymbology(symbology);
    if (distortion == Distortion::Small)
        return linear ? 1 : 2;
    return linear ? random.bounded(2, 4) : random.bounded(3, 6);
}

} // namespace

QList<Distortion> allDistortions()
{
    return QList<Distortion>(kDistortions.begin(), kDistortions.end());
}

QString distortionName(Distortion distortion)
{
    switch (distortion) {
    case Distortion::Clean:
        return QStringLiteral("Clean");
    case Distortion::Rotation:
        return QStringLiteral("Rotation");
    case Distortion::Blur:
        return QStringLiteral("Blur");
    case Distortion::Perspective:
        return QStringLiteral("Perspective");
    case Distortion::Noise:
        return QStringLiteral("Noise");
    case Distortion::LowContrast:
        return QStringLiteral("LowContrast");
    case Distortion::Glare:
        return QStringLiteral("Glare");
    case Distortion::Small:
        return QStringLiteral("Small");
    }
    return {};
}

ReceiptImageGenerator::ReceiptImageGenerator(quint32 seed)
    : m_seed(seed)
{ }

QString ReceiptImageGenerator::receiptText(BarcodeSymbology symbology, int index)
{
    switch (symbology) {
    case BarcodeSymbology::QrCode:
        switch (index % 4) {
        case 0:
            return QStringLiteral("refunddesk:sale?gateway=pockyt&transaction=") + pockytTransactionNo(index);
        case 1:
            return pockytTransactionNo(index);
        case 2:
            return QStringLiteral("refunddesk:refund?gateway=paynet&refund=%1&transaction=%2")
                .arg(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"), payNetCheckoutId(index));
        default:
            return pwTransactionId(index);
        }
    case BarcodeSymbology::Code128:
        return index % 2 == 0 ? QStringLiteral("TXN:") + pwTransactionId(index) : pockytTransactionNo(index);
    case BarcodeSymbology::Code39:
        return pwTransactionId(index);
    case BarcodeSymbology::Ean13:
        return ean13(index);
    case BarcodeSymbology::Itf:
        return pockytTransactionNo(index);
    case BarcodeSymbology::Pdf417:
        return QStringLiteral("{\"refunddesk\":\"sale\",\"gateway\":\"secpaid\",\"transaction\":\"%1\"}")
            .arg(12345 + index);
    case BarcodeSymbology::DataMatrix:
        return index % 2 == 0 ? QStringLiteral("pockyt:") + pockytTransactionNo(index)
                              : QStringLiteral("secpaid:%1").arg(12345 + index);
    case BarcodeSymbology::Aztec:
        return QStringLiteral("paynet:") + payNetCheckoutId(index);
    }
    return {};
}

ReceiptSample ReceiptImageGenerator::sample(int index) const
{
    const QList<BarcodeSymbology> symbologies = allBarcodeSymbologies();
    const auto symbologyCount = static_cast<int>(symbologies.size());
    const auto distortionCount = static_cast<int>(kDistortions.size());

    ReceiptSample sample;
    sample.symbology = symbologies.at(index % symbologyCount);
    sample.distortion = kDistortions.at(static_cast<std::size_t>((index / symbologyCount) % distortionCount));
    sample.text = receiptText(sample.symbology, index);
    sample.name = QStringLiteral("%1-%2-%3")
                      .arg(index, 4, 10, QLatin1Char('0'))
                      .arg(barcodeSymbologyName(sample.symbology), distortionName(sample.distortion));

    QRandomGenerator random(m_seed ^ (static_cast<quint32>(index) * 2654435761U));
    const QSize size = imageSize();

    // Pick the largest module size that still lets the receipt fit the picture.
    int moduleSize = moduleSizeFor(sample.symbology, sample.distortion, random);
    QImage code;
    for (; moduleSize >= 1; --moduleSize) {
        code = BarcodeWriter::render(sample.symbology, sample.text, moduleSize);
        if (code.width() <= size.width() * 3 / 4 && code.height() <= size.height() / 2)
            break;
    }
    Q_ASSERT(!code.isNull());
    const QImage paper = paperWithCode(code, random);

    QImage canvas(size, QImage::Format_RGB32);
    const int table = random.bounded(60, 130);
    canvas.fill(QColor::fromRgb(table, table - 5, table - 10));
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF paperRect(QPointF(0, 0), QSizeF(paper.size()));
        const QPointF centre(size.width() / 2.0 + random.bounded(-40, 41),
                             size.height() / 2.0 + random.bounded(-30, 31));
        QTransform transform;
        if (sample.distortion == Distortion::Perspective) {
            QPolygonF target = jittered(paperRect.translated(centre - paperRect.center()), random, 0.12);
            QTransform::quadToQuad(QPolygonF(paperRect).first(4), target, transform);
        } else {
            const qreal angle =
                sample.distortion == Distortion::Rotation ? random.bounded(360.0) : random.bounded(10.0) - 5.0;
            transform.translate(centre.x(), centre.y());
            transform.rotate(angle);
            transform.translate(-paperRect.center().x(), -paperRect.center().y());
        }
        painter.setTransform(transform);
        painter.drawImage(0, 0, paper);
        if (sample.distortion == Distortion::Glare) {
            // A lamp's reflection: a bright, soft disc over part of the code.
            painter.resetTransform();
            const QPointF spot = centre + QPointF(random.bounded(-60, 61), random.bounded(-40, 41));
            QRadialGradient glare(spot, random.bounded(90, 160));
            glare.setColorAt(0, QColor(255, 255, 255, 215));
            glare.setColorAt(0.6, QColor(255, 255, 255, 120));
            glare.setColorAt(1, QColor(255, 255, 255, 0));
            painter.fillRect(canvas.rect(), glare);
        }
    }

    sample.image = canvas.convertToFormat(QImage::Format_Grayscale8);
    switch (sample.distortion) {
    case Distortion::Blur:
        boxBlur(sample.image, random.bounded(1, 3));
        break;
    case Distortion::Noise:
        addNoise(sample.image, random, random.bounded(40, 70));
        break;
    case Distortion::LowContrast: {
        const int low = random.bounded(70, 120);
        squeezeContrast(sample.image, low, low + random.bounded(45, 70));
        addNoise(sample.image, random, 6);
        break;
    }
    case Distortion::Clean:
    case Distortion::Rotation:
    case Distortion::Perspective:
    case Distortion::Glare:
    case Distortion::Small:
        addNoise(sample.image, random, 6);
        break;
    }
    return sample;
}

QList<ReceiptSample> ReceiptImageGenerator::samples(int count) const
{
    QList<ReceiptSample> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(sample(i));
    return result;
}

QImage ReceiptImageGenerator::videoFrame(BarcodeSymbology symbology, const QString &text, int frame, int frameCount,
                                         QSize size)
{
    QRandomGenerator random(4242);
    const QImage code = BarcodeWriter::render(symbology, text, 4);
    const QImage paper = paperWithCode(code, random);

    QImage canvas(size, QImage::Format_RGB32);
    canvas.fill(QColor::fromRgb(90, 85, 80));
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Slides in from the right over the first half of the clip, then rests.
    const qreal progress = std::min(1.0, 2.0 * frame / std::max(1, frameCount - 1));
    const QPointF rest(size.width() / 2.0, size.height() / 2.0);
    const QPointF centre = rest + QPointF((1.0 - progress) * size.width(), 0);
    const qreal scale =
        std::min(1.0, 0.9 * std::min(size.width() / qreal(paper.width()), size.height() / qreal(paper.height())));
    painter.translate(centre);
    painter.rotate(8.0 * (1.0 - progress) - 3.0);
    painter.scale(scale, scale);
    painter.translate(-paper.width() / 2.0, -paper.height() / 2.0);
    painter.drawImage(0, 0, paper);
    return canvas;
}

} // namespace RefundDesk::TestData
