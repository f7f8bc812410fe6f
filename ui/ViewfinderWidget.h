#pragma once

#include <QPolygon>
#include <QSize>
#include <QTimer>
#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace RefundDesk {

// Shows the frames of a QVideoSink, scaled to fit, and outlines the code the decoder found.
// Painting uses its own reference to each frame; the decoder path is separate.
class ViewfinderWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ViewfinderWidget(QWidget *parent = nullptr);

    void setVideoSink(QVideoSink *sink);
    // Outlines a code at `position` (frame pixels) of a frame of `frameSize`; an empty polygon
    // clears it. The outline fades out by itself when no new position follows.
    void showCode(const QPolygon &position, QSize frameSize);
    QPolygonF codeOutline() const; // in widget coordinates; empty when none is shown

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF frameRect() const;

    QVideoFrame m_frame;
    QPolygon m_code;
    QSize m_codeFrameSize;
    QTimer m_codeTimeout;
};

} // namespace RefundDesk
