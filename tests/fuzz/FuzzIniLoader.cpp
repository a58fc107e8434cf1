// loadConfigFile on arbitrary bytes: no crash, no control character in any message,
// warnings capped.
//
// The product reads the config through QSettings, which parses files only, so each input is
// written to one file in memory (tmpfs when there is one) and read by the product's own
// loadConfigFile. Always the same path: a new path per input grows QSettings' cache of parsed
// files, so every input allocates more than it frees and libFuzzer runs a full LeakSanitizer
// pass after each one (~130 inputs a second). QSettings skips re-reading a cached file whose
// size and modification time are unchanged, so each input gets a modification time of its own.
#include "FuzzTarget.h"

#include "core/config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace earshot;

namespace {

QString inputPath()
{
    const QString shm = QStringLiteral("/dev/shm");
    const QString dir = QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    return dir + QStringLiteral("/earshot-fuzz-%1.ini").arg(QCoreApplication::applicationPid());
}

// The file outlives the last input; plain C at exit, when Qt's statics may be gone.
std::string g_inputFile;

void removeInputFile()
{
    if (!g_inputFile.empty())
        std::remove(g_inputFile.c_str());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString path = inputPath();
    static qint64 inputs = 0;
    if (inputs == 0) {
        g_inputFile = QFile::encodeName(path).toStdString();
        std::atexit(removeInputFile);
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
        FUZZ_CHECK(file.setFileTime(QDateTime::fromSecsSinceEpoch(1'000'000'000 + ++inputs),
                                    QFileDevice::FileModificationTime));
    }
    const ConfigLoad load = loadConfigFile(path);
    FUZZ_CHECK(load.warnings.size() <= kMaxConfigWarnings + 1);
    for (const QString &text : load.errors + load.warnings) {
        for (const QChar c : text)
            FUZZ_CHECK(c.category() != QChar::Other_Control);
    }
    return 0;
}
