#include "ViewfinderWidget.h"

#include <QPainter>
#include <QVideoSink>

namespace RefundDesk {

ViewfinderWidget::ViewfinderWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    m_codeTimeout.setSingleShot(true);
    m_codeTimeout.setInterval(600);
    connect(&m_codeTimeout, &QTimer::timeout, this, [this] { showCode({}, {}); });
}

void ViewfinderWidget::setVideoSink(QVideoSink *sink)
{
    connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        // A stopped source sends an empty frame: keep showing the last picture, which is the
        // one the accepted code was read from.
        if (!frame.isValid())
            return;
        m_frame = frame;
        update();
    });
}

void ViewfinderWidget::showCode(const QPolygon &position, QSize frameSize)
{
    m_code = position;
    m_codeFrameSize = frameSize;
    if (!position.isEmpty())
        m_codeTimeout.start();
    update();
}

QRectF ViewfinderWidget::frameRect() const
{
    const QSize frameSize = m_frame.isValid() ? m_frame.size() : m_codeFrameSize;
    if (frameSize.isEmpty())
        return rect();
    const QSizeF scaled = QSizeF(frameSize).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

QPolygonF ViewfinderWidget::codeOutline() const
{
    if (m_code.isEmpty() || m_codeFrameSize.isEmpty())
        return {};
    const QRectF target = frameRect();
    const qreal scaleX = target.width() / m_codeFrameSize.width();
    const qreal scaleY = target.height() / m_codeFrameSize.height();
    QPolygonF outline;
    for (const QPoint &corner : m_code)
        outline.append(target.topLeft() + QPointF(corner.x() * scaleX, corner.y() * scaleY));
    return outline;
}

void ViewfinderWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_frame.isValid()) {
        QVideoFrame::PaintOptions options;
        options.backgroundColor = Qt::black;
        m_frame.paint(&painter, frameRect(), options);
    }
    const QPolygonF outline = codeOutline();
    if (!outline.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 200, 80), 4));
        painter.setBrush(QColor(0, 200, 80, 50));
        painter.drawPolygon(outline);
    }
}

} // namespace RefundDesk
