#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace earshot {

// The Content-Type of what OpenMetricsWriter writes.
inline constexpr char kOpenMetricsContentType[] =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";

using MetricLabels = QList<QPair<const char *, QString>>; // name (a C identifier), value

// Writes the OpenMetrics 1.0 text format: one family after the other, each with its
// # TYPE, # HELP and (when it has one) # UNIT, its samples together, "# EOF" at the end. A
// family without a sample is left out entirely, and so is a sample whose value is NaN: no
// data is no line, never a made-up number.
class OpenMetricsWriter
{
public:
    enum class Type
    {
        Gauge,
        // Written as OpenMetrics says: the family name without "_total" in # TYPE and # HELP,
        // the samples with it. (Earshot serves none: `promtool check metrics` 2.42 reads the
        // Prometheus 0.0.4 text format, where such a family has no samples and its samples no
        // help; its lint fails them.)
        Counter
    };

    // `name` matches [a-zA-Z_][a-zA-Z0-9_]* and, with a unit, ends in "_<unit>"; `help` is
    // one sentence (escaped here). The family's lines are written with its first sample.
    void family(const char *name, Type type, const char *help, const char *unit = nullptr);
    void sample(const MetricLabels &labels, double value);
    void sample(double value)
    {
        sample({}, value);
    }
    // The text, with "# EOF".
    [[nodiscard]] QByteArray finish();

private:
    QByteArray m_text;
    QByteArray m_name;
    QByteArray m_header; // the current family's lines until its first sample
    Type m_type = Type::Gauge;
};

// A label value as OpenMetrics writes it between double quotes: backslash, double quote and
// line feed escaped.
[[nodiscard]] QByteArray escapedLabelValue(const QString &value);
// A number as OpenMetrics writes it: whole numbers without a fraction (up to 2^53), others in
// the shortest form that reads back the same, "+Inf" and "-Inf".
[[nodiscard]] QByteArray openMetricsNumber(double value);

} // namespace earshot
