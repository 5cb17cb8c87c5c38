#include "licensingmodels.h"

#include "amountformat.h"

#include <QLocale>

namespace rd::ui {
namespace {

QString shareText(const DecimalSum &share) { return formatSum(share, 2) + QStringLiteral(" %"); }
double shareValue(const DecimalSum &share) { return share.raw().convert_to<double>() / 1e20; } // sorting only
QString dateText(const std::optional<QDate> &d) { return d ? d->toString(Qt::ISODate) : QCoreApplication::translate("rd::ui::TimelineModel", "open"); }
QString money(const ExactAmount &amount) { return formatAmount(QString::fromStdString(amount.toString(2)), 2); }

QString exactMoney(const ExactAmount &amount, const QString &currency)
{
    return QCoreApplication::translate("rd::ui::ExposureModel", "Exact: %1 %2").arg(QString::fromStdString(amount.toString(10)), currency);
}

QVariant rightAligned() { return int(Qt::AlignRight | Qt::AlignVCenter); }

} // namespace

// --- TimelineModel

void TimelineModel::setTimeline(const TimelineData &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

const TimelineBand *TimelineModel::band(int row) const
{
    return row >= 0 && row < m_data.bands.size() ? &m_data.bands[row] : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_data.bands.size()); }
int TimelineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TimelineModel::stateName(TimelineBand::State state)
{
    switch (state) {
    case TimelineBand::State::Unlicensed: return tr("unlicensed");
    case TimelineBand::State::Partial: return tr("partly licensed");
    case TimelineBand::State::Full: return tr("fully licensed");
    case TimelineBand::State::Overclaimed: return tr("overclaimed");
    }
    return QString();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineBand *b = band(index.row());
    if (!b)
        return {};
    if (role == StateRole)
        return int(b->state());
    if (role == Qt::TextAlignmentRole && index.column() == Share)
        return rightAligned();
    if (role != Qt::DisplayRole && role != kLicensingSortRole)
        return {};
    switch (index.column()) {
    case Territory: return b->lane.territory;
    case RightType: return b->lane.rightType;
    case From: return b->from.toString(Qt::ISODate);
    case To: return role == kLicensingSortRole ? (b->to ? b->to->toString(Qt::ISODate) : QStringLiteral("9999")) : dateText(b->to);
    case Share: return role == kLicensingSortRole ? QVariant(shareValue(b->share)) : QVariant(shareText(b->share));
    case State: return stateName(b->state());
    case Claimants: {
        QStringList names;
        for (const Claim &c : b->claims)
            names << c.rightsHolder;
        return names.join(QLatin1String(", "));
    }
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Territory: return tr("Territory");
    case RightType: return tr("Right type");
    case From: return tr("From");
    case To: return tr("To");
    case Share: return tr("Licensed share");
    case State: return tr("State");
    case Claimants: return tr("Claimants");
    }
    return {};
}

// --- ClaimsModel

void ClaimsModel::setClaims(const QList<Claim> &claims)
{
    beginResetModel();
    m_claims = claims;
    endResetModel();
}

QString ClaimsModel::sourceText(const Claim &c)
{
    const QString where = c.dsrId != 0 ? tr("DSR %1, line %2").arg(c.dsrId).arg(c.line) : tr("%1, line %2").arg(c.fileName).arg(c.line);
    return c.source.isEmpty() || c.dsrId != 0 ? where : QStringLiteral("%1 (%2)").arg(c.source, where);
}

int ClaimsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_claims.size()); }
int ClaimsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_claims.size())
        return {};
    const Claim &c = m_claims[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Share)
        return rightAligned();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Holder: return c.rightsHolder;
    case Share: return QString(QString::fromStdString(c.share.toString()) + QStringLiteral(" %"));
    case Territory: return c.territory;
    case ValidFrom: return c.validFrom.toString(Qt::ISODate);
    case ValidTo: return dateText(c.validTo);
    case KnownFrom: return c.knownFrom.toString(Qt::ISODate);
    case KnownTo: return c.knownTo ? c.knownTo->toString(Qt::ISODate) : QString();
    case Source: return sourceText(c);
    }
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Holder: return tr("Rights holder");
    case Share: return tr("Share");
    case Territory: return tr("Territory");
    case ValidFrom: return tr("Valid from");
    case ValidTo: return tr("Valid to");
    case KnownFrom: return tr("Known from");
    case KnownTo: return tr("Withdrawn");
    case Source: return tr("Source");
    }
    return {};
}

// --- TrackListModel

void TrackListModel::setTracks(const QList<Track> &tracks)
{
    beginResetModel();
    m_tracks = tracks;
    endResetModel();
}

int TrackListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_tracks.size()); }
int TrackListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TrackListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tracks.size() || role != Qt::DisplayRole)
        return {};
    const Track &t = m_tracks[index.row()];
    switch (index.column()) {
    case Isrc: return t.isrc;
    case Title: return t.title;
    case Artists: return t.artists;
    }
    return {};
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Isrc: return tr("ISRC");
    case Title: return tr("Title");
    case Artists: return tr("Artists");
    }
    return {};
}

// --- OverclaimsModel

void OverclaimsModel::setRows(const QList<OverclaimRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

int OverclaimsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int OverclaimsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OverclaimsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OverclaimRow &r = m_rows[index.row()];
    const bool sort = role == kLicensingSortRole;
    if (role == Qt::TextAlignmentRole && index.column() >= TotalShare && index.column() != Claimants)
        return rightAligned();
    if (role == Qt::ToolTipRole && index.column() == Revenue)
        return exactMoney(r.usage.revenue, m_currency);
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case Isrc: return r.isrc;
    case Territory: return r.territory;
    case RightType: return r.rightType;
    case From: return r.from.toString(Qt::ISODate);
    case To: return sort ? (r.to ? r.to->toString(Qt::ISODate) : QStringLiteral("9999")) : dateText(r.to);
    case TotalShare: return sort ? QVariant(shareValue(r.totalShare)) : QVariant(shareText(r.totalShare));
    case Claimants: return r.claimants.join(QLatin1String(", "));
    case Usages: return sort ? QVariant(r.usage.usages) : QVariant(QLocale().toString(r.usage.usages));
    case Revenue: return sort ? QVariant(r.usage.revenue.value().convert_to<double>()) : QVariant(money(r.usage.revenue));
    }
    return {};
}

QVariant OverclaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Isrc: return tr("ISRC");
    case Territory: return tr("Territory");
    case RightType: return tr("Right type");
    case From: return tr("From");
    case To: return tr("To");
    case TotalShare: return tr("Total share");
    case Claimants: return tr("Claimants");
    case Usages: return tr("Usages");
    case Revenue: return tr("Revenue (%1)").arg(m_currency);
    }
    return {};
}

// --- ExposureModel

void ExposureModel::setRows(const QList<ExposureRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

int ExposureModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ExposureModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExposureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ExposureRow &r = m_rows[index.row()];
    const bool sort = role == kLicensingSortRole;
    if (role == Qt::TextAlignmentRole && index.column() >= Licensed)
        return rightAligned();
    if (role == Qt::ToolTipRole && index.column() == Revenue)
        return exactMoney(r.usage.revenue, m_currency);
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case Isrc: return r.isrc.isEmpty() ? tr("(no ISRC)") : r.isrc;
    case Title: return r.title;
    case Territory: return r.territory;
    case Licensed: return sort ? QVariant(shareValue(r.licensedShare)) : QVariant(shareText(r.licensedShare));
    case Dsrs: return r.usage.dsrs;
    case Usages: return sort ? QVariant(r.usage.usages) : QVariant(QLocale().toString(r.usage.usages));
    case Revenue: return sort ? QVariant(r.usage.revenue.value().convert_to<double>()) : QVariant(money(r.usage.revenue));
    }
    return {};
}

QVariant ExposureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Isrc: return tr("ISRC");
    case Title: return tr("Title");
    case Territory: return tr("Territory");
    case Licensed: return tr("Lowest licensed share");
    case Dsrs: return tr("DSRs");
    case Usages: return tr("Usages");
    case Revenue: return tr("Revenue (%1)").arg(m_currency);
    }
    return {};
}

} // namespace rd::ui
