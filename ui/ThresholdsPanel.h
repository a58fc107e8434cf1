#pragma once

#include "core/alerting/AlertPolicy.h"
#include "core/model/QualitySample.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;

namespace earshot {

class CountEditor;
class MetricThresholdEditor;

// Edits a draft of the alert policy: the global thresholds or one queue's overrides. Every
// edit emits previewPolicyChanged(draft) so the chart can move its lines and replay the
// history; Apply emits applyRequested(draft) and is disabled while AlertPolicy::validate()
// has complaints, which are shown in words under the editors.
class ThresholdsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ThresholdsPanel(QWidget *parent = nullptr);

    // The policy in force (from the Monitor). An unedited draft follows it; an edited one is
    // kept, so a policy change elsewhere never discards an operator's work in progress.
    void setPolicy(const AlertPolicy &applied);
    void setQueues(const QList<QueueInfo> &queues);
    void setScope(const QString &queueId); // empty: the global thresholds
    [[nodiscard]] QString scope() const;

    [[nodiscard]] AlertPolicy draftPolicy() const;
    [[nodiscard]] AlertPolicy appliedPolicy() const;
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] QStringList problems() const;

    [[nodiscard]] MetricThresholdEditor *editor(Metric metric) const;
    [[nodiscard]] CountEditor *minCallsEditor() const;
    [[nodiscard]] CountEditor *raiseEditor() const;
    [[nodiscard]] CountEditor *clearEditor() const;
    [[nodiscard]] QComboBox *scopeBox() const;
    [[nodiscard]] QPushButton *applyButton() const;
    [[nodiscard]] QPushButton *revertButton() const;
    [[nodiscard]] QPushButton *resetButton() const;
    [[nodiscard]] QLabel *validationLabel() const;

public slots:
    void apply();
    void revert();
    void resetToDefaults();

signals:
    void previewPolicyChanged(const AlertPolicy &draft);
    void previewCleared(); // the draft is the applied policy again
    void applyRequested(const AlertPolicy &policy);

private:
    void loadScope();
    void writeScope();
    void onEdited();
    void onOverrideToggled(bool overridden);
    void refresh();
    void updateScopeLabels();

    AlertPolicy m_applied;
    AlertPolicy m_draft;
    QString m_scope;
    QList<QueueInfo> m_queues;

    QComboBox *m_scopeBox = nullptr;
    std::array<MetricThresholdEditor *, kMetricCount> m_editors{};
    CountEditor *m_minCalls = nullptr;
    CountEditor *m_raise = nullptr;
    CountEditor *m_clear = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace earshot
