#include "core/metrics/OpenMetricsWriter.h"

#include <QLocale>

#include <cmath>

namespace earshot {

namespace {

QByteArray escapedHelp(const char *help)
{
    QByteArray out;
    for (const char *c = help; *c != '\0'; ++c) {
        if (*c == '\\')
            out += "\\\\";
        else if (*c == '\n')
            out += "\\n";
        else
            out += *c;
    }
    return out;
}

} // namespace

QByteArray escapedLabelValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray openMetricsNumber(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (value == std::floor(value) && std::fabs(value) < kExactIntegers)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void OpenMetricsWriter::family(const char *name, Type type, const char *help, const char *unit)
{
    m_name = name;
    m_type = type;
    m_header = "# TYPE " + m_name + (type == Type::Counter ? " counter\n" : " gauge\n");
    if (unit)
        m_header += "# UNIT " + m_name + ' ' + unit + '\n';
    m_header += "# HELP " + m_name + ' ' + escapedHelp(help) + '\n';
}

void OpenMetricsWriter::sample(const MetricLabels &labels, double value)
{
    if (std::isnan(value))
        return;
    m_text += m_header;
    m_header.clear();
    m_text += m_name;
    if (m_type == Type::Counter)
        m_text += "_total";
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                m_text += ',';
            m_text += labels[i].first;
            m_text += "=\"" + escapedLabelValue(labels[i].second) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + openMetricsNumber(value) + '\n';
}

QByteArray OpenMetricsWriter::finish()
{
    m_header.clear();
    return m_text + "# EOF\n";
}

} // namespace earshot
