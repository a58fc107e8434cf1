// The OpenMetrics text format as OpenMetricsWriter writes it: metadata, escaping, numbers,
// counters, and what is left out.
#include "core/metrics/OpenMetricsWriter.h"

#include <QObject>
#include <QTest>

#include <limits>

using namespace earshot;

class TestOpenMetricsWriter : public QObject
{
    Q_OBJECT

private slots:
    void labelValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QStringLiteral("Sales") << QByteArray("Sales");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("double quote")
            << QStringLiteral("say \"hi\"") << QByteArray("say \\\"hi\\\"");
        QTest::newRow("line feed") << QStringLiteral("two\nlines") << QByteArray("two\\nlines");
        QTest::newRow("all three") << QStringLiteral("\\\"\n") << QByteArray("\\\\\\\"\\n");
        QTest::newRow("UTF-8") << QStringLiteral("Café Zürich") << QByteArray("Café Zürich");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("braces and comma") << QStringLiteral("a},b=\"c") << QByteArray("a},b=\\\"c");
    }

    void labelValues()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        QCOMPARE(escapedLabelValue(value), escaped);
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("whole") << 42.0 << QByteArray("42");
        QTest::newRow("negative whole") << -3.0 << QByteArray("-3");
        QTest::newRow("MOS") << 3.3 << QByteArray("3.3");
        QTest::newRow("ratio") << 0.045 << QByteArray("0.045");
        QTest::newRow("Unix time") << 1764695100.0 << QByteArray("1764695100");
        QTest::newRow("Unix time with ms") << 1764695100.25 << QByteArray("1764695100.25");
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(openMetricsNumber(value), text);
        if (std::isfinite(value))
            QCOMPARE(text.toDouble(), value); // reads back the same
    }

    void gaugeWithUnitAndLabels()
    {
        OpenMetricsWriter w;
        w.family("x_seconds", OpenMetricsWriter::Type::Gauge, "Help with \\ and\nnewline.",
                 "seconds");
        w.sample({{"a", QStringLiteral("1")}, {"b", QStringLiteral("q\"")}}, 0.5);
        w.sample(2.0);
        QCOMPARE(w.finish(), QByteArray("# TYPE x_seconds gauge\n"
                                        "# UNIT x_seconds seconds\n"
                                        "# HELP x_seconds Help with \\\\ and\\nnewline.\n"
                                        "x_seconds{a=\"1\",b=\"q\\\"\"} 0.5\n"
                                        "x_seconds 2\n"
                                        "# EOF\n"));
    }

    void counterSamplesEndInTotal()
    {
        OpenMetricsWriter w;
        w.family("failures", OpenMetricsWriter::Type::Counter, "Failures.");
        w.sample(3.0);
        QCOMPARE(w.finish(), QByteArray("# TYPE failures counter\n"
                                        "# HELP failures Failures.\n"
                                        "failures_total 3\n"
                                        "# EOF\n"));
    }

    void noValueIsNoLine()
    {
        OpenMetricsWriter w;
        w.family("a", OpenMetricsWriter::Type::Gauge, "A.");
        w.sample({{"q", QStringLiteral("x")}}, std::numeric_limits<double>::quiet_NaN());
        w.sample({{"q", QStringLiteral("y")}}, 1.0);
        w.family("b", OpenMetricsWriter::Type::Gauge, "B, never sampled.");
        w.family("c", OpenMetricsWriter::Type::Gauge, "C, only NaN.");
        w.sample(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(w.finish(), QByteArray("# TYPE a gauge\n"
                                        "# HELP a A.\n"
                                        "a{q=\"y\"} 1\n"
                                        "# EOF\n"));
    }

    void emptyIsJustEof()
    {
        OpenMetricsWriter w;
        QCOMPARE(w.finish(), QByteArray("# EOF\n"));
    }
};

QTEST_GUILESS_MAIN(TestOpenMetricsWriter)
#include "TestOpenMetricsWriter.moc"
