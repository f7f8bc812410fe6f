#pragma once

#include "GatewayResult.h"

#include <QObject>

namespace RefundDesk {

// Each gateway operation is a job: created by the Gateway, started by the caller,
// emitting finished() exactly once, then deleting itself later (deleteLater) unless
// the caller keeps it with setAutoDelete(false).
class GatewayJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~GatewayJob() override = default;

    virtual void start() = 0;
    // Stops waiting. A refund already sent cannot be taken back: its result is then
    // OutcomeUnknown, never "failed".
    virtual void cancel() = 0;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

protected:
    void scheduleDeleteIfAuto()
    {
        if (m_autoDelete)
            deleteLater();
    }

private:
    bool m_autoDelete = true;
};

class LookupJob : public GatewayJob
{
    Q_OBJECT

public:
    using GatewayJob::GatewayJob;

Q_SIGNALS:
    void finished(const RefundDesk::LookupResult &result);
};

class RefundJob : public GatewayJob
{
    Q_OBJECT

public:
    using GatewayJob::GatewayJob;

Q_SIGNALS:
    void finished(const RefundDesk::RefundResult &result);
};

} // namespace RefundDesk
