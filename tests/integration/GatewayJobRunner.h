#pragma once

#include "gateways/GatewayJob.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace RefundDesk {

// Runs a gateway job to its end in a test: starts it, waits for finished() and checks
// that it came exactly once. Returns false when it never came.
//
//     RefundResult result;
//     QVERIFY(GatewayJobRunner::run(gateway.refund(request), result));
class GatewayJobRunner
{
public:
    template<typename Job, typename Result>
    static bool run(Job *job, Result &result, int timeoutMs = 30000)
    {
        job->setAutoDelete(false);
        const std::unique_ptr<Job> owner(job);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        if (!spy.wait(timeoutMs))
            return false;
        // A second finished() would be a broken promise; give it a moment to show.
        QTest::qWait(20);
        if (spy.size() != 1)
            return false;
        result = spy.at(0).at(0).template value<Result>();
        return true;
    }
};

} // namespace RefundDesk
