#include "UiSamples.h"

#include "core/presentation/QueueFilterProxyModel.h"
#include "core/presentation/QueueTableModel.h"
#include "ui/QueueTablePage.h"

#include <QCheckBox>
#include <QImage>
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
        emit table->activated(table->model()->index(2, 0));
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.first().first().toStringList(), (QStringList{current, other}));
    }

    // Issue 9 item 13: Enter on a row charts it.
    void enterOnARowChartsIt()
    {
        QSignalSpy chart(m_page.get(), &QueueTablePage::chartRequested);
        QTableView *table = m_page->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.first().first().toStringList(),
                 QStringList{table->model()->index(1, 0).data(QueueIdRole).toString()});
    }

    // Issue 9 item 13: an empty "Only problems" view says so instead of a blank table.
    void emptyProblemsViewSaysAllQueuesOk()
    {
        m_page->setLatestSamples({window(QStringLiteral("q-sales"), kT0, 4.3),
                                  window(QStringLiteral("q-support"), kT0, 4.3),
                                  window(QStringLiteral("q-billing"), kT0, 4.2)});
        QVERIFY(m_page->emptyNote().isEmpty());
        QTest::mouseClick(m_page->onlyProblemsBox(), Qt::LeftButton);
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
        QCOMPARE(m_page->emptyNote(), QStringLiteral("All 3 queue(s) OK"));
        QVERIFY(!m_page->table()->isVisible());
        // A queue turns critical: the row appears, the note goes.
        m_page->setLatestSamples({window(QStringLiteral("q-sales"), kT0 + kWindow, 2.5)});
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        QVERIFY(m_page->emptyNote().isEmpty());
        QVERIFY(m_page->table()->isVisible());
        QTest::mouseClick(m_page->onlyProblemsBox(), Qt::LeftButton);
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("zzz"));
        QCOMPARE(m_page->emptyNote(), QStringLiteral("No queue matches “zzz”"));
    }

    // Issue 9 item 13: the current cell has a visible focus ring while the table has focus.
    void focusRingIsVisible()
    {
        QTableView *table = m_page->table();
        table->activateWindow();
        table->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return table->hasFocus(); }));
        table->setCurrentIndex(table->model()->index(1, QueueTableModel::MosColumn));
        const QRect cell = table->visualRect(table->currentIndex());
        const QImage shot = table->viewport()->grab().toImage();
        const QColor ring = QueueTablePage::focusRingColor(table->palette());
        auto nearRing = [&](QPoint p) {
            const QColor c = shot.pixelColor(p);
            return qAbs(c.red() - ring.red()) + qAbs(c.green() - ring.green()) +
                       qAbs(c.blue() - ring.blue()) <
                   40;
        };
        const int dpr = qRound(shot.devicePixelRatio());
        QVERIFY(nearRing(QPoint(cell.center().x(), cell.top() + 1) * dpr));
        QVERIFY(nearRing(QPoint(cell.left() + 1, cell.center().y()) * dpr));
        // Another cell has no ring.
        const QRect other = table->visualRect(table->model()->index(2, QueueTableModel::MosColumn));
        QVERIFY(!nearRing(QPoint(other.center().x(), other.top() + 1) * dpr));
    }

    // Issue 9 item 4: old values are greyed, current ones are not.
    void oldValuesAreGreyed()
    {
        m_page->model()->setWindowSecs(kWindow);
        m_page->setLatestSamples({window(QStringLiteral("q-sales"), kT0 + 3 * kWindow, 3.2),
                                  window(QStringLiteral("q-support"), kT0, 3.2)});
        m_page->setCurrentWindowEnd(kT0 + 4 * kWindow);
        QTableView *table = m_page->table();
        auto rowOf = [&](const QString &name) {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, 0).data().toString() == name)
                    return r;
            return -1;
        };
        const int current = rowOf(QStringLiteral("Sales"));
        const int stale = rowOf(QStringLiteral("Support"));
        QCOMPARE(table->model()->index(stale, QueueTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Stale · last data 10:05"));
        QCOMPARE(table->model()->index(current, QueueTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Warning"));
        table->clearSelection();
        table->clearFocus();
        const QImage shot = table->viewport()->grab().toImage();
        const int dpr = qRound(shot.devicePixelRatio());
        auto darkest = [&](int row) {
            const QRect r =
                table->visualRect(table->model()->index(row, QueueTableModel::MosColumn));
            int v = 255;
            for (int y = r.top() * dpr; y < r.bottom() * dpr; ++y)
                for (int x = r.left() * dpr; x < r.right() * dpr; ++x)
                    v = qMin(v, qGray(shot.pixel(x, y)));
            return v;
        };
        // The same "3.20" in both rows: near black when current, clearly lighter when old.
        QVERIFY2(darkest(current) < 90, qPrintable(QString::number(darkest(current))));
        QVERIFY2(darkest(stale) > darkest(current) + 40,
                 qPrintable(QStringLiteral("%1 vs %2").arg(darkest(stale)).arg(darkest(current))));
    }

private:
    std::unique_ptr<QueueTablePage> m_page;
};

QTEST_MAIN(TestQueueTablePage)
#include "TestQueueTablePage.moc"
