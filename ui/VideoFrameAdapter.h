#pragma once

#include "scan/ScanFrame.h"

class QVideoFrame;

namespace RefundDesk {

// Turns a video frame from a camera or a video file into a frame the decoder reads, without
// copying its pixels where the decoder can read the format directly: the Y plane of YUV frames
// (NV12, I420, YUYV, UYVY, ...) and packed RGB. The frame stays mapped until the last copy of
// the ScanFrame is gone. Other formats (JPEG, textures) are converted once through toImage().
class VideoFrameAdapter
{
public:
    static ScanFrame toScanFrame(const QVideoFrame &frame);
};

} // namespace RefundDesk
