#pragma once

#include "packages/package.h"

#include <QAbstractTableModel>

namespace rd::ui {

// The packages: id, name, state (stale ones say so), version, partition and
// who created them when. Stale and retracted packages stand out.
class PackageListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, State, Version, Territories, Periods, Created, ColumnCount };

    explicit PackageListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setPackages(const QList<Package> &packages);
    const Package *packageAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(Package::State state);

private:
    QList<Package> m_packages;
};

} // namespace rd::ui
