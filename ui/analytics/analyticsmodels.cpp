#include "analyticsmodels.h"

#include "amountformat.h"
#include "formats/isocodes.h"

#include <QLocale>

namespace rd::ui {
namespace {

QString shown(const ExactAmount &amount)
{
    return formatAmount(QString::fromStdString(amount.toString(kShownDecimals)), kShownDecimals);
}

QString periodText(const QDate &start, const QDate &end)
{
    return start.toString(Qt::ISODate) + QStringLiteral(" – ") + end.toString(Qt::ISODate);
}

} // namespace

QString exactAmountText(const ExactAmount &amount)
{
    const QString text = QString::fromStdString(amount.toString(kExactDecimals));
    return amount.isExactAt(kExactDecimals) ? text : QStringLiteral("≈ %1").arg(text);
}

TotalsModel::TotalsModel(Dimension dimension, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
{
}

void TotalsModel::setRows(const QList<TotalRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

QString TotalsModel::code(const TotalRow &row)
{
    return row.subKey.isEmpty() ? row.key : row.key + QLatin1Char('/') + row.subKey;
}

QString TotalsModel::name(const TotalRow &row) const
{
    switch (m_dimension) {
    case Dimension::Territory: return iso::territoryName(row.key);
    case Dimension::Period: return periodText(row.periodStart, row.periodEnd);
    case Dimension::DspOffer: return row.key + QStringLiteral(" · ") + row.subKey;
    case Dimension::Dsp:
    case Dimension::Offer: return row.key;
    }
    return row.key;
}

int TotalsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int TotalsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TotalRow &row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Key: return code(row);
        case Name: return name(row);
        case Dsrs: return QLocale().toString(row.dsrCount);
        case Usages: return QLocale().toString(row.usages);
        case Revenue: return row.dsrsWithoutRate ? tr("%1 (incomplete)").arg(shown(row.revenue)) : shown(row.revenue);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Revenue) {
        QString tip = tr("%1 %2 exactly").arg(exactAmountText(row.revenue), m_currency);
        if (row.dsrsWithoutRate)
            tip += QLatin1Char('\n') + tr("%n DSR(s) left out: no exchange rate in force", nullptr, row.dsrsWithoutRate);
        return tip;
    }
    if (role == kSortRole) {
        switch (index.column()) {
        case Dsrs: return row.dsrCount;
        case Usages: return row.usages;
        case Revenue: return QString::fromStdString(row.revenue.toString(kExactDecimals)).toDouble(); // order only
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Dsrs)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return tr("Code");
    case Name: return tr("Name");
    case Dsrs: return tr("DSRs");
    case Usages: return tr("Usages");
    case Revenue: return tr("Revenue (%1)").arg(m_currency);
    }
    return {};
}

TableData TotalsModel::table() const
{
    TableData t;
    t.title = dimensionName(m_dimension);
    t.headers = {tr("Code"), tr("Name"), tr("DSRs"), tr("Usages"), tr("Revenue (%1)").arg(m_currency), tr("DSRs without rate")};
    for (const TotalRow &row : m_rows)
        t.rows << QVariantList{code(row), name(row), qint64(row.dsrCount),
                               row.usages, QString::fromStdString(row.revenue.toString(kExactDecimals)),
                               qint64(row.dsrsWithoutRate)};
    return t;
}

void TopResourcesModel::setResources(const QList<TopResource> &resources, const ExactAmount &total, const QString &currency)
{
    beginResetModel();
    m_resources = resources;
    m_total = total;
    m_currency = currency;
    m_shares.clear();
    const double first = resources.isEmpty() ? 0 : QString::fromStdString(resources.first().revenue.toString(6)).toDouble();
    for (const TopResource &r : resources)
        m_shares << (first > 0 ? std::max(0.0, QString::fromStdString(r.revenue.toString(6)).toDouble() / first) : 0.0);
    endResetModel();
}

int TopResourcesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_resources.size()); }
int TopResourcesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TopResourcesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_resources.size())
        return {};
    const TopResource &r = m_resources[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank: return index.row() + 1;
        case Title: return r.title;
        case Artists: return r.artists;
        case Isrc: return r.isrc;
        case DspId: return r.dspId;
        case Usages: return QLocale().toString(r.usages);
        case Revenue: return shown(r.revenue);
        case Share: {
            if (m_total.isZero())
                return QString();
            const ExactAmount share(r.revenue.value() * 100 / m_total.value());
            return QStringLiteral("%1 %").arg(QString::fromStdString(share.toString(2)));
        }
        }
    }
    if (role == Qt::UserRole && index.column() == Share)
        return m_shares.value(index.row());
    if (role == Qt::ToolTipRole && index.column() == Revenue)
        return tr("%1 %2 exactly").arg(exactAmountText(r.revenue), m_currency);
    if (role == kSortRole) {
        switch (index.column()) {
        case Rank: return index.row();
        case Usages: return r.usages;
        case Revenue:
        case Share: return -index.row(); // ranked by exact revenue already
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() >= Usages))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TopResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case Title: return tr("Title");
    case Artists: return tr("Artists");
    case Isrc: return tr("ISRC");
    case DspId: return tr("DSP ID");
    case Usages: return tr("Usages");
    case Revenue: return tr("Revenue (%1)").arg(m_currency);
    case Share: return tr("Share of total");
    }
    return {};
}

TableData TopResourcesModel::table() const
{
    TableData t;
    t.title = tr("Top resources");
    t.headers = {tr("#"), tr("Title"), tr("Artists"), tr("ISRC"), tr("DSP ID"), tr("Usages"), tr("Revenue (%1)").arg(m_currency)};
    for (int i = 0; i < m_resources.size(); ++i) {
        const TopResource &r = m_resources[i];
        t.rows << QVariantList{qint64(i + 1), r.title, r.artists, r.isrc, r.dspId, r.usages,
                               QString::fromStdString(r.revenue.toString(kExactDecimals))};
    }
    return t;
}

void DrillRowsModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    m_fetching = false;
    endResetModel();
}

void DrillRowsModel::append(const QList<DrillRow> &rows, bool complete)
{
    m_fetching = false;
    m_complete = complete;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

bool DrillRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void DrillRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested();
}

int DrillRowsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int DrillRowsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DrillRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DrillRow &r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == kSortRole) {
        switch (index.column()) {
        case Dsr: return r.dsrId();
        case Line: return r.line();
        case Territory: return r.territory;
        case Period: return periodText(r.periodStart, r.periodEnd);
        case Dsp: return r.dsp;
        case Offer: return r.offer;
        case DspId: return r.dspId;
        case Title: return r.title;
        case Artists: return r.artists;
        case Isrc: return r.isrc;
        case Usages: return r.usages ? (role == kSortRole ? QVariant(*r.usages) : QVariant(formatCount(*r.usages))) : QVariant();
        case Revenue: return role == kSortRole ? QVariant(r.revenue.toDouble()) : QVariant(r.revenue.isEmpty() ? QString() : formatAmount(r.revenue, 2));
        case Currency: return r.currency;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Revenue)
        return r.revenue.isEmpty() ? tr("missing") : r.revenue;
    if (role == Qt::TextAlignmentRole && (index.column() <= Line || index.column() == Usages || index.column() == Revenue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DrillRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {QT_TR_NOOP("DSR"), QT_TR_NOOP("Line"), QT_TR_NOOP("Territory"), QT_TR_NOOP("Period"),
                                        QT_TR_NOOP("DSP"), QT_TR_NOOP("Offer"), QT_TR_NOOP("DSP ID"), QT_TR_NOOP("Title"),
                                        QT_TR_NOOP("Artists"), QT_TR_NOOP("ISRC"), QT_TR_NOOP("Usages"), QT_TR_NOOP("Revenue"),
                                        QT_TR_NOOP("Currency")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

TableData DrillRowsModel::table() const
{
    TableData t;
    t.title = tr("Rows");
    for (int c = 0; c < ColumnCount; ++c)
        t.headers << headerData(c, Qt::Horizontal).toString();
    for (const DrillRow &r : m_rows)
        t.rows << QVariantList{r.dsrId(), r.line(), r.territory, periodText(r.periodStart, r.periodEnd), r.dsp, r.offer,
                               r.dspId, r.title, r.artists, r.isrc, r.usages ? QVariant(*r.usages) : QVariant(QString()),
                               r.revenue, r.currency};
    return t;
}

} // namespace rd::ui
