#pragma once

#include <QString>

class QCoreApplication;

namespace yc {

// Chooses the user interface language and installs the translators: ours
// (embedded, :/i18n/yichuang_<lang>.qm) and Qt's own for standard dialogs.
// "auto" means Chinese under a Chinese system locale, otherwise English.
class Localization
{
public:
    static QString resolve(const QString &setting);
    // Returns the language in force ("zh_CN" or "en").
    static QString install(QCoreApplication &app, const QString &setting);
};

} // namespace yc
