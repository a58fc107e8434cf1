#include "UiSamples.h"

#include "core/presentation/IncidentTableModel.h"
#include "ui/IncidentsView.h"
#include "ui/MessageBox.h"
#include "ui/NoteDialog.h"
#include "ui/SilenceDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {
const QString kOpenKey = QStringLiteral("voice_quality_alert_q-sales_1763892000");
const QString kAckKey = QStringLiteral("voice_quality_alert_q-billing_1763892000");
const QString kDoneKey = QStringLiteral("voice_quality_alert_q-support_1763880000");
} // namespace

class TestIncidentsView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        NoteDialog::clearNextAnswer();
        SilenceDialog::clearNextAnswer();
        m_view = std::make_unique<IncidentsView>();
        m_view->setIncidents(
            {incidentRow(kOpenKey, QStringLiteral("q-sales"), IncidentRow::State::Open),
             incidentRow(kAckKey, QStringLiteral("q-billing"), IncidentRow::State::Acknowledged,
                         Severity::Critical),
             incidentRow(kDoneKey, QStringLiteral("q-support"), IncidentRow::State::Resolved)});
        m_view->setNowSecs(kT0 + 600);
        m_view->show();
    }
    void cleanup()
    {
        m_view.reset();
        NoteDialog::clearNextAnswer();
        SilenceDialog::clearNextAnswer();
    }

    void acknowledgeWithAScriptedNote()
    {
        QSignalSpy acked(m_view.get(), &IncidentsView::acknowledgeRequested);
        QVERIFY(!m_view->acknowledgeAction()->isEnabled()); // nothing selected
        QVERIFY(m_view->selectIncident(kOpenKey));
        QVERIFY(m_view->acknowledgeAction()->isEnabled());
        NoteDialog::setNextAnswer(QStringLiteral("carrier ticket 4711"));
        m_view->acknowledgeAction()->trigger();
        QCOMPARE(acked.count(), 1);
        QCOMPARE(acked.first().at(0).toString(), kOpenKey);
        QCOMPARE(acked.first().at(1).toString(), QStringLiteral("carrier ticket 4711"));
        QVERIFY(NoteDialog::lastPrompt().contains(QStringLiteral("Queue q-sales")));
    }

    void cancellingTheNoteSendsNothing()
    {
        QSignalSpy acked(m_view.get(), &IncidentsView::acknowledgeRequested);
        QVERIFY(m_view->selectIncident(kOpenKey));
        NoteDialog::setNextAnswer(std::nullopt);
        m_view->acknowledgeAction()->trigger();
        QCOMPARE(acked.count(), 0);
        // An empty note is still an acknowledgement.
        NoteDialog::setNextAnswer(QString());
        m_view->acknowledgeSelected();
        QCOMPARE(acked.count(), 1);
        QCOMPARE(acked.first().at(1).toString(), QString());
    }

    void actionsFollowTheSelectedState()
    {
        QVERIFY(m_view->selectIncident(kAckKey));
        QVERIFY(!m_view->acknowledgeAction()->isEnabled()); // already acknowledged
        QVERIFY(m_view->resolveAction()->isEnabled());
        QVERIFY(m_view->silenceAction()->isEnabled());
        QSignalSpy acked(m_view.get(), &IncidentsView::acknowledgeRequested);
        NoteDialog::setNextAnswer(QStringLiteral("again"));
        m_view->acknowledgeSelected(); // e.g. a stale shortcut: refused
        QCOMPARE(acked.count(), 0);
        NoteDialog::clearNextAnswer();

        QVERIFY(m_view->selectIncident(kDoneKey));
        QVERIFY(!m_view->acknowledgeAction()->isEnabled());
        QVERIFY(!m_view->resolveAction()->isEnabled());
    }

    void resolveWithANote()
    {
        QSignalSpy resolved(m_view.get(), &IncidentsView::resolveRequested);
        QVERIFY(m_view->selectIncident(kAckKey));
        NoteDialog::setNextAnswer(QStringLiteral("fixed by carrier"));
        m_view->resolveAction()->trigger();
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().at(0).toString(), kAckKey);
        QCOMPARE(resolved.first().at(1).toString(), QStringLiteral("fixed by carrier"));
    }

    void silenceQueueForAChosenDuration()
    {
        QSignalSpy silenced(m_view.get(), &IncidentsView::silenceRequested);
        QVERIFY(m_view->selectIncident(kOpenKey));
        SilenceDialog::setNextAnswer(
            SilenceAnswer{SilenceChoice::FourHours, QStringLiteral("CHG-1234")});
        m_view->silenceAction()->trigger();
        QCOMPARE(silenced.count(), 1);
        QCOMPARE(silenced.first().at(0).toString(), QStringLiteral("q-sales"));
        QCOMPARE(silenced.first().at(1).toLongLong(), kT0 + 600 + 4 * 3600);
        QCOMPARE(silenced.first().at(2).toString(), QStringLiteral("CHG-1234"));

        SilenceDialog::setNextAnswer(SilenceAnswer{SilenceChoice::UntilTomorrowMorning, QString()});
        m_view->silenceSelectedQueue();
        QCOMPARE(silenced.last().at(1).toLongLong(), qint64(1'763'971'200)); // 2025-11-24 08:00 UTC

        SilenceDialog::setNextAnswer(std::nullopt);
        m_view->silenceSelectedQueue();
        QCOMPARE(silenced.count(), 2);
    }

    void silenceWithoutAClockIsRefused()
    {
        IncidentsView fresh;
        fresh.setIncidents(
            {incidentRow(kOpenKey, QStringLiteral("q-sales"), IncidentRow::State::Open)});
        QVERIFY(fresh.selectIncident(kOpenKey));
        QSignalSpy silenced(&fresh, &IncidentsView::silenceRequested);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        SilenceDialog::setNextAnswer(SilenceAnswer{SilenceChoice::OneHour, QString()});
        fresh.silenceSelectedQueue();
        QCOMPARE(silenced.count(), 0);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not started")));
    }

    void selectionSurvivesARefresh()
    {
        QVERIFY(m_view->selectIncident(kAckKey));
        // A new incident arrives (different keys: the model resets).
        m_view->setIncidents(
            {incidentRow(QStringLiteral("new"), QStringLiteral("q-x"), IncidentRow::State::Open),
             incidentRow(kOpenKey, QStringLiteral("q-sales"), IncidentRow::State::Open),
             incidentRow(kAckKey, QStringLiteral("q-billing"), IncidentRow::State::Acknowledged)});
        QVERIFY(m_view->selectedIncident().has_value());
        QCOMPARE(m_view->selectedIncident()->dedupKey, kAckKey);
        QVERIFY(!m_view->selectIncident(QStringLiteral("no such key")));
    }

    void deliveryColumnAndHideResolved()
    {
        IncidentRow failing =
            incidentRow(kOpenKey, QStringLiteral("q-sales"), IncidentRow::State::Open);
        failing.deliveryError = QStringLiteral("400 invalid routing key");
        m_view->setIncidents({failing, incidentRow(kDoneKey, QStringLiteral("q-support"),
                                                   IncidentRow::State::Resolved)});
        QTableView *table = m_view->table();
        QCOMPARE(table->model()->rowCount(), 2);
        const int row = m_view->model()->rowOf(kOpenKey);
        QCOMPARE(m_view->model()->index(row, IncidentTableModel::DeliveryColumn).data().toString(),
                 QStringLiteral("failed: 400 invalid routing key"));
        m_view->hideResolvedBox()->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!m_view->selectIncident(kDoneKey)); // hidden rows cannot be acted on
    }

private:
    std::unique_ptr<IncidentsView> m_view;
};

QTEST_MAIN(TestIncidentsView)
#include "TestIncidentsView.moc"
