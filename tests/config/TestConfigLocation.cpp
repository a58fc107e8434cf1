// Where the window's configuration lives: ~/.config/Earshot/earshot.ini (XDG_CONFIG_HOME
// here), not Earshot 0.1's nested ~/.config/Earshot/Earshot/; a config left there is moved.
#include "core/config/ConfigLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConfigLocation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    [[nodiscard]] QString configHome() const
    {
        return m_home.filePath(QStringLiteral("config"));
    }

private slots:
    void initTestCase()
    {
        // As main() sets it: the application name only.
        QCoreApplication::setApplicationName(QStringLiteral("Earshot"));
        QCoreApplication::setOrganizationName(QString());
        qputenv("XDG_CONFIG_HOME", configHome().toLocal8Bit());
    }

    void cleanup()
    {
        QDir(configHome()).removeRecursively();
    }

    void oneEarshotFolder()
    {
        QCOMPARE(defaultConfigPath(), configHome() + QStringLiteral("/Earshot/earshot.ini"));
        QCOMPARE(legacyConfigPath(), configHome() + QStringLiteral("/Earshot/Earshot/earshot.ini"));
    }

    void preparingMakesTheFolder()
    {
        QCOMPARE(prepareDefaultConfigPath(), defaultConfigPath());
        QVERIFY(QFileInfo(configHome() + QStringLiteral("/Earshot")).isDir());
        QVERIFY(!QFileInfo::exists(defaultConfigPath())); // no file is invented
    }

    void aLegacyConfigIsMovedIntoPlace()
    {
        write(legacyConfigPath(), "[genesys]\nregion = eu-central-1\n");
        QCOMPARE(prepareDefaultConfigPath(), defaultConfigPath());
        QCOMPARE(read(defaultConfigPath()), QByteArray("[genesys]\nregion = eu-central-1\n"));
        QVERIFY(!QFileInfo::exists(legacyConfigPath()));
        QVERIFY(!QFileInfo::exists(configHome() + QStringLiteral("/Earshot/Earshot")));
    }

    void theLegacyFolderStaysWhenItHoldsMore()
    {
        write(legacyConfigPath(), "[genesys]\n");
        write(configHome() + QStringLiteral("/Earshot/Earshot/notes.txt"), "mine\n");
        QCOMPARE(prepareDefaultConfigPath(), defaultConfigPath());
        QCOMPARE(read(configHome() + QStringLiteral("/Earshot/Earshot/notes.txt")),
                 QByteArray("mine\n"));
    }

    void aCurrentConfigWinsOverALegacyOne()
    {
        write(defaultConfigPath(), "[genesys]\nregion = us-east-1\n");
        write(legacyConfigPath(), "[genesys]\nregion = eu-central-1\n");
        QCOMPARE(prepareDefaultConfigPath(), defaultConfigPath());
        QCOMPARE(read(defaultConfigPath()), QByteArray("[genesys]\nregion = us-east-1\n"));
        QCOMPARE(read(legacyConfigPath()), QByteArray("[genesys]\nregion = eu-central-1\n"));
    }
};

QTEST_GUILESS_MAIN(TestConfigLocation)
#include "TestConfigLocation.moc"
