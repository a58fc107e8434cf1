#include "ui/SettingsDialog.h"

#include "core/common/Logging.h"
#include "core/genesys/Region.h"
#include "core/i18n/Translations.h"
#include "ui/MessageBox.h"
#include "ui/QueuePickerList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace earshot {

SettingsDialog::SettingsDialog(const SettingsData &settings, const QList<QueueInfo> &knownQueues,
                               QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGenesysTab(), tr("Genesys Cloud"));
    tabs->addTab(buildDataTab(), tr("Data"));
    tabs->addTab(buildQueuesTab(knownQueues), tr("Queues"));
    tabs->addTab(buildPagerDutyTab(), tr("PagerDuty"));
    tabs->addTab(buildLanguageTab(), tr("Language"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, 520);
}

QWidget *SettingsDialog::buildGenesysTab()
{
    auto *page = new QWidget(this);
    m_region = new QComboBox(page);
    for (const GenesysRegion &r : genesysRegions()) {
        const QString key = r.awsCode.isEmpty() ? r.domain : r.awsCode;
        const QString label =
            r.awsCode.isEmpty() ? tr("%1 — %2").arg(regionDisplayName(r), r.domain)
                                : tr("%1 (%2) — %3").arg(regionDisplayName(r), r.awsCode, r.domain);
        m_region->addItem(label, key);
    }
    m_region->addItem(tr("Custom login and API URLs"), customRegionKey());
    int index = m_region->findData(m_initial.region);
    if (index < 0) {
        // A region the list does not know (a new one, given as a domain): keep it.
        m_region->insertItem(m_region->count() - 1, m_initial.region, m_initial.region);
        index = m_region->findData(m_initial.region);
    }
    m_region->setCurrentIndex(index);

    m_loginUrl = new QLineEdit(m_initial.loginUrl.toString(), page);
    m_loginUrl->setPlaceholderText(QStringLiteral("https://login.example.pure.cloud"));
    m_apiUrl = new QLineEdit(m_initial.apiUrl.toString(), page);
    m_apiUrl->setPlaceholderText(QStringLiteral("https://api.example.pure.cloud"));
    m_clientId = new QLineEdit(m_initial.clientId, page);
    m_clientIdNote = new QLabel(page);
    m_clientIdNote->setWordWrap(true);
    m_clientIdNote->setTextFormat(Qt::PlainText);
    m_clientIdNote->setText(
        inUseText(m_initial.clientIdInUse, QStringLiteral("GENESYS_CLIENT_ID")));
    if (m_initial.clientId.isEmpty() && !m_initial.clientIdInUse.masked.isEmpty() &&
        m_initial.clientIdInUse.origin != SettingsData::Origin::Demo)
        m_clientId->setPlaceholderText(tr("leave empty to keep the one in use"));
    m_clientSecret = new QLineEdit(page);
    m_clientSecretNote = new QLabel(page);
    setUpSecretField(m_clientSecret, m_initial.clientSecret, m_initial.clientSecretFromEnvironment,
                     QStringLiteral("GENESYS_CLIENT_SECRET"), m_clientSecretNote);
    m_clientSecretNote->setText(
        inUseText(m_initial.clientSecretInUse, QStringLiteral("GENESYS_CLIENT_SECRET")) + u'\n' +
        m_clientSecretNote->text());
    m_testGenesys = new QPushButton(tr("Test connection"), page);
    m_genesysResult = new QLabel(page);
    m_genesysResult->setWordWrap(true);
    m_genesysResult->setTextFormat(Qt::PlainText);
    auto *hint =
        new QLabel(tr("An OAuth client with the client credentials grant. Its role needs "
                      "Analytics > Conversation Detail > View and Routing > Queue > View."),
                   page);
    hint->setWordWrap(true);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Login URL:"), m_loginUrl);
    form->addRow(tr("API URL:"), m_apiUrl);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(QString(), m_clientIdNote);
    form->addRow(tr("Client secret:"), m_clientSecret);
    form->addRow(QString(), m_clientSecretNote);
    form->addRow(hint);
    form->addRow(m_testGenesys, m_genesysResult);

    connect(m_region, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRegionFields);
    connect(m_testGenesys, &QPushButton::clicked, this, [this] {
        m_genesysResult->setText(tr("Testing…"));
        emit testGenesysRequested(data());
    });
    updateRegionFields();
    return page;
}

QWidget *SettingsDialog::buildDataTab()
{
    auto *page = new QWidget(this);
    m_source = new QComboBox(page);
    m_source->addItem(tr("Genesys conversation details"), int(QualitySourceKind::Details));
    m_source->addItem(tr("Quality summary service"), int(QualitySourceKind::Summary));
    m_source->setCurrentIndex(m_source->findData(int(m_initial.source)));
    auto *sourceNote = new QLabel(
        tr("Conversation details are Genesys Cloud's own data: MOS, loss (derived from "
           "discarded and invalid packets) and latency, but no jitter in milliseconds. A quality "
           "summary service (/api/v2/analytics/quality/summary) is not part of Genesys Cloud; "
           "choose it only if your organisation runs one."),
        page);
    sourceNote->setWordWrap(true);
    m_window = new QSpinBox(page);
    m_window->setRange(60, 3600);
    m_window->setSingleStep(60);
    m_window->setSuffix(tr(" s"));
    m_window->setValue(m_initial.windowSecs);
    m_lag = new QSpinBox(page);
    m_lag->setRange(0, 3600);
    m_lag->setSingleStep(15);
    m_lag->setSuffix(tr(" s"));
    m_lag->setValue(m_initial.ingestLagSecs);
    m_lag->setToolTip(tr("Conversations appear in the details data only after they end and are "
                         "indexed: each window is polled this long after it closes."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Source:"), m_source);
    form->addRow(sourceNote);
    form->addRow(tr("Window:"), m_window);
    form->addRow(tr("Ingest lag:"), m_lag);
    if (!m_initial.sharedDatabase.isEmpty())
        addDatabasePasswordRows(page, form);
    return page;
}

// Only a shared database has a password: with SQLite the field would ask for nothing.
void SettingsDialog::addDatabasePasswordRows(QWidget *page, QFormLayout *form)
{
    const QString variable = QStringLiteral("EARSHOT_DB_PASSWORD");
    m_databasePassword = new QLineEdit(page);
    m_databasePasswordNote = new QLabel(page);
    setUpSecretField(m_databasePassword, m_initial.databasePassword,
                     m_initial.databasePasswordFromEnvironment, variable, m_databasePasswordNote);
    m_databasePasswordNote->setText(inUseText(m_initial.databasePasswordInUse, variable) + u'\n' +
                                    m_databasePasswordNote->text());
    const QString usedFor =
        tr("The password of the PostgreSQL role Earshot logs in as to the database it shares "
           "with other consoles: %1 ([storage] in the configuration file).")
            .arg(m_initial.sharedDatabase);
    m_databasePassword->setToolTip(usedFor);
    auto *hint = new QLabel(usedFor, page);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    form->addRow(tr("Database password:"), m_databasePassword);
    form->addRow(QString(), m_databasePasswordNote);
    form->addRow(hint);
}

QWidget *SettingsDialog::buildQueuesTab(const QList<QueueInfo> &knownQueues)
{
    auto *page = new QWidget(this);
    m_allQueues = new QCheckBox(tr("Monitor every queue"), page);
    m_allQueues->setChecked(m_initial.monitoredQueueIds.isEmpty());
    m_queues = new QueuePickerList(page);
    m_queues->setQueues(knownQueues, m_initial.monitoredQueueIds);
    m_queues->setEnabled(!m_allQueues->isChecked());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_allQueues);
    layout->addWidget(m_queues, 1);
    connect(m_allQueues, &QCheckBox::toggled, m_queues, &QWidget::setDisabled);
    return page;
}

QWidget *SettingsDialog::buildPagerDutyTab()
{
    auto *page = new QWidget(this);
    m_pagerDutyKey = new QLineEdit(page);
    m_pagerDutyKeyNote = new QLabel(page);
    setUpSecretField(m_pagerDutyKey, m_initial.pagerDutyKey, m_initial.pagerDutyKeyFromEnvironment,
                     QStringLiteral("PAGERDUTY_INTEGRATION_KEY"), m_pagerDutyKeyNote);
    m_pagerDutyKeyNote->setText(
        inUseText(m_initial.pagerDutyKeyInUse, QStringLiteral("PAGERDUTY_INTEGRATION_KEY")) +
        u'\n' + m_pagerDutyKeyNote->text());
    auto *hint = new QLabel(tr("The 32-character Integration Key of an \"Events API v2\" "
                               "integration on the PagerDuty service to page."),
                            page);
    hint->setWordWrap(true);
    m_testPagerDuty = new QPushButton(tr("Test connection"), page);
    m_pagerDutyResult = new QLabel(page);
    m_pagerDutyResult->setWordWrap(true);
    m_pagerDutyResult->setTextFormat(Qt::PlainText);
    m_pagerDutyApiToken = new QLineEdit(page);
    m_pagerDutyApiTokenNote = new QLabel(page);
    setUpSecretField(m_pagerDutyApiToken, m_initial.pagerDutyApiToken,
                     m_initial.pagerDutyApiTokenFromEnvironment,
                     QStringLiteral("PAGERDUTY_API_TOKEN"), m_pagerDutyApiTokenNote);
    m_pagerDutyApiTokenNote->setText(
        inUseText(m_initial.pagerDutyApiTokenInUse, QStringLiteral("PAGERDUTY_API_TOKEN")) + u'\n' +
        m_pagerDutyApiTokenNote->text());
    auto *apiHint = new QLabel(tr("Optional: a REST API key with read access. With it Earshot "
                                  "shows who acknowledged or resolved its incidents in "
                                  "PagerDuty (on a phone, too), and does not page again an "
                                  "incident resolved there while the queue is still degraded."),
                               page);
    apiHint->setWordWrap(true);
    m_testPagerDutyApiToken = new QPushButton(tr("Test REST key"), page);
    m_pagerDutyApiTokenResult = new QLabel(page);
    m_pagerDutyApiTokenResult->setWordWrap(true);
    m_pagerDutyApiTokenResult->setTextFormat(Qt::PlainText);
    m_repageAfterFreshBreach =
        new QCheckBox(tr("Page again when a queue resolved in PagerDuty recovers for a window "
                         "and then breaches again"),
                      page);
    m_repageAfterFreshBreach->setChecked(m_initial.repageAfterFreshBreach);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Integration key:"), m_pagerDutyKey);
    form->addRow(QString(), m_pagerDutyKeyNote);
    form->addRow(hint);
    form->addRow(m_testPagerDuty, m_pagerDutyResult);
    form->addRow(tr("REST API key:"), m_pagerDutyApiToken);
    form->addRow(QString(), m_pagerDutyApiTokenNote);
    form->addRow(apiHint);
    form->addRow(m_testPagerDutyApiToken, m_pagerDutyApiTokenResult);
    form->addRow(m_repageAfterFreshBreach);
    connect(m_testPagerDuty, &QPushButton::clicked, this, [this] {
        m_pagerDutyResult->setText(tr("Testing…"));
        emit testPagerDutyRequested(data());
    });
    connect(m_testPagerDutyApiToken, &QPushButton::clicked, this, [this] {
        m_pagerDutyApiTokenResult->setText(tr("Testing…"));
        emit testPagerDutyApiTokenRequested(data());
    });
    return page;
}

QWidget *SettingsDialog::buildLanguageTab()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    for (const LanguageChoice &choice : languageChoices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));
    // Switching the translators of a running window would leave every text already shown in
    // the old language; the next start shows all of it in the new one.
    auto *note = new QLabel(tr("The language applies the next time Earshot starts. \"System "
                               "default\" follows the language of your desktop session."),
                            page);
    note->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Language:"), m_language);
    form->addRow(note);
    return page;
}

void SettingsDialog::setUpSecretField(QLineEdit *edit, const QString &value, bool fromEnvironment,
                                      const QString &variable, QLabel *note)
{
    note->setWordWrap(true);
    if (fromEnvironment) {
        // The value is not ours to change: show which key it is (last characters only).
        edit->setText(maskSecret(value));
        edit->setReadOnly(true);
        edit->setEnabled(false);
        note->setText(tr("Set by the %1 environment variable; change it there.").arg(variable));
        return;
    }
    edit->setEchoMode(QLineEdit::Password);
    edit->setText(value);
    edit->setPlaceholderText(value.isEmpty() ? tr("leave empty to keep the stored value")
                                             : QString());
    note->setText(tr("Stored in the system keychain, never in the configuration file."));
}

QString SettingsDialog::inUseText(const SettingsData::InUse &inUse, const QString &variable)
{
    switch (inUse.origin) {
    case SettingsData::Origin::NotSet:
        return tr("In use: none (not set)");
    case SettingsData::Origin::Environment:
        return tr("In use: %1, from the %2 environment variable").arg(inUse.masked, variable);
    case SettingsData::Origin::Keychain:
        return tr("In use: %1, from the system keychain").arg(inUse.masked);
    case SettingsData::Origin::Demo:
        return tr("In use now: the demo simulator's, not your account's. What you save here "
                  "configures your account.");
    }
    return {};
}

QString SettingsDialog::clientIdInUseText() const
{
    return m_clientIdNote->text();
}

QString SettingsDialog::clientSecretInUseText() const
{
    return m_clientSecretNote->text();
}

QString SettingsDialog::pagerDutyApiTokenInUseText() const
{
    return m_pagerDutyApiTokenNote->text();
}

QString SettingsDialog::pagerDutyKeyInUseText() const
{
    return m_pagerDutyKeyNote->text();
}

QString SettingsDialog::databasePasswordInUseText() const
{
    return m_databasePasswordNote ? m_databasePasswordNote->text() : QString();
}

void SettingsDialog::updateRegionFields()
{
    const bool custom = m_region->currentData().toString() == customRegionKey();
    m_loginUrl->setEnabled(custom);
    m_apiUrl->setEnabled(custom);
}

SettingsData SettingsDialog::data() const
{
    SettingsData d = m_initial;
    d.region = m_region->currentData().toString();
    const bool custom = d.region == customRegionKey();
    d.loginUrl = custom ? QUrl(m_loginUrl->text().trimmed()) : QUrl();
    d.apiUrl = custom ? QUrl(m_apiUrl->text().trimmed()) : QUrl();
    d.clientId = m_clientId->text().trimmed();
    if (!m_initial.clientSecretFromEnvironment)
        d.clientSecret = m_clientSecret->text();
    if (!m_initial.pagerDutyKeyFromEnvironment)
        d.pagerDutyKey = m_pagerDutyKey->text().trimmed();
    if (!m_initial.pagerDutyApiTokenFromEnvironment)
        d.pagerDutyApiToken = m_pagerDutyApiToken->text().trimmed();
    // A password is kept as typed: spaces may be part of it.
    if (m_databasePassword && !m_initial.databasePasswordFromEnvironment)
        d.databasePassword = m_databasePassword->text();
    d.repageAfterFreshBreach = m_repageAfterFreshBreach->isChecked();
    d.source = QualitySourceKind(m_source->currentData().toInt());
    d.windowSecs = m_window->value();
    d.ingestLagSecs = m_lag->value();
    d.monitoredQueueIds = m_allQueues->isChecked() ? QStringList() : m_queues->checkedIds();
    d.language = m_language->currentData().toString();
    return d;
}

void SettingsDialog::showGenesysTestResult(bool ok, const QString &message)
{
    m_genesysResult->setText((ok ? tr("✔ Connected. ") : tr("✘ Failed: ")) + message);
}

void SettingsDialog::showPagerDutyTestResult(bool ok, const QString &message)
{
    m_pagerDutyResult->setText((ok ? tr("✔ Accepted. ") : tr("✘ Failed: ")) + message);
}

void SettingsDialog::showPagerDutyApiTokenTestResult(bool ok, const QString &message)
{
    m_pagerDutyApiTokenResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) +
                                       message);
}

void SettingsDialog::accept()
{
    const QStringList problems = validateSettings(data());
    if (!problems.isEmpty()) {
        MessageBox::warning(
            this, tr("Settings"),
            tr("Please fix these first:\n\n• %1").arg(problems.join(QStringLiteral("\n• "))));
        return;
    }
    QDialog::accept();
}

QComboBox *SettingsDialog::regionBox() const
{
    return m_region;
}

QLineEdit *SettingsDialog::loginUrlEdit() const
{
    return m_loginUrl;
}

QLineEdit *SettingsDialog::apiUrlEdit() const
{
    return m_apiUrl;
}

QLineEdit *SettingsDialog::clientIdEdit() const
{
    return m_clientId;
}

QLineEdit *SettingsDialog::clientSecretEdit() const
{
    return m_clientSecret;
}

QLineEdit *SettingsDialog::pagerDutyApiTokenEdit() const
{
    return m_pagerDutyApiToken;
}

QLineEdit *SettingsDialog::pagerDutyKeyEdit() const
{
    return m_pagerDutyKey;
}

QLineEdit *SettingsDialog::databasePasswordEdit() const
{
    return m_databasePassword;
}

QComboBox *SettingsDialog::sourceBox() const
{
    return m_source;
}

QSpinBox *SettingsDialog::windowSpin() const
{
    return m_window;
}

QSpinBox *SettingsDialog::lagSpin() const
{
    return m_lag;
}

QCheckBox *SettingsDialog::allQueuesBox() const
{
    return m_allQueues;
}

QueuePickerList *SettingsDialog::queuePicker() const
{
    return m_queues;
}

QPushButton *SettingsDialog::testGenesysButton() const
{
    return m_testGenesys;
}

QPushButton *SettingsDialog::testPagerDutyButton() const
{
    return m_testPagerDuty;
}

QPushButton *SettingsDialog::testPagerDutyApiTokenButton() const
{
    return m_testPagerDutyApiToken;
}

QLabel *SettingsDialog::pagerDutyApiTokenResultLabel() const
{
    return m_pagerDutyApiTokenResult;
}

QLabel *SettingsDialog::genesysResultLabel() const
{
    return m_genesysResult;
}

QComboBox *SettingsDialog::languageBox() const
{
    return m_language;
}

QLabel *SettingsDialog::pagerDutyResultLabel() const
{
    return m_pagerDutyResult;
}

} // namespace earshot
