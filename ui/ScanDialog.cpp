#include "ScanDialog.h"

#include "ViewfinderWidget.h"
#include "scan/ReceiptFileReader.h"

#include <QCamera>
#include <QCameraDevice>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace RefundDesk {

namespace {
// Long enough to hear the beep and see the outline before the dialog closes.
constexpr int kCloseDelayMs = 400;
} // namespace

ScanDialog::ScanDialog(QWidget *parent)
    : QDialog(parent)
    , m_cameraPicker(new QComboBox(this))
    , m_openImageButton(new QPushButton(tr("Open image..."), this))
    , m_openVideoButton(new QPushButton(tr("Open video..."), this))
    , m_stack(new QStackedWidget(this))
    , m_viewfinder(new ViewfinderWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_player(new QMediaPlayer(this))
{
    setWindowTitle(tr("Scan receipt"));

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new QLabel(tr("Camera:"), this));
    sourceRow->addWidget(m_cameraPicker, 1);
    sourceRow->addWidget(m_openImageButton);
    sourceRow->addWidget(m_openVideoButton);

    m_problemLabel->setAlignment(Qt::AlignCenter);
    m_problemLabel->setWordWrap(true);
    m_stack->addWidget(m_viewfinder);
    m_stack->addWidget(m_problemLabel);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    m_viewfinder->setVideoSink(m_pipeline.videoSink());
    m_beep.setSource(QUrl(QStringLiteral("qrc:/sounds/scan-beep.wav")));

    connect(&m_pipeline, &VideoScanPipeline::frameDecoded, this, [this](const DecodeResult &result, QSize frameSize) {
        if (result.found)
            m_viewfinder->showCode(result.position, frameSize);
    });
    connect(&m_pipeline, &VideoScanPipeline::codeAccepted, this,
            [this](const DecodeResult &result) { onTextRead(result.text, result.formatName()); });
    connect(m_openImageButton, &QPushButton::clicked, this, &ScanDialog::chooseImage);
    connect(m_openVideoButton, &QPushButton::clicked, this, &ScanDialog::chooseVideo);
    connect(m_cameraPicker, &QComboBox::activated, this, &ScanDialog::startCamera);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &ScanDialog::refreshCameras);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        setStatus(tr("The video cannot be played: %1").arg(message));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && !m_done)
            setStatus(tr("No receipt code was found in the video."));
    });

    refreshCameras();
}

ScanDialog::~ScanDialog()
{
    stopSources();
    // A file being read still refers to nothing of ours, but must not outlive the program's exit.
    if (m_fileJob)
        m_fileJob->wait();
}

QString ScanDialog::statusText() const
{
    return m_statusLabel->text();
}

void ScanDialog::refreshCameras()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    m_cameraPicker->clear();
    for (const QCameraDevice &camera : cameras)
        m_cameraPicker->addItem(camera.description());
    m_cameraPicker->setEnabled(!cameras.isEmpty());
    if (cameras.isEmpty()) {
        stopSources();
        showCameraProblem(tr("No camera found. Open a picture, a PDF or a video of the receipt instead."));
        return;
    }
    const QCameraDevice preferred = QMediaDevices::defaultVideoInput();
    const auto index = cameras.indexOf(preferred);
    m_cameraPicker->setCurrentIndex(index >= 0 ? int(index) : 0);
    startCamera(m_cameraPicker->currentIndex());
}

void ScanDialog::startCamera(int index)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (index < 0 || index >= cameras.size())
        return;
    stopSources();
    m_camera = std::make_unique<QCamera>(cameras.at(index));
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        showCameraProblem(tr("The camera cannot be used: %1\nIf RefundDesk may not use the camera, allow it in "
                             "the system's privacy settings, or open a picture of the receipt instead.")
                              .arg(message));
    });
    m_session.setCamera(m_camera.get());
    m_session.setVideoSink(m_pipeline.videoSink());
    m_pipeline.restart();
    m_cameraProblem.clear();
    m_stack->setCurrentWidget(m_viewfinder);
    setStatus(tr("Hold the receipt's barcode in front of the camera."));
    m_camera->start();
}

void ScanDialog::stopSources()
{
    m_player->stop();
    m_player->setVideoSink(nullptr);
    m_session.setVideoSink(nullptr);
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void ScanDialog::showCameraProblem(const QString &problem)
{
    m_cameraProblem = problem;
    m_problemLabel->setText(problem);
    m_stack->setCurrentWidget(m_problemLabel);
    m_openImageButton->setDefault(true);
}

void ScanDialog::chooseImage()
{
    const QString filter = tr("Receipts (%1)").arg(ReceiptFileReader::nameFilters().join(QLatin1Char(' ')));
    const QString path = QFileDialog::getOpenFileName(this, tr("Open receipt picture or PDF"), QString(), filter);
    if (!path.isEmpty())
        openImageFile(path);
}

void ScanDialog::chooseVideo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open receipt video"), QString(),
                                                      tr("Videos (*.webm *.mkv *.mp4 *.avi *.mov)"));
    if (!path.isEmpty())
        openVideoFile(path);
}

void ScanDialog::openImageFile(const QString &path)
{
    if (m_fileJob)
        return; // one file at a time; the buttons say so
    setStatus(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    auto result = std::make_shared<FileScanResult>();
    m_fileJob = QThread::create([path, result] { *result = ReceiptFileReader().scan(path); });
    connect(m_fileJob, &QThread::finished, this, [this, result] {
        m_openImageButton->setEnabled(true);
        if (result->status == FileScanResult::Status::Found)
            onTextRead(result->code.text, result->code.formatName());
        else
            setStatus(result->message);
    });
    connect(m_fileJob, &QThread::finished, m_fileJob, &QObject::deleteLater);
    m_openImageButton->setEnabled(false);
    m_fileJob->start();
}

void ScanDialog::openVideoFile(const QString &path)
{
    stopSources();
    m_pipeline.restart();
    m_stack->setCurrentWidget(m_viewfinder);
    setStatus(tr("Playing %1...").arg(QFileInfo(path).fileName()));
    m_player->setVideoSink(m_pipeline.videoSink());
    m_player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    m_player->play();
}

void ScanDialog::onTextRead(const QString &text, const QString &formatName)
{
    if (m_done)
        return;
    const ReceiptCode code = ReceiptCode::parse(text);
    if (!code.isOk()) {
        setStatus(tr("%1 (%2 code)").arg(code.message(), formatName));
        return;
    }
    m_done = true;
    m_beep.play();
    setStatus(code.message());
    Q_EMIT codeScanned(code);
    stopSources();
    QTimer::singleShot(kCloseDelayMs, this, &QDialog::accept);
}

void ScanDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

} // namespace RefundDesk
