#pragma once

#include "ingest/importresult.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rd::ui {

class DiffChangesModel;

// The review of a re-delivery before it is applied: what it changes (counts,
// the revenue and usages delta) and the changed rows before and after,
// filterable by kind. Apply asks for the file to be imported with replace.
class RedeliveryDialog final : public QDialog
{
    Q_OBJECT

public:
    RedeliveryDialog(const ImportResult &reviewed, QString databasePath, QWidget *parent = nullptr);

    DiffChangesModel *changesModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *kindFilter() const { return m_kind; }
    QString summaryText() const;

signals:
    void applyRequested(const QString &path);
    void storedRowsLoaded();

private:
    ImportResult m_reviewed;
    DiffChangesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace rd::ui
