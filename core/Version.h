#pragma once

#include <QString>

namespace RefundDesk {

// "0.1.0" — the version set by project() in the top-level CMakeLists.txt.
QString versionNumber();
// "0.1.0 (git abc1234)" — the application version of every program, which
// QCommandLineParser prints after the program's name for --version.
QString versionString();

} // namespace RefundDesk
