#pragma once

#include "core/result.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yc {

class Database;

struct Hall
{
    qint64 id = 0;
    QString code;
    QString name;
    QString regionCode;
    QString orgCreditCode;
    QString address;
    QString phone;
    QString timeZone = QStringLiteral("Asia/Shanghai"); // IANA id; see hallTime in core/clock.h
};

struct HallWindow
{
    qint64 id = 0;
    int number = 0;
    QString name;
    QString type; // comprehensive | cross_region | proxy | complaint | fallback
    bool active = true;
};

struct BusinessLine
{
    qint64 id = 0;
    QString prefix;
    QString name;
    int dailyCap = 0;
};

// The hall this installation belongs to, its windows and business lines.
class HallRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::HallRepository)

public:
    explicit HallRepository(std::shared_ptr<Database> db);

    Result<std::optional<Hall>> hall() const;
    // Makes the hall's time zone the one hallTime uses (at start-up).
    Result<void> applyTimeZone() const;
    Result<Hall> saveHall(const Hall &hall, const QString &byStaffNo);
    Result<QList<HallWindow>> windows() const;
    Result<std::optional<HallWindow>> window(int number) const;
    Result<HallWindow> saveWindow(const HallWindow &window, const QString &byStaffNo);
    Result<QList<BusinessLine>> lines() const;
    Result<BusinessLine> addLine(const BusinessLine &line, const QString &byStaffNo);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc
