#include "reportmodel.h"

#include "db/database.h"
#include "storage/dsrrepository.h"

#include <QBrush>
#include <QColor>

namespace rd::ui {

ReportModel::ReportModel(std::shared_ptr<Database> database, qint64 dsrId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_dsrId(dsrId)
{
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ReportEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line: return e.line == 0 ? tr("file") : QString::number(e.line);
        case Severity: return ValidationText::severity(e.severity);
        case Field: return e.where();
        case Message: return e.message();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return e.message(); // a long message is elided in its one-line row
    if (role == Qt::ForegroundRole && index.column() == Severity && e.severity == ValidationIssue::Severity::Error)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Severity: return tr("Severity");
    case Field: return tr("Field");
    case Message: return tr("Problem");
    }
    return {};
}

bool ReportModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ReportModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // One indexed page query (a few milliseconds), so it runs in place.
    const auto page = DsrRepository(*m_database).report(m_dsrId, m_afterLine, kPageLines);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    if (page->isEmpty()) {
        m_atEnd = true;
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries += page.value();
    endInsertRows();
    m_afterLine = page->last().line;
}

} // namespace rd::ui
