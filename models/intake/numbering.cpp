#include "numbering.h"

#include "store/sql.h"

#include <openssl/rand.h>

namespace yc {

Result<qint64> nextSequenceValue(QSqlDatabase db, const QString &scope)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO number_sequence (scope, next_value) VALUES (?, 2) "
                                     "ON CONFLICT(scope) DO UPDATE SET next_value = next_value + 1 "
                                     "RETURNING next_value - 1"),
                      {scope});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("number.sequence"), scope};
    return q->value(0).toLongLong();
}

Result<QString> DefaultCaseNumbers::next(QSqlDatabase db, const Context &context)
{
    if (context.windowNo < 1 || context.windowNo > 99)
        return Error{QStringLiteral("number.window"),
                     tr("Case numbers need a window number from 1 to 99; this PC is set to window %1.")
                         .arg(context.windowNo)};
    const QString day = context.day.toString(QStringLiteral("yyyyMMdd"));
    auto serial = nextSequenceValue(
        db, QStringLiteral("case/%1/%2/w%3").arg(context.taskCode, day).arg(context.windowNo));
    if (!serial)
        return serial.error();
    if (serial.value() > 99)
        return Error{
            QStringLiteral("number.exhausted"),
            tr("Window %1 has numbered 99 cases of this matter today, the most the case number allows. "
               "Take the case at another window.")
                .arg(context.windowNo)};
    return QStringLiteral("%1%2%3%4")
        .arg(context.taskCode, day)
        .arg(context.windowNo, 2, 10, QLatin1Char('0'))
        .arg(serial.value(), 2, 10, QLatin1Char('0'));
}

Result<QString> nextDocumentNumber(QSqlDatabase db, const QString &hallName, const QString &docType, int year)
{
    static const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("acceptance_receipt"), QStringLiteral("受")},
        {QStringLiteral("notify_once"), QStringLiteral("告")},
        {QStringLiteral("deficiency_notice"), QStringLiteral("容")},
        {QStringLiteral("rejection_notice"), QStringLiteral("不受")},
        {QStringLiteral("delivery_receipt"), QStringLiteral("送")},
        {QStringLiteral("handover_voucher"), QStringLiteral("转")},
    };
    QString kind;
    for (const auto &[type, mark] : kinds) {
        if (type == docType)
            kind = mark;
    }
    if (kind.isEmpty())
        return Error{QStringLiteral("number.doc_type"), docType};
    auto serial = nextSequenceValue(db, QStringLiteral("doc/%1").arg(year));
    if (!serial)
        return serial.error();
    // "市中区政务服务中心" -> "市中区政务": the hall's short name as it heads its documents.
    QString prefix = hallName;
    prefix.remove(QStringLiteral("政务服务中心"))
        .remove(QStringLiteral("便民服务中心"))
        .remove(QStringLiteral("便民服务站"));
    prefix = prefix.trimmed().left(6) + QStringLiteral("政务");
    return QStringLiteral("%1%2〔%3〕%4号").arg(prefix, kind).arg(year).arg(serial.value());
}

QString newQueryPassword()
{
    QString out;
    while (out.size() < 6) {
        unsigned char bytes[8];
        if (RAND_bytes(bytes, sizeof bytes) != 1)
            return {};
        for (unsigned char b : bytes) {
            if (b < 250 && out.size() < 6) // 250 = 25 * 10: no digit is likelier than another
                out += QChar(QLatin1Char(static_cast<char>('0' + b % 10)));
        }
    }
    return out;
}

} // namespace yc
