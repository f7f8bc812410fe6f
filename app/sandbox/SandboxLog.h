#pragma once

#include <QLoggingCategory>

// The sandbox's log on stderr: one line per request and per webhook delivery
// (QT_LOGGING_RULES="refunddesk.sandbox.info=false" silences it).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
