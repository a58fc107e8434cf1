// The operator's window in German, chosen the way a user chooses it: the test runs with
// LANGUAGE=de (see CMakeLists.txt) and installs the translations as the app does at start,
// following the system's languages. Menus, status words, an error message from the
// pipeline and Qt's own button texts must all be German.
#include "tests/support/MonitorWorld.h"

#include "core/i18n/Translations.h"
#include "core/presentation/IncidentTableModel.h"
#include "core/presentation/QueueTableModel.h"
#include "ui/IncidentsView.h"
#include "ui/MainWindow.h"
#include "ui/MonitorWindow.h"
#include "ui/QueueTablePage.h"
#include "ui/StatusBarWidget.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

QString modelText(const QAbstractItemModel *model)
{
    QStringList cells;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
    return cells.join(u'|');
}

QString labelsText(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'|');
}

} // namespace

class TestGermanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("LANGUAGE"), QStringLiteral("de"));
        const InstalledTranslations installed = installTranslations(localeForLanguage({}));
        QCOMPARE(installed.earshot, QStringLiteral(":/earshot/translations/earshot_de.qm"));
        QVERIFY2(installed.qt.endsWith(QStringLiteral("qtbase_de.qm")),
                 "Qt's own catalogue is missing: install qt6-translations-l10n");
    }

    void menusStatusWordsAndAnErrorAreGerman()
    {
        QTemporaryDir dir;
        World w;
        w.pagerDutyFaults.push(PagerDutyFault::status(401)); // the key is refused
        auto monitor = Monitor::create(w.setup(dir.filePath(QStringLiteral("de.sqlite"))));
        QVERIFY(monitor.ok());
        MonitorWindow window(*monitor.value());
        window.show();
        monitor.value()->start();
        w.run(*monitor.value(), 4); // Sales degrades, the trigger is refused

        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht")}));

        const QString queues = modelText(window.queuePage()->model());
        QVERIFY2(queues.contains(QStringLiteral("Kritisch")) ||
                     queues.contains(QStringLiteral("Warnung")),
                 qPrintable(queues));
        QCOMPARE(window.queuePage()
                     ->model()
                     ->headerData(QueueTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Status"));

        const QString key = makeDedupKey(kQueue, w.script.firstWindow + 3 * 300);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return modelText(window.incidentsView()->model())
                             .contains(QStringLiteral("Prüfen Sie den Integrationsschlüssel"));
                     },
                     5000),
                 qPrintable(modelText(window.incidentsView()->model())));
        QVERIFY(modelText(window.incidentsView()->model()).contains(QStringLiteral("Offen")));
        QVERIFY(!modelText(window.incidentsView()->model()).contains(QStringLiteral("verify")));

        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return labelsText(window.statusBarWidget())
                             .contains(
                                 QStringLiteral("PagerDuty: Integrationsschlüssel abgelehnt"));
                     },
                     5000),
                 qPrintable(labelsText(window.statusBarWidget())));
        // The banner over the tabs says it too, in German.
        QVERIFY2(window.pagingProblem().startsWith(
                     QStringLiteral("PagerDuty hat den Integrationsschlüssel abgelehnt")),
                 qPrintable(window.pagingProblem()));
    }

    void qtsOwnTextsAreGerman()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestGermanWindow)
#include "TestGermanWindow.moc"
