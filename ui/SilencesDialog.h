#pragma once

#include "core/alerting/AlertEngine.h"
#include "core/status/MonitorTypes.h"

#include <QDialog>
#include <QHash>

class QPushButton;
class QTableWidget;

namespace earshot {

// View > Silences: every active silence (queue or all queues, until when, why, by whom),
// with End now and Edit… (a new end and reason). It only asks; MonitorBinding acts.
class SilencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SilencesDialog(QWidget *parent = nullptr);

    // queueNames: id -> name for display; nowSecs: the Monitor's clock (edits count from it).
    void setSilences(const QList<Silence> &silences, const QHash<QString, QString> &queueNames,
                     qint64 nowSecs);

    [[nodiscard]] QTableWidget *table() const;
    [[nodiscard]] QPushButton *endButton() const;
    [[nodiscard]] QPushButton *editButton() const;
    [[nodiscard]] bool selectSilence(const QString &silenceId);

    void endSelected();
    void editSelected();

signals:
    void endRequested(const QString &silenceId);
    void editRequested(const QString &silenceId, qint64 untilSecs, const QString &reason);

private:
    [[nodiscard]] int selectedRow() const;
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_edit = nullptr;
    QList<Silence> m_silences;
    QHash<QString, QString> m_names;
    qint64 m_nowSecs = 0;
};

} // namespace earshot
