// Runs every file of the given corpus folders (or single files) through the fuzz target's
// LLVMFuzzerTestOneInput, in a normal build without libFuzzer. A crash or a broken
// invariant aborts, which fails the test; so does an empty corpus.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(QDir::toNativeSeparators(path)));
        return false;
    }
    const QByteArray data = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                           static_cast<std::size_t>(data.size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(argument);
        QStringList paths;
        if (info.isDir()) {
            const QDir dir(argument);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                paths.append(dir.filePath(name));
            }
        } else {
            paths.append(argument);
        }
        for (const QString &path : paths) {
            if (!runFile(path)) {
                return 1;
            }
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no corpus files given\n");
        return 1;
    }
    std::printf("%d corpus files ran cleanly\n", files);
    return 0;
}
