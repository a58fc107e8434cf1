#include "UiSamples.h"

#include "ui/CountEditor.h"
#include "ui/MetricThresholdEditor.h"
#include "ui/ThresholdsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>

#include <cmath>

using namespace earshot;

namespace {

const QString kSales = QStringLiteral("q-sales");

AlertPolicy lastPolicy(const QSignalSpy &spy)
{
    return spy.last().first().value<AlertPolicy>();
}

} // namespace

class TestThresholdsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_panel = std::make_unique<ThresholdsPanel>();
        m_panel->setPolicy(AlertPolicy{});
        m_panel->setQueues({{kSales, QStringLiteral("Sales")},
                            {QStringLiteral("q-b"), QStringLiteral("Billing")}});
        m_panel->show();
    }
    void cleanup()
    {
        m_panel.reset();
    }

    void startsClean()
    {
        QVERIFY(!m_panel->isDirty());
        QVERIFY(!m_panel->applyButton()->isEnabled());
        QVERIFY(!m_panel->revertButton()->isEnabled());
        QCOMPARE(m_panel->editor(Metric::Mos)->warningSpin()->value(), 3.5);
        QCOMPARE(m_panel->editor(Metric::PacketLoss)->criticalSpin()->value(), 3.0);
        QCOMPARE(m_panel->editor(Metric::Mos)->warningSlider()->value(), 70); // 3.50 / 0.05
        QVERIFY(m_panel->validationLabel()->isHidden());
    }

    void editingASpinBoxPreviewsTheNewValue()
    {
        QSignalSpy preview(m_panel.get(), &ThresholdsPanel::previewPolicyChanged);
        m_panel->editor(Metric::Mos)->warningSpin()->setValue(3.7);
        QCOMPARE(preview.count(), 1);
        const AlertPolicy p = lastPolicy(preview);
        QCOMPARE(p.global[Metric::Mos].warning, 3.7);
        QCOMPARE(p.global[Metric::Mos].critical, 3.0);
        QCOMPARE(p.global[Metric::PacketLoss], Thresholds::defaults()[Metric::PacketLoss]);
        // The slider follows the spin box.
        QCOMPARE(m_panel->editor(Metric::Mos)->warningSlider()->value(), 74);
        QVERIFY(m_panel->isDirty());
        QVERIFY(m_panel->applyButton()->isEnabled());
    }

    void draggingASliderPreviewsToo()
    {
        QSignalSpy preview(m_panel.get(), &ThresholdsPanel::previewPolicyChanged);
        m_panel->editor(Metric::PacketLoss)->criticalSlider()->setValue(45); // 4.5 %
        QCOMPARE(m_panel->editor(Metric::PacketLoss)->criticalSpin()->value(), 4.5);
        QVERIFY(preview.count() >= 1);
        QCOMPARE(lastPolicy(preview).global[Metric::PacketLoss].critical, 4.5);
        m_panel->editor(Metric::Jitter)->warningSlider()->setValue(13); // 65 ms
        QCOMPARE(lastPolicy(preview).global[Metric::Jitter].warning, 65.0);
    }

    // Issue 9 item 9: one slider position is one step (0.05 MOS, 0.1 % loss, 5 ms), so a
    // short drag moves a line a little.
    void sliderStepsAreFine()
    {
        const struct
        {
            Metric metric;
            double step;
        } steps[] = {{Metric::Mos, 0.05},
                     {Metric::PacketLoss, 0.1},
                     {Metric::Jitter, 5.0},
                     {Metric::Latency, 5.0}};
        for (const auto &s : steps) {
            MetricThresholdEditor *e = m_panel->editor(s.metric);
            const double before = e->warningSpin()->value();
            e->warningSlider()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
            QVERIFY2(qAbs(e->warningSpin()->value() - before - s.step) < 1e-9,
                     qPrintable(metricKey(s.metric)));
        }
        // A 20-pixel drag on the MOS slider moves the line by a few steps, not a whole point.
        QSlider *mos = m_panel->editor(Metric::Mos)->warningSlider();
        QDoubleSpinBox *spin = m_panel->editor(Metric::Mos)->warningSpin();
        spin->setValue(3.5);
        QStyleOptionSlider option;
        option.initFrom(mos);
        option.orientation = mos->orientation();
        option.minimum = mos->minimum();
        option.maximum = mos->maximum();
        option.sliderPosition = mos->sliderPosition();
        option.sliderValue = mos->value();
        const QRect handle =
            mos->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, mos);
        QVERIFY(handle.isValid());
        const double before = spin->value();
        QTest::mousePress(mos, Qt::LeftButton, {}, handle.center());
        QTest::mouseMove(mos, handle.center() + QPoint(20, 0));
        QTest::mouseRelease(mos, Qt::LeftButton, {}, handle.center() + QPoint(20, 0));
        const double moved = spin->value() - before;
        QVERIFY2(moved > 0.0 && moved <= 0.5, qPrintable(QString::number(moved)));
        const double positions = moved / 0.05;
        QVERIFY2(qAbs(positions - std::round(positions)) < 1e-6,
                 qPrintable(QString::number(moved)));
    }

    // Issue 9 item 9: hundreds of queues; type a part of a name to find one.
    void scopeListIsSearchable()
    {
        QList<QueueInfo> many;
        for (int i = 0; i < 500; ++i)
            many.append({QStringLiteral("q-%1").arg(i), QStringLiteral("Queue %1").arg(i)});
        m_panel->setQueues(many);
        QComboBox *scope = m_panel->scopeBox();
        QCOMPARE(scope->count(), 501);
        QVERIFY(scope->isEditable());
        QCompleter *completer = scope->completer();
        QVERIFY(completer);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(QStringLiteral("ueue 42"));
        QCOMPARE(completer->completionCount(), 11); // 42, 420..429
        scope->lineEdit()->setText(QStringLiteral("Queue 421"));
        QTest::keyClick(scope->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_panel->scope(), QStringLiteral("q-421"));
    }

    void windowCountsAndEnableBoxes()
    {
        QSignalSpy preview(m_panel.get(), &ThresholdsPanel::previewPolicyChanged);
        m_panel->raiseEditor()->spin()->setValue(3);
        QCOMPARE(lastPolicy(preview).raiseAfterWindows, 3);
        m_panel->minCallsEditor()->spin()->setValue(5);
        QCOMPARE(lastPolicy(preview).global.minCalls, 5);
        m_panel->editor(Metric::Latency)->enabledBox()->setChecked(false);
        QCOMPARE(lastPolicy(preview).global[Metric::Latency].enabled, false);
        // A disabled metric's levels cannot be edited.
        QVERIFY(!m_panel->editor(Metric::Latency)->warningSpin()->isEnabled());
    }

    void invalidDisablesApplyAndSaysWhy()
    {
        QSignalSpy apply(m_panel.get(), &ThresholdsPanel::applyRequested);
        // A critical MOS above the warning one: critical would fire first.
        m_panel->editor(Metric::Mos)->criticalSpin()->setValue(3.8);
        QVERIFY(m_panel->isDirty());
        QVERIFY(!m_panel->problems().isEmpty());
        QVERIFY(!m_panel->applyButton()->isEnabled());
        QVERIFY(!m_panel->validationLabel()->isHidden());
        QCOMPARE(m_panel->validationLabel()->text(),
                 QStringLiteral("⚠ ") +
                     m_panel->draftPolicy().validate().join(QStringLiteral("\n⚠ ")));
        m_panel->apply();
        QCOMPARE(apply.count(), 0);
        // Fixing it enables Apply again.
        m_panel->editor(Metric::Mos)->criticalSpin()->setValue(2.9);
        QVERIFY(m_panel->problems().isEmpty());
        QVERIFY(m_panel->applyButton()->isEnabled());
        QVERIFY(m_panel->validationLabel()->isHidden());
    }

    void applyEmitsTheDraft()
    {
        QSignalSpy apply(m_panel.get(), &ThresholdsPanel::applyRequested);
        QSignalSpy cleared(m_panel.get(), &ThresholdsPanel::previewCleared);
        m_panel->editor(Metric::Mos)->warningSpin()->setValue(3.6);
        m_panel->clearEditor()->spin()->setValue(4);
        QTest::mouseClick(m_panel->applyButton(), Qt::LeftButton);
        QCOMPARE(apply.count(), 1);
        const AlertPolicy sent = apply.first().first().value<AlertPolicy>();
        QCOMPARE(sent.global[Metric::Mos].warning, 3.6);
        QCOMPARE(sent.clearAfterWindows, 4);
        // The Monitor applies it and reports back: the panel is clean again.
        m_panel->setPolicy(sent);
        QVERIFY(!m_panel->isDirty());
        QVERIFY(!m_panel->applyButton()->isEnabled());
        QVERIFY(cleared.count() >= 1);
    }

    void revertDiscardsEdits()
    {
        QSignalSpy cleared(m_panel.get(), &ThresholdsPanel::previewCleared);
        m_panel->editor(Metric::Mos)->warningSpin()->setValue(3.9);
        QTest::mouseClick(m_panel->revertButton(), Qt::LeftButton);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!m_panel->isDirty());
        QCOMPARE(m_panel->editor(Metric::Mos)->warningSpin()->value(), 3.5);
    }

    void resetRestoresDefaults()
    {
        AlertPolicy custom;
        custom.global[Metric::Mos] = {true, 3.8, 3.3};
        custom.global[Metric::JitterBufferDiscard].enabled = true;
        custom.raiseAfterWindows = 3;
        QueueOverride o;
        o.minCalls = 10;
        custom.overrides.insert(kSales, o);
        m_panel->setPolicy(custom);
        QCOMPARE(m_panel->editor(Metric::Mos)->warningSpin()->value(), 3.8);

        QSignalSpy preview(m_panel.get(), &ThresholdsPanel::previewPolicyChanged);
        QTest::mouseClick(m_panel->resetButton(), Qt::LeftButton);
        const AlertPolicy draft = m_panel->draftPolicy();
        QCOMPARE(draft.global, Thresholds::defaults());
        QCOMPARE(draft.raiseAfterWindows, AlertPolicy{}.raiseAfterWindows);
        QCOMPARE(draft.clearAfterWindows, AlertPolicy{}.clearAfterWindows);
        QVERIFY(draft.overrides.contains(kSales)); // the global reset leaves queues alone
        QCOMPARE(m_panel->editor(Metric::Mos)->warningSpin()->value(), 3.5);
        QVERIFY(!m_panel->editor(Metric::JitterBufferDiscard)->enabledBox()->isChecked());
        QCOMPARE(m_panel->raiseEditor()->spin()->value(), 1);
        QCOMPARE(preview.count(), 1);
        QVERIFY(m_panel->applyButton()->isEnabled());
    }

    void queueScopeEditsAnOverride()
    {
        m_panel->setScope(kSales);
        QCOMPARE(m_panel->scope(), kSales);
        MetricThresholdEditor *mos = m_panel->editor(Metric::Mos);
        // Inherited: shown, not editable until overridden.
        QVERIFY(mos->overrideBox()->isVisible());
        QVERIFY(!mos->warningSpin()->isEnabled());
        QCOMPARE(mos->warningSpin()->value(), 3.5);

        QSignalSpy preview(m_panel.get(), &ThresholdsPanel::previewPolicyChanged);
        mos->overrideBox()->setChecked(true);
        QVERIFY(mos->warningSpin()->isEnabled());
        mos->warningSpin()->setValue(3.3);
        AlertPolicy p = lastPolicy(preview);
        QCOMPARE(p.global[Metric::Mos].warning, 3.5);
        QVERIFY(p.overrides.contains(kSales));
        QCOMPARE(p.overrides[kSales].metrics[std::size_t(metricIndex(Metric::Mos))]->warning, 3.3);
        QCOMPARE(p.effectiveFor(kSales).thresholds[Metric::Mos].warning, 3.3);
        QVERIFY(m_panel->scopeBox()->currentText().contains(QStringLiteral("override")));

        // Back to the global value: the override goes, the row shows the global level.
        QSignalSpy cleared(m_panel.get(), &ThresholdsPanel::previewCleared);
        mos->overrideBox()->setChecked(false);
        QVERIFY(!m_panel->draftPolicy().overrides.contains(kSales));
        QCOMPARE(cleared.count(), 1); // back to the applied policy: nothing to preview
        QCOMPARE(mos->warningSpin()->value(), 3.5);
        QVERIFY(!m_panel->isDirty());

        // "Follow global" removes every override of the queue.
        m_panel->raiseEditor()->overrideBox()->setChecked(true);
        m_panel->raiseEditor()->spin()->setValue(4);
        QCOMPARE(m_panel->draftPolicy().effectiveFor(kSales).raiseAfterWindows, 4);
        QCOMPARE(m_panel->resetButton()->text(), QStringLiteral("Follow global"));
        m_panel->resetToDefaults();
        QVERIFY(!m_panel->draftPolicy().overrides.contains(kSales));

        // Switching back to the global scope shows global values, editable.
        m_panel->scopeBox()->setCurrentIndex(0);
        QCOMPARE(m_panel->scope(), QString());
        QVERIFY(!mos->overrideBox()->isVisible());
        QVERIFY(mos->warningSpin()->isEnabled());
    }

    void aPolicyChangeElsewhereKeepsWorkInProgress()
    {
        m_panel->editor(Metric::Mos)->warningSpin()->setValue(3.9);
        AlertPolicy other;
        other.raiseAfterWindows = 2;
        m_panel->setPolicy(other);
        QCOMPARE(m_panel->draftPolicy().global[Metric::Mos].warning, 3.9);
        QCOMPARE(m_panel->appliedPolicy().raiseAfterWindows, 2);
        QVERIFY(m_panel->isDirty());
    }

private:
    std::unique_ptr<ThresholdsPanel> m_panel;
};

QTEST_MAIN(TestThresholdsPanel)
#include "TestThresholdsPanel.moc"
