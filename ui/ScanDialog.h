#pragma once

#include "VideoScanPipeline.h"
#include "scan/ReceiptCode.h"

#include <QDialog>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPointer>
#include <QSoundEffect>

#include <memory>

class QCamera;
class QCameraDevice;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QStackedWidget;
class QThread;

namespace RefundDesk {

class ViewfinderWidget;

// "Scan receipt": reads the receipt's barcode from a camera, a picture or PDF file, or a video
// file, and hands the receipt code over with codeScanned(). Camera and video frames go through
// one VideoScanPipeline; files are read off the UI thread. Without a camera, or when the
// camera cannot be opened (no permission, busy), it says so and offers the files instead.
// Codes that are not receipts RefundDesk knows are shown and scanning goes on.
class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScanDialog(QWidget *parent = nullptr);
    ~ScanDialog() override;

    // Why no camera picture is shown ("No camera found. ..."); empty while a camera runs.
    QString cameraProblem() const { return m_cameraProblem; }
    // The last line of the dialog: what was read, or why nothing was.
    QString statusText() const;

public Q_SLOTS:
    void openImageFile(const QString &path);
    void openVideoFile(const QString &path);

Q_SIGNALS:
    // A receipt code RefundDesk knows (isOk()). The dialog closes itself shortly after.
    void codeScanned(const RefundDesk::ReceiptCode &code);

private:
    void refreshCameras();
    void startCamera(int index);
    void stopSources();
    void showCameraProblem(const QString &problem);
    void chooseImage();
    void chooseVideo();
    void onTextRead(const QString &text, const QString &formatName);
    void setStatus(const QString &text);

    QComboBox *m_cameraPicker;
    QPushButton *m_openImageButton;
    QPushButton *m_openVideoButton;
    QStackedWidget *m_stack;
    ViewfinderWidget *m_viewfinder;
    QLabel *m_problemLabel;
    QLabel *m_statusLabel;

    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QMediaPlayer *m_player;
    VideoScanPipeline m_pipeline;
    QSoundEffect m_beep;
    QPointer<QThread> m_fileJob;
    QString m_cameraProblem;
    bool m_done = false;
};

} // namespace RefundDesk
