// loadConfigFile on arbitrary bytes: no crash, no control character in any message,
// warnings capped.
#include "FuzzTarget.h"

#include "core/config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A new name for every input: QSettings caches parsed files by path.
    static int n = 0;
    const QString path =
        QDir::tempPath() +
        QStringLiteral("/earshot-fuzz-%1-%2.ini").arg(QCoreApplication::applicationPid()).arg(++n);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const ConfigLoad load = loadConfigFile(path);
    QFile::remove(path);
    FUZZ_CHECK(load.warnings.size() <= kMaxConfigWarnings + 1);
    for (const QString &text : load.errors + load.warnings) {
        for (const QChar c : text)
            FUZZ_CHECK(c.category() != QChar::Other_Control);
    }
    return 0;
}
