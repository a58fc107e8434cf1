// The committed catalogues are complete for the current sources: lupdate runs on
// temporary copies of translations/*.ts (as `update_translations` would), and the result
// must have nothing new, nothing vanished, nothing unfinished, every plural form filled,
// and the placeholders of each source kept. lupdate must also file every string under a
// context the runtime uses (no "lacks Q_OBJECT" or unresolved tr() warnings).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(EARSHOT_SOURCE_DIR);

struct LupdateRun
{
    bool finished = false;
    int exitCode = -1;
    QString output;
};

LupdateRun runLupdate(const QStringList &extraArgs, const QString &tsFile)
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.setWorkingDirectory(kSourceDir);
    QStringList args{QStringLiteral("-I"), kSourceDir, QStringLiteral("-locations"),
                     QStringLiteral("none")};
    args << extraArgs;
    args << QStringLiteral("app") << QStringLiteral("core") << QStringLiteral("ui");
    args << QStringLiteral("-ts") << tsFile;
    lupdate.start(QStringLiteral(EARSHOT_LUPDATE), args);
    LupdateRun run;
    run.finished = lupdate.waitForFinished(240'000);
    run.exitCode = lupdate.exitCode();
    run.output = QString::fromLocal8Bit(lupdate.readAll());
    return run;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression kPlaceholder(QStringLiteral("%(?:\\d|n)"));
    QStringList found;
    for (auto it = kPlaceholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// Every problem of one updated catalogue, as lines that name the entry.
QStringList catalogueProblems(const QString &path, int pluralForms, bool pluralOnly)
{
    QStringList problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read %1").arg(path)};
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    int entries = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++entries;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString where = context + QStringLiteral(" / \"") + source + u'"';
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                problems.append(QStringLiteral("no longer in the sources: ") + where);
            else if (type == QLatin1String("unfinished") && (numerus || !pluralOnly))
                problems.append(QStringLiteral("missing or unfinished: ") + where);
            if (!numerus) {
                const QString text = xml.readElementText();
                if (!pluralOnly && placeholders(text) != placeholders(source))
                    problems.append(QStringLiteral("placeholders differ: ") + where);
                continue;
            }
            int forms = 0;
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("numerusform")) {
                    xml.skipCurrentElement();
                    continue;
                }
                ++forms;
                const QString form = xml.readElementText();
                if (form.isEmpty())
                    problems.append(QStringLiteral("empty plural form: ") + where);
                if (placeholders(form) != placeholders(source))
                    problems.append(QStringLiteral("placeholders differ in a plural form: ") +
                                    where);
            }
            if (forms != pluralForms)
                problems.append(
                    QStringLiteral("%1 plural forms instead of %2: ").arg(forms).arg(pluralForms) +
                    where);
        }
    }
    if (xml.hasError())
        problems.append(QStringLiteral("not valid XML: ") + xml.errorString());
    if (entries == 0)
        problems.append(QStringLiteral("no entries at all"));
    return problems;
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("de") << QStringLiteral("de") << 2 << false;
        QTest::newRow("fr") << QStringLiteral("fr") << 2 << false;
        QTest::newRow("es") << QStringLiteral("es") << 2 << false;
        // English is the source language: its catalogue holds the plural forms only.
        QTest::newRow("en") << QStringLiteral("en") << 2 << true;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralOnly);
        const QString name = QStringLiteral("earshot_%1.ts").arg(language);
        QTemporaryDir dir;
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(kSourceDir + QStringLiteral("/translations/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList extra;
        if (pluralOnly)
            extra << QStringLiteral("-pluralonly");
        const LupdateRun run = runLupdate(extra, copy);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
        // "Found 466 source text(s) (0 new and 466 already existing)"
        static const QRegularExpression kFound(QStringLiteral("\\((\\d+) new and"));
        const auto found = kFound.match(run.output);
        QVERIFY2(found.hasMatch(), qPrintable(run.output));
        QVERIFY2(pluralOnly || found.captured(1) == QLatin1String("0"),
                 qPrintable(QStringLiteral("texts missing from %1; run the update_translations "
                                           "target and translate them:\n")
                                .arg(name) +
                            run.output));

        const QStringList problems = catalogueProblems(copy, pluralForms, pluralOnly);
        QVERIFY2(problems.isEmpty(), qPrintable(name + u'\n' + problems.join(u'\n')));
    }

    // lupdate files a tr() it cannot attribute under a context the runtime never asks
    // for; it says so with these warnings, so none may appear.
    void everyTextHasItsRuntimeContext()
    {
        QTemporaryDir dir;
        const LupdateRun run = runLupdate({}, dir.filePath(QStringLiteral("probe_de.ts")));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
        for (const QString &warning :
             {QStringLiteral("lacks Q_OBJECT"), QStringLiteral("Cannot invoke tr()"),
              QStringLiteral("Qualifying with unknown"), QStringLiteral("Discarding unconsumed")}) {
            QVERIFY2(!run.output.contains(warning), qPrintable(run.output));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "TestTranslationCatalogues.moc"
