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
        // A new incident arrives.
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

    // Issue 9 item 10: several incidents acknowledged or resolved at once, with one note.
    void bulkAcknowledgeAndResolve()
    {
        m_view->setIncidents(
            {incidentRow(kOpenKey, QStringLiteral("q-sales"), IncidentRow::State::Open),
             incidentRow(QStringLiteral("k-two"), QStringLiteral("q-two"),
                         IncidentRow::State::Open),
             incidentRow(kAckKey, QStringLiteral("q-billing"), IncidentRow::State::Acknowledged)});
        m_view->table()->selectAll();
        QCOMPARE(m_view->selectedIncidents().size(), 3);
        QSignalSpy acked(m_view.get(), &IncidentsView::acknowledgeRequested);
        QSignalSpy resolved(m_view.get(), &IncidentsView::resolveRequested);
        NoteDialog::setNextAnswer(QStringLiteral("carrier outage"));
        m_view->acknowledgeAction()->trigger();
        QCOMPARE(acked.count(), 2); // the acknowledged one is left alone
        QVERIFY(NoteDialog::lastPrompt().contains(QStringLiteral("2 open incident(s)")));
        QCOMPARE(acked.at(1).at(1).toString(), QStringLiteral("carrier outage"));
        NoteDialog::setNextAnswer(QStringLiteral("fixed"));
        m_view->resolveAction()->trigger();
        QCOMPARE(resolved.count(), 3);
    }

    // Issue 9 item 10: the detail pane shows what breached, the dedup key and the timeline
    // with who acknowledged and their note.
    void detailPaneShowsTheTimeline()
    {
        QSignalSpy asked(m_view.get(), &IncidentsView::detailsRequested);
        IncidentRow open = incidentRow(kOpenKey, QStringLiteral("q-sales"),
                                       IncidentRow::State::Open, Severity::Critical);
        open.breaches = {Breach{Metric::Mos, Severity::Critical, 2.57, 3.0}};
        m_view->setIncidents({open});
        QVERIFY(m_view->selectIncident(kOpenKey));
        QCOMPARE(asked.last().first().toString(), kOpenKey);
        IncidentEvent trigger;
        trigger.kind = IncidentEvent::Kind::Triggered;
        trigger.atMs = kT0 * 1000;
        trigger.severity = Severity::Critical;
        trigger.breaches = open.breaches;
        IncidentEvent delivered;
        delivered.kind = IncidentEvent::Kind::Delivered;
        delivered.atMs = (kT0 + 2) * 1000;
        IncidentEvent ack;
        ack.kind = IncidentEvent::Kind::Acknowledged;
        ack.atMs = (kT0 + 300) * 1000;
        ack.actor = QStringLiteral("alice");
        ack.note = QStringLiteral("carrier ticket 4711");
        m_view->setTimeline(kOpenKey, {trigger, delivered, ack});
        const QString text = m_view->detailsText();
        QVERIFY2(text.contains(QStringLiteral("Breached: MOS 2.6 < 3.0")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Dedup key: ") + kOpenKey));
        QVERIFY(text.contains(
                    QStringLiteral("10:00:00  Triggered (critical): MOS 2.6 < 3.0 — paged")) ||
                text.contains(QStringLiteral("10:00:00  Triggered (critical): MOS 2.6 < 3.0")));
        QVERIFY(text.contains(QStringLiteral("10:00:02  Delivered to PagerDuty")));
        QVERIFY(text.contains(
            QStringLiteral("10:05:00  Acknowledged by alice — “carrier ticket 4711”")));
        // A timeline for another incident (a late answer) is ignored.
        m_view->setTimeline(kAckKey, {});
        QVERIFY(m_view->detailsText().contains(QStringLiteral("alice")));
    }

    // Issue 9 item 10: rows do not move under the pointer when an incident arrives.
    void rowsHoldStillUnderThePointer()
    {
        QTableView *table = m_view->table();
        auto keyAt = [&](int row) {
            return table->model()->index(row, 0).data(DedupKeyRole).toString();
        };
        QCOMPARE(keyAt(0), kOpenKey);
        m_view->setPointerOverTable(true);
        IncidentRow newer =
            incidentRow(QStringLiteral("newer"), QStringLiteral("q-x"), IncidentRow::State::Open);
        newer.startedAt = kT0 + 900;
        QList<IncidentRow> rows{
            newer, incidentRow(kOpenKey, QStringLiteral("q-sales"), IncidentRow::State::Open),
            incidentRow(kAckKey, QStringLiteral("q-billing"), IncidentRow::State::Acknowledged,
                        Severity::Critical),
            incidentRow(kDoneKey, QStringLiteral("q-support"), IncidentRow::State::Resolved)};
        m_view->setIncidents(rows);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(keyAt(0), kOpenKey); // still where the pointer is
        m_view->setPointerOverTable(false);
        QCOMPARE(keyAt(0), QStringLiteral("newer")); // newest open first once it leaves
    }

private:
    std::unique_ptr<IncidentsView> m_view;
};

QTEST_MAIN(TestIncidentsView)
#include "TestIncidentsView.moc"
