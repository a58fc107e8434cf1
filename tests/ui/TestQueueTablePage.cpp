#include "UiSamples.h"

#include "core/presentation/QueueFilterProxyModel.h"
#include "core/presentation/QueueTableModel.h"
#include "ui/QueueTablePage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestQueueTablePage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_page = std::make_unique<QueueTablePage>();
        m_page->setQueues({{QStringLiteral("q-sales"), QStringLiteral("Sales")},
                           {QStringLiteral("q-support"), QStringLiteral("Support")},
                           {QStringLiteral("q-billing"), QStringLiteral("Billing")}});
        m_page->setLatestSamples({window(QStringLiteral("q-sales"), kT0, 2.8),
                                  window(QStringLiteral("q-support"), kT0, 4.3),
                                  window(QStringLiteral("q-billing"), kT0, 4.2)});
        m_page->resize(1200, 600);
        m_page->show();
    }
    void cleanup()
    {
        m_page.reset();
    }

    void worstQueuesComeFirst()
    {
        QTableView *table = m_page->table();
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, QueueTableModel::NameColumn).data().toString(),
                 QStringLiteral("Sales"));
        QCOMPARE(table->model()->index(0, QueueTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Critical"));
        // An icon accompanies the word.
        QVERIFY(!table->model()
                     ->index(0, QueueTableModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }

    void iconsComeFromTheResources_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : {"status-ok", "status-warning", "status-critical", "status-nodata",
                                 "status-silenced", "incident-open", "incident-acknowledged",
                                 "incident-resolved", "earshot", "earshot-alert"})
            QTest::newRow(name)
                << QStringLiteral(":/earshot/icons/%1.svg").arg(QLatin1StringView(name));
    }
    void iconsComeFromTheResources()
    {
        QFETCH(QString, path);
        const QImage image = QIcon(path).pixmap(32, 32).toImage();
        QVERIFY2(!image.isNull(), qPrintable(path));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
        QVERIFY2(opaque > 40, qPrintable(path)); // an SVG was drawn, not an empty pixmap
    }

    void typingFiltersAndProblemsToggle()
    {
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("sup"));
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        m_page->filterEdit()->clear();
        QCOMPARE(m_page->table()->model()->rowCount(), 3);
        QTest::mouseClick(m_page->onlyProblemsBox(), Qt::LeftButton);
        QVERIFY(m_page->onlyProblemsBox()->isChecked());
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        QVERIFY(m_page->proxy()->onlyProblems());
    }

    void chartRequestPutsTheCurrentRowFirst()
    {
        QSignalSpy chart(m_page.get(), &QueueTablePage::chartRequested);
        QTableView *table = m_page->table();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(
            table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_page->selectedQueueIds().size(), 2);
        const QString current = table->model()->index(2, 0).data(QueueIdRole).toString();
        const QString other = table->model()->index(0, 0).data(QueueIdRole).toString();
        emit table->doubleClicked(table->model()->index(2, 0));
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.first().first().toStringList(), (QStringList{current, other}));
    }

private:
    std::unique_ptr<QueueTablePage> m_page;
};

QTEST_MAIN(TestQueueTablePage)
#include "TestQueueTablePage.moc"
