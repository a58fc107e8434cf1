#include "core/config/ListenAddress.h"

#include <QCoreApplication>

namespace earshot {

namespace {

// The translation context of this file's texts: lupdate and the runtime both file them
// under "ListenAddress".
class ListenAddressText
{
    Q_DECLARE_TR_FUNCTIONS(ListenAddress)
};

Error badValue(const QString &key, const QString &text)
{
    return Error{ErrorKind::MetricsListen,
                 ListenAddressText::tr("%1: \"%2\" is not an address and port such as "
                                       "127.0.0.1:9464, [::1]:9464 or 0.0.0.0:9464.")
                     .arg(key, text.left(80))};
}

} // namespace

bool ListenAddress::isLoopback() const
{
    return host.isLoopback();
}

QString ListenAddress::text() const
{
    const QString address = host.protocol() == QAbstractSocket::IPv6Protocol
                                ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                                : host.toString();
    return address + QLatin1Char(':') + QString::number(port);
}

Result<ListenAddress> parseListenAddress(const QString &text, const QString &key)
{
    const QString value = text.trimmed();
    QString hostPart;
    QString portPart = value;
    if (value.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = value.indexOf(QLatin1StringView("]:"));
        if (close < 0)
            return badValue(key, value);
        hostPart = value.mid(1, close - 1);
        portPart = value.mid(close + 2);
    } else if (const qsizetype colon = value.lastIndexOf(u':'); colon >= 0) {
        hostPart = value.left(colon);
        portPart = value.mid(colon + 1);
        if (hostPart.contains(u':')) // an IPv6 address needs its brackets
            return badValue(key, value);
    }
    bool portOk = false;
    const uint port = portPart.toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535 || portPart.startsWith(u'+'))
        return Error{ErrorKind::MetricsListen,
                     ListenAddressText::tr("%1: the port of \"%2\" must be a number from 1 to "
                                           "65535.")
                         .arg(key, value.left(80))};
    ListenAddress out;
    out.port = quint16(port);
    if (hostPart.isEmpty() ||
        hostPart.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0) {
        out.host = QHostAddress(QHostAddress::LocalHost);
        return out;
    }
    if (!out.host.setAddress(hostPart) || !out.host.scopeId().isEmpty())
        return Error{ErrorKind::MetricsListen,
                     ListenAddressText::tr("%1: \"%2\" is not an IP address (write the "
                                           "address to listen on, not a host name).")
                         .arg(key, hostPart.left(80))};
    return out;
}

} // namespace earshot
