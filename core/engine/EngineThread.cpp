#include "EngineThread.h"

#include "EngineHost.h"

#include <QMetaObject>

namespace RefundDesk {

EngineThread::EngineThread(RefundDeskConfig config, Options options, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("RefundDesk engine"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

EngineThread::~EngineThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor, [this] { m_host.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_anchor;
    }
}

void EngineThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_anchor, [this] {
        EngineHost::Opened opened = EngineHost::open(m_config);
        if (!opened.host) {
            QMetaObject::invokeMethod(this, [this, error = opened.error] { Q_EMIT failed(error); });
            return;
        }
        QString error;
        if (m_options.webhooks && !opened.host->startWebhooks(&error)) {
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
            return;
        }
        if (m_options.sync)
            opened.host->sync().start();
        m_host = std::move(opened.host);
        RefundEngine *engine = &m_host->engine();
        RefundSync *sync = &m_host->sync();
        QMetaObject::invokeMethod(this, [this, engine, sync] {
            m_engine = engine;
            m_sync = sync;
            Q_EMIT ready();
        });
    });
}

} // namespace RefundDesk
