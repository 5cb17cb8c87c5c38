#pragma once

#include "copies/copytargets.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace rd::ui {

class CsvTableModel;

// The retention targets published packages are copied to: the local archive,
// more folders (a mounted share), SFTP servers. An SFTP server's host key is
// trusted only when the user has seen its fingerprint and confirmed it here.
// Everything that touches the database or the network runs off the GUI thread.
class TargetsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TargetsDialog(QString databasePath, QWidget *parent = nullptr);

    void reload();
    CsvTableModel *model() const { return m_model; }

signals:
    void loaded();

private:
    const TargetConfig *selected() const;
    void addFolder();
    void addSftp();
    void toggleEnabled();
    void checkHostKey();
    void updateButtons();

    QString m_databasePath;
    QList<TargetConfig> m_targets;
    CsvTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_toggle, *m_hostKey;
};

} // namespace rd::ui
