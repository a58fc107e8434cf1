#pragma once

#include <Qt>

#include <QString>
#include <QVariant>

#include <functional>

namespace earshot {

// Roles every Earshot item model answers, so the window and the wall display can sort,
// filter and act on rows without parsing display text.
enum ModelRole : int
{
    SortRole = Qt::UserRole + 1, // raw value to sort by (numbers, epoch seconds, ranks)
    QueueIdRole,                 // QString
    StatusRole,                  // int: QueueStatus or IncidentRow::State
    ProblemRole,                 // bool: the row needs an operator's attention
    DedupKeyRole,                // QString (incidents)
    SeverityRole,                // int: Severity
    IconPathRole,                // QString: resource path of the row's status icon
    ValuesCurrentRole,           // bool: the row's numbers are current (else shown greyed)
    SilencedUntilRole,           // qint64: epoch seconds, 0 when not silenced
};

// Models live in QtCore and cannot build a QIcon; the view layer hands them a function that
// turns an icon resource path into whatever its Qt::DecorationRole should hold.
using IconProvider = std::function<QVariant(const QString &iconPath)>;

} // namespace earshot
