#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rd::ui {

class DsrFilterProxyModel;
class DsrTableModel;

// The Imports area: every DSR with its status and totals, filterable and
// sortable. Loads the list off the GUI thread.
class ImportsView final : public QWidget
{
    Q_OBJECT

public:
    ImportsView(QString databasePath, QWidget *parent = nullptr);

    void reload();
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void focusFilter();
    QByteArray saveState() const;
    void fitTextColumns();
    void restoreState(const QByteArray &state);

    DsrTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void selectionChanged();
    void reportRequested(qint64 dsrId);
    void loaded(int count);

private:
    void showSummary();

    QString m_databasePath;
    DsrTableModel *m_model;
    DsrFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QLabel *m_summary;
    bool m_userSizedColumns = false;
    bool m_sizingColumns = false;
};

} // namespace rd::ui
