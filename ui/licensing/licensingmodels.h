#pragma once

#include "licensing/licensingreports.h"
#include "licensing/timelinedata.h"

#include <QAbstractTableModel>

namespace rd::ui {

// The bands of a track's timeline, a row each: lane, dates, share, state, claimants.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Territory, RightType, From, To, Share, State, Claimants, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1; // TimelineBand::State as int

    using QAbstractTableModel::QAbstractTableModel;
    void setTimeline(const TimelineData &data);
    const TimelineData &timeline() const { return m_data; }
    const TimelineBand *band(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(TimelineBand::State state);

private:
    TimelineData m_data;
};

// The claims behind a band, with where each came from.
class ClaimsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Holder, Share, Territory, ValidFrom, ValidTo, KnownFrom, KnownTo, Source, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setClaims(const QList<Claim> &claims);
    const QList<Claim> &claims() const { return m_claims; }
    static QString sourceText(const Claim &claim);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Claim> m_claims;
};

// Search results: ISRC, title, artists.
class TrackListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Isrc, Title, Artists, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setTracks(const QList<Track> &tracks);
    const QList<Track> &tracks() const { return m_tracks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Track> m_tracks;
};

// The overclaim report, a stretch a row.
class OverclaimsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Isrc, Territory, RightType, From, To, TotalShare, Claimants, Usages, Revenue, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<OverclaimRow> &rows, const QString &currency);
    const QList<OverclaimRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OverclaimRow> m_rows;
    QString m_currency;
};

// The exposure report, a track and territory a row.
class ExposureModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Isrc, Title, Territory, Licensed, Dsrs, Usages, Revenue, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<ExposureRow> &rows, const QString &currency);
    const QList<ExposureRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExposureRow> m_rows;
    QString m_currency;
};

// Role giving a sortable value (numbers, ISO dates) rather than the shown text.
constexpr int kLicensingSortRole = Qt::UserRole + 2;

} // namespace rd::ui
