#pragma once

#include "storage/reportentry.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace rd {
class Database;
}

namespace rd::ui {

// A DSR's validation report, fetched a page at a time as the view scrolls,
// so a report of millions of lines opens instantly.
class ReportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportModel)

public:
    enum Column { Line, Severity, Field, Message, ColumnCount };

    ReportModel(std::shared_ptr<Database> database, qint64 dsrId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString lastError() const { return m_error; }

private:
    static constexpr int kPageLines = 500;

    std::shared_ptr<Database> m_database;
    qint64 m_dsrId;
    QList<ReportEntry> m_entries;
    qint64 m_afterLine = -1;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace rd::ui
