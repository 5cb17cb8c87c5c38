#include "targetsdialog.h"

#include "backgroundtask.h"
#include "dialogbuttons.h"
#include "copies/sftptarget.h"
#include "review/csvtablemodel.h"
#include "sortedtable.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::ui {
namespace {

// Asks for an SFTP server: host, port, user, key file or password variable, known_hosts file, folder.
std::optional<TargetConfig> askSftp(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(TargetsDialog::tr("Add SFTP Server"));
    auto *host = new QLineEdit, *user = new QLineEdit, *key = new QLineEdit, *passwordEnv = new QLineEdit, *knownHosts = new QLineEdit,
         *folder = new QLineEdit;
    auto *port = new QSpinBox;
    port->setRange(1, 65535);
    port->setValue(22);
    knownHosts->setText(QDir::homePath() + QLatin1String("/.ssh/known_hosts"));
    passwordEnv->setPlaceholderText(TargetsDialog::tr("or the environment variable holding the password"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(TargetsDialog::tr("&Host:"), host);
    form->addRow(TargetsDialog::tr("&Port:"), port);
    form->addRow(TargetsDialog::tr("&User:"), user);
    form->addRow(TargetsDialog::tr("&Key file:"), key);
    form->addRow(TargetsDialog::tr("Pass&word variable:"), passwordEnv);
    form->addRow(TargetsDialog::tr("&known_hosts file:"), knownHosts);
    form->addRow(TargetsDialog::tr("Remote &folder:"), folder);
    form->addRow(okCancelButtons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    TargetConfig t;
    t.kind = TargetConfig::Kind::Sftp;
    t.location = folder->text().trimmed();
    t.settings = QJsonObject{{QStringLiteral("host"), host->text().trimmed()},  {QStringLiteral("port"), port->value()},
                             {QStringLiteral("user"), user->text().trimmed()},  {QStringLiteral("key_file"), key->text().trimmed()},
                             {QStringLiteral("password_env"), passwordEnv->text().trimmed()},
                             {QStringLiteral("known_hosts"), knownHosts->text().trimmed()}};
    return t;
}

} // namespace

TargetsDialog::TargetsDialog(QString databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_model(new CsvTableModel(this)), m_status(new QLabel),
      m_toggle(new QPushButton(tr("&Disable"))), m_hostKey(new QPushButton(tr("Check &Host Key…")))
{
    setWindowTitle(tr("Retention Targets"));
    m_table = sortedReadOnlyTable(m_model, QStringLiteral("targetsTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *addFolder = new QPushButton(tr("Add &Folder…"));
    auto *addSftp = new QPushButton(tr("Add &SFTP…"));
    auto *close = new QPushButton(tr("Close"));
    connect(addFolder, &QPushButton::clicked, this, &TargetsDialog::addFolder);
    connect(addSftp, &QPushButton::clicked, this, &TargetsDialog::addSftp);
    connect(m_toggle, &QPushButton::clicked, this, &TargetsDialog::toggleEnabled);
    connect(m_hostKey, &QPushButton::clicked, this, &TargetsDialog::checkHostKey);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TargetsDialog::updateButtons);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {addFolder, addSftp, m_toggle, m_hostKey})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    m_status->setWordWrap(true);
    m_status->setText(tr("Publishing copies a package's zip to every enabled target, then reads it back to check it."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(820, 360);
    reload();
}

void TargetsDialog::reload()
{
    runInBackground<QList<TargetConfig>>(
        this, m_databasePath, [](Database &db) { return CopyTargets(db).list(false); },
        [this](const Expected<QList<TargetConfig>> &targets) {
            if (!targets) {
                m_status->setText(targets.error());
                return;
            }
            m_targets = targets.value();
            QList<QStringList> rows;
            for (const TargetConfig &t : m_targets) {
                QString where = t.location;
                if (t.kind == TargetConfig::Kind::Sftp)
                    where = SftpTarget(CopyTargets::sftpSettingsOf(t)).location();
                else if (where.isEmpty())
                    where = tr("the archive beside the database");
                rows << QStringList{QString::number(t.id), t.kind == TargetConfig::Kind::Sftp ? tr("SFTP") : tr("folder"), where,
                                    t.enabled ? tr("yes") : tr("no"), t.settings.value(QStringLiteral("fingerprint")).toString()};
            }
            m_model->setRows({tr("Id"), tr("Kind"), tr("Where"), tr("Enabled"), tr("Confirmed host key")}, rows, {tr("Id")});
            updateButtons();
            emit loaded();
        });
}

const TargetConfig *TargetsDialog::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = current.siblingAtColumn(0).data().toLongLong();
    for (const TargetConfig &t : m_targets)
        if (t.id == id)
            return &t;
    return nullptr;
}

void TargetsDialog::updateButtons()
{
    const TargetConfig *t = selected();
    m_toggle->setEnabled(t);
    m_toggle->setText(t && !t->enabled ? tr("&Enable") : tr("&Disable"));
    m_hostKey->setEnabled(t && t->kind == TargetConfig::Kind::Sftp);
}

void TargetsDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Archive Folder"));
    if (folder.isEmpty())
        return;
    TargetConfig t;
    t.location = folder;
    runInBackground<qint64>(
        this, m_databasePath, [t](Database &db) { return CopyTargets(db).add(t); },
        [this](const Expected<qint64> &added) {
            m_status->setText(added ? tr("Folder added as target %1").arg(added.value()) : added.error());
            reload();
        });
}

void TargetsDialog::addSftp()
{
    const auto target = askSftp(this);
    if (!target)
        return;
    const TargetConfig t = *target;
    runInBackground<qint64>(
        this, m_databasePath, [t](Database &db) { return CopyTargets(db).add(t); },
        [this](const Expected<qint64> &added) {
            m_status->setText(added ? tr("SFTP server added as target %1: check its host key before the first copy").arg(added.value())
                                    : added.error());
            reload();
        });
}

void TargetsDialog::toggleEnabled()
{
    const TargetConfig *t = selected();
    if (!t)
        return;
    const qint64 id = t->id;
    const bool enable = !t->enabled;
    runInBackground<bool>(
        this, m_databasePath,
        [id, enable](Database &db) -> Expected<bool> {
            const Status done = CopyTargets(db).setEnabled(id, enable);
            return done.ok() ? Expected<bool>(true) : Expected<bool>::failure(done.error());
        },
        [this](const Expected<bool> &done) {
            if (!done)
                m_status->setText(done.error());
            reload();
        });
}

void TargetsDialog::checkHostKey()
{
    const TargetConfig *t = selected();
    if (!t)
        return;
    const TargetConfig target = *t;
    m_status->setText(tr("Connecting to %1…").arg(target.settings.value(QStringLiteral("host")).toString()));
    m_hostKey->setEnabled(false);
    // The network probe runs on a pool thread; the database is not needed for it.
    runInBackground<SftpTarget::HostKey>(
        this, m_databasePath, [target](Database &) { return SftpTarget::probe(CopyTargets::sftpSettingsOf(target)); },
        [this, target](const Expected<SftpTarget::HostKey> &key) {
            updateButtons();
            if (!key) {
                m_status->setText(key.error());
                return;
            }
            if (key->known == SftpTarget::HostKey::Known::Changed) {
                QMessageBox::critical(this, tr("Host Key Changed"),
                                      tr("The host key of %1 HAS CHANGED; it is now %2.\n\nSomeone may be intercepting the connection. "
                                         "Nothing will be sent. If the server's key really changed, remove its old entry from %3.")
                                          .arg(target.settings.value(QStringLiteral("host")).toString(), key->fingerprint,
                                               target.settings.value(QStringLiteral("known_hosts")).toString()));
                m_status->setText(tr("Refused: the host key changed."));
                return;
            }
            if (key->known == SftpTarget::HostKey::Known::Yes) {
                m_status->setText(tr("The host key is known: %1").arg(key->fingerprint));
                return;
            }
            const auto answer = QMessageBox::question(
                this, tr("Unknown Host Key"),
                tr("%1 presents a host key that is not in %2:\n\n%3\n\nTrust it only if its administrator confirms this fingerprint.")
                    .arg(target.settings.value(QStringLiteral("host")).toString(), target.settings.value(QStringLiteral("known_hosts")).toString(),
                         key->fingerprint),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
            const qint64 id = target.id;
            const QString fingerprint = key->fingerprint;
            runInBackground<bool>(
                this, m_databasePath,
                [id, fingerprint](Database &db) -> Expected<bool> {
                    const Status done = CopyTargets(db).confirmFingerprint(id, fingerprint);
                    return done.ok() ? Expected<bool>(true) : Expected<bool>::failure(done.error());
                },
                [this, fingerprint](const Expected<bool> &done) {
                    m_status->setText(done ? tr("Trusted %1; it is added to the known_hosts file on the next copy").arg(fingerprint) : done.error());
                    reload();
                });
        });
}

} // namespace rd::ui
