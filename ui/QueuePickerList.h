#pragma once

#include "core/model/QualitySample.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace earshot {

// A searchable list of queues with check boxes (which queues to monitor).
class QueuePickerList : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePickerList(QWidget *parent = nullptr);

    void setQueues(const QList<QueueInfo> &queues, const QStringList &checkedIds);
    [[nodiscard]] QStringList checkedIds() const;
    [[nodiscard]] int visibleCount() const;
    [[nodiscard]] QLineEdit *searchEdit() const;
    [[nodiscard]] QListWidget *list() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace earshot
