#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QDateTime>

namespace yc {

class Database;

// The case list, newest first, fetched a page at a time so a hall with a
// hundred thousand cases opens instantly. Applicant ID numbers are masked.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProjectNo,
        Matter,
        Applicant,
        ApplicantId,
        Status,
        AppliedAt,
        DueAt,
        Service, // 帮办代办: the mode's code in ProxyModeRole, its words shown by the view
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    enum Role
    {
        CaseIdRole = Qt::UserRole,
        StatusRole,    // the stored status code (accepted, finished …)
        ProxyModeRole, // assist | proxy | home_visit, empty for none (any column)
        ProxyReasonRole,
    };

    // What the list shows: text matched in the case number, the matter and the
    // applicant's name; a status, "open" (受理, 补齐补正, 特别程序) or all.
    struct Filter
    {
        QString text;
        QString status; // empty = all, "open", or a case_record.status
    };

    explicit CaseListModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    // Re-reads from the start: overdue open cases first (they are few and
    // need attention), then the rest newest first, a page at a time.
    void reload();
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString projectNo;
        QString matter;
        QString applicant;
        QString applicantId;
        QString status;
        QDateTime appliedAt;
        QDateTime dueAt;
        bool overdue = false;
        QString proxyMode;
        QString proxyReason;
    };
    QString whereClause(QVariantList *values) const;
    QList<Row> fetchRows(bool overdue, qint64 beforeId, int limit) const;

    std::shared_ptr<Database> m_db;
    Filter m_filter;
    QList<Row> m_rows;
    int m_total = 0;
    bool m_exhausted = false;
};

} // namespace yc
