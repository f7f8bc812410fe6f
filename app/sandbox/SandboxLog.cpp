#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "refunddesk.sandbox", QtInfoMsg)
