#pragma once

#include <QCoreApplication>
#include <QString>

namespace yc {

// The words for a proxy case's stored codes, shared by the workspace and the
// printed forms (English source text, translated to zh_CN).
class ProxyWords
{
    Q_DECLARE_TR_FUNCTIONS(yc::ProxyWords)

public:
    static QString mode(const QString &code);   // 帮办 / 代办 / 上门办
    static QString reason(const QString &code); // 老年人, 企业开办 …
    static QString state(const QString &code);
    static QString kind(const QString &code);      // original / copy
    static QString direction(const QString &code); // received / returned
    static QString satisfaction(const QString &code);
    static QString callbackMethod(const QString &code);
    static QString visitState(const QString &code);
    static QString progressKind(const QString &code);
};

} // namespace yc
